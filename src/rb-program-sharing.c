/* rb-program-sharing.c: exporting and importing programs as files.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rb-json-private.h"
#include "rb-program-builder.h"
#include "rb-program-sharing.h"

#define PROGRAM_MIME_TYPE "application/x-runback-program+json"

static GtkFileFilter *
create_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Runback programs"));
  gtk_file_filter_add_mime_type (filter, PROGRAM_MIME_TYPE);
  gtk_file_filter_add_mime_type (filter, "application/json");
  gtk_file_filter_add_suffix (filter, "json");
  return filter;
}

static void
export_response_cb (GtkNativeDialog *dialog,
                    int              response,
                    RbWindow        *window)
{
  RbLibrary *library = g_object_get_data (G_OBJECT (dialog), "rb-library");
  const char *id = g_object_get_data (G_OBJECT (dialog), "rb-program-id");
  RbProgram *program = rb_library_lookup_program (library, id);
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    return;

  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  path = file != NULL ? g_file_get_path (file) : NULL;
  if (path == NULL || program == NULL)
    {
      rb_window_report (window, _("The program could not be exported"), NULL);
      return;
    }

  root = rb_program_to_json (program);
  if (!rb_json_write_file (path, root, &rb_json_content_limits, &error))
    {
      rb_window_report (window, _("The program could not be exported"), error->message);
      return;
    }

  rb_window_add_toast (window, adw_toast_new (_("Program exported")));
}

/**
 * rb_program_sharing_export:
 * @window: the window
 * @library: the library holding the program
 * @program_id: the program to export
 *
 * Asks where to save the program, then writes it there as JSON that
 * Import Program… (here or on another computer) reads back.
 */
void
rb_program_sharing_export (RbWindow   *window,
                           RbLibrary  *library,
                           const char *program_id)
{
  g_autoptr(GtkFileFilter) filter = create_filter ();
  g_autofree char *name = NULL;
  GtkFileChooserNative *dialog;

  dialog = gtk_file_chooser_native_new (_("Export Program"), GTK_WINDOW (window),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), NULL);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  /* Translators: the name of an exported program's file; %s is its id */
  name = g_strdup_printf (_("%s.runback.json"), program_id);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_object_set_data_full (G_OBJECT (dialog), "rb-library", g_object_ref (library), g_object_unref);
  g_object_set_data_full (G_OBJECT (dialog), "rb-program-id", g_strdup (program_id), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (export_response_cb), window, 0);
  g_signal_connect (dialog, "response", G_CALLBACK (g_object_unref), NULL);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
report_import_error (RbWindow     *window,
                     const GError *error)
{
  /* The body is plain text: the message quotes the file. */
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (window), _("Program Not Imported"), error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_widget_set_name (dialog, "rb-import-error");
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
imported (RbWindow  *window,
          RbProgram *program)
{
  g_autofree char *escaped = g_markup_escape_text (rb_program_get_title (program), -1);
  /* Translators: %s is a program's title */
  AdwToast *toast = adw_toast_new_format (_("“%s” imported"), escaped);

  rb_window_add_toast (window, toast);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-program", "s", rb_program_get_id (program));
}

/* Keeps both: the imported program under an id of its own. */
static RbProgram *
copy_with_new_id (RbLibrary  *library,
                  RbProgram  *program,
                  GError    **error)
{
  g_autofree char *id = rb_library_dup_unused_program_id (library, rb_program_get_id (program));
  g_autoptr(RbProgramBuilder) builder = rb_program_builder_new_from_program (program, id);

  return rb_program_builder_build (builder, library, error);
}

static void
clash_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   RbWindow         *window)
{
  RbLibrary *library = g_object_get_data (G_OBJECT (dialog), "rb-library");
  RbProgram *program = g_object_get_data (G_OBJECT (dialog), "rb-program");
  g_autoptr(RbProgram) copy = NULL;
  g_autoptr(GError) error = NULL;
  gboolean done = FALSE;

  if (g_str_equal (response, "replace"))
    done = rb_library_replace_program (library, program, &error);
  else if (g_str_equal (response, "keep-both"))
    {
      copy = copy_with_new_id (library, program, &error);
      done = copy != NULL && rb_library_add_program (library, copy, &error);
    }
  else
    return;

  if (!done)
    report_import_error (window, error);
  else
    imported (window, copy != NULL ? copy : program);
}

