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
#include <string.h>

#include "rb-backup.h"
#include "rb-cli.h"
#include "rb-csv.h"
#include "rb-journal.h"
#include "rb-storage.h"
#include "rb-plan-ical.h"
#include "rb-ical.h"
#include "rb-library.h"

/* Strict: digits only, no sign, no spaces, within [@min, @max]. */
static gboolean
parse_unsigned (const char *text,
                guint       min,
                guint       max,
                guint      *value)
{
  guint64 number;

  if (text == NULL || !g_ascii_isdigit (text[0]) ||
      !g_ascii_string_to_unsigned (text, 10, min, max, &number, NULL))
    return FALSE;

  *value = (guint) number;
  return TRUE;
}

/* One message a line, as --validate prints them. */
static char *
join_messages (GPtrArray *errors)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < errors->len; i++)
    g_string_append_printf (out, "%s\n", ((GError *) g_ptr_array_index (errors, i))->message);

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Loads the library; @problems (optional) gets the user's files that were
 * skipped, and is %NULL when the load fails.
 */
static RbLibrary *
load_library (const char  *user_dir,
              char       **problems,
              GError     **error)
{
  g_autoptr(RbLibrary) library = rb_library_new ();

  if (problems != NULL)
    *problems = NULL;

  if (!rb_library_load (library, user_dir, NULL, error))
    return NULL;

  if (problems != NULL)
    *problems = join_messages (rb_library_get_problems (library));

  return g_steal_pointer (&library);
}

/**
 * rb_cli_check_options:
 * @options: the options given on the command line
 * @error: return location for a #GError
 *
 * Checks that every option comes with the command it belongs to, so that
 * `--size` without `--export-figure` is an error rather than a window.
 *
 * Returns: %TRUE when the options go together
 */
gboolean
rb_cli_check_options (GVariantDict  *options,
                      GError       **error)
{
  /* An option, and the commands it goes with. */
  static const struct { const char *option; const char *commands[3]; } needs[] = {
    { "output", { "export-figure" } },
    { "size", { "export-figure" } },
    { "session", { "start" } },
    { "program", { "export-calendar", "export-handout", "patients" } },
    { "start-date", { "export-calendar" } },
    { "alarms", { "export-calendar" } },
    { "patient", { "export-handout" } },
    { "notes", { "export-handout", "patients" } },
    { "paper", { "export-handout", "patients" } },
    { "large-print", { "export-handout", "patients" } },
    { "language", { "export-handout", "patients" } },
    { "output-dir", { "patients" } },
  };

  g_return_val_if_fail (options != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (needs); i++)
    {
      const char * const *commands = needs[i].commands;
      gboolean found = FALSE;

      if (!g_variant_dict_contains (options, needs[i].option))
        continue;

      for (guint c = 0; c < G_N_ELEMENTS (needs[i].commands) && commands[c] != NULL; c++)
        found |= g_variant_dict_contains (options, commands[c]);
      if (found)
        continue;

      if (commands[1] == NULL)
        g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                     /* Translators: e.g. "--size only works with --export-figure" */
                     _("--%s only works with --%s"), needs[i].option, commands[0]);
      else if (commands[2] == NULL)
        g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                     /* Translators: e.g. "--paper only works with --export-handout or --patients" */
                     _("--%s only works with --%s or --%s"), needs[i].option, commands[0], commands[1]);
      else
        g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                     _("--%s only works with --%s, --%s or --%s"),
                     needs[i].option, commands[0], commands[1], commands[2]);
      return FALSE;
    }

  if (g_variant_dict_contains (options, "export-handout") &&
      g_variant_dict_contains (options, "patients"))
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                           _("--export-handout writes one handout and --patients one for each "
                             "patient: give only one of them"));
      return FALSE;
    }

  /* --start names a program to play, not the first day of a calendar. */
  if (g_variant_dict_contains (options, "export-calendar") &&
      g_variant_dict_contains (options, "start"))
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                           _("--start starts a session; give the first day of the calendar "
                             "with --start-date=YYYY-MM-DD"));
      return FALSE;
    }

  /* Files given alone are programs to import (the desktop file's %F). */
  if (g_variant_dict_contains (options, G_OPTION_REMAINING) &&
      !g_variant_dict_contains (options, "validate"))
    {
      static const char * const commands[] = {
        "list-exercises", "list-programs", "start", "export-figure", "export-calendar",
        "export-handout", "patients", "export-history", "backup", "restore", NULL
      };

      for (guint i = 0; commands[i] != NULL; i++)
        {
          if (g_variant_dict_contains (options, commands[i]))
            {
              g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                                   _("Files are only accepted alone, to import them, or with --validate"));
              return FALSE;
            }
        }
    }

  return TRUE;
}

