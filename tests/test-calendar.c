/* test-calendar.c: the Calendar view, with a plan and a fake clock.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * With RB_TEST_SCREENSHOT_DIR set, the view is also saved as PNGs, wide
 * and narrow, light and dark.
 */

#include "config.h"

#include <glib/gstdio.h>

#include "rb-application.h"
#include "rb-calendar-view.h"
#include "rb-fake-clock.h"
#include "rb-window.h"
#include "rb-test-ui.h"

static RbApplication *app;

typedef struct
{
  RbFakeClock    *clock;
  RbWindow       *window;
  RbCalendarView *view;
  RbPlan         *plan;
} Fixture;

static GDate
ymd (guint y,
     guint m,
     guint d)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, d, m, y);
  return date;
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

/* A button by its text, or by its tooltip for an icon-only one. */
static GtkWidget *
find_button (GtkWidget  *widget,
             const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child))
        {
          GtkWidget *label = gtk_button_get_child (GTK_BUTTON (child));

          if ((GTK_IS_LABEL (label) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (label)), text) == 0) ||
              g_strcmp0 (gtk_widget_get_tooltip_text (child), text) == 0)
            return child;
        }
      if ((found = find_button (child, text)))
        return found;
    }

  return NULL;
}

/* As a click does: gtk_widget_activate() clicks a button only later. */
static void
click (GtkWidget *button)
{
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
}

static gboolean
store_loaded (gpointer data)
{
  return rb_plan_store_is_loaded (data);
}

static gboolean
journal_loaded (gpointer data)
{
  return rb_journal_is_loaded (data);
}

static gboolean
month_has_sessions (gpointer data)
{
  RbMonth *month = rb_calendar_view_get_month (data);

  return rb_month_get_n_sessions (month) > 0;
}

typedef struct
{
  RbCalendarView *view;
  GDate           date;
  const char     *text;
} DayText;

static gboolean
day_reads (gpointer data)
{
  DayText *day = data;
  GtkWidget *cell = rb_calendar_view_get_day_widget (day->view, &day->date);

  return cell != NULL && g_strcmp0 (gtk_widget_get_tooltip_text (cell), day->text) == 0;
}

/* Waits until the cell of @date says @text, or fails saying what it says. */
static void
assert_day_reads (RbCalendarView *view,
                  GDate           date,
                  const char     *text)
{
  DayText day = { view, date, text };

  if (!rb_test_wait_until (day_reads, &day))
    {
      GtkWidget *cell = rb_calendar_view_get_day_widget (view, &date);

      g_error ("the day reads “%s”, not “%s”", cell != NULL ? gtk_widget_get_tooltip_text (cell) : "(no cell)",
               text);
    }
}

/* The status icons a day's cell shows, as "planned due, done done". */
static char *
describe_icons (GtkWidget *widget)
{
  GString *out = g_string_new (NULL);
  GtkWidget *image = widget;

  /* Depth first, in order. */
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      g_autofree char *inner = describe_icons (child);

      if (*inner != '\0')
        g_string_append_printf (out, "%s%s", out->len > 0 ? ", " : "", inner);
    }

  if (GTK_IS_IMAGE (image) && gtk_widget_has_css_class (image, "status"))
    {
      const char *icon = gtk_image_get_icon_name (GTK_IMAGE (image));
      const char *const statuses[] = { "planned", "due", "done", "partial", "missed", "skipped" };

      for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
        {
          g_autofree char *css = g_strdup_printf ("status-%s", statuses[i]);

          if (gtk_widget_has_css_class (image, css))
            g_string_append_printf (out, "%s%.*s %s", out->len > 0 ? ", " : "",
                                    (int) (strlen (icon) - strlen ("rb-status--symbolic")),
                                    icon + strlen ("rb-status-"), statuses[i]);
        }
    }

  return g_string_free (out, FALSE);
}

static void
screenshot (GtkWidget  *window,
            const char *name,
            int         width,
            int         height,
            gboolean    dark)
{
  const char *dir = g_getenv ("RB_TEST_SCREENSHOT_DIR");
  g_autofree char *file = NULL;
  g_autofree char *path = NULL;

  if (dir == NULL)
    return;

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  rb_test_wait (300);
  gtk_test_widget_wait_for_draw (window);
  file = g_strdup_printf ("%s-%dx%d-%s.png", name, width, height, dark ? "dark" : "light");
  path = g_build_filename (dir, file, NULL);
  rb_test_save_screenshot (window, path);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
}

