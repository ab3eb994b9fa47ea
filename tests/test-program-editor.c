/* test-program-editor.c: writing a program in the editor, and imports.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * With RB_TEST_SCREENSHOT_DIR set, the editor is also saved as a PNG,
 * wide and narrow, light and dark.
 */

#include "config.h"

#include <glib/gstdio.h>

#include "rb-application.h"
#include "rb-program-editor.h"
#include "rb-window.h"
#include "rb-test-ui.h"

static RbApplication *app;

/* The first widget of @type under @widget (mapped ones only, if asked)
 * whose name is @name, when given. */
static GtkWidget *
find_widget (GtkWidget  *widget,
             GType       type,
             const char *name,
             gboolean    mapped)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) && (!mapped || gtk_widget_get_mapped (child)) &&
          (name == NULL || g_strcmp0 (gtk_widget_get_name (child), name) == 0))
        return child;

      if ((found = find_widget (child, type, name, mapped)))
        return found;
    }

  return NULL;
}

static void
screenshot (RbWindow   *window,
            const char *name)
{
  const char *dir = g_getenv ("RB_TEST_SCREENSHOT_DIR");
  static const struct { int width, height; const char *size; } sizes[] = {
    { 1280, 800, "wide" }, { 360, 640, "narrow" },
  };
  AdwStyleManager *style = adw_style_manager_get_default ();

  if (dir == NULL)
    return;

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    for (guint dark = 0; dark < 2; dark++)
      {
        g_autofree char *file = g_strdup_printf ("%s-%s-%s.png", name, sizes[s].size, dark ? "dark" : "light");
        g_autofree char *path = g_build_filename (dir, file, NULL);

        adw_style_manager_set_color_scheme (style, dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);
        g_assert_true (rb_test_resize (GTK_WINDOW (window), sizes[s].width, sizes[s].height));
        rb_test_save_screenshot (GTK_WIDGET (window), path);
      }

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

static gboolean
library_loaded (gpointer data)
{
  return rb_library_is_loaded (rb_application_get_library (app));
}

static gboolean
editor_shown (gpointer window)
{
  return find_widget (window, RB_TYPE_PROGRAM_EDITOR, NULL, TRUE) != NULL && rb_test_settled (window);
}

static RbProgramEditor *
get_editor (RbWindow *window)
{
  GtkWidget *editor = find_widget (GTK_WIDGET (window), RB_TYPE_PROGRAM_EDITOR, NULL, TRUE);

  g_assert_nonnull (editor);
  return RB_PROGRAM_EDITOR (editor);
}

/* Picks the @n-th exercise of the first session's picker. */
static char *
add_exercise (RbWindow *window,
              guint     n)
{
  GtkWidget *list = find_widget (GTK_WIDGET (get_editor (window)), GTK_TYPE_LIST_BOX, "rb-exercise-picker", FALSE);
  GtkListBoxRow *row;
  char *id;

  g_assert_nonnull (list);
  row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), n);
  g_assert_nonnull (row);
  /* Adding rebuilds the editor, picker and all. */
  id = g_strdup (g_object_get_data (G_OBJECT (row), "rb-exercise-id"));
  gtk_widget_activate (GTK_WIDGET (row));
  return id;
}

static void
click (RbWindow   *window,
       const char *name)
{
  GtkWidget *button = find_widget (GTK_WIDGET (get_editor (window)), GTK_TYPE_BUTTON, name, TRUE);

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
}

static gboolean
program_saved (gpointer data)
{
  return rb_library_lookup_program (rb_application_get_library (app), "my-program") != NULL &&
         !editor_shown (data);
}

static gboolean
row_titled (GtkWidget  *widget,
            const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (ADW_IS_PREFERENCES_ROW (child) && gtk_widget_get_mapped (child) &&
          g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)), title) == 0)
        return TRUE;
      if (row_titled (child, title))
        return TRUE;
    }

  return FALSE;
}

static gboolean
program_listed (gpointer window)
{
  return row_titled (window, "My Own Program");
}

