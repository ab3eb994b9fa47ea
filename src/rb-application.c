/* rb-application.c
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rb-application.h"
#include "rb-backup.h"
#include "rb-cli.h"
#include "rb-journal.h"
#include "rb-library.h"
#include "rb-preferences-window.h"
#include "rb-schedule.h"
#include "rb-storage.h"
#include "rb-reminders.h"
#include "rb-system-clock.h"
#include "rb-window.h"

/* Saves that failed are tried again this often, while anything is unsaved. */
#define RETRY_SECONDS 30

struct _RbApplication
{
  AdwApplication  parent_instance;

  RbLibrary      *library;
  RbJournal      *journal;
  RbPlanStore    *plan_store;
  RbClock        *clock;
  RbReminders    *reminders;
  guint           retry_id;
};

G_DEFINE_FINAL_TYPE (RbApplication, rb_application, ADW_TYPE_APPLICATION)

/* Reminders start with the first window (tests make their windows
 * themselves, and get none), and then run for as long as the app. They
 * read the journal and the plans: not before the window's first frame,
 * which shows neither. */
static void
ensure_reminders (RbApplication *self)
{
  if (self->reminders != NULL)
    return;

  self->reminders = rb_reminders_new (G_APPLICATION (self), rb_application_get_library (self),
                                      rb_application_get_journal (self), rb_application_get_plan_store (self),
                                      rb_application_get_clock (self));
}

static void
window_painted_cb (RbApplication *self,
                   GdkFrameClock *clock)
{
  g_signal_handlers_disconnect_by_func (clock, window_painted_cb, self);
  ensure_reminders (self);
}

static GtkWindow *
present_window (RbApplication *self)
{
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (window == NULL)
    window = GTK_WINDOW (rb_window_new (self, rb_application_get_library (self)));

  gtk_window_present (window);
  if (self->reminders == NULL && gtk_widget_get_frame_clock (GTK_WIDGET (window)) != NULL)
    g_signal_connect_object (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint",
                             G_CALLBACK (window_painted_cb), self, G_CONNECT_SWAPPED);
  else
    ensure_reminders (self);

  return window;
}

static void
rb_application_activate (GApplication *app)
{
  present_window (RB_APPLICATION (app));
}

/* Files opened with the app (a shared *.runback.json) are imported. */
static void
rb_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  GtkWindow *window;

  rb_application_activate (app);
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  for (int i = 0; i < n_files; i++)
    rb_window_import_program (RB_WINDOW (window), files[i]);
}

static void
rb_application_startup (GApplication *app)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *close_accels[] = { "<Control>w", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };
  static const char *help_overlay_accels[] = { "<Control>question", NULL };

  G_APPLICATION_CLASS (rb_application_parent_class)->startup (app);

  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "window.close", close_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.preferences", preferences_accels);
  /* GtkApplication sets this one only for a gtk/help-overlay.ui, which
   * the window builds itself when first asked (rb-window.c). */
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.show-help-overlay", help_overlay_accels);
}

/* Prints a listing on standard output and the user's files it skipped on
 * standard error. The listing was produced, so that is a success.
 */
static int
print_listing (char   *listing,
               char   *problems,
               GError *error)
{
  g_autofree char *owned_listing = listing;
  g_autofree char *owned_problems = problems;

  if (owned_listing == NULL)
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }

  g_print ("%s", owned_listing);
  g_printerr ("%s", owned_problems);
  return EXIT_SUCCESS;
}

