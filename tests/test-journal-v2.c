/* test-journal-v2.c: journal version 2, editing, and saves killed.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "rb-content-error.h"
#include "rb-journal.h"
#include "rb-json-private.h"

typedef struct
{
  char *dir;
} Fixture;

static const char *self_path;

static void
remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_tree (child);
        }
      g_chmod (path, 0700);
      g_rmdir (path);
    }
  else
    g_remove (path);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("runback-journal2-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  remove_tree (f->dir);
  g_free (f->dir);
}

static char *
read_text (const char *path)
{
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

static JsonNode *
read_json (const char *path)
{
  g_autoptr(GError) error = NULL;
  JsonNode *root = rb_json_read_file (path, "journal.json", &rb_json_journal_limits, &error);

  g_assert_no_error (error);
  return root;
}

static GDateTime *
local_time (int y, int m, int d, int hour)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_offset (3600);

  return g_date_time_new (tz, y, m, d, hour, 0, 0);
}

/* Every member version 1 knows, as Runback 1 wrote it. */
static const char *v1_journal =
  "{ \"format\": \"runback.journal\", \"version\": 1, \"entries\": [ "
  "{ \"kind\": \"session\", \"program\": \"knee-strength\", \"session\": 1, "
  "  \"title\": \"Strength B\", \"started\": \"2026-03-02T08:00:00+01:00\", "
  "  \"ended\": \"2026-03-02T08:31:00+01:00\", \"status\": \"partial\", "
  "  \"pain_before\": 4, \"pain_after\": 2, \"note\": \"Tight, \\\"quite\\\"\\non stairs\", "
  "  \"exercises\": [ { \"exercise\": \"squat\", \"title\": \"Squat\", \"side\": \"left\", "
  "  \"status\": \"partial\", \"sets_done\": 1, \"sets\": 3, \"seconds\": 40 }, "
  "  { \"title\": \"Run/walk\", \"status\": \"completed\", \"sets_done\": 6, \"sets\": 6, \"seconds\": 1200 } ] }, "
  "{ \"kind\": \"session\", \"program\": \"return-to-running\", \"session\": 0, "
  "  \"session_id\": \"run\", \"plan\": \"return-to-running-20260301\", \"date\": \"2026-03-03\", "
  "  \"stage\": 4, \"title\": \"Run\", \"started\": \"2026-03-04T18:00:00+01:00\", "
  "  \"status\": \"completed\", \"exercises\": [] }, "
  "{ \"kind\": \"check-in\", \"title\": \"Pain check-in\", \"started\": \"2026-03-05T07:30:00+01:00\", "
  "  \"status\": \"completed\", \"pain_before\": 1, \"swelling\": false, \"stiffness\": 3, "
  "  \"exercises\": [] }, "
  "{ \"kind\": \"yoga\", \"minutes\": 20 } ] }";

/* A version 1 journal means the same once loaded, and is written back as
 * version 2 with its entries exactly as they were. */
