/* test-content.c
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "rb-cli.h"
#include "rb-content-error.h"
#include "rb-content-private.h"
#include "rb-library.h"
#include "rb-routine.h"

#define S(n) ((gint64) (n) * G_USEC_PER_SEC)

#define VALID_EXERCISE \
  "{\n" \
  "  \"format\": \"runback.exercise\",\n" \
  "  \"version\": 1,\n" \
  "  \"id\": \"bad\",\n" \
  "  \"name\": \"Bad\",\n" \
  "  \"category\": \"stretch\",\n" \
  "  \"equipment\": [\"wall\"],\n" \
  "  \"summary\": \"A test exercise.\",\n" \
  "  \"dosage\": { \"sets\": 2, \"hold_seconds\": 30, \"sides\": 2 },\n" \
  "  \"steps\": [\"Stand.\", \"Stretch.\"]\n" \
  "}\n"

static GObject *
load_string (const char  *name,
             const char  *json,
             GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));

  return rb_content_load_document (name, bytes, NULL, FALSE, error);
}

/* Replaces the first occurrence of @from in the valid exercise. */
static char *
exercise_with (const char *from,
               const char *to)
{
  const char *at = strstr (VALID_EXERCISE, from);

  g_assert_nonnull (at);
  return g_strdup_printf ("%.*s%s%s", (int) (at - VALID_EXERCISE), VALID_EXERCISE,
                          to, at + strlen (from));
}

static void
test_content_bundled_valid (void)
{
  g_autofree char *report = NULL;
  g_autoptr(RbLibrary) library = rb_library_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (rb_cli_validate (NULL, &report));
  g_assert_cmpstr (report, ==, "");

  rb_library_load (library, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (rb_library_is_loaded (library));
  g_assert_cmpuint (g_list_model_get_n_items (rb_library_get_exercises (library)), ==, 19);
  g_assert_cmpuint (g_list_model_get_n_items (rb_library_get_programs (library)), ==, 5);
  g_assert_cmpuint (g_list_model_get_n_items (rb_library_get_learn_pages (library)), ==, 10);
  g_assert_cmpuint (rb_library_get_problems (library)->len, ==, 0);
}

static void
test_content_valid_exercise (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GObject) document = load_string ("bad.json", VALID_EXERCISE, &error);
  RbExercise *exercise;
  const RbDosage *dosage;

  g_assert_no_error (error);
  g_assert_true (RB_IS_EXERCISE (document));

  exercise = RB_EXERCISE (document);
  g_assert_cmpstr (rb_exercise_get_name (exercise), ==, "Bad");
  g_assert_cmpint (rb_exercise_get_category (exercise), ==, RB_CATEGORY_STRETCH);
  g_assert_true (rb_exercise_uses_equipment (exercise, "wall"));
  g_assert_cmpuint (g_strv_length ((GStrv) rb_exercise_get_steps (exercise)), ==, 2);
  g_assert_null (rb_exercise_get_figure (exercise));

  dosage = rb_exercise_get_dosage (exercise);
  g_assert_cmpuint (dosage->sets, ==, 2);
  g_assert_cmpuint (dosage->hold_seconds, ==, 30);
  g_assert_cmpuint (dosage->sides, ==, 2);
  g_assert_cmpuint (dosage->reps, ==, 0);
}

typedef struct
{
  const char *from;
  const char *to;
  int         code;
  const char *message;
} BadCase;

/* The valid exercise made a two-minute timed activity in @parts. */
#define TIMED_DOSAGE "{ \"sets\": 2, \"hold_seconds\": 30, \"sides\": 2 },"
#define TIMED_WITH(parts) "{ \"duration_minutes\": 2 }, \"parts\": " parts ","

static const BadCase bad_cases[] = {
  /* Semantics: the file name, then the JSON path. */
  { "  \"name\": \"Bad\",\n", "", RB_CONTENT_ERROR_INVALID, "bad.json: name: missing" },
  { "\"Bad\"", "3", RB_CONTENT_ERROR_INVALID, "bad.json: name: expected a string, found number" },
  { "\"Bad\"", "\"  \"", RB_CONTENT_ERROR_INVALID, "bad.json: name: must not be empty" },
  { "\"hold_seconds\": 30", "\"hold_seconds\": -5", RB_CONTENT_ERROR_INVALID,
    "bad.json: dosage.hold_seconds: must be between 0 and 600" },
  { "\"hold_seconds\": 30", "\"hold_seconds\": 2.5", RB_CONTENT_ERROR_INVALID,
    "bad.json: dosage.hold_seconds: expected a whole number, found number" },
  { "\"sides\": 2", "\"sides\": 3", RB_CONTENT_ERROR_INVALID,
    "bad.json: dosage.sides: must be between 1 and 2" },
  { "\"sides\": 2", "\"sides\": 2, \"tempo\": { \"down\": 11 }", RB_CONTENT_ERROR_INVALID,
    "bad.json: dosage.tempo.down: must be between 0 and 10" },
  { "\"sides\": 2", "\"sides\": 2, \"speed\": 1", RB_CONTENT_ERROR_INVALID,
    "bad.json: dosage.speed: unknown member" },
  { "\"hold_seconds\": 30, ", "", RB_CONTENT_ERROR_INVALID,
    "bad.json: dosage: needs reps, hold_seconds, duration_minutes or own_pace" },
  { "\"stretch\"", "\"yoga\"", RB_CONTENT_ERROR_INVALID, "bad.json: category: unknown category “yoga”" },
  { "[\"wall\"]", "[\"wall\", \"trampoline\"]", RB_CONTENT_ERROR_INVALID,
    "bad.json: equipment[1]: unknown equipment “trampoline”" },
  { "[\"wall\"]", "[\"wall\", \"none\"]", RB_CONTENT_ERROR_INVALID,
    "bad.json: equipment: “none” cannot be combined with other equipment" },
  { "[\"Stand.\", \"Stretch.\"]", "[\"Stand.\", 7]", RB_CONTENT_ERROR_INVALID,
    "bad.json: steps[1]: expected a string, found number" },
  { "[\"Stand.\", \"Stretch.\"]", "[]", RB_CONTENT_ERROR_INVALID, "bad.json: steps: needs at least 1 entry" },
  { "\"version\": 1", "\"version\": 2", RB_CONTENT_ERROR_VERSION,
    "bad.json: version: version 2 is not supported (this Runback reads version 1)" },
  { "\"runback.exercise\"", "\"runback.recipe\"", RB_CONTENT_ERROR_VERSION,
    "bad.json: format: expected “runback.exercise, runback.program or runback.learn”, found “runback.recipe”" },
  { "\"runback.exercise\"", "7", RB_CONTENT_ERROR_INVALID,
    "bad.json: format: expected a string, found number" },
  { "\"runback.exercise\"", "{}", RB_CONTENT_ERROR_INVALID,
    "bad.json: format: expected a string, found object" },
  { "\"id\": \"bad\"", "\"id\": \"Bad Id\"", RB_CONTENT_ERROR_INVALID,
    "bad.json: id: must be lower-case letters and digits joined by “-”, at most 64 characters" },
  { "\"id\": \"bad\"", "\"id\": \"good\"", RB_CONTENT_ERROR_INVALID,
    "bad.json: id: “good” does not match the file name (expected “bad”)" },
  { "\"name\"", "\"colour\": \"red\", \"name\"", RB_CONTENT_ERROR_INVALID, "bad.json: colour: unknown member" },
  { "\"steps\"", "\"illustration\": { \"keyframes\": [ { \"pose\": { \"left_elbow\": 170 } } ] }, \"steps\"",
    RB_CONTENT_ERROR_INVALID, "bad.json: illustration.keyframes[0].pose.left_elbow: must be between 0 and 160" },
  /* Parts: only for timed activities, adding up to their length. */
  { "\"steps\"", "\"parts\": [ { \"text\": \"Walk.\", \"seconds\": 60 } ], \"steps\"",
    RB_CONTENT_ERROR_INVALID, "bad.json: parts: only a timed activity (dosage.duration_minutes) has parts" },
  { TIMED_DOSAGE, TIMED_WITH ("[]"), RB_CONTENT_ERROR_INVALID, "bad.json: parts: needs at least 1 entry" },
  { TIMED_DOSAGE, TIMED_WITH ("[ 7 ]"), RB_CONTENT_ERROR_INVALID,
    "bad.json: parts[0]: expected an object, found number" },
  { TIMED_DOSAGE, TIMED_WITH ("[ { \"text\": \"Walk.\" } ]"), RB_CONTENT_ERROR_INVALID,
    "bad.json: parts[0].seconds: missing" },
  { TIMED_DOSAGE, TIMED_WITH ("[ { \"seconds\": 120 } ]"), RB_CONTENT_ERROR_INVALID,
    "bad.json: parts[0].text: missing" },
  { TIMED_DOSAGE, TIMED_WITH ("[ { \"text\": \"Walk.\", \"seconds\": 0 } ]"), RB_CONTENT_ERROR_INVALID,
    "bad.json: parts[0].seconds: must be between 1 and 14400" },
  { TIMED_DOSAGE, TIMED_WITH ("[ { \"text\": \"Walk.\", \"seconds\": 120, \"speed\": 1 } ]"),
    RB_CONTENT_ERROR_INVALID, "bad.json: parts[0].speed: unknown member" },
  { TIMED_DOSAGE, TIMED_WITH ("[ { \"text\": \"Walk.\", \"seconds\": 60 }, "
                              "{ \"text\": \"Jog.\", \"seconds\": 30 } ]"),
    RB_CONTENT_ERROR_INVALID, "bad.json: parts: the parts last 90 s in all, but dosage.duration_minutes is 120 s" },
  /* Syntax: the file name, then line:column. */
  { "\"name\": \"Bad\",", "\"name\": \"Bad\", \"name\": \"Worse\",", RB_CONTENT_ERROR_SYNTAX,
    "bad.json:5:18: duplicate member “name”" },
  { "}\n", "} []\n", RB_CONTENT_ERROR_SYNTAX, "bad.json:11:3: unexpected data after the document" },
  { "\"Bad\"", "\"B\xff\"", RB_CONTENT_ERROR_SYNTAX, "bad.json:5:13: invalid UTF-8" },
};

