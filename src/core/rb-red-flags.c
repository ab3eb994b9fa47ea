/* rb-red-flags.c: signs that the knee needs a professional's attention.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rb-journal-entry.h"
#include "rb-plan.h"
#include "rb-red-flags.h"

/* The learn page "When to See a Doctor" lists when inner knee pain needs
 * a doctor: it is severe, persists, comes with swelling, redness or
 * warmth, interferes with daily activities, or does not improve with
 * rest. Each rule here finds the latest occurrence of one of these in
 * the journal, within the last days before a given today (from the
 * clock, so tests choose it). An occurrence the user dismissed (kept by
 * the journal, by kind and day) is not shown again; a later one is.
 *
 * Days are those the entries were recorded on, in their own UTC offset
 * (rb_journal_entry_get_day()). Pure functions: no I/O, no clock. */

G_DEFINE_BOXED_TYPE (RbRedFlag, rb_red_flag, rb_red_flag_copy, rb_red_flag_free)

static const char * const kind_names[] = {
  "severe-pain",
  "persistent-pain",
  "inflammation",
  "daily-activities",
  "no-improvement-with-rest",
};

/* An entry with its day, in the order they happened. */
typedef struct
{
  RbJournalEntry *entry;
  GDate           day;
} Log;

static void
log_clear (Log *log)
{
  g_clear_object (&log->entry);
}

static int
compare_logs (gconstpointer a,
              gconstpointer b)
{
  const Log *la = a, *lb = b;

  return g_date_time_compare (rb_journal_entry_get_started (la->entry),
                              rb_journal_entry_get_started (lb->entry));
}

/* The entries up to @today, oldest first. */
static GArray *
collect_logs (GListModel  *entries,
              const GDate *today)
{
  GArray *logs = g_array_new (FALSE, TRUE, sizeof (Log));
  guint n = g_list_model_get_n_items (entries);

  g_array_set_clear_func (logs, (GDestroyNotify) log_clear);
  for (guint i = 0; i < n; i++)
    {
      Log log = { g_list_model_get_item (entries, i) };

      rb_journal_entry_get_day (log.entry, &log.day);
      if (!g_date_valid (&log.day) || g_date_compare (&log.day, today) > 0)
        {
          g_object_unref (log.entry);
          continue;
        }
      g_array_append_val (logs, log);
    }
  g_array_sort (logs, compare_logs);

  return logs;
}

static gboolean
is_recent (const GDate *day,
           const GDate *today,
           guint        days)
{
  return g_date_days_between (day, today) < (int) days;
}

static char *
format_day (const GDate *day)
{
  char text[128];

  /* Translators: a day in a sentence, see strftime(3): "Tuesday 10 March" */
  if (g_date_strftime (text, sizeof text, _("%A %-d %B"), day) == 0)
    return rb_date_to_iso (day);

  return g_strdup (text);
}

static RbRedFlag *
new_flag (RbRedFlagKind  kind,
          const GDate   *day,
          char          *reason)
{
  RbRedFlag *flag = g_new0 (RbRedFlag, 1);

  flag->kind = kind;
  flag->date = *day;
  flag->reason = reason;

  switch (kind)
    {
    case RB_RED_FLAG_SEVERE_PAIN:
      flag->advice = g_strdup (_("Stop running for now and see a doctor or physiotherapist. "
                                 "Severe knee pain needs a professional to find its cause."));
      break;
    case RB_RED_FLAG_PERSISTENT_PAIN:
      flag->advice = g_strdup (_("See a doctor or physiotherapist. Pain that persists or gets "
                                 "worse needs a professional to find its cause."));
      break;
    case RB_RED_FLAG_INFLAMMATION:
      flag->advice = g_strdup (_("See a doctor or physiotherapist. Swelling, redness or warmth "
                                 "around the knee needs checking."));
      break;
    case RB_RED_FLAG_DAILY_ACTIVITIES:
      flag->advice = g_strdup (_("See a doctor or physiotherapist. Pain that gets in the way of "
                                 "daily activities needs checking."));
      break;
    case RB_RED_FLAG_NO_IMPROVEMENT_WITH_REST:
      flag->advice = g_strdup (_("See a doctor or physiotherapist. Pain that does not improve "
                                 "with rest and self-care needs checking."));
      break;
    default:
      g_assert_not_reached ();
    }

  return flag;
}

