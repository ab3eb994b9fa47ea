/* test-runs.c: the return to running as the user meets it: the morning
 * check-in on Today, the stage and why, and the advice to see a
 * professional. With RB_TEST_SCREENSHOT_DIR set, the screens are saved
 * as PNGs.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rb-application.h"
#include "rb-check-in-card.h"
#include "rb-fake-clock.h"
#include "rb-follow-dialog.h"
#include "rb-pain-scale.h"
#include "rb-plan-page.h"
#include "rb-player.h"
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

/* A mapped button bound to @action with @target. */
static GtkWidget *
find_action (GtkWidget  *widget,
             const char *action,
             GVariant   *target)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_ACTIONABLE (child) && gtk_widget_get_mapped (child) &&
          g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (child)), action) == 0 &&
          g_variant_equal (target, gtk_actionable_get_action_target_value (GTK_ACTIONABLE (child))))
        return child;
      if ((found = find_action (child, action, target)))
        return found;
    }

  return NULL;
}

/* A mapped label or button whose text holds @text. */
static GtkWidget *
find_text (GtkWidget  *widget,
           const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *label = NULL;
      GtkWidget *found;

      if (GTK_IS_LABEL (child))
        label = gtk_label_get_label (GTK_LABEL (child));
      else if (GTK_IS_BUTTON (child))
        label = gtk_button_get_label (GTK_BUTTON (child));
      if (label != NULL && gtk_widget_get_mapped (child) && strstr (label, text) != NULL)
        return child;
      if ((found = find_text (child, text)))
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
text_shown (gpointer data)
{
  Search *search = data;

  return find_text (search->root, search->text) != NULL;
}

static gboolean
text_gone (gpointer data)
{
  return !text_shown (data);
}

static void
wait_for_text (GtkWidget  *root,
               const char *text)
{
  Search search = { root, text };

  if (!rb_test_wait_until (text_shown, &search))
    g_error ("“%s” never showed", text);
}

static void
wait_for_no_text (GtkWidget  *root,
                  const char *text)
{
  Search search = { root, text };

  if (!rb_test_wait_until (text_gone, &search))
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
        /* Screenshots are for looking at: a window that keeps its own
         * size (a dialog) is taken as it is. */
        if (!rb_test_resize (GTK_WINDOW (window), sizes[s][0], sizes[s][1]))
          g_test_message ("%s: not resized to %dx%d", name, sizes[s][0], sizes[s][1]);
        rb_test_save_screenshot (window, path);
      }
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  rb_test_resize (GTK_WINDOW (window), width, height);
}

static gboolean
stores_loaded (gpointer data)
{
  return rb_plan_store_is_loaded (rb_application_get_plan_store (app)) &&
         rb_journal_is_loaded (rb_application_get_journal (app));
}

static RbFollowDialog *
get_follow_dialog (void)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (RB_IS_FOLLOW_DIALOG (l->data) && gtk_widget_get_mapped (l->data))
      return l->data;

  return NULL;
}

static gboolean
follow_dialog_shown (gpointer data)
{
  return get_follow_dialog () != NULL;
}

static gboolean
no_follow_dialog (gpointer data)
{
  return get_follow_dialog () == NULL;
}

static gboolean
plan_page_shown (gpointer window)
{
  return find_widget (window, RB_TYPE_PLAN_PAGE) != NULL;
}

static gboolean
player_shown (gpointer window)
{
  return find_widget (window, RB_TYPE_PLAYER) != NULL;
}

static void
click (GtkWidget *button)
{
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
}

