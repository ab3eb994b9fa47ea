/* rb-json.c: strict JSON reading with precise error positions.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "rb-json-private.h"
#include "rb-storage.h"

const RbJsonLimits rb_json_content_limits = {
  RB_JSON_MAX_FILE_SIZE, RB_JSON_MAX_DEPTH, RB_JSON_MAX_STRING_LENGTH
};

const RbJsonLimits rb_json_journal_limits = {
  32 * 1024 * 1024, 32, 64 * 1024
};

/* A plan is about 300 bytes: 4 MiB holds some 13,000, far more than anyone
 * follows, and loads in about 1.5 s at the most (0.35 s a MB). */
const RbJsonLimits rb_json_plans_limits = {
  4 * 1024 * 1024, 32, 64 * 1024
};

/* json-glib is lenient where Runback must not be: it reads comments, hex
 * and octal numbers, raw control characters and unpaired surrogates,
 * keeps the last of duplicate members, ignores trailing data, and parses
 * recursively with no depth limit. It has no strict mode, so the checker
 * below walks the whole text against the grammar of RFC 8259 first, with
 * an explicit stack bounded by the limits, and json-glib only ever sees
 * text that passed. Positions are computed only when reporting an error.
 */
typedef enum
{
  EXPECT_VALUE,
  EXPECT_MEMBER,
  AFTER_VALUE,
} State;

typedef struct
{
  const char          *name;
  const char          *data;
  gsize                length;
  gsize                pos;
  const RbJsonLimits  *limits;
  GString             *stack;   /* one '{' or '[' per open container */
  GPtrArray           *seen;    /* member names seen, a GHashTable per depth */
  GString             *member;  /* the member name being read, unescaped */
  GError             **error;
} Checker;

static void
position (const char *data,
          gsize       offset,
          guint      *line,
          guint      *column)
{
  *line = 1;
  *column = 1;

  for (gsize i = 0; i < offset; i++)
    {
      if (data[i] == '\n')
        {
          (*line)++;
          *column = 1;
        }
      else if (((guchar) data[i] & 0xC0) != 0x80)
        {
          (*column)++;
        }
    }
}

static gboolean
fail_at (Checker    *checker,
         gsize       offset,
         int         code,
         const char *format,
         ...) G_GNUC_PRINTF (4, 5);

static gboolean
fail_at (Checker    *checker,
         gsize       offset,
         int         code,
         const char *format,
         ...)
{
  g_autofree char *message = NULL;
  guint line, column;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  position (checker->data, offset, &line, &column);
  g_set_error (checker->error, RB_CONTENT_ERROR, code, "%s:%u:%u: %s",
               checker->name, line, column, message);
  return FALSE;
}

/* The byte @ahead bytes from the current position, or -1 past the end. */
static int
peek (Checker *checker,
      gsize    ahead)
{
  if (checker->pos + ahead >= checker->length)
    return -1;

  return (guchar) checker->data[checker->pos + ahead];
}

static gboolean
at_digit (Checker *checker)
{
  int c = peek (checker, 0);

  return c >= '0' && c <= '9';
}

static void
skip_digits (Checker *checker)
{
  while (at_digit (checker))
    checker->pos++;
}

static void
skip_space (Checker *checker)
{
  const char *p = checker->data + checker->pos;
  const char *end = checker->data + checker->length;

  while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
    p++;
  checker->pos = p - checker->data;
}

static gboolean
is_word_char (int c)
{
  return c >= 0 && (g_ascii_isalnum (c) || c == '_' || c == '$');
}

/* The length of the bare word at the current position, 0 if none. */
static gsize
word_length (Checker *checker)
{
  gsize n = 0;

  while (is_word_char (peek (checker, n)))
    n++;

  return n;
}

/* Consumes true, false or null. */
static gboolean
check_literal (Checker *checker)
{
  static const char * const literals[] = { "true", "false", "null" };
  gsize n = word_length (checker);

  for (guint i = 0; i < G_N_ELEMENTS (literals); i++)
    {
      if (n == strlen (literals[i]) &&
          memcmp (checker->data + checker->pos, literals[i], n) == 0)
        {
          checker->pos += n;
          return TRUE;
        }
    }

  return FALSE;
}

/* Whether true, false or null stands at the current position. */
static gboolean
at_literal (Checker *checker)
{
  gsize pos = checker->pos;
  gboolean found = check_literal (checker);

  checker->pos = pos;
  return found;
}

