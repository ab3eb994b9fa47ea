/* test-layout.c: every page fits, in German and right to left, on a
 * phone and on a desktop.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * German words are long, and a right-to-left layout mirrors every box:
 * both show labels cut off and rows pushed out of the window that English
 * at desktop width hides. The test runs the whole window in German (from
 * the build's catalogue, through RUNBACK_LOCALEDIR), left to right and
 * right to left, at 360×640 and at 1280×800. It reaches each page as the
 * user does, through the window's actions, and on each one walks the
 * widgets that are on screen. It fails, naming the page, the widget, its
 * text and its sizes, when
 *
 * - the window cannot be as narrow as asked: its content needs more;
 * - a label's text is wider than the label (clipped, or drawn over its
 *   neighbours): a label that neither wraps nor ellipsizes is allocated
 *   less than its natural width, or a wrapping one has a word longer
 *   than its line;
 * - a label that may wrap inside words (AdwActionRow's titles do) is
 *   narrower than one of its words, and reads "Zu H-au-se";
 * - a label's text is wider than the window;
 * - a widget sticks out of its window on the left or the right.
 *
 * Only widgets that are mapped count: pages of a stack that are not
 * shown, closed popovers and the like are not on screen. What is inside
 * a horizontally scrolling GtkScrolledWindow may lie outside the window,
 * as the user scrolls to it; its labels must still not be cut off.
 *
 * With RB_TEST_SCREENSHOTS set, each page is saved as a PNG in a folder
 * of the test's temporary folder, which the test names on stderr; with
 * RB_TEST_SCREENSHOT_DIR, in that folder instead
 * (de-360x640-today.png, rtl-1280x800-player-step.png…) for a person to
 * look at what no check sees: alignment, mirrored icons, overlaps.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "rb-application.h"
#include "rb-calendar-view.h"
#include "rb-cli.h"
#include "rb-detail-page.h"
#include "rb-fake-clock.h"
#include "rb-follow-dialog.h"
#include "rb-handout-dialog.h"
#include "rb-plan-page.h"
#include "rb-player.h"
#include "rb-program-editor.h"
#include "rb-progress-view.h"
#include "rb-window.h"
#include "rb-test-ui.h"

typedef struct
{
  const char       *name;
  GtkTextDirection  direction;
  int               width;
  int               height;
} Config;

static const Config configs[] = {
  { "de-360x640", GTK_TEXT_DIR_LTR, 360, 640 },
  { "de-1280x800", GTK_TEXT_DIR_LTR, 1280, 800 },
  { "rtl-360x640", GTK_TEXT_DIR_RTL, 360, 640 },
  { "rtl-1280x800", GTK_TEXT_DIR_RTL, 1280, 800 },
};

typedef struct
{
  const Config    *config;
  RbFakeClock     *clock;
  RbWindow        *window;
  RbPlan          *plan;
  RbJournalEntry  *session;
  RbJournalEntry  *check_in;
  GString         *problems;
} Fixture;

static RbApplication *app;

/* Checking */

static const char *
describe_text (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget))
    return gtk_label_get_text (GTK_LABEL (widget));
  if (GTK_IS_BUTTON (widget) && gtk_button_get_label (GTK_BUTTON (widget)) != NULL)
    return gtk_button_get_label (GTK_BUTTON (widget));
  if (ADW_IS_PREFERENCES_ROW (widget))
    return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget));

  return "";
}

static void
add_problem (GString    *problems,
             const char *page,
             GtkWidget  *widget,
             const char *format,
             ...) G_GNUC_PRINTF (4, 5);

static void
add_problem (GString    *problems,
             const char *page,
             GtkWidget  *widget,
             const char *format,
             ...)
{
  GtkWidget *parent = gtk_widget_get_parent (widget);
  g_autofree char *what = NULL;
  va_list args;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);

  g_string_append_printf (problems, "\n  %s: %s (in %s) “%s”: %s", page, G_OBJECT_TYPE_NAME (widget),
                          parent != NULL ? G_OBJECT_TYPE_NAME (parent) : "nothing",
                          describe_text (widget), what);
}