static RbJournalEntry *
make_entry (RbPlan     *plan,
            const char *session_id,
            GDate       planned)
{
  RbJournalEntry *entry = rb_journal_entry_new (RB_JOURNAL_KIND_SESSION);
  g_autoptr(GTimeZone) tz = g_time_zone_new_local ();
  g_autoptr(GDateTime) started = g_date_time_new (tz, g_date_get_year (&planned), g_date_get_month (&planned),
                                                  g_date_get_day (&planned), 18, 0, 0);

  rb_journal_entry_set_program (entry, "knee-strength", -1);
  rb_journal_entry_set_session_id (entry, session_id);
  rb_journal_entry_set_plan (entry, rb_plan_get_id (plan), &planned);
  rb_journal_entry_set_title (entry, "At Home");
  rb_journal_entry_set_started (entry, started);
  rb_journal_entry_set_status (entry, RB_JOURNAL_STATUS_COMPLETED);

  return entry;
}

/* A window on Monday 2 March 2026 (the fake clock's day), with Knee
 * Strength followed since Monday 23 February: At Home on Mondays, At
 * the Gym on Thursdays, the first one done. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  RbLibrary *library = rb_application_get_library (app);
  RbPlanStore *store = rb_application_get_plan_store (app);
  RbJournal *journal = rb_application_get_journal (app);
  g_autoptr(RbJournalEntry) entry = NULL;
  g_autoptr(GError) error = NULL;
  GDate start = ymd (2026, 2, 23);

  if (!rb_library_is_loaded (library))
    {
      rb_library_load (library, NULL, NULL, &error);
      g_assert_no_error (error);
    }

  fixture->clock = rb_fake_clock_new (G_USEC_PER_SEC, NULL);
  fixture->window = g_object_new (RB_TYPE_WINDOW, "application", app, "library", library,
                                  "clock", fixture->clock, NULL);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 800);
  gtk_window_present (GTK_WINDOW (fixture->window));
  g_assert_true (rb_test_wait_for_mapped (GTK_WIDGET (fixture->window)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-view", "s", "calendar"));
  fixture->view = RB_CALENDAR_VIEW (find_widget (GTK_WIDGET (fixture->window), RB_TYPE_CALENDAR_VIEW));
  g_assert_nonnull (fixture->view);

  g_assert_true (rb_test_wait_until (store_loaded, store));
  g_assert_true (rb_test_wait_until (journal_loaded, journal));
  fixture->plan = rb_plan_new (NULL, rb_library_lookup_program (library, "knee-strength"), &start);
  /* The gym session is the home one's alternative: give each its day. */
  rb_plan_set_weekdays (fixture->plan, "session-1", RB_WEEKDAY_BIT (G_DATE_MONDAY));
  rb_plan_set_weekdays (fixture->plan, "session-2", RB_WEEKDAY_BIT (G_DATE_THURSDAY));
  rb_plan_store_add (store, fixture->plan, &error);
  g_assert_no_error (error);
  entry = make_entry (fixture->plan, "session-1", start);
  rb_journal_append (journal, entry);
  g_assert_true (rb_test_wait_until (month_has_sessions, fixture->view));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  RbPlanStore *store = rb_application_get_plan_store (app);
  g_autoptr(GError) error = NULL;

  rb_plan_store_remove (store, fixture->plan, &error);
  g_assert_no_error (error);
  g_clear_object (&fixture->plan);
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  rb_test_iterate ();
  g_clear_object (&fixture->clock);
}

