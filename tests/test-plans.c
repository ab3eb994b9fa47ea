/* test-plans.c: follow a program, find its sessions on Today, change
 * the plan. With RB_TEST_SCREENSHOT_DIR set, the screens are saved as
 * PNGs.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rb-application.h"
#include "rb-fake-clock.h"
#include "rb-follow-dialog.h"
#include "rb-plan-page.h"
#include "rb-player.h"
#include "rb-today-view.h"
#include "rb-window.h"
#include "rb-test-ui.h"

static RbApplication *app;

static GtkWidget *
find_widget (GtkWidget *widget,
             GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) && gtk_widget_get_mapped (child))
        return child;
      if ((found = find_widget (child, type)))
        return found;
    }

  return NULL;
}

/* A mapped button bound to @action, with @target when not NULL. */
static GtkWidget *
find_action (GtkWidget  *widget,
             const char *action,
             GVariant   *target)
{
  g_autoptr(GVariant) owned = target != NULL ? g_variant_ref_sink (target) : NULL;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_ACTIONABLE (child) && gtk_widget_get_mapped (child) &&
          g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (child)), action) == 0 &&
          (owned == NULL || g_variant_equal (owned, gtk_actionable_get_action_target_value (GTK_ACTIONABLE (child)))))
        return child;
      if ((found = find_action (child, action, owned != NULL ? g_variant_ref (owned) : NULL)))
        return found;
    }

  return NULL;
}

static GtkWidget *
find_label (GtkWidget  *widget,
            const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_LABEL (child) && gtk_widget_get_mapped (child) &&
          g_strcmp0 (gtk_label_get_label (GTK_LABEL (child)), text) == 0)
        return child;
      if (GTK_IS_BUTTON (child) && gtk_widget_get_mapped (child) &&
          g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), text) == 0)
        return child;
      if ((found = find_label (child, text)))
        return found;
    }

  return NULL;
}

typedef struct
{
  GtkWidget  *root;
  const char *text;
} Search;

static gboolean
label_shown (gpointer data)
{
  Search *search = data;

  return find_label (search->root, search->text) != NULL;
}

static gboolean
label_gone (gpointer data)
{
  return !label_shown (data);
}

static void
wait_for_label (GtkWidget  *root,
                const char *text)
{
  Search search = { root, text };

  if (!rb_test_wait_until (label_shown, &search))
    g_error ("“%s” never showed", text);
}

static void
wait_for_no_label (GtkWidget  *root,
                   const char *text)
{
  Search search = { root, text };

  if (!rb_test_wait_until (label_gone, &search))
    g_error ("“%s” never went away", text);
}

static void
save_screenshot (GtkWidget  *window,
                 const char *name)
{
  static const int sizes[][2] = { { 1280, 800 }, { 360, 640 } };
  const char *dir = g_getenv ("RB_TEST_SCREENSHOT_DIR");
  int width, height;

  if (dir == NULL)
    return;

  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    for (int dark = 0; dark < 2; dark++)
      {
        g_autofree char *file = g_strdup_printf ("%s-%dx%d-%s.png", name, sizes[s][0], sizes[s][1],
                                                 dark ? "dark" : "light");
        g_autofree char *path = g_build_filename (dir, file, NULL);

        adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                            dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);
        gtk_window_set_default_size (GTK_WINDOW (window), sizes[s][0], sizes[s][1]);
        rb_test_wait (400);
        gtk_test_widget_wait_for_draw (window);
        rb_test_save_screenshot (window, path);
      }
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  rb_test_wait (300);
}

static gboolean
stores_loaded (gpointer data)
{
  return rb_plan_store_is_loaded (rb_application_get_plan_store (app)) &&
         rb_journal_is_loaded (rb_application_get_journal (app));
}

static gboolean
follow_dialog_shown (gpointer data)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (RB_IS_FOLLOW_DIALOG (l->data) && gtk_widget_get_mapped (l->data))
      return TRUE;

  return FALSE;
}

static RbFollowDialog *
get_follow_dialog (void)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (RB_IS_FOLLOW_DIALOG (l->data))
      return l->data;

  return NULL;
}

static gboolean
no_follow_dialog (gpointer data)
{
  return get_follow_dialog () == NULL;
}

static gboolean
player_shown (gpointer window)
{
  return find_widget (window, RB_TYPE_PLAYER) != NULL;
}

static gboolean
plan_page_shown (gpointer window)
{
  return find_widget (window, RB_TYPE_PLAN_PAGE) != NULL;
}

static void
click (GtkWidget *button)
{
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
}

/* 2026-03-02 is a Monday: Knee Strength's At Home is due, At the Gym
 * comes on Thursday. */
