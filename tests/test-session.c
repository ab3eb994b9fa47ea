/* test-session.c
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rb-fake-clock.h"
#include "rb-session-entry.h"
#include "rb-system-clock.h"

#define S(n)  ((gint64) (n) * G_USEC_PER_SEC)
#define T0    S (1000)

typedef struct
{
  gint64     time;
  guint      index;
  RbStepKind kind;
} StepEvent;

typedef struct
{
  gint64     time;
  guint      rep;
  RbRepPhase phase;
} TickEvent;

typedef struct
{
  RbFakeClock *clock;
  RbRoutine   *routine;
  RbSession   *session;
  GArray      *steps;
  GArray      *ticks;
  GArray      *countdowns;
  guint        n_finished;
  gint64       finished_at;
} Fixture;

static void
step_changed_cb (RbSession *session,
                 Fixture   *f)
{
  StepEvent event = {
    rb_clock_get_time (RB_CLOCK (f->clock)),
    rb_session_get_step_index (session),
    rb_session_get_step (session)->kind,
  };

  g_array_append_val (f->steps, event);
}

static void
metronome_cb (RbSession  *session,
              guint       rep,
              RbRepPhase  phase,
              Fixture    *f)
{
  TickEvent event = { rb_clock_get_time (RB_CLOCK (f->clock)), rep, phase };

  g_assert_cmpuint (rep, ==, rb_session_get_rep (session));
  g_assert_cmpint (phase, ==, rb_session_get_rep_phase (session));
  g_array_append_val (f->ticks, event);
}

static void
countdown_cb (RbSession *session,
              guint      seconds,
              Fixture   *f)
{
  g_array_append_val (f->countdowns, seconds);
}

static void
finished_cb (RbSession *session,
             Fixture   *f)
{
  f->n_finished++;
  f->finished_at = rb_clock_get_time (RB_CLOCK (f->clock));
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->clock = rb_fake_clock_new (T0, NULL);
  f->routine = rb_routine_new ("Test session");
  f->steps = g_array_new (FALSE, FALSE, sizeof (StepEvent));
  f->ticks = g_array_new (FALSE, FALSE, sizeof (TickEvent));
  f->countdowns = g_array_new (FALSE, FALSE, sizeof (guint));
}

/* Creates the session once the test has filled the routine. */
static RbSession *
make_session (Fixture *f)
{
  f->session = rb_session_new (f->routine, RB_CLOCK (f->clock));
  g_signal_connect (f->session, "step-changed", G_CALLBACK (step_changed_cb), f);
  g_signal_connect (f->session, "metronome", G_CALLBACK (metronome_cb), f);
  g_signal_connect (f->session, "countdown", G_CALLBACK (countdown_cb), f);
  g_signal_connect (f->session, "finished", G_CALLBACK (finished_cb), f);

  return f->session;
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  if (f->session != NULL)
    g_assert_finalize_object (f->session);
  g_assert_finalize_object (f->routine);
  g_assert_cmpuint (rb_fake_clock_get_n_pending (f->clock), ==, 0);
  g_assert_finalize_object (f->clock);
  g_array_unref (f->steps);
  g_array_unref (f->ticks);
  g_array_unref (f->countdowns);
}

static void
advance (Fixture *f,
         gint64   us)
{
  rb_fake_clock_advance (f->clock, us);
}

/* Advances in small uneven steps, as frames would. */
static void
advance_in_frames (Fixture *f,
                   gint64   us)
{
  gint64 end = rb_clock_get_time (RB_CLOCK (f->clock)) + us;

  while (rb_clock_get_time (RB_CLOCK (f->clock)) < end)
    {
      gint64 now = rb_clock_get_time (RB_CLOCK (f->clock));

      rb_fake_clock_advance_to (f->clock, MIN (now + 16667, end));
    }
}

static const RbSessionResult *
result_at (GPtrArray *results,
           guint      i)
{
  g_assert_cmpuint (i, <, results->len);
  return g_ptr_array_index (results, i);
}

static void
test_holds_and_sides (Fixture       *f,
                      gconstpointer  data)
{
  RbDosage stretch = { .sets = 1, .hold_seconds = 30, .sides = 2 };
  g_autoptr(GPtrArray) results = NULL;
  static const RbStepKind kinds[] = {
    RB_STEP_GET_READY, RB_STEP_WORK_HOLD, RB_STEP_SWITCH_SIDES,
    RB_STEP_WORK_HOLD, RB_STEP_DONE,
  };
  static const gint64 starts[] = { 0, 5, 35, 40, 70 };

  rb_routine_add_exercise (f->routine, "quad-stretch", "Quad stretch", NULL, &stretch);
  make_session (f);

  g_assert_cmpint (rb_session_get_state (f->session), ==, RB_SESSION_STATE_READY);
  g_assert_cmpuint (rb_session_get_n_steps (f->session), ==, 5);
  g_assert_cmpint (rb_session_get_remaining (f->session), ==, S (5));

  rb_session_start (f->session);
  g_assert_cmpint (rb_session_get_state (f->session), ==, RB_SESSION_STATE_RUNNING);
  g_assert_cmpint (rb_session_get_planned_end (f->session), ==, T0 + S (70));
  advance_in_frames (f, S (69));
  g_assert_cmpuint (f->n_finished, ==, 0);
  g_assert_cmpuint (rb_session_get_remaining_seconds (f->session), ==, 1);
  advance_in_frames (f, S (2));

  g_assert_cmpuint (f->n_finished, ==, 1);
  g_assert_cmpint (f->finished_at, ==, T0 + S (70));
  g_assert_cmpint (rb_session_get_state (f->session), ==, RB_SESSION_STATE_FINISHED);
  g_assert_cmpfloat (rb_session_get_progress (f->session), ==, 1.0);

  g_assert_cmpuint (f->steps->len, ==, G_N_ELEMENTS (kinds));
  for (guint i = 0; i < f->steps->len; i++)
    {
      StepEvent *event = &g_array_index (f->steps, StepEvent, i);

      g_assert_cmpuint (event->index, ==, i);
      g_assert_cmpint (event->kind, ==, kinds[i]);
      g_assert_cmpint (event->time, ==, T0 + S (starts[i]));
    }

  /* 3, 2, 1 before the end of each of the four timed steps. */
  g_assert_cmpuint (f->countdowns->len, ==, 12);
  for (guint i = 0; i < f->countdowns->len; i++)
    g_assert_cmpuint (g_array_index (f->countdowns, guint, i), ==, 3 - i % 3);

  results = rb_session_get_results (f->session);
  g_assert_cmpuint (results->len, ==, 2);
  g_assert_cmpint (result_at (results, 0)->side, ==, RB_SIDE_LEFT);
  g_assert_cmpint (result_at (results, 1)->side, ==, RB_SIDE_RIGHT);
  for (guint i = 0; i < 2; i++)
    {
      g_assert_cmpint (result_at (results, i)->status, ==, RB_RESULT_COMPLETED);
      g_assert_cmpint (result_at (results, i)->active_us, ==, S (30));
      g_assert_cmpuint (result_at (results, i)->sets_done, ==, 1);
      g_assert_cmpstr (result_at (results, i)->exercise_id, ==, "quad-stretch");
    }
  g_assert_true (rb_session_is_complete (f->session));
  g_assert_cmpint (rb_session_get_active_time (f->session), ==, S (60));
}