static void
test_content_bad_exercise (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autofree char *json = exercise_with (bad_cases[i].from, bad_cases[i].to);
      g_autoptr(GError) error = NULL;
      g_autoptr(GObject) document = load_string ("bad.json", json, &error);

      g_test_message ("case %u: %s", i, bad_cases[i].message);
      g_assert_null (document);
      g_assert_error (error, RB_CONTENT_ERROR, bad_cases[i].code);
      g_assert_cmpstr (error->message, ==, bad_cases[i].message);
    }
}

static void
test_content_syntax_error (void)
{
  g_autofree char *json = exercise_with ("\"Bad\",", "\"Bad\" \"oops\",");
  g_autoptr(GError) error = NULL;
  g_autoptr(GObject) document = load_string ("bad.json", json, &error);

  g_assert_null (document);
  g_assert_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_SYNTAX);
  g_assert_cmpstr (error->message, ==, "bad.json:5:17: expected “,” or “}”");
}

static void
test_content_caps (void)
{
  g_autoptr(GString) deep = g_string_new ("{\"a\": ");
  g_autoptr(GString) long_string = g_string_new ("{\"a\": \"");
  g_autoptr(GError) error = NULL;
  g_autoptr(GObject) document = NULL;
  g_autofree char *huge = NULL;
  g_autoptr(GBytes) bytes = NULL;

  for (guint i = 0; i < 40; i++)
    g_string_append_c (deep, '[');
  document = load_string ("deep.json", deep->str, &error);
  g_assert_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_TOO_LARGE);
  g_assert_cmpstr (error->message, ==, "deep.json:1:38: nested deeper than 32 levels");
  g_clear_error (&error);

  for (guint i = 0; i < 17 * 1024; i++)
    g_string_append_c (long_string, 'x');
  g_string_append (long_string, "\"}");
  document = load_string ("long.json", long_string->str, &error);
  g_assert_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_TOO_LARGE);
  g_assert_cmpstr (error->message, ==, "long.json:1:7: string longer than 16 KiB");
  g_clear_error (&error);

  huge = g_strnfill (1024 * 1024 + 1, ' ');
  bytes = g_bytes_new_static (huge, 1024 * 1024 + 1);
  document = rb_content_load_document ("huge.json", bytes, NULL, FALSE, &error);
  g_assert_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_TOO_LARGE);
  g_assert_cmpstr (error->message, ==, "huge.json: file larger than 1 MiB");
  g_clear_error (&error);

  document = load_string ("empty.json", "  \n", &error);
  g_assert_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_SYNTAX);
  g_assert_cmpstr (error->message, ==, "empty.json:1:1: empty document");
  g_clear_error (&error);

  document = load_string ("array.json", "[1, 2]", &error);
  g_assert_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "array.json:1:1: the document must be a JSON object");
}

static char *
write_file (const char *dir,
            const char *kind,
            const char *name,
            const char *contents)
{
  g_autofree char *subdir = g_build_filename (dir, kind, NULL);
  char *path = g_build_filename (subdir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_mkdir_with_parents (subdir, 0700);
  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);

  return path;
}

#define PROGRAM_HEAD \
  "{ \"format\": \"runback.program\", \"version\": 1, \"id\": \"mine\", \"title\": \"Mine\",\n" \
  "  \"summary\": \"S\", \"audience\": \"A\",\n" \
  "  \"phases\": [ { \"title\": \"P\", \"weeks\": 2, \"sessions_per_week\": 3,\n" \
  "    \"sessions\": [ { \"title\": \"S\", \"items\": [\n"

