/* rb-progression.c
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rb-content-private.h"
#include "rb-json-private.h"
#include "rb-progression-private.h"

struct _RbProgression
{
  char   *session_id;
  GArray *stages;                           /* of RbRunWalk */
  guint   rules[RB_PROGRESSION_N_RULES];
  char   *sources[RB_PROGRESSION_N_RULES];
};

/* Pain thresholds in effect, after a plan's overrides. */
typedef struct
{
  int advance;
  int repeat;
} Thresholds;

/* How the knee took the last run, worst first. */
typedef enum
{
  KNEE_SWOLLEN,
  KNEE_PAIN_HIGH,
  KNEE_MORNING_PAIN_HIGH,
  KNEE_PAIN_UNKNOWN,
  KNEE_PAIN_MODERATE,
  KNEE_NOT_SETTLED,
  KNEE_STIFF,
  KNEE_GOOD,
} KneeVerdict;

static const struct
{
  const char *name;
  guint       min;
  guint       max;
} rule_specs[RB_PROGRESSION_N_RULES] = {
  [RB_PROGRESSION_RULE_RUNS_PER_WEEK] = { "runs_per_week", 1, 7 },
  [RB_PROGRESSION_RULE_MIN_REPEATS_PER_STAGE] = { "min_repeats_per_stage", 1, 10 },
  [RB_PROGRESSION_RULE_MAX_STAGES_PER_7_DAYS] = { "max_stages_per_7_days", 1, 7 },
  [RB_PROGRESSION_RULE_WEEKLY_GROWTH_PERCENT] = { "weekly_growth_percent", 1, 100 },
  [RB_PROGRESSION_RULE_SINGLE_RUN_GROWTH_PERCENT] = { "single_run_growth_percent", 1, 100 },
  [RB_PROGRESSION_RULE_ADVANCE_MAX_PAIN] = { "advance_max_pain", 0, 10 },
  [RB_PROGRESSION_RULE_REPEAT_MAX_PAIN] = { "repeat_max_pain", 0, 10 },
};

/* Reading */

static gboolean
read_rule (JsonObject     *progression,
           const char     *path,
           guint           rule,
           RbProgression  *self,
           gboolean        bundled,
           GError        **error)
{
  static const char * const members[] = { "value", "source", NULL };
  const char *name = rule_specs[rule].name;
  g_autofree char *where = rb_json_path_member (path, name);
  g_autofree char *source = NULL;
  JsonObject *object;

  if (!rb_json_get_object (progression, path, name, TRUE, &object, error) ||
      !rb_json_check_members (object, where, members, error))
    return FALSE;

  if (json_object_get_member (object, "value") == NULL)
    {
      g_autofree char *value = rb_json_path_member (where, "value");

      g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID, "%s: %s", value, _("missing"));
      return FALSE;
    }

  if (!rb_json_get_uint (object, where, "value", rule_specs[rule].min, rule_specs[rule].max,
                         &self->rules[rule], error) ||
      !rb_json_get_string (object, where, "source", TRUE, &source, error))
    return FALSE;

  self->sources[rule] = rb_content_translate (source, bundled);
  return TRUE;
}

static gboolean
read_stage (JsonNode    *node,
            const char  *path,
            RbRunWalk   *stage,
            GError     **error)
{
  static const char * const members[] = { "run_seconds", "walk_seconds", "repeats", NULL };
  JsonObject *object;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID,
                   _("%s: expected %s, found %s"), path, "an object", rb_json_node_type_name (node));
      return FALSE;
    }

  object = json_node_get_object (node);
  if (!rb_json_check_members (object, path, members, error))
    return FALSE;

  for (guint i = 0; members[i] != NULL; i++)
    {
      if (json_object_get_member (object, members[i]) == NULL)
        {
          g_autofree char *where = rb_json_path_member (path, members[i]);

          g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID, "%s: %s", where, _("missing"));
          return FALSE;
        }
    }

  if (!rb_json_get_uint (object, path, "run_seconds", 10, 3600, &stage->run_seconds, error) ||
      !rb_json_get_uint (object, path, "walk_seconds", 0, 3600, &stage->walk_seconds, error) ||
      !rb_json_get_uint (object, path, "repeats", 1, 50, &stage->repeats, error))
    return FALSE;

  if (stage->walk_seconds == 0 && stage->repeats > 1)
    {
      g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID,
                   _("%s: without walking breaks, a stage is one run (repeats 1)"), path);
      return FALSE;
    }

  return TRUE;
}

