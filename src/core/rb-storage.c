/* rb-storage.c
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <gio/gio.h>

#include "rb-storage.h"

/**
 * rb_storage_dup_data_dir:
 *
 * Returns: (transfer full): the directory of the user's data,
 *   `$XDG_DATA_HOME/runback` (not created)
 */
char *
rb_storage_dup_data_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), "runback", NULL);
}

/**
 * rb_storage_save:
 * @path: the file to write
 * @contents: the bytes
 * @length: their length, or -1 for a nul-terminated string
 * @error: return location for a #GError
 *
 * Writes @path atomically: a temporary file beside it is written, synced
 * and renamed over it, so a crash leaves the old contents or the new,
 * never a mix. Creates the parent directories.
 *
 * Returns: %TRUE on success
 */
gboolean
rb_storage_save (const char  *path,
                 const char  *contents,
                 gssize       length,
                 GError     **error)
{
  g_autofree char *dir = NULL;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (contents != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  dir = g_path_get_dirname (path);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   "%s: %s", dir, g_strerror (saved));
      return FALSE;
    }

  return g_file_set_contents_full (path, contents, length,
                                   G_FILE_SET_CONTENTS_CONSISTENT, 0600, error);
}

/**
 * rb_storage_keep_aside:
 * @path: a file that could not be read
 * @error: return location for a #GError
 *
 * Renames @path to a dated name beside it
 * (`journal.json.broken-20261124-121314`, with `-2`, `-3`… when that
 * exists), so that it is never overwritten and can be recovered by hand.
 *
 * Returns: (transfer full) (nullable): the new path, or %NULL on error
 */
char *
rb_storage_keep_aside (const char  *path,
                       GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *base = g_strdup_printf ("%s.broken-%s", path, stamp);
  g_autofree char *target = g_strdup (base);

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  for (guint n = 2; g_file_test (target, G_FILE_TEST_EXISTS); n++)
    {
      g_free (target);
      target = g_strdup_printf ("%s-%u", base, n);
    }

  if (g_rename (path, target) != 0)
    {
      int saved = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   "%s: %s", path, g_strerror (saved));
      return NULL;
    }

  return g_steal_pointer (&target);
}
