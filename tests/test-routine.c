/* test-routine.c
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rb-fake-clock.h"
#include "rb-library.h"
#include "rb-routine.h"
#include "rb-session.h"

#define S(n) ((gint64) (n) * G_USEC_PER_SEC)

static const RbStep *
step_at (GPtrArray *steps,
         guint      i)
{
  g_assert_cmpuint (i, <, steps->len);
  return g_ptr_array_index (steps, i);
}

static void
assert_kinds (GPtrArray        *steps,
              const RbStepKind *kinds,
              guint             n_kinds)
{
  g_assert_cmpuint (steps->len, ==, n_kinds);
  for (guint i = 0; i < n_kinds; i++)
    g_assert_cmpint (step_at (steps, i)->kind, ==, kinds[i]);
}

static void
test_reps_with_rests (void)
{
  g_autoptr(RbRoutine) routine = rb_routine_new ("Strength");
  g_autoptr(GPtrArray) steps = NULL;
  RbDosage dosage = { .sets = 3, .reps = 10, .sides = 1, .rest_seconds = 60,
                      .tempo_down = 2, .tempo_hold = 1, .tempo_up = 2 };
  static const RbStepKind kinds[] = {
    RB_STEP_GET_READY, RB_STEP_WORK_REPS, RB_STEP_REST_SET, RB_STEP_WORK_REPS,
    RB_STEP_REST_SET, RB_STEP_WORK_REPS, RB_STEP_DONE,
  };
  const RbStep *work;

  rb_routine_add_exercise (routine, "squat", "Squat", "Stand tall.", &dosage);
  steps = rb_routine_expand (routine);
  assert_kinds (steps, kinds, G_N_ELEMENTS (kinds));

  g_assert_cmpint (step_at (steps, 0)->duration, ==, S (5));
  work = step_at (steps, 3);
  g_assert_cmpint (work->duration, ==, S (50));
  g_assert_cmpint (rb_step_get_rep_period (work), ==, S (5));
  g_assert_cmpuint (work->reps, ==, 10);
  g_assert_cmpuint (work->set, ==, 2);
  g_assert_cmpuint (work->n_sets, ==, 3);
  g_assert_true (work->is_work);
  g_assert_cmpstr (work->exercise_id, ==, "squat");
  g_assert_cmpstr (work->title, ==, "Squat");
  g_assert_cmpstr (work->instructions, ==, "Stand tall.");
  g_assert_cmpstr (work->detail, ==, "Set 2 of 3 · 10 reps");
  g_assert_cmpstr (work->speech, ==, "Squat, set 2 of 3");
  g_assert_cmpstr (work->next_up, ==, "Next: Rest (Set 3 of 3)");
  g_assert_cmpint (step_at (steps, 2)->duration, ==, S (60));
  g_assert_cmpstr (step_at (steps, 2)->speech, ==, "Rest 60 seconds");
  g_assert_true (rb_step_is_rest (step_at (steps, 2)));
  g_assert_false (step_at (steps, 2)->is_work);
  g_assert_cmpstr (step_at (steps, 5)->next_up, ==, "Next: the end of the session");
  g_assert_cmpint (step_at (steps, 6)->duration, ==, 0);
}

static void
test_default_tempo (void)
{
  g_autoptr(RbRoutine) routine = rb_routine_new ("Strength");
  g_autoptr(GPtrArray) steps = NULL;
  RbDosage plain = { .sets = 1, .reps = 10, .sides = 1 };
  RbDosage held = { .sets = 1, .reps = 5, .sides = 1, .hold_seconds = 10 };
  const RbStep *step;

  rb_routine_add_exercise (routine, "squat", "Squat", NULL, &plain);
  rb_routine_add_exercise (routine, "wall-sit", "Wall sit", NULL, &held);
  rb_routine_set_lead_in (routine, 0);
  rb_routine_set_rest_between (routine, 0);
  steps = rb_routine_expand (routine);

  /* 2 s down, 2 s up by default. */
  step = step_at (steps, 0);
  g_assert_cmpint (step->kind, ==, RB_STEP_WORK_REPS);
  g_assert_cmpuint (step->tempo_down, ==, 2);
  g_assert_cmpuint (step->tempo_hold, ==, 0);
  g_assert_cmpuint (step->tempo_up, ==, 2);
  g_assert_cmpint (step->duration, ==, S (40));

  /* No rest between items and no lead-in: nothing between them. A hold
   * with reps is held at the bottom of each rep. */
  step = step_at (steps, 1);
  g_assert_cmpint (step->kind, ==, RB_STEP_WORK_REPS);
  g_assert_cmpuint (step->tempo_hold, ==, 10);
  g_assert_cmpint (step->duration, ==, S (5 * 14));
  g_assert_cmpint (step_at (steps, 2)->kind, ==, RB_STEP_DONE);
}

