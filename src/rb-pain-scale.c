/* rb-pain-scale.c: a 0–10 pain rating with words at the ends.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The value reads above the scale, centred, not on the slider: GtkScale
 * centres its value on the slider, and at either end a long one ("Nicht
 * bewertet") is cut off by the window's edge.
 *
 * A rating is "not rated" until the user gives one: the slider rests at 0
 * but reads "Not rated", dimmed, and the value is RB_JOURNAL_PAIN_NONE, so
 * that an untouched scale never records "no pain". Any press on the
 * slider or any key that moves it rates, 0 included.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rb-journal-entry.h"
#include "rb-pain-scale.h"

struct _RbPainScale
{
  GtkWidget  parent_instance;

  GtkWidget *box;
  GtkLabel  *value_label;
  GtkScale  *scale;
  gboolean   rated;
};

G_DEFINE_FINAL_TYPE (RbPainScale, rb_pain_scale, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_VALUE, N_PROPS };
static GParamSpec *properties[N_PROPS];

/* The value as it reads above the scale and to a screen reader. */
static void
update_value (RbPainScale *self)
{
  int value = rb_pain_scale_get_value (self);
  g_autofree char *shown = NULL;
  g_autofree char *text = NULL;

  shown = value == RB_JOURNAL_PAIN_NONE ? g_strdup (_("Not rated")) : g_strdup_printf ("%d", value);
  gtk_label_set_text (self->value_label, shown);

  if (value == RB_JOURNAL_PAIN_NONE)
    text = g_strdup (_("Not rated"));
  else if (value == 0)
    text = g_strdup (_("0, no pain"));
  else if (value == 10)
    text = g_strdup (_("10, worst pain imaginable"));
  else
    text = g_strdup_printf ("%d", value);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->scale),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, text, -1);
}

static void
set_rated (RbPainScale *self,
           gboolean     rated)
{
  if (self->rated == rated)
    return;

  self->rated = rated;
  if (rated)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->scale), "unrated");
      gtk_widget_remove_css_class (GTK_WIDGET (self->value_label), "unrated");
    }
  else
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->scale), "unrated");
      gtk_widget_add_css_class (GTK_WIDGET (self->value_label), "unrated");
    }
  update_value (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
}

static void
value_changed_cb (RbPainScale *self)
{
  update_value (self);
  if (self->rated)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
}

/* Keys, scrolling and clicks on the trough: the user chose a value. */
static gboolean
change_value_cb (RbPainScale   *self,
                 GtkScrollType  scroll,
                 double         value)
{
  set_rated (self, TRUE);
  return FALSE;
}

/* A press on the slider itself rates too, even without moving it. */
static void
pressed_cb (RbPainScale *self)
{
  set_rated (self, TRUE);
}

static gboolean
rb_pain_scale_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (RB_PAIN_SCALE (widget)->scale));
}

static void
rb_pain_scale_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_VALUE:
      g_value_set_int (value, rb_pain_scale_get_value (RB_PAIN_SCALE (object)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rb_pain_scale_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_VALUE:
      rb_pain_scale_set_value (RB_PAIN_SCALE (object), g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rb_pain_scale_dispose (GObject *object)
{
  RbPainScale *self = RB_PAIN_SCALE (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);

  G_OBJECT_CLASS (rb_pain_scale_parent_class)->dispose (object);
}

static void
rb_pain_scale_class_init (RbPainScaleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = rb_pain_scale_get_property;
  object_class->set_property = rb_pain_scale_set_property;
  object_class->dispose = rb_pain_scale_dispose;
  widget_class->grab_focus = rb_pain_scale_grab_focus;

  /**
   * RbPainScale:value:
   *
   * The rating from 0 to 10, or %RB_JOURNAL_PAIN_NONE while not rated.
   */
  properties[PROP_VALUE] =
    g_param_spec_int ("value", NULL, NULL, RB_JOURNAL_PAIN_NONE, 10, RB_JOURNAL_PAIN_NONE,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
rb_pain_scale_init (RbPainScale *self)
{
  GtkWidget *words = gtk_center_box_new ();
  GtkWidget *low = gtk_label_new (_("No pain"));
  GtkWidget *high = gtk_label_new (_("Worst pain imaginable"));
  GtkGesture *press = gtk_gesture_click_new ();

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  /* The scale says its value to screen readers itself. */
  self->value_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->value_label), "pain-value");
  gtk_widget_add_css_class (GTK_WIDGET (self->value_label), "unrated");
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->value_label), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->value_label));

  self->scale = GTK_SCALE (gtk_scale_new_with_range (GTK_ORIENTATION_HORIZONTAL, 0, 10, 1));
  gtk_scale_set_digits (self->scale, 0);
  gtk_range_set_round_digits (GTK_RANGE (self->scale), 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->scale), "unrated");
  for (int i = 0; i <= 10; i++)
    gtk_scale_add_mark (self->scale, i, GTK_POS_BOTTOM, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->scale), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Pain, from 0 (no pain) to 10 (worst pain imaginable)"), -1);
  g_signal_connect_swapped (self->scale, "value-changed", G_CALLBACK (value_changed_cb), self);
  g_signal_connect_swapped (self->scale, "change-value", G_CALLBACK (change_value_cb), self);

  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (press), GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (press, "pressed", G_CALLBACK (pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->scale), GTK_EVENT_CONTROLLER (press));
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->scale));

  gtk_widget_add_css_class (low, "caption");
  gtk_widget_add_css_class (low, "dim-label");
  gtk_widget_add_css_class (high, "caption");
  gtk_widget_add_css_class (high, "dim-label");
  gtk_label_set_wrap (GTK_LABEL (high), TRUE);
  gtk_label_set_justify (GTK_LABEL (high), GTK_JUSTIFY_RIGHT);
  gtk_center_box_set_start_widget (GTK_CENTER_BOX (words), low);
  gtk_center_box_set_end_widget (GTK_CENTER_BOX (words), high);
  gtk_box_append (GTK_BOX (self->box), words);

  update_value (self);
}

/**
 * rb_pain_scale_get_value:
 * @self: a #RbPainScale
 *
 * Returns: the rating from 0 to 10, or %RB_JOURNAL_PAIN_NONE when the
 *   user has not rated
 */
int
rb_pain_scale_get_value (RbPainScale *self)
{
  g_return_val_if_fail (RB_IS_PAIN_SCALE (self), RB_JOURNAL_PAIN_NONE);

  if (!self->rated)
    return RB_JOURNAL_PAIN_NONE;

  return (int) gtk_range_get_value (GTK_RANGE (self->scale));
}

/**
 * rb_pain_scale_set_value:
 * @self: a #RbPainScale
 * @value: a rating from 0 to 10, or %RB_JOURNAL_PAIN_NONE for none
 */
void
rb_pain_scale_set_value (RbPainScale *self,
                         int          value)
{
  g_return_if_fail (RB_IS_PAIN_SCALE (self));
  g_return_if_fail (value >= RB_JOURNAL_PAIN_NONE && value <= 10);

  if (value == rb_pain_scale_get_value (self))
    return;

  g_object_freeze_notify (G_OBJECT (self));
  gtk_range_set_value (GTK_RANGE (self->scale), MAX (value, 0));
  set_rated (self, value != RB_JOURNAL_PAIN_NONE);
  g_object_thaw_notify (G_OBJECT (self));
}
