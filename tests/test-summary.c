/* test-summary.c: what the summary of a session says.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "rb-fake-clock.h"
#include "rb-session-entry.h"
#include "rb-session-summary.h"

#define S(n) ((gint64) (n) * G_USEC_PER_SEC)

typedef struct
{
  RbFakeClock      *clock;
  RbRoutine        *routine;
  RbSession        *session;
  RbSessionSummary *summary;
} Fixture;

/* Squats (reps of 2 s, no rest between sets) then a 30 s hold. */
static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  RbDosage squat = RB_DOSAGE_INIT;
  RbDosage stretch = RB_DOSAGE_INIT;

  squat.sets = GPOINTER_TO_UINT (data);
  squat.reps = 10;
  squat.tempo_down = 1;
  squat.tempo_up = 1;
  stretch.hold_seconds = 30;

  f->clock = rb_fake_clock_new (S (1000), NULL);
  f->routine = rb_routine_new ("Test session");
  rb_routine_set_lead_in (f->routine, 0);
  rb_routine_set_rest_between (f->routine, 0);
  rb_routine_add_exercise (f->routine, "squat", "Squat", NULL, &squat);
  rb_routine_add_exercise (f->routine, "stretch", "Stretch", NULL, &stretch);
  f->session = rb_session_new (f->routine, RB_CLOCK (f->clock));
  f->summary = rb_session_summary_new (f->session);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_assert_finalize_object (f->summary);
  g_assert_finalize_object (f->session);
  g_assert_finalize_object (f->routine);
  g_assert_finalize_object (f->clock);
}

static void
advance (Fixture *f,
         gint64   us)
{
  rb_fake_clock_advance (f->clock, us);
}

/* Plays whatever is left to the end of the session. */
static void
play_to_end (Fixture *f)
{
  while (rb_session_get_state (f->session) != RB_SESSION_STATE_FINISHED)
    advance (f, S (1));
}

static void
assert_row (Fixture    *f,
            guint       index,
            int         status,
            const char *subtitle)
{
  g_autoptr(GPtrArray) rows = rb_session_summary_dup_rows (f->summary);
  const RbSummaryRow *row;
  g_autofree char *text = NULL;

  g_assert_cmpuint (index, <, rows->len);
  row = g_ptr_array_index (rows, index);
  text = rb_summary_row_dup_subtitle (row);
  g_assert_cmpint (row->result.status, ==, status);
  g_assert_cmpstr (text, ==, subtitle);
}

/* The journal records what the summary says. */
static void
assert_journal_item (Fixture            *f,
                     guint               index,
                     RbJournalItemStatus status,
                     guint               sets_done)
{
  g_autoptr(RbJournalEntry) entry = rb_session_create_journal_entry (f->session);
  const RbJournalItem *item;

  g_assert_cmpuint (index, <, rb_journal_entry_get_n_items (entry));
  item = rb_journal_entry_get_item (entry, index);
  g_assert_cmpint (item->status, ==, status);
  g_assert_cmpuint (item->sets_done, ==, sets_done);
}

static void
assert_text (Fixture    *f,
             const char *title,
             const char *description)
{
  g_autofree char *t = rb_session_summary_dup_title (f->summary);
  g_autofree char *d = rb_session_summary_dup_description (f->summary);

  g_assert_cmpstr (t, ==, title);
  g_assert_cmpstr (d, ==, description);
}

static void
test_summary_complete (Fixture       *f,
                       gconstpointer  data)
{
  rb_session_start (f->session);
  play_to_end (f);

  g_assert_cmpint (rb_session_summary_get_outcome (f->summary), ==, RB_SESSION_OUTCOME_COMPLETE);
  assert_row (f, 0, RB_RESULT_COMPLETED, "Done");
  assert_row (f, 1, RB_RESULT_COMPLETED, "Done");
  assert_text (f, "Session Complete", "0:50 active · 2 done");
  assert_journal_item (f, 0, RB_JOURNAL_ITEM_COMPLETED, 1);
  assert_journal_item (f, 1, RB_JOURNAL_ITEM_COMPLETED, 1);
}

