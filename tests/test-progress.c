/* test-progress.c: the Progress view, its history and the red flags
 * banner, on a journal written before the app reads it.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "rb-application.h"
#include "rb-fake-clock.h"
#include "rb-progress-view.h"
#include "rb-red-flag-banner.h"
#include "rb-window.h"
#include "rb-test-ui.h"

static RbApplication *app;

/* Thursday 12 March 2026. Entries: three weeks back, last week (a
 * session and a run), this week (a check-in, and a session with a pain
 * of 8 after it, a red flag). */
static const char journal_json[] =
  "{\"format\": \"runback.journal\", \"version\": 2, \"entries\": ["
  "{\"kind\": \"session\", \"program\": \"knee-strength\", \"session_id\": \"session-1\","
  " \"title\": \"Strength A\", \"started\": \"2026-02-23T08:00:00+00:00\","
  " \"ended\": \"2026-02-23T08:30:00+00:00\", \"status\": \"completed\", \"pain_before\": 2,"
  " \"pain_after\": 3, \"exercises\": [{\"exercise\": \"squat\", \"title\": \"Squat\","
  " \"status\": \"completed\", \"sets_done\": 3, \"sets\": 3, \"seconds\": 300}]},"
  "{\"kind\": \"session\", \"program\": \"knee-strength\", \"session_id\": \"session-2\","
  " \"title\": \"Strength B\", \"started\": \"2026-03-02T08:00:00+00:00\","
  " \"status\": \"partial\", \"pain_before\": 3, \"pain_after\": 2, \"note\": \"Stopped <early>\"},"
  "{\"kind\": \"session\", \"title\": \"Run\", \"started\": \"2026-03-04T18:00:00+00:00\","
  " \"status\": \"completed\", \"pain_before\": 1, \"pain_after\": 2,"
  " \"run\": {\"intervals\": 6, \"seconds\": 1500, \"distance\": 3200}},"
  "{\"kind\": \"check-in\", \"title\": \"Check-in\", \"started\": \"2026-03-10T09:00:00+00:00\","
  " \"status\": \"completed\", \"pain_before\": 3, \"swelling\": false, \"stiffness\": 2},"
  "{\"kind\": \"session\", \"program\": \"knee-strength\", \"session_id\": \"session-1\","
  " \"title\": \"Strength A\", \"started\": \"2026-03-11T08:00:00+00:00\","
  " \"status\": \"completed\", \"pain_before\": 2, \"pain_after\": 8}"
  "]}";

static char *
journal_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), "runback", NULL);
}

static void
write_journal (void)
{
  g_autofree char *dir = journal_dir ();
  g_autofree char *path = g_build_filename (dir, "journal.json", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_file_set_contents (path, journal_json, -1, &error);
  g_assert_no_error (error);
}

static RbFakeClock *
new_clock (void)
{
  g_autoptr(GDateTime) thursday = g_date_time_new_utc (2026, 3, 12, 9, 0, 0);

  return rb_fake_clock_new (G_USEC_PER_SEC, thursday);
}

static GtkWidget *
find_widget (GtkWidget *widget,
             GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      if ((found = find_widget (child, type)))
        return found;
    }

  return NULL;
}

static GtkWidget *
find_named (GtkWidget  *widget,
            const char *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (g_strcmp0 (gtk_widget_get_name (child), name) == 0)
        return child;
      if ((found = find_named (child, name)))
        return found;
    }

  return NULL;
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0 &&
          gtk_widget_get_mapped (child))
        return child;
      if ((found = find_button (child, label)))
        return found;
    }

  return NULL;
}

/* The history's rows, top to bottom, with the week heading of each. */
static void
collect_rows (GtkWidget  *widget,
              GPtrArray  *rows,
              GPtrArray  *weeks)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (ADW_IS_EXPANDER_ROW (child))
        {
          GtkWidget *group = gtk_widget_get_ancestor (child, ADW_TYPE_PREFERENCES_GROUP);

          g_ptr_array_add (rows, child);
          g_ptr_array_add (weeks, (gpointer) adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (group)));
          continue;
        }
      collect_rows (child, rows, weeks);
    }
}