static void
test_reps_at_tempo (Fixture       *f,
                    gconstpointer  data)
{
  RbDosage squat = { .sets = 1, .reps = 3, .sides = 1,
                     .tempo_down = 2, .tempo_hold = 1, .tempo_up = 2 };
  static const struct { gint64 at; guint rep; RbRepPhase phase; } expected[] = {
    { 0, 1, RB_REP_PHASE_DOWN }, { 2, 1, RB_REP_PHASE_HOLD }, { 3, 1, RB_REP_PHASE_UP },
    { 5, 2, RB_REP_PHASE_DOWN }, { 7, 2, RB_REP_PHASE_HOLD }, { 8, 2, RB_REP_PHASE_UP },
    { 10, 3, RB_REP_PHASE_DOWN }, { 12, 3, RB_REP_PHASE_HOLD }, { 13, 3, RB_REP_PHASE_UP },
  };

  rb_routine_set_lead_in (f->routine, 0);
  rb_routine_add_exercise (f->routine, "squat", "Squat", NULL, &squat);
  make_session (f);
  rb_session_start (f->session);
  g_assert_cmpuint (rb_session_get_rep (f->session), ==, 1);
  g_assert_cmpint (rb_session_get_rep_phase (f->session), ==, RB_REP_PHASE_DOWN);

  /* Only the clock's wake-ups drive the ticks: jump from one to the next. */
  while (rb_fake_clock_advance_next (f->clock))
    ;

  g_assert_cmpuint (f->ticks->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < f->ticks->len; i++)
    {
      TickEvent *tick = &g_array_index (f->ticks, TickEvent, i);

      g_assert_cmpint (tick->time, ==, T0 + S (expected[i].at));
      g_assert_cmpuint (tick->rep, ==, expected[i].rep);
      g_assert_cmpint (tick->phase, ==, expected[i].phase);
    }
  g_assert_cmpint (f->finished_at, ==, T0 + S (15));
  g_assert_cmpuint (rb_session_get_rep (f->session), ==, 0);
}

static void
test_sets_with_rests (Fixture       *f,
                      gconstpointer  data)
{
  RbDosage squat = { .sets = 3, .reps = 10, .sides = 1, .rest_seconds = 60 };
  g_autoptr(GPtrArray) results = NULL;
  guint n_rests = 0;

  rb_routine_add_exercise (f->routine, "squat", "Squat", NULL, &squat);
  make_session (f);
  rb_session_start (f->session);

  /* Lead-in 5 s, 3 × 40 s of reps, 2 × 60 s of rest. */
  advance_in_frames (f, S (5 + 120 + 120) - 1);
  g_assert_cmpuint (f->n_finished, ==, 0);
  advance (f, 1);
  g_assert_cmpuint (f->n_finished, ==, 1);

  for (guint i = 0; i < f->steps->len; i++)
    if (g_array_index (f->steps, StepEvent, i).kind == RB_STEP_REST_SET)
      n_rests++;
  g_assert_cmpuint (n_rests, ==, 2);
  g_assert_cmpuint (f->ticks->len, ==, 3 * 10 * 2);

  results = rb_session_get_results (f->session);
  g_assert_cmpuint (results->len, ==, 1);
  g_assert_cmpint (result_at (results, 0)->status, ==, RB_RESULT_COMPLETED);
  g_assert_cmpuint (result_at (results, 0)->sets_done, ==, 3);
  g_assert_cmpuint (result_at (results, 0)->n_sets, ==, 3);
  g_assert_cmpint (result_at (results, 0)->active_us, ==, S (120));
}

static void
test_intervals (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GPtrArray) results = NULL;
  guint n_runs = 0;

  rb_routine_add_run_walk (f->routine, 60, 90, 4, 5, 5);
  make_session (f);
  rb_session_start (f->session);
  g_assert_cmpint (rb_session_get_planned_end (f->session), ==, T0 + S (5 + 300 + 4 * 150 + 300));
  advance (f, S (5 + 300 + 4 * 150 + 300));
  g_assert_cmpuint (f->n_finished, ==, 1);
  g_assert_cmpint (f->finished_at, ==, T0 + S (5 + 300 + 4 * 150 + 300));

  for (guint i = 0; i < f->steps->len; i++)
    if (g_array_index (f->steps, StepEvent, i).kind == RB_STEP_RUN)
      n_runs++;
  g_assert_cmpuint (n_runs, ==, 4);
  g_assert_cmpuint (f->ticks->len, ==, 0);

  results = rb_session_get_results (f->session);
  g_assert_cmpuint (results->len, ==, 1);
  g_assert_cmpint (result_at (results, 0)->kind, ==, RB_ROUTINE_ITEM_RUN_WALK);
  g_assert_null (result_at (results, 0)->exercise_id);
  g_assert_cmpuint (result_at (results, 0)->sets_done, ==, 4);
  g_assert_cmpuint (result_at (results, 0)->n_sets, ==, 4);
  g_assert_cmpint (result_at (results, 0)->active_us, ==, S (300 + 4 * 150 + 300));
  g_assert_cmpint (result_at (results, 0)->status, ==, RB_RESULT_COMPLETED);
}

