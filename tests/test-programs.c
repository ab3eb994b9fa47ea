/* test-programs.c: the Programs and Learn views and their pages.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * With RB_TEST_SCREENSHOT_DIR set, every screen is also saved as a PNG,
 * wide and narrow, light and dark.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "rb-application.h"
#include "rb-detail-page.h"
#include "rb-exercise.h"
#include "rb-figure-view.h"
#include "rb-programs-view.h"
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

static RbWindow *
create_window (void)
{
  RbWindow *window = rb_window_new (app, rb_application_get_library (app));

  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  return window;
}

static gboolean
library_shown (gpointer window)
{
  GtkWidget *list = find_widget (window, GTK_TYPE_LIST_BOX);

  return rb_library_is_loaded (rb_application_get_library (app)) &&
         list != NULL && gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0) != NULL &&
         rb_test_settled (window);
}

/* Waits until the library is loaded and its first list is on screen. */
static void
wait_for_library (RbWindow *window)
{
  g_assert_true (rb_test_wait_until (library_shown, window));
}

static GtkListBoxRow *
nth_row (GtkWidget *list,
         guint      n)
{
  return gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), n);
}

static GtkWidget *
find_list (GtkWidget *root)
{
  GtkWidget *list = find_widget (root, GTK_TYPE_LIST_BOX);

  g_assert_nonnull (list);
  return list;
}

static RbDetailPage *
visible_detail_page (RbWindow *window)
{
  RbDetailPage *page = RB_DETAIL_PAGE (find_widget (GTK_WIDGET (window), RB_TYPE_DETAIL_PAGE));

  g_assert_nonnull (page);
  return page;
}

static guint
count_pages (RbWindow *window)
{
  AdwLeaflet *leaflet = ADW_LEAFLET (find_widget (GTK_WIDGET (window), ADW_TYPE_LEAFLET));

  return g_list_model_get_n_items (G_LIST_MODEL (adw_leaflet_get_pages (leaflet)));
}

typedef struct
{
  RbWindow *window;
  guint     n_pages;
} PagesWait;

static gboolean
has_pages (gpointer data)
{
  PagesWait *wait = data;

  return count_pages (wait->window) == wait->n_pages && rb_test_settled (wait->window);
}

/* Waits for a page to come in over the previous one. */
static void
wait_for_page (RbWindow *window,
               guint     n_pages)
{
  PagesWait wait = { window, n_pages + 1 };

  g_assert_true (rb_test_wait_until (has_pages, &wait));
}

/* Goes back, and waits until the page is gone. */
static void
go_back (RbWindow *window)
{
  PagesWait wait = { window, count_pages (window) - 1 };

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL));
  g_assert_true (rb_test_wait_until (has_pages, &wait));
}

/* Opens a row's page, and waits until it is shown. */
static void
open_row (RbWindow      *window,
          GtkListBoxRow *row)
{
  guint n_pages = count_pages (window);

  g_assert_true (gtk_widget_activate (GTK_WIDGET (row)));
  wait_for_page (window, n_pages);
}

typedef struct
{
  GListModel *model;
  guint       n_items;
} ItemsWait;

static gboolean
has_items (gpointer data)
{
  ItemsWait *wait = data;

  return g_list_model_get_n_items (wait->model) == wait->n_items;
}

/* Types a search, and waits for the list to show @n_items. */
static void
search (GtkWidget  *entry,
        const char *text,
        GListModel *model,
        guint       n_items)
{
  ItemsWait wait = { model, n_items };

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_assert_true (rb_test_wait_until (has_items, &wait));
}

static void
test_programs_view (void)
{
  RbWindow *window = create_window ();
  RbProgramsView *view;

  /* Nothing is parsed for the first frame of the Today view. */
  g_assert_false (rb_library_is_loaded (rb_application_get_library (app)));
  g_assert_false (rb_library_is_loading (rb_application_get_library (app)));
  GListModel *exercises;
  GtkWidget *list;
  GtkWidget *entry;
  guint n_pages;
  RbDetailPage *page;

  rb_window_show_view (window, "programs");
  wait_for_library (window);
  screenshot (window, "programs");

  view = RB_PROGRAMS_VIEW (find_widget (GTK_WIDGET (window), RB_TYPE_PROGRAMS_VIEW));
  list = find_list (GTK_WIDGET (view));
  g_assert_nonnull (nth_row (list, 4));
  g_assert_null (nth_row (list, 5));

  /* A program opens with its phases and sessions. */
  open_row (window, nth_row (list, 1));
  page = visible_detail_page (window);
  g_assert_true (RB_IS_PROGRAM (rb_detail_page_get_item (page)));
  screenshot (window, "program");
  go_back (window);

  /* Searching filters the exercise library as you type. */
  rb_programs_view_show_exercises (view);
  g_assert_true (rb_test_wait_settled (GTK_WIDGET (window)));
  exercises = rb_programs_view_get_exercises (view);
  g_assert_cmpuint (g_list_model_get_n_items (exercises), ==, 19);
  screenshot (window, "exercises");

  entry = find_widget (GTK_WIDGET (view), GTK_TYPE_SEARCH_ENTRY);
  search (entry, "STRETCH", exercises, 5);

  search (entry, "no such exercise", exercises, 0);

  search (entry, "", exercises, 19);

  /* The category filter: position 1 is Strength. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (find_widget (GTK_WIDGET (view), GTK_TYPE_DROP_DOWN)), 1);
  g_assert_cmpuint (g_list_model_get_n_items (exercises), ==, 6);

  /* An exercise opens with its steps. */
  n_pages = count_pages (window);
  g_signal_emit_by_name (find_widget (GTK_WIDGET (view), GTK_TYPE_LIST_VIEW), "activate", 0);
  wait_for_page (window, n_pages);
  page = visible_detail_page (window);
  g_assert_true (RB_IS_EXERCISE (rb_detail_page_get_item (page)));
  g_assert_cmpint (rb_exercise_get_category (RB_EXERCISE (rb_detail_page_get_item (page))), ==, RB_CATEGORY_STRENGTH);
  screenshot (window, "exercise");
  go_back (window);

  gtk_window_destroy (GTK_WINDOW (window));
  rb_test_iterate ();
}