/* "Your knee pain was 8/10 after the run on Tuesday 10 March." */
static char *
describe_severe (RbJournalEntry *entry,
                 const GDate    *day)
{
  g_autofree char *when = format_day (day);
  int pains[] = {
    rb_journal_entry_get_pain_before (entry),
    rb_journal_entry_get_pain_during (entry),
    rb_journal_entry_get_pain_after (entry),
    rb_journal_entry_get_pain_next_morning (entry),
  };
  gboolean run = rb_journal_entry_is_run (entry);
  guint worst = 0;

  for (guint i = 1; i < G_N_ELEMENTS (pains); i++)
    if (pains[i] > pains[worst])
      worst = i;

  if (rb_journal_entry_get_kind (entry) == RB_JOURNAL_KIND_CHECK_IN)
    return g_strdup_printf (_("Your knee pain was %d/10 at your check-in on %s."), pains[worst], when);

  switch (worst)
    {
    case 0:
      return g_strdup_printf (run ? _("Your knee pain was %d/10 before the run on %s.")
                                  : _("Your knee pain was %d/10 before the session on %s."),
                              pains[worst], when);
    case 1:
      return g_strdup_printf (run ? _("Your knee pain was %d/10 during the run on %s.")
                                  : _("Your knee pain was %d/10 during the session on %s."),
                              pains[worst], when);
    case 2:
      return g_strdup_printf (run ? _("Your knee pain was %d/10 after the run on %s.")
                                  : _("Your knee pain was %d/10 after the session on %s."),
                              pains[worst], when);
    default:
      return g_strdup_printf (run ? _("Your knee pain was %d/10 the morning after the run on %s.")
                                  : _("Your knee pain was %d/10 the morning after the session on %s."),
                              pains[worst], when);
    }
}

/* Severe pain in the last days. */
static RbRedFlag *
find_severe (GArray      *logs,
             const GDate *today)
{
  for (guint i = logs->len; i-- > 0;)
    {
      Log *log = &g_array_index (logs, Log, i);

      if (!is_recent (&log->day, today, RB_RED_FLAGS_RECENT_DAYS))
        break;
      if (rb_journal_entry_get_max_pain (log->entry) >= RB_RED_FLAGS_SEVERE_PAIN)
        return new_flag (RB_RED_FLAG_SEVERE_PAIN, &log->day, describe_severe (log->entry, &log->day));
    }

  return NULL;
}

/* Pain that persists or gets worse: the latest logs with a pain all at
 * RB_RED_FLAGS_PERSIST_PAIN or more, enough of them over enough days, and
 * the last no lower than the first. */
static RbRedFlag *
find_persistent (GArray      *logs,
                 const GDate *today)
{
  Log *first = NULL, *last = NULL;
  int least = 10;
  guint n = 0;

  for (guint i = logs->len; i-- > 0;)
    {
      Log *log = &g_array_index (logs, Log, i);
      int pain = rb_journal_entry_get_max_pain (log->entry);

      if (pain == RB_JOURNAL_PAIN_NONE)
        continue;
      if (pain < RB_RED_FLAGS_PERSIST_PAIN || !is_recent (&log->day, today, RB_RED_FLAGS_PERSIST_WINDOW))
        break;
      if (last == NULL)
        last = log;
      first = log;
      least = MIN (least, pain);
      n++;
    }

  if (last == NULL || !is_recent (&last->day, today, RB_RED_FLAGS_RECENT_DAYS) ||
      n < RB_RED_FLAGS_PERSIST_LOGS ||
      g_date_days_between (&first->day, &last->day) < RB_RED_FLAGS_PERSIST_DAYS ||
      rb_journal_entry_get_max_pain (last->entry) < rb_journal_entry_get_max_pain (first->entry))
    return NULL;

  {
    g_autofree char *since = format_day (&first->day);

    return new_flag (RB_RED_FLAG_PERSISTENT_PAIN, &last->day,
                     /* Translators: "Your knee pain has been 5/10 or more in 4 logs since Tuesday 3 March, …" */
                     g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                   "Your knee pain has been %d/10 or more in %u log since %s, and it is not going down.",
                                                   "Your knee pain has been %d/10 or more in %u logs since %s, and it is not going down.",
                                                   n),
                                      least, n, since));
  }
}

