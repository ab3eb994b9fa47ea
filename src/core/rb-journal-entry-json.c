/* rb-journal-entry-json.c: a journal entry's JSON form.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rb-content-error.h"
#include "rb-journal-entry-private.h"
#include "rb-plan.h"

/* In journal.json's "entries":
 *
 *   { "kind": "session", "program": "knee-strength", "session": 0,
 *     "session_id": "strength-a", "title": "Strength A", "started": "2026-03-02T08:00:00+01:00",
 *     "ended": "2026-03-02T08:31:10+01:00", "status": "completed",
 *     "pain_before": 3, "pain_after": 2, "note": "…",
 *     "exercises": [ { "exercise": "squat", "title": "Squat",
 *                      "side": "left", "status": "completed",
 *                      "sets_done": 3, "sets": 3, "seconds": 96 } ] }
 *
 * "program", "session", "session_id", "ended", the pains, "note", "side" and
 * "exercise" are optional; an item without "exercise" is run/walk
 * intervals. Version 2 added "pain_during" and "pain_next_morning", a
 * "run" record ({ "intervals": 6, "seconds": 1500, "distance": 3200 },
 * each optional) and the check-in's "redness", "warmth" and
 * "limits_daily_activities" (booleans, like "swelling"). Times are ISO 8601 with their UTC offset. Members not listed
 * here are kept as they were read and written back after the known ones,
 * so that a journal saved by this version loses nothing a newer one
 * added. */

static const char * const kind_names[] = { "session", "check-in" };
static const char * const status_names[] = { "completed", "partial" };
static const char * const item_status_names[] = { "completed", "partial", "skipped" };

static const char * const entry_members[] = {
  "kind", "program", "session", "session_id", "plan", "date", "stage", "swelling", "stiffness", "title", "started", "ended", "status",
  "pain_before", "pain_after", "note", "exercises",
  /* Version 2 */
  "pain_during", "pain_next_morning", "run", "redness", "warmth", "limits_daily_activities", NULL
};

static const char * const run_members[] = { "intervals", "seconds", "distance", NULL };

static const char * const item_members[] = {
  "exercise", "title", "side", "status", "sets_done", "sets", "seconds", NULL
};

static int
name_index (const char * const *names,
            guint               n_names,
            const char         *name)
{
  for (guint i = 0; i < n_names; i++)
    if (g_strcmp0 (names[i], name) == 0)
      return (int) i;

  return -1;
}

static char *
format_time (GDateTime *time)
{
  return g_date_time_format (time, "%Y-%m-%dT%H:%M:%S%:z");
}

/* Writes back the members of @unknown that @known does not name. */
static void
add_unknown (JsonBuilder        *builder,
             JsonObject         *unknown,
             const char * const *known)
{
  g_autoptr(GList) members = NULL;

  if (unknown == NULL)
    return;

  members = json_object_get_members (unknown);
  for (const GList *l = members; l != NULL; l = l->next)
    {
      if (g_strv_contains (known, l->data))
        continue;
      json_builder_set_member_name (builder, l->data);
      json_builder_add_value (builder, json_node_copy (json_object_get_member (unknown, l->data)));
    }
}

/* Keeps the members of @object that @known does not name, or NULL. */
static JsonObject *
take_unknown (JsonObject         *object,
              const char * const *known)
{
  g_autoptr(GList) members = json_object_get_members (object);
  JsonObject *unknown = NULL;

  for (const GList *l = members; l != NULL; l = l->next)
    {
      if (g_strv_contains (known, l->data))
        continue;
      if (unknown == NULL)
        unknown = json_object_new ();
      json_object_set_member (unknown, l->data, json_node_copy (json_object_get_member (object, l->data)));
    }

  return unknown;
}

static JsonNode *
item_to_json (const RbJournalItem *item)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  if (item->exercise_id != NULL)
    {
      json_builder_set_member_name (builder, "exercise");
      json_builder_add_string_value (builder, item->exercise_id);
    }
  json_builder_set_member_name (builder, "title");
  json_builder_add_string_value (builder, item->title);
  if (item->side != RB_SIDE_NONE)
    {
      json_builder_set_member_name (builder, "side");
      json_builder_add_string_value (builder, rb_side_to_string (item->side));
    }
  json_builder_set_member_name (builder, "status");
  json_builder_add_string_value (builder, item_status_names[item->status]);
  json_builder_set_member_name (builder, "sets_done");
  json_builder_add_int_value (builder, item->sets_done);
  json_builder_set_member_name (builder, "sets");
  json_builder_add_int_value (builder, item->n_sets);
  json_builder_set_member_name (builder, "seconds");
  json_builder_add_int_value (builder, item->seconds);
  add_unknown (builder, item->unknown, item_members);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