/**
 * rb_cli_parse_size:
 * @text: (nullable): the value of `--size`, or %NULL when not given
 * @size: (out): the height of an exported figure
 * @error: return location for a #GError
 *
 * GApplication cannot tell an integer option set to 0 from a missing one,
 * so `--size` arrives as text and is parsed here, strictly.
 *
 * Returns: %TRUE when @text is a whole number between %RB_CLI_MIN_SIZE
 *   and %RB_CLI_MAX_SIZE, or %NULL (then @size is %RB_CLI_DEFAULT_SIZE)
 */
gboolean
rb_cli_parse_size (const char  *text,
                   guint       *size,
                   GError     **error)
{
  g_return_val_if_fail (size != NULL, FALSE);

  if (text == NULL)
    {
      *size = RB_CLI_DEFAULT_SIZE;
      return TRUE;
    }

  if (!parse_unsigned (text, RB_CLI_MIN_SIZE, RB_CLI_MAX_SIZE, size))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--size must be a whole number of pixels between %u and %u, not “%s”"),
                   RB_CLI_MIN_SIZE, RB_CLI_MAX_SIZE, text);
      return FALSE;
    }

  return TRUE;
}

/**
 * rb_cli_parse_session:
 * @text: (nullable): the value of `--session`, or %NULL when not given
 * @number: (out): the session's number, counting from 1
 * @error: return location for a #GError
 *
 * Parses `--session` strictly, as rb_cli_parse_size() does `--size`.
 * Whether the program has that many sessions is checked when it starts.
 *
 * Returns: %TRUE when @text is a whole number from 1, or %NULL (then
 *   @number is 1)
 */
gboolean
rb_cli_parse_session (const char  *text,
                      guint       *number,
                      GError     **error)
{
  g_return_val_if_fail (number != NULL, FALSE);

  if (text == NULL)
    {
      *number = 1;
      return TRUE;
    }

  if (!parse_unsigned (text, 1, G_MAXUINT32, number))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--session must be a session number, counting from 1, not “%s”"), text);
      return FALSE;
    }

  return TRUE;
}

/**
 * rb_cli_list_exercises:
 * @user_dir: (nullable): the user's data directory, or %NULL
 * @problems: (out) (optional) (transfer full): why each of the user's
 *   files that was skipped could not be loaded, one line each; empty
 *   when none was
 * @error: return location for a #GError
 *
 * Lists the exercises. A bad user file does not fail the listing: it is
 * left out and named in @problems.
 *
 * Returns: (transfer full): one line per exercise, `ID<TAB>NAME<TAB>CATEGORY`
 */