static GtkWidget *
open_window (RbClock *clock)
{
  RbLibrary *library = rb_application_get_library (app);
  g_autoptr(GError) error = NULL;
  GtkWidget *window;

  if (!rb_library_is_loaded (library))
    rb_library_load (library, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (rb_test_wait_until (stores_loaded, NULL));

  window = g_object_new (RB_TYPE_WINDOW, "application", app, "library", library, "clock", clock, NULL);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (rb_test_wait_for_mapped (window));

  return window;
}

/* What the player records for a run of the plan, an hour ago: every
 * interval done, the knee at @pain_after. */
static void
log_run (RbClock    *clock,
         const char *plan_id,
         int         stage,
         int         pain_after)
{
  g_autoptr(RbJournalEntry) entry = rb_journal_entry_new (RB_JOURNAL_KIND_SESSION);
  g_autoptr(GDateTime) now = rb_clock_dup_now (clock);
  g_autoptr(GDateTime) started = g_date_time_add_hours (now, -1);
  RbJournalItem item = { .title = (char *) "Run and walk", .status = RB_JOURNAL_ITEM_COMPLETED,
                         .sets_done = 6, .n_sets = 6, .seconds = 1080 };
  GDate day;
  int y, m, d;

  g_date_time_get_ymd (started, &y, &m, &d);
  g_date_clear (&day, 1);
  g_date_set_dmy (&day, d, m, y);
  rb_journal_entry_set_program (entry, "return-to-running", 0);
  rb_journal_entry_set_session_id (entry, "session-1");
  rb_journal_entry_set_plan (entry, plan_id, &day);
  rb_journal_entry_set_stage (entry, stage);
  rb_journal_entry_set_title (entry, "Run and Walk");
  rb_journal_entry_set_started (entry, started);
  rb_journal_entry_set_ended (entry, now);
  rb_journal_entry_set_pain_after (entry, pain_after);
  rb_journal_entry_add_item (entry, &item);
  rb_journal_append (rb_application_get_journal (app), entry);
}

/* Answers the morning check-in on Today and saves it. */
static void
check_in (GtkWidget          *window,
          int                 pain,
          gboolean            swelling,
          RbCheckInStiffness  stiffness)
{
  RbCheckInCard *card;
  GtkWidget *swelling_switch;

  wait_for_text (window, "How is your knee this morning?");
  card = RB_CHECK_IN_CARD (find_widget (window, RB_TYPE_CHECK_IN_CARD));
  g_assert_nonnull (card);
  g_assert_cmpint (rb_check_in_card_get_pain (card), ==, -1);
  rb_pain_scale_set_value (RB_PAIN_SCALE (find_widget (GTK_WIDGET (card), RB_TYPE_PAIN_SCALE)), pain);
  swelling_switch = find_widget (GTK_WIDGET (card), GTK_TYPE_SWITCH);
  gtk_switch_set_active (GTK_SWITCH (swelling_switch), swelling);
  rb_check_in_card_set_stiffness (card, stiffness);
}

static void
save_check_in (GtkWidget *window)
{
  guint before = g_list_model_get_n_items (rb_journal_get_entries (rb_application_get_journal (app)));

  click (find_text (window, "_Save Check-In"));
  wait_for_no_text (window, "How is your knee this morning?");
  g_assert_cmpuint (g_list_model_get_n_items (rb_journal_get_entries (rb_application_get_journal (app))), ==,
                    before + 1);
}

/* 2026-03-02 is a Monday: runs on Monday, Wednesday and Friday. */
static void
test_runs_move_up (void)
{
  g_autoptr(GDateTime) monday = g_date_time_new_local (2026, 3, 2, 10, 0, 0);
  g_autoptr(RbFakeClock) clock = rb_fake_clock_new (G_USEC_PER_SEC, monday);
  RbPlanStore *store = rb_application_get_plan_store (app);
  const char *plan_id = "return-to-running-20260302";
  g_autoptr(GError) error = NULL;
  GtkWidget *window = open_window (RB_CLOCK (clock));
  GtkWidget *page;

  /* Follow it: the dialog says to check with a professional first. */
  g_assert_true (gtk_widget_activate_action (window, "win.follow-program", "s", "return-to-running"));
  g_assert_true (rb_test_wait_until (follow_dialog_shown, NULL));
  wait_for_text (GTK_WIDGET (get_follow_dialog ()), "doctor or physiotherapist");
  save_screenshot (GTK_WIDGET (get_follow_dialog ()), "runs-follow-dialog");
  click (find_text (GTK_WIDGET (get_follow_dialog ()), "_Follow"));
  g_assert_true (rb_test_wait_until (no_follow_dialog, NULL));
  g_assert_nonnull (rb_plan_store_lookup (store, plan_id));

  /* Monday: the first stage, and why. */
  g_assert_true (gtk_widget_activate_action (window, "win.show-view", "s", "today"));
  wait_for_text (window, "Stage 1 of 35: 6 × (1 min run, 2 min walk)");
  wait_for_text (window, "Starting at stage 1");
  g_assert_null (find_text (window, "How is your knee this morning?"));
  save_screenshot (window, "runs-today-start");
  log_run (RB_CLOCK (clock), plan_id, 0, 1);

  /* Tuesday morning: how is the knee? */
  rb_fake_clock_advance (clock, 22 * G_TIME_SPAN_HOUR);
  check_in (window, 0, FALSE, RB_CHECK_IN_STIFFNESS_NONE);
  save_screenshot (window, "runs-check-in");
  save_check_in (window);

  /* Wednesday: one good run is not yet enough to move up. */
  rb_fake_clock_advance (clock, 24 * G_TIME_SPAN_HOUR);
  wait_for_text (window, "Stage 1 of 35");
  wait_for_text (window, "each stage goes well 2 times before moving up");
  log_run (RB_CLOCK (clock), plan_id, 0, 1);

  /* Thursday's check-in, then Friday moves up, saying why. */
  rb_fake_clock_advance (clock, 24 * G_TIME_SPAN_HOUR);
  check_in (window, 1, FALSE, RB_CHECK_IN_STIFFNESS_NONE);
  save_check_in (window);
  rb_fake_clock_advance (clock, 24 * G_TIME_SPAN_HOUR);
  wait_for_text (window, "Stage 2 of 35: 5 × (1 min 15 s run, 2 min walk)");
  wait_for_text (window, "Moving up to stage 2: your knee was 1/10 after Wednesday’s run and settled by the "
                         "next morning");
  save_screenshot (window, "runs-today-stage-2");

  /* The plan page says the same, and lists the rules with their sources. */
  g_assert_true (gtk_widget_activate_action (window, "win.show-plan", "s", plan_id));
  g_assert_true (rb_test_wait_until (plan_page_shown, window));
  page = find_widget (window, RB_TYPE_PLAN_PAGE);
  wait_for_text (page, "Stage 2 of 35");
  wait_for_text (page, "Moving up to stage 2");
  wait_for_text (page, "A stage goes well 2 times before moving up");
  save_screenshot (window, "runs-plan-page");
  rb_window_pop_page (RB_WINDOW (window));

  g_assert_true (rb_plan_store_remove (store, rb_plan_store_lookup (store, plan_id), &error));
  g_assert_no_error (error);
  gtk_window_destroy (GTK_WINDOW (window));
  rb_test_iterate ();
}

/* A swollen knee the morning after: see a professional, and the offer
 * of acute care. Months after the first test, so that its runs do not
 * count. */
static void
test_runs_swollen (void)
{
  g_autoptr(GDateTime) monday = g_date_time_new_local (2026, 9, 7, 10, 0, 0);
  g_autoptr(RbFakeClock) clock = rb_fake_clock_new (G_USEC_PER_SEC, monday);
  RbPlanStore *store = rb_application_get_plan_store (app);
  g_autoptr(GError) error = NULL;
  g_autoptr(RbPlan) plan = NULL;
  GtkWidget *window = open_window (RB_CLOCK (clock));
  RbProgram *program = rb_library_lookup_program (rb_application_get_library (app), "return-to-running");
  GDate start;

  g_date_clear (&start, 1);
  g_date_set_dmy (&start, 7, 9, 2026);
  plan = rb_plan_new ("swollen", program, &start);
  g_assert_true (rb_plan_store_add (store, plan, &error));
  g_assert_no_error (error);

  g_assert_true (gtk_widget_activate_action (window, "win.show-view", "s", "today"));
  wait_for_text (window, "Stage 1 of 35");
  log_run (RB_CLOCK (clock), "swollen", 0, 2);

  rb_fake_clock_advance (clock, 22 * G_TIME_SPAN_HOUR);
  check_in (window, 3, TRUE, RB_CHECK_IN_STIFFNESS_SOME);
  save_check_in (window);

  wait_for_text (window, "See a doctor or physiotherapist before you run again");
  wait_for_text (window, "your knee was swollen the morning after");
  g_assert_nonnull (find_action (window, "win.follow-program", g_variant_new_string ("acute-care")));
  save_screenshot (window, "runs-swollen");

  /* A reminder's default action starts the session in the window. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "start-planned",
                                  g_variant_new ("(sss)", "swollen", "session-1", "2026-09-09"));
  g_assert_true (rb_test_wait_until (player_shown, window));
  rb_window_pop_page (RB_WINDOW (window));

  g_assert_true (rb_plan_store_remove (store, plan, &error));
  g_assert_no_error (error);
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

  g_test_add_func ("/rb/runs/move-up", test_runs_move_up);
  g_test_add_func ("/rb/runs/swollen", test_runs_swollen);

  ret = g_test_run ();
  g_clear_object (&app);

  return ret;
}
