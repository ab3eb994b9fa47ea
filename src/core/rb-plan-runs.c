/* rb-plan-runs.c: the runs of the journal, for a plan's progression.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rb-journal-entry.h"
#include "rb-plan-runs.h"

/* Turns journal entries into the progression engine's runs: each session
 * with run/walk intervals is a run on the (local) day it started, with the
 * pain after it; a check-in the next day gives the morning's pain,
 * swelling and stiffness. A run of the progression's own session records
 * its stage; any other run (another program's, or logged outside the
 * plan) counts toward running time only. */

static void
local_day (GDateTime *time,
           GDate     *day)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (time);
  int y, m, d;

  g_date_time_get_ymd (local, &y, &m, &d);
  g_date_clear (day, 1);
  g_date_set_dmy (day, d, m, y);
}

/* Running time: for a stage, its run intervals done; otherwise the
 * intervals' active time, walking included, as the journal has no finer
 * record. */
static guint
seconds_run (RbJournalEntry      *entry,
             const RbProgression *progression,
             gboolean             planned)
{
  guint seconds = 0;

  /* A run logged by hand says how long it ran. */
  if (rb_journal_entry_is_run (entry) && rb_journal_entry_get_n_items (entry) == 0)
    return MAX (rb_journal_entry_get_run_seconds (entry), 0);

  for (guint i = 0; i < rb_journal_entry_get_n_items (entry); i++)
    {
      const RbJournalItem *item = rb_journal_entry_get_item (entry, i);

      if (item->exercise_id != NULL)
        continue;
      if (planned)
        seconds += item->sets_done * rb_progression_get_stage (progression, rb_journal_entry_get_stage (entry))->run_seconds;
      else
        seconds += item->seconds;
    }

  return seconds;
}

static gboolean
has_run_walk (RbJournalEntry *entry)
{
  if (rb_journal_entry_is_run (entry))
    return TRUE;

  for (guint i = 0; i < rb_journal_entry_get_n_items (entry); i++)
    if (rb_journal_entry_get_item (entry, i)->exercise_id == NULL)
      return TRUE;

  return FALSE;
}

/* The morning after @run: the first check-in of the next day. */
static void
add_morning (RbRunOutcome *run,
             GListModel   *entries)
{
  GDate next = run->date;
  guint n = g_list_model_get_n_items (entries);

  g_date_add_days (&next, 1);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RbJournalEntry) entry = g_list_model_get_item (entries, i);
      GDate day;

      if (rb_journal_entry_get_kind (entry) != RB_JOURNAL_KIND_CHECK_IN ||
          rb_journal_entry_get_started (entry) == NULL)
        continue;

      local_day (rb_journal_entry_get_started (entry), &day);
      if (g_date_compare (&day, &next) != 0)
        continue;

      run->morning_pain = rb_journal_entry_get_pain_before (entry);
      run->morning_swelling = rb_journal_entry_get_swelling (entry);
      run->morning_stiffness = rb_journal_entry_get_stiffness (entry);
      return;
    }
}

static int
compare_runs (gconstpointer a,
              gconstpointer b)
{
  return g_date_compare (&((const RbRunOutcome *) a)->date, &((const RbRunOutcome *) b)->date);
}

/**
 * rb_plan_collect_runs:
 * @program: a program with a progression
 * @entries: (element-type RbJournalEntry): the journal's entries
 *
 * Returns: (transfer full) (element-type RbRunOutcome): the runs, oldest
 *   first
 */