char *
rb_cli_list_exercises (const char  *user_dir,
                       char       **problems,
                       GError     **error)
{
  g_autoptr(RbLibrary) library = load_library (user_dir, problems, error);
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
 * @problems: (out) (optional) (transfer full): as for rb_cli_list_exercises()
 * @error: return location for a #GError
 *
 * Lists the programs; a bad user file is left out and named in @problems.
 *
 * Returns: (transfer full): one line per program, `ID<TAB>TITLE`
 */
char *
rb_cli_list_programs (const char  *user_dir,
                      char       **problems,
                      GError     **error)
{
  g_autoptr(RbLibrary) library = load_library (user_dir, problems, error);
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

/* Names a missing folder as the cause, which cairo would only report as
 * "error while writing to output stream" after rendering.
 */
static gboolean
check_folder (const char  *output,
              GError     **error)
{
  g_autofree char *folder = g_path_get_dirname (output);
  g_autofree char *output_name = g_filename_display_name (output);
  g_autofree char *folder_name = g_filename_display_name (folder);

  if (!g_file_test (folder, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("Cannot write %s: the folder %s does not exist"), output_name, folder_name);
      return FALSE;
    }

  if (!g_file_test (folder, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY,
                   _("Cannot write %s: %s is not a folder"), output_name, folder_name);
      return FALSE;
    }

  return TRUE;
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
  g_autoptr(RbExercise) exercise = NULL;

  g_return_val_if_fail (exercise_id != NULL, FALSE);
  g_return_val_if_fail (output != NULL, FALSE);

  if (!check_folder (output, error))
    return FALSE;

  /* Only the one exercise: not the whole library (issue #14). */
  exercise = rb_library_read_exercise (user_dir, exercise_id);
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

  *report = join_messages (problems);
  return problems->len == 0;
}

/**
 * rb_cli_parse_date:
 * @text: (nullable): the value of `--start-date`, or %NULL when not given
 * @today: the day to use when @text is %NULL
 * @date: (out): the day
 * @error: return location for a #GError
 *
 * Parses a day written `YYYY-MM-DD`, strictly: no other form, and only
 * days that exist (not 2026-02-30).
 *
 * Returns: %TRUE when @text is such a day, or %NULL (then @date is @today)
 */
gboolean
rb_cli_parse_date (const char   *text,
                   const GDate  *today,
                   GDate        *date,
                   GError      **error)
{
  guint year = 0, month = 0, day = 0;

  g_return_val_if_fail (today != NULL && g_date_valid (today), FALSE);
  g_return_val_if_fail (date != NULL, FALSE);

  if (text == NULL)
    {
      *date = *today;
      return TRUE;
    }

  if (strlen (text) == 10 && text[4] == '-' && text[7] == '-')
    {
      g_autofree char *y = g_strndup (text, 4);
      g_autofree char *m = g_strndup (text + 5, 2);

      if (!parse_unsigned (y, 1, 9999, &year) || !parse_unsigned (m, 1, 12, &month) ||
          !parse_unsigned (text + 8, 1, 31, &day))
        year = 0;
    }

  if (year == 0 || !g_date_valid_dmy (day, month, year))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--start-date must be a day written YYYY-MM-DD, such as 2026-12-01, not “%s”"),
                   text);
      return FALSE;
    }

  g_date_clear (date, 1);
  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

/**
 * rb_cli_export_calendar:
 * @user_dir: (nullable): the user's data directory, or %NULL
 * @program_id: a program id
 * @start: the first day of the program
 * @output: the file to write, usually ending in .ics
 * @alarms: whether each session reminds 15 minutes before it starts
 * @now: (nullable): the time of the export, or %NULL for now
 * @error: return location for a #GError
 *
 * Writes the program's sessions, from @start on, as an iCalendar file.
 *
 * Returns: %TRUE on success
 */
gboolean
rb_cli_export_calendar (const char   *user_dir,
                        const char   *program_id,
                        const GDate  *start,
                        const char   *output,
                        gboolean      alarms,
                        GDateTime    *now,
                        GError      **error)
{
  g_autoptr(RbLibrary) library = NULL;
  g_autoptr(RbPlan) plan = NULL;
  RbProgram *program;

  g_return_val_if_fail (program_id != NULL, FALSE);
  g_return_val_if_fail (start != NULL && g_date_valid (start), FALSE);
  g_return_val_if_fail (output != NULL, FALSE);

  if (!check_folder (output, error))
    return FALSE;

  library = load_library (user_dir, NULL, error);
  if (library == NULL)
    return FALSE;

  program = rb_library_lookup_program (library, program_id);
  if (program == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("No program “%s” (see --list-programs)"), program_id);
      return FALSE;
    }

  /* The program's own weekdays, as a new plan would have them. */
  plan = rb_plan_new (NULL, program, start);
  rb_plan_set_reminders (plan, alarms);

  return rb_plan_export_ical (plan, program, start, now, output, error);
}

