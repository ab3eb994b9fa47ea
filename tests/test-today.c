/* test-today.c: what Today shows, the icing times and the reminders.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rb-journal-entry.h"
#include "rb-library.h"
#include "rb-today.h"

static RbLibrary *library;

static GDate
ymd (guint y,
     guint m,
     guint d)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, d, m, y);
  return date;
}

static RbPlan *
add_plan (GListStore *plans,
          const char *program_id,
          GDate       start)
{
  RbProgram *program = rb_library_lookup_program (library, program_id);
  RbPlan *plan;

  g_assert_nonnull (program);
  plan = rb_plan_new (NULL, program, &start);
  g_list_store_append (plans, plan);
  g_object_unref (plan);

  return plan;
}

/* A session done from a plan (@planned set) or from its program. */
static RbJournalEntry *
add_entry (GListStore  *entries,
           const char  *program_id,
           const char  *session_id,
           const char  *plan_id,
           const GDate *planned,
           GDateTime   *started)
{
  g_autoptr(RbJournalEntry) entry = rb_journal_entry_new (RB_JOURNAL_KIND_SESSION);
  g_autoptr(GDateTime) ended = g_date_time_add_minutes (started, 20);

  rb_journal_entry_set_program (entry, program_id, 0);
  rb_journal_entry_set_session_id (entry, session_id);
  if (plan_id != NULL)
    rb_journal_entry_set_plan (entry, plan_id, planned);
  rb_journal_entry_set_started (entry, started);
  rb_journal_entry_set_ended (entry, ended);
  rb_journal_entry_set_status (entry, RB_JOURNAL_STATUS_COMPLETED);
  g_list_store_append (entries, entry);

  return entry;
}

static char *
describe (GPtrArray *collected)
{
  static const char *status_names[] = { "upcoming", "due", "done", "partial", "missed", "skipped" };
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < collected->len; i++)
    {
      RbScheduled *s = g_ptr_array_index (collected, i);
      g_autofree char *date = rb_date_to_iso (&s->date);

      g_string_append_printf (out, "%s%s %s %s", i > 0 ? ", " : "", date, s->session_id,
                              status_names[s->status]);
    }

  return g_string_free (out, FALSE);
}

static char *
collect (GListStore *plans,
         GListStore *entries,
         GDate       today)
{
  g_autoptr(GPtrArray) collected = rb_today_collect (G_LIST_MODEL (plans), library,
                                                     G_LIST_MODEL (entries), &today);

  return describe (collected);
}

/* Knee Strength with At Home on Mondays and At the Gym on Thursdays;
 * 2026-02-23 and 2026-03-02 are Mondays. */
static void
test_due_overdue_done (void)
{
  g_autoptr(GListStore) plans = g_list_store_new (RB_TYPE_PLAN);
  g_autoptr(GListStore) entries = g_list_store_new (RB_TYPE_JOURNAL_ENTRY);
  GDate today = ymd (2026, 3, 2);
  GDate thursday = ymd (2026, 2, 26);
  RbPlan *plan = add_plan (plans, "knee-strength", ymd (2026, 2, 23));
  g_autoptr(GDateTime) morning = g_date_time_new_local (2026, 3, 2, 9, 0, 0);

  /* The gym session is the home one's alternative: give each its day. */
  rb_plan_set_weekdays (plan, "session-1", RB_WEEKDAY_BIT (G_DATE_MONDAY));
  rb_plan_set_weekdays (plan, "session-2", RB_WEEKDAY_BIT (G_DATE_THURSDAY));
  g_autofree char *before = NULL;
  g_autofree char *made_up = NULL;
  g_autofree char *all_done = NULL;
  g_autoptr(GPtrArray) collected = NULL;

  /* Nothing done: today's is due, the week's are missed, newest first. */
  before = collect (plans, entries, today);
  g_assert_cmpstr (before, ==,
                   "2026-03-02 session-1 due, 2026-02-26 session-2 missed, 2026-02-23 session-1 missed");

  /* Thursday's made up this morning counts as done today. */
  add_entry (entries, "knee-strength", "session-2", rb_plan_get_id (plan), &thursday, morning);
  made_up = collect (plans, entries, today);
  g_assert_cmpstr (made_up, ==,
                   "2026-03-02 session-1 due, 2026-02-26 session-2 done, 2026-02-23 session-1 missed");

  /* A week later, the first Monday is no longer overdue. */
  {
    g_autofree char *later = collect (plans, entries, ymd (2026, 3, 3));

    g_assert_cmpstr (later, ==, "2026-03-02 session-1 missed");
  }

  /* Skipped sessions are not shown; done from the program page counts. */
  {
    GDate first = ymd (2026, 2, 23);

    rb_plan_skip (plan, &first, "session-1");
  }
  add_entry (entries, "knee-strength", "session-1", NULL, NULL, morning);
  all_done = collect (plans, entries, today);
  g_assert_cmpstr (all_done, ==, "2026-03-02 session-1 done, 2026-02-26 session-2 done");

  collected = rb_today_collect (G_LIST_MODEL (plans), library, G_LIST_MODEL (entries), &today);
  g_assert_true (rb_today_is_all_done (collected));
}