/* Progress weighs a step that waits for "Done" by the same rule as the
 * estimates: its reps at the tempo. */
static void
test_progress_own_pace (Fixture       *f,
                        gconstpointer  data)
{
  RbDosage own = { .sets = 1, .reps = 10, .sides = 1, .own_pace = TRUE };
  RbDosage hold = { .sets = 1, .sides = 1, .hold_seconds = 40 };

  rb_routine_set_lead_in (f->routine, 0);
  rb_routine_set_rest_between (f->routine, 0);
  rb_routine_add_exercise (f->routine, "curl", "Curl", NULL, &own);
  rb_routine_add_exercise (f->routine, "plank", "Plank", NULL, &hold);
  make_session (f);
  rb_session_start (f->session);
  g_assert_true (rb_session_get_waiting_for_done (f->session));
  g_assert_cmpfloat (rb_session_get_progress (f->session), ==, 0.0);

  rb_session_done (f->session);
  g_assert_cmpfloat_with_epsilon (rb_session_get_progress (f->session), 0.5, 1e-9);
  advance (f, S (20));
  g_assert_cmpfloat_with_epsilon (rb_session_get_progress (f->session), 0.75, 1e-9);
}

static void
test_icing (Fixture       *f,
            gconstpointer  data)
{
  RbDosage ice = { .sets = 1, .sides = 1, .duration_minutes = 15 };

  rb_routine_set_lead_in (f->routine, 0);
  rb_routine_add_exercise (f->routine, "icing", "Ice the knee", NULL, &ice);
  make_session (f);
  rb_session_start (f->session);
  g_assert_cmpint (rb_session_get_step (f->session)->kind, ==, RB_STEP_WORK_TIMED);
  g_assert_cmpuint (rb_session_get_remaining_seconds (f->session), ==, 900);

  advance (f, S (450));
  g_assert_cmpfloat_with_epsilon (rb_session_get_progress (f->session), 0.5, 1e-9);
  g_assert_cmpuint (rb_session_get_remaining_seconds (f->session), ==, 450);
  advance (f, S (450));
  g_assert_cmpuint (f->n_finished, ==, 1);
  g_assert_true (rb_session_is_complete (f->session));
}

static void
test_pause_resume (Fixture       *f,
                   gconstpointer  data)
{
  RbDosage hold = { .sets = 1, .hold_seconds = 30, .sides = 1 };
  gint64 remaining;

  rb_routine_add_exercise (f->routine, "wall-sit", "Wall sit", NULL, &hold);
  make_session (f);
  rb_session_start (f->session);
  advance (f, S (5) + 12345678);
  g_assert_cmpint (rb_session_get_step (f->session)->kind, ==, RB_STEP_WORK_HOLD);
  remaining = rb_session_get_remaining (f->session);
  g_assert_cmpint (remaining, ==, S (30) - 12345678);

  rb_session_pause (f->session);
  g_assert_cmpint (rb_session_get_state (f->session), ==, RB_SESSION_STATE_PAUSED);
  g_assert_cmpuint (rb_fake_clock_get_n_pending (f->clock), ==, 0);
  advance (f, S (3600) + 7);
  g_assert_cmpint (rb_session_get_remaining (f->session), ==, remaining);
  g_assert_cmpint (rb_session_get_step_elapsed (f->session), ==, 12345678);

  /* Pausing twice changes nothing; resuming goes on exactly. */
  rb_session_pause (f->session);
  rb_session_toggle_pause (f->session);
  g_assert_cmpint (rb_session_get_state (f->session), ==, RB_SESSION_STATE_RUNNING);
  g_assert_cmpint (rb_session_get_remaining (f->session), ==, remaining);

  advance (f, 1000);
  rb_session_toggle_pause (f->session);
  advance (f, 999);
  rb_session_resume (f->session);
  g_assert_cmpint (rb_session_get_remaining (f->session), ==, remaining - 1000);

  advance (f, remaining - 1001);
  g_assert_cmpint (rb_session_get_remaining (f->session), ==, 1);
  g_assert_cmpuint (f->n_finished, ==, 0);
  advance (f, 1);
  g_assert_cmpuint (f->n_finished, ==, 1);
  g_assert_cmpint (rb_session_get_active_time (f->session), ==, S (30));
}

static void
fill_mixed_routine (RbRoutine *routine)
{
  RbDosage squat = { .sets = 2, .reps = 3, .sides = 1, .rest_seconds = 20 };
  RbDosage stretch = { .sets = 1, .hold_seconds = 30, .sides = 2 };
  RbDosage own = { .sets = 1, .reps = 10, .sides = 1, .own_pace = TRUE };

  rb_routine_add_exercise (routine, "squat", "Squat", NULL, &squat);
  rb_routine_add_exercise (routine, "quad-stretch", "Quad stretch", NULL, &stretch);
  rb_routine_add_exercise (routine, "hamstring-curl", "Hamstring curl", NULL, &own);
  rb_routine_add_run_walk (routine, 60, 60, 2, 1, 1);
}

static void
check_fresh_step (Fixture *f,
                  guint    index)
{
  const RbStep *step = rb_session_get_step (f->session);

  g_assert_cmpuint (rb_session_get_step_index (f->session), ==, index);
  g_assert_true (step == rb_session_get_nth_step (f->session, index));
  g_assert_cmpint (rb_session_get_step_elapsed (f->session), ==, 0);
  if (step->kind != RB_STEP_DONE)
    g_assert_cmpint (rb_session_get_remaining (f->session), ==, step->duration);
}