/* Whether @widget lets its content be wider than itself and scroll. */
static gboolean
scrolls_horizontally (GtkWidget *widget)
{
  GtkPolicyType policy;

  if (!GTK_IS_SCROLLED_WINDOW (widget))
    return FALSE;

  gtk_scrolled_window_get_policy (GTK_SCROLLED_WINDOW (widget), &policy, NULL);

  return policy != GTK_POLICY_NEVER;
}

/* How wide the label's text is drawn, in its own pixels: the whole text
 * when it neither wraps nor ellipsizes (its natural width), its longest
 * line when it wraps, at most its width when it ellipsizes. */
static int
get_text_width (GtkLabel *label)
{
  PangoRectangle logical;

  pango_layout_get_pixel_extents (gtk_label_get_layout (label), NULL, &logical);

  return logical.width;
}

/* Whether a label that may wrap inside words ("Zu H-au-se") has to,
 * being narrower than a word of its text: a word cut in pieces is as
 * hard to read as one cut off. */
static gboolean
breaks_words (GtkLabel *label,
              int       width)
{
  g_autoptr(PangoLayout) layout = NULL;
  PangoRectangle logical;

  if (!gtk_label_get_wrap (label) || gtk_label_get_wrap_mode (label) == PANGO_WRAP_WORD)
    return FALSE;

  layout = pango_layout_copy (gtk_label_get_layout (label));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
  pango_layout_set_width (layout, width * PANGO_SCALE);
  pango_layout_get_pixel_extents (layout, NULL, &logical);

  return logical.width > width;
}

static void
check_label (GtkLabel        *label,
             const char      *page,
             graphene_rect_t *window,
             GString         *problems)
{
  int text_width = get_text_width (label);
  int width = gtk_widget_get_width (GTK_WIDGET (label));

  /* A pixel of rounding between Pango and the allocation is not a cut. */
  if (text_width > width + 1)
    add_problem (problems, page, GTK_WIDGET (label), "clipped: its text is %d px wide, the label %d px%s",
                 text_width, width,
                 gtk_label_get_wrap (label) ? " (a word is longer than a line)" : "");

  if (breaks_words (label, width))
    add_problem (problems, page, GTK_WIDGET (label), "breaks inside a word: the label is %d px wide", width);

  if (text_width > window->size.width)
    add_problem (problems, page, GTK_WIDGET (label), "its text is %d px wide, wider than the %.0f px window",
                 text_width, window->size.width);
}

/* Walks the mapped widgets under @widget. @scrolled says whether one of
 * its ancestors scrolls horizontally; a widget that sticks out of the
 * window is reported once, not with each of its descendants. */
static void
check_children (GtkWidget       *widget,
                GtkWidget       *root,
                const char      *page,
                graphene_rect_t *window,
                gboolean         scrolled,
                GString         *problems)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      gboolean sticks_out = FALSE;
      graphene_rect_t bounds;

      /* Popovers are windows of their own, and shown only when open. */
      if (!gtk_widget_get_mapped (child) || GTK_IS_NATIVE (child))
        continue;

      if (!scrolled && gtk_widget_compute_bounds (child, root, &bounds) &&
          (bounds.origin.x < window->origin.x - 0.5 ||
           bounds.origin.x + bounds.size.width > window->origin.x + window->size.width + 0.5))
        {
          sticks_out = TRUE;
          add_problem (problems, page, child, "sticks out of the window: from x = %.0f to %.0f, the window %.0f to %.0f",
                       bounds.origin.x, bounds.origin.x + bounds.size.width,
                       window->origin.x, window->origin.x + window->size.width);
        }

      if (GTK_IS_LABEL (child))
        check_label (GTK_LABEL (child), page, window, problems);

      check_children (child, root, page, window,
                      scrolled || sticks_out || scrolls_horizontally (child), problems);
    }
}

/* Follows the widest child down from @widget, to tell what keeps a
 * window from being as narrow as asked. Children that are not on screen
 * count too: a stack is as wide as its widest page. */
