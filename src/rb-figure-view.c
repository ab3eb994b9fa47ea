/* rb-figure-view.c: an exercise's figure, animated or still.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Animated, the figure moves between its keyframes, and only while it is
 * mapped. On its own it moves once per period, driven by the frame clock.
 * Following a session, it moves with the session's metronome instead:
 * where the session's clock says the rep is, so that it stops when the
 * session is paused, and a hold moves into its position once and stays.
 * Still, it shows the start and end poses side by side.
 */

#include "config.h"

#include <adwaita.h>
#include <math.h>

#include "rb-figure-view.h"
#include "rb-figure-view-private.h"

/* Software rendering is all there may be: a figure redrawn on every
 * frame at 60 Hz costs a large part of a core (issue #14). A stick figure
 * moving over seconds looks just as smooth at 30 frames a second. */
#define MIN_FRAME_INTERVAL (G_USEC_PER_SEC / 30)

/* Smaller moves than this are not worth a frame. */
#define MIN_MOVE 0.002

/* A hold eases into its position over this long, then stays still. It
 * takes its steps on a timer rather than on every frame: a dozen poses
 * over a second show the move, and keep a hold to about one frame a
 * second, the countdown's, as issue #14 asks. */
#define HOLD_EASE_IN G_USEC_PER_SEC
#define HOLD_EASE_INTERVAL_MS 80

struct _RbFigureView
{
  GtkWidget  parent_instance;

  RbFigure  *figure;
  RbSession *session;
  gint64     period;     /* µs */
  gint64     start_time; /* frame time of the first frame, µs */
  gint64     last_frame; /* frame time of the last redraw asked for, µs */
  guint      tick_id;
  guint      ease_id;    /* a hold easing into its position */
  guint      n_draws;
  gboolean   animated;
  double     t;          /* the position to draw */
  double     drawn_t;    /* the position drawn last */
};

G_DEFINE_FINAL_TYPE (RbFigureView, rb_figure_view, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_FIGURE, PROP_PERIOD, PROP_ANIMATED, N_PROPS };
static GParamSpec *properties[N_PROPS];

/* Where the session's current step puts the figure. Returns whether it
 * keeps moving: FALSE once a hold has reached its position. */
static gboolean
get_session_position (RbFigureView *self,
                      double       *t)
{
  const RbStep *step = rb_session_get_step (self->session);
  gint64 elapsed = MAX (0, rb_session_get_step_elapsed (self->session));
  gint64 rep_period = rb_step_get_rep_period (step);

  if (step->kind == RB_STEP_WORK_REPS && rep_period > 0)
    {
      gint64 coming_up = ((gint64) step->tempo_down + step->tempo_hold) * G_USEC_PER_SEC;
      double position = rb_step_get_rep_position (step, elapsed);

      *t = rb_figure_get_t_at_position (self->figure, position, elapsed % rep_period >= coming_up);
      return TRUE;
    }

  if (step->kind == RB_STEP_WORK_HOLD)
    {
      double into = MIN (1.0, (double) elapsed / HOLD_EASE_IN);

      *t = rb_figure_get_end_t (self->figure) * into;
      return into < 1.0;
    }

  /* Own pace, timed, runs and walks: at the view's own period, on the
   * session's time. */
  *t = rb_figure_get_t_at (self->figure, elapsed, self->period);
  return TRUE;
}