static void
test_next_previous_running (Fixture       *f,
                            gconstpointer  data)
{
  guint n;

  fill_mixed_routine (f->routine);
  make_session (f);
  n = rb_session_get_n_steps (f->session);
  rb_session_start (f->session);

  /* From every step: next moves on now, previous comes back now. */
  for (guint i = 0; i + 1 < n; i++)
    {
      g_assert_cmpuint (rb_session_get_step_index (f->session), ==, i);
      advance (f, 700000);
      if (i + 2 < n)
        {
          rb_session_next (f->session);
          check_fresh_step (f, i + 1);
          advance (f, 300000);
          rb_session_previous (f->session);
          check_fresh_step (f, i);
        }
      rb_session_next (f->session);
      check_fresh_step (f, i + 1);
      g_assert_cmpint (rb_session_get_state (f->session), ==,
                       i + 2 < n ? RB_SESSION_STATE_RUNNING : RB_SESSION_STATE_FINISHED);
    }

  g_assert_cmpuint (f->n_finished, ==, 1);
  g_assert_false (rb_session_is_complete (f->session));

  /* Finished: nothing moves. */
  rb_session_next (f->session);
  rb_session_previous (f->session);
  rb_session_restart_exercise (f->session);
  rb_session_done (f->session);
  g_assert_cmpuint (rb_session_get_step_index (f->session), ==, n - 1);
  g_assert_cmpuint (f->n_finished, ==, 1);
}

static void
test_next_previous_paused (Fixture       *f,
                           gconstpointer  data)
{
  guint n;

  fill_mixed_routine (f->routine);
  make_session (f);
  n = rb_session_get_n_steps (f->session);
  rb_session_start (f->session);
  rb_session_pause (f->session);

  for (guint i = 0; i + 2 < n; i++)
    {
      rb_session_next (f->session);
      g_assert_cmpint (rb_session_get_state (f->session), ==, RB_SESSION_STATE_PAUSED);
      check_fresh_step (f, i + 1);
      advance (f, S (100));
      check_fresh_step (f, i + 1);
    }

  for (guint i = n - 2; i > 0; i--)
    {
      rb_session_previous (f->session);
      g_assert_cmpint (rb_session_get_state (f->session), ==, RB_SESSION_STATE_PAUSED);
      check_fresh_step (f, i - 1);
      advance (f, S (100));
    }

  /* Previous on the first step restarts it. */
  rb_session_previous (f->session);
  check_fresh_step (f, 0);

  rb_session_resume (f->session);
  advance (f, S (5));
  g_assert_cmpuint (rb_session_get_step_index (f->session), ==, 1);
  g_assert_cmpint (rb_session_get_step (f->session)->kind, ==, RB_STEP_WORK_REPS);
}

static void
test_next_previous_ready (Fixture       *f,
                          gconstpointer  data)
{
  guint n;

  fill_mixed_routine (f->routine);
  make_session (f);
  n = rb_session_get_n_steps (f->session);

  rb_session_previous (f->session);
  g_assert_cmpuint (rb_session_get_step_index (f->session), ==, 0);

  /* Before the start, next and previous choose where to start, never
   * onto the done step. */
  for (guint i = 0; i < n + 3; i++)
    rb_session_next (f->session);
  g_assert_cmpuint (rb_session_get_step_index (f->session), ==, n - 2);
  g_assert_cmpint (rb_session_get_state (f->session), ==, RB_SESSION_STATE_READY);
  g_assert_cmpuint (rb_fake_clock_get_n_pending (f->clock), ==, 0);

  rb_session_previous (f->session);
  g_assert_cmpuint (rb_session_get_step_index (f->session), ==, n - 3);
  g_assert_cmpint (rb_session_get_remaining (f->session),
                   ==, rb_session_get_nth_step (f->session, n - 3)->duration);
  g_assert_false (rb_session_add_rest (f->session));
  rb_session_done (f->session);
  rb_session_restart_exercise (f->session);
  g_assert_cmpuint (rb_session_get_step_index (f->session), ==, n - 3);

  rb_session_start (f->session);
  g_assert_cmpint (rb_session_get_state (f->session), ==, RB_SESSION_STATE_RUNNING);
  g_assert_cmpuint (rb_session_get_step_index (f->session), ==, n - 3);
  rb_session_stop (f->session);
}

static void
test_skips_are_recorded (Fixture       *f,
                         gconstpointer  data)
{
  RbDosage squat = { .sets = 3, .reps = 2, .sides = 1, .rest_seconds = 10 };
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(RbJournalEntry) entry = NULL;
  const RbJournalItem *item;

  rb_routine_set_lead_in (f->routine, 0);
  rb_routine_add_exercise (f->routine, "squat", "Squat", NULL, &squat);
  rb_routine_add_exercise (f->routine, "lunge", "Lunge", NULL, &squat);
  make_session (f);
  rb_session_start (f->session);

  advance (f, S (8));           /* set 1 done */
  advance (f, S (10));          /* rest done */
  advance (f, S (3));
  rb_session_next (f->session); /* set 2 skipped after 3 s */
  rb_session_next (f->session); /* rest skipped */
  advance (f, S (8));           /* set 3 done */
  rb_session_stop (f->session);

  g_assert_cmpuint (f->n_finished, ==, 1);
  results = rb_session_get_results (f->session);
  g_assert_cmpuint (results->len, ==, 2);
  g_assert_cmpint (result_at (results, 0)->status, ==, RB_RESULT_PARTIAL);
  g_assert_cmpuint (result_at (results, 0)->sets_done, ==, 2);
  g_assert_cmpint (result_at (results, 0)->active_us, ==, S (19));
  g_assert_cmpint (result_at (results, 1)->status, ==, RB_RESULT_NOT_REACHED);
  g_assert_cmpuint (result_at (results, 1)->sets_done, ==, 0);

  entry = rb_session_create_journal_entry (f->session);
  g_assert_cmpint (rb_journal_entry_get_status (entry), ==, RB_JOURNAL_STATUS_PARTIAL);
  g_assert_cmpstr (rb_journal_entry_get_title (entry), ==, "Test session");
  g_assert_cmpuint (rb_journal_entry_get_n_items (entry), ==, 2);
  item = rb_journal_entry_get_item (entry, 0);
  g_assert_cmpstr (item->exercise_id, ==, "squat");
  g_assert_cmpint (item->status, ==, RB_JOURNAL_ITEM_PARTIAL);
  g_assert_cmpuint (item->seconds, ==, 19);
  item = rb_journal_entry_get_item (entry, 1);
  g_assert_cmpint (item->status, ==, RB_JOURNAL_ITEM_SKIPPED);
  g_assert_cmpint (g_date_time_difference (rb_journal_entry_get_ended (entry),
                                           rb_journal_entry_get_started (entry)), ==, S (8 + 10 + 3 + 8));
}