static guint
stage_seconds (const RbRunWalk *stage)
{
  return stage->run_seconds * stage->repeats;
}

/* Each stage's one run may grow by the single-run limit over the stage
 * before, which is then the longest run of the previous 30 days.
 */
static gboolean
check_stage_growth (RbProgression  *self,
                    const char     *path,
                    guint           index,
                    GError        **error)
{
  const RbRunWalk *stage = &g_array_index (self->stages, RbRunWalk, index);
  const RbRunWalk *before = &g_array_index (self->stages, RbRunWalk, index - 1);
  guint percent = self->rules[RB_PROGRESSION_RULE_SINGLE_RUN_GROWTH_PERCENT];
  guint64 seconds = stage_seconds (stage), previous = stage_seconds (before);

  if (seconds < previous)
    {
      g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID,
                   _("%s: %u s of running, less than the %u s of the stage before"),
                   path, (guint) seconds, (guint) previous);
      return FALSE;
    }

  if (seconds * 100 > previous * (100 + percent))
    {
      g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID,
                   _("%s: %u s of running, more than %u %% over the %u s of the stage before"),
                   path, (guint) seconds, percent, (guint) previous);
      return FALSE;
    }

  return TRUE;
}

typedef struct
{
  guint day;
  guint stage;
  guint seconds;
} SimulatedRun;

static guint64
simulated_sum (GArray *runs,
               guint   first_day,
               guint   last_day)
{
  guint64 sum = 0;

  for (guint i = 0; i < runs->len; i++)
    {
      const SimulatedRun *run = &g_array_index (runs, SimulatedRun, i);

      if (run->day >= first_day && run->day <= last_day)
        sum += run->seconds;
    }

  return sum;
}

/* Whether @stage may be run next on @day when moving up as fast as the
 * repeat and 7-day rules allow (the engine's growth holds left out).
 */
static gboolean
simulated_can_advance (RbProgression *self,
                       GArray        *runs,
                       guint          day,
                       guint          count)
{
  guint up = 0;

  if (count < self->rules[RB_PROGRESSION_RULE_MIN_REPEATS_PER_STAGE])
    return FALSE;

  for (guint i = 1; i < runs->len; i++)
    {
      const SimulatedRun *run = &g_array_index (runs, SimulatedRun, i);

      if (run->day + 6 >= day && run->stage > g_array_index (runs, SimulatedRun, i - 1).stage)
        up++;
    }

  return up < self->rules[RB_PROGRESSION_RULE_MAX_STAGES_PER_7_DAYS];
}

/* Runs the stages on evenly spread days, each as often as the rules
 * require and moving up as fast as they allow, and checks that no 7 days
 * hold more running than the weekly limit over the 7 days before. The
 * engine holds growth too, but stages that break the limit on a regular
 * plan would make it hold on almost every other run.
 */
