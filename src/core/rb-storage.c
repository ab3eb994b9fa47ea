/* rb-storage.c
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <gio/gio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "rb-content-error.h"
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

/**
 * rb_storage_format_size:
 * @size: a number of bytes
 *
 * Formats a cap for messages: "1 MiB", "16 KiB", or "1000 bytes" when it
 * is not a whole number of either.
 *
 * Returns: (transfer full): the text
 */
char *
rb_storage_format_size (gsize size)
{
  if (size > 0 && size % (1024 * 1024) == 0)
    return g_strdup_printf (_("%lu MiB"), (gulong) (size / (1024 * 1024)));

  if (size > 0 && size % 1024 == 0)
    return g_strdup_printf (_("%lu KiB"), (gulong) (size / 1024));

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%lu byte", "%lu bytes", size),
                          (gulong) size);
}

static void
set_errno_error (GError     **error,
                 const char  *name,
                 int          saved)
{
  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
               "%s: %s", name, g_strerror (saved));
}

static void
set_not_regular_error (GError     **error,
                       const char  *name)
{
  g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_NOT_REGULAR,
               _("%s: not a regular file"), name);
}

/* Reads a regular file's descriptor: up to @max_size + 1 bytes, so that a
 * file over the cap is noticed without reading it all, then a nul.
 */
static char *
read_regular (int          fd,
              const char  *name,
              gsize        max_size,
              gsize       *length,
              GError     **error)
{
  g_autofree char *data = NULL;
  struct stat st;
  gsize capacity;

  *length = 0;
  if (fstat (fd, &st) != 0)
    {
      set_errno_error (error, name, errno);
      return NULL;
    }
  if (!S_ISREG (st.st_mode))
    {
      set_not_regular_error (error, name);
      return NULL;
    }

  /* The size is only a hint: files in /proc say 0, and any file can grow
   * while it is read.
   */
  capacity = MIN (MAX ((gsize) st.st_size, 4096), max_size) + 1;
  data = g_malloc (capacity + 1);

  while (*length <= max_size)
    {
      gssize n;

      if (*length == capacity)
        {
          capacity = capacity <= max_size / 2 ? capacity * 2 : max_size + 1;
          data = g_realloc (data, capacity + 1);
        }

      n = read (fd, data + *length, capacity - *length);
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          set_errno_error (error, name, errno);
          return NULL;
        }
      if (n == 0)
        break;

      *length += n;
    }

  data[*length] = '\0';
  return g_steal_pointer (&data);
}

/**
 * rb_storage_read:
 * @path: the file to read
 * @name: (nullable): what messages call the file: @path itself, or its
 *   base name; %NULL for @path
 * @max_size: the largest file accepted, in bytes
 * @error: return location for a #GError
 *
 * Reads a whole file, safely whatever @path turns out to be. The file is
 * opened without blocking and without becoming a controlling terminal,
 * and checked through the open descriptor, so a FIFO, a device such as
 * `/dev/zero`, a directory or a socket is refused before any read:
 * %RB_CONTENT_ERROR_NOT_REGULAR, "NAME: not a regular file". At most
 * @max_size + 1 bytes are ever read; a larger file is
 * %RB_CONTENT_ERROR_TOO_LARGE, "NAME: file larger than 1 MiB". A missing
 * file is %G_FILE_ERROR_NOENT; other failures are in the %G_FILE_ERROR
 * domain too, with the system's message: "NAME: Permission denied".
 *
 * The data is followed by a nul byte that its size does not count.
 *
 * Returns: (transfer full): the contents, or %NULL on error
 */
GBytes *
rb_storage_read (const char  *path,
                 const char  *name,
                 gsize        max_size,
                 GError     **error)
{
  g_autofree char *data = NULL;
  gsize length;
  int fd;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (max_size < G_MAXSIZE - 1, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (name == NULL)
    name = path;

  fd = g_open (path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY, 0);
  if (fd < 0)
    {
      int saved = errno;

      /* open() itself refuses sockets, and devices with no driver. */
      if (saved == ENXIO)
        set_not_regular_error (error, name);
      else
        set_errno_error (error, name, saved);
      return NULL;
    }

  data = read_regular (fd, name, max_size, &length, error);
  g_close (fd, NULL);
  if (data == NULL)
    return NULL;

  if (length > max_size)
    {
      g_autofree char *cap = rb_storage_format_size (max_size);

      g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_TOO_LARGE,
                   _("%s: file larger than %s"), name, cap);
      return NULL;
    }

  return g_bytes_new_take (g_steal_pointer (&data), length);
}

/* g_file_set_contents_full() writes to `BASENAME.XXXXXX` beside the file,
 * the six characters from g_mkstemp(): letters and digits.
 */
static gboolean
is_temporary_name (const char *name,
                   const char *basename)
{
  gsize n = strlen (basename);

  if (strlen (name) != n + 7 || strncmp (name, basename, n) != 0 || name[n] != '.')
    return FALSE;

  for (guint i = n + 1; i < n + 7; i++)
    {
      if (!g_ascii_isalnum (name[i]))
        return FALSE;
    }

  return TRUE;
}

/**
 * rb_storage_remove_temporary:
 * @path: a file saved with rb_storage_save()
 *
 * Removes what saves of @path left behind when they were killed before
 * renaming their temporary file over it: regular files in the same
 * directory named after @path's base name, a dot and exactly six letters
 * or digits (`journal.json.a1B2c3`). Nothing else is touched: neither
 * @path, nor files kept aside (`journal.json.broken-…`), nor symbolic
 * links, directories or other special files with such a name. Any regular
 * file with such a name is taken for a leftover, `journal.json.backup`
 * too. Call it before the first save, while no other save of @path can
 * be running.
 *
 * Returns: how many files were removed
 */
guint
rb_storage_remove_temporary (const char *path)
{
  g_autofree char *dir_path = NULL;
  g_autofree char *basename = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;
  guint removed = 0;

  g_return_val_if_fail (path != NULL, 0);

  dir_path = g_path_get_dirname (path);
  basename = g_path_get_basename (path);
  dir = g_dir_open (dir_path, 0, NULL);
  if (dir == NULL)
    return 0;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = NULL;
      GStatBuf st;

      if (!is_temporary_name (name, basename))
        continue;

      /* lstat(): a symbolic link is not a leftover, whatever it points to. */
      child = g_build_filename (dir_path, name, NULL);
      if (g_lstat (child, &st) == 0 && S_ISREG (st.st_mode) && g_unlink (child) == 0)
        removed++;
    }

  return removed;
}
