/* test-schedule.c: plans, plans.json and their schedule.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "rb-content-error.h"
#include "rb-content-private.h"
#include "rb-fake-clock.h"
#include "rb-json-private.h"
#include "rb-library.h"
#include "rb-plan-runs.h"
#include "rb-plan-store.h"
#include "rb-schedule.h"

/* Two phases: two weeks of A (Mon/Wed/Fri by default), then one week of
 * B and C with three sessions a week between them. */
static const char *program_json =
  "{ \"format\": \"runback.program\", \"version\": 2, \"id\": \"test\", "
  "  \"title\": \"Test\", \"summary\": \"S\", \"audience\": \"A\", \"phases\": [ "
  "  { \"title\": \"One\", \"weeks\": 2, \"sessions_per_week\": 3, \"sessions\": [ "
  "    { \"id\": \"a\", \"title\": \"A\", \"items\": [ { \"run_walk\": { \"run_seconds\": 60 } } ] } ] }, "
  "  { \"title\": \"Two\", \"weeks\": 1, \"sessions_per_week\": 3, \"sessions\": [ "
  "    { \"id\": \"b\", \"title\": \"B\", \"items\": [ { \"run_walk\": { \"run_seconds\": 60 } } ] }, "
  "    { \"id\": \"c\", \"title\": \"C\", \"weekdays\": [ \"sat\" ], "
  "      \"items\": [ { \"run_walk\": { \"run_seconds\": 60 } } ] } ] } ] }";

static RbProgram *
load_program (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (program_json, strlen (program_json));
  g_autoptr(GError) error = NULL;
  GObject *document = rb_content_load_document ("test.json", bytes, "runback.program", FALSE, &error);

  g_assert_no_error (error);
  g_assert_true (RB_IS_PROGRAM (document));
  return RB_PROGRAM (document);
}

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

/* "2026-12-01 a, …" for the sessions in @scheduled, to compare at once. */
static char *
describe (GPtrArray *scheduled)
{
  static const char *status_names[] = { "upcoming", "due", "done", "partial", "missed", "skipped" };
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < scheduled->len; i++)
    {
      RbScheduled *s = g_ptr_array_index (scheduled, i);
      g_autofree char *date = rb_date_to_iso (&s->date);

      g_string_append_printf (out, "%s%s %s", i > 0 ? ", " : "", date, s->session_id);
      if (s->status != RB_SCHEDULE_UPCOMING)
        g_string_append_printf (out, " %s", status_names[s->status]);
    }

  return g_string_free (out, FALSE);
}

static char *
expand (RbPlan      *plan,
        RbProgram   *program,
        GDate        from,
        GDate        to)
{
  g_autoptr(GPtrArray) scheduled = rb_schedule_expand (plan, program, &from, &to);

  return describe (scheduled);
}

static void
test_default_weekdays (void)
{
  g_autoptr(RbProgram) program = load_program ();
  GDate start = ymd (2026, 11, 30);   /* a Monday */
  g_autoptr(RbPlan) plan = rb_plan_new (NULL, program, &start);

  g_assert_cmpstr (rb_plan_get_id (plan), ==, "test-20261130");
  g_assert_cmpuint (rb_plan_get_weekdays (plan, "a"), ==,
                    RB_WEEKDAY_BIT (G_DATE_MONDAY) | RB_WEEKDAY_BIT (G_DATE_WEDNESDAY) |
                    RB_WEEKDAY_BIT (G_DATE_FRIDAY));
  /* Three slots dealt to two sessions: B gets Monday and Friday. */
  g_assert_cmpuint (rb_plan_get_weekdays (plan, "b"), ==,
                    RB_WEEKDAY_BIT (G_DATE_MONDAY) | RB_WEEKDAY_BIT (G_DATE_FRIDAY));
  /* The program's own weekdays come first. */
  g_assert_cmpuint (rb_plan_get_weekdays (plan, "c"), ==, RB_WEEKDAY_BIT (G_DATE_SATURDAY));
}

