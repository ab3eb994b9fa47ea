/* test-program-builder.c: writing programs, the builder and its undo,
 * and the user's programs in the library.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "rb-content-error.h"
#include "rb-content-private.h"
#include "rb-json-private.h"
#include "rb-library.h"
#include "rb-program-builder.h"

typedef struct
{
  char      *dir;
  RbLibrary *library;
  GArray    *changes;  /* of guint triples: position, removed, added */
} Fixture;

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Fixture    *fixture)
{
  guint change[] = { position, removed, added };

  g_array_append_vals (fixture->changes, change, 3);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("runback-builder-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->library = rb_library_new ();
  rb_library_load (fixture->library, fixture->dir, NULL, &error);
  g_assert_no_error (error);
  fixture->changes = g_array_new (FALSE, FALSE, sizeof (guint));
  g_signal_connect (rb_library_get_programs (fixture->library), "items-changed",
                    G_CALLBACK (items_changed_cb), fixture);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_signal_handlers_disconnect_by_data (rb_library_get_programs (fixture->library), fixture);
  g_assert_finalize_object (fixture->library);
  remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_array_unref (fixture->changes);
}

/* Every bundled program, written and read back, is the same program. */
static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  GListModel *programs = rb_library_get_programs (fixture->library);

  g_assert_cmpuint (g_list_model_get_n_items (programs), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (programs); i++)
    {
      g_autoptr(RbProgram) program = g_list_model_get_item (programs, i);
      g_autoptr(JsonNode) json = rb_program_to_json (program);
      g_autoptr(JsonGenerator) generator = json_generator_new ();
      g_autoptr(JsonNode) parsed = NULL;
      g_autoptr(RbProgram) back = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *text = NULL;
      gsize length;

      /* Through text and the strict reader, as a file would go. */
      json_generator_set_root (generator, json);
      text = json_generator_to_data (generator, &length);
      parsed = rb_json_parse ("round-trip", text, length, &rb_json_content_limits, &error);
      g_assert_no_error (error);

      back = rb_program_new_from_json (json_node_get_object (parsed), FALSE, &error);
      g_assert_no_error (error);
      g_assert_true (rb_program_equal (program, back));
      g_assert_cmpstr (rb_program_get_title (back), ==, rb_program_get_title (program));
      g_assert_cmpuint (rb_program_get_n_sessions (back), ==, rb_program_get_n_sessions (program));
      g_assert_cmpint (rb_program_get_progression (back) != NULL, ==, rb_program_get_progression (program) != NULL);
    }
}

/* rb_dosage_check() holds the loader's limits and messages. */
static void
test_dosage_check (void)
{
  RbDosage dosage = RB_DOSAGE_INIT;
  RbDosage over = RB_DOSAGE_INIT;
  g_autoptr(GError) error = NULL;

  g_assert_true (rb_dosage_check (&dosage, RB_DOSAGE_MASK_ALL, &error));
  g_assert_no_error (error);

  dosage.sets = 21;
  g_assert_false (rb_dosage_check (&dosage, RB_DOSAGE_MASK_ALL, &error));
  g_assert_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "sets: must be between 1 and 20");
  g_clear_error (&error);

  /* Members outside the mask are not looked at. */
  g_assert_true (rb_dosage_check (&dosage, RB_DOSAGE_MASK_REPS, &error));

  dosage.sets = 2;
  dosage.tempo_up = 11;
  g_assert_false (rb_dosage_check (&dosage, RB_DOSAGE_MASK_TEMPO, &error));
  g_assert_cmpstr (error->message, ==, "tempo.up: must be between 0 and 10");

  over.reps = 12;
  over.sets = 9;
  dosage.tempo_up = 2;
  rb_dosage_apply (&dosage, &over, RB_DOSAGE_MASK_REPS);
  g_assert_cmpuint (dosage.reps, ==, 12);
  g_assert_cmpuint (dosage.sets, ==, 2);
  g_assert_true (rb_dosage_equal (&dosage, &over, RB_DOSAGE_MASK_REPS));
  g_assert_false (rb_dosage_equal (&dosage, &over, RB_DOSAGE_MASK_SETS));
}

static gboolean
item_is (RbProgramBuilder *builder,
         guint             item,
         const char       *exercise)
{
  return g_strcmp0 (rb_program_builder_get_item_exercise_id (builder, 0, item), exercise) == 0;
}