static void
test_rep_position (void)
{
  g_autoptr(RbStep) step = rb_step_new (RB_STEP_WORK_REPS);
  g_autoptr(RbStep) hold = rb_step_new (RB_STEP_WORK_HOLD);

  step->reps = 2;
  step->tempo_down = 2;
  step->tempo_hold = 1;
  step->tempo_up = 1;
  step->duration = S (8);

  g_assert_cmpfloat (rb_step_get_rep_position (step, 0), ==, 0.0);
  g_assert_cmpfloat (rb_step_get_rep_position (step, S (1)), ==, 0.5);
  g_assert_cmpfloat (rb_step_get_rep_position (step, S (2)), ==, 1.0);
  g_assert_cmpfloat (rb_step_get_rep_position (step, S (2) + 500000), ==, 1.0);
  g_assert_cmpfloat (rb_step_get_rep_position (step, S (3) + 250000), ==, 0.75);
  g_assert_cmpfloat (rb_step_get_rep_position (step, S (5)), ==, 0.5);
  g_assert_cmpfloat (rb_step_get_rep_position (step, S (8)), ==, 0.0);

  /* No tempo with only an up phase: never divides by zero. */
  step->tempo_down = 0;
  step->tempo_hold = 0;
  step->duration = S (2);
  g_assert_cmpfloat (rb_step_get_rep_position (step, 500000), ==, 0.5);

  hold->duration = S (30);
  g_assert_cmpfloat (rb_step_get_rep_position (hold, S (3)), ==, 0.0);
}

static void
test_holds_and_sides (void)
{
  g_autoptr(RbRoutine) routine = rb_routine_new ("Stretches");
  g_autoptr(GPtrArray) steps = NULL;
  RbDosage dosage = { .sets = 2, .hold_seconds = 30, .sides = 2 };
  static const RbStepKind kinds[] = {
    RB_STEP_GET_READY,
    RB_STEP_WORK_HOLD, RB_STEP_SWITCH_SIDES, RB_STEP_WORK_HOLD,
    RB_STEP_SWITCH_SIDES,
    RB_STEP_WORK_HOLD, RB_STEP_SWITCH_SIDES, RB_STEP_WORK_HOLD,
    RB_STEP_DONE,
  };
  static const RbSide sides[] = {
    RB_SIDE_NONE, RB_SIDE_LEFT, RB_SIDE_RIGHT, RB_SIDE_RIGHT, RB_SIDE_LEFT,
    RB_SIDE_LEFT, RB_SIDE_RIGHT, RB_SIDE_RIGHT, RB_SIDE_NONE,
  };

  rb_routine_add_exercise (routine, "quad-stretch", "Standing quad stretch", NULL, &dosage);
  steps = rb_routine_expand (routine);
  assert_kinds (steps, kinds, G_N_ELEMENTS (kinds));

  for (guint i = 0; i < steps->len; i++)
    g_assert_cmpint (step_at (steps, i)->side, ==, sides[i]);

  g_assert_cmpint (step_at (steps, 1)->duration, ==, S (30));
  g_assert_cmpstr (step_at (steps, 1)->speech, ==, "Standing quad stretch, set 1 of 2, left leg");
  g_assert_cmpstr (step_at (steps, 1)->detail, ==, "Set 1 of 2 · Left leg · Hold 30 seconds");
  g_assert_cmpint (step_at (steps, 2)->duration, ==, S (5));
  g_assert_cmpstr (step_at (steps, 2)->title, ==, "Switch to the right leg");
  g_assert_cmpstr (step_at (steps, 4)->speech, ==, "Switch to the left leg");
  g_assert_cmpstr (step_at (steps, 0)->speech, ==, "Get ready: Standing quad stretch");
}