/* The id is taken: replace the user's own program, or keep both. */
static void
ask_about_clash (RbWindow  *window,
                 RbLibrary *library,
                 RbProgram *program,
                 RbProgram *existing)
{
  GtkWidget *dialog;
  g_autofree char *body = NULL;

  /* Translators: %s is the title of a program already in the library */
  body = g_strdup_printf (_("You already have a program with this one’s id, “%s”."),
                          rb_program_get_title (existing));
  dialog = adw_message_dialog_new (GTK_WINDOW (window), _("Replace the Program?"), body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "keep-both", _("_Keep Both"));
  if (!rb_program_is_bundled (existing))
    {
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "replace", _("_Replace"));
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "replace",
                                                  ADW_RESPONSE_DESTRUCTIVE);
    }
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "keep-both");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "rb-library", g_object_ref (library), g_object_unref);
  g_object_set_data_full (G_OBJECT (dialog), "rb-program", g_object_ref (program), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (clash_response_cb), window, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
import_now (RbWindow  *window,
            RbLibrary *library,
            GFile     *file)
{
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(RbProgram) program = NULL;
  g_autoptr(GError) error = NULL;
  RbProgram *existing;

  if (path == NULL)
    {
      g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("%s: only local files can be imported"), g_file_peek_path (file) ? g_file_peek_path (file) : "?");
      report_import_error (window, error);
      return;
    }

  /* Read and checked in full before anything is written. */
  program = rb_library_import_program_file (library, path, &error);
  if (program == NULL)
    {
      report_import_error (window, error);
      return;
    }

  existing = rb_library_lookup_program (library, rb_program_get_id (program));
  if (existing != NULL)
    {
      ask_about_clash (window, library, program, existing);
      return;
    }

  if (!rb_library_add_program (library, program, &error))
    report_import_error (window, error);
  else
    imported (window, program);
}

static void
library_loaded_cb (RbLibrary  *library,
                   GParamSpec *pspec,
                   GFile      *file)
{
  RbWindow *window = g_object_get_data (G_OBJECT (file), "rb-window");

  if (!rb_library_is_loaded (library))
    return;

  g_signal_handlers_disconnect_by_func (library, library_loaded_cb, file);
  if (window != NULL)
    import_now (window, library, file);
  g_object_unref (file);
}

/**
 * rb_program_sharing_import:
 * @window: the window
 * @library: the library to add to
 * @file: a program's file
 *
 * Reads @file through the strict reader and the checker, then adds it
 * as the user's program, asking first when its id is taken. A bad file
 * is reported with its message and adds nothing. Waits for @library to
 * be loaded (the caller starts the load).
 */
void
rb_program_sharing_import (RbWindow  *window,
                           RbLibrary *library,
                           GFile     *file)
{
  g_return_if_fail (RB_IS_WINDOW (window));
  g_return_if_fail (G_IS_FILE (file));

  if (rb_library_is_loaded (library))
    {
      import_now (window, library, file);
      return;
    }

  g_object_ref (file);
  g_object_set_data_full (G_OBJECT (file), "rb-window", g_object_ref (window), g_object_unref);
  g_signal_connect (library, "notify::loaded", G_CALLBACK (library_loaded_cb), file);
}

static void
import_response_cb (GtkNativeDialog *dialog,
                    int              response,
                    RbWindow        *window)
{
  RbLibrary *library = g_object_get_data (G_OBJECT (dialog), "rb-library");
  g_autoptr(GFile) file = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    return;

  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  if (file != NULL)
    rb_program_sharing_import (window, library, file);
}

/**
 * rb_program_sharing_choose_import:
 * @window: the window
 * @library: the library to add to
 *
 * Asks for a program's file, then imports it.
 */
void
rb_program_sharing_choose_import (RbWindow  *window,
                                  RbLibrary *library)
{
  g_autoptr(GtkFileFilter) filter = create_filter ();
  GtkFileChooserNative *dialog;

  dialog = gtk_file_chooser_native_new (_("Import Program"), GTK_WINDOW (window),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), NULL);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_object_set_data_full (G_OBJECT (dialog), "rb-library", g_object_ref (library), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (import_response_cb), window, 0);
  g_signal_connect (dialog, "response", G_CALLBACK (g_object_unref), NULL);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}