static void
test_v1_round_trip (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(RbJournal) journal = rb_journal_new (f->dir);
  g_autoptr(RbJournalEntry) first = NULL;
  g_autoptr(RbJournalEntry) planned = NULL;
  g_autoptr(RbJournalEntry) check_in = NULL;
  g_autoptr(JsonNode) before = NULL;
  g_autoptr(JsonNode) after = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *entries;
  GDate day;

  g_assert_true (g_file_set_contents (rb_journal_get_path (journal), v1_journal, -1, NULL));
  before = read_json (rb_journal_get_path (journal));
  g_assert_true (rb_journal_load (journal, &error));
  g_assert_no_error (error);
  g_assert_false (rb_journal_is_read_only (journal));

  entries = rb_journal_get_entries (journal);
  g_assert_cmpuint (g_list_model_get_n_items (entries), ==, 3);
  first = g_list_model_get_item (entries, 0);
  planned = g_list_model_get_item (entries, 1);
  check_in = g_list_model_get_item (entries, 2);
  g_assert_cmpint (rb_journal_entry_get_session_index (first), ==, 1);
  g_assert_null (rb_journal_entry_get_session_id (first));
  g_assert_cmpint (rb_journal_entry_get_pain_before (first), ==, 4);
  g_assert_cmpint (rb_journal_entry_get_pain_during (first), ==, RB_JOURNAL_PAIN_NONE);
  g_assert_cmpint (rb_journal_entry_get_pain_next_morning (first), ==, RB_JOURNAL_PAIN_NONE);
  g_assert_false (rb_journal_entry_is_run (first));
  g_assert_cmpstr (rb_journal_entry_get_plan_id (planned), ==, "return-to-running-20260301");
  g_date_clear (&day, 1);
  g_date_set_dmy (&day, 3, 3, 2026);
  g_assert_cmpint (g_date_compare (rb_journal_entry_get_planned_date (planned), &day), ==, 0);
  g_assert_cmpint (rb_journal_entry_get_stage (planned), ==, 4);
  g_assert_cmpint (rb_journal_entry_get_swelling (check_in), ==, 0);
  g_assert_cmpint (rb_journal_entry_get_redness (check_in), ==, -1);
  g_assert_cmpint (rb_journal_entry_get_limits_daily_activities (check_in), ==, -1);
  g_assert_cmpint (rb_journal_entry_get_stiffness (check_in), ==, 3);

  g_assert_true (rb_journal_save (journal, &error));
  g_assert_no_error (error);
  after = read_json (rb_journal_get_path (journal));
  g_assert_cmpint (json_object_get_int_member (json_node_get_object (after), "version"), ==, 2);
  g_assert_true (json_node_equal (json_object_get_member (json_node_get_object (before), "entries"),
                                  json_object_get_member (json_node_get_object (after), "entries")));
}

/* What version 2 adds is written and read back. */
static void
test_v2_members (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(RbJournal) journal = rb_journal_new (f->dir);
  g_autoptr(RbJournal) reread = rb_journal_new (f->dir);
  g_autoptr(GDateTime) when = local_time (2026, 3, 10, 18);
  g_autoptr(GDateTime) morning = local_time (2026, 3, 11, 7);
  g_autoptr(RbJournalEntry) run = rb_journal_entry_new_run (when);
  g_autoptr(RbJournalEntry) check_in = rb_journal_entry_new_check_in (morning);
  g_autoptr(RbJournalEntry) run2 = NULL;
  g_autoptr(RbJournalEntry) check_in2 = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  rb_journal_entry_set_run (run, 6, 1500, 3200);
  rb_journal_entry_set_pain_during (run, 3);
  rb_journal_entry_set_pain_after (run, 2);
  rb_journal_entry_set_pain_next_morning (run, 1);
  rb_journal_entry_set_pain_before (check_in, 5);
  rb_journal_entry_set_swelling (check_in, 1);
  rb_journal_entry_set_redness (check_in, 0);
  rb_journal_entry_set_warmth (check_in, 1);
  rb_journal_entry_set_stiffness (check_in, 2);
  rb_journal_entry_set_limits_daily_activities (check_in, 1);
  rb_journal_append (journal, run);
  rb_journal_append (journal, check_in);
  g_assert_true (rb_journal_save (journal, &error));
  g_assert_no_error (error);

  text = read_text (rb_journal_get_path (journal));
  g_assert_nonnull (strstr (text, "\"distance\" : 3200"));
  g_assert_nonnull (strstr (text, "\"limits_daily_activities\" : true"));

  g_assert_true (rb_journal_load (reread, &error));
  g_assert_no_error (error);
  run2 = g_list_model_get_item (rb_journal_get_entries (reread), 0);
  check_in2 = g_list_model_get_item (rb_journal_get_entries (reread), 1);
  g_assert_true (rb_journal_entry_is_run (run2));
  g_assert_null (rb_journal_entry_get_program_id (run2));
  g_assert_cmpint (rb_journal_entry_get_run_intervals (run2), ==, 6);
  g_assert_cmpint (rb_journal_entry_get_run_seconds (run2), ==, 1500);
  g_assert_cmpint (rb_journal_entry_get_run_distance (run2), ==, 3200);
  g_assert_cmpint (rb_journal_entry_get_pain_during (run2), ==, 3);
  g_assert_cmpint (rb_journal_entry_get_pain_after (run2), ==, 2);
  g_assert_cmpint (rb_journal_entry_get_pain_next_morning (run2), ==, 1);
  g_assert_cmpint (rb_journal_entry_get_max_pain (run2), ==, 3);
  g_assert_cmpint (rb_journal_entry_get_kind (check_in2), ==, RB_JOURNAL_KIND_CHECK_IN);
  g_assert_cmpint (rb_journal_entry_get_pain_before (check_in2), ==, 5);
  g_assert_cmpint (rb_journal_entry_get_swelling (check_in2), ==, 1);
  g_assert_cmpint (rb_journal_entry_get_redness (check_in2), ==, 0);
  g_assert_cmpint (rb_journal_entry_get_warmth (check_in2), ==, 1);
  g_assert_cmpint (rb_journal_entry_get_stiffness (check_in2), ==, 2);
  g_assert_cmpint (rb_journal_entry_get_limits_daily_activities (check_in2), ==, 1);
  g_assert_false (rb_journal_entry_is_run (check_in2));
}

