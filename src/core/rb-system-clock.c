/* rb-system-clock.c
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#ifdef HAVE_TIMERFD
# include <glib-unix.h>
# include <sys/timerfd.h>
# include <unistd.h>
#endif

#include "rb-system-clock.h"

/* The only place in Runback that reads the real time.
 *
 * A GLib timeout wakes the main loop on a whole millisecond, the next
 * one after the time asked for, so up to a millisecond late before the
 * scheduler adds its own delay. Where there is one, a timerfd armed at
 * the microsecond asked for wakes it then; a GLib timeout is the
 * fallback. */

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
  int            fd;        /* the timerfd, or -1 */
} Timer;

static void rb_system_clock_iface_init (RbClockInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RbSystemClock, rb_system_clock, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (RB_TYPE_CLOCK, rb_system_clock_iface_init))

static void
timer_free (gpointer data)
{
  Timer *timer = data;

  g_clear_handle_id (&timer->source_id, g_source_remove);
#ifdef HAVE_TIMERFD
  if (timer->fd >= 0)
    close (timer->fd);
#endif
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

#ifdef HAVE_TIMERFD
static gboolean
timerfd_fired_cb (int          fd,
                  GIOCondition condition,
                  gpointer     data)
{
  guint64 expirations;

  /* Clears the expiry; the timer is armed for once only. */
  if (read (fd, &expirations, sizeof expirations) != sizeof expirations)
    g_debug ("The clock's timerfd had no expiry to read");

  return timer_fired_cb (data);
}

/* g_get_monotonic_time() reads CLOCK_MONOTONIC, as the timerfd does. */
static gboolean
arm_timerfd (Timer *timer)
{
  struct itimerspec spec = { { 0, 0 }, { 0, 0 } };

  /* A zero time would disarm it. */
  if (timer->when_us <= 0)
    return FALSE;

  if (timer->fd < 0)
    timer->fd = timerfd_create (CLOCK_MONOTONIC, TFD_NONBLOCK | TFD_CLOEXEC);
  if (timer->fd < 0)
    return FALSE;

  spec.it_value.tv_sec = timer->when_us / G_USEC_PER_SEC;
  spec.it_value.tv_nsec = (timer->when_us % G_USEC_PER_SEC) * 1000;
  if (timerfd_settime (timer->fd, TFD_TIMER_ABSTIME, &spec, NULL) != 0)
    return FALSE;

  timer->source_id = g_unix_fd_add_full (G_PRIORITY_HIGH, timer->fd, G_IO_IN,
                                         timerfd_fired_cb, timer, NULL);
  g_source_set_name_by_id (timer->source_id, "[runback] clock");

  return TRUE;
}
#endif

static void
arm_timer (Timer *timer)
{
  gint64 delay;
  guint delay_ms;

#ifdef HAVE_TIMERFD
  if (arm_timerfd (timer))
    return;
#endif

  delay = timer->when_us - g_get_monotonic_time ();
  delay_ms = delay <= 0 ? 0 : (guint) ((delay + 999) / 1000);

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
  timer->fd = -1;
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
