/* rb-handout-dialog.c: print or export a program's handout.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Asks for the patient's name and notes, the paper and large print, then
 * prints the handout (GtkPrintOperation, with its preview) or exports it
 * as a PDF of the user's choice. The layout is the core's; clinician and
 * clinic come from the settings.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rb-cli.h"
#include "rb-handout-dialog.h"
#include "rb-translation.h"
#include "rb-window.h"

struct _RbHandoutDialog
{
  AdwWindow     parent_instance;

  RbLibrary    *library;
  RbProgram    *program;
  gboolean      print;
  GtkWindow    *parent;
  GStrv         languages;          /* the codes the language row lists */
  guint         interface_language; /* where the interface's is among them */

  GtkWidget    *confirm_button;
  GtkWidget    *patient_row;
  GtkWidget    *notes_row;
  GtkWidget    *language_row;
  GtkWidget    *paper_row;
  GtkWidget    *large_print_switch;
};

G_DEFINE_FINAL_TYPE (RbHandoutDialog, rb_handout_dialog, ADW_TYPE_WINDOW)

static void
report (GtkWindow  *parent,
        const char *message,
        GError     *error)
{
  if (error != NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (RB_IS_WINDOW (parent))
    rb_window_report (RB_WINDOW (parent), message, error != NULL ? error->message : NULL);
  else
    g_warning ("%s: %s", message, error != NULL ? error->message : "");
}

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                RbHandout         *handout)
{
  gtk_print_operation_set_n_pages (operation,
                                   rb_handout_get_n_pages (handout,
                                                           gtk_print_context_get_width (context),
                                                           gtk_print_context_get_height (context)));
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              RbHandout         *handout)
{
  rb_handout_render_page (handout, page, gtk_print_context_get_cairo_context (context),
                          gtk_print_context_get_width (context),
                          gtk_print_context_get_height (context));
}

/**
 * rb_handout_print_operation_new:
 * @handout: the handout to print
 * @paper: the paper proposed
 *
 * Returns: (transfer full): a print operation that paginates @handout for
 *   the page set up in the dialog and draws it, in points, from the
 *   paper's corner (the handout keeps its own margins)
 */
GtkPrintOperation *
rb_handout_print_operation_new (RbHandout      *handout,
                                RbHandoutPaper  paper)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) size = gtk_paper_size_new (paper == RB_HANDOUT_PAPER_LETTER
                                                     ? GTK_PAPER_NAME_LETTER : GTK_PAPER_NAME_A4);
  g_autofree char *title = rb_handout_dup_title (handout);

  gtk_page_setup_set_paper_size_and_default_margins (setup, size);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_job_name (operation, title);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_signal_connect_data (operation, "begin-print", G_CALLBACK (begin_print_cb),
                         rb_handout_ref (handout), (GClosureNotify) (void (*) (void)) rb_handout_unref, 0);
  g_signal_connect_data (operation, "draw-page", G_CALLBACK (draw_page_cb),
                         rb_handout_ref (handout), (GClosureNotify) (void (*) (void)) rb_handout_unref, 0);

  return operation;
}

/* The handout as the form says, in the language chosen: a program in
 * another language than the interface's is loaded again in it, with the
 * red flags, since content is translated as it loads. */
static RbHandout *
create_handout (RbHandoutDialog  *self,
                RbHandoutPaper   *paper,
                GError          **error)
{
  g_autoptr(GSettings) settings = g_settings_new (BASE_ID);
  g_autofree char *clinician = g_settings_get_string (settings, "handout-clinician");
  g_autofree char *clinic = g_settings_get_string (settings, "handout-clinic");
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(RbLibrary) translated = NULL;
  g_autoptr(RbProgram) program = g_object_ref (self->program);
  RbLibrary *library = self->library;
  guint language = adw_combo_row_get_selected (ADW_COMBO_ROW (self->language_row));
  RbHandoutOptions options = { NULL };
  GDate today;

  if (language != GTK_INVALID_LIST_POSITION && language != self->interface_language)
    {
      g_clear_object (&program);
      program = rb_library_load_program_in (self->library, self->program, self->languages[language],
                                            &translated, error);
      if (program == NULL)
        return NULL;
      library = translated;
      options.language = self->languages[language];
    }

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now),
                  g_date_time_get_month (now), g_date_time_get_year (now));
  *paper = adw_combo_row_get_selected (ADW_COMBO_ROW (self->paper_row)) == 1
         ? RB_HANDOUT_PAPER_LETTER : RB_HANDOUT_PAPER_A4;

  options.patient = gtk_editable_get_text (GTK_EDITABLE (self->patient_row));
  options.notes = gtk_editable_get_text (GTK_EDITABLE (self->notes_row));
  options.date = &today;
  options.clinician = clinician;
  options.clinic = clinic;
  options.paper = *paper;
  options.large_print = gtk_switch_get_active (GTK_SWITCH (self->large_print_switch));
  options.red_flags = rb_library_lookup_learn_page (library, "when-to-see-a-doctor");

  return rb_handout_new (program, &options);
}