/* Bad version 2 members are refused like any other, and the run record
 * keeps what a newer version added to it. */
static void
test_v2_invalid (Fixture       *f,
                 gconstpointer  data)
{
  static const char *bad[] = {
    "\"pain_during\": 11",
    "\"pain_next_morning\": \"2\"",
    "\"run\": [ 1 ]",
    "\"run\": { \"distance\": -1 }",
    "\"run\": { \"intervals\": 1.5 }",
    "\"redness\": 1",
    "\"limits_daily_activities\": \"yes\"",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *text = g_strdup_printf ("{ \"kind\": \"session\", \"title\": \"T\", "
                                               "\"status\": \"completed\", "
                                               "\"started\": \"2026-03-02T08:00:00+01:00\", %s }",
                                               bad[i]);
      g_autoptr(JsonNode) node = json_from_string (text, NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(RbJournalEntry) entry = rb_journal_entry_new_from_json (node, "entry", &error);

      g_assert_null (entry);
      g_assert_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID);
    }

  {
    g_autoptr(JsonNode) node = json_from_string ("{ \"kind\": \"session\", \"title\": \"T\", "
                                                 "\"status\": \"completed\", "
                                                 "\"started\": \"2026-03-02T08:00:00+01:00\", "
                                                 "\"run\": { \"seconds\": 60, \"cadence\": 170 } }", NULL);
    g_autoptr(GError) error = NULL;
    g_autoptr(RbJournalEntry) entry = rb_journal_entry_new_from_json (node, "entry", &error);
    g_autoptr(RbJournalEntry) copy = NULL;
    g_autoptr(JsonNode) written = NULL;

    g_assert_no_error (error);
    copy = rb_journal_entry_copy (entry);
    written = rb_journal_entry_to_json (copy);
    g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (json_node_get_object (written), "run"),
                                                 "cadence"), ==, 170);
    g_assert_cmpint (rb_journal_entry_get_run_intervals (copy), ==, -1);
    g_assert_cmpint (rb_journal_entry_get_run_seconds (copy), ==, 60);
  }
}

typedef struct
{
  guint position, removed, added, calls;
} Change;

static void
changed_cb (GListModel *model,
            guint       position,
            guint       removed,
            guint       added,
            Change     *change)
{
  change->position = position;
  change->removed = removed;
  change->added = added;
  change->calls++;
}

static guint
n_entries (RbJournal *journal)
{
  return g_list_model_get_n_items (rb_journal_get_entries (journal));
}

/* Deleting, undoing and editing: exact changes, unsaved until saved, and
 * entries of an unknown kind keep their place. */