static void
test_restart_exercise (Fixture       *f,
                       gconstpointer  data)
{
  RbDosage squat = { .sets = 3, .reps = 2, .sides = 1, .rest_seconds = 10 };
  RbDosage stretch = { .sets = 1, .hold_seconds = 20, .sides = 2 };
  g_autoptr(GPtrArray) results = NULL;

  rb_routine_add_exercise (f->routine, "squat", "Squat", NULL, &squat);
  rb_routine_add_exercise (f->routine, "quad-stretch", "Quad stretch", NULL, &stretch);
  make_session (f);
  rb_session_start (f->session);

  /* Lead-in (5), set 1 (8), rest (10), 4 s into set 2. */
  advance (f, S (5 + 8 + 10 + 4));
  g_assert_cmpuint (rb_session_get_step_index (f->session), ==, 3);
  rb_session_restart_exercise (f->session);
  check_fresh_step (f, 1);
  g_assert_cmpuint (rb_session_get_nth_step (f->session, 1)->set, ==, 1);

  results = rb_session_get_results (f->session);
  g_assert_cmpuint (result_at (results, 0)->sets_done, ==, 0);
  g_clear_pointer (&results, g_ptr_array_unref);

  /* During the rest after an item, that item restarts. */
  advance (f, S (8 + 10 + 8 + 10 + 8 + 2));
  g_assert_cmpint (rb_session_get_step (f->session)->kind, ==, RB_STEP_REST_EXERCISE);
  rb_session_pause (f->session);
  rb_session_restart_exercise (f->session);
  check_fresh_step (f, 1);
  g_assert_cmpint (rb_session_get_state (f->session), ==, RB_SESSION_STATE_PAUSED);

  /* In the stretch, the first side restarts. */
  rb_session_resume (f->session);
  advance (f, S (8 + 10 + 8 + 10 + 8 + 30 + 20 + 5 + 3));
  g_assert_cmpint (rb_session_get_step (f->session)->side, ==, RB_SIDE_RIGHT);
  rb_session_restart_exercise (f->session);
  g_assert_cmpint (rb_session_get_step (f->session)->side, ==, RB_SIDE_LEFT);
  g_assert_cmpint (rb_session_get_step (f->session)->kind, ==, RB_STEP_WORK_HOLD);

  advance (f, S (20 + 5 + 20));
  g_assert_cmpuint (f->n_finished, ==, 1);
  g_assert_true (rb_session_is_complete (f->session));
}

static void
test_add_rest (Fixture       *f,
               gconstpointer  data)
{
  RbDosage squat = { .sets = 2, .reps = 2, .sides = 1, .rest_seconds = 30 };
  guint n_countdowns;

  rb_routine_set_lead_in (f->routine, 0);
  rb_routine_add_exercise (f->routine, "squat", "Squat", NULL, &squat);
  make_session (f);
  rb_session_start (f->session);

  g_assert_false (rb_session_can_add_rest (f->session));
  g_assert_false (rb_session_add_rest (f->session));
  advance (f, S (8));
  g_assert_true (rb_session_can_add_rest (f->session));

  /* Into the countdown, then 15 s more: the countdown starts again. */
  advance (f, S (28));
  n_countdowns = f->countdowns->len;
  g_assert_cmpuint (g_array_index (f->countdowns, guint, n_countdowns - 1), ==, 2);
  g_assert_true (rb_session_add_rest (f->session));
  g_assert_cmpint (rb_session_get_remaining (f->session), ==, S (17));
  g_assert_cmpint (rb_session_get_step_duration (f->session), ==, S (45));
  rb_session_pause (f->session);
  g_assert_true (rb_session_add_rest (f->session));
  g_assert_cmpint (rb_session_get_remaining (f->session), ==, S (32));
  advance (f, S (100));
  rb_session_resume (f->session);

  advance (f, S (32) - 1);
  g_assert_cmpint (rb_session_get_step (f->session)->kind, ==, RB_STEP_REST_SET);
  g_assert_cmpuint (f->countdowns->len, ==, n_countdowns + 3);
  advance (f, 1);
  g_assert_cmpint (rb_session_get_step (f->session)->kind, ==, RB_STEP_WORK_REPS);
  advance (f, S (8));
  g_assert_cmpuint (f->n_finished, ==, 1);
}

static void
count_cb (guint *count)
{
  (*count)++;
}

