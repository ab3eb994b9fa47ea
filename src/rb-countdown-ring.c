/* rb-countdown-ring.c: how much of the current step is left, as a ring.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The ring empties as the step goes by, in whole seconds: it moves when
 * the time in figures on top of it changes, in the same frame, as GNOME
 * Clocks' timer does. It has no clock of its own: the session says when a
 * second went by, so a running session draws about one frame a second
 * for both (issue #14), and nothing while paused or off screen.
 */

#include "config.h"

#include <adwaita.h>
#include <math.h>

#include "rb-countdown-ring.h"
#include "rb-countdown-ring-private.h"

struct _RbCountdownRing
{
  GtkWidget  parent_instance;

  RbSession *session;
  guint      n_draws;
};

G_DEFINE_FINAL_TYPE (RbCountdownRing, rb_countdown_ring, GTK_TYPE_WIDGET)

/* The part of the step left, as the countdown shows it: whole seconds. */
static double
get_fraction (RbCountdownRing *self)
{
  gint64 duration = rb_session_get_step_duration (self->session);
  gint64 shown = (gint64) rb_session_get_remaining_seconds (self->session) * G_USEC_PER_SEC;

  if (duration <= 0)
    return 1;

  return CLAMP ((double) shown / duration, 0, 1);
}

static double
get_radius (RbCountdownRing *self,
            double          *line)
{
  double size = MIN (gtk_widget_get_width (GTK_WIDGET (self)), gtk_widget_get_height (GTK_WIDGET (self)));

  *line = MAX (6, size / 14);
  return (size - *line) / 2;
}

static void
redraw (RbCountdownRing *self)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;

  self->n_draws++;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
rb_countdown_ring_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  RbCountdownRing *self = RB_COUNTDOWN_RING (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  double line;
  double radius = get_radius (self, &line);
  GdkRGBA color;
  cairo_t *cr;

  if (self->session == NULL || radius <= line / 2)
    return;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  cairo_set_line_width (cr, line);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);

  /* The track, then what is left, counting down anticlockwise from the top. */
  cairo_set_source_rgba (cr, color.red, color.green, color.blue, 0.12);
  cairo_arc (cr, width / 2, height / 2, radius, 0, 2 * G_PI);
  cairo_stroke (cr);

  if (get_fraction (self) > 0)
    {
      AdwStyleManager *style = adw_style_manager_get_default ();
      gboolean rest = rb_step_is_rest (rb_session_get_step (self->session));

      if (rest)
        cairo_set_source_rgba (cr, color.red, color.green, color.blue, 0.5);
      else if (adw_style_manager_get_dark (style))
        cairo_set_source_rgb (cr, 0.47, 0.68, 0.93);
      else
        cairo_set_source_rgb (cr, 0.21, 0.52, 0.89);

      cairo_arc (cr, width / 2, height / 2, radius, -G_PI / 2, -G_PI / 2 + 2 * G_PI * get_fraction (self));
      cairo_stroke (cr);
    }

  cairo_destroy (cr);
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
  /* A second went by (or rest was added); a new step may change the
   * colour as well as the arc. Pausing changes neither. */
  g_signal_connect_object (session, "notify::remaining-seconds", G_CALLBACK (redraw), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (session, "notify::step-index", G_CALLBACK (redraw), self, G_CONNECT_SWAPPED);
  redraw (self);
}

/* Test hooks, see rb-countdown-ring-private.h. */

guint
rb_countdown_ring_get_n_draws (RbCountdownRing *self)
{
  g_return_val_if_fail (RB_IS_COUNTDOWN_RING (self), 0);

  return self->n_draws;
}