static int
start_session (GApplication *app,
               GVariantDict *options)
{
  g_autoptr(GError) error = NULL;
  const char *program = NULL, *session = NULL;
  guint number;

  g_variant_dict_lookup (options, "start", "&s", &program);
  g_variant_dict_lookup (options, "session", "&s", &session);
  if (!rb_cli_parse_session (session, &number, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }

  /* The running instance, or this one once it is up, starts it. */
  if (!g_application_register (app, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }
  g_action_group_activate_action (G_ACTION_GROUP (app), "start-session",
                                  g_variant_new ("(su)", program, (guint32) (number - 1)));

  /* Sent to the running instance; or this is it, and it runs on. */
  return g_application_get_is_remote (app) ? EXIT_SUCCESS : -1;
}

static int
export_figure (const char   *user_dir,
               GVariantDict *options)
{
  g_autoptr(GError) error = NULL;
  const char *id = NULL, *output = NULL, *size_text = NULL;
  guint size;

  g_variant_dict_lookup (options, "export-figure", "&s", &id);
  g_variant_dict_lookup (options, "size", "&s", &size_text);
  if (!g_variant_dict_lookup (options, "output", "^&ay", &output))
    {
      g_printerr (_("--export-figure needs --output=FILE\n"));
      return EXIT_FAILURE;
    }

  if (!rb_cli_parse_size (size_text, &size, &error) ||
      !rb_cli_export_figure (user_dir, id, output, size, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }

  return EXIT_SUCCESS;
}

static int
export_calendar (const char   *user_dir,
                 GVariantDict *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  const char *output = NULL, *program = NULL, *start_text = NULL;
  GDate today, start;

  g_variant_dict_lookup (options, "export-calendar", "^&ay", &output);
  g_variant_dict_lookup (options, "start-date", "&s", &start_text);
  if (!g_variant_dict_lookup (options, "program", "&s", &program))
    {
      g_printerr (_("--export-calendar needs --program=PROGRAM (see --list-programs)\n"));
      return EXIT_FAILURE;
    }

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now),
                  g_date_time_get_month (now), g_date_time_get_year (now));
  if (!rb_cli_parse_date (start_text, &today, &start, &error) ||
      !rb_cli_export_calendar (user_dir, program, &start, output,
                               g_variant_dict_contains (options, "alarms"), now, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }

  return EXIT_SUCCESS;
}

/* Clinician and clinic come from the settings, when the schema is there
 * (a build run from its folder may lack it).
 */
static GSettings *
dup_settings_with (const char *key)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, BASE_ID, TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, key))
    return NULL;

  return g_settings_new (BASE_ID);
}

static void
read_clinician (char **clinician,
                char **clinic)
{
  g_autoptr(GSettings) settings = dup_settings_with ("handout-clinician");

  *clinician = *clinic = NULL;
  if (settings == NULL)
    return;

  *clinician = g_settings_get_string (settings, "handout-clinician");
  *clinic = g_settings_get_string (settings, "handout-clinic");
}

static int
export_handout (const char   *user_dir,
                GVariantDict *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *clinician = NULL, *clinic = NULL, *written = NULL;
  const char *output = NULL, *patients = NULL, *output_dir = NULL, *paper = NULL;
  const char *language = NULL;
  RbCliHandout handout = { NULL };
  GDate today;
  gboolean done;

  g_variant_dict_lookup (options, "export-handout", "^&ay", &output);
  g_variant_dict_lookup (options, "patients", "^&ay", &patients);
  g_variant_dict_lookup (options, "output-dir", "^&ay", &output_dir);
  g_variant_dict_lookup (options, "program", "&s", &handout.program);
  g_variant_dict_lookup (options, "patient", "&s", &handout.patient);
  g_variant_dict_lookup (options, "notes", "&s", &handout.notes);
  g_variant_dict_lookup (options, "paper", "&s", &paper);
  g_variant_dict_lookup (options, "language", "&s", &language);
  handout.large_print = g_variant_dict_contains (options, "large-print");

  /* Before anything is read: content is translated as it loads. */
  if (language != NULL && !rb_cli_use_language (language, rb_cli_get_localedir (), &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }

  if (output != NULL && handout.program == NULL)
    {
      g_printerr (_("--export-handout needs --program=PROGRAM (an id from --list-programs, or a program’s file)\n"));
      return EXIT_FAILURE;
    }
  if (patients != NULL && output_dir == NULL)
    {
      g_printerr (_("--patients needs --output-dir=FOLDER\n"));
      return EXIT_FAILURE;
    }
  if (!rb_cli_parse_paper (paper, &handout.paper, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now),
                  g_date_time_get_month (now), g_date_time_get_year (now));
  handout.date = &today;
  read_clinician (&clinician, &clinic);
  handout.clinician = clinician;
  handout.clinic = clinic;

  if (output != NULL)
    done = rb_cli_export_handout (user_dir, &handout, output, &error);
  else
    done = rb_cli_export_handouts (user_dir, &handout, patients, output_dir, &written, &error);
  if (!done)
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }

  if (written != NULL)
    g_print ("%s", written);
  return EXIT_SUCCESS;
}

static int
export_history (GVariantDict *options)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data_dir = rb_storage_dup_data_dir ();
  const char *output = NULL;

  g_variant_dict_lookup (options, "export-history", "^&ay", &output);
  if (!rb_cli_export_history (data_dir, output, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }

  return EXIT_SUCCESS;
}

static int
backup_or_restore (GVariantDict *options)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data_dir = rb_storage_dup_data_dir ();
  g_autofree char *report = NULL;
  const char *file = NULL;

  if (g_variant_dict_lookup (options, "backup", "^&ay", &file))
    {
      if (rb_cli_backup (data_dir, file, &error))
        return EXIT_SUCCESS;
    }
  else
    {
      g_variant_dict_lookup (options, "restore", "^&ay", &file);
      if (rb_cli_restore (data_dir, file, &report, &error))
        {
          g_print ("%s", report);
          return EXIT_SUCCESS;
        }
    }

  g_printerr ("%s\n", error->message);
  return EXIT_FAILURE;
}


