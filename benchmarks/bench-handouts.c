/* bench-handouts.c: time and size of a handout as the program grows.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: bench-handouts RUNBACK BUNDLED-EXERCISES-DIR
 *
 * Writes programs of 5, 50 and 500 exercises (the bundled ones in turn,
 * in sessions of at most 50 items) and exports each one's handout to PDF
 * with `runback --export-handout`, as a user would. The floor is the
 * same binary listing the programs (`--list-programs`): start-up and the
 * library, without the handout. Reports the median time, the bytes, the
 * pages and the bytes a page, and how each grows from one program to the
 * next. The goals (issue #14): linear growth, under 60 KB a page.
 */

#include "config.h"

#include <locale.h>

#include "bench-util.h"

#define RUNS 5

static const char *runback_path, *bundled_dir;
static char *home;

static const guint sizes[] = { 5, 50, 500 };

/* The bundled exercises' ids, sorted. */
static GPtrArray *
list_bundled_ids (void)
{
  g_autoptr(GDir) dir = g_dir_open (bundled_dir, 0, NULL);
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".json"))
      g_ptr_array_add (ids, g_strndup (name, strlen (name) - strlen (".json")));
  g_ptr_array_sort (ids, (GCompareFunc) g_strcmp0);

  return ids;
}

/* A program of @n exercises, in sessions of at most 50; returns its path. */
static char *
write_program (guint n)
{
  g_autoptr(GPtrArray) ids = list_bundled_ids ();
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *id = g_strdup_printf ("bench-%u", n);
  g_autofree char *file = g_strdup_printf ("%s.json", id);
  char *path = g_build_filename (home, file, NULL);
  g_autofree char *text = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, "runback.program");
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, 2);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, id);
  json_builder_set_member_name (builder, "title");
  json_builder_add_string_value (builder, "Benchmark Program");
  json_builder_set_member_name (builder, "summary");
  json_builder_add_string_value (builder, "Many exercises, to time the handout.");
  json_builder_set_member_name (builder, "audience");
  json_builder_add_string_value (builder, "Anyone.");
  json_builder_set_member_name (builder, "phases");
  json_builder_begin_array (builder);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "title");
  json_builder_add_string_value (builder, "Only Phase");
  json_builder_set_member_name (builder, "weeks");
  json_builder_add_int_value (builder, 1);
  json_builder_set_member_name (builder, "sessions_per_week");
  json_builder_add_int_value (builder, 1);
  json_builder_set_member_name (builder, "sessions");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      if (i % 50 == 0)
        {
          g_autofree char *session_id = g_strdup_printf ("session-%u", i / 50 + 1);
          g_autofree char *title = g_strdup_printf ("Session %u", i / 50 + 1);

          if (i > 0)
            {
              json_builder_end_array (builder);
              json_builder_end_object (builder);
            }
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "id");
          json_builder_add_string_value (builder, session_id);
          json_builder_set_member_name (builder, "title");
          json_builder_add_string_value (builder, title);
          json_builder_set_member_name (builder, "weekdays");
          json_builder_begin_array (builder);
          json_builder_add_string_value (builder, "mon");
          json_builder_end_array (builder);
          json_builder_set_member_name (builder, "items");
          json_builder_begin_array (builder);
        }
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "exercise");
      json_builder_add_string_value (builder, g_ptr_array_index (ids, i % ids->len));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  text = json_to_string (root, TRUE);
  g_assert_true (g_file_set_contents (path, text, -1, NULL));

  return path;
}

/* Pages of the PDF at @path: its "/Type /Page" objects. Streams may hold
 * NUL bytes, so no string search. */
static guint
count_pages (const char *path,
             gsize      *size)
{
  static const char mark[] = "/Type /Page";
  g_autofree char *text = NULL;
  guint pages = 0;

  g_assert_true (g_file_get_contents (path, &text, size, NULL));
  for (gsize i = 0; i + sizeof mark < *size; i++)
    if (memcmp (text + i, mark, sizeof mark - 1) == 0 && text[i + sizeof mark - 1] != 's')
      pages++;

  return pages;
}

static double
time_runs (char * const *argv,
           char * const *envp)
{
  double ms[RUNS];

  bench_spawn (argv, envp);
  for (guint i = 0; i < RUNS; i++)
    {
      BenchRun run = bench_spawn (argv, envp);

      g_assert_true (WIFEXITED (run.status) && WEXITSTATUS (run.status) == 0);
      ms[i] = run.ms;
    }

  return bench_median (ms, RUNS);
}

static void
bench_handouts (void)
{
  g_auto(GStrv) envp = bench_environ (home);
  char *floor_argv[] = { (char *) runback_path, "--list-programs", NULL };
  double floor_ms, ms[G_N_ELEMENTS (sizes)];
  gsize bytes[G_N_ELEMENTS (sizes)];
  guint pages[G_N_ELEMENTS (sizes)];

  floor_ms = time_runs (floor_argv, envp);
  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      g_autofree char *program = write_program (sizes[s]);
      g_autofree char *output = g_strdup_printf ("%s/handout-%u.pdf", home, sizes[s]);
      g_autofree char *output_option = g_strconcat ("--export-handout=", output, NULL);
      g_autofree char *program_option = g_strconcat ("--program=", program, NULL);
      char *argv[] = { (char *) runback_path, output_option, program_option, NULL };

      ms[s] = time_runs (argv, envp);
      pages[s] = count_pages (output, &bytes[s]);
      g_assert_cmpuint (pages[s], >, 0);
    }

  g_test_message ("--export-handout to PDF, median of %u runs:", RUNS);
  g_test_message ("%-22s %8.1f ms", "floor (--list-programs)", floor_ms);
  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      double per_page = bytes[s] / 1024.0 / pages[s];

      g_test_message ("%3u exercises %8.1f ms %6.2f× floor  %4u pages  %8.1f KB  %5.1f KB a page (goal < 60: %s)",
                      sizes[s], ms[s], ms[s] / floor_ms, pages[s], bytes[s] / 1024.0, per_page,
                      per_page < 60 ? "met" : "NOT met");
    }
  for (guint s = 1; s < G_N_ELEMENTS (sizes); s++)
    g_test_message ("%u → %u exercises (%.0f×): time beyond the floor %5.2f×, bytes %5.2f×, pages %5.2f×",
                    sizes[s - 1], sizes[s], (double) sizes[s] / sizes[s - 1],
                    (ms[s] - floor_ms) / (ms[s - 1] - floor_ms),
                    (double) bytes[s] / bytes[s - 1], (double) pages[s] / pages[s - 1]);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  setlocale (LC_ALL, "");  /* the reports hold × and ≤ */
  g_test_init (&argc, &argv, NULL);
  if (argc != 3)
    {
      g_printerr ("Usage: %s RUNBACK BUNDLED-EXERCISES-DIR\n", argv[0]);
      return 2;
    }
  runback_path = argv[1];
  bundled_dir = argv[2];
  home = g_dir_make_tmp ("runback-bench-handouts-XXXXXX", NULL);

  g_test_add_func ("/rb/bench/handouts", bench_handouts);
  status = g_test_run ();

  bench_remove_tree (home);
  g_free (home);

  return status;
}