static void
test_edit (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(RbJournal) journal = rb_journal_new (f->dir);
  g_autoptr(RbJournal) reread = rb_journal_new (f->dir);
  g_autoptr(RbJournalEntry) first = NULL;
  g_autoptr(RbJournalEntry) second = NULL;
  g_autoptr(RbJournalEntry) edited = NULL;
  g_autoptr(RbJournalEntry) shown = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  Change change = { 0 };
  GDate day;
  int position;

  g_assert_true (g_file_set_contents (rb_journal_get_path (journal), v1_journal, -1, NULL));
  g_assert_true (rb_journal_load (journal, &error));
  g_signal_connect (rb_journal_get_entries (journal), "items-changed", G_CALLBACK (changed_cb), &change);
  first = g_list_model_get_item (rb_journal_get_entries (journal), 0);
  second = g_list_model_get_item (rb_journal_get_entries (journal), 1);
  g_assert_true (rb_journal_can_edit (journal, second));

  /* Delete, then undo. */
  position = rb_journal_remove (journal, second);
  g_assert_cmpint (position, ==, 1);
  g_assert_cmpuint (change.position, ==, 1);
  g_assert_cmpuint (change.removed, ==, 1);
  g_assert_cmpuint (n_entries (journal), ==, 2);
  g_assert_true (rb_journal_has_unsaved (journal));
  g_assert_cmpint (rb_journal_remove (journal, second), ==, -1);
  g_assert_true (rb_journal_save (journal, &error));
  g_assert_false (rb_journal_has_unsaved (journal));
  text = read_text (rb_journal_get_path (journal));
  g_assert_null (strstr (text, "return-to-running"));
  g_assert_nonnull (strstr (text, "yoga"));

  rb_journal_insert (journal, position, second);
  g_assert_cmpuint (change.position, ==, 1);
  g_assert_cmpuint (change.added, ==, 1);
  g_assert_true (rb_journal_has_unsaved (journal));
  shown = g_list_model_get_item (rb_journal_get_entries (journal), 1);
  g_assert_true (shown == second);

  /* Edit a copy: pain, note and day. */
  edited = rb_journal_entry_copy (first);
  rb_journal_entry_set_pain_after (edited, 6);
  rb_journal_entry_set_note (edited, "Edited");
  g_date_clear (&day, 1);
  g_date_set_dmy (&day, 1, 3, 2026);
  rb_journal_entry_move_to_day (edited, &day);
  change.calls = 0;
  g_assert_true (rb_journal_replace (journal, first, edited));
  g_assert_cmpuint (change.calls, ==, 1);
  g_assert_cmpuint (change.position, ==, 0);
  g_assert_cmpuint (change.removed, ==, 1);
  g_assert_cmpuint (change.added, ==, 1);
  g_assert_false (rb_journal_can_edit (journal, first));
  g_assert_true (rb_journal_save (journal, &error));
  g_assert_no_error (error);

  g_assert_true (rb_journal_load (reread, &error));
  g_assert_no_error (error);
  g_clear_object (&shown);
  shown = g_list_model_get_item (rb_journal_get_entries (reread), 0);
  g_assert_cmpuint (n_entries (reread), ==, 3);
  g_assert_cmpint (rb_journal_entry_get_pain_after (shown), ==, 6);
  g_assert_cmpint (rb_journal_entry_get_pain_before (shown), ==, 4);
  g_assert_cmpstr (rb_journal_entry_get_note (shown), ==, "Edited");
  g_clear_pointer (&text, g_free);
  text = g_date_time_format_iso8601 (rb_journal_entry_get_started (shown));
  g_assert_cmpstr (text, ==, "2026-03-01T08:00:00+01");
  g_assert_cmpint (g_date_time_difference (rb_journal_entry_get_ended (shown),
                                           rb_journal_entry_get_started (shown)), ==, 31 * G_TIME_SPAN_MINUTE);
  g_clear_object (&shown);
  shown = g_list_model_get_item (rb_journal_get_entries (reread), 1);
  g_assert_cmpstr (rb_journal_entry_get_plan_id (shown), ==, "return-to-running-20260301");
}