/**
 * rb_cli_export_history:
 * @data_dir: the directory of journal.json
 * @output: the CSV file to write
 * @error: return location for a #GError
 *
 * Writes the journal's entries as CSV (rb_journal_export_csv()). The
 * journal is read through the strict reader and never written: nothing
 * in @data_dir is created, renamed or removed.
 *
 * Returns: %TRUE on success
 */
gboolean
rb_cli_export_history (const char  *data_dir,
                       const char  *output,
                       GError     **error)
{
  g_autoptr(GListModel) entries = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (data_dir != NULL, FALSE);
  g_return_val_if_fail (output != NULL, FALSE);

  if (!check_folder (output, error))
    return FALSE;

  if (g_file_test (output, G_FILE_TEST_IS_DIR))
    {
      g_autofree char *name = g_filename_display_name (output);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                   _("Cannot write %s: it is a folder"), name);
      return FALSE;
    }

  entries = rb_journal_read_entries (data_dir, &local_error);
  if (entries == NULL)
    {
      g_set_error (error, local_error->domain, local_error->code,
                   _("Cannot read the journal, so nothing was exported: %s"), local_error->message);
      return FALSE;
    }

  return rb_journal_export_csv (entries, output, error);
}

/**
 * rb_cli_backup:
 * @data_dir: the user's data
 * @output: the backup file to write
 * @error: return location for a #GError
 *
 * Writes a backup (rb_backup_write()) into a folder that exists.
 *
 * Returns: %TRUE on success
 */
gboolean
rb_cli_backup (const char  *data_dir,
               const char  *output,
               GError     **error)
{
  g_return_val_if_fail (data_dir != NULL, FALSE);
  g_return_val_if_fail (output != NULL, FALSE);

  if (!check_folder (output, error))
    return FALSE;

  if (!rb_backup_write (data_dir, output, error))
    {
      g_prefix_error (error, _("Nothing was backed up: "));
      return FALSE;
    }

  return TRUE;
}

/**
 * rb_cli_restore:
 * @data_dir: the user's data
 * @input: a backup
 * @report: (out) (transfer full): one line per file replaced, saying
 *   where it was kept
 * @error: return location for a #GError
 *
 * Restores a backup (rb_backup_restore()) without asking: the command
 * line is the user's confirmation.
 *
 * Returns: %TRUE on success
 */
gboolean
rb_cli_restore (const char  *data_dir,
                const char  *input,
                char       **report,
                GError     **error)
{
  g_auto(GStrv) replaced = NULL;
  g_autoptr(GString) out = g_string_new (NULL);

  g_return_val_if_fail (data_dir != NULL, FALSE);
  g_return_val_if_fail (input != NULL, FALSE);
  g_return_val_if_fail (report != NULL, FALSE);

  if (!rb_backup_restore (data_dir, input, &replaced, error))
    {
      g_prefix_error (error, _("Nothing was restored: "));
      return FALSE;
    }

  for (guint i = 0; replaced[i] != NULL; i++)
    {
      g_autofree char *name = g_filename_display_name (replaced[i]);
      g_autofree char *target = g_strndup (name, g_strrstr (name, ".replaced-") - name);

      /* Translators: "Replaced …/journal.json (the previous one is kept as …/journal.json.replaced-…)" */
      g_string_append_printf (out, _("Replaced %s (the previous one is kept as %s)\n"), target, name);
    }
  if (replaced[0] == NULL)
    g_string_append (out, _("Restored; there was nothing to replace\n"));

  *report = g_string_free (g_steal_pointer (&out), FALSE);
  return TRUE;
}

