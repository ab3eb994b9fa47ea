/* test-player.c: guided sessions played in the window, by keyboard too.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Keys are pressed for real (xdotool through the X server), so that they
 * reach the focused widget first, as a keyboard's do. With
 * RB_TEST_SCREENSHOT_DIR set, the player is also saved as PNGs.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>

#include "rb-application.h"
#include "rb-countdown-ring.h"
#include "rb-countdown-ring-private.h"
#include "rb-fake-clock.h"
#include "rb-figure-view.h"
#include "rb-figure-view-private.h"
#include "rb-journal.h"
#include "rb-pain-scale.h"
#include "rb-player.h"
#include "rb-window.h"
#include "rb-test-ui.h"

static RbApplication *app;

typedef struct
{
  RbFakeClock *clock;
  RbWindow    *window;
  RbPlayer    *player;
  RbSession   *session;
} Fixture;

static GtkWidget *
find_widget (GtkWidget  *widget,
             GType       type,
             const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) &&
          (label == NULL || g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0))
        return child;

      if ((found = find_widget (child, type, label)))
        return found;
    }

  return NULL;
}

/* Whether a label on screen reads @text. */
static gboolean
find_label (GtkWidget  *widget,
            const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && gtk_widget_get_visible (child) &&
          g_strcmp0 (gtk_label_get_text (GTK_LABEL (child)), text) == 0)
        return TRUE;
      if (gtk_widget_get_visible (child) && find_label (child, text))
        return TRUE;
    }

  return FALSE;
}

/* The button that activates @action, e.g. "player.next". */
static GtkWidget *
find_action_button (GtkWidget  *widget,
                    const char *action)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) &&
          g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (child)), action) == 0)
        return child;

      if ((found = find_action_button (child, action)))
        return found;
    }

  return NULL;
}

static AdwMessageDialog *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }

  return NULL;
}

/* As a click on a response button does: respond, then close. */
static void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static gboolean
dialog_shown (gpointer data)
{
  return find_dialog () != NULL;
}

static gboolean
no_dialog_shown (gpointer data)
{
  return find_dialog () == NULL;
}

static gboolean
player_shown (gpointer data)
{
  GtkWidget *player = find_widget (data, RB_TYPE_PLAYER, NULL);

  return player != NULL && gtk_widget_get_mapped (player);
}

static gboolean
player_gone (gpointer data)
{
  return find_widget (data, RB_TYPE_PLAYER, NULL) == NULL;
}

static gboolean
is_paused (gpointer data)
{
  return rb_session_get_state (data) == RB_SESSION_STATE_PAUSED;
}

static gboolean
is_running (gpointer data)
{
  return rb_session_get_state (data) == RB_SESSION_STATE_RUNNING;
}

/* The window's focus, whether or not the window is active. */
static gboolean
has_focus (gpointer data)
{
  return gtk_root_get_focus (gtk_widget_get_root (data)) == data;
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
  g_assert_true (rb_test_resize (GTK_WINDOW (window), width, height));
  file = g_strdup_printf ("%s-%dx%d-%s.png", name, width, height, dark ? "dark" : "light");
  path = g_build_filename (dir, file, NULL);
  rb_test_save_screenshot (window, path);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
}

