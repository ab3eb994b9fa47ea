/* rb-figure.c: an exercise's illustration, as pose keyframes.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A figure is a jointed stick figure in pictogram style, posed by joint
 * angles and drawn with cairo at any size. Lengths are in body units (a
 * standing figure is about 1.8 tall); y points up until drawing.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <math.h>
#include <string.h>

#include "rb-content-error.h"
#include "rb-figure.h"
#include "rb-json-private.h"

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

static const struct { const char *name; double min, max; } angle_info[N_ANGLES] = {
  { "torso", -180, 180 },
  { "neck", -60, 60 },
  { "left_hip", -60, 150 },
  { "right_hip", -60, 150 },
  { "left_knee", 0, 165 },
  { "right_knee", 0, 165 },
  { "left_ankle", -60, 40 },
  { "right_ankle", -60, 40 },
  { "left_shoulder", -90, 180 },
  { "right_shoulder", -90, 180 },
  { "left_elbow", 0, 160 },
  { "right_elbow", 0, 160 },
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

static const char * const point_names[] = {
  "hip", "shoulder", "head", "left_knee", "right_knee", "left_foot", "right_foot",
  "left_toe", "right_toe", "left_elbow", "right_elbow", "left_hand", "right_hand", NULL
};

typedef enum
{
  PROP_FLOOR_ONLY = -1,
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

static const char * const prop_names[] = {
  "chair", "wall", "mat", "resistance-band", "leg-press-machine",
  "hamstring-curl-machine", "foam-roller", "ice-pack", "bike", "pillow", "pool", NULL
};

static const char * const muscle_names[] = {
  "quadriceps", "hamstrings", "calves", "adductors", "glutes", "it-band", NULL
};

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
};

G_DEFINE_BOXED_TYPE (RbFigure, rb_figure, rb_figure_ref, rb_figure_unref)

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

/* Geometry */

static Point
along (Point  from,
       double degrees,
       double length)
{
  double a = degrees * G_PI / 180.0;

  /* 0° points up, 90° forward (+x). */
  return (Point) { from.x + length * sin (a), from.y + length * cos (a) };
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
    {
      double sign = side == 0 ? 1 : -1;
      double thigh, shin, arm;
      Point hip_joint = hip, shoulder_joint = points[POINT_SHOULDER];

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
}

static Point
prop_point (const Point *points,
            int          anchor,
            double       dx,
            double       dy)
{
  return (Point) { points[anchor].x + dx, points[anchor].y + dy };
}

/* Extends @box (min x, min y, max x, max y) by a circle. */
static void
extend (double *box,
        Point   p,
        double  r)
{
  box[0] = MIN (box[0], p.x - r);
  box[1] = MIN (box[1], p.y - r);
  box[2] = MAX (box[2], p.x + r);
  box[3] = MAX (box[3], p.y + r);
}

static double floor_level (const RbFigure *self,
                           const Point    *points);

/* Places a pose as drawn: standing on the floor at y = 0, its fixed point
 * at x = 0, so that keyframes line up.
 */
static void
place (const RbFigure *self,
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
      Point at = prop_point (points, prop->anchor, prop->dx, prop->dy);

      if (prop->kind == PROP_BIKE)
        floor_y = MIN (floor_y, at.y - 0.62 - 0.34);
      else if (prop->kind == PROP_FOAM_ROLLER)
        floor_y = MIN (floor_y, at.y - 0.14);
      else if (prop->kind == PROP_PILLOW)
        floor_y = MIN (floor_y, at.y - 0.18);
      else if (prop->kind == PROP_CURL_MACHINE || prop->kind == PROP_LEG_PRESS)
        floor_y = MIN (floor_y, at.y - 0.5);
    }

  return floor_y;
}

static void interpolate (RbFigure *self,
                         double    t,
                         Pose     *pose);

/* Samples the whole movement, not just the keyframes: a limb can swing
 * wider between two of them.
 */
#define SAMPLES_PER_KEYFRAME 24