static void
test_learn_view (void)
{
  RbWindow *window = create_window ();
  GtkWidget *list, *links;
  RbDetailPage *page;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "learn"));
  wait_for_library (window);
  screenshot (window, "learn");

  list = find_list (GTK_WIDGET (window));
  g_assert_nonnull (nth_row (list, 9));
  g_assert_null (nth_row (list, 10));

  open_row (window, nth_row (list, 5));
  page = visible_detail_page (window);
  g_assert_cmpstr (rb_learn_page_get_id (RB_LEARN_PAGE (rb_detail_page_get_item (page))), ==, "rest-and-recovery");
  screenshot (window, "article");
  go_back (window);

  /* Symptoms links to When to See a Doctor, and the link opens it. */
  open_row (window, nth_row (list, 1));
  page = visible_detail_page (window);
  g_assert_cmpstr (rb_learn_page_get_id (RB_LEARN_PAGE (rb_detail_page_get_item (page))), ==, "symptoms");
  screenshot (window, "article-link");
  links = find_list (GTK_WIDGET (page));
  open_row (window, nth_row (links, 0));
  page = visible_detail_page (window);
  g_assert_cmpstr (rb_learn_page_get_id (RB_LEARN_PAGE (rb_detail_page_get_item (page))), ==, "when-to-see-a-doctor");
  go_back (window);
  go_back (window);

  /* Prevention links to its stretches: the first is the quad stretch. */
  open_row (window, nth_row (list, 3));
  page = visible_detail_page (window);
  screenshot (window, "article-exercise-links");
  links = find_list (GTK_WIDGET (page));
  open_row (window, nth_row (links, 0));
  page = visible_detail_page (window);
  g_assert_cmpstr (rb_exercise_get_id (RB_EXERCISE (rb_detail_page_get_item (page))), ==, "standing-quad-stretch");
  screenshot (window, "linked-exercise");
  go_back (window);
  go_back (window);

  gtk_window_destroy (GTK_WINDOW (window));
  rb_test_iterate ();
}

static void
test_figure_view_animates_when_mapped (void)
{
  RbLibrary *library = rb_application_get_library (app);
  g_autoptr(GError) error = NULL;
  GtkWidget *window = gtk_window_new ();
  RbFigureView *view;

  if (!rb_library_is_loaded (library))
    rb_library_load (library, NULL, NULL, &error);
  g_assert_no_error (error);

  view = RB_FIGURE_VIEW (rb_figure_view_new (rb_exercise_get_figure (rb_library_lookup_exercise (library, "squat")), 4000));
  g_assert_false (rb_figure_view_is_animating (view));

  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (window);
  g_assert_true (rb_figure_view_is_animating (view));

  /* Hidden, it stops asking for frames; shown again, it starts. */
  gtk_widget_set_visible (GTK_WIDGET (view), FALSE);
  g_assert_false (rb_figure_view_is_animating (view));
  gtk_widget_set_visible (GTK_WIDGET (view), TRUE);
  g_assert_true (rb_figure_view_is_animating (view));

  /* Still, it shows start and end and does not animate. */
  rb_figure_view_set_animated (view, FALSE);
  g_assert_false (rb_figure_view_is_animating (view));

  gtk_window_destroy (GTK_WINDOW (window));
  rb_test_iterate ();
}

/* Writes @n copies of the bundled squat to @dir/exercises, as
 * "Long List Squat NNN" under ids and a summary of their own. */