static void
test_own_pace (Fixture       *f,
               gconstpointer  data)
{
  RbDosage own = { .sets = 2, .reps = 10, .sides = 1, .own_pace = TRUE, .rest_seconds = 30 };
  g_autoptr(GPtrArray) results = NULL;
  guint n_elapsed = 0;

  rb_routine_set_lead_in (f->routine, 0);
  rb_routine_add_exercise (f->routine, "hamstring-curl", "Hamstring curl", NULL, &own);
  make_session (f);
  rb_session_start (f->session);

  g_assert_true (rb_session_get_waiting_for_done (f->session));
  g_signal_connect_swapped (f->session, "notify::elapsed-seconds",
                            G_CALLBACK (count_cb), &n_elapsed);
  advance (f, S (600) - 1);
  g_assert_cmpuint (rb_session_get_elapsed_seconds (f->session), ==, 599);
  g_assert_cmpuint (n_elapsed, ==, 599);
  advance (f, 1);
  g_assert_cmpuint (rb_session_get_elapsed_seconds (f->session), ==, 600);
  g_assert_cmpuint (rb_session_get_step_index (f->session), ==, 0);
  g_assert_cmpint (rb_session_get_remaining (f->session), ==, 0);
  /* Paused, the count-up stops. */
  rb_session_pause (f->session);
  advance (f, S (60));
  g_assert_cmpuint (n_elapsed, ==, 600);
  rb_session_resume (f->session);
  rb_session_done (f->session);
  g_assert_cmpint (rb_session_get_step (f->session)->kind, ==, RB_STEP_REST_SET);

  /* Done on another step does nothing. */
  rb_session_done (f->session);
  g_assert_cmpint (rb_session_get_step (f->session)->kind, ==, RB_STEP_REST_SET);
  advance (f, S (30));
  g_assert_true (rb_session_get_waiting_for_done (f->session));
  advance (f, S (45));
  rb_session_done (f->session);
  g_assert_cmpuint (f->n_finished, ==, 1);

  results = rb_session_get_results (f->session);
  g_assert_cmpint (result_at (results, 0)->status, ==, RB_RESULT_COMPLETED);
  g_assert_cmpint (result_at (results, 0)->active_us, ==, S (645));
}

/* A two-hour session whose every wake-up comes 0.4 ms late still ends
 * within 1 ms of its computed end: lateness does not add up. */
static void
test_two_hours (Fixture       *f,
                gconstpointer  data)
{
  RbDosage ice = { .sets = 1, .sides = 1, .duration_minutes = 10 };
  RbDosage squat = { .sets = 5, .reps = 12, .sides = 1, .rest_seconds = 60,
                     .tempo_down = 3, .tempo_hold = 1, .tempo_up = 2 };
  RbDosage stretch = { .sets = 3, .hold_seconds = 30, .sides = 2, .rest_seconds = 15 };
  gint64 expected = 0;
  gint64 planned;
  gint64 computed = T0;
  guint n_steps_seen;

  rb_routine_add_run_walk (f->routine, 150, 150, 12, 10, 10);
  rb_routine_add_exercise (f->routine, "squat", "Squat", NULL, &squat);
  rb_routine_add_exercise (f->routine, "quad-stretch", "Quad stretch", NULL, &stretch);
  rb_routine_add_exercise (f->routine, "icing", "Ice the knee", NULL, &ice);
  make_session (f);

  for (guint i = 0; i < rb_session_get_n_steps (f->session); i++)
    expected += rb_session_get_nth_step (f->session, i)->duration;
  /* 5 + 600 + 3600 + 600 + 30 + 5×72 + 4×60 + 30 + 3×(30+5+30) + 2×15 + 30 + 600 */
  g_assert_cmpint (expected, ==, S (6320));

  rb_fake_clock_set_latency (f->clock, 400);
  rb_session_start (f->session);
  planned = rb_session_get_planned_end (f->session);
  g_assert_cmpint (planned, ==, T0 + expected);

  while (f->n_finished == 0 && rb_fake_clock_advance_next (f->clock))
    ;
  n_steps_seen = f->steps->len;
  g_assert_cmpuint (n_steps_seen, ==, rb_session_get_n_steps (f->session));
  /* Late 0.4 ms per step, it would be off by far more than 1 ms. */
  g_assert_cmpuint (n_steps_seen, >, 10);
  g_assert_cmpint (ABS (f->finished_at - planned), <=, 1000);
  g_assert_true (rb_session_is_complete (f->session));

  /* Each step began on its computed start, only as late as one wake-up. */
  for (guint i = 0; i < f->steps->len; i++)
    {
      StepEvent *event = &g_array_index (f->steps, StepEvent, i);

      g_assert_cmpuint (event->index, ==, i);
      g_assert_cmpint (event->time - computed, >=, 0);
      g_assert_cmpint (event->time - computed, <=, 400);
      computed += rb_session_get_nth_step (f->session, i)->duration;
    }
}

/* A main loop stalled for a while catches up: the steps passed meanwhile
 * count as done, and the current one keeps its computed start. */
static void
test_catch_up (Fixture       *f,
               gconstpointer  data)
{
  RbDosage stretch = { .sets = 1, .hold_seconds = 30, .sides = 2 };
  g_autoptr(GPtrArray) results = NULL;

  rb_routine_add_exercise (f->routine, "quad-stretch", "Quad stretch", NULL, &stretch);
  make_session (f);
  rb_session_start (f->session);

  rb_fake_clock_stall (f->clock, S (52));
  g_assert_cmpuint (rb_session_get_step_index (f->session), ==, 0);
  advance (f, 0);
  g_assert_cmpuint (rb_session_get_step_index (f->session), ==, 3);
  g_assert_cmpint (rb_session_get_step_elapsed (f->session), ==, S (12));
  g_assert_cmpint (rb_session_get_remaining (f->session), ==, S (18));
  g_assert_cmpuint (f->steps->len, ==, 4);
  g_assert_cmpint (g_array_index (f->steps, StepEvent, 3).time, ==, T0 + S (52));

  advance (f, S (18));
  g_assert_cmpint (f->finished_at, ==, T0 + S (70));
  results = rb_session_get_results (f->session);
  g_assert_cmpint (result_at (results, 0)->status, ==, RB_RESULT_COMPLETED);
  g_assert_cmpint (result_at (results, 0)->active_us, ==, S (30));
}

/* "Next" pressed after a deadline, before the clock's callback ran,
 * leaves a finished set: it is completed, not skipped. */
