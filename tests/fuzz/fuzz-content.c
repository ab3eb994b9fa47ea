/* fuzz-content.c: libFuzzer target for the content loader.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each input is read as a document named after the first id in it
 * (fuzz_dup_file_name()). Build and run (seeded from the bundled content):
 *
 *   CC=clang meson setup build-fuzz -Dfuzzing=true -Db_sanitize=address,undefined -Db_lundef=false
 *   meson compile -C build-fuzz fuzz-content
 *   mkdir -p build-fuzz/corpus/content && find data/content -name '*.json' -exec cp {} build-fuzz/corpus/content ';'
 *   build-fuzz/tests/fuzz/fuzz-content build-fuzz/corpus/content -max_total_time=180 -timeout=5
 */

#include "config.h"

#include "fuzz-common.h"
#include "rb-content-private.h"

int LLVMFuzzerInitialize   (int          *argc,
                            char       ***argv);
int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_abort_on_warnings ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(GObject) document = NULL;
  g_autofree char *name = fuzz_dup_file_name (data, size, "fuzz.json");

  /* Any input must give a document or an error, never both or neither. */
  document = rb_content_load_document (name, bytes, NULL, TRUE, &error);
  g_assert ((document == NULL) != (error == NULL));

  return 0;
}
