/* rb-progression-text.c: a progression's stages, rules and spikes in
 * plain words.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rb-progression-text.h"

/* What Today and the plan page say about the return to running, kept
 * here so that it is tested without a display. */

/**
 * rb_progression_describe_duration:
 * @seconds: a length of time
 *
 * Returns: (transfer full): "3 min", "30 s" or "1 min 30 s"
 */
char *
rb_progression_describe_duration (guint seconds)
{
  guint minutes = seconds / 60, rest = seconds % 60;

  if (minutes == 0)
    /* Translators: a duration in seconds, "30 s" */
    return g_strdup_printf (_("%u s"), rest);
  if (rest == 0)
    /* Translators: a duration in minutes, "3 min" */
    return g_strdup_printf (_("%u min"), minutes);

  /* Translators: a duration, "1 min 30 s" */
  return g_strdup_printf (_("%u min %u s"), minutes, rest);
}

/**
 * rb_progression_describe_stage:
 * @self: a progression
 * @stage: one of its stages, from 0
 *
 * Returns: (transfer full): "Stage 5 of 35: 4 × (3 min run, 1 min walk)",
 *   or "Stage 35 of 35: 30 min run" for a continuous run
 */
char *
rb_progression_describe_stage (const RbProgression *self,
                               guint                stage)
{
  const RbRunWalk *rw;
  g_autofree char *run = NULL;
  g_autofree char *walk = NULL;
  guint n;

  g_return_val_if_fail (self != NULL, NULL);

  n = rb_progression_get_n_stages (self);
  g_return_val_if_fail (stage < n, NULL);

  rw = rb_progression_get_stage (self, stage);
  run = rb_progression_describe_duration (rw->run_seconds);

  if (rw->walk_seconds == 0 && rw->repeats == 1)
    /* Translators: "Stage 35 of 35: 30 min run" */
    return g_strdup_printf (_("Stage %u of %u: %s run"), stage + 1, n, run);

  walk = rb_progression_describe_duration (rw->walk_seconds);
  /* Translators: "Stage 5 of 35: 4 × (3 min run, 1 min walk)" */
  return g_strdup_printf (_("Stage %u of %u: %u × (%s run, %s walk)"), stage + 1, n, rw->repeats, run, walk);
}

/**
 * rb_progression_describe_rule:
 * @self: a progression
 * @rule: one of its rules
 * @overrides: (nullable): a plan's pain thresholds
 *
 * Returns: (transfer full): the rule in a plain sentence, with the value
 *   the plan uses
 */
char *
rb_progression_describe_rule (const RbProgression          *self,
                              RbProgressionRule             rule,
                              const RbProgressionOverrides *overrides)
{
  guint value;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (rule < RB_PROGRESSION_N_RULES, NULL);

  value = rb_progression_get_rule (self, rule);
  if (overrides != NULL && rule == RB_PROGRESSION_RULE_ADVANCE_MAX_PAIN && overrides->advance_max_pain >= 0)
    value = (guint) overrides->advance_max_pain;
  if (overrides != NULL && rule == RB_PROGRESSION_RULE_REPEAT_MAX_PAIN && overrides->repeat_max_pain >= 0)
    value = (guint) overrides->repeat_max_pain;

  switch (rule)
    {
    case RB_PROGRESSION_RULE_RUNS_PER_WEEK:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Run %u time a week, not on back-to-back days",
                                           "Run %u times a week, not on back-to-back days", value), value);
    case RB_PROGRESSION_RULE_MIN_REPEATS_PER_STAGE:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "A stage goes well %u time before moving up",
                                           "A stage goes well %u times before moving up", value), value);
    case RB_PROGRESSION_RULE_MAX_STAGES_PER_7_DAYS:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "At most %u stage up in any 7 days",
                                           "At most %u stages up in any 7 days", value), value);
    case RB_PROGRESSION_RULE_WEEKLY_GROWTH_PERCENT:
      return g_strdup_printf (_("A week’s running grows by at most %u %% over the week before"), value);
    case RB_PROGRESSION_RULE_SINGLE_RUN_GROWTH_PERCENT:
      return g_strdup_printf (_("No run more than %u %% longer than your longest in the 30 days before"),
                              value);
    case RB_PROGRESSION_RULE_ADVANCE_MAX_PAIN:
      return g_strdup_printf (_("Move up when pain stays at %u/10 or less after a run and the next morning, "
                                "without swelling"), value);
    case RB_PROGRESSION_RULE_REPEAT_MAX_PAIN:
      return g_strdup_printf (_("Repeat the stage with pain up to %u/10; above that, or with swelling, "
                                "step back and see a professional"), value);
    case RB_PROGRESSION_N_RULES:
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * rb_progression_describe_spike:
 * @self: a progression
 * @outcomes: (array length=n_outcomes): the runs, in date order
 * @n_outcomes: their number
 * @index: a spike from rb_progression_find_spikes()
 *
 * Returns: (transfer full): "Your run on 3 December was 25 % longer than
 *   any in the 30 days before"
 */
char *
rb_progression_describe_spike (const RbProgression *self,
                               const RbRunOutcome  *outcomes,
                               guint                n_outcomes,
                               guint                index)
{
  const RbRunOutcome *spike;
  guint64 longest = 0;
  char month[64];
  guint percent;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < n_outcomes, NULL);

  spike = &outcomes[index];
  for (guint i = 0; i < index; i++)
    {
      int ago = g_date_days_between (&outcomes[i].date, &spike->date);

      if (ago > 0 && ago <= 30)
        longest = MAX (longest, outcomes[i].seconds_run);
    }

  percent = longest > 0 ? (guint) ((spike->seconds_run * G_GUINT64_CONSTANT (100) + longest / 2) / longest) : 100;
  percent = percent > 100 ? percent - 100 : 0;
  if (g_date_strftime (month, sizeof month, "%B", &spike->date) == 0)
    month[0] = '\0';

  /* Translators: "Your run on 3 December was 25 % longer than any in the 30 days before" */
  return g_strdup_printf (_("Your run on %u %s was %u %% longer than any in the 30 days before"),
                          g_date_get_day (&spike->date), month, percent);
}
