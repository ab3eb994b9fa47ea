/* bench-activity.c: frames, CPU and wakeups while idle or playing.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each state is watched for BENCH_SECONDS (20 by default) on the real
 * clock: the floor window idle, the main window idle on Today, then the
 * player in a hold, in a set of reps, in a rest, paused, and with the
 * window hidden. Frames are the window's GdkFrameClock::after-paint;
 * CPU is getrusage() of the whole process; wakeups are the main thread's
 * voluntary context switches (/proc/self/task/PID/status), that is each
 * time it slept and was woken. Run under xvfb-run.
 */

#include "config.h"

#include <locale.h>

#include <sys/resource.h>
#include <unistd.h>

#include "floor-window.h"
#include "rb-application.h"
#include "rb-countdown-ring.h"
#include "rb-countdown-ring-private.h"
#include "rb-figure-view.h"
#include "rb-figure-view-private.h"
#include "rb-player.h"
#include "rb-window.h"

static RbApplication *app;
static guint seconds = 20;
static guint n_frames;
static guint n_paints;

typedef struct
{
  double cpu_s;
  guint  frames;
  guint  paints;
  guint  wakeups;
  gint64 time;
} Sample;

/* The main thread's: worker threads come and go (their counts with them),
 * and a wakeup of the main thread is what an idle app must not have. */
static guint
count_wakeups (void)
{
  g_autofree char *path = g_strdup_printf ("/proc/self/task/%d/status", (int) getpid ());
  g_autofree char *text = NULL;
  const char *line;

  if (!g_file_get_contents (path, &text, NULL, NULL))
    return 0;
  line = strstr (text, "\nvoluntary_ctxt_switches:");

  return line != NULL ? (guint) g_ascii_strtoull (line + strlen ("\nvoluntary_ctxt_switches:"), NULL, 10) : 0;
}

static Sample
sample (void)
{
  struct rusage usage;
  Sample s;

  getrusage (RUSAGE_SELF, &usage);
  s.cpu_s = usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 +
            usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6;
  s.frames = n_frames;
  s.paints = n_paints;
  s.wakeups = count_wakeups ();
  s.time = g_get_monotonic_time ();

  return s;
}

static void
after_paint_cb (GdkFrameClock *clock,
                gpointer       user_data)
{
  n_frames++;
}

/* A paint is a frame in which the window drew something: GdkSurface's
 * ::render. A frame clock cycle can also only lay out (a label's text
 * changed its size) or deliver events, and draw nothing. GTK's own
 * handler stops the signal, so an emission hook sees it first. */
static gboolean
render_hook_cb (GSignalInvocationHint *hint,
                guint                  n_values,
                const GValue          *values,
                gpointer               surface)
{
  if (g_value_get_object (&values[0]) == surface)
    n_paints++;

  return TRUE;
}

static void
count_frames (GtkWindow *window)
{
  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint",
                    G_CALLBACK (after_paint_cb), NULL);
  g_signal_add_emission_hook (g_signal_lookup ("render", GDK_TYPE_SURFACE), 0, render_hook_cb,
                              gtk_native_get_surface (GTK_NATIVE (window)), NULL);
}

static gboolean
quit_cb (gpointer data)
{
  g_main_loop_quit (data);
  return G_SOURCE_REMOVE;
}

/* Runs the main loop for @ms as the app would, with one timer of ours. */
static void
run_for (guint ms)
{
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);

  g_timeout_add (ms, quit_cb, loop);
  g_main_loop_run (loop);
}

/* Watches for @seconds and reports. */
static void
measure (const char *what,
         guint       extra_draws,
         const char *draws_what)
{
  Sample a, b;
  double wall;

  a = sample ();
  run_for (seconds * 1000);
  b = sample ();
  wall = (b.time - a.time) / 1e6;

  g_test_message ("%-28s CPU %5.1f %%  painted %6.2f/s  frame clock %6.2f/s  wakeups %7.1f/s",
                  what, 100 * (b.cpu_s - a.cpu_s) / wall, (b.paints - a.paints) / wall,
                  (b.frames - a.frames) / wall, (b.wakeups - a.wakeups) / wall);
  if (draws_what != NULL)
    g_test_message ("%-28s   %s redrawn %.2f/s", "", draws_what, extra_draws / wall);
}

static GtkWidget *
find_widget (GtkWidget  *widget,
             GType       type,
             const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) &&
          (label == NULL || g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0))
        return child;

      if ((found = find_widget (child, type, label)))
        return found;
    }

  return NULL;
}

static void
bench_floor (void)
{
  GtkWindow *window = floor_window_new (GTK_APPLICATION (app));

  gtk_window_present (window);
  run_for (2000);
  count_frames (window);
  measure ("floor, idle", 0, NULL);
  gtk_window_destroy (window);
  run_for (200);
}