static int
open_files (GApplication  *app,
            const char   **paths)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; paths[i] != NULL; i++)
    g_ptr_array_add (files, g_file_new_for_commandline_arg (paths[i]));

  if (!g_application_register (app, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }

  g_application_open (app, (GFile **) files->pdata, files->len, "");
  /* A remote instance has the files now; this one runs only when primary. */
  return g_application_get_is_remote (app) ? EXIT_SUCCESS : -1;
}

/* Headless commands run here, before GTK starts, so they need no display.
 * The logic lives in rb-cli.c, where the core tests reach it.
 */
static int
rb_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  g_autofree char *user_dir = rb_library_dup_default_user_dir ();
  g_autoptr(GError) error = NULL;
  g_autofree const char **files = NULL;
  char *problems = NULL;

  if (!rb_cli_check_options (options, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }

  if (g_variant_dict_contains (options, "validate"))
    {
      g_autofree char *report = NULL;
      gboolean valid;

      g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &files);
      valid = rb_cli_validate (files, &report);
      g_printerr ("%s", report);
      return valid ? EXIT_SUCCESS : EXIT_FAILURE;
    }

  if (g_variant_dict_contains (options, "list-exercises"))
    {
      char *listing = rb_cli_list_exercises (user_dir, &problems, &error);

      return print_listing (listing, problems, error);
    }

  if (g_variant_dict_contains (options, "list-programs"))
    {
      char *listing = rb_cli_list_programs (user_dir, &problems, &error);

      return print_listing (listing, problems, error);
    }

  if (g_variant_dict_contains (options, "start"))
    return start_session (app, options);

  if (g_variant_dict_contains (options, "export-figure"))
    return export_figure (user_dir, options);

  if (g_variant_dict_contains (options, "export-calendar"))
    return export_calendar (user_dir, options);

  if (g_variant_dict_contains (options, "export-handout") ||
      g_variant_dict_contains (options, "patients"))
    return export_handout (user_dir, options);

  if (g_variant_dict_contains (options, "export-history"))
    return export_history (options);

  if (g_variant_dict_contains (options, "backup") || g_variant_dict_contains (options, "restore"))
    return backup_or_restore (options);

  /* Files alone: the running instance, or this one once up, imports them. */
  if (g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &files))
    return open_files (app, files);

  return -1;
}

static void
rb_application_finalize (GObject *object)
{
  RbApplication *self = RB_APPLICATION (object);

  g_clear_handle_id (&self->retry_id, g_source_remove);
  g_clear_object (&self->reminders);
  g_clear_object (&self->library);
  g_clear_object (&self->journal);
  g_clear_object (&self->plan_store);
  g_clear_object (&self->clock);

  G_OBJECT_CLASS (rb_application_parent_class)->finalize (object);
}

static void
rb_application_class_init (RbApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = rb_application_finalize;

  app_class->activate = rb_application_activate;
  app_class->startup = rb_application_startup;
  app_class->open = rb_application_open;
  app_class->handle_local_options = rb_application_handle_local_options;
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  static const char *developers[] = { "The Runback authors", NULL };
  /* The article the content is based on, by its title, and the references
   * for what the article does not say; the content names them where they
   * are used.
   */
  static const char *article[] = { "“Dealing with Inner Knee Pain from Running”", NULL };
  static const char *references[] = {
    "American College of Sports Medicine, Garber CE et al., Med Sci Sports Exerc 2011;43(7):1334–1359",
    "American College of Sports Medicine, “Progression models in resistance training for healthy adults”, Med Sci Sports Exerc 2009;41(3):687–708",
    "Dubois B, Esculier JF, “Soft-tissue injuries simply need PEACE and LOVE”, Br J Sports Med 2020;54:72–73",
    "Nielsen RO et al., J Orthop Sports Phys Ther 2014;44(10):739–747",
    NULL
  };
  GtkApplication *app = GTK_APPLICATION (user_data);
  AdwAboutWindow *about = ADW_ABOUT_WINDOW (adw_about_window_new ());

  g_object_set (about,
                "transient-for", gtk_application_get_active_window (app),
                "application-name", _("Runback"),
                "application-icon", APP_ID,
                "developer-name", _("The Runback authors"),
                "version", PACKAGE_VERSION,
                "website", "https://github.com/runback/runback",
                "issue-url", "https://github.com/runback/runback/issues",
                "developers", developers,
                /* Translators: Replace with your names, one per line. */
                "translator-credits", _("translator-credits"),
                "copyright", "© 2026 The Runback authors",
                "license-type", GTK_LICENSE_GPL_3_0,
                "comments", _("Runback turns the advice of the article “Dealing with Inner Knee "
                              "Pain from Running” into guided sessions and programs. It is not a "
                              "medical device, and it does not replace advice from a doctor or "
                              "physiotherapist."),
                NULL);
  adw_about_window_add_acknowledgement_section (about, _("Based on the Article"), article);
  adw_about_window_add_acknowledgement_section (about, _("Other Sources"), references);

  gtk_window_present (GTK_WINDOW (about));
}

