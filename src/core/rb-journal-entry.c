/* rb-journal-entry.c
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rb-content-error.h"
#include "rb-journal-entry.h"

/* One record of the journal. The JSON form (in journal.json's "entries"):
 *
 *   { "kind": "session", "program": "knee-strength", "session": 0,
 *     "title": "Strength A", "started": "2026-03-02T08:00:00+01:00",
 *     "ended": "2026-03-02T08:31:10+01:00", "status": "completed",
 *     "pain_before": 3, "pain_after": 2, "note": "…",
 *     "exercises": [ { "exercise": "squat", "title": "Squat",
 *                      "side": "left", "status": "completed",
 *                      "sets_done": 3, "sets": 3, "seconds": 96 } ] }
 *
 * "program", "session", "ended", the pains, "note", "side" and
 * "exercise" are optional; an item without "exercise" is run/walk
 * intervals. Times are ISO 8601 with their UTC offset. */

struct _RbJournalEntry
{
  GObject          parent_instance;
  RbJournalKind    kind;
  char            *program_id;
  int              session_index;
  char            *title;
  GDateTime       *started;
  GDateTime       *ended;
  RbJournalStatus  status;
  int              pain_before;
  int              pain_after;
  char            *note;
  GPtrArray       *items;
};

G_DEFINE_FINAL_TYPE (RbJournalEntry, rb_journal_entry, G_TYPE_OBJECT)

G_DEFINE_BOXED_TYPE (RbJournalItem, rb_journal_item, rb_journal_item_copy, rb_journal_item_free)

static const char * const kind_names[] = { "session", "check-in" };
static const char * const status_names[] = { "completed", "partial" };
static const char * const item_status_names[] = { "completed", "partial", "skipped" };

/**
 * rb_journal_item_copy:
 * @item: a #RbJournalItem
 *
 * Returns: (transfer full): a deep copy
 */
RbJournalItem *
rb_journal_item_copy (const RbJournalItem *item)
{
  RbJournalItem *copy;

  g_return_val_if_fail (item != NULL, NULL);

  copy = g_memdup2 (item, sizeof *item);
  copy->exercise_id = g_strdup (item->exercise_id);
  copy->title = g_strdup (item->title);

  return copy;
}

void
rb_journal_item_free (RbJournalItem *item)
{
  if (item == NULL)
    return;

  g_free (item->exercise_id);
  g_free (item->title);
  g_free (item);
}

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

static void
rb_journal_entry_finalize (GObject *object)
{
  RbJournalEntry *self = RB_JOURNAL_ENTRY (object);

  g_clear_pointer (&self->program_id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->started, g_date_time_unref);
  g_clear_pointer (&self->ended, g_date_time_unref);
  g_clear_pointer (&self->note, g_free);
  g_clear_pointer (&self->items, g_ptr_array_unref);

  G_OBJECT_CLASS (rb_journal_entry_parent_class)->finalize (object);
}

static void
rb_journal_entry_class_init (RbJournalEntryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rb_journal_entry_finalize;
}

static void
rb_journal_entry_init (RbJournalEntry *self)
{
  self->session_index = -1;
  self->pain_before = RB_JOURNAL_PAIN_NONE;
  self->pain_after = RB_JOURNAL_PAIN_NONE;
  self->status = RB_JOURNAL_STATUS_COMPLETED;
  self->title = g_strdup ("");
  self->items = g_ptr_array_new_with_free_func ((GDestroyNotify) rb_journal_item_free);
}

/**
 * rb_journal_entry_new:
 * @kind: a session or a pain check-in
 *
 * Returns: (transfer full): an empty entry, completed, without pains
 */
RbJournalEntry *
rb_journal_entry_new (RbJournalKind kind)
{
  RbJournalEntry *self = g_object_new (RB_TYPE_JOURNAL_ENTRY, NULL);

  self->kind = kind;

  return self;
}

RbJournalKind
rb_journal_entry_get_kind (RbJournalEntry *self)
{
  g_return_val_if_fail (RB_IS_JOURNAL_ENTRY (self), RB_JOURNAL_KIND_SESSION);

  return self->kind;
}

