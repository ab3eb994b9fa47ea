/* bench-library.c: a library of 10,000 exercises, loaded and searched.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: bench-library BUNDLED-EXERCISES-DIR (under xvfb-run)
 *
 * Writes 10,000 user exercises (copies of the bundled ones, about 2 KB
 * with their illustrations, under ids of their own; see bench-util.h) and
 * then measures, each against a floor timed in the same run:
 *
 * - loading: rb_library_load() of them all, against json-glib parsing
 *   the same files (the floor); goal ≤ 2×.
 * - applying: the Programs view's exercise list shown in a window while
 *   the library loads in its worker thread; the longest main-loop
 *   iteration (time spent outside poll()) until the list holds every
 *   exercise, the window has painted it, and then has had nothing to
 *   paint for 50 ms. The floor is the same with the 19 bundled exercises
 *   only; goal: none over a frame, 16 ms.
 * - typing: a query typed a letter at a time into the list's search
 *   entry; for each key, the main thread's busy time from the entry's
 *   ::search-changed (GtkSearchEntry waits 150 ms after a key before it)
 *   to the last frame painted before 50 ms with nothing to paint, the
 *   longest iteration within, and the time to that frame. The cursor does
 *   not blink, so that its frames do not count. The floor is again the 19
 *   bundled exercises; goal: every key's work within a frame.
 */

#include "config.h"

#include <locale.h>

#include "bench-util.h"
#include "rb-library.h"
#include "rb-programs-view.h"
#include "rb-test-ui.h"

#define RUNS 3
#define N_USER_EXERCISES 10000
#define FRAME_MS 16.0

static const char query[] = "squat variant 12";
#define N_KEYS (sizeof query - 1)

static const char *bundled_dir;
static char *empty_home, *full_home;

/* Time spent in poll(), so an iteration's busy time is its length less it. */
static GPollFunc default_poll;
static gint64 poll_us;

static gint
timed_poll (GPollFD *fds,
            guint    n_fds,
            gint     timeout)
{
  gint64 start = g_get_monotonic_time ();
  gint result = default_poll (fds, n_fds, timeout);

  poll_us += g_get_monotonic_time () - start;
  return result;
}

/* Busy time of main-loop iterations: the longest and the total, in ms. */
typedef struct
{
  double max;
  double total;
  double first;   /* the total at the first frame painted with the result */
} Busy;

/* One main-loop iteration, added to @busy. (Not an expression: MAX()
 * would evaluate it twice, and the second could block for good.) */
static void
iterate (Busy *busy)
{
  gint64 start = g_get_monotonic_time ();
  double ms;

  poll_us = 0;
  g_main_context_iteration (NULL, TRUE);
  ms = (g_get_monotonic_time () - start - poll_us) / 1000.0;
  busy->max = MAX (busy->max, ms);
  busy->total += ms;
}

/* The floor: every file read and parsed by json-glib, nothing more. */
static double
parse_files (const char *home)
{
  g_autofree char *user_dir = g_build_filename (home, "runback", "exercises", NULL);
  const char *dirs[] = { bundled_dir, user_dir };
  gint64 start = g_get_monotonic_time ();
  guint n = 0;

  for (guint d = 0; d < G_N_ELEMENTS (dirs); d++)
    {
      g_autoptr(GDir) dir = g_dir_open (dirs[d], 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *path = g_build_filename (dirs[d], name, NULL);
          g_autoptr(JsonParser) parser = json_parser_new ();
          g_autofree char *text = NULL;
          gsize length;

          if (!g_str_has_suffix (name, ".json"))
            continue;
          g_assert_true (g_file_get_contents (path, &text, &length, NULL));
          g_assert_true (json_parser_load_from_data (parser, text, length, NULL));
          n++;
        }
    }
  g_assert_cmpuint (n, >=, N_USER_EXERCISES);

  return (g_get_monotonic_time () - start) / 1000.0;
}

static double
load_library (const char *home)
{
  g_autofree char *user_dir = g_build_filename (home, "runback", NULL);
  g_autoptr(RbLibrary) library = rb_library_new ();
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  rb_library_load (library, user_dir, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (rb_library_get_exercises (library)), >, N_USER_EXERCISES);

  return (g_get_monotonic_time () - start) / 1000.0;
}

static void
bench_load (void)
{
  double floor_ms[RUNS], load_ms[RUNS];
  double f, l;

  parse_files (full_home);
  for (guint i = 0; i < RUNS; i++)
    {
      floor_ms[i] = parse_files (full_home);
      load_ms[i] = load_library (full_home);
    }
  f = bench_median (floor_ms, RUNS);
  l = bench_median (load_ms, RUNS);
  g_test_message ("loading 10,000 user exercises, median of %u runs:", RUNS);
  g_test_message ("%-30s %8.1f ms", "floor (json-glib alone)", f);
  g_test_message ("%-30s %8.1f ms  %5.2f× floor  (goal ≤ 2×: %s)", "rb_library_load()", l, l / f,
                  l / f <= 2 ? "met" : "NOT met");
}

