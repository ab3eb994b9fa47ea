/* rb-step.c
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rb-step.h"

G_DEFINE_BOXED_TYPE (RbStep, rb_step, rb_step_copy, rb_step_free)

/**
 * rb_step_new:
 * @kind: the kind of step
 *
 * Returns: (transfer full): an empty step of @kind
 */
RbStep *
rb_step_new (RbStepKind kind)
{
  RbStep *step = g_new0 (RbStep, 1);

  step->kind = kind;

  return step;
}

/**
 * rb_step_copy:
 * @step: a #RbStep
 *
 * Returns: (transfer full): a deep copy of @step
 */
RbStep *
rb_step_copy (const RbStep *step)
{
  RbStep *copy;

  g_return_val_if_fail (step != NULL, NULL);

  copy = g_memdup2 (step, sizeof *step);
  copy->exercise_id = g_strdup (step->exercise_id);
  copy->title = g_strdup (step->title);
  copy->detail = g_strdup (step->detail);
  copy->instructions = g_strdup (step->instructions);
  copy->next_up = g_strdup (step->next_up);
  copy->speech = g_strdup (step->speech);

  return copy;
}

/**
 * rb_step_free:
 * @step: (nullable): a #RbStep
 *
 * Frees @step and its strings.
 */
void
rb_step_free (RbStep *step)
{
  if (step == NULL)
    return;

  g_free (step->exercise_id);
  g_free (step->title);
  g_free (step->detail);
  g_free (step->instructions);
  g_free (step->next_up);
  g_free (step->speech);
  g_free (step);
}

/**
 * rb_step_get_rep_period:
 * @step: a #RbStep
 *
 * Returns: the length of one rep in microseconds, 0 when @step does not
 *   count reps at a tempo
 */
gint64
rb_step_get_rep_period (const RbStep *step)
{
  g_return_val_if_fail (step != NULL, 0);

  if (step->kind != RB_STEP_WORK_REPS)
    return 0;

  /* Summed as 64-bit numbers, so that large tempos cannot wrap around. */
  return ((gint64) step->tempo_down + step->tempo_hold + step->tempo_up) * G_USEC_PER_SEC;
}

/**
 * rb_step_get_planned_duration:
 * @step: a #RbStep
 *
 * How long @step is planned to last: the one rule behind session
 * estimates (rb_routine_estimate_seconds()) and a session's progress.
 * A step with a duration lasts that long. A step that waits for "Done"
 * is planned at its tempo: its reps times the length of one rep (2 s
 * down and 2 s up when it has no tempo), or %RB_STEP_OWN_PACE_SECONDS
 * when it has no reps to count. The done step lasts nothing. The result
 * stops at %G_MAXINT64 rather than wrap around.
 *
 * Returns: the planned length in microseconds
 */
gint64
rb_step_get_planned_duration (const RbStep *step)
{
  guint64 per_rep;

  g_return_val_if_fail (step != NULL, 0);

  if (step->kind != RB_STEP_WORK_OWN_PACE)
    return step->duration;

  if (step->reps == 0)
    return (gint64) RB_STEP_OWN_PACE_SECONDS * G_USEC_PER_SEC;

  /* At most 3 × G_MAXUINT seconds: no overflow in 64 bits. */
  per_rep = (guint64) step->tempo_down + step->tempo_hold + step->tempo_up;
  if (per_rep == 0)
    per_rep = 2 * 2;
  per_rep *= G_USEC_PER_SEC;

  if (step->reps > (guint64) G_MAXINT64 / per_rep)
    return G_MAXINT64;

  return (gint64) (step->reps * per_rep);
}

/**
 * rb_step_get_rep_position:
 * @step: a #RbStep
 * @elapsed: microseconds since the step started, pauses excluded
 *   (rb_session_get_step_elapsed())
 *
 * Where the body is in the current rep, following the tempo: from 0 (the
 * start) to 1 (the bottom) during the lowering phase, 1 while held, back
 * to 0 while raising. Animations use it so that the figure moves with the
 * metronome.
 *
 * Returns: a position from 0 to 1; 0 outside counted reps
 */
double
rb_step_get_rep_position (const RbStep *step,
                          gint64        elapsed)
{
  gint64 period, within, down, hold, up;

  g_return_val_if_fail (step != NULL, 0.0);

  period = rb_step_get_rep_period (step);
  if (period == 0 || elapsed < 0 || elapsed >= step->duration)
    return 0.0;

  within = elapsed % period;
  down = (gint64) step->tempo_down * G_USEC_PER_SEC;
  hold = (gint64) step->tempo_hold * G_USEC_PER_SEC;
  up = (gint64) step->tempo_up * G_USEC_PER_SEC;

  if (within < down)
    return (double) within / (double) down;
  if (within < down + hold)
    return 1.0;

  return 1.0 - (double) (within - down - hold) / (double) up;
}

/**
 * rb_step_is_rest:
 * @step: a #RbStep
 *
 * Returns: whether @step is a rest that may be lengthened
 */
gboolean
rb_step_is_rest (const RbStep *step)
{
  g_return_val_if_fail (step != NULL, FALSE);

  return step->kind == RB_STEP_REST_SET || step->kind == RB_STEP_REST_EXERCISE;
}

/**
 * rb_step_kind_to_string:
 * @kind: a #RbStepKind
 *
 * Returns: a stable, untranslated name ("work-reps"), for files and logs
 */
const char *
rb_step_kind_to_string (RbStepKind kind)
{
  static const char * const names[] = {
    "get-ready", "work-reps", "work-hold", "work-own-pace", "work-timed",
    "switch-sides", "rest-set", "rest-exercise", "warm-up", "run", "walk",
    "cool-down", "done",
  };

  g_return_val_if_fail (kind <= RB_STEP_DONE, NULL);

  return names[kind];
}

/**
 * rb_side_to_string:
 * @side: a #RbSide
 *
 * Returns: (nullable): "left", "right", or %NULL for %RB_SIDE_NONE
 */
const char *
rb_side_to_string (RbSide side)
{
  switch (side)
    {
    case RB_SIDE_LEFT:
      return "left";
    case RB_SIDE_RIGHT:
      return "right";
    case RB_SIDE_NONE:
    default:
      return NULL;
    }
}

/**
 * rb_side_from_string:
 * @str: (nullable): "left", "right" or %NULL
 * @side: (out): the side
 *
 * Returns: %FALSE when @str names no side
 */
gboolean
rb_side_from_string (const char *str,
                     RbSide     *side)
{
  g_return_val_if_fail (side != NULL, FALSE);

  if (str == NULL)
    *side = RB_SIDE_NONE;
  else if (g_str_equal (str, "left"))
    *side = RB_SIDE_LEFT;
  else if (g_str_equal (str, "right"))
    *side = RB_SIDE_RIGHT;
  else
    return FALSE;

  return TRUE;
}