/**
 * rb_cli_parse_paper:
 * @text: (nullable): the value of `--paper`, or %NULL when not given
 * @paper: (out): the paper
 * @error: return location for a #GError
 *
 * Returns: %TRUE when @text is `a4` or `letter`, or %NULL (then @paper
 *   is A4)
 */
gboolean
rb_cli_parse_paper (const char      *text,
                    RbHandoutPaper  *paper,
                    GError         **error)
{
  g_return_val_if_fail (paper != NULL, FALSE);

  if (text == NULL || g_str_equal (text, "a4"))
    *paper = RB_HANDOUT_PAPER_A4;
  else if (g_str_equal (text, "letter"))
    *paper = RB_HANDOUT_PAPER_LETTER;
  else
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--paper must be a4 or letter, not “%s”"), text);
      return FALSE;
    }

  return TRUE;
}

/* A program by its id, or from a file when @program names one. */
static RbProgram *
find_program (RbLibrary   *library,
              const char  *program,
              GError     **error)
{
  RbProgram *found;

  if (strchr (program, G_DIR_SEPARATOR) != NULL || g_str_has_suffix (program, ".json"))
    return rb_library_read_program_file (library, program, error);

  found = rb_library_lookup_program (library, program);
  if (found == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("No program “%s” (see --list-programs, or give a program’s file)"), program);
      return NULL;
    }

  return g_object_ref (found);
}

static RbHandout *
create_handout (RbLibrary          *library,
                RbProgram          *program,
                const RbCliHandout *handout,
                const char         *patient,
                const char         *notes)
{
  RbHandoutOptions options = {
    .patient = patient,
    .notes = notes,
    .date = handout->date,
    .clinician = handout->clinician,
    .clinic = handout->clinic,
    .paper = handout->paper,
    .large_print = handout->large_print,
    .red_flags = rb_library_lookup_learn_page (library, "when-to-see-a-doctor"),
  };

  return rb_handout_new (program, &options);
}

/**
 * rb_cli_export_handout:
 * @user_dir: (nullable): the user's data directory, or %NULL
 * @handout: the program, the patient and how to print
 * @output: the PDF to write
 * @error: return location for a #GError
 *
 * Writes a program's handout for one patient. A program given as a file
 * is checked as `--validate` checks it.
 *
 * Returns: %TRUE on success
 */
gboolean
rb_cli_export_handout (const char          *user_dir,
                       const RbCliHandout  *handout,
                       const char          *output,
                       GError             **error)
{
  g_autoptr(RbLibrary) library = NULL;
  g_autoptr(RbProgram) program = NULL;
  g_autoptr(RbHandout) pdf = NULL;

  g_return_val_if_fail (handout != NULL && handout->program != NULL, FALSE);
  g_return_val_if_fail (output != NULL, FALSE);

  if (!check_folder (output, error))
    return FALSE;

  library = load_library (user_dir, NULL, error);
  if (library == NULL)
    return FALSE;

  program = find_program (library, handout->program, error);
  if (program == NULL)
    return FALSE;

  pdf = create_handout (library, program, handout, handout->patient, handout->notes);
  return rb_handout_export_pdf (pdf, output, error);
}

/**
 * rb_cli_dup_file_name:
 * @patient: a patient's name
 *
 * Makes a file name of a name: letters and digits are kept, anything else
 * (slashes, dots, spaces, quotes) becomes one hyphen, and it is cut to a
 * sensible length.
 *
 * Returns: (transfer full): the name without extension; "patient" when
 *   nothing is left
 */
