/* rb-json.c: strict JSON reading with precise error positions.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rb-json-private.h"

const RbJsonLimits rb_json_content_limits = {
  RB_JSON_MAX_FILE_SIZE, RB_JSON_MAX_DEPTH, RB_JSON_MAX_STRING_LENGTH
};

const RbJsonLimits rb_json_journal_limits = {
  32 * 1024 * 1024, 32, 64 * 1024
};

/* json-glib is lenient where Runback must not be: it accepts trailing data
 * and duplicate keys, and its recursive parser has no depth limit. This
 * scanner walks the raw text first and rejects those, and over-long
 * strings, with the line and column of the offending character.
 */
typedef struct
{
  const char *data;
  gsize       length;
  gsize       pos;
  guint       line;
  guint       column;
} Scanner;

static gboolean
scan_fail (Scanner     *scanner,
           const char  *name,
           int          code,
           GError     **error,
           const char  *message)
{
  g_set_error (error, RB_CONTENT_ERROR, code, "%s:%u:%u: %s",
               name, scanner->line, scanner->column, message);
  return FALSE;
}

static void
scan_advance (Scanner *scanner)
{
  if (scanner->data[scanner->pos] == '\n')
    {
      scanner->line++;
      scanner->column = 1;
    }
  else if (((guchar) scanner->data[scanner->pos] & 0xC0) != 0x80)
    {
      scanner->column++;
    }

  scanner->pos++;
}

/* Reads a string token starting at the opening quote; returns it (raw,
 * escapes left in) in @out when @out is not NULL.
 */
static gboolean
scan_string (Scanner     *scanner,
             const char  *name,
             char       **out,
             GError     **error)
{
  Scanner start = *scanner;
  gsize begin;

  scan_advance (scanner);
  begin = scanner->pos;

  while (scanner->pos < scanner->length && scanner->data[scanner->pos] != '"')
    {
      if (scanner->data[scanner->pos] == '\\' && scanner->pos + 1 < scanner->length)
        scan_advance (scanner);
      scan_advance (scanner);
    }

  if (scanner->pos >= scanner->length)
    return TRUE; /* json-glib reports the unterminated string. */

  if (scanner->pos - begin > RB_JSON_MAX_STRING_LENGTH)
    return scan_fail (&start, name, RB_CONTENT_ERROR_TOO_LARGE, error,
                      _("string longer than 16 KiB"));

  if (out != NULL)
    *out = g_strndup (scanner->data + begin, scanner->pos - begin);

  scan_advance (scanner);
  return TRUE;
}

static gboolean
scan (const char  *name,
      const char  *data,
      gsize        length,
      GError     **error)
{
  Scanner scanner = { data, length, 0, 1, 1 };
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func ((GDestroyNotify) g_hash_table_unref);
  GString *containers = g_string_new (NULL);
  gboolean ok = TRUE;
  gboolean closed = FALSE;

  while (ok && scanner.pos < length)
    {
      char c = data[scanner.pos];

      if (closed && !g_ascii_isspace (c))
        {
          ok = scan_fail (&scanner, name, RB_CONTENT_ERROR_SYNTAX, error,
                          _("unexpected data after the document"));
          break;
        }

      if (c == '"')
        {
          Scanner at = scanner;
          g_autofree char *key = NULL;
          gboolean in_object = containers->len > 0 && containers->str[containers->len - 1] == '{';

          ok = scan_string (&scanner, name, in_object ? &key : NULL, error);
          if (!ok || key == NULL)
            continue;

          /* A string in an object followed by ':' is a key. */
          while (scanner.pos < length && g_ascii_isspace (data[scanner.pos]))
            scan_advance (&scanner);
          if (scanner.pos < length && data[scanner.pos] == ':')
            {
              GHashTable *seen = g_ptr_array_index (keys, keys->len - 1);

              if (g_hash_table_contains (seen, key))
                {
                  g_autofree char *message = g_strdup_printf (_("duplicate member “%s”"), key);

                  ok = scan_fail (&at, name, RB_CONTENT_ERROR_SYNTAX, error, message);
                  break;
                }
              g_hash_table_add (seen, g_steal_pointer (&key));
            }
          continue;
        }

      if (c == '{' || c == '[')
        {
          if (containers->len >= RB_JSON_MAX_DEPTH)
            {
              ok = scan_fail (&scanner, name, RB_CONTENT_ERROR_TOO_LARGE, error,
                              _("nested deeper than 32 levels"));
              break;
            }
          g_string_append_c (containers, c);
          g_ptr_array_add (keys, g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL));
        }
      else if (c == '}' || c == ']')
        {
          if (containers->len == 0)
            break; /* json-glib reports it. */
          g_string_truncate (containers, containers->len - 1);
          g_ptr_array_remove_index (keys, keys->len - 1);
          closed = containers->len == 0;
        }

      scan_advance (&scanner);
    }

  g_string_free (containers, TRUE);
  return ok;
}