static void
test_no_plans (void)
{
  g_autoptr(GListStore) plans = g_list_store_new (RB_TYPE_PLAN);
  g_autoptr(GListStore) entries = g_list_store_new (RB_TYPE_JOURNAL_ENTRY);
  GDate today = ymd (2026, 3, 2);
  g_autoptr(GPtrArray) collected = rb_today_collect (G_LIST_MODEL (plans), library,
                                                     G_LIST_MODEL (entries), &today);

  g_assert_cmpuint (collected->len, ==, 0);
  g_assert_false (rb_today_is_all_done (collected));
}

/* Paused and ended plans show nothing due. */
static void
test_paused (void)
{
  g_autoptr(GListStore) plans = g_list_store_new (RB_TYPE_PLAN);
  g_autoptr(GListStore) entries = g_list_store_new (RB_TYPE_JOURNAL_ENTRY);
  RbPlan *plan = add_plan (plans, "knee-strength", ymd (2026, 3, 2));
  GDate today = ymd (2026, 3, 2);
  g_autofree char *paused = NULL;

  rb_plan_pause (plan, &today);
  paused = collect (plans, entries, today);
  g_assert_cmpstr (paused, ==, "");
}

static void
test_icing (void)
{
  g_autoptr(GListStore) plans = g_list_store_new (RB_TYPE_PLAN);
  g_autoptr(GListStore) entries = g_list_store_new (RB_TYPE_JOURNAL_ENTRY);
  RbPlan *plan = add_plan (plans, "acute-care", ymd (2026, 3, 2));
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 3, 2, 12, 0, 0);
  g_autoptr(GDateTime) iced = g_date_time_new_local (2026, 3, 2, 12, 10, 0);
  g_autoptr(GDateTime) later = g_date_time_new_local (2026, 3, 2, 13, 0, 0);
  g_autoptr(GDateTime) day_4 = g_date_time_new_local (2026, 3, 5, 0, 0, 0);
  g_autoptr(GDateTime) next = NULL;
  g_autoptr(GDateTime) until = NULL;
  g_autofree char *next_text = NULL;
  g_autofree char *until_text = NULL;

  /* Never iced yet: now. */
  g_assert_true (rb_today_find_icing_plan (G_LIST_MODEL (plans), G_LIST_MODEL (entries),
                                           now, &next, &until) == plan);
  g_assert_true (g_date_time_equal (next, now));
  until_text = g_date_time_format (until, "%F %R");
  g_assert_cmpstr (until_text, ==, "2026-03-05 00:00");
  g_clear_pointer (&next, g_date_time_unref);

  /* Iced from 12:10 to 12:30: next at 14:30. Other sessions do not count. */
  add_entry (entries, "acute-care", "session-2", NULL, NULL, iced);
  add_entry (entries, "acute-care", "session-1", NULL, NULL, later);
  g_assert_true (rb_today_get_next_icing (plan, G_LIST_MODEL (entries), later, &next, NULL));
  next_text = g_date_time_format (next, "%R");
  g_assert_cmpstr (next_text, ==, "14:30");

  /* After 72 hours, or once paused, no more icing. */
  g_assert_false (rb_today_get_next_icing (plan, G_LIST_MODEL (entries), day_4, NULL, NULL));
  {
    GDate today = ymd (2026, 3, 2);

    rb_plan_pause (plan, &today);
    g_assert_false (rb_today_get_next_icing (plan, G_LIST_MODEL (entries), later, NULL, NULL));
  }

  /* Other programs never ice. */
  {
    g_autoptr(GListStore) others = g_list_store_new (RB_TYPE_PLAN);

    add_plan (others, "knee-strength", ymd (2026, 3, 2));
    g_assert_null (rb_today_find_icing_plan (G_LIST_MODEL (others), G_LIST_MODEL (entries),
                                             now, NULL, NULL));
  }
}

