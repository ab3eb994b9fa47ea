/* rb-window.c
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rb-a11y.h"
#include "rb-calendar-view.h"
#include "rb-exercise-page.h"
#include "rb-follow-dialog.h"
#include "rb-handout-dialog.h"
#include "rb-journal.h"
#include "rb-learn-article.h"
#include "rb-learn-view.h"
#include "rb-plan-page.h"
#include "rb-program-editor.h"
#include "rb-program-page.h"
#include "rb-program-sharing.h"
#include "rb-plan-ical.h"
#include "rb-plan-runs.h"
#include "rb-player.h"
#include "rb-schedule.h"
#include "rb-programs-view.h"
#include "rb-progress-view.h"
#include "rb-red-flag-banner.h"
#include "rb-routine.h"
#include "rb-schedule.h"
#include "rb-session-entry.h"
#include "rb-session-recorder.h"
#include "rb-today-view.h"
#include "rb-window.h"

struct _RbWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;
  RbLibrary            *library;
  RbClock              *clock;
  RbJournal            *journal;
  GCancellable         *cancellable;
  gboolean              save_failed;      /* told the user a save failed */
  char                 *pending_program;  /* a session to start once loaded */
  guint                 pending_session;
  GVariant             *pending_planned;  /* win.start-planned's, until all is read */
  guint                 drop_pages_id;
  guint                 first_frame_id;   /* after_first_frame_cb() */

  AdwToastOverlay      *toast_overlay;
  AdwLeaflet           *leaflet;
  GtkWidget            *main_box;
  GtkMenuButton        *primary_menu_button;
  GMenuModel           *primary_menu;
  AdwViewStack         *stack;
  AdwViewSwitcherTitle *switcher_title;
  AdwViewSwitcherBar   *switcher_bar;
  /* Views other than Today are built when first shown (build_view()):
   * the first frame needs only Today. */
  AdwBin               *calendar_page;
  AdwBin               *programs_page;
  AdwBin               *learn_page;
  AdwBin               *progress_page;
  RbCalendarView       *calendar_view;
  RbProgramsView       *programs_view;
  RbLearnView          *learn_view;
  RbTodayView          *today_view;
  RbProgressView       *progress_view;
  AdwBin               *red_flag_bin;
  RbRedFlagBanner      *red_flag_banner;  /* once the journal is asked for */
};

G_DEFINE_FINAL_TYPE (RbWindow, rb_window, ADW_TYPE_APPLICATION_WINDOW)

enum { PROP_0, PROP_LIBRARY, PROP_CLOCK, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void offer_resume           (RbWindow *self);
static void start_planned_action   (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter);
static void log_run_action         (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter);
static void export_calendar_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter);
static void resume_check_loaded_cb (RbWindow *self);
static void handout_action         (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter);

static void
save_window_state (RbWindow *self)
{
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);

  g_settings_delay (self->settings);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  g_settings_apply (self->settings);
}

static void
restore_window_state (RbWindow *self)
{
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));

  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

/* Returns the position of the visible page among the leaflet's pages. */
static guint
get_visible_position (RbWindow    *self,
                      GListModel **pages)
{
  GtkWidget *visible = adw_leaflet_get_visible_child (self->leaflet);
  guint n;

  *pages = G_LIST_MODEL (adw_leaflet_get_pages (self->leaflet));
  n = g_list_model_get_n_items (*pages);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AdwLeafletPage) page = g_list_model_get_item (*pages, i);

      if (adw_leaflet_page_get_child (page) == visible)
        return i;
    }

  g_assert_not_reached ();
}

/* Pages pushed on the leaflet are dropped once the transition back to an
 * earlier page has finished, so that each push starts from a fresh page.
 */
static void
drop_hidden_pages (RbWindow *self)
{
  g_autoptr(GListModel) pages = NULL;
  guint visible;

  visible = get_visible_position (self, &pages);

  for (guint i = g_list_model_get_n_items (pages); i > visible + 1; i--)
    {
      g_autoptr(AdwLeafletPage) page = g_list_model_get_item (pages, i - 1);

      adw_leaflet_remove (self->leaflet, adw_leaflet_page_get_child (page));
    }
}

static gboolean
drop_hidden_pages_cb (gpointer data)
{
  RbWindow *self = data;

  self->drop_pages_id = 0;
  if (!adw_leaflet_get_child_transition_running (self->leaflet))
    drop_hidden_pages (self);

  return G_SOURCE_REMOVE;
}

/* Not at once: a transition also stops when a page is pushed during it,
 * and libadwaita 1.2 still uses the page it leaves after telling so. */
static void
leaflet_transition_cb (RbWindow *self)
{
  if (!adw_leaflet_get_child_transition_running (self->leaflet) && self->drop_pages_id == 0)
    self->drop_pages_id = g_idle_add (drop_hidden_pages_cb, self);
}

/* A dialog whose body may be long (one line per problem, or an error
 * quoting a file): it scrolls instead of growing past the screen. The
 * text is plain, never markup. */
static void
present_details (RbWindow   *self,
                 const char *heading,
                 const char *text)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, NULL);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_yalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "body");
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), label);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 320);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scrolled);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_problems_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  RbWindow *self = RB_WINDOW (widget);
  GPtrArray *problems = rb_library_get_problems (self->library);
  g_autoptr(GString) body = g_string_new (NULL);

  for (guint i = 0; i < problems->len; i++)
    g_string_append_printf (body, "%s%s", i > 0 ? "\n\n" : "",
                            ((GError *) g_ptr_array_index (problems, i))->message);

  present_details (self, _("Files Skipped"), body->str);
}

static void
show_details_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  const char *heading, *text;

  g_variant_get (parameter, "(&s&s)", &heading, &text);
  present_details (RB_WINDOW (widget), heading, text);
}

/**
 * rb_window_report:
 * @self: a #RbWindow
 * @message: what happened, in a few plain words (not markup)
 * @details: (nullable): what it means and the technical reason, offered
 *   under "Details" (plain text)
 *
 * Tells the user about a problem in a toast that stays until dismissed.
 */
void
rb_window_report (RbWindow   *self,
                  const char *message,
                  const char *details)
{
  g_autofree char *escaped = NULL;
  AdwToast *toast;

  g_return_if_fail (RB_IS_WINDOW (self));
  g_return_if_fail (message != NULL);

  escaped = g_markup_escape_text (message, -1);
  toast = adw_toast_new (escaped);
  adw_toast_set_timeout (toast, 0);
  if (details != NULL)
    {
      adw_toast_set_button_label (toast, _("_Details"));
      adw_toast_set_action_name (toast, "win.show-details");
      adw_toast_set_action_target_value (toast, g_variant_new ("(ss)", message, details));
    }
  rb_window_add_toast (self, toast);
}

