/* test-keyboard.c
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The whole app walked by keyboard alone, as someone who cannot use a
 * pointer uses it: real key presses through the X server (xdotool), no
 * clicks and no actions activated from the test. Each place is reached
 * by its shortcut or by pressing Tab until the focus gets there, so the
 * test fails, naming the step, wherever a keyboard user would be stuck:
 * a control Tab never reaches, a dialog Escape does not close, a page
 * that leaves the focus nowhere.
 */

#include "config.h"

#include <glib/gstdio.h>

#include "rb-application.h"
#include "rb-calendar-view.h"
#include "rb-handout-dialog.h"
#include "rb-player.h"
#include "rb-program-editor.h"
#include "rb-programs-view.h"
#include "rb-window.h"
#include "rb-test-ui.h"

static RbApplication *app;
static GtkWindow *window;
static const char *step;

/* Names the step under way in the log, so that a failure says where. */
#define STEP(name) G_STMT_START { step = (name); g_test_message ("step: %s", step); } G_STMT_END

typedef gboolean (*Match) (GtkWidget *widget, gconstpointer data);

/* The window with the keyboard focus: a dialog while one is open. */
static GtkWindow *
active_window (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (gtk_window_is_active (l->data))
      return l->data;

  return window;
}

static GtkWidget *
get_focus (GtkWindow *toplevel)
{
  return gtk_root_get_focus (GTK_ROOT (toplevel));
}

static void
press (GtkWindow  *toplevel,
       const char *keys)
{
  rb_test_press_keys (GTK_WIDGET (toplevel), keys);
}

/* Presses @keys wherever the X focus is, without moving it: a popover
 * holds the keyboard grab, which focusing its window would break. */
static void
press_in_popover (const char *keys)
{
  const char *argv[] = { "xdotool", "key", "--clearmodifiers", keys, NULL };

  g_assert_true (rb_test_run (argv));
  rb_test_wait (100);
}

static gboolean
match_action (GtkWidget     *widget,
              gconstpointer  action)
{
  return GTK_IS_ACTIONABLE (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0;
}

static gboolean
match_type (GtkWidget     *widget,
            gconstpointer  type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (type));
}

static gboolean
match_label (GtkWidget     *widget,
             gconstpointer  label)
{
  if (GTK_IS_BUTTON (widget))
    return g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
  if (GTK_IS_MENU_BUTTON (widget))
    return g_strcmp0 (gtk_menu_button_get_label (GTK_MENU_BUTTON (widget)), label) == 0;

  return FALSE;
}

/* A widget that carries @key: the calendar's days carry their "date". */
static gboolean
match_data (GtkWidget     *widget,
            gconstpointer  key)
{
  return g_object_get_data (G_OBJECT (widget), key) != NULL;
}

/* The focus, or the first of its ancestors, that @match accepts. */
static GtkWidget *
focused_match (GtkWindow     *toplevel,
               Match          match,
               gconstpointer  data)
{
  for (GtkWidget *widget = get_focus (toplevel); widget != NULL; widget = gtk_widget_get_parent (widget))
    if (match (widget, data))
      return widget;

  return NULL;
}

typedef struct
{
  GtkWindow *toplevel;
  GtkWidget *before;
} FocusWait;

static gboolean
focus_moved (gpointer data)
{
  FocusWait *wait = data;

  return get_focus (wait->toplevel) != wait->before;
}

/* Presses Tab until the focus is on a widget @match accepts; fails the
 * step when Tab goes all the way round without reaching one. */
static GtkWidget *
tab_to (GtkWindow     *toplevel,
        Match          match,
        gconstpointer  data)
{
  g_autoptr(GPtrArray) seen = g_ptr_array_new ();

  for (guint i = 0; i < 80; i++)
    {
      GtkWidget *found = focused_match (toplevel, match, data);
      FocusWait wait = { toplevel, get_focus (toplevel) };

      if (found != NULL)
        return found;

      /* Back where it started: the control cannot be reached. */
      if (wait.before != NULL && g_ptr_array_find (seen, wait.before, NULL) && seen->len > 2)
        break;
      g_ptr_array_add (seen, wait.before);

      press (toplevel, "Tab");
      rb_test_wait_until (focus_moved, &wait);
    }

  for (guint i = 0; i < seen->len; i++)
    g_test_message ("%s: Tab stop %u: %s", step, i,
                    seen->pdata[i] != NULL ? G_OBJECT_TYPE_NAME (seen->pdata[i]) : "nothing");
  g_test_message ("%s: Tab never reaches it (%u stops tried)", step, seen->len);
  g_test_fail ();
  return NULL;
}

