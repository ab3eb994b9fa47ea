/* floor.c: a bare libadwaita window, the benchmarks' floor.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `floor --first-frame` leaves at the first frame (see first-frame.h);
 * `floor` alone stays open, to compare by hand.
 */

#include "config.h"

#include <string.h>

#include "first-frame.h"
#include "floor-window.h"

static void
activate_cb (GtkApplication *app)
{
  gtk_window_present (floor_window_new (app));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = NULL;

  app = adw_application_new (APP_ID ".Floor", G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);
  if (argc > 1 && strcmp (argv[1], "--first-frame") == 0)
    {
      first_frame_watch (GTK_APPLICATION (app));
      argc = 1;
    }

  return g_application_run (G_APPLICATION (app), argc, argv);
}
