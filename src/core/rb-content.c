/* rb-content.c: reading one content document.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rb-content-private.h"
#include "rb-json-private.h"

/* Bundled documents are written in English and translated through the
 * app's catalogue; the user's own documents are shown as written.
 */
char *
rb_content_translate (const char *text,
                      gboolean    bundled)
{
  if (text == NULL)
    return NULL;

  return g_strdup (bundled ? g_dgettext (GETTEXT_PACKAGE, text) : text);
}

GStrv
rb_content_translate_strv (GStrv    strv,
                           gboolean bundled)
{
  if (strv == NULL || !bundled)
    return strv;

  for (guint i = 0; strv[i] != NULL; i++)
    {
      char *translated = rb_content_translate (strv[i], TRUE);

      g_free (strv[i]);
      strv[i] = translated;
    }

  return strv;
}

/**
 * rb_content_load_document:
 * @name: the file name used in messages
 * @bytes: the file's contents
 * @format: (nullable): the expected format, e.g. "runback.exercise", or
 *   %NULL to accept any
 * @bundled: whether the document ships with the app
 * @error: return location for a #GError
 *
 * Reads one document: an #RbExercise, #RbProgram (not yet linked to its
 * exercises) or #RbLearnPage. The id must match the file name. Errors
 * start with @name, then `line:column` or the JSON path of the value.
 *
 * Returns: (transfer full): the document, or %NULL on error
 */
GObject *
rb_content_load_document (const char  *name,
                          GBytes      *bytes,
                          const char  *format,
                          gboolean     bundled,
                          GError     **error)
{
  return rb_content_load_document_full (name, bytes, format, bundled, TRUE, error);
}

/* Like rb_content_load_document(); an imported file may have any name,
 * so @check_name FALSE leaves out the check of the id against it. */
GObject *
rb_content_load_document_full (const char  *name,
                               GBytes      *bytes,
                               const char  *format,
                               gboolean     bundled,
                               gboolean     check_name,
                               GError     **error)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GObject) document = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *expected_id = NULL;
  g_autoptr(GError) local_error = NULL;
  JsonObject *object;
  JsonNode *format_node;
  const char *found;
  const char *id;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  root = rb_json_parse (name, data ? data : "", length, &rb_json_content_limits, error);
  if (root == NULL)
    return NULL;

  object = json_node_get_object (root);
  format_node = json_object_get_member (object, "format");
  found = format_node != NULL && JSON_NODE_HOLDS_VALUE (format_node) &&
          json_node_get_value_type (format_node) == G_TYPE_STRING
        ? json_node_get_string (format_node) : NULL;
  if (format == NULL)
    format = found != NULL ? found : "";

  if (g_str_equal (format, "runback.exercise"))
    document = G_OBJECT (rb_exercise_new_from_json (object, bundled, &local_error));
  else if (g_str_equal (format, "runback.program"))
    document = G_OBJECT (rb_program_new_from_json (object, bundled, &local_error));
  else if (g_str_equal (format, "runback.learn"))
    document = G_OBJECT (rb_learn_page_new_from_json (object, bundled, &local_error));
  else
    rb_json_check_header (object, "runback.exercise, runback.program or runback.learn", 1, &local_error);

  if (document == NULL)
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s: ", name);
      return NULL;
    }

  if (RB_IS_EXERCISE (document))
    id = rb_exercise_get_id (RB_EXERCISE (document));
  else if (RB_IS_PROGRAM (document))
    id = rb_program_get_id (RB_PROGRAM (document));
  else
    id = rb_learn_page_get_id (RB_LEARN_PAGE (document));

  if (!check_name)
    return g_steal_pointer (&document);

  basename = g_path_get_basename (name);
  expected_id = g_str_has_suffix (basename, ".json")
              ? g_strndup (basename, strlen (basename) - strlen (".json"))
              : g_strdup (basename);

  if (!g_str_equal (id, expected_id))
    {
      g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID,
                   _("%s: id: “%s” does not match the file name (expected “%s”)"),
                   name, id, expected_id);
      return NULL;
    }

  return g_steal_pointer (&document);
}
