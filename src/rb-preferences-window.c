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
};

G_DEFINE_FINAL_TYPE (RbPreferencesWindow, rb_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

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
