/* test-journal.c
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "rb-content-error.h"
#include "rb-content-private.h"
#include "rb-fake-clock.h"
#include "rb-journal.h"
#include "rb-session-entry.h"
#include "rb-session-recorder.h"
#include "rb-session.h"
#include "rb-storage.h"

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("runback-journal-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR))
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
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  remove_tree (f->dir);
  g_free (f->dir);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static GStrv
list_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);

  return (GStrv) g_ptr_array_free (g_steal_pointer (&names), FALSE);
}

static RbJournalEntry *
make_entry (void)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_offset (3600);
  g_autoptr(GDateTime) started = g_date_time_new (tz, 2026, 3, 2, 8, 0, 0);
  g_autoptr(GDateTime) ended = g_date_time_add_minutes (started, 31);
  RbJournalEntry *entry = rb_journal_entry_new (RB_JOURNAL_KIND_SESSION);
  RbJournalItem left = { "quad-stretch", "Quad stretch", RB_SIDE_LEFT,
                         RB_JOURNAL_ITEM_COMPLETED, 2, 2, 60 };
  RbJournalItem right = { "quad-stretch", "Quad stretch", RB_SIDE_RIGHT,
                          RB_JOURNAL_ITEM_SKIPPED, 0, 2, 3 };
  RbJournalItem run = { NULL, "Run/walk intervals", RB_SIDE_NONE,
                        RB_JOURNAL_ITEM_PARTIAL, 3, 8, 900 };

  rb_journal_entry_set_program (entry, "knee-strength", 1);
  rb_journal_entry_set_session_id (entry, "strength-b");
  rb_journal_entry_set_title (entry, "Strength “A” — day 1");
  rb_journal_entry_set_started (entry, started);
  rb_journal_entry_set_ended (entry, ended);
  rb_journal_entry_set_status (entry, RB_JOURNAL_STATUS_PARTIAL);
  rb_journal_entry_set_pain_before (entry, 4);
  rb_journal_entry_set_pain_after (entry, 2);
  rb_journal_entry_set_note (entry, "Knee felt \"tight\"\non the stairs.");
  rb_journal_entry_add_item (entry, &left);
  rb_journal_entry_add_item (entry, &right);
  rb_journal_entry_add_item (entry, &run);

  return entry;
}

static void
assert_same_entry (RbJournalEntry *a,
                   RbJournalEntry *b)
{
  g_assert_cmpint (rb_journal_entry_get_kind (a), ==, rb_journal_entry_get_kind (b));
  g_assert_cmpstr (rb_journal_entry_get_program_id (a), ==, rb_journal_entry_get_program_id (b));
  g_assert_cmpint (rb_journal_entry_get_session_index (a), ==, rb_journal_entry_get_session_index (b));
  g_assert_cmpstr (rb_journal_entry_get_session_id (a), ==, rb_journal_entry_get_session_id (b));
  g_assert_cmpstr (rb_journal_entry_get_title (a), ==, rb_journal_entry_get_title (b));
  g_assert_true (g_date_time_equal (rb_journal_entry_get_started (a), rb_journal_entry_get_started (b)));
  g_assert_cmpint (g_date_time_get_utc_offset (rb_journal_entry_get_started (a)),
                   ==, g_date_time_get_utc_offset (rb_journal_entry_get_started (b)));
  if (rb_journal_entry_get_ended (a) == NULL)
    g_assert_null (rb_journal_entry_get_ended (b));
  else
    g_assert_true (g_date_time_equal (rb_journal_entry_get_ended (a), rb_journal_entry_get_ended (b)));
  g_assert_cmpint (rb_journal_entry_get_status (a), ==, rb_journal_entry_get_status (b));
  g_assert_cmpint (rb_journal_entry_get_pain_before (a), ==, rb_journal_entry_get_pain_before (b));
  g_assert_cmpint (rb_journal_entry_get_pain_after (a), ==, rb_journal_entry_get_pain_after (b));
  g_assert_cmpstr (rb_journal_entry_get_note (a), ==, rb_journal_entry_get_note (b));
  g_assert_cmpuint (rb_journal_entry_get_n_items (a), ==, rb_journal_entry_get_n_items (b));
  for (guint i = 0; i < rb_journal_entry_get_n_items (a); i++)
    {
      const RbJournalItem *ia = rb_journal_entry_get_item (a, i);
      const RbJournalItem *ib = rb_journal_entry_get_item (b, i);

      g_assert_cmpstr (ia->exercise_id, ==, ib->exercise_id);
      g_assert_cmpstr (ia->title, ==, ib->title);
      g_assert_cmpint (ia->side, ==, ib->side);
      g_assert_cmpint (ia->status, ==, ib->status);
      g_assert_cmpuint (ia->sets_done, ==, ib->sets_done);
      g_assert_cmpuint (ia->n_sets, ==, ib->n_sets);
      g_assert_cmpuint (ia->seconds, ==, ib->seconds);
    }
}

static RbProgram *
load_program (const char *json)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr(GError) error = NULL;
  GObject *program = rb_content_load_document ("knee-strength.json", bytes, NULL, FALSE, &error);

  g_assert_no_error (error);
  return RB_PROGRAM (program);
}

#define PROGRAM_HEAD \
  "{ \"format\": \"runback.program\", \"version\": %d, \"id\": \"knee-strength\", " \
  "  \"title\": \"K\", \"summary\": \"S\", \"audience\": \"A\", \"phases\": [ " \
  "  { \"title\": \"One\", \"weeks\": 1, \"sessions_per_week\": 2, \"sessions\": [ "
#define SESSION(id) \
  "{ " id " \"title\": \"T\", \"items\": [ { \"exercise\": \"squat\" } ] }"

static void
test_session_id (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(RbJournalEntry) entry = make_entry ();
  g_autoptr(RbJournalEntry) read = NULL;
  g_autoptr(RbJournalEntry) v1 = NULL;
  g_autoptr(RbProgram) program = NULL;
  g_autoptr(RbProgram) updated = NULL;
  g_autoptr(RbProgram) old = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  JsonObject *object;
  guint index = 99;

  /* The id is written beside the index, and read back. */
  node = rb_journal_entry_to_json (entry);
  object = json_node_get_object (node);
  g_assert_cmpstr (json_object_get_string_member (object, "session_id"), ==, "strength-b");
  g_assert_cmpint (json_object_get_int_member (object, "session"), ==, 1);
  read = rb_journal_entry_new_from_json (node, "entry", &error);
  g_assert_no_error (error);
  assert_same_entry (entry, read);

  /* Resolved by its id, wherever the session moved; never by the index. */
  json = g_strdup_printf (PROGRAM_HEAD SESSION ("\"id\": \"strength-b\",") ","
                          SESSION ("\"id\": \"new\",") "," SESSION ("\"id\": \"strength-a\",")
                          " ] } ] }", 2);
  updated = load_program (json);
  g_clear_pointer (&json, g_free);
  g_assert_true (rb_session_entry_resolve (read, updated, &index) == rb_program_get_session (updated, 0));
  g_assert_cmpuint (index, ==, 0);
  rb_journal_entry_set_session_id (read, "gone");
  g_assert_null (rb_session_entry_resolve (read, updated, NULL));

  /* A v1 entry has only the index: it is resolved by the id a v1
   * program's session at that position migrates to. */
  json_object_remove_member (object, "session_id");
  v1 = rb_journal_entry_new_from_json (node, "entry", &error);
  g_assert_no_error (error);
  g_assert_null (rb_journal_entry_get_session_id (v1));
  g_assert_cmpint (rb_journal_entry_get_session_index (v1), ==, 1);

  json = g_strdup_printf (PROGRAM_HEAD SESSION ("") "," SESSION ("") " ] } ] }", 1);
  old = load_program (json);
  g_clear_pointer (&json, g_free);
  index = 99;
  g_assert_true (rb_session_entry_resolve (v1, old, &index) == rb_program_get_session (old, 1));
  g_assert_cmpuint (index, ==, 1);

  /* The same program converted to version 2, keeping the migrated ids
   * and adding a session before them. */
  json = g_strdup_printf (PROGRAM_HEAD SESSION ("\"id\": \"intro\",") ","
                          SESSION ("\"id\": \"session-1\",") "," SESSION ("\"id\": \"session-2\",")
                          " ] } ] }", 2);
  program = load_program (json);
  g_assert_true (rb_session_entry_resolve (v1, program, &index) == rb_program_get_session (program, 2));
  g_assert_cmpuint (index, ==, 2);
  g_assert_null (rb_session_entry_resolve (v1, updated, NULL));

  /* Written again, a v1 entry stays as it was. */
  g_clear_pointer (&node, json_node_unref);
  node = rb_journal_entry_to_json (v1);
  g_assert_false (json_object_has_member (json_node_get_object (node), "session_id"));
}

