/* rb-follow-dialog.h
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rb-plan-store.h"
#include "rb-program.h"

G_BEGIN_DECLS

#define RB_TYPE_FOLLOW_DIALOG (rb_follow_dialog_get_type ())

G_DECLARE_FINAL_TYPE (RbFollowDialog, rb_follow_dialog, RB, FOLLOW_DIALOG, AdwWindow)

RbFollowDialog *rb_follow_dialog_new    (GtkWindow      *parent,
                                         RbProgram      *program,
                                         RbPlanStore    *store,
                                         const GDate    *today);
RbPlan         *rb_follow_dialog_follow (RbFollowDialog *self,
                                         GError        **error);

G_END_DECLS
