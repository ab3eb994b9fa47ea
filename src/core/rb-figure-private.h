/* rb-figure-private.h: the figure's struct and what its files share.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * rb-figure.c holds the public API, rb-figure-parse.c reads JSON,
 * rb-figure-geometry.c poses the figure in the plane, rb-figure-draw.c
 * draws it with cairo and rb-figure-props.c describes each kind of prop.
 * Lengths are in body units (a standing figure is about 1.8 tall); y
 * points up until drawing.
 */

#pragma once

#include <cairo.h>

#include "rb-figure.h"

G_BEGIN_DECLS

#define TORSO      0.55
#define NECK       0.07
#define HEAD_R     0.11
#define UPPER_ARM  0.30
#define FOREARM    0.28
#define THIGH      0.45
#define SHIN       0.45
#define FOOT       0.18
#define HIP_HALF   0.09
#define SHOULDER_HALF 0.17
#define LIMB_WIDTH 0.085
#define TORSO_WIDTH 0.15
#define MAX_PROPS  6

typedef enum { VIEW_SIDE, VIEW_FRONT } View;

/* Joint angles in degrees; see docs/content-format.md. */
enum
{
  ANGLE_TORSO,
  ANGLE_NECK,
  ANGLE_LEFT_HIP,
  ANGLE_RIGHT_HIP,
  ANGLE_LEFT_KNEE,
  ANGLE_RIGHT_KNEE,
  ANGLE_LEFT_ANKLE,
  ANGLE_RIGHT_ANKLE,
  ANGLE_LEFT_SHOULDER,
  ANGLE_RIGHT_SHOULDER,
  ANGLE_LEFT_ELBOW,
  ANGLE_RIGHT_ELBOW,
  N_ANGLES
};

/* Points a pose puts in the plane, used to anchor props. */
enum
{
  POINT_HIP,
  POINT_SHOULDER,
  POINT_HEAD,
  POINT_LEFT_KNEE,
  POINT_RIGHT_KNEE,
  POINT_LEFT_FOOT,
  POINT_RIGHT_FOOT,
  POINT_LEFT_TOE,
  POINT_RIGHT_TOE,
  POINT_LEFT_ELBOW,
  POINT_RIGHT_ELBOW,
  POINT_LEFT_HAND,
  POINT_RIGHT_HAND,
  POINT_LEFT_HIP,
  POINT_RIGHT_HIP,
  POINT_LEFT_SHOULDER,
  POINT_RIGHT_SHOULDER,
  N_POINTS
};

/* The order of the JSON names in rb-figure-props.c's table. */
typedef enum
{
  PROP_CHAIR,
  PROP_WALL,
  PROP_MAT,
  PROP_BAND,
  PROP_LEG_PRESS,
  PROP_CURL_MACHINE,
  PROP_FOAM_ROLLER,
  PROP_ICE_PACK,
  PROP_BIKE,
  PROP_PILLOW,
  PROP_POOL,
  N_PROP_KINDS
} PropKind;

typedef struct
{
  PropKind kind;
  int      anchor;
  double   dx, dy;
  int      to;
  double   to_dx, to_dy;
} Prop;

typedef struct
{
  double x, y;
} Point;

typedef struct
{
  double angles[N_ANGLES];
} Pose;

typedef struct
{
  double near[3];
  double far[3];
  double accent[3];
  double prop[3];
  double line[3];
} Palette;

struct _RbFigure
{
  grefcount ref_count;
  View      view;
  gboolean  floor;
  int       fixed;     /* the point that stays put while the figure moves */
  int       muscle;    /* -1 for none */
  int       muscle_side; /* 0 both, 1 left, 2 right */
  Prop      props[MAX_PROPS];
  guint     n_props;
  GArray   *keyframes; /* of Pose */
  double    bounds[4];   /* x, y, width, height in body units, y down */
  gsize     bounds_set;  /* computed on first use; see ensure_bounds() */
};

/**
 * RbPropClass:
 * @name: the "type" that names the prop in JSON
 * @floor_level: (nullable): the lowest y of a prop that stands on the
 *   floor, anchored at @at; %NULL for one that does not
 * @extend_bounds: extends @box (min x, min y, max x, max y) by the prop
 * @draw: draws the prop, in the prop colour and a 0.04 line unless it
 *   sets its own
 * @in_front: whether the prop is drawn over the figure rather than behind
 *
 * What a kind of prop does, so that adding one is a row in one table.
 * @at is the prop's anchor point plus its offset; @p the placed points.
 */
typedef struct
{
  const char *name;
  double    (*floor_level)   (Point            at);
  void      (*extend_bounds) (const Prop      *prop,
                              const Point     *p,
                              Point            at,
                              double          *box);
  void      (*draw)          (const RbFigure  *self,
                              cairo_t         *cr,
                              const Prop      *prop,
                              const Point     *p,
                              Point            at,
                              const Palette   *palette);
  gboolean    in_front;
} RbPropClass;

/* rb-figure-props.c */
const RbPropClass *rb_prop_class_get         (PropKind             kind);

/* rb-figure-parse.c */
gboolean           rb_figure_read            (RbFigure            *self,
                                              JsonNode            *node,
                                              const char          *path,
                                              GError             **error);

/* rb-figure-geometry.c */
Point              rb_figure_prop_point      (const Point         *points,
                                              int                  anchor,
                                              double               dx,
                                              double               dy);
void               rb_figure_extend          (double              *box,
                                              Point                p,
                                              double               r);
void               rb_figure_interpolate     (const RbFigure      *self,
                                              double               t,
                                              Pose                *pose);
void               rb_figure_place           (const RbFigure      *self,
                                              const Pose          *pose,
                                              Point               *points);
void               rb_figure_compute_bounds  (RbFigure            *self);

/* rb-figure-draw.c */
void               rb_figure_set_color       (cairo_t             *cr,
                                              const double        *rgb);
void               rb_figure_segment         (cairo_t             *cr,
                                              Point                a,
                                              Point                b,
                                              double               width);
void               rb_figure_rounded_rect    (cairo_t             *cr,
                                              double               x,
                                              double               y,
                                              double               w,
                                              double               h,
                                              double               r);
void               rb_figure_draw            (const RbFigure      *self,
                                              cairo_t             *cr,
                                              const Point         *p,
                                              RbFigureStyle        style);

G_END_DECLS
