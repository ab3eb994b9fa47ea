/* rb-figure.c: an exercise's illustration, as pose keyframes.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A figure is a jointed stick figure in pictogram style, posed by joint
 * angles and drawn with cairo at any size. This file holds the public
 * API; see rb-figure-private.h for the rest.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <string.h>

#include "rb-content-error.h"
#include "rb-figure-private.h"

G_DEFINE_BOXED_TYPE (RbFigure, rb_figure, rb_figure_ref, rb_figure_unref)

/* The bounds sample the whole movement, sines and cosines at each step:
 * a cost worth paying for a figure that is drawn, not for each of the
 * thousands a library loads. Figures are shared between threads, which
 * may draw at once.
 */
static void
ensure_bounds (RbFigure *self)
{
  if (g_once_init_enter (&self->bounds_set))
    {
      rb_figure_compute_bounds (self);
      g_once_init_leave (&self->bounds_set, 1);
    }
}

/* Scales and centres the bounds in the target rectangle. */
static void
fit (RbFigure *self,
     cairo_t  *cr,
     double    x,
     double    y,
     double    width,
     double    height)
{
  double scale = MIN (width / self->bounds[2], height / self->bounds[3]);

  cairo_translate (cr,
                   x + (width - self->bounds[2] * scale) / 2,
                   y + (height - self->bounds[3] * scale) / 2);
  cairo_scale (cr, scale, scale);
  cairo_translate (cr, -self->bounds[0], -self->bounds[1]);
}

static gboolean
is_cyclic (RbFigure *self)
{
  const Pose *first = &g_array_index (self->keyframes, Pose, 0);
  const Pose *last = &g_array_index (self->keyframes, Pose, self->keyframes->len - 1);

  return self->keyframes->len > 2 && memcmp (first, last, sizeof (Pose)) == 0;
}

RbFigure *
rb_figure_ref (RbFigure *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_ref_count_inc (&self->ref_count);
  return self;
}

void
rb_figure_unref (RbFigure *self)
{
  g_return_if_fail (self != NULL);

  if (g_ref_count_dec (&self->ref_count))
    {
      g_array_unref (self->keyframes);
      g_free (self);
    }
}

guint
rb_figure_get_n_keyframes (RbFigure *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->keyframes->len;
}

/**
 * rb_figure_new_from_json:
 * @node: the "illustration" member of an exercise
 * @path: the JSON path of @node, used in messages
 * @error: return location for a #GError
 *
 * Reads and checks a figure. Errors are %RB_CONTENT_ERROR_INVALID and
 * start with the JSON path of the offending value.
 *
 * Returns: (transfer full): the figure, or %NULL on error
 */
RbFigure *
rb_figure_new_from_json (JsonNode    *node,
                         const char  *path,
                         GError     **error)
{
  g_autoptr(RbFigure) self = NULL;

  g_return_val_if_fail (node != NULL, NULL);

  self = g_new0 (RbFigure, 1);
  g_ref_count_init (&self->ref_count);
  self->keyframes = g_array_new (FALSE, TRUE, sizeof (Pose));
  self->floor = TRUE;
  self->fixed = POINT_LEFT_FOOT;
  self->muscle = -1;

  if (!rb_figure_read (self, node, path, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * rb_figure_get_bounds:
 * @self: a #RbFigure
 * @x: (out): left edge
 * @y: (out): top edge
 * @width: (out): width
 * @height: (out): height
 *
 * The rectangle, in body units with y pointing down, that contains every
 * keyframe and prop: rb_figure_render() fits it in the target rectangle,
 * so the figure never changes scale while it moves.
 */
void
rb_figure_get_bounds (RbFigure *self,
                      double   *x,
                      double   *y,
                      double   *width,
                      double   *height)
{
  g_return_if_fail (self != NULL);

  ensure_bounds (self);
  *x = self->bounds[0];
  *y = self->bounds[1];
  *width = self->bounds[2];
  *height = self->bounds[3];
}

/**
 * rb_figure_render:
 * @self: a #RbFigure
 * @cr: a cairo context
 * @x: left edge of the target rectangle
 * @y: top edge of the target rectangle
 * @width: width of the target rectangle
 * @height: height of the target rectangle
 * @t: position in the movement, 0 for the first keyframe, 1 for the last
 * @style: colours for a light or dark screen, or black on white for print
 *
 * Draws the figure at @t, eased between keyframes, fitted and centred in
 * the rectangle. Output depends only on the arguments.
 */
void
rb_figure_render (RbFigure      *self,
                  cairo_t       *cr,
                  double         x,
                  double         y,
                  double         width,
                  double         height,
                  double         t,
                  RbFigureStyle  style)
{
  Point p[N_POINTS];
  Pose pose;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (style <= RB_FIGURE_STYLE_PRINT);

  if (width <= 0 || height <= 0)
    return;

  ensure_bounds (self);
  rb_figure_interpolate (self, t, &pose);
  rb_figure_place (self, &pose, p);

  /* No clip: the bounds contain every pose, and a test checks it. */
  cairo_save (cr);
  fit (self, cr, x, y, width, height);
  rb_figure_draw (self, cr, p, style);
  cairo_restore (cr);
}

/**
 * rb_figure_export:
 * @self: a #RbFigure
 * @path: a file name ending in .png, .svg or .pdf
 * @size: the height of each pose in pixels (points for SVG and PDF)
 * @error: return location for a #GError
 *
 * Writes the start and end poses side by side, black on white.
 *
 * Returns: %TRUE on success
 */
gboolean
rb_figure_export (RbFigure    *self,
                  const char  *path,
                  guint        size,
                  GError     **error)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  double width = 2.0 * size, height = size;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (size > 0, FALSE);

  if (g_str_has_suffix (lower, ".svg"))
    surface = cairo_svg_surface_create (path, width, height);
  else if (g_str_has_suffix (lower, ".pdf"))
    surface = cairo_pdf_surface_create (path, width, height);
  else if (g_str_has_suffix (lower, ".png"))
    surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) width, (int) height);
  else
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("%s: the file name must end in .png, .svg or .pdf"), path);
      return FALSE;
    }

  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  if (self->keyframes->len == 1)
    {
      rb_figure_render (self, cr, 0, 0, width, height, 0, RB_FIGURE_STYLE_PRINT);
    }
  else
    {
      rb_figure_render (self, cr, 0, 0, width / 2, height, 0, RB_FIGURE_STYLE_PRINT);
      rb_figure_render (self, cr, width / 2, 0, width / 2, height,
                        rb_figure_get_end_t (self), RB_FIGURE_STYLE_PRINT);
    }
  cairo_destroy (cr);

  if (cairo_surface_get_type (surface) == CAIRO_SURFACE_TYPE_IMAGE)
    status = cairo_surface_write_to_png (surface, path);
  else
    {
      cairo_surface_finish (surface);
      status = cairo_surface_status (surface);
    }
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("%s: could not write the figure: %s"), path, cairo_status_to_string (status));
      return FALSE;
    }

  return TRUE;
}

