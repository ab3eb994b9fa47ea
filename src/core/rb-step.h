/* rb-step.h
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * RbStepKind:
 * @RB_STEP_GET_READY: the lead-in before the first exercise
 * @RB_STEP_WORK_REPS: reps counted at the exercise's tempo
 * @RB_STEP_WORK_HOLD: one hold, counted down
 * @RB_STEP_WORK_OWN_PACE: reps at your own pace; waits for rb_session_done()
 * @RB_STEP_WORK_TIMED: a timed activity (icing, cycling), counted down
 * @RB_STEP_SWITCH_SIDES: a short pause to switch to the other side
 * @RB_STEP_REST_SET: rest between two sets of one exercise
 * @RB_STEP_REST_EXERCISE: rest between two items
 * @RB_STEP_WARM_UP: the warm-up walk of a run/walk item
 * @RB_STEP_RUN: a run interval
 * @RB_STEP_WALK: a walk interval
 * @RB_STEP_COOL_DOWN: the cool-down walk of a run/walk item
 * @RB_STEP_DONE: the end of the session
 */
typedef enum
{
  RB_STEP_GET_READY,
  RB_STEP_WORK_REPS,
  RB_STEP_WORK_HOLD,
  RB_STEP_WORK_OWN_PACE,
  RB_STEP_WORK_TIMED,
  RB_STEP_SWITCH_SIDES,
  RB_STEP_REST_SET,
  RB_STEP_REST_EXERCISE,
  RB_STEP_WARM_UP,
  RB_STEP_RUN,
  RB_STEP_WALK,
  RB_STEP_COOL_DOWN,
  RB_STEP_DONE,
} RbStepKind;

/* What a step that waits for "Done" without reps to count is planned
 * to last, in seconds; see rb_step_get_planned_duration(). */
#define RB_STEP_OWN_PACE_SECONDS 30

/**
 * RbSide:
 * @RB_SIDE_NONE: the exercise has no sides
 * @RB_SIDE_LEFT: the left side
 * @RB_SIDE_RIGHT: the right side
 */
typedef enum
{
  RB_SIDE_NONE,
  RB_SIDE_LEFT,
  RB_SIDE_RIGHT,
} RbSide;

/**
 * RbRepPhase:
 * @RB_REP_PHASE_NONE: not in a counted rep
 * @RB_REP_PHASE_DOWN: the lowering phase
 * @RB_REP_PHASE_HOLD: held at the bottom
 * @RB_REP_PHASE_UP: the raising phase
 */
typedef enum
{
  RB_REP_PHASE_NONE,
  RB_REP_PHASE_DOWN,
  RB_REP_PHASE_HOLD,
  RB_REP_PHASE_UP,
} RbRepPhase;

#define RB_TYPE_STEP (rb_step_get_type ())

/**
 * RbStep:
 * @kind: what the step is
 * @item: index of the routine item the step belongs to
 * @set: the set, from 1 (0 outside sets)
 * @n_sets: the number of sets of the item
 * @side: the side being worked, or the side to switch to
 * @reps: reps to count (%RB_STEP_WORK_REPS, %RB_STEP_WORK_OWN_PACE)
 * @tempo_down: seconds of the lowering phase of one rep (for
 *   %RB_STEP_WORK_OWN_PACE, only to plan its length)
 * @tempo_hold: seconds held at the bottom of one rep
 * @tempo_up: seconds of the raising phase of one rep
 * @interval: the run/walk interval, from 1 (0 otherwise)
 * @n_intervals: the number of run/walk intervals
 * @duration: length in microseconds; 0 when the step waits for "Done"
 * @is_work: the step counts as work for the results (a rep, hold,
 *   timed, warm-up, run, walk or cool-down step)
 * @exercise_id: (nullable): the exercise id, %NULL for run/walk and
 *   for steps between items
 * @title: what to show in big letters, translated ("Squat", "Rest")
 * @detail: one line under it ("Set 2 of 3 · Left leg")
 * @instructions: (nullable): how to do it (the exercise's first step)
 * @next_up: (nullable): what comes next ("Next: Lunge")
 * @speech: what a voice reads when the step starts ("Squat, set 2 of 3")
 *
 * One step of an expanded session. Plain data, owned by whoever holds
 * it; see rb_routine_expand().
 */
typedef struct
{
  RbStepKind  kind;
  guint       item;
  guint       set;
  guint       n_sets;
  RbSide      side;
  guint       reps;
  guint       tempo_down;
  guint       tempo_hold;
  guint       tempo_up;
  guint       interval;
  guint       n_intervals;
  gint64      duration;
  gboolean    is_work;
  char       *exercise_id;
  char       *title;
  char       *detail;
  char       *instructions;
  char       *next_up;
  char       *speech;
} RbStep;

GType       rb_step_get_type             (void) G_GNUC_CONST;
RbStep     *rb_step_new                  (RbStepKind    kind);
RbStep     *rb_step_copy                 (const RbStep *step);
void        rb_step_free                 (RbStep       *step);
gint64      rb_step_get_rep_period       (const RbStep *step);
gint64      rb_step_get_planned_duration (const RbStep *step);
double      rb_step_get_rep_position     (const RbStep *step,
                                          gint64        elapsed);
gboolean    rb_step_is_rest              (const RbStep *step);
const char *rb_step_kind_to_string       (RbStepKind    kind);
const char *rb_side_to_string            (RbSide        side);
gboolean    rb_side_from_string          (const char   *str,
                                          RbSide       *side);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RbStep, rb_step_free)

G_END_DECLS
