/* rb-figure-geometry.c: posing a figure in the plane, and its bounds.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "rb-figure-private.h"

/* Samples the whole movement, not just the keyframes: a limb can swing
 * wider between two of them.
 */
#define SAMPLES_PER_KEYFRAME 24

static Point
along (Point  from,
       double degrees,
       double length)
{
  double a = degrees * G_PI / 180.0;

  /* 0° points up, 90° forward (+x). */
  return (Point) { from.x + length * sin (a), from.y + length * cos (a) };
}

/* Places one side's limbs: @side is 0 for left, 1 for right. */
static void
solve_side (const RbFigure *self,
            const Pose     *pose,
            guint           side,
            Point          *points)
{
  const double *a = pose->angles;
  double torso = a[ANGLE_TORSO];
  double sign = side == 0 ? 1 : -1;
  double thigh, shin, arm;
  Point hip = points[POINT_HIP], hip_joint = hip, shoulder_joint = points[POINT_SHOULDER];

  if (self->view == VIEW_FRONT)
    {
      /* Facing the viewer: the figure's left is on the right. */
      hip_joint = along (hip, torso + 90 * sign, HIP_HALF);
      shoulder_joint = along (points[POINT_SHOULDER], torso + 90 * sign, SHOULDER_HALF);
      thigh = torso + 180 - sign * a[ANGLE_LEFT_HIP + side];
      shin = thigh + sign * a[ANGLE_LEFT_KNEE + side];
      arm = torso + 180 - sign * a[ANGLE_LEFT_SHOULDER + side];
    }
  else
    {
      thigh = torso + 180 - a[ANGLE_LEFT_HIP + side];
      shin = thigh + a[ANGLE_LEFT_KNEE + side];
      arm = torso + 180 - a[ANGLE_LEFT_SHOULDER + side];
    }

  points[POINT_LEFT_HIP + side] = hip_joint;
  points[POINT_LEFT_SHOULDER + side] = shoulder_joint;
  points[POINT_LEFT_KNEE + side] = along (hip_joint, thigh, THIGH);
  points[POINT_LEFT_FOOT + side] = along (points[POINT_LEFT_KNEE + side], shin, SHIN);
  points[POINT_LEFT_ELBOW + side] = along (shoulder_joint, arm, UPPER_ARM);

  if (self->view == VIEW_FRONT)
    {
      points[POINT_LEFT_TOE + side] = along (points[POINT_LEFT_FOOT + side], 90 * sign, FOOT * 0.5);
      points[POINT_LEFT_HAND + side] = along (points[POINT_LEFT_ELBOW + side],
                                              arm + sign * a[ANGLE_LEFT_ELBOW + side], FOREARM);
    }
  else
    {
      points[POINT_LEFT_TOE + side] = along (points[POINT_LEFT_FOOT + side],
                                             shin - 90 - a[ANGLE_LEFT_ANKLE + side], FOOT);
      points[POINT_LEFT_HAND + side] = along (points[POINT_LEFT_ELBOW + side],
                                              arm - a[ANGLE_LEFT_ELBOW + side], FOREARM);
    }
}

/* Places every point of @pose with the hip at the origin. */
static void
solve (const RbFigure *self,
       const Pose     *pose,
       Point          *points)
{
  const double *a = pose->angles;
  double torso = a[ANGLE_TORSO];
  Point hip = { 0, 0 };

  points[POINT_HIP] = hip;
  points[POINT_SHOULDER] = along (hip, torso, TORSO);
  points[POINT_HEAD] = along (points[POINT_SHOULDER], torso + a[ANGLE_NECK], NECK + HEAD_R);

  for (guint side = 0; side < 2; side++)
    solve_side (self, pose, side, points);
}

