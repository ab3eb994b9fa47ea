/* rb-today.c
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rb-today.h"

/* What the Today view and the reminders show, as pure functions of the
 * plans, the library, the journal and the time passed in: nothing here
 * reads a file or the clock, so tests can say what "now" is. */

static int
compare_collected (gconstpointer a,
                   gconstpointer b)
{
  const RbScheduled *x = *(const RbScheduled * const *) a;
  const RbScheduled *y = *(const RbScheduled * const *) b;
  int by_date = g_date_compare (&x->date, &y->date);

  /* The newest first: today's, then yesterday's missed ones… */
  if (by_date != 0)
    return -by_date;
  if (x->session_index != y->session_index)
    return (int) x->session_index - (int) y->session_index;

  return g_strcmp0 (x->plan_id, y->plan_id);
}

static gboolean
entry_started_on (RbJournalEntry *entry,
                  const GDate    *date)
{
  GDateTime *started = entry != NULL ? rb_journal_entry_get_started (entry) : NULL;
  g_autoptr(GDateTime) local = started != NULL ? g_date_time_to_local (started) : NULL;
  int y, m, d;

  if (local == NULL)
    return FALSE;

  g_date_time_get_ymd (local, &y, &m, &d);
  return g_date_get_year (date) == (guint) y && g_date_get_month (date) == (guint) m &&
         g_date_get_day (date) == (guint) d;
}

/* Whether @s belongs on Today: due today, missed in the last days, or
 * done today (on its own day, or a missed one made up today). */
static gboolean
belongs_today (const RbScheduled *s,
               const GDate       *today)
{
  switch (s->status)
    {
    case RB_SCHEDULE_DUE:
    case RB_SCHEDULE_MISSED:
      return TRUE;
    case RB_SCHEDULE_DONE:
    case RB_SCHEDULE_PARTIAL:
      return g_date_compare (&s->date, today) == 0 || entry_started_on (s->entry, today);
    case RB_SCHEDULE_UPCOMING:
    case RB_SCHEDULE_SKIPPED:
    default:
      return FALSE;
    }
}

/**
 * rb_today_collect:
 * @plans: (element-type RbPlan): the plans followed
 * @library: where their programs are
 * @entries: (element-type RbJournalEntry): the journal's entries
 * @today: today
 *
 * Lists what Today shows across every plan: the sessions due today
 * (%RB_SCHEDULE_DUE), those missed in the last %RB_TODAY_OVERDUE_DAYS
 * days (%RB_SCHEDULE_MISSED), and those done today
 * (%RB_SCHEDULE_DONE or %RB_SCHEDULE_PARTIAL). Plans whose program is
 * not in @library are left out.
 *
 * Returns: (transfer full) (element-type RbScheduled): the sessions,
 *   the newest day first
 */
GPtrArray *
rb_today_collect (GListModel  *plans,
                  RbLibrary   *library,
                  GListModel  *entries,
                  const GDate *today)
{
  GPtrArray *result = g_ptr_array_new_with_free_func ((GDestroyNotify) rb_scheduled_free);
  GDate from;

  g_return_val_if_fail (G_IS_LIST_MODEL (plans), result);
  g_return_val_if_fail (RB_IS_LIBRARY (library), result);
  g_return_val_if_fail (G_IS_LIST_MODEL (entries), result);
  g_return_val_if_fail (today != NULL && g_date_valid (today), result);

  from = *today;
  g_date_subtract_days (&from, RB_TODAY_OVERDUE_DAYS);

  for (guint i = 0; i < g_list_model_get_n_items (plans); i++)
    {
      g_autoptr(RbPlan) plan = g_list_model_get_item (plans, i);
      RbProgram *program = rb_library_lookup_program (library, rb_plan_get_program_id (plan));
      g_autoptr(GPtrArray) scheduled = NULL;

      if (program == NULL)
        continue;

      scheduled = rb_schedule_expand (plan, program, &from, today);
      rb_schedule_match (scheduled, entries, today);
      for (guint j = 0; j < scheduled->len; j++)
        {
          RbScheduled *s = g_ptr_array_index (scheduled, j);

          if (belongs_today (s, today))
            g_ptr_array_add (result, rb_scheduled_copy (s));
        }
    }

  g_ptr_array_sort (result, compare_collected);

  return result;
}

/**
 * rb_today_is_all_done:
 * @collected: (element-type RbScheduled): from rb_today_collect()
 *
 * Returns: whether something was planned and all of it is done
 */
