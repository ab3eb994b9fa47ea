/* rb-journal.c
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "rb-content-error.h"
#include "rb-journal.h"
#include "rb-storage.h"

/* The journal is the one place where progress is written:
 *
 *   $XDG_DATA_HOME/runback/journal.json
 *   { "format": "runback.journal", "version": 1, "entries": [ … ] }
 *
 * with entries in the order they were appended (see rb-journal-entry.c
 * for one entry). Beside it, current-session.json marks a session in
 * progress:
 *
 *   { "format": "runback.current-session", "version": 1, "step": 12,
 *     "entry": { …the session's entry so far… } }
 *
 * written at each step and removed at the end, so that a session cut
 * short by a crash can be resumed or logged as partial at the next
 * start. */

#define JOURNAL_FORMAT "runback.journal"
#define MARKER_FORMAT  "runback.current-session"
#define FORMAT_VERSION 1
#define MAX_FILE_SIZE  (16 * 1024 * 1024)

struct _RbJournal
{
  GObject     parent_instance;
  char       *path;
  char       *marker_path;
  char       *kept_aside;
  GListStore *entries;
  gboolean    unreadable;
};

G_DEFINE_FINAL_TYPE (RbJournal, rb_journal, G_TYPE_OBJECT)

static void
rb_journal_finalize (GObject *object)
{
  RbJournal *self = RB_JOURNAL (object);

  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->marker_path, g_free);
  g_clear_pointer (&self->kept_aside, g_free);
  g_clear_object (&self->entries);

  G_OBJECT_CLASS (rb_journal_parent_class)->finalize (object);
}

static void
rb_journal_class_init (RbJournalClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rb_journal_finalize;
}

static void
rb_journal_init (RbJournal *self)
{
  self->entries = g_list_store_new (RB_TYPE_JOURNAL_ENTRY);
}

/* Parses a document of @format; errors name the file's base name. */
static JsonNode *
read_document (const char  *path,
               const char  *format,
               GError     **error)
{
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *contents = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) local_error = NULL;
  JsonObject *root;
  gsize length;

  if (!g_file_get_contents (path, &contents, &length, error))
    return NULL;

  if (length > MAX_FILE_SIZE)
    {
      g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_TOO_LARGE,
                   "%s: larger than %d MiB", name, MAX_FILE_SIZE / 1024 / 1024);
      return NULL;
    }

  if (!g_utf8_validate (contents, length, NULL) ||
      !json_parser_load_from_data (parser, contents, length, &local_error))
    {
      g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_SYNTAX, "%s:%s", name,
                   local_error != NULL ? local_error->message : " not valid UTF-8");
      return NULL;
    }

  if (!JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID,
                   "%s: must be a JSON object", name);
      return NULL;
    }

  root = json_node_get_object (json_parser_get_root (parser));
  if (g_strcmp0 (json_object_get_string_member_with_default (root, "format", NULL), format) != 0 ||
      json_object_get_int_member_with_default (root, "version", 0) != FORMAT_VERSION)
    {
      g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_VERSION,
                   "%s: not a %s document of version %d", name, format, FORMAT_VERSION);
      return NULL;
    }

  return json_parser_steal_root (parser);
}

static gboolean
read_entries (JsonNode    *root,
              const char  *name,
              GPtrArray   *entries,
              GError     **error)
{
  JsonNode *node = json_object_get_member (json_node_get_object (root), "entries");
  JsonArray *array;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    {
      g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID,
                   "%s: entries: must be an array", name);
      return FALSE;
    }

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *where = g_strdup_printf ("%s: entries[%u]", name, i);
      RbJournalEntry *entry = rb_journal_entry_new_from_json (json_array_get_element (array, i),
                                                              where, error);

      if (entry == NULL)
        return FALSE;
      g_ptr_array_add (entries, entry);
    }

  return TRUE;
}

/**
 * rb_journal_new:
 * @dir: the directory of journal.json and current-session.json
 *
 * Returns: (transfer full): an empty journal; call rb_journal_load()
 */