static void
utf8_position (const char *data,
               const char *end,
               guint      *line,
               guint      *column)
{
  *line = 1;
  *column = 1;

  for (const char *p = data; p < end; p++)
    {
      if (*p == '\n')
        {
          (*line)++;
          *column = 1;
        }
      else if (((guchar) *p & 0xC0) != 0x80)
        {
          (*column)++;
        }
    }
}

/**
 * rb_json_parse:
 * @name: the file name used in messages
 * @data: the file's contents
 * @length: the length of @data
 * @limits: the caps for this kind of document
 * @error: return location for a #GError
 *
 * Parses a document whose root must be an object. Errors are in the
 * %RB_CONTENT_ERROR domain and start with `NAME:LINE:COLUMN: `.
 *
 * Returns: (transfer full): the root node, or %NULL on error
 */
JsonNode *
rb_json_parse (const char          *name,
               const char          *data,
               gsize                length,
               const RbJsonLimits  *limits,
               GError             **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *invalid = NULL;
  JsonNode *root;

  if (length > RB_JSON_MAX_FILE_SIZE)
    {
      g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_TOO_LARGE,
                   _("%s: file larger than 1 MiB"), name);
      return NULL;
    }

  if (!g_utf8_validate (data, length, &invalid))
    {
      guint line, column;

      utf8_position (data, invalid, &line, &column);
      g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_SYNTAX,
                   _("%s:%u:%u: invalid UTF-8"), name, line, column);
      return NULL;
    }

  if (!scan (name, data, length, error))
    return NULL;

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, length, &local_error))
    {
      const char *message = local_error->message;

      /* json-glib says "<data>:LINE:COLUMN: Parse error: …". */
      if (g_str_has_prefix (message, "<data>:"))
        message += strlen ("<data>:");

      g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_SYNTAX,
                   "%s:%s", name, message);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL)
    {
      g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_SYNTAX,
                   _("%s:1:1: empty document"), name);
      return NULL;
    }

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID,
                   _("%s: the document must be a JSON object"), name);
      return NULL;
    }

  return json_node_ref (root);
}

char *
rb_json_path_member (const char *path,
                     const char *member)
{
  if (path == NULL || path[0] == '\0')
    return g_strdup (member);

  return g_strconcat (path, ".", member, NULL);
}

char *
rb_json_path_index (const char *path,
                    guint       index)
{
  return g_strdup_printf ("%s[%u]", path, index);
}

const char *
rb_json_node_type_name (JsonNode *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      return "object";
    case JSON_NODE_ARRAY:
      return "array";
    case JSON_NODE_NULL:
      return "null";
    case JSON_NODE_VALUE:
    default:
      break;
    }

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return "string";
    case G_TYPE_BOOLEAN:
      return "boolean";
    default:
      return "number";
    }
}

static gboolean
fail (GError     **error,
      int          code,
      const char  *path,
      const char  *member,
      const char  *format,
      ...) G_GNUC_PRINTF (5, 6);

static gboolean
fail (GError     **error,
      int          code,
      const char  *path,
      const char  *member,
      const char  *format,
      ...)
{
  g_autofree char *where = member ? rb_json_path_member (path, member) : g_strdup (path);
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, RB_CONTENT_ERROR, code, "%s: %s", where, message);
  return FALSE;
}

static JsonNode *
lookup (JsonObject  *object,
        const char  *path,
        const char  *member,
        gboolean     required,
        GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL && required)
    fail (error, RB_CONTENT_ERROR_INVALID, path, member, _("missing"));

  return node;
}

static gboolean
wrong_type (GError     **error,
            const char  *path,
            const char  *member,
            const char  *expected,
            JsonNode    *node)
{
  return fail (error, RB_CONTENT_ERROR_INVALID, path, member,
               /* Translators: e.g. "expected a string, found a number" */
               _("expected %s, found %s"), expected, rb_json_node_type_name (node));
}

gboolean
rb_json_check_members (JsonObject          *object,
                       const char          *path,
                       const char * const  *allowed,
                       GError             **error)
{
  g_autoptr(GList) members = json_object_get_members (object);

  for (const GList *l = members; l != NULL; l = l->next)
    {
      if (!g_strv_contains (allowed, l->data))
        return fail (error, RB_CONTENT_ERROR_INVALID, path, l->data, _("unknown member"));
    }

  return TRUE;
}

gboolean
rb_json_get_object (JsonObject  *object,
                    const char  *path,
                    const char  *member,
                    gboolean     required,
                    JsonObject **out,
                    GError     **error)
{
  JsonNode *node = lookup (object, path, member, required, error);

  *out = NULL;
  if (node == NULL)
    return !required;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return wrong_type (error, path, member, "an object", node);

  *out = json_node_get_object (node);
  return TRUE;
}