gboolean
rb_today_is_all_done (GPtrArray *collected)
{
  g_return_val_if_fail (collected != NULL, FALSE);

  if (collected->len == 0)
    return FALSE;

  for (guint i = 0; i < collected->len; i++)
    {
      const RbScheduled *s = g_ptr_array_index (collected, i);

      if (s->status == RB_SCHEDULE_DUE || s->status == RB_SCHEDULE_MISSED)
        return FALSE;
    }

  return TRUE;
}

static GDateTime *
midnight_of (GDateTime *now,
             guint      year,
             guint      month,
             guint      day)
{
  return g_date_time_new (g_date_time_get_timezone (now), (int) year, (int) month, (int) day, 0, 0, 0);
}

/* When the ice session was last done during the plan, or NULL. */
static GDateTime *
find_last_icing (GListModel *entries,
                 GDateTime  *since)
{
  GDateTime *last = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(RbJournalEntry) entry = g_list_model_get_item (entries, i);
      GDateTime *when = rb_journal_entry_get_ended (entry);

      if (when == NULL)
        when = rb_journal_entry_get_started (entry);
      if (when == NULL ||
          rb_journal_entry_get_kind (entry) != RB_JOURNAL_KIND_SESSION ||
          g_strcmp0 (rb_journal_entry_get_program_id (entry), RB_TODAY_ICE_PROGRAM) != 0 ||
          g_strcmp0 (rb_journal_entry_get_session_id (entry), RB_TODAY_ICE_SESSION) != 0 ||
          g_date_time_compare (when, since) < 0)
        continue;

      if (last == NULL || g_date_time_compare (when, last) > 0)
        last = when;
    }

  return last != NULL ? g_date_time_ref (last) : NULL;
}

/**
 * rb_today_get_next_icing:
 * @plan: a plan
 * @entries: (element-type RbJournalEntry): the journal's entries
 * @now: the time now
 * @next: (out) (optional) (transfer full): when to ice next: the last ice
 *   session of the plan plus %RB_TODAY_ICE_EVERY_HOURS, or @now when
 *   there was none; in the past when it is overdue
 * @until: (out) (optional) (transfer full): when the icing days end
 *
 * During the first %RB_TODAY_ICE_HOURS hours of an acute-care plan that
 * is neither paused nor ended, the knee is iced every few hours.
 *
 * Returns: whether @plan asks for icing now, and @next is set
 */
gboolean
rb_today_get_next_icing (RbPlan      *plan,
                         GListModel  *entries,
                         GDateTime   *now,
                         GDateTime  **next,
                         GDateTime  **until)
{
  const GDate *start_date;
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;
  g_autoptr(GDateTime) last = NULL;
  g_autoptr(GDateTime) when = NULL;
  GDate today;
  int y, m, d;

  g_return_val_if_fail (RB_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (G_IS_LIST_MODEL (entries), FALSE);
  g_return_val_if_fail (now != NULL, FALSE);

  if (g_strcmp0 (rb_plan_get_program_id (plan), RB_TODAY_ICE_PROGRAM) != 0)
    return FALSE;

  g_date_time_get_ymd (now, &y, &m, &d);
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, d, m, y);
  if (rb_plan_get_state (plan, &today) != RB_PLAN_ACTIVE)
    return FALSE;

  start_date = rb_plan_get_start (plan);
  start = midnight_of (now, g_date_get_year (start_date), g_date_get_month (start_date),
                       g_date_get_day (start_date));
  end = g_date_time_add_hours (start, RB_TODAY_ICE_HOURS);
  if (g_date_time_compare (now, start) < 0 || g_date_time_compare (now, end) >= 0)
    return FALSE;

  last = find_last_icing (entries, start);
  when = last != NULL ? g_date_time_add_hours (last, RB_TODAY_ICE_EVERY_HOURS) : g_date_time_ref (now);
  if (g_date_time_compare (when, end) >= 0)
    return FALSE;

  if (next != NULL)
    *next = g_steal_pointer (&when);
  if (until != NULL)
    *until = g_steal_pointer (&end);

  return TRUE;
}

/**
 * rb_today_find_icing_plan:
 * @plans: (element-type RbPlan): the plans followed
 * @entries: (element-type RbJournalEntry): the journal's entries
 * @now: the time now
 * @next: (out) (optional) (transfer full): see rb_today_get_next_icing()
 * @until: (out) (optional) (transfer full): see rb_today_get_next_icing()
 *
 * Returns: (transfer none) (nullable): the first plan that asks for
 *   icing now
 */