/* A failed save of an edit keeps it in memory, and a later save writes it. */
static void
test_edit_failed_save (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(RbJournal) journal = rb_journal_new (f->dir);
  g_autoptr(RbJournal) reread = rb_journal_new (f->dir);
  g_autoptr(RbJournalEntry) first = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *aside = g_build_filename (f->dir, "aside", NULL);

  g_assert_true (g_file_set_contents (rb_journal_get_path (journal), v1_journal, -1, NULL));
  g_assert_true (rb_journal_load (journal, &error));
  first = g_list_model_get_item (rb_journal_get_entries (journal), 0);
  g_assert_cmpint (rb_journal_remove (journal, first), ==, 0);

  /* A directory in the way of the temporary file makes the save fail. */
  g_assert_cmpint (g_rename (rb_journal_get_path (journal), aside), ==, 0);
  g_assert_cmpint (g_mkdir (rb_journal_get_path (journal), 0700), ==, 0);
  g_assert_false (rb_journal_save (journal, &error));
  g_assert_nonnull (error);
  g_assert_true (rb_journal_has_unsaved (journal));
  g_assert_nonnull (rb_journal_get_save_error (journal));
  g_clear_error (&error);

  g_rmdir (rb_journal_get_path (journal));
  g_assert_cmpint (g_rename (aside, rb_journal_get_path (journal)), ==, 0);
  before = read_text (rb_journal_get_path (journal));
  g_assert_true (rb_journal_save (journal, &error));
  g_assert_no_error (error);
  g_assert_false (rb_journal_has_unsaved (journal));
  after = read_text (rb_journal_get_path (journal));
  g_assert_cmpstr (before, !=, after);
  g_assert_true (rb_journal_load (reread, &error));
  g_assert_cmpuint (n_entries (reread), ==, 2);
}

/* In a newer version's journal, only entries recorded since can change. */
static void
test_edit_read_only (Fixture       *f,
                     gconstpointer  data)
{
  const char *newer =
    "{ \"format\": \"runback.journal\", \"version\": 3, \"entries\": [ "
    "{ \"kind\": \"session\", \"title\": \"Old\", \"status\": \"completed\", "
    "\"started\": \"2026-03-02T08:00:00+01:00\" } ] }";
  g_autoptr(RbJournal) journal = rb_journal_new (f->dir);
  g_autoptr(GDateTime) when = local_time (2026, 3, 10, 18);
  g_autoptr(RbJournalEntry) run = rb_journal_entry_new_run (when);
  g_autoptr(RbJournalEntry) old = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *after = NULL;
  GDate day;

  g_assert_true (g_file_set_contents (rb_journal_get_path (journal), newer, -1, NULL));
  g_assert_true (rb_journal_load (journal, &error));
  g_assert_true (rb_journal_is_read_only (journal));
  old = g_list_model_get_item (rb_journal_get_entries (journal), 0);
  g_assert_false (rb_journal_can_edit (journal, old));
  g_assert_cmpint (rb_journal_remove (journal, old), ==, -1);

  rb_journal_append (journal, run);
  g_assert_true (rb_journal_can_edit (journal, run));
  g_date_clear (&day, 1);
  g_date_set_dmy (&day, 10, 3, 2026);
  rb_journal_dismiss_flag (journal, "severe-pain", &day);
  g_assert_true (rb_journal_save (journal, &error));
  g_assert_cmpint (rb_journal_remove (journal, run), ==, 1);
  rb_journal_insert (journal, 0, run);
  g_assert_true (rb_journal_save (journal, &error));
  g_assert_no_error (error);
  after = read_text (rb_journal_get_path (journal));
  g_assert_cmpstr (after, ==, newer);
  g_clear_object (&journal);

  journal = rb_journal_new (f->dir);
  g_assert_true (rb_journal_load (journal, &error));
  g_assert_cmpuint (n_entries (journal), ==, 2);
  g_assert_true (rb_journal_is_flag_dismissed (journal, "severe-pain", &day));
}

