/* test-a11y.c: every control of the app has a name a screen reader reads.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK 4.8 has no public getter for the name it computes: it reads the
 * "label" property set on the accessible and the names of the widgets in
 * its "labelled-by" relation, one after the other, and else the class
 * name ("GtkImage"). The test walks the widgets of each screen and fails
 * for a control whose name would be missing, a class name, said twice or
 * a raw mnemonic ("_Start Start").
 */

#include "config.h"

#include "rb-application.h"
#include "rb-calendar-view.h"
#include "rb-exercise-page.h"
#include "rb-fake-clock.h"
#include "rb-follow-dialog.h"
#include "rb-learn-article.h"
#include "rb-plan-page.h"
#include "rb-player.h"
#include "rb-preferences-window.h"
#include "rb-program-page.h"
#include "rb-progress-view.h"
#include "rb-red-flag-banner.h"
#include "rb-entry-dialog.h"
#include "rb-window.h"
#include "rb-test-ui.h"

static RbApplication *app;

static gboolean
is_control (GtkAccessibleRole role)
{
  switch (role)
    {
    case GTK_ACCESSIBLE_ROLE_BUTTON:
    case GTK_ACCESSIBLE_ROLE_LIST_ITEM:
    case GTK_ACCESSIBLE_ROLE_CHECKBOX:
    case GTK_ACCESSIBLE_ROLE_SWITCH:
    case GTK_ACCESSIBLE_ROLE_COMBO_BOX:
    case GTK_ACCESSIBLE_ROLE_TEXT_BOX:
    case GTK_ACCESSIBLE_ROLE_SEARCH_BOX:
    case GTK_ACCESSIBLE_ROLE_SPIN_BUTTON:
    case GTK_ACCESSIBLE_ROLE_SLIDER:
    case GTK_ACCESSIBLE_ROLE_LIST:
    case GTK_ACCESSIBLE_ROLE_LIST_BOX:
    case GTK_ACCESSIBLE_ROLE_GRID:
    case GTK_ACCESSIBLE_ROLE_TREE_GRID:
    case GTK_ACCESSIBLE_ROLE_PROGRESS_BAR:
    case GTK_ACCESSIBLE_ROLE_IMG:
      return TRUE;
    default:
      return FALSE;
    }
}

/* Why the name GTK 4.8 computes would be wrong, or NULL when it is
 * fine. GTK reads the label property, then the names of the widgets in
 * the labelled-by relation, one after the other; with neither, the class
 * name. A button made with text has both, the raw text ("_Start") and its
 * label, and reads "_Start Start"; an icon-only button's relation points
 * to nothing that has a name.
 */
