/* rb-backup.c: everything the user made, in one file, and back.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "rb-backup.h"
#include "rb-content-private.h"
#include "rb-journal.h"
#include "rb-json-private.h"
#include "rb-plan-store.h"
#include "rb-storage.h"

/* A backup is one JSON document:
 *
 *   { "format": "runback.backup", "version": 1,
 *     "created": "2026-03-10T18:00:00+01:00",
 *     "journal": { …journal.json… },
 *     "journal_pending": { …journal-pending.json, when there is one… },
 *     "plans": { …plans.json… },
 *     "programs": { "my-program.json": { …a program… } },
 *     "exercises": { "my-squat.json": { …an exercise… } } }
 *
 * Restoring reads the whole backup first, each part with its own reader
 * (the journal and the plans are written to a staging folder beside the
 * data and loaded from there as at start-up; programs and exercises go
 * through the content reader). Only when every part is valid are the
 * current files moved aside (NAME.replaced-YYYYMMDD-HHMMSS) and the
 * staged ones renamed into place; a failure then puts everything back.
 * See docs/journal-format.md, "Backup". */

#define BACKUP_FORMAT  "runback.backup"
#define BACKUP_VERSION 1

/* The journal and the plans at their caps, with the user's content. */
static const RbJsonLimits backup_limits = { 96 * 1024 * 1024, 34, 64 * 1024 };

static const char * const parts[] = { "journal.json", "journal-pending.json", "plans.json", "programs", "exercises" };
static const char * const members[] = { "format", "version", "created", "journal", "journal_pending",
                                        "plans", "programs", "exercises", NULL };

static void
remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    g_remove (path);
}

/* Reads one of the data's JSON files; a missing one is @empty. */
static JsonNode *
read_part (const char          *dir,
           const char          *name,
           const char          *empty,
           const RbJsonLimits  *limits,
           GError             **error)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) local_error = NULL;
  JsonNode *node = rb_json_read_file (path, name, limits, &local_error);

  if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
    return empty != NULL ? json_from_string (empty, NULL) : NULL;
  if (node == NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));

  return node;
}

/* The user's programs or exercises: each file, as read. */
static JsonNode *
read_content (const char  *data_dir,
              const char  *kind,
              GError     **error)
{
  g_autofree char *dir_path = g_build_filename (data_dir, kind, NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  g_autoptr(JsonObject) object = json_object_new ();
  JsonNode *node;
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      JsonNode *document;

      if (!g_str_has_suffix (name, ".json"))
        continue;
      document = read_part (dir_path, name, NULL, &rb_json_content_limits, error);
      if (document == NULL)
        {
          g_prefix_error (error, "%s/", kind);
          return NULL;
        }
      json_object_set_member (object, name, document);
    }

  node = json_node_new (JSON_NODE_OBJECT);
  json_node_set_object (node, object);
  return node;
}

/**
 * rb_backup_write:
 * @data_dir: the user's data (`$XDG_DATA_HOME/runback`)
 * @path: the backup file to write
 * @error: return location for a #GError
 *
 * Writes the journal, the plans and the user's own programs and
 * exercises to one file, atomically. Nothing in @data_dir changes. A
 * file that cannot be read fails the backup, naming it, rather than
 * leaving it out.
 *
 * Returns: %TRUE on success
 */