const char *
rb_journal_entry_get_program_id (RbJournalEntry *self)
{
  g_return_val_if_fail (RB_IS_JOURNAL_ENTRY (self), NULL);

  return self->program_id;
}

int
rb_journal_entry_get_session_index (RbJournalEntry *self)
{
  g_return_val_if_fail (RB_IS_JOURNAL_ENTRY (self), -1);

  return self->session_index;
}

/**
 * rb_journal_entry_set_program:
 * @self: a #RbJournalEntry
 * @program_id: (nullable): the program
 * @session_index: the session's index in it, or -1
 */
void
rb_journal_entry_set_program (RbJournalEntry *self,
                              const char     *program_id,
                              int             session_index)
{
  g_return_if_fail (RB_IS_JOURNAL_ENTRY (self));

  g_free (self->program_id);
  self->program_id = g_strdup (program_id);
  self->session_index = program_id != NULL ? MAX (session_index, -1) : -1;
}

const char *
rb_journal_entry_get_title (RbJournalEntry *self)
{
  g_return_val_if_fail (RB_IS_JOURNAL_ENTRY (self), NULL);

  return self->title;
}

void
rb_journal_entry_set_title (RbJournalEntry *self,
                            const char     *title)
{
  g_return_if_fail (RB_IS_JOURNAL_ENTRY (self));
  g_return_if_fail (title != NULL);

  g_free (self->title);
  self->title = g_strdup (title);
}

/**
 * rb_journal_entry_get_started:
 * @self: a #RbJournalEntry
 *
 * Returns: (transfer none) (nullable): when it started
 */
GDateTime *
rb_journal_entry_get_started (RbJournalEntry *self)
{
  g_return_val_if_fail (RB_IS_JOURNAL_ENTRY (self), NULL);

  return self->started;
}

void
rb_journal_entry_set_started (RbJournalEntry *self,
                              GDateTime      *started)
{
  g_return_if_fail (RB_IS_JOURNAL_ENTRY (self));

  g_clear_pointer (&self->started, g_date_time_unref);
  if (started != NULL)
    self->started = g_date_time_ref (started);
}

/**
 * rb_journal_entry_get_ended:
 * @self: a #RbJournalEntry
 *
 * Returns: (transfer none) (nullable): when it ended
 */
GDateTime *
rb_journal_entry_get_ended (RbJournalEntry *self)
{
  g_return_val_if_fail (RB_IS_JOURNAL_ENTRY (self), NULL);

  return self->ended;
}

void
rb_journal_entry_set_ended (RbJournalEntry *self,
                            GDateTime      *ended)
{
  g_return_if_fail (RB_IS_JOURNAL_ENTRY (self));

  g_clear_pointer (&self->ended, g_date_time_unref);
  if (ended != NULL)
    self->ended = g_date_time_ref (ended);
}

RbJournalStatus
rb_journal_entry_get_status (RbJournalEntry *self)
{
  g_return_val_if_fail (RB_IS_JOURNAL_ENTRY (self), RB_JOURNAL_STATUS_PARTIAL);

  return self->status;
}

void
rb_journal_entry_set_status (RbJournalEntry  *self,
                             RbJournalStatus  status)
{
  g_return_if_fail (RB_IS_JOURNAL_ENTRY (self));

  self->status = status;
}

/**
 * rb_journal_entry_get_pain_before:
 * @self: a #RbJournalEntry
 *
 * Returns: pain from 0 to 10 before, or %RB_JOURNAL_PAIN_NONE
 */
int
rb_journal_entry_get_pain_before (RbJournalEntry *self)
{
  g_return_val_if_fail (RB_IS_JOURNAL_ENTRY (self), RB_JOURNAL_PAIN_NONE);

  return self->pain_before;
}

void
rb_journal_entry_set_pain_before (RbJournalEntry *self,
                                  int             pain)
{
  g_return_if_fail (RB_IS_JOURNAL_ENTRY (self));
  g_return_if_fail (pain >= RB_JOURNAL_PAIN_NONE && pain <= 10);

  self->pain_before = pain;
}

