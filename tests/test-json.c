/* test-json.c: the strict JSON reader and the bounded file reader.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include "rb-content-error.h"
#include "rb-json-private.h"
#include "rb-storage.h"

static JsonNode *
parse (const char          *name,
       const char          *text,
       const RbJsonLimits  *limits,
       GError             **error)
{
  return rb_json_parse (name, text, strlen (text), limits, error);
}

static void
assert_rejected (const char         *text,
                 const RbJsonLimits *limits,
                 int                 code,
                 const char         *message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = parse ("t.json", text, limits, &error);

  g_assert_null (node);
  g_assert_error (error, RB_CONTENT_ERROR, code);
  g_assert_cmpstr (error->message, ==, message);
}

/* One file per kind of hostile input, read the way the app reads them. */
typedef struct
{
  const char *file;
  int         code;
  const char *message;
} Hostile;

#define SYNTAX RB_CONTENT_ERROR_SYNTAX
#define INVALID RB_CONTENT_ERROR_INVALID

static const Hostile hostile[] = {
  /* json-glib's extensions. */
  { "comment-block.json", SYNTAX, "2:3: comments are not allowed" },
  { "comment-line.json", SYNTAX, "2:10: comments are not allowed" },
  { "comment-hash.json", SYNTAX, "1:1: comments are not allowed" },
  { "comment-hides-quote.json", SYNTAX, "1:8: comments are not allowed" },
  { "single-quotes.json", SYNTAX, "1:3: strings must be in double quotes, not single quotes" },
  { "bare-word.json", SYNTAX, "1:8: expected a value, found “yes”" },
  { "bare-member.json", SYNTAX, "1:3: expected a member name in double quotes, found “name”" },
  { "literal-truncated.json", SYNTAX, "1:8: expected a value, found “tru”" },
  { "nan.json", SYNTAX, "1:8: “NaN” is not allowed: JSON has no NaN or Infinity" },
  { "infinity.json", SYNTAX, "1:9: “Infinity” is not allowed: JSON has no NaN or Infinity" },
  /* Numbers. */
  { "number-hex.json", SYNTAX, "1:8: hexadecimal numbers are not allowed" },
  { "number-octal.json", SYNTAX, "1:8: numbers must not have leading zeros" },
  { "number-plus.json", SYNTAX, "1:8: numbers must not start with “+”" },
  { "number-leading-dot.json", SYNTAX, "1:8: numbers must have a digit before “.”" },
  { "number-trailing-dot.json", SYNTAX, "1:10: expected a digit after “.”" },
  { "number-exponent.json", SYNTAX, "1:10: expected a digit in the exponent" },
  { "number-minus.json", SYNTAX, "1:9: expected a digit after “-”" },
  { "number-big-integer.json", INVALID, "1:8: number out of range" },
  { "number-big-float.json", INVALID, "1:8: number out of range" },
  /* Strings. */
  { "control-tab.json", SYNTAX, "1:10: control character U+0009 in a string (write it as an escape)" },
  { "control-newline.json", SYNTAX, "1:12: line break in a string (is a closing “\"” missing?)" },
  { "escape-invalid.json", SYNTAX, "1:9: invalid escape “\\x”" },
  { "escape-short-unicode.json", SYNTAX, "1:9: “\\u” must be followed by four hexadecimal digits" },
  { "escape-nul.json", SYNTAX, "1:10: “\\u0000” is not allowed in strings" },
  { "surrogate-alone.json", SYNTAX, "1:9: unpaired UTF-16 surrogate “\\ud800”" },
  { "surrogate-then-text.json", SYNTAX, "1:9: unpaired UTF-16 surrogate “\\ud800”" },
  { "surrogate-low-first.json", SYNTAX, "1:9: unpaired UTF-16 surrogate “\\udc00”" },
  { "surrogate-high-high.json", SYNTAX, "1:9: unpaired UTF-16 surrogate “\\uD800”" },
  { "surrogate-high-not-low.json", SYNTAX, "1:9: unpaired UTF-16 surrogate “\\ud800”" },
  { "unterminated-string.json", SYNTAX, "1:8: unterminated string: no closing “\"”" },
  { "unterminated-escape.json", SYNTAX, "1:8: unterminated string: no closing “\"”" },
  /* Members, compared after unescaping, per object. */
  { "duplicate-member.json", SYNTAX, "3:3: duplicate member “name”" },
  { "duplicate-nested.json", SYNTAX, "1:43: duplicate member “x”" },
  /* The document. */
  { "trailing-data.json", SYNTAX, "2:1: unexpected data after the document" },
  { "trailing-brace.json", SYNTAX, "1:11: unexpected data after the document" },
  { "empty.json", SYNTAX, "1:1: empty document" },
  { "blank.json", SYNTAX, "1:1: empty document" },
  { "root-array.json", INVALID, "1:1: the document must be a JSON object" },
  { "root-string.json", INVALID, "1:3: the document must be a JSON object" },
  /* Punctuation. */
  { "missing-comma.json", SYNTAX, "1:10: expected “,” or “}”" },
  { "missing-comma-array.json", SYNTAX, "1:11: expected “,” or “]”" },
  { "missing-colon.json", SYNTAX, "1:7: expected “:”" },
  { "extra-comma-object.json", SYNTAX, "1:11: trailing comma before “}”" },
  { "extra-comma-array.json", SYNTAX, "1:14: trailing comma before “]”" },
  { "double-comma.json", SYNTAX, "1:11: expected a value" },
  { "leading-comma.json", SYNTAX, "1:3: expected a member name in double quotes" },
  { "mismatched-close.json", SYNTAX, "1:13: expected “,” or “]”" },
  { "unterminated-object.json", SYNTAX, "2:1: unexpected end of file, expected “,” or “}”" },
  { "unterminated-array.json", SYNTAX, "2:1: unexpected end of file, expected “,” or “]”" },
  /* Encoding. */
  { "invalid-utf8.json", SYNTAX, "1:12: invalid UTF-8" },
  { "nul-byte.json", SYNTAX, "1:11: NUL byte" },
  { "byte-order-mark.json", SYNTAX, "1:1: byte order mark (U+FEFF) at the start of the file is not allowed" },
  { "non-breaking-space.json", SYNTAX, "1:2: expected a member name in double quotes, found U+00A0" },
};