static void
library_loaded_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(RbWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  GPtrArray *problems;
  AdwToast *toast;

  if (!rb_library_load_finish (RB_LIBRARY (object), result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;

      /* The views' gates show the library's error. */
      return;
    }

  if (self->pending_program != NULL)
    {
      g_autofree char *program = g_steal_pointer (&self->pending_program);

      rb_window_start_session (self, program, self->pending_session);
    }

  problems = rb_library_get_problems (RB_LIBRARY (object));
  if (problems->len == 0)
    return;

  toast = adw_toast_new_format (g_dngettext (GETTEXT_PACKAGE,
                                             "%u of your files could not be loaded",
                                             "%u of your files could not be loaded",
                                             problems->len),
                                problems->len);
  adw_toast_set_button_label (toast, _("_Details"));
  adw_toast_set_action_name (toast, "win.show-problems");
  adw_toast_set_timeout (toast, 0);
  rb_window_add_toast (self, toast);
}

/* The library is read on first need, never before the first frame. */
static void
ensure_library (RbWindow *self)
{
  g_autofree char *user_dir = NULL;

  if (rb_library_is_loaded (self->library) || rb_library_is_loading (self->library))
    return;

  user_dir = rb_library_dup_default_user_dir ();
  rb_library_load_async (self->library, user_dir, self->cancellable,
                         library_loaded_cb, g_object_ref (self));
}

static void
recorder_failed_cb (RbWindow          *self,
                    const GError      *error,
                    RbSessionRecorder *recorder)
{
  /* Once per session: the mark is tried again at every step. */
  if (g_object_get_data (G_OBJECT (recorder), "rb-reported") != NULL)
    return;

  g_autofree char *details = NULL;

  g_object_set_data (G_OBJECT (recorder), "rb-reported", GINT_TO_POINTER (TRUE));
  /* Translators: %s is the technical reason */
  details = g_strdup_printf (_("Runback writes down how far you are at every step, so that a session "
                               "cut short can be resumed. It cannot now: if Runback or the computer "
                               "stops, this session is lost. Saving it at the end still works if "
                               "the problem goes away.\n\nReason: %s"), error->message);
  rb_window_report (self, _("This session is not protected against a crash"), details);
}

static void
journal_unsaved_cb (RbWindow *self)
{
  if (rb_journal_has_unsaved (self->journal) || !self->save_failed)
    return;

  self->save_failed = FALSE;
  rb_window_add_toast (self, adw_toast_new (_("Your session is now saved to your journal")));
}

/**
 * rb_window_report_save:
 * @self: a #RbWindow
 * @error: (nullable): why the journal could not be saved, or %NULL when
 *   it was
 *
 * Tells the user whether a session was saved. What could not be saved is
 * kept and tried again; the user is told when it finally is.
 */
void
rb_window_report_save (RbWindow     *self,
                       const GError *error)
{
  g_return_if_fail (RB_IS_WINDOW (self));

  if (error == NULL)
    {
      rb_window_add_toast (self, adw_toast_new (_("Saved to your journal")));
      return;
    }

  g_autofree char *details = NULL;

  self->save_failed = TRUE;
  /* Translators: %s is the technical reason */
  details = g_strdup_printf (_("Runback keeps what you recorded and tries again every half "
                               "minute. It asks before quitting while anything is not saved.\n\n"
                               "Reason: %s"), error->message);
  /* A session, a run, a check-in or an edit: whichever the journal holds. */
  rb_window_report (self, _("Journal not saved yet"), details);
}

/* Tells what became of a file that could not be read: @kept_aside is
 * where it was moved, or NULL when it stays where it is. */
static void
report_unreadable (RbWindow     *self,
                   const char   *path,
                   const char   *kept_aside,
                   const GError *error,
                   gboolean      is_journal)
{
  g_autofree char *name = kept_aside != NULL ? g_path_get_basename (kept_aside) : NULL;
  g_autofree char *message = NULL;
  g_autofree char *details = NULL;

  if (kept_aside != NULL)
    {
      /* Translators: %s is a file name */
      message = is_journal ? g_strdup_printf (_("Journal unreadable: kept as “%s”"), name)
                           : g_strdup_printf (_("Unfinished session unreadable: kept as “%s”"), name);
      /* Translators: the first two %s are file paths, the last the technical reason */
      details = g_strdup_printf (_("Runback could not read %s, so it renamed it to %s, "
                                   "unchanged, and carries on without it.\n\nReason: %s"),
                                 path, kept_aside, error->message);
    }
  else
    {
      message = g_strdup (is_journal ? _("Journal unreadable: left unchanged")
                                     : _("Unfinished session unreadable: left unchanged"));
      /* Translators: the first %s is a file path, the second the technical reason */
      details = g_strdup_printf (_("Runback could not open %s. It leaves the file as it is "
                                   "and does not write over it.\n\nReason: %s"),
                                 path, error->message);
    }

  rb_window_report (self, message, details);
}

/* Tells what loading the journal found, in plain words. */
static void
report_journal_load (RbWindow *self)
{
  const GError *error = rb_journal_get_load_error (self->journal);

  if (rb_journal_is_read_only (self->journal))
    {
      g_autofree char *details = NULL;

      /* Translators: the %s are file paths */
      details = g_strdup_printf (_("%s was written by a newer version of Runback. This version "
                                   "shows what it understands and never changes the file. "
                                   "Sessions you do now are saved in %s, and join the journal "
                                   "when it can be written again."),
                                 rb_journal_get_path (self->journal),
                                 rb_journal_get_pending_path (self->journal));
      rb_window_report (self, _("Journal from a newer Runback: read-only"), details);
    }

  if (error != NULL)
    report_unreadable (self, rb_journal_get_path (self->journal),
                       rb_journal_get_kept_aside (self->journal), error, TRUE);
}

/* Once the journal is read: tell what went wrong, then look for a
 * session left unfinished. */
static void
journal_loaded_cb (RbWindow *self)
{
  GtkApplication *app;

  if (!rb_journal_is_loaded (self->journal))
    return;

  g_signal_handlers_disconnect_by_func (self->journal, journal_loaded_cb, self);
  report_journal_load (self);

  /* Most starts end here, without reading the library. A mark written
   * by a session played now (--start, or a quick click) is that
   * session's own, not one left unfinished. */
  app = gtk_window_get_application (GTK_WINDOW (self));
  if (app == NULL || rb_application_has_session_in_progress (RB_APPLICATION (app)) ||
      !g_file_test (rb_journal_get_marker_path (self->journal), G_FILE_TEST_EXISTS))
    return;

  if (rb_library_is_loaded (self->library))
    offer_resume (self);
  else
    {
      g_signal_connect_object (self->library, "notify::loaded", G_CALLBACK (resume_check_loaded_cb),
                               self, G_CONNECT_SWAPPED);
      ensure_library (self);
    }
}

/* Sessions run on the clock given at construction (tests pass a fake
 * one), or else on the application's. */
static RbClock *
get_clock (RbWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (self->clock == NULL && app != NULL)
    self->clock = g_object_ref (rb_application_get_clock (RB_APPLICATION (app)));

  return self->clock;
}

/* The journal is the application's, shared by every window; the first
 * call starts reading it in a worker thread. */
static RbJournal *
get_journal (RbWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (self->journal != NULL || app == NULL)
    return self->journal;

  self->journal = g_object_ref (rb_application_get_journal (RB_APPLICATION (app)));
  g_signal_connect_object (self->journal, "notify::unsaved", G_CALLBACK (journal_unsaved_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->journal, "notify::loaded", G_CALLBACK (journal_loaded_cb),
                           self, G_CONNECT_SWAPPED);

  return self->journal;
}

static void
player_finished_cb (RbWindow        *self,
                    RbPlayerOutcome  outcome,
                    const GError    *error)
{
  if (outcome == RB_PLAYER_OUTCOME_DISCARDED && error != NULL)
    rb_window_report (self, _("The session is discarded, but Runback may offer it again at the next start"),
                      error->message);
  else if (outcome != RB_PLAYER_OUTCOME_DISCARDED)
    rb_window_report_save (self, outcome == RB_PLAYER_OUTCOME_SAVE_FAILED ? error : NULL);

  rb_window_pop_page (self);
}

static void
push_player (RbWindow    *self,
             RbSession   *session,
             gboolean     ask_pain,
             const char  *plan_id,
             const GDate *planned_date)
{
  g_autoptr(RbSessionRecorder) recorder = rb_session_recorder_new (session, get_journal (self));
  GtkWidget *player;

  if (plan_id != NULL && planned_date != NULL)
    rb_session_recorder_set_plan (recorder, plan_id, planned_date);
  player = rb_player_new (recorder, self->library, ask_pain);

  g_signal_connect_object (recorder, "failed", G_CALLBACK (recorder_failed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (player, "finished", G_CALLBACK (player_finished_cb), self, G_CONNECT_SWAPPED);
  rb_window_push_page (self, player);
}

/**
 * rb_window_has_session_in_progress:
 * @self: a #RbWindow
 *
 * Returns: whether a player holds a session that is neither saved nor
 *   discarded, which closing the window would leave unsaved
 */
gboolean
rb_window_has_session_in_progress (RbWindow *self)
{
  g_autoptr(GListModel) pages = NULL;

  g_return_val_if_fail (RB_IS_WINDOW (self), FALSE);

  pages = G_LIST_MODEL (adw_leaflet_get_pages (self->leaflet));
  for (guint i = 0; i < g_list_model_get_n_items (pages); i++)
    {
      g_autoptr(AdwLeafletPage) page = g_list_model_get_item (pages, i);
      GtkWidget *child = adw_leaflet_page_get_child (page);

      if (RB_IS_PLAYER (child) && rb_player_get_in_progress (RB_PLAYER (child)))
        return TRUE;
    }

  return FALSE;
}

static void
start_session_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  const char *program;
  guint32 index;

  g_variant_get (parameter, "(&su)", &program, &index);
  rb_window_start_session (RB_WINDOW (widget), program, index);
}

static void
resume_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    RbWindow         *self)
{
  RbJournalEntry *entry = g_object_get_data (G_OBJECT (dialog), "entry");
  guint step = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dialog), "step"));
  g_autoptr(GError) error = NULL;

  if (g_str_equal (response, "resume"))
    {
      RbProgram *program = rb_library_lookup_program (self->library, rb_journal_entry_get_program_id (entry));
      g_autoptr(RbSession) session = rb_session_entry_resume (entry, step, program, get_clock (self));

      if (session != NULL)
        {
          push_player (self, session, FALSE, rb_journal_entry_get_plan_id (entry),
                       rb_journal_entry_get_planned_date (entry));
          return;
        }
      /* The program changed since: keep what was done. */
      response = "log";
    }

  if (g_str_equal (response, "log"))
    {
      rb_journal_append (self->journal, entry);
      if (!rb_journal_save (self->journal, &error))
        {
          /* The mark stays until the entry is saved. */
          rb_window_report_save (self, error);
          return;
        }
      rb_window_add_toast (self, adw_toast_new (_("Logged as a partial session")));
    }

  rb_journal_clear_marker (self->journal, NULL);
}

