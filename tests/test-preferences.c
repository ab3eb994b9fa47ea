/* test-preferences.c: the Preferences rows, and backup and restore.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "rb-application.h"
#include "rb-backup.h"
#include "rb-preferences-window.h"
#include "rb-schedule.h"
#include "rb-storage.h"
#include "rb-window.h"
#include "rb-test-ui.h"

static RbApplication *app;

static GtkWidget *
find_row (GtkWidget  *widget,
          GType       type,
          const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) &&
          g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)), title) == 0)
        return child;
      if ((found = find_row (child, type, title)))
        return found;
    }

  return NULL;
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

static void
test_preferences_rows (void)
{
  g_autoptr(GSettings) settings = g_settings_new (BASE_ID);
  GtkWidget *window = rb_preferences_window_new (NULL);
  GtkWidget *weekday, *unit, *advance, *repeat, *lead_in_row, *spin;
  g_autofree char *unit_name = NULL;

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (rb_test_wait_for_mapped (window));

  weekday = find_row (window, ADW_TYPE_COMBO_ROW, "_First Day of the Week");
  unit = find_row (window, ADW_TYPE_COMBO_ROW, "_Distances");
  advance = find_row (window, ADW_TYPE_COMBO_ROW, "Most Pain to _Move Up a Stage");
  repeat = find_row (window, ADW_TYPE_COMBO_ROW, "Most Pain to _Repeat a Stage");
  lead_in_row = find_row (window, ADW_TYPE_ACTION_ROW, "_Lead-In");
  g_assert_nonnull (weekday);
  g_assert_nonnull (unit);
  g_assert_nonnull (advance);
  g_assert_nonnull (repeat);
  g_assert_nonnull (lead_in_row);
  spin = find_widget (lead_in_row, GTK_TYPE_SPIN_BUTTON);
  g_assert_nonnull (spin);

  /* The defaults: the language's week, kilometres, the program's pain. */
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (weekday)), ==, 0);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (unit)), ==, 0);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (advance)), ==, 0);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (spin)), ==, 5);

  /* Choosing in a row sets its key. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (weekday), 2);
  g_assert_cmpint (g_settings_get_int (settings, "first-weekday"), ==, G_DATE_SUNDAY);
  adw_combo_row_set_selected (ADW_COMBO_ROW (weekday), 3);
  g_assert_cmpint (g_settings_get_int (settings, "first-weekday"), ==, G_DATE_SATURDAY);
  adw_combo_row_set_selected (ADW_COMBO_ROW (unit), 1);
  unit_name = g_settings_get_string (settings, "distance-unit");
  g_assert_cmpstr (unit_name, ==, "mi");
  adw_combo_row_set_selected (ADW_COMBO_ROW (advance), 3);
  g_assert_cmpint (g_settings_get_int (settings, "advance-max-pain"), ==, 2);
  adw_combo_row_set_selected (ADW_COMBO_ROW (repeat), 11);
  g_assert_cmpint (g_settings_get_int (settings, "repeat-max-pain"), ==, 10);
  adw_combo_row_set_selected (ADW_COMBO_ROW (repeat), 0);
  g_assert_cmpint (g_settings_get_int (settings, "repeat-max-pain"), ==, -1);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 12);
  g_assert_cmpint (g_settings_get_int (settings, "lead-in-seconds"), ==, 12);

  /* And a key changed elsewhere shows in its row. */
  g_settings_set_int (settings, "first-weekday", G_DATE_MONDAY);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (weekday)), ==, 1);
  g_settings_set_string (settings, "distance-unit", "km");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (unit)), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  rb_test_iterate ();

  g_settings_reset (settings, "first-weekday");
  g_settings_reset (settings, "advance-max-pain");
  g_settings_reset (settings, "lead-in-seconds");
}

static void
test_preferences_first_weekday (void)
{
  g_autoptr(GSettings) settings = g_settings_new (BASE_ID);

  g_assert_cmpint (rb_application_get_first_weekday (), ==, rb_schedule_first_weekday ());

  g_settings_set_int (settings, "first-weekday", G_DATE_SUNDAY);
  g_assert_cmpint (rb_application_get_first_weekday (), ==, G_DATE_SUNDAY);
  g_settings_set_int (settings, "first-weekday", G_DATE_SATURDAY);
  g_assert_cmpint (rb_application_get_first_weekday (), ==, G_DATE_SATURDAY);
  g_settings_set_int (settings, "first-weekday", G_DATE_MONDAY);
  g_assert_cmpint (rb_application_get_first_weekday (), ==, G_DATE_MONDAY);

  g_settings_reset (settings, "first-weekday");
  g_assert_cmpint (rb_application_get_first_weekday (), ==, rb_schedule_first_weekday ());
}

static gboolean
journal_is_loaded (gpointer data)
{
  return rb_journal_is_loaded (data);
}

static RbJournalEntry *
new_check_in (int day)
{
  g_autoptr(GDateTime) started = g_date_time_new_local (2026, 3, day, 18, 0, 0);

  return rb_journal_entry_new_check_in (started);
}