/* Reports what stands at the current position where @expected was needed,
 * naming the lenient extensions people actually write.
 */
static gboolean
fail_expected (Checker    *checker,
               const char *expected)
{
  const char *at = checker->data + checker->pos;
  int c = peek (checker, 0);
  gunichar u;

  if (c < 0)
    return fail_at (checker, checker->pos, RB_CONTENT_ERROR_SYNTAX,
                    _("unexpected end of file, expected %s"), expected);

  if (c == '#' || (c == '/' && (peek (checker, 1) == '*' || peek (checker, 1) == '/')))
    return fail_at (checker, checker->pos, RB_CONTENT_ERROR_SYNTAX,
                    _("comments are not allowed"));

  if (c == '\'')
    return fail_at (checker, checker->pos, RB_CONTENT_ERROR_SYNTAX,
                    _("strings must be in double quotes, not single quotes"));

  if (g_ascii_isalpha (c) || c == '_' || c == '$')
    {
      g_autofree char *word = g_strndup (at, MIN (word_length (checker), 32));

      if (g_str_equal (word, "NaN") || g_str_equal (word, "Infinity"))
        return fail_at (checker, checker->pos, RB_CONTENT_ERROR_SYNTAX,
                        _("“%s” is not allowed: JSON has no NaN or Infinity"), word);

      return fail_at (checker, checker->pos, RB_CONTENT_ERROR_SYNTAX,
                      _("expected %s, found “%s”"), expected, word);
    }

  /* The text is valid UTF-8 by now; name invisible characters by code,
   * except JSON's own white space.
   */
  u = g_utf8_get_char (at);
  if (!g_unichar_isgraph (u) && c != ' ' && c != '\t' && c != '\n' && c != '\r')
    return fail_at (checker, checker->pos, RB_CONTENT_ERROR_SYNTAX,
                    _("expected %s, found U+%04X"), expected, u);

  return fail_at (checker, checker->pos, RB_CONTENT_ERROR_SYNTAX,
                  _("expected %s"), expected);
}

/* Whether json-glib can hold the number: it stores integers in a gint64
 * (wrapping around beyond) and the rest in a double (infinite beyond).
 */
static gboolean
number_in_range (const char *text,
                 gsize       length,
                 gboolean    is_float)
{
  g_autofree char *copy = NULL;

  /* No leading zeros: more than 19 digits is beyond G_MAXINT64. */
  if (!is_float && length - (text[0] == '-') > 19)
    return FALSE;

  copy = g_strndup (text, length);
  errno = 0;
  if (is_float)
    return isfinite (g_ascii_strtod (copy, NULL));

  g_ascii_strtoll (copy, NULL, 10);
  return errno != ERANGE;
}

static gboolean
check_number (Checker *checker)
{
  gsize start = checker->pos;
  gboolean is_float = FALSE;

  if (peek (checker, 0) == '-')
    checker->pos++;

  if (!at_digit (checker))
    return fail_expected (checker, _("a digit after “-”"));

  if (peek (checker, 0) == '0')
    {
      checker->pos++;
      if (at_digit (checker))
        return fail_at (checker, start, RB_CONTENT_ERROR_SYNTAX,
                        _("numbers must not have leading zeros"));
      if (peek (checker, 0) == 'x' || peek (checker, 0) == 'X')
        return fail_at (checker, start, RB_CONTENT_ERROR_SYNTAX,
                        _("hexadecimal numbers are not allowed"));
    }
  skip_digits (checker);

  if (peek (checker, 0) == '.')
    {
      is_float = TRUE;
      checker->pos++;
      if (!at_digit (checker))
        return fail_expected (checker, _("a digit after “.”"));
      skip_digits (checker);
    }

  if (peek (checker, 0) == 'e' || peek (checker, 0) == 'E')
    {
      is_float = TRUE;
      checker->pos++;
      if (peek (checker, 0) == '+' || peek (checker, 0) == '-')
        checker->pos++;
      if (!at_digit (checker))
        return fail_expected (checker, _("a digit in the exponent"));
      skip_digits (checker);
    }

  if (!number_in_range (checker->data + start, checker->pos - start, is_float))
    return fail_at (checker, start, RB_CONTENT_ERROR_INVALID, _("number out of range"));

  return TRUE;
}

