/* rb-journal-entry.h
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "rb-step.h"

G_BEGIN_DECLS

/**
 * RbJournalKind:
 * @RB_JOURNAL_KIND_SESSION: a guided session (or part of one)
 * @RB_JOURNAL_KIND_CHECK_IN: a pain check-in without a session
 */
typedef enum
{
  RB_JOURNAL_KIND_SESSION,
  RB_JOURNAL_KIND_CHECK_IN,
} RbJournalKind;

/**
 * RbJournalStatus:
 * @RB_JOURNAL_STATUS_COMPLETED: every item was completed
 * @RB_JOURNAL_STATUS_PARTIAL: stopped early, or some items skipped
 */
typedef enum
{
  RB_JOURNAL_STATUS_COMPLETED,
  RB_JOURNAL_STATUS_PARTIAL,
} RbJournalStatus;

/**
 * RbJournalItemStatus:
 * @RB_JOURNAL_ITEM_COMPLETED: every set done
 * @RB_JOURNAL_ITEM_PARTIAL: some work done: a set, some reps of a set
 *   cut short, or some time of a timed activity
 * @RB_JOURNAL_ITEM_SKIPPED: nothing done
 */
typedef enum
{
  RB_JOURNAL_ITEM_COMPLETED,
  RB_JOURNAL_ITEM_PARTIAL,
  RB_JOURNAL_ITEM_SKIPPED,
} RbJournalItemStatus;

#define RB_TYPE_JOURNAL_ITEM (rb_journal_item_get_type ())

/**
 * RbJournalItem:
 * @exercise_id: (nullable): the exercise id; %NULL for run/walk
 * @title: the title shown at the time
 * @side: the side, or %RB_SIDE_NONE
 * @status: completed, partial or skipped
 * @sets_done: sets (or intervals) done
 * @n_sets: sets (or intervals) planned
 * @seconds: active seconds
 * @unknown: (nullable): members a newer version wrote, kept as read
 *
 * One exercise (one side of it) in a journal entry.
 */
typedef struct
{
  char                *exercise_id;
  char                *title;
  RbSide               side;
  RbJournalItemStatus  status;
  guint                sets_done;
  guint                n_sets;
  guint                seconds;
  JsonObject          *unknown;
} RbJournalItem;

GType          rb_journal_item_get_type (void) G_GNUC_CONST;
RbJournalItem *rb_journal_item_copy (const RbJournalItem *item);
void           rb_journal_item_free (RbJournalItem       *item);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RbJournalItem, rb_journal_item_free)

#define RB_JOURNAL_PAIN_NONE (-1)

#define RB_TYPE_JOURNAL_ENTRY (rb_journal_entry_get_type ())

#define RB_JOURNAL_RUN_MAX_DISTANCE 1000000

G_DECLARE_FINAL_TYPE (RbJournalEntry, rb_journal_entry, RB, JOURNAL_ENTRY, GObject)

RbJournalEntry      *rb_journal_entry_new                (RbJournalKind        kind);
RbJournalEntry      *rb_journal_entry_new_run            (GDateTime           *started);
RbJournalEntry      *rb_journal_entry_new_check_in       (GDateTime           *started);
RbJournalEntry      *rb_journal_entry_copy               (RbJournalEntry      *self);
gboolean             rb_journal_entry_is_run             (RbJournalEntry      *self);
void                 rb_journal_entry_set_run            (RbJournalEntry      *self,
                                                          int                  intervals,
                                                          int                  seconds,
                                                          int                  distance);
int                  rb_journal_entry_get_run_intervals  (RbJournalEntry      *self);
int                  rb_journal_entry_get_run_seconds    (RbJournalEntry      *self);
int                  rb_journal_entry_get_run_distance   (RbJournalEntry      *self);
int                  rb_journal_entry_get_pain_during    (RbJournalEntry      *self);
void                 rb_journal_entry_set_pain_during    (RbJournalEntry      *self,
                                                          int                  pain);
int                  rb_journal_entry_get_pain_next_morning (RbJournalEntry   *self);
void                 rb_journal_entry_set_pain_next_morning (RbJournalEntry   *self,
                                                          int                  pain);
int                  rb_journal_entry_get_redness        (RbJournalEntry      *self);
void                 rb_journal_entry_set_redness        (RbJournalEntry      *self,
                                                          int                  redness);