/* Opens the window on a program's session, up to its pain question. */
static void
open_player (Fixture    *fixture,
             const char *program,
             guint       session_index)
{
  RbLibrary *library = rb_application_get_library (app);
  g_autoptr(GError) error = NULL;

  if (!rb_library_is_loaded (library))
    {
      rb_library_load (library, NULL, NULL, &error);
      g_assert_no_error (error);
    }

  fixture->clock = rb_fake_clock_new (G_USEC_PER_SEC, NULL);
  fixture->window = g_object_new (RB_TYPE_WINDOW, "application", app, "library", library,
                                  "clock", fixture->clock, NULL);
  gtk_window_present (GTK_WINDOW (fixture->window));
  g_assert_true (rb_test_wait_for_mapped (GTK_WIDGET (fixture->window)));

  /* As the Start button of a program's session does. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.start-session", "(su)",
                                             program, session_index));
  g_assert_true (rb_test_wait_until (player_shown, fixture->window));
  fixture->player = RB_PLAYER (find_widget (GTK_WIDGET (fixture->window), RB_TYPE_PLAYER, NULL));
  fixture->session = rb_player_get_session (fixture->player);
  g_assert_cmpint (rb_session_get_state (fixture->session), ==, RB_SESSION_STATE_READY);
}

static void
start_without_rating (Fixture *fixture)
{
  GtkWidget *button = find_widget (GTK_WIDGET (fixture->player), GTK_TYPE_BUTTON, "Start _Without Rating");

  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  g_assert_cmpint (rb_session_get_state (fixture->session), ==, RB_SESSION_STATE_RUNNING);
  g_assert_true (rb_test_wait_for_mapped (find_action_button (GTK_WIDGET (fixture->player), "player.toggle")));
}

static void
play_to_summary (Fixture *fixture)
{
  while (rb_session_get_state (fixture->session) != RB_SESSION_STATE_FINISHED)
    {
      rb_fake_clock_advance (fixture->clock, 10 * G_USEC_PER_SEC);
      if (rb_session_get_waiting_for_done (fixture->session))
        rb_session_done (fixture->session);
    }
  g_assert_true (rb_test_wait_for_mapped (find_action_button (GTK_WIDGET (fixture->player), "player.save")));
}

static void
close_window (Fixture *fixture)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  rb_test_iterate ();
  g_clear_object (&fixture->clock);
}

static guint
count_journal_entries (void)
{
  g_autoptr(RbJournal) journal = rb_journal_new_default ();
  g_autoptr(GError) error = NULL;

  rb_journal_load (journal, &error);
  g_assert_no_error (error);

  return g_list_model_get_n_items (rb_journal_get_entries (journal));
}

static RbJournalEntry *
dup_last_journal_entry (void)
{
  g_autoptr(RbJournal) journal = rb_journal_new_default ();
  g_autoptr(GError) error = NULL;
  GListModel *entries;

  rb_journal_load (journal, &error);
  g_assert_no_error (error);
  entries = rb_journal_get_entries (journal);
  g_assert_cmpuint (g_list_model_get_n_items (entries), >, 0);

  return g_list_model_get_item (entries, g_list_model_get_n_items (entries) - 1);
}

static gboolean
marker_exists (void)
{
  g_autoptr(RbJournal) journal = rb_journal_new_default ();

  return g_file_test (rb_journal_get_marker_path (journal), G_FILE_TEST_EXISTS);
}

/* Skips to the first step of @kind, and waits for its figure. */
static RbFigureView *
skip_to_figure_step (Fixture    *fixture,
                     RbStepKind  kind)
{
  GtkWidget *view;

  while (rb_session_get_step (fixture->session)->kind != kind)
    {
      g_assert_cmpint (rb_session_get_step (fixture->session)->kind, !=, RB_STEP_DONE);
      rb_session_next (fixture->session);
    }

  view = find_widget (GTK_WIDGET (fixture->player), RB_TYPE_FIGURE_VIEW, NULL);
  g_assert_nonnull (view);
  g_assert_true (rb_test_wait_for_mapped (view));

  return RB_FIGURE_VIEW (view);
}

typedef struct
{
  RbFigureView *view;
  double        position;
} FigureWait;

static gboolean
figure_drawn_at (gpointer data)
{
  FigureWait *wait = data;

  return fabs (rb_figure_view_get_drawn_position (wait->view) - wait->position) < 1e-9;
}

static gboolean
figure_still (gpointer data)
{
  return !rb_figure_view_is_animating (data);
}

/* Draws the whole window once more, as any other change would. */
static void
draw_window (Fixture *fixture)
{
  gtk_widget_queue_draw (GTK_WIDGET (fixture->window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
}

/* Where the figure should be now, by the session's clock. */
static double
expected_position (Fixture      *fixture,
                   RbFigureView *view)
{
  const RbStep *step = rb_session_get_step (fixture->session);
  gint64 elapsed = rb_session_get_step_elapsed (fixture->session);
  gint64 coming_up = ((gint64) step->tempo_down + step->tempo_hold) * G_USEC_PER_SEC;

  return rb_figure_get_t_at_position (rb_figure_view_get_figure (view),
                                      rb_step_get_rep_position (step, elapsed),
                                      elapsed % rb_step_get_rep_period (step) >= coming_up);
}

/* The figure moves with the session's clock, and only with it: not on
 * its own timer, and no frames at all while paused. */
static void
test_player_figure_follows_the_session (void)
{
  Fixture fixture = { 0 };
  FigureWait wait;
  const RbStep *step;
  guint n_draws;

  open_player (&fixture, "knee-strength", 1);
  start_without_rating (&fixture);
  wait.view = skip_to_figure_step (&fixture, RB_STEP_WORK_REPS);
  step = rb_session_get_step (fixture.session);
  g_assert_cmpuint (step->tempo_down, >, 0);

  /* Halfway down, then at the bottom. */
  rb_fake_clock_advance (fixture.clock, step->tempo_down * G_USEC_PER_SEC / 2);
  wait.position = expected_position (&fixture, wait.view);
  g_assert_cmpfloat (wait.position, >, 0.1);
  g_assert_cmpfloat (wait.position, <, 0.9);
  g_assert_true (rb_test_wait_until (figure_drawn_at, &wait));

  rb_fake_clock_advance (fixture.clock, step->tempo_down * G_USEC_PER_SEC / 2);
  wait.position = expected_position (&fixture, wait.view);
  g_assert_cmpfloat (wait.position, ==, rb_figure_get_end_t (rb_figure_view_get_figure (wait.view)));
  g_assert_true (rb_test_wait_until (figure_drawn_at, &wait));

  /* The clock stands still: frames come, but the figure is not redrawn. */
  n_draws = rb_figure_view_get_n_draws (wait.view);
  for (guint i = 0; i < 3; i++)
    draw_window (&fixture);
  g_assert_cmpuint (rb_figure_view_get_n_draws (wait.view), ==, n_draws);

  /* Paused: no frames asked for, the figure stays as the clock moves. */
  rb_session_pause (fixture.session);
  g_assert_false (rb_figure_view_is_animating (wait.view));
  rb_fake_clock_advance (fixture.clock, step->tempo_up * G_USEC_PER_SEC / 2);
  draw_window (&fixture);
  g_assert_false (rb_figure_view_is_animating (wait.view));
  g_assert_cmpuint (rb_figure_view_get_n_draws (wait.view), ==, n_draws);
  g_assert_true (figure_drawn_at (&wait));

  /* Resumed, it goes on from where it stopped. */
  rb_session_resume (fixture.session);
  g_assert_true (rb_figure_view_is_animating (wait.view));
  rb_fake_clock_advance (fixture.clock, step->tempo_hold * G_USEC_PER_SEC + step->tempo_up * G_USEC_PER_SEC / 2);
  wait.position = expected_position (&fixture, wait.view);
  g_assert_cmpfloat (wait.position, <, 0.9);
  g_assert_true (rb_test_wait_until (figure_drawn_at, &wait));

  close_window (&fixture);
}

/* On a hold, the figure moves into the position, then asks for no more
 * frames. */
typedef struct
{
  GtkWidget  *root;
  const char *text;
} LabelWait;

static gboolean
find_label_text (GtkWidget  *widget,
                 const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && gtk_widget_get_visible (child) &&
          g_strcmp0 (gtk_label_get_text (GTK_LABEL (child)), text) == 0)
        return TRUE;
      if (find_label_text (child, text))
        return TRUE;
    }

  return FALSE;
}

static gboolean
label_shown (gpointer data)
{
  LabelWait *wait = data;

  return find_label_text (wait->root, wait->text);
}

typedef struct
{
  AdwViewStack *stack;
  const char   *name;
} ViewWait;

static gboolean
view_shown (gpointer data)
{
  ViewWait *wait = data;

  return g_strcmp0 (adw_view_stack_get_visible_child_name (wait->stack), wait->name) == 0;
}

/* Alt+1…5 switch the main views, with real key presses. */
static void
test_window_view_keys (void)
{
  static const struct { const char *keys; const char *view; } presses[] = {
    { "alt+3", "programs" }, { "alt+5", "learn" }, { "alt+2", "calendar" },
    { "alt+4", "progress" }, { "alt+1", "today" },
  };
  RbWindow *window;
  ViewWait wait;

  if (!rb_test_can_press_keys ())
    {
      g_test_skip ("needs xdotool and an X display");
      return;
    }

  window = rb_window_new (app, rb_application_get_library (app));
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (rb_test_wait_for_mapped (GTK_WIDGET (window)));
  wait.stack = ADW_VIEW_STACK (find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK, NULL));
  g_assert_nonnull (wait.stack);

  for (guint i = 0; i < G_N_ELEMENTS (presses); i++)
    {
      wait.name = presses[i].view;
      rb_test_press_keys (GTK_WIDGET (window), presses[i].keys);
      g_assert_true (rb_test_wait_until (view_shown, &wait));
    }

  gtk_window_destroy (GTK_WINDOW (window));
  rb_test_iterate ();
}