/* Reads the four hex digits of the `\uXXXX` escape at @offset. */
static gboolean
read_unit (Checker  *checker,
           gsize     offset,
           gunichar *unit)
{
  const char *p = checker->data + offset;

  if (offset + 6 > checker->length || p[0] != '\\' || p[1] != 'u')
    return FALSE;

  *unit = 0;
  for (guint i = 2; i < 6; i++)
    {
      int digit = g_ascii_xdigit_value (p[i]);

      if (digit < 0)
        return FALSE;
      *unit = *unit * 16 + digit;
    }

  return TRUE;
}

static gboolean
check_unicode_escape (Checker *checker,
                      GString *out)
{
  gsize at = checker->pos;
  gunichar unit, low;

  if (!read_unit (checker, at, &unit))
    return fail_at (checker, at, RB_CONTENT_ERROR_SYNTAX,
                    _("“\\u” must be followed by four hexadecimal digits"));
  checker->pos += 6;

  /* A high surrogate needs a low one right after it; anything else would
   * decode to invalid UTF-8.
   */
  if (unit >= 0xD800 && unit <= 0xDBFF &&
      read_unit (checker, checker->pos, &low) && low >= 0xDC00 && low <= 0xDFFF)
    {
      unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
      checker->pos += 6;
    }
  else if (unit >= 0xD800 && unit <= 0xDFFF)
    {
      return fail_at (checker, at, RB_CONTENT_ERROR_SYNTAX,
                      _("unpaired UTF-16 surrogate “%.*s”"), 6, checker->data + at);
    }

  /* json-glib would cut the string there, silently. */
  if (unit == 0)
    return fail_at (checker, at, RB_CONTENT_ERROR_SYNTAX,
                    _("“\\u0000” is not allowed in strings"));

  if (out != NULL)
    g_string_append_unichar (out, unit);

  return TRUE;
}

static gboolean
check_escape (Checker *checker,
              GString *out)
{
  static const char escapes[] = "\"\"\\\\//b\bf\fn\nr\rt\t";
  const char *data = checker->data;
  int c = peek (checker, 1);

  if (c < 0)
    {
      /* The string's own check reports it as unterminated. */
      checker->pos++;
      return TRUE;
    }

  if (c == 'u')
    return check_unicode_escape (checker, out);

  for (guint i = 0; escapes[i] != '\0'; i += 2)
    {
      if (c == escapes[i])
        {
          if (out != NULL)
            g_string_append_c (out, escapes[i + 1]);
          checker->pos += 2;
          return TRUE;
        }
    }

  if (c < 0x20 || c == 0x7F)
    return fail_at (checker, checker->pos, RB_CONTENT_ERROR_SYNTAX,
                    _("invalid escape: “\\” followed by U+%04X"), (guint) c);

  return fail_at (checker, checker->pos, RB_CONTENT_ERROR_SYNTAX, _("invalid escape “\\%.*s”"),
                  (int) (g_utf8_next_char (data + checker->pos + 1) - (data + checker->pos + 1)),
                  data + checker->pos + 1);
}

/* Checks the string at the current position (its opening quote). When
 * @out is not NULL, the unescaped string is appended to it.
 */
static gboolean
check_string (Checker *checker,
              GString *out)
{
  gsize start = checker->pos;

  for (checker->pos++; ; )
    {
      const char *run = checker->data + checker->pos;
      const char *end = checker->data + checker->length;
      const char *p = run;
      int c;

      /* Most of a string needs no more than this look at each byte: a
       * run of them is taken at once. */
      while (p < end && (guchar) *p >= 0x20 && *p != '"' && *p != '\\')
        p++;
      if (out != NULL)
        g_string_append_len (out, run, p - run);
      checker->pos = p - checker->data;
      c = peek (checker, 0);

      if (checker->pos - start - 1 > checker->limits->max_string)
        {
          g_autofree char *cap = rb_storage_format_size (checker->limits->max_string);

          return fail_at (checker, start, RB_CONTENT_ERROR_TOO_LARGE,
                          _("string longer than %s"), cap);
        }

      if (c < 0)
        return fail_at (checker, start, RB_CONTENT_ERROR_SYNTAX,
                        _("unterminated string: no closing “\"”"));
      if (c == '"')
        break;
      if (c == '\n')
        return fail_at (checker, checker->pos, RB_CONTENT_ERROR_SYNTAX,
                        _("line break in a string (is a closing “\"” missing?)"));
      if (c < 0x20)
        return fail_at (checker, checker->pos, RB_CONTENT_ERROR_SYNTAX,
                        _("control character U+%04X in a string (write it as an escape)"),
                        (guint) c);

      if (!check_escape (checker, out))
        return FALSE;
    }

  checker->pos++;
  return TRUE;
}

