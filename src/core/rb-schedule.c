/* rb-schedule.c
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <langinfo.h>

#include "rb-schedule.h"

/* Plans laid onto the calendar, as pure functions of the plan, its
 * program and the days asked for: nothing here reads a file or the time.
 * "Today" is passed in (rb_clock_get_today() gives it from a clock), so
 * that tests can move it.
 *
 * A plan's weeks are counted from its start in days it was not paused:
 * a pause delays the rest of the program instead of cutting a phase
 * short. Sessions fall on calendar weekdays, so a phase that begins on a
 * Thursday still has its sessions on the plan's weekdays. */

G_DEFINE_BOXED_TYPE (RbScheduled, rb_scheduled, rb_scheduled_copy, rb_scheduled_free)

RbScheduled *
rb_scheduled_copy (const RbScheduled *scheduled)
{
  RbScheduled *copy;

  g_return_val_if_fail (scheduled != NULL, NULL);

  copy = g_memdup2 (scheduled, sizeof *scheduled);
  copy->plan_id = g_strdup (scheduled->plan_id);
  copy->program_id = g_strdup (scheduled->program_id);
  copy->session_id = g_strdup (scheduled->session_id);
  if (scheduled->entry != NULL)
    g_object_ref (scheduled->entry);

  return copy;
}

void
rb_scheduled_free (RbScheduled *scheduled)
{
  if (scheduled == NULL)
    return;

  g_free (scheduled->plan_id);
  g_free (scheduled->program_id);
  g_free (scheduled->session_id);
  g_clear_object (&scheduled->entry);
  g_free (scheduled);
}

static RbScheduled *
scheduled_new (RbPlan                 *plan,
               RbProgram              *program,
               const RbProgramSession *session,
               const GDate            *date,
               const GDate            *planned_date)
{
  RbScheduled *scheduled = g_new0 (RbScheduled, 1);
  const char *session_id = rb_program_session_get_id (session);

  scheduled->date = *date;
  scheduled->planned_date = *planned_date;
  scheduled->plan_id = g_strdup (rb_plan_get_id (plan));
  scheduled->program_id = g_strdup (rb_program_get_id (program));
  scheduled->session_id = g_strdup (session_id);
  rb_program_lookup_session (program, session_id, &scheduled->session_index);
  scheduled->status = RB_SCHEDULE_UPCOMING;

  return scheduled;
}

/* The phase under way on @date, or NULL once the program is over. */
static const RbPhase *
phase_on (RbPlan      *plan,
          RbProgram   *program,
          const GDate *date)
{
  const GDate *start = rb_plan_get_start (plan);
  int days = g_date_days_between (start, date) - (int) rb_plan_count_paused_days (plan, date);
  guint week;

  if (days < 0)
    return NULL;

  week = (guint) days / 7;
  for (guint i = 0; i < rb_program_get_n_phases (program); i++)
    {
      const RbPhase *phase = rb_program_get_phase (program, i);

      if (week < rb_phase_get_weeks (phase))
        return phase;
      week -= rb_phase_get_weeks (phase);
    }

  return NULL;
}

static int
compare_scheduled (gconstpointer a,
                   gconstpointer b)
{
  const RbScheduled *x = *(const RbScheduled * const *) a;
  const RbScheduled *y = *(const RbScheduled * const *) b;
  int by_date = g_date_compare (&x->date, &y->date);

  if (by_date != 0)
    return by_date;

  return (int) x->session_index - (int) y->session_index;
}

/* Sessions moved onto a day in [@from, @to] from anywhere. */
static void
add_moved (GPtrArray   *result,
           RbPlan      *plan,
           RbProgram   *program,
           const GDate *from,
           const GDate *to)
{
  for (guint i = 0; i < rb_plan_get_n_moves (plan); i++)
    {
      const RbProgramSession *session;
      const char *session_id;
      GDate planned, moved_to;

      rb_plan_get_move (plan, i, &planned, &session_id, &moved_to);
      if (!g_date_valid (&moved_to) ||
          g_date_compare (&moved_to, from) < 0 || g_date_compare (&moved_to, to) > 0)
        continue;

      session = rb_program_lookup_session (program, session_id, NULL);
      if (session != NULL)
        g_ptr_array_add (result, scheduled_new (plan, program, session, &moved_to, &planned));
    }
}