/* Dismissed flags are kept per occurrence and survive a reload. */
static void
test_dismissed (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(RbJournal) journal = rb_journal_new (f->dir);
  g_autoptr(RbJournal) reread = rb_journal_new (f->dir);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  GDate day, other;

  g_date_clear (&day, 1);
  g_date_set_dmy (&day, 10, 3, 2026);
  other = day;
  g_date_add_days (&other, 1);
  g_assert_true (rb_journal_load (journal, &error));
  rb_journal_dismiss_flag (journal, "severe-pain", &day);
  g_assert_true (rb_journal_has_unsaved (journal));
  g_assert_true (rb_journal_save (journal, &error));
  g_assert_no_error (error);
  text = read_text (rb_journal_get_path (journal));
  g_assert_nonnull (strstr (text, "\"flag\" : \"severe-pain\""));
  g_assert_nonnull (strstr (text, "\"date\" : \"2026-03-10\""));

  g_assert_true (rb_journal_load (reread, &error));
  g_assert_no_error (error);
  g_assert_true (rb_journal_is_flag_dismissed (reread, "severe-pain", &day));
  g_assert_false (rb_journal_is_flag_dismissed (reread, "severe-pain", &other));
  g_assert_false (rb_journal_is_flag_dismissed (reread, "inflammation", &day));
  g_assert_true (g_hash_table_contains (rb_journal_get_dismissed_flags (reread), "severe-pain/2026-03-10"));

  /* A bad list is a bad journal. */
  g_assert_true (g_file_set_contents (rb_journal_get_path (journal),
                                      "{ \"format\": \"runback.journal\", \"version\": 2, \"entries\": [], "
                                      "\"dismissed_flags\": [ { \"flag\": \"x\", \"date\": \"soon\" } ] }",
                                      -1, NULL));
  g_clear_object (&reread);
  reread = rb_journal_new (f->dir);
  g_assert_false (rb_journal_load (reread, &error));
  g_assert_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static char *
list_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);

  return g_strjoinv (" ", (char **) names->pdata);
}

/* Reading for an export changes nothing on disk, whatever it finds. */
static void
test_read_entries (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "journal.json", NULL);
  g_autofree char *temp = g_build_filename (f->dir, "journal.json.AbC123", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GListModel) entries = NULL;
  g_autoptr(GError) error = NULL;

  entries = rb_journal_read_entries (f->dir, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (entries), ==, 0);
  g_clear_object (&entries);

  g_assert_true (g_file_set_contents (path, v1_journal, -1, NULL));
  g_assert_true (g_file_set_contents (temp, "{", -1, NULL));
  before = list_dir (f->dir);
  entries = rb_journal_read_entries (f->dir, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (entries), ==, 3);
  after = list_dir (f->dir);
  g_assert_cmpstr (before, ==, after);
  g_clear_object (&entries);
  g_clear_pointer (&after, g_free);

  g_assert_true (g_file_set_contents (path, "{ \"format\": \"runback.journal\", ", -1, NULL));
  entries = rb_journal_read_entries (f->dir, &error);
  g_assert_null (entries);
  g_assert_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_SYNTAX);
  after = list_dir (f->dir);
  g_assert_cmpstr (before, ==, after);
}

/* RFC 4180: every field quoted, quotes doubled, CRLF between rows, line
 * breaks kept inside a field, UTF-8 without a BOM, markup left as text. */