static void
test_sides_with_rest (void)
{
  g_autoptr(RbRoutine) routine = rb_routine_new ("Stretches");
  g_autoptr(GPtrArray) steps = NULL;
  RbDosage dosage = { .sets = 2, .hold_seconds = 20, .sides = 2, .rest_seconds = 15 };
  static const RbStepKind kinds[] = {
    RB_STEP_WORK_HOLD, RB_STEP_WORK_HOLD, RB_STEP_REST_SET,
    RB_STEP_WORK_HOLD, RB_STEP_WORK_HOLD, RB_STEP_DONE,
  };

  rb_routine_set_lead_in (routine, 0);
  rb_routine_set_switch_seconds (routine, 0);
  rb_routine_add_exercise (routine, "calf-stretch", "Wall calf stretch", NULL, &dosage);
  steps = rb_routine_expand (routine);
  assert_kinds (steps, kinds, G_N_ELEMENTS (kinds));
  g_assert_cmpint (step_at (steps, 1)->side, ==, RB_SIDE_RIGHT);
  g_assert_cmpint (step_at (steps, 3)->side, ==, RB_SIDE_LEFT);
}

static void
test_own_pace_and_timed (void)
{
  g_autoptr(RbRoutine) routine = rb_routine_new ("Mixed");
  g_autoptr(GPtrArray) steps = NULL;
  RbDosage own = { .sets = 1, .reps = 12, .sides = 1, .own_pace = TRUE };
  RbDosage ice = { .sets = 1, .sides = 1, .duration_minutes = 15 };
  static const RbStepKind kinds[] = {
    RB_STEP_GET_READY, RB_STEP_WORK_OWN_PACE, RB_STEP_REST_EXERCISE,
    RB_STEP_WORK_TIMED, RB_STEP_DONE,
  };

  rb_routine_add_exercise (routine, "hamstring-curl", "Hamstring curl", NULL, &own);
  rb_routine_add_exercise (routine, "icing", "Ice the knee", NULL, &ice);
  steps = rb_routine_expand (routine);
  assert_kinds (steps, kinds, G_N_ELEMENTS (kinds));

  g_assert_cmpint (step_at (steps, 1)->duration, ==, 0);
  g_assert_cmpuint (step_at (steps, 1)->reps, ==, 12);
  g_assert_cmpstr (step_at (steps, 1)->detail, ==, "12 reps at your own pace");
  g_assert_cmpint (step_at (steps, 2)->duration, ==, S (30));
  g_assert_cmpuint (step_at (steps, 2)->item, ==, 0);
  g_assert_cmpstr (step_at (steps, 1)->next_up, ==, "Next: Rest (Ice the knee)");
  g_assert_cmpint (step_at (steps, 3)->duration, ==, S (15 * 60));
  g_assert_cmpstr (step_at (steps, 3)->detail, ==, "15 minutes");
  g_assert_cmpuint (step_at (steps, 3)->item, ==, 1);
}

/* One rule for every length: what a step is planned to last, and a
 * routine's estimate is the sum of its steps. */
static void
test_planned_duration (void)
{
  g_autoptr(RbRoutine) routine = rb_routine_new ("Mixed");
  g_autoptr(GPtrArray) steps = NULL;
  RbDosage own = { .sets = 1, .reps = 12, .sides = 1, .own_pace = TRUE };
  RbDosage slow = { .sets = 1, .reps = 5, .sides = 1, .own_pace = TRUE,
                    .tempo_down = 3, .tempo_hold = 1, .tempo_up = 3 };
  RbDosage free_form = { .sets = 1, .sides = 2, .own_pace = TRUE };
  RbDosage squats = { .sets = 2, .reps = 10, .sides = 1, .rest_seconds = 45 };
  gint64 total = 0;

  rb_routine_add_exercise (routine, "curl", "Hamstring curl", NULL, &own);
  rb_routine_add_exercise (routine, "slow", "Slow curl", NULL, &slow);
  rb_routine_add_exercise (routine, "roll", "Roll", NULL, &free_form);
  rb_routine_add_exercise (routine, "squat", "Squat", NULL, &squats);
  steps = rb_routine_expand (routine);

  /* Own pace: reps at the tempo (2 s down, 2 s up by default), or a
   * fixed time when there are no reps to count. */
  g_assert_cmpint (step_at (steps, 1)->kind, ==, RB_STEP_WORK_OWN_PACE);
  g_assert_cmpint (rb_step_get_planned_duration (step_at (steps, 1)), ==, S (12 * 4));
  g_assert_cmpint (rb_step_get_planned_duration (step_at (steps, 3)), ==, S (5 * 7));
  g_assert_cmpint (rb_step_get_planned_duration (step_at (steps, 5)), ==, S (RB_STEP_OWN_PACE_SECONDS));
  g_assert_cmpint (step_at (steps, 6)->kind, ==, RB_STEP_SWITCH_SIDES);

  for (guint i = 0; i < steps->len; i++)
    {
      const RbStep *step = step_at (steps, i);

      if (step->duration > 0)
        g_assert_cmpint (rb_step_get_planned_duration (step), ==, step->duration);
      total += rb_step_get_planned_duration (step);
    }

  g_assert_cmpint (rb_step_get_planned_duration (step_at (steps, steps->len - 1)), ==, 0);
  g_assert_cmpuint (rb_routine_estimate_seconds (routine), ==, total / G_USEC_PER_SEC);
  /* 5 s lead-in, 48 + 35 s own pace, 30 s on each side with a 5 s switch,
   * 2 × 40 s of squats with 45 s of rest, and 30 s between the items. */
  g_assert_cmpuint (rb_routine_estimate_seconds (routine), ==,
                    5 + 48 + 35 + 30 + 5 + 30 + 2 * 40 + 45 + 3 * 30);
}

