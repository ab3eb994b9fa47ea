/* rb-routine.h
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "rb-dosage.h"
#include "rb-program.h"
#include "rb-step.h"

G_BEGIN_DECLS

/**
 * RbRoutineItemKind:
 * @RB_ROUTINE_ITEM_EXERCISE: an exercise with a dosage (reps, holds,
 *   own pace, or a timed activity such as icing)
 * @RB_ROUTINE_ITEM_RUN_WALK: run/walk intervals
 */
typedef enum
{
  RB_ROUTINE_ITEM_EXERCISE,
  RB_ROUTINE_ITEM_RUN_WALK,
} RbRoutineItemKind;

/**
 * RbRoutineItem:
 * @kind: exercise or run/walk
 * @exercise_id: (nullable): the exercise id
 * @title: the exercise's name, or "Run/walk intervals"
 * @instructions: (nullable): a short instruction (the first step)
 * @dosage: how much of the exercise
 * @run_seconds: run interval length
 * @walk_seconds: walk interval length (0: none)
 * @repeats: number of run (and walk) intervals
 * @warm_up_minutes: warm-up walk before the intervals
 * @cool_down_minutes: cool-down walk after them
 *
 * One item of a routine, read-only.
 */
typedef struct
{
  RbRoutineItemKind  kind;
  char              *exercise_id;
  char              *title;
  char              *instructions;
  RbDosage           dosage;
  guint              run_seconds;
  guint              walk_seconds;
  guint              repeats;
  guint              warm_up_minutes;
  guint              cool_down_minutes;
} RbRoutineItem;

#define RB_TYPE_ROUTINE (rb_routine_get_type ())

G_DECLARE_FINAL_TYPE (RbRoutine, rb_routine, RB, ROUTINE, GObject)

RbRoutine           *rb_routine_new                     (const char     *title);
RbRoutine           *rb_routine_new_for_session         (const RbProgramSession *session);
RbRoutine           *rb_routine_new_for_session_at_stage (const RbProgramSession *session,
                                                          const RbRunWalk        *stage_intervals,
                                                          int                     stage);
int                  rb_routine_get_stage               (RbRoutine      *self);
RbRoutine           *rb_routine_new_for_program_session (RbProgram      *program,
                                                         guint           session_index);
const char          *rb_routine_get_title               (RbRoutine      *self);
const char          *rb_routine_get_program_id          (RbRoutine      *self);
int                  rb_routine_get_session_index       (RbRoutine      *self);
const char          *rb_routine_get_session_id          (RbRoutine      *self);
void                 rb_routine_set_session_id          (RbRoutine      *self,
                                                         const char     *session_id);
void                 rb_routine_set_program             (RbRoutine      *self,
                                                         const char     *program_id,
                                                         int             session_index);
guint                rb_routine_get_lead_in             (RbRoutine      *self);
void                 rb_routine_set_lead_in             (RbRoutine      *self,
                                                         guint           seconds);
guint                rb_routine_get_switch_seconds      (RbRoutine      *self);
void                 rb_routine_set_switch_seconds      (RbRoutine      *self,
                                                         guint           seconds);
guint                rb_routine_get_rest_between        (RbRoutine      *self);
void                 rb_routine_set_rest_between        (RbRoutine      *self,
                                                         guint           seconds);
void                 rb_routine_add_exercise            (RbRoutine      *self,
                                                         const char     *exercise_id,
                                                         const char     *title,
                                                         const char     *instructions,
                                                         const RbDosage *dosage);
void                 rb_routine_add_run_walk            (RbRoutine      *self,
                                                         guint           run_seconds,
                                                         guint           walk_seconds,
                                                         guint           repeats,
                                                         guint           warm_up_minutes,
                                                         guint           cool_down_minutes);
guint                rb_routine_get_n_items             (RbRoutine      *self);
const RbRoutineItem *rb_routine_get_item                (RbRoutine      *self,
                                                         guint           index);
GPtrArray           *rb_routine_expand                  (RbRoutine      *self);
guint64              rb_routine_count_steps             (RbRoutine      *self);
guint64              rb_routine_estimate_seconds        (RbRoutine      *self);

G_END_DECLS
