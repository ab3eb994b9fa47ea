/* test-backup.c
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include "rb-backup.h"
#include "rb-content-error.h"
#include "rb-json-private.h"

typedef struct
{
  char *root;
  char *mine;    /* the data backed up */
  char *other;   /* the data a backup is restored into */
  char *backup;
} Fixture;

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
      g_rmdir (path);
    }
  else
    g_remove (path);
}

static void
write_file (const char *dir,
            const char *name,
            const char *text)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *parent = g_path_get_dirname (path);

  g_assert_cmpint (g_mkdir_with_parents (parent, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, text, -1, NULL));
}

/* A bundled document under a new id, as the user's own. */
static void
write_content (const char *dir,
               const char *kind,
               const char *bundled,
               const char *id)
{
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "..", "data", "content", kind, bundled, NULL);
  g_autofree char *name = g_strdup_printf ("%s/%s.json", kind, id);
  g_autofree char *text = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GError) error = NULL;

  node = rb_json_read_file (source, bundled, &rb_json_content_limits, &error);
  g_assert_no_error (error);
  json_object_set_string_member (json_node_get_object (node), "id", id);
  text = json_to_string (node, TRUE);
  write_file (dir, name, text);
}

#define JOURNAL \
  "{ \"format\": \"runback.journal\", \"version\": 1, \"device\": \"laptop\", \"entries\": [ " \
  "{ \"kind\": \"session\", \"title\": \"Mine\", \"status\": \"completed\", \"pain_after\": %d, " \
  "\"started\": \"2026-03-02T08:00:00+01:00\" } ] }"
#define PLANS "{ \"format\": \"runback.plans\", \"version\": 1, \"plans\": [] }"

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *journal = g_strdup_printf (JOURNAL, 2);
  g_autofree char *theirs = g_strdup_printf (JOURNAL, 9);

  f->root = g_dir_make_tmp ("runback-backup-XXXXXX", &error);
  g_assert_no_error (error);
  f->mine = g_build_filename (f->root, "mine", "runback", NULL);
  f->other = g_build_filename (f->root, "other", "runback", NULL);
  f->backup = g_build_filename (f->root, "backup.json", NULL);

  write_file (f->mine, "journal.json", journal);
  write_file (f->mine, "plans.json", PLANS);
  write_content (f->mine, "exercises", "squat.json", "my-squat");
  write_content (f->mine, "programs", "daily-stretching.json", "my-stretching");

  write_file (f->other, "journal.json", theirs);
  write_file (f->other, "current-session.json", "{}");
  write_content (f->other, "exercises", "squat.json", "their-squat");
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  remove_tree (f->root);
  g_free (f->root);
  g_free (f->mine);
  g_free (f->other);
  g_free (f->backup);
}

static JsonNode *
read_json (const char *dir,
           const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;
  JsonNode *node = rb_json_read_file (path, name, &rb_json_journal_limits, &error);

  g_assert_no_error (error);
  return node;
}

static void
assert_same_json (const char *dir_a,
                  const char *dir_b,
                  const char *name)
{
  g_autoptr(JsonNode) a = read_json (dir_a, name);
  g_autoptr(JsonNode) b = read_json (dir_b, name);

  g_assert_true (json_node_equal (a, b));
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* Every file under @dir with its contents, to compare before and after. */
static void
snapshot (GString    *out,
          const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (dir, g_ptr_array_index (names, i), NULL);
      g_autofree char *text = NULL;

      g_string_append_printf (out, "%s\n", path);
      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        snapshot (out, path);
      else if (g_file_get_contents (path, &text, NULL, NULL))
        g_string_append_printf (out, "%s\n", text);
    }
}

static char *
take_snapshot (const char *dir)
{
  GString *out = g_string_new (NULL);

  snapshot (out, dir);
  return g_string_free (out, FALSE);
}