static void
compute_bounds (RbFigure *self)
{
  double box[4] = { G_MAXDOUBLE, G_MAXDOUBLE, -G_MAXDOUBLE, -G_MAXDOUBLE };
  guint n_samples = (self->keyframes->len - 1) * SAMPLES_PER_KEYFRAME + 1;

  for (guint k = 0; k < n_samples; k++)
    {
      Point points[N_POINTS];
      Pose pose;

      interpolate (self, n_samples > 1 ? (double) k / (n_samples - 1) : 0, &pose);
      place (self, &pose, points);

      for (guint i = 0; i < N_POINTS; i++)
        extend (box, points[i], i == POINT_HEAD ? HEAD_R : LIMB_WIDTH);

      for (guint i = 0; i < self->n_props; i++)
        {
          const Prop *prop = &self->props[i];
          Point at = prop_point (points, prop->anchor, prop->dx, prop->dy);

          switch (prop->kind)
            {
            case PROP_BIKE:
              extend (box, (Point) { at.x - 0.3, 0 }, 0.36);
              extend (box, (Point) { at.x + 0.72, 0.34 }, 0.36);
              break;
            case PROP_CHAIR:
              extend (box, (Point) { at.x - 0.22, at.y + 0.5 }, 0.03);
              extend (box, (Point) { at.x + 0.22, 0 }, 0.03);
              break;
            case PROP_WALL:
              extend (box, (Point) { at.x, 0 }, 0.04);
              break;
            case PROP_CURL_MACHINE:
              extend (box, (Point) { at.x - 0.25, at.y - 0.11 }, 0.05);
              extend (box, (Point) { at.x + 0.75, 0 }, 0.05);
              extend (box, points[POINT_LEFT_FOOT], 0.18);
              break;
            case PROP_LEG_PRESS:
              extend (box, (Point) { at.x + 0.08, at.y - 0.25 }, 0.04);
              extend (box, (Point) { at.x + 0.2, at.y + 0.25 }, 0.04);
              extend (box, (Point) { at.x + 0.6, 0 }, 0.03);
              break;
            case PROP_MAT:
              extend (box, (Point) { at.x - 0.9, 0.015 }, 0.02);
              extend (box, (Point) { at.x + 0.9, 0.015 }, 0.02);
              break;
            case PROP_BAND:
              extend (box, at, 0.02);
              extend (box, prop_point (points, prop->to, prop->to_dx, prop->to_dy), 0.02);
              break;
            case PROP_POOL:
              extend (box, at, 0.06);
              break;
            case PROP_PILLOW:
            case PROP_ICE_PACK:
            case PROP_FOAM_ROLLER:
              extend (box, at, 0.25);
              break;
            default:
              break;
            }
        }
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

/* Parsing */

static gboolean
read_pose (JsonNode    *node,
           const char  *path,
           const Pose  *previous,
           Pose        *pose,
           GError     **error)
{
  g_autofree char *pose_path = rb_json_path_member (path, "pose");
  JsonObject *object, *pose_object;
  static const char * const keyframe_members[] = { "pose", NULL };
  const char *names[N_ANGLES + 1];

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID,
                   _("%s: expected %s, found %s"), path, "an object", rb_json_node_type_name (node));
      return FALSE;
    }

  object = json_node_get_object (node);
  if (!rb_json_check_members (object, path, keyframe_members, error) ||
      !rb_json_get_object (object, path, "pose", TRUE, &pose_object, error))
    return FALSE;

  for (guint i = 0; i < N_ANGLES; i++)
    names[i] = angle_info[i].name;
  names[N_ANGLES] = NULL;

  if (!rb_json_check_members (pose_object, pose_path, names, error))
    return FALSE;

  /* A keyframe names what changes; the rest carries over. */
  *pose = *previous;
  for (guint i = 0; i < N_ANGLES; i++)
    {
      JsonNode *value = json_object_get_member (pose_object, angle_info[i].name);
      double angle;

      if (value == NULL)
        continue;

      if (!JSON_NODE_HOLDS_VALUE (value) ||
          (json_node_get_value_type (value) != G_TYPE_INT64 && json_node_get_value_type (value) != G_TYPE_DOUBLE))
        {
          g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID,
                       _("%s.%s: expected %s, found %s"), pose_path, angle_info[i].name,
                       "a number", rb_json_node_type_name (value));
          return FALSE;
        }

      angle = json_node_get_double (value);
      if (!(angle >= angle_info[i].min && angle <= angle_info[i].max))
        {
          g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID,
                       _("%s.%s: must be between %g and %g"), pose_path, angle_info[i].name,
                       angle_info[i].min, angle_info[i].max);
          return FALSE;
        }

      pose->angles[i] = angle;
    }

  return TRUE;
}