static void
start_session_action (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  GtkWindow *window = gtk_application_get_active_window (app);
  const char *program;
  guint32 index;

  if (window == NULL)
    window = GTK_WINDOW (rb_window_new (RB_APPLICATION (app), rb_application_get_library (RB_APPLICATION (app))));

  gtk_window_present (window);
  g_variant_get (parameter, "(&su)", &program, &index);
  rb_window_start_session (RB_WINDOW (window), program, index);
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  gtk_window_present (GTK_WINDOW (rb_preferences_window_new (window)));
}

static gboolean
has_unsaved (RbApplication *self)
{
  return (self->journal != NULL && rb_journal_has_unsaved (self->journal)) ||
         (self->plan_store != NULL && rb_plan_store_has_unsaved (self->plan_store));
}

/* Why the last save failed, journal first. */
static const char *
describe_save_error (RbApplication *self)
{
  if (self->journal != NULL && rb_journal_get_save_error (self->journal) != NULL)
    return rb_journal_get_save_error (self->journal)->message;
  if (self->plan_store != NULL && rb_plan_store_get_save_error (self->plan_store) != NULL)
    return rb_plan_store_get_save_error (self->plan_store)->message;

  return "";
}

static void
quit_response_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  RbApplication    *self)
{
  if (g_str_equal (response, "retry"))
    {
      if (rb_application_save_journal (self))
        g_application_quit (G_APPLICATION (self));
    }
  else if (g_str_equal (response, "quit"))
    {
      g_application_quit (G_APPLICATION (self));
    }
}

/**
 * rb_application_has_session_in_progress:
 * @self: a #RbApplication
 *
 * Returns: whether a window plays a session that is not saved yet
 */
gboolean
rb_application_has_session_in_progress (RbApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (RB_IS_WINDOW (l->data) && rb_window_has_session_in_progress (RB_WINDOW (l->data)))
      return TRUE;

  return FALSE;
}

/**
 * rb_application_confirm_quit:
 * @self: a #RbApplication
 * @parent: (nullable): the window to ask over
 *
 * Quits, unless a guided session is under way or the journal holds
 * entries that could not be saved: then it asks first, offering to try
 * the save again.
 */
void
rb_application_confirm_quit (RbApplication *self,
                             GtkWindow     *parent)
{
  g_autofree char *body = NULL;
  gboolean in_session;
  gboolean unsaved;
  GtkWidget *dialog;

  g_return_if_fail (RB_IS_APPLICATION (self));

  in_session = rb_application_has_session_in_progress (self);
  unsaved = has_unsaved (self) && !rb_application_save_journal (self);
  if (!in_session && !unsaved)
    {
      g_application_quit (G_APPLICATION (self));
      return;
    }

  if (!unsaved)
    {
      dialog = adw_message_dialog_new (parent, _("Quit During the Session?"),
                                       _("The session is not in your journal yet. The next time Runback "
                                         "starts, it offers to resume the session or to log what you did."));
      adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                        "cancel", _("_Cancel"),
                                        "quit", _("_Quit"),
                                        NULL);
    }
  else
    {
      /* Translators: %s says why, e.g. “journal.json: Read-only file system” */
      body = g_strdup_printf (_("Your latest sessions or plans could not be saved (%s). "
                                "If you quit now, they are lost."),
                              describe_save_error (self));
      dialog = adw_message_dialog_new (parent, _("Quit Without Saving?"), body);
      adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                        "cancel", _("_Cancel"),
                                        "quit", _("_Quit Anyway"),
                                        "retry", _("_Try Again"),
                                        NULL);
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "retry", ADW_RESPONSE_SUGGESTED);
    }

  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "quit", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), unsaved ? "retry" : "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (quit_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  RbApplication *self = RB_APPLICATION (user_data);

  rb_application_confirm_quit (self, gtk_application_get_active_window (GTK_APPLICATION (self)));
}

/* A reminder's default action: the window, and the session in it. */
static void
start_planned_action (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  GtkWindow *window = present_window (RB_APPLICATION (user_data));

  gtk_widget_activate_action_variant (GTK_WIDGET (window), "win.start-planned", parameter);
}