static void
test_json_hostile (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "hostile", hostile[i].file, NULL);
      g_autofree char *expected = g_strdup_printf ("%s:%s", hostile[i].file, hostile[i].message);
      g_autoptr(GError) error = NULL;
      g_autoptr(JsonNode) node = NULL;

      g_test_message ("%s", hostile[i].file);
      node = rb_json_read_file (path, hostile[i].file, &rb_json_content_limits, &error);
      g_assert_null (node);
      g_assert_error (error, RB_CONTENT_ERROR, hostile[i].code);
      g_assert_cmpstr (error->message, ==, expected);
    }
}

/* Every file under tests/hostile/ is in the table above. */
static void
test_json_hostile_listed (void)
{
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "hostile", NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      gboolean listed = FALSE;

      for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
        listed |= g_str_equal (name, hostile[i].file);
      g_test_message ("%s", name);
      g_assert_true (listed);
      n++;
    }

  g_assert_cmpuint (n, ==, G_N_ELEMENTS (hostile));
}

static char *
nested (guint levels)
{
  GString *text = g_string_new ("{\"a\": ");

  for (guint i = 1; i < levels; i++)
    g_string_append_c (text, '[');
  g_string_append (text, "true");
  for (guint i = 1; i < levels; i++)
    g_string_append_c (text, ']');
  g_string_append_c (text, '}');

  return g_string_free (text, FALSE);
}