static void
describe_widest (GtkWidget *widget,
                 GString   *problems)
{
  while (widget != NULL)
    {
      GtkWidget *widest = NULL;
      int widest_min = -1;
      int min;

      gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
      g_string_append_printf (problems, "\n    %s%s “%s”: at least %d px", G_OBJECT_TYPE_NAME (widget),
                              gtk_widget_get_mapped (widget) ? "" : " (not shown)",
                              describe_text (widget), min);

      for (GtkWidget *child = gtk_widget_get_first_child (widget);
           child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          if (!gtk_widget_get_visible (child) || GTK_IS_NATIVE (child))
            continue;
          gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
          if (min > widest_min)
            {
              widest = child;
              widest_min = min;
            }
        }
      widget = widest;
    }
}

/* Where to save screenshots, or NULL for nowhere: RB_TEST_SCREENSHOT_DIR
 * as the other UI tests have it, or with RB_TEST_SCREENSHOTS set, a
 * folder in the test's own temporary folder. */
static const char *
get_screenshot_dir (void)
{
  static char *dir;

  if (dir == NULL && g_getenv ("RB_TEST_SCREENSHOT_DIR") != NULL)
    dir = g_strdup (g_getenv ("RB_TEST_SCREENSHOT_DIR"));
  else if (dir == NULL && g_getenv ("RB_TEST_SCREENSHOTS") != NULL)
    {
      /* rb_test_ui_init() made XDG_DATA_HOME a new temporary folder. */
      dir = g_build_filename (g_getenv ("XDG_DATA_HOME"), "screenshots", NULL);
      g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
      g_printerr ("Screenshots go to %s\n", dir);
    }

  return dir;
}

static void
screenshot (Fixture    *fixture,
            GtkWidget  *root,
            const char *page)
{
  const char *dir = get_screenshot_dir ();
  g_autofree char *file = NULL;
  g_autofree char *path = NULL;

  if (dir == NULL)
    return;

  file = g_strdup_printf ("%s-%s.png", fixture->config->name, page);
  path = g_build_filename (dir, file, NULL);
  rb_test_save_screenshot (root, path);
  g_test_message ("saved %s", path);
}

/* Checks the window or dialog @root as it is on screen now, as @page. */
static void
check_page (Fixture    *fixture,
            GtkWidget  *root,
            const char *page)
{
  g_autoptr(GString) problems = g_string_new (NULL);
  graphene_rect_t window;
  int min, frame;

  /* A squeezer picks its child when allocated, and shows it a frame
   * later. */
  g_assert_true (rb_test_wait_settled (root));
  gtk_test_widget_wait_for_draw (root);
  screenshot (fixture, root, page);

  /* Without a compositor, as under Xvfb, GTK draws a frame of its own
   * around the window (solid-csd), and the header bar covers its inner
   * edge: the content must fit in the window as asked, frame aside, and
   * nothing may stick out of the window as drawn, frame included. */
  g_assert_true (gtk_widget_compute_bounds (root, root, &window));
  frame = (int) window.size.width - gtk_widget_get_width (root);

  /* A window that may not be as narrow as asked takes the width its
   * content needs, and then nothing in it sticks out. */
  gtk_widget_measure (root, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
  if (min - frame > fixture->config->width)
    {
      g_string_append_printf (problems, "\n  %s: the window needs %d px, more than %d px:",
                              page, min - frame, fixture->config->width);
      describe_widest (root, problems);
    }

  check_children (root, root, page, &window, FALSE, problems);

  if (problems->len > 0)
    g_string_append_printf (fixture->problems, "%s", problems->str);
}

/* Finding what is shown */

/* Waits until a widget of @type is on screen in the window. */
static GtkWidget *
wait_for_widget (Fixture *fixture,
                 GType    type)
{
  RbTestSearch search = { GTK_WIDGET (fixture->window), type };

  g_assert_true (rb_test_wait_until (rb_test_widget_shown, &search));

  return rb_test_find_widget (GTK_WIDGET (fixture->window), type);
}

/* The window of @type that is on screen, if any. */
static GtkWidget *
find_dialog (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (toplevel, type) && gtk_widget_get_mapped (toplevel))
        return toplevel;
    }

  return NULL;
}

static gboolean
dialog_shown (gpointer type)
{
  return find_dialog (GPOINTER_TO_SIZE (type)) != NULL;
}