static void
test_content_program_references (void)
{
  g_autofree char *dir = g_dir_make_tmp ("runback-test-XXXXXX", NULL);
  g_autofree char *path = write_file (dir, "programs", "mine.json",
                                      PROGRAM_HEAD
                                      "      { \"exercise\": \"squat\", \"dosage\": { \"sets\": 2 } },\n"
                                      "      { \"exercise\": \"nope\" } ] } ] } ] }\n");
  const char *paths[] = { path, NULL };
  g_autofree char *report = NULL;
  g_autofree char *expected = g_strdup_printf ("%s: phases[0].sessions[0].items[1].exercise: unknown exercise “nope”\n", path);

  g_assert_false (rb_cli_validate (paths, &report));
  g_assert_cmpstr (report, ==, expected);

  g_autofree char *subdir = g_path_get_dirname (path);

  g_unlink (path);
  g_rmdir (subdir);
  g_rmdir (dir);
}

static void
test_content_program_dosage (void)
{
  g_autoptr(RbLibrary) library = rb_library_new ();
  g_autoptr(GError) error = NULL;
  RbProgram *program;
  const RbProgramSession *session;
  const RbSessionItem *item;

  rb_library_load (library, NULL, NULL, &error);
  g_assert_no_error (error);

  program = rb_library_lookup_program (library, "knee-strength");
  g_assert_nonnull (program);
  g_assert_cmpuint (rb_program_get_n_sessions (program), ==, 6);
  g_assert_cmpuint (rb_program_get_max_sessions_per_week (program), ==, 3);

  /* The warm-up keeps its default; the first phase's override lowers the sets. */
  session = rb_program_get_session (program, 0);
  item = rb_program_session_get_item (session, 0);
  g_assert_cmpstr (rb_session_item_get_exercise_id (item), ==, "dynamic-warm-up");
  g_assert_cmpuint (rb_session_item_get_dosage (item)->duration_minutes, ==, 8);

  item = rb_program_session_get_item (session, 1);
  g_assert_true (rb_session_item_get_exercise (item) == rb_library_lookup_exercise (library, "squat"));
  g_assert_cmpuint (rb_session_item_get_dosage (item)->sets, ==, 2);
  g_assert_cmpuint (rb_session_item_get_dosage (item)->reps, ==, 10);
  g_assert_cmpuint (rb_exercise_get_dosage (rb_session_item_get_exercise (item))->sets, ==, 3);

  program = rb_library_lookup_program (library, "return-to-running");
  item = rb_program_session_get_item (rb_program_get_session (program, 0), 1);
  g_assert_cmpint (rb_session_item_get_kind (item), ==, RB_SESSION_ITEM_RUN_WALK);
  g_assert_cmpuint (rb_session_item_get_run_walk (item)->run_seconds, ==, 60);
}

/* A user's program "mine" whose only session holds @items, joined. */
static char *
write_program (const char *dir,
               GPtrArray  *items)
{
  g_autoptr(GString) json = g_string_new (PROGRAM_HEAD);

  for (guint i = 0; i < items->len; i++)
    g_string_append_printf (json, "%s      %s\n", i > 0 ? "," : " ", (char *) items->pdata[i]);
  g_string_append (json, "] } ] } ] }\n");

  return write_file (dir, "programs", "mine.json", json->str);
}

/* Loads @dir and returns its program "mine", or %NULL with its problem. */
static RbProgram *
load_mine (RbLibrary  *library,
           const char *dir,
           char      **problem)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *problems;

  rb_library_load (library, dir, NULL, &error);
  g_assert_no_error (error);
  problems = rb_library_get_problems (library);
  g_assert_cmpuint (problems->len, <=, 1);
  *problem = problems->len > 0 ? g_strdup (((GError *) problems->pdata[0])->message) : NULL;

  return rb_library_lookup_program (library, "mine");
}

/* 24 items of 80 steps (a rest or the lead-in, then 20 sets of left, switch
 * and right with a rest between) and 4 own-pace items of 21, 21, 21 and
 * @last_sets + 1 steps, then the done step: 2,000 steps when @last_sets is
 * 15, one more when it is 16.
 */
static GPtrArray *
items_near_step_cap (guint last_sets)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < 24; i++)
    g_ptr_array_add (items, g_strdup ("{ \"exercise\": \"squat\", \"dosage\": { \"sets\": 20, "
                                      "\"reps\": 100, \"hold_seconds\": 600, \"sides\": 2, "
                                      "\"rest_seconds\": 600, "
                                      "\"tempo\": { \"down\": 10, \"hold\": 10, \"up\": 10 } } }"));
  for (guint i = 0; i < 3; i++)
    g_ptr_array_add (items, g_strdup ("{ \"exercise\": \"rest\", \"dosage\": { \"sets\": 20 } }"));
  g_ptr_array_add (items, g_strdup_printf ("{ \"exercise\": \"rest\", \"dosage\": { \"sets\": %u } }",
                                           last_sets));

  return items;
}

static void
test_content_session_caps (void)
{
  g_autofree char *dir = g_dir_make_tmp ("runback-test-XXXXXX", NULL);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *path = NULL, *problem = NULL, *expected = NULL;
  RbProgram *program;

  /* At most 50 items: 50 load, 51 do not, and the message says where. */
  for (guint i = 0; i < RB_PROGRAM_MAX_SESSION_ITEMS; i++)
    g_ptr_array_add (items, g_strdup ("{ \"exercise\": \"rest\" }"));
  path = write_program (dir, items);
  {
    g_autoptr(RbLibrary) library = rb_library_new ();

    program = load_mine (library, dir, &problem);
    g_assert_null (problem);
    g_assert_nonnull (program);
    g_assert_cmpuint (rb_program_session_get_n_items (rb_program_get_session (program, 0)), ==, 50);
  }

  g_ptr_array_add (items, g_strdup ("{ \"exercise\": \"rest\" }"));
  g_free (write_program (dir, items));
  {
    g_autoptr(RbLibrary) library = rb_library_new ();

    program = load_mine (library, dir, &problem);
    g_assert_null (program);
    expected = g_strdup_printf ("%s: phases[0].sessions[0].items: 51 items; a session holds at most 50", path);
    g_assert_cmpstr (problem, ==, expected);
    g_clear_pointer (&problem, g_free);
    g_clear_pointer (&expected, g_free);
  }

  /* At most 2,000 steps once expanded, counted after linking. */
  g_clear_pointer (&items, g_ptr_array_unref);
  items = items_near_step_cap (15);
  g_free (write_program (dir, items));
  {
    g_autoptr(RbLibrary) library = rb_library_new ();
    g_autoptr(RbRoutine) routine = NULL;
    g_autoptr(GPtrArray) steps = NULL;
    const RbProgramSession *session;
    guint64 seconds;

    program = load_mine (library, dir, &problem);
    g_assert_null (problem);
    g_assert_nonnull (program);
    routine = rb_routine_new_for_program_session (program, 0);
    steps = rb_routine_expand (routine);
    g_assert_cmpuint (steps->len, ==, RB_PROGRAM_MAX_SESSION_STEPS);

    /* The estimate is the sum of the steps as they are played. */
    session = rb_program_get_session (program, 0);
    seconds = 0;
    for (guint i = 0; i < steps->len; i++)
      seconds += rb_step_get_planned_duration (g_ptr_array_index (steps, i)) / G_USEC_PER_SEC;
    g_assert_cmpuint (rb_routine_estimate_seconds (routine), ==, seconds);
    g_assert_cmpuint (rb_program_session_get_estimated_minutes (session), ==, (seconds + 30) / 60);
  }

  g_clear_pointer (&items, g_ptr_array_unref);
  items = items_near_step_cap (16);
  g_free (write_program (dir, items));
  {
    g_autoptr(RbLibrary) library = rb_library_new ();

    program = load_mine (library, dir, &problem);
    g_assert_null (program);
    expected = g_strdup_printf ("%s: phases[0].sessions[0].items: 2001 steps once expanded; "
                                "a session holds at most 2000", path);
    g_assert_cmpstr (problem, ==, expected);
  }

  /* --validate says the same. */
  {
    const char *paths[] = { path, NULL };
    g_autofree char *report = NULL;
    g_autofree char *line = g_strconcat (expected, "\n", NULL);

    g_assert_false (rb_cli_validate (paths, &report));
    g_assert_cmpstr (report, ==, line);
  }

  g_autofree char *subdir = g_path_get_dirname (path);

  g_unlink (path);
  g_rmdir (subdir);
  g_rmdir (dir);
}