/* What a duplicate member name looks like in a message: short, and with
 * no control characters that escapes may have produced.
 */
static char *
display_name (const char *name)
{
  g_autoptr(GString) shown = g_string_new (NULL);
  guint n = 0;

  for (const char *p = name; *p != '\0'; p = g_utf8_next_char (p), n++)
    {
      gunichar u = g_utf8_get_char (p);

      if (n == 40)
        {
          g_string_append (shown, "…");
          break;
        }
      g_string_append_unichar (shown, g_unichar_iscntrl (u) ? 0xFFFD : u);
    }

  return g_string_free (g_steal_pointer (&shown), FALSE);
}

static gboolean
check_member (Checker  *checker,
              gboolean  after_comma)
{
  gsize at = checker->pos;
  GHashTable *seen;
  int c = peek (checker, 0);

  if (c == '}' && after_comma)
    return fail_at (checker, at, RB_CONTENT_ERROR_SYNTAX, _("trailing comma before “}”"));
  if (c != '"')
    return fail_expected (checker, _("a member name in double quotes"));

  g_string_truncate (checker->member, 0);
  if (!check_string (checker, checker->member))
    return FALSE;

  seen = g_ptr_array_index (checker->seen, checker->stack->len - 1);
  if (g_hash_table_contains (seen, checker->member->str))
    {
      g_autofree char *shown = display_name (checker->member->str);

      return fail_at (checker, at, RB_CONTENT_ERROR_SYNTAX, _("duplicate member “%s”"), shown);
    }
  g_hash_table_add (seen, g_strdup (checker->member->str));

  skip_space (checker);
  if (peek (checker, 0) != ':')
    return fail_expected (checker, _("“:”"));

  checker->pos++;
  return TRUE;
}

/* Opens the object or array at the current position; @state is what
 * comes next.
 */
static gboolean
open_container (Checker *checker,
                State   *state)
{
  char c = checker->data[checker->pos];
  guint depth = checker->stack->len;

  if (depth >= checker->limits->max_depth)
    return fail_at (checker, checker->pos, RB_CONTENT_ERROR_TOO_LARGE,
                    g_dngettext (GETTEXT_PACKAGE, "nested deeper than %u level",
                                 "nested deeper than %u levels", checker->limits->max_depth),
                    checker->limits->max_depth);

  g_string_append_c (checker->stack, c);
  if (c == '{')
    {
      /* One table per depth, reused by every object at that depth. */
      while (checker->seen->len <= depth)
        g_ptr_array_add (checker->seen, g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL));
      g_hash_table_remove_all (g_ptr_array_index (checker->seen, depth));
    }

  checker->pos++;
  skip_space (checker);
  if (peek (checker, 0) == (c == '{' ? '}' : ']'))
    {
      g_string_truncate (checker->stack, depth);
      checker->pos++;
      *state = AFTER_VALUE;
    }
  else
    {
      *state = c == '{' ? EXPECT_MEMBER : EXPECT_VALUE;
    }

  return TRUE;
}

static gboolean
check_value (Checker  *checker,
             gboolean  after_comma,
             State    *state)
{
  int c = peek (checker, 0);

  *state = AFTER_VALUE;

  if (c == '{' || c == '[')
    return open_container (checker, state);
  if (c == '"')
    return check_string (checker, NULL);
  if (c == '-' || (c >= '0' && c <= '9'))
    return check_number (checker);
  if (check_literal (checker))
    return TRUE;

  if (c == '+')
    return fail_at (checker, checker->pos, RB_CONTENT_ERROR_SYNTAX,
                    _("numbers must not start with “+”"));
  if (c == '.')
    return fail_at (checker, checker->pos, RB_CONTENT_ERROR_SYNTAX,
                    _("numbers must have a digit before “.”"));
  if (c == ']' && after_comma)
    return fail_at (checker, checker->pos, RB_CONTENT_ERROR_SYNTAX,
                    _("trailing comma before “]”"));

  return fail_expected (checker, _("a value"));
}

