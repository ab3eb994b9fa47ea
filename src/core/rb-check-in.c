/* rb-check-in.c: the morning check-in after a run.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rb-check-in.h"

/* The progression judges a run by the knee the next morning too
 * (rb_plan_collect_runs() reads the first check-in of the day after a
 * run), so Today asks for it on that morning. Pure functions of the
 * entries and the day passed in: no clock, no files. */

static gboolean
started_on (RbJournalEntry *entry,
            const GDate    *date)
{
  GDateTime *started = rb_journal_entry_get_started (entry);
  g_autoptr(GDateTime) local = NULL;
  int y, m, d;

  if (started == NULL)
    return FALSE;

  local = g_date_time_to_local (started);
  g_date_time_get_ymd (local, &y, &m, &d);

  return g_date_get_year (date) == (guint) y && g_date_get_month (date) == (guint) m &&
         g_date_get_day (date) == (guint) d;
}

/**
 * rb_check_in_is_run:
 * @entry: a journal entry
 *
 * Returns: whether @entry is a session with run/walk intervals, the
 *   entries rb_plan_collect_runs() counts as runs
 */
gboolean
rb_check_in_is_run (RbJournalEntry *entry)
{
  g_return_val_if_fail (RB_IS_JOURNAL_ENTRY (entry), FALSE);

  if (rb_journal_entry_get_kind (entry) != RB_JOURNAL_KIND_SESSION)
    return FALSE;

  for (guint i = 0; i < rb_journal_entry_get_n_items (entry); i++)
    if (rb_journal_entry_get_item (entry, i)->exercise_id == NULL)
      return TRUE;

  return FALSE;
}

/**
 * rb_check_in_is_due:
 * @entries: (element-type RbJournalEntry): the journal's entries
 * @today: today
 * @run: (out) (optional) (transfer full): yesterday's last run
 *
 * A check-in is due on the morning after a run: yesterday (local time)
 * had a session with run/walk intervals, and no check-in has been logged
 * today yet.
 *
 * Returns: whether Today should ask how the knee is
 */
gboolean
rb_check_in_is_due (GListModel      *entries,
                    const GDate     *today,
                    RbJournalEntry **run)
{
  g_autoptr(RbJournalEntry) last_run = NULL;
  GDate yesterday;
  guint n;

  if (run != NULL)
    *run = NULL;
  g_return_val_if_fail (G_IS_LIST_MODEL (entries), FALSE);
  g_return_val_if_fail (today != NULL && g_date_valid (today), FALSE);

  yesterday = *today;
  g_date_subtract_days (&yesterday, 1);
  n = g_list_model_get_n_items (entries);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RbJournalEntry) entry = g_list_model_get_item (entries, i);

      if (rb_journal_entry_get_kind (entry) == RB_JOURNAL_KIND_CHECK_IN && started_on (entry, today))
        return FALSE;
      if (rb_check_in_is_run (entry) && started_on (entry, &yesterday))
        g_set_object (&last_run, entry);
    }

  if (last_run == NULL)
    return FALSE;

  if (run != NULL)
    *run = g_steal_pointer (&last_run);

  return TRUE;
}

/**
 * rb_check_in_stiffness_to_value:
 * @stiffness: an answer
 *
 * Returns: the 0–10 value the journal records for @stiffness
 */
int
rb_check_in_stiffness_to_value (RbCheckInStiffness stiffness)
{
  switch (stiffness)
    {
    case RB_CHECK_IN_STIFFNESS_NONE:
      return 0;
    case RB_CHECK_IN_STIFFNESS_SOME:
      return 4;
    case RB_CHECK_IN_STIFFNESS_A_LOT:
      return 7;
    default:
      g_return_val_if_reached (0);
    }
}

/**
 * rb_check_in_new:
 * @now: when the check-in is logged
 * @pain: knee pain 0–10, or %RB_JOURNAL_PAIN_NONE when not rated
 * @swelling: whether the knee is swollen
 * @stiffness: how stiff it is
 *
 * Returns: (transfer full): a check-in entry, to append to the journal
 */
RbJournalEntry *
rb_check_in_new (GDateTime          *now,
                 int                 pain,
                 gboolean            swelling,
                 RbCheckInStiffness  stiffness)
{
  RbJournalEntry *entry;

  g_return_val_if_fail (now != NULL, NULL);
  g_return_val_if_fail (pain >= RB_JOURNAL_PAIN_NONE && pain <= 10, NULL);

  entry = rb_journal_entry_new (RB_JOURNAL_KIND_CHECK_IN);
  rb_journal_entry_set_title (entry, _("Morning check-in"));
  rb_journal_entry_set_started (entry, now);
  rb_journal_entry_set_status (entry, RB_JOURNAL_STATUS_COMPLETED);
  rb_journal_entry_set_pain_before (entry, pain);
  rb_journal_entry_set_swelling (entry, swelling ? 1 : 0);
  rb_journal_entry_set_stiffness (entry, rb_check_in_stiffness_to_value (stiffness));

  return entry;
}
