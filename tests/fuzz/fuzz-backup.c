/* fuzz-backup.c: libFuzzer target for restoring a backup.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each input is written to a backup file and restored with
 * rb_backup_restore() into a data folder holding a journal, plans, a
 * program and an exercise. A restore that fails must leave the folder as
 * it was, byte for byte (no staging folder left behind either); one that
 * succeeds must give a journal and plans that load. Build and run (seeded
 * with a backup rb_backup_write() wrote):
 *
 *   CC=clang meson setup build-fuzz -Dfuzzing=true -Db_sanitize=address,undefined -Db_lundef=false
 *   meson compile -C build-fuzz fuzz-backup
 *   mkdir -p build-fuzz/corpus && cp -r tests/fuzz/seeds/backup build-fuzz/corpus
 *   build-fuzz/tests/fuzz/fuzz-backup build-fuzz/corpus/backup -max_total_time=180 -timeout=5
 */

#include "config.h"

#include <string.h>

#include "fuzz-common.h"
#include "rb-backup.h"
#include "rb-journal.h"
#include "rb-plan-store.h"

int LLVMFuzzerInitialize   (int          *argc,
                            char       ***argv);
int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

/* The data folder before each input: what rb_backup_restore() moves aside
 * is never read, so the contents only need to be told apart. */
static const struct
{
  const char *path;
  const char *text;
} data_files[] = {
  { "journal.json", "{ \"format\": \"runback.journal\", \"version\": 2, \"entries\": [] }\n" },
  { "plans.json", "{ \"format\": \"runback.plans\", \"version\": 1, \"plans\": [] }\n" },
  { "programs/mine.json", "the user's program\n" },
  { "exercises/mine.json", "the user's exercise\n" },
  { "settings.ini", "not part of a backup\n" },
};

static char *base_dir;
static char *data_dir;
static char *backup_path;
static char *data_before;

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
      g_assert (g_rmdir (path) == 0);
    }
  else
    g_assert (g_remove (path) == 0);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

/* Each name under @path, sorted, with a file's contents. */
static void
describe_tree (GString    *out,
               const char *path,
               const char *relative)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert (dir != NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      const char *child_name = g_ptr_array_index (names, i);
      g_autofree char *child = g_build_filename (path, child_name, NULL);
      g_autofree char *child_relative = g_build_filename (relative, child_name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        g_string_append_printf (out, "%s -> symbolic link\n", child_relative);
      else if (g_file_test (child, G_FILE_TEST_IS_DIR))
        {
          g_string_append_printf (out, "%s/\n", child_relative);
          describe_tree (out, child, child_relative);
        }
      else
        {
          g_autofree char *contents = NULL;
          gsize length;

          g_assert (g_file_get_contents (child, &contents, &length, NULL));
          g_string_append_printf (out, "%s: %" G_GSIZE_FORMAT " bytes\n", child_relative, length);
          g_string_append_len (out, contents, length);
        }
    }
}

static char *
describe_data (void)
{
  GString *out = g_string_new (NULL);

  describe_tree (out, data_dir, "");
  return g_string_free (out, FALSE);
}

static void
make_data (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (data_files); i++)
    {
      g_autofree char *path = g_build_filename (data_dir, data_files[i].path, NULL);
      g_autofree char *parent = g_path_get_dirname (path);

      g_assert (g_mkdir_with_parents (parent, 0700) == 0);
      g_assert (g_file_set_contents (path, data_files[i].text, -1, NULL));
    }
}

static void
remove_base (void)
{
  remove_tree (base_dir);
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autoptr(GError) error = NULL;

  fuzz_abort_on_warnings ();

  base_dir = g_dir_make_tmp ("runback-fuzz-XXXXXX", &error);
  g_assert_no_error (error);
  atexit (remove_base);
  data_dir = g_build_filename (base_dir, "data", NULL);
  backup_path = g_build_filename (base_dir, "backup.json", NULL);

  make_data ();
  data_before = describe_data ();

  return 0;
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) replaced = NULL;
  gboolean restored;

  g_file_set_contents (backup_path, (const char *) data, (gssize) size, &error);
  g_assert_no_error (error);

  /* Restored or an error, never both or neither. */
  restored = rb_backup_restore (data_dir, backup_path, &replaced, &error);
  g_assert (restored != (error != NULL));

  if (!restored)
    {
      g_autofree char *data_after = describe_data ();

      /* On any error nothing changes. */
      g_assert (replaced == NULL);
      g_assert_cmpstr (data_after, ==, data_before);
    }
  else
    {
      g_autoptr(RbJournal) journal = rb_journal_new (data_dir);
      g_autoptr(RbPlanStore) plans = rb_plan_store_new (data_dir);

      /* Everything that was there was moved aside, not lost. */
      g_assert (replaced != NULL);
      g_assert_cmpuint (g_strv_length (replaced), ==, 4);

      /* What was restored loads as it would at start-up. */
      rb_journal_load (journal, &error);
      g_assert_no_error (error);
      rb_plan_store_load (plans, &error);
      g_assert_no_error (error);
      g_assert (!rb_journal_is_read_only (journal));
      g_assert (!rb_plan_store_is_read_only (plans));

      remove_tree (data_dir);
      make_data ();
    }

  return 0;
}
