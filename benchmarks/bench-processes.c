/* bench-processes.c: start-up, peak memory and --export-figure, as a
 * user runs them, against the floor.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: bench-processes FLOOR RUNBACK-FIRST-FRAME RUNBACK BUNDLED-EXERCISES-DIR
 *
 * Each run starts a new process: the floor (a bare AdwApplicationWindow
 * with a header bar), then Runback with only the bundled library, then
 * Runback with 10,000 exercises of the user's own, one after the other
 * so that whatever else loads the machine weighs on all three alike.
 * Times run from the spawn to the first frame; memory is the peak RSS
 * at that frame. Figures are medians, and ratios to the floor.
 *
 * The goals (issue #14) are reported, not asserted: a benchmark tells.
 */

#include "config.h"

#include <locale.h>

#include "bench-util.h"

#define RUNS 21
#define N_USER_EXERCISES 10000

static const char *floor_path, *first_frame_path, *runback_path, *bundled_dir;
static char *empty_home, *full_home, *user_id;

static void
report (const char *what,
        double      value,
        double      floor,
        const char *unit,
        double      goal)
{
  g_test_message ("%-34s %8.1f %s  %5.2f× floor  (goal ≤ %.1f×: %s)",
                  what, value, unit, value / floor, goal,
                  value / floor <= goal ? "met" : "NOT met");
}

static void
bench_startup (void)
{
  char *floor_argv[] = { (char *) floor_path, "--first-frame", NULL };
  char *runback_argv[] = { (char *) first_frame_path, NULL };
  g_auto(GStrv) empty_env = bench_environ (empty_home);
  g_auto(GStrv) full_env = bench_environ (full_home);
  double floor_ms[RUNS], bundled_ms[RUNS], full_ms[RUNS];
  double floor_rss[RUNS], bundled_rss[RUNS], full_rss[RUNS];
  double f, b, u;

  /* Warm the page cache and the font cache for all three. */
  bench_spawn (floor_argv, empty_env);
  bench_spawn (runback_argv, empty_env);
  bench_spawn (runback_argv, full_env);

  for (guint i = 0; i < RUNS; i++)
    {
      BenchRun run;

      run = bench_spawn (floor_argv, empty_env);
      g_assert_true (WIFEXITED (run.status) && WEXITSTATUS (run.status) == 0);
      floor_ms[i] = run.ms, floor_rss[i] = run.max_rss;

      run = bench_spawn (runback_argv, empty_env);
      g_assert_true (WIFEXITED (run.status) && WEXITSTATUS (run.status) == 0);
      bundled_ms[i] = run.ms, bundled_rss[i] = run.max_rss;

      run = bench_spawn (runback_argv, full_env);
      g_assert_true (WIFEXITED (run.status) && WEXITSTATUS (run.status) == 0);
      full_ms[i] = run.ms, full_rss[i] = run.max_rss;
    }

  f = bench_median (floor_ms, RUNS);
  b = bench_median (bundled_ms, RUNS);
  u = bench_median (full_ms, RUNS);
  g_test_message ("start-up to the first frame, median of %u runs:", RUNS);
  g_test_message ("%-34s %8.1f ms", "floor", f);
  report ("bundled library", b, f, "ms", 1.1);
  report ("+ 10,000 user exercises", u, f, "ms", 1.1);

  f = bench_median (floor_rss, RUNS);
  b = bench_median (bundled_rss, RUNS);
  u = bench_median (full_rss, RUNS);
  g_test_message ("peak RSS at the first frame, median:");
  g_test_message ("%-34s %8.1f MB", "floor", f);
  report ("bundled library", b, f, "MB", 1.5);
  report ("+ 10,000 user exercises", u, f, "MB", 1.5);
}

static void
bench_export_figure (void)
{
  g_autofree char *output = g_build_filename (empty_home, "figure.svg", NULL);
  g_autofree char *output_option = g_strconcat ("--output=", output, NULL);
  char *argv[] = { (char *) runback_path, "--export-figure=squat", output_option, NULL };
  g_autofree char *user_option = g_strconcat ("--export-figure=", user_id, NULL);
  char *user_argv[] = { (char *) runback_path, user_option, output_option, NULL };
  g_auto(GStrv) empty_env = bench_environ (empty_home);
  g_auto(GStrv) full_env = bench_environ (full_home);
  double empty_ms[RUNS], full_ms[RUNS], user_ms[RUNS];
  double e, f, u;

  bench_spawn (argv, empty_env);
  for (guint i = 0; i < RUNS; i++)
    {
      BenchRun run;

      run = bench_spawn (argv, empty_env);
      g_assert_true (WIFEXITED (run.status) && WEXITSTATUS (run.status) == 0);
      empty_ms[i] = run.ms;

      run = bench_spawn (argv, full_env);
      g_assert_true (WIFEXITED (run.status) && WEXITSTATUS (run.status) == 0);
      full_ms[i] = run.ms;

      run = bench_spawn (user_argv, full_env);
      g_assert_true (WIFEXITED (run.status) && WEXITSTATUS (run.status) == 0);
      user_ms[i] = run.ms;
    }

  e = bench_median (empty_ms, RUNS);
  f = bench_median (full_ms, RUNS);
  u = bench_median (user_ms, RUNS);
  g_test_message ("--export-figure to SVG, median of %u runs:", RUNS);
  g_test_message ("%-34s %8.1f ms", "bundled squat, no user files", e);
  report ("bundled squat, 10,000 user files", f, e, "ms", 1.1);
  report ("a user's exercise among 10,000", u, e, "ms", 1.1);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  setlocale (LC_ALL, "");  /* the reports hold × and ≤ */
  g_test_init (&argc, &argv, NULL);
  if (argc != 5)
    {
      g_printerr ("Usage: %s FLOOR RUNBACK-FIRST-FRAME RUNBACK BUNDLED-EXERCISES-DIR\n", argv[0]);
      return 2;
    }
  floor_path = argv[1];
  first_frame_path = argv[2];
  runback_path = argv[3];
  bundled_dir = argv[4];

  empty_home = g_dir_make_tmp ("runback-bench-empty-XXXXXX", NULL);
  full_home = g_dir_make_tmp ("runback-bench-full-XXXXXX", NULL);
  user_id = bench_write_exercises (full_home, bundled_dir, N_USER_EXERCISES);

  g_test_add_func ("/rb/bench/startup", bench_startup);
  g_test_add_func ("/rb/bench/export-figure", bench_export_figure);
  status = g_test_run ();

  bench_remove_tree (empty_home);
  bench_remove_tree (full_home);
  g_free (empty_home);
  g_free (full_home);
  g_free (user_id);

  return status;
}