static void
test_plans_follow_and_today (void)
{
  g_autoptr(GDateTime) monday = g_date_time_new_local (2026, 3, 2, 9, 0, 0);
  g_autoptr(RbFakeClock) clock = rb_fake_clock_new (G_USEC_PER_SEC, monday);
  RbLibrary *library = rb_application_get_library (app);
  RbPlanStore *store = rb_application_get_plan_store (app);
  g_autoptr(GError) error = NULL;
  GtkWidget *window, *page;
  RbPlan *plan;

  rb_library_load (library, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (rb_test_wait_until (stores_loaded, NULL));

  window = g_object_new (RB_TYPE_WINDOW, "application", app, "library", library, "clock", clock, NULL);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (rb_test_wait_for_mapped (window));

  /* No plan: an honest start. */
  wait_for_label (window, "You Are Not Following a Program Yet");
  save_screenshot (window, "today-empty");

  /* Follow Knee Strength from its page, with the proposed days. */
  g_assert_true (gtk_widget_activate_action (window, "win.show-program", "s", "knee-strength"));
  wait_for_label (window, "_Follow This Program…");
  click (find_label (window, "_Follow This Program…"));
  g_assert_true (rb_test_wait_until (follow_dialog_shown, NULL));
  save_screenshot (GTK_WIDGET (get_follow_dialog ()), "follow-dialog");
  click (find_label (GTK_WIDGET (get_follow_dialog ()), "_Follow"));
  g_assert_true (rb_test_wait_until (no_follow_dialog, NULL));

  g_assert_cmpuint (g_list_model_get_n_items (rb_plan_store_get_plans (store)), ==, 1);
  plan = rb_plan_store_lookup (store, "knee-strength-20260302");
  g_assert_nonnull (plan);
  wait_for_label (window, "Following since 2 March");
  save_screenshot (window, "program-following");

  /* Today lists At Home with Start. */
  g_assert_true (gtk_widget_activate_action (window, "win.show-view", "s", "today"));
  wait_for_label (window, "1 Session to Do Today");
  wait_for_no_label (window, "Following since 2 March");
  g_assert_nonnull (find_action (window, "win.start-planned",
                                 g_variant_new ("(sss)", "knee-strength-20260302", "session-1", "2026-03-02")));
  save_screenshot (window, "today-due");

  /* The plan page: skip today's, then Today has nothing due. */
  g_assert_true (gtk_widget_activate_action (window, "win.show-plan", "s", "knee-strength-20260302"));
  g_assert_true (rb_test_wait_until (plan_page_shown, window));
  page = find_widget (window, RB_TYPE_PLAN_PAGE);
  wait_for_label (page, "Next Sessions");
  save_screenshot (window, "plan-page");
  {
    GDate today, thursday;

    g_date_clear (&today, 1);
    g_date_set_dmy (&today, 2, 3, 2026);
    thursday = today;
    g_date_add_days (&thursday, 3);

    rb_plan_skip (plan, &today, "session-1");
    g_assert_true (gtk_widget_activate_action (window, "win.show-view", "s", "today"));
    wait_for_label (window, "Nothing Planned Today");

    /* Thursday's At the Gym moved to today comes on Today. */
    rb_plan_move (plan, &thursday, "session-2", &today);
    wait_for_label (window, "1 Session to Do Today");
    g_assert_nonnull (find_action (window, "win.start-planned",
                                   g_variant_new ("(sss)", "knee-strength-20260302", "session-2", "2026-03-05")));
  }

  /* Start opens the player on it. */
  g_assert_true (gtk_widget_activate_action (window, "win.start-planned", "(sss)",
                                             "knee-strength-20260302", "session-2", "2026-03-05"));
  g_assert_true (rb_test_wait_until (player_shown, window));
  rb_window_pop_page (RB_WINDOW (window));
  wait_for_no_label (window, "Start _Without Rating");

  /* At midnight, Today moves on by itself. */
  rb_fake_clock_advance (clock, 16 * G_TIME_SPAN_HOUR);
  rb_test_wait (300);
  wait_for_label (window, "Tuesday 3 March");

  g_assert_true (rb_plan_store_remove (store, plan, &error));
  g_assert_no_error (error);
  gtk_window_destroy (GTK_WINDOW (window));
  rb_test_iterate ();
}

/* A reminder clicked while Runback is not running starts it with the
 * reminder's action, before the plans, the library and the journal are
 * read (none is before the first frame): the session starts once they
 * are. Runs first, while nothing is read yet. */
static void
test_plans_reminder_at_start (void)
{
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "runback", NULL);
  g_autofree char *path = g_build_filename (dir, "plans.json", NULL);
  const char *plans = "{ \"format\": \"runback.plans\", \"version\": 1, \"plans\": [ { "
                      "\"id\": \"reminded\", \"program\": \"knee-strength\", \"start\": \"2026-11-02\", "
                      "\"weekdays\": { \"session-1\": [ \"mon\" ] } } ] }";
  RbPlanStore *store;
  GtkWindow *window;

  g_assert_no_errno (g_mkdir_with_parents (dir, 0700));
  g_assert_true (g_file_set_contents (path, plans, -1, NULL));

  g_action_group_activate_action (G_ACTION_GROUP (app), "start-planned",
                                  g_variant_new ("(sss)", "reminded", "session-1", "2026-11-02"));
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_assert_true (RB_IS_WINDOW (window));
  store = rb_application_get_plan_store (app);
  g_assert_true (rb_test_wait_until (player_shown, window));
  g_assert_true (rb_plan_store_is_loaded (store));
  g_assert_true (rb_library_is_loaded (rb_application_get_library (app)));
  rb_window_pop_page (RB_WINDOW (window));

  g_assert_true (rb_plan_store_remove (store, rb_plan_store_lookup (store, "reminded"), NULL));
  gtk_window_destroy (window);
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

  g_test_add_func ("/rb/plans/reminder-at-start", test_plans_reminder_at_start);
  g_test_add_func ("/rb/plans/follow-and-today", test_plans_follow_and_today);

  ret = g_test_run ();
  g_clear_object (&app);

  return ret;
}