GArray *
rb_plan_collect_runs (RbProgram  *program,
                      GListModel *entries)
{
  const RbProgression *progression = rb_program_get_progression (program);
  GArray *runs = g_array_new (FALSE, TRUE, sizeof (RbRunOutcome));
  guint n = g_list_model_get_n_items (entries);

  g_return_val_if_fail (progression != NULL, runs);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RbJournalEntry) entry = g_list_model_get_item (entries, i);
      RbRunOutcome run = { .pain_after = -1, .morning_pain = -1,
                           .morning_swelling = -1, .morning_stiffness = -1 };
      int stage = rb_journal_entry_get_stage (entry);

      if (rb_journal_entry_get_kind (entry) != RB_JOURNAL_KIND_SESSION ||
          rb_journal_entry_get_started (entry) == NULL || !has_run_walk (entry))
        continue;

      run.planned = stage >= 0 && (guint) stage < rb_progression_get_n_stages (progression) &&
                    g_strcmp0 (rb_journal_entry_get_program_id (entry), rb_program_get_id (program)) == 0 &&
                    g_strcmp0 (rb_journal_entry_get_session_id (entry),
                               rb_progression_get_session_id (progression)) == 0;
      run.stage = run.planned ? (guint) stage : 0;
      local_day (rb_journal_entry_get_started (entry), &run.date);
      run.seconds_run = seconds_run (entry, progression, run.planned);
      run.pain_after = rb_journal_entry_get_pain_after (entry);
      add_morning (&run, entries);
      /* The next-morning pain may be recorded on the run itself. */
      if (run.morning_pain < 0)
        run.morning_pain = rb_journal_entry_get_pain_next_morning (entry);
      g_array_append_val (runs, run);
    }

  g_array_sort (runs, compare_runs);
  return runs;
}

/**
 * rb_plan_decide_run:
 * @plan: a plan
 * @program: its program, with a progression
 * @entries: (element-type RbJournalEntry): the journal's entries
 * @today: the day of the next run
 *
 * Returns: (transfer full) (nullable): which stage to run next and why,
 *   or %NULL when the program has no progression
 */
RbProgressionDecision *
rb_plan_decide_run (RbPlan      *plan,
                    RbProgram   *program,
                    GListModel  *entries,
                    const GDate *today)
{
  const RbProgression *progression;
  RbProgressionOverrides overrides;
  g_autoptr(GArray) runs = NULL;

  g_return_val_if_fail (RB_IS_PLAN (plan), NULL);
  g_return_val_if_fail (RB_IS_PROGRAM (program), NULL);

  progression = rb_program_get_progression (program);
  if (progression == NULL)
    return NULL;

  overrides.advance_max_pain = rb_plan_get_threshold (plan, "advance_max_pain");
  overrides.repeat_max_pain = rb_plan_get_threshold (plan, "repeat_max_pain");
  runs = rb_plan_collect_runs (program, entries);

  return rb_progression_decide (progression, (const RbRunOutcome *) (void *) runs->data, runs->len,
                                &overrides, today);
}

/**
 * rb_plan_build_routine:
 * @plan: a plan
 * @program: its program
 * @session_index: a session of the program
 * @entries: (element-type RbJournalEntry): the journal's entries
 * @today: the day it is done
 *
 * Builds the routine of a plan's session. The session a progression
 * drives runs the stage the journal's runs lead to; any other is the
 * program's as written.
 *
 * Returns: (transfer full): the routine
 */
RbRoutine *
rb_plan_build_routine (RbPlan      *plan,
                       RbProgram   *program,
                       guint        session_index,
                       GListModel  *entries,
                       const GDate *today)
{
  const RbProgression *progression = rb_program_get_progression (program);
  const RbProgramSession *session = rb_program_get_session (program, session_index);
  g_autoptr(RbProgressionDecision) decision = NULL;
  RbRoutine *routine;

  if (progression != NULL &&
      g_strcmp0 (rb_program_session_get_id (session), rb_progression_get_session_id (progression)) == 0)
    decision = rb_plan_decide_run (plan, program, entries, today);

  if (decision != NULL)
    routine = rb_routine_new_for_session_at_stage (session, rb_progression_get_stage (progression, decision->stage),
                                                   (int) decision->stage);
  else
    routine = rb_routine_new_for_session (session);

  rb_routine_set_program (routine, rb_program_get_id (program), (int) session_index);
  rb_routine_set_session_id (routine, rb_program_session_get_id (session));

  return routine;
}