static void
add_time (JsonBuilder *builder,
          const char  *name,
          GDateTime   *time)
{
  g_autofree char *text = NULL;

  if (time == NULL)
    return;

  text = format_time (time);
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, text);
}

static void add_pain (JsonBuilder *builder,
                      const char  *name,
                      int          pain);

static void
add_flag (JsonBuilder *builder,
          const char  *name,
          int          flag)
{
  if (flag < 0)
    return;

  json_builder_set_member_name (builder, name);
  json_builder_add_boolean_value (builder, flag == 1);
}

static void
add_run (JsonBuilder    *builder,
         RbJournalEntry *self)
{
  if (!self->run)
    return;

  json_builder_set_member_name (builder, "run");
  json_builder_begin_object (builder);
  add_pain (builder, "intervals", self->run_intervals);
  add_pain (builder, "seconds", self->run_seconds);
  add_pain (builder, "distance", self->run_distance);
  add_unknown (builder, self->run_unknown, run_members);
  json_builder_end_object (builder);
}

static void
add_pain (JsonBuilder *builder,
          const char  *name,
          int          pain)
{
  if (pain == RB_JOURNAL_PAIN_NONE)
    return;

  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, pain);
}

/**
 * rb_journal_entry_to_json:
 * @self: a #RbJournalEntry
 *
 * Returns: (transfer full): the entry as a JSON object
 */
JsonNode *
rb_journal_entry_to_json (RbJournalEntry *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (RB_IS_JOURNAL_ENTRY (self), NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "kind");
  json_builder_add_string_value (builder, kind_names[self->kind]);
  if (self->program_id != NULL)
    {
      json_builder_set_member_name (builder, "program");
      json_builder_add_string_value (builder, self->program_id);
      if (self->session_index >= 0)
        {
          json_builder_set_member_name (builder, "session");
          json_builder_add_int_value (builder, self->session_index);
        }
      if (self->session_id != NULL)
        {
          json_builder_set_member_name (builder, "session_id");
          json_builder_add_string_value (builder, self->session_id);
        }
      if (self->plan_id != NULL && g_date_valid (&self->planned_date))
        {
          g_autofree char *date = rb_date_to_iso (&self->planned_date);

          json_builder_set_member_name (builder, "plan");
          json_builder_add_string_value (builder, self->plan_id);
          json_builder_set_member_name (builder, "date");
          json_builder_add_string_value (builder, date);
        }
    }
  json_builder_set_member_name (builder, "title");
  json_builder_add_string_value (builder, self->title);
  add_time (builder, "started", self->started);
  add_time (builder, "ended", self->ended);
  json_builder_set_member_name (builder, "status");
  json_builder_add_string_value (builder, status_names[self->status]);
  if (self->stage >= 0)
    {
      json_builder_set_member_name (builder, "stage");
      json_builder_add_int_value (builder, self->stage);
    }
  add_flag (builder, "swelling", self->swelling);
  add_flag (builder, "redness", self->redness);
  add_flag (builder, "warmth", self->warmth);
  add_flag (builder, "limits_daily_activities", self->limits_daily);
  add_pain (builder, "stiffness", self->stiffness);
  add_pain (builder, "pain_before", self->pain_before);
  add_pain (builder, "pain_during", self->pain_during);
  add_pain (builder, "pain_after", self->pain_after);
  add_pain (builder, "pain_next_morning", self->pain_next_morning);
  add_run (builder, self);
  if (self->note != NULL)
    {
      json_builder_set_member_name (builder, "note");
      json_builder_add_string_value (builder, self->note);
    }
  json_builder_set_member_name (builder, "exercises");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->items->len; i++)
    json_builder_add_value (builder, item_to_json (g_ptr_array_index (self->items, i)));
  json_builder_end_array (builder);
  add_unknown (builder, self->unknown, entry_members);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/* Reading: every member is checked; errors name @where and the member. */

static gboolean
invalid (GError     **error,
         const char  *where,
         const char  *member,
         const char  *problem)
{
  g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID,
               "%s.%s: %s", where, member, problem);
  return FALSE;
}

static gboolean
get_string (JsonObject  *object,
            const char  *member,
            gboolean     required,
            const char **out,
            const char  *where,
            GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  *out = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return required ? invalid (error, where, member, "missing") : TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return invalid (error, where, member, "must be a string");

  *out = json_node_get_string (node);
  return TRUE;
}

static gboolean
get_int (JsonObject  *object,
         const char  *member,
         gint64       min,
         gint64       max,
         gint64      *out,
         const char  *where,
         GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return invalid (error, where, member, "must be an integer");

  *out = json_node_get_int (node);
  if (*out < min || *out > max)
    return invalid (error, where, member, "out of range");

  return TRUE;
}

