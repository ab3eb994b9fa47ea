/* test-check-in.c: when Today asks how the knee is, what it records, and
 * the progression in plain words.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rb-check-in.h"
#include "rb-library.h"
#include "rb-plan-runs.h"
#include "rb-progression-text.h"

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

/* A session at @hour on the day given; with @run_walk, it had run/walk
 * intervals. */
static void
add_session (GListStore *entries,
             GDate       day,
             int         hour,
             gboolean    run_walk)
{
  g_autoptr(RbJournalEntry) entry = rb_journal_entry_new (RB_JOURNAL_KIND_SESSION);
  g_autoptr(GDateTime) started = g_date_time_new_local (g_date_get_year (&day), g_date_get_month (&day),
                                                         g_date_get_day (&day), hour, 0, 0);
  RbJournalItem item = { .title = (char *) "Run and walk", .status = RB_JOURNAL_ITEM_COMPLETED,
                         .sets_done = 6, .n_sets = 6, .seconds = 1080 };

  if (!run_walk)
    item.exercise_id = (char *) "squat";

  rb_journal_entry_set_program (entry, "return-to-running", 0);
  rb_journal_entry_set_session_id (entry, "session-1");
  rb_journal_entry_set_stage (entry, 0);
  rb_journal_entry_set_title (entry, "Run and Walk");
  rb_journal_entry_set_started (entry, started);
  rb_journal_entry_set_pain_after (entry, 1);
  rb_journal_entry_add_item (entry, &item);
  g_list_store_append (entries, entry);
}

static void
add_check_in (GListStore         *entries,
              GDate               day,
              int                 pain,
              gboolean            swelling,
              RbCheckInStiffness  stiffness)
{
  g_autoptr(GDateTime) now = g_date_time_new_local (g_date_get_year (&day), g_date_get_month (&day),
                                                     g_date_get_day (&day), 7, 30, 0);
  g_autoptr(RbJournalEntry) entry = rb_check_in_new (now, pain, swelling, stiffness);

  g_list_store_append (entries, entry);
}

static void
test_due (void)
{
  g_autoptr(GListStore) entries = g_list_store_new (RB_TYPE_JOURNAL_ENTRY);
  g_autoptr(RbJournalEntry) run = NULL;
  GDate tuesday = ymd (2026, 3, 3);
  GDate monday = ymd (2026, 3, 2);

  /* Nothing logged: nothing to ask. */
  g_assert_false (rb_check_in_is_due (G_LIST_MODEL (entries), &tuesday, &run));
  g_assert_null (run);

  /* A strength session yesterday is not a run. */
  add_session (entries, monday, 18, FALSE);
  g_assert_false (rb_check_in_is_due (G_LIST_MODEL (entries), &tuesday, NULL));

  /* A run yesterday, late in the evening: due this morning, not on the
   * day of the run itself, nor the day after next. */
  add_session (entries, monday, 23, TRUE);
  g_assert_true (rb_check_in_is_due (G_LIST_MODEL (entries), &tuesday, &run));
  g_assert_nonnull (run);
  g_assert_true (rb_check_in_is_run (run));
  g_assert_false (rb_check_in_is_due (G_LIST_MODEL (entries), &monday, NULL));
  {
    GDate wednesday = ymd (2026, 3, 4);

    g_assert_false (rb_check_in_is_due (G_LIST_MODEL (entries), &wednesday, NULL));
  }

  /* Logged: no longer due. */
  add_check_in (entries, tuesday, 1, FALSE, RB_CHECK_IN_STIFFNESS_NONE);
  g_assert_false (rb_check_in_is_due (G_LIST_MODEL (entries), &tuesday, NULL));
}

static void
test_entry (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 3, 3, 7, 30, 0);
  g_autoptr(RbJournalEntry) entry = rb_check_in_new (now, RB_JOURNAL_PAIN_NONE, TRUE,
                                                     RB_CHECK_IN_STIFFNESS_SOME);

  g_assert_cmpint (rb_journal_entry_get_kind (entry), ==, RB_JOURNAL_KIND_CHECK_IN);
  g_assert_true (g_date_time_equal (rb_journal_entry_get_started (entry), now));
  g_assert_cmpint (rb_journal_entry_get_pain_before (entry), ==, RB_JOURNAL_PAIN_NONE);
  g_assert_cmpint (rb_journal_entry_get_swelling (entry), ==, 1);
  g_assert_cmpint (rb_journal_entry_get_stiffness (entry), ==, 4);
  g_assert_cmpint (rb_check_in_stiffness_to_value (RB_CHECK_IN_STIFFNESS_NONE), ==, 0);
  g_assert_cmpint (rb_check_in_stiffness_to_value (RB_CHECK_IN_STIFFNESS_A_LOT), ==, 7);
  g_assert_finalize_object (g_steal_pointer (&entry));
}