gboolean
rb_json_get_array (JsonObject  *object,
                   const char  *path,
                   const char  *member,
                   gboolean     required,
                   guint        min_length,
                   JsonArray  **out,
                   GError     **error)
{
  JsonNode *node = lookup (object, path, member, required, error);

  *out = NULL;
  if (node == NULL)
    return !required;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return wrong_type (error, path, member, "an array", node);

  if (json_array_get_length (json_node_get_array (node)) < min_length)
    return fail (error, RB_CONTENT_ERROR_INVALID, path, member,
                 g_dngettext (GETTEXT_PACKAGE, "needs at least %u entry",
                              "needs at least %u entries", min_length),
                 min_length);

  *out = json_node_get_array (node);
  return TRUE;
}

static gboolean
check_string_node (JsonNode    *node,
                   const char  *path,
                   const char  *member,
                   GError     **error)
{
  const char *value;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return wrong_type (error, path, member, "a string", node);

  for (value = json_node_get_string (node); g_ascii_isspace (*value); value++)
    ;
  if (*value == '\0')
    return fail (error, RB_CONTENT_ERROR_INVALID, path, member, _("must not be empty"));

  return TRUE;
}

gboolean
rb_json_get_string (JsonObject  *object,
                    const char  *path,
                    const char  *member,
                    gboolean     required,
                    char       **out,
                    GError     **error)
{
  JsonNode *node = lookup (object, path, member, required, error);

  *out = NULL;
  if (node == NULL)
    return !required;

  if (!check_string_node (node, path, member, error))
    return FALSE;

  *out = g_strdup (json_node_get_string (node));
  return TRUE;
}

gboolean
rb_json_is_valid_id (const char *id)
{
  gboolean after_dash = TRUE;
  gsize len = strlen (id);

  if (len == 0 || len > 64)
    return FALSE;

  for (const char *p = id; *p; p++)
    {
      if (*p == '-')
        {
          if (after_dash)
            return FALSE;
          after_dash = TRUE;
        }
      else if (g_ascii_islower (*p) || g_ascii_isdigit (*p))
        after_dash = FALSE;
      else
        return FALSE;
    }

  return !after_dash;
}

gboolean
rb_json_get_id (JsonObject  *object,
                const char  *path,
                const char  *member,
                char       **out,
                GError     **error)
{
  if (!rb_json_get_string (object, path, member, TRUE, out, error))
    return FALSE;

  if (!rb_json_is_valid_id (*out))
    {
      g_clear_pointer (out, g_free);
      return fail (error, RB_CONTENT_ERROR_INVALID, path, member,
                   _("must be lower-case letters and digits joined by “-”, at most 64 characters"));
    }

  return TRUE;
}

gboolean
rb_json_get_uint (JsonObject  *object,
                  const char  *path,
                  const char  *member,
                  guint        min,
                  guint        max,
                  guint       *inout,
                  GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);
  gint64 value;

  if (node == NULL)
    return TRUE;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return wrong_type (error, path, member, "a whole number", node);

  value = json_node_get_int (node);
  if (value < min || value > max)
    return fail (error, RB_CONTENT_ERROR_INVALID, path, member,
                 _("must be between %u and %u"), min, max);

  *inout = (guint) value;
  return TRUE;
}

gboolean
rb_json_get_boolean (JsonObject  *object,
                     const char  *path,
                     const char  *member,
                     gboolean    *inout,
                     GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL)
    return TRUE;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return wrong_type (error, path, member, "true or false", node);

  *inout = json_node_get_boolean (node);
  return TRUE;
}

gboolean
rb_json_get_strv (JsonObject  *object,
                  const char  *path,
                  const char  *member,
                  gboolean     required,
                  guint        min_length,
                  GStrv       *out,
                  GError     **error)
{
  g_autofree char *where = rb_json_path_member (path, member);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonArray *array;

  *out = NULL;
  if (!rb_json_get_array (object, path, member, required, min_length, &array, error))
    return FALSE;

  if (array != NULL)
    {
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          g_autofree char *item = rb_json_path_index (where, i);
          JsonNode *node = json_array_get_element (array, i);

          if (!check_string_node (node, item, NULL, error))
            return FALSE;

          g_strv_builder_add (builder, json_node_get_string (node));
        }
    }

  *out = g_strv_builder_end (builder);
  return TRUE;
}

gboolean
rb_json_check_header (JsonObject  *root,
                      const char  *format,
                      guint        version,
                      GError     **error)
{
  g_autofree char *found = NULL;
  guint found_version = 0;

  if (!rb_json_get_string (root, "", "format", TRUE, &found, error))
    return FALSE;

  if (g_strcmp0 (found, format) != 0)
    return fail (error, RB_CONTENT_ERROR_VERSION, "", "format",
                 _("expected “%s”, found “%s”"), format, found);

  if (json_object_get_member (root, "version") == NULL)
    return fail (error, RB_CONTENT_ERROR_INVALID, "", "version", _("missing"));

  if (!rb_json_get_uint (root, "", "version", 1, G_MAXUINT, &found_version, error))
    return FALSE;

  if (found_version != version)
    return fail (error, RB_CONTENT_ERROR_VERSION, "", "version",
                 _("version %u is not supported (this Runback reads version %u)"),
                 found_version, version);

  return TRUE;
}