static void
test_json_depth (void)
{
  g_autofree char *deepest = nested (RB_JSON_MAX_DEPTH);
  g_autofree char *too_deep = nested (RB_JSON_MAX_DEPTH + 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = NULL;
  const RbJsonLimits shallow = { 1024, 3, 1024 };

  node = parse ("t.json", deepest, &rb_json_content_limits, &error);
  g_assert_no_error (error);
  g_assert_nonnull (node);

  /* `{"a": ` is 6 characters, then 31 levels of `[`. */
  assert_rejected (too_deep, &rb_json_content_limits, RB_CONTENT_ERROR_TOO_LARGE,
                   "t.json:1:38: nested deeper than 32 levels");
  assert_rejected (too_deep, &rb_json_journal_limits, RB_CONTENT_ERROR_TOO_LARGE,
                   "t.json:1:38: nested deeper than 32 levels");

  /* The message follows the limits. */
  g_clear_pointer (&node, json_node_unref);
  node = parse ("t.json", "{\"a\": [{}]}", &shallow, &error);
  g_assert_no_error (error);
  assert_rejected ("{\"a\": [{\"b\": []}]}", &shallow, RB_CONTENT_ERROR_TOO_LARGE,
                   "t.json:1:14: nested deeper than 3 levels");
}

/* The file that used to crash json-glib: 480,000 `[` that a `"` inside a
 * comment hid from the old pre-scan, and the same brackets in the open.
 */
static void
test_json_brackets (void)
{
  g_autoptr(GString) hidden = g_string_new ("{\"a\": /*\"*/ ");
  g_autoptr(GString) open = g_string_new ("{\"a\": ");
  g_autofree char *dir = g_dir_make_tmp ("runback-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "comment-hides-brackets.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = NULL;

  for (guint i = 0; i < 480000; i++)
    {
      g_string_append_c (hidden, '[');
      g_string_append_c (open, '[');
    }
  g_string_append (hidden, " /*\"*/ }\n");
  g_string_append (open, "}\n");
  g_assert_cmpuint (hidden->len, <, RB_JSON_MAX_FILE_SIZE);

  g_file_set_contents (path, hidden->str, hidden->len, &error);
  g_assert_no_error (error);
  node = rb_json_read_file (path, "comment-hides-brackets.json", &rb_json_content_limits, &error);
  g_assert_null (node);
  g_assert_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_SYNTAX);
  g_assert_cmpstr (error->message, ==, "comment-hides-brackets.json:1:7: comments are not allowed");
  g_clear_error (&error);

  assert_rejected (open->str, &rb_json_content_limits, RB_CONTENT_ERROR_TOO_LARGE,
                   "t.json:1:38: nested deeper than 32 levels");
  assert_rejected (open->str, &rb_json_journal_limits, RB_CONTENT_ERROR_TOO_LARGE,
                   "t.json:1:38: nested deeper than 32 levels");

  g_unlink (path);
  g_rmdir (dir);
}

static char *
long_string (gsize length)
{
  g_autofree char *filler = g_strnfill (length, 'x');

  return g_strdup_printf ("{\"a\": \"%s\"}", filler);
}

static void
test_json_string_length (void)
{
  g_autofree char *longest = long_string (RB_JSON_MAX_STRING_LENGTH);
  g_autofree char *too_long = long_string (RB_JSON_MAX_STRING_LENGTH + 1);
  g_autofree char *journal_longest = long_string (64 * 1024);
  g_autoptr(GString) escaped = g_string_new ("{\"a\": \"");
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = NULL;
  const RbJsonLimits tiny = { 1024, 32, 10 };

  node = parse ("t.json", longest, &rb_json_content_limits, &error);
  g_assert_no_error (error);
  g_clear_pointer (&node, json_node_unref);

  assert_rejected (too_long, &rb_json_content_limits, RB_CONTENT_ERROR_TOO_LARGE,
                   "t.json:1:7: string longer than 16 KiB");
  node = parse ("t.json", too_long, &rb_json_journal_limits, &error);
  g_assert_no_error (error);
  g_clear_pointer (&node, json_node_unref);
  node = parse ("t.json", journal_longest, &rb_json_journal_limits, &error);
  g_assert_no_error (error);
  g_clear_pointer (&node, json_node_unref);

  /* Escapes count as written: 3 × `\n` is 6 bytes, 2 × `\u00e9` is 12. */
  node = parse ("t.json", "{\"a\": \"\\n\\n\\n\"}", &tiny, &error);
  g_assert_no_error (error);
  assert_rejected ("{\"a\": \"\\u00e9\\u00e9\"}", &tiny, RB_CONTENT_ERROR_TOO_LARGE,
                   "t.json:1:7: string longer than 10 bytes");
  /* Member names too. */
  assert_rejected ("{\"abcdefghijk\": 1}", &tiny, RB_CONTENT_ERROR_TOO_LARGE,
                   "t.json:1:2: string longer than 10 bytes");

  /* An unterminated string over the cap is caught at the cap. */
  for (guint i = 0; i < 20 * 1024; i++)
    g_string_append (escaped, "\\\"");
  assert_rejected (escaped->str, &rb_json_content_limits, RB_CONTENT_ERROR_TOO_LARGE,
                   "t.json:1:7: string longer than 16 KiB");
}

static void
test_json_file_size (void)
{
  g_autofree char *spaces = g_strnfill (RB_JSON_MAX_FILE_SIZE + 1, ' ');
  g_autofree char *journal = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = NULL;
  const RbJsonLimits odd = { 1000, 32, 1000 };

  memcpy (spaces, "{}", 2);
  node = rb_json_parse ("t.json", spaces, RB_JSON_MAX_FILE_SIZE, &rb_json_content_limits, &error);
  g_assert_no_error (error);
  g_clear_pointer (&node, json_node_unref);

  node = rb_json_parse ("t.json", spaces, RB_JSON_MAX_FILE_SIZE + 1, &rb_json_content_limits, &error);
  g_assert_null (node);
  g_assert_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_TOO_LARGE);
  g_assert_cmpstr (error->message, ==, "t.json: file larger than 1 MiB");
  g_clear_error (&error);

  node = rb_json_parse ("t.json", spaces, 1001, &odd, &error);
  g_assert_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_TOO_LARGE);
  g_assert_cmpstr (error->message, ==, "t.json: file larger than 1000 bytes");
  g_clear_error (&error);

  journal = g_strnfill (32 * 1024 * 1024 + 1, ' ');
  node = rb_json_parse ("journal.json", journal, 32 * 1024 * 1024 + 1, &rb_json_journal_limits, &error);
  g_assert_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_TOO_LARGE);
  g_assert_cmpstr (error->message, ==, "journal.json: file larger than 32 MiB");
}