/* Backup and restore */

/* A problem goes to the window's toasts, with the reason under Details;
 * without a main window, to a dialog. */
static void
report (GtkWindow  *parent,
        const char *message,
        const char *details)
{
  GtkWidget *dialog;

  if (RB_IS_WINDOW (parent))
    {
      rb_window_report (RB_WINDOW (parent), message, details);
      return;
    }

  dialog = adw_message_dialog_new (parent, message, details);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
tell (GtkWindow  *parent,
      const char *message)
{
  g_autofree char *escaped = NULL;

  if (!RB_IS_WINDOW (parent))
    {
      report (parent, message, NULL);
      return;
    }

  /* Toast titles parse markup, and file names may hold any character. */
  escaped = g_markup_escape_text (message, -1);
  rb_window_add_toast (RB_WINDOW (parent), adw_toast_new (escaped));
}

static void
backup_response_cb (GtkNativeDialog *dialog,
                    int              response,
                    RbApplication   *self)
{
  GtkWindow *parent = gtk_native_dialog_get_transient_for (dialog);
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;
  gboolean incomplete = FALSE;

  if (response != GTK_RESPONSE_ACCEPT)
    return;

  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  path = file != NULL ? g_file_get_path (file) : NULL;
  if (path == NULL)
    {
      report (parent, _("Nothing was backed up"), _("The chosen place is not a local file."));
      return;
    }

  if (!rb_application_backup (self, path, &incomplete, &error))
    {
      report (parent, _("Nothing was backed up"), error->message);
      return;
    }

  name = g_filename_display_basename (path);
  if (incomplete)
    /* Translators: %s is a file name */
    message = g_strdup_printf (_("Backed up to %s, except your latest changes, which could not be saved"), name);
  else
    /* Translators: %s is a file name */
    message = g_strdup_printf (_("Backed up to %s"), name);
  tell (parent, message);
}

static void
add_json_filter (GtkFileChooser *chooser)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Runback backups"));
  gtk_file_filter_add_mime_type (filter, "application/json");
  gtk_file_filter_add_suffix (filter, "json");
  gtk_file_chooser_add_filter (chooser, filter);
}

static void
backup_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  RbApplication *self = RB_APPLICATION (user_data);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autoptr(GDateTime) now = rb_clock_dup_now (rb_application_get_clock (self));
  g_autofree char *name = NULL;
  GtkFileChooserNative *dialog;

  dialog = gtk_file_chooser_native_new (_("Back Up"), window, GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Back Up"), NULL);
  add_json_filter (GTK_FILE_CHOOSER (dialog));
  /* Translators: the name of a backup file; keep the date part as it is */
  name = g_date_time_format (now, _("runback-backup-%Y-%m-%d.json"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect_object (dialog, "response", G_CALLBACK (backup_response_cb), self, 0);
  /* The dialog frees itself when hidden; keep it until then. */
  g_signal_connect (dialog, "response", G_CALLBACK (g_object_unref), NULL);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
tell_session_in_progress (GtkWindow *parent)
{
  report (parent, _("Finish or stop the session before restoring a backup"), NULL);
}

/* The paths, one a line, selectable so that they can be copied. */
static GtkWidget *
restored_list_new (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "caption");

  return label;
}

/* Says which files were replaced and where the old ones are. */
static void
show_restored (GtkWindow          *parent,
               const char * const *replaced)
{
  g_autoptr(GString) body = g_string_new (NULL);
  GtkWidget *dialog;

  for (guint i = 0; replaced[i] != NULL; i++)
    {
      g_autofree char *name = g_filename_display_name (replaced[i]);

      g_string_append_printf (body, "%s%s", i > 0 ? "\n" : "", name);
    }

  if (replaced[0] == NULL)
    dialog = adw_message_dialog_new (parent, _("Backup Restored"),
                                     _("There were no files to replace."));
  else
    {
      dialog = adw_message_dialog_new (parent, _("Backup Restored"),
                                       _("The files that were replaced are kept here, "
                                         "in case you need them:"));
      adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), restored_list_new (body->str));
    }
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
restore_confirm_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    RbApplication    *self)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (dialog));
  const char *path = g_object_get_data (G_OBJECT (dialog), "rb-path");
  g_auto(GStrv) replaced = NULL;
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "replace"))
    return;

  if (!rb_application_restore (self, path, &replaced, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_BUSY))
        tell_session_in_progress (parent);
      else
        report (parent, _("Nothing was restored, and nothing changed"), error->message);
      return;
    }

  show_restored (parent, (const char * const *) replaced);
}

