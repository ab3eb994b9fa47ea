/* rb-cli.c: the headless command-line commands.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * These run before GTK starts, so that content can be checked and listed
 * on a machine without a display. Output is tab-separated for scripts.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rb-cli.h"
#include "rb-library.h"

static RbLibrary *
load_library (const char  *user_dir,
              GError     **error)
{
  g_autoptr(RbLibrary) library = rb_library_new ();

  if (!rb_library_load (library, user_dir, NULL, error))
    return NULL;

  return g_steal_pointer (&library);
}

/**
 * rb_cli_list_exercises:
 * @user_dir: (nullable): the user's data directory, or %NULL
 * @error: return location for a #GError
 *
 * Returns: (transfer full): one line per exercise, `ID<TAB>NAME<TAB>CATEGORY`
 */
char *
rb_cli_list_exercises (const char  *user_dir,
                       GError     **error)
{
  g_autoptr(RbLibrary) library = load_library (user_dir, error);
  g_autoptr(GString) out = g_string_new (NULL);
  GListModel *exercises;

  if (library == NULL)
    return NULL;

  exercises = rb_library_get_exercises (library);
  for (guint i = 0; i < g_list_model_get_n_items (exercises); i++)
    {
      g_autoptr(RbExercise) exercise = g_list_model_get_item (exercises, i);

      g_string_append_printf (out, "%s\t%s\t%s\n",
                              rb_exercise_get_id (exercise),
                              rb_exercise_get_name (exercise),
                              rb_category_to_string (rb_exercise_get_category (exercise)));
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * rb_cli_list_programs:
 * @user_dir: (nullable): the user's data directory, or %NULL
 * @error: return location for a #GError
 *
 * Returns: (transfer full): one line per program, `ID<TAB>TITLE`
 */
char *
rb_cli_list_programs (const char  *user_dir,
                      GError     **error)
{
  g_autoptr(RbLibrary) library = load_library (user_dir, error);
  g_autoptr(GString) out = g_string_new (NULL);
  GListModel *programs;

  if (library == NULL)
    return NULL;

  programs = rb_library_get_programs (library);
  for (guint i = 0; i < g_list_model_get_n_items (programs); i++)
    {
      g_autoptr(RbProgram) program = g_list_model_get_item (programs, i);

      g_string_append_printf (out, "%s\t%s\n",
                              rb_program_get_id (program),
                              rb_program_get_title (program));
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * rb_cli_export_figure:
 * @user_dir: (nullable): the user's data directory, or %NULL
 * @exercise_id: an exercise id
 * @output: a file name ending in .png, .svg or .pdf
 * @size: the height of each pose, in pixels or points
 * @error: return location for a #GError
 *
 * Writes the exercise's start and end poses side by side.
 *
 * Returns: %TRUE on success
 */
gboolean
rb_cli_export_figure (const char  *user_dir,
                      const char  *exercise_id,
                      const char  *output,
                      guint        size,
                      GError     **error)
{
  g_autoptr(RbLibrary) library = load_library (user_dir, error);
  RbExercise *exercise;

  if (library == NULL)
    return FALSE;

  exercise = rb_library_lookup_exercise (library, exercise_id);
  if (exercise == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("No exercise “%s” (see --list-exercises)"), exercise_id);
      return FALSE;
    }

  if (rb_exercise_get_figure (exercise) == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("The exercise “%s” has no illustration"), exercise_id);
      return FALSE;
    }

  return rb_figure_export (rb_exercise_get_figure (exercise), output, size, error);
}

/**
 * rb_cli_validate:
 * @paths: (nullable): files to check, or %NULL for every bundled document
 * @report: (out): one line per problem, empty when all are valid
 *
 * Returns: %TRUE when every document is valid
 */
gboolean
rb_cli_validate (const char * const  *paths,
                 char               **report)
{
  g_autoptr(GPtrArray) problems = rb_library_validate_files (paths);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < problems->len; i++)
    g_string_append_printf (out, "%s\n", ((GError *) g_ptr_array_index (problems, i))->message);

  *report = g_string_free (g_steal_pointer (&out), FALSE);
  return problems->len == 0;
}