static const char *
check_name (GtkWidget *widget)
{
  GtkAccessible *accessible = GTK_ACCESSIBLE (widget);
  gboolean has_label = gtk_test_accessible_has_property (accessible, GTK_ACCESSIBLE_PROPERTY_LABEL);
  gboolean has_relation = gtk_test_accessible_has_relation (accessible, GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  GtkWidget *child = GTK_IS_BUTTON (widget) ? gtk_button_get_child (GTK_BUTTON (widget)) : NULL;

  if (GTK_IS_LABEL (child))
    {
      if (has_label && has_relation)
        return "named twice, or with its raw mnemonic (\"_Start Start\")";
      if (!has_label && !has_relation)
        return "no name (reads as its class name)";
      return NULL;
    }

  if (GTK_IS_BUTTON (widget) && !GTK_IS_MENU_BUTTON (widget) && !has_label)
    return "no name (an icon-only button reads as its icon's class name)";

  if (!has_label && !has_relation)
    return "no name (reads as its class name)";

  return NULL;
}

/* Parts of GTK's and libadwaita's own widgets that the app cannot name,
 * or that they hide from the accessibility tree themselves. */
static gboolean
is_internal (GtkWidget *widget)
{
  GtkWidget *parent = gtk_widget_get_parent (widget);

  return GTK_IS_TEXT (widget) ||
         (parent != NULL && (GTK_IS_SCALE (parent) || GTK_IS_SPIN_BUTTON (parent))) ||
         (GTK_IS_IMAGE (widget) && parent != NULL && !GTK_IS_BOX (parent)) ||
         gtk_widget_get_ancestor (widget, GTK_TYPE_WINDOW_CONTROLS) != NULL ||
         gtk_widget_get_ancestor (widget, ADW_TYPE_VIEW_SWITCHER) != NULL ||
         gtk_widget_get_ancestor (widget, ADW_TYPE_VIEW_SWITCHER_BAR) != NULL ||
         (gtk_widget_get_ancestor (widget, ADW_TYPE_EXPANDER_ROW) != NULL && GTK_IS_IMAGE (widget));
}

static void
collect_unnamed (GtkWidget *widget,
                 GString   *problems)
{
  GtkAccessibleRole role = gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget));
  const char *problem;

  if (!gtk_widget_get_visible (widget))
    return;

  /* Images hidden from the tree, such as icons next to words, are fine. */
  if (gtk_test_accessible_has_state (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_STATE_HIDDEN))
    return;

  if (is_control (role) && !is_internal (widget) && (problem = check_name (widget)) != NULL)
    {
      GtkWidget *parent = gtk_widget_get_parent (widget);

      g_string_append_printf (problems, "\n  %s (in %s)", G_OBJECT_TYPE_NAME (widget),
                              parent != NULL ? G_OBJECT_TYPE_NAME (parent) : "nothing");
      if (GTK_IS_BUTTON (widget) && gtk_button_get_label (GTK_BUTTON (widget)) != NULL)
        g_string_append_printf (problems, " “%s”", gtk_button_get_label (GTK_BUTTON (widget)));
      else if (gtk_widget_get_tooltip_text (widget) != NULL)
        g_string_append_printf (problems, " (tooltip “%s”)", gtk_widget_get_tooltip_text (widget));
      g_string_append_printf (problems, ": %s", problem);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_unnamed (child, problems);
}

/* Whether Tab may stop on @widget: something there can be done. A
 * label is a stop only for its links; a scrolled window with nothing to
 * focus inside stops so that the arrow keys scroll it; a list view's
 * rows (GTK's private GtkListItemWidget) are activated with Return. */
static gboolean
is_tab_stop_for_a_reason (GtkWidget *widget)
{
  GtkAccessibleRole role = gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget));

  if (GTK_IS_LABEL (widget))
    return gtk_label_get_use_markup (GTK_LABEL (widget)) &&
           strstr (gtk_label_get_label (GTK_LABEL (widget)), "<a ") != NULL;

  return is_control (role) || GTK_IS_SCROLLED_WINDOW (widget) ||
         g_str_equal (G_OBJECT_TYPE_NAME (widget), "GtkListItemWidget") ||
         role == GTK_ACCESSIBLE_ROLE_LINK || role == GTK_ACCESSIBLE_ROLE_RADIO ||
         role == GTK_ACCESSIBLE_ROLE_TAB || role == GTK_ACCESSIBLE_ROLE_MENU_ITEM;
}

/* Tab stops where nothing can be done: a selectable label, which GTK
 * makes focusable, or a focusable widget with no role a control has. */
