/* rb-today-view.h
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rb-clock.h"
#include "rb-journal.h"
#include "rb-library.h"
#include "rb-plan-store.h"

G_BEGIN_DECLS

#define RB_TYPE_TODAY_VIEW (rb_today_view_get_type ())

G_DECLARE_FINAL_TYPE (RbTodayView, rb_today_view, RB, TODAY_VIEW, AdwBin)

void rb_today_view_set_sources (RbTodayView *self,
                                RbLibrary   *library,
                                RbJournal   *journal,
                                RbPlanStore *plans,
                                RbClock     *clock);
void rb_today_view_refresh     (RbTodayView *self);

G_END_DECLS
