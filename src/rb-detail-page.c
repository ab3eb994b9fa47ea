/* rb-detail-page.c: a page pushed over the main views.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A header bar with a way back, and a scrolling column of readable width
 * that the exercise, program and learn pages fill.
 */

#include "config.h"

#include "rb-detail-page.h"
#include "rb-text.h"

struct _RbDetailPage
{
  GtkBox          parent_instance;

  GObject        *item;

  AdwHeaderBar   *header_bar;
  AdwWindowTitle *window_title;
  GtkBox         *content_box;
};

G_DEFINE_FINAL_TYPE (RbDetailPage, rb_detail_page, GTK_TYPE_BOX)

static void
rb_detail_page_dispose (GObject *object)
{
  RbDetailPage *self = RB_DETAIL_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RB_TYPE_DETAIL_PAGE);
  g_clear_object (&self->item);

  G_OBJECT_CLASS (rb_detail_page_parent_class)->dispose (object);
}

static void
rb_detail_page_class_init (RbDetailPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rb_detail_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/runback/Runback/rb-detail-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RbDetailPage, header_bar);
  gtk_widget_class_bind_template_child (widget_class, RbDetailPage, window_title);
  gtk_widget_class_bind_template_child (widget_class, RbDetailPage, content_box);
}

static void
rb_detail_page_init (RbDetailPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * rb_detail_page_new:
 * @title: the title shown in the header bar
 * @item: the exercise, program or learn page shown
 *
 * Returns: (transfer floating): an empty page to fill
 */
RbDetailPage *
rb_detail_page_new (const char *title,
                    GObject    *item)
{
  RbDetailPage *self = g_object_new (RB_TYPE_DETAIL_PAGE, NULL);

  adw_window_title_set_title (self->window_title, title);
  self->item = g_object_ref (item);

  return self;
}

/**
 * rb_detail_page_get_item:
 * @self: a #RbDetailPage
 *
 * Returns: (transfer none): the object the page shows
 */
GObject *
rb_detail_page_get_item (RbDetailPage *self)
{
  g_return_val_if_fail (RB_IS_DETAIL_PAGE (self), NULL);

  return self->item;
}

void
rb_detail_page_append (RbDetailPage *self,
                       GtkWidget    *child)
{
  g_return_if_fail (RB_IS_DETAIL_PAGE (self));

  gtk_box_append (self->content_box, child);
}

/**
 * rb_detail_page_add_title:
 * @self: a #RbDetailPage
 * @title: the large title
 * @subtitle: (nullable): a dimmed line under it
 */
void
rb_detail_page_add_title (RbDetailPage *self,
                          const char   *title,
                          const char   *subtitle)
{
  rb_detail_page_append (self, rb_text_title_new (title));

  if (subtitle != NULL)
    rb_detail_page_append (self, rb_text_label_new (subtitle, "dim-label"));
}

/**
 * rb_detail_page_add_header_end:
 * @self: a #RbDetailPage
 * @widget: a button or menu button
 *
 * Puts @widget at the end of the page's header bar.
 */
void
rb_detail_page_add_header_end (RbDetailPage *self,
                               GtkWidget    *widget)
{
  g_return_if_fail (RB_IS_DETAIL_PAGE (self));

  adw_header_bar_pack_end (self->header_bar, widget);
}