static gboolean
check_weekly_growth (RbProgression  *self,
                     const char     *path,
                     GError        **error)
{
  guint per_week = self->rules[RB_PROGRESSION_RULE_RUNS_PER_WEEK];
  guint percent = self->rules[RB_PROGRESSION_RULE_WEEKLY_GROWTH_PERCENT];
  guint min_repeats = self->rules[RB_PROGRESSION_RULE_MIN_REPEATS_PER_STAGE];
  guint last = self->stages->len - 1;
  g_autoptr(GArray) runs = g_array_new (FALSE, FALSE, sizeof (SimulatedRun));
  guint stage = 0, count = 0;

  /* It ends: at least one stage up in any 7 days. */
  for (guint i = 0; stage < last || count < min_repeats; i++)
    {
      SimulatedRun run = { i * 7 / per_week, 0, 0 };
      guint64 current, previous;

      if (runs->len > 0 && stage < last &&
          simulated_can_advance (self, runs, run.day, count))
        stage++, count = 0;

      run.stage = stage;
      run.seconds = stage_seconds (&g_array_index (self->stages, RbRunWalk, stage));
      g_array_append_val (runs, run);
      count++;

      if (run.day < 13)
        continue;

      current = simulated_sum (runs, run.day - 6, run.day);
      previous = simulated_sum (runs, run.day - 13, run.day - 7);
      if (current * 100 > previous * (100 + percent))
        {
          g_autofree char *where = rb_json_path_index (path, stage);

          g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID,
                       _("%s: moving up as fast as the rules allow, the 7 days up to this stage "
                         "hold %u s of running, more than %u %% over the %u s of the 7 days before"),
                       where, (guint) current, percent, (guint) previous);
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
read_stages (RbProgression  *self,
             JsonObject     *object,
             const char     *path,
             GError        **error)
{
  g_autofree char *stages_path = rb_json_path_member (path, "stages");
  JsonArray *array;

  if (!rb_json_get_array (object, path, "stages", TRUE, 1, &array, error))
    return FALSE;

  if (json_array_get_length (array) > RB_PROGRESSION_MAX_STAGES)
    {
      g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_TOO_LARGE,
                   _("%s: %u stages; a progression holds at most %u"),
                   stages_path, json_array_get_length (array), RB_PROGRESSION_MAX_STAGES);
      return FALSE;
    }

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *where = rb_json_path_index (stages_path, i);
      RbRunWalk stage = { 0, };

      if (!read_stage (json_array_get_element (array, i), where, &stage, error))
        return FALSE;
      g_array_append_val (self->stages, stage);

      if (i > 0 && !check_stage_growth (self, where, i, error))
        return FALSE;
    }

  return check_weekly_growth (self, stages_path, error);
}

/**
 * rb_progression_new_from_json:
 * @object: the `progression` member of a program
 * @path: its JSON path, for errors
 * @bundled: whether the program is bundled (its strings are translated)
 * @error: return location for a #GError
 *
 * Reads and checks a progression. The session it names is checked by the
 * program, which knows its sessions.
 *
 * Returns: (transfer full) (nullable): the progression, or %NULL
 */
RbProgression *
rb_progression_new_from_json (JsonObject  *object,
                              const char  *path,
                              gboolean     bundled,
                              GError     **error)
{
  static const char * const members[] = {
    "session", "stages", "runs_per_week", "min_repeats_per_stage", "max_stages_per_7_days",
    "weekly_growth_percent", "single_run_growth_percent", "advance_max_pain", "repeat_max_pain", NULL
  };
  g_autoptr(RbProgression) self = g_new0 (RbProgression, 1);

  self->stages = g_array_new (FALSE, TRUE, sizeof (RbRunWalk));

  if (!rb_json_check_members (object, path, members, error) ||
      !rb_json_get_id (object, path, "session", &self->session_id, error))
    return NULL;

  for (guint rule = 0; rule < RB_PROGRESSION_N_RULES; rule++)
    if (!read_rule (object, path, rule, self, bundled, error))
      return NULL;

  if (self->rules[RB_PROGRESSION_RULE_REPEAT_MAX_PAIN] < self->rules[RB_PROGRESSION_RULE_ADVANCE_MAX_PAIN])
    {
      g_autofree char *where = rb_json_path_member (path, "repeat_max_pain.value");

      g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID,
                   _("%s: must not be less than advance_max_pain"), where);
      return NULL;
    }

  if (!read_stages (self, object, path, error))
    return NULL;

  return g_steal_pointer (&self);
}

/* The stages take their warm-up and cool-down from the run/walk item
 * they replace in the program's session.
 */
void
rb_progression_set_session (RbProgression   *self,
                            const RbRunWalk *run_walk)
{
  for (guint i = 0; i < self->stages->len; i++)
    {
      RbRunWalk *stage = &g_array_index (self->stages, RbRunWalk, i);

      stage->warm_up_minutes = run_walk->warm_up_minutes;
      stage->cool_down_minutes = run_walk->cool_down_minutes;
    }
}

void
rb_progression_free (RbProgression *self)
{
  g_free (self->session_id);
  g_clear_pointer (&self->stages, g_array_unref);
  for (guint i = 0; i < RB_PROGRESSION_N_RULES; i++)
    g_free (self->sources[i]);
  g_free (self);
}