static gboolean
read_name (JsonObject          *object,
           const char          *path,
           const char          *member,
           const char * const  *names,
           gboolean             required,
           int                 *out,
           GError             **error)
{
  g_autofree char *value = NULL;

  if (!rb_json_get_string (object, path, member, required, &value, error))
    return FALSE;

  if (value == NULL)
    return TRUE;

  for (int i = 0; names[i] != NULL; i++)
    {
      if (g_str_equal (names[i], value))
        {
          *out = i;
          return TRUE;
        }
    }

  {
    g_autofree char *where = rb_json_path_member (path, member);

    g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID,
                 _("%s: unknown value “%s”"), where, value);
  }
  return FALSE;
}

static gboolean
read_offset (JsonObject  *object,
             const char  *path,
             const char  *member,
             double      *dx,
             double      *dy,
             GError     **error)
{
  g_autofree char *where = rb_json_path_member (path, member);
  JsonArray *array;

  if (!rb_json_get_array (object, path, member, FALSE, 2, &array, error))
    return FALSE;

  if (array == NULL)
    return TRUE;

  for (guint i = 0; i < 2; i++)
    {
      JsonNode *value = json_array_get_element (array, i);

      if (json_array_get_length (array) != 2 || !JSON_NODE_HOLDS_VALUE (value) ||
          (json_node_get_value_type (value) != G_TYPE_INT64 && json_node_get_value_type (value) != G_TYPE_DOUBLE) ||
          fabs (json_node_get_double (value)) > 3)
        {
          g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID,
                       _("%s: must be two numbers between -3 and 3"), where);
          return FALSE;
        }
    }

  *dx = json_array_get_double_element (array, 0);
  *dy = json_array_get_double_element (array, 1);
  return TRUE;
}

static gboolean
read_prop (RbFigure    *self,
           JsonNode    *node,
           const char  *path,
           GError     **error)
{
  static const char * const members[] = { "type", "anchor", "offset", "to", "to_offset", NULL };
  Prop prop = { 0, POINT_HIP, 0, 0, -1, 0, 0 };
  int kind = 0;
  JsonObject *object;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID,
                   _("%s: expected %s, found %s"), path, "an object", rb_json_node_type_name (node));
      return FALSE;
    }

  object = json_node_get_object (node);
  if (!rb_json_check_members (object, path, members, error) ||
      !read_name (object, path, "type", prop_names, TRUE, &kind, error) ||
      !read_name (object, path, "anchor", point_names, FALSE, &prop.anchor, error) ||
      !read_offset (object, path, "offset", &prop.dx, &prop.dy, error) ||
      !read_name (object, path, "to", point_names, kind == PROP_BAND, &prop.to, error) ||
      !read_offset (object, path, "to_offset", &prop.to_dx, &prop.to_dy, error))
    return FALSE;

  prop.kind = kind;
  self->props[self->n_props++] = prop;
  return TRUE;
}

static gboolean
read_figure (RbFigure    *self,
             JsonObject  *object,
             const char  *path,
             GError     **error)
{
  static const char * const members[] = { "view", "floor", "fixed", "highlight", "highlight_side", "props", "keyframes", NULL };
  static const char * const views[] = { "side", "front", NULL };
  static const char * const sides[] = { "both", "left", "right", NULL };
  g_autofree char *props_path = rb_json_path_member (path, "props");
  g_autofree char *keyframes_path = rb_json_path_member (path, "keyframes");
  int view = VIEW_SIDE;
  JsonArray *props, *keyframes;
  Pose previous = { { 0 } };

  if (!rb_json_check_members (object, path, members, error) ||
      !read_name (object, path, "view", views, FALSE, &view, error) ||
      !rb_json_get_boolean (object, path, "floor", &self->floor, error) ||
      !read_name (object, path, "fixed", point_names, FALSE, &self->fixed, error) ||
      !read_name (object, path, "highlight", muscle_names, FALSE, &self->muscle, error) ||
      !read_name (object, path, "highlight_side", sides, FALSE, &self->muscle_side, error) ||
      !rb_json_get_array (object, path, "props", FALSE, 0, &props, error) ||
      !rb_json_get_array (object, path, "keyframes", TRUE, 1, &keyframes, error))
    return FALSE;

  self->view = view;

  if (props != NULL && json_array_get_length (props) > MAX_PROPS)
    {
      g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID,
                   _("%s: at most %u props"), props_path, MAX_PROPS);
      return FALSE;
    }

  for (guint i = 0; props != NULL && i < json_array_get_length (props); i++)
    {
      g_autofree char *where = rb_json_path_index (props_path, i);

      if (!read_prop (self, json_array_get_element (props, i), where, error))
        return FALSE;
    }

  if (json_array_get_length (keyframes) > 8)
    {
      g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID,
                   _("%s: at most 8 keyframes"), keyframes_path);
      return FALSE;
    }

  for (guint i = 0; i < json_array_get_length (keyframes); i++)
    {
      g_autofree char *where = rb_json_path_index (keyframes_path, i);
      Pose pose;

      if (!read_pose (json_array_get_element (keyframes, i), where, &previous, &pose, error))
        return FALSE;

      g_array_append_val (self->keyframes, pose);
      previous = pose;
    }

  return TRUE;
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

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID,
                   _("%s: expected %s, found %s"), path, "an object", rb_json_node_type_name (node));
      return NULL;
    }

  self = g_new0 (RbFigure, 1);
  g_ref_count_init (&self->ref_count);
  self->keyframes = g_array_new (FALSE, TRUE, sizeof (Pose));
  self->floor = TRUE;
  self->fixed = POINT_LEFT_FOOT;
  self->muscle = -1;

  if (!read_figure (self, json_node_get_object (node), path, error))
    return NULL;

  compute_bounds (self);
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

  *x = self->bounds[0];
  *y = self->bounds[1];
  *width = self->bounds[2];
  *height = self->bounds[3];
}