static void
test_next_after_deadline (Fixture       *f,
                          gconstpointer  data)
{
  RbDosage hold = { .sets = 2, .hold_seconds = 30, .sides = 1, .rest_seconds = 20 };
  g_autoptr(GPtrArray) results = NULL;

  rb_routine_set_lead_in (f->routine, 0);
  rb_routine_add_exercise (f->routine, "wall-sit", "Wall sit", NULL, &hold);
  make_session (f);
  rb_session_start (f->session);

  rb_fake_clock_stall (f->clock, S (30) + 2000);
  rb_session_next (f->session);
  g_assert_cmpint (rb_session_get_step (f->session)->kind, ==, RB_STEP_REST_SET);
  check_fresh_step (f, 1);

  advance (f, S (10));
  rb_session_next (f->session);
  advance (f, S (10));
  rb_session_next (f->session);
  g_assert_cmpuint (f->n_finished, ==, 1);

  results = rb_session_get_results (f->session);
  g_assert_cmpuint (result_at (results, 0)->sets_done, ==, 1);
  g_assert_cmpint (result_at (results, 0)->status, ==, RB_RESULT_PARTIAL);
  g_assert_cmpint (result_at (results, 0)->active_us, ==, S (30 + 10));
}

static void
test_notifications (Fixture       *f,
                    gconstpointer  data)
{
  RbDosage hold = { .sets = 1, .hold_seconds = 10, .sides = 1 };
  guint n_remaining = 0;
  guint n_state = 0;
  guint n_index = 0;

  rb_routine_set_lead_in (f->routine, 0);
  rb_routine_add_exercise (f->routine, "wall-sit", "Wall sit", NULL, &hold);
  make_session (f);
  g_signal_connect_swapped (f->session, "notify::remaining-seconds", G_CALLBACK (count_cb), &n_remaining);
  g_signal_connect_swapped (f->session, "notify::state", G_CALLBACK (count_cb), &n_state);
  g_signal_connect_swapped (f->session, "notify::step-index", G_CALLBACK (count_cb), &n_index);

  rb_session_start (f->session);
  g_assert_cmpuint (n_state, ==, 1);
  g_assert_cmpuint (n_index, ==, 1);
  g_assert_cmpuint (n_remaining, ==, 1);
  g_assert_cmpuint (rb_session_get_remaining_seconds (f->session), ==, 10);

  /* One notification per second of the countdown, on the second. */
  advance (f, S (1) - 1);
  g_assert_cmpuint (n_remaining, ==, 1);
  advance (f, 1);
  g_assert_cmpuint (n_remaining, ==, 2);
  g_assert_cmpuint (rb_session_get_remaining_seconds (f->session), ==, 9);
  advance (f, S (8) + 500000);
  g_assert_cmpuint (n_remaining, ==, 10);
  g_assert_cmpuint (rb_session_get_remaining_seconds (f->session), ==, 1);

  rb_session_pause (f->session);
  rb_session_resume (f->session);
  g_assert_cmpuint (n_state, ==, 3);
  g_assert_cmpuint (n_remaining, ==, 10);

  advance (f, 500000);
  g_assert_cmpuint (n_index, ==, 2);
  g_assert_cmpuint (n_state, ==, 4);
  g_assert_cmpint (rb_session_get_state (f->session), ==, RB_SESSION_STATE_FINISHED);
}

static void
test_start_at (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(RbSession) first = NULL;
  g_autoptr(RbJournalEntry) entry = NULL;
  g_autoptr(GPtrArray) results = NULL;
  RbDosage squat = { .sets = 2, .reps = 2, .sides = 1, .rest_seconds = 10 };
  RbDosage stretch = { .sets = 1, .hold_seconds = 20, .sides = 2 };
  guint index;

  rb_routine_set_program (f->routine, "knee-strength", 2);
  rb_routine_add_exercise (f->routine, "squat", "Squat", NULL, &squat);
  rb_routine_add_exercise (f->routine, "quad-stretch", "Quad stretch", NULL, &stretch);

  /* A first run cut short in the stretch's left side. */
  first = rb_session_new (f->routine, RB_CLOCK (f->clock));
  rb_session_start (first);
  advance (f, S (5 + 8 + 10 + 8 + 30 + 7));
  g_assert_cmpint (rb_session_get_step (first)->side, ==, RB_SIDE_LEFT);
  index = rb_session_get_step_index (first);
  entry = rb_session_create_journal_entry (first);
  g_assert_cmpstr (rb_journal_entry_get_program_id (entry), ==, "knee-strength");
  g_assert_cmpint (rb_journal_entry_get_session_index (entry), ==, 2);
  rb_session_stop (first);
  g_clear_object (&first);

  advance (f, S (3600));
  make_session (f);
  rb_session_start_at (f->session, index, entry);
  g_assert_cmpuint (rb_session_get_step_index (f->session), ==, index);
  g_assert_true (rb_session_get_step (f->session)->kind == RB_STEP_WORK_HOLD);
  advance (f, S (20 + 5 + 20));
  g_assert_cmpuint (f->n_finished, ==, 1);

  results = rb_session_get_results (f->session);
  g_assert_cmpint (result_at (results, 0)->status, ==, RB_RESULT_COMPLETED);
  g_assert_cmpint (result_at (results, 0)->active_us, ==, S (16));
  g_assert_true (rb_session_is_complete (f->session));
  g_clear_object (&entry);
  entry = rb_session_create_journal_entry (f->session);
  g_assert_cmpint (rb_journal_entry_get_status (entry), ==, RB_JOURNAL_STATUS_COMPLETED);
  g_assert_cmpint (g_date_time_difference (rb_journal_entry_get_ended (entry),
                                           rb_journal_entry_get_started (entry)),
                   ==, S (5 + 8 + 10 + 8 + 30 + 7 + 3600 + 45));
}

static void
test_signals_reenter (Fixture       *f,
                      gconstpointer  data)
{
  RbDosage hold = { .sets = 3, .hold_seconds = 10, .sides = 1, .rest_seconds = 10 };

  rb_routine_add_exercise (f->routine, "wall-sit", "Wall sit", NULL, &hold);
  make_session (f);
  /* A handler that pauses at every rest, as a "pause between sets"
   * setting would. */
  g_signal_connect_swapped (f->session, "step-changed",
                            G_CALLBACK (rb_session_pause), f->session);
  rb_session_start (f->session);
  g_assert_cmpint (rb_session_get_state (f->session), ==, RB_SESSION_STATE_PAUSED);
  g_assert_cmpint (rb_session_get_remaining (f->session), ==, S (5));
  rb_session_resume (f->session);
  advance (f, S (5) + 1);
  g_assert_cmpint (rb_session_get_state (f->session), ==, RB_SESSION_STATE_PAUSED);
  g_assert_cmpint (rb_session_get_step (f->session)->kind, ==, RB_STEP_WORK_HOLD);
  g_assert_cmpint (rb_session_get_remaining (f->session), ==, S (10));
  rb_session_stop (f->session);
  g_assert_cmpuint (rb_fake_clock_get_n_pending (f->clock), ==, 0);
}

