/* rb-window.h
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rb-application.h"
#include "rb-library.h"

G_BEGIN_DECLS

#define RB_TYPE_WINDOW (rb_window_get_type ())

G_DECLARE_FINAL_TYPE (RbWindow, rb_window, RB, WINDOW, AdwApplicationWindow)

RbWindow *rb_window_new       (RbApplication *application,
                               RbLibrary     *library);
void      rb_window_show_view (RbWindow      *self,
                               const char    *name);
void      rb_window_push_page (RbWindow      *self,
                               GtkWidget     *page);
void      rb_window_pop_page  (RbWindow      *self);
void      rb_window_add_toast (RbWindow      *self,
                               AdwToast      *toast);
void      rb_window_report    (RbWindow      *self,
                               const char    *message,
                               const char    *details);
void      rb_window_report_save (RbWindow    *self,
                                 const GError *error);
void      rb_window_start_planned (RbWindow    *self,
                                   const char  *plan_id,
                                   const char  *session_id,
                                   const GDate *planned_date);
void      rb_window_start_session (RbWindow   *self,
                                   const char *program_id,
                                   guint       session_index);
gboolean  rb_window_has_session_in_progress (RbWindow *self);
void      rb_window_import_program (RbWindow   *self,
                                    GFile      *file);

G_END_DECLS