/* A program "p" with two phases of @sessions, as JSON members of each
 * session before "title" (such as an id), in the given format version.
 */
static char *
program_json (guint        version,
              const char  *first,
              const char  *second,
              const char  *third)
{
  return g_strdup_printf ("{ \"format\": \"runback.program\", \"version\": %u, \"id\": \"p\",\n"
                          "  \"title\": \"P\", \"summary\": \"S\", \"audience\": \"A\",\n"
                          "  \"phases\": [\n"
                          "    { \"title\": \"One\", \"weeks\": 1, \"sessions_per_week\": 2, \"sessions\": [\n"
                          "      { %s \"title\": \"A\", \"items\": [ { \"exercise\": \"squat\" } ] },\n"
                          "      { %s \"title\": \"B\", \"items\": [ { \"exercise\": \"squat\" } ] } ] },\n"
                          "    { \"title\": \"Two\", \"weeks\": 1, \"sessions_per_week\": 1, \"sessions\": [\n"
                          "      { %s \"title\": \"C\", \"items\": [ { \"exercise\": \"squat\" } ] } ] } ] }\n",
                          version, first, second, third);
}

static void
test_content_session_ids (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  g_autoptr(GObject) document = NULL;
  RbProgram *program;
  guint index = 99;

  /* Version 2: each session has its id, found wherever it moved. */
  json = program_json (2, "\"id\": \"strength-a\",", "\"id\": \"strength-b\",", "\"id\": \"run-1\",");
  document = load_string ("p.json", json, &error);
  g_assert_no_error (error);
  program = RB_PROGRAM (document);
  g_assert_cmpstr (rb_program_session_get_id (rb_program_get_session (program, 0)), ==, "strength-a");
  g_assert_cmpstr (rb_program_session_get_id (rb_program_get_session (program, 2)), ==, "run-1");
  g_assert_true (rb_program_lookup_session (program, "run-1", &index) == rb_program_get_session (program, 2));
  g_assert_cmpuint (index, ==, 2);
  g_assert_true (rb_program_lookup_session (program, "strength-b", NULL) == rb_program_get_session (program, 1));
  index = 99;
  g_assert_null (rb_program_lookup_session (program, "session-1", &index));
  g_assert_cmpuint (index, ==, 99);
  g_assert_null (rb_program_lookup_session (program, NULL, NULL));
  g_clear_object (&document);
  g_clear_pointer (&json, g_free);

  /* Unique within the program, across phases; the error says where. */
  json = program_json (2, "\"id\": \"a\",", "\"id\": \"b\",", "\"id\": \"a\",");
  document = load_string ("p.json", json, &error);
  g_assert_null (document);
  g_assert_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "p.json: phases[1].sessions[0].id: “a” is already the id of another session");
  g_clear_error (&error);
  g_clear_pointer (&json, g_free);

  /* Version 2 requires them, valid ids. */
  json = program_json (2, "\"id\": \"a\",", "", "\"id\": \"c\",");
  document = load_string ("p.json", json, &error);
  g_assert_null (document);
  g_assert_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "phases[0].sessions[1].id"));
  g_clear_error (&error);
  g_clear_pointer (&json, g_free);

  json = program_json (2, "\"id\": \"a\",", "\"id\": \"Not An Id\",", "\"id\": \"c\",");
  document = load_string ("p.json", json, &error);
  g_assert_null (document);
  g_assert_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "phases[0].sessions[1].id"));
  g_clear_error (&error);
  g_clear_pointer (&json, g_free);

  /* Version 1: ids by position over all phases, from 1; no ids allowed. */
  json = program_json (1, "", "", "");
  document = load_string ("p.json", json, &error);
  g_assert_no_error (error);
  program = RB_PROGRAM (document);
  g_assert_cmpstr (rb_program_session_get_id (rb_program_get_session (program, 0)), ==, "session-1");
  g_assert_cmpstr (rb_program_session_get_id (rb_program_get_session (program, 1)), ==, "session-2");
  g_assert_cmpstr (rb_program_session_get_id (rb_program_get_session (program, 2)), ==, "session-3");
  g_assert_true (rb_program_lookup_session (program, "session-3", &index) == rb_program_get_session (program, 2));
  g_assert_cmpuint (index, ==, 2);
  g_clear_object (&document);
  g_clear_pointer (&json, g_free);

  json = program_json (1, "\"id\": \"a\",", "", "");
  document = load_string ("p.json", json, &error);
  g_assert_null (document);
  g_assert_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID);
  g_clear_error (&error);
  g_clear_pointer (&json, g_free);

  /* A later version is not read. */
  json = program_json (3, "\"id\": \"a\",", "\"id\": \"b\",", "\"id\": \"c\",");
  document = load_string ("p.json", json, &error);
  g_assert_null (document);
  g_assert_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_VERSION);
}