/* After a value inside a container: a comma, or the container's end. */
static gboolean
check_after_value (Checker  *checker,
                   gboolean *after_comma,
                   State    *state)
{
  char open = checker->stack->str[checker->stack->len - 1];
  int c = peek (checker, 0);

  *after_comma = c == ',';
  if (c == ',')
    *state = open == '{' ? EXPECT_MEMBER : EXPECT_VALUE;
  else if (c == (open == '{' ? '}' : ']'))
    g_string_truncate (checker->stack, checker->stack->len - 1);
  else
    return fail_expected (checker, open == '{' ? _("“,” or “}”") : _("“,” or “]”"));

  checker->pos++;
  return TRUE;
}

/* The root must be an object: anything else that is JSON is reported as
 * such, and anything that is not as what it is.
 */
static gboolean
check_root (Checker *checker)
{
  int c;

  if (checker->length >= 3 && memcmp (checker->data, "\xEF\xBB\xBF", 3) == 0)
    return fail_at (checker, 0, RB_CONTENT_ERROR_SYNTAX,
                    _("byte order mark (U+FEFF) at the start of the file is not allowed"));

  skip_space (checker);
  c = peek (checker, 0);
  if (c < 0)
    return fail_at (checker, 0, RB_CONTENT_ERROR_SYNTAX, _("empty document"));
  if (c == '{')
    return TRUE;

  if (c == '[' || c == '"' || c == '-' || (c >= '0' && c <= '9') || at_literal (checker))
    return fail_at (checker, checker->pos, RB_CONTENT_ERROR_INVALID,
                    _("the document must be a JSON object"));

  return fail_expected (checker, _("“{”"));
}

static gboolean
check_document (Checker *checker)
{
  State state = EXPECT_VALUE;
  gboolean after_comma = FALSE;

  if (!check_root (checker))
    return FALSE;

  while (state != AFTER_VALUE || checker->stack->len > 0)
    {
      gboolean comma = after_comma;
      gboolean ok;

      after_comma = FALSE;
      skip_space (checker);
      switch (state)
        {
        case EXPECT_VALUE:
          ok = check_value (checker, comma, &state);
          break;
        case EXPECT_MEMBER:
          ok = check_member (checker, comma);
          state = EXPECT_VALUE;
          break;
        case AFTER_VALUE:
        default:
          ok = check_after_value (checker, &after_comma, &state);
          break;
        }

      if (!ok)
        return FALSE;
    }

  skip_space (checker);
  if (checker->pos < checker->length)
    return fail_at (checker, checker->pos, RB_CONTENT_ERROR_SYNTAX,
                    _("unexpected data after the document"));

  return TRUE;
}

/* Checks the encoding, then the grammar and the caps of the whole text. */
static gboolean
check_text (const char          *name,
            const char          *data,
            gsize                length,
            const RbJsonLimits  *limits,
            GError             **error)
{
  g_autoptr(GString) stack = g_string_new (NULL);
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func ((GDestroyNotify) g_hash_table_unref);
  g_autoptr(GString) member = g_string_new (NULL);
  Checker checker = { name, data, length, 0, limits, stack, seen, member, error };
  const char *invalid = NULL;

  /* Stops at the first NUL byte too. */
  if (!g_utf8_validate_len (data, length, &invalid))
    return fail_at (&checker, invalid - data, RB_CONTENT_ERROR_SYNTAX,
                    *invalid == '\0' ? _("NUL byte") : _("invalid UTF-8"));

  return check_document (&checker);
}

/**
 * rb_json_parse:
 * @name: the file name used in messages
 * @data: the file's contents
 * @length: the length of @data
 * @limits: the caps for this kind of document
 * @error: return location for a #GError
 *
 * Parses a strict RFC 8259 document whose root must be an object. The
 * whole text is checked before json-glib reads it: comments, single
 * quotes, bare words, NaN and Infinity, numbers that are not in JSON's
 * form or out of range, control characters in strings, invalid escapes,
 * unpaired surrogates, `\u0000`, duplicate member names (compared
 * unescaped), trailing data, invalid UTF-8 and NUL bytes are all errors,
 * and so is going over one of @limits.
 *
 * Errors are in the %RB_CONTENT_ERROR domain: %RB_CONTENT_ERROR_TOO_LARGE
 * for the caps, %RB_CONTENT_ERROR_INVALID for a root that is not an object
 * and a number out of range, %RB_CONTENT_ERROR_SYNTAX for the rest. Their
 * messages start with `NAME:LINE:COLUMN: ` (the column counts characters
 * from 1), except for the file size: `NAME: file larger than 1 MiB`.
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

  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (limits != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length > limits->max_size)
    {
      g_autofree char *cap = rb_storage_format_size (limits->max_size);

      g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_TOO_LARGE,
                   _("%s: file larger than %s"), name, cap);
      return NULL;
    }

  if (!check_text (name, data != NULL ? data : "", length, limits, error))
    return NULL;

  /* Strict JSON nested at most max_depth deep: none of json-glib's
   * extensions apply, and its recursion stays shallow.
   */
  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, length, &local_error) ||
      json_parser_get_root (parser) == NULL ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      /* Not expected once the text passed; reported all the same. */
      g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_SYNTAX, "%s: %s", name,
                   local_error != NULL ? local_error->message : _("the document must be a JSON object"));
      return NULL;
    }

  return json_parser_steal_root (parser);
}

