/* rb-figure-draw.c: drawing a placed figure with cairo.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Drawing happens in body units with y pointing down, so a point (x, y)
 * of the plane is drawn at (x, -y).
 */

#include "config.h"

#include "rb-figure-private.h"

static const Palette palettes[] = {
  [RB_FIGURE_STYLE_LIGHT] = {
    { 0.24, 0.22, 0.27 }, { 0.60, 0.60, 0.59 }, { 0.90, 0.38, 0.00 },
    { 0.75, 0.75, 0.74 }, { 0.60, 0.60, 0.59 },
  },
  [RB_FIGURE_STYLE_DARK] = {
    { 0.96, 0.96, 0.96 }, { 0.47, 0.46, 0.48 }, { 1.00, 0.64, 0.28 },
    { 0.37, 0.36, 0.39 }, { 0.47, 0.46, 0.48 },
  },
  [RB_FIGURE_STYLE_PRINT] = {
    { 0.0, 0.0, 0.0 }, { 0.62, 0.62, 0.62 }, { 0.35, 0.35, 0.35 },
    { 0.80, 0.80, 0.80 }, { 0.0, 0.0, 0.0 },
  },
};

static gboolean
is_highlighted (const RbFigure *self,
                int             muscle,
                guint           side)
{
  return self->muscle == muscle && (self->muscle_side == 0 || self->muscle_side == (int) side + 1);
}

static void
draw_leg (const RbFigure *self,
          cairo_t        *cr,
          const Point    *p,
          guint           side,
          const double   *color,
          const Palette  *palette)
{
  gboolean thigh_lit = is_highlighted (self, 0, side) || is_highlighted (self, 1, side) ||
                       is_highlighted (self, 3, side) || is_highlighted (self, 5, side);

  rb_figure_set_color (cr, color);
  rb_figure_segment (cr, p[POINT_LEFT_KNEE + side], p[POINT_LEFT_FOOT + side], LIMB_WIDTH);
  rb_figure_segment (cr, p[POINT_LEFT_FOOT + side], p[POINT_LEFT_TOE + side], LIMB_WIDTH * 0.8);
  rb_figure_segment (cr, p[POINT_LEFT_HIP + side], p[POINT_LEFT_KNEE + side], LIMB_WIDTH);

  /* The worked or stretched muscle, a stripe along its segment. */
  rb_figure_set_color (cr, palette->accent);
  if (thigh_lit)
    rb_figure_segment (cr, p[POINT_LEFT_HIP + side], p[POINT_LEFT_KNEE + side], LIMB_WIDTH * 0.55);
  if (is_highlighted (self, 2, side))
    rb_figure_segment (cr, p[POINT_LEFT_KNEE + side], p[POINT_LEFT_FOOT + side], LIMB_WIDTH * 0.55);
}

static void
draw_arm (cairo_t      *cr,
          const Point  *p,
          guint         side,
          const double *color)
{
  rb_figure_set_color (cr, color);
  rb_figure_segment (cr, p[POINT_LEFT_SHOULDER + side], p[POINT_LEFT_ELBOW + side], LIMB_WIDTH * 0.9);
  rb_figure_segment (cr, p[POINT_LEFT_ELBOW + side], p[POINT_LEFT_HAND + side], LIMB_WIDTH * 0.9);
}

/* Draws the props in front of the figure, or those behind it. */
static void
draw_props (const RbFigure *self,
            cairo_t        *cr,
            const Point    *p,
            const Palette  *palette,
            gboolean        in_front)
{
  for (guint i = 0; i < self->n_props; i++)
    {
      const Prop *prop = &self->props[i];
      const RbPropClass *klass = rb_prop_class_get (prop->kind);
      Point at;

      if (klass->in_front != in_front)
        continue;

      at = rb_figure_prop_point (p, prop->anchor, prop->dx, prop->dy);
      rb_figure_set_color (cr, palette->prop);
      cairo_set_line_width (cr, 0.04);
      klass->draw (self, cr, prop, p, at, palette);
    }
}

static void
draw_floor (const RbFigure *self,
            cairo_t        *cr,
            const Palette  *palette)
{
  rb_figure_set_color (cr, palette->line);
  rb_figure_segment (cr, (Point) { self->bounds[0] + 0.05, -0.01 },
                     (Point) { self->bounds[0] + self->bounds[2] - 0.05, -0.01 }, 0.02);
}

/* The torso and head, with the glutes marked on the hip. */
static void
draw_trunk (const RbFigure *self,
            cairo_t        *cr,
            const Point    *p,
            const Palette  *palette)
{
  rb_figure_set_color (cr, palette->near);
  if (self->view == VIEW_FRONT)
    {
      rb_figure_segment (cr, p[POINT_LEFT_HIP], p[POINT_RIGHT_HIP], TORSO_WIDTH);
      rb_figure_segment (cr, p[POINT_LEFT_SHOULDER], p[POINT_RIGHT_SHOULDER], TORSO_WIDTH * 0.8);
    }
  rb_figure_segment (cr, p[POINT_HIP], p[POINT_SHOULDER], TORSO_WIDTH);
  cairo_arc (cr, p[POINT_HEAD].x, -p[POINT_HEAD].y, HEAD_R, 0, 2 * G_PI);
  cairo_fill (cr);

  if (self->muscle == 4)
    {
      rb_figure_set_color (cr, palette->accent);
      cairo_arc (cr, p[POINT_HIP].x, -p[POINT_HIP].y, TORSO_WIDTH * 0.4, 0, 2 * G_PI);
      cairo_fill (cr);
    }
}

void
rb_figure_set_color (cairo_t      *cr,
                     const double *rgb)
{
  cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
}

/* Strokes a line between two points of the plane. */
void
rb_figure_segment (cairo_t *cr,
                   Point    a,
                   Point    b,
                   double   width)
{
  cairo_set_line_width (cr, width);
  cairo_move_to (cr, a.x, -a.y);
  cairo_line_to (cr, b.x, -b.y);
  cairo_stroke (cr);
}

/* Adds a rounded rectangle, in drawing coordinates, to the path. */
void
rb_figure_rounded_rect (cairo_t *cr,
                        double   x,
                        double   y,
                        double   w,
                        double   h,
                        double   r)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

/* Draws the placed points @p and the props, back to front, in body
 * units: the caller has set up the transformation.
 */
void
rb_figure_draw (const RbFigure *self,
                cairo_t        *cr,
                const Point    *p,
                RbFigureStyle   style)
{
  const Palette *palette = &palettes[style];
  gboolean front = self->view == VIEW_FRONT;

  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);

  draw_props (self, cr, p, palette, FALSE);
  if (self->floor)
    draw_floor (self, cr, palette);

  /* Far limbs behind the body, near ones in front; facing the viewer,
   * both sides are near.
   */
  draw_arm (cr, p, 1, front ? palette->near : palette->far);
  draw_leg (self, cr, p, 1, front ? palette->near : palette->far, palette);
  draw_trunk (self, cr, p, palette);
  draw_leg (self, cr, p, 0, palette->near, palette);
  draw_arm (cr, p, 0, palette->near);

  draw_props (self, cr, p, palette, TRUE);
}
