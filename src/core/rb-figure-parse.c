/* rb-figure-parse.c: reading and checking a figure's JSON.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "rb-content-error.h"
#include "rb-figure-private.h"
#include "rb-json-private.h"

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

/* The points a prop can be anchored at, or a figure fixed at. */
static const char * const point_names[] = {
  "hip", "shoulder", "head", "left_knee", "right_knee", "left_foot", "right_foot",
  "left_toe", "right_toe", "left_elbow", "right_elbow", "left_hand", "right_hand", NULL
};

static const char * const muscle_names[] = {
  "quadriceps", "hamstrings", "calves", "adductors", "glutes", "it-band", NULL
};

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
  const char *prop_names[N_PROP_KINDS + 1];
  int kind = 0;
  JsonObject *object;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID,
                   _("%s: expected %s, found %s"), path, "an object", rb_json_node_type_name (node));
      return FALSE;
    }

  for (guint i = 0; i < N_PROP_KINDS; i++)
    prop_names[i] = rb_prop_class_get (i)->name;
  prop_names[N_PROP_KINDS] = NULL;

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
read_props (RbFigure    *self,
            JsonArray   *props,
            const char  *path,
            GError     **error)
{
  g_autofree char *props_path = rb_json_path_member (path, "props");

  if (json_array_get_length (props) > MAX_PROPS)
    {
      g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID,
                   _("%s: at most %u props"), props_path, MAX_PROPS);
      return FALSE;
    }

  for (guint i = 0; i < json_array_get_length (props); i++)
    {
      g_autofree char *where = rb_json_path_index (props_path, i);

      if (!read_prop (self, json_array_get_element (props, i), where, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
read_keyframes (RbFigure    *self,
                JsonArray   *keyframes,
                const char  *path,
                GError     **error)
{
  g_autofree char *keyframes_path = rb_json_path_member (path, "keyframes");
  Pose previous = { { 0 } };

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

static gboolean
read_figure (RbFigure    *self,
             JsonObject  *object,
             const char  *path,
             GError     **error)
{
  static const char * const members[] = { "view", "floor", "fixed", "highlight", "highlight_side", "props", "keyframes", NULL };
  static const char * const views[] = { "side", "front", NULL };
  static const char * const sides[] = { "both", "left", "right", NULL };
  int view = VIEW_SIDE;
  JsonArray *props, *keyframes;

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

  return (props == NULL || read_props (self, props, path, error)) &&
         read_keyframes (self, keyframes, path, error);
}

/* Reads the "illustration" member @node into @self, which holds the
 * defaults. Errors are %RB_CONTENT_ERROR_INVALID and start with the JSON
 * path of the offending value.
 */
gboolean
rb_figure_read (RbFigure    *self,
                JsonNode    *node,
                const char  *path,
                GError     **error)
{
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID,
                   _("%s: expected %s, found %s"), path, "an object", rb_json_node_type_name (node));
      return FALSE;
    }

  return read_figure (self, json_node_get_object (node), path, error);
}
