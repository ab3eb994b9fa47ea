/* rb-test-ui.h: helpers shared by the UI tests.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Runs the default main context until nothing is pending. */
static inline void
rb_test_iterate (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

/* Waits @ms milliseconds of main loop time, e.g. for a transition. */
static inline void
rb_test_wait (guint ms)
{
  gint64 end = g_get_monotonic_time () + (gint64) ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

/* Saves @widget as it is drawn now to a PNG, for looking at the UI. */
static inline void
rb_test_save_screenshot (GtkWidget  *widget,
                         const char *path)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));

  gdk_paintable_snapshot (paintable, snapshot,
                          gtk_widget_get_width (widget), gtk_widget_get_height (widget));
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);

  texture = gsk_renderer_render_texture (renderer, node, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

/* Initializes GTK and libadwaita for a TAP test, or reports the whole
 * test as skipped when there is no display. Returns FALSE in that case,
 * and the caller returns 0 from main().
 */
static inline gboolean
rb_test_ui_init (int    *argc,
                 char ***argv)
{
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_print ("1..0 # SKIP no display (run under xvfb-run)\n");
      return FALSE;
    }

  /* Each test process gets its own data folder, so that tests running
   * at once never see each other's journal or unfinished session. */
  {
    g_autofree char *data_home = g_dir_make_tmp ("runback-ui-XXXXXX", NULL);

    g_assert_nonnull (data_home);
    g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  }

  gtk_test_init (argc, argv, NULL);
  adw_init ();

  return TRUE;
}

G_END_DECLS
