/* bench-library.c: loading and searching a library of thousands.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A physiotherapist's own collection may hold thousands of exercises.
 * This writes 3000 of them to a user directory, then times loading the
 * library with them and filtering them as the search box does on each
 * key press. Run with `meson test --benchmark`.
 */

#include "config.h"

#include <glib/gstdio.h>

#include "rb-library.h"

#define N_EXERCISES 3000
#define LOAD_BUDGET_MS 3000.0
#define SEARCH_BUDGET_MS 50.0

static char *
write_exercises (void)
{
  char *dir = g_dir_make_tmp ("runback-bench-XXXXXX", NULL);
  g_autofree char *exercises = g_build_filename (dir, "exercises", NULL);

  g_mkdir_with_parents (exercises, 0700);
  for (guint i = 0; i < N_EXERCISES; i++)
    {
      g_autofree char *id = g_strdup_printf ("my-exercise-%u", i);
      g_autofree char *name = g_strdup_printf ("%s.json", id);
      g_autofree char *path = g_build_filename (exercises, name, NULL);
      g_autofree char *json =
        g_strdup_printf ("{ \"format\": \"runback.exercise\", \"version\": 1, \"id\": \"%s\",\n"
                         "  \"name\": \"Exercise %u\", \"category\": \"%s\", \"equipment\": [\"mat\"],\n"
                         "  \"summary\": \"A %s exercise number %u.\",\n"
                         "  \"dosage\": { \"sets\": 3, \"reps\": 10, \"rest_seconds\": 60 },\n"
                         "  \"steps\": [\"Begin.\", \"Move.\", \"End.\"] }\n",
                         id, i, i % 2 ? "stretch" : "strength", i % 2 ? "gentle" : "hard", i);

      g_assert_true (g_file_set_contents (path, json, -1, NULL));
    }

  return dir;
}

static void
remove_exercises (const char *dir)
{
  g_autofree char *exercises = g_build_filename (dir, "exercises", NULL);

  for (guint i = 0; i < N_EXERCISES; i++)
    {
      g_autofree char *name = g_strdup_printf ("my-exercise-%u.json", i);
      g_autofree char *path = g_build_filename (exercises, name, NULL);

      g_unlink (path);
    }
  g_rmdir (exercises);
  g_rmdir (dir);
}

static void
bench_load_and_search (void)
{
  g_autofree char *dir = write_exercises ();
  g_autoptr(RbLibrary) library = rb_library_new ();
  g_autoptr(GError) error = NULL;
  static const char *typing[] = { "g", "ge", "gen", "gent", "gentle", "gentle 12" };
  GListModel *exercises;
  gint64 start;
  double load_ms, search_ms = 0;
  guint matched = 0;

  start = g_get_monotonic_time ();
  rb_library_load (library, dir, NULL, &error);
  load_ms = (g_get_monotonic_time () - start) / 1000.0;
  g_assert_no_error (error);

  exercises = rb_library_get_exercises (library);
  g_assert_cmpuint (g_list_model_get_n_items (exercises), ==, N_EXERCISES + 19);

  for (guint k = 0; k < G_N_ELEMENTS (typing); k++)
    {
      start = g_get_monotonic_time ();
      matched = 0;
      for (guint i = 0; i < g_list_model_get_n_items (exercises); i++)
        {
          g_autoptr(RbExercise) exercise = g_list_model_get_item (exercises, i);

          matched += rb_exercise_matches (exercise, typing[k], -1, NULL);
        }
      search_ms = MAX (search_ms, (g_get_monotonic_time () - start) / 1000.0);
    }

  g_test_message ("load %u exercises: %.1f ms; slowest search pass: %.2f ms (%u matches for “%s”)",
                  N_EXERCISES, load_ms, search_ms, matched, typing[G_N_ELEMENTS (typing) - 1]);
  /* The odd numbers below 3000 with “12” in them: 65. */
  g_assert_cmpuint (matched, ==, 65);
  g_assert_cmpfloat (load_ms, <, LOAD_BUDGET_MS);
  g_assert_cmpfloat (search_ms, <, SEARCH_BUDGET_MS);

  remove_exercises (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/rb/bench/library", bench_load_and_search);

  return g_test_run ();
}