RbJournal *
rb_journal_new (const char *dir)
{
  RbJournal *self;

  g_return_val_if_fail (dir != NULL, NULL);

  self = g_object_new (RB_TYPE_JOURNAL, NULL);
  self->path = g_build_filename (dir, "journal.json", NULL);
  self->marker_path = g_build_filename (dir, "current-session.json", NULL);

  return self;
}

/**
 * rb_journal_new_default:
 *
 * Returns: (transfer full): the journal in `$XDG_DATA_HOME/runback`
 */
RbJournal *
rb_journal_new_default (void)
{
  g_autofree char *dir = rb_storage_dup_data_dir ();

  return rb_journal_new (dir);
}

const char *
rb_journal_get_path (RbJournal *self)
{
  g_return_val_if_fail (RB_IS_JOURNAL (self), NULL);

  return self->path;
}

const char *
rb_journal_get_marker_path (RbJournal *self)
{
  g_return_val_if_fail (RB_IS_JOURNAL (self), NULL);

  return self->marker_path;
}

/**
 * rb_journal_get_kept_aside:
 * @self: a #RbJournal
 *
 * Returns: (nullable): where the last load moved an unreadable journal,
 *   to tell the user
 */
const char *
rb_journal_get_kept_aside (RbJournal *self)
{
  g_return_val_if_fail (RB_IS_JOURNAL (self), NULL);

  return self->kept_aside;
}

/**
 * rb_journal_load:
 * @self: a #RbJournal
 * @error: return location for a #GError
 *
 * Reads the journal. A missing file is an empty journal. A file that
 * cannot be read as a journal is renamed aside (see
 * rb_journal_get_kept_aside()) and never overwritten; the journal is then
 * empty and %FALSE is returned with the reason, to tell the user. A file
 * that cannot be read at all (permissions…) stays in place, and
 * rb_journal_save() refuses to overwrite it until a load succeeds.
 *
 * Returns: %TRUE when the file was read or did not exist
 */
gboolean
rb_journal_load (RbJournal  *self,
                 GError    **error)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *name = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (RB_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  g_clear_pointer (&self->kept_aside, g_free);
  g_list_store_remove_all (self->entries);
  self->unreadable = FALSE;

  if (!g_file_test (self->path, G_FILE_TEST_EXISTS))
    return TRUE;

  name = g_path_get_basename (self->path);
  root = read_document (self->path, JOURNAL_FORMAT, &local_error);
  if (root != NULL)
    read_entries (root, name, entries, &local_error);

  if (local_error != NULL)
    {
      g_autoptr(GError) aside_error = NULL;

      /* A read error (permissions…) is not the file's fault: leave it
       * where it is, and refuse to save over it. */
      if (local_error->domain == RB_CONTENT_ERROR)
        self->kept_aside = rb_storage_keep_aside (self->path, &aside_error);
      if (self->kept_aside == NULL)
        self->unreadable = TRUE;
      if (aside_error != NULL)
        g_warning ("Could not keep %s aside: %s", self->path, aside_error->message);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  g_list_store_splice (self->entries, 0, 0, entries->pdata, entries->len);

  return TRUE;
}

static char *
to_text (JsonNode *root)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);

  return json_generator_to_data (generator, NULL);
}

/**
 * rb_journal_save:
 * @self: a #RbJournal
 * @error: return location for a #GError
 *
 * Writes the journal atomically, creating its directory.
 *
 * Returns: %TRUE on success
 */
gboolean
rb_journal_save (RbJournal  *self,
                 GError    **error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;
  guint n;

  g_return_val_if_fail (RB_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->unreadable)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_PERM,
                   "%s could not be read; it is not overwritten", self->path);
      return FALSE;
    }

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, JOURNAL_FORMAT);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, FORMAT_VERSION);
  json_builder_set_member_name (builder, "entries");
  json_builder_begin_array (builder);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->entries));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RbJournalEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->entries), i);

      json_builder_add_value (builder, rb_journal_entry_to_json (entry));
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  text = to_text (root);

  return rb_storage_save (self->path, text, -1, error);
}

