/* rb-system-clock.h
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rb-clock.h"

G_BEGIN_DECLS

#define RB_TYPE_SYSTEM_CLOCK (rb_system_clock_get_type ())

G_DECLARE_FINAL_TYPE (RbSystemClock, rb_system_clock, RB, SYSTEM_CLOCK, GObject)

RbClock *rb_system_clock_new (void);

G_END_DECLS