/* Asks for a frame only when the figure moved visibly. */
static void
move_to (RbFigureView *self,
         double        t,
         gint64        frame_time)
{
  if (fabs (t - self->t) < MIN_MOVE)
    return;

  self->t = t;
  self->last_frame = frame_time;
  self->n_draws++;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
tick_cb (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       user_data)
{
  RbFigureView *self = RB_FIGURE_VIEW (widget);
  gint64 now = gdk_frame_clock_get_frame_time (clock);
  gboolean moving = TRUE;
  double t;

  if (self->last_frame != 0 && now - self->last_frame < MIN_FRAME_INTERVAL)
    return G_SOURCE_CONTINUE;

  if (self->session != NULL)
    moving = get_session_position (self, &t);
  else
    {
      if (self->start_time == 0)
        self->start_time = now;
      t = rb_figure_get_t_at (self->figure, now - self->start_time, self->period);
    }

  move_to (self, t, now);
  if (moving)
    return G_SOURCE_CONTINUE;

  self->tick_id = 0;
  return G_SOURCE_REMOVE;
}

static gboolean
ease_cb (gpointer data)
{
  RbFigureView *self = data;
  double t;
  gboolean moving = get_session_position (self, &t);

  move_to (self, t, g_get_monotonic_time ());
  if (moving)
    return G_SOURCE_CONTINUE;

  self->ease_id = 0;
  return G_SOURCE_REMOVE;
}

static gboolean
in_hold (RbFigureView *self)
{
  return self->session != NULL && rb_session_get_step (self->session)->kind == RB_STEP_WORK_HOLD;
}

/* Asks for frames while the figure can move, and for none otherwise:
 * not while the session is paused, nor once a hold is in place. */
static void
update_ticking (RbFigureView *self)
{
  gboolean should = self->animated && self->figure != NULL &&
                    rb_figure_get_n_keyframes (self->figure) > 1 &&
                    gtk_widget_get_mapped (GTK_WIDGET (self));

  /* Paused or not, the figure shows where the session is now. */
  if (should && self->session != NULL)
    {
      double t;
      gboolean moving = get_session_position (self, &t);

      move_to (self, t, 0);
      should = moving && rb_session_get_state (self->session) == RB_SESSION_STATE_RUNNING;
    }

  if (should && in_hold (self))
    {
      if (self->ease_id == 0)
        {
          self->ease_id = g_timeout_add (HOLD_EASE_INTERVAL_MS, ease_cb, self);
          g_source_set_name_by_id (self->ease_id, "[runback] figure easing into a hold");
        }
      should = FALSE;
    }
  else
    {
      g_clear_handle_id (&self->ease_id, g_source_remove);
    }

  if (should && self->tick_id == 0)
    {
      self->start_time = 0;
      self->last_frame = 0;
      self->tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), tick_cb, NULL, NULL);
    }
  else if (!should && self->tick_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->tick_id);
      self->tick_id = 0;
    }
}

static void
rb_figure_view_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  RbFigureView *self = RB_FIGURE_VIEW (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  RbFigureStyle style;
  cairo_t *cr;

  if (self->figure == NULL || width <= 0 || height <= 0)
    return;

  style = adw_style_manager_get_dark (adw_style_manager_get_default ())
        ? RB_FIGURE_STYLE_DARK : RB_FIGURE_STYLE_LIGHT;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (self->animated || rb_figure_get_n_keyframes (self->figure) == 1)
    {
      rb_figure_render (self->figure, cr, 0, 0, width, height, self->t, style);
      self->drawn_t = self->t;
    }
  else
    {
      rb_figure_render (self->figure, cr, 0, 0, width / 2, height, 0, style);
      rb_figure_render (self->figure, cr, width / 2, 0, width / 2, height,
                        rb_figure_get_end_t (self->figure), style);
    }
  cairo_destroy (cr);
}

static void
rb_figure_view_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  RbFigureView *self = RB_FIGURE_VIEW (widget);
  double bx, by, bw, bh;

  if (self->figure == NULL)
    {
      *minimum = *natural = 0;
      return;
    }

  /* Natural size keeps the figure's proportions at 220 px high. */
  rb_figure_get_bounds (self->figure, &bx, &by, &bw, &bh);
  if (orientation == GTK_ORIENTATION_VERTICAL)
    {
      *minimum = 120;
      *natural = 220;
    }
  else
    {
      *minimum = 120;
      *natural = (int) (220 * bw / bh * (self->animated ? 1 : 2));
    }
}

static void
rb_figure_view_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (rb_figure_view_parent_class)->map (widget);
  update_ticking (RB_FIGURE_VIEW (widget));
}

static void
rb_figure_view_unmap (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (rb_figure_view_parent_class)->unmap (widget);
  update_ticking (RB_FIGURE_VIEW (widget));
}

