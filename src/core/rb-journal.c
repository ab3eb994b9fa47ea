/* rb-journal.c
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "rb-content-error.h"
#include "rb-journal-entry-private.h"
#include "rb-journal.h"
#include "rb-json-private.h"
#include "rb-storage.h"

/* The journal is the one place where progress is written:
 *
 *   $XDG_DATA_HOME/runback/journal.json
 *   { "format": "runback.journal", "version": 1, "entries": [ … ] }
 *
 * with entries in the order they were appended (see
 * rb-journal-entry-json.c for one entry). Beside it, current-session.json
 * marks a session in progress:
 *
 *   { "format": "runback.current-session", "version": 1, "step": 12,
 *     "entry": { …the session's entry so far… } }
 *
 * written at each step and removed at the end, so that a session cut
 * short by a crash can be resumed or logged as partial at the next start.
 *
 * Every file is read through the strict reader (rb_json_read_file()) with
 * the journal's caps, and written atomically. What this version does not
 * understand is kept: unknown members (in rb-journal-entry-json.c), and
 * entries of an unknown kind, which stay in their place but are not shown.
 * A journal written by a newer version is read as far as possible and
 * never written; sessions recorded meanwhile go to journal-pending.json,
 * and are merged into journal.json once it can be written again. See
 * docs/journal-format.md. */

#define JOURNAL_FORMAT "runback.journal"
#define MARKER_FORMAT  "runback.current-session"
#define FORMAT_VERSION 1

/* One entry of the file, in order: one this version shows, or one it
 * keeps as it was read (an unknown kind, or unreadable in a newer
 * version's journal). */
typedef struct
{
  RbJournalEntry *entry;
  JsonNode       *raw;
} Record;

static void
record_free (Record *record)
{
  if (record == NULL)
    return;

  g_clear_object (&record->entry);
  g_clear_pointer (&record->raw, json_node_unref);
  g_free (record);
}

/* What reading the files gave; built in a worker thread, applied in the
 * main one. */
typedef struct
{
  GPtrArray  *records;   /* of Record, journal.json then journal-pending.json */
  guint       n_pending; /* how many of them came from journal-pending.json */
  JsonObject *extra;     /* journal.json's members besides the known ones */
  char       *kept_aside;
  gboolean    unreadable;
  gboolean    read_only;
  GError     *error;
} Load;

static void
load_free (Load *load)
{
  g_ptr_array_unref (load->records);
  g_clear_pointer (&load->extra, json_object_unref);
  g_free (load->kept_aside);
  g_clear_error (&load->error);
  g_free (load);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Load, load_free)

struct _RbJournal
{
  GObject     parent_instance;
  char       *path;
  char       *pending_path;
  char       *marker_path;
  char       *kept_aside;
  char       *marker_kept_aside;
  GListStore *entries;
  GPtrArray  *records;    /* of Record, in file order */
  guint       n_pending;  /* records at the end not yet in journal.json */
  guint       n_appended; /* records at the end appended since the last save */
  JsonObject *extra;
  GError     *load_error;
  GError     *save_error;
  guint       unreadable : 1;
  guint       read_only : 1;
  guint       unsaved : 1;
  guint       loaded : 1;
};

G_DEFINE_FINAL_TYPE (RbJournal, rb_journal, G_TYPE_OBJECT)

enum { PROP_0, PROP_LOADED, PROP_READ_ONLY, PROP_UNSAVED, N_PROPS };
static GParamSpec *properties[N_PROPS];

static gboolean
get_header (JsonObject  *root,
            const char  *name,
            const char  *format,
            guint       *version,
            GError     **error)
{
  JsonNode *node = json_object_get_member (root, "format");

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING ||
      g_strcmp0 (json_node_get_string (node), format) != 0)
    {
      g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_VERSION,
                   _("%s: format: expected “%s”"), name, format);
      return FALSE;
    }

  node = json_object_get_member (root, "version");
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_INT64 ||
      json_node_get_int (node) < 1 || json_node_get_int (node) > G_MAXINT32)
    {
      g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID,
                   _("%s: version: expected a whole number from 1"), name);
      return FALSE;
    }

  *version = (guint) json_node_get_int (node);
  return TRUE;
}