char *
rb_cli_dup_file_name (const char *patient)
{
  g_autoptr(GString) name = g_string_new (NULL);
  guint n_chars = 0;

  g_return_val_if_fail (patient != NULL, NULL);

  for (const char *p = patient; *p != '\0' && n_chars < 64; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        {
          g_string_append_unichar (name, c);
          n_chars++;
        }
      else if (name->len > 0 && name->str[name->len - 1] != '-')
        {
          g_string_append_c (name, '-');
          n_chars++;
        }
    }

  while (name->len > 0 && name->str[name->len - 1] == '-')
    g_string_truncate (name, name->len - 1);

  if (name->len == 0)
    g_string_assign (name, "patient");

  return g_string_free (g_steal_pointer (&name), FALSE);
}

typedef struct
{
  char      *patient;
  char      *notes;
  RbProgram *program;
  char      *path;
} Row;

static void
row_free (Row *row)
{
  g_free (row->patient);
  g_free (row->notes);
  g_clear_object (&row->program);
  g_free (row->path);
  g_free (row);
}

/* Finds the columns of the header row: name, and optionally notes and
 * program, in any order.
 */
static gboolean
find_columns (const char  *name,
              GStrv        header,
              int          columns[3],
              GError     **error)
{
  static const char * const known[] = { "name", "notes", "program" };

  columns[0] = columns[1] = columns[2] = -1;
  for (guint i = 0; header[i] != NULL; i++)
    {
      g_autofree char *title = g_ascii_strdown (g_strstrip (header[i]), -1);
      gboolean found = FALSE;

      for (guint k = 0; k < G_N_ELEMENTS (known); k++)
        {
          if (g_str_equal (title, known[k]) && columns[k] < 0)
            {
              columns[k] = i;
              found = TRUE;
            }
        }

      if (!found)
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _("%s: row 1: unknown column “%s”: the columns are name, notes and program"),
                       name, header[i]);
          return FALSE;
        }
    }

  if (columns[0] < 0)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("%s: row 1 must name the columns, one of them “name”"), name);
      return FALSE;
    }

  return TRUE;
}

static const char *
get_field (GStrv  record,
           int    column)
{
  if (column < 0 || (guint) column >= g_strv_length (record))
    return NULL;

  return record[column][0] != '\0' ? record[column] : NULL;
}

/* Reads every row and finds its program, so that a bad row is reported
 * before any handout is written.
 */
static GPtrArray *
read_patients (RbLibrary           *library,
               const RbCliHandout  *handout,
               const char          *patients,
               const char          *output_dir,
               GError             **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  g_autoptr(GHashTable) used = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *display = g_filename_display_name (patients);
  int columns[3];

  bytes = rb_storage_read (patients, display, 4 * 1024 * 1024, error);
  if (bytes == NULL)
    return NULL;

  records = rb_csv_parse (display, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), error);
  if (records == NULL)
    return NULL;
  if (records->len == 0 || !find_columns (display, g_ptr_array_index (records, 0), columns, error))
    {
      if (records->len == 0)
        g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE, _("%s: no patients"), display);
      return NULL;
    }

  for (guint i = 1; i < records->len; i++)
    {
      GStrv record = g_ptr_array_index (records, i);
      const char *patient = get_field (record, columns[0]);
      const char *program = get_field (record, columns[2]);
      g_autofree char *base = NULL, *file = NULL;
      Row *row;

      if (program == NULL)
        program = handout->program;
      if (patient == NULL || program == NULL)
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       patient == NULL ? _("%s: row %u: no name") : _("%s: row %u: no program, and no --program"),
                       display, i + 1);
          return NULL;
        }

      row = g_new0 (Row, 1);
      g_ptr_array_add (rows, row);
      row->patient = g_strdup (patient);
      row->notes = g_strdup (get_field (record, columns[1]));
      row->program = find_program (library, program, error);
      if (row->program == NULL)
        {
          g_prefix_error (error, _("%s: row %u: "), display, i + 1);
          return NULL;
        }

      /* Two patients of the same name get two files. */
      base = rb_cli_dup_file_name (patient);
      file = g_strdup_printf ("%s.pdf", base);
      for (guint n = 2; g_hash_table_contains (used, file); n++)
        {
          g_free (file);
          file = g_strdup_printf ("%s-%u.pdf", base, n);
        }
      g_hash_table_add (used, g_strdup (file));
      row->path = g_build_filename (output_dir, file, NULL);
    }

  return g_steal_pointer (&rows);
}

