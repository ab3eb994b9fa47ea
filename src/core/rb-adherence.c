/* rb-adherence.c: planned sessions done, and the streak.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pure functions of occurrences that rb_schedule_match() marked, from
 * any number of plans, and of a day given: nothing here reads a clock.
 *
 * - A session the user skipped is not planned any more: it counts
 *   neither for nor against them.
 * - A partial session counts as half a session done: showing up counts,
 *   but a session cut short is not the whole dose.
 * - A session due today and not done yet is planned for the week but not
 *   yet counted against the plan to date: today is not over.
 * - The streak is the number of planned sessions done in a row, up to
 *   today, partial ones included (stopping early because of pain is
 *   what the program asks, and should not cost the streak). Skipped
 *   sessions and today's sessions not yet done leave it as it is; a
 *   missed one ends it, and a day with a missed session counts for
 *   nothing even if another session was done that day. Counting sessions
 *   rather than whole weeks lets a streak start on the first day of a
 *   plan begun mid-week, and grow with every session.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "rb-adherence.h"

static void
count (RbAdherence       *adherence,
       const RbScheduled *s)
{
  if (s->status == RB_SCHEDULE_SKIPPED)
    return;

  adherence->planned++;
  adherence->done += s->status == RB_SCHEDULE_DONE;
  adherence->partial += s->status == RB_SCHEDULE_PARTIAL;
  adherence->missed += s->status == RB_SCHEDULE_MISSED;
}

static gboolean
is_settled (const RbScheduled *s)
{
  return s->status == RB_SCHEDULE_DONE || s->status == RB_SCHEDULE_PARTIAL ||
         s->status == RB_SCHEDULE_MISSED;
}

/**
 * rb_adherence_count_week:
 * @scheduled: (element-type RbScheduled): occurrences marked by
 *   rb_schedule_match(), of one plan or several
 * @today: a day of the week to count
 * @first_weekday: the day weeks start on (rb_schedule_first_weekday())
 * @week: (out caller-allocates): the counts
 *
 * Counts the sessions planned in the week that holds @today, those still
 * to come included, and those done so far.
 */
void
rb_adherence_count_week (GPtrArray    *scheduled,
                         const GDate  *today,
                         GDateWeekday  first_weekday,
                         RbAdherence  *week)
{
  GDate start, end;

  g_return_if_fail (scheduled != NULL);
  g_return_if_fail (today != NULL && g_date_valid (today));
  g_return_if_fail (g_date_valid_weekday (first_weekday));
  g_return_if_fail (week != NULL);

  start = *today;
  g_date_subtract_days (&start, (g_date_get_weekday (today) - first_weekday + 7) % 7);
  end = start;
  g_date_add_days (&end, 6);

  *week = (RbAdherence) { 0, };
  for (guint i = 0; i < scheduled->len; i++)
    {
      const RbScheduled *s = g_ptr_array_index (scheduled, i);

      if (g_date_compare (&s->date, &start) >= 0 && g_date_compare (&s->date, &end) <= 0)
        count (week, s);
    }
}

/**
 * rb_adherence_count_to_date:
 * @scheduled: (element-type RbScheduled): occurrences marked by
 *   rb_schedule_match(), of one plan or several
 * @today: the last day to count
 * @to_date: (out caller-allocates): the counts
 *
 * Counts the sessions planned up to @today, those of today only once
 * done: a session due today is not missed yet.
 */
void
rb_adherence_count_to_date (GPtrArray   *scheduled,
                            const GDate *today,
                            RbAdherence *to_date)
{
  g_return_if_fail (scheduled != NULL);
  g_return_if_fail (today != NULL && g_date_valid (today));
  g_return_if_fail (to_date != NULL);

  *to_date = (RbAdherence) { 0, };
  for (guint i = 0; i < scheduled->len; i++)
    {
      const RbScheduled *s = g_ptr_array_index (scheduled, i);

      if (is_settled (s) && g_date_compare (&s->date, today) <= 0)
        count (to_date, s);
    }
}