/* The warm-up shows each of its parts at its time, not the first one
 * throughout. */
static void
test_player_timed_parts (void)
{
  Fixture fixture = { 0 };
  RbExercise *warm_up;
  const RbStep *step;
  LabelWait wait;
  guint first_seconds = 0;

  open_player (&fixture, "knee-strength", 0);
  start_without_rating (&fixture);
  while ((step = rb_session_get_step (fixture.session))->kind != RB_STEP_WORK_TIMED ||
         g_strcmp0 (step->exercise_id, "dynamic-warm-up") != 0)
    {
      g_assert_cmpint (step->kind, !=, RB_STEP_DONE);
      rb_session_next (fixture.session);
    }

  warm_up = rb_library_lookup_exercise (rb_application_get_library (app), "dynamic-warm-up");
  g_assert_cmpuint (rb_exercise_get_n_parts (warm_up), >=, 2);
  wait.root = GTK_WIDGET (fixture.player);
  wait.text = rb_exercise_get_part (warm_up, 0, &first_seconds);
  g_assert_true (rb_test_wait_until (label_shown, &wait));

  rb_fake_clock_advance (fixture.clock, (gint64) first_seconds * G_USEC_PER_SEC + G_USEC_PER_SEC);
  wait.text = rb_exercise_get_part (warm_up, 1, NULL);
  g_assert_true (rb_test_wait_until (label_shown, &wait));

  close_window (&fixture);
}