static void
test_json_valid (void)
{
  const char *text =
    "\t{\r\n"
    "  \"zero\": 0, \"minus-zero\": -0, \"small\": 1.5e-3, \"hundred\": 1E+2,\n"
    "  \"max\": 9223372036854775807, \"min\": -9223372036854775808,\n"
    "  \"tiny\": 1e-400, \"big\": 1.7976931348623157e308, \"half\": -0.5, \"e\": 0e0,\n"
    "  \"emoji\": \"\\ud83d\\ude00\", \"upper\": \"\\uD83D\\uDE00\", \"accent\": \"caf\\u00e9 café\",\n"
    "  \"escapes\": \"\\\"\\\\\\/\\b\\f\\n\\r\\t\", \"empty\": \"\", \"\": \"nameless\",\n"
    "  \"yes\": true, \"no\": false, \"nothing\": null, \"list\": [], \"map\": {},\n"
    "  \"same\": [ { \"x\": 1 }, { \"x\": 2, \"inner\": { \"x\": 3 } } ], \"x\": 4\n"
    "}\r\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = parse ("t.json", text, &rb_json_content_limits, &error);
  JsonObject *object;
  JsonArray *same;

  g_assert_no_error (error);
  object = json_node_get_object (node);

  g_assert_cmpint (json_object_get_int_member (object, "zero"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (object, "minus-zero"), ==, 0);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (object, "small"), 0.0015, 1e-12);
  g_assert_cmpfloat (json_object_get_double_member (object, "hundred"), ==, 100.0);
  g_assert_cmpint (json_object_get_int_member (object, "max"), ==, G_MAXINT64);
  g_assert_cmpint (json_object_get_int_member (object, "min"), ==, G_MININT64);
  g_assert_cmpfloat (json_object_get_double_member (object, "tiny"), ==, 0.0);
  g_assert_cmpfloat (json_object_get_double_member (object, "big"), ==, G_MAXDOUBLE);
  g_assert_cmpfloat (json_object_get_double_member (object, "half"), ==, -0.5);
  g_assert_cmpfloat (json_object_get_double_member (object, "e"), ==, 0.0);

  g_assert_cmpstr (json_object_get_string_member (object, "emoji"), ==, "\xf0\x9f\x98\x80");
  g_assert_cmpstr (json_object_get_string_member (object, "upper"), ==, "\xf0\x9f\x98\x80");
  g_assert_cmpstr (json_object_get_string_member (object, "accent"), ==, "café café");
  g_assert_cmpstr (json_object_get_string_member (object, "escapes"), ==, "\"\\/\b\f\n\r\t");
  g_assert_cmpstr (json_object_get_string_member (object, "empty"), ==, "");
  g_assert_cmpstr (json_object_get_string_member (object, ""), ==, "nameless");

  g_assert_true (json_object_get_boolean_member (object, "yes"));
  g_assert_false (json_object_get_boolean_member (object, "no"));
  g_assert_true (json_object_get_null_member (object, "nothing"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (object, "list")), ==, 0);
  g_assert_cmpuint (json_object_get_size (json_object_get_object_member (object, "map")), ==, 0);

  same = json_object_get_array_member (object, "same");
  g_assert_cmpuint (json_array_get_length (same), ==, 2);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (same, 1), "x"), ==, 2);
  g_assert_cmpint (json_object_get_int_member (object, "x"), ==, 4);
}

