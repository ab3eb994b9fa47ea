/* rb-pain-scale.c: a 0–10 pain rating with words at the ends.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rb-pain-scale.h"

struct _RbPainScale
{
  GtkWidget  parent_instance;

  GtkWidget *box;
  GtkScale  *scale;
};

G_DEFINE_FINAL_TYPE (RbPainScale, rb_pain_scale, GTK_TYPE_WIDGET)

static char *
format_value_cb (GtkScale *scale,
                 double    value,
                 gpointer  user_data)
{
  return g_strdup_printf ("%d", (int) value);
}

static void
update_accessible (RbPainScale *self)
{
  int value = rb_pain_scale_get_value (self);
  g_autofree char *text = NULL;

  if (value == 0)
    text = g_strdup (_("0, no pain"));
  else if (value == 10)
    text = g_strdup (_("10, worst pain imaginable"));
  else
    text = g_strdup_printf ("%d", value);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->scale),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, text, -1);
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

  object_class->dispose = rb_pain_scale_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
rb_pain_scale_init (RbPainScale *self)
{
  GtkWidget *words = gtk_center_box_new ();
  GtkWidget *low = gtk_label_new (_("No pain"));
  GtkWidget *high = gtk_label_new (_("Worst pain imaginable"));

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  self->scale = GTK_SCALE (gtk_scale_new_with_range (GTK_ORIENTATION_HORIZONTAL, 0, 10, 1));
  gtk_scale_set_draw_value (self->scale, TRUE);
  gtk_scale_set_value_pos (self->scale, GTK_POS_TOP);
  gtk_scale_set_digits (self->scale, 0);
  gtk_range_set_round_digits (GTK_RANGE (self->scale), 0);
  gtk_scale_set_format_value_func (self->scale, format_value_cb, NULL, NULL);
  for (int i = 0; i <= 10; i++)
    gtk_scale_add_mark (self->scale, i, GTK_POS_BOTTOM, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->scale), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Pain, from 0 (no pain) to 10 (worst pain imaginable)"), -1);
  g_signal_connect_swapped (self->scale, "value-changed", G_CALLBACK (update_accessible), self);
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

  update_accessible (self);
}

int
rb_pain_scale_get_value (RbPainScale *self)
{
  g_return_val_if_fail (RB_IS_PAIN_SCALE (self), 0);

  return (int) gtk_range_get_value (GTK_RANGE (self->scale));
}

void
rb_pain_scale_set_value (RbPainScale *self,
                         int          value)
{
  g_return_if_fail (RB_IS_PAIN_SCALE (self));

  gtk_range_set_value (GTK_RANGE (self->scale), CLAMP (value, 0, 10));
}