/**
 * rb_figure_get_end_t:
 * @self: a #RbFigure
 *
 * The movement's other extreme, shown beside the start in still pictures:
 * the last keyframe, or the middle one of a movement that comes back to
 * where it started (a leg swing, a pedal stroke).
 *
 * Returns: a position for rb_figure_render()
 */
double
rb_figure_get_end_t (RbFigure *self)
{
  guint n;

  g_return_val_if_fail (self != NULL, 0);

  n = self->keyframes->len;
  if (n == 1)
    return 0;

  if (!is_cyclic (self))
    return 1;

  return (double) ((n - 1 + 1) / 2) / (n - 1);
}

/**
 * rb_figure_get_t_at:
 * @self: a #RbFigure
 * @elapsed: time since the animation started, in microseconds
 * @period: length of one repetition, in microseconds
 *
 * Maps time to a position in the movement: there and back for a movement
 * such as a squat, round and round for one that comes back to its start.
 *
 * Returns: a position for rb_figure_render()
 */
double
rb_figure_get_t_at (RbFigure *self,
                    gint64    elapsed,
                    gint64    period)
{
  double phase;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (period > 0, 0);

  phase = (double) (elapsed % period) / period;
  if (is_cyclic (self))
    return phase;

  return phase < 0.5 ? phase * 2 : 2 - phase * 2;
}

/**
 * rb_figure_get_t_at_position:
 * @self: a #RbFigure
 * @position: where the body is in a rep, from 0 (start) to 1 (bottom), as
 *   rb_step_get_rep_position() gives it
 * @returning: whether the rep is on its way back up
 *
 * Maps a rep's position to a position in the movement, so that the figure
 * follows the session's metronome: there and back for a movement such as
 * a squat; for one that comes back to its start, the first half on the
 * way down and the second half on the way up.
 *
 * Returns: a position for rb_figure_render()
 */
double
rb_figure_get_t_at_position (RbFigure *self,
                             double    position,
                             gboolean  returning)
{
  double end;

  g_return_val_if_fail (self != NULL, 0);

  position = CLAMP (position, 0, 1);
  end = rb_figure_get_end_t (self);
  if (!is_cyclic (self) || !returning)
    return position * end;

  return end + (1 - position) * (1 - end);
}

/**
 * rb_figure_get_angles:
 * @self: a #RbFigure
 * @t: a position, as for rb_figure_render()
 * @angles: (out caller-allocates) (array fixed-size=12): the joint angles
 *
 * The pose at @t, as the joint angles of the format in document order:
 * torso, neck, left_hip, right_hip, left_knee, right_knee, left_ankle,
 * right_ankle, left_shoulder, right_shoulder, left_elbow, right_elbow.
 */
void
rb_figure_get_angles (RbFigure *self,
                      double    t,
                      double   *angles)
{
  Pose pose;

  g_return_if_fail (self != NULL);

  rb_figure_interpolate (self, t, &pose);
  memcpy (angles, pose.angles, sizeof pose.angles);
}
