/* fuzz-plans.c: libFuzzer target for reading plans.json.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each input is written to plans.json in a scratch directory and read with
 * rb_plan_store_load(), through the public API only; each of the first
 * plans read is then laid onto its first 20 weeks with
 * rb_schedule_expand(), as the calendar does, so that odd dates and
 * pauses reach the schedule. Build and run (seeded with a plans.json the
 * store wrote):
 *
 *   CC=clang meson setup build-fuzz -Dfuzzing=true -Db_sanitize=address,undefined -Db_lundef=false
 *   meson compile -C build-fuzz fuzz-plans
 *   mkdir -p build-fuzz/corpus && cp -r tests/fuzz/seeds/plans build-fuzz/corpus
 *   build-fuzz/tests/fuzz/fuzz-plans build-fuzz/corpus/plans -max_total_time=180 -timeout=5
 */

#include "config.h"

#include "fuzz-common.h"
#include "rb-library.h"
#include "rb-plan-store.h"
#include "rb-schedule.h"

int LLVMFuzzerInitialize   (int          *argc,
                            char       ***argv);
int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

static char *plans_path;
static RbLibrary *library;

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autoptr(GError) error = NULL;

  fuzz_abort_on_warnings ();
  plans_path = scratch_init ("plans.json");

  /* The bundled programs, which the plans follow. */
  library = rb_library_new ();
  rb_library_load (library, NULL, NULL, &error);
  g_assert_no_error (error);

  return 0;
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(RbPlanStore) store = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *plans;
  gboolean loaded;

  scratch_write (plans_path, data, size);
  store = rb_plan_store_new (scratch_dir);

  /* Plans or an error, never both or neither; a bad file gives none. */
  loaded = rb_plan_store_load (store, &error);
  g_assert (loaded != (error != NULL));
  g_assert (rb_plan_store_is_loaded (store));

  plans = rb_plan_store_get_plans (store);
  if (!loaded)
    g_assert (g_list_model_get_n_items (plans) == 0);

  for (guint i = 0; i < g_list_model_get_n_items (plans); i++)
    {
      g_autoptr(RbPlan) plan = g_list_model_get_item (plans, i);
      g_autoptr(GPtrArray) scheduled = NULL;
      RbProgram *program;
      GDate to, last;

      g_assert (RB_IS_PLAN (plan));

      /* The first few: each lookup is linear, and a large file holds
       * thousands of plans. */
      if (i >= 16)
        break;
      g_assert (rb_plan_store_lookup (store, rb_plan_get_id (plan)) != NULL);

      program = rb_library_lookup_program (library, rb_plan_get_program_id (plan));
      if (program == NULL)
        continue;

      to = *rb_plan_get_start (plan);
      g_date_add_days (&to, 20 * 7);
      scheduled = rb_schedule_expand (plan, program, rb_plan_get_start (plan), &to);
      rb_plan_get_state (plan, &to);
      rb_plan_count_paused_days (plan, &to);
      rb_schedule_get_last_day (plan, program, &last);
    }

  return 0;
}