static gboolean
focus_visible (gpointer toplevel)
{
  GtkWidget *focus = get_focus (toplevel);

  return focus != NULL && gtk_widget_get_mapped (focus) &&
         gtk_widget_get_root (focus) == GTK_ROOT (toplevel);
}

/* After a page or a dialog changed, the focus must come to rest where a
 * keyboard user can see it: on a widget shown in @toplevel. */
static void
assert_focus_visible (GtkWindow *toplevel)
{
  GtkWidget *focus;

  if (rb_test_wait_until (focus_visible, toplevel))
    return;

  focus = get_focus (toplevel);
  g_test_message ("%s: the focus is %s", step,
                  focus == NULL ? "nowhere" : "on a widget that is not shown");
  g_test_fail ();
}

static AdwViewStack *
get_view_stack (void)
{
  return ADW_VIEW_STACK (rb_test_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK));
}

typedef struct
{
  const char *name;
} ViewWait;

static gboolean
view_shown (gpointer data)
{
  ViewWait *wait = data;

  return g_strcmp0 (adw_view_stack_get_visible_child_name (get_view_stack ()), wait->name) == 0 &&
         rb_test_settled (window);
}

static void
show_view (const char *keys,
           const char *name)
{
  ViewWait wait = { name };

  press (window, keys);
  g_assert_true (rb_test_wait_until (view_shown, &wait));
}

