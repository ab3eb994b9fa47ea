/* rb-preferences-window.c
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rb-cues.h"
#include "rb-preferences-window.h"

struct _RbPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;

  GtkWidget            *sound_switch;
  GtkWidget            *metronome_switch;
  GtkWidget            *speech_row;
  GtkWidget            *speech_switch;
  GtkWidget            *clinician_row;
  GtkWidget            *clinic_row;
  GtkAdjustment        *lead_in_adjustment;
  GtkWidget            *weekday_row;
  GtkWidget            *unit_row;
  GtkWidget            *advance_row;
  GtkWidget            *repeat_row;
};

G_DEFINE_FINAL_TYPE (RbPreferencesWindow, rb_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* The first-weekday row's choices, as the key's values (GDateWeekday, 0
 * for the language's). */
static const int weekdays[] = { 0, G_DATE_MONDAY, G_DATE_SUNDAY, G_DATE_SATURDAY };
static const char * const units[] = { "km", "mi" };

static gboolean
weekday_get_mapping (GValue   *value,
                     GVariant *variant,
                     gpointer  user_data)
{
  int weekday = g_variant_get_int32 (variant);

  for (guint i = 0; i < G_N_ELEMENTS (weekdays); i++)
    if (weekdays[i] == weekday)
      {
        g_value_set_uint (value, i);
        return TRUE;
      }

  /* Another day, set elsewhere: the row cannot show it. */
  return FALSE;
}

static GVariant *
weekday_set_mapping (const GValue       *value,
                     const GVariantType *expected_type,
                     gpointer            user_data)
{
  guint selected = g_value_get_uint (value);

  if (selected >= G_N_ELEMENTS (weekdays))
    return NULL;

  return g_variant_new_int32 (weekdays[selected]);
}

static gboolean
unit_get_mapping (GValue   *value,
                  GVariant *variant,
                  gpointer  user_data)
{
  g_value_set_uint (value, g_str_equal (g_variant_get_string (variant, NULL), "mi") ? 1 : 0);
  return TRUE;
}

static GVariant *
unit_set_mapping (const GValue       *value,
                  const GVariantType *expected_type,
                  gpointer            user_data)
{
  guint selected = g_value_get_uint (value);

  if (selected >= G_N_ELEMENTS (units))
    return NULL;

  return g_variant_new_string (units[selected]);
}

/* The pain rows list "the program's" (-1), then 0 to 10. */
static gboolean
pain_get_mapping (GValue   *value,
                  GVariant *variant,
                  gpointer  user_data)
{
  g_value_set_uint (value, (guint) (CLAMP (g_variant_get_int32 (variant), -1, 10) + 1));
  return TRUE;
}

static GVariant *
pain_set_mapping (const GValue       *value,
                  const GVariantType *expected_type,
                  gpointer            user_data)
{
  guint selected = g_value_get_uint (value);

  if (selected > 11)
    return NULL;

  return g_variant_new_int32 ((int) selected - 1);
}

static void
bind_selected (RbPreferencesWindow            *self,
               const char                     *key,
               GtkWidget                      *row,
               GSettingsBindGetMapping         get_mapping,
               GSettingsBindSetMapping         set_mapping)
{
  g_settings_bind_with_mapping (self->settings, key, row, "selected", G_SETTINGS_BIND_DEFAULT,
                                get_mapping, set_mapping, NULL, NULL);
}

static void
rb_preferences_window_dispose (GObject *object)
{
  RbPreferencesWindow *self = RB_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RB_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (rb_preferences_window_parent_class)->dispose (object);
}

static void
rb_preferences_window_class_init (RbPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rb_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/runback/Runback/rb-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RbPreferencesWindow, sound_switch);
  gtk_widget_class_bind_template_child (widget_class, RbPreferencesWindow, metronome_switch);
  gtk_widget_class_bind_template_child (widget_class, RbPreferencesWindow, speech_row);
  gtk_widget_class_bind_template_child (widget_class, RbPreferencesWindow, speech_switch);
  gtk_widget_class_bind_template_child (widget_class, RbPreferencesWindow, clinician_row);
  gtk_widget_class_bind_template_child (widget_class, RbPreferencesWindow, clinic_row);
  gtk_widget_class_bind_template_child (widget_class, RbPreferencesWindow, lead_in_adjustment);
  gtk_widget_class_bind_template_child (widget_class, RbPreferencesWindow, weekday_row);
  gtk_widget_class_bind_template_child (widget_class, RbPreferencesWindow, unit_row);
  gtk_widget_class_bind_template_child (widget_class, RbPreferencesWindow, advance_row);
  gtk_widget_class_bind_template_child (widget_class, RbPreferencesWindow, repeat_row);
}

static void
rb_preferences_window_init (RbPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (BASE_ID);
  g_settings_bind (self->settings, "sound-cues", self->sound_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "metronome", self->metronome_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "spoken-cues", self->speech_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "handout-clinician", self->clinician_row, "text", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "handout-clinic", self->clinic_row, "text", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "lead-in-seconds", self->lead_in_adjustment, "value", G_SETTINGS_BIND_DEFAULT);
  bind_selected (self, "first-weekday", self->weekday_row, weekday_get_mapping, weekday_set_mapping);
  bind_selected (self, "distance-unit", self->unit_row, unit_get_mapping, unit_set_mapping);
  bind_selected (self, "advance-max-pain", self->advance_row, pain_get_mapping, pain_set_mapping);
  bind_selected (self, "repeat-max-pain", self->repeat_row, pain_get_mapping, pain_set_mapping);

  /* The metronome is a sound cue. */
  g_settings_bind (self->settings, "sound-cues", self->metronome_switch, "sensitive", G_SETTINGS_BIND_GET);

  if (!rb_cues_can_speak ())
    {
      gtk_widget_set_sensitive (self->speech_row, FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->speech_row),
                                   _("This copy of Runback was built without speech support"));
    }
}

GtkWidget *
rb_preferences_window_new (GtkWindow *parent)
{
  return g_object_new (RB_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "application", parent ? gtk_window_get_application (parent) : NULL,
                       NULL);
}
