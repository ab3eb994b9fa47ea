/* test-month.c: a month of the calendar, without a display.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "rb-content-private.h"
#include "rb-month.h"
#include "rb-month-print.h"
#include "rb-library.h"
#include "rb-progression.h"

/* A on Monday, Wednesday and Friday for two weeks, then B. */
static const char *program_json =
  "{ \"format\": \"runback.program\", \"version\": 2, \"id\": \"test\", "
  "  \"title\": \"Test Program\", \"summary\": \"S\", \"audience\": \"A\", \"phases\": [ "
  "  { \"title\": \"One\", \"weeks\": 2, \"sessions_per_week\": 3, \"sessions\": [ "
  "    { \"id\": \"a\", \"title\": \"Strength A\", \"items\": [ { \"run_walk\": { \"run_seconds\": 60 } } ] } ] }, "
  "  { \"title\": \"Two\", \"weeks\": 4, \"sessions_per_week\": 1, \"sessions\": [ "
  "    { \"id\": \"b\", \"title\": \"Run and Walk\", \"weekdays\": [ \"wed\" ], "
  "      \"items\": [ { \"run_walk\": { \"run_seconds\": 60 } } ] } ] } ] }";

typedef struct
{
  RbProgram  *program;
  GListStore *programs;
  GListStore *plans;
  GListStore *entries;
} Fixture;

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

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (program_json, strlen (program_json));
  g_autoptr(GError) error = NULL;
  GObject *document = rb_content_load_document ("test.json", bytes, "runback.program", FALSE, &error);

  g_assert_no_error (error);
  fixture->program = RB_PROGRAM (document);
  fixture->programs = g_list_store_new (RB_TYPE_PROGRAM);
  g_list_store_append (fixture->programs, fixture->program);
  fixture->plans = g_list_store_new (RB_TYPE_PLAN);
  fixture->entries = g_list_store_new (RB_TYPE_JOURNAL_ENTRY);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->entries);
  g_clear_object (&fixture->plans);
  g_clear_object (&fixture->programs);
  g_assert_finalize_object (fixture->program);
}

static RbMonth *
make_month (Fixture      *fixture,
            guint         year,
            GDateMonth    month,
            GDateWeekday  first_weekday,
            GDate         today)
{
  return rb_month_new (year, month, first_weekday, G_LIST_MODEL (fixture->plans),
                       G_LIST_MODEL (fixture->programs), G_LIST_MODEL (fixture->entries), &today);
}

static void
assert_day (RbMonth    *month,
            guint       index,
            guint       y,
            guint       m,
            guint       d)
{
  const RbMonthDay *day = rb_month_get_day (month, index);
  GDate expected = ymd (y, m, d);

  g_assert_cmpint (g_date_compare (&day->date, &expected), ==, 0);
}

static guint
count_in_month (RbMonth *month)
{
  guint n = 0;

  for (guint i = 0; i < rb_month_get_n_days (month); i++)
    n += rb_month_get_day (month, i)->in_month;

  return n;
}

/* November 2026 begins on a Sunday: five weeks from Sunday, six from
 * Monday. */
static void
test_first_weekday (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(RbMonth) sunday = make_month (fixture, 2026, G_DATE_NOVEMBER, G_DATE_SUNDAY, ymd (2026, 11, 10));
  g_autoptr(RbMonth) monday = make_month (fixture, 2026, G_DATE_NOVEMBER, G_DATE_MONDAY, ymd (2026, 11, 10));
  g_autofree char *title = rb_month_dup_title (sunday);

  g_assert_cmpstr (title, ==, "November 2026");
  g_assert_cmpuint (rb_month_get_n_days (sunday), ==, 35);
  assert_day (sunday, 0, 2026, 11, 1);
  assert_day (sunday, 34, 2026, 12, 5);
  g_assert_true (rb_month_get_day (sunday, 0)->in_month);
  g_assert_false (rb_month_get_day (sunday, 34)->in_month);

  g_assert_cmpuint (rb_month_get_n_days (monday), ==, 42);
  assert_day (monday, 0, 2026, 10, 26);
  assert_day (monday, 6, 2026, 11, 1);
  assert_day (monday, 41, 2026, 12, 6);
  g_assert_false (rb_month_get_day (monday, 0)->in_month);
  g_assert_cmpuint (count_in_month (monday), ==, 30);

  g_assert_true (rb_month_get_day (monday, 15)->is_today);
  g_assert_false (rb_month_get_day (monday, 14)->is_today);
  g_assert_cmpstr (rb_month_get_day (monday, 15)->summary, ==, "Today, Tuesday 10 November: nothing planned");
  g_assert_cmpuint (rb_month_get_n_sessions (monday), ==, 0);
  g_assert_cmpuint (rb_month_get_n_plans (monday), ==, 0);
}