static void
test_content_user_dir (void)
{
  g_autofree char *dir = g_dir_make_tmp ("runback-test-XXXXXX", NULL);
  g_autofree char *good = NULL, *clash = NULL, *broken = NULL, *program = NULL;
  g_autofree char *good_json = exercise_with ("\"id\": \"bad\"", "\"id\": \"my-stretch\"");
  g_autofree char *clash_json = exercise_with ("\"id\": \"bad\"", "\"id\": \"squat\"");
  g_autoptr(RbLibrary) library = rb_library_new ();
  g_autoptr(GError) error = NULL;
  GPtrArray *problems;

  good = write_file (dir, "exercises", "my-stretch.json", good_json);
  clash = write_file (dir, "exercises", "squat.json", clash_json);
  broken = write_file (dir, "exercises", "broken.json", "{ \"format\": ");
  program = write_file (dir, "programs", "mine.json",
                        PROGRAM_HEAD "      { \"exercise\": \"my-stretch\" } ] } ] } ] }\n");

  /* Bad user files are skipped and reported, never fatal. */
  rb_library_load (library, dir, NULL, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (g_list_model_get_n_items (rb_library_get_exercises (library)), ==, 20);
  g_assert_nonnull (rb_library_lookup_exercise (library, "my-stretch"));
  g_assert_true (rb_exercise_is_bundled (rb_library_lookup_exercise (library, "squat")));
  g_assert_nonnull (rb_library_lookup_program (library, "mine"));

  problems = rb_library_get_problems (library);
  g_assert_cmpuint (problems->len, ==, 2);
  g_assert_true (g_str_has_suffix (((GError *) problems->pdata[0])->message,
                                   "broken.json:1:13: unexpected end of file, expected a value"));
  g_assert_true (g_str_has_suffix (((GError *) problems->pdata[1])->message,
                                   "squat.json: id: an exercise “squat” already exists"));

  for (const char *p, * const *files = (const char * const[]) { good, clash, broken, program, NULL };
       (p = *files) != NULL; files++)
    g_unlink (p);
}

/* Whatever is named *.json in the user's directories is read safely: a
 * FIFO must not block the load, and neither a directory nor an oversized
 * file may stop it.
 */
static void
test_content_user_dir_special (void)
{
  g_autofree char *dir = g_dir_make_tmp ("runback-test-XXXXXX", NULL);
  g_autofree char *good_json = exercise_with ("\"id\": \"bad\"", "\"id\": \"my-stretch\"");
  g_autofree char *good = write_file (dir, "exercises", "my-stretch.json", good_json);
  g_autofree char *huge_json = g_strnfill (1024 * 1024 + 1, ' ');
  g_autofree char *huge = write_file (dir, "exercises", "huge.json", huge_json);
  g_autofree char *fifo = g_build_filename (dir, "exercises", "fifo.json", NULL);
  g_autofree char *subdir = g_build_filename (dir, "exercises", "folder.json", NULL);
  g_autofree char *exercises = g_path_get_dirname (good);
  g_autoptr(RbLibrary) library = rb_library_new ();
  g_autoptr(GError) error = NULL;
  const char *expected[] = { "fifo.json: not a regular file", "folder.json: not a regular file",
                             "huge.json: file larger than 1 MiB" };
  GPtrArray *problems;

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_cmpint (g_mkdir (subdir, 0700), ==, 0);

  rb_library_load (library, dir, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (rb_library_lookup_exercise (library, "my-stretch"));

  problems = rb_library_get_problems (library);
  g_assert_cmpuint (problems->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      GError *problem = g_ptr_array_index (problems, i);
      g_autofree char *message = g_strdup_printf ("%s/%s", exercises, expected[i]);
      int code = i < 2 ? RB_CONTENT_ERROR_NOT_REGULAR : RB_CONTENT_ERROR_TOO_LARGE;

      g_assert_error (problem, RB_CONTENT_ERROR, code);
      g_assert_cmpstr (problem->message, ==, message);
    }

  g_unlink (good);
  g_unlink (huge);
  g_unlink (fifo);
  g_rmdir (subdir);
  g_rmdir (exercises);
  g_rmdir (dir);
}

static void
load_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  rb_library_load_finish (RB_LIBRARY (object), result, &error);
  g_assert_no_error (error);
  *(gboolean *) user_data = TRUE;
}

static void
test_content_load_async (void)
{
  g_autoptr(RbLibrary) library = rb_library_new ();
  gboolean done = FALSE;

  rb_library_load_async (library, NULL, NULL, load_cb, &done);
  g_assert_true (rb_library_is_loading (library));
  while (!done)
    g_main_context_iteration (NULL, TRUE);

  g_assert_true (rb_library_is_loaded (library));
  g_assert_false (rb_library_is_loading (library));
  g_assert_cmpuint (g_list_model_get_n_items (rb_library_get_programs (library)), ==, 5);
}

static void
test_content_describe_dosage (void)
{
  RbDosage strength = { .sets = 3, .reps = 10, .sides = 1, .rest_seconds = 60 };
  RbDosage stretch = { .sets = 2, .hold_seconds = 30, .sides = 2, .rest_seconds = 10 };
  RbDosage timed = { .sets = 1, .sides = 1, .duration_minutes = 15 };
  g_autofree char *a = rb_dosage_describe (&strength);
  g_autofree char *b = rb_dosage_describe (&stretch);
  RbDosage timed_sides = { .sets = 1, .sides = 2, .duration_minutes = 5 };
  g_autofree char *c = rb_dosage_describe (&timed);
  g_autofree char *d = rb_dosage_describe (&timed_sides);

  g_assert_cmpstr (a, ==, "3 sets of 10 reps · 60\u00a0s rest");
  g_assert_cmpstr (b, ==, "Hold 30\u00a0s · each side · 2 times · 10\u00a0s rest");
  g_assert_cmpstr (c, ==, "15 minutes");
  /* Foam rolling: five minutes on each leg, ten in all. */
  g_assert_cmpstr (d, ==, "5 minutes · each side");
}

static void
assert_string_property (gpointer    object,
                        const char *name,
                        const char *expected)
{
  g_autofree char *value = NULL;

  g_object_get (object, name, &value, NULL);
  g_assert_cmpstr (value, ==, expected);
}

/* Each model's properties say what its getters say. */
static void
test_content_properties (void)
{
  g_autoptr(RbLibrary) library = rb_library_new ();
  g_autoptr(GError) error = NULL;
  GListModel *model;

  rb_library_load (library, NULL, NULL, &error);
  g_assert_no_error (error);

  model = rb_library_get_exercises (library);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(RbExercise) exercise = g_list_model_get_item (model, i);
      g_autofree char *label = rb_exercise_dup_equipment_label (exercise);
      g_auto(GStrv) equipment = NULL;
      RbCategory category;
      gboolean bundled;

      assert_string_property (exercise, "id", rb_exercise_get_id (exercise));
      assert_string_property (exercise, "name", rb_exercise_get_name (exercise));
      assert_string_property (exercise, "summary", rb_exercise_get_summary (exercise));
      assert_string_property (exercise, "source", rb_exercise_get_source (exercise));
      assert_string_property (exercise, "equipment-label", label);
      g_object_get (exercise, "category", &category, "equipment", &equipment, "bundled", &bundled, NULL);
      g_assert_cmpint (category, ==, rb_exercise_get_category (exercise));
      g_assert_true (g_strv_equal ((const char * const *) equipment, rb_exercise_get_equipment (exercise)));
      g_assert_true (bundled);
    }

  model = rb_library_get_programs (library);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(RbProgram) program = g_list_model_get_item (model, i);

      assert_string_property (program, "id", rb_program_get_id (program));
      assert_string_property (program, "title", rb_program_get_title (program));
      assert_string_property (program, "summary", rb_program_get_summary (program));
      assert_string_property (program, "audience", rb_program_get_audience (program));
      assert_string_property (program, "source", rb_program_get_source (program));
    }

  model = rb_library_get_learn_pages (library);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(RbLearnPage) page = g_list_model_get_item (model, i);

      assert_string_property (page, "id", rb_learn_page_get_id (page));
      assert_string_property (page, "title", rb_learn_page_get_title (page));
      assert_string_property (page, "summary", rb_learn_page_get_summary (page));
    }
}