static char *
describe_signs (RbJournalEntry *entry,
                const char     *when)
{
  switch ((rb_journal_entry_get_swelling (entry) == 1) << 2 |
          (rb_journal_entry_get_redness (entry) == 1) << 1 |
          (rb_journal_entry_get_warmth (entry) == 1))
    {
    case 1: return g_strdup_printf (_("You noted warmth around your knee at your check-in on %s."), when);
    case 2: return g_strdup_printf (_("You noted redness around your knee at your check-in on %s."), when);
    case 3: return g_strdup_printf (_("You noted redness and warmth around your knee at your check-in on %s."), when);
    case 4: return g_strdup_printf (_("You noted swelling of your knee at your check-in on %s."), when);
    case 5: return g_strdup_printf (_("You noted swelling and warmth around your knee at your check-in on %s."), when);
    case 6: return g_strdup_printf (_("You noted swelling and redness around your knee at your check-in on %s."), when);
    case 7: return g_strdup_printf (_("You noted swelling, redness and warmth around your knee at your check-in on %s."), when);
    default: return NULL;
    }
}

/* The latest recent check-in with swelling, redness or warmth, or one
 * saying the pain gets in the way of daily activities. */
static RbRedFlag *
find_check_in_sign (GArray        *logs,
                    const GDate   *today,
                    RbRedFlagKind  kind)
{
  for (guint i = logs->len; i-- > 0;)
    {
      Log *log = &g_array_index (logs, Log, i);
      g_autofree char *when = NULL;
      char *reason = NULL;

      if (!is_recent (&log->day, today, RB_RED_FLAGS_RECENT_DAYS))
        break;
      if (rb_journal_entry_get_kind (log->entry) != RB_JOURNAL_KIND_CHECK_IN)
        continue;

      when = format_day (&log->day);
      if (kind == RB_RED_FLAG_INFLAMMATION)
        reason = describe_signs (log->entry, when);
      else if (rb_journal_entry_get_limits_daily_activities (log->entry) == 1)
        reason = g_strdup_printf (_("You noted at your check-in on %s that the pain gets in the way "
                                    "of your daily activities."), when);
      if (reason != NULL)
        return new_flag (kind, &log->day, reason);
    }

  return NULL;
}

/* Pain that does not improve with rest: a recent check-in with pain,
 * some days after the last session or run. Before any session, the
 * journal's first entry is as far back as rest is known. */
static RbRedFlag *
find_no_improvement (GArray      *logs,
                     const GDate *today)
{
  for (guint i = logs->len; i-- > 0;)
    {
      Log *log = &g_array_index (logs, Log, i);
      const GDate *active = &g_array_index (logs, Log, 0).day;
      g_autofree char *when = NULL;
      int pain, rest;

      if (!is_recent (&log->day, today, RB_RED_FLAGS_RECENT_DAYS))
        break;
      pain = rb_journal_entry_get_pain_before (log->entry);
      if (rb_journal_entry_get_kind (log->entry) != RB_JOURNAL_KIND_CHECK_IN ||
          pain < RB_RED_FLAGS_REST_PAIN)
        continue;

      for (guint j = i; j-- > 0;)
        if (rb_journal_entry_get_kind (g_array_index (logs, Log, j).entry) == RB_JOURNAL_KIND_SESSION)
          {
            active = &g_array_index (logs, Log, j).day;
            break;
          }
      rest = g_date_days_between (active, &log->day);
      if (rest < RB_RED_FLAGS_REST_DAYS)
        continue;

      when = format_day (&log->day);
      return new_flag (RB_RED_FLAG_NO_IMPROVEMENT_WITH_REST, &log->day,
                       g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                     "Your knee pain was %d/10 at your check-in on %s, after %d day without a session or run.",
                                                     "Your knee pain was %d/10 at your check-in on %s, after %d days without a session or run.",
                                                     rest),
                                        pain, when, rest));
    }

  return NULL;
}

