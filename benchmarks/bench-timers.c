/* bench-timers.c: how late the session's steps change with every core busy.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A session of one-second holds and rests runs for BENCH_SECONDS (60 by
 * default) on the real clock (RbSystemClock) while one busy thread per
 * CPU spins. Each step change is timed against the deadline it was
 * scheduled for: its lateness. The floor is a plain GLib timeout, armed
 * with the time left to each whole second from its start, run just as
 * long under the same load. The goals (issue #14): the latest step change
 * under 5 ms late, and no growth with the session's length (the first
 * third against the last).
 */

#include "config.h"

#include <locale.h>

#include "bench-util.h"
#include "rb-session.h"
#include "rb-system-clock.h"

static guint seconds = 60;
static gint busy = 0;

typedef struct
{
  GArray    *lateness;   /* double, ms */
  GMainLoop *loop;
  gint64     start;
  gint64     deadline;
} Record;

static gpointer
spin_thread (gpointer data)
{
  volatile guint64 n = 0;

  while (g_atomic_int_get (&busy))
    n++;

  return NULL;
}

static GPtrArray *
start_spinning (void)
{
  GPtrArray *threads = g_ptr_array_new ();

  g_atomic_int_set (&busy, 1);
  for (guint i = 0; i < g_get_num_processors (); i++)
    g_ptr_array_add (threads, g_thread_new ("spin", spin_thread, NULL));

  return threads;
}

static void
stop_spinning (GPtrArray *threads)
{
  g_atomic_int_set (&busy, 0);
  for (guint i = 0; i < threads->len; i++)
    g_thread_join (g_ptr_array_index (threads, i));
  g_ptr_array_unref (threads);
}

static double
max_of (GArray *values,
        guint   from,
        guint   to)
{
  double max = 0;

  for (guint i = from; i < to; i++)
    max = MAX (max, g_array_index (values, double, i));

  return max;
}

static double
median_of (GArray *values,
           guint   from,
           guint   to)
{
  g_autofree double *copy = g_memdup2 (&g_array_index (values, double, from), (to - from) * sizeof (double));

  return to > from ? bench_median (copy, to - from) : 0;
}

/* Reports @record's lateness: median and maximum over the whole run and
 * over its first and last thirds. */
static void
report (const char *what,
        Record     *record,
        double      floor_max)
{
  GArray *l = record->lateness;
  guint third = l->len / 3;
  double max = max_of (l, 0, l->len);

  g_test_message ("%-18s %4u changes  late: median %6.2f ms  max %6.2f ms", what, l->len,
                  median_of (l, 0, l->len), max);
  g_test_message ("%-18s first third max %6.2f ms (median %5.2f), last third max %6.2f ms (median %5.2f)",
                  "", max_of (l, 0, third), median_of (l, 0, third),
                  max_of (l, l->len - third, l->len), median_of (l, l->len - third, l->len));
  if (floor_max > 0)
    g_test_message ("%-18s max %5.2f× floor  (goal < 5 ms: %s)", "", max / floor_max,
                    max < 5 ? "met" : "NOT met");
}

static gboolean
floor_tick_cb (gpointer data)
{
  Record *record = data;
  gint64 now = g_get_monotonic_time ();
  double late = (now - record->deadline) / 1000.0;

  g_array_append_val (record->lateness, late);
  if (now - record->start >= seconds * G_USEC_PER_SEC)
    {
      g_main_loop_quit (record->loop);
      return G_SOURCE_REMOVE;
    }
  record->deadline += G_USEC_PER_SEC;
  g_timeout_add_full (G_PRIORITY_HIGH, (record->deadline - g_get_monotonic_time () + 999) / 1000,
                      floor_tick_cb, record, NULL);

  return G_SOURCE_REMOVE;
}

static void
run_floor (Record *record)
{
  record->start = g_get_monotonic_time ();
  record->deadline = record->start + G_USEC_PER_SEC;
  g_timeout_add_full (G_PRIORITY_HIGH, 1000, floor_tick_cb, record, NULL);
  g_main_loop_run (record->loop);
}

static void
step_changed_cb (RbSession *session,
                 Record    *record)
{
  gint64 now = g_get_monotonic_time ();

  if (record->deadline > 0)
    {
      double late = (now - record->deadline) / 1000.0;

      g_array_append_val (record->lateness, late);
    }
  record->deadline = rb_session_get_step_deadline (session);
  if (record->deadline == 0 || now - record->start >= seconds * G_USEC_PER_SEC)
    g_main_loop_quit (record->loop);
}

/* Holds and rests of one second each, more than @seconds of them. */
static RbRoutine *
create_routine (void)
{
  RbRoutine *routine = rb_routine_new ("Timers");
  RbDosage dosage = RB_DOSAGE_INIT;

  dosage.sets = 10;
  dosage.hold_seconds = 1;
  dosage.rest_seconds = 1;
  rb_routine_set_lead_in (routine, 1);
  rb_routine_set_rest_between (routine, 1);
  for (guint i = 0; i < seconds / 10 + 2; i++)
    rb_routine_add_exercise (routine, "plank", "Plank", NULL, &dosage);

  return routine;
}

static void
run_session (Record *record)
{
  g_autoptr(RbClock) clock = rb_system_clock_new ();
  g_autoptr(RbRoutine) routine = create_routine ();
  g_autoptr(RbSession) session = rb_session_new (routine, clock);

  g_signal_connect (session, "step-changed", G_CALLBACK (step_changed_cb), record);
  record->start = g_get_monotonic_time ();
  rb_session_start (session);
  record->deadline = rb_session_get_step_deadline (session);
  g_main_loop_run (record->loop);
  rb_session_stop (session);
}

static void
bench_timers (void)
{
  Record floor = { g_array_new (FALSE, FALSE, sizeof (double)), g_main_loop_new (NULL, FALSE) };
  Record session = { g_array_new (FALSE, FALSE, sizeof (double)), g_main_loop_new (NULL, FALSE) };
  GPtrArray *threads = start_spinning ();

  g_test_message ("%u s each, %u busy threads, one per CPU:", seconds, g_get_num_processors ());
  run_floor (&floor);
  run_session (&session);
  stop_spinning (threads);

  report ("floor (g_timeout)", &floor, 0);
  report ("session", &session, max_of (floor.lateness, 0, floor.lateness->len));
  g_assert_cmpuint (session.lateness->len, >=, seconds / 2);

  g_array_unref (floor.lateness);
  g_array_unref (session.lateness);
  g_main_loop_unref (floor.loop);
  g_main_loop_unref (session.loop);
}

int
main (int   argc,
      char *argv[])
{
  const char *env = g_getenv ("BENCH_SECONDS");

  setlocale (LC_ALL, "");  /* the reports hold × and ≤ */
  g_test_init (&argc, &argv, NULL);
  if (env != NULL)
    seconds = MAX (3, atoi (env));

  g_test_add_func ("/rb/bench/timers", bench_timers);

  return g_test_run ();
}