/* Across the end of the month and of the year, and to the program's end. */
static void
test_expand (void)
{
  g_autoptr(RbProgram) program = load_program ();
  GDate start = ymd (2026, 12, 17);   /* a Thursday */
  g_autoptr(RbPlan) plan = rb_plan_new (NULL, program, &start);
  g_autofree char *all = expand (plan, program, ymd (2026, 12, 1), ymd (2027, 2, 1));
  GDate last;

  g_assert_cmpstr (all, ==,
                   "2026-12-18 a, 2026-12-21 a, 2026-12-23 a, 2026-12-25 a, "
                   "2026-12-28 a, 2026-12-30 a, "
                   "2027-01-01 b, 2027-01-02 c, 2027-01-04 b");
  g_assert_true (rb_schedule_get_last_day (plan, program, &last));
  g_assert_cmpuint (g_date_get_day (&last), ==, 6);
  g_assert_cmpuint (g_date_get_month (&last), ==, 1);
}

/* A leap day is a day like any other. */
static void
test_leap_day (void)
{
  g_autoptr(RbProgram) program = load_program ();
  GDate start = ymd (2028, 2, 28);   /* a Monday */
  g_autoptr(RbPlan) plan = rb_plan_new (NULL, program, &start);
  g_autofree char *days = NULL;

  rb_plan_set_weekdays (plan, "a", RB_WEEKDAY_BIT (G_DATE_TUESDAY));
  days = expand (plan, program, ymd (2028, 2, 28), ymd (2028, 3, 8));
  g_assert_cmpstr (days, ==, "2028-02-29 a, 2028-03-07 a");
}

/* A pause delays the rest of the program; skips and moves change one day. */
static void
test_pause_skip_move (void)
{
  g_autoptr(RbProgram) program = load_program ();
  GDate start = ymd (2026, 11, 30);
  g_autoptr(RbPlan) plan = rb_plan_new (NULL, program, &start);
  g_autofree char *days = NULL;
  GDate d1 = ymd (2026, 12, 2), d2 = ymd (2026, 12, 3), p1 = ymd (2026, 12, 7), p2 = ymd (2026, 12, 14);
  GDate skip = ymd (2026, 11, 30);

  rb_plan_move (plan, &d1, "a", &d2);
  rb_plan_skip (plan, &skip, "a");
  rb_plan_pause (plan, &p1);
  g_assert_true (rb_plan_is_paused_on (plan, &p1));
  rb_plan_resume (plan, &p2);
  g_assert_false (rb_plan_is_paused_on (plan, &p2));
  g_assert_cmpuint (rb_plan_count_paused_days (plan, &p2), ==, 7);

  days = expand (plan, program, ymd (2026, 11, 30), ymd (2026, 12, 31));
  g_assert_cmpstr (days, ==,
                   "2026-11-30 a skipped, 2026-12-03 a, 2026-12-04 a, "
                   /* paused a week: phase one's second week comes after */
                   "2026-12-14 a, 2026-12-16 a, 2026-12-18 a, "
                   "2026-12-21 b, 2026-12-25 b, 2026-12-26 c");

  /* Ended: nothing from that day on. */
  {
    GDate end = ymd (2026, 12, 16);

    rb_plan_end (plan, &end);
    g_clear_pointer (&days, g_free);
    days = expand (plan, program, ymd (2026, 12, 14), ymd (2026, 12, 31));
    g_assert_cmpstr (days, ==, "2026-12-14 a");
  }
}

static RbJournalEntry *
make_entry (const char      *session_id,
            const char      *plan_id,
            GDate            planned,
            GDateTime       *started,
            RbJournalStatus  status)
{
  RbJournalEntry *entry = rb_journal_entry_new (RB_JOURNAL_KIND_SESSION);

  rb_journal_entry_set_program (entry, "test", -1);
  rb_journal_entry_set_session_id (entry, session_id);
  if (plan_id != NULL)
    rb_journal_entry_set_plan (entry, plan_id, &planned);
  rb_journal_entry_set_title (entry, "T");
  rb_journal_entry_set_started (entry, started);
  rb_journal_entry_set_status (entry, status);

  return entry;
}

/* Done, partial, missed, due and upcoming, from the journal; an entry of
 * another plan does not count, one without a plan on the day does. */