RbRedFlag *
rb_red_flag_copy (const RbRedFlag *flag)
{
  RbRedFlag *copy;

  g_return_val_if_fail (flag != NULL, NULL);

  copy = g_memdup2 (flag, sizeof *flag);
  copy->reason = g_strdup (flag->reason);
  copy->advice = g_strdup (flag->advice);

  return copy;
}

void
rb_red_flag_free (RbRedFlag *flag)
{
  if (flag == NULL)
    return;

  g_free (flag->reason);
  g_free (flag->advice);
  g_free (flag);
}

/**
 * rb_red_flag_kind_to_string:
 * @kind: a #RbRedFlagKind
 *
 * Returns: the kind's id, as the journal stores dismissals
 *   (rb_journal_dismiss_flag())
 */
const char *
rb_red_flag_kind_to_string (RbRedFlagKind kind)
{
  g_return_val_if_fail (kind <= RB_RED_FLAG_NO_IMPROVEMENT_WITH_REST, NULL);

  return kind_names[kind];
}

/**
 * rb_red_flag_dup_key:
 * @flag: a #RbRedFlag
 *
 * Returns: (transfer full): `KIND/YYYY-MM-DD`, the key of its occurrence
 *   in rb_journal_get_dismissed_flags()
 */
char *
rb_red_flag_dup_key (const RbRedFlag *flag)
{
  g_autofree char *day = NULL;

  g_return_val_if_fail (flag != NULL, NULL);

  day = rb_date_to_iso (&flag->date);
  return g_strdup_printf ("%s/%s", rb_red_flag_kind_to_string (flag->kind), day);
}

/**
 * rb_red_flags_evaluate:
 * @entries: (element-type RbJournalEntry): the journal's entries
 * @today: the day to evaluate on, from the clock
 * @dismissed: (nullable) (element-type utf8 utf8): keys of dismissed
 *   occurrences (rb_red_flag_dup_key()), as rb_journal_get_dismissed_flags()
 *   has them
 *
 * Finds, for each sign of "When to See a Doctor", its latest occurrence
 * in the last days (RB_RED_FLAGS_RECENT_DAYS); a dismissed occurrence
 * hides its sign until a later one.
 *
 * Returns: (transfer container) (element-type RbRedFlag): the flags to
 *   show, most pressing first
 */
GPtrArray *
rb_red_flags_evaluate (GListModel  *entries,
                       const GDate *today,
                       GHashTable  *dismissed)
{
  g_autoptr(GArray) logs = NULL;
  GPtrArray *flags;
  RbRedFlag *found[5];

  g_return_val_if_fail (G_IS_LIST_MODEL (entries), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  flags = g_ptr_array_new_with_free_func ((GDestroyNotify) rb_red_flag_free);
  logs = collect_logs (entries, today);
  if (logs->len == 0)
    return flags;

  found[0] = find_severe (logs, today);
  found[1] = find_persistent (logs, today);
  found[2] = find_check_in_sign (logs, today, RB_RED_FLAG_INFLAMMATION);
  found[3] = find_check_in_sign (logs, today, RB_RED_FLAG_DAILY_ACTIVITIES);
  found[4] = find_no_improvement (logs, today);

  for (guint i = 0; i < G_N_ELEMENTS (found); i++)
    {
      g_autofree char *key = NULL;

      if (found[i] == NULL)
        continue;
      key = rb_red_flag_dup_key (found[i]);
      if (dismissed != NULL && g_hash_table_contains (dismissed, key))
        rb_red_flag_free (found[i]);
      else
        g_ptr_array_add (flags, found[i]);
    }

  return flags;
}
