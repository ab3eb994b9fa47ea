/* rb-learn-article.h
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rb-library.h"

G_BEGIN_DECLS

GtkWidget *rb_learn_article_new (RbLearnPage *learn_page,
                                 RbLibrary   *library);

G_END_DECLS