/**
 * rb_application_ask_restore:
 * @self: a #RbApplication
 * @parent: (nullable): the window to ask over
 * @path: a backup file
 *
 * Asks whether to replace the user's data with the backup's, saying what
 * is replaced and that the current files are kept; restores only when
 * the user says so (rb_application_restore()), then tells where the
 * replaced files are.
 */
void
rb_application_ask_restore (RbApplication *self,
                            GtkWindow     *parent,
                            const char    *path)
{
  g_autofree char *name = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  g_return_if_fail (RB_IS_APPLICATION (self));
  g_return_if_fail (path != NULL);

  if (rb_application_has_session_in_progress (self))
    {
      tell_session_in_progress (parent);
      return;
    }

  name = g_filename_display_basename (path);
  /* Translators: %s is the backup's file name */
  body = g_strdup_printf (_("Your journal, your plans and your own programs and exercises are "
                            "replaced with those in “%s”. The current files are not deleted: "
                            "they are kept aside, next to the new ones."), name);
  dialog = adw_message_dialog_new (parent, _("Replace Your Data With the Backup?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "replace", _("_Replace"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "replace", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "rb-path", g_strdup (path), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (restore_confirm_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
restore_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     RbApplication   *self)
{
  GtkWindow *parent = gtk_native_dialog_get_transient_for (dialog);
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    return;

  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  path = file != NULL ? g_file_get_path (file) : NULL;
  if (path == NULL)
    {
      report (parent, _("Nothing was restored, and nothing changed"),
              _("The chosen file is not a local file."));
      return;
    }

  rb_application_ask_restore (self, parent, path);
}

static void
restore_action (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  RbApplication *self = RB_APPLICATION (user_data);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkFileChooserNative *dialog;

  if (rb_application_has_session_in_progress (self))
    {
      tell_session_in_progress (window);
      return;
    }

  dialog = gtk_file_chooser_native_new (_("Restore From Backup"), window, GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Open"), NULL);
  add_json_filter (GTK_FILE_CHOOSER (dialog));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect_object (dialog, "response", G_CALLBACK (restore_response_cb), self, 0);
  /* The dialog frees itself when hidden; keep it until then. */
  g_signal_connect (dialog, "response", G_CALLBACK (g_object_unref), NULL);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static const GActionEntry app_actions[] = {
  { "about", about_action },
  { "backup", backup_action },
  { "restore", restore_action },
  { "preferences", preferences_action },
  { "quit", quit_action },
  { "start-session", start_session_action, "(su)" },
  { "start-planned", start_planned_action, "(sss)" },
};

static const GOptionEntry main_entries[] = {
  { "validate", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Check content files (every bundled document when no FILE is given) and exit"), NULL },
  { "list-exercises", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("List the exercises (ID, name, category) and exit"), NULL },
  { "list-programs", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("List the programs (ID, title) and exit"), NULL },
  { "export-figure", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Write an exercise's start and end poses to the --output file (.png, .svg or .pdf) and exit"),
    N_("EXERCISE") },
  { "output", 0, 0, G_OPTION_ARG_FILENAME, NULL, N_("The file to write"), N_("FILE") },
  { "start", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Start a guided session of a program (see --list-programs)"), N_("PROGRAM") },
  /* Strings, not G_OPTION_ARG_INT, which GApplication drops when it is 0. */
  { "session", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --start, the session to start, counting from 1 (1)"), N_("N") },
  { "size", 0, 0, G_OPTION_ARG_STRING, NULL, N_("Height of an exported figure in pixels (400)"), N_("PIXELS") },
  { "export-calendar", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the --program's sessions to an iCalendar file (.ics) and exit"), N_("FILE") },
  { "program", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --export-calendar, --export-handout or --patients, the program (see --list-programs); "
       "for a handout, a program's file too"), N_("PROGRAM") },
  { "start-date", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --export-calendar, the program's first day (today)"), N_("YYYY-MM-DD") },
  { "alarms", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --export-calendar, remind 15 minutes before each session"), NULL },
  { "export-handout", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the --program's handout for a patient to a PDF file and exit"), N_("FILE") },
  { "patient", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --export-handout, the patient's name"), N_("NAME") },
  { "notes", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --export-handout or --patients, notes for the patient"), N_("TEXT") },
  { "paper", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --export-handout or --patients, the paper: a4 or letter (a4)"), N_("PAPER") },
  { "large-print", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --export-handout or --patients, print text larger"), NULL },
  { "language", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --export-handout or --patients, the handout's language, when its translation is installed (de)"),
    N_("CODE") },
  { "patients", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write a handout for each patient of a CSV file (columns name, notes, program) "
       "to the --output-dir and exit"), N_("FILE") },
  { "output-dir", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("With --patients, the folder to write the handouts in"), N_("FOLDER") },
  { "export-history", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the journal to a CSV file and exit"), N_("FILE") },
  { "backup", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the journal, plans and your own programs and exercises to one file and exit"), N_("FILE") },
  { "restore", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Replace the journal, plans and your own programs and exercises with a backup's and exit; "
       "the files replaced are kept beside"), N_("FILE") },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, N_("[FILE…]") },
  { NULL }
};

static void
rb_application_init (RbApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), main_entries);

  g_action_map_add_action_entries (G_ACTION_MAP (self),
                                   app_actions,
                                   G_N_ELEMENTS (app_actions),
                                   self);
}

RbApplication *
rb_application_new (const char        *application_id,
                    GApplicationFlags  flags)
{
  g_return_val_if_fail (application_id != NULL, NULL);

  return g_object_new (RB_TYPE_APPLICATION,
                       "application-id", application_id,
                       "flags", flags,
                       "resource-base-path", "/io/github/runback/Runback",
                       NULL);
}

/**
 * rb_application_get_library:
 * @self: a #RbApplication
 *
 * The content library shared by every window. It is created empty and
 * loaded by the first view that needs it.
 *
 * Returns: (transfer none): the library
 */
RbLibrary *
rb_application_get_library (RbApplication *self)
{
  g_return_val_if_fail (RB_IS_APPLICATION (self), NULL);

  if (self->library == NULL)
    self->library = rb_library_new ();

  return self->library;
}

static gboolean
retry_save_cb (gpointer data)
{
  RbApplication *self = data;

  rb_application_save_journal (self);

  return G_SOURCE_CONTINUE;
}

/* While anything is unsaved, saving is tried again every RETRY_SECONDS. */
static void
journal_unsaved_cb (RbApplication *self)
{
  if (!has_unsaved (self))
    g_clear_handle_id (&self->retry_id, g_source_remove);
  else if (self->retry_id == 0)
    self->retry_id = g_timeout_add_seconds (RETRY_SECONDS, retry_save_cb, self);
}

static void
journal_loaded_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(RbApplication) self = user_data;

  /* What went wrong stays on the journal, for each window to tell. */
  rb_journal_load_finish (RB_JOURNAL (object), result, NULL);
}

/**
 * rb_application_get_journal:
 * @self: a #RbApplication
 *
 * The journal shared by every window. The first call starts reading it
 * in a worker thread; watch #RbJournal:loaded, then
 * rb_journal_get_load_error() tells what to report.
 *
 * Returns: (transfer none): the journal
 */
RbJournal *
rb_application_get_journal (RbApplication *self)
{
  g_return_val_if_fail (RB_IS_APPLICATION (self), NULL);

  if (self->journal == NULL)
    {
      self->journal = rb_journal_new_default ();
      g_signal_connect_object (self->journal, "notify::unsaved",
                               G_CALLBACK (journal_unsaved_cb), self, G_CONNECT_SWAPPED);
      rb_journal_load_async (self->journal, NULL, journal_loaded_cb, g_object_ref (self));
    }

  return self->journal;
}

/**
 * rb_application_save_journal:
 * @self: a #RbApplication
 *
 * Saves the journal; what could not be saved stays in memory and is
 * tried again (see rb_journal_get_save_error()).
 *
 * Returns: %TRUE when everything is saved
 */
gboolean
rb_application_save_journal (RbApplication *self)
{
  gboolean saved = TRUE;

  g_return_val_if_fail (RB_IS_APPLICATION (self), FALSE);

  if (self->journal != NULL && rb_journal_has_unsaved (self->journal))
    saved = rb_journal_save (self->journal, NULL);
  if (self->plan_store != NULL && rb_plan_store_has_unsaved (self->plan_store))
    saved = rb_plan_store_save (self->plan_store, NULL) && saved;

  return saved;
}

static void
plans_loaded_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(RbApplication) self = user_data;

  /* What went wrong stays on the store, for each window to tell. */
  rb_plan_store_load_finish (RB_PLAN_STORE (object), result, NULL);
}

/**
 * rb_application_get_plan_store:
 * @self: a #RbApplication
 *
 * The plans the user follows, shared by every window. The first call
 * starts reading them in a worker thread; watch #RbPlanStore:loaded.
 *
 * Returns: (transfer none): the plan store
 */
RbPlanStore *
rb_application_get_plan_store (RbApplication *self)
{
  g_return_val_if_fail (RB_IS_APPLICATION (self), NULL);

  if (self->plan_store == NULL)
    {
      self->plan_store = rb_plan_store_new_default ();
      g_signal_connect_object (self->plan_store, "notify::unsaved",
                               G_CALLBACK (journal_unsaved_cb), self, G_CONNECT_SWAPPED);
      rb_plan_store_load_async (self->plan_store, NULL, plans_loaded_cb, g_object_ref (self));
    }

  return self->plan_store;
}

/**
 * rb_application_get_clock:
 * @self: a #RbApplication
 *
 * The clock every window's sessions run on: the system's.
 *
 * Returns: (transfer none): the clock
 */
RbClock *
rb_application_get_clock (RbApplication *self)
{
  g_return_val_if_fail (RB_IS_APPLICATION (self), NULL);

  if (self->clock == NULL)
    self->clock = rb_system_clock_new ();

  return self->clock;
}

/**
 * rb_application_backup:
 * @self: a #RbApplication
 * @path: the backup file to write
 * @incomplete: (out) (optional): set when something could not be saved
 *   first, and is missing from the backup
 * @error: return location for a #GError
 *
 * Saves what is unsaved, then writes the journal, the plans and the
 * user's own programs and exercises to @path (rb_backup_write()).
 *
 * Returns: %TRUE when the backup was written
 */
gboolean
rb_application_backup (RbApplication  *self,
                       const char     *path,
                       gboolean       *incomplete,
                       GError        **error)
{
  g_autofree char *data_dir = rb_storage_dup_data_dir ();
  gboolean saved;

  g_return_val_if_fail (RB_IS_APPLICATION (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  /* A backup is of the files: what only memory holds would be missing. */
  saved = rb_application_save_journal (self);
  if (!rb_backup_write (data_dir, path, error))
    return FALSE;

  if (incomplete != NULL)
    *incomplete = !saved;
  return TRUE;
}

/**
 * rb_application_restore:
 * @self: a #RbApplication
 * @path: a backup file
 * @replaced: (out) (optional) (transfer full): where the files replaced
 *   were kept
 * @error: return location for a #GError
 *
 * Replaces the user's data with a backup's (rb_backup_restore()) and
 * loads the stores again. It refuses, with %G_IO_ERROR_BUSY, while a
 * session is in progress, whose entry would go to a journal that is
 * about to be replaced. On any error, nothing changed.
 *
 * Returns: %TRUE on success
 */
gboolean
rb_application_restore (RbApplication   *self,
                        const char      *path,
                        GStrv           *replaced,
                        GError         **error)
{
  g_autofree char *data_dir = rb_storage_dup_data_dir ();

  g_return_val_if_fail (RB_IS_APPLICATION (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (rb_application_has_session_in_progress (self))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_BUSY,
                           _("A session is in progress"));
      return FALSE;
    }

  /* What only memory holds goes into the files that are kept aside. */
  rb_application_save_journal (self);
  if (!rb_backup_restore (data_dir, path, replaced, error))
    return FALSE;

  rb_application_reload_stores (self);
  return TRUE;
}

static void
library_loaded_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(RbApplication) self = user_data;

  /* What went wrong stays on the library, for its views to show. */
  rb_library_load_finish (RB_LIBRARY (object), result, NULL);
}

/**
 * rb_application_reload_stores:
 * @self: a #RbApplication
 *
 * Reads the journal, the plans and the library again, after their files
 * changed under them (a restored backup). Stores not read yet are left
 * for their first use.
 */
void
rb_application_reload_stores (RbApplication *self)
{
  g_return_if_fail (RB_IS_APPLICATION (self));

  if (self->journal != NULL)
    rb_journal_load_async (self->journal, NULL, journal_loaded_cb, g_object_ref (self));
  if (self->plan_store != NULL)
    rb_plan_store_load_async (self->plan_store, NULL, plans_loaded_cb, g_object_ref (self));
  if (self->library != NULL &&
      (rb_library_is_loaded (self->library) || rb_library_is_loading (self->library)))
    {
      g_autofree char *user_dir = rb_library_dup_default_user_dir ();

      rb_library_load_async (self->library, user_dir, NULL, library_loaded_cb, g_object_ref (self));
    }
}

/**
 * rb_application_get_first_weekday:
 *
 * Where a week starts, for everything that shows weeks: the day chosen
 * in Preferences (the `first-weekday` setting), or else the language's
 * (rb_schedule_first_weekday()).
 *
 * Returns: the first day of the week
 */
GDateWeekday
rb_application_get_first_weekday (void)
{
  g_autoptr(GSettings) settings = dup_settings_with ("first-weekday");
  int weekday = settings != NULL ? g_settings_get_int (settings, "first-weekday") : 0;

  if (weekday >= G_DATE_MONDAY && weekday <= G_DATE_SUNDAY)
    return (GDateWeekday) weekday;

  return rb_schedule_first_weekday ();
}
