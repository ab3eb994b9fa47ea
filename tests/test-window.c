/* test-window.c
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rb-application.h"
#include "rb-window.h"
#include "rb-test-ui.h"

static const char *views[] = { "today", "calendar", "programs", "progress", "learn" };

static RbApplication *app;

static AdwViewStack *
find_view_stack (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AdwViewStack *found;

      if (ADW_IS_VIEW_STACK (child))
        return ADW_VIEW_STACK (child);

      if ((found = find_view_stack (child)))
        return found;
    }

  return NULL;
}

static gboolean
pointer_is_null (gpointer data)
{
  return *(gpointer *) data == NULL;
}

static GtkWidget *
find_preferences (void)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (ADW_IS_PREFERENCES_WINDOW (l->data))
      return l->data;

  return NULL;
}

static gboolean
preferences_shown (gpointer data)
{
  GtkWidget *preferences = find_preferences ();

  return preferences != NULL && gtk_widget_get_mapped (preferences);
}

static void
test_window_visits_every_view (void)
{
  RbWindow *window;
  AdwViewStack *stack;

  window = rb_window_new (app, rb_application_get_library (app));
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  stack = find_view_stack (GTK_WIDGET (window));
  g_assert_nonnull (stack);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "today");

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", views[i]));
      gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
      g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, views[i]);
    }

  gtk_window_destroy (GTK_WINDOW (window));
  rb_test_iterate ();
}

static void
test_window_push_and_pop (void)
{
  RbWindow *window;
  GtkWidget *page;

  window = rb_window_new (app, rb_application_get_library (app));
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  page = gtk_label_new ("pushed");
  g_object_add_weak_pointer (G_OBJECT (page), (gpointer *) &page);
  rb_window_push_page (window, page);
  g_assert_true (rb_test_wait_for_mapped (page));
  g_assert_true (rb_test_wait_settled (GTK_WIDGET (window)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL));

  /* The popped page is dropped once the transition has finished. */
  g_assert_true (rb_test_wait_until (pointer_is_null, &page));
  g_assert_false (rb_test_in_transition (GTK_WIDGET (window)));

  gtk_window_destroy (GTK_WINDOW (window));
  rb_test_iterate ();
}

/* Back from a page while narrow, then wide again: the header bar shows
 * the view switcher again, not the title. */
static void
test_window_wide_after_pop (void)
{
  RbWindow *window = rb_window_new (app, rb_application_get_library (app));
  AdwViewSwitcherTitle *title;
  GtkWidget *page;

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (rb_test_wait_settled (GTK_WIDGET (window)));
  title = ADW_VIEW_SWITCHER_TITLE (rb_test_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_SWITCHER_TITLE));
  g_assert_false (adw_view_switcher_title_get_title_visible (title));

  page = gtk_label_new ("pushed");
  g_object_add_weak_pointer (G_OBJECT (page), (gpointer *) &page);
  rb_window_push_page (window, page);
  g_assert_true (rb_test_wait_for_mapped (page));
  g_assert_true (rb_test_resize (GTK_WINDOW (window), 360, 640));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL));
  g_assert_true (rb_test_wait_until (pointer_is_null, &page));
  g_assert_true (rb_test_wait_settled (GTK_WIDGET (window)));
  g_assert_true (adw_view_switcher_title_get_title_visible (title));

  g_assert_true (rb_test_resize (GTK_WINDOW (window), 1280, 800));
  g_assert_false (adw_view_switcher_title_get_title_visible (title));

  gtk_window_destroy (GTK_WINDOW (window));
  rb_test_iterate ();
}

static void
test_window_restores_size (void)
{
  g_autoptr(GSettings) settings = g_settings_new (BASE_ID);
  RbWindow *window;
  int width, height;

  g_settings_set_int (settings, "window-width", 640);
  g_settings_set_int (settings, "window-height", 480);

  window = rb_window_new (app, rb_application_get_library (app));
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 640);
  g_assert_cmpint (height, ==, 480);

  /* Closing saves the current size. */
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  gtk_window_set_default_size (GTK_WINDOW (window), 720, 540);
  gtk_window_close (GTK_WINDOW (window));
  rb_test_iterate ();

  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 720);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 540);
}