typedef struct
{
  double apply_max;        /* the longest iteration while loading */
  double key_ms[N_KEYS];   /* ::search-changed to the painted frame */
  double key_busy[N_KEYS]; /* the main thread's busy time within */
  double key_first[N_KEYS]; /* its busy time to the first frame painted */
  double key_max[N_KEYS];  /* the longest iteration within */
  guint  matches;
} ViewRun;

static guint n_paints;
static gint64 search_changed_at;
static gint64 painted_at;

static void
after_paint_cb (GdkFrameClock *clock,
                gpointer       user_data)
{
  n_paints++;
  painted_at = g_get_monotonic_time ();
}

static gboolean
search_changed_hook_cb (GSignalInvocationHint *hint,
                        guint                  n_values,
                        const GValue          *values,
                        gpointer               user_data)
{
  search_changed_at = g_get_monotonic_time ();
  return TRUE;
}

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  rb_library_load_finish (RB_LIBRARY (source), result, &error);
  g_assert_no_error (error);
  *(gboolean *) user_data = TRUE;
}

/* The exercise list, the only list view styled as a sidebar (the
 * drop-downs' popovers hold list views too). */
static GtkListView *
find_exercise_list (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkListView *found;

      if (GTK_IS_LIST_VIEW (child) && gtk_widget_has_css_class (child, "navigation-sidebar"))
        return GTK_LIST_VIEW (child);
      if ((found = find_exercise_list (child)))
        return found;
    }

  return NULL;
}

static gboolean
wake_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Iterates until @model has no filtering left and the window has painted
 * since, then until it has had nothing to paint for 50 ms, adding each
 * iteration to @busy: the list may go on updating over several frames,
 * and all of it counts. Returns the time of the last paint, or of the
 * filter done if nothing painted. */
static gint64
settle (GtkFilterListModel *model,
        Busy               *busy)
{
  gint64 end;

  while (gtk_filter_list_model_get_pending (model) > 0)
    iterate (busy);
  end = g_get_monotonic_time ();
  busy->first = busy->total;

  for (guint frame = 0;; frame++)
    {
      guint paints = n_paints;
      gboolean waited = FALSE;
      guint id = g_timeout_add (50, wake_cb, &waited);

      while (n_paints == paints && !waited)
        iterate (busy);
      if (waited)
        break;
      g_source_remove (id);
      end = painted_at;
      if (frame == 0)
        busy->first = busy->total;
    }

  return end;
}

/* Runs the main loop for @ms, as the app would between keys. */
static void
idle_for (guint ms)
{
  gboolean waited = FALSE;

  g_timeout_add (ms, wake_cb, &waited);
  while (!waited)
    g_main_context_iteration (NULL, TRUE);
}

static ViewRun
run_view (const char *home)
{
  g_autofree char *user_dir = g_build_filename (home, "runback", NULL);
  g_autoptr(RbLibrary) library = rb_library_new ();
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  RbProgramsView *view = g_object_new (RB_TYPE_PROGRAMS_VIEW, NULL);
  GtkFilterListModel *exercises;
  GtkEditable *entry;
  gboolean loaded = FALSE;
  Busy loading = { 0 };
  gint64 end;
  ViewRun run = { 0 };

  gtk_window_set_default_size (window, 800, 800);
  gtk_window_set_child (window, GTK_WIDGET (view));
  rb_programs_view_set_library (view, library);
  rb_programs_view_show_exercises (view);
  exercises = GTK_FILTER_LIST_MODEL (rb_programs_view_get_exercises (view));
  entry = GTK_EDITABLE (rb_test_find_widget (GTK_WIDGET (view), GTK_TYPE_SEARCH_ENTRY));
  gtk_window_present (window);
  idle_for (500);
  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint",
                    G_CALLBACK (after_paint_cb), NULL);

  rb_library_load_async (library, user_dir, NULL, loaded_cb, &loaded);
  while (!loaded)
    iterate (&loading);
  settle (exercises, &loading);
  run.apply_max = loading.max;
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (exercises)), >, 0);
  idle_for (300);
  /* The list may fill over a few frames, but it does fill. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (find_exercise_list (GTK_WIDGET (view))))),
                    ==, g_list_model_get_n_items (G_LIST_MODEL (exercises)));

  for (guint k = 0; k < N_KEYS; k++)
    {
      Busy key = { 0 };

      search_changed_at = 0;
      gtk_editable_set_position (entry, -1);
      gtk_editable_insert_text (entry, query + k, 1, &(int) { k });
      /* The iteration that emits ::search-changed runs the refilter in
       * its handler: it counts, the ones before it (the entry's own
       * redraw, then waiting for its delay) do not. */
      while (search_changed_at == 0)
        {
          key = (Busy) { 0 };
          iterate (&key);
        }
      end = settle (exercises, &key);
      run.key_ms[k] = (end - search_changed_at) / 1000.0;
      run.key_busy[k] = key.total;
      run.key_first[k] = key.first;
      run.key_max[k] = key.max;
      idle_for (50);
    }
  run.matches = g_list_model_get_n_items (G_LIST_MODEL (exercises));

  gtk_window_destroy (window);
  idle_for (100);

  return run;
}

