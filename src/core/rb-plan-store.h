/* rb-plan-store.h
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rb-plan.h"

G_BEGIN_DECLS

#define RB_TYPE_PLAN_STORE (rb_plan_store_get_type ())

G_DECLARE_FINAL_TYPE (RbPlanStore, rb_plan_store, RB, PLAN_STORE, GObject)

RbPlanStore  *rb_plan_store_new            (const char          *dir);
RbPlanStore  *rb_plan_store_new_default    (void);
const char   *rb_plan_store_get_path       (RbPlanStore         *self);
GListModel   *rb_plan_store_get_plans      (RbPlanStore         *self);
RbPlan       *rb_plan_store_lookup         (RbPlanStore         *self,
                                            const char          *id);
gboolean      rb_plan_store_load           (RbPlanStore         *self,
                                            GError             **error);
void          rb_plan_store_load_async     (RbPlanStore         *self,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
gboolean      rb_plan_store_load_finish    (RbPlanStore         *self,
                                            GAsyncResult        *result,
                                            GError             **error);
gboolean      rb_plan_store_is_loaded      (RbPlanStore         *self);
gboolean      rb_plan_store_is_read_only   (RbPlanStore         *self);
const char   *rb_plan_store_get_kept_aside (RbPlanStore         *self);
const GError *rb_plan_store_get_load_error (RbPlanStore         *self);
gboolean      rb_plan_store_add            (RbPlanStore         *self,
                                            RbPlan              *plan,
                                            GError             **error);
gboolean      rb_plan_store_remove         (RbPlanStore         *self,
                                            RbPlan              *plan,
                                            GError             **error);
gboolean      rb_plan_store_save           (RbPlanStore         *self,
                                            GError             **error);
gboolean      rb_plan_store_has_unsaved    (RbPlanStore         *self);
const GError *rb_plan_store_get_save_error (RbPlanStore         *self);

G_END_DECLS