static gboolean
get_flag (JsonObject  *object,
          const char  *member,
          int         *out,
          const char  *where,
          GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  *out = -1;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return invalid (error, where, member, "must be true or false");

  *out = json_node_get_boolean (node) ? 1 : 0;
  return TRUE;
}

static gboolean
get_time (JsonObject  *object,
          const char  *member,
          gboolean     required,
          GDateTime  **out,
          const char  *where,
          GError     **error)
{
  const char *text;

  if (!get_string (object, member, required, &text, where, error))
    return FALSE;
  if (text == NULL)
    return TRUE;

  *out = g_date_time_new_from_iso8601 (text, NULL);
  if (*out == NULL)
    return invalid (error, where, member, "must be an ISO 8601 time with an offset");

  return TRUE;
}

static gboolean
get_name (JsonObject         *object,
          const char         *member,
          const char * const *names,
          guint               n_names,
          int                *out,
          const char         *where,
          GError            **error)
{
  const char *text;

  if (!get_string (object, member, TRUE, &text, where, error))
    return FALSE;

  *out = name_index (names, n_names, text);
  if (*out < 0)
    return invalid (error, where, member, "unknown value");

  return TRUE;
}

static RbJournalItem *
item_from_json (JsonNode    *node,
                const char  *where,
                GError     **error)
{
  g_autoptr(RbJournalItem) item = g_new0 (RbJournalItem, 1);
  JsonObject *object;
  const char *text;
  gint64 value;
  int status;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      invalid (error, where, "", "must be an object");
      return NULL;
    }
  object = json_node_get_object (node);

  if (!get_string (object, "exercise", FALSE, &text, where, error))
    return NULL;
  item->exercise_id = g_strdup (text);
  if (!get_string (object, "title", TRUE, &text, where, error))
    return NULL;
  item->title = g_strdup (text);
  if (!get_string (object, "side", FALSE, &text, where, error))
    return NULL;
  if (!rb_side_from_string (text, &item->side))
    {
      invalid (error, where, "side", "must be \"left\" or \"right\"");
      return NULL;
    }
  if (!get_name (object, "status", item_status_names, G_N_ELEMENTS (item_status_names),
                 &status, where, error))
    return NULL;
  item->status = status;

  value = 0;
  if (!get_int (object, "sets_done", 0, 1000, &value, where, error))
    return NULL;
  item->sets_done = value;
  value = 0;
  if (!get_int (object, "sets", 0, 1000, &value, where, error))
    return NULL;
  item->n_sets = value;
  value = 0;
  if (!get_int (object, "seconds", 0, G_MAXINT32, &value, where, error))
    return NULL;
  item->seconds = value;
  item->unknown = take_unknown (object, item_members);

  return g_steal_pointer (&item);
}

static gboolean
get_pain (JsonObject  *object,
          const char  *member,
          int         *out,
          const char  *where,
          GError     **error)
{
  gint64 value = RB_JOURNAL_PAIN_NONE;

  if (!get_int (object, member, 0, 10, &value, where, error))
    return FALSE;

  *out = (int) value;
  return TRUE;
}

/* A run record; members it does not know are kept with it. */
static gboolean
read_run (RbJournalEntry  *self,
          JsonObject      *object,
          const char      *where,
          GError         **error)
{
  g_autofree char *run_where = NULL;
  JsonNode *node = json_object_get_member (object, "run");
  JsonObject *run;
  gint64 value;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return invalid (error, where, "run", "must be an object");
  if (self->kind != RB_JOURNAL_KIND_SESSION)
    return invalid (error, where, "run", "only a session can be a run");

  run = json_node_get_object (node);
  run_where = g_strdup_printf ("%s.run", where);
  self->run = TRUE;
  value = -1;
  if (!get_int (run, "intervals", 0, 1000, &value, run_where, error))
    return FALSE;
  self->run_intervals = (int) value;
  value = -1;
  if (!get_int (run, "seconds", 0, G_MAXINT32, &value, run_where, error))
    return FALSE;
  self->run_seconds = (int) value;
  value = -1;
  if (!get_int (run, "distance", 0, RB_JOURNAL_RUN_MAX_DISTANCE, &value, run_where, error))
    return FALSE;
  self->run_distance = (int) value;
  self->run_unknown = take_unknown (run, run_members);

  return TRUE;
}

static gboolean
read_items (RbJournalEntry  *self,
            JsonObject      *object,
            const char      *where,
            GError         **error)
{
  JsonNode *node = json_object_get_member (object, "exercises");
  JsonArray *array;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return invalid (error, where, "exercises", "must be an array");

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *item_where = g_strdup_printf ("%s.exercises[%u]", where, i);
      RbJournalItem *item = item_from_json (json_array_get_element (array, i), item_where, error);

      if (item == NULL)
        return FALSE;
      g_ptr_array_add (self->items, item);
    }

  return TRUE;
}