gboolean
rb_backup_write (const char  *data_dir,
                 const char  *path,
                 GError     **error)
{
  g_autoptr(JsonObject) root = json_object_new ();
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *created = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S%:z");
  JsonNode *journal, *pending = NULL, *plans, *programs, *exercises;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (data_dir != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  json_object_set_string_member (root, "format", BACKUP_FORMAT);
  json_object_set_int_member (root, "version", BACKUP_VERSION);
  json_object_set_string_member (root, "created", created);

  journal = read_part (data_dir, "journal.json",
                       "{ \"format\": \"runback.journal\", \"version\": 2, \"entries\": [] }",
                       &rb_json_journal_limits, error);
  if (journal == NULL)
    return FALSE;
  json_object_set_member (root, "journal", journal);

  pending = read_part (data_dir, "journal-pending.json", NULL, &rb_json_journal_limits, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (pending != NULL)
    json_object_set_member (root, "journal_pending", pending);

  plans = read_part (data_dir, "plans.json", "{ \"format\": \"runback.plans\", \"version\": 1, \"plans\": [] }",
                     &rb_json_journal_limits, error);
  if (plans == NULL)
    return FALSE;
  json_object_set_member (root, "plans", plans);

  if ((programs = read_content (data_dir, "programs", error)) == NULL)
    return FALSE;
  json_object_set_member (root, "programs", programs);
  if ((exercises = read_content (data_dir, "exercises", error)) == NULL)
    return FALSE;
  json_object_set_member (root, "exercises", exercises);

  node = json_node_new (JSON_NODE_OBJECT);
  json_node_set_object (node, root);

  return rb_json_write_file (path, node, &backup_limits, error);
}

/* Restoring. */

static gboolean
invalid (GError     **error,
         const char  *name,
         const char  *member,
         const char  *problem)
{
  g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID, "%s: %s: %s", name, member, problem);
  return FALSE;
}

/* Writes a part of the backup into the staging folder. */
static gboolean
stage_document (const char          *staging,
                const char          *name,
                JsonNode            *node,
                const RbJsonLimits  *limits,
                GError             **error)
{
  g_autofree char *path = g_build_filename (staging, name, NULL);

  return rb_json_write_file (path, node, limits, error);
}

/* Checks each program or exercise with the content reader, as the
 * library would load it, and stages it. */
static gboolean
stage_content (const char  *staging,
               const char  *backup_name,
               JsonObject  *root,
               const char  *kind,
               const char  *format,
               GError     **error)
{
  g_autofree char *dir = g_build_filename (staging, kind, NULL);
  g_autoptr(GList) names = NULL;
  JsonObject *object;

  if (!rb_json_get_object (root, "", kind, TRUE, &object, error))
    {
      g_prefix_error (error, "%s: ", backup_name);
      return FALSE;
    }

  g_mkdir (dir, 0700);
  names = json_object_get_members (object);
  for (const GList *l = names; l != NULL; l = l->next)
    {
      const char *name = l->data;
      JsonNode *node = json_object_get_member (object, name);
      g_autofree char *id = g_strndup (name, strlen (name) - MIN (strlen (name), 5));
      g_autofree char *text = NULL;
      g_autofree char *where = g_strdup_printf ("%s: %s/%s", backup_name, kind, name);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GObject) document = NULL;

      if (!g_str_has_suffix (name, ".json") || !rb_json_is_valid_id (id))
        return invalid (error, backup_name, kind, "file names must be ids ending in .json");

      text = json_to_string (node, TRUE);
      bytes = g_bytes_new (text, strlen (text));
      document = rb_content_load_document (where, bytes, format, FALSE, error);
      if (document == NULL)
        return FALSE;
      if (!stage_document (dir, name, node, &rb_json_content_limits, error))
        return FALSE;
    }

  return TRUE;
}

/* Loads the staged journal and plans as the app would at start-up: a
 * part that would be kept aside, or read-only, is refused. */
static gboolean
check_staged (const char  *staging,
              const char  *backup_name,
              GError     **error)
{
  g_autoptr(RbJournal) journal = rb_journal_new (staging);
  g_autoptr(RbPlanStore) plans = rb_plan_store_new (staging);

  if (!rb_journal_load (journal, error) || !rb_plan_store_load (plans, error))
    {
      g_prefix_error (error, "%s: ", backup_name);
      return FALSE;
    }

  if (rb_journal_is_read_only (journal) || rb_plan_store_is_read_only (plans))
    {
      g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_VERSION,
                   _("%s comes from a newer version of Runback"), backup_name);
      return FALSE;
    }

  return TRUE;
}

/* Reads and checks the whole backup into @staging. */
static gboolean
stage_backup (const char  *staging,
              const char  *path,
              GError     **error)
{
  g_autofree char *name = g_path_get_basename (path);
  g_autoptr(JsonNode) node = NULL;
  JsonObject *root, *object;

  node = rb_json_read_file (path, name, &backup_limits, error);
  if (node == NULL)
    return FALSE;

  root = json_node_get_object (node);
  if (!rb_json_check_header (root, BACKUP_FORMAT, BACKUP_VERSION, error) ||
      !rb_json_check_members (root, "", members, error))
    {
      g_prefix_error (error, "%s: ", name);
      return FALSE;
    }

  if (!rb_json_get_object (root, "", "journal", TRUE, &object, error) ||
      !rb_json_get_object (root, "", "plans", TRUE, &object, error))
    {
      g_prefix_error (error, "%s: ", name);
      return FALSE;
    }
  if (!stage_document (staging, "journal.json", json_object_get_member (root, "journal"),
                       &rb_json_journal_limits, error) ||
      !stage_document (staging, "plans.json", json_object_get_member (root, "plans"),
                       &rb_json_journal_limits, error))
    return FALSE;

  object = NULL;
  if (!rb_json_get_object (root, "", "journal_pending", FALSE, &object, error))
    {
      g_prefix_error (error, "%s: ", name);
      return FALSE;
    }
  if (object != NULL &&
      !stage_document (staging, "journal-pending.json", json_object_get_member (root, "journal_pending"),
                       &rb_json_journal_limits, error))
    return FALSE;

  return stage_content (staging, name, root, "programs", "runback.program", error) &&
         stage_content (staging, name, root, "exercises", "runback.exercise", error) &&
         check_staged (staging, name, error);
}

/* A free name beside @path: PATH.replaced-YYYYMMDD-HHMMSS, then -2, -3… */
static char *
replaced_name (const char *path,
               const char *stamp)
{
  char *name = g_strdup_printf ("%s.replaced-%s", path, stamp);

  for (guint n = 2; g_file_test (name, G_FILE_TEST_EXISTS); n++)
    {
      g_free (name);
      name = g_strdup_printf ("%s.replaced-%s-%u", path, stamp, n);
    }

  return name;
}