static gboolean
view_shows (RbProgressView *view,
            const char     *state)
{
  return g_strcmp0 (rb_progress_view_get_state (view), state) == 0;
}

static gboolean
view_has_content (gpointer view)
{
  return view_shows (view, "content");
}

static gboolean
view_is_empty (gpointer view)
{
  return view_shows (view, "empty");
}

static gboolean
stores_loaded (gpointer data)
{
  return rb_plan_store_is_loaded (rb_application_get_plan_store (app)) &&
         rb_journal_is_loaded (rb_application_get_journal (app));
}

static void
save_screenshots (GtkWidget  *window,
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
        g_assert_true (rb_test_resize (GTK_WINDOW (window), sizes[s][0], sizes[s][1]));
        rb_test_save_screenshot (window, path);
      }
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  g_assert_true (rb_test_resize (GTK_WINDOW (window), width, height));
}

/* A journal not read yet is loading, never empty; once read, empty. */
static void
test_progress_empty_after_loading (void)
{
  g_autofree char *dir = g_dir_make_tmp ("runback-empty-XXXXXX", NULL);
  g_autoptr(RbJournal) journal = rb_journal_new (dir);
  g_autoptr(RbPlanStore) plans = rb_plan_store_new (dir);
  g_autoptr(RbFakeClock) clock = new_clock ();
  g_autoptr(GError) error = NULL;
  GtkWidget *window = gtk_window_new ();
  RbProgressView *view = g_object_new (RB_TYPE_PROGRESS_VIEW, NULL);

  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  gtk_window_present (GTK_WINDOW (window));
  rb_progress_view_set_sources (view, rb_application_get_library (app), journal, plans, RB_CLOCK (clock));
  g_assert_true (rb_test_wait_for_mapped (GTK_WIDGET (view)));
  g_assert_cmpstr (rb_progress_view_get_state (view), ==, "loading");

  rb_plan_store_load (plans, &error);
  g_assert_no_error (error);
  rb_test_iterate ();
  g_assert_cmpstr (rb_progress_view_get_state (view), ==, "loading");

  rb_journal_load (journal, &error);
  g_assert_no_error (error);
  g_assert_true (rb_test_wait_until (view_is_empty, view));

  gtk_window_destroy (GTK_WINDOW (window));
  rb_test_iterate ();
}

typedef struct
{
  GtkWidget      *row;
  const char     *text;
} RowText;

static gboolean
row_subtitle_has (gpointer data)
{
  RowText *check = data;
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autoptr(GPtrArray) weeks = g_ptr_array_new ();

  collect_rows (check->row, rows, weeks);
  for (guint i = 0; i < rows->len; i++)
    if (strstr (adw_expander_row_get_subtitle (g_ptr_array_index (rows, i)), check->text) != NULL)
      return TRUE;

  return FALSE;
}

static GtkWidget *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window))
        return window;
    }

  return NULL;
}

static gboolean
dialog_shown (gpointer data)
{
  GtkWidget *dialog = find_dialog ();

  return dialog != NULL && gtk_widget_get_mapped (dialog);
}

static gboolean
no_dialog (gpointer data)
{
  return find_dialog () == NULL;
}

static gboolean
journal_saved (gpointer data)
{
  return !rb_journal_has_unsaved (data);
}

static RbJournalEntry *
read_back (guint index)
{
  g_autofree char *dir = journal_dir ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) entries = rb_journal_read_entries (dir, &error);

  g_assert_no_error (error);
  return g_list_model_get_item (entries, index);
}

static guint
read_back_count (void)
{
  g_autofree char *dir = journal_dir ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) entries = rb_journal_read_entries (dir, &error);

  g_assert_no_error (error);
  return g_list_model_get_n_items (entries);
}

