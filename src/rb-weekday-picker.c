/* rb-weekday-picker.c: seven toggles, one for each day of the week.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rb-application.h"
#include "rb-plan.h"
#include "rb-schedule.h"
#include "rb-weekday-picker.h"

struct _RbWeekdayPicker
{
  GtkBox           parent_instance;

  GtkToggleButton *toggles[7];   /* by GDateWeekday - 1 */
  guint            weekdays;
  gboolean         syncing;
};

G_DEFINE_FINAL_TYPE (RbWeekdayPicker, rb_weekday_picker, GTK_TYPE_BOX)

enum { PROP_0, PROP_WEEKDAYS, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void
toggled_cb (RbWeekdayPicker *self)
{
  guint weekdays = 0;

  if (self->syncing)
    return;

  for (guint i = 0; i < 7; i++)
    if (gtk_toggle_button_get_active (self->toggles[i]))
      weekdays |= 1u << i;

  rb_weekday_picker_set_weekdays (self, weekdays);
}

static void
rb_weekday_picker_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  RbWeekdayPicker *self = RB_WEEKDAY_PICKER (object);

  switch (prop_id)
    {
    case PROP_WEEKDAYS:
      g_value_set_uint (value, self->weekdays);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rb_weekday_picker_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  RbWeekdayPicker *self = RB_WEEKDAY_PICKER (object);

  switch (prop_id)
    {
    case PROP_WEEKDAYS:
      rb_weekday_picker_set_weekdays (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rb_weekday_picker_class_init (RbWeekdayPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = rb_weekday_picker_get_property;
  object_class->set_property = rb_weekday_picker_set_property;

  properties[PROP_WEEKDAYS] =
    g_param_spec_uint ("weekdays", NULL, NULL, 0, RB_WEEKDAYS_ALL, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (GTK_WIDGET_CLASS (klass), "weekdaypicker");
}

static void
rb_weekday_picker_init (RbWeekdayPicker *self)
{
  GDateWeekday first = rb_application_get_first_weekday ();
  GDate day;

  gtk_box_set_homogeneous (GTK_BOX (self), TRUE);
  gtk_box_set_spacing (GTK_BOX (self), 4);

  /* 2024-01-01 is a Monday: any week gives the names. */
  g_date_clear (&day, 1);
  g_date_set_dmy (&day, 1, G_DATE_JANUARY, 2024);
  g_date_add_days (&day, first - 1);

  for (guint n = 0; n < 7; n++, g_date_add_days (&day, 1))
    {
      GDateWeekday weekday = g_date_get_weekday (&day);
      GtkWidget *toggle = gtk_toggle_button_new ();
      GtkWidget *label;
      char short_name[32], long_name[64];

      /* Short names, so that seven toggles fit in a phone's width. */
      g_date_strftime (short_name, sizeof short_name, "%a", &day);
      g_date_strftime (long_name, sizeof long_name, "%A", &day);
      label = gtk_label_new (short_name);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_width_chars (GTK_LABEL (label), 2);
      gtk_button_set_child (GTK_BUTTON (toggle), label);
      gtk_widget_set_tooltip_text (toggle, long_name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL, long_name, -1);
      gtk_widget_add_css_class (toggle, "circular");
      g_signal_connect_object (toggle, "toggled", G_CALLBACK (toggled_cb), self, G_CONNECT_SWAPPED);
      gtk_box_append (GTK_BOX (self), toggle);
      self->toggles[weekday - 1] = GTK_TOGGLE_BUTTON (toggle);
    }
}

/**
 * rb_weekday_picker_new:
 * @name: what the days are for, for screen readers ("Days of At Home")
 * @weekdays: the days chosen, as RB_WEEKDAY_BIT()s
 *
 * Returns: (transfer floating): a row of seven toggles
 */
GtkWidget *
rb_weekday_picker_new (const char *name,
                       guint       weekdays)
{
  GtkWidget *self = g_object_new (RB_TYPE_WEEKDAY_PICKER, "weekdays", weekdays, NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);

  return self;
}

guint
rb_weekday_picker_get_weekdays (RbWeekdayPicker *self)
{
  g_return_val_if_fail (RB_IS_WEEKDAY_PICKER (self), 0);

  return self->weekdays;
}

void
rb_weekday_picker_set_weekdays (RbWeekdayPicker *self,
                                guint            weekdays)
{
  g_return_if_fail (RB_IS_WEEKDAY_PICKER (self));

  weekdays &= RB_WEEKDAYS_ALL;
  self->syncing = TRUE;
  for (guint i = 0; i < 7; i++)
    gtk_toggle_button_set_active (self->toggles[i], (weekdays & (1u << i)) != 0);
  self->syncing = FALSE;

  if (self->weekdays == weekdays)
    return;

  self->weekdays = weekdays;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WEEKDAYS]);
}
