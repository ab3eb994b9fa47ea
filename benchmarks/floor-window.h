/* floor-window.h: the floor the benchmarks measure Runback against.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A bare AdwApplicationWindow with a header bar: what any libadwaita app
 * pays before it shows anything of its own (issue #14).
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

static inline GtkWindow *
floor_window_new (GtkApplication *app)
{
  GtkWidget *window = adw_application_window_new (app);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_title (GTK_WINDOW (window), "Floor");
  gtk_window_set_default_size (GTK_WINDOW (window), 800, 600);

  return GTK_WINDOW (window);
}

G_END_DECLS
