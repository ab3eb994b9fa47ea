/* rb-session.h
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "rb-clock.h"
#include "rb-routine.h"
#include "rb-step.h"

G_BEGIN_DECLS

/**
 * RbSessionState:
 * @RB_SESSION_STATE_READY: created, not started yet
 * @RB_SESSION_STATE_RUNNING: the clock is running
 * @RB_SESSION_STATE_PAUSED: paused; the remaining time is kept exactly
 * @RB_SESSION_STATE_FINISHED: the done step was reached, or the session
 *   was stopped
 */
typedef enum
{
  RB_SESSION_STATE_READY,
  RB_SESSION_STATE_RUNNING,
  RB_SESSION_STATE_PAUSED,
  RB_SESSION_STATE_FINISHED,
} RbSessionState;

/**
 * RbResultStatus:
 * @RB_RESULT_NOT_REACHED: no step of it was reached
 * @RB_RESULT_SKIPPED: reached, but nothing was done
 * @RB_RESULT_PARTIAL: some work was done: a set, some reps of a set cut
 *   short, or a second or more of a timed step
 * @RB_RESULT_COMPLETED: every set was completed
 */
typedef enum
{
  RB_RESULT_NOT_REACHED,
  RB_RESULT_SKIPPED,
  RB_RESULT_PARTIAL,
  RB_RESULT_COMPLETED,
} RbResultStatus;

/**
 * RbSessionResult:
 * @item: index of the routine item
 * @kind: exercise or run/walk
 * @exercise_id: (nullable): the exercise id
 * @title: the item's title
 * @side: the side, or %RB_SIDE_NONE
 * @status: what was done
 * @sets_done: work steps completed (sets, or intervals for run/walk)
 * @n_sets: work steps in all
 * @active_us: time spent in the work steps, pauses excluded
 * @reps: reps per set, 0 when the item does not count reps
 * @reps_done: reps done in all, in full sets and in sets cut short
 * @planned_us: the time its work steps last when played through (0 for
 *   steps that wait for "Done")
 *
 * What happened to one item (one side of it when it has two sides).
 */
typedef struct
{
  guint              item;
  RbRoutineItemKind  kind;
  char              *exercise_id;
  char              *title;
  RbSide             side;
  RbResultStatus     status;
  guint              sets_done;
  guint              n_sets;
  gint64             active_us;
  guint              reps;
  guint              reps_done;
  gint64             planned_us;
} RbSessionResult;

#define RB_TYPE_SESSION (rb_session_get_type ())

G_DECLARE_FINAL_TYPE (RbSession, rb_session, RB, SESSION, GObject)

RbSession     *rb_session_new                   (RbRoutine *routine,
                                                 RbClock   *clock);
RbRoutine     *rb_session_get_routine           (RbSession *self);
RbClock       *rb_session_get_clock             (RbSession *self);
RbSessionState rb_session_get_state             (RbSession *self);
guint          rb_session_get_step_index        (RbSession *self);
guint          rb_session_get_n_steps           (RbSession *self);
const RbStep  *rb_session_get_step              (RbSession *self);
const RbStep  *rb_session_get_nth_step          (RbSession *self,
                                                 guint      index);
gint64         rb_session_get_remaining         (RbSession *self);
guint          rb_session_get_remaining_seconds (RbSession *self);
guint          rb_session_get_elapsed_seconds   (RbSession *self);
gint64         rb_session_get_step_elapsed      (RbSession *self);
gint64         rb_session_get_step_duration     (RbSession *self);
gint64         rb_session_get_step_deadline     (RbSession *self);
gint64         rb_session_get_planned_end       (RbSession *self);
guint          rb_session_get_rep               (RbSession *self);
RbRepPhase     rb_session_get_rep_phase         (RbSession *self);
double         rb_session_get_progress          (RbSession *self);
gboolean       rb_session_can_add_rest          (RbSession *self);
gboolean       rb_session_get_waiting_for_done  (RbSession *self);

void     rb_session_start            (RbSession      *self);
void     rb_session_pause            (RbSession      *self);
void     rb_session_resume           (RbSession      *self);
void     rb_session_toggle_pause     (RbSession      *self);
void     rb_session_next             (RbSession      *self);
void     rb_session_previous         (RbSession      *self);
void     rb_session_restart_exercise (RbSession      *self);
gboolean rb_session_add_rest         (RbSession      *self);
void     rb_session_done             (RbSession      *self);
void     rb_session_stop             (RbSession      *self);

GPtrArray      *rb_session_get_results          (RbSession *self);
gboolean        rb_session_is_complete          (RbSession *self);
gint64          rb_session_get_active_time      (RbSession *self);

#define RB_SESSION_ADD_REST_US (15 * G_USEC_PER_SEC)

G_END_DECLS