/* Valid documents that are easy to get wrong by hand. */
static void
test_json_valid_edges (void)
{
  const char *valid[] = {
    "{}",
    " \t\r\n{ } \t\r\n",
    "{\"a\":[[],{},\"\",0,-1,true,false,null]}",
    "{\"a\": -1.0E-10, \"b\": 10e+00, \"c\": 1234567890.0987654321}",
    "{\"\\u0041\": 1, \"B\": 2}",
    "{\"a\": \"\\uFFFF \\uffff \\u2028 \\u001f\"}",
    "{\"a\": \"\\udbff\\udfff\"}",
    "{\"a\": \"é ☃ 😀\"}",
    "{\"a\": \"/* not a comment */ // nor this\"}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (valid); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(JsonNode) node = parse ("t.json", valid[i], &rb_json_content_limits, &error);

      g_test_message ("%s", valid[i]);
      g_assert_no_error (error);
      g_assert_true (JSON_NODE_HOLDS_OBJECT (node));
    }
}

/* Cases best written inline: positions across lines and characters. */
static void
test_json_positions (void)
{
  /* Columns count characters, not bytes. */
  assert_rejected ("{\"é☃😀\": 1,\n \"x\": 010}", &rb_json_content_limits, SYNTAX,
                   "t.json:2:7: numbers must not have leading zeros");
  assert_rejected ("{\"é\": 1, \"\\u00e9\": 2}", &rb_json_content_limits, SYNTAX,
                   "t.json:1:10: duplicate member “é”");
  /* Escapes that unescape to the same name as raw text. */
  assert_rejected ("{\"a/b\": 1, \"a\\/b\": 2}", &rb_json_content_limits, SYNTAX,
                   "t.json:1:12: duplicate member “a/b”");
  assert_rejected ("{\"\\ud83d\\ude00\": 1, \"😀\": 2}", &rb_json_content_limits, SYNTAX,
                   "t.json:1:21: duplicate member “😀”");
  /* A name with a control character is shown without it. */
  assert_rejected ("{\"a\\nb\": 1, \"a\\u000ab\": 2}", &rb_json_content_limits, SYNTAX,
                   "t.json:1:13: duplicate member “a\xef\xbf\xbd" "b”");
  assert_rejected ("{\"a\": 1} x", &rb_json_content_limits, SYNTAX,
                   "t.json:1:10: unexpected data after the document");
  assert_rejected ("{\"a\": 1, \"b\": \"\\u00zz\"}", &rb_json_content_limits, SYNTAX,
                   "t.json:1:16: “\\u” must be followed by four hexadecimal digits");
  assert_rejected ("{\"a\": \"\\é\"}", &rb_json_content_limits, SYNTAX,
                   "t.json:1:8: invalid escape “\\é”");
  assert_rejected ("{\"a\": 12345678901234567890}", &rb_json_content_limits, INVALID,
                   "t.json:1:7: number out of range");
  assert_rejected ("{\"a\": -9223372036854775809}", &rb_json_content_limits, INVALID,
                   "t.json:1:7: number out of range");
  assert_rejected ("{\"a\": -1e309}", &rb_json_content_limits, INVALID,
                   "t.json:1:7: number out of range");
  assert_rejected ("{\"a\": 1}\n\n   /* bye */", &rb_json_content_limits, SYNTAX,
                   "t.json:3:4: unexpected data after the document");
  assert_rejected ("{\"a\": 0X1F}", &rb_json_content_limits, SYNTAX,
                   "t.json:1:7: hexadecimal numbers are not allowed");
  assert_rejected ("{\"a\": -01}", &rb_json_content_limits, SYNTAX,
                   "t.json:1:7: numbers must not have leading zeros");
  assert_rejected ("{\"a\": 1.5.3}", &rb_json_content_limits, SYNTAX,
                   "t.json:1:10: expected “,” or “}”");
  assert_rejected ("{\"a\": 1e+}", &rb_json_content_limits, SYNTAX,
                   "t.json:1:10: expected a digit in the exponent");
  assert_rejected ("{\"a\": trueish}", &rb_json_content_limits, SYNTAX,
                   "t.json:1:7: expected a value, found “trueish”");
  assert_rejected ("{\"a\": Null}", &rb_json_content_limits, SYNTAX,
                   "t.json:1:7: expected a value, found “Null”");
  assert_rejected ("{\"a\": \"\x7f\x01\"}", &rb_json_content_limits, SYNTAX,
                   "t.json:1:9: control character U+0001 in a string (write it as an escape)");
  assert_rejected ("{\"a\": \"\\\t\"}", &rb_json_content_limits, SYNTAX,
                   "t.json:1:8: invalid escape: “\\” followed by U+0009");
  assert_rejected ("{\"a\" 1}", &rb_json_content_limits, SYNTAX,
                   "t.json:1:6: expected “:”");
  assert_rejected ("{\"a\":", &rb_json_content_limits, SYNTAX,
                   "t.json:1:6: unexpected end of file, expected a value");
  assert_rejected ("{", &rb_json_content_limits, SYNTAX,
                   "t.json:1:2: unexpected end of file, expected a member name in double quotes");
  assert_rejected ("{\"a\"", &rb_json_content_limits, SYNTAX,
                   "t.json:1:5: unexpected end of file, expected “:”");
  assert_rejected ("{\"a\": [}", &rb_json_content_limits, SYNTAX,
                   "t.json:1:8: expected a value");
  assert_rejected ("hello", &rb_json_content_limits, SYNTAX,
                   "t.json:1:1: expected “{”, found “hello”");
  assert_rejected ("true", &rb_json_content_limits, INVALID,
                   "t.json:1:1: the document must be a JSON object");
  assert_rejected ("-5", &rb_json_content_limits, INVALID,
                   "t.json:1:1: the document must be a JSON object");
}