/* Goes to the first step of @kind, on the real clock. */
static void
skip_to (RbSession  *session,
         RbStepKind  kind)
{
  while (rb_session_get_step (session)->kind != kind)
    {
      g_assert_cmpint (rb_session_get_step (session)->kind, !=, RB_STEP_DONE);
      rb_session_next (session);
    }
  run_for (100);
}

static void
measure_player (RbPlayer   *player,
                const char *what)
{
  RbCountdownRing *ring = RB_COUNTDOWN_RING (find_widget (GTK_WIDGET (player), RB_TYPE_COUNTDOWN_RING, NULL));
  RbFigureView *figure = RB_FIGURE_VIEW (find_widget (GTK_WIDGET (player), RB_TYPE_FIGURE_VIEW, NULL));
  guint ring_draws = ring != NULL ? rb_countdown_ring_get_n_draws (ring) : 0;
  guint figure_draws = figure != NULL ? rb_figure_view_get_n_draws (figure) : 0;
  g_autofree char *draws = NULL;

  measure (what, 0, NULL);
  draws = g_strdup_printf ("ring %.2f/s, figure", (ring != NULL ? rb_countdown_ring_get_n_draws (ring) - ring_draws : 0) /
                           (double) seconds);
  g_test_message ("%-28s   %s %.2f/s", "", draws,
                  (figure != NULL ? rb_figure_view_get_n_draws (figure) - figure_draws : 0) / (double) seconds);
}

static void
bench_window (void)
{
  RbLibrary *library = rb_application_get_library (app);
  RbWindow *window = rb_window_new (app, library);
  RbPlayer *player;
  RbSession *session;

  gtk_window_present (GTK_WINDOW (window));
  run_for (3000);
  count_frames (GTK_WINDOW (window));
  measure ("Runback, idle on Today", 0, NULL);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.start-session", "(su)",
                                             "daily-stretching", 0));
  while ((player = RB_PLAYER (find_widget (GTK_WIDGET (window), RB_TYPE_PLAYER, NULL))) == NULL ||
         !gtk_widget_get_mapped (GTK_WIDGET (player)))
    g_main_context_iteration (NULL, TRUE);
  session = rb_player_get_session (player);
  g_signal_emit_by_name (find_widget (GTK_WIDGET (player), GTK_TYPE_BUTTON, "Start _Without Rating"), "clicked");
  g_assert_cmpint (rb_session_get_state (session), ==, RB_SESSION_STATE_RUNNING);
  /* The player crossfades from its rating page to the session: starting
   * a session draws that, a hold does not. */
  run_for (1000);

  skip_to (session, RB_STEP_WORK_HOLD);
  measure_player (player, "player, hold (from its start)");
  skip_to (session, RB_STEP_REST_SET);
  measure_player (player, "player, rest");
  rb_session_pause (session);
  run_for (100);
  measure_player (player, "player, paused");
  rb_session_resume (session);
  gtk_widget_hide (GTK_WIDGET (window));
  run_for (100);
  measure_player (player, "player running, window hidden");
  gtk_widget_show (GTK_WIDGET (window));
  rb_session_stop (session);
  run_for (200);
}

static void
bench_reps (void)
{
  RbLibrary *library = rb_application_get_library (app);
  RbWindow *window = rb_window_new (app, library);
  RbPlayer *player;
  RbSession *session;

  gtk_window_present (GTK_WINDOW (window));
  run_for (1000);
  count_frames (GTK_WINDOW (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.start-session", "(su)",
                                             "knee-strength", 0));
  while ((player = RB_PLAYER (find_widget (GTK_WIDGET (window), RB_TYPE_PLAYER, NULL))) == NULL ||
         !gtk_widget_get_mapped (GTK_WIDGET (player)))
    g_main_context_iteration (NULL, TRUE);
  session = rb_player_get_session (player);
  g_signal_emit_by_name (find_widget (GTK_WIDGET (player), GTK_TYPE_BUTTON, "Start _Without Rating"), "clicked");
  skip_to (session, RB_STEP_WORK_REPS);
  measure_player (player, "player, reps");
  rb_session_stop (session);
  run_for (200);
}

int
main (int   argc,
      char *argv[])
{
  const char *env = g_getenv ("BENCH_SECONDS");
  int status;

  gtk_test_init (&argc, &argv, NULL);
  setlocale (LC_ALL, "");  /* the reports hold × and ≤ */
  adw_init ();
  if (env != NULL)
    seconds = MAX (1, atoi (env));

  app = rb_application_new (APP_ID ".Bench", G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, NULL);

  g_test_add_func ("/rb/bench/activity/floor", bench_floor);
  g_test_add_func ("/rb/bench/activity/window", bench_window);
  g_test_add_func ("/rb/bench/activity/reps", bench_reps);
  status = g_test_run ();

  g_object_unref (app);
  return status;
}