/* The editor's undo: remove, move and dosage changes come back. */
static void
test_builder_undo (void)
{
  g_autoptr(RbProgramBuilder) builder = rb_program_builder_new ("mine");
  RbDosage dosage = RB_DOSAGE_INIT;
  g_autoptr(GError) error = NULL;

  g_assert_false (rb_program_builder_can_undo (builder));
  rb_program_builder_add_exercise (builder, 0, "squat");
  rb_program_builder_add_exercise (builder, 0, "bridge");
  rb_program_builder_add_exercise (builder, 0, "clamshell");

  rb_program_builder_move_item (builder, 0, 2, 0);
  g_assert_true (item_is (builder, 0, "clamshell") && item_is (builder, 1, "squat"));
  rb_program_builder_remove_item (builder, 0, 1);
  g_assert_cmpuint (rb_program_builder_get_n_items (builder, 0), ==, 2);
  g_assert_cmpstr (rb_program_builder_get_undo_label (builder), ==, "Remove squat");

  /* Two changes of one item's dosage are one step back. */
  dosage.sets = 3;
  g_assert_true (rb_program_builder_set_item_dosage (builder, 0, 0, &dosage, RB_DOSAGE_MASK_SETS, &error));
  dosage.sets = 4;
  g_assert_true (rb_program_builder_set_item_dosage (builder, 0, 0, &dosage, RB_DOSAGE_MASK_SETS, &error));
  dosage.sets = 40;
  g_assert_false (rb_program_builder_set_item_dosage (builder, 0, 0, &dosage, RB_DOSAGE_MASK_SETS, &error));
  g_assert_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID);
  g_assert_cmpuint (rb_program_builder_get_item_dosage (builder, 0, 0, &dosage), ==, RB_DOSAGE_MASK_SETS);
  g_assert_cmpuint (dosage.sets, ==, 4);

  g_assert_true (rb_program_builder_undo (builder));
  g_assert_cmpuint (rb_program_builder_get_item_dosage (builder, 0, 0, NULL), ==, RB_DOSAGE_MASK_NONE);
  g_assert_true (rb_program_builder_undo (builder));
  g_assert_cmpuint (rb_program_builder_get_n_items (builder, 0), ==, 3);
  g_assert_true (item_is (builder, 1, "squat"));
  g_assert_true (rb_program_builder_undo (builder));
  g_assert_true (item_is (builder, 0, "squat") && item_is (builder, 2, "clamshell"));
}

/* A removed session's id is never given to a new one. */
static void
test_builder_session_ids (void)
{
  g_autoptr(RbProgramBuilder) builder = rb_program_builder_new ("mine");
  guint second = rb_program_builder_add_session (builder, "B");

  g_assert_cmpstr (rb_program_builder_get_session_id (builder, second), ==, "session-2");
  rb_program_builder_remove_session (builder, second);
  second = rb_program_builder_add_session (builder, "C");
  g_assert_cmpstr (rb_program_builder_get_session_id (builder, second), ==, "session-3");
  rb_program_builder_undo (builder);
  rb_program_builder_undo (builder);
  g_assert_cmpuint (rb_program_builder_get_n_sessions (builder), ==, 2);
  g_assert_cmpstr (rb_program_builder_get_session_title (builder, 1), ==, "B");
}

/* build() checks like the loader; the library saves, lists and reloads. */
static void
test_builder_build_and_save (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(RbProgramBuilder) builder = rb_program_builder_new ("my-knee");
  g_autoptr(RbProgram) program = NULL;
  g_autoptr(RbProgram) renamed = NULL;
  g_autoptr(RbLibrary) reloaded = rb_library_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  guint *change;

  /* No title, then a session without items: both refused. */
  g_assert_null (rb_program_builder_build (builder, fixture->library, &error));
  g_assert_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID);
  g_clear_error (&error);
  rb_program_builder_set_title (builder, "My Knee");
  g_assert_null (rb_program_builder_build (builder, fixture->library, &error));
  g_assert_cmpstr (error->message, ==, "summary: must not be empty");
  g_clear_error (&error);
  rb_program_builder_set_summary (builder, "Twice a day.");
  rb_program_builder_set_audience (builder, "Me.");
  g_assert_null (rb_program_builder_build (builder, fixture->library, &error));
  g_assert_nonnull (g_strstr_len (error->message, -1, "phases[0].sessions[0].items"));
  g_clear_error (&error);

  rb_program_builder_add_exercise (builder, 0, "no-such-exercise");
  g_assert_null (rb_program_builder_build (builder, fixture->library, &error));
  g_assert_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_REFERENCE);
  g_clear_error (&error);
  rb_program_builder_undo (builder);

  rb_program_builder_add_exercise (builder, 0, "squat");
  rb_program_builder_set_session_weekdays (builder, 0, 0x15);
  program = rb_program_builder_build (builder, fixture->library, &error);
  g_assert_no_error (error);
  g_assert_false (rb_program_is_bundled (program));

  g_assert_true (rb_library_add_program (fixture->library, program, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->changes->len, ==, 3);
  change = &g_array_index (fixture->changes, guint, 0);
  g_assert_cmpuint (change[1], ==, 0);
  g_assert_cmpuint (change[2], ==, 1);
  g_assert_true (rb_library_lookup_program (fixture->library, "my-knee") == program);

  /* The same id twice is refused, and nothing changes. */
  g_assert_false (rb_library_add_program (fixture->library, program, &error));
  g_assert_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_REFERENCE);
  g_clear_error (&error);
  g_assert_cmpuint (fixture->changes->len, ==, 3);

  path = rb_library_dup_program_path (fixture->library, "my-knee");
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  /* The loader reads the user's file back as the same program. */
  rb_library_load (reloaded, fixture->dir, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rb_library_get_problems (reloaded)->len, ==, 0);
  g_assert_true (rb_program_equal (rb_library_lookup_program (reloaded, "my-knee"), program));

  /* Replacing in place is one change of one item. */
  rb_program_builder_set_title (builder, "My Knee, Again");
  renamed = rb_program_builder_build (builder, fixture->library, &error);
  g_assert_no_error (error);
  g_array_set_size (fixture->changes, 0);
  g_assert_true (rb_library_replace_program (fixture->library, renamed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->changes->len, ==, 3);
  change = &g_array_index (fixture->changes, guint, 0);
  g_assert_cmpuint (change[1], ==, 1);
  g_assert_cmpuint (change[2], ==, 1);

  /* Bundled programs are not the user's to replace or remove. */
  g_assert_false (rb_library_remove_program (fixture->library, "knee-strength", &error));
  g_assert_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_REFERENCE);
  g_clear_error (&error);

  g_array_set_size (fixture->changes, 0);
  g_assert_true (rb_library_remove_program (fixture->library, "my-knee", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->changes->len, ==, 3);
  change = &g_array_index (fixture->changes, guint, 0);
  g_assert_cmpuint (change[1], ==, 1);
  g_assert_cmpuint (change[2], ==, 0);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_null (rb_library_lookup_program (fixture->library, "my-knee"));
}

