/* fuzz-journal.c: libFuzzer target for reading the journal.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each input is written to journal.json in a scratch directory and read
 * with rb_journal_load(), through the public API only. Build and run
 * (seeded with a valid journal):
 *
 *   CC=clang meson setup build-fuzz -Dfuzzing=true -Db_sanitize=address,undefined -Db_lundef=false
 *   meson compile -C build-fuzz fuzz-journal
 *   mkdir -p build-fuzz/corpus && cp -r tests/fuzz/seeds/journal build-fuzz/corpus
 *   build-fuzz/tests/fuzz/fuzz-journal build-fuzz/corpus/journal -max_total_time=180 -timeout=5
 */

#include "config.h"

#include "fuzz-common.h"
#include "rb-journal.h"

int LLVMFuzzerInitialize   (int          *argc,
                            char       ***argv);
int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

static char *journal_path;

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_abort_on_warnings ();
  journal_path = scratch_init ("journal.json");
  return 0;
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(RbJournal) journal = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *entries;
  gboolean loaded;

  scratch_write (journal_path, data, size);
  journal = rb_journal_new (scratch_dir);

  /* A journal or an error, never both or neither; a bad one is empty. */
  loaded = rb_journal_load (journal, &error);
  g_assert (loaded != (error != NULL));

  entries = rb_journal_get_entries (journal);
  if (!loaded)
    g_assert (g_list_model_get_n_items (entries) == 0);

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(GObject) entry = g_list_model_get_item (entries, i);

      g_assert (RB_IS_JOURNAL_ENTRY (entry));
    }

  return 0;
}
