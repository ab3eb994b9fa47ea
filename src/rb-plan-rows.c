/* rb-plan-rows.c: rows shared by the Follow dialog and the plan page.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rb-plan-rows.h"
#include "rb-weekday-picker.h"

/**
 * rb_plan_rows_new_list:
 * @name: the list's name, for screen readers
 *
 * Returns: (transfer floating): an empty boxed list
 */
GtkWidget *
rb_plan_rows_new_list (const char *name)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_widget_set_margin_top (list, 6);
  gtk_widget_set_margin_bottom (list, 18);

  return list;
}

static const RbPhase *
find_phase (RbProgram *program,
            guint      index)
{
  for (guint p = 0; p < rb_program_get_n_phases (program); p++)
    {
      const RbPhase *phase = rb_program_get_phase (program, p);

      if (index < rb_phase_get_n_sessions (phase))
        return phase;
      index -= rb_phase_get_n_sessions (phase);
    }

  g_return_val_if_reached (NULL);
}

/**
 * rb_plan_rows_new_weekdays:
 * @program: a program
 * @index: one of its sessions, counted across phases
 * @weekdays: its days
 * @picker: (out) (transfer none): the #RbWeekdayPicker in the row
 *
 * Returns: (transfer floating): a row with the session's title and
 *   phase (sessions of different phases often share a title) above
 *   seven toggles
 */
GtkWidget *
rb_plan_rows_new_weekdays (RbProgram  *program,
                           guint       index,
                           guint       weekdays,
                           GtkWidget **picker)
{
  const char *title = rb_program_session_get_title (rb_program_get_session (program, index));
  const RbPhase *phase = find_phase (program, index);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *label = gtk_label_new (title);
  GtkWidget *phase_label = gtk_label_new (phase != NULL ? rb_phase_get_title (phase) : NULL);
  g_autofree char *name = NULL;

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (phase_label), 0);
  gtk_label_set_wrap (GTK_LABEL (phase_label), TRUE);
  gtk_widget_add_css_class (phase_label, "caption");
  gtk_widget_add_css_class (phase_label, "dim-label");
  gtk_widget_set_margin_bottom (phase_label, 6);
  /* Translators: the days of a session, for screen readers, e.g. "Days of At Home" */
  name = g_strdup_printf (_("Days of %s"), title);
  *picker = rb_weekday_picker_new (name, weekdays);

  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), phase_label);
  gtk_box_append (GTK_BOX (box), *picker);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);

  return row;
}

static GtkWidget *
new_spin (guint       max,
          guint       step,
          guint       value,
          const char *name)
{
  GtkWidget *spin = gtk_spin_button_new_with_range (0, max, step);

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), value);
  gtk_spin_button_set_wrap (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_orientable_set_orientation (GTK_ORIENTABLE (spin), GTK_ORIENTATION_VERTICAL);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);

  return spin;
}

static gboolean
format_two_digits_cb (GtkSpinButton *spin)
{
  g_autofree char *text = g_strdup_printf ("%02d", gtk_spin_button_get_value_as_int (spin));

  gtk_editable_set_text (GTK_EDITABLE (spin), text);

  return TRUE;
}

/**
 * rb_plan_rows_add_reminders:
 * @list: a boxed list
 * @on: whether reminders are on
 * @minutes: their time, in minutes after midnight
 * @on_switch: (out) (transfer none): the switch
 * @hour: (out) (transfer none): the hour
 * @minute: (out) (transfer none): the minutes
 *
 * Adds a "Remind Me" row with a switch and a time row, sensitive while
 * the switch is on.
 */
void
rb_plan_rows_add_reminders (GtkListBox     *list,
                            gboolean        on,
                            guint           minutes,
                            GtkSwitch     **on_switch,
                            GtkSpinButton **hour,
                            GtkSpinButton **minute)
{
  GtkWidget *switch_row = adw_action_row_new ();
  GtkWidget *time_row = adw_action_row_new ();
  GtkWidget *time_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *sw = gtk_switch_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (switch_row), _("Remind Me"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (switch_row), _("A notification on the days of a session"));
  gtk_switch_set_active (GTK_SWITCH (sw), on);
  gtk_widget_set_valign (sw, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (sw), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Remind Me"), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (switch_row), sw);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (switch_row), sw);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (time_row), _("At"));
  *hour = GTK_SPIN_BUTTON (new_spin (23, 1, minutes / 60, _("Hour")));
  *minute = GTK_SPIN_BUTTON (new_spin (59, 5, minutes % 60, _("Minutes")));
  g_signal_connect (*hour, "output", G_CALLBACK (format_two_digits_cb), NULL);
  g_signal_connect (*minute, "output", G_CALLBACK (format_two_digits_cb), NULL);
  gtk_box_append (GTK_BOX (time_box), GTK_WIDGET (*hour));
  gtk_box_append (GTK_BOX (time_box), gtk_label_new (":"));
  gtk_box_append (GTK_BOX (time_box), GTK_WIDGET (*minute));
  gtk_widget_set_margin_top (time_box, 6);
  gtk_widget_set_margin_bottom (time_box, 6);
  adw_action_row_add_suffix (ADW_ACTION_ROW (time_row), time_box);
  g_object_bind_property (sw, "active", time_row, "sensitive", G_BINDING_SYNC_CREATE);

  gtk_list_box_append (list, switch_row);
  gtk_list_box_append (list, time_row);
  *on_switch = GTK_SWITCH (sw);
}

guint
rb_plan_rows_get_minutes (GtkSpinButton *hour,
                          GtkSpinButton *minute)
{
  return (guint) gtk_spin_button_get_value_as_int (hour) * 60 + (guint) gtk_spin_button_get_value_as_int (minute);
}

/**
 * rb_plan_rows_new_calendar:
 * @date: the day shown selected
 *
 * Returns: (transfer floating): a #GtkCalendar on @date
 */
GtkWidget *
rb_plan_rows_new_calendar (const GDate *date)
{
  g_autoptr(GDateTime) when = g_date_time_new_local (g_date_get_year (date), g_date_get_month (date),
                                                      g_date_get_day (date), 12, 0, 0);
  GtkWidget *calendar = gtk_calendar_new ();

  gtk_calendar_select_day (GTK_CALENDAR (calendar), when);
  gtk_accessible_update_property (GTK_ACCESSIBLE (calendar), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Day"), -1);

  return calendar;
}

void
rb_plan_rows_get_calendar_day (GtkCalendar *calendar,
                               GDate       *date)
{
  g_autoptr(GDateTime) when = gtk_calendar_get_date (calendar);
  int y, m, d;

  g_date_time_get_ymd (when, &y, &m, &d);
  g_date_clear (date, 1);
  g_date_set_dmy (date, d, m, y);
}

/* "1 December", with the year when it is not this one's. */
char *
rb_plan_rows_format_date (const GDate *date,
                          const GDate *today)
{
  g_autoptr(GDateTime) when = g_date_time_new_local (g_date_get_year (date), g_date_get_month (date),
                                                      g_date_get_day (date), 12, 0, 0);

  if (g_date_get_year (today) == g_date_get_year (date))
    /* Translators: a day of this year, as in g_date_time_format(): "1 December" */
    return g_date_time_format (when, _("%-d %B"));

  /* Translators: a day of another year, as in g_date_time_format(): "1 December 2027" */
  return g_date_time_format (when, _("%-d %B %Y"));
}
