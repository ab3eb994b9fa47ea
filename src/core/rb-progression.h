/* rb-progression.h: the graded return to running, stage by stage.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "rb-program.h"

G_BEGIN_DECLS

/* What one progression may hold, checked when a program is read. */
#define RB_PROGRESSION_MAX_STAGES 100

/* A planned date in the past that had no planned run, in
 * rb_progression_lay_out(). */
#define RB_PROGRESSION_NO_STAGE G_MAXUINT

/**
 * RbProgressionAction:
 * @RB_PROGRESSION_ACTION_START: no planned run yet: start at the first stage
 * @RB_PROGRESSION_ACTION_ADVANCE: move up a stage
 * @RB_PROGRESSION_ACTION_REPEAT: run the same stage again
 * @RB_PROGRESSION_ACTION_STEP_BACK: go back a stage
 * @RB_PROGRESSION_ACTION_HOLD_GROWTH: the knee is ready to move up, but a
 *   growth limit holds the same stage
 */
typedef enum
{
  RB_PROGRESSION_ACTION_START,
  RB_PROGRESSION_ACTION_ADVANCE,
  RB_PROGRESSION_ACTION_REPEAT,
  RB_PROGRESSION_ACTION_STEP_BACK,
  RB_PROGRESSION_ACTION_HOLD_GROWTH,
} RbProgressionAction;

/**
 * RbProgressionRule:
 * @RB_PROGRESSION_RULE_RUNS_PER_WEEK: planned runs a week
 * @RB_PROGRESSION_RULE_MIN_REPEATS_PER_STAGE: runs of a stage before
 *   moving up
 * @RB_PROGRESSION_RULE_MAX_STAGES_PER_7_DAYS: stages up in any 7 days
 * @RB_PROGRESSION_RULE_WEEKLY_GROWTH_PERCENT: running time of 7 days over
 *   the 7 days before
 * @RB_PROGRESSION_RULE_SINGLE_RUN_GROWTH_PERCENT: one run over the longest
 *   run of the 30 days before
 * @RB_PROGRESSION_RULE_ADVANCE_MAX_PAIN: the most pain (0–10) after a run
 *   that lets the next run move up
 * @RB_PROGRESSION_RULE_REPEAT_MAX_PAIN: the most pain that only repeats the
 *   stage; more steps back
 */
typedef enum
{
  RB_PROGRESSION_RULE_RUNS_PER_WEEK,
  RB_PROGRESSION_RULE_MIN_REPEATS_PER_STAGE,
  RB_PROGRESSION_RULE_MAX_STAGES_PER_7_DAYS,
  RB_PROGRESSION_RULE_WEEKLY_GROWTH_PERCENT,
  RB_PROGRESSION_RULE_SINGLE_RUN_GROWTH_PERCENT,
  RB_PROGRESSION_RULE_ADVANCE_MAX_PAIN,
  RB_PROGRESSION_RULE_REPEAT_MAX_PAIN,
  RB_PROGRESSION_N_RULES,
} RbProgressionRule;

/**
 * RbRunOutcome:
 * @date: the day of the run
 * @stage: the stage run, from 0; ignored when @planned is %FALSE
 * @seconds_run: running time, walking breaks left out
 * @pain_after: knee pain after the run, 0–10, or -1 when unknown
 * @morning_pain: knee pain the next morning, 0–10, or -1 when unknown
 * @morning_swelling: 1 when the knee was swollen the next morning, 0 when
 *   not, -1 when unknown
 * @morning_stiffness: stiffness the next morning, 0–10, or -1 when unknown
 * @planned: %FALSE for a run logged outside the plan, which only counts
 *   toward running time
 *
 * One run, as the user logged it.
 */
typedef struct
{
  GDate    date;
  guint    stage;
  guint    seconds_run;
  int      pain_after;
  int      morning_pain;
  int      morning_swelling;
  int      morning_stiffness;
  gboolean planned;
} RbRunOutcome;

/**
 * RbProgressionOverrides:
 * @advance_max_pain: replaces the program's, or -1
 * @repeat_max_pain: replaces the program's, or -1
 *
 * Pain thresholds a plan sets for one user, for example on a
 * physiotherapist's advice.
 */
typedef struct
{
  int advance_max_pain;
  int repeat_max_pain;
} RbProgressionOverrides;

/**
 * RbProgressionDecision:
 * @action: what to do next
 * @stage: the stage to run next, from 0
 * @reason: why, in a plain translated sentence
 * @source: (nullable): where the rule behind it comes from; %NULL for
 *   %RB_PROGRESSION_ACTION_START
 * @see_professional: the knee should be seen by a doctor or physiotherapist
 * @offer_acute_care: offer the acute-care program
 */
typedef struct
{
  RbProgressionAction  action;
  guint                stage;
  char                *reason;
  char                *source;
  gboolean             see_professional;
  gboolean             offer_acute_care;
} RbProgressionDecision;

const char            *rb_progression_get_session_id  (const RbProgression          *self);
guint                  rb_progression_get_n_stages    (const RbProgression          *self);
const RbRunWalk       *rb_progression_get_stage       (const RbProgression          *self,
                                                       guint                         stage);
guint                  rb_progression_get_stage_seconds (const RbProgression        *self,
                                                         guint                       stage);
guint                  rb_progression_get_rule        (const RbProgression          *self,
                                                       RbProgressionRule             rule);
const char            *rb_progression_get_rule_source (const RbProgression          *self,
                                                       RbProgressionRule             rule);

RbProgressionDecision *rb_progression_decide          (const RbProgression          *self,
                                                       const RbRunOutcome           *outcomes,
                                                       guint                         n_outcomes,
                                                       const RbProgressionOverrides *overrides,
                                                       const GDate                  *date);
GArray                *rb_progression_lay_out         (const RbProgression          *self,
                                                       const RbRunOutcome           *outcomes,
                                                       guint                         n_outcomes,
                                                       const RbProgressionOverrides *overrides,
                                                       const GDate                  *dates,
                                                       guint                         n_dates);
GArray                *rb_progression_find_spikes     (const RbProgression          *self,
                                                       const RbRunOutcome           *outcomes,
                                                       guint                         n_outcomes);

void                   rb_progression_decision_free   (RbProgressionDecision        *decision);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RbProgressionDecision, rb_progression_decision_free)

G_END_DECLS