static void
collect_dead_stops (GtkWidget *widget,
                    GString   *problems)
{
  if (!gtk_widget_get_visible (widget))
    return;

  if (gtk_widget_get_focusable (widget) && !is_internal (widget) && !is_tab_stop_for_a_reason (widget))
    {
      GtkWidget *parent = gtk_widget_get_parent (widget);

      g_string_append_printf (problems, "\n  %s (in %s)", G_OBJECT_TYPE_NAME (widget),
                              parent != NULL ? G_OBJECT_TYPE_NAME (parent) : "nothing");
      if (GTK_IS_LABEL (widget))
        g_string_append_printf (problems, " “%.40s”", gtk_label_get_text (GTK_LABEL (widget)));
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_dead_stops (child, problems);
}

static void
assert_all_named (GtkWidget  *widget,
                  const char *screen)
{
  g_autoptr(GString) problems = g_string_new (NULL);
  g_autoptr(GString) stops = g_string_new (NULL);

  collect_unnamed (widget, problems);
  if (problems->len > 0)
    g_error ("%s: controls without a usable accessible name:%s", screen, problems->str);

  collect_dead_stops (widget, stops);
  if (stops->len > 0)
    g_error ("%s: Tab stops on what cannot be acted on:%s", screen, stops->str);
}

static RbWindow *
open_window (RbFakeClock *clock)
{
  RbLibrary *library = rb_application_get_library (app);
  g_autoptr(GError) error = NULL;
  RbWindow *window;

  if (!rb_library_is_loaded (library))
    {
      rb_library_load (library, NULL, NULL, &error);
      g_assert_no_error (error);
    }

  window = g_object_new (RB_TYPE_WINDOW, "application", app, "library", library, "clock", clock, NULL);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (rb_test_wait_for_mapped (GTK_WIDGET (window)));

  return window;
}

static void
test_a11y_main_views (void)
{
  static const char *views[] = { "today", "calendar", "programs", "progress", "learn" };
  g_autoptr(RbFakeClock) clock = rb_fake_clock_new (G_USEC_PER_SEC, NULL);
  RbWindow *window = open_window (clock);
  GtkToggleButton *exercises;

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", views[i]));
      gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
      assert_all_named (GTK_WIDGET (window), views[i]);
    }

  /* The exercise list only makes its rows once on screen. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "programs"));
  exercises = GTK_TOGGLE_BUTTON (rb_test_find_button (GTK_WIDGET (window), "_Exercises"));
  gtk_toggle_button_set_active (exercises, TRUE);
  g_assert_true (rb_test_wait_until (rb_test_list_view_has_rows, window));
  assert_all_named (GTK_WIDGET (window), "exercises");

  gtk_window_destroy (GTK_WINDOW (window));
  rb_test_iterate ();
}

static gboolean
plans_loaded (gpointer data)
{
  return rb_plan_store_is_loaded (data);
}

static gboolean
calendar_has_sessions (gpointer data)
{
  return rb_month_get_n_sessions (rb_calendar_view_get_month (data)) > 0;
}

static gboolean
calendar_is_narrow (gpointer data)
{
  return rb_calendar_view_is_narrow (data);
}

/* The calendar with a plan: its days, the day's Start, Move and Skip,
 * wide and as the narrow list. */
static void
test_a11y_calendar (void)
{
  g_autoptr(RbFakeClock) clock = rb_fake_clock_new (G_USEC_PER_SEC, NULL);
  RbWindow *window = open_window (clock);
  RbPlanStore *store = rb_application_get_plan_store (app);
  RbLibrary *library = rb_application_get_library (app);
  g_autoptr(RbPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  RbCalendarView *view;
  GDate start, today;

  g_date_clear (&start, 1);
  g_date_set_dmy (&start, 23, G_DATE_FEBRUARY, 2026);
  rb_clock_get_today (RB_CLOCK (clock), &today);
  g_assert_true (rb_test_wait_until (plans_loaded, store));
  plan = rb_plan_new (NULL, rb_library_lookup_program (library, "knee-strength"), &start);
  rb_plan_store_add (store, plan, &error);
  g_assert_no_error (error);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "calendar"));
  view = RB_CALENDAR_VIEW (rb_test_find_widget (GTK_WIDGET (window), RB_TYPE_CALENDAR_VIEW));
  g_assert_true (rb_test_wait_until (calendar_has_sessions, view));
  rb_calendar_view_select_day (view, &today);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  assert_all_named (GTK_WIDGET (view), "calendar");

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 640);
  g_assert_true (rb_test_wait_until (calendar_is_narrow, view));
  assert_all_named (GTK_WIDGET (view), "narrow calendar");

  rb_plan_store_remove (store, plan, &error);
  g_assert_no_error (error);
  gtk_window_destroy (GTK_WINDOW (window));
  rb_test_iterate ();
}

static gboolean
is_unparented (gpointer widget)
{
  return gtk_widget_get_parent (widget) == NULL;
}

/* Shows @page, checks it, and waits until the window dropped it. */
static void
check_page (RbWindow   *window,
            GtkWidget  *page,
            const char *name)
{
  g_object_ref_sink (page);
  rb_window_push_page (window, page);
  g_assert_true (rb_test_wait_for_mapped (page));
  assert_all_named (page, name);
  rb_window_pop_page (window);
  g_assert_true (rb_test_wait_until (is_unparented, page));
  g_object_unref (page);
}