static void
report_marker_error (RbWindow     *self,
                     const GError *error)
{
  if (error != NULL)
    report_unreadable (self, rb_journal_get_marker_path (self->journal),
                       rb_journal_get_marker_kept_aside (self->journal), error, FALSE);
}

/* A session cut short by closing or a crash is offered for resuming, or
 * for logging as partial.
 */
static void
offer_resume (RbWindow *self)
{
  g_autoptr(RbJournalEntry) entry = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;
  guint step = 0;

  entry = rb_journal_read_marker (self->journal, &step, &error);
  if (entry == NULL)
    {
      report_marker_error (self, error);
      return;
    }

  /* Translators: %s is a session's title, e.g. “Stretching” */
  body = g_strdup_printf (_("“%s” was not finished. You can carry on where you stopped, "
                            "or log what you did as a partial session."),
                          rb_journal_entry_get_title (entry));
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Finish Your Last Session?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "discard", _("_Discard"),
                                    "log", _("_Log as Partial"),
                                    "resume", _("_Resume"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "resume", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "resume");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "log");
  g_object_set_data_full (G_OBJECT (dialog), "entry", g_steal_pointer (&entry), g_object_unref);
  g_object_set_data (G_OBJECT (dialog), "step", GUINT_TO_POINTER (step));
  g_signal_connect_object (dialog, "response", G_CALLBACK (resume_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
resume_check_loaded_cb (RbWindow *self)
{
  if (rb_library_is_loaded (self->library))
    {
      g_signal_handlers_disconnect_by_func (self->library, resume_check_loaded_cb, self);
      offer_resume (self);
    }
}

/* Today needs the programs of the plans followed. */
static void
plans_changed_cb (RbWindow *self)
{
  RbApplication *app = RB_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
  RbPlanStore *store = rb_application_get_plan_store (app);

  if (g_list_model_get_n_items (rb_plan_store_get_plans (store)) > 0)
    ensure_library (self);
}

/* Red flags are about what to do next: on Today and Progress. */
static void
allow_red_flags (RbWindow *self)
{
  const char *name = adw_view_stack_get_visible_child_name (self->stack);

  if (self->red_flag_banner != NULL)
    rb_red_flag_banner_set_allowed (self->red_flag_banner,
                                    g_strcmp0 (name, "today") == 0 || g_strcmp0 (name, "progress") == 0);
}

/* The plans are read with the journal, after the first frame, and shown
 * on Today. */
static void
watch_plans (RbWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  RbPlanStore *store;

  /* Closed already. */
  if (app == NULL)
    return;

  store = rb_application_get_plan_store (RB_APPLICATION (app));
  g_signal_connect_object (rb_plan_store_get_plans (store), "items-changed",
                           G_CALLBACK (plans_changed_cb), self, G_CONNECT_SWAPPED);
  plans_changed_cb (self);
  rb_today_view_set_sources (self->today_view, self->library, self->journal, store, get_clock (self));
  if (self->progress_view != NULL)
    rb_progress_view_set_sources (self->progress_view, self->library, self->journal, store, get_clock (self));
  self->red_flag_banner = RB_RED_FLAG_BANNER (rb_red_flag_banner_new ());
  adw_bin_set_child (self->red_flag_bin, GTK_WIDGET (self->red_flag_banner));
  rb_red_flag_banner_set_sources (self->red_flag_banner, self->journal, get_clock (self));
  allow_red_flags (self);
}

/* After the first frame: read the journal, and look for a session left
 * unfinished. */
static gboolean
check_unfinished_cb (gpointer data)
{
  RbWindow *self = data;

  if (get_journal (self) != NULL)
    {
      watch_plans (self);
      journal_loaded_cb (self);
    }

  return G_SOURCE_REMOVE;
}

static void give_calendar_sources (RbWindow *self);

/* Builds the view of the page @name the first time it is shown, and
 * gives it what it shows. */
static void
build_view (RbWindow   *self,
            const char *name)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (g_strcmp0 (name, "calendar") == 0 && self->calendar_view == NULL)
    {
      self->calendar_view = g_object_new (RB_TYPE_CALENDAR_VIEW, NULL);
      adw_bin_set_child (self->calendar_page, GTK_WIDGET (self->calendar_view));
      give_calendar_sources (self);
    }
  else if (g_strcmp0 (name, "programs") == 0 && self->programs_view == NULL)
    {
      self->programs_view = g_object_new (RB_TYPE_PROGRAMS_VIEW, NULL);
      adw_bin_set_child (self->programs_page, GTK_WIDGET (self->programs_view));
      rb_programs_view_set_library (self->programs_view, self->library);
    }
  else if (g_strcmp0 (name, "learn") == 0 && self->learn_view == NULL)
    {
      self->learn_view = g_object_new (RB_TYPE_LEARN_VIEW, NULL);
      adw_bin_set_child (self->learn_page, GTK_WIDGET (self->learn_view));
      rb_learn_view_set_library (self->learn_view, self->library);
    }
  else if (g_strcmp0 (name, "progress") == 0 && self->progress_view == NULL)
    {
      self->progress_view = g_object_new (RB_TYPE_PROGRESS_VIEW, NULL);
      adw_bin_set_child (self->progress_page, GTK_WIDGET (self->progress_view));
      /* Its sources come with Today's, once the journal is asked for. */
      if (RB_IS_APPLICATION (app) && self->journal != NULL)
        rb_progress_view_set_sources (self->progress_view, self->library, self->journal,
                                      rb_application_get_plan_store (RB_APPLICATION (app)), get_clock (self));
    }
}

static void
view_changed_cb (RbWindow *self)
{
  const char *name = adw_view_stack_get_visible_child_name (self->stack);

  build_view (self, name);
  allow_red_flags (self);
  if (self->library != NULL &&
      (g_strcmp0 (name, "programs") == 0 || g_strcmp0 (name, "learn") == 0 ||
       g_strcmp0 (name, "calendar") == 0))
    ensure_library (self);
}

static RbPlanStore *
get_plan_store (RbWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  return app != NULL ? rb_application_get_plan_store (RB_APPLICATION (app)) : NULL;
}

/* win.follow-program: asks from when and on which days. */
static void
follow_program_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  RbWindow *self = RB_WINDOW (widget);
  RbProgram *program = rb_library_lookup_program (self->library, g_variant_get_string (parameter, NULL));
  RbPlanStore *store = get_plan_store (self);
  RbFollowDialog *dialog;
  GDate today;

  if (program == NULL || store == NULL)
    return;

  if (!rb_plan_store_is_loaded (store) || rb_plan_store_is_read_only (store))
    {
      rb_window_report (self, _("Your plans cannot be changed now"),
                        rb_plan_store_is_read_only (store)
                        ? _("Your plans were saved by a newer version of Runback, which this one does not change.")
                        : _("Your plans are still being read. Try again in a moment."));
      return;
    }

  rb_clock_get_today (get_clock (self), &today);
  dialog = rb_follow_dialog_new (GTK_WINDOW (self), program, store, &today);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* win.show-plan: the plan's page, to see and change it. */
static void
show_plan_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  RbWindow *self = RB_WINDOW (widget);
  RbPlanStore *store = get_plan_store (self);
  RbPlan *plan = store != NULL ? rb_plan_store_lookup (store, g_variant_get_string (parameter, NULL)) : NULL;
  RbProgram *program = plan != NULL ? rb_library_lookup_program (self->library, rb_plan_get_program_id (plan))
                                    : NULL;

  if (program == NULL || get_journal (self) == NULL)
    {
      rb_window_report (self, _("This plan is no longer there"), NULL);
      return;
    }

  rb_window_push_page (self, rb_plan_page_new (plan, program, self->journal, get_clock (self)));
}