/* Deciding */

static Thresholds
get_thresholds (const RbProgression          *self,
                const RbProgressionOverrides *overrides)
{
  Thresholds t = {
    self->rules[RB_PROGRESSION_RULE_ADVANCE_MAX_PAIN],
    self->rules[RB_PROGRESSION_RULE_REPEAT_MAX_PAIN],
  };

  if (overrides != NULL && overrides->advance_max_pain >= 0)
    t.advance = MIN (overrides->advance_max_pain, 10);
  if (overrides != NULL && overrides->repeat_max_pain >= 0)
    t.repeat = MIN (overrides->repeat_max_pain, 10);

  /* A plan's overrides are the user's input: never let them cross. */
  t.repeat = MAX (t.repeat, t.advance);
  return t;
}

static KneeVerdict
judge (const RbRunOutcome *run,
       const Thresholds   *t)
{
  if (run->morning_swelling > 0)
    return KNEE_SWOLLEN;
  if (run->pain_after > t->repeat)
    return KNEE_PAIN_HIGH;
  if (run->morning_pain > t->repeat)
    return KNEE_MORNING_PAIN_HIGH;
  if (run->pain_after < 0)
    return KNEE_PAIN_UNKNOWN;
  if (run->pain_after > t->advance)
    return KNEE_PAIN_MODERATE;
  if (run->morning_pain > t->advance)
    return KNEE_NOT_SETTLED;
  if (run->morning_stiffness > t->advance)
    return KNEE_STIFF;
  return KNEE_GOOD;
}

static int
days_ago (const RbRunOutcome *run,
          const GDate        *date)
{
  return g_date_days_between (&run->date, date);
}

/* Running time of the runs from @first to @last days before @date. */
static guint64
sum_seconds (const RbRunOutcome *outcomes,
             guint               n_outcomes,
             const GDate        *date,
             int                 first,
             int                 last)
{
  guint64 sum = 0;

  for (guint i = 0; i < n_outcomes; i++)
    {
      int ago = days_ago (&outcomes[i], date);

      if (ago >= first && ago <= last)
        sum += outcomes[i].seconds_run;
    }

  return sum;
}

/* The longest run of the 30 days before @date, the day itself included. */
static guint
longest_seconds (const RbRunOutcome *outcomes,
                 guint               n_outcomes,
                 const GDate        *date)
{
  guint longest = 0;

  for (guint i = 0; i < n_outcomes; i++)
    {
      int ago = days_ago (&outcomes[i], date);

      if (ago >= 0 && ago <= 30)
        longest = MAX (longest, outcomes[i].seconds_run);
    }

  return longest;
}

static guint
clamp_stage (const RbProgression *self,
             guint                stage)
{
  return MIN (stage, self->stages->len - 1);
}

/* Planned runs of @stage that went well, counted back from the last. */
static guint
count_good_runs (const RbRunOutcome *outcomes,
                 guint               n_outcomes,
                 guint               stage,
                 const Thresholds   *t)
{
  guint count = 0;

  for (guint i = n_outcomes; i-- > 0;)
    {
      if (!outcomes[i].planned)
        continue;
      if (outcomes[i].stage != stage || judge (&outcomes[i], t) != KNEE_GOOD)
        break;
      count++;
    }

  return count;
}

/* Stages moved up in the 7 days up to @date: each planned run at a higher
 * stage than the planned run before it.
 */
static guint
count_stages_up (const RbRunOutcome *outcomes,
                 guint               n_outcomes,
                 const GDate        *date)
{
  const RbRunOutcome *before = NULL;
  guint up = 0;

  for (guint i = 0; i < n_outcomes; i++)
    {
      if (!outcomes[i].planned)
        continue;
      if (before != NULL && outcomes[i].stage > before->stage && days_ago (&outcomes[i], date) <= 6)
        up += outcomes[i].stage - before->stage;
      before = &outcomes[i];
    }

  return up;
}

