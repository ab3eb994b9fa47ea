/* fuzz-marker.c: libFuzzer target for reading the in-progress marker.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each input is written to current-session.json in a scratch directory and
 * read with rb_journal_read_marker(), through the public API only. Build
 * and run (seeded with a valid marker):
 *
 *   CC=clang meson setup build-fuzz -Dfuzzing=true -Db_sanitize=address,undefined -Db_lundef=false
 *   meson compile -C build-fuzz fuzz-marker
 *   mkdir -p build-fuzz/corpus && cp -r tests/fuzz/seeds/marker build-fuzz/corpus
 *   build-fuzz/tests/fuzz/fuzz-marker build-fuzz/corpus/marker -max_total_time=180 -timeout=5
 */

#include "config.h"

#include "fuzz-common.h"
#include "rb-journal.h"

int LLVMFuzzerInitialize   (int          *argc,
                            char       ***argv);
int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

static char *marker_path;

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_abort_on_warnings ();
  marker_path = scratch_init ("current-session.json");
  return 0;
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(RbJournal) journal = NULL;
  g_autoptr(RbJournalEntry) entry = NULL;
  g_autoptr(GError) error = NULL;
  guint step = G_MAXUINT;

  scratch_write (marker_path, data, size);
  journal = rb_journal_new (scratch_dir);

  /* The marker exists, so an entry or an error, never both or neither. */
  entry = rb_journal_read_marker (journal, &step, &error);
  g_assert ((entry == NULL) != (error == NULL));
  if (entry != NULL)
    g_assert (step <= G_MAXINT32);

  return 0;
}