static void
print_calendar_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  RbWindow *self = RB_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  build_view (self, "calendar");
  if (!rb_calendar_view_print (self->calendar_view, NULL, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    rb_window_report (self, _("The month could not be printed"), error->message);
}

static void
show_view_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  rb_window_show_view (RB_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

/* Pages are opened by id through win.show-program, win.show-exercise and
 * win.show-article, so that rows, links and buttons only name what to
 * show; the window decides how. */
static void
show_document_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  RbWindow *self = RB_WINDOW (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  GtkWidget *page = NULL;

  if (g_str_equal (action_name, "win.show-program"))
    {
      RbProgram *program = rb_library_lookup_program (self->library, id);

      if (program != NULL)
        page = get_plan_store (self) != NULL
             ? rb_program_page_new_with_plans (program, get_plan_store (self), get_clock (self))
             : rb_program_page_new (program);
    }
  else if (g_str_equal (action_name, "win.show-exercise"))
    {
      RbExercise *exercise = rb_library_lookup_exercise (self->library, id);

      if (exercise != NULL)
        page = rb_exercise_page_new (exercise);
    }
  else
    {
      RbLearnPage *learn_page = rb_library_lookup_learn_page (self->library, id);

      if (learn_page != NULL)
        page = rb_learn_article_new (learn_page, self->library);
    }

  if (page == NULL)
    {
      g_autofree char *message = NULL;

      /* Translators: %s is the id of a program, exercise or page */
      message = g_strdup_printf (_("Nothing called “%s” was found"), id);
      rb_window_report (self, message, NULL);
      return;
    }

  rb_window_push_page (self, page);
}

/* win.new-program: an empty program to write. */
static void
new_program_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  RbWindow *self = RB_WINDOW (widget);
  g_autofree char *id = NULL;
  g_autoptr(RbProgramBuilder) builder = NULL;

  if (!rb_library_is_loaded (self->library))
    {
      ensure_library (self);
      rb_window_report (self, _("The programs are still being read. Try again in a moment."), NULL);
      return;
    }

  id = rb_library_dup_unused_program_id (self->library, "my-program");
  builder = rb_program_builder_new (id);
  rb_window_push_page (self, rb_program_editor_new (self->library, builder, FALSE));
}

/* win.edit-program: the user's own program is edited in place; a bundled
 * one as a copy with an id of its own, such as knee-strength-copy. */
static void
edit_program_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  RbWindow *self = RB_WINDOW (widget);
  RbProgram *program = rb_library_lookup_program (self->library, g_variant_get_string (parameter, NULL));
  g_autoptr(RbProgramBuilder) builder = NULL;
  g_autofree char *id = NULL;

  if (program == NULL)
    return;

  if (rb_program_is_bundled (program))
    {
      g_autofree char *base = g_strconcat (rb_program_get_id (program), "-copy", NULL);

      id = rb_library_dup_unused_program_id (self->library, base);
    }

  builder = rb_program_builder_new_from_program (program, id);
  rb_window_push_page (self, rb_program_editor_new (self->library, builder, id == NULL));
}