static void
test_a11y_detail_pages (void)
{
  g_autoptr(RbFakeClock) clock = rb_fake_clock_new (G_USEC_PER_SEC, NULL);
  RbWindow *window = open_window (clock);
  RbLibrary *library = rb_application_get_library (app);
  GListModel *programs = rb_library_get_programs (library);
  GListModel *exercises = rb_library_get_exercises (library);
  GListModel *learn_pages = rb_library_get_learn_pages (library);

  for (guint i = 0; i < g_list_model_get_n_items (programs); i++)
    {
      g_autoptr(RbProgram) program = g_list_model_get_item (programs, i);

      check_page (window, rb_program_page_new (program), rb_program_get_id (program));
    }

  /* A plan's page, and the dialog that follows a program. */
  {
    RbProgram *program = rb_library_lookup_program (library, "knee-strength");
    GDate start;
    g_autoptr(RbPlan) plan = NULL;
    RbFollowDialog *dialog;

    g_date_clear (&start, 1);
    g_date_set_dmy (&start, 2, 3, 2026);
    plan = rb_plan_new (NULL, program, &start);
    check_page (window, rb_plan_page_new (plan, program, rb_application_get_journal (app), RB_CLOCK (clock)),
                "plan");

    dialog = rb_follow_dialog_new (GTK_WINDOW (window), program, rb_application_get_plan_store (app), &start);
    gtk_window_present (GTK_WINDOW (dialog));
    g_assert_true (rb_test_wait_for_mapped (GTK_WIDGET (dialog)));
    assert_all_named (GTK_WIDGET (dialog), "follow dialog");
    gtk_window_destroy (GTK_WINDOW (dialog));
  }

  for (guint i = 0; i < g_list_model_get_n_items (exercises); i++)
    {
      g_autoptr(RbExercise) exercise = g_list_model_get_item (exercises, i);

      check_page (window, rb_exercise_page_new (exercise), rb_exercise_get_id (exercise));
    }

  for (guint i = 0; i < g_list_model_get_n_items (learn_pages); i++)
    {
      g_autoptr(RbLearnPage) learn_page = g_list_model_get_item (learn_pages, i);

      check_page (window, rb_learn_article_new (learn_page, library), rb_learn_page_get_id (learn_page));
    }

  gtk_window_destroy (GTK_WINDOW (window));
  rb_test_iterate ();
}

static void
test_a11y_player (void)
{
  g_autoptr(RbFakeClock) clock = rb_fake_clock_new (G_USEC_PER_SEC, NULL);
  RbWindow *window = open_window (clock);
  RbTestSearch search = { GTK_WIDGET (window), RB_TYPE_PLAYER };
  RbPlayer *player;
  RbSession *session;

  rb_window_start_session (window, "knee-strength", 0);
  g_assert_true (rb_test_wait_until (rb_test_widget_shown, &search));
  player = RB_PLAYER (rb_test_find_widget (GTK_WIDGET (window), RB_TYPE_PLAYER));
  session = rb_player_get_session (player);
  assert_all_named (GTK_WIDGET (player), "player before the session");

  /* Every kind of step, then the summary. */
  rb_session_start (session);
  while (rb_session_get_state (session) != RB_SESSION_STATE_FINISHED)
    {
      gtk_test_widget_wait_for_draw (GTK_WIDGET (player));
      assert_all_named (GTK_WIDGET (player), rb_step_kind_to_string (rb_session_get_step (session)->kind));
      rb_session_next (session);
    }
  gtk_test_widget_wait_for_draw (GTK_WIDGET (player));
  assert_all_named (GTK_WIDGET (player), "summary");

  gtk_window_destroy (GTK_WINDOW (window));
  rb_test_iterate ();
}

static void
test_a11y_preferences (void)
{
  GtkWidget *preferences = rb_preferences_window_new (NULL);

  gtk_window_present (GTK_WINDOW (preferences));
  g_assert_true (rb_test_wait_for_mapped (preferences));
  assert_all_named (preferences, "preferences");

  gtk_window_destroy (GTK_WINDOW (preferences));
  rb_test_iterate ();
}

