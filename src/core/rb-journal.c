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
#include <stdlib.h>
#include <string.h>

#include "rb-content-error.h"
#include "rb-journal-entry-private.h"
#include "rb-journal.h"
#include "rb-json-private.h"
#include "rb-plan.h"
#include "rb-storage.h"

/* The journal is the one place where progress is written:
 *
 *   $XDG_DATA_HOME/runback/journal.json
 *   { "format": "runback.journal", "version": 2, "entries": [ … ],
 *     "dismissed_flags": [ { "flag": "severe-pain", "date": "2026-03-02" } ] }
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
#define FORMAT_VERSION 2
/* The marker holds one entry; members version 2 added are unknown
 * members to a version 1 reader, which keeps them, so it stays at 1. */
#define MARKER_VERSION 1

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
  GHashTable *dismissed; /* red flags dismissed, "flag/YYYY-MM-DD", of both files */
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
  g_clear_pointer (&load->dismissed, g_hash_table_unref);
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
  GHashTable *dismissed;  /* "flag/YYYY-MM-DD" */
  JsonObject *extra;
  GError     *load_error;
  GError     *save_error;
  guint       unreadable : 1;
  guint       read_only : 1;
  guint       unsaved : 1;
  guint       edited : 1;     /* changed, removed or dismissed since the last save */
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

/* "dismissed_flags": red flags the user dismissed, one per occurrence.
 * Both files may hold some (journal-pending.json keeps those dismissed
 * while journal.json is read-only); they are merged. */
static gboolean
read_dismissed (GHashTable  *dismissed,
                JsonObject  *object,
                const char  *name,
                GError     **error)
{
  JsonNode *node = json_object_get_member (object, "dismissed_flags");
  JsonArray *array;

  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    goto invalid;

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      JsonObject *flag;
      const char *id, *date;
      GDate day;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        goto invalid;
      flag = json_node_get_object (element);
      id = json_object_get_string_member_with_default (flag, "flag", NULL);
      date = json_object_get_string_member_with_default (flag, "date", NULL);
      if (id == NULL || !rb_json_is_valid_id (id) || date == NULL || !rb_date_from_iso (date, &day))
        goto invalid;
      g_hash_table_add (dismissed, g_strdup_printf ("%s/%s", id, date));
    }

  return TRUE;

invalid:
  g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID,
               _("%s: dismissed_flags: expected an array of flags and dates"), name);
  return FALSE;
}

static gboolean
merge_key (gpointer key,
           gpointer value,
           gpointer user_data)
{
  g_hash_table_add (user_data, key);
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
  g_autoptr(GHashTable) dismissed = NULL;
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

  /* A newer version may have changed them; they are kept, not read. */
  dismissed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (!newer && !read_dismissed (dismissed, object, name, error))
    return FALSE;

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
              g_str_equal (member, "entries") ||
              (!newer && g_str_equal (member, "dismissed_flags")))
            continue;
          if (load->extra == NULL)
            load->extra = json_object_new ();
          json_object_set_member (load->extra, member, json_node_copy (json_object_get_member (object, member)));
        }
    }

  g_hash_table_foreach_steal (dismissed, merge_key, load->dismissed);

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
  load->dismissed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

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
  g_hash_table_foreach_steal (self->dismissed, merge_key, load->dismissed);
  g_hash_table_unref (self->dismissed);
  self->dismissed = g_steal_pointer (&load->dismissed);
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
  set_flag (self, PROP_UNSAVED, self->n_appended > 0 || self->edited ||
                                (!load->read_only && self->n_pending > 0));
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
  g_clear_pointer (&self->dismissed, g_hash_table_unref);
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
  self->dismissed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
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