static void
check_history (RbProgressView *view)
{
  static const char *titles[] = { "Strength A", "Check-in", "Run", "Strength B", "Strength A" };
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autoptr(GPtrArray) weeks = g_ptr_array_new ();

  collect_rows (GTK_WIDGET (view), rows, weeks);
  g_assert_cmpuint (rows->len, ==, G_N_ELEMENTS (titles));
  for (guint i = 0; i < rows->len; i++)
    g_assert_cmpstr (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), ==, titles[i]);

  /* Newest first, a heading per week. */
  g_assert_cmpstr (g_ptr_array_index (weeks, 0), ==, "This Week");
  g_assert_cmpstr (g_ptr_array_index (weeks, 1), ==, "This Week");
  g_assert_cmpstr (g_ptr_array_index (weeks, 2), ==, "Last Week");
  g_assert_cmpstr (g_ptr_array_index (weeks, 3), ==, "Last Week");
  g_assert_true (g_str_has_prefix (g_ptr_array_index (weeks, 4), "Week of "));
  g_assert_nonnull (strstr (adw_expander_row_get_subtitle (g_ptr_array_index (rows, 0)), "Pain 2 → 8"));
}

/* Change Strength B's pain after from 2 to 5 through the dialog. */
static void
check_edit (RbWindow       *window,
            RbProgressView *view,
            RbJournal      *journal)
{
  g_autoptr(RbJournalEntry) entry = g_list_model_get_item (rb_journal_get_entries (journal), 1);
  g_autoptr(RbJournalEntry) saved = NULL;
  RowText check = { GTK_WIDGET (view), "Pain 3 → 5" };
  GtkWidget *dialog;

  g_assert_cmpstr (rb_journal_entry_get_title (entry), ==, "Strength B");
  rb_progress_view_edit_entry (view, entry);
  g_assert_true (rb_test_wait_until (dialog_shown, NULL));
  dialog = find_dialog ();
  gtk_drop_down_set_selected (GTK_DROP_DOWN (find_named (dialog, "pain-after")), 6);
  /* As its Save button does: the response, then closing. */
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "save");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_true (rb_test_wait_until (no_dialog, NULL));

  g_assert_true (rb_test_wait_until (row_subtitle_has, &check));
  g_assert_true (rb_test_wait_until (journal_saved, journal));
  saved = read_back (1);
  g_assert_cmpint (rb_journal_entry_get_pain_after (saved), ==, 5);
  g_assert_cmpstr (rb_journal_entry_get_note (saved), ==, "Stopped <early>");
}

typedef struct
{
  GListModel *entries;
  guint       n;
} Count;

static gboolean
has_count (gpointer data)
{
  Count *count = data;

  return g_list_model_get_n_items (count->entries) == count->n;
}

static gboolean
undo_shown (gpointer window)
{
  return find_button (window, "_Undo") != NULL;
}

/* Delete the run, then Undo: it comes back in its place, on disk too. */
static void
check_delete_undo (RbWindow       *window,
                   RbProgressView *view,
                   RbJournal      *journal)
{
  GListModel *entries = rb_journal_get_entries (journal);
  g_autoptr(RbJournalEntry) run = g_list_model_get_item (entries, 2);
  g_autoptr(RbJournalEntry) back = NULL;
  g_autoptr(RbJournalEntry) saved = NULL;
  Count count = { entries, 4 };

  g_assert_cmpstr (rb_journal_entry_get_title (run), ==, "Run");
  rb_progress_view_delete_entry (view, run);
  g_assert_true (rb_test_wait_until (has_count, &count));
  g_assert_true (rb_test_wait_until (journal_saved, journal));
  g_assert_cmpuint (read_back_count (), ==, 4);

  g_assert_true (rb_test_wait_until (undo_shown, window));
  g_signal_emit_by_name (find_button (GTK_WIDGET (window), "_Undo"), "clicked");
  count.n = 5;
  g_assert_true (rb_test_wait_until (has_count, &count));
  back = g_list_model_get_item (entries, 2);
  g_assert_true (back == run);
  g_assert_true (rb_test_wait_until (journal_saved, journal));
  g_assert_cmpuint (read_back_count (), ==, 5);
  saved = read_back (2);
  g_assert_cmpstr (rb_journal_entry_get_title (saved), ==, "Run");
}