/* Skipped at the 9th rep: 8 of 10 reps are done, not skipped. */
static void
test_summary_reps_cut_short (Fixture       *f,
                             gconstpointer  data)
{
  guint done, partial, skipped, not_reached;

  rb_session_start (f->session);
  advance (f, S (17));
  g_assert_cmpuint (rb_session_get_rep (f->session), ==, 9);
  rb_session_next (f->session);
  play_to_end (f);

  g_assert_cmpint (rb_session_summary_get_outcome (f->summary), ==, RB_SESSION_OUTCOME_PARTLY_DONE);
  assert_row (f, 0, RB_RESULT_PARTIAL, "8 of 10 reps");
  assert_row (f, 1, RB_RESULT_COMPLETED, "Done");
  assert_journal_item (f, 0, RB_JOURNAL_ITEM_PARTIAL, 0);
  assert_journal_item (f, 1, RB_JOURNAL_ITEM_COMPLETED, 1);

  /* The heading's counts are the rows'. */
  rb_session_summary_count (f->summary, &done, &partial, &skipped, &not_reached);
  g_assert_cmpuint (done, ==, 1);
  g_assert_cmpuint (partial, ==, 1);
  g_assert_cmpuint (skipped + not_reached, ==, 0);
  assert_text (f, "Session Partly Done", "0:47 active · 1 done · 1 partly done");
}

/* Skipped at once, nothing was done: that is skipped. */
static void
test_summary_skipped (Fixture       *f,
                      gconstpointer  data)
{
  rb_session_start (f->session);
  rb_session_next (f->session);
  play_to_end (f);

  g_assert_cmpint (rb_session_summary_get_outcome (f->summary), ==, RB_SESSION_OUTCOME_PARTLY_DONE);
  assert_row (f, 0, RB_RESULT_SKIPPED, "Skipped");
  assert_journal_item (f, 0, RB_JOURNAL_ITEM_SKIPPED, 0);
  assert_text (f, "Session Partly Done", "0:30 active · 1 done · 1 skipped");
}

/* Stopped in the second set: one set and 4 reps of the next are done,
 * and what came after was not reached. */
static void
test_summary_stopped (Fixture       *f,
                      gconstpointer  data)
{
  rb_session_start (f->session);
  advance (f, S (20 + 9));
  g_assert_cmpuint (rb_session_get_rep (f->session), ==, 5);
  rb_session_stop (f->session);

  g_assert_cmpint (rb_session_summary_get_outcome (f->summary), ==, RB_SESSION_OUTCOME_STOPPED);
  assert_row (f, 0, RB_RESULT_PARTIAL, "1 of 3 sets · 14 of 30 reps");
  assert_row (f, 1, RB_RESULT_NOT_REACHED, "Not reached");
  assert_journal_item (f, 0, RB_JOURNAL_ITEM_PARTIAL, 1);
  assert_journal_item (f, 1, RB_JOURNAL_ITEM_SKIPPED, 0);
  assert_text (f, "Session Stopped", "0:29 active · 0 done · 1 partly done · 1 not reached");
}

/* A set cut short, then played again in full, is not counted twice. */
static void
test_summary_set_replayed (Fixture       *f,
                           gconstpointer  data)
{
  rb_session_start (f->session);
  advance (f, S (9));
  rb_session_next (f->session);
  rb_session_previous (f->session);
  play_to_end (f);

  g_assert_cmpint (rb_session_summary_get_outcome (f->summary), ==, RB_SESSION_OUTCOME_COMPLETE);
  assert_row (f, 0, RB_RESULT_COMPLETED, "Done");
}

/* A hold stopped half way is partly done, by its time. */
static void
test_summary_hold_cut_short (Fixture       *f,
                             gconstpointer  data)
{
  rb_session_start (f->session);
  advance (f, S (20 + 15));
  g_assert_cmpint (rb_session_get_step (f->session)->kind, ==, RB_STEP_WORK_HOLD);
  rb_session_stop (f->session);

  assert_row (f, 1, RB_RESULT_PARTIAL, "0:15 of 0:30");
  assert_journal_item (f, 1, RB_JOURNAL_ITEM_PARTIAL, 0);
}

static void
test_summary_format_duration (void)
{
  struct { gint64 us; const char *text; } cases[] = {
    { 0, "0:00" }, { S (59) + 999999, "0:59" }, { S (600), "10:00" },
    { S (3600 + 62), "1:01:02" }, { -5, "0:00" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = rb_format_duration (cases[i].us);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, sets, func) \
  g_test_add (path, Fixture, GUINT_TO_POINTER (sets), fixture_setup, func, fixture_teardown)

  ADD ("/rb/summary/complete", 1, test_summary_complete);
  ADD ("/rb/summary/reps-cut-short", 1, test_summary_reps_cut_short);
  ADD ("/rb/summary/skipped", 1, test_summary_skipped);
  ADD ("/rb/summary/stopped", 3, test_summary_stopped);
  ADD ("/rb/summary/set-replayed", 1, test_summary_set_replayed);
  ADD ("/rb/summary/hold-cut-short", 1, test_summary_hold_cut_short);
  g_test_add_func ("/rb/summary/format-duration", test_summary_format_duration);

  return g_test_run ();
}
