/* rb-today.h
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rb-library.h"
#include "rb-plan.h"
#include "rb-schedule.h"

G_BEGIN_DECLS

/* The acute-care program, whose ice session is repeated every few hours
 * during the first days. */
#define RB_TODAY_ICE_PROGRAM      "acute-care"
#define RB_TODAY_ICE_SESSION      "session-2"
#define RB_TODAY_ICE_HOURS        72
#define RB_TODAY_ICE_EVERY_HOURS  2
#define RB_TODAY_OVERDUE_DAYS     7

GPtrArray *rb_today_collect         (GListModel   *plans,
                                     RbLibrary    *library,
                                     GListModel   *entries,
                                     const GDate  *today);
gboolean   rb_today_is_all_done     (GPtrArray    *collected);
gboolean   rb_today_get_next_icing  (RbPlan       *plan,
                                     GListModel   *entries,
                                     GDateTime    *now,
                                     GDateTime   **next,
                                     GDateTime   **until);
RbPlan    *rb_today_find_icing_plan (GListModel   *plans,
                                     GListModel   *entries,
                                     GDateTime    *now,
                                     GDateTime   **next,
                                     GDateTime   **until);
GDateTime *rb_today_next_reminder   (GListModel   *plans,
                                     RbLibrary    *library,
                                     GListModel   *entries,
                                     GDateTime    *now,
                                     RbScheduled **scheduled);
gint64     rb_today_us_until        (GDateTime    *now,
                                     GDateTime    *when);
GDateTime *rb_today_next_midnight   (GDateTime    *now);

G_END_DECLS
