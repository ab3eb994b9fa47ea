/* rb-csv.c: comma-separated values, as RFC 4180 writes them.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Spreadsheets export lists of patients this way. Fields are separated by
 * commas and records by CRLF (a bare LF is accepted too); a field in
 * double quotes may hold commas, line breaks and doubled quotes.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rb-content-error.h"
#include "rb-csv.h"

typedef struct
{
  const char *p;
  const char *end;
  guint       line;
} Reader;

static gboolean
fail (const char  *name,
      Reader      *r,
      const char  *message,
      GError     **error)
{
  g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID, "%s:%u: %s", name, r->line, message);
  return FALSE;
}

/* Reads one field; leaves @r at the comma, line break or end after it. */
static gboolean
read_field (const char  *name,
            Reader      *r,
            GString     *field,
            GError     **error)
{
  if (r->p < r->end && *r->p == '"')
    {
      for (r->p++; ; r->p++)
        {
          if (r->p >= r->end)
            return fail (name, r, _("a quoted field is not closed"), error);
          if (*r->p == '"')
            {
              if (r->p + 1 < r->end && r->p[1] == '"')
                r->p++;
              else
                break;
            }
          if (*r->p == '\n')
            r->line++;
          g_string_append_c (field, *r->p);
        }
      r->p++;
      if (r->p < r->end && *r->p != ',' && *r->p != '\n' && *r->p != '\r')
        return fail (name, r, _("text after a closing quote"), error);
      return TRUE;
    }

  for (; r->p < r->end && *r->p != ',' && *r->p != '\n' && *r->p != '\r'; r->p++)
    {
      if (*r->p == '"')
        return fail (name, r, _("a quote inside a field that does not start with one"), error);
      g_string_append_c (field, *r->p);
    }

  return TRUE;
}

/**
 * rb_csv_parse:
 * @name: the file's name, for messages
 * @text: the file's contents, in UTF-8
 * @length: their length
 * @error: return location for a #GError
 *
 * Splits @text into records and fields. A leading byte order mark is
 * skipped, and so are empty lines.
 *
 * Returns: (transfer full) (element-type GStrv): one array of fields per
 *   record, or %NULL with the line of the first problem
 */
GPtrArray *
rb_csv_parse (const char  *name,
              const char  *text,
              gsize        length,
              GError     **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  Reader r = { text, text + length, 1 };

  g_return_val_if_fail (text != NULL || length == 0, NULL);

  if (!g_utf8_validate_len (text, length, NULL))
    {
      g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID,
                   _("%s: not UTF-8 text"), name);
      return NULL;
    }

  if (length >= 3 && g_str_has_prefix (text, "\xef\xbb\xbf"))
    r.p += 3;

  while (r.p < r.end)
    {
      g_autoptr(GStrvBuilder) fields = g_strv_builder_new ();
      g_auto(GStrv) record = NULL;
      gboolean empty;

      empty = *r.p == '\n' || *r.p == '\r';
      for (;;)
        {
          g_autoptr(GString) field = g_string_new (NULL);

          if (!read_field (name, &r, field, error))
            return NULL;
          g_strv_builder_add (fields, field->str);
          if (r.p < r.end && *r.p == ',')
            {
              r.p++;
              continue;
            }
          break;
        }

      if (r.p < r.end && *r.p == '\r')
        r.p++;
      if (r.p < r.end && *r.p == '\n')
        r.p++;
      else if (r.p < r.end)
        {
          fail (name, &r, _("a carriage return without a line feed"), error);
          return NULL;
        }
      r.line++;

      record = g_strv_builder_end (fields);
      if (!empty)
        g_ptr_array_add (records, g_steal_pointer (&record));
    }

  return g_steal_pointer (&records);
}