static gboolean
in_main_view (gpointer data)
{
  return gtk_widget_get_mapped (rb_test_find_widget (data, ADW_TYPE_VIEW_STACK));
}

/* Opens a page with @action, checks it and goes back. */
static void
check_pushed_page (Fixture    *fixture,
                   const char *action,
                   const char *id,
                   GType       type,
                   const char *page)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), action, "s", id));
  wait_for_widget (fixture, type);
  check_page (fixture, GTK_WIDGET (fixture->window), page);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.back", NULL));
  g_assert_true (rb_test_wait_until (in_main_view, fixture->window));
}

/* Waits for the dialog of @type that was just opened, checks it at the
 * size the test asks for (it cannot be larger than a phone) and closes
 * it. */
static void
check_dialog (Fixture    *fixture,
              GType       type,
              const char *page)
{
  GtkWidget *dialog;

  g_assert_true (rb_test_wait_until (dialog_shown, GSIZE_TO_POINTER (type)));
  dialog = find_dialog (type);
  gtk_test_widget_wait_for_draw (dialog);
  /* A message dialog takes its size from the window it belongs to. */
  if (!ADW_IS_MESSAGE_DIALOG (dialog) && fixture->config->width < 600)
    g_assert_true (rb_test_resize (GTK_WINDOW (dialog), fixture->config->width, fixture->config->height));
  check_page (fixture, dialog, page);
  gtk_window_destroy (GTK_WINDOW (dialog));
  rb_test_iterate ();
}

/* The pages */

static GListModel *
get_items (GListModel *(*get) (RbLibrary *library))
{
  return get (rb_application_get_library (app));
}

static void
check_main_views (Fixture *fixture)
{
  static const char *views[] = { "today", "calendar", "programs", "progress", "learn" };
  GtkWidget *window = GTK_WIDGET (fixture->window);
  RbProgressView *progress;
  RbCalendarView *calendar;
  GtkWidget *row;
  GDate today;

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      g_assert_true (gtk_widget_activate_action (window, "win.show-view", "s", views[i]));
      check_page (fixture, window, views[i]);
    }

  /* The calendar with today's sessions shown under the month. */
  g_assert_true (gtk_widget_activate_action (window, "win.show-view", "s", "calendar"));
  calendar = RB_CALENDAR_VIEW (wait_for_widget (fixture, RB_TYPE_CALENDAR_VIEW));
  rb_clock_get_today (RB_CLOCK (fixture->clock), &today);
  rb_calendar_view_select_day (calendar, &today);
  check_page (fixture, window, "calendar-day");

  /* The exercise list only makes its rows once on screen. */
  g_assert_true (gtk_widget_activate_action (window, "win.show-view", "s", "programs"));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (rb_test_find_button (window, _("_Exercises"))), TRUE);
  g_assert_true (rb_test_wait_until (rb_test_list_view_has_rows, window));
  check_page (fixture, window, "exercises");

  /* Progress with a history entry open, and the dialog that edits it. */
  g_assert_true (gtk_widget_activate_action (window, "win.show-view", "s", "progress"));
  progress = RB_PROGRESS_VIEW (wait_for_widget (fixture, RB_TYPE_PROGRESS_VIEW));
  row = rb_test_find_widget (GTK_WIDGET (progress), ADW_TYPE_EXPANDER_ROW);
  g_assert_nonnull (row);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  check_page (fixture, window, "progress-entry");
  rb_progress_view_edit_entry (progress, fixture->session);
  check_dialog (fixture, ADW_TYPE_MESSAGE_DIALOG, "entry-dialog");
}

