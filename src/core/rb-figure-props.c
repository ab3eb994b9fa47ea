/* rb-figure-props.c: the kinds of prop, one table row each.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each prop has a JSON name, a floor rule, bounds and a drawing; they sit
 * together here so that adding a prop touches no other code. Drawing
 * starts in the prop colour with a 0.04 line, y pointing down.
 */

#include "config.h"

#include "rb-figure-private.h"

/* Floor rules: the lowest y of a prop that stands on the floor. */

static double
machine_floor (Point at)
{
  return at.y - 0.5;
}

static double
foam_roller_floor (Point at)
{
  return at.y - 0.14;
}

static double
bike_floor (Point at)
{
  return at.y - 0.62 - 0.34;
}

static double
pillow_floor (Point at)
{
  return at.y - 0.18;
}

/* Chair */

static void
chair_bounds (const Prop  *prop,
              const Point *p,
              Point        at,
              double      *box)
{
  rb_figure_extend (box, (Point) { at.x - 0.22, at.y + 0.5 }, 0.03);
  rb_figure_extend (box, (Point) { at.x + 0.22, 0 }, 0.03);
}

static void
chair_draw (const RbFigure *self,
            cairo_t        *cr,
            const Prop     *prop,
            const Point    *p,
            Point           at,
            const Palette  *palette)
{
  rb_figure_segment (cr, (Point) { at.x - 0.22, at.y - 0.04 }, (Point) { at.x + 0.22, at.y - 0.04 }, 0.06);
  rb_figure_segment (cr, (Point) { at.x - 0.2, at.y - 0.04 }, (Point) { at.x - 0.2, 0 }, 0.04);
  rb_figure_segment (cr, (Point) { at.x + 0.2, at.y - 0.04 }, (Point) { at.x + 0.2, 0 }, 0.04);
  rb_figure_segment (cr, (Point) { at.x - 0.22, at.y - 0.04 }, (Point) { at.x - 0.22, at.y + 0.5 }, 0.05);
}

/* Wall */

static void
wall_bounds (const Prop  *prop,
             const Point *p,
             Point        at,
             double      *box)
{
  rb_figure_extend (box, (Point) { at.x, 0 }, 0.04);
}

static void
wall_draw (const RbFigure *self,
           cairo_t        *cr,
           const Prop     *prop,
           const Point    *p,
           Point           at,
           const Palette  *palette)
{
  /* As high as the picture. */
  rb_figure_segment (cr, (Point) { at.x, 0 }, (Point) { at.x, -self->bounds[1] - 0.06 }, 0.06);
}

/* Mat */

static void
mat_bounds (const Prop  *prop,
            const Point *p,
            Point        at,
            double      *box)
{
  rb_figure_extend (box, (Point) { at.x - 0.9, 0.015 }, 0.02);
  rb_figure_extend (box, (Point) { at.x + 0.9, 0.015 }, 0.02);
}

static void
mat_draw (const RbFigure *self,
          cairo_t        *cr,
          const Prop     *prop,
          const Point    *p,
          Point           at,
          const Palette  *palette)
{
  rb_figure_segment (cr, (Point) { at.x - 0.9, 0.015 }, (Point) { at.x + 0.9, 0.015 }, 0.03);
}

/* Resistance band, from its anchor to its "to" point */

static void
band_bounds (const Prop  *prop,
             const Point *p,
             Point        at,
             double      *box)
{
  rb_figure_extend (box, at, 0.02);
  rb_figure_extend (box, rb_figure_prop_point (p, prop->to, prop->to_dx, prop->to_dy), 0.02);
}

static void
band_draw (const RbFigure *self,
           cairo_t        *cr,
           const Prop     *prop,
           const Point    *p,
           Point           at,
           const Palette  *palette)
{
  Point to = rb_figure_prop_point (p, prop->to, prop->to_dx, prop->to_dy);

  rb_figure_set_color (cr, palette->accent);
  rb_figure_segment (cr, at, to, 0.02);
}

/* Leg press machine */

static void
leg_press_bounds (const Prop  *prop,
                  const Point *p,
                  Point        at,
                  double      *box)
{
  rb_figure_extend (box, (Point) { at.x + 0.08, at.y - 0.25 }, 0.04);
  rb_figure_extend (box, (Point) { at.x + 0.2, at.y + 0.25 }, 0.04);
  rb_figure_extend (box, (Point) { at.x + 0.6, 0 }, 0.03);
}

