/* rb-program-json.c: writing a program back to JSON.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rb-dosage-private.h"
#include "rb-program.h"
#include "rb-progression.h"

/* The progression's rules, in the order of RbProgressionRule. */
static const char * const rule_names[RB_PROGRESSION_N_RULES] = {
  "runs_per_week",
  "min_repeats_per_stage",
  "max_stages_per_7_days",
  "weekly_growth_percent",
  "single_run_growth_percent",
  "advance_max_pain",
  "repeat_max_pain",
};

static JsonObject *
run_walk_to_json (const RbRunWalk *run_walk,
                  gboolean         stage)
{
  JsonObject *object = json_object_new ();

  json_object_set_int_member (object, "run_seconds", run_walk->run_seconds);
  json_object_set_int_member (object, "walk_seconds", run_walk->walk_seconds);
  json_object_set_int_member (object, "repeats", run_walk->repeats);
  /* A stage replaces only the intervals, keeping the item's warm-up. */
  if (!stage)
    {
      json_object_set_int_member (object, "warm_up_minutes", run_walk->warm_up_minutes);
      json_object_set_int_member (object, "cool_down_minutes", run_walk->cool_down_minutes);
    }

  return object;
}

static JsonObject *
item_to_json (const RbSessionItem *item)
{
  JsonObject *object = json_object_new ();

  if (rb_session_item_get_kind (item) == RB_SESSION_ITEM_RUN_WALK)
    {
      json_object_set_object_member (object, "run_walk",
                                     run_walk_to_json (rb_session_item_get_run_walk (item), FALSE));
    }
  else
    {
      RbDosage override;
      RbDosageMask mask = rb_session_item_get_dosage_override (item, &override);

      json_object_set_string_member (object, "exercise", rb_session_item_get_exercise_id (item));
      if (mask != RB_DOSAGE_MASK_NONE)
        json_object_set_member (object, "dosage", rb_dosage_to_json (&override, mask));
    }

  if (rb_session_item_get_note (item) != NULL)
    json_object_set_string_member (object, "note", rb_session_item_get_note (item));

  return object;
}

/* Weekdays as "mon" … "sun", in the week's order. */
static JsonArray *
weekdays_to_json (guint weekdays)
{
  static const char * const names[] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun" };
  JsonArray *array = json_array_new ();

  for (guint d = 0; d < G_N_ELEMENTS (names); d++)
    if ((weekdays & (1u << d)) != 0)
      json_array_add_string_element (array, names[d]);

  return array;
}

static JsonObject *
session_to_json (const RbProgramSession *session)
{
  JsonObject *object = json_object_new ();
  JsonArray *items = json_array_new ();

  json_object_set_string_member (object, "id", rb_program_session_get_id (session));
  json_object_set_string_member (object, "title", rb_program_session_get_title (session));
  if (rb_program_session_has_weekdays (session))
    json_object_set_array_member (object, "weekdays",
                                  weekdays_to_json (rb_program_session_get_weekdays (session)));

  for (guint i = 0; i < rb_program_session_get_n_items (session); i++)
    json_array_add_object_element (items, item_to_json (rb_program_session_get_item (session, i)));
  json_object_set_array_member (object, "items", items);

  return object;
}

static JsonObject *
phase_to_json (const RbPhase *phase)
{
  JsonObject *object = json_object_new ();
  JsonArray *sessions = json_array_new ();

  json_object_set_string_member (object, "title", rb_phase_get_title (phase));
  json_object_set_int_member (object, "weeks", rb_phase_get_weeks (phase));
  json_object_set_int_member (object, "sessions_per_week", rb_phase_get_sessions_per_week (phase));
  if (rb_phase_get_note (phase) != NULL)
    json_object_set_string_member (object, "note", rb_phase_get_note (phase));

  for (guint s = 0; s < rb_phase_get_n_sessions (phase); s++)
    json_array_add_object_element (sessions, session_to_json (rb_phase_get_session (phase, s)));
  json_object_set_array_member (object, "sessions", sessions);

  return object;
}

static JsonObject *
progression_to_json (const RbProgression *progression)
{
  JsonObject *object = json_object_new ();
  JsonArray *stages = json_array_new ();

  json_object_set_string_member (object, "session", rb_progression_get_session_id (progression));
  for (guint r = 0; r < RB_PROGRESSION_N_RULES; r++)
    {
      JsonObject *rule = json_object_new ();

      json_object_set_int_member (rule, "value", rb_progression_get_rule (progression, r));
      json_object_set_string_member (rule, "source", rb_progression_get_rule_source (progression, r));
      json_object_set_object_member (object, rule_names[r], rule);
    }

  for (guint i = 0; i < rb_progression_get_n_stages (progression); i++)
    json_array_add_object_element (stages, run_walk_to_json (rb_progression_get_stage (progression, i), TRUE));
  json_object_set_array_member (object, "stages", stages);

  return object;
}

/**
 * rb_program_to_json:
 * @self: a #RbProgram
 *
 * Writes @self as a `runback.program` document of the newest version
 * (2), which the loader reads back to an equal program: a version 1
 * program gets its sessions' `session-N` ids, and an item's dosage lists
 * only the members the program overrides. Bundled text is written as
 * shown (translated).
 *
 * Returns: (transfer full): the document's root object
 */
JsonNode *
rb_program_to_json (RbProgram *self)
{
  JsonObject *root = json_object_new ();
  JsonArray *phases = json_array_new ();
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);

  g_return_val_if_fail (RB_IS_PROGRAM (self), NULL);

  json_object_set_string_member (root, "format", "runback.program");
  json_object_set_int_member (root, "version", RB_PROGRAM_FORMAT_VERSION);
  json_object_set_string_member (root, "id", rb_program_get_id (self));
  json_object_set_string_member (root, "title", rb_program_get_title (self));
  json_object_set_string_member (root, "summary", rb_program_get_summary (self));
  json_object_set_string_member (root, "audience", rb_program_get_audience (self));

  for (guint p = 0; p < rb_program_get_n_phases (self); p++)
    json_array_add_object_element (phases, phase_to_json (rb_program_get_phase (self, p)));
  json_object_set_array_member (root, "phases", phases);

  if (rb_program_get_progression (self) != NULL)
    json_object_set_object_member (root, "progression", progression_to_json (rb_program_get_progression (self)));
  if (rb_program_get_source (self) != NULL)
    json_object_set_string_member (root, "source", rb_program_get_source (self));

  json_node_take_object (node, root);
  return node;
}

/**
 * rb_program_equal:
 * @a: a #RbProgram
 * @b: another
 *
 * Returns: whether @a and @b would be written as the same document
 */
gboolean
rb_program_equal (RbProgram *a,
                  RbProgram *b)
{
  g_autoptr(JsonNode) x = NULL;
  g_autoptr(JsonNode) y = NULL;

  g_return_val_if_fail (RB_IS_PROGRAM (a) && RB_IS_PROGRAM (b), FALSE);

  x = rb_program_to_json (a);
  y = rb_program_to_json (b);
  return json_node_equal (x, y);
}