/* "Tuesday’s run" within the last week, "your run on 3 March" before. */
static char *
describe_run (const RbRunOutcome *run,
              const GDate        *date)
{
  char name[64];
  int ago = days_ago (run, date);

  if (ago == 0)
    return g_strdup (_("today’s run"));

  if (ago > 0 && ago < 7 && g_date_strftime (name, sizeof name, "%A", &run->date) > 0)
    /* Translators: %s is a weekday, "Tuesday’s run" */
    return g_strdup_printf (_("%s’s run"), name);

  if (g_date_strftime (name, sizeof name, "%B", &run->date) == 0)
    name[0] = '\0';
  /* Translators: a day and a month, "your run on 3 March" */
  return g_strdup_printf (_("your run on %u %s"), g_date_get_day (&run->date), name);
}

static char *
describe_knee (const RbRunOutcome *run,
               KneeVerdict         verdict,
               const GDate        *date)
{
  g_autofree char *what = describe_run (run, date);

  switch (verdict)
    {
    case KNEE_SWOLLEN:
      return g_strdup_printf (_("your knee was swollen the morning after %s"), what);
    case KNEE_MORNING_PAIN_HIGH:
    case KNEE_NOT_SETTLED:
      return g_strdup_printf (_("your knee still hurt (%d/10) the morning after %s"), run->morning_pain, what);
    case KNEE_STIFF:
      return g_strdup_printf (_("your knee was still stiff (%d/10) the morning after %s"),
                              run->morning_stiffness, what);
    case KNEE_PAIN_UNKNOWN:
      return g_strdup_printf (_("you did not log how your knee felt after %s"), what);
    case KNEE_GOOD:
      if (run->morning_pain >= 0 && run->morning_swelling >= 0)
        return g_strdup_printf (_("your knee was %d/10 after %s and settled by the next morning"),
                                run->pain_after, what);
      G_GNUC_FALLTHROUGH;
    case KNEE_PAIN_HIGH:
    case KNEE_PAIN_MODERATE:
    default:
      return g_strdup_printf (_("your knee was %d/10 after %s"), run->pain_after, what);
    }
}

static char *
describe_action (RbProgressionAction action,
                 guint               from,
                 guint               to)
{
  switch (action)
    {
    case RB_PROGRESSION_ACTION_START:
      return g_strdup_printf (_("Starting at stage %u"), to + 1);
    case RB_PROGRESSION_ACTION_ADVANCE:
      return g_strdup_printf (_("Moving up to stage %u"), to + 1);
    case RB_PROGRESSION_ACTION_STEP_BACK:
      if (to < from)
        return g_strdup_printf (_("Going back to stage %u"), to + 1);
      G_GNUC_FALLTHROUGH;
    case RB_PROGRESSION_ACTION_HOLD_GROWTH:
      return g_strdup_printf (_("Staying at stage %u"), to + 1);
    case RB_PROGRESSION_ACTION_REPEAT:
    default:
      return g_strdup_printf (_("Repeating stage %u"), to + 1);
    }
}

static RbProgressionDecision *
decision_new (const RbProgression *self,
              RbProgressionAction  action,
              guint                from,
              guint                to,
              const char          *cause,
              gboolean             unknown_morning,
              int                  rule)
{
  RbProgressionDecision *decision = g_new0 (RbProgressionDecision, 1);
  g_autofree char *what = describe_action (action, from, to);
  /* Translators: an action and its reason, "Repeating stage 4: your knee
   * was 4/10 after Tuesday’s run" */
  g_autofree char *reason = g_strdup_printf (_("%s: %s"), what, cause);

  decision->action = action;
  decision->stage = to;
  decision->source = rule >= 0 ? g_strdup (self->sources[rule]) : NULL;

  if (unknown_morning)
    /* Translators: %s is a decision and its reason */
    decision->reason = g_strdup_printf (_("%s (no morning check-in: decided from the pain after the run alone)"),
                                        reason);
  else
    decision->reason = g_steal_pointer (&reason);

  if (action == RB_PROGRESSION_ACTION_STEP_BACK)
    decision->see_professional = decision->offer_acute_care = TRUE;

  return decision;
}

