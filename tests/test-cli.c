/* test-cli.c
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The headless commands: their logic in the core, then the real binary,
 * whose path meson passes as the first argument. Without it, the tests of
 * the binary are skipped.
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <libical/ical.h>
#include <string.h>

#include "rb-cli.h"
#include "rb-library.h"

#define BROKEN_EXERCISE "{ \"format\": "

static const char *runback_path;

typedef struct
{
  char *data_home;  /* $XDG_DATA_HOME for the binary */
  char *user_dir;   /* $XDG_DATA_HOME/runback */
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->data_home = g_dir_make_tmp ("runback-test-cli-XXXXXX", &error);
  g_assert_no_error (error);
  f->user_dir = g_build_filename (f->data_home, "runback", NULL);
}

static void
remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_tree (child);
        }
    }

  g_remove (path);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  remove_tree (f->data_home);
  g_free (f->data_home);
  g_free (f->user_dir);
}

/* Puts one broken exercise among the user's files. */
static char *
write_broken_exercise (Fixture *f)
{
  g_autofree char *dir = g_build_filename (f->user_dir, "exercises", NULL);
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, "broken.json", NULL);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_file_set_contents (path, BROKEN_EXERCISE, -1, &error);
  g_assert_no_error (error);

  return path;
}

static void
test_cli_parse_size (void)
{
  static const char * const bad[] = {
    "0", "15", "4097", "abc", "-3", "+20", " 20", "20 ", "", "0x20", "20px",
    "99999999999999999999999", NULL
  };
  g_autoptr(GError) error = NULL;
  guint size = 0;

  g_assert_true (rb_cli_parse_size (NULL, &size, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (size, ==, RB_CLI_DEFAULT_SIZE);

  g_assert_true (rb_cli_parse_size ("16", &size, &error));
  g_assert_cmpuint (size, ==, 16);
  g_assert_true (rb_cli_parse_size ("4096", &size, &error));
  g_assert_cmpuint (size, ==, 4096);
  g_assert_no_error (error);

  for (guint i = 0; bad[i] != NULL; i++)
    {
      g_autofree char *expected =
        g_strdup_printf ("--size must be a whole number of pixels between 16 and 4096, not “%s”", bad[i]);

      size = 7;
      g_assert_false (rb_cli_parse_size (bad[i], &size, &error));
      g_assert_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE);
      g_assert_cmpstr (error->message, ==, expected);
      g_assert_cmpuint (size, ==, 7);
      g_clear_error (&error);
    }
}

static void
test_cli_parse_session (void)
{
  static const char * const bad[] = { "0", "-1", "one", "", "1.5", "4294967296", NULL };
  g_autoptr(GError) error = NULL;
  guint number = 0;

  g_assert_true (rb_cli_parse_session (NULL, &number, &error));
  g_assert_cmpuint (number, ==, 1);
  g_assert_true (rb_cli_parse_session ("12", &number, &error));
  g_assert_cmpuint (number, ==, 12);
  g_assert_true (rb_cli_parse_session ("4294967295", &number, &error));
  g_assert_cmpuint (number, ==, G_MAXUINT32);
  g_assert_no_error (error);

  for (guint i = 0; bad[i] != NULL; i++)
    {
      g_autofree char *expected =
        g_strdup_printf ("--session must be a session number, counting from 1, not “%s”", bad[i]);

      g_assert_false (rb_cli_parse_session (bad[i], &number, &error));
      g_assert_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE);
      g_assert_cmpstr (error->message, ==, expected);
      g_clear_error (&error);
    }
}

static void
test_cli_parse_date (void)
{
  static const char * const bad[] = {
    "2026-02-30", "2027-02-29", "tomorrow", "2026-13-01", "2026-00-10", "2026-12-00",
    "0000-01-01", "2026-2-3", "2026-12-1", "+026-12-01", "2026/12/01", " 2026-12-01",
    "2026-12-01 ", "2026-12-01T18:00", "20261201", "", "2026-1a-01", NULL
  };
  g_autoptr(GError) error = NULL;
  GDate today, date;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 24, G_DATE_NOVEMBER, 2026);

  g_assert_true (rb_cli_parse_date (NULL, &today, &date, &error));
  g_assert_cmpint (g_date_compare (&date, &today), ==, 0);
  g_assert_true (rb_cli_parse_date ("2028-02-29", &today, &date, &error));
  g_assert_cmpuint (g_date_get_julian (&date), ==, g_date_get_julian (&today) + 462);
  g_assert_true (rb_cli_parse_date ("9999-12-31", &today, &date, &error));
  g_assert_no_error (error);

  for (guint i = 0; bad[i] != NULL; i++)
    {
      g_autofree char *expected =
        g_strdup_printf ("--start-date must be a day written YYYY-MM-DD, such as 2026-12-01, not “%s”", bad[i]);

      g_assert_false (rb_cli_parse_date (bad[i], &today, &date, &error));
      g_assert_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE);
      g_assert_cmpstr (error->message, ==, expected);
      g_clear_error (&error);
    }
}

