/* rb-preferences-window.h
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define RB_TYPE_PREFERENCES_WINDOW (rb_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (RbPreferencesWindow, rb_preferences_window, RB, PREFERENCES_WINDOW, AdwPreferencesWindow)

GtkWidget *rb_preferences_window_new (GtkWindow *parent);

G_END_DECLS