static void
test_player_figure_holds_still (void)
{
  Fixture fixture = { 0 };
  FigureWait wait;

  open_player (&fixture, "daily-stretching", 0);
  start_without_rating (&fixture);
  wait.view = skip_to_figure_step (&fixture, RB_STEP_WORK_HOLD);

  rb_fake_clock_advance (fixture.clock, 3 * G_USEC_PER_SEC);
  wait.position = rb_figure_get_end_t (rb_figure_view_get_figure (wait.view));
  g_assert_true (rb_test_wait_until (figure_drawn_at, &wait));
  g_assert_true (rb_test_wait_until (figure_still, wait.view));

  close_window (&fixture);
}

typedef struct
{
  RbCountdownRing *ring;
  guint            n_draws;
} RingWait;

static gboolean
ring_redrawn (gpointer data)
{
  RingWait *wait = data;

  return rb_countdown_ring_get_n_draws (wait->ring) > wait->n_draws;
}

/* The ring moves in whole seconds, with the countdown: once a second
 * whatever the frames and the clock's ticks in between, and not at all
 * while the session is paused (issue #14: at most 2 frames a second in a
 * hold or a rest). */
static void
test_player_ring_redraws_sparingly (void)
{
  Fixture fixture = { 0 };
  RingWait wait;
  guint before;

  open_player (&fixture, "daily-stretching", 0);
  start_without_rating (&fixture);
  wait.ring = RB_COUNTDOWN_RING (find_widget (GTK_WIDGET (fixture.player), RB_TYPE_COUNTDOWN_RING, NULL));
  g_assert_true (rb_test_wait_for_mapped (GTK_WIDGET (wait.ring)));

  /* Frames alone do not redraw it. */
  wait.n_draws = rb_countdown_ring_get_n_draws (wait.ring);
  for (guint i = 0; i < 3; i++)
    draw_window (&fixture);
  g_assert_cmpuint (rb_countdown_ring_get_n_draws (wait.ring), ==, wait.n_draws);

  /* Three seconds in steps of a tenth: three redraws, one a second. */
  before = rb_countdown_ring_get_n_draws (wait.ring);
  for (guint i = 0; i < 30; i++)
    {
      rb_fake_clock_advance (fixture.clock, G_USEC_PER_SEC / 10);
      rb_test_iterate ();
    }
  draw_window (&fixture);
  g_assert_cmpuint (rb_countdown_ring_get_n_draws (wait.ring) - before, ==, 3);

  /* Paused, it stays as it is. */
  rb_session_pause (fixture.session);
  wait.n_draws = rb_countdown_ring_get_n_draws (wait.ring);
  rb_fake_clock_advance (fixture.clock, 2 * G_USEC_PER_SEC);
  draw_window (&fixture);
  g_assert_cmpuint (rb_countdown_ring_get_n_draws (wait.ring), ==, wait.n_draws);

  rb_session_resume (fixture.session);
  rb_fake_clock_advance (fixture.clock, G_USEC_PER_SEC);
  g_assert_true (rb_test_wait_until (ring_redrawn, &wait));

  close_window (&fixture);
}