/* The knee is ready: the growth limits may still hold the stage. */
static RbProgressionDecision *
decide_growth (const RbProgression *self,
               const RbRunOutcome  *outcomes,
               guint                n_outcomes,
               const GDate         *date,
               guint                stage,
               const char          *knee,
               gboolean             unknown_morning)
{
  guint next = stage + 1;
  guint64 seconds = rb_progression_get_stage_seconds (self, next);
  guint64 longest = longest_seconds (outcomes, n_outcomes, date);
  guint up = count_stages_up (outcomes, n_outcomes, date);
  guint max_up = self->rules[RB_PROGRESSION_RULE_MAX_STAGES_PER_7_DAYS];
  guint single = self->rules[RB_PROGRESSION_RULE_SINGLE_RUN_GROWTH_PERCENT];
  guint weekly = self->rules[RB_PROGRESSION_RULE_WEEKLY_GROWTH_PERCENT];
  g_autofree char *cause = NULL;

  if (up + 1 > max_up)
    {
      cause = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "you have already moved up %u stage in the last 7 days",
                                            "you have already moved up %u stages in the last 7 days", up), up);
      return decision_new (self, RB_PROGRESSION_ACTION_HOLD_GROWTH, stage, stage, cause, FALSE,
                           RB_PROGRESSION_RULE_MAX_STAGES_PER_7_DAYS);
    }

  if (seconds * 100 > longest * (100 + single))
    {
      cause = g_strdup_printf (_("stage %u would be more than %u %% longer than your longest run "
                                 "in the last 30 days"), next + 1, single);
      return decision_new (self, RB_PROGRESSION_ACTION_HOLD_GROWTH, stage, stage, cause, FALSE,
                           RB_PROGRESSION_RULE_SINGLE_RUN_GROWTH_PERCENT);
    }

  /* Without 14 days of history there is no week before to compare with. */
  if (days_ago (&outcomes[0], date) >= 13)
    {
      guint64 current = sum_seconds (outcomes, n_outcomes, date, 0, 6) + seconds;
      guint64 previous = sum_seconds (outcomes, n_outcomes, date, 7, 13);

      if (current * 100 > previous * (100 + weekly))
        {
          cause = g_strdup_printf (_("stage %u would make the last 7 days’ running more than %u %% "
                                     "longer than the 7 days before"), next + 1, weekly);
          return decision_new (self, RB_PROGRESSION_ACTION_HOLD_GROWTH, stage, stage, cause, FALSE,
                               RB_PROGRESSION_RULE_WEEKLY_GROWTH_PERCENT);
        }
    }

  return decision_new (self, RB_PROGRESSION_ACTION_ADVANCE, stage, next, knee, unknown_morning,
                       RB_PROGRESSION_RULE_ADVANCE_MAX_PAIN);
}

static const RbRunOutcome *
find_last_planned (const RbRunOutcome *outcomes,
                   guint               n_outcomes)
{
  for (guint i = n_outcomes; i-- > 0;)
    if (outcomes[i].planned)
      return &outcomes[i];

  return NULL;
}

/**
 * rb_progression_decide:
 * @self: a progression
 * @outcomes: (array length=n_outcomes): the runs so far, in date order
 * @n_outcomes: their number
 * @overrides: (nullable): a plan's pain thresholds
 * @date: the day of the next run
 *
 * Decides the stage of the next run from how the knee took the last one,
 * after Silbernagel's pain-monitoring model: pain after the run at most
 * `advance_max_pain`, settled by the next morning and no swelling moves
 * up a stage (once the stage was run `min_repeats_per_stage` times, and
 * within the growth limits); pain up to `repeat_max_pain`, or pain or
 * stiffness left the next morning, repeats it; more pain, or swelling,
 * steps back. Runs logged outside the plan count toward running time, and
 * the latest run of any kind is the one the knee is judged on. Runs after
 * @date are ignored.
 *
 * Returns: (transfer full): the decision
 */