static void
test_match (void)
{
  g_autoptr(RbProgram) program = load_program ();
  GDate start = ymd (2026, 11, 30);
  g_autoptr(RbPlan) plan = rb_plan_new (NULL, program, &start);
  g_autoptr(GListStore) entries = g_list_store_new (RB_TYPE_JOURNAL_ENTRY);
  g_autoptr(GTimeZone) tz = g_time_zone_new_local ();
  g_autoptr(GDateTime) mon = g_date_time_new (tz, 2026, 11, 30, 18, 0, 0);
  g_autoptr(GDateTime) wed = g_date_time_new (tz, 2026, 12, 2, 7, 30, 0);
  g_autoptr(GDateTime) fri = g_date_time_new (tz, 2026, 12, 4, 23, 50, 0);
  g_autoptr(RbJournalEntry) e1 = make_entry ("a", "test-20261130", ymd (2026, 11, 30), mon, RB_JOURNAL_STATUS_COMPLETED);
  g_autoptr(RbJournalEntry) e2 = make_entry ("a", NULL, ymd (2026, 12, 2), wed, RB_JOURNAL_STATUS_PARTIAL);
  g_autoptr(RbJournalEntry) e3 = make_entry ("a", "other-plan", ymd (2026, 12, 4), fri, RB_JOURNAL_STATUS_COMPLETED);
  g_autoptr(GPtrArray) scheduled = NULL;
  g_autofree char *days = NULL;
  GDate from = ymd (2026, 11, 30), to = ymd (2026, 12, 9), today = ymd (2026, 12, 7);

  g_list_store_append (entries, e1);
  g_list_store_append (entries, e2);
  g_list_store_append (entries, e3);
  scheduled = rb_schedule_expand (plan, program, &from, &to);
  rb_schedule_match (scheduled, G_LIST_MODEL (entries), &today);
  days = describe (scheduled);
  g_assert_cmpstr (days, ==,
                   "2026-11-30 a done, 2026-12-02 a partial, 2026-12-04 a missed, "
                   "2026-12-07 a due, 2026-12-09 a");
  g_assert_true (((RbScheduled *) g_ptr_array_index (scheduled, 0))->entry == e1);
}

/* A session done late in the evening of a daylight-saving change still
 * counts for that day. */
static void
test_daylight_saving (void)
{
  g_autoptr(RbProgram) program = load_program ();
  GDate start = ymd (2026, 10, 19);
  g_autoptr(RbPlan) plan = rb_plan_new (NULL, program, &start);
  g_autoptr(GListStore) entries = g_list_store_new (RB_TYPE_JOURNAL_ENTRY);
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(GDateTime) late = NULL;
  g_autoptr(RbJournalEntry) entry = NULL;
  g_autoptr(GPtrArray) scheduled = NULL;
  g_autofree char *days = NULL;
  GDate from = ymd (2026, 10, 24), to = ymd (2026, 10, 26), today = ymd (2026, 10, 27);

  if (tz == NULL)
    {
      g_test_skip ("no time zone data");
      return;
    }

  /* Clocks go back on Sunday 25 October 2026 at 03:00 in Berlin. */
  g_setenv ("TZ", "Europe/Berlin", TRUE);
  tzset ();
  late = g_date_time_new (tz, 2026, 10, 26, 23, 30, 0);
  entry = make_entry ("a", NULL, ymd (2026, 10, 26), late, RB_JOURNAL_STATUS_COMPLETED);
  g_list_store_append (entries, entry);
  rb_plan_set_weekdays (plan, "a", RB_WEEKDAYS_ALL);
  scheduled = rb_schedule_expand (plan, program, &from, &to);
  rb_schedule_match (scheduled, G_LIST_MODEL (entries), &today);
  days = describe (scheduled);
  g_assert_cmpstr (days, ==, "2026-10-24 a missed, 2026-10-25 a missed, 2026-10-26 a done");
  g_unsetenv ("TZ");
  tzset ();
}

static void
test_first_weekday (void)
{
  g_assert_cmpint (rb_schedule_weekday_from_langinfo (19971130, 1), ==, G_DATE_SUNDAY);
  g_assert_cmpint (rb_schedule_weekday_from_langinfo (19971130, 2), ==, G_DATE_MONDAY);
  g_assert_cmpint (rb_schedule_weekday_from_langinfo (19971201, 1), ==, G_DATE_MONDAY);
  g_assert_cmpint (rb_schedule_weekday_from_langinfo (19971130, 7), ==, G_DATE_SATURDAY);
  g_assert_cmpint (rb_schedule_first_weekday (), >=, G_DATE_MONDAY);
  g_assert_cmpint (rb_schedule_first_weekday (), <=, G_DATE_SUNDAY);
}