static void
write_squats (const char *dir,
              guint       n)
{
  g_autofree char *exercises = g_build_filename (dir, "exercises", NULL);
  g_autofree char *bundled = g_test_build_filename (G_TEST_DIST, "..", "data", "content", "exercises",
                                                    "squat.json", NULL);
  g_autofree char *text = NULL;

  g_assert_true (g_file_get_contents (bundled, &text, NULL, NULL));
  g_assert_no_errno (g_mkdir_with_parents (exercises, 0700));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(JsonNode) root = json_from_string (text, NULL);
      JsonObject *object = json_node_get_object (root);
      g_autofree char *id = g_strdup_printf ("long-list-squat-%03u", i);
      g_autofree char *name = g_strdup_printf ("Long List Squat %03u", i);
      g_autofree char *file = g_strdup_printf ("%s.json", id);
      g_autofree char *path = g_build_filename (exercises, file, NULL);
      g_autofree char *json = NULL;

      json_object_set_string_member (object, "id", id);
      json_object_set_string_member (object, "name", name);
      json_object_set_string_member (object, "summary", "A squat for the long list test.");
      json = json_to_string (root, TRUE);
      g_assert_true (g_file_set_contents (path, json, -1, NULL));
    }
}

static void
remove_squats (const char *dir,
               guint       n)
{
  g_autofree char *exercises = g_build_filename (dir, "exercises", NULL);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *file = g_strdup_printf ("long-list-squat-%03u.json", i);
      g_autofree char *path = g_build_filename (exercises, file, NULL);

      g_assert_no_errno (g_unlink (path));
    }
  g_assert_no_errno (g_rmdir (exercises));
  g_assert_no_errno (g_rmdir (dir));
}

typedef struct
{
  GListModel *shown;     /* the list view's */
  GListModel *matches;   /* rb_programs_view_get_exercises() */
  guint       n_items;
} FillWait;

static gboolean
list_filled (gpointer data)
{
  FillWait *wait = data;

  return g_list_model_get_n_items (wait->matches) == wait->n_items &&
         g_list_model_get_n_items (wait->shown) == wait->n_items;
}

static const char *
shown_name (GListModel *shown,
            guint       position)
{
  g_autoptr(RbExercise) exercise = g_list_model_get_item (shown, position);

  return rb_exercise_get_name (exercise);
}

/* A long list shows a screenful first, after loading and after each
 * search, and then fills: every match ends up in it, in order. */
static void
test_programs_long_list (void)
{
  g_autofree char *dir = g_dir_make_tmp ("runback-long-list-XXXXXX", NULL);
  g_autoptr(RbLibrary) library = rb_library_new ();
  g_autoptr(GError) error = NULL;
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  RbProgramsView *view = g_object_new (RB_TYPE_PROGRAMS_VIEW, NULL);
  GtkWidget *entry;
  FillWait wait;
  guint n_ones = 0;

  for (guint i = 0; i < 300; i++)
    {
      g_autofree char *number = g_strdup_printf ("%03u", i);

      n_ones += strchr (number, '1') != NULL;
    }
  write_squats (dir, 300);
  g_assert_true (rb_library_load (library, dir, NULL, &error));
  g_assert_no_error (error);

  gtk_window_set_default_size (window, 600, 700);
  gtk_window_set_child (window, GTK_WIDGET (view));
  rb_programs_view_set_library (view, library);
  rb_programs_view_show_exercises (view);
  gtk_window_present (window);

  wait.matches = rb_programs_view_get_exercises (view);
  wait.shown = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (find_widget (GTK_WIDGET (view), GTK_TYPE_LIST_VIEW))));
  wait.n_items = 319;
  g_assert_true (rb_test_wait_until (list_filled, &wait));

  /* Narrower: the numbers with a 1 in them, from 001 to 291. */
  entry = find_widget (GTK_WIDGET (view), GTK_TYPE_SEARCH_ENTRY);
  gtk_editable_set_text (GTK_EDITABLE (entry), "long list 1");
  wait.n_items = n_ones;
  g_assert_true (rb_test_wait_until (list_filled, &wait));
  g_assert_cmpstr (shown_name (wait.shown, 0), ==, "Long List Squat 001");
  g_assert_cmpstr (shown_name (wait.shown, n_ones - 1), ==, "Long List Squat 291");

  /* Wider again. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "long list");
  wait.n_items = 300;
  g_assert_true (rb_test_wait_until (list_filled, &wait));
  g_assert_cmpstr (shown_name (wait.shown, 299), ==, "Long List Squat 299");

  gtk_window_destroy (window);
  rb_test_iterate ();
  remove_squats (dir, 300);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  if (!rb_test_ui_init (&argc, &argv))
    return 0;

  /* No user files: only the bundled content. */
  g_setenv ("XDG_DATA_HOME", "/nonexistent", TRUE);

  app = rb_application_new (APP_ID ".Test", G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, NULL);

  g_test_add_func ("/rb/programs/view", test_programs_view);
  g_test_add_func ("/rb/programs/learn", test_learn_view);
  g_test_add_func ("/rb/programs/figure-view", test_figure_view_animates_when_mapped);
  g_test_add_func ("/rb/programs/long-list", test_programs_long_list);

  ret = g_test_run ();
  g_clear_object (&app);

  return ret;
}