/* win.export-program: writes a program to a file of the user's choice. */
static void
export_program_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  RbWindow *self = RB_WINDOW (widget);

  rb_program_sharing_export (self, self->library, g_variant_get_string (parameter, NULL));
}

/* win.import-program: adds a program from a file, once checked. */
static void
import_program_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  RbWindow *self = RB_WINDOW (widget);

  ensure_library (self);
  rb_program_sharing_choose_import (self, self->library);
}

/**
 * rb_window_import_program:
 * @self: a #RbWindow
 * @file: a program's file, e.g. one opened with the app
 *
 * Imports @file once the library is loaded: a bad file is reported and
 * adds nothing.
 */
void
rb_window_import_program (RbWindow *self,
                          GFile    *file)
{
  g_return_if_fail (RB_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  ensure_library (self);
  rb_program_sharing_import (self, self->library, file);
}

/* win.show-help-overlay: the shortcuts window, built the first time it
 * is asked for. GtkApplication would build it with every window, before
 * its first frame, from gtk/help-overlay.ui; the resource has another
 * name for that reason. The window's own action, added with the
 * overlay, is never reached: class actions come first. */
static void
show_help_overlay_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (widget);

  if (gtk_application_window_get_help_overlay (window) == NULL)
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource ("/io/github/runback/Runback/rb-help-overlay.ui");

      gtk_application_window_set_help_overlay (window,
                                               GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay")));
    }

  gtk_window_present (GTK_WINDOW (gtk_application_window_get_help_overlay (window)));
}

/* The switcher at the bottom shows only when the window is too narrow
 * for the one in the header bar, which is the first frame's. It gets its
 * buttons, one per view, when it is first revealed; the title tells in
 * its allocation, before the bar is laid out. */
static void
switcher_title_visible_cb (RbWindow *self)
{
  if (adw_view_switcher_title_get_title_visible (self->switcher_title) &&
      adw_view_switcher_bar_get_stack (self->switcher_bar) == NULL)
    adw_view_switcher_bar_set_stack (self->switcher_bar, self->stack);
}

/* The primary menu's popover is made the first time it opens, not with
 * the window: GtkPopoverMenu builds every item of its model at once. */
static void
create_primary_menu_cb (GtkMenuButton *button,
                        gpointer       user_data)
{
  RbWindow *self = user_data;

  if (gtk_menu_button_get_popover (button) == NULL)
    gtk_menu_button_set_menu_model (button, self->primary_menu);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RbWindow *self = RB_WINDOW (widget);
  GtkWidget *visible = adw_leaflet_get_visible_child (self->leaflet);

  /* Going back from a session under way means stopping it, which asks. */
  if (RB_IS_PLAYER (visible) &&
      rb_session_get_state (rb_player_get_session (RB_PLAYER (visible))) != RB_SESSION_STATE_FINISHED)
    gtk_widget_activate_action (visible, "player.stop", NULL);
  else
    rb_window_pop_page (self);
}

static void
close_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   RbWindow         *self)
{
  if (g_str_equal (response, "close"))
    gtk_window_destroy (GTK_WINDOW (self));
}

static gboolean
rb_window_close_request (GtkWindow *window)
{
  RbWindow *self = RB_WINDOW (window);
  GtkApplication *app = gtk_window_get_application (window);
  gboolean in_session = rb_window_has_session_in_progress (self);
  GtkWidget *dialog;

  save_window_state (self);

  /* Closing the last window quits: ask first if anything is unsaved. */
  if (app != NULL && g_list_length (gtk_application_get_windows (app)) == 1 &&
      (in_session ||
       (self->journal != NULL && rb_journal_has_unsaved (self->journal) &&
        !rb_application_save_journal (RB_APPLICATION (app)))))
    {
      rb_application_confirm_quit (RB_APPLICATION (app), window);
      return TRUE;
    }

  if (!in_session)
    return GTK_WINDOW_CLASS (rb_window_parent_class)->close_request (window);

  dialog = adw_message_dialog_new (window, _("Close During the Session?"),
                                   _("The session is not in your journal yet. The next time Runback "
                                     "starts, it offers to resume the session or to log what you did."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "close", _("C_lose"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "close", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (close_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));

  return TRUE;
}

/* The calendar shows the application's plans, on the window's clock.
 * GObject sets the window's application after constructed(). */
static void
give_calendar_sources (RbWindow *self)
{
  GApplication *app = G_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));

  if (!RB_IS_APPLICATION (app) || self->library == NULL || self->calendar_view == NULL)
    return;

  rb_calendar_view_set_sources (self->calendar_view,
                                rb_application_get_plan_store (RB_APPLICATION (app)),
                                self->library,
                                rb_application_get_journal (RB_APPLICATION (app)),
                                get_clock (self));
}

/* What the first frame does not show waits until it is painted. */
static gboolean
after_first_frame_cb (gpointer data)
{
  RbWindow *self = data;

  self->first_frame_id = 0;

  /* The icon X11 window managers show is drawn from the app's SVG icon,
   * with librsvg loaded for it. Windows made from now on, dialogs among
   * them, take the default; this one was realized without. */
  gtk_window_set_default_icon_name (APP_ID);
  gtk_window_set_icon_name (GTK_WINDOW (self), APP_ID);

  return G_SOURCE_REMOVE;
}

static void
first_frame_painted_cb (RbWindow      *self,
                        GdkFrameClock *clock)
{
  g_signal_handlers_disconnect_by_func (clock, first_frame_painted_cb, self);
  if (self->first_frame_id == 0)
    self->first_frame_id = g_idle_add (after_first_frame_cb, self);
}

static void
rb_window_realize (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (rb_window_parent_class)->realize (widget);

  g_signal_connect_object (gtk_widget_get_frame_clock (widget), "after-paint",
                           G_CALLBACK (first_frame_painted_cb), widget, G_CONNECT_SWAPPED);
}

static void
rb_window_constructed (GObject *object)
{
  RbWindow *self = RB_WINDOW (object);

  G_OBJECT_CLASS (rb_window_parent_class)->constructed (object);

  view_changed_cb (self);


  /* Not G_PRIORITY_LOW: an animation that takes a whole frame to draw on
   * a slow machine would keep it from ever running. */
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, check_unfinished_cb, g_object_ref (self), g_object_unref);
}

static void
rb_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  RbWindow *self = RB_WINDOW (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      g_value_set_object (value, self->library);
      break;
    case PROP_CLOCK:
      g_value_set_object (value, self->clock);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rb_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  RbWindow *self = RB_WINDOW (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      self->library = g_value_dup_object (value);
      break;
    case PROP_CLOCK:
      self->clock = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rb_window_dispose (GObject *object)
{
  RbWindow *self = RB_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->drop_pages_id, g_source_remove);
  g_clear_handle_id (&self->first_frame_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), RB_TYPE_WINDOW);

  G_OBJECT_CLASS (rb_window_parent_class)->dispose (object);
}

