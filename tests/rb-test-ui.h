/* rb-test-ui.h: helpers shared by the UI tests.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>
#include <gdk/x11/gdkx.h>

#include "rb-session.h"

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

typedef gboolean (*RbTestCondition) (gpointer data);

static inline gboolean
rb_test_timeout_cb (gpointer data)
{
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until @condition holds, for at most 10 seconds of
 * wall time (generous: the suite may run on a loaded machine under
 * sanitizers). Returns whether it held, so that the caller asserts it.
 */
static inline gboolean
rb_test_wait_until (RbTestCondition condition,
                    gpointer        data)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!condition (data))
    {
      GSource *timeout;

      if (g_get_monotonic_time () > end)
        return FALSE;

      /* Sleeps until something happens, or 10 ms at most, so that a
       * condition that no source announces is polled too. */
      timeout = g_timeout_source_new (10);
      g_source_set_callback (timeout, rb_test_timeout_cb, NULL, NULL);
      g_source_attach (timeout, NULL);
      g_main_context_iteration (NULL, TRUE);
      g_source_destroy (timeout);
      g_source_unref (timeout);
    }

  return TRUE;
}

/* A session's step to wait for: rb_test_wait_until (rb_test_is_at_step,
 * &wait) returns once the session is at @index. */
typedef struct
{
  RbSession *session;
  guint      index;
} RbTestStepWait;

static inline gboolean
rb_test_is_at_step (gpointer data)
{
  RbTestStepWait *wait = data;

  return rb_session_get_step_index (wait->session) == wait->index;
}

static inline gboolean
rb_test_widget_is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (GTK_WIDGET (widget));
}

/* Waits until @widget is on screen and its window has been drawn. */
static inline gboolean
rb_test_wait_for_mapped (GtkWidget *widget)
{
  if (!rb_test_wait_until (rb_test_widget_is_mapped, widget))
    return FALSE;

  gtk_test_widget_wait_for_draw (widget);
  return TRUE;
}

/* Whether a stack, leaflet or squeezer (a view switcher title has one)
 * under @widget is still in a transition. */
static inline gboolean
rb_test_in_transition (GtkWidget *widget)
{
  if ((GTK_IS_STACK (widget) && gtk_stack_get_transition_running (GTK_STACK (widget))) ||
      (ADW_IS_LEAFLET (widget) && adw_leaflet_get_child_transition_running (ADW_LEAFLET (widget))) ||
      (ADW_IS_SQUEEZER (widget) && adw_squeezer_get_transition_running (ADW_SQUEEZER (widget))))
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (rb_test_in_transition (child))
      return TRUE;

  return FALSE;
}

static inline gboolean
rb_test_settled (gpointer widget)
{
  return !rb_test_in_transition (widget);
}

/* Waits until every transition under @widget has finished, then for a
 * frame, so that what is drawn next is the end state. */
static inline gboolean
rb_test_wait_settled (GtkWidget *widget)
{
  if (!rb_test_wait_until (rb_test_settled, widget))
    return FALSE;

  gtk_test_widget_wait_for_draw (widget);
  return TRUE;
}

/* The first widget of @type under @widget, shown or not; popovers, which
 * hold the drop-downs' lists, are not searched. */
static inline GtkWidget *
rb_test_find_widget (GtkWidget *widget,
                     GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_POPOVER (child))
        continue;
      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      if ((found = rb_test_find_widget (child, type)))
        return found;
    }

  return NULL;
}

/* The first button under @widget that reads @label, as written with its
 * mnemonic ("_Start"). */
static inline GtkWidget *
rb_test_find_button (GtkWidget  *widget,
                     const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0)
        return child;
      if ((found = rb_test_find_button (child, label)))
        return found;
    }

  return NULL;
}

/* Whether the first list view under @widget is on screen with its rows:
 * a list view only makes them once shown. */
