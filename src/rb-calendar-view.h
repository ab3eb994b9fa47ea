/* rb-calendar-view.h
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
#include "rb-month.h"
#include "rb-plan-store.h"

G_BEGIN_DECLS

#define RB_TYPE_CALENDAR_VIEW (rb_calendar_view_get_type ())

G_DECLARE_FINAL_TYPE (RbCalendarView, rb_calendar_view, RB, CALENDAR_VIEW, GtkWidget)

void         rb_calendar_view_set_sources    (RbCalendarView *self,
                                              RbPlanStore    *plan_store,
                                              RbLibrary      *library,
                                              RbJournal      *journal,
                                              RbClock        *clock);
RbMonth     *rb_calendar_view_get_month      (RbCalendarView *self);
void         rb_calendar_view_show_month     (RbCalendarView *self,
                                              guint           year,
                                              GDateMonth      month);
void         rb_calendar_view_select_day     (RbCalendarView *self,
                                              const GDate    *date);
const GDate *rb_calendar_view_get_selected   (RbCalendarView *self);
GtkWidget   *rb_calendar_view_get_day_widget (RbCalendarView *self,
                                              const GDate    *date);
GtkWidget   *rb_calendar_view_get_day_list   (RbCalendarView *self);
gboolean     rb_calendar_view_is_narrow      (RbCalendarView *self);
gboolean     rb_calendar_view_print          (RbCalendarView *self,
                                              const char     *export_filename,
                                              GError        **error);

G_END_DECLS
