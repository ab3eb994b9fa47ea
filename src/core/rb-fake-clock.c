/* rb-fake-clock.c
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rb-fake-clock.h"

/* A clock for tests: time moves only when told to, and due callbacks run
 * synchronously, in order of their time, then of scheduling. */

struct _RbFakeClock
{
  GObject    parent_instance;
  gint64     now;
  gint64     start;
  gint64     latency;
  GDateTime *wall_start;
  GList     *pending;
  guint      last_id;
};

typedef struct
{
  guint       id;
  gint64      when_us;
  RbClockFunc func;
  gpointer    user_data;
} Timer;

static void rb_fake_clock_iface_init (RbClockInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RbFakeClock, rb_fake_clock, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (RB_TYPE_CLOCK, rb_fake_clock_iface_init))

static int
compare_timers (gconstpointer a,
                gconstpointer b)
{
  const Timer *ta = a;
  const Timer *tb = b;

  if (ta->when_us != tb->when_us)
    return ta->when_us < tb->when_us ? -1 : 1;

  return ta->id < tb->id ? -1 : (ta->id > tb->id);
}

static gint64
rb_fake_clock_get_time (RbClock *clock)
{
  return RB_FAKE_CLOCK (clock)->now;
}

static GDateTime *
rb_fake_clock_dup_now (RbClock *clock)
{
  RbFakeClock *self = RB_FAKE_CLOCK (clock);

  return g_date_time_add (self->wall_start, self->now - self->start);
}

static guint
rb_fake_clock_schedule (RbClock     *clock,
                        gint64       when_us,
                        RbClockFunc  func,
                        gpointer     user_data)
{
  RbFakeClock *self = RB_FAKE_CLOCK (clock);
  Timer *timer = g_new0 (Timer, 1);

  timer->id = ++self->last_id;
  timer->when_us = when_us;
  timer->func = func;
  timer->user_data = user_data;
  self->pending = g_list_insert_sorted (self->pending, timer, compare_timers);

  return timer->id;
}

static void
rb_fake_clock_cancel (RbClock *clock,
                      guint    id)
{
  RbFakeClock *self = RB_FAKE_CLOCK (clock);

  for (GList *l = self->pending; l != NULL; l = l->next)
    {
      Timer *timer = l->data;

      if (timer->id == id)
        {
          self->pending = g_list_delete_link (self->pending, l);
          g_free (timer);
          return;
        }
    }
}

static void
rb_fake_clock_iface_init (RbClockInterface *iface)
{
  iface->get_time = rb_fake_clock_get_time;
  iface->dup_now = rb_fake_clock_dup_now;
  iface->schedule = rb_fake_clock_schedule;
  iface->cancel = rb_fake_clock_cancel;
}

static void
rb_fake_clock_finalize (GObject *object)
{
  RbFakeClock *self = RB_FAKE_CLOCK (object);

  g_list_free_full (g_steal_pointer (&self->pending), g_free);
  g_clear_pointer (&self->wall_start, g_date_time_unref);

  G_OBJECT_CLASS (rb_fake_clock_parent_class)->finalize (object);
}

static void
rb_fake_clock_class_init (RbFakeClockClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rb_fake_clock_finalize;
}

static void
rb_fake_clock_init (RbFakeClock *self)
{
}

/**
 * rb_fake_clock_new:
 * @start_us: the initial monotonic time
 * @wall_start: (nullable): the wall-clock time at @start_us; the local
 *   time 2026-03-02 08:00:00 when %NULL
 *
 * Returns: (transfer full): a clock that moves only when told to
 */
RbFakeClock *
rb_fake_clock_new (gint64     start_us,
                   GDateTime *wall_start)
{
  RbFakeClock *self = g_object_new (RB_TYPE_FAKE_CLOCK, NULL);

  self->now = start_us;
  self->start = start_us;
  if (wall_start != NULL)
    self->wall_start = g_date_time_ref (wall_start);
  else
    self->wall_start = g_date_time_new_local (2026, 3, 2, 8, 0, 0);

  return self;
}

/**
 * rb_fake_clock_set_latency:
 * @self: a #RbFakeClock
 * @us: how late callbacks run
 *
 * Makes each callback run @us after its time (never past the target of
 * the current advance), as a busy main loop would. Deadlines computed
 * from the time a callback runs then drift; deadlines computed from the
 * schedule do not.
 */
void
rb_fake_clock_set_latency (RbFakeClock *self,
                           gint64       us)
{
  g_return_if_fail (RB_IS_FAKE_CLOCK (self));
  g_return_if_fail (us >= 0);

  self->latency = us;
}

/**
 * rb_fake_clock_advance_to:
 * @self: a #RbFakeClock
 * @when_us: the new time, not before the current one
 *
 * Moves the time to @when_us, running every callback due on the way (and
 * those they schedule) with the time set to when each was due.
 */
void
rb_fake_clock_advance_to (RbFakeClock *self,
                          gint64       when_us)
{
  g_return_if_fail (RB_IS_FAKE_CLOCK (self));
  g_return_if_fail (when_us >= self->now);

  while (self->pending != NULL)
    {
      Timer *timer = self->pending->data;

      if (timer->when_us > when_us)
        break;

      self->pending = g_list_delete_link (self->pending, self->pending);
      self->now = MAX (self->now, MIN (timer->when_us + self->latency, when_us));
      timer->func (timer->user_data);
      g_free (timer);
    }

  self->now = when_us;
}

/**
 * rb_fake_clock_advance:
 * @self: a #RbFakeClock
 * @us: microseconds to move forward
 *
 * Same as rb_fake_clock_advance_to() from the current time.
 */
void
rb_fake_clock_advance (RbFakeClock *self,
                       gint64       us)
{
  g_return_if_fail (RB_IS_FAKE_CLOCK (self));
  g_return_if_fail (us >= 0);

  rb_fake_clock_advance_to (self, self->now + us);
}

/**
 * rb_fake_clock_stall:
 * @self: a #RbFakeClock
 * @us: microseconds to move forward
 *
 * Moves the time forward without running any callback, as a main loop
 * busy elsewhere would; the next advance runs the callbacks now overdue.
 */
void
rb_fake_clock_stall (RbFakeClock *self,
                     gint64       us)
{
  g_return_if_fail (RB_IS_FAKE_CLOCK (self));
  g_return_if_fail (us >= 0);

  self->now += us;
}

/**
 * rb_fake_clock_advance_next:
 * @self: a #RbFakeClock
 *
 * Moves the time to the next pending callback and runs the callbacks due
 * then.
 *
 * Returns: %FALSE when nothing was pending
 */
gboolean
rb_fake_clock_advance_next (RbFakeClock *self)
{
  Timer *timer;

  g_return_val_if_fail (RB_IS_FAKE_CLOCK (self), FALSE);

  if (self->pending == NULL)
    return FALSE;

  timer = self->pending->data;
  rb_fake_clock_advance_to (self, MAX (self->now, timer->when_us + self->latency));

  return TRUE;
}

/**
 * rb_fake_clock_get_n_pending:
 * @self: a #RbFakeClock
 *
 * Returns: the number of callbacks scheduled and not yet run
 */
guint
rb_fake_clock_get_n_pending (RbFakeClock *self)
{
  g_return_val_if_fail (RB_IS_FAKE_CLOCK (self), 0);

  return g_list_length (self->pending);
}
