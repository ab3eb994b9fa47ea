/* rb-window.c
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rb-window.h"

struct _RbWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;

  AdwToastOverlay      *toast_overlay;
  AdwLeaflet           *leaflet;
  GtkWidget            *main_box;
  AdwViewStack         *stack;
};

G_DEFINE_FINAL_TYPE (RbWindow, rb_window, ADW_TYPE_APPLICATION_WINDOW)

static void
save_window_state (RbWindow *self)
{
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);

  g_settings_delay (self->settings);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  g_settings_apply (self->settings);
}

static void
restore_window_state (RbWindow *self)
{
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));

  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

/* Returns the position of the visible page among the leaflet's pages. */
static guint
get_visible_position (RbWindow    *self,
                      GListModel **pages)
{
  GtkWidget *visible = adw_leaflet_get_visible_child (self->leaflet);
  guint n;

  *pages = G_LIST_MODEL (adw_leaflet_get_pages (self->leaflet));
  n = g_list_model_get_n_items (*pages);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AdwLeafletPage) page = g_list_model_get_item (*pages, i);

      if (adw_leaflet_page_get_child (page) == visible)
        return i;
    }

  g_assert_not_reached ();
}

/* Pages pushed on the leaflet are dropped once the transition back to an
 * earlier page has finished, so that each push starts from a fresh page.
 */
static void
leaflet_transition_cb (RbWindow *self)
{
  g_autoptr(GListModel) pages = NULL;
  guint visible;

  if (adw_leaflet_get_child_transition_running (self->leaflet))
    return;

  visible = get_visible_position (self, &pages);

  for (guint i = g_list_model_get_n_items (pages); i > visible + 1; i--)
    {
      g_autoptr(AdwLeafletPage) page = g_list_model_get_item (pages, i - 1);

      adw_leaflet_remove (self->leaflet, adw_leaflet_page_get_child (page));
    }
}

static void
show_view_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  rb_window_show_view (RB_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  rb_window_pop_page (RB_WINDOW (widget));
}

static gboolean
rb_window_close_request (GtkWindow *window)
{
  save_window_state (RB_WINDOW (window));

  return GTK_WINDOW_CLASS (rb_window_parent_class)->close_request (window);
}

static void
rb_window_dispose (GObject *object)
{
  RbWindow *self = RB_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RB_TYPE_WINDOW);

  G_OBJECT_CLASS (rb_window_parent_class)->dispose (object);
}

static void
rb_window_finalize (GObject *object)
{
  RbWindow *self = RB_WINDOW (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (rb_window_parent_class)->finalize (object);
}

static void
rb_window_class_init (RbWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = rb_window_dispose;
  object_class->finalize = rb_window_finalize;
  window_class->close_request = rb_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/runback/Runback/rb-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RbWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, RbWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, RbWindow, main_box);
  gtk_widget_class_bind_template_child (widget_class, RbWindow, stack);
  gtk_widget_class_bind_template_callback (widget_class, leaflet_transition_cb);

  gtk_widget_class_install_action (widget_class, "win.show-view", "s", show_view_action);
  gtk_widget_class_install_action (widget_class, "win.back", NULL, back_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "win.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Back, 0, "win.back", NULL);
}

static void
rb_window_init (RbWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (BASE_ID);
  restore_window_state (self);

  if (g_strcmp0 (PROFILE, "development") == 0)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
}

RbWindow *
rb_window_new (RbApplication *application)
{
  g_return_val_if_fail (RB_IS_APPLICATION (application), NULL);

  return g_object_new (RB_TYPE_WINDOW,
                       "application", application,
                       NULL);
}

/**
 * rb_window_show_view:
 * @self: a #RbWindow
 * @name: the name of a main view: "today", "calendar", "programs",
 *   "progress" or "learn"
 *
 * Returns to the main views, dropping any pushed pages, and shows @name.
 */
void
rb_window_show_view (RbWindow   *self,
                     const char *name)
{
  g_return_if_fail (RB_IS_WINDOW (self));
  g_return_if_fail (name != NULL);

  if (adw_view_stack_get_child_by_name (self->stack, name) == NULL)
    {
      g_warning ("No view named “%s”", name);
      return;
    }

  adw_leaflet_set_visible_child (self->leaflet, self->main_box);
  adw_view_stack_set_visible_child_name (self->stack, name);
}

/**
 * rb_window_push_page:
 * @self: a #RbWindow
 * @page: (transfer floating): a page with its own header bar
 *
 * Slides @page in over the current page. The page offers a way back
 * with the `win.back` action (Alt+Left works too).
 */
void
rb_window_push_page (RbWindow  *self,
                     GtkWidget *page)
{
  g_return_if_fail (RB_IS_WINDOW (self));
  g_return_if_fail (GTK_IS_WIDGET (page));

  adw_leaflet_append (self->leaflet, page);
  adw_leaflet_set_visible_child (self->leaflet, page);
}

/**
 * rb_window_pop_page:
 * @self: a #RbWindow
 *
 * Goes back one page; does nothing on the main views.
 */
void
rb_window_pop_page (RbWindow *self)
{
  g_autoptr(GListModel) pages = NULL;
  g_autoptr(AdwLeafletPage) previous = NULL;
  guint visible;

  g_return_if_fail (RB_IS_WINDOW (self));

  visible = get_visible_position (self, &pages);
  if (visible == 0)
    return;

  previous = g_list_model_get_item (pages, visible - 1);
  adw_leaflet_set_visible_child (self->leaflet, adw_leaflet_page_get_child (previous));
}

/**
 * rb_window_add_toast:
 * @self: a #RbWindow
 * @toast: (transfer full): the toast
 *
 * Shows @toast. Its title is parsed as markup, so text from files must be
 * escaped first.
 */
void
rb_window_add_toast (RbWindow *self,
                     AdwToast *toast)
{
  g_return_if_fail (RB_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}
