/* test-handout.c
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The handout: its pagination through the layout query API, then the PDF
 * read back with poppler's tools (pdftotext, pdfinfo, pdffonts,
 * pdfimages), each test skipped when its tool is missing.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <locale.h>

#include "rb-cli.h"
#include "rb-content-private.h"
#include "rb-csv.h"
#include "rb-handout.h"
#include "rb-library.h"
#include "rb-translation.h"

#define PATIENT "Jane \"Jo\" <Doe> & O'Neil"

static RbLibrary *library;

static RbExercise *
lookup_cb (const char *id,
           gpointer    data)
{
  return rb_library_lookup_exercise (library, id);
}

/* A program of one session holding @n_items exercises, taken in turn
 * from the bundled ones.
 */
static RbProgram *
build_program (guint n_items)
{
  GListModel *exercises = rb_library_get_exercises (library);
  g_autoptr(GString) json = g_string_new (NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(RbProgram) program = NULL;

  g_string_append (json, "{ \"format\": \"runback.program\", \"version\": 2, \"id\": \"test\","
                         " \"title\": \"Test Program\", \"summary\": \"A summary.\","
                         " \"audience\": \"Anyone.\", \"phases\": [ { \"title\": \"Only\","
                         " \"weeks\": 2, \"sessions_per_week\": 3, \"note\": \"A phase note.\","
                         " \"sessions\": [ { \"id\": \"a\", \"title\": \"Session A\", \"items\": [");
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(RbExercise) exercise = g_list_model_get_item (exercises, i % g_list_model_get_n_items (exercises));

      g_string_append_printf (json, "%s{ \"exercise\": \"%s\", \"dosage\": { \"sets\": 1 }, \"note\": \"Note %u.\" }",
                              i > 0 ? ", " : "", rb_exercise_get_id (exercise), i);
    }
  g_string_append (json, "] } ] } ] }");

  json_parser_load_from_data (parser, json->str, -1, &error);
  g_assert_no_error (error);
  program = rb_program_new_from_json (json_node_get_object (json_parser_get_root (parser)), FALSE, &error);
  g_assert_no_error (error);
  g_assert_true (rb_program_link (program, lookup_cb, NULL, &error));
  g_assert_no_error (error);

  return g_steal_pointer (&program);
}

static RbHandout *
build_handout (RbProgram      *program,
               RbHandoutPaper  paper,
               gboolean        large_print)
{
  GDate date;
  RbHandoutOptions options = {
    .patient = PATIENT,
    .notes = "Slowly, & <carefully>.",
    .clinician = "Dr. Ann Example",
    .clinic = "Example Clinic",
    .paper = paper,
    .large_print = large_print,
    .red_flags = rb_library_lookup_learn_page (library, "when-to-see-a-doctor"),
  };

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 2, G_DATE_DECEMBER, 2026);
  options.date = &date;

  return rb_handout_new (program, &options);
}

/* Every block lies within the body of one page, the pages are used in
 * order, and each exercise is a block of its own. Returns the pages.
 */
static guint
check_blocks (RbHandout *handout,
              double     width,
              double     height,
              guint      n_exercises)
{
  guint n_pages = rb_handout_get_n_pages (handout, width, height);
  guint last_page = 0, exercises = 0;
  double top, bottom;
  RbHandoutBlock block;

  rb_handout_get_body_area (handout, width, height, &top, &bottom);
  for (guint i = 0; rb_handout_get_block (handout, width, height, i, &block); i++)
    {
      g_assert_cmpuint (block.page, <, n_pages);
      g_assert_cmpuint (block.page, >=, last_page);
      g_assert_cmpfloat (block.top, >=, top - 0.001);
      g_assert_cmpfloat (block.bottom, <=, bottom + 0.001);
      g_assert_cmpfloat (block.bottom, >, block.top);
      last_page = block.page;
      exercises += block.kind == RB_HANDOUT_BLOCK_EXERCISE;
    }

  g_assert_cmpuint (last_page, ==, n_pages - 1);
  g_assert_cmpuint (exercises, ==, n_exercises);
  return n_pages;
}

