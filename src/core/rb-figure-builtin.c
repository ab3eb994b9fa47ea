/* rb-figure-builtin.c: figures that belong to no exercise.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run and walk intervals have no exercise, so their figures ("running",
 * "walking") ship as documents of their own under figures/ in the
 * content resources. They are read like every other document: through
 * the strict reader, then the figure parser.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rb-content-error.h"
#include "rb-figure.h"
#include "rb-json-private.h"

#define FIGURES_PATH "/io/github/runback/Runback/content/figures/"

static RbFigure *
read_document (JsonObject  *root,
               const char  *id,
               GError     **error)
{
  static const char * const members[] = { "format", "version", "id", "illustration", NULL };
  g_autofree char *found_id = NULL;
  JsonNode *illustration;

  if (!rb_json_check_header (root, "runback.figure", 1, error) ||
      !rb_json_check_members (root, "", members, error) ||
      !rb_json_get_id (root, "", "id", &found_id, error))
    return NULL;

  if (!g_str_equal (found_id, id))
    {
      g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID,
                   _("id: “%s” does not match the file name (expected “%s”)"), found_id, id);
      return NULL;
    }

  illustration = json_object_get_member (root, "illustration");
  if (illustration == NULL)
    {
      g_set_error_literal (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID, _("illustration: missing"));
      return NULL;
    }

  return rb_figure_new_from_json (illustration, "illustration", error);
}

/**
 * rb_figure_new_builtin:
 * @id: the figure's id, e.g. "running"
 * @error: return location for a #GError
 *
 * Reads one of the figures that ship with the app for what has no
 * exercise: "running" and "walking". Errors start with the file name,
 * then `line:column` or the JSON path of the value.
 *
 * Returns: (transfer full): the figure, or %NULL on error
 */
RbFigure *
rb_figure_new_builtin (const char  *id,
                       GError     **error)
{
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) local_error = NULL;
  RbFigure *figure;
  const char *data;
  gsize length;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  name = g_strdup_printf ("figures/%s.json", id);
  path = g_strconcat (FIGURES_PATH, id, ".json", NULL);
  if (!rb_json_is_valid_id (id) || !(bytes = g_resources_lookup_data (path, 0, NULL)))
    {
      g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID, _("%s: no such figure"), name);
      return NULL;
    }

  data = g_bytes_get_data (bytes, &length);
  root = rb_json_parse (name, data ? data : "", length, &rb_json_content_limits, error);
  if (root == NULL)
    return NULL;

  figure = read_document (json_node_get_object (root), id, &local_error);
  if (figure == NULL)
    g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s: ", name);

  return figure;
}

/**
 * rb_figure_dup_builtin_ids:
 *
 * Returns: (transfer full): the ids of the figures that ship with the app
 */
GStrv
rb_figure_dup_builtin_ids (void)
{
  g_auto(GStrv) children = g_resources_enumerate_children (FIGURES_PATH, 0, NULL);
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();

  for (guint i = 0; children != NULL && children[i] != NULL; i++)
    if (g_str_has_suffix (children[i], ".json"))
      {
        g_autofree char *id = g_strndup (children[i], strlen (children[i]) - strlen (".json"));

        g_strv_builder_add (ids, id);
      }

  return g_strv_builder_end (ids);
}