/**
 * rb_adherence_get_done:
 * @self: counts
 *
 * Returns: the sessions done, partial ones as halves
 */
double
rb_adherence_get_done (const RbAdherence *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->done + self->partial / 2.0;
}

/**
 * rb_adherence_get_ratio:
 * @self: counts
 *
 * Returns: the share of planned sessions done, from 0 to 1, or -1 when
 *   nothing was planned
 */
double
rb_adherence_get_ratio (const RbAdherence *self)
{
  g_return_val_if_fail (self != NULL, -1);

  if (self->planned == 0)
    return -1;

  return rb_adherence_get_done (self) / self->planned;
}

/**
 * rb_adherence_dup_summary:
 * @self: counts
 *
 * Returns: (transfer full): "2.5 of 3 planned sessions done", or
 *   "No sessions planned"
 */
char *
rb_adherence_dup_summary (const RbAdherence *self)
{
  double done;
  g_autofree char *number = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  if (self->planned == 0)
    return g_strdup (_("No sessions planned"));

  done = rb_adherence_get_done (self);
  number = done == floor (done) ? g_strdup_printf ("%.0f", done) : g_strdup_printf ("%.1f", done);
  /* Translators: the first %s is a number of sessions done, which can
   * end in a half (partial sessions count as half): "2.5 of 3 planned
   * sessions done". */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s of %u planned session done",
                                       "%s of %u planned sessions done", self->planned),
                          number, self->planned);
}

static int
compare_latest_first (gconstpointer a,
                      gconstpointer b)
{
  const RbScheduled *sa = *(const RbScheduled * const *) a;
  const RbScheduled *sb = *(const RbScheduled * const *) b;

  return g_date_compare (&sb->date, &sa->date);
}

/* Whether a session was missed on @date, among @sorted from @index on. */
static gboolean
day_has_missed (GPtrArray   *sorted,
                guint        index,
                const GDate *date)
{
  for (guint i = index; i < sorted->len; i++)
    {
      const RbScheduled *s = g_ptr_array_index (sorted, i);

      if (g_date_compare (&s->date, date) != 0)
        break;
      if (s->status == RB_SCHEDULE_MISSED)
        return TRUE;
    }

  return FALSE;
}

/**
 * rb_adherence_get_streak:
 * @scheduled: (element-type RbScheduled): occurrences marked by
 *   rb_schedule_match(), of one plan or several
 * @today: the last day to count
 *
 * Returns: the planned sessions done in a row up to @today, partial ones
 *   included; see the top of rb-adherence.c
 */
guint
rb_adherence_get_streak (GPtrArray   *scheduled,
                         const GDate *today)
{
  g_autoptr(GPtrArray) sorted = g_ptr_array_new ();
  guint streak = 0;

  g_return_val_if_fail (scheduled != NULL, 0);
  g_return_val_if_fail (today != NULL && g_date_valid (today), 0);

  for (guint i = 0; i < scheduled->len; i++)
    {
      RbScheduled *s = g_ptr_array_index (scheduled, i);

      if (is_settled (s) && g_date_compare (&s->date, today) <= 0)
        g_ptr_array_add (sorted, s);
    }
  g_ptr_array_sort (sorted, compare_latest_first);

  for (guint i = 0; i < sorted->len; i++)
    {
      const RbScheduled *s = g_ptr_array_index (sorted, i);

      if (i == 0 || g_date_compare (&s->date, &((RbScheduled *) g_ptr_array_index (sorted, i - 1))->date) != 0)
        if (day_has_missed (sorted, i, &s->date))
          break;
      streak++;
    }

  return streak;
}

/**
 * rb_adherence_dup_streak_summary:
 * @streak: a streak from rb_adherence_get_streak()
 *
 * Returns: (transfer full): "5 planned sessions in a row"
 */
char *
rb_adherence_dup_streak_summary (guint streak)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u planned session in a row",
                                       "%u planned sessions in a row", streak), streak);
}
