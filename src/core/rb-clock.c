/* rb-clock.c
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rb-clock.h"

G_DEFINE_INTERFACE (RbClock, rb_clock, G_TYPE_OBJECT)

static void
rb_clock_default_init (RbClockInterface *iface)
{
}

/**
 * rb_clock_get_time:
 * @self: a #RbClock
 *
 * Returns: the monotonic time in microseconds
 */
gint64
rb_clock_get_time (RbClock *self)
{
  g_return_val_if_fail (RB_IS_CLOCK (self), 0);

  return RB_CLOCK_GET_IFACE (self)->get_time (self);
}

/**
 * rb_clock_dup_now:
 * @self: a #RbClock
 *
 * Returns: (transfer full): the local wall-clock time
 */
GDateTime *
rb_clock_dup_now (RbClock *self)
{
  g_return_val_if_fail (RB_IS_CLOCK (self), NULL);

  return RB_CLOCK_GET_IFACE (self)->dup_now (self);
}

/**
 * rb_clock_schedule:
 * @self: a #RbClock
 * @when_us: the monotonic time at which to call @func
 * @func: the callback
 * @user_data: data for @func
 *
 * Calls @func once, when the monotonic time reaches @when_us (at once,
 * from the main loop, when it is already past). The callback never runs
 * before @when_us.
 *
 * Returns: an id for rb_clock_cancel(), never 0
 */
guint
rb_clock_schedule (RbClock     *self,
                   gint64       when_us,
                   RbClockFunc  func,
                   gpointer     user_data)
{
  g_return_val_if_fail (RB_IS_CLOCK (self), 0);
  g_return_val_if_fail (func != NULL, 0);

  return RB_CLOCK_GET_IFACE (self)->schedule (self, when_us, func, user_data);
}

/**
 * rb_clock_cancel:
 * @self: a #RbClock
 * @id: an id from rb_clock_schedule() whose callback has not run yet
 *
 * Cancels a pending callback.
 */
void
rb_clock_cancel (RbClock *self,
                 guint    id)
{
  g_return_if_fail (RB_IS_CLOCK (self));
  g_return_if_fail (id != 0);

  RB_CLOCK_GET_IFACE (self)->cancel (self, id);
}