/* A bundled program edited as a copy gets a new id and keeps the rest. */
static void
test_builder_copy (Fixture       *fixture,
                   gconstpointer  data)
{
  GListModel *programs = rb_library_get_programs (fixture->library);

  for (guint i = 0; i < g_list_model_get_n_items (programs); i++)
    {
      g_autoptr(RbProgram) program = g_list_model_get_item (programs, i);
      g_autofree char *base = g_strconcat (rb_program_get_id (program), "-copy", NULL);
      g_autofree char *id = rb_library_dup_unused_program_id (fixture->library, base);
      g_autoptr(RbProgramBuilder) builder = rb_program_builder_new_from_program (program, id);
      g_autoptr(RbProgramBuilder) same = rb_program_builder_new_from_program (program, NULL);
      g_autoptr(RbProgram) copy = NULL;
      g_autoptr(RbProgram) again = NULL;
      g_autoptr(GError) error = NULL;

      g_assert_cmpstr (id, ==, base);
      copy = rb_program_builder_build (builder, fixture->library, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (rb_program_get_id (copy), ==, id);
      g_assert_cmpuint (rb_program_get_n_sessions (copy), ==, rb_program_get_n_sessions (program));

      again = rb_program_builder_build (same, fixture->library, &error);
      g_assert_no_error (error);
      g_assert_true (rb_program_equal (again, program));
    }
}

/* Hostile files are refused on import with their message, and nothing
 * is added. */
static void
test_import_hostile (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "hostile", NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  guint n = g_list_model_get_n_items (rb_library_get_programs (fixture->library));
  const char *name;
  guint tried = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(RbProgram) program = rb_library_import_program_file (fixture->library, path, &error);

      g_assert_null (program);
      g_assert_nonnull (error);
      g_assert_true (g_str_has_prefix (error->message, path));
      tried++;
    }

  g_assert_cmpuint (tried, >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (rb_library_get_programs (fixture->library)), ==, n);
  g_assert_cmpuint (fixture->changes->len, ==, 0);
}

/* An exported program imports from a file of any name. */
static void
test_export_import (Fixture       *fixture,
                    gconstpointer  data)
{
  RbProgram *program = rb_library_lookup_program (fixture->library, "knee-strength");
  g_autofree char *path = g_build_filename (fixture->dir, "Shared knee.runback.json", NULL);
  g_autoptr(JsonNode) json = rb_program_to_json (program);
  g_autoptr(RbProgram) imported = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (rb_json_write_file (path, json, &rb_json_content_limits, &error));
  g_assert_no_error (error);
  imported = rb_library_import_program_file (fixture->library, path, &error);
  g_assert_no_error (error);
  g_assert_true (rb_program_equal (imported, program));
  g_assert_false (rb_program_is_bundled (imported));

  /* read_program_file() still ties the id to the file's name. */
  g_assert_null (rb_library_read_program_file (fixture->library, path, &error));
  g_assert_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/rb/program/round-trip", Fixture, NULL, fixture_set_up, test_round_trip, fixture_tear_down);
  g_test_add_func ("/rb/dosage/check", test_dosage_check);
  g_test_add_func ("/rb/program-builder/undo", test_builder_undo);
  g_test_add_func ("/rb/program-builder/session-ids", test_builder_session_ids);
  g_test_add ("/rb/program-builder/build-and-save", Fixture, NULL,
              fixture_set_up, test_builder_build_and_save, fixture_tear_down);
  g_test_add ("/rb/program-builder/copy", Fixture, NULL, fixture_set_up, test_builder_copy, fixture_tear_down);
  g_test_add ("/rb/library/import-hostile", Fixture, NULL, fixture_set_up, test_import_hostile, fixture_tear_down);
  g_test_add ("/rb/library/export-import", Fixture, NULL, fixture_set_up, test_export_import, fixture_tear_down);

  return g_test_run ();
}