static void
test_content_equipment_label (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *json = exercise_with ("[\"wall\"]", "[\"wall\", \"chair\"]");
  g_autoptr(GObject) document = load_string ("bad.json", json, &error);
  g_autofree char *label = NULL;

  g_assert_no_error (error);
  label = rb_exercise_dup_equipment_label (RB_EXERCISE (document));
  g_assert_cmpstr (label, ==, "Wall · Chair");
}

/* A timed activity in parts says which part is under way. */
static void
test_content_parts (void)
{
  g_autoptr(RbLibrary) library = rb_library_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *json = exercise_with (TIMED_DOSAGE,
                                         TIMED_WITH ("[ { \"text\": \"Walk.\", \"seconds\": 90 }, "
                                                     "{ \"text\": \"Jog.\", \"seconds\": 30 } ]"));
  g_autoptr(GObject) document = load_string ("bad.json", json, &error);
  RbExercise *exercise, *warm_up, *squat;
  guint index = G_MAXUINT, seconds = 0;

  g_assert_no_error (error);
  exercise = RB_EXERCISE (document);
  g_assert_cmpuint (rb_exercise_get_n_parts (exercise), ==, 2);
  g_assert_cmpstr (rb_exercise_get_part (exercise, 1, &seconds), ==, "Jog.");
  g_assert_cmpuint (seconds, ==, 30);

  /* At the exercise's own length, or another one, the parts keep their
   * shares: 90 of 120 s walking. */
  g_assert_cmpstr (rb_exercise_get_part_at (exercise, 0, 0, &index), ==, "Walk.");
  g_assert_cmpuint (index, ==, 0);
  g_assert_cmpstr (rb_exercise_get_part_at (exercise, S (90) - 1, 0, &index), ==, "Walk.");
  g_assert_cmpstr (rb_exercise_get_part_at (exercise, S (90), 0, &index), ==, "Jog.");
  g_assert_cmpuint (index, ==, 1);
  g_assert_cmpstr (rb_exercise_get_part_at (exercise, S (179), S (240), NULL), ==, "Walk.");
  g_assert_cmpstr (rb_exercise_get_part_at (exercise, S (180), S (240), NULL), ==, "Jog.");
  /* Before the start the first part, after the end the last. */
  g_assert_cmpstr (rb_exercise_get_part_at (exercise, -S (5), 0, &index), ==, "Walk.");
  g_assert_cmpstr (rb_exercise_get_part_at (exercise, G_MAXINT64, 0, &index), ==, "Jog.");
  g_assert_cmpuint (index, ==, 1);

  /* The bundled warm-up: two minutes of walking, then leg swings. */
  rb_library_load (library, NULL, NULL, &error);
  g_assert_no_error (error);
  warm_up = rb_library_lookup_exercise (library, "dynamic-warm-up");
  squat = rb_library_lookup_exercise (library, "squat");
  g_assert_cmpuint (rb_exercise_get_n_parts (warm_up), ==, 5);
  g_assert_cmpstr (rb_exercise_get_part_at (warm_up, S (60), 0, &index), ==, "Walk briskly.");
  g_assert_cmpstr (rb_exercise_get_part_at (warm_up, S (150), 0, &index), ==,
                   "Swing each leg forward and back ten times, holding a wall for balance.");
  g_assert_cmpuint (index, ==, 1);
  g_assert_cmpstr (rb_exercise_get_part_at (warm_up, S (7 * 60 + 30), 0, &index), ==,
                   "Jog easily on the spot or jog slowly.");
  g_assert_cmpuint (index, ==, 4);

  /* Anything else has no parts: its first step is the instruction. */
  g_assert_cmpuint (rb_exercise_get_n_parts (squat), ==, 0);
  g_assert_null (rb_exercise_get_part_at (squat, S (10), 0, &index));
  g_assert_cmpuint (index, ==, 0);
}

/* A program's session starts a timed activity on its first part. */
static void
test_content_parts_in_routine (void)
{
  g_autoptr(RbLibrary) library = rb_library_new ();
  g_autoptr(GError) error = NULL;
  RbProgram *program;
  guint n_found = 0;

  rb_library_load (library, NULL, NULL, &error);
  g_assert_no_error (error);
  program = rb_library_lookup_program (library, "prevention-routine");
  g_assert_nonnull (program);

  for (guint i = 0; i < rb_program_get_n_sessions (program); i++)
    {
      g_autoptr(RbRoutine) routine = rb_routine_new_for_program_session (program, i);

      for (guint j = 0; j < rb_routine_get_n_items (routine); j++)
        {
          const RbRoutineItem *item = rb_routine_get_item (routine, j);

          if (g_strcmp0 (item->exercise_id, "dynamic-warm-up") != 0)
            continue;
          g_assert_cmpstr (item->instructions, ==, "Walk briskly.");
          n_found++;
        }
    }

  g_assert_cmpuint (n_found, >, 0);
}

static void
test_content_search (void)
{
  g_autoptr(RbLibrary) library = rb_library_new ();
  g_autoptr(GError) error = NULL;
  RbExercise *squat, *calf;

  rb_library_load (library, NULL, NULL, &error);
  g_assert_no_error (error);
  squat = rb_library_lookup_exercise (library, "squat");
  calf = rb_library_lookup_exercise (library, "wall-calf-stretch");

  g_assert_true (rb_exercise_matches (squat, NULL, -1, NULL));
  g_assert_true (rb_exercise_matches (squat, "", -1, NULL));
  g_assert_true (rb_exercise_matches (squat, "SQU", -1, NULL));
  g_assert_true (rb_exercise_matches (calf, "calf wall", -1, NULL));
  g_assert_false (rb_exercise_matches (calf, "calf chair", -1, NULL));
  /* The summary counts too: "Stretches the calf muscles." */
  g_assert_true (rb_exercise_matches (calf, "muscles", -1, NULL));

  g_assert_true (rb_exercise_matches (squat, NULL, RB_CATEGORY_STRENGTH, NULL));
  g_assert_false (rb_exercise_matches (squat, NULL, RB_CATEGORY_STRETCH, NULL));
  g_assert_true (rb_exercise_matches (calf, NULL, -1, "wall"));
  g_assert_false (rb_exercise_matches (calf, NULL, -1, "resistance-band"));
}