static void
test_month (Fixture       *fixture,
            gconstpointer  data)
{
  RbCalendarView *view = fixture->view;
  RbMonth *month = rb_calendar_view_get_month (view);
  g_autofree char *title = rb_month_dup_title (month);
  GDate today = ymd (2026, 3, 2), thursday = ymd (2026, 3, 5);
  g_autofree char *today_icons = NULL;
  g_autofree char *thursday_icons = NULL;

  g_assert_cmpstr (title, ==, "March 2026");
  g_assert_cmpint (g_date_compare (rb_calendar_view_get_selected (view), &today), ==, 0);
  g_assert_false (rb_calendar_view_is_narrow (view));

  assert_day_reads (view, today, "Today, Monday 2 March: At Home due today");
  assert_day_reads (view, thursday, "Thursday 5 March: At the Gym planned");
  today_icons = describe_icons (rb_calendar_view_get_day_widget (view, &today));
  thursday_icons = describe_icons (rb_calendar_view_get_day_widget (view, &thursday));
  g_assert_cmpstr (today_icons, ==, "planned due");
  g_assert_cmpstr (thursday_icons, ==, "planned planned");
  g_assert_true (gtk_widget_has_css_class (rb_calendar_view_get_day_widget (view, &today), "today"));
  g_assert_true (gtk_widget_has_css_class (rb_calendar_view_get_day_widget (view, &today), "selected"));

  screenshot (GTK_WIDGET (fixture->window), "calendar", 1280, 800, FALSE);
  screenshot (GTK_WIDGET (fixture->window), "calendar", 1280, 800, TRUE);

  /* The month before: the first session done, the second missed. */
  click (find_button (GTK_WIDGET (view), "Previous Month"));
  month = rb_calendar_view_get_month (view);
  g_clear_pointer (&title, g_free);
  title = rb_month_dup_title (month);
  g_assert_cmpstr (title, ==, "February 2026");
  assert_day_reads (view, ymd (2026, 2, 23), "Monday 23 February: At Home done");
  assert_day_reads (view, ymd (2026, 2, 26), "Thursday 26 February: At the Gym missed");
  assert_day_reads (view, ymd (2026, 2, 16), "Monday 16 February: nothing planned");
  screenshot (GTK_WIDGET (fixture->window), "calendar-february", 1280, 800, FALSE);
  screenshot (GTK_WIDGET (fixture->window), "calendar-february", 1280, 800, TRUE);

  click (find_button (GTK_WIDGET (view), "Next Month"));
  click (find_button (GTK_WIDGET (view), "Next Month"));
  g_clear_pointer (&title, g_free);
  title = rb_month_dup_title (rb_calendar_view_get_month (view));
  g_assert_cmpstr (title, ==, "April 2026");

  click (find_button (GTK_WIDGET (view), "Show Today"));
  g_clear_pointer (&title, g_free);
  title = rb_month_dup_title (rb_calendar_view_get_month (view));
  g_assert_cmpstr (title, ==, "March 2026");
}

static guint
count_rows (GtkWidget *list)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (list); child != NULL; child = gtk_widget_get_next_sibling (child))
    n += GTK_IS_LIST_BOX_ROW (child);

  return n;
}

/* Selecting a day lists its sessions; Skip skips one. */
static void
test_select_and_skip (Fixture       *fixture,
                      gconstpointer  data)
{
  RbCalendarView *view = fixture->view;
  GtkWidget *list = rb_calendar_view_get_day_list (view);
  GDate thursday = ymd (2026, 3, 5), done = ymd (2026, 2, 23);
  GtkWidget *cell = rb_calendar_view_get_day_widget (view, &thursday);
  GtkWidget *skip;
  GDate moved_to;

  click (cell);
  g_assert_cmpint (g_date_compare (rb_calendar_view_get_selected (view), &thursday), ==, 0);
  g_assert_cmpuint (count_rows (list), ==, 1);
  g_assert_nonnull (find_button (list, "Start"));
  g_assert_nonnull (find_widget (list, GTK_TYPE_MENU_BUTTON));
  skip = find_button (list, "Skip");
  g_assert_nonnull (skip);

  click (skip);
  assert_day_reads (view, thursday, "Thursday 5 March: At the Gym skipped");
  g_assert_true (rb_plan_lookup_change (fixture->plan, &thursday, "session-2", &moved_to));
  g_assert_false (g_date_valid (&moved_to));
  /* A skipped session can still be done, or moved, not skipped again. */
  g_assert_null (find_button (list, "Skip"));
  g_assert_nonnull (find_button (list, "Start"));

  /* A session done shows so, with nothing to do. */
  rb_calendar_view_select_day (view, &done);
  g_assert_cmpuint (count_rows (list), ==, 1);
  g_assert_null (find_button (list, "Start"));
  g_assert_null (find_button (list, "Skip"));
}

static gboolean
is_narrow (gpointer data)
{
  return rb_calendar_view_is_narrow (data);
}

static gboolean
is_wide (gpointer data)
{
  return !rb_calendar_view_is_narrow (data);
}

