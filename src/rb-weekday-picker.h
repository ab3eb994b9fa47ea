/* rb-weekday-picker.h
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define RB_TYPE_WEEKDAY_PICKER (rb_weekday_picker_get_type ())

G_DECLARE_FINAL_TYPE (RbWeekdayPicker, rb_weekday_picker, RB, WEEKDAY_PICKER, GtkBox)

GtkWidget *rb_weekday_picker_new          (const char      *name,
                                           guint            weekdays);
guint      rb_weekday_picker_get_weekdays (RbWeekdayPicker *self);
void       rb_weekday_picker_set_weekdays (RbWeekdayPicker *self,
                                           guint            weekdays);

G_END_DECLS