static void
test_content_search_words (void)
{
  g_auto(GStrv) none = rb_search_words_new (NULL);
  g_auto(GStrv) blank = rb_search_words_new (" \t ");
  g_auto(GStrv) words = rb_search_words_new ("  Calf\tWALL  ");
  g_auto(GStrv) folded = rb_search_words_new ("STRASSE Stra\xc3\x9f\x65");
  const char * const calf_wall[] = { "calf", "wall", NULL };
  const char * const strasse[] = { "strasse", "strasse", NULL };

  g_assert_cmpstrv (none, ((const char * const []) { NULL }));
  g_assert_cmpstrv (blank, ((const char * const []) { NULL }));
  g_assert_cmpstrv (words, calf_wall);
  /* Casefolded, not only lower-cased: "ß" is "ss". */
  g_assert_cmpstrv (folded, strasse);
}

static void
test_content_search_narrow (void)
{
  const char * const none[] = { NULL };
  const char * const s[] = { "s", NULL };
  const char * const squat[] = { "squat", NULL };
  const char * const squat_v[] = { "squat", "v", NULL };
  const char * const squat_va[] = { "squat", "va", NULL };
  const char * const va_squat[] = { "va", "squat", NULL };
  const char * const wall[] = { "wall", NULL };

  /* A letter or a word added narrows; everything narrows no search. */
  g_assert_true (rb_search_words_narrow (squat, s));
  g_assert_true (rb_search_words_narrow (squat_v, squat));
  g_assert_true (rb_search_words_narrow (squat_va, squat_v));
  g_assert_true (rb_search_words_narrow (va_squat, squat_v));
  g_assert_true (rb_search_words_narrow (s, none));
  g_assert_true (rb_search_words_narrow (squat, squat));
  /* A letter or a word taken away widens; another word is neither. */
  g_assert_false (rb_search_words_narrow (s, squat));
  g_assert_false (rb_search_words_narrow (squat, squat_v));
  g_assert_false (rb_search_words_narrow (none, s));
  g_assert_false (rb_search_words_narrow (wall, squat));
  g_assert_false (rb_search_words_narrow (squat, wall));
}

/* rb_exercise_matches_words() agrees with rb_exercise_matches() on every
 * bundled exercise, and looks in the name and the summary apart. */
static void
test_content_search_matches_words (void)
{
  g_autoptr(RbLibrary) library = rb_library_new ();
  g_autoptr(GError) error = NULL;
  const char *searches[] = { NULL, "", "SQU", "calf wall", "calf chair", "muscles", "s t",
                             "stretch", "a e i", "\t", "wall-", "zzz" };
  GListModel *exercises;
  RbExercise *calf;

  rb_library_load (library, NULL, NULL, &error);
  g_assert_no_error (error);
  exercises = rb_library_get_exercises (library);

  for (guint s = 0; s < G_N_ELEMENTS (searches); s++)
    {
      g_auto(GStrv) words = rb_search_words_new (searches[s]);

      for (guint i = 0; i < g_list_model_get_n_items (exercises); i++)
        {
          g_autoptr(RbExercise) exercise = g_list_model_get_item (exercises, i);
          g_autofree char *name = g_utf8_casefold (rb_exercise_get_name (exercise), -1);
          g_autofree char *summary = g_utf8_casefold (rb_exercise_get_summary (exercise), -1);
          gboolean expected = TRUE;

          for (guint w = 0; words[w] != NULL; w++)
            expected &= strstr (name, words[w]) != NULL || strstr (summary, words[w]) != NULL;

          g_assert_cmpint (rb_exercise_matches_words (exercise, (const char * const *) words, -1, NULL), ==, expected);
          g_assert_cmpint (rb_exercise_matches (exercise, searches[s], -1, NULL), ==, expected);
        }
    }

  /* "Wall Calf Stretch" then "Stretches the calf muscles.": no word spans
   * the two. */
  calf = rb_library_lookup_exercise (library, "wall-calf-stretch");
  g_assert_false (rb_exercise_matches_words (calf, (const char * const []) { "stretchstretches", NULL }, -1, NULL));
  g_assert_true (rb_exercise_matches_words (calf, (const char * const []) { "calf", NULL },
                                            RB_CATEGORY_STRETCH, "wall"));
  g_assert_false (rb_exercise_matches_words (calf, (const char * const []) { "calf", NULL },
                                             RB_CATEGORY_STRENGTH, NULL));
  g_assert_false (rb_exercise_matches_words (calf, (const char * const []) { "calf", NULL },
                                             -1, "resistance-band"));
}

#define LEARN_PAGE(id, blocks) \
  "{ \"format\": \"runback.learn\", \"version\": 1, \"id\": \"" id "\", \"title\": \"T\",\n" \
  "  \"summary\": \"S\", \"order\": 1,\n" \
  "  \"sections\": [ { \"blocks\": [ { \"paragraph\": \"P\" },\n" blocks " ] } ] }\n"

static gboolean
exists_cb (RbLearnLinkTarget  target,
           const char        *id,
           gpointer           data)
{
  return target == RB_LEARN_LINK_PAGE ? g_str_equal (id, "causes") : g_str_equal (id, "squat");
}

static void
test_content_learn_links (void)
{
  static const struct { const char *blocks; const char *message; } bad[] = {
    { "{ \"link\": { \"page\": \"causes\", \"exercise\": \"squat\" } }",
      "mine.json: sections[0].blocks[1].link: a link has either a page or an exercise" },
    { "{ \"link\": { \"title\": \"T\" } }",
      "mine.json: sections[0].blocks[1].link: a link has either a page or an exercise" },
    { "{ \"link\": { \"page\": \"Causes\" } }",
      "mine.json: sections[0].blocks[1].link.page: must be lower-case letters and digits joined by “-”, at most 64 characters" },
    { "{ \"link\": { \"page\": \"causes\", \"url\": \"x\" } }",
      "mine.json: sections[0].blocks[1].link.url: unknown member" },
    { "{ \"link\": \"causes\" }",
      "mine.json: sections[0].blocks[1].link: expected an object, found string" },
    { "{ \"link\": { \"page\": \"causes\" }, \"paragraph\": \"P\" }",
      "mine.json: sections[0].blocks[1]: a block is either a paragraph, bullets or a link" },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GObject) document = NULL;
  RbLearnLinkTarget target;
  const char *title;

  document = load_string ("mine.json",
                          LEARN_PAGE ("mine", "{ \"link\": { \"page\": \"causes\", \"title\": \"Why\" } },\n"
                                              "{ \"link\": { \"exercise\": \"squat\" } }"),
                          &error);
  g_assert_no_error (error);
  g_assert_cmpint (rb_learn_page_get_block (RB_LEARN_PAGE (document), 0, 1, NULL, NULL), ==, RB_LEARN_BLOCK_LINK);
  g_assert_cmpstr (rb_learn_page_get_link (RB_LEARN_PAGE (document), 0, 1, &target, &title), ==, "causes");
  g_assert_cmpint (target, ==, RB_LEARN_LINK_PAGE);
  g_assert_cmpstr (title, ==, "Why");
  g_assert_cmpstr (rb_learn_page_get_link (RB_LEARN_PAGE (document), 0, 2, &target, &title), ==, "squat");
  g_assert_cmpint (target, ==, RB_LEARN_LINK_EXERCISE);
  g_assert_null (title);
  g_assert_true (rb_learn_page_link (RB_LEARN_PAGE (document), exists_cb, NULL, &error));
  g_assert_no_error (error);
  g_clear_object (&document);

  /* A target that does not exist is found when the page is linked. */
  document = load_string ("mine.json", LEARN_PAGE ("mine", "{ \"link\": { \"exercise\": \"nope\" } }"), &error);
  g_assert_no_error (error);
  g_assert_false (rb_learn_page_link (RB_LEARN_PAGE (document), exists_cb, NULL, &error));
  g_assert_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_REFERENCE);
  g_assert_cmpstr (error->message, ==, "sections[0].blocks[1].link.exercise: unknown exercise “nope”");
  g_clear_error (&error);
  g_clear_object (&document);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *json = g_strdup_printf (LEARN_PAGE ("mine", "%s"), bad[i].blocks);

      g_test_message ("case %u: %s", i, bad[i].message);
      document = load_string ("mine.json", json, &error);
      g_assert_null (document);
      g_assert_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID);
      g_assert_cmpstr (error->message, ==, bad[i].message);
      g_clear_error (&error);
    }
}