typedef struct
{
  char *target;   /* the data's file or folder */
  char *aside;    /* where the current one went, or NULL */
  char *staged;   /* the new one, or NULL */
  gboolean placed;
} Move;

static void
move_clear (Move *move)
{
  g_free (move->target);
  g_free (move->aside);
  g_free (move->staged);
}

static gboolean
rename_error (const char  *from,
              const char  *to,
              GError     **error)
{
  int saved = errno;
  g_autofree char *name = g_filename_display_name (from);
  g_autofree char *to_name = g_filename_display_name (to);

  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
               _("Could not move %s to %s: %s"), name, to_name, g_strerror (saved));
  return FALSE;
}

/* Puts back what @moves did, newest first. */
static void
roll_back (GArray *moves)
{
  for (guint i = moves->len; i-- > 0;)
    {
      Move *move = &g_array_index (moves, Move, i);

      if (move->placed && g_rename (move->target, move->staged) != 0)
        g_warning ("Could not undo the restore of %s: %s", move->target, g_strerror (errno));
      if (move->aside != NULL && g_rename (move->aside, move->target) != 0)
        g_warning ("Could not put %s back: %s", move->target, g_strerror (errno));
    }
}

/* Moves each current part aside and the staged one into its place. */
static gboolean
swap_in (const char  *data_dir,
         const char  *staging,
         GPtrArray   *replaced,
         GError     **error)
{
  g_autoptr(GArray) moves = g_array_new (FALSE, TRUE, sizeof (Move));
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");

  g_array_set_clear_func (moves, (GDestroyNotify) move_clear);
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      Move move = { g_build_filename (data_dir, parts[i], NULL) };
      g_autofree char *staged = g_build_filename (staging, parts[i], NULL);

      if (g_file_test (move.target, G_FILE_TEST_EXISTS) || g_file_test (move.target, G_FILE_TEST_IS_SYMLINK))
        move.aside = replaced_name (move.target, stamp);
      if (g_file_test (staged, G_FILE_TEST_EXISTS))
        move.staged = g_steal_pointer (&staged);
      g_array_append_val (moves, move);
    }

  for (guint i = 0; i < moves->len; i++)
    {
      Move *move = &g_array_index (moves, Move, i);
      char *aside = move->aside;

      move->aside = NULL;
      if (aside != NULL && g_rename (move->target, aside) != 0)
        {
          rename_error (move->target, aside, error);
          g_free (aside);
          roll_back (moves);
          return FALSE;
        }
      move->aside = aside;
      if (move->staged != NULL && g_rename (move->staged, move->target) != 0)
        {
          rename_error (move->staged, move->target, error);
          roll_back (moves);
          return FALSE;
        }
      move->placed = move->staged != NULL;
    }

  for (guint i = 0; i < moves->len; i++)
    {
      Move *move = &g_array_index (moves, Move, i);

      if (move->aside != NULL)
        g_ptr_array_add (replaced, g_steal_pointer (&move->aside));
    }

  return TRUE;
}

/**
 * rb_backup_restore:
 * @data_dir: the user's data (`$XDG_DATA_HOME/runback`)
 * @path: a backup written by rb_backup_write()
 * @replaced: (out) (optional) (transfer full): where the files replaced
 *   were moved, to tell the user
 * @error: return location for a #GError
 *
 * Replaces the journal, the plans and the user's programs and exercises
 * with those of a backup. The whole backup is checked first, each part by
 * its own reader; on any error nothing changes. The current files are
 * moved aside (`NAME.replaced-YYYYMMDD-HHMMSS`), never deleted. A running
 * Runback must load its stores again afterwards.
 *
 * Returns: %TRUE on success
 */
gboolean
rb_backup_restore (const char  *data_dir,
                   const char  *path,
                   GStrv       *replaced,
                   GError     **error)
{
  g_autoptr(GPtrArray) moved = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *staging = NULL;
  int saved;

  g_return_val_if_fail (data_dir != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Beside the data, so that renames stay on one file system. */
  if (g_mkdir_with_parents (data_dir, 0700) != 0)
    {
      saved = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   "%s: %s", data_dir, g_strerror (saved));
      return FALSE;
    }
  staging = g_build_filename (data_dir, ".restore-XXXXXX", NULL);
  if (g_mkdtemp_full (staging, 0700) == NULL)
    {
      saved = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   "%s: %s", data_dir, g_strerror (saved));
      return FALSE;
    }

  if (!stage_backup (staging, path, error) ||
      !swap_in (data_dir, staging, moved, error))
    {
      remove_tree (staging);
      return FALSE;
    }
  remove_tree (staging);

  if (replaced != NULL)
    {
      g_ptr_array_add (moved, NULL);
      *replaced = (GStrv) g_ptr_array_free (g_steal_pointer (&moved), FALSE);
    }

  return TRUE;
}