/* Reads one journal file into @load. Entries of an unknown kind are kept
 * as read; in a newer version's journal, so is any entry this version
 * cannot read. Returns FALSE with @error when the file cannot be used;
 * a missing file is empty. */
static gboolean
read_journal_file (Load        *load,
                   const char  *path,
                   gboolean     pending,
                   GError     **error)
{
  g_autofree char *name = g_path_get_basename (path);
  g_autoptr(GError) local_error = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *object;
  JsonNode *node;
  JsonArray *array;
  guint version;
  gboolean newer;

  root = rb_json_read_file (path, name, &rb_json_journal_limits, &local_error);
  if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
    return TRUE;
  if (root == NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  object = json_node_get_object (root);
  if (!get_header (object, name, JOURNAL_FORMAT, &version, error))
    return FALSE;

  newer = version > FORMAT_VERSION;
  if (newer && pending)
    {
      g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_VERSION,
                   _("%s: version: %u is newer than this version of Runback reads (%u)"),
                   name, version, FORMAT_VERSION);
      return FALSE;
    }

  node = json_object_get_member (object, "entries");
  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    {
      g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID,
                   _("%s: entries: expected an array"), name);
      return FALSE;
    }

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *where = g_strdup_printf ("%s: entries[%u]", name, i);
      JsonNode *element = json_array_get_element (array, i);
      Record *record = g_new0 (Record, 1);

      if (!rb_journal_entry_json_has_unknown_kind (element))
        record->entry = rb_journal_entry_new_from_json (element, where, newer ? NULL : error);

      if (record->entry == NULL)
        {
          if (!newer && !rb_journal_entry_json_has_unknown_kind (element))
            {
              record_free (record);
              return FALSE;
            }
          record->raw = json_node_copy (element);
        }
      g_ptr_array_add (load->records, record);
      if (pending)
        load->n_pending++;
    }

  if (!pending)
    {
      g_autoptr(GList) members = json_object_get_members (object);

      load->read_only = newer;

      /* Members a later version added beside "entries" are kept too. */
      for (const GList *m = members; m != NULL; m = m->next)
        {
          const char *member = m->data;

          if (g_str_equal (member, "format") || g_str_equal (member, "version") ||
              g_str_equal (member, "entries"))
            continue;
          if (load->extra == NULL)
            load->extra = json_object_new ();
          json_object_set_member (load->extra, member, json_node_copy (json_object_get_member (object, member)));
        }
    }

  return TRUE;
}

/* Reads journal.json and journal-pending.json. A file that is not a
 * journal is renamed aside and never overwritten; a file that cannot be
 * read at all (permissions…) stays where it is, and the journal refuses
 * to write over it. */
static Load *
read_journal (const char *path,
              const char *pending_path,
              const char *marker_path)
{
  Load *load = g_new0 (Load, 1);
  const char *paths[] = { path, pending_path };

  load->records = g_ptr_array_new_with_free_func ((GDestroyNotify) record_free);

  /* Saves killed half-way leave their temporary files behind. */
  rb_storage_remove_temporary (path);
  rb_storage_remove_temporary (pending_path);
  rb_storage_remove_temporary (marker_path);

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GError) aside_error = NULL;
      char *kept_aside = NULL;

      if (read_journal_file (load, paths[i], i == 1, &error))
        continue;

      if (error->domain == RB_CONTENT_ERROR)
        kept_aside = rb_storage_keep_aside (paths[i], &aside_error);
      if (kept_aside == NULL)
        load->unreadable = TRUE;
      if (aside_error != NULL)
        g_warning ("Could not keep %s aside: %s", paths[i], aside_error->message);

      /* Nothing of a file that cannot be used is shown. */
      if (i == 0)
        {
          g_ptr_array_set_size (load->records, 0);
          g_clear_pointer (&load->extra, json_object_unref);
        }
      else
        {
          g_ptr_array_set_size (load->records, load->records->len - load->n_pending);
          load->n_pending = 0;
        }

      /* The first problem is the one to tell. */
      if (load->error == NULL)
        {
          load->error = g_steal_pointer (&error);
          load->kept_aside = kept_aside;
        }
      else
        {
          g_warning ("%s", error->message);
          g_free (kept_aside);
        }
    }

  return load;
}

