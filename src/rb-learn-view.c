/* rb-learn-view.c: the list of background articles.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rb-learn-article.h"
#include "rb-learn-view.h"
#include "rb-text.h"
#include "rb-library-gate.h"
#include "rb-window.h"

struct _RbLearnView
{
  GtkWidget      parent_instance;

  RbLibrary     *library;

  RbLibraryGate *gate;
  GtkBox        *content_box;
  GtkListBox    *pages_list;
};

G_DEFINE_FINAL_TYPE (RbLearnView, rb_learn_view, GTK_TYPE_WIDGET)

static GtkWidget *
create_page_row (gpointer item,
                 gpointer user_data)
{
  RbLearnPage *page = item;
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), rb_learn_page_get_title (page));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), rb_learn_page_get_summary (page));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "rb-learn-page", g_object_ref (page), g_object_unref);

  return row;
}

static void
page_activated_cb (RbLearnView   *self,
                   GtkListBoxRow *row)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (RB_IS_WINDOW (root))
    rb_window_push_page (RB_WINDOW (root),
                         rb_learn_article_new (g_object_get_data (G_OBJECT (row), "rb-learn-page"),
                                               self->library));
}

static void
rb_learn_view_dispose (GObject *object)
{
  RbLearnView *self = RB_LEARN_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RB_TYPE_LEARN_VIEW);
  g_clear_object (&self->library);

  G_OBJECT_CLASS (rb_learn_view_parent_class)->dispose (object);
}

static void
rb_learn_view_class_init (RbLearnViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rb_learn_view_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  g_type_ensure (RB_TYPE_LIBRARY_GATE);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/runback/Runback/rb-learn-view.ui");
  gtk_widget_class_bind_template_child (widget_class, RbLearnView, gate);
  gtk_widget_class_bind_template_child (widget_class, RbLearnView, content_box);
  gtk_widget_class_bind_template_child (widget_class, RbLearnView, pages_list);
  gtk_widget_class_bind_template_callback (widget_class, page_activated_cb);
}

static void
rb_learn_view_init (RbLearnView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_box_append (self->content_box, rb_text_disclaimer_new ());
}

/**
 * rb_learn_view_set_library:
 * @self: a #RbLearnView
 * @library: the library, loaded or not
 *
 * Lists @library's learn pages; a spinner until it is loaded.
 */
void
rb_learn_view_set_library (RbLearnView *self,
                           RbLibrary   *library)
{
  g_return_if_fail (RB_IS_LEARN_VIEW (self));
  g_return_if_fail (RB_IS_LIBRARY (library));

  g_set_object (&self->library, library);
  gtk_list_box_bind_model (self->pages_list, rb_library_get_learn_pages (library),
                           create_page_row, NULL, NULL);
  rb_library_gate_set_library (self->gate, library);
}

void
rb_learn_view_set_load_error (RbLearnView  *self,
                              const GError *error)
{
  g_return_if_fail (RB_IS_LEARN_VIEW (self));

  rb_library_gate_set_error (self->gate, error);
}