/* Checks options given as "name=value" pairs; "--" alone stands for files. */
static gboolean
check_options (GError     **error,
               const char  *first,
               ...)
{
  g_autoptr(GVariantDict) options = g_variant_dict_new (NULL);
  va_list args;

  va_start (args, first);
  for (const char *option = first; option != NULL; option = va_arg (args, const char *))
    {
      g_auto(GStrv) pair = g_strsplit (option, "=", 2);

      if (g_str_equal (option, "--"))
        g_variant_dict_insert_value (options, G_OPTION_REMAINING,
                                     g_variant_new_bytestring_array ((const char *[]) { "a.json" }, 1));
      else
        g_variant_dict_insert_value (options, pair[0],
                                     pair[1] != NULL ? g_variant_new_string (pair[1])
                                                     : g_variant_new_boolean (TRUE));
    }
  va_end (args);

  return rb_cli_check_options (options, error);
}

static void
test_cli_check_options (void)
{
  static const struct { const char *option; const char *message; } alone[] = {
    { "size=20", "--size only works with --export-figure" },
    { "output=x.png", "--output only works with --export-figure" },
    { "session=2", "--session only works with --start" },
    { "program=knee-strength", "--program only works with --export-calendar, --export-handout or --patients" },
    { "start-date=2026-12-01", "--start-date only works with --export-calendar" },
    { "alarms", "--alarms only works with --export-calendar" },
    { "language=de", "--language only works with --export-handout or --patients" },
  };
  g_autoptr(GError) error = NULL;

  g_assert_true (check_options (&error, "list-exercises", NULL));
  g_assert_true (check_options (&error, "export-figure=squat", "output=x.png", "size=20", NULL));
  g_assert_true (check_options (&error, "start=daily-stretching", "session=2", NULL));
  g_assert_true (check_options (&error, "validate", "--", NULL));
  /* Files alone are opened: imported as programs. */
  g_assert_true (check_options (&error, "--", NULL));
  g_assert_false (check_options (&error, "list-programs", "--", NULL));
  g_assert_error (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED);
  g_assert_cmpstr (error->message, ==, "Files are only accepted alone, to import them, or with --validate");
  g_clear_error (&error);
  g_assert_true (check_options (&error, "export-calendar=x.ics", "program=knee-strength",
                                "start-date=2026-12-01", "alarms", NULL));
  g_assert_no_error (error);

  /* --start plays a program: it is not the first day of a calendar. */
  g_assert_false (check_options (&error, "export-calendar=x.ics", "program=knee-strength",
                                 "start=2026-12-01", NULL));
  g_assert_error (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED);
  g_assert_cmpstr (error->message, ==,
                   "--start starts a session; give the first day of the calendar with --start-date=YYYY-MM-DD");
  g_clear_error (&error);

  for (guint i = 0; i < G_N_ELEMENTS (alone); i++)
    {
      g_assert_false (check_options (&error, alone[i].option, NULL));
      g_assert_error (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED);
      g_assert_cmpstr (error->message, ==, alone[i].message);
      g_clear_error (&error);

      /* Another command does not make up for the missing one. */
      g_assert_false (check_options (&error, "list-programs", alone[i].option, NULL));
      g_assert_cmpstr (error->message, ==, alone[i].message);
      g_clear_error (&error);
    }
}

static guint
count_bundled_exercises (void)
{
  g_autoptr(RbLibrary) library = rb_library_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (rb_library_load (library, NULL, NULL, &error));
  g_assert_no_error (error);

  return g_list_model_get_n_items (rb_library_get_exercises (library));
}

