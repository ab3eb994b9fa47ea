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
    { "--", "Files are only accepted with --validate" },
  };
  g_autoptr(GError) error = NULL;

  g_assert_true (check_options (&error, "list-exercises", NULL));
  g_assert_true (check_options (&error, "export-figure=squat", "output=x.png", "size=20", NULL));
  g_assert_true (check_options (&error, "start=daily-stretching", "session=2", NULL));
  g_assert_true (check_options (&error, "validate", "--", NULL));
  g_assert_no_error (error);

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
    { "x.json", "Files are only accepted with --validate\n" },
    { "--export-figure=squat", "--export-figure needs --output=FILE\n" },
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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (argc > 1)
    runback_path = argv[1];

  g_test_add_func ("/rb/cli/parse-size", test_cli_parse_size);
  g_test_add_func ("/rb/cli/parse-session", test_cli_parse_session);
  g_test_add_func ("/rb/cli/check-options", test_cli_check_options);
  g_test_add ("/rb/cli/list-problems", Fixture, NULL,
              fixture_set_up, test_cli_list_problems, fixture_tear_down);
  g_test_add ("/rb/cli/export-folder", Fixture, NULL,
              fixture_set_up, test_cli_export_folder, fixture_tear_down);
  g_test_add ("/rb/cli/binary/bad-options", Fixture, NULL,
              fixture_set_up, test_cli_binary_bad_options, fixture_tear_down);
  g_test_add ("/rb/cli/binary/list", Fixture, NULL,
              fixture_set_up, test_cli_binary_list, fixture_tear_down);
  g_test_add ("/rb/cli/binary/export", Fixture, NULL,
              fixture_set_up, test_cli_binary_export, fixture_tear_down);

  return g_test_run ();
}