#define RUN_WALK(id, repeats) \
  "{ " id " \"title\": \"T\", \"items\": [ { \"run_walk\": { \"run_seconds\": 60, " \
  "\"walk_seconds\": 60, \"repeats\": " #repeats " } } ] }"

static void
test_resume (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(RbFakeClock) clock = rb_fake_clock_new (0, NULL);
  g_autoptr(RbProgram) program = NULL;
  g_autoptr(RbProgram) moved = NULL;
  g_autoptr(RbProgram) removed = NULL;
  g_autoptr(RbProgram) shorter = NULL;
  g_autoptr(RbRoutine) routine = NULL;
  g_autoptr(RbSession) session = NULL;
  g_autoptr(RbSession) resumed = NULL;
  g_autoptr(RbJournalEntry) entry = NULL;
  g_autofree char *json = NULL;
  guint step;

  json = g_strdup_printf (PROGRAM_HEAD RUN_WALK ("\"id\": \"a\",", 1) ","
                          RUN_WALK ("\"id\": \"b\",", 3) " ] } ] }", 2);
  program = load_program (json);
  g_clear_pointer (&json, g_free);

  /* Cut short in session "b"'s third interval. */
  routine = rb_routine_new_for_program_session (program, 1);
  session = rb_session_new (routine, RB_CLOCK (clock));
  rb_session_start (session);
  rb_fake_clock_advance (clock, (rb_routine_get_lead_in (routine) + 4 * 60 + 10) * G_USEC_PER_SEC);
  step = rb_session_get_step_index (session);
  g_assert_cmpuint (step, >, 0);
  entry = rb_session_create_journal_entry (session);
  g_clear_object (&session);

  /* Resumed where it stopped, what was done carried over. */
  resumed = rb_session_entry_resume (entry, step, program, RB_CLOCK (clock));
  g_assert_nonnull (resumed);
  g_assert_cmpint (rb_session_get_state (resumed), ==, RB_SESSION_STATE_RUNNING);
  g_assert_cmpuint (rb_session_get_step_index (resumed), ==, step);
  g_assert_cmpstr (rb_routine_get_session_id (rb_session_get_routine (resumed)), ==, "b");
  g_clear_object (&resumed);

  /* Found by its id once sessions moved. */
  json = g_strdup_printf (PROGRAM_HEAD RUN_WALK ("\"id\": \"new\",", 1) "," RUN_WALK ("\"id\": \"a\",", 1) ","
                          RUN_WALK ("\"id\": \"b\",", 3) " ] } ] }", 2);
  moved = load_program (json);
  g_clear_pointer (&json, g_free);
  resumed = rb_session_entry_resume (entry, step, moved, RB_CLOCK (clock));
  g_assert_nonnull (resumed);
  g_assert_cmpint (rb_routine_get_session_index (rb_session_get_routine (resumed)), ==, 2);
  g_clear_object (&resumed);

  /* Logged as partial instead: no program, no such session, or the
   * step no longer in it. */
  g_assert_null (rb_session_entry_resume (entry, step, NULL, RB_CLOCK (clock)));

  json = g_strdup_printf (PROGRAM_HEAD RUN_WALK ("\"id\": \"a\",", 3) " ] } ] }", 2);
  removed = load_program (json);
  g_clear_pointer (&json, g_free);
  g_assert_null (rb_session_entry_resume (entry, step, removed, RB_CLOCK (clock)));

  json = g_strdup_printf (PROGRAM_HEAD RUN_WALK ("\"id\": \"b\",", 1) " ] } ] }", 2);
  shorter = load_program (json);
  g_assert_null (rb_session_entry_resume (entry, step, shorter, RB_CLOCK (clock)));
}

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *n_added)
{
  *n_added += added;
}

