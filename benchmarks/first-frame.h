/* first-frame.h: ends a process at its first window's first frame.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints the monotonic time of the first frame painted (CLOCK_MONOTONIC
 * is the same clock in every process, so the parent that started the
 * process subtracts its own start time) and leaves with _exit(), so that
 * tearing down counts in neither the time nor the peak memory.
 */

#pragma once

#include <gtk/gtk.h>
#include <stdio.h>
#include <unistd.h>

G_BEGIN_DECLS

static inline void
first_frame_after_paint_cb (GdkFrameClock *clock,
                            gpointer       user_data)
{
  printf ("first-frame %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  fflush (stdout);
  _exit (0);
}

static inline void
first_frame_realize_cb (GtkWidget *widget,
                        gpointer   user_data)
{
  g_signal_connect (gtk_widget_get_frame_clock (widget), "after-paint",
                    G_CALLBACK (first_frame_after_paint_cb), NULL);
}

static inline void
first_frame_window_added_cb (GtkApplication *app,
                             GtkWindow      *window,
                             gpointer        user_data)
{
  g_signal_connect (window, "realize", G_CALLBACK (first_frame_realize_cb), NULL);
}

/* Call before g_application_run(). */
static inline void
first_frame_watch (GtkApplication *app)
{
  g_signal_connect (app, "window-added", G_CALLBACK (first_frame_window_added_cb), NULL);
}

G_END_DECLS
