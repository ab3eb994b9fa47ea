/* test-player.c: a short session played from start to summary.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * With RB_TEST_SCREENSHOT_DIR set, the player is also saved as PNGs.
 */

#include "config.h"

#include <glib/gstdio.h>

#include "rb-application.h"
#include "rb-fake-clock.h"
#include "rb-journal.h"
#include "rb-player.h"
#include "rb-window.h"
#include "rb-test-ui.h"

static RbApplication *app;

static GtkWidget *
find_widget (GtkWidget  *widget,
             GType       type,
             const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) &&
          (label == NULL || g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0))
        return child;

      if ((found = find_widget (child, type, label)))
        return found;
    }

  return NULL;
}

static void
screenshot (GtkWidget  *window,
            const char *name,
            int         width,
            int         height,
            gboolean    dark)
{
  const char *dir = g_getenv ("RB_TEST_SCREENSHOT_DIR");
  g_autofree char *file = NULL;
  g_autofree char *path = NULL;

  if (dir == NULL)
    return;

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  rb_test_wait (300);
  file = g_strdup_printf ("%s-%dx%d-%s.png", name, width, height, dark ? "dark" : "light");
  path = g_build_filename (dir, file, NULL);
  rb_test_save_screenshot (window, path);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
}

static void
test_player_plays_to_summary (void)
{
  g_autoptr(RbFakeClock) clock = rb_fake_clock_new (G_USEC_PER_SEC, NULL);
  RbLibrary *library = rb_application_get_library (app);
  g_autoptr(RbJournal) journal = NULL;
  g_autoptr(GError) error = NULL;
  RbWindow *window;
  RbPlayer *player;
  RbSession *session;
  GtkWidget *button;
  GListModel *entries;
  g_autoptr(RbJournalEntry) entry = NULL;

  rb_library_load (library, NULL, NULL, &error);
  g_assert_no_error (error);

  window = g_object_new (RB_TYPE_WINDOW, "application", app, "library", library, "clock", clock, NULL);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  /* The Start button of a program's session. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.start-session", "(su)",
                                             "daily-stretching", 0));
  rb_test_wait (400);
  player = RB_PLAYER (find_widget (GTK_WIDGET (window), RB_TYPE_PLAYER, NULL));
  g_assert_nonnull (player);
  session = rb_player_get_session (player);
  g_assert_cmpint (rb_session_get_state (session), ==, RB_SESSION_STATE_READY);
  screenshot (GTK_WIDGET (window), "player-before", 360, 640, FALSE);

  /* Pain before, then Start. */
  button = find_widget (GTK_WIDGET (player), GTK_TYPE_BUTTON, "_Start");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  g_assert_cmpint (rb_session_get_state (session), ==, RB_SESSION_STATE_RUNNING);

  rb_fake_clock_advance (clock, 5 * G_USEC_PER_SEC + 12 * G_USEC_PER_SEC);
  rb_test_wait (300);
  screenshot (GTK_WIDGET (window), "player", 1280, 800, FALSE);
  screenshot (GTK_WIDGET (window), "player", 360, 640, TRUE);

  /* Keyboard: Space pauses, Space resumes, Right skips a step. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (player), "player.toggle", NULL));
  g_assert_cmpint (rb_session_get_state (session), ==, RB_SESSION_STATE_PAUSED);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (player), "player.toggle", NULL));
  g_assert_cmpint (rb_session_get_state (session), ==, RB_SESSION_STATE_RUNNING);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (player), "player.next", NULL));

  /* Play the rest of the session to the end. */
  while (rb_session_get_state (session) != RB_SESSION_STATE_FINISHED)
    rb_fake_clock_advance (clock, 10 * G_USEC_PER_SEC);
  rb_test_wait (300);
  screenshot (GTK_WIDGET (window), "player-summary", 360, 640, FALSE);

  button = find_widget (GTK_WIDGET (player), GTK_TYPE_BUTTON, "_Save to Journal");
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_mapped (button));
  g_signal_emit_by_name (button, "clicked");
  rb_test_wait (500);

  /* Saved, and the player is gone. */
  g_assert_null (find_widget (GTK_WIDGET (window), RB_TYPE_PLAYER, NULL));
  journal = rb_journal_new_default ();
  rb_journal_load (journal, &error);
  g_assert_no_error (error);
  entries = rb_journal_get_entries (journal);
  g_assert_cmpuint (g_list_model_get_n_items (entries), ==, 1);
  entry = g_list_model_get_item (entries, 0);
  g_assert_cmpstr (rb_journal_entry_get_program_id (entry), ==, "daily-stretching");
  g_assert_cmpint (rb_journal_entry_get_pain_before (entry), ==, 0);
  g_assert_cmpint (rb_journal_entry_get_pain_after (entry), ==, 0);
  g_assert_false (g_file_test (rb_journal_get_marker_path (journal), G_FILE_TEST_EXISTS));

  gtk_window_destroy (GTK_WINDOW (window));
  rb_test_iterate ();
}

static AdwMessageDialog *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }

  return NULL;
}

static void
test_player_cut_short_is_offered (void)
{
  g_autoptr(RbFakeClock) clock = rb_fake_clock_new (G_USEC_PER_SEC, NULL);
  RbLibrary *library = rb_application_get_library (app);
  g_autoptr(RbJournal) journal = rb_journal_new_default ();
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;
  RbWindow *window;
  RbPlayer *player;
  guint before;

  rb_journal_load (journal, &error);
  g_assert_no_error (error);
  before = g_list_model_get_n_items (rb_journal_get_entries (journal));

  window = g_object_new (RB_TYPE_WINDOW, "application", app, "library", library, "clock", clock, NULL);
  gtk_window_present (GTK_WINDOW (window));
  rb_window_start_session (window, "knee-strength", 1);
  rb_test_wait (300);
  player = RB_PLAYER (find_widget (GTK_WIDGET (window), RB_TYPE_PLAYER, NULL));
  g_signal_emit_by_name (find_widget (GTK_WIDGET (player), GTK_TYPE_BUTTON, "_Skip"), "clicked");
  rb_fake_clock_advance (clock, 60 * G_USEC_PER_SEC);

  /* The window closes in the middle of the session. */
  gtk_window_destroy (GTK_WINDOW (window));
  rb_test_iterate ();
  g_assert_true (g_file_test (rb_journal_get_marker_path (journal), G_FILE_TEST_EXISTS));

  /* At the next start, it is offered; logging keeps it as partial. */
  window = g_object_new (RB_TYPE_WINDOW, "application", app, "library", library, "clock", clock, NULL);
  gtk_window_present (GTK_WINDOW (window));
  rb_test_wait (500);
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "log");
  rb_test_wait (200);

  g_assert_false (g_file_test (rb_journal_get_marker_path (journal), G_FILE_TEST_EXISTS));
  rb_journal_load (journal, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (rb_journal_get_entries (journal)), ==, before + 1);

  gtk_window_destroy (GTK_WINDOW (window));
  rb_test_iterate ();
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = g_dir_make_tmp ("runback-player-XXXXXX", NULL);
  int ret;

  /* Before anything reads it: the journal goes to a fresh directory. */
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_setenv ("GTK_MEDIA", "none", TRUE);

  if (!rb_test_ui_init (&argc, &argv))
    return 0;

  app = rb_application_new (APP_ID ".Test", G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, NULL);

  g_test_add_func ("/rb/player/plays-to-summary", test_player_plays_to_summary);
  g_test_add_func ("/rb/player/cut-short-is-offered", test_player_cut_short_is_offered);

  ret = g_test_run ();
  g_clear_object (&app);

  return ret;
}
