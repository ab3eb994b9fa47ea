/* rb-a11y.h
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void       rb_a11y_name_buttons_by_text (GtkWidget  *root);
GtkWidget *rb_a11y_button_new_with_name (const char *text,
                                         const char *name);

G_END_DECLS
