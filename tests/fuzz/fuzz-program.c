/* fuzz-program.c: libFuzzer target for importing a program.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each input is written to a file in a scratch directory, named after the
 * first id in it (fuzz_dup_file_name()), and read with
 * rb_library_read_program_file(), as importing a program does: the
 * content reader, then linking to the bundled exercises. Build and run
 * (seeded from the bundled programs):
 *
 *   CC=clang meson setup build-fuzz -Dfuzzing=true -Db_sanitize=address,undefined -Db_lundef=false
 *   meson compile -C build-fuzz fuzz-program
 *   mkdir -p build-fuzz/corpus/program
 *   find data/content/programs -name '*.json' -exec cp {} build-fuzz/corpus/program ';'
 *   build-fuzz/tests/fuzz/fuzz-program build-fuzz/corpus/program -max_total_time=180 -timeout=5
 */

#include "config.h"

#include "fuzz-common.h"
#include "rb-library.h"

int LLVMFuzzerInitialize   (int          *argc,
                            char       ***argv);
int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

static RbLibrary *library;

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autoptr(GError) error = NULL;

  fuzz_abort_on_warnings ();
  g_free (scratch_init ("imported.json"));

  /* The bundled content only, loaded once. */
  library = rb_library_new ();
  rb_library_load (library, NULL, NULL, &error);
  g_assert_no_error (error);

  return 0;
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(RbProgram) program = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = fuzz_dup_file_name (data, size, "imported.json");
  g_autofree char *program_path = g_build_filename (scratch_dir, name, NULL);

  scratch_write (program_path, data, size);

  /* A program or an error, never both or neither. */
  program = rb_library_read_program_file (library, program_path, &error);
  g_assert ((program == NULL) != (error == NULL));
  if (program != NULL)
    g_assert (RB_IS_PROGRAM (program));

  return 0;
}