static void
test_reminders (void)
{
  g_autoptr(GListStore) plans = g_list_store_new (RB_TYPE_PLAN);
  g_autoptr(GListStore) entries = g_list_store_new (RB_TYPE_JOURNAL_ENTRY);
  RbPlan *plan = add_plan (plans, "knee-strength", ymd (2026, 3, 2));
  g_autoptr(GDateTime) morning = g_date_time_new_local (2026, 3, 2, 9, 0, 0);
  g_autoptr(GDateTime) when = NULL;
  g_autoptr(RbScheduled) scheduled = NULL;
  g_autofree char *text = NULL;
  GDate today = ymd (2026, 3, 2);

  /* Off unless asked for. */
  g_assert_null (rb_today_next_reminder (G_LIST_MODEL (plans), library, G_LIST_MODEL (entries),
                                         morning, &scheduled));
  g_assert_null (scheduled);

  rb_plan_set_reminders (plan, TRUE);
  rb_plan_set_reminder_minutes (plan, 18 * 60);
  when = rb_today_next_reminder (G_LIST_MODEL (plans), library, G_LIST_MODEL (entries),
                                 morning, &scheduled);
  text = g_date_time_format (when, "%F %R");
  g_assert_cmpstr (text, ==, "2026-03-02 18:00");
  g_assert_cmpstr (scheduled->session_id, ==, "session-1");
  g_clear_pointer (&when, g_date_time_unref);
  g_clear_pointer (&scheduled, rb_scheduled_free);
  g_clear_pointer (&text, g_free);

  /* Done already: the next is Thursday's (At Home, on Mondays and
   * Thursdays; the gym session is its alternative). */
  add_entry (entries, "knee-strength", "session-1", rb_plan_get_id (plan), &today, morning);
  when = rb_today_next_reminder (G_LIST_MODEL (plans), library, G_LIST_MODEL (entries),
                                 morning, &scheduled);
  text = g_date_time_format (when, "%F %R");
  g_assert_cmpstr (text, ==, "2026-03-05 18:00");
  g_assert_cmpstr (scheduled->session_id, ==, "session-1");
}

static void
test_midnight (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 12, 31, 23, 59, 0);
  g_autoptr(GDateTime) midnight = rb_today_next_midnight (now);
  g_autofree char *text = g_date_time_format (midnight, "%F %T");

  g_assert_cmpstr (text, ==, "2027-01-01 00:00:00");
  g_assert_cmpint (rb_today_us_until (now, midnight), ==, 60 * G_USEC_PER_SEC);
  g_assert_cmpint (rb_today_us_until (midnight, now), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  g_test_init (&argc, &argv, NULL);

  library = rb_library_new ();
  rb_library_load (library, NULL, NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/rb/today/collect", test_due_overdue_done);
  g_test_add_func ("/rb/today/no-plans", test_no_plans);
  g_test_add_func ("/rb/today/paused", test_paused);
  g_test_add_func ("/rb/today/icing", test_icing);
  g_test_add_func ("/rb/today/reminders", test_reminders);
  g_test_add_func ("/rb/today/midnight", test_midnight);

  ret = g_test_run ();
  g_clear_object (&library);

  return ret;
}