static void
test_handout_pagination (void)
{
  static const struct { guint n_items; guint a4_pages; } cases[] = {
    { 1, 2 }, { 5, 4 }, { 50, 26 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(RbProgram) program = build_program (cases[i].n_items);
      g_autoptr(RbHandout) handout = build_handout (program, RB_HANDOUT_PAPER_A4, FALSE);
      g_autoptr(RbHandout) large = build_handout (program, RB_HANDOUT_PAPER_A4, TRUE);
      guint pages, letter_pages, large_pages;

      pages = check_blocks (handout, RB_HANDOUT_A4_WIDTH, RB_HANDOUT_A4_HEIGHT, cases[i].n_items);
      letter_pages = check_blocks (handout, RB_HANDOUT_LETTER_WIDTH, RB_HANDOUT_LETTER_HEIGHT, cases[i].n_items);
      large_pages = check_blocks (large, RB_HANDOUT_A4_WIDTH, RB_HANDOUT_A4_HEIGHT, cases[i].n_items);
      g_test_message ("%u exercises: %u pages A4, %u Letter, %u in large print",
                      cases[i].n_items, pages, letter_pages, large_pages);

      g_assert_cmpuint (pages, ==, cases[i].a4_pages);
      g_assert_cmpuint (letter_pages, >=, pages);
      g_assert_cmpuint (large_pages, >, pages);

      /* The same size again: the same pages. */
      g_assert_cmpuint (rb_handout_get_n_pages (handout, RB_HANDOUT_A4_WIDTH, RB_HANDOUT_A4_HEIGHT), ==, pages);
    }
}

/* Rendering every page draws without a cairo error on any surface. */
static void
test_handout_render (void)
{
  g_autoptr(RbProgram) program = build_program (5);
  g_autoptr(RbHandout) handout = build_handout (program, RB_HANDOUT_PAPER_A4, TRUE);
  guint n_pages = rb_handout_get_n_pages (handout, 500, 700);

  for (guint page = 0; page < n_pages; page++)
    {
      cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
      cairo_t *cr = cairo_create (surface);

      rb_handout_render_page (handout, page, cr, 500, 700);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
}

/* Runs a poppler tool with one or two arguments; %NULL (and the test skipped) when it is
 * not installed.
 */
static char *
run_tool (const char *tool,
          const char *first,
          const char *second)
{
  g_autofree char *program = g_find_program_in_path (tool);
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status;

  if (program == NULL)
    {
      g_autofree char *reason = g_strdup_printf ("%s is not installed (poppler-utils)", tool);

      g_test_skip (reason);
      return NULL;
    }

  g_spawn_sync (NULL, (char *[]) { program, (char *) first, (char *) second, NULL },
                NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);

  return out;
}

/* The text with every run of white space made one space. */
static char *
squeeze (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \n\t\f\r", -1);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0')
      g_string_append_printf (out, "%s%s", out->len > 0 ? " " : "", words[i]);

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static char *
export (RbProgram      *program,
        RbHandoutPaper  paper,
        const char     *dir,
        const char     *name)
{
  g_autoptr(RbHandout) handout = build_handout (program, paper, FALSE);
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);

  g_assert_true (rb_handout_export_pdf (handout, path, &error));
  g_assert_no_error (error);

  return path;
}

static void
test_handout_pdf (void)
{
  g_autoptr(RbProgram) program = rb_library_lookup_program (library, "knee-strength") != NULL
                               ? g_object_ref (rb_library_lookup_program (library, "knee-strength")) : NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("runback-test-handout-XXXXXX", &error);
  g_autofree char *a4 = NULL, *letter = NULL, *text = NULL, *squeezed = NULL;
  g_autofree char *info = NULL, *letter_info = NULL, *fonts = NULL, *images = NULL;
  g_auto(GStrv) font_lines = NULL, image_lines = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (program);
  a4 = export (program, RB_HANDOUT_PAPER_A4, dir, "a4.pdf");
  letter = export (program, RB_HANDOUT_PAPER_LETTER, dir, "letter.pdf");

  if ((text = run_tool ("pdftotext", a4, "-")) == NULL)
    goto out;

  /* The patient's name exactly as given, and every exercise's name. */
  squeezed = squeeze (text);
  g_assert_nonnull (strstr (squeezed, PATIENT));
  g_assert_nonnull (strstr (squeezed, "Slowly, & <carefully>."));
  g_assert_nonnull (strstr (squeezed, "Page 1 of "));
  g_assert_nonnull (strstr (squeezed, "Dr. Ann Example"));
  g_assert_nonnull (strstr (squeezed, "Comes with swelling, redness or warmth around the knee"));
  for (guint i = 0; i < rb_program_get_n_sessions (program); i++)
    {
      const RbProgramSession *session = rb_program_get_session (program, i);

      for (guint j = 0; j < rb_program_session_get_n_items (session); j++)
        {
          g_autofree char *name = rb_session_item_dup_title (rb_program_session_get_item (session, j));

          g_assert_nonnull (strstr (squeezed, name));
        }
    }

  /* The page sizes. */
  if ((info = run_tool ("pdfinfo", a4, NULL)) == NULL)
    goto out;
  g_assert_nonnull (strstr (info, "Page size:       595.276 x 841.89 pts (A4)"));
  g_assert_nonnull (strstr (info, "Title:           Knee Strength for " PATIENT "\n"));
  letter_info = run_tool ("pdfinfo", letter, NULL);
  g_assert_nonnull (strstr (letter_info, "Page size:       612 x 792 pts (letter)"));

  /* Fonts embedded; figures vector: no image at all. */
  if ((fonts = run_tool ("pdffonts", a4, NULL)) == NULL)
    goto out;
  font_lines = g_strsplit (fonts, "\n", -1);
  g_assert_cmpuint (g_strv_length (font_lines), >, 3);
  for (guint i = 2; font_lines[i] != NULL && font_lines[i][0] != '\0'; i++)
    {
      g_autofree char *joined = squeeze (font_lines[i]);

      /* name type [type…] encoding emb sub uni object ID */
      g_assert_nonnull (strstr (joined, " yes yes yes "));
    }

  if ((images = run_tool ("pdfimages", "-list", a4)) == NULL)
    goto out;
  image_lines = g_strsplit (images, "\n", -1);
  /* The two header lines, then nothing. */
  g_assert_cmpuint (g_strv_length (image_lines), ==, 3);
  g_assert_cmpstr (image_lines[2], ==, "");

out:
  g_remove (a4);
  g_remove (letter);
  g_rmdir (dir);
}

/* A PDF that cannot be written leaves the file before it as it was. */
static void
test_handout_atomic (void)
{
  g_autoptr(RbProgram) program = build_program (1);
  g_autoptr(RbHandout) handout = build_handout (program, RB_HANDOUT_PAPER_A4, FALSE);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("runback-test-handout-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "out.pdf", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing", "out.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GDir) listing = NULL;
  guint n_files = 0;

  g_assert_false (rb_handout_export_pdf (handout, missing, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  g_assert_true (rb_handout_export_pdf (handout, path, &error));
  g_assert_no_error (error);
  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));

  /* No temporary file is left beside it. */
  listing = g_dir_open (dir, 0, &error);
  while (g_dir_read_name (listing) != NULL)
    n_files++;
  g_assert_cmpuint (n_files, ==, 1);

  g_remove (path);
  g_rmdir (dir);
}

static void
test_csv (void)
{
  static const char good[] = "\xef\xbb\xbfname,notes\r\n"
                             "\"Doe, Jane\",\"Says \"\"hi\"\"\"\r\n"
                             "\r\n"
                             "Bob,\"two\nlines\"\n"
                             "Ann,";
  static const struct { const char *text; const char *message; } bad[] = {
    { "name\n\"Doe", "p.csv:2: a quoted field is not closed" },
    { "name\nDo\"e\n", "p.csv:2: a quote inside a field that does not start with one" },
    { "name\n\"Doe\"x\n", "p.csv:2: text after a closing quote" },
    { "name\rDoe\n", "p.csv:1: a carriage return without a line feed" },
    { "name\n\xff\n", "p.csv: not UTF-8 text" },
  };
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GError) error = NULL;
  GStrv record;

  records = rb_csv_parse ("p.csv", good, strlen (good), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (records->len, ==, 4);
  record = g_ptr_array_index (records, 0);
  g_assert_cmpstr (record[0], ==, "name");
  record = g_ptr_array_index (records, 1);
  g_assert_cmpstr (record[0], ==, "Doe, Jane");
  g_assert_cmpstr (record[1], ==, "Says \"hi\"");
  record = g_ptr_array_index (records, 2);
  g_assert_cmpstr (record[1], ==, "two\nlines");
  record = g_ptr_array_index (records, 3);
  g_assert_cmpuint (g_strv_length (record), ==, 2);
  g_assert_cmpstr (record[1], ==, "");

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GPtrArray) none = rb_csv_parse ("p.csv", bad[i].text, strlen (bad[i].text), &error);

      g_assert_null (none);
      g_assert_nonnull (error);
      g_assert_cmpstr (error->message, ==, bad[i].message);
      g_clear_error (&error);
    }
}

/* A German handout from an English session: the program loaded again in
 * German, then laid out and drawn in German, dates included, while the
 * interface stays English. */
static void
test_handout_language (void)
{
  g_autofree char *mo = g_build_filename (rb_cli_get_localedir (), "de", "LC_MESSAGES",
                                          GETTEXT_PACKAGE ".mo", NULL);
  RbProgram *english = rb_library_lookup_program (library, "knee-strength");
  g_autoptr(RbLibrary) translated = NULL;
  g_autoptr(RbProgram) program = NULL;
  g_autoptr(RbHandout) handout = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL, *path = NULL, *text = NULL, *squeezed = NULL, *title = NULL;
  g_auto(GStrv) languages = NULL;
  RbHandoutOptions options = { .patient = PATIENT, .language = "de" };
  GDate date;

  if (!g_file_test (mo, G_FILE_TEST_IS_REGULAR))
    {
      g_test_skip ("The German catalogue is not built");
      return;
    }

  languages = rb_translation_list (rb_cli_get_localedir ());
  g_assert_cmpstr (languages[0], ==, "en");
  g_assert_true (g_strv_contains ((const char * const *) languages, "de"));
  g_assert_cmpstr (rb_translation_get_name ("de"), ==, "Deutsch");

  program = rb_library_load_program_in (library, english, "de", &translated, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (rb_program_get_title (program), ==, "Kniekräftigung");
  g_assert_cmpstr (rb_program_get_title (english), ==, "Knee Strength");

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 2, G_DATE_DECEMBER, 2026);
  options.date = &date;
  options.red_flags = rb_library_lookup_learn_page (translated, "when-to-see-a-doctor");
  handout = rb_handout_new (program, &options);
  title = rb_handout_dup_title (handout);
  g_assert_cmpstr (title, ==, "Kniekräftigung für " PATIENT);

  dir = g_dir_make_tmp ("runback-test-handout-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "de.pdf", NULL);
  g_assert_true (rb_handout_export_pdf (handout, path, &error));
  g_assert_no_error (error);

  /* The interface is English again. */
  g_assert_cmpstr (_("Your Log"), ==, "Your Log");

  if ((text = run_tool ("pdftotext", path, "-")) != NULL)
    {
      squeezed = squeeze (text);
      g_assert_nonnull (strstr (squeezed, PATIENT));
      g_assert_nonnull (strstr (squeezed, "Ihr Protokoll"));
      g_assert_nonnull (strstr (squeezed, "Seite 1 von "));
      g_assert_nonnull (strstr (squeezed, "2. Dezember 2026"));
      g_assert_nonnull (strstr (squeezed, "Mi., 2. Dez."));
      g_assert_null (strstr (squeezed, "Your Log"));
      g_assert_null (strstr (squeezed, "December"));
      g_assert_null (strstr (squeezed, "Page 1 of"));
    }

  g_remove (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  /* As main() does: gettext reads LANGUAGE in any locale but "C". */
  setlocale (LC_ALL, "");
  if (g_strcmp0 (setlocale (LC_MESSAGES, NULL), "C") == 0)
    setlocale (LC_MESSAGES, "C.UTF-8");
  bindtextdomain (GETTEXT_PACKAGE, rb_cli_get_localedir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  library = rb_library_new ();
  rb_library_load (library, NULL, NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/rb/handout/pagination", test_handout_pagination);
  g_test_add_func ("/rb/handout/render", test_handout_render);
  g_test_add_func ("/rb/handout/pdf", test_handout_pdf);
  g_test_add_func ("/rb/handout/atomic", test_handout_atomic);
  g_test_add_func ("/rb/handout/csv", test_csv);
  g_test_add_func ("/rb/handout/language", test_handout_language);

  status = g_test_run ();
  g_clear_object (&library);

  return status;
}
