/* rb-countdown-ring.c: how much of the current step is left, as a ring.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The ring empties smoothly, redrawn on every frame while the session
 * runs and the ring is on screen; the time in figures is a label on top.
 */

#include "config.h"

#include <adwaita.h>
#include <math.h>

#include "rb-countdown-ring.h"

struct _RbCountdownRing
{
  GtkWidget  parent_instance;

  RbSession *session;
  guint      tick_id;
};

G_DEFINE_FINAL_TYPE (RbCountdownRing, rb_countdown_ring, GTK_TYPE_WIDGET)

static gboolean
tick_cb (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       user_data)
{
  gtk_widget_queue_draw (widget);
  return G_SOURCE_CONTINUE;
}

static void
update_ticking (RbCountdownRing *self)
{
  gboolean should = self->session != NULL &&
                    rb_session_get_state (self->session) == RB_SESSION_STATE_RUNNING &&
                    gtk_widget_get_mapped (GTK_WIDGET (self));

  if (should && self->tick_id == 0)
    self->tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), tick_cb, NULL, NULL);
  else if (!should && self->tick_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->tick_id);
      self->tick_id = 0;
    }

  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
rb_countdown_ring_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  RbCountdownRing *self = RB_COUNTDOWN_RING (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  double size = MIN (width, height);
  double line = MAX (6, size / 14);
  double radius = (size - line) / 2;
  double fraction = 1;
  gint64 duration;
  GdkRGBA color;
  cairo_t *cr;

  if (self->session == NULL || size <= line * 2)
    return;

  duration = rb_session_get_step_duration (self->session);
  if (duration > 0)
    fraction = CLAMP ((double) rb_session_get_remaining (self->session) / duration, 0, 1);

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  cairo_set_line_width (cr, line);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);

  /* The track, then what is left, counting down anticlockwise from the top. */
  cairo_set_source_rgba (cr, color.red, color.green, color.blue, 0.12);
  cairo_arc (cr, width / 2, height / 2, radius, 0, 2 * G_PI);
  cairo_stroke (cr);

  if (fraction > 0)
    {
      AdwStyleManager *style = adw_style_manager_get_default ();
      gboolean rest = rb_step_is_rest (rb_session_get_step (self->session));

      if (rest)
        cairo_set_source_rgba (cr, color.red, color.green, color.blue, 0.5);
      else if (adw_style_manager_get_dark (style))
        cairo_set_source_rgb (cr, 0.47, 0.68, 0.93);
      else
        cairo_set_source_rgb (cr, 0.21, 0.52, 0.89);

      cairo_arc (cr, width / 2, height / 2, radius, -G_PI / 2, -G_PI / 2 + 2 * G_PI * fraction);
      cairo_stroke (cr);
    }

  cairo_destroy (cr);
}

static void
rb_countdown_ring_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (rb_countdown_ring_parent_class)->map (widget);
  update_ticking (RB_COUNTDOWN_RING (widget));
}

static void
rb_countdown_ring_unmap (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (rb_countdown_ring_parent_class)->unmap (widget);
  update_ticking (RB_COUNTDOWN_RING (widget));
}

static void
rb_countdown_ring_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  *minimum = 140;
  *natural = 260;
}

static void
rb_countdown_ring_dispose (GObject *object)
{
  RbCountdownRing *self = RB_COUNTDOWN_RING (object);

  g_clear_object (&self->session);

  G_OBJECT_CLASS (rb_countdown_ring_parent_class)->dispose (object);
}

static void
rb_countdown_ring_class_init (RbCountdownRingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rb_countdown_ring_dispose;
  widget_class->snapshot = rb_countdown_ring_snapshot;
  widget_class->measure = rb_countdown_ring_measure;
  widget_class->map = rb_countdown_ring_map;
  widget_class->unmap = rb_countdown_ring_unmap;

  gtk_widget_class_set_css_name (widget_class, "countdown-ring");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_PROGRESS_BAR);
}

static void
rb_countdown_ring_init (RbCountdownRing *self)
{
}

void
rb_countdown_ring_set_session (RbCountdownRing *self,
                               RbSession       *session)
{
  g_return_if_fail (RB_IS_COUNTDOWN_RING (self));
  g_return_if_fail (RB_IS_SESSION (session));

  g_set_object (&self->session, session);
  g_signal_connect_object (session, "notify::state", G_CALLBACK (update_ticking), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (session, "notify::step-index", G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);
  update_ticking (self);
}