int                  rb_journal_entry_get_warmth         (RbJournalEntry      *self);
void                 rb_journal_entry_set_warmth         (RbJournalEntry      *self,
                                                          int                  warmth);
int                  rb_journal_entry_get_limits_daily_activities (RbJournalEntry *self);
void                 rb_journal_entry_set_limits_daily_activities (RbJournalEntry *self,
                                                          int                  limits);
int                  rb_journal_entry_get_max_pain       (RbJournalEntry      *self);
void                 rb_journal_entry_get_day            (RbJournalEntry      *self,
                                                          GDate               *day);
void                 rb_journal_entry_move_to_day        (RbJournalEntry      *self,
                                                          const GDate         *day);
RbJournalKind        rb_journal_entry_get_kind           (RbJournalEntry      *self);
const char          *rb_journal_entry_get_program_id     (RbJournalEntry      *self);
int                  rb_journal_entry_get_session_index  (RbJournalEntry      *self);
const char          *rb_journal_entry_get_session_id     (RbJournalEntry      *self);
void                 rb_journal_entry_set_session_id     (RbJournalEntry      *self,
                                                          const char          *session_id);
void                 rb_journal_entry_set_program        (RbJournalEntry      *self,
                                                          const char          *program_id,
                                                          int                  session_index);
const char          *rb_journal_entry_get_plan_id        (RbJournalEntry      *self);
const GDate         *rb_journal_entry_get_planned_date   (RbJournalEntry      *self);
void                 rb_journal_entry_set_plan           (RbJournalEntry      *self,
                                                          const char          *plan_id,
                                                          const GDate         *planned_date);
int                  rb_journal_entry_get_stage          (RbJournalEntry      *self);
void                 rb_journal_entry_set_stage          (RbJournalEntry      *self,
                                                          int                  stage);
int                  rb_journal_entry_get_swelling       (RbJournalEntry      *self);
void                 rb_journal_entry_set_swelling       (RbJournalEntry      *self,
                                                          int                  swelling);
int                  rb_journal_entry_get_stiffness      (RbJournalEntry      *self);
void                 rb_journal_entry_set_stiffness      (RbJournalEntry      *self,
                                                          int                  stiffness);
const char          *rb_journal_entry_get_title          (RbJournalEntry      *self);
void                 rb_journal_entry_set_title          (RbJournalEntry      *self,
                                                          const char          *title);
GDateTime           *rb_journal_entry_get_started        (RbJournalEntry      *self);
void                 rb_journal_entry_set_started        (RbJournalEntry      *self,
                                                          GDateTime           *started);
GDateTime           *rb_journal_entry_get_ended          (RbJournalEntry      *self);
void                 rb_journal_entry_set_ended          (RbJournalEntry      *self,
                                                          GDateTime           *ended);
RbJournalStatus      rb_journal_entry_get_status         (RbJournalEntry      *self);
void                 rb_journal_entry_set_status         (RbJournalEntry      *self,
                                                          RbJournalStatus      status);
int                  rb_journal_entry_get_pain_before    (RbJournalEntry      *self);
void                 rb_journal_entry_set_pain_before    (RbJournalEntry      *self,
                                                          int                  pain);
int                  rb_journal_entry_get_pain_after     (RbJournalEntry      *self);
void                 rb_journal_entry_set_pain_after     (RbJournalEntry      *self,
                                                          int                  pain);
const char          *rb_journal_entry_get_note           (RbJournalEntry      *self);
void                 rb_journal_entry_set_note           (RbJournalEntry      *self,
                                                          const char          *note);
guint                rb_journal_entry_get_n_items        (RbJournalEntry      *self);
const RbJournalItem *rb_journal_entry_get_item           (RbJournalEntry      *self,
                                                          guint                index);
void                 rb_journal_entry_add_item           (RbJournalEntry      *self,
                                                          const RbJournalItem *item);
guint                rb_journal_entry_get_active_seconds (RbJournalEntry      *self);

JsonNode       *rb_journal_entry_to_json       (RbJournalEntry *self);
RbJournalEntry *rb_journal_entry_new_from_json (JsonNode       *node,
                                                const char     *where,
                                                GError        **error);

G_END_DECLS