static inline gboolean
rb_test_list_view_has_rows (gpointer widget)
{
  GtkWidget *view = rb_test_find_widget (widget, GTK_TYPE_LIST_VIEW);

  return view != NULL && gtk_widget_get_mapped (view) && gtk_widget_get_first_child (view) != NULL &&
         gtk_widget_get_mapped (gtk_widget_get_first_child (view));
}

typedef struct
{
  GtkWidget *root;
  GType      type;
} RbTestSearch;

/* Whether the first widget of a type under a root is on screen, for
 * rb_test_wait_until() with an RbTestSearch. */
static inline gboolean
rb_test_widget_shown (gpointer data)
{
  RbTestSearch *search = data;
  GtkWidget *found = rb_test_find_widget (search->root, search->type);

  return found != NULL && gtk_widget_get_mapped (found);
}

typedef struct
{
  GtkWidget *window;
  int        width;
  int        height;
} RbTestSize;

static inline gboolean
rb_test_window_has_size (gpointer data)
{
  RbTestSize *size = data;

  return gtk_widget_get_width (size->window) == size->width &&
         gtk_widget_get_height (size->window) == size->height;
}

/* Resizes @window and waits until it has been laid out and drawn at the
 * new size with no transition under way, e.g. before a screenshot. The window never gets smaller than
 * its content allows, and its allocation differs from its default size
 * by its frame: GTK keeps the default size at the current size, so the
 * difference is known before the resize. */
static inline gboolean
rb_test_resize (GtkWindow *window,
                int        width,
                int        height)
{
  GtkWidget *widget = GTK_WIDGET (window);
  int old_width, old_height, min_width, min_height;
  RbTestSize size = { widget, 0, 0 };

  gtk_window_get_default_size (window, &old_width, &old_height);
  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
  gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, MAX (width, min_width), &min_height, NULL, NULL, NULL);
  size.width = MAX (width, min_width) - (old_width - gtk_widget_get_width (widget));
  size.height = MAX (height, min_height) - (old_height - gtk_widget_get_height (widget));

  gtk_window_set_default_size (window, width, height);
  if (!rb_test_wait_until (rb_test_window_has_size, &size))
    return FALSE;

  return rb_test_wait_settled (widget);
}

static inline gboolean
rb_test_window_is_active (gpointer window)
{
  return gtk_window_is_active (GTK_WINDOW (window));
}

static inline gboolean
rb_test_run (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL,
                     &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    {
      g_test_message ("%s: %s", argv[0], error->message);
      return FALSE;
    }

  return TRUE;
}

/* Whether rb_test_press_keys() can work here: an X display and xdotool. */
static inline gboolean
rb_test_can_press_keys (void)
{
  g_autofree char *xdotool = g_find_program_in_path ("xdotool");

  return xdotool != NULL && GDK_IS_X11_DISPLAY (gdk_display_get_default ());
}

/* Presses @keys (xdotool's names: "space", "ctrl+Return") for real: the
 * X server gets them through XTEST and sends them to @widget's window,
 * which is given the input focus first, so GTK sees them exactly as it
 * sees a keyboard. The caller then waits for what they should cause.
 */
static inline void
rb_test_press_keys (GtkWidget  *widget,
                    const char *keys)
{
  GdkSurface *surface = gtk_native_get_surface (gtk_widget_get_native (widget));
  g_autofree char *xid = g_strdup_printf ("%lu", (gulong) gdk_x11_surface_get_xid (surface));
  /* xdotool waits until the X server says the window has the focus. */
  const char *focus_argv[] = { "timeout", "10", "xdotool", "windowfocus", "--sync", xid, NULL };
  const char *key_argv[] = { "xdotool", "key", "--clearmodifiers", keys, NULL };
  GtkRoot *root = gtk_widget_get_root (widget);

  /* Always: GTK may believe its window active while the X focus went to
   * a window that is gone. */
  g_assert_true (rb_test_run (focus_argv));
  g_assert_true (rb_test_wait_until (rb_test_window_is_active, root));
  g_assert_true (rb_test_run (key_argv));
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