static void
finished_quit_cb (RbSession *session,
                  gboolean  *done)
{
  *done = TRUE;
}

static void
record_kind_cb (RbSession *session,
                GArray    *kinds)
{
  RbStepKind kind = rb_session_get_step (session)->kind;

  g_array_append_val (kinds, kind);
}

typedef struct
{
  RbClock *clock;
  gint64   when;
  gint64   called;   /* 0 until called */
} Scheduled;

static void
scheduled_cb (gpointer data)
{
  Scheduled *scheduled = data;

  g_assert_cmpint (scheduled->called, ==, 0);
  scheduled->called = rb_clock_get_time (scheduled->clock);
}

/* The real clock calls each back once, never before the microsecond
 * asked for (its timers are finer than GLib's milliseconds), and never
 * after a cancel. How late, and so in which order timers that are all
 * due come, depends on the machine: not checked. */
static guint
count_open_files (void)
{
  g_autoptr(GDir) dir = g_dir_open ("/proc/self/fd", 0, NULL);
  guint n = 0;

  while (dir != NULL && g_dir_read_name (dir) != NULL)
    n++;

  return n;
}

static void
test_system_clock_timers (void)
{
  guint open_files = count_open_files ();
  RbClock *clock = rb_system_clock_new ();
  gint64 now = rb_clock_get_time (clock);
  Scheduled timers[] = {
    { clock, now + 12345 }, { clock, now + 2500 }, { clock, now + 7001 }, { clock, now - 1000 },
  };
  Scheduled cancelled = { clock, now + 1 };
  guint id;

  for (guint i = 0; i < G_N_ELEMENTS (timers); i++)
    rb_clock_schedule (clock, timers[i].when, scheduled_cb, &timers[i]);
  id = rb_clock_schedule (clock, cancelled.when, scheduled_cb, &cancelled);
  rb_clock_cancel (clock, id);

  while (timers[0].called == 0)
    g_main_context_iteration (NULL, TRUE);
  g_usleep (2000);
  while (g_main_context_iteration (NULL, FALSE))
    ;

  for (guint i = 0; i < G_N_ELEMENTS (timers); i++)
    {
      g_assert_cmpint (timers[i].called, !=, 0);
      g_assert_cmpint (timers[i].called, >=, timers[i].when);
    }
  g_assert_cmpint (cancelled.called, ==, 0);

  /* A timer still pending when the clock goes is dropped with it. */
  rb_clock_schedule (clock, now + G_USEC_PER_SEC, scheduled_cb, &cancelled);
  g_object_unref (clock);
  g_assert_cmpuint (count_open_files (), ==, open_files);
}

/* On the real clock, a session goes through its steps in order and never
 * ends before its steps' time is up. How much later it ends depends on
 * the machine's load, so that is not checked. */
static void
test_system_clock (void)
{
  g_autoptr(RbClock) clock = rb_system_clock_new ();
  g_autoptr(RbRoutine) routine = rb_routine_new ("Real time");
  g_autoptr(RbSession) session = NULL;
  g_autoptr(GArray) kinds = g_array_new (FALSE, FALSE, sizeof (RbStepKind));
  RbDosage hold = { .sets = 1, .hold_seconds = 1, .sides = 1 };
  gboolean done = FALSE;
  gint64 start, end;

  rb_routine_set_lead_in (routine, 1);
  rb_routine_add_exercise (routine, "wall-sit", "Wall sit", NULL, &hold);
  session = rb_session_new (routine, clock);
  g_signal_connect (session, "finished", G_CALLBACK (finished_quit_cb), &done);
  g_signal_connect (session, "step-changed", G_CALLBACK (record_kind_cb), kinds);

  start = rb_clock_get_time (clock);
  rb_session_start (session);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  end = rb_clock_get_time (clock);

  g_assert_cmpuint (kinds->len, ==, 3);
  g_assert_cmpint (g_array_index (kinds, RbStepKind, 0), ==, RB_STEP_GET_READY);
  g_assert_cmpint (g_array_index (kinds, RbStepKind, 1), ==, RB_STEP_WORK_HOLD);
  g_assert_cmpint (g_array_index (kinds, RbStepKind, 2), ==, RB_STEP_DONE);
  g_assert_true (rb_session_is_complete (session));
  g_assert_cmpint (end - start, >=, S (2));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/rb/session/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("holds-and-sides", test_holds_and_sides);
  ADD ("reps-at-tempo", test_reps_at_tempo);
  ADD ("sets-with-rests", test_sets_with_rests);
  ADD ("intervals", test_intervals);
  ADD ("icing", test_icing);
  ADD ("progress-own-pace", test_progress_own_pace);
  ADD ("pause-resume", test_pause_resume);
  ADD ("next-previous/running", test_next_previous_running);
  ADD ("next-previous/paused", test_next_previous_paused);
  ADD ("next-previous/ready", test_next_previous_ready);
  ADD ("skips-are-recorded", test_skips_are_recorded);
  ADD ("restart-exercise", test_restart_exercise);
  ADD ("add-rest", test_add_rest);
  ADD ("own-pace", test_own_pace);
  ADD ("two-hours", test_two_hours);
  ADD ("notifications", test_notifications);
  ADD ("catch-up", test_catch_up);
  ADD ("next-after-deadline", test_next_after_deadline);
  ADD ("start-at", test_start_at);
  ADD ("signals-reenter", test_signals_reenter);
  g_test_add_func ("/rb/session/system-clock", test_system_clock);
  g_test_add_func ("/rb/session/system-clock-timers", test_system_clock_timers);

  return g_test_run ();
}