static void
test_preferences_backup (void)
{
  RbJournal *journal = rb_application_get_journal (app);
  g_autofree char *dir = g_dir_make_tmp ("runback-backup-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "runback-backup.json", NULL);
  g_autofree char *other = g_build_filename (dir, "other", NULL);
  g_autoptr(RbJournalEntry) entry = new_check_in (10);
  g_autoptr(GListModel) entries = NULL;
  g_autoptr(GError) error = NULL;
  gboolean incomplete = TRUE;

  g_assert_true (rb_test_wait_until (journal_is_loaded, journal));

  /* What is not saved yet is saved first, so that the backup has it. */
  rb_journal_append (journal, entry);
  g_assert_true (rb_journal_has_unsaved (journal));
  g_assert_true (rb_application_backup (app, path, &incomplete, &error));
  g_assert_no_error (error);
  g_assert_false (incomplete);
  g_assert_false (rb_journal_has_unsaved (journal));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  /* Restored elsewhere, it holds the entry. */
  g_assert_true (rb_backup_restore (other, path, NULL, &error));
  g_assert_no_error (error);
  entries = rb_journal_read_entries (other, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (entries), ==, 1);
}

static GtkWidget *
find_dialog (const char *heading)
{
  g_autoptr(GListModel) toplevels = g_object_ref (gtk_window_get_toplevels ());

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_mapped (window) &&
          g_strcmp0 (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (window)), heading) == 0)
        return window;
    }

  return NULL;
}

static gboolean
dialog_shown (gpointer heading)
{
  return find_dialog (heading) != NULL;
}

typedef struct
{
  RbJournal *journal;
  guint      n_entries;
} JournalCount;

static gboolean
journal_has (gpointer data)
{
  JournalCount *count = data;

  return g_list_model_get_n_items (rb_journal_get_entries (count->journal)) == count->n_entries;
}

/* A backup made elsewhere, with @n entries. */
static char *
make_backup (const char *dir,
             guint       n)
{
  g_autofree char *other = g_build_filename (dir, "elsewhere", NULL);
  g_autoptr(RbJournal) journal = rb_journal_new (other);
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, "elsewhere.json", NULL);

  g_assert_true (rb_journal_load (journal, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RbJournalEntry) entry = new_check_in (1 + i);

      rb_journal_append (journal, entry);
    }
  g_assert_true (rb_journal_save (journal, &error));
  g_assert_no_error (error);
  g_assert_true (rb_backup_write (other, path, &error));
  g_assert_no_error (error);

  return path;
}

static void
test_preferences_restore (void)
{
  g_autofree char *dir = g_dir_make_tmp ("runback-restore-XXXXXX", NULL);
  g_autofree char *path = make_backup (dir, 3);
  RbJournal *journal = rb_application_get_journal (app);
  RbWindow *window = rb_window_new (app, rb_application_get_library (app));
  JournalCount count = { journal, 3 };
  GtkWidget *dialog;
  guint n_before;

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (rb_test_wait_for_mapped (GTK_WIDGET (window)));
  g_assert_true (rb_test_wait_until (journal_is_loaded, journal));
  n_before = g_list_model_get_n_items (rb_journal_get_entries (journal));
  g_assert_cmpuint (n_before, !=, 3);

  /* It asks first, and Cancel changes nothing. */
  rb_application_ask_restore (app, GTK_WINDOW (window), path);
  g_assert_true (rb_test_wait_until (dialog_shown, "Replace Your Data With the Backup?"));
  dialog = find_dialog ("Replace Your Data With the Backup?");
  g_assert_cmpstr (adw_message_dialog_get_default_response (ADW_MESSAGE_DIALOG (dialog)), ==, "cancel");
  g_assert_cmpint (adw_message_dialog_get_response_appearance (ADW_MESSAGE_DIALOG (dialog), "replace"),
                   ==, ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  rb_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (rb_journal_get_entries (journal)), ==, n_before);

  /* Replace restores, loads the journal again and says where the old
   * files are. */
  rb_application_ask_restore (app, GTK_WINDOW (window), path);
  g_assert_true (rb_test_wait_until (dialog_shown, "Replace Your Data With the Backup?"));
  dialog = find_dialog ("Replace Your Data With the Backup?");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "replace");
  g_assert_true (rb_test_wait_until (journal_has, &count));
  g_assert_true (rb_test_wait_until (dialog_shown, "Backup Restored"));
  gtk_window_destroy (GTK_WINDOW (find_dialog ("Backup Restored")));

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

  g_test_add_func ("/rb/preferences/rows", test_preferences_rows);
  g_test_add_func ("/rb/preferences/first-weekday", test_preferences_first_weekday);
  g_test_add_func ("/rb/preferences/backup", test_preferences_backup);
  g_test_add_func ("/rb/preferences/restore", test_preferences_restore);

  ret = g_test_run ();
  g_clear_object (&app);

  return ret;
}