RbProgressionDecision *
rb_progression_decide (const RbProgression          *self,
                       const RbRunOutcome           *outcomes,
                       guint                         n_outcomes,
                       const RbProgressionOverrides *overrides,
                       const GDate                  *date)
{
  Thresholds t;
  const RbRunOutcome *planned, *last;
  g_autofree char *knee = NULL;
  KneeVerdict verdict;
  gboolean unknown_morning;
  guint stage;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (outcomes != NULL || n_outcomes == 0, NULL);
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  while (n_outcomes > 0 && days_ago (&outcomes[n_outcomes - 1], date) < 0)
    n_outcomes--;

  planned = find_last_planned (outcomes, n_outcomes);
  if (planned == NULL)
    return decision_new (self, RB_PROGRESSION_ACTION_START, 0, 0,
                         _("the first runs are short, with walking breaks"), FALSE, -1);

  t = get_thresholds (self, overrides);
  stage = clamp_stage (self, planned->stage);
  last = &outcomes[n_outcomes - 1];
  verdict = judge (last, &t);
  knee = describe_knee (last, verdict, date);
  unknown_morning = last->morning_pain < 0 || last->morning_swelling < 0;

  switch (verdict)
    {
    case KNEE_SWOLLEN:
    case KNEE_PAIN_HIGH:
    case KNEE_MORNING_PAIN_HIGH:
      return decision_new (self, RB_PROGRESSION_ACTION_STEP_BACK, stage, stage > 0 ? stage - 1 : 0,
                           knee, unknown_morning && verdict == KNEE_PAIN_HIGH, RB_PROGRESSION_RULE_REPEAT_MAX_PAIN);
    case KNEE_PAIN_UNKNOWN:
      return decision_new (self, RB_PROGRESSION_ACTION_REPEAT, stage, stage, knee, FALSE,
                           RB_PROGRESSION_RULE_ADVANCE_MAX_PAIN);
    case KNEE_PAIN_MODERATE:
    case KNEE_NOT_SETTLED:
    case KNEE_STIFF:
      return decision_new (self, RB_PROGRESSION_ACTION_REPEAT, stage, stage, knee,
                           unknown_morning && verdict == KNEE_PAIN_MODERATE, RB_PROGRESSION_RULE_REPEAT_MAX_PAIN);
    case KNEE_GOOD:
    default:
      break;
    }

  if (stage + 1 >= self->stages->len)
    return decision_new (self, RB_PROGRESSION_ACTION_REPEAT, stage, stage,
                         _("it is the last stage"), FALSE, -1);

  if (count_good_runs (outcomes, n_outcomes, stage, &t) < self->rules[RB_PROGRESSION_RULE_MIN_REPEATS_PER_STAGE])
    {
      guint min = self->rules[RB_PROGRESSION_RULE_MIN_REPEATS_PER_STAGE];
      g_autofree char *cause = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "each stage goes well %u time before moving up",
                                                             "each stage goes well %u times before moving up",
                                                             min), min);

      return decision_new (self, RB_PROGRESSION_ACTION_REPEAT, stage, stage, cause, FALSE,
                           RB_PROGRESSION_RULE_MIN_REPEATS_PER_STAGE);
    }

  return decide_growth (self, outcomes, n_outcomes, date, stage, knee, unknown_morning);
}

/**
 * rb_progression_lay_out:
 * @self: a progression
 * @outcomes: (array length=n_outcomes): the runs so far, in date order
 * @n_outcomes: their number
 * @overrides: (nullable): a plan's pain thresholds
 * @dates: (array length=n_dates): planned run dates, in increasing order
 * @n_dates: their number
 *
 * Lays out the stages of the planned runs, for a calendar: the first
 * date after the last logged run as rb_progression_decide() says, each
 * one after as if every run before it went well. A date on or before the
 * last logged run keeps the stage logged that day, or
 * %RB_PROGRESSION_NO_STAGE when no planned run was logged then: past runs
 * never change.
 *
 * Returns: (transfer full) (element-type guint): one stage per date
 */