static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(RbJournal) journal = rb_journal_new (f->dir);
  g_autoptr(RbJournal) reread = rb_journal_new (f->dir);
  g_autoptr(RbJournalEntry) entry = make_entry ();
  g_autoptr(RbJournalEntry) check_in = rb_journal_entry_new (RB_JOURNAL_KIND_CHECK_IN);
  g_autoptr(RbJournalEntry) first = NULL;
  g_autoptr(RbJournalEntry) second = NULL;
  g_autoptr(GDateTime) when = g_date_time_new_utc (2026, 3, 3, 19, 30, 0);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint n_added = 0;

  /* No file yet: an empty journal. */
  g_assert_true (rb_journal_load (journal, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (rb_journal_get_entries (journal)), ==, 0);

  g_signal_connect (rb_journal_get_entries (journal), "items-changed",
                    G_CALLBACK (items_changed_cb), &n_added);
  rb_journal_entry_set_started (check_in, when);
  rb_journal_entry_set_title (check_in, "Pain check-in");
  rb_journal_entry_set_pain_before (check_in, 0);
  rb_journal_append (journal, entry);
  rb_journal_append (journal, check_in);
  g_assert_cmpuint (n_added, ==, 2);
  g_assert_true (rb_journal_save (journal, &error));
  g_assert_no_error (error);

  g_assert_true (g_file_get_contents (rb_journal_get_path (journal), &text, NULL, NULL));
  g_assert_nonnull (strstr (text, "\"format\" : \"runback.journal\""));
  g_assert_nonnull (strstr (text, "\"version\" : 2"));
  g_assert_nonnull (strstr (text, "\"started\" : \"2026-03-02T08:00:00+01:00\""));
  g_assert_nonnull (strstr (text, "\"side\" : \"left\""));

  g_assert_true (rb_journal_load (reread, &error));
  g_assert_no_error (error);
  g_assert_null (rb_journal_get_kept_aside (reread));
  g_assert_cmpuint (g_list_model_get_n_items (rb_journal_get_entries (reread)), ==, 2);
  first = g_list_model_get_item (rb_journal_get_entries (reread), 0);
  second = g_list_model_get_item (rb_journal_get_entries (reread), 1);
  assert_same_entry (entry, first);
  assert_same_entry (check_in, second);
  g_assert_null (rb_journal_entry_get_ended (second));
  g_assert_null (rb_journal_entry_get_program_id (second));
  g_assert_cmpint (rb_journal_entry_get_pain_before (second), ==, 0);
  g_assert_cmpint (rb_journal_entry_get_pain_after (second), ==, RB_JOURNAL_PAIN_NONE);
  g_assert_cmpuint (rb_journal_entry_get_active_seconds (first), ==, 963);
}

static void
test_atomic_save (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *sub = g_build_filename (f->dir, "deep", "runback", NULL);
  g_autoptr(RbJournal) journal = rb_journal_new (sub);
  g_autoptr(RbJournalEntry) entry = make_entry ();
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_auto(GStrv) names = NULL;
  GStatBuf buf;

  /* Directories are created; no temporary file is left behind. */
  rb_journal_append (journal, entry);
  g_assert_true (rb_journal_save (journal, &error));
  g_assert_no_error (error);
  g_assert_true (rb_journal_save (journal, &error));
  names = list_dir (sub);
  g_assert_cmpstrv (names, ((const char * const[]) { "journal.json", NULL }));
  g_assert_cmpint (g_stat (rb_journal_get_path (journal), &buf), ==, 0);
  g_assert_cmpint (buf.st_mode & 0777, ==, 0600);

  /* When the write fails, the old file is intact. */
  g_assert_true (g_file_get_contents (rb_journal_get_path (journal), &before, NULL, NULL));
  if (getuid () == 0)
    {
      g_test_message ("root ignores permissions; skipping the failure half");
      return;
    }
  g_chmod (sub, 0500);
  rb_journal_append (journal, entry);
  g_assert_false (rb_journal_save (journal, &error));
  g_assert_nonnull (error);
  g_chmod (sub, 0700);
  g_assert_true (g_file_get_contents (rb_journal_get_path (journal), &after, NULL, NULL));
  g_assert_cmpstr (before, ==, after);
}