/* At 360 px the month is a list of the days with sessions. */
static void
test_narrow (Fixture       *fixture,
             gconstpointer  data)
{
  RbCalendarView *view = fixture->view;
  GtkWidget *month_list;

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 360, 640);
  g_assert_true (rb_test_wait_until (is_narrow, view));

  month_list = find_widget (GTK_WIDGET (view), GTK_TYPE_LIST_BOX);
  g_assert_nonnull (month_list);
  g_assert_true (gtk_widget_get_mapped (month_list));
  /* The days of March with sessions, at least those of the first week. */
  g_assert_cmpuint (count_rows (month_list), >=, 2);

  screenshot (GTK_WIDGET (fixture->window), "calendar", 360, 640, FALSE);
  screenshot (GTK_WIDGET (fixture->window), "calendar", 360, 640, TRUE);

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 800);
  g_assert_true (rb_test_wait_until (is_wide, view));
}

typedef struct
{
  RbCalendarView *view;
  GDate           date;
} Selected;

static gboolean
selected_is (gpointer data)
{
  Selected *selected = data;

  return g_date_compare (rb_calendar_view_get_selected (selected->view), &selected->date) == 0;
}

static void
press_and_expect (RbCalendarView *view,
                  const char     *keys,
                  GDate           date)
{
  Selected selected = { view, date };

  g_test_message ("pressing %s", keys);

  rb_test_press_keys (GTK_WIDGET (view), keys);
  g_assert_true (rb_test_wait_until (selected_is, &selected));
}

static gboolean
focus_in_day_list (gpointer data)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (data));

  return focus != NULL && gtk_widget_is_ancestor (focus, rb_calendar_view_get_day_list (data));
}

/* Arrows move the selected day, Page Up and Down the month, Enter opens
 * the day: its buttons come next. */
static void
test_keyboard (Fixture       *fixture,
               gconstpointer  data)
{
  RbCalendarView *view = fixture->view;
  GDate today = ymd (2026, 3, 2);

  if (!rb_test_can_press_keys ())
    {
      g_test_skip ("no xdotool or no X display");
      return;
    }

  gtk_widget_grab_focus (rb_calendar_view_get_day_widget (view, &today));
  press_and_expect (view, "Right", ymd (2026, 3, 3));
  press_and_expect (view, "Down", ymd (2026, 3, 10));
  press_and_expect (view, "Left", ymd (2026, 3, 9));
  press_and_expect (view, "Page_Down", ymd (2026, 4, 9));
  press_and_expect (view, "Page_Up", ymd (2026, 3, 9));
  press_and_expect (view, "Up", ymd (2026, 3, 2));
  press_and_expect (view, "Up", ymd (2026, 2, 23));
  press_and_expect (view, "Down", ymd (2026, 3, 2));

  rb_test_press_keys (GTK_WIDGET (view), "Return");
  g_assert_true (rb_test_wait_until (focus_in_day_list, view));
}

/* GtkPrintOperation exports the month to a PDF without a dialog. */
static void
test_print (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("runback-print-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "month.pdf", NULL);
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *text = NULL;
  int status;

  g_assert_no_error (error);
  g_assert_true (rb_calendar_view_print (fixture->view, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  if (pdftotext != NULL)
    {
      const char *argv[] = { pdftotext, path, "-", NULL };

      g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &text, NULL, &status, &error);
      g_assert_no_error (error);
      g_assert_true (g_spawn_check_wait_status (status, NULL));
      g_assert_nonnull (strstr (text, "March 2026"));
      g_assert_nonnull (strstr (text, "Knee Strength"));
      g_assert_nonnull (strstr (text, "At the Gym"));
      g_assert_nonnull (strstr (text, "skipped"));
    }

  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  g_setenv ("GTK_MEDIA", "none", TRUE);

  if (!rb_test_ui_init (&argc, &argv))
    return 0;

  app = rb_application_new (APP_ID ".Test", G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, NULL);

#define ADD(path, func) \
  g_test_add ("/rb/calendar/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("month", test_month);
  ADD ("select-and-skip", test_select_and_skip);
  ADD ("narrow", test_narrow);
  ADD ("print", test_print);
  ADD ("keyboard", test_keyboard);
#undef ADD

  ret = g_test_run ();
  g_clear_object (&app);

  return ret;
}