/* February 2028 has 29 days; February 2026 fills exactly four weeks
 * from Sunday, and the grid still shows five. */
static void
test_february (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(RbMonth) leap = make_month (fixture, 2028, G_DATE_FEBRUARY, G_DATE_MONDAY, ymd (2028, 2, 1));
  g_autoptr(RbMonth) short_month = make_month (fixture, 2026, G_DATE_FEBRUARY, G_DATE_SUNDAY, ymd (2026, 2, 1));
  GDate leap_day = ymd (2028, 2, 29);
  const RbMonthDay *day;

  g_assert_cmpuint (rb_month_get_n_days (leap), ==, 35);
  g_assert_cmpuint (count_in_month (leap), ==, 29);
  assert_day (leap, 0, 2028, 1, 31);
  day = rb_month_lookup_day (leap, &leap_day);
  g_assert_nonnull (day);
  g_assert_true (day->in_month);
  g_assert_cmpstr (day->summary, ==, "Tuesday 29 February: nothing planned");

  g_assert_cmpuint (rb_month_get_n_days (short_month), ==, 35);
  g_assert_cmpuint (count_in_month (short_month), ==, 28);
  assert_day (short_month, 0, 2026, 2, 1);
  assert_day (short_month, 34, 2026, 3, 7);
}

static RbJournalEntry *
make_entry (const char      *plan_id,
            GDate            planned,
            RbJournalStatus  status)
{
  RbJournalEntry *entry = rb_journal_entry_new (RB_JOURNAL_KIND_SESSION);
  g_autoptr(GTimeZone) tz = g_time_zone_new_local ();
  g_autoptr(GDateTime) started = g_date_time_new (tz, g_date_get_year (&planned), g_date_get_month (&planned),
                                                  g_date_get_day (&planned), 18, 0, 0);

  rb_journal_entry_set_program (entry, "test", -1);
  rb_journal_entry_set_session_id (entry, "a");
  rb_journal_entry_set_plan (entry, plan_id, &planned);
  rb_journal_entry_set_title (entry, "Strength A");
  rb_journal_entry_set_started (entry, started);
  rb_journal_entry_set_status (entry, status);

  return entry;
}

static const char *
status_on (RbMonth *month,
           GDate    date)
{
  const RbMonthDay *day = rb_month_lookup_day (month, &date);
  g_autoptr(GString) text = g_string_new (NULL);

  g_assert_nonnull (day);
  for (guint i = 0; i < day->sessions->len; i++)
    {
      RbScheduled *s = g_ptr_array_index (day->sessions, i);

      g_string_append_printf (text, "%s%s %s", i > 0 ? ", " : "", s->session_id,
                              rb_schedule_status_to_name (s->status));
    }

  return g_intern_string (text->str);
}

/* A plan that starts on Wednesday 16 December 2026: nothing before it,
 * then every status, into the days of January the grid shows. */
static void
test_plan_mid_month (Fixture       *fixture,
                     gconstpointer  data)
{
  GDate start = ymd (2026, 12, 16);
  g_autoptr(RbPlan) plan = rb_plan_new (NULL, fixture->program, &start);
  g_autoptr(RbJournalEntry) done = make_entry ("test-20261216", ymd (2026, 12, 16), RB_JOURNAL_STATUS_COMPLETED);
  g_autoptr(RbJournalEntry) partial = make_entry ("test-20261216", ymd (2026, 12, 21), RB_JOURNAL_STATUS_PARTIAL);
  g_autoptr(RbMonth) month = NULL;
  GDate date = ymd (2026, 12, 23), moved_to = ymd (2026, 12, 27);
  const RbMonthDay *day;

  g_list_store_append (fixture->plans, plan);
  g_list_store_append (fixture->entries, done);
  g_list_store_append (fixture->entries, partial);
  rb_plan_skip (plan, &date, "a");
  date = ymd (2026, 12, 25);
  rb_plan_move (plan, &date, "a", &moved_to);

  month = make_month (fixture, 2026, G_DATE_DECEMBER, G_DATE_MONDAY, ymd (2026, 12, 28));
  g_assert_cmpuint (rb_month_get_n_days (month), ==, 35);
  assert_day (month, 0, 2026, 11, 30);

  for (guint d = 1; d < 16; d++)
    g_assert_cmpstr (status_on (month, ymd (2026, 12, d)), ==, "");
  g_assert_cmpstr (status_on (month, ymd (2026, 12, 16)), ==, "a done");
  g_assert_cmpstr (status_on (month, ymd (2026, 12, 18)), ==, "a missed");
  g_assert_cmpstr (status_on (month, ymd (2026, 12, 21)), ==, "a partial");
  g_assert_cmpstr (status_on (month, ymd (2026, 12, 23)), ==, "a skipped");
  g_assert_cmpstr (status_on (month, ymd (2026, 12, 25)), ==, "");
  g_assert_cmpstr (status_on (month, ymd (2026, 12, 27)), ==, "a missed");
  g_assert_cmpstr (status_on (month, ymd (2026, 12, 28)), ==, "a due");
  /* The second phase begins on 30 December: B on Wednesdays. */
  g_assert_cmpstr (status_on (month, ymd (2026, 12, 30)), ==, "b planned");
  g_assert_cmpstr (status_on (month, ymd (2027, 1, 1)), ==, "");
  g_assert_cmpuint (rb_month_get_n_sessions (month), ==, 7);

  date = ymd (2026, 12, 16);
  day = rb_month_lookup_day (month, &date);
  g_assert_cmpstr (day->summary, ==, "Wednesday 16 December: Strength A done");
  date = ymd (2026, 12, 28);
  day = rb_month_lookup_day (month, &date);
  g_assert_cmpstr (day->summary, ==, "Today, Monday 28 December: Strength A due today");

  g_assert_cmpuint (rb_month_get_n_plans (month), ==, 1);
  g_assert_cmpstr (rb_month_get_plan_id (month, 0), ==, "test-20261216");
  g_assert_cmpstr (rb_month_get_plan_title (month, "test-20261216"), ==, "Test Program");

  /* Outside the grid. */
  date = ymd (2027, 1, 4);
  g_assert_null (rb_month_lookup_day (month, &date));
}