static void
test_today_from_clock (void)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) now = g_date_time_new (utc, 2028, 2, 29, 12, 0, 0);
  g_autoptr(RbFakeClock) clock = rb_fake_clock_new (0, now);
  GDate today;

  rb_clock_get_today (RB_CLOCK (clock), &today);
  g_assert_cmpuint (g_date_get_day (&today), ==, 29);
  g_assert_cmpuint (g_date_get_month (&today), ==, 2);
}

static void
test_dates (void)
{
  GDate date;

  g_assert_true (rb_date_from_iso ("2028-02-29", &date));
  g_assert_false (rb_date_from_iso ("2026-02-29", &date));
  g_assert_false (rb_date_from_iso ("2026-2-01", &date));
  g_assert_false (rb_date_from_iso ("tomorrow", &date));
  g_assert_false (rb_date_from_iso ("2026-12-01x", &date));
}

static void
count_cb (guint *count)
{
  (*count)++;
}

/* plans.json: a round trip, what a newer version wrote kept, bad files
 * kept aside, nothing written over a file that cannot be read. */
static void
test_store (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("runback-plans-XXXXXX", &error);
  g_autoptr(RbProgram) program = load_program ();
  g_autoptr(RbPlanStore) store = rb_plan_store_new (dir);
  g_autoptr(RbPlanStore) reread = rb_plan_store_new (dir);
  g_autoptr(RbPlanStore) broken = rb_plan_store_new (dir);
  GDate start = ymd (2026, 11, 30), skip = ymd (2026, 12, 2), pause = ymd (2026, 12, 7);
  g_autoptr(RbPlan) plan = rb_plan_new (NULL, program, &start);
  g_autofree char *first = NULL, *again = NULL;
  g_autofree char *text = NULL;
  guint n_changed = 0;
  RbPlan *read;

  g_assert_true (rb_plan_store_load (store, &error));
  g_assert_no_error (error);
  g_signal_connect_swapped (store, "changed", G_CALLBACK (count_cb), &n_changed);
  rb_plan_set_reminders (plan, TRUE);
  rb_plan_skip (plan, &skip, "a");
  rb_plan_set_threshold (plan, "advance_max_pain", 1);
  g_assert_true (rb_plan_store_add (store, plan, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_changed, ==, 1);
  /* A change saves by itself, and the store says so once. */
  rb_plan_pause (plan, &pause);
  g_assert_false (rb_plan_store_has_unsaved (store));
  g_assert_cmpuint (n_changed, ==, 2);

  g_assert_true (rb_plan_store_load (reread, &error));
  g_assert_no_error (error);
  read = rb_plan_store_lookup (reread, "test-20261130");
  g_assert_nonnull (read);
  g_assert_true (rb_plan_get_reminders (read));
  g_assert_true (rb_plan_is_paused_on (read, &pause));
  g_assert_cmpint (rb_plan_get_threshold (read, "advance_max_pain"), ==, 1);
  first = expand (plan, program, ymd (2026, 11, 30), ymd (2026, 12, 31));
  again = expand (read, program, ymd (2026, 11, 30), ymd (2026, 12, 31));
  g_assert_cmpstr (first, ==, again);

  /* Hostile: a comment. Kept aside, never overwritten. */
  g_assert_true (g_file_set_contents (rb_plan_store_get_path (broken),
                                      "{ /* x */ \"format\": \"runback.plans\" }", -1, NULL));
  g_assert_false (rb_plan_store_load (broken, &error));
  g_assert_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_SYNTAX);
  g_assert_true (g_str_has_prefix (error->message, "plans.json:1:3:"));
  g_assert_nonnull (rb_plan_store_get_kept_aside (broken));
  g_assert_true (g_file_get_contents (rb_plan_store_get_kept_aside (broken), &text, NULL, NULL));
  g_assert_nonnull (strstr (text, "/* x */"));
  g_remove (rb_plan_store_get_kept_aside (broken));
  g_remove (rb_plan_store_get_path (broken));
  g_rmdir (dir);
}

