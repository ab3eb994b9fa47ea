/* fuzz-csv.c: libFuzzer target for the CSV reader.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each input is read with rb_csv_parse(), as a list of patients for
 * handouts is, and each field made a file name as a patient's name is. Build and run (seeded with a spreadsheet's export):
 *
 *   CC=clang meson setup build-fuzz -Dfuzzing=true -Db_sanitize=address,undefined -Db_lundef=false
 *   meson compile -C build-fuzz fuzz-csv
 *   mkdir -p build-fuzz/corpus && cp -r tests/fuzz/seeds/csv build-fuzz/corpus
 *   build-fuzz/tests/fuzz/fuzz-csv build-fuzz/corpus/csv -max_total_time=180 -timeout=5
 */

#include "config.h"

#include <string.h>

#include "fuzz-common.h"
#include "rb-cli.h"
#include "rb-content-error.h"
#include "rb-csv.h"

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
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) records = NULL;

  /* Records or an error, never both or neither. */
  records = rb_csv_parse ("fuzz.csv", (const char *) data, size, &error);
  g_assert ((records == NULL) != (error == NULL));
  if (records == NULL)
    {
      g_assert (error->domain == RB_CONTENT_ERROR);
      return 0;
    }

  /* Each record has a field at least, each field valid UTF-8. */
  for (guint i = 0; i < records->len; i++)
    {
      GStrv fields = g_ptr_array_index (records, i);

      g_assert (fields != NULL && fields[0] != NULL);
      for (guint j = 0; fields[j] != NULL; j++)
        {
          g_autofree char *file_name = NULL;

          g_assert (g_utf8_validate (fields[j], -1, NULL));

          /* A name, never empty, never a path. */
          file_name = rb_cli_dup_file_name (fields[j]);
          g_assert (file_name[0] != '\0');
          g_assert (strchr (file_name, G_DIR_SEPARATOR) == NULL);
          g_assert (g_utf8_validate (file_name, -1, NULL));
        }
    }

  return 0;
}