RbPlan *
rb_today_find_icing_plan (GListModel  *plans,
                          GListModel  *entries,
                          GDateTime   *now,
                          GDateTime  **next,
                          GDateTime  **until)
{
  g_return_val_if_fail (G_IS_LIST_MODEL (plans), NULL);

  for (guint i = 0; i < g_list_model_get_n_items (plans); i++)
    {
      g_autoptr(RbPlan) plan = g_list_model_get_item (plans, i);

      if (rb_today_get_next_icing (plan, entries, now, next, until))
        return plan;   /* the store keeps it alive */
    }

  return NULL;
}

static GDateTime *
reminder_time (RbPlan            *plan,
               const RbScheduled *s,
               GDateTime         *now)
{
  g_autoptr(GDateTime) midnight = midnight_of (now, g_date_get_year (&s->date),
                                               g_date_get_month (&s->date), g_date_get_day (&s->date));

  return g_date_time_add_minutes (midnight, (int) rb_plan_get_reminder_minutes (plan));
}

/**
 * rb_today_next_reminder:
 * @plans: (element-type RbPlan): the plans followed
 * @library: where their programs are
 * @entries: (element-type RbJournalEntry): the journal's entries
 * @after: the time after which to look, excluded
 * @scheduled: (out) (transfer full): the first session to remind of
 *
 * Finds the next reminder of a plan with reminders on, in the week after
 * @after: the plan's reminder time on a day a session is planned, unless
 * the session was already done or skipped. Of sessions reminded of at
 * the same time, the first in the program is given.
 *
 * Returns: (transfer full) (nullable): when to remind, or %NULL when
 *   nothing is to be reminded of in that week
 */
GDateTime *
rb_today_next_reminder (GListModel   *plans,
                        RbLibrary    *library,
                        GListModel   *entries,
                        GDateTime    *after,
                        RbScheduled **scheduled)
{
  g_autoptr(GDateTime) best = NULL;
  g_autoptr(RbScheduled) best_scheduled = NULL;
  GDate today, to;
  int y, m, d;

  g_return_val_if_fail (G_IS_LIST_MODEL (plans), NULL);
  g_return_val_if_fail (after != NULL, NULL);
  g_return_val_if_fail (scheduled != NULL, NULL);

  g_date_time_get_ymd (after, &y, &m, &d);
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, d, m, y);
  to = today;
  g_date_add_days (&to, 7);

  for (guint i = 0; i < g_list_model_get_n_items (plans); i++)
    {
      g_autoptr(RbPlan) plan = g_list_model_get_item (plans, i);
      RbProgram *program = rb_library_lookup_program (library, rb_plan_get_program_id (plan));
      g_autoptr(GPtrArray) list = NULL;

      if (program == NULL || !rb_plan_get_reminders (plan))
        continue;

      list = rb_schedule_expand (plan, program, &today, &to);
      rb_schedule_match (list, entries, &today);
      for (guint j = 0; j < list->len; j++)
        {
          RbScheduled *s = g_ptr_array_index (list, j);
          g_autoptr(GDateTime) when = NULL;

          if (s->status != RB_SCHEDULE_DUE && s->status != RB_SCHEDULE_UPCOMING)
            continue;

          when = reminder_time (plan, s, after);
          if (g_date_time_compare (when, after) <= 0 ||
              (best != NULL && g_date_time_compare (when, best) >= 0))
            continue;

          g_clear_pointer (&best, g_date_time_unref);
          g_clear_pointer (&best_scheduled, rb_scheduled_free);
          best = g_steal_pointer (&when);
          best_scheduled = rb_scheduled_copy (s);
        }
    }

  *scheduled = g_steal_pointer (&best_scheduled);
  return g_steal_pointer (&best);
}

/**
 * rb_today_us_until:
 * @now: the time now
 * @when: a later time
 *
 * Returns: the microseconds from @now to @when, 0 when it has passed
 */
gint64
rb_today_us_until (GDateTime *now,
                   GDateTime *when)
{
  GTimeSpan span = g_date_time_difference (when, now);

  return MAX (span, 0);
}

/**
 * rb_today_next_midnight:
 * @now: the time now
 *
 * Returns: (transfer full): the start of the next day, in @now's time zone
 */
GDateTime *
rb_today_next_midnight (GDateTime *now)
{
  g_autoptr(GDateTime) midnight = NULL;
  int y, m, d;

  g_date_time_get_ymd (now, &y, &m, &d);
  midnight = g_date_time_new (g_date_time_get_timezone (now), y, m, d, 0, 0, 0);

  return g_date_time_add_days (midnight, 1);
}