/**
 * rb_cli_export_handouts:
 * @user_dir: (nullable): the user's data directory, or %NULL
 * @handout: the program for rows that name none, and how to print
 * @patients: a CSV file (RFC 4180): a header row naming the columns
 *   `name`, and optionally `notes` and `program`, then a row a patient
 * @output_dir: the folder to write the handouts in
 * @written: (out) (optional) (transfer full): the files written, one a line
 * @error: return location for a #GError
 *
 * Writes a handout for each patient, named after the patient. Every row
 * is checked first: a bad row stops the batch before anything is written.
 *
 * Returns: %TRUE on success
 */
gboolean
rb_cli_export_handouts (const char          *user_dir,
                        const RbCliHandout  *handout,
                        const char          *patients,
                        const char          *output_dir,
                        char               **written,
                        GError             **error)
{
  g_autoptr(RbLibrary) library = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GString) list = g_string_new (NULL);
  g_autofree char *probe = NULL;

  g_return_val_if_fail (handout != NULL, FALSE);
  g_return_val_if_fail (patients != NULL && output_dir != NULL, FALSE);

  probe = g_build_filename (output_dir, "x.pdf", NULL);
  if (!check_folder (probe, error))
    return FALSE;

  library = load_library (user_dir, NULL, error);
  if (library == NULL)
    return FALSE;

  rows = read_patients (library, handout, patients, output_dir, error);
  if (rows == NULL)
    return FALSE;

  for (guint i = 0; i < rows->len; i++)
    {
      Row *row = g_ptr_array_index (rows, i);
      g_autoptr(RbHandout) pdf = create_handout (library, row->program, handout, row->patient, row->notes);

      if (!rb_handout_export_pdf (pdf, row->path, error))
        return FALSE;
      g_string_append_printf (list, "%s\n", row->path);
    }

  if (written != NULL)
    *written = g_string_free (g_steal_pointer (&list), FALSE);

  return TRUE;
}

/**
 * rb_cli_get_localedir:
 *
 * Where Runback's translations are: `RUNBACK_LOCALEDIR` when set (`meson
 * devenv` and the tests point it at the build's own catalogues), else the
 * installed ones.
 *
 * Returns: a directory of LANG/LC_MESSAGES/runback.mo files
 */
const char *
rb_cli_get_localedir (void)
{
  const char *dir = g_getenv ("RUNBACK_LOCALEDIR");

  return dir != NULL && *dir != '\0' ? dir : LOCALEDIR;
}

/**
 * rb_cli_use_language:
 * @language: a language code, as in po/LINGUAS: "de", "pt_BR"
 * @localedir: where translations are installed
 * @error: return location for a #GError
 *
 * Checks that @language is a language code whose translation is
 * installed, so that a physiotherapist can print a handout in the
 * patient's language from a session in another. main() puts it in
 * `LANGUAGE` before gettext is first used (GLib decides once whether to
 * translate); this tells the user when that cannot work.
 *
 * Returns: %TRUE when that translation is installed
 */
gboolean
rb_cli_use_language (const char  *language,
                     const char  *localedir,
                     GError     **error)
{
  g_autoptr(GRegex) code = g_regex_new ("^[a-z]{2,3}(_[A-Z]{2})?$", 0, 0, NULL);
  g_autofree char *mo = NULL;

  g_return_val_if_fail (language != NULL, FALSE);
  g_return_val_if_fail (localedir != NULL, FALSE);

  if (!g_regex_match (code, language, 0, NULL))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--language must be a language code such as “de”, not “%s”"), language);
      return FALSE;
    }

  mo = g_build_filename (localedir, language, "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
  if (!g_file_test (mo, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("No “%s” translation of Runback is installed (looked for %s)"), language, mo);
      return FALSE;
    }

  return TRUE;
}