static GtkWidget *
find_mapped (GtkWidget *widget,
             GType      type)
{
  if (!gtk_widget_get_mapped (widget))
    return NULL;
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_mapped (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The first shown widget of @type in any window. */
static GtkWidget *
find_shown (GType type)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    {
      GtkWidget *found = find_mapped (l->data, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
type_shown (gpointer type)
{
  return find_shown (GPOINTER_TO_SIZE (type)) != NULL && rb_test_settled (window);
}

static gboolean
type_gone (gpointer type)
{
  return find_shown (GPOINTER_TO_SIZE (type)) == NULL && rb_test_settled (window);
}

/* Waits for a widget of @type to be shown, and returns it. */
static GtkWidget *
wait_shown (GType type)
{
  if (!rb_test_wait_until (type_shown, GSIZE_TO_POINTER (type)))
    {
      g_test_message ("%s: no %s came up", step, g_type_name (type));
      g_test_fail ();
      return NULL;
    }

  return find_shown (type);
}

static void
wait_gone (GType type)
{
  if (!rb_test_wait_until (type_gone, GSIZE_TO_POINTER (type)))
    {
      g_test_message ("%s: %s is still there", step, g_type_name (type));
      g_test_fail ();
    }
}

/* Presses Tab until @match holds, then @keys on it. */
static void
activate (GtkWindow     *toplevel,
          Match          match,
          gconstpointer  data,
          const char    *keys)
{
  GtkWidget *found = tab_to (toplevel, match, data);

  g_assert_nonnull (found);
  press (toplevel, keys);
}

static gboolean
focus_in_type (gpointer type)
{
  return focused_match (active_window (), match_type, type) != NULL;
}

/* Waits for the focus to be in a widget of @type: focus that follows a
 * change moves once the change is on screen. */
static void
wait_focus_in (GType type)
{
  if (!rb_test_wait_until (focus_in_type, GSIZE_TO_POINTER (type)))
    {
      GtkWidget *focus = get_focus (active_window ());

      g_test_message ("%s: the focus is on %s, not in a %s", step,
                      focus != NULL ? G_OBJECT_TYPE_NAME (focus) : "nothing", g_type_name (type));
      g_test_fail ();
    }
}

static gboolean
is_session_state (gpointer data)
{
  RbPlayer *player = RB_PLAYER (find_shown (RB_TYPE_PLAYER));
  RbSessionState *state = data;

  return player != NULL && rb_session_get_state (rb_player_get_session (player)) == *state;
}

static void
wait_session_state (RbSessionState state)
{
  if (!rb_test_wait_until (is_session_state, &state))
    {
      g_test_message ("%s: the session did not get to state %d", step, state);
      g_test_fail ();
    }
}

static gboolean
programs_listed (gpointer data)
{
  GtkWidget *programs = rb_test_find_widget (GTK_WIDGET (window), RB_TYPE_PROGRAMS_VIEW);

  return programs != NULL && rb_library_is_loaded (rb_application_get_library (app)) &&
         rb_test_find_widget (programs, GTK_TYPE_LIST_BOX_ROW) != NULL;
}

/* How many pages are pushed over the views: 0 on the views. */
static guint
get_depth (void)
{
  AdwLeaflet *leaflet = ADW_LEAFLET (rb_test_find_widget (GTK_WIDGET (window), ADW_TYPE_LEAFLET));
  g_autoptr(GtkSelectionModel) pages = adw_leaflet_get_pages (leaflet);
  guint visible = 0;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (pages)); i++)
    {
      g_autoptr(AdwLeafletPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);

      if (adw_leaflet_page_get_child (page) == adw_leaflet_get_visible_child (leaflet))
        visible = i;
    }

  return visible;
}

static gboolean
is_at_depth (gpointer data)
{
  return get_depth () == GPOINTER_TO_UINT (data) && rb_test_settled (window);
}

static void
wait_depth (guint depth)
{
  if (!rb_test_wait_until (is_at_depth, GUINT_TO_POINTER (depth)))
    {
      g_test_message ("%s: %u pages deep, not %u", step, get_depth (), depth);
      g_test_fail ();
    }
}

/* Escape asks to stop the session, Alt+S stops it, and its summary is
 * discarded with Alt+D, twice: the button, then the confirmation. */
static void
stop_and_discard (void)
{
  STEP ("player: Escape asks, Stop (Alt+S) stops");
  press (window, "Escape");
  g_assert_nonnull (wait_shown (ADW_TYPE_MESSAGE_DIALOG));
  assert_focus_visible (active_window ());
  press (active_window (), "alt+s");
  wait_gone (ADW_TYPE_MESSAGE_DIALOG);
  wait_session_state (RB_SESSION_STATE_FINISHED);
  assert_focus_visible (window);

  STEP ("player: the summary, Discard (Alt+D), confirmed (Alt+D)");
  press (window, "alt+d");
  g_assert_nonnull (wait_shown (ADW_TYPE_MESSAGE_DIALOG));
  press (active_window (), "alt+d");
  wait_gone (RB_TYPE_PLAYER);
  assert_focus_visible (window);
}

static gboolean
match_start (GtkWidget     *widget,
             gconstpointer  data)
{
  return match_action (widget, "win.start-session") || match_action (widget, "win.start-planned");
}

static gboolean
view_changed (gpointer name)
{
  return g_strcmp0 (adw_view_stack_get_visible_child_name (get_view_stack ()), name) != 0 &&
         rb_test_settled (window);
}

/* The view switcher: Tab reaches it, an arrow key moves along its
 * buttons and Space shows the view. */
static void
walk_switcher (void)
{
  g_autofree char *before = NULL;

  STEP ("view switcher: Tab, Right, Space");
  show_view ("alt+1", "today");
  g_assert_nonnull (tab_to (window, match_type, GSIZE_TO_POINTER (ADW_TYPE_VIEW_SWITCHER)));
  before = g_strdup (adw_view_stack_get_visible_child_name (get_view_stack ()));
  press (window, "Right");
  press (window, "space");
  if (!rb_test_wait_until (view_changed, before))
    {
      g_test_message ("%s: the view is still %s", step, before);
      g_test_fail ();
    }
  assert_focus_visible (window);
}

/* Today's session, started from its row's button. */
static void
walk_today (void)
{
  STEP ("today: start the session due");
  show_view ("alt+1", "today");
  activate (window, match_start, NULL, "Return");
  g_assert_nonnull (wait_shown (RB_TYPE_PLAYER));
  assert_focus_visible (window);

  STEP ("today: the player, started without rating (Alt+W)");
  press (window, "alt+w");
  wait_session_state (RB_SESSION_STATE_RUNNING);
  stop_and_discard ();
  wait_depth (0);
}

/* Views by their shortcuts, the focus kept on screen. */
static void
walk_views (void)
{
  static const struct { const char *keys, *name; } views[] = {
    { "alt+2", "calendar" }, { "alt+3", "programs" }, { "alt+4", "progress" },
    { "alt+5", "learn" }, { "alt+1", "today" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      STEP (views[i].name);
      show_view (views[i].keys, views[i].name);
      /* Tab from there lands on the page, not on what was left behind. */
      press (window, "Tab");
      rb_test_wait (100);
      assert_focus_visible (window);
    }
}

/* A program, one of its sessions played, paused and stopped, then back. */
static void
walk_session (void)
{
  GtkWidget *player;
  RbSession *session;
  RbTestStepWait wait;

  STEP ("programs: open a program");
  show_view ("alt+3", "programs");
  g_assert_true (rb_test_wait_until (programs_listed, NULL));
  activate (window, match_action, "win.show-program", "Return");
  wait_depth (1);
  assert_focus_visible (window);

  STEP ("program page: start a session");
  activate (window, match_action, "win.start-session", "Return");
  player = wait_shown (RB_TYPE_PLAYER);
  g_assert_nonnull (player);
  assert_focus_visible (window);
  session = rb_player_get_session (RB_PLAYER (player));

  STEP ("player: start without rating (Alt+W)");
  press (window, "alt+w");
  wait_session_state (RB_SESSION_STATE_RUNNING);

  STEP ("player: Space pauses and resumes");
  press (window, "space");
  wait_session_state (RB_SESSION_STATE_PAUSED);
  press (window, "space");
  wait_session_state (RB_SESSION_STATE_RUNNING);

  STEP ("player: Right goes to the next step");
  wait.session = session;
  wait.index = rb_session_get_step_index (session) + 1;
  press (window, "Right");
  g_assert_true (rb_test_wait_until (rb_test_is_at_step, &wait));

  stop_and_discard ();

  STEP ("program page: back with Alt+Left");
  wait_depth (1);
  press (window, "alt+Left");
  wait_depth (0);
  assert_focus_visible (window);
}

/* An exercise from the list, found by typing in its search, and back. */
static void
walk_exercise (void)
{
  STEP ("programs: the exercises, searched by typing");
  show_view ("alt+3", "programs");
  activate (window, match_label, "_Exercises", "space");
  tab_to (window, match_type, GSIZE_TO_POINTER (GTK_TYPE_SEARCH_ENTRY));
  press (window, "s");
  press (window, "q");
  press (window, "u");
  rb_test_wait (300);

  STEP ("programs: open the exercise found");
  activate (window, match_type, GSIZE_TO_POINTER (GTK_TYPE_LIST_VIEW), "Return");
  wait_depth (1);
  assert_focus_visible (window);

  STEP ("exercise page: back with Alt+Left");
  press (window, "alt+Left");
  wait_depth (0);
  assert_focus_visible (window);
}

/* An article, and back. */
static void
walk_learn (void)
{
  STEP ("learn: open an article");
  show_view ("alt+5", "learn");
  activate (window, match_action, "win.show-article", "Return");
  wait_depth (1);
  assert_focus_visible (window);

  STEP ("learn: back with Alt+Left");
  press (window, "alt+Left");
  wait_depth (0);
  assert_focus_visible (window);
}

typedef struct
{
  RbCalendarView *view;
  GDate           date;
} DayWait;

static gboolean
day_selected (gpointer data)
{
  DayWait *wait = data;
  const GDate *selected = rb_calendar_view_get_selected (wait->view);

  return selected != NULL && g_date_valid (selected) && g_date_compare (selected, &wait->date) == 0;
}

/* Days by the arrow keys, months by Page Up and Down. */
static void
walk_calendar (void)
{
  RbCalendarView *view;
  DayWait wait;

  STEP ("calendar: reach the month");
  show_view ("alt+2", "calendar");
  view = RB_CALENDAR_VIEW (rb_test_find_widget (GTK_WIDGET (window), RB_TYPE_CALENDAR_VIEW));
  g_assert_nonnull (view);
  /* Tab reaches the grid's days, each of which carries its date. */
  g_assert_nonnull (tab_to (window, match_data, "date"));
  g_assert_nonnull (rb_calendar_view_get_selected (view));

  STEP ("calendar: Right, Down, Page Down, Page Up");
  wait.view = view;
  wait.date = *rb_calendar_view_get_selected (view);
  g_date_add_days (&wait.date, 1);
  press (window, "Right");
  g_assert_true (rb_test_wait_until (day_selected, &wait));
  g_date_add_days (&wait.date, 7);
  press (window, "Down");
  g_assert_true (rb_test_wait_until (day_selected, &wait));
  g_date_add_months (&wait.date, 1);
  press (window, "Next");
  g_assert_true (rb_test_wait_until (day_selected, &wait));
  g_date_subtract_months (&wait.date, 1);
  press (window, "Prior");
  g_assert_true (rb_test_wait_until (day_selected, &wait));
  assert_focus_visible (window);

  STEP ("calendar: Return opens the day, its sessions next");
  press (window, "Return");
  rb_test_wait (200);
  assert_focus_visible (window);
  g_assert_true (gtk_widget_is_ancestor (get_focus (window), rb_calendar_view_get_day_list (view)));
}

static guint
count_shown (GtkWidget *widget,
             GType      type)
{
  guint n = G_TYPE_CHECK_INSTANCE_TYPE (widget, type) && gtk_widget_get_mapped (widget) ? 1 : 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_shown (child, type);

  return n;
}

typedef struct
{
  GtkWidget *editor;
  guint      n_items;
} ItemsWait;

static gboolean
has_items (gpointer data)
{
  ItemsWait *wait = data;

  return count_shown (wait->editor, ADW_TYPE_EXPANDER_ROW) == wait->n_items;
}

static gboolean
has_saved_program (gpointer dir)
{
  g_autoptr(GDir) programs = g_dir_open (dir, 0, NULL);

  return programs != NULL && g_dir_read_name (programs) != NULL;
}

/* The title of the @n-th exercise row shown in @editor. */
static const char *
item_title (GtkWidget *editor,
            guint      n)
{
  GtkWidget *row = rb_test_find_widget (editor, ADW_TYPE_EXPANDER_ROW);

  for (guint i = 0; row != NULL && i < n; i++)
    while ((row = gtk_widget_get_next_sibling (row)) != NULL && !ADW_IS_EXPANDER_ROW (row))
      ;

  return row != NULL ? adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)) : NULL;
}

/* Adds the exercise @name from the editor's picker: typed into its
 * search, which takes the focus, and added with Return. */
static void
add_exercise (GtkWidget  *editor,
              const char *query,
              guint       n_items,
              const char *name)
{
  ItemsWait wait = { editor, n_items };

  activate (window, match_label, "Add _Exercise…", "Return");
  g_assert_nonnull (wait_shown (GTK_TYPE_POPOVER));
  g_assert_nonnull (focused_match (window, match_type, GSIZE_TO_POINTER (GTK_TYPE_SEARCH_ENTRY)));
  for (const char *c = query; *c != '\0'; c++)
    {
      char key[2] = { *c, '\0' };

      press_in_popover (key);
    }
  press_in_popover ("Return");
  if (!rb_test_wait_until (has_items, &wait))
    {
      g_test_message ("%s: \"%s\" was not added", step, name);
      g_test_fail ();
      return;
    }
  g_assert_cmpstr (item_title (editor, n_items - 1), ==, name);
}

/* An entry row by its title, such as the editor's "Title". */
static gboolean
match_row_title (GtkWidget     *widget,
                 gconstpointer  title)
{
  return ADW_IS_ENTRY_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

/* Types @text one key at a time, as xdotool names the keys. */
static void
type_text (GtkWindow  *toplevel,
           const char *text)
{
  for (const char *c = text; *c != '\0'; c++)
    {
      char key[2] = { *c, '\0' };

      press (toplevel, key);
    }
}

static gboolean
text_is (gpointer data)
{
  const char **wait = data;

  return g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (wait[0])), wait[1]) == 0;
}