static void
test_bad_plan (void)
{
  static const struct { const char *json; const char *message; } cases[] = {
    { "{ \"id\": \"p\", \"program\": \"test\", \"start\": \"2026-02-30\" }",
      "plans.json: plans[0].start: expected a date such as 2026-12-01, found “2026-02-30”" },
    { "{ \"id\": \"p\", \"program\": \"test\", \"start\": \"2026-02-01\", \"weekdays\": { \"a\": [ \"funday\" ] } }",
      "plans.json: plans[0].weekdays.a[0]: expected one of mon, tue, wed, thu, fri, sat, sun" },
    { "{ \"id\": \"p\", \"program\": \"test\", \"start\": \"2026-02-01\", \"reminder_time\": 1440 }",
      "plans.json: plans[0].reminder_time: must be between 0 and 1439" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(JsonNode) node = json_from_string (cases[i].json, NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(RbPlan) plan = rb_plan_new_from_json (node, "plans.json: plans[0]", &error);

      g_assert_null (plan);
      g_assert_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

static RbJournalEntry *
make_run (RbProgram  *program,
          const char *session_id,
          int         stage,
          GDate       day,
          int         pain_after,
          guint       intervals_done)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_local ();
  g_autoptr(GDateTime) started = g_date_time_new (tz, g_date_get_year (&day), g_date_get_month (&day),
                                                  g_date_get_day (&day), 18, 0, 0);
  RbJournalEntry *entry = rb_journal_entry_new (RB_JOURNAL_KIND_SESSION);
  RbJournalItem run = { NULL, "Run/walk intervals", RB_SIDE_NONE, RB_JOURNAL_ITEM_COMPLETED,
                        intervals_done, intervals_done, 900 };

  rb_journal_entry_set_program (entry, rb_program_get_id (program), -1);
  rb_journal_entry_set_session_id (entry, session_id);
  rb_journal_entry_set_stage (entry, stage);
  rb_journal_entry_set_title (entry, "Run and Walk");
  rb_journal_entry_set_started (entry, started);
  rb_journal_entry_set_pain_after (entry, pain_after);
  rb_journal_entry_add_item (entry, &run);

  return entry;
}

static RbJournalEntry *
make_check_in (GDate day,
               int   pain,
               int   swelling)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_local ();
  g_autoptr(GDateTime) started = g_date_time_new (tz, g_date_get_year (&day), g_date_get_month (&day),
                                                  g_date_get_day (&day), 7, 30, 0);
  RbJournalEntry *entry = rb_journal_entry_new (RB_JOURNAL_KIND_CHECK_IN);

  rb_journal_entry_set_title (entry, "Morning check-in");
  rb_journal_entry_set_started (entry, started);
  rb_journal_entry_set_pain_before (entry, pain);
  rb_journal_entry_set_swelling (entry, swelling);

  return entry;
}

/* The bundled return to running, driven by the journal: two good runs of
 * the first stage move it up; a swollen knee the morning after steps it
 * back and advises a professional. The run's routine is the stage's. */
static void
test_progression_from_journal (void)
{
  g_autoptr(RbLibrary) library = rb_library_new ();
  g_autoptr(GListStore) entries = g_list_store_new (RB_TYPE_JOURNAL_ENTRY);
  g_autoptr(GError) error = NULL;
  g_autoptr(RbPlan) plan = NULL;
  g_autoptr(RbProgressionDecision) first = NULL, second = NULL, third = NULL;
  g_autoptr(RbRoutine) routine = NULL;
  const RbProgression *progression;
  const char *run_id;
  RbProgram *program;
  GDate start = ymd (2026, 11, 30), today;
  guint index;

  g_assert_true (rb_library_load (library, NULL, NULL, &error));
  program = rb_library_lookup_program (library, "return-to-running");
  g_assert_nonnull (program);
  progression = rb_program_get_progression (program);
  g_assert_nonnull (progression);
  run_id = rb_progression_get_session_id (progression);
  g_assert_nonnull (rb_program_lookup_session (program, run_id, &index));
  plan = rb_plan_new (NULL, program, &start);

  today = ymd (2026, 11, 30);
  first = rb_plan_decide_run (plan, program, G_LIST_MODEL (entries), &today);
  g_assert_cmpint (first->action, ==, RB_PROGRESSION_ACTION_START);
  g_assert_cmpuint (first->stage, ==, 0);

  for (guint i = 0; i < 2; i++)
    {
      GDate day = ymd (2026, 11, 30);
      GDate morning;

      g_autoptr(RbJournalEntry) run = NULL;
      g_autoptr(RbJournalEntry) check_in = NULL;

      g_date_add_days (&day, 2 * i);
      morning = day;
      g_date_add_days (&morning, 1);
      run = make_run (program, run_id, 0, day, 1, rb_progression_get_stage (progression, 0)->repeats);
      check_in = make_check_in (morning, 0, 0);
      g_list_store_append (entries, run);
      g_list_store_append (entries, check_in);
    }

  today = ymd (2026, 12, 4);
  second = rb_plan_decide_run (plan, program, G_LIST_MODEL (entries), &today);
  g_assert_cmpint (second->action, ==, RB_PROGRESSION_ACTION_ADVANCE);
  g_assert_cmpuint (second->stage, ==, 1);
  routine = rb_plan_build_routine (plan, program, index, G_LIST_MODEL (entries), &today);
  g_assert_cmpint (rb_routine_get_stage (routine), ==, 1);
  g_assert_cmpstr (rb_routine_get_session_id (routine), ==, run_id);

  /* Stage 2 hurt: the knee swelled by the next morning. */
  {
    GDate day = ymd (2026, 12, 4), morning = ymd (2026, 12, 5);
    g_autoptr(RbJournalEntry) run = make_run (program, run_id, 1, day, 3, 1);
    g_autoptr(RbJournalEntry) check_in = make_check_in (morning, 3, 1);

    g_list_store_append (entries, run);
    g_list_store_append (entries, check_in);
  }
  today = ymd (2026, 12, 7);
  third = rb_plan_decide_run (plan, program, G_LIST_MODEL (entries), &today);
  g_assert_cmpint (third->action, ==, RB_PROGRESSION_ACTION_STEP_BACK);
  g_assert_cmpuint (third->stage, ==, 0);
  g_assert_true (third->see_professional);
  g_assert_true (third->offer_acute_care);
}

/* A run logged by hand, outside any plan, counts toward running time. */
static void
test_logged_run_counts (void)
{
  g_autoptr(RbLibrary) library = rb_library_new ();
  g_autoptr(GListStore) entries = g_list_store_new (RB_TYPE_JOURNAL_ENTRY);
  g_autoptr(GTimeZone) tz = g_time_zone_new_local ();
  g_autoptr(GDateTime) started = g_date_time_new (tz, 2026, 12, 2, 7, 0, 0);
  g_autoptr(RbJournalEntry) run = rb_journal_entry_new_run (started);
  g_autoptr(GArray) runs = NULL;
  g_autoptr(GError) error = NULL;
  RbProgram *program;
  const RbRunOutcome *outcome;

  g_assert_true (rb_library_load (library, NULL, NULL, &error));
  program = rb_library_lookup_program (library, "return-to-running");
  rb_journal_entry_set_run (run, -1, 25 * 60, 4200);
  rb_journal_entry_set_pain_after (run, 2);
  g_list_store_append (entries, run);

  runs = rb_plan_collect_runs (program, G_LIST_MODEL (entries));
  g_assert_cmpuint (runs->len, ==, 1);
  outcome = &g_array_index (runs, RbRunOutcome, 0);
  g_assert_false (outcome->planned);
  g_assert_cmpuint (outcome->seconds_run, ==, 25 * 60);
  g_assert_cmpint (outcome->pain_after, ==, 2);
  g_assert_cmpuint (g_date_get_day (&outcome->date), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/rb/schedule/default-weekdays", test_default_weekdays);
  g_test_add_func ("/rb/schedule/expand", test_expand);
  g_test_add_func ("/rb/schedule/leap-day", test_leap_day);
  g_test_add_func ("/rb/schedule/pause-skip-move", test_pause_skip_move);
  g_test_add_func ("/rb/schedule/match", test_match);
  g_test_add_func ("/rb/schedule/daylight-saving", test_daylight_saving);
  g_test_add_func ("/rb/schedule/first-weekday", test_first_weekday);
  g_test_add_func ("/rb/schedule/today-from-clock", test_today_from_clock);
  g_test_add_func ("/rb/schedule/dates", test_dates);
  g_test_add_func ("/rb/schedule/store", test_store);
  g_test_add_func ("/rb/schedule/bad-plan", test_bad_plan);
  g_test_add_func ("/rb/schedule/progression-from-journal", test_progression_from_journal);
  g_test_add_func ("/rb/schedule/logged-run-counts", test_logged_run_counts);

  return g_test_run ();
}