static void
test_window_has_actions (void)
{
  g_auto(GStrv) accels = NULL;
  GtkWidget *overlay;
  RbWindow *window;

  window = rb_window_new (app, rb_application_get_library (app));
  gtk_window_present (GTK_WINDOW (window));

  g_assert_nonnull (g_action_map_lookup_action (G_ACTION_MAP (app), "quit"));
  g_assert_nonnull (g_action_map_lookup_action (G_ACTION_MAP (app), "about"));
  g_assert_nonnull (g_action_map_lookup_action (G_ACTION_MAP (app), "start-session"));

  /* Preferences opens, with the session cue switches. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  g_assert_true (rb_test_wait_until (preferences_shown, NULL));
  gtk_window_destroy (GTK_WINDOW (find_preferences ()));

  /* The shortcuts window is built when first asked for, on Ctrl+?. */
  g_assert_null (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.show-help-overlay");
  g_assert_true (g_strv_contains ((const char * const *) accels, "<Control>question"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  overlay = GTK_WIDGET (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  g_assert_nonnull (overlay);
  g_assert_true (gtk_widget_get_visible (overlay));
  gtk_window_close (GTK_WINDOW (overlay));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  g_assert_true (GTK_WIDGET (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window))) == overlay);
  g_assert_true (gtk_widget_get_visible (overlay));

  gtk_window_destroy (GTK_WINDOW (window));
  rb_test_iterate ();
}

static gboolean
bar_shown (gpointer bar)
{
  return adw_view_switcher_bar_get_reveal (bar) && gtk_widget_get_mapped (bar);
}

/* The switcher at the bottom, for narrow windows, gets its buttons when
 * it first shows: never on a wide window. */
static void
test_window_switcher_bar (void)
{
  RbWindow *window = rb_window_new (app, rb_application_get_library (app));
  AdwViewSwitcherBar *bar;
  GtkWidget *switcher;
  guint n_buttons = 0;

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (rb_test_wait_settled (GTK_WIDGET (window)));
  bar = ADW_VIEW_SWITCHER_BAR (rb_test_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_SWITCHER_BAR));
  g_assert_false (adw_view_switcher_bar_get_reveal (bar));
  g_assert_null (adw_view_switcher_bar_get_stack (bar));

  g_assert_true (rb_test_resize (GTK_WINDOW (window), 360, 640));
  g_assert_true (rb_test_wait_until (bar_shown, bar));
  g_assert_true (adw_view_switcher_bar_get_stack (bar) == find_view_stack (GTK_WIDGET (window)));
  /* One button a view. */
  switcher = rb_test_find_widget (GTK_WIDGET (bar), ADW_TYPE_VIEW_SWITCHER);
  for (GtkWidget *child = gtk_widget_get_first_child (switcher); child; child = gtk_widget_get_next_sibling (child))
    n_buttons++;
  g_assert_cmpuint (n_buttons, ==, G_N_ELEMENTS (views));

  gtk_window_destroy (GTK_WINDOW (window));
  rb_test_iterate ();
}

static gboolean
has_icon_name (gpointer window)
{
  return gtk_window_get_icon_name (window) != NULL;
}

/* The window's icon, drawn from an SVG, comes once the first frame is
 * painted; windows made later take the default. */
static void
test_window_icon_after_first_frame (void)
{
  RbWindow *window = rb_window_new (app, rb_application_get_library (app));

  g_assert_null (gtk_window_get_icon_name (GTK_WINDOW (window)));
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (rb_test_wait_until (has_icon_name, window));
  g_assert_cmpstr (gtk_window_get_icon_name (GTK_WINDOW (window)), ==, APP_ID);
  g_assert_cmpstr (gtk_window_get_default_icon_name (), ==, APP_ID);

  gtk_window_destroy (GTK_WINDOW (window));
  rb_test_iterate ();
}

/* The primary menu is made when it first opens, with all its items. */
static void
test_window_primary_menu (void)
{
  RbWindow *window = rb_window_new (app, rb_application_get_library (app));
  GtkMenuButton *button;
  GtkWidget *popover;
  GMenuModel *menu;

  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  button = GTK_MENU_BUTTON (rb_test_find_widget (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON));
  g_assert_true (gtk_menu_button_get_primary (button));
  g_assert_null (gtk_menu_button_get_popover (button));
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (button)));

  gtk_menu_button_popup (button);
  popover = GTK_WIDGET (gtk_menu_button_get_popover (button));
  g_assert_true (GTK_IS_POPOVER_MENU (popover));
  g_assert_true (gtk_widget_get_visible (popover));
  menu = gtk_menu_button_get_menu_model (button);
  g_assert_nonnull (menu);
  /* Log a Run, Back Up, Preferences, Quit: four sections. */
  g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 4);

  /* Opened again, it is the same popover. */
  gtk_menu_button_popdown (button);
  gtk_menu_button_popup (button);
  g_assert_true (GTK_WIDGET (gtk_menu_button_get_popover (button)) == popover);
  gtk_menu_button_popdown (button);

  gtk_window_destroy (GTK_WINDOW (window));
  rb_test_iterate ();
}

