/* fuzz-json.c: libFuzzer target for the strict JSON reader alone.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each input is parsed with rb_json_parse() under each limits table, from
 * the tightest to the loosest: a tiny one that makes every cap bite, the
 * content's, the journal's (also the plans' and the marker's) and the
 * backup's. A document read under one table must be read, and read the
 * same, under every looser one. Build and run (seeded from the bundled
 * content and the hostile files):
 *
 *   CC=clang meson setup build-fuzz -Dfuzzing=true -Db_sanitize=address,undefined -Db_lundef=false
 *   meson compile -C build-fuzz fuzz-json
 *   mkdir -p build-fuzz/corpus/json
 *   find tests/hostile data/content tests/fuzz/seeds -name '*.json' -exec cp {} build-fuzz/corpus/json ';'
 *   build-fuzz/tests/fuzz/fuzz-json build-fuzz/corpus/json -max_total_time=180 -timeout=5
 */

#include "config.h"

#include "fuzz-common.h"
#include "rb-json-private.h"

int LLVMFuzzerInitialize   (int          *argc,
                            char       ***argv);
int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

/* Every cap within reach of small inputs. */
static const RbJsonLimits tiny_limits = { 512, 4, 16 };
/* rb-backup.c's, which it keeps to itself. */
static const RbJsonLimits backup_limits = { 96 * 1024 * 1024, 34, 64 * 1024 };

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
  const RbJsonLimits *tables[] = {
    &tiny_limits, &rb_json_content_limits, &rb_json_journal_limits, &backup_limits,
  };
  g_autoptr(JsonNode) first = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(JsonNode) node = NULL;

      node = rb_json_parse ("fuzz.json", (const char *) data, size, tables[i], &error);

      /* A root object or an error in the reader's domain, never both. */
      g_assert ((node == NULL) != (error == NULL));
      if (node == NULL)
        {
          g_assert (error->domain == RB_CONTENT_ERROR);
          g_assert (first == NULL);
          continue;
        }
      g_assert (JSON_NODE_HOLDS_OBJECT (node));

      if (first == NULL)
        first = g_steal_pointer (&node);
      else
        g_assert (json_node_equal (first, node));
    }

  return 0;
}