static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) replaced = NULL;
  g_autofree char *mine_before = take_snapshot (f->mine);
  g_autofree char *mine_after = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *session = g_build_filename (f->other, "current-session.json", NULL);
  g_autofree char *theirs = g_build_filename (f->other, "exercises", "their-squat.json", NULL);

  g_assert_true (rb_backup_write (f->mine, f->backup, &error));
  g_assert_no_error (error);
  mine_after = take_snapshot (f->mine);
  g_assert_cmpstr (mine_before, ==, mine_after);

  g_assert_true (rb_backup_restore (f->other, f->backup, &replaced, &error));
  g_assert_no_error (error);
  assert_same_json (f->mine, f->other, "journal.json");
  assert_same_json (f->mine, f->other, "plans.json");
  assert_same_json (f->mine, f->other, "exercises/my-squat.json");
  assert_same_json (f->mine, f->other, "programs/my-stretching.json");
  g_assert_false (g_file_test (theirs, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (session, G_FILE_TEST_EXISTS));

  /* What was there is kept, not deleted. */
  g_assert_cmpuint (g_strv_length (replaced), ==, 2);
  g_assert_true (g_str_has_prefix (replaced[0], f->other));
  g_assert_nonnull (strstr (replaced[0], "journal.json.replaced-"));
  g_assert_nonnull (strstr (replaced[1], "exercises.replaced-"));
  g_assert_true (g_file_get_contents (replaced[0], &kept, NULL, NULL));
  g_assert_nonnull (strstr (kept, "\"pain_after\": 9"));
}

/* Any bad part of a backup fails the restore, and nothing changes. */
static void
test_bad_backup (Fixture       *f,
                 gconstpointer  data)
{
  static const struct { const char *path; const char *json; } damage[] = {
    { NULL, "not json" },
    { "journal/entries/0/pain_after", "11" },
    { "journal/version", "3" },
    { "journal/entries", "{}" },
    { "plans/plans", "[ { \"id\": \"x\" } ]" },
    { "plans/version", "9" },
    { "programs/my-stretching.json/title", "5" },
    { "exercises/my-squat.json/id", "\"other\"" },
    { "exercises/bad name.json", "{}" },
    { "exercises/..json", "{}" },
    { "unknown", "1" },
    { "version", "2" },
    { "format", "\"runback.journal\"" },
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *good = NULL;
  g_autofree char *before = NULL;

  g_assert_true (rb_backup_write (f->mine, f->backup, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (f->backup, &good, NULL, NULL));
  before = take_snapshot (f->other);

  for (guint i = 0; i < G_N_ELEMENTS (damage); i++)
    {
      g_autoptr(JsonNode) root = json_from_string (good, NULL);
      g_autofree char *text = NULL;
      g_autofree char *after = NULL;
      g_auto(GStrv) replaced = NULL;

      if (damage[i].path == NULL)
        text = g_strdup (damage[i].json);
      else
        {
          g_auto(GStrv) steps = g_strsplit (damage[i].path, "/", -1);
          guint n = g_strv_length (steps);
          JsonNode *node = root;

          for (guint j = 0; j + 1 < n; j++)
            {
              if (JSON_NODE_HOLDS_ARRAY (node))
                node = json_array_get_element (json_node_get_array (node), atoi (steps[j]));
              else
                node = json_object_get_member (json_node_get_object (node), steps[j]);
              g_assert_nonnull (node);
            }
          json_object_set_member (json_node_get_object (node), steps[n - 1],
                                  json_from_string (damage[i].json, NULL));
          text = json_to_string (root, FALSE);
        }

      g_test_message ("damage: %s", damage[i].path != NULL ? damage[i].path : damage[i].json);
      g_assert_true (g_file_set_contents (f->backup, text, -1, NULL));
      g_assert_false (rb_backup_restore (f->other, f->backup, &replaced, &error));
      g_assert_nonnull (error);
      g_assert_null (replaced);
      g_test_message ("%s", error->message);
      g_clear_error (&error);
      after = take_snapshot (f->other);
      g_assert_cmpstr (before, ==, after);
    }
}

/* A backup fails, naming the file, when one of them cannot be read. */
static void
test_write_unreadable (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  write_file (f->mine, "plans.json", "{ \"format\": ");
  g_assert_false (rb_backup_write (f->mine, f->backup, &error));
  g_assert_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_SYNTAX);
  g_assert_nonnull (strstr (error->message, "plans.json"));
  g_assert_false (g_file_test (f->backup, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/rb/backup/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("round-trip", test_round_trip);
  ADD ("bad-backup", test_bad_backup);
  ADD ("write-unreadable", test_write_unreadable);

  return g_test_run ();
}