/* Drawing */

typedef struct
{
  double near[3];
  double far[3];
  double accent[3];
  double prop[3];
  double line[3];
} Palette;

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

static void
interpolate (RbFigure *self,
             double    t,
             Pose     *pose)
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

static void
set_color (cairo_t      *cr,
           const double *rgb)
{
  cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
}

static void
segment (cairo_t *cr,
         Point    a,
         Point    b,
         double   width)
{
  cairo_set_line_width (cr, width);
  cairo_move_to (cr, a.x, -a.y);
  cairo_line_to (cr, b.x, -b.y);
  cairo_stroke (cr);
}

static void
rounded_rect (cairo_t *cr,
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

static gboolean
is_highlighted (RbFigure *self,
                int       muscle,
                guint     side)
{
  return self->muscle == muscle && (self->muscle_side == 0 || self->muscle_side == (int) side + 1);
}

static void
draw_leg (RbFigure      *self,
          cairo_t       *cr,
          const Point   *p,
          guint          side,
          const double  *color,
          const Palette *palette)
{
  gboolean thigh_lit = is_highlighted (self, 0, side) || is_highlighted (self, 1, side) ||
                       is_highlighted (self, 3, side) || is_highlighted (self, 5, side);

  set_color (cr, color);
  segment (cr, p[POINT_LEFT_KNEE + side], p[POINT_LEFT_FOOT + side], LIMB_WIDTH);
  segment (cr, p[POINT_LEFT_FOOT + side], p[POINT_LEFT_TOE + side], LIMB_WIDTH * 0.8);
  segment (cr, p[POINT_LEFT_HIP + side], p[POINT_LEFT_KNEE + side], LIMB_WIDTH);

  /* The worked or stretched muscle, a stripe along its segment. */
  set_color (cr, palette->accent);
  if (thigh_lit)
    segment (cr, p[POINT_LEFT_HIP + side], p[POINT_LEFT_KNEE + side], LIMB_WIDTH * 0.55);
  if (is_highlighted (self, 2, side))
    segment (cr, p[POINT_LEFT_KNEE + side], p[POINT_LEFT_FOOT + side], LIMB_WIDTH * 0.55);
}

static void
draw_arm (cairo_t      *cr,
          const Point  *p,
          guint         side,
          const double *color)
{
  set_color (cr, color);
  segment (cr, p[POINT_LEFT_SHOULDER + side], p[POINT_LEFT_ELBOW + side], LIMB_WIDTH * 0.9);
  segment (cr, p[POINT_LEFT_ELBOW + side], p[POINT_LEFT_HAND + side], LIMB_WIDTH * 0.9);
}

static void
draw_prop (RbFigure      *self,
           cairo_t       *cr,
           const Prop    *prop,
           const Point   *p,
           const Palette *palette)
{
  Point at = prop_point (p, prop->anchor, prop->dx, prop->dy);

  set_color (cr, palette->prop);
  cairo_set_line_width (cr, 0.04);

  switch (prop->kind)
    {
    case PROP_CHAIR:
      segment (cr, (Point) { at.x - 0.22, at.y - 0.04 }, (Point) { at.x + 0.22, at.y - 0.04 }, 0.06);
      segment (cr, (Point) { at.x - 0.2, at.y - 0.04 }, (Point) { at.x - 0.2, 0 }, 0.04);
      segment (cr, (Point) { at.x + 0.2, at.y - 0.04 }, (Point) { at.x + 0.2, 0 }, 0.04);
      segment (cr, (Point) { at.x - 0.22, at.y - 0.04 }, (Point) { at.x - 0.22, at.y + 0.5 }, 0.05);
      break;
    case PROP_WALL:
      /* As high as the picture. */
      segment (cr, (Point) { at.x, 0 }, (Point) { at.x, -self->bounds[1] - 0.06 }, 0.06);
      break;
    case PROP_MAT:
      segment (cr, (Point) { at.x - 0.9, 0.015 }, (Point) { at.x + 0.9, 0.015 }, 0.03);
      break;
    case PROP_BAND:
      {
        Point to = prop_point (p, prop->to, prop->to_dx, prop->to_dy);

        set_color (cr, palette->accent);
        segment (cr, at, to, 0.02);
      }
      break;
    case PROP_LEG_PRESS:
      /* The seat along the back, and the foot plate. */
      segment (cr, (Point) { p[POINT_HIP].x - 0.05, p[POINT_HIP].y - 0.1 },
               (Point) { p[POINT_SHOULDER].x - 0.1, p[POINT_SHOULDER].y - 0.03 }, 0.08);
      segment (cr, (Point) { p[POINT_HIP].x, p[POINT_HIP].y - 0.12 }, (Point) { p[POINT_HIP].x, 0 }, 0.05);
      segment (cr, (Point) { at.x + 0.08, at.y - 0.25 }, (Point) { at.x + 0.2, at.y + 0.25 }, 0.06);
      segment (cr, (Point) { at.x + 0.14, at.y }, (Point) { at.x + 0.6, 0 }, 0.04);
      break;
    case PROP_CURL_MACHINE:
      /* A bench under the body, and the roller pad behind the heel. */
      segment (cr, (Point) { at.x - 0.25, at.y - 0.11 }, (Point) { at.x + 0.75, at.y - 0.11 }, 0.08);
      segment (cr, (Point) { at.x - 0.15, at.y - 0.11 }, (Point) { at.x - 0.15, 0 }, 0.04);
      segment (cr, (Point) { at.x + 0.65, at.y - 0.11 }, (Point) { at.x + 0.65, 0 }, 0.04);
      {
        Point knee = p[POINT_LEFT_KNEE], foot = p[POINT_LEFT_FOOT];
        double dx = (foot.x - knee.x) / SHIN, dy = (foot.y - knee.y) / SHIN;

        /* On the back of the lower leg, just above the heel. */
        cairo_arc (cr, foot.x - 0.05 * dx + 0.1 * dy, -(foot.y - 0.05 * dy - 0.1 * dx), 0.06, 0, 2 * G_PI);
        cairo_fill (cr);
      }
      break;
    case PROP_FOAM_ROLLER:
      cairo_arc (cr, at.x, -(at.y - 0.07 - LIMB_WIDTH / 2), 0.07, 0, 2 * G_PI);
      cairo_fill (cr);
      break;
    case PROP_ICE_PACK:
      rounded_rect (cr, at.x - 0.09, -(at.y + LIMB_WIDTH / 2 + 0.06), 0.18, 0.06, 0.02);
      cairo_fill (cr);
      break;
    case PROP_PILLOW:
      cairo_save (cr);
      cairo_translate (cr, at.x, -(at.y - 0.12));
      cairo_scale (cr, 0.3, 0.1);
      cairo_arc (cr, 0, 0, 1, 0, 2 * G_PI);
      cairo_restore (cr);
      cairo_fill (cr);
      break;
    case PROP_BIKE:
      {
        Point bracket = { at.x + 0.12, at.y - 0.62 };
        Point rear = { at.x - 0.3, 0.34 }, front = { at.x + 0.72, 0.34 };
        Point bars = { at.x + 0.55, at.y + 0.12 };

        cairo_arc (cr, rear.x, -rear.y, 0.32, 0, 2 * G_PI);
        cairo_stroke (cr);
        cairo_arc (cr, front.x, -front.y, 0.32, 0, 2 * G_PI);
        cairo_stroke (cr);
        segment (cr, at, bracket, 0.04);
        segment (cr, bracket, rear, 0.04);
        segment (cr, at, rear, 0.04);
        segment (cr, at, bars, 0.04);
        segment (cr, bars, front, 0.04);
        segment (cr, bracket, (Point) { bars.x - 0.05, bars.y - 0.12 }, 0.04);
        segment (cr, (Point) { at.x - 0.08, at.y }, (Point) { at.x + 0.08, at.y }, 0.06);
      }
      break;
    case PROP_POOL:
      cairo_set_line_width (cr, 0.03);
      for (double x = self->bounds[0] + 0.03; x + 0.23 <= self->bounds[0] + self->bounds[2]; x += 0.2)
        {
          cairo_move_to (cr, x, -at.y);
          cairo_curve_to (cr, x + 0.05, -at.y - 0.04, x + 0.15, -at.y + 0.04, x + 0.2, -at.y);
        }
      cairo_stroke (cr);
      break;
    case PROP_FLOOR_ONLY:
    case N_PROP_KINDS:
    default:
      g_assert_not_reached ();
    }
}

static gboolean
prop_in_front (PropKind kind)
{
  return kind == PROP_BAND || kind == PROP_ICE_PACK;
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
  const Palette *palette;
  Point p[N_POINTS];
  Pose pose;
  double scale;
  gboolean front;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (style <= RB_FIGURE_STYLE_PRINT);

  if (width <= 0 || height <= 0)
    return;

  palette = &palettes[style];
  interpolate (self, t, &pose);
  place (self, &pose, p);

  /* No clip: the bounds contain every pose, and a test checks it. */
  cairo_save (cr);

  scale = MIN (width / self->bounds[2], height / self->bounds[3]);
  cairo_translate (cr,
                   x + (width - self->bounds[2] * scale) / 2,
                   y + (height - self->bounds[3] * scale) / 2);
  cairo_scale (cr, scale, scale);
  cairo_translate (cr, -self->bounds[0], -self->bounds[1]);

  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);

  for (guint i = 0; i < self->n_props; i++)
    if (!prop_in_front (self->props[i].kind))
      draw_prop (self, cr, &self->props[i], p, palette);

  if (self->floor)
    {
      set_color (cr, palette->line);
      segment (cr, (Point) { self->bounds[0] + 0.05, -0.01 },
               (Point) { self->bounds[0] + self->bounds[2] - 0.05, -0.01 }, 0.02);
    }

  /* Far limbs behind the body, near ones in front; facing the viewer,
   * both sides are near.
   */
  front = self->view == VIEW_FRONT;
  draw_arm (cr, p, 1, front ? palette->near : palette->far);
  draw_leg (self, cr, p, 1, front ? palette->near : palette->far, palette);

  set_color (cr, palette->near);
  if (front)
    {
      segment (cr, p[POINT_LEFT_HIP], p[POINT_RIGHT_HIP], TORSO_WIDTH);
      segment (cr, p[POINT_LEFT_SHOULDER], p[POINT_RIGHT_SHOULDER], TORSO_WIDTH * 0.8);
    }
  segment (cr, p[POINT_HIP], p[POINT_SHOULDER], TORSO_WIDTH);
  cairo_arc (cr, p[POINT_HEAD].x, -p[POINT_HEAD].y, HEAD_R, 0, 2 * G_PI);
  cairo_fill (cr);

  if (self->muscle == 4)
    {
      set_color (cr, palette->accent);
      cairo_arc (cr, p[POINT_HIP].x, -p[POINT_HIP].y, TORSO_WIDTH * 0.4, 0, 2 * G_PI);
      cairo_fill (cr);
    }

  draw_leg (self, cr, p, 0, palette->near, palette);
  draw_arm (cr, p, 0, palette->near);

  for (guint i = 0; i < self->n_props; i++)
    if (prop_in_front (self->props[i].kind))
      draw_prop (self, cr, &self->props[i], p, palette);

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

static gboolean
is_cyclic (RbFigure *self)
{
  const Pose *first = &g_array_index (self->keyframes, Pose, 0);
  const Pose *last = &g_array_index (self->keyframes, Pose, self->keyframes->len - 1);

  return self->keyframes->len > 2 && memcmp (first, last, sizeof (Pose)) == 0;
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

  interpolate (self, t, &pose);
  memcpy (angles, pose.angles, sizeof pose.angles);
}