static void
check_kept_aside (Fixture    *f,
                  const char *contents,
                  GQuark      domain,
                  int         code)
{
  g_autoptr(RbJournal) journal = rb_journal_new (f->dir);
  g_autoptr(RbJournalEntry) entry = make_entry ();
  g_autoptr(GError) error = NULL;
  g_autofree char *aside = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *base = NULL;
  g_autofree char *written = NULL;

  g_assert_true (g_file_set_contents (rb_journal_get_path (journal), contents, -1, NULL));
  g_assert_false (rb_journal_load (journal, &error));
  g_assert_error (error, domain, code);
  g_assert_nonnull (strstr (error->message, "journal.json"));

  aside = g_strdup (rb_journal_get_kept_aside (journal));
  g_assert_nonnull (aside);
  base = g_path_get_basename (aside);
  g_assert_true (g_str_has_prefix (base, "journal.json.broken-"));
  g_assert_false (g_file_test (rb_journal_get_path (journal), G_FILE_TEST_EXISTS));
  g_assert_cmpuint (g_list_model_get_n_items (rb_journal_get_entries (journal)), ==, 0);

  /* Saving afterwards writes a new journal and leaves the old one. */
  rb_journal_append (journal, entry);
  g_assert_true (rb_journal_save (journal, NULL));
  g_assert_true (g_file_get_contents (aside, &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, contents);
  g_assert_true (g_file_get_contents (rb_journal_get_path (journal), &written, NULL, NULL));
  g_assert_cmpstr (written, !=, contents);
  g_remove (aside);
  g_remove (rb_journal_get_path (journal));
}

static void
test_unreadable_kept_aside (Fixture       *f,
                            gconstpointer  data)
{
  check_kept_aside (f, "{ \"format\": \"runback.journal\", \"version\": 1, \"entries\": [",
                    RB_CONTENT_ERROR, RB_CONTENT_ERROR_SYNTAX);
  check_kept_aside (f, "\xff\xfe not text", RB_CONTENT_ERROR, RB_CONTENT_ERROR_SYNTAX);
  check_kept_aside (f, "[]", RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID);
  check_kept_aside (f, "{ \"format\": \"runback.plans\", \"version\": 1, \"entries\": [] }",
                    RB_CONTENT_ERROR, RB_CONTENT_ERROR_VERSION);
  check_kept_aside (f, "{ \"format\": \"runback.journal\", \"version\": 0, \"entries\": [] }",
                    RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID);
  check_kept_aside (f, "{ \"format\": \"runback.journal\", \"version\": 1, \"entries\": [ "
                    "{ \"kind\": \"session\", \"title\": \"A\", \"status\": \"completed\", "
                    "\"started\": \"2026-03-02T08:00:00+01:00\", \"pain_after\": 11 } ] }",
                    RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID);
  check_kept_aside (f, "{ \"format\": \"runback.journal\", \"version\": 1, \"entries\": [ "
                    "{ \"kind\": \"session\", \"title\": \"A\", \"status\": \"completed\", "
                    "\"started\": \"yesterday\" } ] }",
                    RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID);
}

/* A journal that cannot be opened at all (here a symbolic link to
 * itself; permissions are ignored as root) stays where it is, untouched. */
static void
test_unreadable_not_overwritten (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(RbJournal) journal = rb_journal_new (f->dir);
  g_autoptr(RbJournalEntry) entry = make_entry ();
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (symlink ("journal.json", rb_journal_get_path (journal)), ==, 0);
  g_assert_false (rb_journal_load (journal, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_LOOP);
  g_clear_error (&error);
  g_assert_null (rb_journal_get_kept_aside (journal));

  rb_journal_append (journal, entry);
  g_assert_false (rb_journal_save (journal, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_PERM);
  g_clear_error (&error);
  g_assert_true (g_file_test (rb_journal_get_path (journal), G_FILE_TEST_IS_SYMLINK));
  g_assert_true (rb_journal_has_unsaved (journal));

  /* Once it can be read, saving works again, with nothing lost. */
  g_remove (rb_journal_get_path (journal));
  g_assert_true (rb_journal_load (journal, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (rb_journal_get_entries (journal)), ==, 1);
  g_assert_true (rb_journal_save (journal, &error));
  g_assert_no_error (error);
  g_assert_false (rb_journal_has_unsaved (journal));
}

static void
test_keep_aside_names (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "journal.json", NULL);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (rb_storage_save (path, "one", -1, &error));
  first = rb_storage_keep_aside (path, &error);
  g_assert_no_error (error);
  g_assert_true (rb_storage_save (path, "two", -1, &error));
  second = rb_storage_keep_aside (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (first, !=, second);
  g_assert_true (g_file_test (first, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_file_test (second, G_FILE_TEST_IS_REGULAR));

  g_assert_null (rb_storage_keep_aside (path, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
}

static void
test_marker (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(RbJournal) journal = rb_journal_new (f->dir);
  g_autoptr(RbFakeClock) clock = rb_fake_clock_new (0, NULL);
  g_autoptr(RbRoutine) routine = rb_routine_new ("Stretches");
  g_autoptr(RbSession) session = NULL;
  g_autoptr(RbSession) resumed = NULL;
  g_autoptr(RbJournalEntry) entry = NULL;
  g_autoptr(RbJournalEntry) read = NULL;
  g_autoptr(GError) error = NULL;
  RbDosage stretch = { .sets = 1, .hold_seconds = 30, .sides = 2 };
  guint step = 0;

  /* Nothing in progress. */
  g_assert_null (rb_journal_read_marker (journal, &step, &error));
  g_assert_no_error (error);
  g_assert_true (rb_journal_clear_marker (journal, &error));
  g_assert_no_error (error);

  rb_routine_set_program (routine, "stretching", 0);
  rb_routine_add_exercise (routine, "quad-stretch", "Quad stretch", NULL, &stretch);
  session = rb_session_new (routine, RB_CLOCK (clock));
  rb_session_start (session);
  rb_fake_clock_advance (clock, 37 * G_USEC_PER_SEC);

  /* Cut short on the switch to the right leg. */
  g_assert_cmpint (rb_session_get_step (session)->kind, ==, RB_STEP_SWITCH_SIDES);
  entry = rb_session_create_journal_entry (session);
  g_assert_true (rb_journal_write_marker (journal, entry, rb_session_get_step_index (session), &error));
  g_assert_no_error (error);
  g_clear_object (&session);

  read = rb_journal_read_marker (journal, &step, &error);
  g_assert_no_error (error);
  g_assert_nonnull (read);
  g_assert_cmpuint (step, ==, 2);
  g_assert_cmpint (rb_journal_entry_get_status (read), ==, RB_JOURNAL_STATUS_PARTIAL);
  assert_same_entry (entry, read);
  g_assert_cmpint (rb_journal_entry_get_item (read, 0)->status, ==, RB_JOURNAL_ITEM_COMPLETED);
  g_assert_cmpint (rb_journal_entry_get_item (read, 1)->status, ==, RB_JOURNAL_ITEM_SKIPPED);

  /* Resume from there, then log it and clear the mark. */
  resumed = rb_session_new (routine, RB_CLOCK (clock));
  rb_session_start_at (resumed, step, read);
  rb_fake_clock_advance (clock, 35 * G_USEC_PER_SEC);
  g_assert_cmpint (rb_session_get_state (resumed), ==, RB_SESSION_STATE_FINISHED);
  g_assert_true (rb_session_is_complete (resumed));
  g_clear_object (&entry);
  entry = rb_session_create_journal_entry (resumed);
  rb_journal_append (journal, entry);
  g_assert_true (rb_journal_save (journal, &error));
  g_assert_true (rb_journal_clear_marker (journal, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (rb_journal_get_marker_path (journal), G_FILE_TEST_EXISTS));
  g_clear_object (&read);
  g_assert_null (rb_journal_read_marker (journal, NULL, &error));
  g_assert_no_error (error);

  /* A broken mark is an error, not a crash, and is kept aside. */
  g_assert_true (g_file_set_contents (rb_journal_get_marker_path (journal),
                                      "{ \"format\": \"runback.current-session\", \"version\": 1, "
                                      "\"step\": -4, \"entry\": {} }", -1, NULL));
  g_assert_null (rb_journal_read_marker (journal, NULL, &error));
  g_assert_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "current-session.json: step: expected a step number");
  g_assert_false (g_file_test (rb_journal_get_marker_path (journal), G_FILE_TEST_EXISTS));
  g_assert_nonnull (rb_journal_get_marker_kept_aside (journal));
  g_assert_true (g_file_test (rb_journal_get_marker_kept_aside (journal), G_FILE_TEST_IS_REGULAR));
}

static guint
marker_step (RbJournal *journal)
{
  g_autoptr(RbJournalEntry) entry = NULL;
  g_autoptr(GError) error = NULL;
  guint step = G_MAXUINT;

  entry = rb_journal_read_marker (journal, &step, &error);
  g_assert_no_error (error);
  g_assert_nonnull (entry);

  return step;
}

static void
test_recorder (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(RbJournal) journal = rb_journal_new (f->dir);
  g_autoptr(RbJournal) reread = rb_journal_new (f->dir);
  g_autoptr(RbFakeClock) clock = rb_fake_clock_new (0, NULL);
  g_autoptr(RbRoutine) routine = rb_routine_new ("Stretches");
  g_autoptr(RbSession) session = NULL;
  g_autoptr(RbSessionRecorder) recorder = NULL;
  g_autoptr(RbJournalEntry) marked = NULL;
  g_autoptr(RbJournalEntry) stored = NULL;
  g_autoptr(GError) error = NULL;
  RbDosage stretch = { .sets = 1, .hold_seconds = 30, .sides = 2 };
  RbJournalEntry *saved;

  rb_routine_add_exercise (routine, "quad-stretch", "Quad stretch", NULL, &stretch);
  session = rb_session_new (routine, RB_CLOCK (clock));
  recorder = rb_session_recorder_new (session, journal);
  rb_session_recorder_set_pain_before (recorder, 3);

  /* Nothing is marked before the start. */
  g_assert_false (g_file_test (rb_journal_get_marker_path (journal), G_FILE_TEST_EXISTS));
  rb_session_start (session);
  g_assert_cmpuint (marker_step (journal), ==, 0);
  rb_fake_clock_advance (clock, 36 * G_USEC_PER_SEC);
  g_assert_cmpuint (marker_step (journal), ==, 2);

  marked = rb_journal_read_marker (journal, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (rb_journal_entry_get_pain_before (marked), ==, 3);
  g_assert_cmpint (rb_journal_entry_get_item (marked, 0)->status, ==, RB_JOURNAL_ITEM_COMPLETED);

  rb_fake_clock_advance (clock, 35 * G_USEC_PER_SEC);
  g_assert_cmpint (rb_session_get_state (session), ==, RB_SESSION_STATE_FINISHED);
  g_assert_cmpuint (marker_step (journal), ==, 4);

  saved = rb_session_recorder_save (recorder, 1, "Easy today.", &error);
  g_assert_no_error (error);
  g_assert_nonnull (saved);
  g_assert_cmpint (rb_journal_entry_get_status (saved), ==, RB_JOURNAL_STATUS_COMPLETED);
  g_assert_false (g_file_test (rb_journal_get_marker_path (journal), G_FILE_TEST_EXISTS));

  g_assert_true (rb_journal_load (reread, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (rb_journal_get_entries (reread)), ==, 1);
  stored = g_list_model_get_item (rb_journal_get_entries (reread), 0);
  assert_same_entry (saved, stored);
  g_assert_cmpint (rb_journal_entry_get_pain_before (stored), ==, 3);
  g_assert_cmpint (rb_journal_entry_get_pain_after (stored), ==, 1);
  g_assert_cmpstr (rb_journal_entry_get_note (stored), ==, "Easy today.");
  g_assert_cmpuint (rb_journal_entry_get_active_seconds (stored), ==, 60);

  /* Saving again (a retry) does not add a second entry. */
  g_assert_true (rb_session_recorder_save (recorder, 1, NULL, &error) == saved);
  g_assert_cmpuint (g_list_model_get_n_items (rb_journal_get_entries (journal)), ==, 1);
}

static void
failed_cb (RbSessionRecorder *recorder,
           const GError      *error,
           guint             *n_failed)
{
  g_assert_nonnull (error);
  (*n_failed)++;
}

static void
test_recorder_discard (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(RbJournal) journal = rb_journal_new (f->dir);
  g_autoptr(RbFakeClock) clock = rb_fake_clock_new (0, NULL);
  g_autoptr(RbRoutine) routine = rb_routine_new ("Ice");
  g_autoptr(RbSession) session = NULL;
  g_autoptr(RbSessionRecorder) recorder = NULL;
  g_autoptr(GError) error = NULL;
  RbDosage ice = { .sets = 1, .sides = 1, .duration_minutes = 15 };
  guint n_failed = 0;

  rb_routine_add_exercise (routine, "icing", "Ice the knee", NULL, &ice);
  session = rb_session_new (routine, RB_CLOCK (clock));
  recorder = rb_session_recorder_new (session, journal);
  g_signal_connect (recorder, "failed", G_CALLBACK (failed_cb), &n_failed);

  rb_session_start (session);
  g_assert_true (g_file_test (rb_journal_get_marker_path (journal), G_FILE_TEST_EXISTS));

  /* A mark that cannot be written is reported, and the session goes on. */
  g_remove (rb_journal_get_marker_path (journal));
  g_assert_cmpint (g_mkdir (rb_journal_get_marker_path (journal), 0700), ==, 0);
  rb_fake_clock_advance (clock, 10 * G_USEC_PER_SEC);
  g_assert_cmpuint (n_failed, ==, 1);
  g_assert_cmpint (rb_session_get_step (session)->kind, ==, RB_STEP_WORK_TIMED);
  g_rmdir (rb_journal_get_marker_path (journal));

  rb_session_next (session);
  g_assert_cmpuint (n_failed, ==, 1);
  g_assert_true (rb_session_recorder_discard (recorder, &error));
  g_assert_no_error (error);
  g_assert_cmpint (rb_session_get_state (session), ==, RB_SESSION_STATE_FINISHED);
  g_assert_false (g_file_test (rb_journal_get_marker_path (journal), G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (rb_journal_get_path (journal), G_FILE_TEST_EXISTS));
  g_assert_cmpuint (g_list_model_get_n_items (rb_journal_get_entries (journal)), ==, 0);
}

static char *
journal_text (const char *entries)
{
  return g_strdup_printf ("{ \"format\": \"runback.journal\", \"version\": 1, \"entries\": [ %s ] }",
                          entries);
}

#define SESSION_JSON(title) \
  "{ \"kind\": \"session\", \"title\": \"" title "\", \"status\": \"completed\", " \
  "\"started\": \"2026-03-02T08:00:00+01:00\" }"

/* Each class of hostile journal is refused with file and position, kept
 * aside, and never crashes or hangs the reader. */
static void
test_hostile (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GString) deep = g_string_new ("{ \"format\": \"runback.journal\", \"version\": 1, \"entries\": ");
  g_autofree char *surrogate = journal_text (SESSION_JSON ("Sur\\ud800x"));
  g_autofree char *comment = journal_text ("/* \" */ " SESSION_JSON ("A"));
  g_autofree char *duplicate = g_strdup ("{ \"format\": \"runback.journal\", \"version\": 1, "
                                         "\"entries\": [], \"entri\\u0065s\": [] }");

  /* Two million levels of nesting: 4 MB, under the journal's size cap. */
  for (guint i = 0; i < 2000000; i++)
    g_string_append_c (deep, '[');

  check_kept_aside (f, deep->str, RB_CONTENT_ERROR, RB_CONTENT_ERROR_TOO_LARGE);
  check_kept_aside (f, surrogate, RB_CONTENT_ERROR, RB_CONTENT_ERROR_SYNTAX);
  check_kept_aside (f, comment, RB_CONTENT_ERROR, RB_CONTENT_ERROR_SYNTAX);
  check_kept_aside (f, duplicate, RB_CONTENT_ERROR, RB_CONTENT_ERROR_SYNTAX);
}

static void
test_hostile_messages (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(RbJournal) journal = rb_journal_new (f->dir);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = journal_text (SESSION_JSON ("Sur\\ud800x"));

  g_assert_true (g_file_set_contents (rb_journal_get_path (journal), text, -1, NULL));
  g_assert_false (rb_journal_load (journal, &error));
  g_assert_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_SYNTAX);
  /* The file and the line:column of the escape are named. */
  g_assert_true (g_str_has_prefix (error->message, "journal.json:1:"));
  g_assert_nonnull (strstr (error->message, "surrogate"));
}

/* A FIFO, or any file that is not a regular one, is never read: reading
 * it would block for ever or never end. */
static void
test_not_regular (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(RbJournal) journal = rb_journal_new (f->dir);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (mkfifo (rb_journal_get_path (journal), 0600), ==, 0);
  g_assert_false (rb_journal_load (journal, &error));
  g_assert_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_NOT_REGULAR);
  g_assert_cmpstr (error->message, ==, "journal.json: not a regular file");
  g_assert_nonnull (rb_journal_get_kept_aside (journal));
  g_clear_error (&error);

  g_assert_cmpint (mkfifo (rb_journal_get_marker_path (journal), 0600), ==, 0);
  g_assert_null (rb_journal_read_marker (journal, NULL, &error));
  g_assert_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_NOT_REGULAR);
  g_assert_nonnull (rb_journal_get_marker_kept_aside (journal));
}

/* A newer version's journal is shown as far as this version reads it,
 * never rewritten or moved; new entries wait in journal-pending.json. */
static void
test_newer_version (Fixture       *f,
                    gconstpointer  data)
{
  const char *newer =
    "{ \"format\": \"runback.journal\", \"version\": 3, \"plans\": [ 1 ], \"entries\": [ "
    SESSION_JSON ("Known") ", "
    "{ \"kind\": \"run\", \"minutes\": 20 }, "
    "{ \"kind\": \"session\", \"title\": \"Changed\", \"status\": \"skipped-by-plan\", "
    "\"started\": \"2026-03-03T08:00:00+01:00\" } ] }";
  g_autoptr(RbJournal) journal = rb_journal_new (f->dir);
  g_autoptr(RbJournal) reread = rb_journal_new (f->dir);
  g_autoptr(RbJournalEntry) entry = make_entry ();
  g_autoptr(RbJournalEntry) first = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *after = NULL;
  g_autofree char *older = NULL;
  g_auto(GStrv) names = NULL;

  g_assert_true (g_file_set_contents (rb_journal_get_path (journal), newer, -1, NULL));
  g_assert_true (rb_journal_load (journal, &error));
  g_assert_no_error (error);
  g_assert_true (rb_journal_is_read_only (journal));
  g_assert_null (rb_journal_get_kept_aside (journal));
  g_assert_cmpuint (g_list_model_get_n_items (rb_journal_get_entries (journal)), ==, 1);
  first = g_list_model_get_item (rb_journal_get_entries (journal), 0);
  g_assert_cmpstr (rb_journal_entry_get_title (first), ==, "Known");

  /* A new session is not lost, and journal.json is left as it was. */
  rb_journal_append (journal, entry);
  g_assert_true (rb_journal_save (journal, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (rb_journal_get_path (journal), &after, NULL, NULL));
  g_assert_cmpstr (after, ==, newer);
  names = list_dir (f->dir);
  g_assert_cmpstrv (names, ((const char * const[]) { "journal-pending.json", "journal.json", NULL }));

  g_assert_true (rb_journal_load (reread, &error));
  g_assert_no_error (error);
  g_assert_true (rb_journal_is_read_only (reread));
  g_assert_cmpuint (g_list_model_get_n_items (rb_journal_get_entries (reread)), ==, 2);
  g_assert_false (rb_journal_has_unsaved (reread));

  /* Once journal.json is of this version again, pending entries join it. */
  older = journal_text (SESSION_JSON ("Older"));
  g_assert_true (g_file_set_contents (rb_journal_get_path (journal), older, -1, NULL));
  g_clear_object (&reread);
  reread = rb_journal_new (f->dir);
  g_assert_true (rb_journal_load (reread, &error));
  g_assert_false (rb_journal_is_read_only (reread));
  g_assert_true (rb_journal_has_unsaved (reread));
  g_assert_cmpuint (g_list_model_get_n_items (rb_journal_get_entries (reread)), ==, 2);
  g_assert_true (rb_journal_save (reread, &error));
  g_assert_no_error (error);
  g_strfreev (names);
  names = list_dir (f->dir);
  g_assert_cmpstrv (names, ((const char * const[]) { "journal.json", NULL }));
}

/* What this version does not know survives a save. */
static void
test_unknown_kept (Fixture       *f,
                   gconstpointer  data)
{
  const char *text =
    "{ \"format\": \"runback.journal\", \"version\": 1, \"device\": { \"name\": \"laptop\" }, "
    "\"entries\": [ "
    "{ \"kind\": \"session\", \"title\": \"A\", \"status\": \"completed\", \"mood\": \"good\", "
    "  \"started\": \"2026-03-02T08:00:00+01:00\", \"exercises\": [ "
    "  { \"title\": \"Squat\", \"status\": \"completed\", \"load_kg\": 12 } ] }, "
    "{ \"kind\": \"run\", \"minutes\": 20 } ] }";
  g_autoptr(RbJournal) journal = rb_journal_new (f->dir);
  g_autoptr(RbJournalEntry) entry = make_entry ();
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;

  g_assert_true (g_file_set_contents (rb_journal_get_path (journal), text, -1, NULL));
  g_assert_true (rb_journal_load (journal, &error));
  g_assert_no_error (error);
  g_assert_false (rb_journal_is_read_only (journal));
  g_assert_cmpuint (g_list_model_get_n_items (rb_journal_get_entries (journal)), ==, 1);

  rb_journal_append (journal, entry);
  g_assert_true (rb_journal_save (journal, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (rb_journal_get_path (journal), &saved, NULL, NULL));
  g_assert_nonnull (strstr (saved, "\"mood\" : \"good\""));
  g_assert_nonnull (strstr (saved, "\"load_kg\" : 12"));
  g_assert_nonnull (strstr (saved, "\"kind\" : \"run\""));
  g_assert_nonnull (strstr (saved, "\"name\" : \"laptop\""));
  /* The unknown kind keeps its place, before the new entry. */
  g_assert_true (strstr (saved, "\"kind\" : \"run\"") < strstr (saved, "knee-strength"));
}

/* Temporary files of saves that were killed go at the next load. */
static void
test_temporary_files_removed (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(RbJournal) journal = rb_journal_new (f->dir);
  g_autoptr(GError) error = NULL;
  g_autofree char *temp = g_build_filename (f->dir, "journal.json.A1b2C3", NULL);
  g_autofree char *marker_temp = g_build_filename (f->dir, "current-session.json.ZZZZZZ", NULL);
  g_autofree char *other = g_build_filename (f->dir, "journal.json.broken-20260101-101010", NULL);
  g_auto(GStrv) names = NULL;

  g_assert_true (g_file_set_contents (temp, "{ \"format\"", -1, NULL));
  g_assert_true (g_file_set_contents (marker_temp, "", -1, NULL));
  g_assert_true (g_file_set_contents (other, "kept", -1, NULL));
  g_assert_true (rb_journal_load (journal, &error));
  g_assert_no_error (error);
  names = list_dir (f->dir);
  g_assert_cmpstrv (names, ((const char * const[]) { "journal.json.broken-20260101-101010", NULL }));
}

/* Nothing that is not valid UTF-8 is ever written. */
static void
test_never_writes_invalid_utf8 (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(RbJournal) journal = rb_journal_new (f->dir);
  g_autoptr(RbJournalEntry) entry = make_entry ();
  g_autoptr(GError) error = NULL;

  rb_journal_entry_set_note (entry, "bad \xed\xa0\x80 text");
  rb_journal_append (journal, entry);
  g_assert_false (rb_journal_save (journal, &error));
  g_assert_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_SYNTAX);
  g_assert_false (g_file_test (rb_journal_get_path (journal), G_FILE_TEST_EXISTS));
  g_assert_true (rb_journal_has_unsaved (journal));
}

/* A save that fails keeps the entry, says why, and a later one writes it;
 * the session's mark stays on disk until then. */
static void
test_failed_save_retried (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(RbJournal) journal = rb_journal_new (f->dir);
  g_autoptr(RbJournal) reread = rb_journal_new (f->dir);
  g_autoptr(RbFakeClock) clock = rb_fake_clock_new (0, NULL);
  g_autoptr(RbRoutine) routine = rb_routine_new ("Stretches");
  g_autoptr(RbSession) session = NULL;
  g_autoptr(RbSessionRecorder) recorder = NULL;
  g_autoptr(GError) error = NULL;
  RbDosage stretch = { .sets = 1, .hold_seconds = 30, .sides = 1 };

  g_assert_true (rb_journal_load (journal, &error));
  rb_routine_add_exercise (routine, "quad-stretch", "Quad stretch", NULL, &stretch);
  session = rb_session_new (routine, RB_CLOCK (clock));
  recorder = rb_session_recorder_new (session, journal);
  rb_session_start (session);
  rb_fake_clock_advance (clock, 40 * G_USEC_PER_SEC);

  /* A directory where the journal goes makes the rename fail. */
  g_assert_cmpint (g_mkdir (rb_journal_get_path (journal), 0700), ==, 0);
  g_assert_null (rb_session_recorder_save (recorder, 2, NULL, &error));
  g_assert_nonnull (error);
  g_assert_true (rb_journal_has_unsaved (journal));
  g_assert_nonnull (rb_journal_get_save_error (journal));
  g_assert_cmpuint (g_list_model_get_n_items (rb_journal_get_entries (journal)), ==, 1);
  g_assert_true (g_file_test (rb_journal_get_marker_path (journal), G_FILE_TEST_EXISTS));
  g_clear_object (&recorder);

  g_rmdir (rb_journal_get_path (journal));
  g_clear_error (&error);
  g_assert_true (rb_journal_save (journal, &error));
  g_assert_no_error (error);
  g_assert_null (rb_journal_get_save_error (journal));
  g_assert_false (rb_journal_has_unsaved (journal));
  g_assert_false (g_file_test (rb_journal_get_marker_path (journal), G_FILE_TEST_EXISTS));
  g_assert_true (rb_journal_load (reread, &error));
  g_assert_cmpuint (g_list_model_get_n_items (rb_journal_get_entries (reread)), ==, 1);
}

static void
load_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (rb_journal_load_finish (RB_JOURNAL (object), result, &error));
  g_assert_no_error (error);
  *done = TRUE;
}

/* Loading in a worker keeps entries appended meanwhile. */
static void
test_load_async (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(RbJournal) journal = rb_journal_new (f->dir);
  g_autoptr(RbJournalEntry) entry = make_entry ();
  g_autoptr(RbJournalEntry) last = NULL;
  g_autofree char *text = journal_text (SESSION_JSON ("On disk"));
  gboolean done = FALSE;

  g_assert_true (g_file_set_contents (rb_journal_get_path (journal), text, -1, NULL));
  rb_journal_load_async (journal, NULL, load_done_cb, &done);
  rb_journal_append (journal, entry);
  while (!done)
    g_main_context_iteration (NULL, TRUE);

  g_assert_true (rb_journal_is_loaded (journal));
  g_assert_true (rb_journal_has_unsaved (journal));
  g_assert_cmpuint (g_list_model_get_n_items (rb_journal_get_entries (journal)), ==, 2);
  last = g_list_model_get_item (rb_journal_get_entries (journal), 1);
  g_assert_true (last == entry);
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

/* Entries have properties for views, and notify once per real change. */
static void
test_entry_properties (void)
{
  g_autoptr(RbJournalEntry) entry = make_entry ();
  g_autofree char *title = NULL, *note = NULL, *program = NULL;
  g_autoptr(GDateTime) started = NULL;
  guint n_title = 0, n_pain = 0, n_note = 0;
  int pain_before = -2;
  RbJournalStatus status;

  g_object_get (entry, "title", &title, "note", &note, "program-id", &program,
                "started", &started, "pain-before", &pain_before, "status", &status, NULL);
  g_assert_cmpstr (title, ==, rb_journal_entry_get_title (entry));
  g_assert_cmpstr (note, ==, rb_journal_entry_get_note (entry));
  g_assert_cmpstr (program, ==, "knee-strength");
  g_assert_true (g_date_time_equal (started, rb_journal_entry_get_started (entry)));
  g_assert_cmpint (pain_before, ==, 4);
  g_assert_cmpint (status, ==, RB_JOURNAL_STATUS_PARTIAL);

  g_signal_connect (entry, "notify::title", G_CALLBACK (count_notify_cb), &n_title);
  g_signal_connect (entry, "notify::pain-after", G_CALLBACK (count_notify_cb), &n_pain);
  g_signal_connect (entry, "notify::note", G_CALLBACK (count_notify_cb), &n_note);
  rb_journal_entry_set_title (entry, rb_journal_entry_get_title (entry));
  rb_journal_entry_set_pain_after (entry, 2);
  rb_journal_entry_set_note (entry, rb_journal_entry_get_note (entry));
  g_assert_cmpuint (n_title + n_pain + n_note, ==, 0);

  rb_journal_entry_set_title (entry, "Other");
  g_object_set (entry, "pain-after", 5, NULL);
  rb_journal_entry_set_note (entry, "");
  rb_journal_entry_set_note (entry, NULL);
  g_assert_cmpuint (n_title, ==, 1);
  g_assert_cmpuint (n_pain, ==, 1);
  g_assert_cmpuint (n_note, ==, 1);
  g_assert_cmpint (rb_journal_entry_get_pain_after (entry), ==, 5);
}

static void
test_default_location (void)
{
  g_autoptr(RbJournal) journal = rb_journal_new_default ();
  g_autofree char *expected = g_build_filename (g_get_user_data_dir (), "runback", "journal.json", NULL);
  g_autofree char *dir = rb_storage_dup_data_dir ();

  g_assert_cmpstr (rb_journal_get_path (journal), ==, expected);
  g_assert_true (g_str_has_prefix (rb_journal_get_marker_path (journal), dir));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/rb/journal/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("round-trip", test_round_trip);
  ADD ("atomic-save", test_atomic_save);
  ADD ("unreadable-kept-aside", test_unreadable_kept_aside);
  ADD ("unreadable-not-overwritten", test_unreadable_not_overwritten);
  ADD ("keep-aside-names", test_keep_aside_names);
  ADD ("session-id", test_session_id);
  ADD ("marker", test_marker);
  ADD ("resume", test_resume);
  ADD ("recorder", test_recorder);
  ADD ("recorder-discard", test_recorder_discard);
  ADD ("hostile", test_hostile);
  ADD ("hostile-messages", test_hostile_messages);
  ADD ("not-regular", test_not_regular);
  ADD ("newer-version", test_newer_version);
  ADD ("unknown-kept", test_unknown_kept);
  ADD ("temporary-files-removed", test_temporary_files_removed);
  ADD ("never-writes-invalid-utf8", test_never_writes_invalid_utf8);
  ADD ("failed-save-retried", test_failed_save_retried);
  ADD ("load-async", test_load_async);
  g_test_add_func ("/rb/journal/default-location", test_default_location);
  g_test_add_func ("/rb/journal/entry-properties", test_entry_properties);

  return g_test_run ();
}