static void
test_csv (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(GListStore) store = g_list_store_new (RB_TYPE_JOURNAL_ENTRY);
  g_autoptr(GDateTime) when = local_time (2026, 3, 10, 18);
  g_autoptr(GDateTime) ended = g_date_time_add_minutes (when, 31);
  g_autoptr(RbJournalEntry) run = rb_journal_entry_new_run (when);
  g_autoptr(RbJournalEntry) check_in = rb_journal_entry_new_check_in (when);
  g_autoptr(RbJournalEntry) session = rb_journal_entry_new (RB_JOURNAL_KIND_SESSION);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "history.csv", NULL);
  g_autofree char *bad = g_build_filename (f->dir, "missing", "history.csv", NULL);
  g_autofree char *text = NULL;
  g_autofree char *written = NULL;
  gsize length;

  rb_journal_entry_set_run (run, 6, 1500, 3200);
  rb_journal_entry_set_pain_during (run, 3);
  rb_journal_entry_set_pain_after (run, 2);
  rb_journal_entry_set_note (run, "Hills, \"steep\" ones\nthen <b>flat</b> & é🏃");
  rb_journal_entry_set_pain_before (check_in, 4);
  rb_journal_entry_set_swelling (check_in, 1);
  rb_journal_entry_set_redness (check_in, 0);
  rb_journal_entry_set_stiffness (check_in, 2);
  rb_journal_entry_set_limits_daily_activities (check_in, 1);
  rb_journal_entry_set_program (session, "knee-strength", 1);
  rb_journal_entry_set_title (session, "Strength, \"B\"");
  rb_journal_entry_set_started (session, when);
  rb_journal_entry_set_ended (session, ended);
  rb_journal_entry_set_status (session, RB_JOURNAL_STATUS_PARTIAL);
  g_list_store_append (store, run);
  g_list_store_append (store, check_in);
  g_list_store_append (store, session);

  text = rb_journal_format_csv (G_LIST_MODEL (store));
  g_assert_cmpstr (text, ==,
    "\"date\",\"time\",\"kind\",\"program\",\"session\",\"title\",\"status\",\"duration_seconds\","
    "\"pain_before\",\"pain_during\",\"pain_after\",\"pain_next_morning\",\"run_intervals\","
    "\"run_distance_m\",\"swelling\",\"redness\",\"warmth\",\"stiffness\","
    "\"limits_daily_activities\",\"note\"\r\n"
    "\"2026-03-10\",\"18:00\",\"run\",\"\",\"\",\"Run\",\"completed\",\"1500\",\"\",\"3\",\"2\",\"\","
    "\"6\",\"3200\",\"\",\"\",\"\",\"\",\"\",\"Hills, \"\"steep\"\" ones\nthen <b>flat</b> & é🏃\"\r\n"
    "\"2026-03-10\",\"18:00\",\"check-in\",\"\",\"\",\"Check-in\",\"\",\"\",\"4\",\"\",\"\",\"\","
    "\"\",\"\",\"yes\",\"no\",\"\",\"2\",\"yes\",\"\"\r\n"
    "\"2026-03-10\",\"18:00\",\"session\",\"knee-strength\",\"session-2\",\"Strength, \"\"B\"\"\","
    "\"partial\",\"1860\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\"\r\n");

  g_assert_true (rb_journal_export_csv (G_LIST_MODEL (store), path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &written, &length, NULL));
  g_assert_cmpstr (written, ==, text);
  g_assert_true (g_utf8_validate (written, length, NULL));
  g_assert_false (g_str_has_prefix (written, "\xef\xbb\xbf"));

  g_assert_false (rb_journal_export_csv (G_LIST_MODEL (store), bad, &error));
  g_assert_nonnull (error);
}

/* Notes and titles a spreadsheet would run as formulas are exported as
 * text; the journal keeps them as written. */
