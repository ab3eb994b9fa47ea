/* rb-detail-page.h
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define RB_TYPE_DETAIL_PAGE (rb_detail_page_get_type ())

G_DECLARE_FINAL_TYPE (RbDetailPage, rb_detail_page, RB, DETAIL_PAGE, GtkBox)

RbDetailPage *rb_detail_page_new        (const char   *title,
                                         GObject      *item);
GObject      *rb_detail_page_get_item   (RbDetailPage *self);
void          rb_detail_page_append     (RbDetailPage *self,
                                         GtkWidget    *child);
void          rb_detail_page_add_title  (RbDetailPage *self,
                                         const char   *title,
                                         const char   *subtitle);
void          rb_detail_page_add_header_end (RbDetailPage *self,
                                             GtkWidget    *widget);

G_END_DECLS
