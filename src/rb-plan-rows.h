/* rb-plan-rows.h: rows shared by the Follow dialog and the plan page.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rb-plan.h"
#include "rb-program.h"

G_BEGIN_DECLS

GtkWidget *rb_plan_rows_new_list         (const char     *name);
GtkWidget *rb_plan_rows_new_weekdays     (RbProgram      *program,
                                          guint           index,
                                          guint           weekdays,
                                          GtkWidget     **picker);
void       rb_plan_rows_add_reminders    (GtkListBox     *list,
                                          gboolean        on,
                                          guint           minutes,
                                          GtkSwitch     **on_switch,
                                          GtkSpinButton **hour,
                                          GtkSpinButton **minute);
guint      rb_plan_rows_get_minutes      (GtkSpinButton  *hour,
                                          GtkSpinButton  *minute);
GtkWidget *rb_plan_rows_new_calendar     (const GDate    *date);
void       rb_plan_rows_get_calendar_day (GtkCalendar    *calendar,
                                          GDate          *date);
char      *rb_plan_rows_format_date      (const GDate    *date,
                                          const GDate    *today);

G_END_DECLS