/**
 * rb_schedule_expand:
 * @plan: a plan
 * @program: its program
 * @from: the first day
 * @to: the last day, included
 *
 * Lays @plan onto the days from @from to @to: each session on its
 * weekdays, phase by phase, leaving out paused days and the days after
 * the plan ended or the program is over. Skipped sessions are listed
 * with %RB_SCHEDULE_SKIPPED; moved ones on the day they were moved to.
 * Every session is %RB_SCHEDULE_UPCOMING until rb_schedule_match().
 *
 * Returns: (transfer full) (element-type RbScheduled): the sessions, by
 *   day then by their order in the program
 */
GPtrArray *
rb_schedule_expand (RbPlan      *plan,
                    RbProgram   *program,
                    const GDate *from,
                    const GDate *to)
{
  GPtrArray *result = g_ptr_array_new_with_free_func ((GDestroyNotify) rb_scheduled_free);
  GDate day;

  g_return_val_if_fail (RB_IS_PLAN (plan), result);
  g_return_val_if_fail (RB_IS_PROGRAM (program), result);
  g_return_val_if_fail (g_date_valid (from) && g_date_valid (to), result);

  day = *from;
  if (g_date_compare (&day, rb_plan_get_start (plan)) < 0)
    day = *rb_plan_get_start (plan);

  for (; g_date_compare (&day, to) <= 0 && !rb_plan_has_ended_by (plan, &day); g_date_add_days (&day, 1))
    {
      const RbPhase *phase;
      guint weekday_bit = RB_WEEKDAY_BIT (g_date_get_weekday (&day));

      if (rb_plan_is_paused_on (plan, &day))
        continue;

      phase = phase_on (plan, program, &day);
      if (phase == NULL)
        break;

      for (guint i = 0; i < rb_phase_get_n_sessions (phase); i++)
        {
          const RbProgramSession *session = rb_phase_get_session (phase, i);
          const char *session_id = rb_program_session_get_id (session);
          RbScheduled *scheduled;
          GDate moved_to;

          if ((rb_plan_get_weekdays (plan, session_id) & weekday_bit) == 0)
            continue;

          if (rb_plan_lookup_change (plan, &day, session_id, &moved_to) && g_date_valid (&moved_to))
            continue;

          scheduled = scheduled_new (plan, program, session, &day, &day);
          if (rb_plan_lookup_change (plan, &day, session_id, &moved_to))
            scheduled->status = RB_SCHEDULE_SKIPPED;
          g_ptr_array_add (result, scheduled);
        }
    }

  add_moved (result, plan, program, from, to);
  g_ptr_array_sort (result, compare_scheduled);

  return result;
}

static gboolean
entry_is_on (RbJournalEntry *entry,
             const GDate    *date)
{
  GDateTime *started = rb_journal_entry_get_started (entry);
  g_autoptr(GDateTime) local = started != NULL ? g_date_time_to_local (started) : NULL;
  int y, m, d;

  if (local == NULL)
    return FALSE;

  g_date_time_get_ymd (local, &y, &m, &d);
  return g_date_get_year (date) == (guint) y && g_date_get_month (date) == (guint) m &&
         g_date_get_day (date) == (guint) d;
}

/* The entry of the journal that did @scheduled: one recorded for this
 * plan's occurrence, or else a session of the same program started that
 * day without a plan (started from the program's page). */
static RbJournalEntry *
find_entry (const RbScheduled *scheduled,
            GListModel        *entries,
            GHashTable        *used)
{
  guint n = g_list_model_get_n_items (entries);
  RbJournalEntry *fallback = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RbJournalEntry) entry = g_list_model_get_item (entries, i);
      const char *plan_id = rb_journal_entry_get_plan_id (entry);
      const GDate *date = rb_journal_entry_get_planned_date (entry);

      if (g_hash_table_contains (used, entry) ||
          rb_journal_entry_get_kind (entry) != RB_JOURNAL_KIND_SESSION ||
          g_strcmp0 (rb_journal_entry_get_session_id (entry), scheduled->session_id) != 0 ||
          g_strcmp0 (rb_journal_entry_get_program_id (entry), scheduled->program_id) != 0)
        continue;

      if (plan_id != NULL)
        {
          if (g_str_equal (plan_id, scheduled->plan_id) && date != NULL &&
              g_date_compare (date, &scheduled->planned_date) == 0)
            return entry;
        }
      else if (fallback == NULL && entry_is_on (entry, &scheduled->date))
        {
          fallback = entry;
        }
    }

  return fallback;
}

