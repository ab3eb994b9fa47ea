/* rb-schedule.h
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rb-clock.h"
#include "rb-journal-entry.h"
#include "rb-plan.h"
#include "rb-program.h"

G_BEGIN_DECLS

/**
 * RbScheduleStatus:
 * @RB_SCHEDULE_UPCOMING: planned after today
 * @RB_SCHEDULE_DUE: planned today, not done yet
 * @RB_SCHEDULE_DONE: done, every item completed
 * @RB_SCHEDULE_PARTIAL: done in part
 * @RB_SCHEDULE_MISSED: planned before today and not done
 * @RB_SCHEDULE_SKIPPED: skipped by the user
 */
typedef enum
{
  RB_SCHEDULE_UPCOMING,
  RB_SCHEDULE_DUE,
  RB_SCHEDULE_DONE,
  RB_SCHEDULE_PARTIAL,
  RB_SCHEDULE_MISSED,
  RB_SCHEDULE_SKIPPED,
} RbScheduleStatus;

#define RB_TYPE_SCHEDULED (rb_scheduled_get_type ())

/**
 * RbScheduled:
 * @date: the day it is planned
 * @planned_date: the day the program planned it, before any move
 * @plan_id: the plan
 * @program_id: the plan's program
 * @session_id: the session
 * @session_index: the session's index in the program
 * @status: done, missed…
 * @entry: (nullable): the journal entry that did it
 *
 * One session of a plan on one day.
 */
typedef struct
{
  GDate             date;
  GDate             planned_date;
  char             *plan_id;
  char             *program_id;
  char             *session_id;
  guint             session_index;
  RbScheduleStatus  status;
  RbJournalEntry   *entry;
} RbScheduled;

GType        rb_scheduled_get_type (void) G_GNUC_CONST;
RbScheduled *rb_scheduled_copy     (const RbScheduled *scheduled);
void         rb_scheduled_free     (RbScheduled       *scheduled);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RbScheduled, rb_scheduled_free)

GPtrArray *rb_schedule_expand      (RbPlan       *plan,
                                    RbProgram    *program,
                                    const GDate  *from,
                                    const GDate  *to);
void       rb_schedule_match       (GPtrArray    *scheduled,
                                    GListModel   *entries,
                                    const GDate  *today);
gboolean   rb_schedule_get_last_day (RbPlan      *plan,
                                     RbProgram   *program,
                                     GDate       *last);
void       rb_clock_get_today      (RbClock      *clock,
                                    GDate        *today);
GDateWeekday rb_schedule_first_weekday (void);
GDateWeekday rb_schedule_weekday_from_langinfo (guint week_1stday,
                                                int   first_weekday);

G_END_DECLS
