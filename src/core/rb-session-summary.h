/* rb-session-summary.h
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "rb-session.h"

G_BEGIN_DECLS

/**
 * RbSessionOutcome:
 * @RB_SESSION_OUTCOME_COMPLETE: the end was reached and every item done
 * @RB_SESSION_OUTCOME_PARTLY_DONE: the end was reached, with something
 *   skipped or cut short on the way
 * @RB_SESSION_OUTCOME_STOPPED: stopped before the end (or not over yet)
 */
typedef enum
{
  RB_SESSION_OUTCOME_COMPLETE,
  RB_SESSION_OUTCOME_PARTLY_DONE,
  RB_SESSION_OUTCOME_STOPPED,
} RbSessionOutcome;

/**
 * RbSummaryRow:
 * @result: the session's result for the item (one side of it), as
 *   rb_session_get_results() gives it
 * @reps: @result's reps per set, 0 when the item does not count reps
 * @reps_done: @result's reps done in all, full sets and sets cut short
 * @planned_us: @result's time of its work steps when played through
 *
 * What one row of the summary says.
 */
typedef struct
{
  RbSessionResult result;
  guint           reps;
  guint           reps_done;
  gint64          planned_us;
} RbSummaryRow;

#define RB_TYPE_SESSION_SUMMARY (rb_session_summary_get_type ())

G_DECLARE_FINAL_TYPE (RbSessionSummary, rb_session_summary, RB, SESSION_SUMMARY, GObject)

RbSessionSummary *rb_session_summary_new             (RbSession        *session);
RbSession        *rb_session_summary_get_session     (RbSessionSummary *self);
GPtrArray        *rb_session_summary_dup_rows        (RbSessionSummary *self);
RbSessionOutcome  rb_session_summary_get_outcome     (RbSessionSummary *self);
void              rb_session_summary_count           (RbSessionSummary *self,
                                                      guint            *done,
                                                      guint            *partial,
                                                      guint            *skipped,
                                                      guint            *not_reached);
char             *rb_session_summary_dup_title       (RbSessionSummary *self);
char             *rb_session_summary_dup_description (RbSessionSummary *self);

char             *rb_summary_row_dup_title           (const RbSummaryRow *row);
char             *rb_summary_row_dup_subtitle        (const RbSummaryRow *row);

char             *rb_format_duration                 (gint64            us);

G_END_DECLS