static void
leg_press_draw (const RbFigure *self,
                cairo_t        *cr,
                const Prop     *prop,
                const Point    *p,
                Point           at,
                const Palette  *palette)
{
  /* The seat along the back, and the foot plate. */
  rb_figure_segment (cr, (Point) { p[POINT_HIP].x - 0.05, p[POINT_HIP].y - 0.1 },
                     (Point) { p[POINT_SHOULDER].x - 0.1, p[POINT_SHOULDER].y - 0.03 }, 0.08);
  rb_figure_segment (cr, (Point) { p[POINT_HIP].x, p[POINT_HIP].y - 0.12 }, (Point) { p[POINT_HIP].x, 0 }, 0.05);
  rb_figure_segment (cr, (Point) { at.x + 0.08, at.y - 0.25 }, (Point) { at.x + 0.2, at.y + 0.25 }, 0.06);
  rb_figure_segment (cr, (Point) { at.x + 0.14, at.y }, (Point) { at.x + 0.6, 0 }, 0.04);
}

/* Hamstring curl machine */

static void
curl_machine_bounds (const Prop  *prop,
                     const Point *p,
                     Point        at,
                     double      *box)
{
  rb_figure_extend (box, (Point) { at.x - 0.25, at.y - 0.11 }, 0.05);
  rb_figure_extend (box, (Point) { at.x + 0.75, 0 }, 0.05);
  rb_figure_extend (box, p[POINT_LEFT_FOOT], 0.18);
}

static void
curl_machine_draw (const RbFigure *self,
                   cairo_t        *cr,
                   const Prop     *prop,
                   const Point    *p,
                   Point           at,
                   const Palette  *palette)
{
  Point knee = p[POINT_LEFT_KNEE], foot = p[POINT_LEFT_FOOT];
  double dx = (foot.x - knee.x) / SHIN, dy = (foot.y - knee.y) / SHIN;

  /* A bench under the body, and the roller pad behind the heel. */
  rb_figure_segment (cr, (Point) { at.x - 0.25, at.y - 0.11 }, (Point) { at.x + 0.75, at.y - 0.11 }, 0.08);
  rb_figure_segment (cr, (Point) { at.x - 0.15, at.y - 0.11 }, (Point) { at.x - 0.15, 0 }, 0.04);
  rb_figure_segment (cr, (Point) { at.x + 0.65, at.y - 0.11 }, (Point) { at.x + 0.65, 0 }, 0.04);

  /* On the back of the lower leg, just above the heel. */
  cairo_arc (cr, foot.x - 0.05 * dx + 0.1 * dy, -(foot.y - 0.05 * dy - 0.1 * dx), 0.06, 0, 2 * G_PI);
  cairo_fill (cr);
}

/* Small props around their anchor: foam roller, ice pack, pillow */

static void
small_prop_bounds (const Prop  *prop,
                   const Point *p,
                   Point        at,
                   double      *box)
{
  rb_figure_extend (box, at, 0.25);
}

static void
foam_roller_draw (const RbFigure *self,
                  cairo_t        *cr,
                  const Prop     *prop,
                  const Point    *p,
                  Point           at,
                  const Palette  *palette)
{
  cairo_arc (cr, at.x, -(at.y - 0.07 - LIMB_WIDTH / 2), 0.07, 0, 2 * G_PI);
  cairo_fill (cr);
}

static void
ice_pack_draw (const RbFigure *self,
               cairo_t        *cr,
               const Prop     *prop,
               const Point    *p,
               Point           at,
               const Palette  *palette)
{
  rb_figure_rounded_rect (cr, at.x - 0.09, -(at.y + LIMB_WIDTH / 2 + 0.06), 0.18, 0.06, 0.02);
  cairo_fill (cr);
}

static void
pillow_draw (const RbFigure *self,
             cairo_t        *cr,
             const Prop     *prop,
             const Point    *p,
             Point           at,
             const Palette  *palette)
{
  cairo_save (cr);
  cairo_translate (cr, at.x, -(at.y - 0.12));
  cairo_scale (cr, 0.3, 0.1);
  cairo_arc (cr, 0, 0, 1, 0, 2 * G_PI);
  cairo_restore (cr);
  cairo_fill (cr);
}

