/* fuzz-common.h: what the libFuzzer targets share.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <glib/gstdio.h>
#include <stdlib.h>

/* GLib traps (SIGTRAP) on a fatal message, which libFuzzer does not catch:
 * abort instead, so that it reports the crash and saves the input.
 */
static inline GLogWriterOutput
abort_on_warning_writer (GLogLevelFlags   log_level,
                         const GLogField *fields,
                         gsize            n_fields,
                         gpointer         user_data)
{
  g_log_writer_default (log_level, fields, n_fields, user_data);
  if (log_level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    abort ();

  return G_LOG_WRITER_HANDLED;
}

/* A critical or a warning is a bug too. */
static inline void
fuzz_abort_on_warnings (void)
{
  g_log_set_writer_func (abort_on_warning_writer, NULL, NULL);
}

/* A scratch directory for targets that read files: made once per process,
 * emptied before each input (the journal renames a bad file aside, so
 * leftovers would pile up) and removed at exit.
 */
static char *scratch_dir;

static inline void
scratch_clear (void)
{
  g_autoptr(GDir) dir = g_dir_open (scratch_dir, 0, NULL);
  const char *name;

  g_assert (dir != NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (scratch_dir, name, NULL);

      g_assert (g_remove (path) == 0);
    }
}

static inline void
scratch_remove (void)
{
  scratch_clear ();
  g_rmdir (scratch_dir);
  g_clear_pointer (&scratch_dir, g_free);
}

/* Returns the path of @name in a new scratch directory. */
static inline char *
scratch_init (const char *name)
{
  g_autoptr(GError) error = NULL;

  scratch_dir = g_dir_make_tmp ("runback-fuzz-XXXXXX", &error);
  g_assert_no_error (error);
  atexit (scratch_remove);

  return g_build_filename (scratch_dir, name, NULL);
}

/* Empties the scratch directory and writes @data to @path in it. */
static inline void
scratch_write (const char   *path,
               const guint8 *data,
               size_t        size)
{
  g_autoptr(GError) error = NULL;

  scratch_clear ();
  g_file_set_contents (path, (const char *) data, (gssize) size, &error);
  g_assert_no_error (error);
}

/* The content reader wants a document's id to match its file name: the
 * first `"id": "…"` in @data, when there is one, names the file, so that
 * inputs get past that check and into what follows it.
 */
static inline char *
fuzz_dup_file_name (const guint8 *data,
                    size_t        size,
                    const char   *fallback)
{
  const char *p = g_strstr_len ((const char *) data, (gssize) size, "\"id\"");
  const char *end = (const char *) data + size;
  const char *start;

  if (p == NULL)
    return g_strdup (fallback);

  for (p += 4; p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t' || *p == ':'); p++)
    ;
  if (p >= end || *p != '"')
    return g_strdup (fallback);

  start = ++p;
  while (p < end && p - start < 64 && (g_ascii_islower (*p) || g_ascii_isdigit (*p) || *p == '-'))
    p++;
  if (p == start || p >= end || *p != '"')
    return g_strdup (fallback);

  return g_strdup_printf ("%.*s.json", (int) (p - start), start);
}