static void
check_library_pages (Fixture *fixture)
{
  GListModel *programs = get_items (rb_library_get_programs);
  GListModel *exercises = get_items (rb_library_get_exercises);
  GListModel *learn_pages = get_items (rb_library_get_learn_pages);

  for (guint i = 0; i < g_list_model_get_n_items (programs); i++)
    {
      g_autoptr(RbProgram) program = g_list_model_get_item (programs, i);
      g_autofree char *page = g_strconcat ("program-", rb_program_get_id (program), NULL);

      check_pushed_page (fixture, "win.show-program", rb_program_get_id (program), RB_TYPE_DETAIL_PAGE, page);
    }

  for (guint i = 0; i < g_list_model_get_n_items (exercises); i++)
    {
      g_autoptr(RbExercise) exercise = g_list_model_get_item (exercises, i);
      g_autofree char *page = g_strconcat ("exercise-", rb_exercise_get_id (exercise), NULL);

      check_pushed_page (fixture, "win.show-exercise", rb_exercise_get_id (exercise), RB_TYPE_DETAIL_PAGE, page);
    }

  for (guint i = 0; i < g_list_model_get_n_items (learn_pages); i++)
    {
      g_autoptr(RbLearnPage) learn_page = g_list_model_get_item (learn_pages, i);
      g_autofree char *page = g_strconcat ("article-", rb_learn_page_get_id (learn_page), NULL);

      check_pushed_page (fixture, "win.show-article", rb_learn_page_get_id (learn_page), RB_TYPE_DETAIL_PAGE,
                         page);
    }

  check_pushed_page (fixture, "win.show-plan", rb_plan_get_id (fixture->plan), RB_TYPE_PLAN_PAGE, "plan");
}

static void
check_dialogs (Fixture *fixture)
{
  GtkWidget *window = GTK_WIDGET (fixture->window);

  g_assert_true (gtk_widget_activate_action (window, "win.follow-program", "s", "knee-strength"));
  check_dialog (fixture, RB_TYPE_FOLLOW_DIALOG, "follow-dialog");
  g_assert_true (gtk_widget_activate_action (window, "win.print-handout", "s", "knee-strength"));
  check_dialog (fixture, RB_TYPE_HANDOUT_DIALOG, "handout-dialog");
  g_assert_true (gtk_widget_activate_action (window, "win.log-run", NULL));
  check_dialog (fixture, ADW_TYPE_MESSAGE_DIALOG, "log-run-dialog");
  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  check_dialog (fixture, ADW_TYPE_PREFERENCES_WINDOW, "preferences");
}

/* The editor on a copy of a program, with its sessions and items. */
static void
check_editor (Fixture *fixture)
{
  check_pushed_page (fixture, "win.edit-program", "knee-strength", RB_TYPE_PROGRAM_EDITOR, "program-editor");
}

static void
check_player (Fixture *fixture)
{
  GtkWidget *window = GTK_WIDGET (fixture->window);
  RbSession *session;
  RbPlayer *player;

  g_assert_true (gtk_widget_activate_action (window, "win.start-session", "(su)", "knee-strength", 0));
  player = RB_PLAYER (wait_for_widget (fixture, RB_TYPE_PLAYER));
  session = rb_player_get_session (player);
  check_page (fixture, window, "player-before");

  /* As the user starts: the player shows the first step then. */
  g_signal_emit_by_name (rb_test_find_button (GTK_WIDGET (player), _("Start _Without Rating")), "clicked");
  g_assert_cmpint (rb_session_get_state (session), ==, RB_SESSION_STATE_RUNNING);
  check_page (fixture, window, "player-step");

  while (rb_session_get_state (session) != RB_SESSION_STATE_FINISHED)
    rb_session_next (session);
  check_page (fixture, window, "player-summary");
}

/* Setting up */

static gboolean
plans_loaded (gpointer store)
{
  return rb_plan_store_is_loaded (store);
}

static gboolean
journal_loaded (gpointer journal)
{
  return rb_journal_is_loaded (journal);
}

/* A plan that started a week ago and a session and a check-in logged
 * today, so that Today, the calendar and Progress have their content and
 * the red flags banner shows. */
