/* bench-startup.c: time from creating the main window to its first frame.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run with `meson test --benchmark` under xvfb-run. The budget is generous
 * for a software-rendered X server; the numbers are printed so that a
 * regression shows up before it reaches the budget.
 */

#include "config.h"

#include "rb-application.h"
#include "rb-window.h"
#include "rb-test-ui.h"

#define RUNS 10
#define BUDGET_MS 500.0

static gboolean painted;

static void
after_paint_cb (GdkFrameClock *clock,
                gpointer       user_data)
{
  painted = TRUE;
}

static void
realize_cb (GtkWidget *widget,
            gpointer   user_data)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);

  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), NULL);
}

static double
time_first_frame (RbApplication *app)
{
  RbWindow *window;
  gint64 start, end;

  painted = FALSE;
  start = g_get_monotonic_time ();

  window = rb_window_new (app, rb_application_get_library (app));
  g_signal_connect (window, "realize", G_CALLBACK (realize_cb), NULL);
  gtk_window_present (GTK_WINDOW (window));

  while (!painted)
    g_main_context_iteration (NULL, TRUE);

  end = g_get_monotonic_time ();

  gtk_window_destroy (GTK_WINDOW (window));
  rb_test_iterate ();

  return (end - start) / 1000.0;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static void
bench_first_frame (void)
{
  g_autoptr(RbApplication) app = NULL;
  double times[RUNS];

  app = rb_application_new (APP_ID ".Bench", G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, NULL);

  /* The first window pays for loading the theme and fonts. */
  g_test_message ("cold: %.1f ms", time_first_frame (app));

  for (guint i = 0; i < RUNS; i++)
    times[i] = time_first_frame (app);

  qsort (times, RUNS, sizeof (double), compare_doubles);
  g_test_message ("warm: median %.1f ms, min %.1f ms, max %.1f ms",
                  times[RUNS / 2], times[0], times[RUNS - 1]);
  g_assert_cmpfloat (times[RUNS / 2], <, BUDGET_MS);
}

int
main (int   argc,
      char *argv[])
{
  if (!rb_test_ui_init (&argc, &argv))
    return 0;

  g_test_add_func ("/rb/bench/first-frame", bench_first_frame);

  return g_test_run ();
}