/* The member helpers read what the strict reader built. */
static void
test_json_members (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = parse ("t.json",
                                    "{\"id\": \"my-id\", \"n\": 7, \"b\": true, \"list\": [\"a\", \"\\u00e9\"],"
                                    " \"o\": {\"k\": \"v\"}}",
                                    &rb_json_content_limits, &error);
  const char * const allowed[] = { "id", "n", "b", "list", "o", NULL };
  JsonObject *object, *inner;
  g_autofree char *id = NULL;
  g_auto(GStrv) list = NULL;
  gboolean b = FALSE;
  guint n = 0;

  g_assert_no_error (error);
  object = json_node_get_object (node);

  g_assert_true (rb_json_check_members (object, "", allowed, &error));
  g_assert_true (rb_json_get_id (object, "", "id", &id, &error));
  g_assert_true (rb_json_get_uint (object, "", "n", 0, 10, &n, &error));
  g_assert_true (rb_json_get_boolean (object, "", "b", &b, &error));
  g_assert_true (rb_json_get_strv (object, "", "list", TRUE, 1, &list, &error));
  g_assert_true (rb_json_get_object (object, "", "o", TRUE, &inner, &error));
  g_assert_no_error (error);

  g_assert_cmpstr (id, ==, "my-id");
  g_assert_cmpuint (n, ==, 7);
  g_assert_true (b);
  g_assert_cmpstrv (list, ((const char * const[]) { "a", "é", NULL }));
  g_assert_cmpstr (json_object_get_string_member (inner, "k"), ==, "v");

  g_assert_false (rb_json_get_uint (object, "", "n", 0, 5, &n, &error));
  g_assert_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "n: must be between 0 and 5");
}

/* A temporary directory, removed with everything in it. */
typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("runback-test-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

      if (g_rmdir (path) != 0)
        g_assert_cmpint (g_unlink (path), ==, 0);
    }

  g_assert_cmpint (g_rmdir (fixture->dir), ==, 0);
  g_free (fixture->dir);
}

static char *
write_file (Fixture    *fixture,
            const char *name,
            const char *contents,
            gssize      length)
{
  char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);

  return path;
}

static void
assert_not_regular (const char *path,
                    const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = rb_storage_read (path, name, 1024, &error);
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *expected = g_strdup_printf ("%s: not a regular file", name);

  g_assert_null (bytes);
  g_assert_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_NOT_REGULAR);
  g_assert_cmpstr (error->message, ==, expected);
  g_clear_error (&error);

  node = rb_json_read_file (path, name, &rb_json_content_limits, &error);
  g_assert_null (node);
  g_assert_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_NOT_REGULAR);
  g_assert_cmpstr (error->message, ==, expected);
}

