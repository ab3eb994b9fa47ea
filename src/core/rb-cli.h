/* rb-cli.h: the headless command-line commands.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "rb-handout.h"

G_BEGIN_DECLS

#define RB_CLI_DEFAULT_SIZE 400
#define RB_CLI_MIN_SIZE      16
#define RB_CLI_MAX_SIZE    4096

gboolean  rb_cli_check_options  (GVariantDict        *options,
                                 GError             **error);
gboolean  rb_cli_parse_size     (const char          *text,
                                 guint               *size,
                                 GError             **error);
gboolean  rb_cli_parse_session  (const char          *text,
                                 guint               *number,
                                 GError             **error);
char     *rb_cli_list_exercises (const char          *user_dir,
                                 char               **problems,
                                 GError             **error);
char     *rb_cli_list_programs  (const char          *user_dir,
                                 char               **problems,
                                 GError             **error);
gboolean  rb_cli_export_figure  (const char          *user_dir,
                                 const char          *exercise_id,
                                 const char          *output,
                                 guint                size,
                                 GError             **error);
gboolean  rb_cli_validate       (const char * const  *paths,
                                 char               **report);
gboolean  rb_cli_parse_date     (const char          *text,
                                 const GDate         *today,
                                 GDate               *date,
                                 GError             **error);
gboolean  rb_cli_export_calendar (const char         *user_dir,
                                  const char         *program_id,
                                  const GDate        *start,
                                  const char         *output,
                                  gboolean            alarms,
                                  GDateTime          *now,
                                  GError            **error);
gboolean  rb_cli_export_history (const char         *data_dir,
                                 const char         *output,
                                 GError            **error);
gboolean  rb_cli_backup         (const char         *data_dir,
                                 const char         *output,
                                 GError            **error);
gboolean  rb_cli_restore        (const char         *data_dir,
                                 const char         *input,
                                 char              **report,
                                 GError            **error);

/**
 * RbCliHandout:
 * @program: a program's id, or the path of a program's file
 * @patient: (nullable): the patient's name
 * @notes: (nullable): notes for the patient
 * @clinician: (nullable): from the settings
 * @clinic: (nullable): from the settings
 * @date: (nullable): the day of the handout
 * @paper: the paper
 * @large_print: larger text
 */
typedef struct
{
  const char     *program;
  const char     *patient;
  const char     *notes;
  const char     *clinician;
  const char     *clinic;
  const GDate    *date;
  RbHandoutPaper  paper;
  gboolean        large_print;
} RbCliHandout;

const char *rb_cli_get_localedir (void);
gboolean  rb_cli_use_language    (const char         *language,
                                  const char         *localedir,
                                  GError            **error);
gboolean  rb_cli_parse_paper     (const char         *text,
                                  RbHandoutPaper     *paper,
                                  GError            **error);
gboolean  rb_cli_export_handout  (const char         *user_dir,
                                  const RbCliHandout *handout,
                                  const char         *output,
                                  GError            **error);
char     *rb_cli_dup_file_name   (const char         *patient);
gboolean  rb_cli_export_handouts (const char         *user_dir,
                                  const RbCliHandout *handout,
                                  const char         *patients,
                                  const char         *output_dir,
                                  char              **written,
                                  GError            **error);

G_END_DECLS