static gboolean
banner_shown (gpointer banner)
{
  return rb_red_flag_banner_is_shown (banner);
}

static gboolean
banner_hidden (gpointer banner)
{
  return !rb_red_flag_banner_is_shown (banner);
}

/* The pain of 8 shows on Today and Progress, not elsewhere; dismissed,
 * it stays hidden, also for a journal read again from the file. */
static void
check_banner (RbWindow    *window,
              RbJournal   *journal,
              RbFakeClock *clock)
{
  RbRedFlagBanner *banner = RB_RED_FLAG_BANNER (find_widget (GTK_WIDGET (window), RB_TYPE_RED_FLAG_BANNER));
  g_autofree char *dir = journal_dir ();
  g_autoptr(RbJournal) reread = rb_journal_new (dir);
  g_autoptr(GError) error = NULL;
  GtkWidget *other;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "today"));
  g_assert_true (rb_test_wait_until (banner_shown, banner));
  g_assert_nonnull (strstr (rb_red_flag_banner_get_reason (banner), "8/10"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "calendar"));
  g_assert_true (rb_test_wait_until (banner_hidden, banner));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "progress"));
  g_assert_true (rb_test_wait_until (banner_shown, banner));
  save_screenshots (GTK_WIDGET (window), "progress");

  g_signal_emit_by_name (find_button (GTK_WIDGET (banner), "_Dismiss"), "clicked");
  g_assert_true (rb_test_wait_until (banner_hidden, banner));
  g_assert_true (rb_test_wait_until (journal_saved, journal));

  rb_journal_load (reread, &error);
  g_assert_no_error (error);
  other = rb_red_flag_banner_new ();
  g_object_ref_sink (other);
  rb_red_flag_banner_set_sources (RB_RED_FLAG_BANNER (other), reread, RB_CLOCK (clock));
  rb_red_flag_banner_set_allowed (RB_RED_FLAG_BANNER (other), TRUE);
  g_assert_false (rb_red_flag_banner_is_shown (RB_RED_FLAG_BANNER (other)));
  g_object_unref (other);
}

static void
test_progress_history (void)
{
  g_autoptr(RbFakeClock) clock = new_clock ();
  RbLibrary *library = rb_application_get_library (app);
  RbJournal *journal;
  g_autoptr(GError) error = NULL;
  RbProgressView *view;
  RbWindow *window;

  write_journal ();
  rb_library_load (library, NULL, NULL, &error);
  g_assert_no_error (error);
  journal = rb_application_get_journal (app);
  g_assert_true (rb_test_wait_until (stores_loaded, NULL));

  window = g_object_new (RB_TYPE_WINDOW, "application", app, "library", library, "clock", clock, NULL);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (rb_test_wait_for_mapped (GTK_WIDGET (window)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "progress"));
  view = RB_PROGRESS_VIEW (find_widget (GTK_WIDGET (window), RB_TYPE_PROGRESS_VIEW));
  g_assert_true (rb_test_wait_until (view_has_content, view));
  g_assert_true (rb_test_wait_settled (GTK_WIDGET (window)));

  check_history (view);
  check_banner (window, journal, clock);
  check_edit (window, view, journal);
  check_delete_undo (window, view, journal);

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

  g_test_add_func ("/rb/progress/empty-after-loading", test_progress_empty_after_loading);
  g_test_add_func ("/rb/progress/history", test_progress_history);

  ret = g_test_run ();
  g_clear_object (&app);

  return ret;
}