static double
max_of (const double *values,
        guint         n)
{
  double max = 0;

  for (guint i = 0; i < n; i++)
    max = MAX (max, values[i]);

  return max;
}

static void
report (const char *what,
        double     *floor,
        double     *values,
        gboolean    goal)
{
  double f = bench_median (floor, RUNS);
  double v = bench_median (values, RUNS);

  if (goal)
    g_test_message ("%-30s floor %6.1f ms  10,019: %6.1f ms  %5.2f× floor  (goal ≤ %.0f ms: %s)",
                    what, f, v, v / f, FRAME_MS, v <= FRAME_MS ? "met" : "NOT met");
  else
    g_test_message ("%-30s floor %6.1f ms  10,019: %6.1f ms  %5.2f× floor", what, f, v, v / f);
}

static void
bench_view (void)
{
  double apply[2][RUNS], busy[2][RUNS], first[2][RUNS], max[2][RUNS], latency[2][RUNS];
  double first_key[RUNS];
  const char *homes[2] = { empty_home, full_home };
  guint matches = 0;

  g_type_class_ref (GTK_TYPE_SEARCH_ENTRY);
  g_signal_add_emission_hook (g_signal_lookup ("search-changed", GTK_TYPE_SEARCH_ENTRY), 0,
                              search_changed_hook_cb, NULL, NULL);
  run_view (empty_home);
  for (guint i = 0; i < RUNS; i++)
    {
      for (guint h = 0; h < G_N_ELEMENTS (homes); h++)
        {
          ViewRun run = run_view (homes[h]);

          apply[h][i] = run.apply_max;
          busy[h][i] = max_of (run.key_busy, N_KEYS);
          first[h][i] = max_of (run.key_first, N_KEYS);
          max[h][i] = max_of (run.key_max, N_KEYS);
          latency[h][i] = max_of (run.key_ms, N_KEYS);
          if (h == 1)
            {
              first_key[i] = run.key_busy[0];
              matches = run.matches;
            }
        }
    }

  /* A key's refilter and list update fit in a frame when the main
   * thread's work for it, from ::search-changed to the first frame
   * painted with the result, does, and no iteration after it takes
   * longer than a frame while the list fills below the fold; the time
   * to that frame also holds the wait for the frame clock's next tick. */
  g_test_message ("the exercise list, 19 bundled (floor) against 10,019 exercises, median of %u runs:", RUNS);
  report ("longest iteration, loading", apply[0], apply[1], TRUE);
  report ("slowest key, to its frame", first[0], first[1], TRUE);
  report ("longest iteration, typing", max[0], max[1], TRUE);
  report ("slowest key, all its work", busy[0], busy[1], FALSE);
  g_test_message ("%-30s %6.1f ms (the first key, all 10,019 filtered)", "", bench_median (first_key, RUNS));
  report ("slowest key to painted frame", latency[0], latency[1], FALSE);
  g_test_message ("“%s” typed a letter at a time: %u matches", query, matches);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  gtk_test_init (&argc, &argv, NULL);
  setlocale (LC_ALL, "");  /* the reports hold × and ≤ */
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-cursor-blink", FALSE, NULL);
  if (argc != 2)
    {
      g_printerr ("Usage: %s BUNDLED-EXERCISES-DIR\n", argv[0]);
      return 2;
    }
  bundled_dir = argv[1];
  default_poll = g_main_context_get_poll_func (NULL);
  g_main_context_set_poll_func (NULL, timed_poll);

  empty_home = g_dir_make_tmp ("runback-bench-empty-XXXXXX", NULL);
  full_home = g_dir_make_tmp ("runback-bench-library-XXXXXX", NULL);
  g_free (bench_write_exercises (full_home, bundled_dir, N_USER_EXERCISES));

  g_test_add_func ("/rb/bench/library/load", bench_load);
  g_test_add_func ("/rb/bench/library/view", bench_view);
  status = g_test_run ();

  bench_remove_tree (empty_home);
  bench_remove_tree (full_home);
  g_free (empty_home);
  g_free (full_home);

  return status;
}
