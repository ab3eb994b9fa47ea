/* rb-application.h
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rb-clock.h"
#include "rb-journal.h"
#include "rb-plan-store.h"
#include "rb-library.h"

G_BEGIN_DECLS

#define RB_TYPE_APPLICATION (rb_application_get_type ())

G_DECLARE_FINAL_TYPE (RbApplication, rb_application, RB, APPLICATION, AdwApplication)

RbApplication *rb_application_new (const char        *application_id,
                                   GApplicationFlags  flags);
RbLibrary     *rb_application_get_library (RbApplication *self);

RbJournal     *rb_application_get_journal       (RbApplication *self);
RbClock       *rb_application_get_clock         (RbApplication *self);
RbPlanStore   *rb_application_get_plan_store    (RbApplication *self);
gboolean       rb_application_has_session_in_progress (RbApplication *self);
gboolean       rb_application_take_unfinished   (RbApplication *self);
gboolean       rb_application_save_journal      (RbApplication *self);
void           rb_application_confirm_quit      (RbApplication *self,
                                                 GtkWindow     *parent);
gboolean       rb_application_backup            (RbApplication *self,
                                                 const char    *path,
                                                 gboolean      *incomplete,
                                                 GError       **error);
gboolean       rb_application_restore           (RbApplication *self,
                                                 const char    *path,
                                                 GStrv         *replaced,
                                                 GError       **error);
void           rb_application_ask_restore       (RbApplication *self,
                                                 GtkWindow     *parent,
                                                 const char    *path);
void           rb_application_reload_stores     (RbApplication *self);

GDateWeekday   rb_application_get_first_weekday (void);

G_END_DECLS