/**
 * rb_schedule_match:
 * @scheduled: (element-type RbScheduled): from rb_schedule_expand()
 * @entries: (element-type RbJournalEntry): the journal's entries
 * @today: today
 *
 * Sets each session's status from the journal: done or partial when an
 * entry did it, else missed before @today, due on it, upcoming after.
 * Each entry counts for one session at most.
 */
void
rb_schedule_match (GPtrArray   *scheduled,
                   GListModel  *entries,
                   const GDate *today)
{
  g_autoptr(GHashTable) used = g_hash_table_new (NULL, NULL);

  g_return_if_fail (scheduled != NULL);
  g_return_if_fail (G_IS_LIST_MODEL (entries));
  g_return_if_fail (today != NULL && g_date_valid (today));

  for (guint i = 0; i < scheduled->len; i++)
    {
      RbScheduled *s = g_ptr_array_index (scheduled, i);
      RbJournalEntry *entry;
      int when = g_date_compare (&s->date, today);

      g_clear_object (&s->entry);
      entry = find_entry (s, entries, used);
      if (entry != NULL)
        {
          g_hash_table_add (used, entry);
          s->entry = g_object_ref (entry);
          s->status = rb_journal_entry_get_status (entry) == RB_JOURNAL_STATUS_COMPLETED
                    ? RB_SCHEDULE_DONE : RB_SCHEDULE_PARTIAL;
        }
      else if (s->status != RB_SCHEDULE_SKIPPED)
        {
          s->status = when < 0 ? RB_SCHEDULE_MISSED : when == 0 ? RB_SCHEDULE_DUE : RB_SCHEDULE_UPCOMING;
        }
    }
}

/**
 * rb_schedule_get_last_day:
 * @plan: a plan
 * @program: its program
 * @last: (out caller-allocates): the program's last day in this plan
 *
 * Returns: %FALSE while a pause goes on (the last day is not known yet)
 */
gboolean
rb_schedule_get_last_day (RbPlan    *plan,
                          RbProgram *program,
                          GDate     *last)
{
  GDate day = *rb_plan_get_start (plan);
  guint active = 0;
  guint total = rb_program_get_total_weeks (program) * 7;

  g_date_clear (last, 1);

  /* Walk the days: pauses are few, programs at most a year or two. */
  while (active < total)
    {
      if (rb_plan_has_ended_by (plan, &day))
        break;
      if (!rb_plan_is_paused_on (plan, &day))
        {
          active++;
          *last = day;
        }
      else if (g_date_days_between (rb_plan_get_start (plan), &day) > 20 * 366)
        {
          /* A pause that never ends. */
          return FALSE;
        }
      g_date_add_days (&day, 1);
    }

  return TRUE;
}

/**
 * rb_clock_get_today:
 * @clock: a clock
 * @today: (out caller-allocates): today in local time
 */
void
rb_clock_get_today (RbClock *clock,
                    GDate   *today)
{
  g_autoptr(GDateTime) now = rb_clock_dup_now (clock);
  int y, m, d;

  g_date_time_get_ymd (now, &y, &m, &d);
  g_date_clear (today, 1);
  g_date_set_dmy (today, d, m, y);
}

/**
 * rb_schedule_weekday_from_langinfo:
 * @week_1stday: glibc's `_NL_TIME_WEEK_1STDAY`: the date of a day that
 *   starts a week, 19971130 (a Sunday) or 19971201 (a Monday)
 * @first_weekday: glibc's `_NL_TIME_FIRST_WEEKDAY`: which day of that
 *   week is shown first, from 1
 *
 * Returns: the first day of the week those describe
 */
GDateWeekday
rb_schedule_weekday_from_langinfo (guint week_1stday,
                                   int   first_weekday)
{
  GDateWeekday base = week_1stday == 19971130 ? G_DATE_SUNDAY : G_DATE_MONDAY;

  first_weekday = CLAMP (first_weekday, 1, 7);

  return (GDateWeekday) (((base - 1) + (first_weekday - 1)) % 7 + 1);
}

/**
 * rb_schedule_first_weekday:
 *
 * Returns: the first day of the week in the user's locale (Monday in most
 *   of the world, Sunday in the US)
 */
GDateWeekday
rb_schedule_first_weekday (void)
{
#ifdef __GLIBC__
  union { unsigned int word; char *string; } origin;

  origin.string = nl_langinfo (_NL_TIME_WEEK_1STDAY);
  return rb_schedule_weekday_from_langinfo (origin.word, *nl_langinfo (_NL_TIME_FIRST_WEEKDAY));
#else
  return G_DATE_MONDAY;
#endif
}