static void
rb_window_finalize (GObject *object)
{
  RbWindow *self = RB_WINDOW (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->library);
  g_clear_object (&self->clock);
  g_clear_object (&self->journal);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->pending_program, g_free);
  g_clear_pointer (&self->pending_planned, g_variant_unref);

  G_OBJECT_CLASS (rb_window_parent_class)->finalize (object);
}

static void
rb_window_class_init (RbWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = rb_window_constructed;
  object_class->get_property = rb_window_get_property;
  object_class->set_property = rb_window_set_property;
  object_class->dispose = rb_window_dispose;
  object_class->finalize = rb_window_finalize;
  widget_class->realize = rb_window_realize;
  window_class->close_request = rb_window_close_request;

  properties[PROP_LIBRARY] =
    g_param_spec_object ("library", NULL, NULL, RB_TYPE_LIBRARY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CLOCK] =
    g_param_spec_object ("clock", NULL, NULL, RB_TYPE_CLOCK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (RB_TYPE_TODAY_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/runback/Runback/rb-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RbWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, RbWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, RbWindow, main_box);
  gtk_widget_class_bind_template_child (widget_class, RbWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, RbWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, RbWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, RbWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, RbWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, RbWindow, calendar_page);
  gtk_widget_class_bind_template_child (widget_class, RbWindow, programs_page);
  gtk_widget_class_bind_template_child (widget_class, RbWindow, learn_page);
  gtk_widget_class_bind_template_child (widget_class, RbWindow, today_view);
  gtk_widget_class_bind_template_child (widget_class, RbWindow, progress_page);
  gtk_widget_class_bind_template_child (widget_class, RbWindow, red_flag_bin);
  gtk_widget_class_bind_template_callback (widget_class, leaflet_transition_cb);
  gtk_widget_class_bind_template_callback (widget_class, view_changed_cb);

  gtk_widget_class_install_action (widget_class, "win.show-view", "s", show_view_action);
  gtk_widget_class_install_action (widget_class, "win.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "win.show-program", "s", show_document_action);
  gtk_widget_class_install_action (widget_class, "win.show-exercise", "s", show_document_action);
  gtk_widget_class_install_action (widget_class, "win.show-article", "s", show_document_action);
  gtk_widget_class_install_action (widget_class, "win.show-problems", NULL, show_problems_action);
  gtk_widget_class_install_action (widget_class, "win.show-details", "(ss)", show_details_action);
  gtk_widget_class_install_action (widget_class, "win.start-session", "(su)", start_session_action);
  gtk_widget_class_install_action (widget_class, "win.start-planned", "(sss)", start_planned_action);
  gtk_widget_class_install_action (widget_class, "win.log-run", NULL, log_run_action);
  gtk_widget_class_install_action (widget_class, "win.export-calendar", "s", export_calendar_action);
  gtk_widget_class_install_action (widget_class, "win.print-calendar", NULL, print_calendar_action);
  gtk_widget_class_install_action (widget_class, "win.follow-program", "s", follow_program_action);
  gtk_widget_class_install_action (widget_class, "win.show-plan", "s", show_plan_action);
  gtk_widget_class_install_action (widget_class, "win.print-handout", "s", handout_action);
  gtk_widget_class_install_action (widget_class, "win.export-handout", "s", handout_action);
  gtk_widget_class_install_action (widget_class, "win.export-program", "s", export_program_action);
  gtk_widget_class_install_action (widget_class, "win.new-program", NULL, new_program_action);
  gtk_widget_class_install_action (widget_class, "win.edit-program", "s", edit_program_action);
  gtk_widget_class_install_action (widget_class, "win.import-program", NULL, import_program_action);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL, show_help_overlay_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "win.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Back, 0, "win.back", NULL);

  /* Alt+1…5 switch between the main views, in the switcher's order. */
  {
    static const char * const views[] = { "today", "calendar", "programs", "progress", "learn" };

    for (guint i = 0; i < G_N_ELEMENTS (views); i++)
      gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK,
                                           "win.show-view", "s", views[i]);
  }
}

static void
rb_window_init (RbWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  rb_a11y_name_buttons_by_text (GTK_WIDGET (self));
  gtk_menu_button_set_create_popup_func (self->primary_menu_button, create_primary_menu_cb, self, NULL);
  g_signal_connect_object (self->switcher_title, "notify::title-visible",
                           G_CALLBACK (switcher_title_visible_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "notify::application", G_CALLBACK (give_calendar_sources), NULL);

  self->cancellable = g_cancellable_new ();
  self->settings = g_settings_new (BASE_ID);
  restore_window_state (self);

  if (g_strcmp0 (PROFILE, "development") == 0)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
}

RbWindow *
rb_window_new (RbApplication *application,
               RbLibrary     *library)
{
  g_return_val_if_fail (RB_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (RB_IS_LIBRARY (library), NULL);

  return g_object_new (RB_TYPE_WINDOW,
                       "application", application,
                       "library", library,
                       NULL);
}

/**
 * rb_window_show_view:
 * @self: a #RbWindow
 * @name: the name of a main view: "today", "calendar", "programs",
 *   "progress" or "learn"
 *
 * Returns to the main views, dropping any pushed pages, and shows @name.
 */
void
rb_window_show_view (RbWindow   *self,
                     const char *name)
{
  g_return_if_fail (RB_IS_WINDOW (self));
  g_return_if_fail (name != NULL);

  if (adw_view_stack_get_child_by_name (self->stack, name) == NULL)
    {
      g_warning ("No view named “%s”", name);
      return;
    }

  adw_leaflet_set_visible_child (self->leaflet, self->main_box);
  adw_view_stack_set_visible_child_name (self->stack, name);
}

/**
 * rb_window_push_page:
 * @self: a #RbWindow
 * @page: (transfer floating): a page with its own header bar
 *
 * Slides @page in over the current page. The page offers a way back
 * with the `win.back` action (Alt+Left works too).
 */
void
rb_window_push_page (RbWindow  *self,
                     GtkWidget *page)
{
  g_return_if_fail (RB_IS_WINDOW (self));
  g_return_if_fail (GTK_IS_WIDGET (page));

  /* Back from a page pushed now goes to the page shown now, even when
   * the pages left a moment ago are not dropped yet. */
  drop_hidden_pages (self);
  adw_leaflet_append (self->leaflet, page);
  adw_leaflet_set_visible_child (self->leaflet, page);
}

/**
 * rb_window_pop_page:
 * @self: a #RbWindow
 *
 * Goes back one page; does nothing on the main views.
 */
void
rb_window_pop_page (RbWindow *self)
{
  g_autoptr(GListModel) pages = NULL;
  g_autoptr(AdwLeafletPage) previous = NULL;
  guint visible;

  g_return_if_fail (RB_IS_WINDOW (self));

  visible = get_visible_position (self, &pages);
  if (visible == 0)
    return;

  previous = g_list_model_get_item (pages, visible - 1);
  adw_leaflet_set_visible_child (self->leaflet, adw_leaflet_page_get_child (previous));
}

/**
 * rb_window_add_toast:
 * @self: a #RbWindow
 * @toast: (transfer full): the toast
 *
 * Shows @toast. Its title is parsed as markup, so text from files must be
 * escaped first.
 */
void
rb_window_add_toast (RbWindow *self,
                     AdwToast *toast)
{
  g_return_if_fail (RB_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/**
 * rb_window_start_session:
 * @self: a #RbWindow
 * @program_id: a program id
 * @session_index: a session of the program, counted across phases from 0
 *
 * Opens the player on that session, once the library is loaded.
 */
void
rb_window_start_session (RbWindow   *self,
                         const char *program_id,
                         guint       session_index)
{
  g_autoptr(RbRoutine) routine = NULL;
  g_autoptr(RbSession) session = NULL;
  RbProgram *program;

  g_return_if_fail (RB_IS_WINDOW (self));
  g_return_if_fail (program_id != NULL);

  if (!rb_library_is_loaded (self->library))
    {
      g_free (self->pending_program);
      self->pending_program = g_strdup (program_id);
      self->pending_session = session_index;
      ensure_library (self);
      return;
    }

  program = rb_library_lookup_program (self->library, program_id);
  if (program == NULL || session_index >= rb_program_get_n_sessions (program))
    {
      g_autofree char *escaped = g_markup_escape_text (program_id, -1);
      AdwToast *toast = program == NULL
                      ? adw_toast_new_format (_("There is no program “%s”"), escaped)
                      : adw_toast_new_format (_("“%s” has no session %u"), escaped, session_index + 1);

      rb_window_add_toast (self, toast);
      return;
    }

  routine = rb_routine_new_for_program_session (program, session_index);
  rb_routine_set_lead_in (routine, g_settings_get_int (self->settings, "lead-in-seconds"));
  session = rb_session_new (routine, get_clock (self));
  push_player (self, session, TRUE, NULL, NULL);
}

/**
 * rb_window_start_planned:
 * @self: a #RbWindow
 * @plan_id: a plan of the application's plan store
 * @session_id: a session of the plan's program
 * @planned_date: the plan's day for it, before any move
 *
 * Opens the player on that occurrence of the plan; the journal entry
 * records it, so that the calendar shows it done. The library and the
 * plans must be loaded.
 */
void
rb_window_start_planned (RbWindow    *self,
                         const char  *plan_id,
                         const char  *session_id,
                         const GDate *planned_date)
{
  RbApplication *app = RB_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
  g_autoptr(RbRoutine) routine = NULL;
  g_autoptr(RbSession) session = NULL;
  RbProgram *program = NULL;
  RbPlan *plan;
  GDate today;
  guint index;

  g_return_if_fail (RB_IS_WINDOW (self));
  g_return_if_fail (plan_id != NULL && session_id != NULL && planned_date != NULL);

  plan = app != NULL ? rb_plan_store_lookup (rb_application_get_plan_store (app), plan_id) : NULL;
  if (plan != NULL)
    program = rb_library_lookup_program (self->library, rb_plan_get_program_id (plan));
  if (program == NULL || rb_program_lookup_session (program, session_id, &index) == NULL)
    {
      rb_window_report (self, _("This session is no longer in its program"), NULL);
      return;
    }

  /* A progression's run is at the stage the journal's runs lead to. */
  rb_clock_get_today (get_clock (self), &today);
  routine = rb_plan_build_routine (plan, program, index,
                                   rb_journal_get_entries (get_journal (self)), &today);
  rb_routine_set_lead_in (routine, g_settings_get_int (self->settings, "lead-in-seconds"));
  session = rb_session_new (routine, get_clock (self));
  push_player (self, session, TRUE, plan_id, planned_date);
}

static void
export_calendar_response_cb (GtkNativeDialog *dialog,
                             int              response,
                             RbWindow        *self)
{
  const char *plan_id = g_object_get_data (G_OBJECT (dialog), "rb-plan-id");
  RbApplication *app = RB_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  RbPlan *plan;
  RbProgram *program = NULL;
  GDate today;

  if (response != GTK_RESPONSE_ACCEPT || app == NULL)
    return;

  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  path = file != NULL ? g_file_get_path (file) : NULL;
  plan = rb_plan_store_lookup (rb_application_get_plan_store (app), plan_id);
  if (plan != NULL)
    program = rb_library_lookup_program (self->library, rb_plan_get_program_id (plan));
  if (path == NULL || program == NULL)
    {
      rb_window_report (self, _("The calendar could not be exported"), NULL);
      return;
    }

  /* From today on: what is past is in the journal, not the calendar. */
  rb_clock_get_today (get_clock (self), &today);
  if (g_date_compare (&today, rb_plan_get_start (plan)) < 0)
    today = *rb_plan_get_start (plan);
  if (!rb_plan_export_ical (plan, program, &today, NULL, path, &error))
    {
      rb_window_report (self, _("The calendar could not be exported"), error->message);
      return;
    }

  rb_window_add_toast (self, adw_toast_new (_("Exported: open the file with your calendar to add the sessions")));
}

/* Writes a plan's upcoming sessions to an .ics file of the user's choice. */
static void
export_calendar_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  RbWindow *self = RB_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  GtkFileChooserNative *dialog;

  dialog = gtk_file_chooser_native_new (_("Export to Calendar"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), NULL);
  gtk_file_filter_set_name (filter, _("iCalendar files"));
  gtk_file_filter_add_mime_type (filter, "text/calendar");
  gtk_file_filter_add_suffix (filter, "ics");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  /* Translators: the name of an exported calendar file; %s is a plan id */
  name = g_strdup_printf (_("%s.ics"), g_variant_get_string (parameter, NULL));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_object_set_data_full (G_OBJECT (dialog), "rb-plan-id",
                          g_variant_dup_string (parameter, NULL), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (export_calendar_response_cb), self, 0);
  /* The dialog frees itself when hidden; keep it until then. */
  g_signal_connect (dialog, "response", G_CALLBACK (g_object_unref), NULL);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

/* Log a Run: a run outside the plans still counts, toward running time
 * (and the progression's 10 % limits) and toward how the knee is doing. */

static GtkWidget *
add_field (GtkGrid    *grid,
           int         row,
           const char *label,
           GtkWidget  *field)
{
  GtkWidget *title = gtk_label_new_with_mnemonic (label);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  /* "Strecke in km (0: keine Angabe)" is too long for a phone. */
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_mnemonic_widget (GTK_LABEL (title), field);
  gtk_grid_attach (grid, title, 0, row, 1, 1);
  gtk_widget_set_hexpand (field, TRUE);
  gtk_grid_attach (grid, field, 1, row, 1, 1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  title, NULL, -1);

  return field;
}

static void
log_run_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     RbWindow         *self)
{
  GtkSpinButton *minutes = g_object_get_data (G_OBJECT (dialog), "rb-minutes");
  GtkSpinButton *distance = g_object_get_data (G_OBJECT (dialog), "rb-distance");
  GtkDropDown *day = g_object_get_data (G_OBJECT (dialog), "rb-day");
  GtkDropDown *pain = g_object_get_data (G_OBJECT (dialog), "rb-pain");
  gboolean miles = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "rb-miles"));
  RbApplication *app = RB_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) started = NULL;
  g_autoptr(RbJournalEntry) entry = NULL;
  double amount;
  int metres = -1;

  if (!g_str_equal (response, "log") || app == NULL || get_journal (self) == NULL)
    return;

  now = rb_clock_dup_now (get_clock (self));
  started = g_date_time_add_days (now, -(int) gtk_drop_down_get_selected (day));
  amount = gtk_spin_button_get_value (distance);
  if (amount > 0)
    metres = (int) (amount * (miles ? 1609.344 : 1000.0) + 0.5);

  entry = rb_journal_entry_new_run (started);
  rb_journal_entry_set_run (entry, -1, gtk_spin_button_get_value_as_int (minutes) * 60, metres);
  /* Position 0 is "Not rated": no value the user did not give. */
  if (gtk_drop_down_get_selected (pain) > 0)
    rb_journal_entry_set_pain_after (entry, (int) gtk_drop_down_get_selected (pain) - 1);
  rb_journal_append (self->journal, entry);

  if (rb_application_save_journal (app))
    rb_window_add_toast (self, adw_toast_new (_("Run logged in your journal")));
  else
    rb_window_report_save (self, rb_journal_get_save_error (self->journal));
}

static void
log_run_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  static const char * const days[] = { N_("Today"), N_("Yesterday"), N_("2 days ago"), N_("3 days ago"),
                                       N_("4 days ago"), N_("5 days ago"), N_("6 days ago"), NULL };
  RbWindow *self = RB_WINDOW (widget);
  g_autoptr(GtkStringList) day_names = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) pains = gtk_string_list_new (NULL);
  g_autofree char *unit = g_settings_get_string (self->settings, "distance-unit");
  gboolean miles = g_strcmp0 (unit, "mi") == 0;
  GtkWidget *dialog, *grid, *minutes, *distance, *day, *pain;

  for (guint i = 0; days[i] != NULL; i++)
    gtk_string_list_append (day_names, _(days[i]));
  gtk_string_list_append (pains, _("Not rated"));
  for (guint i = 0; i <= 10; i++)
    {
      g_autofree char *text = g_strdup_printf ("%u", i);

      gtk_string_list_append (pains, text);
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Log a Run"),
                                   _("For a run outside your plans. It counts toward your running time, "
                                     "which the return to running keeps within its limits, and its "
                                     "pain toward how your knee is doing."));
  grid = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  day = add_field (GTK_GRID (grid), 0, _("_Day"), gtk_drop_down_new (G_LIST_MODEL (g_object_ref (day_names)), NULL));
  minutes = add_field (GTK_GRID (grid), 1, _("_Minutes of running"),
                       gtk_spin_button_new_with_range (1, 300, 1));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (minutes), 20);
  distance = add_field (GTK_GRID (grid), 2, miles ? _("Di_stance in miles (0: not given)")
                                                  : _("Di_stance in km (0: not given)"),
                        gtk_spin_button_new_with_range (0, 100, 0.1));
  pain = add_field (GTK_GRID (grid), 3, _("_Pain after (0–10)"),
                    gtk_drop_down_new (G_LIST_MODEL (g_object_ref (pains)), NULL));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), grid);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "log", _("_Log Run"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "log", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "log");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "rb-minutes", minutes);
  g_object_set_data (G_OBJECT (dialog), "rb-distance", distance);
  g_object_set_data (G_OBJECT (dialog), "rb-day", day);
  g_object_set_data (G_OBJECT (dialog), "rb-pain", pain);
  g_object_set_data (G_OBJECT (dialog), "rb-miles", GINT_TO_POINTER (miles));
  g_signal_connect_object (dialog, "response", G_CALLBACK (log_run_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* What a planned session needs: its plan, its program, and the runs
 * that set a progression's stage. */
static gboolean
planned_sources_loaded (RbWindow *self)
{
  RbPlanStore *store = get_plan_store (self);
  RbJournal *journal = get_journal (self);

  return store == NULL || journal == NULL ||
         (rb_library_is_loaded (self->library) && rb_plan_store_is_loaded (store) &&
          rb_journal_is_loaded (journal));
}

static void
pending_planned_cb (RbWindow *self)
{
  g_autoptr(GVariant) planned = NULL;

  if (self->pending_planned == NULL || !planned_sources_loaded (self))
    return;

  g_signal_handlers_disconnect_by_func (self->library, pending_planned_cb, self);
  g_signal_handlers_disconnect_by_func (get_plan_store (self), pending_planned_cb, self);
  g_signal_handlers_disconnect_by_func (self->journal, pending_planned_cb, self);
  planned = g_steal_pointer (&self->pending_planned);
  gtk_widget_activate_action_variant (GTK_WIDGET (self), "win.start-planned", planned);
}

static void
start_planned_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  RbWindow *self = RB_WINDOW (widget);
  const char *plan_id, *session_id, *date_text;
  GDate date;

  g_variant_get (parameter, "(&s&s&s)", &plan_id, &session_id, &date_text);
  if (!rb_date_from_iso (date_text, &date))
    {
      g_warning ("win.start-planned: “%s” is not a date", date_text);
      return;
    }

  /* A reminder clicked while Runback was not running starts it with
   * this action, before anything is read: the session waits for it. */
  if (!planned_sources_loaded (self))
    {
      if (self->pending_planned == NULL)
        {
          g_signal_connect_object (self->library, "notify::loaded", G_CALLBACK (pending_planned_cb),
                                   self, G_CONNECT_SWAPPED);
          g_signal_connect_object (get_plan_store (self), "notify::loaded", G_CALLBACK (pending_planned_cb),
                                   self, G_CONNECT_SWAPPED);
          g_signal_connect_object (self->journal, "notify::loaded", G_CALLBACK (pending_planned_cb),
                                   self, G_CONNECT_SWAPPED);
        }
      g_clear_pointer (&self->pending_planned, g_variant_unref);
      self->pending_planned = g_variant_ref (parameter);
      ensure_library (self);
      return;
    }

  rb_window_start_planned (self, plan_id, session_id, &date);
}

/* Asks for the patient's details, then prints the program's handout or
 * exports it as a PDF.
 */
static void
handout_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  RbWindow *self = RB_WINDOW (widget);
  RbProgram *program = rb_library_lookup_program (self->library, g_variant_get_string (parameter, NULL));
  GtkWidget *dialog;

  if (program == NULL)
    {
      rb_window_report (self, _("This program is no longer in the library"), NULL);
      return;
    }

  dialog = rb_handout_dialog_new (GTK_WINDOW (self), self->library, program,
                                  g_str_equal (action_name, "win.print-handout"));
  gtk_window_present (GTK_WINDOW (dialog));
}