static AdwMessageDialog *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel) && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        return ADW_MESSAGE_DIALOG (toplevel);
    }

  return NULL;
}

static gboolean
dialog_shown (gpointer data)
{
  return find_message_dialog () != NULL;
}

static gboolean
journal_loaded (gpointer journal)
{
  return rb_journal_is_loaded (journal);
}

static gboolean
journal_has_entries (gpointer journal)
{
  return g_list_model_get_n_items (rb_journal_get_entries (journal)) > 0;
}

/* Log a Run… writes a run, with the minutes asked for and no pain the
 * user did not give. */
static void
test_window_log_run (void)
{
  RbJournal *journal = rb_application_get_journal (app);
  g_autoptr(RbJournalEntry) entry = NULL;
  AdwMessageDialog *dialog;
  RbWindow *window;

  window = rb_window_new (app, rb_application_get_library (app));
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (rb_test_wait_until (journal_loaded, journal));
  g_assert_cmpuint (g_list_model_get_n_items (rb_journal_get_entries (journal)), ==, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.log-run", NULL));
  g_assert_true (rb_test_wait_until (dialog_shown, NULL));
  dialog = find_message_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Log a Run");
  adw_message_dialog_response (dialog, "log");
  g_assert_true (rb_test_wait_until (journal_has_entries, journal));

  entry = g_list_model_get_item (rb_journal_get_entries (journal), 0);
  g_assert_true (rb_journal_entry_is_run (entry));
  g_assert_cmpint (rb_journal_entry_get_run_seconds (entry), ==, 20 * 60);
  g_assert_cmpint (rb_journal_entry_get_run_distance (entry), ==, -1);
  g_assert_cmpint (rb_journal_entry_get_pain_after (entry), ==, RB_JOURNAL_PAIN_NONE);
  g_assert_false (rb_journal_has_unsaved (journal));

  gtk_window_destroy (GTK_WINDOW (window));
  rb_test_iterate ();
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  if (!rb_test_ui_init (&argc, &argv))
    return 0;

  app = rb_application_new (APP_ID ".Test", G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, NULL);

  g_test_add_func ("/rb/window/views", test_window_visits_every_view);
  g_test_add_func ("/rb/window/push-pop", test_window_push_and_pop);
  g_test_add_func ("/rb/window/wide-after-pop", test_window_wide_after_pop);
  g_test_add_func ("/rb/window/restore-size", test_window_restores_size);
  g_test_add_func ("/rb/window/actions", test_window_has_actions);
  g_test_add_func ("/rb/window/primary-menu", test_window_primary_menu);
  g_test_add_func ("/rb/window/icon", test_window_icon_after_first_frame);
  g_test_add_func ("/rb/window/switcher-bar", test_window_switcher_bar);
  g_test_add_func ("/rb/window/log-run", test_window_log_run);

  ret = g_test_run ();
  g_clear_object (&app);

  return ret;
}
