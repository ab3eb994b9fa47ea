/* test-handout-print.c
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The handout through GtkPrintOperation, exported to a PDF under Xvfb,
 * and its dialog.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "rb-handout-dialog.h"
#include "rb-test-ui.h"
#include "rb-library.h"

static RbLibrary *library;

static RbHandout *
build_handout (void)
{
  RbHandoutOptions options = {
    .patient = "Jane <Doe> & Co",
    .red_flags = rb_library_lookup_learn_page (library, "when-to-see-a-doctor"),
  };

  return rb_handout_new (rb_library_lookup_program (library, "knee-strength"), &options);
}

static void
test_handout_print_export (void)
{
  g_autoptr(RbHandout) handout = build_handout ();
  g_autoptr(GtkPrintOperation) operation = rb_handout_print_operation_new (handout, RB_HANDOUT_PAPER_A4);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("runback-test-print-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "print.pdf", NULL);
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
  g_autofree char *contents = NULL;
  GtkPrintOperationResult result;

  gtk_print_operation_set_export_filename (operation, path);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));

  if (pdfinfo != NULL)
    {
      g_autofree char *out = NULL, *expected = NULL;
      int status;

      g_spawn_sync (NULL, (char *[]) { pdfinfo, path, NULL }, NULL, G_SPAWN_DEFAULT,
                    NULL, NULL, &out, NULL, &status, &error);
      g_assert_no_error (error);
      /* The pages the core paginated for the page set up: A4, from its corner. */
      expected = g_strdup_printf ("Pages:           %u\n",
                                  rb_handout_get_n_pages (handout, RB_HANDOUT_A4_WIDTH, RB_HANDOUT_A4_HEIGHT));
      g_assert_nonnull (strstr (out, expected));
      g_assert_nonnull (strstr (out, "(A4)"));
    }

  g_remove (path);
  g_rmdir (dir);
}

static GtkWidget *
find_row (GtkWidget  *widget,
          const char *title)
{
  if (ADW_IS_PREFERENCES_ROW (widget)
      && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_row (child, title);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The dialog offers the languages a translation is installed for (the
 * tests point RUNBACK_LOCALEDIR at the build's), the interface's first. */
static void
test_handout_dialog (void)
{
  GtkWidget *dialog = rb_handout_dialog_new (NULL, library, rb_library_lookup_program (library, "knee-strength"),
                                             FALSE);

  GtkWidget *language;
  GListModel *names;

  g_object_ref_sink (dialog);
  gtk_window_present (GTK_WINDOW (dialog));

  language = find_row (dialog, "Handout Language");
  g_assert_nonnull (language);
  names = adw_combo_row_get_model (ADW_COMBO_ROW (language));
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (names), 0), ==, "English");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (language)), ==, 0);
  if (g_list_model_get_n_items (names) > 1)
    {
      g_assert_true (gtk_widget_get_visible (language));
      g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (names), 1), ==, "Deutsch");
    }
  else
    {
      g_assert_false (gtk_widget_get_visible (language));
    }

  /* With RB_TEST_SCREENSHOT_DIR set, the dialog is saved as a PNG. */
  if (g_getenv ("RB_TEST_SCREENSHOT_DIR") != NULL)
    {
      g_autofree char *path = g_build_filename (g_getenv ("RB_TEST_SCREENSHOT_DIR"), "handout-dialog.png", NULL);

      g_assert_true (rb_test_wait_until (rb_test_widget_is_mapped, dialog));
      rb_test_wait (300);
      rb_test_save_screenshot (dialog, path);
    }
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_finalize_object (dialog);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  library = rb_library_new ();
  rb_library_load (library, NULL, NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/rb/handout-print/export", test_handout_print_export);
  g_test_add_func ("/rb/handout-print/dialog", test_handout_dialog);

  status = g_test_run ();
  g_clear_object (&library);

  return status;
}