static gboolean
progress_has_content (gpointer view)
{
  return g_strcmp0 (rb_progress_view_get_state (view), "content") == 0;
}

static gboolean
journal_loaded (gpointer journal)
{
  return rb_journal_is_loaded (journal);
}

static gboolean
banner_shown (gpointer banner)
{
  return rb_red_flag_banner_is_shown (banner);
}

static GtkWidget *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_mapped (window))
        return window;
    }

  return NULL;
}

static gboolean
message_dialog_shown (gpointer data)
{
  return find_message_dialog () != NULL;
}

/* The Progress view with data (charts, an open history entry, the edit
 * dialog) and the red flags banner. */
static void
test_a11y_progress (void)
{
  g_autoptr(RbFakeClock) clock = rb_fake_clock_new (G_USEC_PER_SEC, NULL);
  RbWindow *window = open_window (clock);
  RbJournal *journal = rb_application_get_journal (app);
  g_autoptr(GDateTime) now = rb_clock_dup_now (RB_CLOCK (clock));
  g_autoptr(RbJournalEntry) check_in = rb_journal_entry_new_check_in (now);
  g_autoptr(RbJournalEntry) session = rb_journal_entry_new (RB_JOURNAL_KIND_SESSION);
  RbProgressView *view;
  GtkWidget *row, *dialog;

  g_assert_true (rb_test_wait_until (journal_loaded, journal));
  rb_journal_entry_set_title (session, "Strength A");
  rb_journal_entry_set_started (session, now);
  rb_journal_entry_set_pain_before (session, 2);
  rb_journal_entry_set_pain_after (session, 3);
  rb_journal_entry_set_note (session, "Felt fine");
  rb_journal_entry_set_pain_before (check_in, 8);
  rb_journal_append (journal, session);
  rb_journal_append (journal, check_in);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "progress"));
  view = RB_PROGRESS_VIEW (rb_test_find_widget (GTK_WIDGET (window), RB_TYPE_PROGRESS_VIEW));
  g_assert_true (rb_test_wait_until (progress_has_content, view));
  g_assert_true (rb_test_wait_until (banner_shown,
                                     rb_test_find_widget (GTK_WIDGET (window), RB_TYPE_RED_FLAG_BANNER)));
  row = rb_test_find_widget (GTK_WIDGET (view), ADW_TYPE_EXPANDER_ROW);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  g_assert_true (rb_test_wait_settled (GTK_WIDGET (window)));
  assert_all_named (GTK_WIDGET (window), "progress");

  rb_progress_view_edit_entry (view, session);
  g_assert_true (rb_test_wait_until (message_dialog_shown, NULL));
  dialog = find_message_dialog ();
  assert_all_named (dialog, "entry dialog");
  gtk_window_destroy (GTK_WINDOW (dialog));

  g_assert_cmpint (rb_journal_remove (journal, check_in), >=, 0);
  g_assert_cmpint (rb_journal_remove (journal, session), >=, 0);
  gtk_window_destroy (GTK_WINDOW (window));
  rb_test_iterate ();
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = g_dir_make_tmp ("runback-a11y-XXXXXX", NULL);
  int ret;

  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_setenv ("GTK_MEDIA", "none", TRUE);
  /* The test backend keeps what is set on accessibles, for the checks. */
  g_setenv ("GTK_A11Y", "test", TRUE);

  if (!rb_test_ui_init (&argc, &argv))
    return 0;

  app = rb_application_new (APP_ID ".Test", G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, NULL);

  g_test_add_func ("/rb/a11y/main-views", test_a11y_main_views);
  g_test_add_func ("/rb/a11y/detail-pages", test_a11y_detail_pages);
  g_test_add_func ("/rb/a11y/player", test_a11y_player);
  g_test_add_func ("/rb/a11y/calendar", test_a11y_calendar);
  g_test_add_func ("/rb/a11y/preferences", test_a11y_preferences);
  g_test_add_func ("/rb/a11y/progress", test_a11y_progress);

  ret = g_test_run ();
  g_clear_object (&app);

  return ret;
}
