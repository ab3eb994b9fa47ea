/* rb-clock.h
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define RB_TYPE_CLOCK (rb_clock_get_type ())

G_DECLARE_INTERFACE (RbClock, rb_clock, RB, CLOCK, GObject)

/**
 * RbClockFunc:
 * @user_data: the data given to rb_clock_schedule()
 *
 * Called once when a scheduled time is reached. A callback may schedule
 * or cancel other callbacks.
 */
typedef void (*RbClockFunc) (gpointer user_data);

/**
 * RbClockInterface:
 * @get_time: the monotonic time in microseconds
 * @dup_now: the local wall-clock time, for records such as the journal
 * @schedule: calls @func once the monotonic time reaches @when_us
 * @cancel: cancels a pending callback
 *
 * A source of time. The session state machine reads time only through
 * this interface, so tests can replace the real clock with a fake one.
 */
struct _RbClockInterface
{
  GTypeInterface parent_iface;

  gint64      (*get_time) (RbClock       *self);
  GDateTime  *(*dup_now)  (RbClock       *self);
  guint       (*schedule) (RbClock       *self,
                           gint64         when_us,
                           RbClockFunc    func,
                           gpointer       user_data);
  void        (*cancel)   (RbClock       *self,
                           guint          id);
};

gint64     rb_clock_get_time (RbClock    *self);
GDateTime *rb_clock_dup_now  (RbClock    *self);
guint      rb_clock_schedule (RbClock    *self,
                              gint64      when_us,
                              RbClockFunc func,
                              gpointer    user_data);
void       rb_clock_cancel   (RbClock    *self,
                              guint       id);

G_END_DECLS