/**
 * rb_journal_entry_get_pain_after:
 * @self: a #RbJournalEntry
 *
 * Returns: pain from 0 to 10 after, or %RB_JOURNAL_PAIN_NONE
 */
int
rb_journal_entry_get_pain_after (RbJournalEntry *self)
{
  g_return_val_if_fail (RB_IS_JOURNAL_ENTRY (self), RB_JOURNAL_PAIN_NONE);

  return self->pain_after;
}

void
rb_journal_entry_set_pain_after (RbJournalEntry *self,
                                 int             pain)
{
  g_return_if_fail (RB_IS_JOURNAL_ENTRY (self));
  g_return_if_fail (pain >= RB_JOURNAL_PAIN_NONE && pain <= 10);

  self->pain_after = pain;
}

/**
 * rb_journal_entry_get_note:
 * @self: a #RbJournalEntry
 *
 * Returns: (nullable): the user's note
 */
const char *
rb_journal_entry_get_note (RbJournalEntry *self)
{
  g_return_val_if_fail (RB_IS_JOURNAL_ENTRY (self), NULL);

  return self->note;
}

void
rb_journal_entry_set_note (RbJournalEntry *self,
                           const char     *note)
{
  g_return_if_fail (RB_IS_JOURNAL_ENTRY (self));

  g_free (self->note);
  self->note = (note != NULL && note[0] != '\0') ? g_strdup (note) : NULL;
}

guint
rb_journal_entry_get_n_items (RbJournalEntry *self)
{
  g_return_val_if_fail (RB_IS_JOURNAL_ENTRY (self), 0);

  return self->items->len;
}

/**
 * rb_journal_entry_get_item:
 * @self: a #RbJournalEntry
 * @index: an item index
 *
 * Returns: (transfer none): the exercise (or one side of it) at @index
 */
const RbJournalItem *
rb_journal_entry_get_item (RbJournalEntry *self,
                           guint           index)
{
  g_return_val_if_fail (RB_IS_JOURNAL_ENTRY (self), NULL);
  g_return_val_if_fail (index < self->items->len, NULL);

  return g_ptr_array_index (self->items, index);
}

/**
 * rb_journal_entry_add_item:
 * @self: a #RbJournalEntry
 * @item: an exercise record, copied
 */
void
rb_journal_entry_add_item (RbJournalEntry      *self,
                           const RbJournalItem *item)
{
  g_return_if_fail (RB_IS_JOURNAL_ENTRY (self));
  g_return_if_fail (item != NULL);
  g_return_if_fail (item->title != NULL);

  g_ptr_array_add (self->items, rb_journal_item_copy (item));
}

/**
 * rb_journal_entry_get_active_seconds:
 * @self: a #RbJournalEntry
 *
 * Returns: the sum of the items' active seconds
 */
guint
rb_journal_entry_get_active_seconds (RbJournalEntry *self)
{
  guint total = 0;

  g_return_val_if_fail (RB_IS_JOURNAL_ENTRY (self), 0);

  for (guint i = 0; i < self->items->len; i++)
    total += ((RbJournalItem *) g_ptr_array_index (self->items, i))->seconds;

  return total;
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
    }
  json_builder_set_member_name (builder, "title");
  json_builder_add_string_value (builder, self->title);
  add_time (builder, "started", self->started);
  add_time (builder, "ended", self->ended);
  json_builder_set_member_name (builder, "status");
  json_builder_add_string_value (builder, status_names[self->status]);
  add_pain (builder, "pain_before", self->pain_before);
  add_pain (builder, "pain_after", self->pain_after);
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

  return g_steal_pointer (&item);
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
  if (!get_string (object, "title", TRUE, &text, where, error))
    return NULL;
  rb_journal_entry_set_title (self, text);
  if (!get_time (object, "started", TRUE, &self->started, where, error) ||
      !get_time (object, "ended", FALSE, &self->ended, where, error))
    return NULL;
  if (!get_name (object, "status", status_names, G_N_ELEMENTS (status_names), &name, where, error))
    return NULL;
  self->status = name;
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

  return g_steal_pointer (&self);
}