/* The lowest point of the figure and of props that stand on the floor. */
static double
floor_level (const RbFigure *self,
             const Point    *points)
{
  double floor_y = G_MAXDOUBLE;

  for (guint i = 0; i < N_POINTS; i++)
    floor_y = MIN (floor_y, points[i].y - (i == POINT_HEAD ? HEAD_R : LIMB_WIDTH / 2));

  for (guint i = 0; i < self->n_props; i++)
    {
      const Prop *prop = &self->props[i];
      const RbPropClass *klass = rb_prop_class_get (prop->kind);

      if (klass->floor_level != NULL)
        {
          Point at = rb_figure_prop_point (points, prop->anchor, prop->dx, prop->dy);

          floor_y = MIN (floor_y, klass->floor_level (at));
        }
    }

  return floor_y;
}

Point
rb_figure_prop_point (const Point *points,
                      int          anchor,
                      double       dx,
                      double       dy)
{
  return (Point) { points[anchor].x + dx, points[anchor].y + dy };
}

/* Extends @box (min x, min y, max x, max y) by a circle. */
void
rb_figure_extend (double *box,
                  Point   p,
                  double  r)
{
  box[0] = MIN (box[0], p.x - r);
  box[1] = MIN (box[1], p.y - r);
  box[2] = MAX (box[2], p.x + r);
  box[3] = MAX (box[3], p.y + r);
}

/* The pose at @t, eased in and out between keyframes. */
void
rb_figure_interpolate (const RbFigure *self,
                       double          t,
                       Pose           *pose)
{
  guint n = self->keyframes->len;
  const Pose *a, *b;
  double s, f;
  guint i;

  if (n == 1)
    {
      *pose = g_array_index (self->keyframes, Pose, 0);
      return;
    }

  s = CLAMP (t, 0.0, 1.0) * (n - 1);
  i = MIN ((guint) s, n - 2);
  f = s - i;
  f = f * f * (3 - 2 * f); /* ease in and out */

  a = &g_array_index (self->keyframes, Pose, i);
  b = &g_array_index (self->keyframes, Pose, i + 1);
  for (guint j = 0; j < N_ANGLES; j++)
    pose->angles[j] = a->angles[j] + (b->angles[j] - a->angles[j]) * f;
}

/* Places a pose as drawn: standing on the floor at y = 0, its fixed point
 * at x = 0, so that keyframes line up.
 */
void
rb_figure_place (const RbFigure *self,
                 const Pose     *pose,
                 Point          *points)
{
  double floor_y, fixed_x;

  solve (self, pose, points);
  floor_y = floor_level (self, points);
  fixed_x = points[self->fixed].x;

  for (guint i = 0; i < N_POINTS; i++)
    {
      points[i].x -= fixed_x;
      points[i].y -= floor_y;
    }
}

static void
extend_by_pose (const RbFigure *self,
                const Point    *points,
                double         *box)
{
  for (guint i = 0; i < N_POINTS; i++)
    rb_figure_extend (box, points[i], i == POINT_HEAD ? HEAD_R : LIMB_WIDTH);

  for (guint i = 0; i < self->n_props; i++)
    {
      const Prop *prop = &self->props[i];
      Point at = rb_figure_prop_point (points, prop->anchor, prop->dx, prop->dy);

      rb_prop_class_get (prop->kind)->extend_bounds (prop, points, at, box);
    }
}

/* Sets the bounds to contain every pose of the movement and its props. */
void
rb_figure_compute_bounds (RbFigure *self)
{
  double box[4] = { G_MAXDOUBLE, G_MAXDOUBLE, -G_MAXDOUBLE, -G_MAXDOUBLE };
  guint n_samples = (self->keyframes->len - 1) * SAMPLES_PER_KEYFRAME + 1;

  for (guint k = 0; k < n_samples; k++)
    {
      Point points[N_POINTS];
      Pose pose;

      rb_figure_interpolate (self, n_samples > 1 ? (double) k / (n_samples - 1) : 0, &pose);
      rb_figure_place (self, &pose, points);
      extend_by_pose (self, points, box);
    }

  /* Room for the floor line and a margin. */
  box[0] -= 0.1;
  box[2] += 0.1;
  box[1] = MIN (box[1], 0) - 0.06;
  box[3] += 0.04;

  self->bounds[0] = box[0];
  self->bounds[1] = -box[3];
  self->bounds[2] = box[2] - box[0];
  self->bounds[3] = box[3] - box[1];
}