static void
test_run_walk (void)
{
  g_autoptr(RbRoutine) routine = rb_routine_new ("Return to running");
  g_autoptr(GPtrArray) steps = NULL;
  static const RbStepKind kinds[] = {
    RB_STEP_GET_READY, RB_STEP_WARM_UP,
    RB_STEP_RUN, RB_STEP_WALK, RB_STEP_RUN, RB_STEP_WALK, RB_STEP_RUN, RB_STEP_WALK,
    RB_STEP_COOL_DOWN, RB_STEP_DONE,
  };
  gint64 total = 0;

  rb_routine_add_run_walk (routine, 60, 120, 3, 5, 4);
  steps = rb_routine_expand (routine);
  assert_kinds (steps, kinds, G_N_ELEMENTS (kinds));

  for (guint i = 0; i < steps->len; i++)
    total += step_at (steps, i)->duration;
  g_assert_cmpint (total, ==, S (5 + 5 * 60 + 3 * 180 + 4 * 60));

  g_assert_cmpstr (step_at (steps, 4)->title, ==, "Run");
  g_assert_cmpstr (step_at (steps, 4)->detail, ==, "Interval 2 of 3");
  g_assert_cmpuint (step_at (steps, 4)->interval, ==, 2);
  g_assert_cmpuint (step_at (steps, 4)->n_intervals, ==, 3);
  g_assert_null (step_at (steps, 4)->exercise_id);
  g_assert_true (step_at (steps, 1)->is_work);
  g_assert_cmpstr (step_at (steps, 1)->title, ==, "Warm-up walk");
}

static void
test_empty (void)
{
  g_autoptr(RbRoutine) routine = rb_routine_new ("Empty");
  g_autoptr(GPtrArray) steps = rb_routine_expand (routine);

  g_assert_cmpuint (steps->len, ==, 1);
  g_assert_cmpint (step_at (steps, 0)->kind, ==, RB_STEP_DONE);
}

static void
test_step_copy (void)
{
  g_autoptr(RbRoutine) routine = rb_routine_new ("Copy");
  g_autoptr(GPtrArray) steps = NULL;
  g_autoptr(RbStep) copy = NULL;
  RbDosage dosage = { .sets = 2, .reps = 8, .sides = 2, .rest_seconds = 30 };
  RbSide side;

  rb_routine_add_exercise (routine, "lunge", "Forward lunge", "Step forward.", &dosage);
  steps = rb_routine_expand (routine);
  copy = rb_step_copy (step_at (steps, 1));
  g_assert_cmpstr (copy->title, ==, "Forward lunge");
  g_assert_true (copy->title != step_at (steps, 1)->title);
  g_assert_cmpstr (copy->speech, ==, step_at (steps, 1)->speech);
  g_assert_cmpstr (rb_step_kind_to_string (RB_STEP_WORK_OWN_PACE), ==, "work-own-pace");
  g_assert_cmpstr (rb_side_to_string (RB_SIDE_RIGHT), ==, "right");
  g_assert_true (rb_side_from_string ("left", &side));
  g_assert_cmpint (side, ==, RB_SIDE_LEFT);
  g_assert_false (rb_side_from_string ("middle", &side));
}