static void
rb_figure_view_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  RbFigureView *self = RB_FIGURE_VIEW (object);

  switch (prop_id)
    {
    case PROP_FIGURE:
      g_value_set_boxed (value, self->figure);
      break;
    case PROP_PERIOD:
      g_value_set_uint (value, (guint) (self->period / 1000));
      break;
    case PROP_ANIMATED:
      g_value_set_boolean (value, self->animated);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rb_figure_view_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  RbFigureView *self = RB_FIGURE_VIEW (object);

  switch (prop_id)
    {
    case PROP_FIGURE:
      self->figure = g_value_dup_boxed (value);
      break;
    case PROP_PERIOD:
      self->period = (gint64) g_value_get_uint (value) * 1000;
      break;
    case PROP_ANIMATED:
      rb_figure_view_set_animated (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rb_figure_view_dispose (GObject *object)
{
  RbFigureView *self = RB_FIGURE_VIEW (object);

  g_clear_handle_id (&self->ease_id, g_source_remove);
  g_clear_pointer (&self->figure, rb_figure_unref);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (rb_figure_view_parent_class)->dispose (object);
}

static void
rb_figure_view_class_init (RbFigureViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = rb_figure_view_get_property;
  object_class->set_property = rb_figure_view_set_property;
  object_class->dispose = rb_figure_view_dispose;
  widget_class->snapshot = rb_figure_view_snapshot;
  widget_class->measure = rb_figure_view_measure;
  widget_class->map = rb_figure_view_map;
  widget_class->unmap = rb_figure_view_unmap;

  properties[PROP_FIGURE] =
    g_param_spec_boxed ("figure", NULL, NULL, RB_TYPE_FIGURE,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PERIOD] =
    g_param_spec_uint ("period", NULL, NULL, 200, 60000, 4000,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ANIMATED] =
    g_param_spec_boolean ("animated", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_widget_class_set_css_name (widget_class, "figure");
}

static void
rb_figure_view_init (RbFigureView *self)
{
  self->period = 4000 * 1000;

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);
}

/**
 * rb_figure_view_new:
 * @figure: the figure
 * @period_ms: the length of one repetition, in milliseconds
 *
 * Returns: (transfer floating): an animated view of @figure
 */
GtkWidget *
rb_figure_view_new (RbFigure *figure,
                    guint     period_ms)
{
  g_return_val_if_fail (figure != NULL, NULL);

  return g_object_new (RB_TYPE_FIGURE_VIEW,
                       "figure", figure,
                       "period", CLAMP (period_ms, 200, 60000),
                       NULL);
}

RbFigure *
rb_figure_view_get_figure (RbFigureView *self)
{
  g_return_val_if_fail (RB_IS_FIGURE_VIEW (self), NULL);

  return self->figure;
}

gboolean
rb_figure_view_get_animated (RbFigureView *self)
{
  g_return_val_if_fail (RB_IS_FIGURE_VIEW (self), FALSE);

  return self->animated;
}

/**
 * rb_figure_view_set_animated:
 * @self: a #RbFigureView
 * @animated: whether to move the figure, or show start and end still
 */
void
rb_figure_view_set_animated (RbFigureView *self,
                             gboolean      animated)
{
  g_return_if_fail (RB_IS_FIGURE_VIEW (self));

  animated = !!animated;
  if (self->animated == animated)
    return;

  self->animated = animated;
  self->t = 0;
  update_ticking (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANIMATED]);
}

/**
 * rb_figure_view_set_session:
 * @self: a #RbFigureView
 * @session: (nullable): the session to follow, or %NULL to move on its own
 *
 * Makes the figure move with @session: with its metronome on counted
 * reps, into the position once on holds, and at the view's period on
 * other work; never while the session is paused.
 */
void
rb_figure_view_set_session (RbFigureView *self,
                            RbSession    *session)
{
  g_return_if_fail (RB_IS_FIGURE_VIEW (self));
  g_return_if_fail (session == NULL || RB_IS_SESSION (session));

  if (self->session == session)
    return;

  if (self->session != NULL)
    g_signal_handlers_disconnect_by_func (self->session, update_ticking, self);

  g_set_object (&self->session, session);
  if (session != NULL)
    {
      g_signal_connect_object (session, "notify::state", G_CALLBACK (update_ticking), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (session, "step-changed", G_CALLBACK (update_ticking), self, G_CONNECT_SWAPPED);
    }
  update_ticking (self);
}

/**
 * rb_figure_view_is_animating:
 * @self: a #RbFigureView
 *
 * Returns: whether the figure is moving: the view asks the frame clock
 *   for frames, or a hold's timer for its next pose
 */
gboolean
rb_figure_view_is_animating (RbFigureView *self)
{
  g_return_val_if_fail (RB_IS_FIGURE_VIEW (self), FALSE);

  return self->tick_id != 0 || self->ease_id != 0;
}

/* Test hooks, see rb-figure-view-private.h. */

guint
rb_figure_view_get_n_draws (RbFigureView *self)
{
  g_return_val_if_fail (RB_IS_FIGURE_VIEW (self), 0);

  return self->n_draws;
}

double
rb_figure_view_get_drawn_position (RbFigureView *self)
{
  g_return_val_if_fail (RB_IS_FIGURE_VIEW (self), 0);

  return self->drawn_t;
}