/**
 * rb_journal_get_entries:
 * @self: a #RbJournal
 *
 * Returns: (transfer none): the entries (#RbJournalEntry), oldest
 *   appended first; emits #GListModel::items-changed as entries come
 */
GListModel *
rb_journal_get_entries (RbJournal *self)
{
  g_return_val_if_fail (RB_IS_JOURNAL (self), NULL);

  return G_LIST_MODEL (self->entries);
}

/**
 * rb_journal_append:
 * @self: a #RbJournal
 * @entry: the entry to add
 *
 * Adds @entry at the end; call rb_journal_save() to write it.
 */
void
rb_journal_append (RbJournal      *self,
                   RbJournalEntry *entry)
{
  g_return_if_fail (RB_IS_JOURNAL (self));
  g_return_if_fail (RB_IS_JOURNAL_ENTRY (entry));

  g_list_store_append (self->entries, entry);
}

/**
 * rb_journal_write_marker:
 * @self: a #RbJournal
 * @entry: the session's entry so far (rb_session_create_journal_entry())
 * @step_index: the step to resume from
 * @error: return location for a #GError
 *
 * Marks a session in progress, atomically.
 *
 * Returns: %TRUE on success
 */
gboolean
rb_journal_write_marker (RbJournal       *self,
                         RbJournalEntry  *entry,
                         guint            step_index,
                         GError         **error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (RB_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (RB_IS_JOURNAL_ENTRY (entry), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, MARKER_FORMAT);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, FORMAT_VERSION);
  json_builder_set_member_name (builder, "step");
  json_builder_add_int_value (builder, step_index);
  json_builder_set_member_name (builder, "entry");
  json_builder_add_value (builder, rb_journal_entry_to_json (entry));
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  text = to_text (root);

  return rb_storage_save (self->marker_path, text, -1, error);
}

/**
 * rb_journal_read_marker:
 * @self: a #RbJournal
 * @step_index: (out) (optional): the step to resume from
 * @error: return location for a #GError
 *
 * Reads the mark of a session left in progress. The entry is partial:
 * append it to log the session as it was, or resume it with
 * rb_session_start_at().
 *
 * Returns: (transfer full) (nullable): the session's entry, or %NULL
 *   without an error when no session was left in progress
 */
RbJournalEntry *
rb_journal_read_marker (RbJournal  *self,
                        guint      *step_index,
                        GError    **error)
{
  g_autofree char *name = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(RbJournalEntry) entry = NULL;
  g_autofree char *where = NULL;
  JsonObject *object;
  JsonNode *node;

  g_return_val_if_fail (RB_IS_JOURNAL (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!g_file_test (self->marker_path, G_FILE_TEST_EXISTS))
    return NULL;

  name = g_path_get_basename (self->marker_path);
  root = read_document (self->marker_path, MARKER_FORMAT, error);
  if (root == NULL)
    return NULL;

  object = json_node_get_object (root);
  node = json_object_get_member (object, "step");
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_INT64 ||
      json_node_get_int (node) < 0 || json_node_get_int (node) > G_MAXINT32)
    {
      g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID,
                   "%s: step: must be a step index", name);
      return NULL;
    }
  if (step_index != NULL)
    *step_index = (guint) json_node_get_int (node);

  where = g_strdup_printf ("%s: entry", name);
  node = json_object_get_member (object, "entry");
  if (node == NULL)
    {
      g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID, "%s: missing", where);
      return NULL;
    }
  entry = rb_journal_entry_new_from_json (node, where, error);
  if (entry == NULL)
    return NULL;

  rb_journal_entry_set_status (entry, RB_JOURNAL_STATUS_PARTIAL);

  return g_steal_pointer (&entry);
}

/**
 * rb_journal_clear_marker:
 * @self: a #RbJournal
 * @error: return location for a #GError
 *
 * Removes the mark of a session in progress, if any.
 *
 * Returns: %TRUE on success
 */
gboolean
rb_journal_clear_marker (RbJournal  *self,
                         GError    **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (RB_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  file = g_file_new_for_path (self->marker_path);
  if (!g_file_delete (file, NULL, &local_error) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}