static void
test_cli_list_problems (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *broken = write_broken_exercise (f);
  g_autoptr(GError) error = NULL;
  g_autofree char *exercises = NULL, *programs = NULL;
  g_autofree char *problems = NULL, *program_problems = NULL;
  g_auto(GStrv) lines = NULL;

  exercises = rb_cli_list_exercises (f->user_dir, &problems, &error);
  g_assert_no_error (error);
  lines = g_strsplit (exercises, "\n", -1);
  /* One line per bundled exercise, and the empty string after the last. */
  g_assert_cmpuint (g_strv_length (lines), ==, count_bundled_exercises () + 1);
  g_assert_true (g_str_has_prefix (problems, broken));
  g_assert_true (g_str_has_prefix (problems + strlen (broken), ":1:"));
  g_assert_nonnull (strchr (problems, '\n'));
  g_assert_true (strchr (problems, '\n')[1] == '\0'); /* one line */

  programs = rb_cli_list_programs (f->user_dir, &program_problems, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (programs, "daily-stretching\tDaily Stretching\n"));
  g_assert_cmpstr (program_problems, ==, problems);

  /* Nothing to report: an empty string. */
  g_clear_pointer (&problems, g_free);
  g_clear_pointer (&exercises, g_free);
  exercises = rb_cli_list_exercises (NULL, &problems, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (problems, ==, "");
}

static void
test_cli_export_folder (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *missing = g_build_filename (f->data_home, "missing", NULL);
  g_autofree char *output = g_build_filename (missing, "x.png", NULL);
  g_autofree char *expected = g_strdup_printf ("Cannot write %s: the folder %s does not exist",
                                               output, missing);
  g_autofree char *file = g_build_filename (f->data_home, "file", NULL);
  g_autofree char *under_file = g_build_filename (file, "x.png", NULL);
  g_autofree char *not_folder = g_strdup_printf ("Cannot write %s: %s is not a folder",
                                                 under_file, file);
  g_autofree char *good = g_build_filename (f->data_home, "squat.png", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (rb_cli_export_figure (NULL, "squat", output, 100, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, expected);
  g_clear_error (&error);

  g_file_set_contents (file, "", 0, &error);
  g_assert_no_error (error);
  g_assert_false (rb_cli_export_figure (NULL, "squat", under_file, 100, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY);
  g_assert_cmpstr (error->message, ==, not_folder);
  g_clear_error (&error);

  g_assert_true (rb_cli_export_figure (NULL, "squat", good, 16, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (good, G_FILE_TEST_IS_REGULAR));
}

static guint
count_lines (const char *text,
             const char *line)
{
  g_auto(GStrv) lines = g_strsplit (text, "\r\n", -1);
  guint n = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    n += g_str_equal (lines[i], line);

  return n;
}

static char *
read_calendar (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);

  return text;
}

/* The DTSTART ("20261203T180000 20261207T180000 …") or the UID of every
 * event of the calendar in @text, which libical finds valid.
 */
static char *
list_events (const char *text,
             gboolean    uids)
{
  icalcomponent *calendar = icalparser_parse_string (text);
  g_autoptr(GString) list = g_string_new (NULL);

  g_assert_nonnull (calendar);
  g_assert_true (icalrestriction_check (calendar));
  g_assert_cmpint (icalcomponent_count_errors (calendar), ==, 0);

  for (icalcomponent *e = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       e != NULL;
       e = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    g_string_append_printf (list, "%s%s", list->len > 0 ? " " : "",
                            uids ? icalcomponent_get_uid (e)
                                 : icaltime_as_ical_string (icalcomponent_get_dtstart (e)));

  icalcomponent_free (calendar);
  return g_string_free (g_steal_pointer (&list), FALSE);
}

static void
test_cli_export_calendar (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->data_home, "knee.ics", NULL);
  g_autofree char *missing = g_build_filename (f->data_home, "missing", "knee.ics", NULL);
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 11, 24, 10, 0, 0);
  g_autofree char *text = NULL, *again = NULL, *starts = NULL;
  g_autofree char *uids = NULL, *again_uids = NULL;
  g_autoptr(GError) error = NULL;
  icalcomponent *calendar, *first;
  GDate start;

  /* A Wednesday: week 1 of a twice-a-week phase runs Thursday, then Monday. */
  g_date_clear (&start, 1);
  g_date_set_dmy (&start, 2, G_DATE_DECEMBER, 2026);
  g_assert_true (rb_cli_export_calendar (NULL, "knee-strength", &start, path, FALSE, now, &error));
  g_assert_no_error (error);
  text = read_calendar (path);

  calendar = icalparser_parse_string (text);
  g_assert_nonnull (calendar);
  /* 2 weeks twice a week, then 4 weeks three times a week. */
  g_assert_cmpint (icalcomponent_count_components (calendar, ICAL_VEVENT_COMPONENT), ==, 2 * 2 + 4 * 3);
  first = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
  g_assert_true (g_str_has_prefix (icalcomponent_get_summary (first), "Knee Strength: "));
  g_assert_nonnull (strstr (icalcomponent_get_description (first), "\n• Squat — 2 sets of 10 reps"));
  icalcomponent_free (calendar);

  starts = list_events (text, FALSE);
  g_assert_true (g_str_has_prefix (starts, "20261203T180000 20261207T180000 "
                                           "20261210T180000 20261214T180000 "
                                           "20261216T180000 20261218T180000 20261221T180000 "));
  g_assert_null (strstr (text, "VALARM"));

  /* Again, with alarms: the same events, by their UIDs. */
  g_assert_true (rb_cli_export_calendar (NULL, "knee-strength", &start, path, TRUE, now, &error));
  g_assert_no_error (error);
  again = read_calendar (path);
  g_assert_cmpuint (count_lines (again, "BEGIN:VALARM"), ==, 16);
  uids = list_events (text, TRUE);
  again_uids = list_events (again, TRUE);
  g_assert_cmpstr (uids, ==, again_uids);

  g_assert_false (rb_cli_export_calendar (NULL, "no-such-program", &start, path, FALSE, now, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "No program “no-such-program” (see --list-programs)");
  g_clear_error (&error);

  g_assert_false (rb_cli_export_calendar (NULL, "knee-strength", &start, missing, FALSE, now, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_true (g_str_has_prefix (error->message, "Cannot write "));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
}

/* --language checks its code, and that its translation is installed. */
static void
test_cli_language (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *empty = g_dir_make_tmp ("runback-locale-XXXXXX", NULL);
  g_autofree char *mo_dir = g_build_filename (empty, "de", "LC_MESSAGES", NULL);
  g_autofree char *mo = g_build_filename (mo_dir, GETTEXT_PACKAGE ".mo", NULL);

  g_assert_false (rb_cli_use_language ("de;rm", empty, &error));
  g_assert_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE);
  g_assert_cmpstr (error->message, ==, "--language must be a language code such as “de”, not “de;rm”");
  g_clear_error (&error);

  g_assert_false (rb_cli_use_language ("de", empty, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_true (g_str_has_prefix (error->message, "No “de” translation of Runback is installed"));
  g_clear_error (&error);

  g_assert_cmpint (g_mkdir_with_parents (mo_dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (mo, "", 0, NULL));
  g_assert_true (rb_cli_use_language ("de", empty, &error));
  g_assert_no_error (error);

  g_remove (mo);
  g_rmdir (mo_dir);
  g_autofree char *de = g_path_get_dirname (mo_dir);
  g_rmdir (de);
  g_rmdir (empty);
}

/* Runs the binary with @argv after its name; returns its exit status. */
static int
run_runback (Fixture     *f,
             const char  *args,
             char       **out,
             char       **err)
{
  g_auto(GStrv) env = g_get_environ ();
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) words = g_strsplit (args, " ", -1);
  g_autoptr(GError) error = NULL;
  int status;

  g_ptr_array_add (argv, (char *) runback_path);
  for (guint i = 0; words[i] != NULL; i++)
    g_ptr_array_add (argv, words[i]);
  g_ptr_array_add (argv, NULL);

  /* Never the user's own files or settings, and messages in UTF-8. */
  env = g_environ_setenv (env, "GSETTINGS_BACKEND", "memory", TRUE);
  env = g_environ_setenv (env, "XDG_DATA_HOME", f->data_home, TRUE);
  env = g_environ_setenv (env, "LC_ALL", "C.UTF-8", TRUE);
  env = g_environ_unsetenv (env, "LANGUAGE");
  env = g_environ_unsetenv (env, "DISPLAY");
  env = g_environ_unsetenv (env, "WAYLAND_DISPLAY");

  /* Under ASan, fontconfig's suppressed leaks (handouts lay out text)
   * would be listed on standard error, which the tests compare. */
  if (g_environ_getenv (env, "LSAN_OPTIONS") != NULL)
    {
      g_autofree char *lsan = g_strdup_printf ("%s:print_suppressions=0", g_environ_getenv (env, "LSAN_OPTIONS"));

      env = g_environ_setenv (env, "LSAN_OPTIONS", lsan, TRUE);
    }

  g_spawn_sync (NULL, (char **) argv->pdata, env, G_SPAWN_DEFAULT, NULL, NULL,
                out, err, &status, &error);
  g_assert_no_error (error);
  g_test_message ("runback %s: %s%s", args, *out, *err);

  g_spawn_check_wait_status (status, &error);
  if (error == NULL)
    return 0;

  /* Any other failure, a signal from a sanitizer say, fails the test. */
  g_assert_error (error, G_SPAWN_EXIT_ERROR, error->code);
  return error->code;
}

static gboolean
have_binary (void)
{
  if (runback_path != NULL)
    return TRUE;

  g_test_skip ("the path of the runback binary was not given");
  return FALSE;
}

static void
test_cli_binary_bad_options (Fixture       *f,
                             gconstpointer  data)
{
  static const struct { const char *args; const char *message; } cases[] = {
    { "--export-figure=squat --output=x.png --size=0",
      "--size must be a whole number of pixels between 16 and 4096, not “0”\n" },
    { "--export-figure=squat --output=x.png --size=abc",
      "--size must be a whole number of pixels between 16 and 4096, not “abc”\n" },
    { "--export-figure=squat --output=x.png --size=-3",
      "--size must be a whole number of pixels between 16 and 4096, not “-3”\n" },
    { "--start=daily-stretching --session=0",
      "--session must be a session number, counting from 1, not “0”\n" },
    { "--size=400", "--size only works with --export-figure\n" },
    { "--size=0", "--size only works with --export-figure\n" },
    { "--output=x.png", "--output only works with --export-figure\n" },
    { "--list-programs --output=x.png", "--output only works with --export-figure\n" },
    { "--session=2", "--session only works with --start\n" },
    { "--session=0", "--session only works with --start\n" },
    { "--list-programs x.json", "Files are only accepted alone, to import them, or with --validate\n" },
    { "--export-figure=squat", "--export-figure needs --output=FILE\n" },
    { "--program=knee-strength", "--program only works with --export-calendar, --export-handout or --patients\n" },
    { "--start-date=2026-12-01", "--start-date only works with --export-calendar\n" },
    { "--alarms", "--alarms only works with --export-calendar\n" },
    { "--export-calendar=x.ics --program=knee-strength --start=2026-12-01",
      "--start starts a session; give the first day of the calendar with --start-date=YYYY-MM-DD\n" },
    { "--export-calendar=x.ics --start-date=2026-12-01",
      "--export-calendar needs --program=PROGRAM (see --list-programs)\n" },
    { "--export-calendar=x.ics --program=knee-strength --start-date=2026-02-30",
      "--start-date must be a day written YYYY-MM-DD, such as 2026-12-01, not “2026-02-30”\n" },
    { "--export-calendar=x.ics --program=knee-strength --start-date=tomorrow",
      "--start-date must be a day written YYYY-MM-DD, such as 2026-12-01, not “tomorrow”\n" },
    { "--patient=Ann", "--patient only works with --export-handout\n" },
    { "--paper=a4", "--paper only works with --export-handout or --patients\n" },
    { "--large-print", "--large-print only works with --export-handout or --patients\n" },
    { "--output-dir=/tmp", "--output-dir only works with --patients\n" },
    { "--export-handout=x.pdf --patient=Ann",
      "--export-handout needs --program=PROGRAM (an id from --list-programs, or a program’s file)\n" },
    { "--export-handout=x.pdf --program=knee-strength --paper=a5",
      "--paper must be a4 or letter, not “a5”\n" },
    { "--patients=p.csv --program=knee-strength", "--patients needs --output-dir=FOLDER\n" },
    { "--patients=p.csv --export-handout=x.pdf --output-dir=/tmp",
      "--export-handout writes one handout and --patients one for each patient: give only one of them\n" },
    { "--export-handout=x.pdf --program=no-such-program",
      "No program “no-such-program” (see --list-programs, or give a program’s file)\n" },
  };

  if (!have_binary ())
    return;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = NULL, *err = NULL;

      g_assert_cmpint (run_runback (f, cases[i].args, &out, &err), ==, 1);
      g_assert_cmpstr (out, ==, "");
      g_assert_cmpstr (err, ==, cases[i].message);
    }
}

static void
test_cli_binary_list (Fixture       *f,
                      gconstpointer  data)
{
  static const char * const commands[] = { "--list-exercises", "--list-programs" };
  g_autofree char *broken = NULL;

  if (!have_binary ())
    return;

  broken = write_broken_exercise (f);
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *out = NULL, *err = NULL;
      g_auto(GStrv) lines = NULL;

      /* The listing was produced: a success, with the problem on stderr. */
      g_assert_cmpint (run_runback (f, commands[i], &out, &err), ==, 0);
      lines = g_strsplit (err, "\n", -1);
      g_assert_cmpuint (g_strv_length (lines), ==, 2);
      g_assert_true (g_str_has_prefix (lines[0], broken));
      g_assert_cmpstr (lines[1], ==, "");

      if (i == 0)
        g_assert_nonnull (strstr (out, "squat\tSquat\tstrength\n"));
      else
        g_assert_nonnull (strstr (out, "daily-stretching\tDaily Stretching\n"));
    }
}

static void
test_cli_binary_export (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *missing = g_build_filename (f->data_home, "missing", NULL);
  g_autofree char *output = g_build_filename (missing, "x.png", NULL);
  g_autofree char *good = g_build_filename (f->data_home, "squat.svg", NULL);
  g_autofree char *args = NULL, *expected = NULL;
  g_autofree char *out = NULL, *err = NULL;

  if (!have_binary ())
    return;

  args = g_strdup_printf ("--export-figure=squat --output=%s", output);
  expected = g_strdup_printf ("Cannot write %s: the folder %s does not exist\n", output, missing);
  g_assert_cmpint (run_runback (f, args, &out, &err), ==, 1);
  g_assert_cmpstr (err, ==, expected);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  g_clear_pointer (&args, g_free);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  args = g_strdup_printf ("--export-figure=squat --output=%s --size=16", good);
  g_assert_cmpint (run_runback (f, args, &out, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_assert_true (g_file_test (good, G_FILE_TEST_IS_REGULAR));
}

static void
test_cli_binary_calendar (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *missing = g_build_filename (f->data_home, "missing", NULL);
  g_autofree char *output = g_build_filename (missing, "x.ics", NULL);
  g_autofree char *good = g_build_filename (f->data_home, "knee.ics", NULL);
  g_autofree char *args = NULL, *expected = NULL, *text = NULL, *starts = NULL;
  g_autofree char *out = NULL, *err = NULL;

  if (!have_binary ())
    return;

  args = g_strdup_printf ("--export-calendar=%s --program=knee-strength --start-date=2026-12-02", output);
  expected = g_strdup_printf ("Cannot write %s: the folder %s does not exist\n", output, missing);
  g_assert_cmpint (run_runback (f, args, &out, &err), ==, 1);
  g_assert_cmpstr (out, ==, "");
  g_assert_cmpstr (err, ==, expected);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  g_clear_pointer (&args, g_free);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  args = g_strdup_printf ("--export-calendar=%s --program=no-such-program --start-date=2026-12-02", good);
  g_assert_cmpint (run_runback (f, args, &out, &err), ==, 1);
  g_assert_cmpstr (err, ==, "No program “no-such-program” (see --list-programs)\n");
  g_assert_false (g_file_test (good, G_FILE_TEST_EXISTS));

  g_clear_pointer (&args, g_free);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  args = g_strdup_printf ("--export-calendar=%s --program=knee-strength --start-date=2026-12-02 --alarms", good);
  g_assert_cmpint (run_runback (f, args, &out, &err), ==, 0);
  g_assert_cmpstr (out, ==, "");
  g_assert_cmpstr (err, ==, "");
  text = read_calendar (good);
  starts = list_events (text, FALSE);
  g_assert_true (g_str_has_prefix (starts, "20261203T180000 20261207T180000 "));
  g_assert_cmpuint (count_lines (text, "BEGIN:VEVENT"), ==, 16);
  g_assert_cmpuint (count_lines (text, "BEGIN:VALARM"), ==, 16);
}

static void
test_cli_file_name (void)
{
  static const struct { const char *patient; const char *file; } cases[] = {
    { "Jane Doe", "Jane-Doe" },
    { "../../etc/passwd", "etc-passwd" },
    { "  Zoë  O'Neil, Jr. ", "Zoë-O-Neil-Jr" },
    { "\"<>&\"", "patient" },
    { "", "patient" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *file = rb_cli_dup_file_name (cases[i].patient);

      g_assert_cmpstr (file, ==, cases[i].file);
    }
}

/* The text of a PDF, or %NULL (and the test skipped) without pdftotext. */
static char *
read_pdf_text (const char *path)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext is not installed (poppler-utils)");
      return NULL;
    }

  g_spawn_sync (NULL, (char *[]) { pdftotext, (char *) path, "-", NULL }, NULL, G_SPAWN_DEFAULT,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  return out;
}

static void
test_cli_binary_handout (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *output = g_build_filename (f->data_home, "out.pdf", NULL);
  g_autofree char *program = g_build_filename (f->data_home, "mine.json", NULL);
  g_autofree char *args = NULL, *validate = NULL, *text = NULL;
  g_autofree char *out = NULL, *err = NULL, *validate_out = NULL, *validate_err = NULL;
  g_autoptr(GError) error = NULL;

  if (!have_binary ())
    return;

  /* A program's file is checked as --validate checks it. */
  g_file_set_contents (program, "{ \"format\": \"runback.program\", \"version\": 2, \"id\": \"mine\" }",
                       -1, &error);
  g_assert_no_error (error);
  args = g_strdup_printf ("--export-handout=%s --program=%s", output, program);
  validate = g_strdup_printf ("--validate %s", program);
  g_assert_cmpint (run_runback (f, args, &out, &err), ==, 1);
  g_assert_cmpint (run_runback (f, validate, &validate_out, &validate_err), ==, 1);
  g_assert_cmpstr (err, !=, "");
  g_assert_cmpstr (err, ==, validate_err);
  g_assert_false (g_file_test (output, G_FILE_TEST_EXISTS));

  g_clear_pointer (&args, g_free);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  args = g_strdup_printf ("--export-handout=%s --program=daily-stretching --patient=Ann<&> "
                          "--paper=letter --large-print", output);
  g_assert_cmpint (run_runback (f, args, &out, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  text = read_pdf_text (output);
  if (text != NULL)
    {
      g_assert_nonnull (strstr (text, "Ann<&>"));
      g_assert_nonnull (strstr (text, "Standing Quad Stretch"));
    }
}

static void
test_cli_binary_patients (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *csv = g_build_filename (f->data_home, "patients.csv", NULL);
  g_autofree char *dir = g_build_filename (f->data_home, "handouts", NULL);
  g_autofree char *first = g_build_filename (dir, "Doe-Jane.pdf", NULL);
  g_autofree char *second = g_build_filename (dir, "Doe-Jane-2.pdf", NULL);
  g_autofree char *third = g_build_filename (dir, "Bob.pdf", NULL);
  g_autofree char *args = NULL, *expected = NULL, *text = NULL;
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr(GError) error = NULL;

  if (!have_binary ())
    return;

  g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
  g_file_set_contents (csv, "name,notes,program\r\n"
                            "\"Doe, Jane\",\"Twice a day, \"\"gently\"\"\",\r\n"
                            "\"Doe, Jane\",,knee-strength\r\n"
                            "Bob,,nope\r\n", -1, &error);
  g_assert_no_error (error);

  /* A bad row stops the batch before anything is written. */
  args = g_strdup_printf ("--patients=%s --output-dir=%s --program=daily-stretching", csv, dir);
  expected = g_strdup_printf ("%s: row 4: No program “nope” (see --list-programs, or give a program’s file)\n", csv);
  g_assert_cmpint (run_runback (f, args, &out, &err), ==, 1);
  g_assert_cmpstr (err, ==, expected);
  g_assert_false (g_file_test (first, G_FILE_TEST_EXISTS));

  g_file_set_contents (csv, "name,notes,program\r\n"
                            "\"Doe, Jane\",\"Twice a day, \"\"gently\"\"\",\r\n"
                            "\"Doe, Jane\",,knee-strength\r\n"
                            "Bob,,\r\n", -1, &error);
  g_assert_no_error (error);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("%s\n%s\n%s\n", first, second, third);
  g_assert_cmpint (run_runback (f, args, &out, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_assert_cmpstr (out, ==, expected);
  g_assert_true (g_file_test (second, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_file_test (third, G_FILE_TEST_IS_REGULAR));

  text = read_pdf_text (first);
  if (text != NULL)
    {
      g_assert_nonnull (strstr (text, "Doe, Jane"));
      g_assert_nonnull (strstr (text, "Twice a day, \"gently\""));
    }
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static char *
list_names (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);

  return g_strjoinv (" ", (char **) names->pdata);
}

/* --export-history reads the journal and never writes it: not a
 * temporary file removed, not a broken journal renamed aside. */
static void
test_cli_binary_history (Fixture       *f,
                         gconstpointer  data)
{
  static const char *journal =
    "{ \"format\": \"runback.journal\", \"version\": 2, \"entries\": [ "
    "{ \"kind\": \"session\", \"title\": \"Run\", \"status\": \"completed\", "
    "\"started\": \"2026-03-02T08:00:00+01:00\", \"pain_after\": 3, "
    "\"run\": { \"distance\": 2500 }, \"note\": \"A, \\\"b\\\"\\nc\" } ] }";
  g_autofree char *journal_path = g_build_filename (f->user_dir, "journal.json", NULL);
  g_autofree char *temp = g_build_filename (f->user_dir, "journal.json.Xy12Ab", NULL);
  g_autofree char *output = g_build_filename (f->data_home, "history.csv", NULL);
  g_autofree char *missing = g_build_filename (f->data_home, "missing", "history.csv", NULL);
  g_autofree char *args = NULL, *expected = NULL, *text = NULL;
  g_autofree char *before = NULL, *after = NULL;
  g_autofree char *out = NULL, *err = NULL;

  if (!have_binary ())
    return;

  g_assert_cmpint (g_mkdir_with_parents (f->user_dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (journal_path, journal, -1, NULL));
  g_assert_true (g_file_set_contents (temp, "{", -1, NULL));
  before = list_names (f->user_dir);

  args = g_strdup_printf ("--export-history=%s", output);
  g_assert_cmpint (run_runback (f, args, &out, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_assert_true (g_file_get_contents (output, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "\"date\",\"time\",\"kind\","));
  g_assert_nonnull (strstr (text, "\r\n\"2026-03-02\",\"08:00\",\"run\","));
  g_assert_nonnull (strstr (text, "\"2500\""));
  g_assert_nonnull (strstr (text, "\"A, \"\"b\"\"\nc\"\r\n"));
  after = list_names (f->user_dir);
  g_assert_cmpstr (before, ==, after);

  /* A bad path. */
  g_clear_pointer (&args, g_free);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  args = g_strdup_printf ("--export-history=%s", missing);
  g_assert_cmpint (run_runback (f, args, &out, &err), ==, 1);
  g_assert_true (g_str_has_prefix (err, "Cannot write "));

  /* An unreadable journal: an error, and nothing touched. */
  g_clear_pointer (&args, g_free);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_clear_pointer (&after, g_free);
  g_remove (output);
  g_assert_true (g_file_set_contents (journal_path, "{ \"format\": \"runback.journal\", ", -1, NULL));
  args = g_strdup_printf ("--export-history=%s", output);
  g_assert_cmpint (run_runback (f, args, &out, &err), ==, 1);
  g_assert_true (g_str_has_prefix (err, "Cannot read the journal, so nothing was exported: journal.json"));
  g_assert_false (g_file_test (output, G_FILE_TEST_EXISTS));
  after = list_names (f->user_dir);
  g_assert_cmpstr (before, ==, after);
}

/* --backup, then --restore over it: it asks nothing, and says what it
 * replaced; a bad backup changes nothing. */
static void
test_cli_binary_backup (Fixture       *f,
                        gconstpointer  data)
{
  static const char *journal =
    "{ \"format\": \"runback.journal\", \"version\": 2, \"entries\": [] }";
  g_autofree char *journal_path = g_build_filename (f->user_dir, "journal.json", NULL);
  g_autofree char *backup = g_build_filename (f->data_home, "backup.json", NULL);
  g_autofree char *bad = g_build_filename (f->data_home, "bad.json", NULL);
  g_autofree char *args = NULL, *expected = NULL, *before = NULL, *after = NULL;
  g_autofree char *out = NULL, *err = NULL;

  if (!have_binary ())
    return;

  g_assert_cmpint (g_mkdir_with_parents (f->user_dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (journal_path, journal, -1, NULL));
  args = g_strdup_printf ("--backup=%s", backup);
  g_assert_cmpint (run_runback (f, args, &out, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_assert_true (g_file_test (backup, G_FILE_TEST_IS_REGULAR));

  g_clear_pointer (&args, g_free);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  args = g_strdup_printf ("--restore=%s", backup);
  g_assert_cmpint (run_runback (f, args, &out, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  expected = g_strdup_printf ("Replaced %s (the previous one is kept as %s.replaced-", journal_path, journal_path);
  g_assert_true (g_str_has_prefix (out, expected));

  g_clear_pointer (&args, g_free);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_true (g_file_set_contents (bad, "{ \"format\": \"runback.backup\", \"version\": 1 }", -1, NULL));
  before = list_names (f->user_dir);
  args = g_strdup_printf ("--restore=%s", bad);
  g_assert_cmpint (run_runback (f, args, &out, &err), ==, 1);
  g_assert_cmpstr (out, ==, "");
  g_assert_true (g_str_has_prefix (err, "Nothing was restored: bad.json: "));
  after = list_names (f->user_dir);
  g_assert_cmpstr (before, ==, after);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (argc > 1)
    runback_path = argv[1];

  g_test_add_func ("/rb/cli/parse-size", test_cli_parse_size);
  g_test_add_func ("/rb/cli/parse-session", test_cli_parse_session);
  g_test_add_func ("/rb/cli/parse-date", test_cli_parse_date);
  g_test_add_func ("/rb/cli/check-options", test_cli_check_options);
  g_test_add_func ("/rb/cli/language", test_cli_language);
  g_test_add_func ("/rb/cli/file-name", test_cli_file_name);
  g_test_add ("/rb/cli/list-problems", Fixture, NULL,
              fixture_set_up, test_cli_list_problems, fixture_tear_down);
  g_test_add ("/rb/cli/export-folder", Fixture, NULL,
              fixture_set_up, test_cli_export_folder, fixture_tear_down);
  g_test_add ("/rb/cli/export-calendar", Fixture, NULL,
              fixture_set_up, test_cli_export_calendar, fixture_tear_down);
  g_test_add ("/rb/cli/binary/bad-options", Fixture, NULL,
              fixture_set_up, test_cli_binary_bad_options, fixture_tear_down);
  g_test_add ("/rb/cli/binary/list", Fixture, NULL,
              fixture_set_up, test_cli_binary_list, fixture_tear_down);
  g_test_add ("/rb/cli/binary/export", Fixture, NULL,
              fixture_set_up, test_cli_binary_export, fixture_tear_down);
  g_test_add ("/rb/cli/binary/calendar", Fixture, NULL,
              fixture_set_up, test_cli_binary_calendar, fixture_tear_down);
  g_test_add ("/rb/cli/binary/handout", Fixture, NULL,
              fixture_set_up, test_cli_binary_handout, fixture_tear_down);
  g_test_add ("/rb/cli/binary/patients", Fixture, NULL,
              fixture_set_up, test_cli_binary_patients, fixture_tear_down);
  g_test_add ("/rb/cli/binary/history", Fixture, NULL,
              fixture_set_up, test_cli_binary_history, fixture_tear_down);
  g_test_add ("/rb/cli/binary/backup", Fixture, NULL,
              fixture_set_up, test_cli_binary_backup, fixture_tear_down);

  return g_test_run ();
}