static void
add_data (Fixture *fixture)
{
  RbLibrary *library = rb_application_get_library (app);
  RbPlanStore *store = rb_application_get_plan_store (app);
  RbJournal *journal = rb_application_get_journal (app);
  g_autoptr(GDateTime) now = rb_clock_dup_now (RB_CLOCK (fixture->clock));
  g_autoptr(GError) error = NULL;
  GDate start;

  rb_clock_get_today (RB_CLOCK (fixture->clock), &start);
  g_date_subtract_days (&start, 7);
  g_assert_true (rb_test_wait_until (plans_loaded, store));
  fixture->plan = rb_plan_new (NULL, rb_library_lookup_program (library, "knee-strength"), &start);
  rb_plan_store_add (store, fixture->plan, &error);
  g_assert_no_error (error);

  g_assert_true (rb_test_wait_until (journal_loaded, journal));
  fixture->session = rb_journal_entry_new (RB_JOURNAL_KIND_SESSION);
  rb_journal_entry_set_title (fixture->session, _("Knee Strength"));
  rb_journal_entry_set_started (fixture->session, now);
  rb_journal_entry_set_pain_before (fixture->session, 2);
  rb_journal_entry_set_pain_after (fixture->session, 3);
  rb_journal_entry_set_note (fixture->session, "Etwas Ziehen im Knie beim Treppensteigen");
  fixture->check_in = rb_journal_entry_new_check_in (now);
  rb_journal_entry_set_pain_before (fixture->check_in, 8);
  rb_journal_append (journal, fixture->session);
  rb_journal_append (journal, fixture->check_in);
}

static void
remove_data (Fixture *fixture)
{
  RbJournal *journal = rb_application_get_journal (app);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (rb_journal_remove (journal, fixture->check_in), >=, 0);
  g_assert_cmpint (rb_journal_remove (journal, fixture->session), >=, 0);
  rb_plan_store_remove (rb_application_get_plan_store (app), fixture->plan, &error);
  g_assert_no_error (error);
  g_clear_object (&fixture->check_in);
  g_clear_object (&fixture->session);
  g_clear_object (&fixture->plan);
}

static void
test_layout (gconstpointer data)
{
  Fixture fixture = { data, NULL };
  RbLibrary *library = rb_application_get_library (app);
  g_autoptr(GError) error = NULL;

  gtk_widget_set_default_direction (fixture.config->direction);
  fixture.problems = g_string_new (NULL);
  fixture.clock = rb_fake_clock_new (G_USEC_PER_SEC, NULL);
  if (!rb_library_is_loaded (library))
    {
      rb_library_load (library, NULL, NULL, &error);
      g_assert_no_error (error);
    }
  fixture.window = g_object_new (RB_TYPE_WINDOW, "application", app, "library", library,
                                 "clock", fixture.clock, NULL);
  gtk_window_present (GTK_WINDOW (fixture.window));
  g_assert_true (rb_test_wait_for_mapped (GTK_WIDGET (fixture.window)));
  add_data (&fixture);
  g_assert_true (rb_test_resize (GTK_WINDOW (fixture.window), fixture.config->width, fixture.config->height));

  check_main_views (&fixture);
  check_library_pages (&fixture);
  check_dialogs (&fixture);
  check_editor (&fixture);
  check_player (&fixture);

  gtk_window_destroy (GTK_WINDOW (fixture.window));
  rb_test_iterate ();
  remove_data (&fixture);
  g_clear_object (&fixture.clock);
  gtk_widget_set_default_direction (GTK_TEXT_DIR_LTR);

  if (fixture.problems->len > 0)
    g_error ("%s: labels cut off or widgets outside the window:%s", fixture.config->name, fixture.problems->str);
  g_string_free (fixture.problems, TRUE);
}

/* German, whatever the environment says: gettext reads LANGUAGE only in
 * a locale other than "C", and GLib decides once, at the first
 * translation, whether to translate at all. */
static void
use_german (void)
{
  g_setenv ("LANGUAGE", "de", TRUE);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, rb_cli_get_localedir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  use_german ();
  g_setenv ("GTK_MEDIA", "none", TRUE);

  if (!rb_test_ui_init (&argc, &argv))
    return 0;

  /* The test means nothing in English. */
  g_assert_cmpstr (_("Today"), !=, "Today");

  app = rb_application_new (APP_ID ".Test", G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (configs); i++)
    {
      g_autofree char *path = g_strconcat ("/rb/layout/", configs[i].name, NULL);

      g_test_add_data_func (path, &configs[i], test_layout);
    }

  ret = g_test_run ();
  g_clear_object (&app);

  return ret;
}