/* Runs and walks show a runner and a walker, moving with the session. */
static void
test_player_run_and_walk_figures (void)
{
  static const RbStepKind kinds[] = { RB_STEP_RUN, RB_STEP_WALK };
  static const gint64 period[] = { 900 * 1000, 1300 * 1000 };   /* as the player has them */
  Fixture fixture = { 0 };

  open_player (&fixture, "return-to-running", 0);
  start_without_rating (&fixture);

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      FigureWait wait;

      wait.view = skip_to_figure_step (&fixture, kinds[i]);
      g_assert_cmpuint (rb_figure_get_n_keyframes (rb_figure_view_get_figure (wait.view)), >, 2);
      g_assert_true (rb_figure_view_get_animated (wait.view));

      /* A quarter of a stride on. */
      rb_fake_clock_advance (fixture.clock, 250 * 1000);
      wait.position = rb_figure_get_t_at (rb_figure_view_get_figure (wait.view),
                                          rb_session_get_step_elapsed (fixture.session), period[i]);
      g_assert_cmpfloat (wait.position, >, 0);
      g_assert_true (rb_test_wait_until (figure_drawn_at, &wait));

      /* A whole stride on, it is back at the start. */
      rb_fake_clock_advance (fixture.clock, period[i] - 250 * 1000);
      wait.position = 0;
      g_assert_true (rb_test_wait_until (figure_drawn_at, &wait));

      screenshot (GTK_WIDGET (fixture.window), kinds[i] == RB_STEP_RUN ? "player-run" : "player-walk",
                  1280, 800, FALSE);
      screenshot (GTK_WIDGET (fixture.window), kinds[i] == RB_STEP_RUN ? "player-run" : "player-walk",
                  360, 640, TRUE);
    }

  close_window (&fixture);
}

