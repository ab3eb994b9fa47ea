/* bench-util.h: what the benchmarks share.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Child processes timed with their peak memory, medians, and a user data
 * directory filled with thousands of realistic exercises.
 */

#pragma once

#include <glib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

G_BEGIN_DECLS

extern char **environ;

typedef struct
{
  double ms;        /* start to the first frame, or to the exit */
  double max_rss;   /* MB */
  int    status;
} BenchRun;

static inline int
bench_compare_doubles (gconstpointer a,
                       gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* Sorts @values. */
static inline double
bench_median (double *values,
              guint   n)
{
  qsort (values, n, sizeof (double), bench_compare_doubles);
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

/* Runs @argv with @envp. A child that prints "first-frame TIME" is timed
 * to then, any other to its exit. */
static inline BenchRun
bench_spawn (char * const *argv,
             char * const *envp)
{
  BenchRun run = { 0, 0, -1 };
  posix_spawn_file_actions_t actions;
  struct rusage usage;
  int out[2];
  pid_t pid;
  gint64 start, end;
  GString *output = g_string_new (NULL);
  char buffer[256];
  ssize_t n;
  const char *mark;

  g_assert_no_errno (pipe (out));
  posix_spawn_file_actions_init (&actions);
  posix_spawn_file_actions_adddup2 (&actions, out[1], STDOUT_FILENO);
  posix_spawn_file_actions_addclose (&actions, out[0]);
  posix_spawn_file_actions_addclose (&actions, out[1]);

  start = g_get_monotonic_time ();
  g_assert_cmpint (posix_spawn (&pid, argv[0], &actions, NULL, argv, envp), ==, 0);
  close (out[1]);
  while ((n = read (out[0], buffer, sizeof buffer)) > 0)
    g_string_append_len (output, buffer, n);
  close (out[0]);
  g_assert_cmpint (wait4 (pid, &run.status, 0, &usage), ==, pid);
  end = g_get_monotonic_time ();
  posix_spawn_file_actions_destroy (&actions);

  mark = strstr (output->str, "first-frame ");
  if (mark != NULL)
    end = g_ascii_strtoll (mark + strlen ("first-frame "), NULL, 10);
  run.ms = (end - start) / 1000.0;
  run.max_rss = usage.ru_maxrss / 1024.0;
  g_string_free (output, TRUE);

  return run;
}

/* The environment, with XDG_DATA_HOME set to @data_home. */
static inline char **
bench_environ (const char *data_home)
{
  char **envp = g_get_environ ();

  return g_environ_setenv (envp, "XDG_DATA_HOME", data_home, TRUE);
}

/* Writes @n exercises to @data_home/runback/exercises/, each a copy of
 * one of the bundled ones in @bundled_dir (about 2 KB, with its
 * illustration) under an id and a name of its own. Returns the id of the
 * first. */
static inline char *
bench_write_exercises (const char *data_home,
                       const char *bundled_dir,
                       guint       n)
{
  g_autofree char *dir = g_build_filename (data_home, "runback", "exercises", NULL);
  g_autoptr(GDir) bundled = g_dir_open (bundled_dir, 0, NULL);
  g_autoptr(GPtrArray) templates = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  char *first = NULL;

  g_assert_nonnull (bundled);
  g_assert_no_errno (g_mkdir_with_parents (dir, 0700));
  while ((name = g_dir_read_name (bundled)) != NULL)
    {
      g_autofree char *path = g_build_filename (bundled_dir, name, NULL);
      char *text;

      if (!g_str_has_suffix (name, ".json"))
        continue;
      g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
      g_ptr_array_add (templates, text);
    }
  g_assert_cmpuint (templates->len, >, 0);

  for (guint i = 0; i < n; i++)
    {
      JsonNode *root = json_from_string (g_ptr_array_index (templates, i % templates->len), NULL);
      JsonObject *object = json_node_get_object (root);
      g_autofree char *id = g_strdup_printf ("my-%s-%u", json_object_get_string_member (object, "id"), i);
      g_autofree char *title = g_strdup_printf ("%s, variant %u", json_object_get_string_member (object, "name"), i);
      g_autofree char *file = g_strdup_printf ("%s.json", id);
      g_autofree char *path = g_build_filename (dir, file, NULL);
      g_autofree char *text = NULL;
      g_autoptr(GError) error = NULL;

      if (first == NULL)
        first = g_strdup (id);
      json_object_set_string_member (object, "id", id);
      json_object_set_string_member (object, "name", title);
      text = json_to_string (root, TRUE);
      g_file_set_contents (path, text, -1, &error);
      g_assert_no_error (error);
      json_node_unref (root);
    }

  return first;
}

/* Removes @path and everything under it. */
static inline void
bench_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        bench_remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

G_END_DECLS