static void
export_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    RbHandout       *handout)
{
  GtkWindow *parent = gtk_native_dialog_get_transient_for (chooser);
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      path = file != NULL ? g_file_get_path (file) : NULL;
      if (path == NULL)
        report (parent, _("The handout could not be exported"), NULL);
      else if (!rb_handout_export_pdf (handout, path, &error))
        report (parent, _("The handout could not be exported"), error);
    }

  g_object_unref (chooser);
}

static void
export_pdf (RbHandoutDialog *self,
            RbHandout       *handout)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *title = rb_handout_dup_title (handout);
  g_autofree char *name = g_strdup_printf ("%s.pdf", title);
  GtkFileChooserNative *chooser;

  g_strdelimit (name, G_DIR_SEPARATOR_S, '-');
  chooser = gtk_file_chooser_native_new (_("Export Handout"), self->parent,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), NULL);
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_data (chooser, "response", G_CALLBACK (export_response_cb),
                         rb_handout_ref (handout), (GClosureNotify) (void (*) (void)) rb_handout_unref, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               GtkWindow               *parent)
{
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      report (parent, _("The handout could not be printed"), error);
    }
}

static void
print_handout (RbHandoutDialog *self,
               RbHandout       *handout,
               RbHandoutPaper   paper)
{
  g_autoptr(GtkPrintOperation) operation = rb_handout_print_operation_new (handout, paper);
  g_autoptr(GError) error = NULL;

  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect_object (operation, "done", G_CALLBACK (print_done_cb), self->parent, 0);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               self->parent, &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    report (self->parent, _("The handout could not be printed"), error);
}

static void
confirm_cb (RbHandoutDialog *self)
{
  RbHandoutPaper paper;
  g_autoptr(GError) error = NULL;
  g_autoptr(RbHandout) handout = create_handout (self, &paper, &error);

  if (handout == NULL)
    report (self->parent, _("The handout could not be made"), error);
  else if (self->print)
    print_handout (self, handout, paper);
  else
    export_pdf (self, handout);
  gtk_window_close (GTK_WINDOW (self));
}

/* The interface's language first, then the others a translation of
 * Runback is installed for; the row is hidden when there are none. */
static void
list_languages (RbHandoutDialog *self)
{
  const char *localedir = rb_cli_get_localedir ();
  g_autofree char *interface = rb_translation_dup_interface (localedir);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  self->languages = rb_translation_list (localedir);
  for (guint i = 0; self->languages[i] != NULL; i++)
    {
      gtk_string_list_append (names, rb_translation_get_name (self->languages[i]));
      if (g_str_equal (self->languages[i], interface))
        self->interface_language = i;
    }

  adw_combo_row_set_model (ADW_COMBO_ROW (self->language_row), G_LIST_MODEL (names));
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->language_row), self->interface_language);
  gtk_widget_set_visible (self->language_row, g_strv_length (self->languages) > 1);
}

static void
rb_handout_dialog_dispose (GObject *object)
{
  RbHandoutDialog *self = RB_HANDOUT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RB_TYPE_HANDOUT_DIALOG);
  g_clear_object (&self->library);
  g_clear_object (&self->program);
  g_clear_pointer (&self->languages, g_strfreev);

  G_OBJECT_CLASS (rb_handout_dialog_parent_class)->dispose (object);
}

static void
rb_handout_dialog_class_init (RbHandoutDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rb_handout_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/runback/Runback/rb-handout-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RbHandoutDialog, confirm_button);
  gtk_widget_class_bind_template_child (widget_class, RbHandoutDialog, patient_row);
  gtk_widget_class_bind_template_child (widget_class, RbHandoutDialog, notes_row);
  gtk_widget_class_bind_template_child (widget_class, RbHandoutDialog, language_row);
  gtk_widget_class_bind_template_child (widget_class, RbHandoutDialog, paper_row);
  gtk_widget_class_bind_template_child (widget_class, RbHandoutDialog, large_print_switch);
  gtk_widget_class_bind_template_callback (widget_class, confirm_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
rb_handout_dialog_init (RbHandoutDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  list_languages (self);
  /* The name first: Return there prints (the rows activate the default
   * button), where the window's first focus, Cancel, would cancel. */
  gtk_widget_grab_focus (self->patient_row);
}

/**
 * rb_handout_dialog_new:
 * @parent: the window it belongs to
 * @library: the loaded library @program is from
 * @program: the program
 * @print: %TRUE to print, %FALSE to export a PDF
 *
 * Returns: (transfer floating): the dialog, to present
 */
GtkWidget *
rb_handout_dialog_new (GtkWindow *parent,
                       RbLibrary *library,
                       RbProgram *program,
                       gboolean   print)
{
  RbHandoutDialog *self;

  g_return_val_if_fail (RB_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (RB_IS_PROGRAM (program), NULL);

  self = g_object_new (RB_TYPE_HANDOUT_DIALOG,
                       "transient-for", parent,
                       "title", print ? _("Print Handout") : _("Export Handout"),
                       NULL);
  self->library = g_object_ref (library);
  self->program = g_object_ref (program);
  self->print = print;
  self->parent = parent;
  gtk_button_set_label (GTK_BUTTON (self->confirm_button), print ? _("_Print…") : _("_Export…"));

  return GTK_WIDGET (self);
}
