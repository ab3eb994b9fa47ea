/* rb-fake-clock.h
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rb-clock.h"

G_BEGIN_DECLS

#define RB_TYPE_FAKE_CLOCK (rb_fake_clock_get_type ())

G_DECLARE_FINAL_TYPE (RbFakeClock, rb_fake_clock, RB, FAKE_CLOCK, GObject)

RbFakeClock *rb_fake_clock_new           (gint64       start_us,
                                          GDateTime   *wall_start);
void         rb_fake_clock_advance       (RbFakeClock *self,
                                          gint64       us);
void         rb_fake_clock_stall         (RbFakeClock *self,
                                          gint64       us);
void         rb_fake_clock_advance_to    (RbFakeClock *self,
                                          gint64       when_us);
gboolean     rb_fake_clock_advance_next  (RbFakeClock *self);
guint        rb_fake_clock_get_n_pending (RbFakeClock *self);
void         rb_fake_clock_set_latency   (RbFakeClock *self,
                                          gint64       us);

G_END_DECLS
