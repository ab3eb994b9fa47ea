/* rb-text.h: plain-text blocks shared by the reading pages.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GtkWidget *rb_text_label_new      (const char         *text,
                                   const char         *css_class);
GtkWidget *rb_text_title_new      (const char         *text);
GtkWidget *rb_text_heading_new    (const char         *text);
GtkWidget *rb_text_list_new       (const char * const *items,
                                   gboolean            numbered,
                                   const char         *name);
GtkWidget *rb_text_disclaimer_new (void);

G_END_DECLS
