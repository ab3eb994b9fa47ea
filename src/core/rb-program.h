/* rb-program.h
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

#include "rb-dosage.h"
#include "rb-exercise.h"

G_BEGIN_DECLS

/**
 * RbRunWalk:
 * @run_seconds: length of one run interval
 * @walk_seconds: length of one walk interval
 * @repeats: number of run + walk pairs
 * @warm_up_minutes: brisk walking before the first interval
 * @cool_down_minutes: easy walking after the last one
 */
typedef struct
{
  guint run_seconds;
  guint walk_seconds;
  guint repeats;
  guint warm_up_minutes;
  guint cool_down_minutes;
} RbRunWalk;

/* The newest version of runback.program read and described; version 1
 * is read too, its sessions given ids by position. */
#define RB_PROGRAM_FORMAT_VERSION 2

/* What one session may hold, checked when a program is read; see "Limits"
 * in docs/content-format.md. Steps are counted as rb_routine_expand()
 * makes them, the final "done" step included.
 */
#define RB_PROGRAM_MAX_SESSION_ITEMS   50
#define RB_PROGRAM_MAX_SESSION_STEPS 2000

typedef enum
{
  RB_SESSION_ITEM_EXERCISE,
  RB_SESSION_ITEM_RUN_WALK,
} RbSessionItemKind;

/* Phases, sessions and items belong to their program and live as long as it. */
typedef struct _RbPhase          RbPhase;
typedef struct _RbProgramSession RbProgramSession;
typedef struct _RbSessionItem    RbSessionItem;
typedef struct _RbProgression    RbProgression;

#define RB_TYPE_PROGRAM (rb_program_get_type ())

G_DECLARE_FINAL_TYPE (RbProgram, rb_program, RB, PROGRAM, GObject)

const char       *rb_program_get_id                    (RbProgram *self);
const char       *rb_program_get_title                 (RbProgram *self);
const char       *rb_program_get_summary               (RbProgram *self);
const char       *rb_program_get_audience              (RbProgram *self);
const char       *rb_program_get_source                (RbProgram *self);
gboolean          rb_program_is_bundled                (RbProgram *self);
guint             rb_program_get_n_phases              (RbProgram *self);
const RbPhase    *rb_program_get_phase                 (RbProgram *self,
                                                        guint      index);
guint             rb_program_get_n_sessions            (RbProgram *self);
const RbProgramSession *rb_program_get_session         (RbProgram *self,
                                                        guint      index);
const RbProgramSession *rb_program_lookup_session      (RbProgram  *self,
                                                        const char *session_id,
                                                        guint      *index);
guint             rb_program_get_total_weeks           (RbProgram *self);
guint             rb_program_get_max_sessions_per_week (RbProgram *self);
guint             rb_program_session_get_weekdays      (const RbProgramSession *session);
gboolean          rb_program_session_has_weekdays      (const RbProgramSession *session);
const RbProgression *rb_program_get_progression        (RbProgram *self);
JsonNode         *rb_program_to_json                   (RbProgram *self);
gboolean          rb_program_equal                     (RbProgram *a,
                                                        RbProgram *b);

const char       *rb_phase_get_title                   (const RbPhase *phase);
const char       *rb_phase_get_note                    (const RbPhase *phase);
guint             rb_phase_get_weeks                   (const RbPhase *phase);
guint             rb_phase_get_sessions_per_week       (const RbPhase *phase);
guint             rb_phase_get_n_sessions              (const RbPhase *phase);
const RbProgramSession *rb_phase_get_session           (const RbPhase *phase,
                                                        guint          index);

const char       *rb_program_session_get_id            (const RbProgramSession *session);
const char       *rb_program_session_get_title         (const RbProgramSession *session);
guint             rb_program_session_get_n_items       (const RbProgramSession *session);
const RbSessionItem *rb_program_session_get_item       (const RbProgramSession *session,
                                                        guint                   index);
guint             rb_program_session_get_estimated_minutes (const RbProgramSession *session);

RbSessionItemKind rb_session_item_get_kind             (const RbSessionItem *item);
const char       *rb_session_item_get_exercise_id      (const RbSessionItem *item);
RbExercise       *rb_session_item_get_exercise         (const RbSessionItem *item);
const RbDosage   *rb_session_item_get_dosage           (const RbSessionItem *item);
const RbRunWalk  *rb_session_item_get_run_walk         (const RbSessionItem *item);
RbDosageMask      rb_session_item_get_dosage_override  (const RbSessionItem *item,
                                                        RbDosage            *override);
const char       *rb_session_item_get_note             (const RbSessionItem *item);
char             *rb_session_item_dup_title            (const RbSessionItem *item);

G_END_DECLS