static void
test_storage_read_fifo (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "fifo.json", NULL);
  gint64 start;

  /* With no writer, a blocking open or read would never return. */
  g_assert_cmpint (mkfifo (path, 0600), ==, 0);
  start = g_get_monotonic_time ();
  assert_not_regular (path, "fifo.json");
  g_assert_cmpint (g_get_monotonic_time () - start, <, 5 * G_USEC_PER_SEC);
}

static void
test_storage_read_special (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *socket_path = g_build_filename (fixture->dir, "socket.json", NULL);
  g_autoptr(GSocket) socket = NULL;
  g_autoptr(GSocketAddress) address = NULL;
  g_autoptr(GError) error = NULL;

  /* /dev/zero never ends; /dev/null reads as empty but is no file either. */
  assert_not_regular ("/dev/zero", "/dev/zero");
  assert_not_regular ("/dev/null", "null.json");
  assert_not_regular (fixture->dir, "dir.json");

  socket = g_socket_new (G_SOCKET_FAMILY_UNIX, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_DEFAULT, &error);
  g_assert_no_error (error);
  address = g_unix_socket_address_new (socket_path);
  g_socket_bind (socket, address, FALSE, &error);
  g_assert_no_error (error);
  assert_not_regular (socket_path, "socket.json");
}

static void
test_storage_read_size (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *contents = g_strnfill (1024 + 1, 'x');
  g_autofree char *fits = write_file (fixture, "fits.json", contents, 1024);
  g_autofree char *over = write_file (fixture, "over.json", contents, 1024 + 1);
  g_autofree char *empty = write_file (fixture, "empty.json", "", 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  const char *data_read;
  gsize length;

  bytes = rb_storage_read (fits, "fits.json", 1024, &error);
  g_assert_no_error (error);
  data_read = g_bytes_get_data (bytes, &length);
  g_assert_cmpmem (data_read, length, contents, 1024);
  g_assert_cmpint (data_read[length], ==, '\0');
  g_clear_pointer (&bytes, g_bytes_unref);

  bytes = rb_storage_read (over, "over.json", 1024, &error);
  g_assert_null (bytes);
  g_assert_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_TOO_LARGE);
  g_assert_cmpstr (error->message, ==, "over.json: file larger than 1 KiB");
  g_clear_error (&error);

  bytes = rb_storage_read (over, NULL, 1000, &error);
  g_assert_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_TOO_LARGE);
  g_assert_true (g_str_has_suffix (error->message, "/over.json: file larger than 1000 bytes"));
  g_clear_error (&error);

  bytes = rb_storage_read (empty, "empty.json", 1024, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_bytes_get_size (bytes), ==, 0);
}

/* A file larger than the buffer's first guess, read in several steps. */
static void
test_storage_read_large (Fixture       *fixture,
                         gconstpointer  data)
{
  gsize size = 3 * 1024 * 1024 + 17;
  g_autofree char *contents = g_malloc (size);
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  for (gsize i = 0; i < size; i++)
    contents[i] = 'a' + i % 26;
  path = write_file (fixture, "large.json", contents, size);

  bytes = rb_storage_read (path, "large.json", size, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), contents, size);
  g_clear_pointer (&bytes, g_bytes_unref);

  bytes = rb_storage_read (path, "large.json", size - 1, &error);
  g_assert_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_TOO_LARGE);
  g_clear_error (&error);

  /* /proc files claim a size of 0: the buffer grows as it reads. */
  if (g_file_test ("/proc/self/maps", G_FILE_TEST_EXISTS))
    {
      g_autoptr(GBytes) maps = rb_storage_read ("/proc/self/maps", NULL, size, &error);
      const char *text;
      gsize length;

      g_assert_no_error (error);
      text = g_bytes_get_data (maps, &length);
      g_assert_cmpuint (length, >, 0);
      g_assert_cmpint (text[length - 1], ==, '\n');
      g_assert_cmpuint (strlen (text), ==, length);
    }
}

static void
test_storage_read_missing (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "missing.json", NULL);
  g_autofree char *valid = write_file (fixture, "valid.json", "{\"a\": 1}", -1);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonNode) node = NULL;

  bytes = rb_storage_read (path, "missing.json", 1024, &error);
  g_assert_null (bytes);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_assert_cmpstr (error->message, ==, "missing.json: No such file or directory");
  g_clear_error (&error);

  node = rb_json_read_file (path, "missing.json", &rb_json_journal_limits, &error);
  g_assert_null (node);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_clear_error (&error);

  node = rb_json_read_file (valid, "valid.json", &rb_json_journal_limits, &error);
  g_assert_no_error (error);
  g_assert_cmpint (json_object_get_int_member (json_node_get_object (node), "a"), ==, 1);
}