static void
test_editor_create (void)
{
  g_autoptr(RbWindow) window = g_object_ref_sink (rb_window_new (app, rb_application_get_library (app)));
  RbLibrary *library = rb_application_get_library (app);
  RbProgramBuilder *builder;
  RbProgramEditor *editor;
  g_autofree char *first = NULL, *second = NULL;
  GtkWidget *title, *entry;

  gtk_window_present (GTK_WINDOW (window));
  rb_window_show_view (window, "programs");
  g_assert_true (rb_test_wait_until (library_loaded, NULL));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-program", NULL);
  g_assert_true (rb_test_wait_until (editor_shown, window));
  editor = get_editor (window);
  builder = rb_program_editor_get_builder (editor);

  /* Title, notes and audience, typed into the first rows. */
  title = find_widget (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, NULL, TRUE);
  gtk_editable_set_text (GTK_EDITABLE (title), "My Own Program");
  entry = gtk_widget_get_next_sibling (title);
  gtk_editable_set_text (GTK_EDITABLE (entry), "Do these slowly.");
  gtk_editable_set_text (GTK_EDITABLE (gtk_widget_get_next_sibling (entry)), "Me.");
  g_assert_cmpstr (rb_program_builder_get_title (builder), ==, "My Own Program");

  first = add_exercise (window, 0);
  second = add_exercise (window, 1);
  g_assert_cmpuint (rb_program_builder_get_n_items (builder, 0), ==, 2);
  g_assert_cmpstr (rb_program_builder_get_item_exercise_id (builder, 0, 0), ==, first);
  screenshot (window, "editor");

  /* Move the first down: the keyboard's Move Down. */
  click (window, "rb-move-down");
  g_assert_cmpstr (rb_program_builder_get_item_exercise_id (builder, 0, 0), ==, second);
  g_assert_cmpstr (rb_program_builder_get_item_exercise_id (builder, 0, 1), ==, first);

  /* Remove one, then take it back. */
  click (window, "rb-remove-item");
  g_assert_cmpuint (rb_program_builder_get_n_items (builder, 0), ==, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.undo", NULL));
  g_assert_cmpuint (rb_program_builder_get_n_items (builder, 0), ==, 2);
  g_assert_cmpstr (rb_program_builder_get_item_exercise_id (builder, 0, 0), ==, second);

  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  g_assert_true (rb_test_wait_until (program_saved, window));
  g_assert_cmpstr (rb_program_get_title (rb_library_lookup_program (library, "my-program")), ==, "My Own Program");

  rb_window_show_view (window, "programs");
  g_assert_true (rb_test_wait_until (program_listed, window));

  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkWidget *
find_import_error (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && g_strcmp0 (gtk_widget_get_name (l->data), "rb-import-error") == 0)
      return l->data;

  return NULL;
}

static gboolean
import_error_shown (gpointer data)
{
  return find_import_error () != NULL;
}

/* A hostile file is refused with its message, and nothing is added. */
static void
test_import_hostile (void)
{
  g_autoptr(RbWindow) window = g_object_ref_sink (rb_window_new (app, rb_application_get_library (app)));
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "hostile", "extra-comma-object.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GListModel *programs = rb_library_get_programs (rb_application_get_library (app));
  GtkWidget *dialog;
  guint n;

  gtk_window_present (GTK_WINDOW (window));
  rb_window_show_view (window, "programs");
  g_assert_true (rb_test_wait_until (library_loaded, NULL));
  n = g_list_model_get_n_items (programs);

  rb_window_import_program (window, file);
  g_assert_true (rb_test_wait_until (import_error_shown, NULL));
  dialog = find_import_error ();
  /* The file, then line:column. */
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), g_file_peek_path (file)));
  g_assert_cmpuint (g_list_model_get_n_items (programs), ==, n);

  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = NULL;
  int ret;

  if (!rb_test_ui_init (&argc, &argv))
    return 0;

  /* The user's programs go to a directory of the test's own. */
  data_home = g_dir_make_tmp ("runback-editor-XXXXXX", NULL);
  g_assert_nonnull (data_home);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  app = rb_application_new (APP_ID ".Test", G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, NULL);

  g_test_add_func ("/rb/program-editor/create", test_editor_create);
  g_test_add_func ("/rb/program-editor/import-hostile", test_import_hostile);

  ret = g_test_run ();
  g_clear_object (&app);

  {
    g_autofree char *file = g_build_filename (data_home, "runback", "programs", "my-program.json", NULL);
    g_autofree char *dir = g_build_filename (data_home, "runback", "programs", NULL);
    g_autofree char *top = g_build_filename (data_home, "runback", NULL);

    g_unlink (file);
    g_rmdir (dir);
    g_rmdir (top);
    g_rmdir (data_home);
  }

  return ret;
}
