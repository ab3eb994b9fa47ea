/* rb-plan.h
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "rb-program.h"

G_BEGIN_DECLS

/**
 * RbPlanState:
 * @RB_PLAN_ACTIVE: sessions are planned
 * @RB_PLAN_PAUSED: paused since a date; nothing is planned until resumed
 * @RB_PLAN_ENDED: ended on a date; nothing is planned after it
 */
typedef enum
{
  RB_PLAN_ACTIVE,
  RB_PLAN_PAUSED,
  RB_PLAN_ENDED,
} RbPlanState;

/* Weekdays as a bit mask: bit (G_DATE_MONDAY - 1) is Monday… */
#define RB_WEEKDAY_BIT(weekday) (1u << ((weekday) - 1))
#define RB_WEEKDAYS_ALL         0x7fu

#define RB_TYPE_PLAN (rb_plan_get_type ())

G_DECLARE_FINAL_TYPE (RbPlan, rb_plan, RB, PLAN, GObject)

RbPlan      *rb_plan_new                  (const char   *id,
                                           RbProgram    *program,
                                           const GDate  *start);
const char  *rb_plan_get_id               (RbPlan       *self);
const char  *rb_plan_get_program_id       (RbPlan       *self);
const GDate *rb_plan_get_start            (RbPlan       *self);
guint        rb_plan_get_weekdays         (RbPlan       *self,
                                           const char   *session_id);
void         rb_plan_set_weekdays         (RbPlan       *self,
                                           const char   *session_id,
                                           guint         weekdays);
gboolean     rb_plan_get_reminders        (RbPlan       *self);
void         rb_plan_set_reminders        (RbPlan       *self,
                                           gboolean      reminders);
guint        rb_plan_get_reminder_minutes (RbPlan       *self);
void         rb_plan_set_reminder_minutes (RbPlan       *self,
                                           guint         minutes);
RbPlanState  rb_plan_get_state            (RbPlan       *self,
                                           const GDate  *today);
gboolean     rb_plan_is_paused_on         (RbPlan       *self,
                                           const GDate  *date);
gboolean     rb_plan_has_ended_by         (RbPlan       *self,
                                           const GDate  *date);
void         rb_plan_pause                (RbPlan       *self,
                                           const GDate  *from);
void         rb_plan_resume               (RbPlan       *self,
                                           const GDate  *on);
void         rb_plan_end                  (RbPlan       *self,
                                           const GDate  *on);
guint        rb_plan_count_paused_days    (RbPlan       *self,
                                           const GDate  *before);
void         rb_plan_skip                 (RbPlan       *self,
                                           const GDate  *date,
                                           const char   *session_id);
void         rb_plan_move                 (RbPlan       *self,
                                           const GDate  *date,
                                           const char   *session_id,
                                           const GDate  *to);
gboolean     rb_plan_lookup_change        (RbPlan       *self,
                                           const GDate  *date,
                                           const char   *session_id,
                                           GDate        *moved_to);
guint        rb_plan_get_n_moves          (RbPlan       *self);
void         rb_plan_get_move             (RbPlan       *self,
                                           guint         index,
                                           GDate        *date,
                                           const char  **session_id,
                                           GDate        *to);
int          rb_plan_get_threshold        (RbPlan       *self,
                                           const char   *name);
void         rb_plan_set_threshold        (RbPlan       *self,
                                           const char   *name,
                                           int           value);

guint        rb_program_session_get_default_weekdays (RbProgram              *program,
                                                      const RbProgramSession *session);

JsonNode    *rb_plan_to_json              (RbPlan       *self);
RbPlan      *rb_plan_new_from_json        (JsonNode     *node,
                                           const char   *where,
                                           GError      **error);

char        *rb_date_to_iso               (const GDate  *date);
gboolean     rb_date_from_iso             (const char   *text,
                                           GDate        *date);

G_END_DECLS