/* Two plans on one day are both listed, in the order of the plans. */
static void
test_two_plans (Fixture       *fixture,
                gconstpointer  data)
{
  GDate start1 = ymd (2026, 11, 30), start2 = ymd (2026, 11, 16);
  g_autoptr(RbPlan) plan1 = rb_plan_new (NULL, fixture->program, &start1);
  g_autoptr(RbPlan) plan2 = rb_plan_new ("other", fixture->program, &start2);
  g_autoptr(RbMonth) month = NULL;
  GDate date = ymd (2026, 12, 2);
  const RbMonthDay *day;

  g_list_store_append (fixture->plans, plan1);
  g_list_store_append (fixture->plans, plan2);
  month = make_month (fixture, 2026, G_DATE_DECEMBER, G_DATE_MONDAY, ymd (2026, 12, 1));
  day = rb_month_lookup_day (month, &date);
  g_assert_cmpstr (day->summary, ==, "Wednesday 2 December: Strength A planned, Run and Walk planned");
  g_assert_cmpuint (rb_month_get_n_plans (month), ==, 2);
}

/* A plan whose program is gone is left out. */
static void
test_unknown_program (Fixture       *fixture,
                      gconstpointer  data)
{
  GDate start = ymd (2026, 12, 1);
  g_autoptr(RbPlan) plan = rb_plan_new (NULL, fixture->program, &start);
  g_autoptr(RbMonth) month = NULL;
  GDate today = ymd (2026, 12, 1);

  g_list_store_append (fixture->plans, plan);
  month = rb_month_new (2026, G_DATE_DECEMBER, G_DATE_MONDAY, G_LIST_MODEL (fixture->plans), NULL, NULL, &today);
  g_assert_cmpuint (rb_month_get_n_sessions (month), ==, 0);
}

/* The printout, to a PDF: one page with the title, the plan, the
 * sessions and the legend, read back with poppler's pdftotext. */