GArray *
rb_progression_lay_out (const RbProgression          *self,
                        const RbRunOutcome           *outcomes,
                        guint                         n_outcomes,
                        const RbProgressionOverrides *overrides,
                        const GDate                  *dates,
                        guint                         n_dates)
{
  g_autoptr(GArray) runs = g_array_sized_new (FALSE, TRUE, sizeof (RbRunOutcome), n_outcomes + n_dates);
  g_autoptr(GArray) stages = g_array_sized_new (FALSE, FALSE, sizeof (guint), n_dates);

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (outcomes != NULL || n_outcomes == 0, NULL);
  g_return_val_if_fail (dates != NULL || n_dates == 0, NULL);

  g_array_append_vals (runs, outcomes, n_outcomes);

  for (guint i = 0; i < n_dates; i++)
    {
      g_autoptr(RbProgressionDecision) decision = NULL;
      RbRunOutcome run = { dates[i], 0, 0, 0, 0, 0, 0, TRUE };
      guint stage = RB_PROGRESSION_NO_STAGE;

      g_return_val_if_fail (g_date_valid (&dates[i]), NULL);
      g_return_val_if_fail (i == 0 || g_date_compare (&dates[i - 1], &dates[i]) < 0, NULL);

      if (n_outcomes > 0 && g_date_compare (&dates[i], &outcomes[n_outcomes - 1].date) <= 0)
        {
          for (guint j = 0; j < n_outcomes; j++)
            if (outcomes[j].planned && g_date_compare (&outcomes[j].date, &dates[i]) == 0)
              stage = outcomes[j].stage;
          g_array_append_val (stages, stage);
          continue;
        }

      decision = rb_progression_decide (self, (RbRunOutcome *) runs->data, runs->len, overrides, &dates[i]);
      run.stage = decision->stage;
      run.seconds_run = rb_progression_get_stage_seconds (self, decision->stage);
      g_array_append_val (runs, run);
      g_array_append_val (stages, decision->stage);
    }

  return g_steal_pointer (&stages);
}

/**
 * rb_progression_find_spikes:
 * @self: a progression
 * @outcomes: (array length=n_outcomes): the runs so far, in date order
 * @n_outcomes: their number
 *
 * Finds the runs, planned or not, more than `single_run_growth_percent`
 * longer than the longest run of the 30 days before them (Frandsen et
 * al., 2025). A run with no run in the 30 days before it has nothing to
 * compare with and is not flagged.
 *
 * Returns: (transfer full) (element-type guint): the indexes of the
 *   spikes in @outcomes, in order
 */
GArray *
rb_progression_find_spikes (const RbProgression *self,
                            const RbRunOutcome  *outcomes,
                            guint                n_outcomes)
{
  GArray *spikes = g_array_new (FALSE, FALSE, sizeof (guint));
  guint percent;

  g_return_val_if_fail (self != NULL, spikes);
  g_return_val_if_fail (outcomes != NULL || n_outcomes == 0, spikes);

  percent = self->rules[RB_PROGRESSION_RULE_SINGLE_RUN_GROWTH_PERCENT];

  for (guint i = 1; i < n_outcomes; i++)
    {
      guint64 longest = longest_seconds (outcomes, i, &outcomes[i].date);

      if (longest > 0 && (guint64) outcomes[i].seconds_run * 100 > longest * (100 + percent))
        g_array_append_val (spikes, i);
    }

  return spikes;
}

void
rb_progression_decision_free (RbProgressionDecision *decision)
{
  if (decision == NULL)
    return;

  g_free (decision->reason);
  g_free (decision->source);
  g_free (decision);
}

/* Getters */

const char *
rb_progression_get_session_id (const RbProgression *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->session_id;
}

guint
rb_progression_get_n_stages (const RbProgression *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->stages->len;
}

/**
 * rb_progression_get_stage:
 * @self: a progression
 * @stage: a stage, from 0
 *
 * Returns: (transfer none): the stage's run/walk intervals, with the
 *   warm-up and cool-down of the session item they replace
 */
const RbRunWalk *
rb_progression_get_stage (const RbProgression *self,
                          guint                stage)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (stage < self->stages->len, NULL);
  return &g_array_index (self->stages, RbRunWalk, stage);
}

/* Running time of one session of the stage, walking breaks left out. */
guint
rb_progression_get_stage_seconds (const RbProgression *self,
                                  guint                stage)
{
  g_return_val_if_fail (self != NULL, 0);
  return stage_seconds (&g_array_index (self->stages, RbRunWalk, clamp_stage (self, stage)));
}

guint
rb_progression_get_rule (const RbProgression *self,
                         RbProgressionRule    rule)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (rule < RB_PROGRESSION_N_RULES, 0);
  return self->rules[rule];
}

const char *
rb_progression_get_rule_source (const RbProgression *self,
                                RbProgressionRule    rule)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (rule < RB_PROGRESSION_N_RULES, NULL);
  return self->sources[rule];
}