/* Bike, anchored at the saddle */

static void
bike_bounds (const Prop  *prop,
             const Point *p,
             Point        at,
             double      *box)
{
  rb_figure_extend (box, (Point) { at.x - 0.3, 0 }, 0.36);
  rb_figure_extend (box, (Point) { at.x + 0.72, 0.34 }, 0.36);
}

static void
bike_draw (const RbFigure *self,
           cairo_t        *cr,
           const Prop     *prop,
           const Point    *p,
           Point           at,
           const Palette  *palette)
{
  Point bracket = { at.x + 0.12, at.y - 0.62 };
  Point rear = { at.x - 0.3, 0.34 }, front = { at.x + 0.72, 0.34 };
  Point bars = { at.x + 0.55, at.y + 0.12 };

  cairo_arc (cr, rear.x, -rear.y, 0.32, 0, 2 * G_PI);
  cairo_stroke (cr);
  cairo_arc (cr, front.x, -front.y, 0.32, 0, 2 * G_PI);
  cairo_stroke (cr);
  rb_figure_segment (cr, at, bracket, 0.04);
  rb_figure_segment (cr, bracket, rear, 0.04);
  rb_figure_segment (cr, at, rear, 0.04);
  rb_figure_segment (cr, at, bars, 0.04);
  rb_figure_segment (cr, bars, front, 0.04);
  rb_figure_segment (cr, bracket, (Point) { bars.x - 0.05, bars.y - 0.12 }, 0.04);
  rb_figure_segment (cr, (Point) { at.x - 0.08, at.y }, (Point) { at.x + 0.08, at.y }, 0.06);
}

/* Pool: the water line, across the whole picture */

static void
pool_bounds (const Prop  *prop,
             const Point *p,
             Point        at,
             double      *box)
{
  rb_figure_extend (box, at, 0.06);
}

static void
pool_draw (const RbFigure *self,
           cairo_t        *cr,
           const Prop     *prop,
           const Point    *p,
           Point           at,
           const Palette  *palette)
{
  cairo_set_line_width (cr, 0.03);
  for (double x = self->bounds[0] + 0.03; x + 0.23 <= self->bounds[0] + self->bounds[2]; x += 0.2)
    {
      cairo_move_to (cr, x, -at.y);
      cairo_curve_to (cr, x + 0.05, -at.y - 0.04, x + 0.15, -at.y + 0.04, x + 0.2, -at.y);
    }
  cairo_stroke (cr);
}

static const RbPropClass prop_classes[N_PROP_KINDS] = {
  [PROP_CHAIR]        = { "chair", NULL, chair_bounds, chair_draw, FALSE },
  [PROP_WALL]         = { "wall", NULL, wall_bounds, wall_draw, FALSE },
  [PROP_MAT]          = { "mat", NULL, mat_bounds, mat_draw, FALSE },
  [PROP_BAND]         = { "resistance-band", NULL, band_bounds, band_draw, TRUE },
  [PROP_LEG_PRESS]    = { "leg-press-machine", machine_floor, leg_press_bounds, leg_press_draw, FALSE },
  [PROP_CURL_MACHINE] = { "hamstring-curl-machine", machine_floor, curl_machine_bounds, curl_machine_draw, FALSE },
  [PROP_FOAM_ROLLER]  = { "foam-roller", foam_roller_floor, small_prop_bounds, foam_roller_draw, FALSE },
  [PROP_ICE_PACK]     = { "ice-pack", NULL, small_prop_bounds, ice_pack_draw, TRUE },
  [PROP_BIKE]         = { "bike", bike_floor, bike_bounds, bike_draw, FALSE },
  [PROP_PILLOW]       = { "pillow", pillow_floor, small_prop_bounds, pillow_draw, FALSE },
  [PROP_POOL]         = { "pool", NULL, pool_bounds, pool_draw, FALSE },
};

const RbPropClass *
rb_prop_class_get (PropKind kind)
{
  g_assert (kind < N_PROP_KINDS);

  return &prop_classes[kind];
}