/* The check-in is what rb_plan_collect_runs() reads as the morning after,
 * and "some" stiffness holds the stage. */
static void
test_feeds_progression (void)
{
  g_autoptr(GListStore) entries = g_list_store_new (RB_TYPE_JOURNAL_ENTRY);
  RbProgram *program = rb_library_lookup_program (library, "return-to-running");
  g_autoptr(GArray) runs = NULL;
  const RbRunOutcome *run;

  add_session (entries, ymd (2026, 3, 2), 18, TRUE);
  add_check_in (entries, ymd (2026, 3, 3), 2, FALSE, RB_CHECK_IN_STIFFNESS_SOME);
  runs = rb_plan_collect_runs (program, G_LIST_MODEL (entries));

  g_assert_cmpuint (runs->len, ==, 1);
  run = &g_array_index (runs, RbRunOutcome, 0);
  g_assert_cmpint (run->morning_pain, ==, 2);
  g_assert_cmpint (run->morning_swelling, ==, 0);
  g_assert_cmpint (run->morning_stiffness, ==, 4);
  g_assert_cmpint (run->morning_stiffness, >, rb_progression_get_rule (rb_program_get_progression (program),
                                                                      RB_PROGRESSION_RULE_ADVANCE_MAX_PAIN));
}

static void
test_text (void)
{
  RbProgram *program = rb_library_lookup_program (library, "return-to-running");
  const RbProgression *progression = rb_program_get_progression (program);
  guint last = rb_progression_get_n_stages (progression) - 1;
  RbProgressionOverrides overrides = { 3, -1 };
  g_autofree char *first = rb_progression_describe_stage (progression, 0);
  g_autofree char *final = rb_progression_describe_stage (progression, last);
  g_autofree char *advance = rb_progression_describe_rule (progression, RB_PROGRESSION_RULE_ADVANCE_MAX_PAIN,
                                                           &overrides);
  g_autofree char *repeat = rb_progression_describe_rule (progression, RB_PROGRESSION_RULE_REPEAT_MAX_PAIN,
                                                          &overrides);
  g_autofree char *a = rb_progression_describe_duration (30);
  g_autofree char *b = rb_progression_describe_duration (90);

  g_assert_cmpstr (first, ==, "Stage 1 of 35: 6 × (1 min run, 2 min walk)");
  g_assert_cmpstr (final, ==, "Stage 35 of 35: 30 min run");
  g_assert_true (g_str_has_prefix (advance, "Move up when pain stays at 3/10 or less"));
  g_assert_true (g_str_has_prefix (repeat, "Repeat the stage with pain up to 5/10"));
  g_assert_cmpstr (a, ==, "30 s");
  g_assert_cmpstr (b, ==, "1 min 30 s");

  for (guint rule = 0; rule < RB_PROGRESSION_N_RULES; rule++)
    {
      g_autofree char *text = rb_progression_describe_rule (progression, rule, NULL);

      g_assert_nonnull (text);
      g_assert_nonnull (rb_progression_get_rule_source (progression, rule));
    }
}

static void
test_spike (void)
{
  RbProgram *program = rb_library_lookup_program (library, "return-to-running");
  const RbProgression *progression = rb_program_get_progression (program);
  RbRunOutcome runs[2] = {
    { .seconds_run = 600, .pain_after = -1, .morning_pain = -1, .morning_swelling = -1,
      .morning_stiffness = -1 },
    { .seconds_run = 750, .pain_after = -1, .morning_pain = -1, .morning_swelling = -1,
      .morning_stiffness = -1 },
  };
  g_autoptr(GArray) spikes = NULL;
  g_autofree char *text = NULL;

  runs[0].date = ymd (2026, 12, 1);
  runs[1].date = ymd (2026, 12, 3);
  spikes = rb_progression_find_spikes (progression, runs, 2);
  g_assert_cmpuint (spikes->len, ==, 1);
  text = rb_progression_describe_spike (progression, runs, 2, g_array_index (spikes, guint, 0));
  g_assert_cmpstr (text, ==, "Your run on 3 December was 25 % longer than any in the 30 days before");
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

  g_test_add_func ("/rb/check-in/due", test_due);
  g_test_add_func ("/rb/check-in/entry", test_entry);
  g_test_add_func ("/rb/check-in/feeds-progression", test_feeds_progression);
  g_test_add_func ("/rb/check-in/text", test_text);
  g_test_add_func ("/rb/check-in/spike", test_spike);

  ret = g_test_run ();
  g_clear_object (&library);

  return ret;
}