static int
compare_keys (const void *a,
              const void *b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static void
add_dismissed (JsonBuilder *builder,
               GHashTable  *dismissed)
{
  g_autofree const char **keys = NULL;
  guint n_keys;

  if (g_hash_table_size (dismissed) == 0)
    return;

  keys = (const char **) g_hash_table_get_keys_as_array (dismissed, &n_keys);
  qsort (keys, n_keys, sizeof (char *), compare_keys);
  json_builder_set_member_name (builder, "dismissed_flags");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n_keys; i++)
    {
      const char *slash = strrchr (keys[i], '/');
      g_autofree char *flag = g_strndup (keys[i], slash - keys[i]);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "flag");
      json_builder_add_string_value (builder, flag);
      json_builder_set_member_name (builder, "date");
      json_builder_add_string_value (builder, slash + 1);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static JsonNode *
build_journal (GPtrArray  *records,
               guint       first,
               GHashTable *dismissed,
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
  add_dismissed (builder, dismissed);
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
      root = build_journal (self->records, self->records->len - self->n_pending, self->dismissed, NULL);
      if (!rb_json_write_file (self->pending_path, root, &rb_json_journal_limits, error))
        return FALSE;
    }
  else
    {
      root = build_journal (self->records, 0, self->dismissed, self->extra);
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
  self->edited = FALSE;
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
  json_builder_add_int_value (builder, MARKER_VERSION);
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
  if (version != MARKER_VERSION)
    {
      g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_VERSION,
                   _("%s: version: %u is not read by this version of Runback (%u)"),
                   name, version, MARKER_VERSION);
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

/* Editing. In a read-only journal (a newer version's), only the entries
 * saved to journal-pending.json can change: journal.json is never
 * written. */

static int
find_record (RbJournal      *self,
             RbJournalEntry *entry)
{
  for (guint i = 0; i < self->records->len; i++)
    if (((Record *) g_ptr_array_index (self->records, i))->entry == entry)
      return (int) i;

  return -1;
}

static gboolean
can_edit_record (RbJournal *self,
                 int        index)
{
  return index >= 0 && (!self->read_only || (guint) index >= self->records->len - self->n_pending);
}

/* Where a record's entry is, or would be, among the entries shown. */
static guint
shown_position (RbJournal *self,
                guint      index)
{
  guint position = 0;

  for (guint i = 0; i < index; i++)
    if (((Record *) g_ptr_array_index (self->records, i))->entry != NULL)
      position++;

  return position;
}

static void
mark_edited (RbJournal *self)
{
  self->edited = TRUE;
  set_flag (self, PROP_UNSAVED, TRUE);
}

/**
 * rb_journal_can_edit:
 * @self: a #RbJournal
 * @entry: one of its entries
 *
 * Returns: whether @entry can be changed or removed: it is in the
 *   journal, and the journal is not read-only, or @entry was recorded
 *   since it is
 */
gboolean
rb_journal_can_edit (RbJournal      *self,
                     RbJournalEntry *entry)
{
  g_return_val_if_fail (RB_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (RB_IS_JOURNAL_ENTRY (entry), FALSE);

  return can_edit_record (self, find_record (self, entry));
}

/**
 * rb_journal_remove:
 * @self: a #RbJournal
 * @entry: the entry to delete
 *
 * Removes @entry and sets #RbJournal:unsaved; call rb_journal_save() to
 * write the change. To undo, put it back with rb_journal_insert() at the
 * position returned.
 *
 * Returns: where @entry was in rb_journal_get_entries(), or -1 when it
 *   cannot be removed (see rb_journal_can_edit())
 */
int
rb_journal_remove (RbJournal      *self,
                   RbJournalEntry *entry)
{
  g_autoptr(RbJournalEntry) owned = NULL;
  int index;
  guint position;

  g_return_val_if_fail (RB_IS_JOURNAL (self), -1);
  g_return_val_if_fail (RB_IS_JOURNAL_ENTRY (entry), -1);

  index = find_record (self, entry);
  if (!can_edit_record (self, index))
    return -1;

  owned = g_object_ref (entry);
  position = shown_position (self, index);
  if ((guint) index >= self->records->len - self->n_pending)
    self->n_pending--;
  if ((guint) index >= self->records->len - self->n_appended)
    self->n_appended--;
  g_ptr_array_remove_index (self->records, index);
  g_list_store_remove (self->entries, position);
  mark_edited (self);

  return (int) position;
}

/**
 * rb_journal_insert:
 * @self: a #RbJournal
 * @position: a position in rb_journal_get_entries()
 * @entry: the entry to put there
 *
 * Puts back an entry that rb_journal_remove() took out, at the position
 * it returned, and sets #RbJournal:unsaved. In a read-only journal, the
 * entry goes at the earliest place after the entries of journal.json.
 */
void
rb_journal_insert (RbJournal      *self,
                   guint           position,
                   RbJournalEntry *entry)
{
  Record *record;
  guint n_shown, index;

  g_return_if_fail (RB_IS_JOURNAL (self));
  g_return_if_fail (RB_IS_JOURNAL_ENTRY (entry));
  g_return_if_fail (find_record (self, entry) < 0);

  n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->entries));
  index = self->records->len;
  if (position < n_shown)
    {
      g_autoptr(RbJournalEntry) next = g_list_model_get_item (G_LIST_MODEL (self->entries), position);

      index = (guint) find_record (self, next);
    }
  if (self->read_only)
    index = MAX (index, self->records->len - self->n_pending);

  if (index >= self->records->len - self->n_pending)
    self->n_pending++;
  if (index >= self->records->len - self->n_appended)
    self->n_appended++;
  record = g_new0 (Record, 1);
  record->entry = g_object_ref (entry);
  g_ptr_array_insert (self->records, index, record);
  g_list_store_insert (self->entries, shown_position (self, index), entry);
  mark_edited (self);
}

/**
 * rb_journal_replace:
 * @self: a #RbJournal
 * @old: one of its entries
 * @entry: what to put in its place
 *
 * Edits an entry: change a copy (rb_journal_entry_copy()) and put it in
 * place of the original, which undoing puts back the same way. Sets
 * #RbJournal:unsaved; call rb_journal_save() to write the change.
 *
 * Returns: %FALSE when @old cannot be changed (see rb_journal_can_edit())
 */
gboolean
rb_journal_replace (RbJournal      *self,
                    RbJournalEntry *old,
                    RbJournalEntry *entry)
{
  Record *record;
  int index;

  g_return_val_if_fail (RB_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (RB_IS_JOURNAL_ENTRY (old), FALSE);
  g_return_val_if_fail (RB_IS_JOURNAL_ENTRY (entry), FALSE);
  g_return_val_if_fail (old == entry || find_record (self, entry) < 0, FALSE);

  index = find_record (self, old);
  if (!can_edit_record (self, index))
    return FALSE;

  record = g_ptr_array_index (self->records, index);
  g_set_object (&record->entry, entry);
  g_list_store_splice (self->entries, shown_position (self, index), 1, (gpointer *) &entry, 1);
  mark_edited (self);

  return TRUE;
}

static char *
flag_key (const char  *flag,
          const GDate *date)
{
  g_autofree char *day = rb_date_to_iso (date);

  return g_strdup_printf ("%s/%s", flag, day);
}

/**
 * rb_journal_dismiss_flag:
 * @self: a #RbJournal
 * @flag: a red flag's kind, as an id (rb_red_flag_kind_to_string())
 * @date: the day of the occurrence dismissed
 *
 * Records that the user dismissed one occurrence of a red flag, and sets
 * #RbJournal:unsaved; a later occurrence shows again.
 */
void
rb_journal_dismiss_flag (RbJournal   *self,
                         const char  *flag,
                         const GDate *date)
{
  g_return_if_fail (RB_IS_JOURNAL (self));
  g_return_if_fail (flag != NULL && rb_json_is_valid_id (flag));
  g_return_if_fail (date != NULL && g_date_valid (date));

  if (g_hash_table_add (self->dismissed, flag_key (flag, date)))
    mark_edited (self);
}

/**
 * rb_journal_is_flag_dismissed:
 * @self: a #RbJournal
 * @flag: a red flag's kind
 * @date: the day of an occurrence
 *
 * Returns: whether that occurrence was dismissed
 */
gboolean
rb_journal_is_flag_dismissed (RbJournal   *self,
                              const char  *flag,
                              const GDate *date)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (RB_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (flag != NULL, FALSE);
  g_return_val_if_fail (date != NULL && g_date_valid (date), FALSE);

  key = flag_key (flag, date);
  return g_hash_table_contains (self->dismissed, key);
}

/**
 * rb_journal_get_dismissed_flags:
 * @self: a #RbJournal
 *
 * Returns: (transfer none): the set of dismissed occurrences, keys
 *   `FLAG/YYYY-MM-DD`, for rb_red_flags_evaluate()
 */
GHashTable *
rb_journal_get_dismissed_flags (RbJournal *self)
{
  g_return_val_if_fail (RB_IS_JOURNAL (self), NULL);

  return self->dismissed;
}

/**
 * rb_journal_read_entries:
 * @dir: the directory of journal.json
 * @error: return location for a #GError
 *
 * Reads the journal (and journal-pending.json) for an export, changing
 * nothing on disk: no temporary file is removed, nothing is renamed
 * aside. Any problem is an error.
 *
 * Returns: (transfer full) (nullable): the entries this version can show,
 *   in order (none when there is no journal yet), or %NULL
 */
GListModel *
rb_journal_read_entries (const char  *dir,
                         GError     **error)
{
  g_autoptr(Load) load = g_new0 (Load, 1);
  g_autofree char *path = NULL;
  g_autofree char *pending_path = NULL;
  GListStore *store;

  g_return_val_if_fail (dir != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  load->records = g_ptr_array_new_with_free_func ((GDestroyNotify) record_free);
  load->dismissed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  path = g_build_filename (dir, "journal.json", NULL);
  pending_path = g_build_filename (dir, "journal-pending.json", NULL);
  if (!read_journal_file (load, path, FALSE, error) ||
      !read_journal_file (load, pending_path, TRUE, error))
    return NULL;

  store = g_list_store_new (RB_TYPE_JOURNAL_ENTRY);
  for (guint i = 0; i < load->records->len; i++)
    {
      Record *record = g_ptr_array_index (load->records, i);

      if (record->entry != NULL)
        g_list_store_append (store, record->entry);
    }

  return G_LIST_MODEL (store);
}