/* Every session of every bundled program plays to its end. */
static void
test_bundled_programs (void)
{
  g_autoptr(RbLibrary) library = rb_library_new ();
  g_autoptr(GError) error = NULL;
  GListModel *programs;
  guint n_run_walk = 0, max_items = 0, max_steps = 0;

  rb_library_load (library, NULL, NULL, &error);
  g_assert_no_error (error);
  programs = rb_library_get_programs (library);
  g_assert_cmpuint (g_list_model_get_n_items (programs), >, 0);

  for (guint p = 0; p < g_list_model_get_n_items (programs); p++)
    {
      g_autoptr(RbProgram) program = g_list_model_get_item (programs, p);

      for (guint i = 0; i < rb_program_get_n_sessions (program); i++)
        {
          const RbProgramSession *ps = rb_program_get_session (program, i);
          g_autoptr(RbRoutine) routine = rb_routine_new_for_program_session (program, i);
          g_autoptr(RbFakeClock) clock = rb_fake_clock_new (0, NULL);
          g_autoptr(RbSession) session = rb_session_new (routine, RB_CLOCK (clock));
          guint guard = 0;

          g_autoptr(GPtrArray) steps = rb_routine_expand (routine);

          /* The counts the caps are checked on, and their headroom. */
          g_assert_cmpuint (rb_routine_count_steps (routine), ==, steps->len);
          max_steps = MAX (max_steps, steps->len);
          max_items = MAX (max_items, rb_program_session_get_n_items (ps));

          g_assert_cmpstr (rb_routine_get_program_id (routine), ==, rb_program_get_id (program));
          g_assert_cmpint (rb_routine_get_session_index (routine), ==, i);
          g_assert_cmpstr (rb_routine_get_session_id (routine), ==, rb_program_session_get_id (ps));
          g_assert_cmpstr (rb_routine_get_title (routine), ==, rb_program_session_get_title (ps));
          g_assert_cmpuint (rb_routine_get_n_items (routine), ==, rb_program_session_get_n_items (ps));

          for (guint j = 0; j < rb_routine_get_n_items (routine); j++)
            {
              const RbRoutineItem *item = rb_routine_get_item (routine, j);
              const RbSessionItem *source = rb_program_session_get_item (ps, j);

              if (item->kind == RB_ROUTINE_ITEM_RUN_WALK)
                {
                  g_assert_cmpint (rb_session_item_get_kind (source), ==, RB_SESSION_ITEM_RUN_WALK);
                  g_assert_cmpuint (item->repeats, ==, rb_session_item_get_run_walk (source)->repeats);
                  n_run_walk++;
                  continue;
                }
              g_assert_cmpstr (item->exercise_id, ==, rb_session_item_get_exercise_id (source));
              g_assert_nonnull (item->instructions);
              g_assert_cmpuint (item->dosage.sets, ==, rb_session_item_get_dosage (source)->sets);
            }

          rb_session_start (session);
          while (rb_session_get_state (session) != RB_SESSION_STATE_FINISHED && guard++ < 100000)
            {
              if (rb_session_get_waiting_for_done (session))
                {
                  rb_fake_clock_advance (clock, 45 * G_USEC_PER_SEC);
                  rb_session_done (session);
                }
              else
                g_assert_true (rb_fake_clock_advance_next (clock));
            }
          g_assert_true (rb_session_is_complete (session));
        }
    }

  g_assert_cmpuint (n_run_walk, >, 0);

  g_test_message ("largest bundled session: %u items, %u steps", max_items, max_steps);
  g_assert_cmpuint (max_items * 4, <=, RB_PROGRAM_MAX_SESSION_ITEMS);
  g_assert_cmpuint (max_steps * 10, <=, RB_PROGRAM_MAX_SESSION_STEPS);
}