/**
 * rb_json_read_file:
 * @path: the file to read
 * @name: the file name used in messages (@path, or its base name)
 * @limits: the caps for this kind of document
 * @error: return location for a #GError
 *
 * Reads @path with rb_storage_read(), never more than @limits->max_size
 * bytes and only from a regular file, then parses it with rb_json_parse().
 * A missing file is %G_FILE_ERROR_NOENT.
 *
 * Returns: (transfer full): the root node, or %NULL on error
 */
JsonNode *
rb_json_read_file (const char          *path,
                   const char          *name,
                   const RbJsonLimits  *limits,
                   GError             **error)
{
  g_autoptr(GBytes) bytes = NULL;
  const char *data;
  gsize length;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (limits != NULL, NULL);

  if (name == NULL)
    name = path;

  bytes = rb_storage_read (path, name, limits->max_size, error);
  if (bytes == NULL)
    return NULL;

  data = g_bytes_get_data (bytes, &length);
  return rb_json_parse (name, data, length, limits, error);
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
  return rb_json_check_header_versions (root, format, version, version, NULL, error);
}

/* Like rb_json_check_header(), for a format of which this version reads
 * several versions, from @min_version to @max_version; @found tells which.
 */
gboolean
rb_json_check_header_versions (JsonObject  *root,
                               const char  *format,
                               guint        min_version,
                               guint        max_version,
                               guint       *found,
                               GError     **error)
{
  g_autofree char *found_format = NULL;
  guint found_version = 0;

  if (!rb_json_get_string (root, "", "format", TRUE, &found_format, error))
    return FALSE;

  if (g_strcmp0 (found_format, format) != 0)
    return fail (error, RB_CONTENT_ERROR_VERSION, "", "format",
                 _("expected “%s”, found “%s”"), format, found_format);

  if (json_object_get_member (root, "version") == NULL)
    return fail (error, RB_CONTENT_ERROR_INVALID, "", "version", _("missing"));

  if (!rb_json_get_uint (root, "", "version", 1, G_MAXUINT, &found_version, error))
    return FALSE;

  if (found_version < min_version || found_version > max_version)
    return fail (error, RB_CONTENT_ERROR_VERSION, "", "version",
                 _("version %u is not supported (this Runback reads version %u)"),
                 found_version, max_version);

  if (found != NULL)
    *found = found_version;

  return TRUE;
}

/**
 * rb_json_write_file:
 * @path: the file to write
 * @root: the document
 * @limits: the caps of this kind of document
 * @error: return location for a #GError
 *
 * Writes @root to @path atomically (rb_storage_save()), unless the
 * result could not be read back: the text must be valid UTF-8 and within
 * @limits' size.
 *
 * Returns: %TRUE on success
 */
gboolean
rb_json_write_file (const char          *path,
                    JsonNode            *root,
                    const RbJsonLimits  *limits,
                    GError             **error)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *text = NULL;
  gsize length;

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  text = json_generator_to_data (generator, &length);

  if (!g_utf8_validate (text, length, NULL))
    {
      g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_SYNTAX,
                   _("%s: not written, as it would hold text that is not valid UTF-8"), name);
      return FALSE;
    }

  if (length > limits->max_size)
    {
      g_autofree char *cap = rb_storage_format_size (limits->max_size);

      g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_TOO_LARGE,
                   _("%s: not written, as it would be larger than %s"), name, cap);
      return FALSE;
    }

  return rb_storage_save (path, text, length, error);
}
