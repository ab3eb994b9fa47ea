/* rb-countdown-ring.c: how much of the current step is left, as a ring.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The ring empties as the step goes by; the time in figures is a label
 * on top. It is redrawn only when its arc moved by a pixel or more, and
 * at most 8 times a second: a long step's ring moves slowly, and on
 * software rendering every frame counts (issue #14). Nothing is redrawn
 * while the session is paused or the ring is off screen.
 */

#include "config.h"

#include <adwaita.h>
#include <math.h>

#include "rb-countdown-ring.h"
#include "rb-countdown-ring-private.h"

/* How often to look whether the arc moved. */
#define CHECK_INTERVAL_MS 125

struct _RbCountdownRing
{
  GtkWidget  parent_instance;

  RbSession *session;
  guint      timeout_id;
  guint      n_draws;
  double     fraction;   /* of the step left, as drawn last */
};

G_DEFINE_FINAL_TYPE (RbCountdownRing, rb_countdown_ring, GTK_TYPE_WIDGET)

static double
get_fraction (RbCountdownRing *self)
{
  gint64 duration = rb_session_get_step_duration (self->session);

  if (duration <= 0)
    return 1;

  return CLAMP ((double) rb_session_get_remaining (self->session) / duration, 0, 1);
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
  self->n_draws++;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Redraws when the end of the arc moved by a pixel or more. */
static gboolean
check_cb (gpointer data)
{
  RbCountdownRing *self = data;
  double line;
  double length = 2 * G_PI * MAX (0, get_radius (self, &line));

  if (fabs (get_fraction (self) - self->fraction) * length >= 1)
    redraw (self);

  return G_SOURCE_CONTINUE;
}

static void
update_ticking (RbCountdownRing *self)
{
  gboolean should = self->session != NULL &&
                    rb_session_get_state (self->session) == RB_SESSION_STATE_RUNNING &&
                    gtk_widget_get_mapped (GTK_WIDGET (self));

  if (should && self->timeout_id == 0)
    {
      self->timeout_id = g_timeout_add (CHECK_INTERVAL_MS, check_cb, self);
      g_source_set_name_by_id (self->timeout_id, "[runback] countdown ring");
    }
  else if (!should)
    g_clear_handle_id (&self->timeout_id, g_source_remove);

  /* Starting, pausing and resuming may all change the arc. */
  if (self->session != NULL)
    check_cb (self);
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

  self->fraction = get_fraction (self);

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  cairo_set_line_width (cr, line);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);

  /* The track, then what is left, counting down anticlockwise from the top. */
  cairo_set_source_rgba (cr, color.red, color.green, color.blue, 0.12);
  cairo_arc (cr, width / 2, height / 2, radius, 0, 2 * G_PI);
  cairo_stroke (cr);

  if (self->fraction > 0)
    {
      AdwStyleManager *style = adw_style_manager_get_default ();
      gboolean rest = rb_step_is_rest (rb_session_get_step (self->session));

      if (rest)
        cairo_set_source_rgba (cr, color.red, color.green, color.blue, 0.5);
      else if (adw_style_manager_get_dark (style))
        cairo_set_source_rgb (cr, 0.47, 0.68, 0.93);
      else
        cairo_set_source_rgb (cr, 0.21, 0.52, 0.89);

      cairo_arc (cr, width / 2, height / 2, radius, -G_PI / 2, -G_PI / 2 + 2 * G_PI * self->fraction);
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

  g_clear_handle_id (&self->timeout_id, g_source_remove);
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
  /* A new step may change the colour as well as the arc; added rest
   * changes the step's length. */
  g_signal_connect_object (session, "notify::step-index", G_CALLBACK (redraw), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (session, "notify::remaining-seconds", G_CALLBACK (check_cb), self, G_CONNECT_SWAPPED);
  update_ticking (self);
}

/* Test hooks, see rb-countdown-ring-private.h. */

guint
rb_countdown_ring_get_n_draws (RbCountdownRing *self)
{
  g_return_val_if_fail (RB_IS_COUNTDOWN_RING (self), 0);

  return self->n_draws;
}

gboolean
rb_countdown_ring_is_ticking (RbCountdownRing *self)
{
  g_return_val_if_fail (RB_IS_COUNTDOWN_RING (self), FALSE);

  return self->timeout_id != 0;
}