/* Every combination that changes the shape of the expansion. */
static void
test_count_steps (void)
{
  static const RbDosage amounts[] = {
    { .reps = 10 },
    { .reps = 8, .hold_seconds = 3 },
    { .hold_seconds = 30 },
    { .own_pace = TRUE },
    { .reps = 5, .own_pace = TRUE },
    { .duration_minutes = 15 },
  };
  guint n_checked = 0;

  for (guint a = 0; a < G_N_ELEMENTS (amounts); a++)
    for (guint sets = 1; sets <= 3; sets++)
      for (guint sides = 1; sides <= 2; sides++)
        for (guint rest = 0; rest <= 10; rest += 10)
          for (guint settings = 0; settings < 8; settings++)
            {
              g_autoptr(RbRoutine) routine = rb_routine_new ("Count");
              g_autoptr(GPtrArray) steps = NULL;
              RbDosage dosage = amounts[a];

              dosage.sets = sets;
              dosage.sides = sides;
              dosage.rest_seconds = rest;
              rb_routine_set_lead_in (routine, settings & 1 ? 5 : 0);
              rb_routine_set_switch_seconds (routine, settings & 2 ? 5 : 0);
              rb_routine_set_rest_between (routine, settings & 4 ? 30 : 0);

              /* The same exercise twice, then run/walk in all its shapes. */
              rb_routine_add_exercise (routine, "a", "A", NULL, &dosage);
              rb_routine_add_exercise (routine, "b", "B", NULL, &dosage);
              rb_routine_add_run_walk (routine, 60, sets == 2 ? 0 : 90, sets, rest, sides - 1);

              steps = rb_routine_expand (routine);
              g_assert_cmpuint (rb_routine_count_steps (routine), ==, steps->len);
              n_checked++;
            }

  g_assert_cmpuint (n_checked, ==, 6 * 3 * 2 * 2 * 8);
}

/* Durations saturate instead of wrapping around, whatever the dosage. */
static void
test_huge_durations (void)
{
  g_autoptr(RbRoutine) routine = rb_routine_new ("Huge");
  g_autoptr(GPtrArray) steps = NULL;
  RbDosage timed = { .sets = 1, .sides = 1, .duration_minutes = G_MAXUINT };
  RbDosage reps = { .sets = 1, .sides = 1, .reps = G_MAXUINT,
                    .tempo_down = G_MAXUINT, .tempo_hold = G_MAXUINT, .tempo_up = G_MAXUINT };

  rb_routine_set_lead_in (routine, 0);
  rb_routine_set_rest_between (routine, 0);
  rb_routine_add_exercise (routine, "timed", "Timed", NULL, &timed);
  rb_routine_add_exercise (routine, "reps", "Reps", NULL, &reps);
  rb_routine_add_run_walk (routine, 60, 0, 1, G_MAXUINT, 0);
  steps = rb_routine_expand (routine);

  g_assert_cmpuint (steps->len, ==, 5);
  g_assert_cmpint (step_at (steps, 0)->duration, ==, S ((guint64) G_MAXUINT * 60));
  g_assert_cmpint (rb_step_get_rep_period (step_at (steps, 1)), ==, S ((guint64) G_MAXUINT * 3));
  g_assert_cmpint (step_at (steps, 1)->duration, ==, G_MAXINT64);
  g_assert_cmpint (step_at (steps, 2)->duration, ==, S ((guint64) G_MAXUINT * 60));

  /* The sum of the steps saturates too. */
  g_assert_cmpuint (rb_routine_estimate_seconds (routine), ==, G_MAXINT64 / G_USEC_PER_SEC);
}

/* A step made by hand, with every number at its largest. */
static void
test_huge_own_pace (void)
{
  g_autoptr(RbStep) step = rb_step_new (RB_STEP_WORK_OWN_PACE);

  step->reps = G_MAXUINT;
  g_assert_cmpint (rb_step_get_planned_duration (step), ==, S ((guint64) G_MAXUINT * 4));
  step->tempo_down = step->tempo_hold = step->tempo_up = G_MAXUINT;
  g_assert_cmpint (rb_step_get_planned_duration (step), ==, G_MAXINT64);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/rb/routine/reps-with-rests", test_reps_with_rests);
  g_test_add_func ("/rb/routine/default-tempo", test_default_tempo);
  g_test_add_func ("/rb/routine/rep-position", test_rep_position);
  g_test_add_func ("/rb/routine/holds-and-sides", test_holds_and_sides);
  g_test_add_func ("/rb/routine/sides-with-rest", test_sides_with_rest);
  g_test_add_func ("/rb/routine/own-pace-and-timed", test_own_pace_and_timed);
  g_test_add_func ("/rb/routine/run-walk", test_run_walk);
  g_test_add_func ("/rb/routine/empty", test_empty);
  g_test_add_func ("/rb/routine/step-copy", test_step_copy);
  g_test_add_func ("/rb/routine/bundled-programs", test_bundled_programs);
  g_test_add_func ("/rb/routine/count-steps", test_count_steps);
  g_test_add_func ("/rb/routine/huge-durations", test_huge_durations);
  g_test_add_func ("/rb/routine/huge-own-pace", test_huge_own_pace);
  g_test_add_func ("/rb/routine/planned-duration", test_planned_duration);

  return g_test_run ();
}
