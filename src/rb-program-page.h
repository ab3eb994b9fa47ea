/* rb-program-page.h
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rb-clock.h"
#include "rb-plan-store.h"
#include "rb-program.h"

G_BEGIN_DECLS

GtkWidget *rb_program_page_new            (RbProgram   *program);
GtkWidget *rb_program_page_new_with_plans (RbProgram   *program,
                                           RbPlanStore *store,
                                           RbClock     *clock);

G_END_DECLS