static gboolean
exists (Fixture    *fixture,
        const char *name)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  GStatBuf st;

  return g_lstat (path, &st) == 0;
}

static void
test_storage_remove_temporary (Fixture       *fixture,
                               gconstpointer  data)
{
  const char *removed[] = { "journal.json.AbC123", "journal.json.000000", "journal.json.zzzzzz" };
  const char *kept[] = {
    "journal.json", "journal.json.abc12", "journal.json.abc1234", "journal.json.ab-123",
    "journal.json.ab.123", "journal.json.broken-20261124-121314",
    "journal.jsonXabc123", "other.json.AbC123", "journal.json.AbC123.json",
  };
  g_autofree char *journal = g_build_filename (fixture->dir, "journal.json", NULL);
  g_autofree char *subdir = g_build_filename (fixture->dir, "journal.json.Dir123", NULL);
  g_autofree char *link = g_build_filename (fixture->dir, "journal.json.Lnk123", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (removed); i++)
    g_free (write_file (fixture, removed[i], "{", -1));
  for (guint i = 0; i < G_N_ELEMENTS (kept); i++)
    g_free (write_file (fixture, kept[i], "{}", -1));
  g_assert_cmpint (g_mkdir (subdir, 0700), ==, 0);
  g_assert_cmpint (symlink ("journal.json", link), ==, 0);

  g_assert_cmpuint (rb_storage_remove_temporary (journal), ==, G_N_ELEMENTS (removed));

  for (guint i = 0; i < G_N_ELEMENTS (removed); i++)
    g_assert_false (exists (fixture, removed[i]));
  for (guint i = 0; i < G_N_ELEMENTS (kept); i++)
    g_assert_true (exists (fixture, kept[i]));
  g_assert_true (exists (fixture, "journal.json.Dir123"));
  g_assert_true (exists (fixture, "journal.json.Lnk123"));

  g_assert_cmpuint (rb_storage_remove_temporary (journal), ==, 0);
  /* A missing directory is not an error. */
  g_assert_cmpuint (rb_storage_remove_temporary ("/nonexistent/runback/journal.json"), ==, 0);
}

static void
test_storage_format_size (void)
{
  struct { gsize size; const char *text; } cases[] = {
    { 1024 * 1024, "1 MiB" },
    { 32 * 1024 * 1024, "32 MiB" },
    { 16 * 1024, "16 KiB" },
    { 1536 * 1024, "1536 KiB" },
    { 1000, "1000 bytes" },
    { 1, "1 byte" },
    { 0, "0 bytes" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = rb_storage_format_size (cases[i].size);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/rb/json/hostile", test_json_hostile);
  g_test_add_func ("/rb/json/hostile-listed", test_json_hostile_listed);
  g_test_add_func ("/rb/json/depth", test_json_depth);
  g_test_add_func ("/rb/json/brackets", test_json_brackets);
  g_test_add_func ("/rb/json/string-length", test_json_string_length);
  g_test_add_func ("/rb/json/file-size", test_json_file_size);
  g_test_add_func ("/rb/json/valid", test_json_valid);
  g_test_add_func ("/rb/json/valid-edges", test_json_valid_edges);
  g_test_add_func ("/rb/json/positions", test_json_positions);
  g_test_add_func ("/rb/json/members", test_json_members);
  g_test_add ("/rb/storage/read-fifo", Fixture, NULL, fixture_set_up, test_storage_read_fifo, fixture_tear_down);
  g_test_add ("/rb/storage/read-special", Fixture, NULL, fixture_set_up, test_storage_read_special, fixture_tear_down);
  g_test_add ("/rb/storage/read-size", Fixture, NULL, fixture_set_up, test_storage_read_size, fixture_tear_down);
  g_test_add ("/rb/storage/read-large", Fixture, NULL, fixture_set_up, test_storage_read_large, fixture_tear_down);
  g_test_add ("/rb/storage/read-missing", Fixture, NULL, fixture_set_up, test_storage_read_missing, fixture_tear_down);
  g_test_add ("/rb/storage/remove-temporary", Fixture, NULL, fixture_set_up, test_storage_remove_temporary, fixture_tear_down);
  g_test_add_func ("/rb/storage/format-size", test_storage_format_size);

  return g_test_run ();
}
