/* rb-plan-runs.h
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rb-plan.h"
#include "rb-progression.h"
#include "rb-routine.h"

G_BEGIN_DECLS

GArray                *rb_plan_collect_runs  (RbProgram   *program,
                                              GListModel  *entries);
RbProgressionDecision *rb_plan_decide_run    (RbPlan      *plan,
                                              RbProgram   *program,
                                              GListModel  *entries,
                                              const GDate *today);
RbRoutine             *rb_plan_build_routine (RbPlan      *plan,
                                              RbProgram   *program,
                                              guint        session_index,
                                              GListModel  *entries,
                                              const GDate *today);


G_END_DECLS