/* Tabs to the entry row @title and types @text into it. */
static void
fill_row (const char *title,
          const char *text)
{
  const char *wait[2] = { NULL, text };

  wait[0] = (const char *) tab_to (window, match_row_title, title);
  g_assert_nonnull (wait[0]);
  type_text (window, text);
  if (!rb_test_wait_until (text_is, wait))
    {
      g_test_message ("%s: \"%s\" did not get its text", step, title);
      g_test_fail ();
    }
}

typedef struct
{
  GtkWidget  *editor;
  guint       index;
  const char *title;
} OrderWait;

static gboolean
item_is (gpointer data)
{
  OrderWait *wait = data;

  return g_strcmp0 (item_title (wait->editor, wait->index), wait->title) == 0;
}

/* A new program: renamed, two exercises added from the picker's search,
 * the second moved up with Alt+Up, an add undone with Ctrl+Z, the
 * program saved with Ctrl+S. */
static void
walk_editor (void)
{
  g_autofree char *saved = g_build_filename (g_get_user_data_dir (), "runback", "programs", NULL);
  g_autofree char *first = NULL, *second = NULL;
  GtkWidget *editor;
  ItemsWait wait;
  OrderWait order;

  STEP ("programs: New Program…");
  show_view ("alt+3", "programs");
  activate (window, match_label, "_Programs", "space");
  activate (window, match_action, "win.new-program", "Return");
  editor = wait_shown (RB_TYPE_PROGRAM_EDITOR);
  g_assert_nonnull (editor);
  assert_focus_visible (window);

  STEP ("editor: name the program and write its notes");
  /* A program needs all three to be saved. */
  fill_row ("Title", "Keys");
  fill_row ("Notes for the Patient", "Daily");
  fill_row ("Who It Is For", "Adults");

  STEP ("editor: add two exercises by searching");
  wait.editor = editor;
  wait.n_items = count_shown (editor, ADW_TYPE_EXPANDER_ROW);
  add_exercise (editor, "squ", wait.n_items + 1, "Squat");
  assert_focus_visible (window);
  add_exercise (editor, "lung", wait.n_items + 2, "Forward Lunge");
  assert_focus_visible (window);

  STEP ("editor: Alt+Up moves the added exercise up, the focus with it");
  wait_focus_in (ADW_TYPE_EXPANDER_ROW);
  first = g_strdup (item_title (editor, wait.n_items));
  second = g_strdup (item_title (editor, wait.n_items + 1));
  g_assert_cmpstr (first, !=, second);
  order.editor = editor;
  order.index = wait.n_items;
  order.title = second;
  press (window, "alt+Up");
  g_assert_true (rb_test_wait_until (item_is, &order));
  wait_focus_in (ADW_TYPE_EXPANDER_ROW);

  STEP ("editor: Ctrl+Z undoes the move");
  press (window, "ctrl+z");
  order.title = first;
  g_assert_true (rb_test_wait_until (item_is, &order));
  assert_focus_visible (window);

  STEP ("editor: Ctrl+S saves, the program's page follows");
  press (window, "ctrl+s");
  g_assert_true (rb_test_wait_until (has_saved_program, saved));
  wait_depth (1);
  assert_focus_visible (window);
  press (window, "alt+Left");
  wait_depth (0);
}