static void
set_flag (RbJournal *self,
          guint      prop_id,
          gboolean   value)
{
  gboolean old;

  switch (prop_id)
    {
    case PROP_LOADED:
      old = self->loaded;
      self->loaded = value;
      break;
    case PROP_READ_ONLY:
      old = self->read_only;
      self->read_only = value;
      break;
    case PROP_UNSAVED:
      old = self->unsaved;
      self->unsaved = value;
      break;
    default:
      g_assert_not_reached ();
    }

  if (old != !!value)
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

/* Replaces what was read before with @load; entries appended before the
 * load finished stay, at the end. */
static gboolean
apply_load (RbJournal  *self,
            Load       *load,
            GError    **error)
{
  g_autoptr(GPtrArray) appended = g_ptr_array_new_with_free_func ((GDestroyNotify) record_free);
  g_autoptr(GPtrArray) shown = g_ptr_array_new ();

  /* Entries appended and not saved yet are not in any file. */
  for (guint i = self->records->len - self->n_appended; i < self->records->len; i++)
    g_ptr_array_add (appended, g_steal_pointer (&g_ptr_array_index (self->records, i)));

  g_ptr_array_set_size (self->records, 0);
  for (guint i = 0; i < load->records->len; i++)
    g_ptr_array_add (self->records, g_steal_pointer (&g_ptr_array_index (load->records, i)));
  self->n_pending = load->n_pending + appended->len;
  for (guint i = 0; i < appended->len; i++)
    g_ptr_array_add (self->records, g_steal_pointer (&g_ptr_array_index (appended, i)));

  g_clear_pointer (&self->extra, json_object_unref);
  self->extra = g_steal_pointer (&load->extra);
  g_free (self->kept_aside);
  self->kept_aside = g_steal_pointer (&load->kept_aside);
  self->unreadable = load->unreadable;

  for (guint i = 0; i < self->records->len; i++)
    {
      Record *record = g_ptr_array_index (self->records, i);

      if (record->entry != NULL)
        g_ptr_array_add (shown, record->entry);
    }
  g_list_store_splice (self->entries, 0, g_list_model_get_n_items (G_LIST_MODEL (self->entries)),
                       shown->pdata, shown->len);

  /* Entries pending beside a journal that can be written again are
   * merged into it at the next save. */
  g_clear_error (&self->load_error);
  self->load_error = g_steal_pointer (&load->error);

  set_flag (self, PROP_READ_ONLY, load->read_only);
  set_flag (self, PROP_UNSAVED, self->n_appended > 0 || (!load->read_only && self->n_pending > 0));
  set_flag (self, PROP_LOADED, TRUE);

  if (self->load_error != NULL)
    {
      if (error != NULL)
        *error = g_error_copy (self->load_error);
      return FALSE;
    }

  return TRUE;
}

static void
rb_journal_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  RbJournal *self = RB_JOURNAL (object);

  switch (prop_id)
    {
    case PROP_LOADED:
      g_value_set_boolean (value, self->loaded);
      break;
    case PROP_READ_ONLY:
      g_value_set_boolean (value, self->read_only);
      break;
    case PROP_UNSAVED:
      g_value_set_boolean (value, self->unsaved);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rb_journal_finalize (GObject *object)
{
  RbJournal *self = RB_JOURNAL (object);

  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->pending_path, g_free);
  g_clear_pointer (&self->marker_path, g_free);
  g_clear_pointer (&self->kept_aside, g_free);
  g_clear_pointer (&self->marker_kept_aside, g_free);
  g_clear_pointer (&self->records, g_ptr_array_unref);
  g_clear_pointer (&self->extra, json_object_unref);
  g_clear_error (&self->load_error);
  g_clear_error (&self->save_error);
  g_clear_object (&self->entries);

  G_OBJECT_CLASS (rb_journal_parent_class)->finalize (object);
}

static void
rb_journal_class_init (RbJournalClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rb_journal_finalize;
  object_class->get_property = rb_journal_get_property;

  /**
   * RbJournal:loaded:
   *
   * Whether a load has finished (successfully or not).
   */
  properties[PROP_LOADED] =
    g_param_spec_boolean ("loaded", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RbJournal:read-only:
   *
   * Whether journal.json comes from a newer version of Runback: it is
   * shown as far as this version understands it and never written; new
   * entries are saved to journal-pending.json beside it.
   */
  properties[PROP_READ_ONLY] =
    g_param_spec_boolean ("read-only", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RbJournal:unsaved:
   *
   * Whether entries were appended that are not written yet, because the
   * last save failed or none was made.
   */
  properties[PROP_UNSAVED] =
    g_param_spec_boolean ("unsaved", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rb_journal_init (RbJournal *self)
{
  self->entries = g_list_store_new (RB_TYPE_JOURNAL_ENTRY);
  self->records = g_ptr_array_new_with_free_func ((GDestroyNotify) record_free);
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
  self->pending_path = g_build_filename (dir, "journal-pending.json", NULL);
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

/**
 * rb_journal_get_pending_path:
 * @self: a #RbJournal
 *
 * Returns: where entries are saved while journal.json is read-only
 */
const char *
rb_journal_get_pending_path (RbJournal *self)
{
  g_return_val_if_fail (RB_IS_JOURNAL (self), NULL);

  return self->pending_path;
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
 * Returns: (nullable): where the last load moved an unusable journal
 *   file, to tell the user
 */
const char *
rb_journal_get_kept_aside (RbJournal *self)
{
  g_return_val_if_fail (RB_IS_JOURNAL (self), NULL);

  return self->kept_aside;
}

/**
 * rb_journal_get_marker_kept_aside:
 * @self: a #RbJournal
 *
 * Returns: (nullable): where the last rb_journal_read_marker() moved an
 *   unusable in-progress mark, to tell the user
 */
const char *
rb_journal_get_marker_kept_aside (RbJournal *self)
{
  g_return_val_if_fail (RB_IS_JOURNAL (self), NULL);

  return self->marker_kept_aside;
}

gboolean
rb_journal_is_loaded (RbJournal *self)
{
  g_return_val_if_fail (RB_IS_JOURNAL (self), FALSE);

  return self->loaded;
}

gboolean
rb_journal_is_read_only (RbJournal *self)
{
  g_return_val_if_fail (RB_IS_JOURNAL (self), FALSE);

  return self->read_only;
}

gboolean
rb_journal_has_unsaved (RbJournal *self)
{
  g_return_val_if_fail (RB_IS_JOURNAL (self), FALSE);

  return self->unsaved;
}

/**
 * rb_journal_load:
 * @self: a #RbJournal
 * @error: return location for a #GError
 *
 * Reads the journal, and removes temporary files that killed saves left.
 * A missing file is an empty journal. A file that cannot be read as a
 * journal (%RB_CONTENT_ERROR: not JSON, too large, not a regular file…)
 * is renamed aside (see rb_journal_get_kept_aside()) and never
 * overwritten; the journal is then empty and %FALSE is returned with the
 * reason, to tell the user. A file that cannot be read at all
 * (permissions…) stays in place, and rb_journal_save() refuses to
 * overwrite it. A journal of a newer version loads with
 * #RbJournal:read-only set.
 *
 * Returns: %TRUE when the files were read or did not exist
 */
gboolean
rb_journal_load (RbJournal  *self,
                 GError    **error)
{
  g_autoptr(Load) load = NULL;

  g_return_val_if_fail (RB_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  load = read_journal (self->path, self->pending_path, self->marker_path);

  return apply_load (self, load, error);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  RbJournal *self = source_object;

  if (g_task_return_error_if_cancelled (task))
    return;

  /* The paths never change after construction. */
  g_task_return_pointer (task, read_journal (self->path, self->pending_path, self->marker_path),
                         (GDestroyNotify) load_free);
}

/**
 * rb_journal_load_async:
 * @self: a #RbJournal
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the files are read
 * @user_data: for @callback
 *
 * Reads the journal in a worker thread; rb_journal_load_finish() applies
 * what was read, as rb_journal_load() would.
 */
void
rb_journal_load_async (RbJournal           *self,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (RB_IS_JOURNAL (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, rb_journal_load_async);
  g_task_run_in_thread (task, load_thread);
}

gboolean
rb_journal_load_finish (RbJournal     *self,
                        GAsyncResult  *result,
                        GError       **error)
{
  g_autoptr(Load) load = NULL;

  g_return_val_if_fail (RB_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  load = g_task_propagate_pointer (G_TASK (result), error);
  if (load == NULL)
    return FALSE;

  return apply_load (self, load, error);
}

static JsonNode *
build_journal (GPtrArray  *records,
               guint       first,
               JsonObject *extra)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GList) members = extra != NULL ? json_object_get_members (extra) : NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, JOURNAL_FORMAT);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, FORMAT_VERSION);
  json_builder_set_member_name (builder, "entries");
  json_builder_begin_array (builder);
  for (guint i = first; i < records->len; i++)
    {
      Record *record = g_ptr_array_index (records, i);

      json_builder_add_value (builder, record->entry != NULL
                                       ? rb_journal_entry_to_json (record->entry)
                                       : json_node_copy (record->raw));
    }
  json_builder_end_array (builder);
  for (const GList *l = members; l != NULL; l = l->next)
    {
      json_builder_set_member_name (builder, l->data);
      json_builder_add_value (builder, json_node_copy (json_object_get_member (extra, l->data)));
    }
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

static gboolean
save (RbJournal  *self,
      GError    **error)
{
  g_autoptr(JsonNode) root = NULL;

  if (self->unreadable)
    {
      g_autofree char *name = g_path_get_basename (self->path);

      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_PERM,
                   _("%s could not be read, so it is not overwritten"), name);
      return FALSE;
    }

  if (self->read_only)
    {
      root = build_journal (self->records, self->records->len - self->n_pending, NULL);
      if (!rb_json_write_file (self->pending_path, root, &rb_json_journal_limits, error))
        return FALSE;
    }
  else
    {
      root = build_journal (self->records, 0, self->extra);
      if (!rb_json_write_file (self->path, root, &rb_json_journal_limits, error))
        return FALSE;
      self->n_pending = 0;
      if (g_remove (self->pending_path) != 0 && errno != ENOENT)
        g_warning ("Could not remove %s: %s", self->pending_path, g_strerror (errno));
    }

  return TRUE;
}

/**
 * rb_journal_save:
 * @self: a #RbJournal
 * @error: return location for a #GError
 *
 * Writes the journal atomically, creating its directory. When it is
 * read-only (a newer version's), the entries appended since are written
 * to journal-pending.json instead; otherwise entries pending there are
 * merged into journal.json, and journal-pending.json is removed. On
 * failure, nothing is lost: the entries stay in memory, and
 * #RbJournal:unsaved stays set until a later save succeeds.
 *
 * Returns: %TRUE on success
 */
gboolean
rb_journal_save (RbJournal  *self,
                 GError    **error)
{
  g_return_val_if_fail (RB_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  g_clear_error (&self->save_error);
  if (!save (self, &self->save_error))
    {
      if (error != NULL)
        *error = g_error_copy (self->save_error);
      return FALSE;
    }

  self->n_appended = 0;
  set_flag (self, PROP_UNSAVED, FALSE);
  return TRUE;
}

/**
 * rb_journal_get_load_error:
 * @self: a #RbJournal
 *
 * Returns: (nullable): why the last load could not read a file, set
 *   before #RbJournal:loaded is notified
 */
const GError *
rb_journal_get_load_error (RbJournal *self)
{
  g_return_val_if_fail (RB_IS_JOURNAL (self), NULL);

  return self->load_error;
}

/**
 * rb_journal_get_save_error:
 * @self: a #RbJournal
 *
 * Returns: (nullable): why the last rb_journal_save() failed, or %NULL
 *   when it succeeded
 */
const GError *
rb_journal_get_save_error (RbJournal *self)
{
  g_return_val_if_fail (RB_IS_JOURNAL (self), NULL);

  return self->save_error;
}

/**
 * rb_journal_get_entries:
 * @self: a #RbJournal
 *
 * Returns: (transfer none): the entries (#RbJournalEntry) this version
 *   can show, oldest appended first; emits #GListModel::items-changed as
 *   entries come
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
 * Adds @entry at the end and sets #RbJournal:unsaved; call
 * rb_journal_save() to write it.
 */
void
rb_journal_append (RbJournal      *self,
                   RbJournalEntry *entry)
{
  Record *record;

  g_return_if_fail (RB_IS_JOURNAL (self));
  g_return_if_fail (RB_IS_JOURNAL_ENTRY (entry));

  record = g_new0 (Record, 1);
  record->entry = g_object_ref (entry);
  g_ptr_array_add (self->records, record);
  self->n_pending++;
  self->n_appended++;
  g_list_store_append (self->entries, entry);
  set_flag (self, PROP_UNSAVED, TRUE);
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

  return rb_json_write_file (self->marker_path, root, &rb_json_journal_limits, error);
}

static RbJournalEntry *
parse_marker (JsonNode    *root,
              const char  *name,
              guint       *step_index,
              GError     **error)
{
  g_autoptr(RbJournalEntry) entry = NULL;
  g_autofree char *where = NULL;
  JsonObject *object = json_node_get_object (root);
  JsonNode *node;
  guint version;

  if (!get_header (object, name, MARKER_FORMAT, &version, error))
    return NULL;
  if (version != FORMAT_VERSION)
    {
      g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_VERSION,
                   _("%s: version: %u is not read by this version of Runback (%u)"),
                   name, version, FORMAT_VERSION);
      return NULL;
    }

  node = json_object_get_member (object, "step");
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_INT64 ||
      json_node_get_int (node) < 0 || json_node_get_int (node) > G_MAXINT32)
    {
      g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID,
                   _("%s: step: expected a step number"), name);
      return NULL;
    }
  *step_index = (guint) json_node_get_int (node);

  where = g_strdup_printf ("%s: entry", name);
  node = json_object_get_member (object, "entry");
  if (node == NULL)
    {
      g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID, _("%s: missing"), where);
      return NULL;
    }
  entry = rb_journal_entry_new_from_json (node, where, error);
  if (entry == NULL)
    return NULL;

  rb_journal_entry_set_status (entry, RB_JOURNAL_STATUS_PARTIAL);

  return g_steal_pointer (&entry);
}

/**
 * rb_journal_read_marker:
 * @self: a #RbJournal
 * @step_index: (out) (optional): the step to resume from
 * @error: return location for a #GError
 *
 * Reads the mark of a session left in progress. The entry is partial:
 * append it to log the session as it was, or resume it with
 * rb_session_start_at(). A mark that cannot be used (%RB_CONTENT_ERROR)
 * is renamed aside (see rb_journal_get_marker_kept_aside()), never
 * overwritten, and its error returned.
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
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GError) aside_error = NULL;
  RbJournalEntry *entry = NULL;
  guint step = 0;

  g_return_val_if_fail (RB_IS_JOURNAL (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  g_clear_pointer (&self->marker_kept_aside, g_free);
  name = g_path_get_basename (self->marker_path);
  root = rb_json_read_file (self->marker_path, name, &rb_json_journal_limits, &local_error);
  if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
    return NULL;
  if (root != NULL)
    entry = parse_marker (root, name, &step, &local_error);

  if (entry == NULL)
    {
      if (local_error->domain == RB_CONTENT_ERROR)
        self->marker_kept_aside = rb_storage_keep_aside (self->marker_path, &aside_error);
      if (aside_error != NULL)
        g_warning ("Could not keep %s aside: %s", self->marker_path, aside_error->message);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  if (step_index != NULL)
    *step_index = step;

  return entry;
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