static void
test_player_plays_to_summary (void)
{
  Fixture fixture = { 0 };
  g_autoptr(RbJournalEntry) entry = NULL;
  guint before = count_journal_entries ();
  AdwWindowTitle *title;
  GtkWidget *button;

  open_player (&fixture, "daily-stretching", 0);
  screenshot (GTK_WIDGET (fixture.window), "player-before", 360, 640, FALSE);

  /* Start, with the pain before rated. */
  rb_pain_scale_set_value (RB_PAIN_SCALE (find_widget (GTK_WIDGET (fixture.player), RB_TYPE_PAIN_SCALE, NULL)), 3);
  button = find_widget (GTK_WIDGET (fixture.player), GTK_TYPE_BUTTON, "_Start");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  g_assert_cmpint (rb_session_get_state (fixture.session), ==, RB_SESSION_STATE_RUNNING);

  rb_fake_clock_advance (fixture.clock, 5 * G_USEC_PER_SEC + 12 * G_USEC_PER_SEC);
  screenshot (GTK_WIDGET (fixture.window), "player", 1280, 800, FALSE);
  screenshot (GTK_WIDGET (fixture.window), "player", 360, 640, TRUE);

  play_to_summary (&fixture);
  title = ADW_WINDOW_TITLE (find_widget (GTK_WIDGET (fixture.player), ADW_TYPE_WINDOW_TITLE, NULL));
  g_assert_cmpstr (adw_window_title_get_subtitle (title), ==, "Daily Stretching · Summary");
  screenshot (GTK_WIDGET (fixture.window), "player-summary", 360, 640, FALSE);
  screenshot (GTK_WIDGET (fixture.window), "player-summary", 1280, 800, TRUE);

  /* Saved, untouched after the session: pain after is not rated. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.player), "player.save", NULL));
  g_assert_true (rb_test_wait_until (player_gone, fixture.window));
  g_assert_cmpuint (count_journal_entries (), ==, before + 1);
  entry = dup_last_journal_entry ();
  g_assert_cmpstr (rb_journal_entry_get_program_id (entry), ==, "daily-stretching");
  g_assert_cmpint (rb_journal_entry_get_pain_before (entry), ==, 3);
  g_assert_cmpint (rb_journal_entry_get_pain_after (entry), ==, RB_JOURNAL_PAIN_NONE);
  g_assert_false (marker_exists ());

  close_window (&fixture);
}

/* Space pauses even with the focus on Next, which would skip a step if
 * the button got the key first. */
static void
test_player_space_pauses_on_any_focus (void)
{
  Fixture fixture = { 0 };
  GtkWidget *next;
  RbTestStepWait wait;

  if (!rb_test_can_press_keys ())
    {
      g_test_skip ("Needs xdotool and an X display");
      return;
    }

  open_player (&fixture, "daily-stretching", 0);
  start_without_rating (&fixture);
  rb_fake_clock_advance (fixture.clock, 6 * G_USEC_PER_SEC);

  next = find_action_button (GTK_WIDGET (fixture.player), "player.next");
  gtk_widget_grab_focus (next);
  g_assert_true (has_focus (next));
  wait.session = fixture.session;
  wait.index = rb_session_get_step_index (fixture.session);

  rb_test_press_keys (GTK_WIDGET (fixture.window), "space");
  g_assert_true (rb_test_wait_until (is_paused, fixture.session));
  g_assert_cmpuint (rb_session_get_step_index (fixture.session), ==, wait.index);
  g_assert_true (find_label (GTK_WIDGET (fixture.player), "Paused"));

  rb_test_press_keys (GTK_WIDGET (fixture.window), "space");
  g_assert_true (rb_test_wait_until (is_running, fixture.session));
  g_assert_false (find_label (GTK_WIDGET (fixture.player), "Paused"));
  g_assert_cmpuint (rb_session_get_step_index (fixture.session), ==, wait.index);

  /* Right is the key for Next. */
  wait.index++;
  rb_test_press_keys (GTK_WIDGET (fixture.window), "Right");
  g_assert_true (rb_test_wait_until (rb_test_is_at_step, &wait));

  close_window (&fixture);
}

/* Done hides once pressed; the keys still work after that. */
static void
test_player_keys_survive_a_hidden_button (void)
{
  Fixture fixture = { 0 };
  GtkWidget *done;
  GtkWidget *focus;
  RbTestStepWait wait;

  if (!rb_test_can_press_keys ())
    {
      g_test_skip ("Needs xdotool and an X display");
      return;
    }

  /* Relative rest, at your own pace, comes first: it waits for Done. */
  open_player (&fixture, "acute-care", 0);
  start_without_rating (&fixture);
  wait.session = fixture.session;
  wait.index = rb_session_get_step_index (fixture.session) + 1;
  rb_fake_clock_advance (fixture.clock, 6 * G_USEC_PER_SEC);
  g_assert_true (rb_test_wait_until (rb_test_is_at_step, &wait));
  g_assert_true (rb_session_get_waiting_for_done (fixture.session));

  done = find_action_button (GTK_WIDGET (fixture.player), "player.done");
  g_assert_true (rb_test_wait_for_mapped (done));
  g_assert_true (rb_test_wait_until (has_focus, done));

  /* As Enter on the focused button does. */
  wait.index++;
  g_assert_true (gtk_widget_activate (done));
  g_assert_true (rb_test_wait_until (rb_test_is_at_step, &wait));
  g_assert_false (gtk_widget_get_visible (done));

  focus = gtk_root_get_focus (GTK_ROOT (fixture.window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_get_mapped (focus));

  rb_test_press_keys (GTK_WIDGET (fixture.window), "space");
  g_assert_true (rb_test_wait_until (is_paused, fixture.session));
  g_assert_cmpuint (rb_session_get_step_index (fixture.session), ==, wait.index);

  close_window (&fixture);
}

/* Escape leaves the summary, asking whether to save; Discard asks too. */
static void
test_player_summary_close_and_discard (void)
{
  Fixture fixture = { 0 };
  guint before = count_journal_entries ();
  AdwMessageDialog *dialog;

  if (!rb_test_can_press_keys ())
    {
      g_test_skip ("Needs xdotool and an X display");
      return;
    }

  open_player (&fixture, "prevention-routine", 0);
  start_without_rating (&fixture);
  play_to_summary (&fixture);

  rb_test_press_keys (GTK_WIDGET (fixture.window), "Escape");
  g_assert_true (rb_test_wait_until (dialog_shown, NULL));
  dialog = find_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Save the Session?");
  respond (dialog, "cancel");
  g_assert_true (rb_test_wait_until (no_dialog_shown, NULL));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (fixture.player)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.player), "player.discard", NULL));
  g_assert_true (rb_test_wait_until (dialog_shown, NULL));
  dialog = find_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Discard the Session?");
  respond (dialog, "discard");
  g_assert_true (rb_test_wait_until (player_gone, fixture.window));

  g_assert_cmpuint (count_journal_entries (), ==, before);
  g_assert_false (marker_exists ());

  close_window (&fixture);
}

