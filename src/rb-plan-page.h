/* rb-plan-page.h
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rb-clock.h"
#include "rb-journal.h"
#include "rb-plan.h"
#include "rb-program.h"

G_BEGIN_DECLS

#define RB_TYPE_PLAN_PAGE (rb_plan_page_get_type ())

G_DECLARE_FINAL_TYPE (RbPlanPage, rb_plan_page, RB, PLAN_PAGE, GtkBox)

GtkWidget *rb_plan_page_new      (RbPlan     *plan,
                                  RbProgram  *program,
                                  RbJournal  *journal,
                                  RbClock    *clock);
RbPlan    *rb_plan_page_get_plan (RbPlanPage *self);

G_END_DECLS
