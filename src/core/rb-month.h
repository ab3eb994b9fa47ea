/* rb-month.h
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rb-schedule.h"

G_BEGIN_DECLS

/**
 * RbMonthDay:
 * @date: the day
 * @in_month: whether it belongs to the month shown, rather than to the
 *   weeks around it that fill the grid
 * @is_today: whether it is today
 * @sessions: (element-type RbScheduled): the sessions of every plan on
 *   that day, matched against the journal
 * @summary: what the day holds, in one sentence for a screen reader:
 *   "Tuesday 1 December: Strength A done, Run and Walk planned"
 *
 * One cell of a month's grid.
 */
typedef struct
{
  GDate      date;
  gboolean   in_month;
  gboolean   is_today;
  GPtrArray *sessions;
  char      *summary;
} RbMonthDay;

#define RB_TYPE_MONTH (rb_month_get_type ())

G_DECLARE_FINAL_TYPE (RbMonth, rb_month, RB, MONTH, GObject)

RbMonth          *rb_month_new                (guint              year,
                                               GDateMonth         month,
                                               GDateWeekday       first_weekday,
                                               GListModel        *plans,
                                               GListModel        *programs,
                                               GListModel        *entries,
                                               const GDate       *today);
guint             rb_month_get_year           (RbMonth           *self);
GDateMonth        rb_month_get_month          (RbMonth           *self);
GDateWeekday      rb_month_get_first_weekday  (RbMonth           *self);
const GDate      *rb_month_get_today          (RbMonth           *self);
char             *rb_month_dup_title          (RbMonth           *self);
guint             rb_month_get_n_days         (RbMonth           *self);
const RbMonthDay *rb_month_get_day            (RbMonth           *self,
                                               guint              index);
const RbMonthDay *rb_month_lookup_day         (RbMonth           *self,
                                               const GDate       *date);
guint             rb_month_get_n_sessions     (RbMonth           *self);
guint             rb_month_get_n_plans        (RbMonth           *self);
const char       *rb_month_get_plan_id        (RbMonth           *self,
                                               guint              index);
const char       *rb_month_get_plan_title     (RbMonth           *self,
                                               const char        *plan_id);
const char       *rb_month_get_session_title  (RbMonth           *self,
                                               const RbScheduled *scheduled);
char             *rb_month_describe_session   (RbMonth           *self,
                                               const RbScheduled *scheduled);

const char       *rb_schedule_status_to_label (RbScheduleStatus   status);
const char       *rb_schedule_status_to_name  (RbScheduleStatus   status);
char             *rb_weekday_dup_name         (GDateWeekday       weekday,
                                               gboolean           abbreviated);
char             *rb_date_dup_long_name       (const GDate       *date);

G_END_DECLS
