/* rb-plan-ical.h
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rb-plan.h"

G_BEGIN_DECLS

gboolean rb_plan_export_ical (RbPlan       *plan,
                              RbProgram    *program,
                              const GDate  *from,
                              GDateTime    *now,
                              const char   *path,
                              GError      **error);

G_END_DECLS