static gboolean
match_handout_menu (GtkWidget     *widget,
                    gconstpointer  action)
{
  GMenuModel *menu;

  if (!GTK_IS_MENU_BUTTON (widget) || (menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget))) == NULL)
    return FALSE;

  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *name = NULL;

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &name) &&
          g_strcmp0 (name, action) == 0)
        return TRUE;
    }

  return FALSE;
}

/* GTK registers its print dialog's type when it first makes one. */
static gboolean
print_dialog_shown (gpointer data)
{
  GType type = g_type_from_name ("GtkPrintUnixDialog");

  return type != G_TYPE_INVALID && find_shown (type) != NULL;
}

/* A program's handout: its menu and the handout dialog, closed with
 * Escape; then again, printed with Return from the patient's name, and
 * the print dialog (where the preview is) closed with Escape. */
static void
walk_handout (void)
{
  GtkWidget *dialog;

  STEP ("program page: the handout menu");
  show_view ("alt+3", "programs");
  activate (window, match_action, "win.show-program", "Return");
  wait_depth (1);
  activate (window, match_handout_menu, "win.print-handout", "Return");
  g_assert_nonnull (wait_shown (GTK_TYPE_POPOVER_MENU));
  press (window, "Return");
  g_assert_nonnull (wait_shown (RB_TYPE_HANDOUT_DIALOG));
  assert_focus_visible (active_window ());

  STEP ("handout dialog: Escape closes it, the focus back on the menu");
  press (active_window (), "Escape");
  wait_gone (RB_TYPE_HANDOUT_DIALOG);
  assert_focus_visible (window);
  if (focused_match (window, match_handout_menu, "win.print-handout") == NULL)
    {
      GtkWidget *focus = get_focus (window);

      g_test_message ("%s: the focus is on %s", step, focus != NULL ? G_OBJECT_TYPE_NAME (focus) : "nothing");
      g_test_fail ();
    }

  STEP ("handout dialog again: Return in the patient's name prints");
  press (window, "Return");
  g_assert_nonnull (wait_shown (GTK_TYPE_POPOVER_MENU));
  press (window, "Return");
  dialog = wait_shown (RB_TYPE_HANDOUT_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_true (rb_test_wait_until (rb_test_window_is_active, dialog));
  g_assert_true (focused_match (GTK_WINDOW (dialog), match_row_title, "Patient’s Name") != NULL);
  press (GTK_WINDOW (dialog), "Return");
  wait_gone (RB_TYPE_HANDOUT_DIALOG);
  g_assert_true (rb_test_wait_until (print_dialog_shown, NULL));

  STEP ("print dialog: Escape closes it");
  press (active_window (), "Escape");
  wait_gone (g_type_from_name ("GtkPrintUnixDialog"));
  assert_focus_visible (window);
  press (window, "alt+Left");
  wait_depth (0);
}

/* Opens a window of @type with @keys, Tabs to a @row in it when given,
 * and closes it with Escape: the focus goes back to the main window. */
static void
open_and_escape (const char *keys,
                 GType       type,
                 GType       row)
{
  GtkWindow *dialog;

  press (window, keys);
  dialog = GTK_WINDOW (wait_shown (type));
  g_assert_nonnull (dialog);
  assert_focus_visible (dialog);
  if (row != G_TYPE_INVALID)
    g_assert_nonnull (tab_to (dialog, match_type, GSIZE_TO_POINTER (row)));
  press (dialog, "Escape");
  wait_gone (type);
  assert_focus_visible (window);
}

/* Preferences and back, the shortcuts window and back. */
static void
walk_dialogs (void)
{
  STEP ("preferences: Ctrl+Comma, Tab to a row, then Escape");
  open_and_escape ("ctrl+comma", ADW_TYPE_PREFERENCES_WINDOW, ADW_TYPE_PREFERENCES_ROW);

  STEP ("shortcuts: Ctrl+?, then Escape");
  open_and_escape ("ctrl+question", GTK_TYPE_SHORTCUTS_WINDOW, G_TYPE_INVALID);
}

static void
test_keyboard_walk (void)
{
  if (!rb_test_can_press_keys ())
    {
      g_test_skip ("Needs xdotool and an X display");
      return;
    }

  window = GTK_WINDOW (rb_window_new (app, rb_application_get_library (app)));
  gtk_window_present (window);
  g_assert_true (rb_test_wait_for_mapped (GTK_WIDGET (window)));
  g_assert_true (rb_test_wait_settled (GTK_WIDGET (window)));

  walk_views ();
  walk_session ();
  walk_exercise ();
  walk_learn ();
  walk_calendar ();
  walk_editor ();
  walk_handout ();
  walk_today ();
  walk_dialogs ();
  walk_switcher ();

  gtk_window_destroy (window);
  rb_test_iterate ();
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = g_dir_make_tmp ("runback-keyboard-XXXXXX", NULL);
  g_autofree char *data = g_build_filename (dir, "data", NULL);
  g_autofree char *config = g_build_filename (dir, "config", NULL);
  int ret;

  g_setenv ("XDG_DATA_HOME", data, TRUE);
  g_setenv ("XDG_CONFIG_HOME", config, TRUE);
  g_setenv ("GTK_MEDIA", "none", TRUE);

  if (!rb_test_ui_init (&argc, &argv))
    return 0;

  app = rb_application_new (APP_ID ".Test", G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, NULL);

  g_test_add_func ("/rb/keyboard/walk", test_keyboard_walk);
  ret = g_test_run ();

  g_clear_object (&app);
  return ret;
}