/**
 * rb_journal_entry_new_from_json:
 * @node: a JSON object, as written by rb_journal_entry_to_json()
 * @where: where it is, for error messages ("journal.json: entries[3]")
 * @error: return location for a %RB_CONTENT_ERROR
 *
 * Returns: (transfer full) (nullable): the entry, or %NULL when a member
 *   is missing, of the wrong type or out of range
 */
RbJournalEntry *
rb_journal_entry_new_from_json (JsonNode    *node,
                                const char  *where,
                                GError     **error)
{
  g_autoptr(RbJournalEntry) self = NULL;
  JsonObject *object;
  const char *text;
  gint64 value;
  int name;

  g_return_val_if_fail (node != NULL, NULL);
  g_return_val_if_fail (where != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID,
                   "%s: must be an object", where);
      return NULL;
    }
  object = json_node_get_object (node);
  self = g_object_new (RB_TYPE_JOURNAL_ENTRY, NULL);

  if (!get_name (object, "kind", kind_names, G_N_ELEMENTS (kind_names), &name, where, error))
    return NULL;
  self->kind = name;
  if (!get_string (object, "program", FALSE, &text, where, error))
    return NULL;
  self->program_id = g_strdup (text);
  value = -1;
  if (!get_int (object, "session", 0, G_MAXINT32, &value, where, error))
    return NULL;
  self->session_index = self->program_id != NULL ? (int) value : -1;
  if (!get_string (object, "session_id", FALSE, &text, where, error))
    return NULL;
  if (text != NULL && self->program_id != NULL)
    self->session_id = g_strdup (text);
  if (!get_string (object, "plan", FALSE, &text, where, error))
    return NULL;
  if (text != NULL && self->program_id != NULL)
    {
      const char *date;

      if (!get_string (object, "date", TRUE, &date, where, error))
        return NULL;
      if (!rb_date_from_iso (date, &self->planned_date))
        {
          invalid (error, where, "date", "must be a date such as 2026-12-01");
          return NULL;
        }
      self->plan_id = g_strdup (text);
    }
  if (!get_string (object, "title", TRUE, &text, where, error))
    return NULL;
  rb_journal_entry_set_title (self, text);
  if (!get_time (object, "started", TRUE, &self->started, where, error) ||
      !get_time (object, "ended", FALSE, &self->ended, where, error))
    return NULL;
  if (!get_name (object, "status", status_names, G_N_ELEMENTS (status_names), &name, where, error))
    return NULL;
  self->status = name;
  value = -1;
  if (!get_int (object, "stage", 0, 1000, &value, where, error))
    return NULL;
  self->stage = (int) value;
  value = -1;
  if (!get_int (object, "stiffness", 0, 10, &value, where, error))
    return NULL;
  self->stiffness = (int) value;
  if (!get_flag (object, "swelling", &self->swelling, where, error) ||
      !get_flag (object, "redness", &self->redness, where, error) ||
      !get_flag (object, "warmth", &self->warmth, where, error) ||
      !get_flag (object, "limits_daily_activities", &self->limits_daily, where, error))
    return NULL;
  if (!get_pain (object, "pain_during", &self->pain_during, where, error) ||
      !get_pain (object, "pain_next_morning", &self->pain_next_morning, where, error) ||
      !read_run (self, object, where, error))
    return NULL;
  value = RB_JOURNAL_PAIN_NONE;
  if (!get_int (object, "pain_before", 0, 10, &value, where, error))
    return NULL;
  self->pain_before = value;
  value = RB_JOURNAL_PAIN_NONE;
  if (!get_int (object, "pain_after", 0, 10, &value, where, error))
    return NULL;
  self->pain_after = value;
  if (!get_string (object, "note", FALSE, &text, where, error))
    return NULL;
  rb_journal_entry_set_note (self, text);
  if (!read_items (self, object, where, error))
    return NULL;
  self->unknown = take_unknown (object, entry_members);

  return g_steal_pointer (&self);
}

/**
 * rb_journal_entry_json_has_unknown_kind:
 * @node: an entry as read from a journal
 *
 * Returns: %TRUE when @node is an object whose "kind" is a string this
 *   version does not know (one a newer version added); such entries are
 *   kept as they are, never shown, changed or dropped
 */
gboolean
rb_journal_entry_json_has_unknown_kind (JsonNode *node)
{
  JsonNode *kind;

  g_return_val_if_fail (node != NULL, FALSE);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return FALSE;

  kind = json_object_get_member (json_node_get_object (node), "kind");
  if (kind == NULL || !JSON_NODE_HOLDS_VALUE (kind) || json_node_get_value_type (kind) != G_TYPE_STRING)
    return FALSE;

  return name_index (kind_names, G_N_ELEMENTS (kind_names), json_node_get_string (kind)) < 0;
}