static void
test_content_learn_links_validate (void)
{
  g_autofree char *dir = g_dir_make_tmp ("runback-test-XXXXXX", NULL);
  g_autofree char *path = write_file (dir, "learn", "mine.json",
                                      LEARN_PAGE ("mine", "{ \"link\": { \"page\": \"when-to-see-a-doctor\" } },\n"
                                                          "{ \"link\": { \"exercise\": \"squat\" } },\n"
                                                          "{ \"link\": { \"page\": \"nope\" } }"));
  const char *paths[] = { path, NULL };
  g_autofree char *report = NULL;
  g_autofree char *expected = g_strdup_printf ("%s: sections[0].blocks[3].link.page: unknown learn page “nope”\n", path);
  g_autofree char *subdir = g_path_get_dirname (path);

  /* Links may lead to bundled pages and exercises; the broken one is named. */
  g_assert_false (rb_cli_validate (paths, &report));
  g_assert_cmpstr (report, ==, expected);

  g_unlink (path);
  g_rmdir (subdir);
  g_rmdir (dir);
}

static void
test_content_list (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *exercises = rb_cli_list_exercises (NULL, NULL, &error);
  g_autofree char *programs = rb_cli_list_programs (NULL, NULL, &error);
  g_auto(GStrv) lines = NULL;

  g_assert_no_error (error);
  lines = g_strsplit (exercises, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 20); /* 19 lines and the final empty string */
  g_assert_true (g_strv_contains ((const char * const *) lines, "squat\tSquat\tstrength"));
  g_assert_true (strstr (programs, "daily-stretching\tDaily Stretching\n") != NULL);
}

static char *
replace_once (const char *text,
                 const char *find,
                 const char *replace)
{
  GString *string = g_string_new (text);

  g_assert_cmpuint (g_string_replace (string, find, replace, 1), ==, 1);
  return g_string_free (string, FALSE);
}

/* One exercise, without the library: the bundled one first, then the
 * user's file named after the id; a file named otherwise is refused, as
 * the library refuses it. */
static void
test_content_read_exercise (void)
{
  g_autofree char *dir = g_dir_make_tmp ("runback-test-XXXXXX", NULL);
  g_autofree char *squat = NULL;
  g_autofree char *mine = NULL;
  g_autofree char *other = NULL;
  g_autofree char *clash = NULL;
  g_autoptr(GBytes) bytes = g_resources_lookup_data ("/io/github/runback/Runback/content/exercises/squat.json",
                                                     0, NULL);
  g_autoptr(RbExercise) exercise = NULL;

  g_assert_nonnull (bytes);
  squat = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  mine = replace_once (squat, "\"id\": \"squat\"", "\"id\": \"mine\"");
  other = replace_once (squat, "\"id\": \"squat\"", "\"id\": \"other\"");
  clash = replace_once (squat, "\"name\": \"Squat\"", "\"name\": \"Not bundled\"");
  g_free (write_file (dir, "exercises", "mine.json", mine));
  g_free (write_file (dir, "exercises", "named-otherwise.json", other));
  g_free (write_file (dir, "exercises", "squat.json", clash));

  exercise = rb_library_read_exercise (dir, "squat");
  g_assert_nonnull (exercise);
  g_assert_cmpstr (rb_exercise_get_name (exercise), ==, "Squat");
  g_clear_object (&exercise);

  exercise = rb_library_read_exercise (dir, "mine");
  g_assert_nonnull (exercise);
  g_assert_cmpstr (rb_exercise_get_id (exercise), ==, "mine");
  g_clear_object (&exercise);

  g_assert_null (rb_library_read_exercise (dir, "other"));
  g_assert_null (rb_library_read_exercise (dir, "none"));
  g_assert_null (rb_library_read_exercise (dir, "../exercises/mine"));
  g_assert_null (rb_library_read_exercise (NULL, "mine"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/rb/content/bundled-valid", test_content_bundled_valid);
  g_test_add_func ("/rb/content/valid-exercise", test_content_valid_exercise);
  g_test_add_func ("/rb/content/bad-exercise", test_content_bad_exercise);
  g_test_add_func ("/rb/content/syntax-error", test_content_syntax_error);
  g_test_add_func ("/rb/content/caps", test_content_caps);
  g_test_add_func ("/rb/content/program-references", test_content_program_references);
  g_test_add_func ("/rb/content/program-dosage", test_content_program_dosage);
  g_test_add_func ("/rb/content/session-caps", test_content_session_caps);
  g_test_add_func ("/rb/content/session-ids", test_content_session_ids);
  g_test_add_func ("/rb/content/user-dir", test_content_user_dir);
  g_test_add_func ("/rb/content/user-dir-special", test_content_user_dir_special);
  g_test_add_func ("/rb/content/load-async", test_content_load_async);
  g_test_add_func ("/rb/content/describe-dosage", test_content_describe_dosage);
  g_test_add_func ("/rb/content/search", test_content_search);
  g_test_add_func ("/rb/content/search-words", test_content_search_words);
  g_test_add_func ("/rb/content/search-narrow", test_content_search_narrow);
  g_test_add_func ("/rb/content/search-matches-words", test_content_search_matches_words);
  g_test_add_func ("/rb/content/parts", test_content_parts);
  g_test_add_func ("/rb/content/properties", test_content_properties);
  g_test_add_func ("/rb/content/equipment-label", test_content_equipment_label);
  g_test_add_func ("/rb/content/parts-in-routine", test_content_parts_in_routine);
  g_test_add_func ("/rb/content/learn-links", test_content_learn_links);
  g_test_add_func ("/rb/content/learn-links-validate", test_content_learn_links_validate);
  g_test_add_func ("/rb/content/list", test_content_list);
  g_test_add_func ("/rb/content/read-exercise", test_content_read_exercise);

  return g_test_run ();
}