/* Ctrl+W and Ctrl+Q ask before leaving a session under way. */
static void
test_player_close_and_quit_ask (void)
{
  const char *keys[] = { "ctrl+w", "ctrl+q" };
  Fixture fixture = { 0 };

  if (!rb_test_can_press_keys ())
    {
      g_test_skip ("Needs xdotool and an X display");
      return;
    }

  open_player (&fixture, "daily-stretching", 0);
  start_without_rating (&fixture);

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      AdwMessageDialog *dialog;

      rb_test_press_keys (GTK_WIDGET (fixture.window), keys[i]);
      g_assert_true (rb_test_wait_until (dialog_shown, NULL));
      dialog = find_dialog ();
      g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Quit During the Session?");
      respond (dialog, "cancel");
      g_assert_true (rb_test_wait_until (no_dialog_shown, NULL));
      g_assert_true (gtk_widget_get_visible (GTK_WIDGET (fixture.window)));
      g_assert_true (rb_player_get_in_progress (fixture.player));
    }

  close_window (&fixture);
}

static void
test_player_cut_short_is_offered (void)
{
  Fixture fixture = { 0 };
  guint before = count_journal_entries ();
  AdwMessageDialog *dialog;

  open_player (&fixture, "knee-strength", 1);
  start_without_rating (&fixture);
  rb_fake_clock_advance (fixture.clock, 60 * G_USEC_PER_SEC);

  /* The window goes away in the middle of the session. */
  close_window (&fixture);
  g_assert_true (marker_exists ());

  /* At the next start, it is offered; logging keeps it as partial. */
  fixture.clock = rb_fake_clock_new (G_USEC_PER_SEC, NULL);
  fixture.window = g_object_new (RB_TYPE_WINDOW, "application", app, "library", rb_application_get_library (app),
                                 "clock", fixture.clock, NULL);
  gtk_window_present (GTK_WINDOW (fixture.window));
  g_assert_true (rb_test_wait_until (dialog_shown, NULL));
  dialog = find_dialog ();
  respond (dialog, "log");
  g_assert_true (rb_test_wait_until (no_dialog_shown, NULL));

  g_assert_false (marker_exists ());
  g_assert_cmpuint (count_journal_entries (), ==, before + 1);

  close_window (&fixture);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = g_dir_make_tmp ("runback-player-XXXXXX", NULL);
  int ret;

  /* Before anything reads it: the journal goes to a fresh directory. */
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_setenv ("GTK_MEDIA", "none", TRUE);

  if (!rb_test_ui_init (&argc, &argv))
    return 0;

  app = rb_application_new (APP_ID ".Test", G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, NULL);

  g_test_add_func ("/rb/player/plays-to-summary", test_player_plays_to_summary);
  g_test_add_func ("/rb/player/space-pauses-on-any-focus", test_player_space_pauses_on_any_focus);
  g_test_add_func ("/rb/player/keys-survive-a-hidden-button", test_player_keys_survive_a_hidden_button);
  g_test_add_func ("/rb/player/summary-close-and-discard", test_player_summary_close_and_discard);
  g_test_add_func ("/rb/player/close-and-quit-ask", test_player_close_and_quit_ask);
  g_test_add_func ("/rb/player/cut-short-is-offered", test_player_cut_short_is_offered);
  g_test_add_func ("/rb/player/figure-follows-the-session", test_player_figure_follows_the_session);
  g_test_add_func ("/rb/player/figure-holds-still", test_player_figure_holds_still);
  g_test_add_func ("/rb/player/ring-redraws-sparingly", test_player_ring_redraws_sparingly);
  g_test_add_func ("/rb/player/run-and-walk-figures", test_player_run_and_walk_figures);
  g_test_add_func ("/rb/player/timed-parts", test_player_timed_parts);
  g_test_add_func ("/rb/window/view-keys", test_window_view_keys);

  ret = g_test_run ();
  g_clear_object (&app);

  return ret;
}
