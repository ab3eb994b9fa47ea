/* rb-system-clock.c
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rb-system-clock.h"

/* The only place in Runback that reads the real time. */

struct _RbSystemClock
{
  GObject     parent_instance;
  GHashTable *pending;
  guint       last_id;
};

typedef struct
{
  RbSystemClock *clock;
  guint          id;
  gint64         when_us;
  RbClockFunc    func;
  gpointer       user_data;
  guint          source_id;
} Timer;

static void rb_system_clock_iface_init (RbClockInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RbSystemClock, rb_system_clock, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (RB_TYPE_CLOCK, rb_system_clock_iface_init))

static void
timer_free (gpointer data)
{
  Timer *timer = data;

  g_clear_handle_id (&timer->source_id, g_source_remove);
  g_free (timer);
}

static void arm_timer (Timer *timer);

static gboolean
timer_fired_cb (gpointer data)
{
  Timer *timer = data;
  RbClockFunc func = timer->func;
  gpointer user_data = timer->user_data;

  timer->source_id = 0;

  /* A GLib timeout has millisecond precision and may be rounded; never
   * call back before the requested time. */
  if (g_get_monotonic_time () < timer->when_us)
    {
      arm_timer (timer);
      return G_SOURCE_REMOVE;
    }

  g_hash_table_remove (timer->clock->pending, GUINT_TO_POINTER (timer->id));
  func (user_data);

  return G_SOURCE_REMOVE;
}

static void
arm_timer (Timer *timer)
{
  gint64 delay = timer->when_us - g_get_monotonic_time ();
  guint delay_ms = delay <= 0 ? 0 : (guint) ((delay + 999) / 1000);

  timer->source_id = g_timeout_add_full (G_PRIORITY_HIGH, delay_ms,
                                         timer_fired_cb, timer, NULL);
  g_source_set_name_by_id (timer->source_id, "[runback] clock");
}

static gint64
rb_system_clock_get_time (RbClock *clock)
{
  return g_get_monotonic_time ();
}

static GDateTime *
rb_system_clock_dup_now (RbClock *clock)
{
  return g_date_time_new_now_local ();
}

static guint
rb_system_clock_schedule (RbClock     *clock,
                          gint64       when_us,
                          RbClockFunc  func,
                          gpointer     user_data)
{
  RbSystemClock *self = RB_SYSTEM_CLOCK (clock);
  Timer *timer = g_new0 (Timer, 1);

  timer->clock = self;
  timer->id = ++self->last_id;
  timer->when_us = when_us;
  timer->func = func;
  timer->user_data = user_data;
  g_hash_table_insert (self->pending, GUINT_TO_POINTER (timer->id), timer);
  arm_timer (timer);

  return timer->id;
}

static void
rb_system_clock_cancel (RbClock *clock,
                        guint    id)
{
  RbSystemClock *self = RB_SYSTEM_CLOCK (clock);

  g_hash_table_remove (self->pending, GUINT_TO_POINTER (id));
}

static void
rb_system_clock_iface_init (RbClockInterface *iface)
{
  iface->get_time = rb_system_clock_get_time;
  iface->dup_now = rb_system_clock_dup_now;
  iface->schedule = rb_system_clock_schedule;
  iface->cancel = rb_system_clock_cancel;
}

static void
rb_system_clock_finalize (GObject *object)
{
  RbSystemClock *self = RB_SYSTEM_CLOCK (object);

  g_clear_pointer (&self->pending, g_hash_table_unref);

  G_OBJECT_CLASS (rb_system_clock_parent_class)->finalize (object);
}

static void
rb_system_clock_class_init (RbSystemClockClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rb_system_clock_finalize;
}

static void
rb_system_clock_init (RbSystemClock *self)
{
  self->pending = g_hash_table_new_full (NULL, NULL, NULL, timer_free);
}

/**
 * rb_system_clock_new:
 *
 * Returns: (transfer full): the real monotonic clock, with callbacks
 *   dispatched by the thread-default main context
 */
RbClock *
rb_system_clock_new (void)
{
  return g_object_new (RB_TYPE_SYSTEM_CLOCK, NULL);
}