static void
test_csv_formulas (Fixture       *f,
                   gconstpointer  data)
{
  static const struct { const char *note; const char *field; } cases[] = {
    { "=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"" },
    { "+1 km", "\"'+1 km\"" },
    { "-2 min", "\"'-2 min\"" },
    { "@SUM(A1)", "\"'@SUM(A1)\"" },
    { "\tx", "\"'\tx\"" },
    { "\rx", "\"'\rx\"" },
    { "a=b", "\"a=b\"" },
    { "", "\"\"" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GListStore) store = g_list_store_new (RB_TYPE_JOURNAL_ENTRY);
      g_autoptr(GDateTime) when = local_time (2026, 3, 10, 18);
      g_autoptr(RbJournalEntry) run = rb_journal_entry_new_run (when);
      g_autofree char *text = NULL;
      g_autofree char *expected = g_strconcat (",", cases[i].field, "\r\n", NULL);

      rb_journal_entry_set_note (run, cases[i].note);
      g_list_store_append (store, run);
      text = rb_journal_format_csv (G_LIST_MODEL (store));
      g_assert_true (g_str_has_suffix (text, expected));
      if (*cases[i].note != '\0')
        g_assert_cmpstr (rb_journal_entry_get_note (run), ==, cases[i].note);
    }
}

/* The child: appends entries and saves after each, printing the number of
 * every entry whose save returned, until it is killed. */
static int
run_appender (const char *dir)
{
  g_autoptr(RbJournal) journal = rb_journal_new (dir);
  g_autoptr(GError) error = NULL;

  /* A journal left unusable by a kill would be kept aside: the parent
   * checks it never is. */
  if (!rb_journal_load (journal, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  printf ("ready\n");
  fflush (stdout);

  for (guint i = 0; ; i++)
    {
      g_autoptr(GDateTime) when = g_date_time_new_now_utc ();
      g_autoptr(RbJournalEntry) entry = rb_journal_entry_new_run (when);
      g_autofree char *note = g_strdup_printf ("%d-%u", (int) getpid (), i);

      rb_journal_entry_set_note (entry, note);
      rb_journal_entry_set_run (entry, i % 10, 60 * i, 100 * i);
      rb_journal_append (journal, entry);
      if (!rb_journal_save (journal, &error))
        {
          g_printerr ("%s\n", error->message);
          return 2;
        }
      printf ("%s\n", note);
      fflush (stdout);
    }

  return 0;
}

/* Killing a writer at random moments never leaves a journal that does not
 * parse, or one missing an entry whose save had returned. */
static void
test_killed (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GHashTable) saved = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *journal_path = g_build_filename (f->dir, "journal.json", NULL);
  guint rounds = g_test_slow () ? 1000 : 200;
  guint n_saved = 0, n_killed_in_save = 0;

  for (guint round = 0; round < rounds; round++)
    {
      const char *argv[] = { self_path, "--append-until-killed", f->dir, NULL };
      g_autoptr(GError) error = NULL;
      g_autoptr(JsonNode) root = NULL;
      g_autoptr(GHashTable) found = g_hash_table_new (g_str_hash, g_str_equal);
      g_autoptr(GIOChannel) channel = NULL;
      g_autoptr(GDir) dir = NULL;
      GPid pid;
      int out, status;
      char *line;
      JsonArray *entries;
      GHashTableIter iter;
      gpointer key;
      const char *name;

      g_assert_true (g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD,
                                               NULL, NULL, &pid, NULL, &out, NULL, &error));
      g_assert_no_error (error);

      /* Killed while saving, not while starting. */
      channel = g_io_channel_unix_new (out);
      g_io_channel_set_close_on_unref (channel, TRUE);
      g_assert_cmpint (g_io_channel_read_line (channel, &line, NULL, NULL, NULL), ==, G_IO_STATUS_NORMAL);
      g_assert_cmpstr (line, ==, "ready\n");
      g_free (line);
      g_usleep (g_test_rand_int_range (0, 15000));
      kill (pid, SIGKILL);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      g_spawn_close_pid (pid);
      g_assert_true (WIFSIGNALED (status));

      n_saved -= g_hash_table_size (saved);
      while (g_io_channel_read_line (channel, &line, NULL, NULL, NULL) == G_IO_STATUS_NORMAL)
        {
          g_strchomp (line);
          g_hash_table_add (saved, line);
        }

      n_saved += g_hash_table_size (saved);

      /* Nothing was kept aside, and the journal reads. */
      dir = g_dir_open (f->dir, 0, NULL);
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_assert_false (strstr (name, "broken") != NULL);
          if (g_str_has_prefix (name, "journal.json."))
            n_killed_in_save++;
        }
      if (!g_file_test (journal_path, G_FILE_TEST_EXISTS))
        {
          g_assert_cmpuint (g_hash_table_size (saved), ==, 0);
          continue;
        }
      root = read_json (journal_path);
      entries = json_object_get_array_member (json_node_get_object (root), "entries");
      for (guint i = 0; i < json_array_get_length (entries); i++)
        {
          JsonObject *entry = json_array_get_object_element (entries, i);

          g_hash_table_add (found, (gpointer) json_object_get_string_member (entry, "note"));
        }
      g_hash_table_iter_init (&iter, saved);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        g_assert_true (g_hash_table_contains (found, key));

      /* Start afresh now and then, so that saves stay quick. */
      if (json_array_get_length (entries) > 300)
        {
          g_remove (journal_path);
          g_hash_table_remove_all (saved);
        }
    }

  g_test_message ("%u saves returned; %u kills left a temporary file", n_saved, n_killed_in_save);
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 3 && g_str_equal (argv[1], "--append-until-killed"))
    return run_appender (argv[2]);

  self_path = argv[0];
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/rb/journal-v2/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("v1-round-trip", test_v1_round_trip);
  ADD ("v2-members", test_v2_members);
  ADD ("v2-invalid", test_v2_invalid);
  ADD ("edit", test_edit);
  ADD ("edit-failed-save", test_edit_failed_save);
  ADD ("edit-read-only", test_edit_read_only);
  ADD ("dismissed", test_dismissed);
  ADD ("read-entries", test_read_entries);
  ADD ("csv", test_csv);
  ADD ("csv-formulas", test_csv_formulas);
  ADD ("killed", test_killed);

  return g_test_run ();
}