static void
test_print (Fixture       *fixture,
            gconstpointer  data)
{
  GDate start = ymd (2026, 12, 16);
  g_autoptr(RbPlan) plan = rb_plan_new (NULL, fixture->program, &start);
  g_autoptr(RbJournalEntry) done = make_entry ("test-20261216", ymd (2026, 12, 16), RB_JOURNAL_STATUS_COMPLETED);
  g_autoptr(RbMonth) month = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("runback-month-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *text = NULL;
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  int status;

  g_assert_no_error (error);
  g_list_store_append (fixture->plans, plan);
  g_list_store_append (fixture->entries, done);
  month = make_month (fixture, 2026, G_DATE_DECEMBER, G_DATE_MONDAY, ymd (2026, 12, 21));

  path = g_build_filename (dir, "month.pdf", NULL);
  g_assert_true (rb_month_print_to_pdf (month, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF"));

  if (pdftotext == NULL)
    {
      g_test_message ("pdftotext not found: the PDF's text is not checked");
    }
  else
    {
      const char *argv[] = { pdftotext, "-layout", path, "-", NULL };

      g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &text, NULL, &status, &error);
      g_assert_no_error (error);
      g_assert_true (g_spawn_check_wait_status (status, NULL));
      g_assert_nonnull (strstr (text, "December 2026"));
      g_assert_nonnull (strstr (text, "Test Program"));
      g_assert_nonnull (strstr (text, "Strength A"));
      g_assert_nonnull (strstr (text, "Mon"));
      g_assert_nonnull (strstr (text, "partly done"));
      g_assert_nonnull (strstr (text, "missed"));
      /* One page: pdftotext ends each page with a form feed. */
      g_assert_true (strchr (text, '\f') == strrchr (text, '\f'));
    }

  if (g_getenv ("RB_TEST_SCREENSHOT_DIR") != NULL)
    {
      g_autofree char *copy = g_build_filename (g_getenv ("RB_TEST_SCREENSHOT_DIR"), "month-print.pdf", NULL);

      g_assert_true (rb_month_print_to_pdf (month, copy, NULL));
    }

  g_unlink (path);
  g_rmdir (dir);
}

/* The return to running shows each run's stage on the calendar: the one
 * run for a run done, and for runs to come the stage they reach if each
 * goes well, so the calendar follows the progression. */
static void
test_progression_stages (void)
{
  g_autoptr(RbLibrary) library = rb_library_new ();
  g_autoptr(GListStore) plans = g_list_store_new (RB_TYPE_PLAN);
  g_autoptr(GListStore) entries = g_list_store_new (RB_TYPE_JOURNAL_ENTRY);
  g_autoptr(GTimeZone) tz = g_time_zone_new_local ();
  g_autoptr(GDateTime) monday = g_date_time_new (tz, 2026, 11, 30, 18, 0, 0);
  g_autoptr(RbJournalEntry) run = rb_journal_entry_new (RB_JOURNAL_KIND_SESSION);
  g_autoptr(RbPlan) plan = NULL;
  g_autoptr(RbMonth) month = NULL;
  g_autoptr(GError) error = NULL;
  RbJournalItem intervals = { NULL, "Run/walk intervals", RB_SIDE_NONE, RB_JOURNAL_ITEM_COMPLETED, 6, 6, 1080 };
  const char *run_id;
  RbProgram *program;
  GDate start = ymd (2026, 11, 30), today = ymd (2026, 12, 1);
  const char *labels[4] = { NULL };
  guint n = 0;

  g_assert_true (rb_library_load (library, NULL, NULL, &error));
  program = rb_library_lookup_program (library, "return-to-running");
  run_id = rb_progression_get_session_id (rb_program_get_progression (program));
  plan = rb_plan_new (NULL, program, &start);
  g_list_store_append (plans, plan);

  /* Monday's run, stage 1, done with no pain. */
  rb_journal_entry_set_program (run, "return-to-running", -1);
  rb_journal_entry_set_session_id (run, run_id);
  rb_journal_entry_set_plan (run, rb_plan_get_id (plan), &start);
  rb_journal_entry_set_stage (run, 0);
  rb_journal_entry_set_title (run, "Run and Walk");
  rb_journal_entry_set_started (run, monday);
  rb_journal_entry_set_pain_after (run, 0);
  rb_journal_entry_add_item (run, &intervals);
  g_list_store_append (entries, run);

  month = rb_month_new (2026, G_DATE_DECEMBER, G_DATE_MONDAY, G_LIST_MODEL (plans),
                        rb_library_get_programs (library), G_LIST_MODEL (entries), &today);

  /* Runs on Mondays, Wednesdays and Fridays: 30 Nov (done), 2, 4, 7 Dec. */
  for (guint d = 0; d < 14 && n < G_N_ELEMENTS (labels); d++)
    {
      GDate date = ymd (2026, 11, 30);
      const RbMonthDay *day;

      g_date_add_days (&date, d);
      day = rb_month_lookup_day (month, &date);
      for (guint i = 0; day != NULL && i < day->sessions->len && n < G_N_ELEMENTS (labels); i++)
        {
          const RbScheduled *s = g_ptr_array_index (day->sessions, i);

          if (g_str_equal (s->session_id, run_id))
            labels[n++] = rb_month_get_session_title (month, s);
        }
    }

  g_assert_cmpuint (n, ==, 4);
  g_assert_cmpstr (labels[0], ==, "Run and Walk · stage 1");
  /* Stage 1 needs a second run before moving up. */
  g_assert_cmpstr (labels[1], ==, "Run and Walk · stage 1");
  g_assert_cmpstr (labels[2], ==, "Run and Walk · stage 2");
  g_assert_true (g_str_has_prefix (labels[3], "Run and Walk · stage "));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/rb/month/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("first-weekday", test_first_weekday);
  ADD ("february", test_february);
  ADD ("plan-mid-month", test_plan_mid_month);
  ADD ("two-plans", test_two_plans);
  ADD ("unknown-program", test_unknown_program);
  ADD ("print", test_print);
#undef ADD
  g_test_add_func ("/rb/month/progression-stages", test_progression_stages);

  return g_test_run ();
}
