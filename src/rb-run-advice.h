/* rb-run-advice.h: a progression's decision, shown on Today and the plan
 * page.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rb-progression.h"

G_BEGIN_DECLS

GtkWidget *rb_run_advice_new_reason (const RbProgressionDecision *decision);
GtkWidget *rb_run_advice_new_banner (const RbProgressionDecision *decision);

G_END_DECLS
