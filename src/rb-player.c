/* rb-player.c: the full-window guided session.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The player shows the session's state and forwards presses to it; the
 * timing, the steps and the log live in the core (RbSession and
 * RbSessionRecorder). It asks for pain before, plays the session with
 * cues, then shows a summary and saves it to the journal.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rb-a11y.h"
#include "rb-countdown-ring.h"
#include "rb-cues.h"
#include "rb-figure-view.h"
#include "rb-pain-scale.h"
#include "rb-player.h"
#include "rb-session-summary.h"

struct _RbPlayer
{
  GtkBox             parent_instance;

  RbSessionRecorder *recorder;
  RbSession         *session;
  RbSessionSummary  *summary;
  RbLibrary         *library;
  RbCues            *cues;
  GSettings         *settings;
  char              *figure_key;
  guint              inhibit_cookie;
  GdkSurface        *surface;
  gulong             surface_handler;
  gboolean           ask_pain;
  gboolean           closed;      /* saved or discarded */

  AdwWindowTitle    *window_title;
  GtkWidget         *stop_button;
  GtkWidget         *close_button;
  GtkProgressBar    *session_progress;
  GtkStack          *stack;
  RbPainScale       *pain_before;
  GtkLabel          *title_label;
  GtkLabel          *detail_label;
  RbCountdownRing   *ring;
  GtkLabel          *time_label;
  GtkLabel          *rep_label;
  GtkBox            *figure_box;
  GtkLabel          *instructions_label;
  GtkLabel          *next_label;
  GtkWidget         *previous_button;
  GtkButton         *play_button;
  GtkWidget         *next_button;
  GtkWidget         *add_rest_button;
  GtkWidget         *done_button;
  GtkLabel          *summary_title;
  GtkLabel          *summary_detail;
  GtkListBox        *results_list;
  RbPainScale       *pain_after;
  GtkEntry          *note_entry;
};

G_DEFINE_FINAL_TYPE (RbPlayer, rb_player, GTK_TYPE_BOX)

G_DEFINE_ENUM_TYPE (RbPlayerOutcome, rb_player_outcome,
                    G_DEFINE_ENUM_VALUE (RB_PLAYER_OUTCOME_SAVED, "saved"),
                    G_DEFINE_ENUM_VALUE (RB_PLAYER_OUTCOME_SAVE_FAILED, "save-failed"),
                    G_DEFINE_ENUM_VALUE (RB_PLAYER_OUTCOME_DISCARDED, "discarded"))

enum { PROP_0, PROP_RECORDER, PROP_LIBRARY, PROP_ASK_PAIN, N_PROPS };
static GParamSpec *properties[N_PROPS];

enum { FINISHED, N_SIGNALS };
static guint signals[N_SIGNALS];

/* The player's keys work wherever the focus is in the window, and come
 * before the focused widget's own: Space pauses even on a focused button.
 * Each is off while its action is disabled, so that on the summary Space
 * and letters reach the note.
 */
static const struct
{
  guint            keyval;
  GdkModifierType  modifiers;
  const char      *action;
} player_keys[] = {
  { GDK_KEY_space, 0, "player.toggle" },
  { GDK_KEY_KP_Space, 0, "player.toggle" },
  { GDK_KEY_Right, 0, "player.next" },
  { GDK_KEY_n, 0, "player.next" },
  { GDK_KEY_Left, 0, "player.previous" },
  { GDK_KEY_p, 0, "player.previous" },
  { GDK_KEY_plus, 0, "player.add-rest" },
  { GDK_KEY_KP_Add, 0, "player.add-rest" },
  { GDK_KEY_Return, GDK_CONTROL_MASK, "player.done" },
  { GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "player.done" },
  { GDK_KEY_Escape, 0, "player.stop" },
  { GDK_KEY_Escape, 0, "player.close" },
};

/* The time left in words, for screen readers: "2 minutes 10 seconds left". */
static char *
dup_time_left (guint seconds)
{
  guint minutes = seconds / 60;
  g_autofree char *minutes_text = NULL;
  g_autofree char *seconds_text = NULL;

  seconds %= 60;
  minutes_text = g_strdup_printf (ngettext ("%u minute", "%u minutes", minutes), minutes);
  seconds_text = g_strdup_printf (ngettext ("%u second", "%u seconds", seconds), seconds);

  if (minutes > 0 && seconds > 0)
    /* Translators: minutes and seconds left, e.g. "2 minutes 10 seconds left" */
    return g_strdup_printf (_("%s %s left"), minutes_text, seconds_text);

  /* Translators: e.g. "2 minutes left" or "10 seconds left" */
  return g_strdup_printf (_("%s left"), minutes > 0 ? minutes_text : seconds_text);
}

/* Inside the ring: the rep under way on counted reps, the time left on
 * timed steps, and what to do at your own pace; under it, what the big
 * figure counts, or "Paused". */
static void
update_counter (RbPlayer *self)
{
  const RbStep *step = rb_session_get_step (self->session);
  guint remaining = rb_session_get_remaining_seconds (self->session);
  guint rep = rb_session_get_rep (self->session);
  g_autofree char *big = NULL;
  g_autofree char *small = NULL;
  g_autofree char *words = NULL;

  if (step->kind == RB_STEP_WORK_OWN_PACE)
    {
      if (step->reps > 0)
        {
          big = g_strdup_printf ("%u", step->reps);
          small = g_strdup (g_dngettext (GETTEXT_PACKAGE, "rep at your own pace", "reps at your own pace",
                                         step->reps));
        }
      else
        small = g_strdup (_("At your own pace"));
      words = g_strdup (_("At your own pace, no time limit"));
    }
  else if (step->kind == RB_STEP_WORK_REPS && rep > 0)
    {
      big = g_strdup_printf ("%u", rep);
      /* Translators: under the rep under way in big type, e.g. "of 10 reps" */
      small = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "of %u rep", "of %u reps", step->reps), step->reps);
      words = dup_time_left (remaining);
    }
  else
    {
      big = rb_format_duration ((gint64) remaining * G_USEC_PER_SEC);
      words = dup_time_left (remaining);
    }

  if (rb_session_get_state (self->session) == RB_SESSION_STATE_PAUSED)
    {
      char *paused = g_strdup_printf (_("Paused, %s"), words);

      g_free (small);
      small = g_strdup (_("Paused"));
      g_free (words);
      words = paused;
    }

  gtk_label_set_text (self->time_label, big != NULL ? big : "");
  gtk_widget_set_visible (GTK_WIDGET (self->time_label), big != NULL);
  gtk_label_set_text (self->rep_label, small != NULL ? small : "");
  gtk_widget_set_visible (GTK_WIDGET (self->rep_label), small != NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->ring),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MIN, 0.0,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MAX,
                                  (double) rb_session_get_step_duration (self->session) / G_USEC_PER_SEC,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_NOW, (double) remaining,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, words,
                                  -1);
}

/* Runs and walks belong to no exercise: they have figures of their own. */
static const char *
get_builtin_figure (const RbStep *step)
{
  switch (step->kind)
    {
    case RB_STEP_RUN:
      return "running";
    case RB_STEP_WARM_UP:
    case RB_STEP_WALK:
    case RB_STEP_COOL_DOWN:
      return "walking";
    default:
      return NULL;
    }
}

/* The step whose figure is shown: the step itself, or while getting
 * ready or resting, the work coming next. */
static const RbStep *
get_figure_step (RbPlayer     *self,
                 const RbStep *step)
{
  if (step->kind != RB_STEP_GET_READY && !rb_step_is_rest (step))
    return step;

  for (guint i = rb_session_get_step_index (self->session) + 1; i < rb_session_get_n_steps (self->session); i++)
    {
      const RbStep *next = rb_session_get_nth_step (self->session, i);

      if (next->is_work)
        return next;
    }

  return step;
}

/* A stride a second or so: calmer than a real cadence, which would need
 * many more frames to look smooth. */
#define RUNNING_PERIOD_MS 900
#define WALKING_PERIOD_MS 1300

static GtkWidget *
create_figure_view (RbPlayer     *self,
                    const RbStep *step)
{
  const char *builtin = get_builtin_figure (step);
  g_autoptr(RbFigure) figure = NULL;
  g_autoptr(GError) error = NULL;
  const char *label;
  guint period = 4000;
  GtkWidget *view;

  if (builtin != NULL)
    {
      /* Bundled and checked by the tests: failing is a bug. */
      if (!(figure = rb_figure_new_builtin (builtin, &error)))
        {
          g_critical ("%s", error->message);
          return NULL;
        }
      period = step->kind == RB_STEP_RUN ? RUNNING_PERIOD_MS : WALKING_PERIOD_MS;
      label = step->kind == RB_STEP_RUN ? _("Running") : _("Walking");
    }
  else
    {
      RbExercise *exercise = NULL;
      gint64 rep_period = rb_step_get_rep_period (step);

      if (step->exercise_id != NULL && self->library != NULL)
        exercise = rb_library_lookup_exercise (self->library, step->exercise_id);
      if (exercise == NULL || rb_exercise_get_figure (exercise) == NULL)
        return NULL;

      figure = rb_figure_ref (rb_exercise_get_figure (exercise));
      if (rep_period > 0)
        period = (guint) (rep_period / 1000);
      label = rb_exercise_get_name (exercise);
    }

  view = rb_figure_view_new (figure, period);
  gtk_widget_set_hexpand (view, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  rb_figure_view_set_session (RB_FIGURE_VIEW (view), self->session);

  return view;
}

static void
update_figure (RbPlayer     *self,
               const RbStep *step)
{
  const RbStep *shown = get_figure_step (self, step);
  const char *builtin = get_builtin_figure (shown);
  g_autofree char *key = builtin != NULL ? g_strconcat ("figure:", builtin, NULL) : g_strdup (shown->exercise_id);
  GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->figure_box));

  if (g_strcmp0 (self->figure_key, key) != 0 || child == NULL)
    {
      if (child != NULL)
        gtk_box_remove (self->figure_box, child);

      g_free (self->figure_key);
      self->figure_key = g_steal_pointer (&key);

      child = create_figure_view (self, shown);
      if (child != NULL)
        gtk_box_append (self->figure_box, child);
    }

  /* Paused, the figure stays where it is; it follows the session's
   * clock, so it stops and goes on with it. */
  gtk_widget_set_visible (GTK_WIDGET (self->figure_box), child != NULL);
  if (child != NULL)
    rb_figure_view_set_animated (RB_FIGURE_VIEW (child), step->is_work);
}

/* Keeps the keyboard focus on a control that is there: the preferred
 * one when given, else the page's main control when the focus was lost,
 * for instance on a button that just hid.
 */
static void
ensure_focus (RbPlayer  *self,
              GtkWidget *preferred)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  const char *page = gtk_stack_get_visible_child_name (self->stack);
  GtkWidget *focus;

  if (root == NULL || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;

  focus = gtk_root_get_focus (root);
  if (preferred == NULL)
    {
      if (focus != NULL && gtk_widget_get_mapped (focus) && gtk_widget_is_ancestor (focus, GTK_WIDGET (self)))
        return;

      if (g_strcmp0 (page, "before") == 0)
        preferred = GTK_WIDGET (self->pain_before);
      else if (g_strcmp0 (page, "summary") == 0)
        preferred = GTK_WIDGET (self->pain_after);
      else
        preferred = GTK_WIDGET (self->play_button);
    }

  if (focus != preferred)
    gtk_widget_grab_focus (preferred);
}

static void
update_actions (RbPlayer *self)
{
  RbSessionState state = rb_session_get_state (self->session);
  gboolean active = state == RB_SESSION_STATE_RUNNING || state == RB_SESSION_STATE_PAUSED;
  gboolean summary = state == RB_SESSION_STATE_FINISHED && !self->closed;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "player.toggle", active);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "player.next", active);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "player.previous", active);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "player.add-rest", rb_session_can_add_rest (self->session));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "player.done",
                                 active && rb_session_get_step (self->session)->is_work);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "player.stop", state != RB_SESSION_STATE_FINISHED && !self->closed);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "player.save", summary);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "player.discard", summary);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "player.close", summary);

  gtk_widget_set_visible (self->stop_button, state != RB_SESSION_STATE_FINISHED);
  gtk_widget_set_visible (self->close_button, state == RB_SESSION_STATE_FINISHED);
  gtk_widget_set_visible (self->add_rest_button, rb_step_is_rest (rb_session_get_step (self->session)));
  gtk_widget_set_visible (self->done_button, rb_session_get_waiting_for_done (self->session));
  ensure_focus (self, NULL);
}

static void
show_page (RbPlayer   *self,
           const char *name)
{
  gtk_stack_set_visible_child_name (self->stack, name);
  ensure_focus (self, NULL);
}

static void
set_css_class (GtkWidget  *widget,
               const char *css_class,
               gboolean    set)
{
  if (set)
    gtk_widget_add_css_class (widget, css_class);
  else
    gtk_widget_remove_css_class (widget, css_class);
}

/* The header names the session, and under it the program and where the
 * session is. */
static void
set_subtitle (RbPlayer   *self,
              const char *where)
{
  RbRoutine *routine = rb_session_get_routine (self->session);
  RbProgram *program = NULL;
  g_autofree char *subtitle = NULL;

  if (self->library != NULL && rb_routine_get_program_id (routine) != NULL)
    program = rb_library_lookup_program (self->library, rb_routine_get_program_id (routine));

  if (program == NULL)
    {
      adw_window_title_set_subtitle (self->window_title, where);
      return;
    }

  /* Translators: the program, then where the session is, e.g. "Knee Strength · Step 3 of 20" */
  subtitle = g_strdup_printf (_("%s · %s"), rb_program_get_title (program), where);
  adw_window_title_set_subtitle (self->window_title, subtitle);
}

/* A timed activity of several parts (the warm-up's brisk walk, then leg
 * swings…) shows the part under way, as its time comes. */
static void
update_instructions (RbPlayer *self)
{
  const RbStep *step = rb_session_get_step (self->session);
  const char *text = step->instructions;
  RbExercise *exercise = NULL;

  if (step->kind == RB_STEP_WORK_TIMED && step->exercise_id != NULL && self->library != NULL)
    exercise = rb_library_lookup_exercise (self->library, step->exercise_id);
  if (exercise != NULL && rb_exercise_get_n_parts (exercise) > 0)
    text = rb_exercise_get_part_at (exercise, rb_session_get_step_elapsed (self->session),
                                    step->duration, NULL);

  if (g_strcmp0 (gtk_label_get_text (self->instructions_label), text ? text : "") != 0)
    gtk_label_set_text (self->instructions_label, text ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->instructions_label), text != NULL);
}

static void
update_step (RbPlayer *self)
{
  const RbStep *step = rb_session_get_step (self->session);
  g_autofree char *position = NULL;

  gtk_label_set_text (self->title_label, step->title);
  gtk_label_set_text (self->detail_label, step->detail ? step->detail : "");
  gtk_widget_set_visible (GTK_WIDGET (self->detail_label), step->detail != NULL && step->detail[0] != '\0');
  update_instructions (self);

  gtk_label_set_text (self->next_label, step->next_up ? step->next_up : "");
  gtk_widget_set_visible (GTK_WIDGET (self->next_label), step->next_up != NULL);

  /* Translators: e.g. "Step 3 of 20" */
  position = g_strdup_printf (_("Step %u of %u"), rb_session_get_step_index (self->session) + 1,
                              rb_session_get_n_steps (self->session));
  set_subtitle (self, position);

  /* Runs and walks look different at a glance. */
  set_css_class (GTK_WIDGET (self->title_label), "run", step->kind == RB_STEP_RUN);
  set_css_class (GTK_WIDGET (self->title_label), "walk", step->kind == RB_STEP_WALK);

  update_counter (self);
  update_figure (self, step);
  update_actions (self);
}

static void
update_progress (RbPlayer *self)
{
  gtk_progress_bar_set_fraction (self->session_progress, rb_session_get_progress (self->session));
}

/* Keeps the screen awake while the session runs, and only then. */
static void
update_inhibit (RbPlayer *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkApplication *app = GTK_IS_WINDOW (root) ? gtk_window_get_application (GTK_WINDOW (root)) : NULL;
  gboolean running = rb_session_get_state (self->session) == RB_SESSION_STATE_RUNNING;

  if (app == NULL)
    return;

  if (running && self->inhibit_cookie == 0)
    self->inhibit_cookie = gtk_application_inhibit (app, GTK_WINDOW (root), GTK_APPLICATION_INHIBIT_IDLE,
                                                    _("A guided session is running"));
  else if (!running && self->inhibit_cookie != 0)
    {
      gtk_application_uninhibit (app, self->inhibit_cookie);
      self->inhibit_cookie = 0;
    }
}

static void
state_changed_cb (RbPlayer *self)
{
  gboolean running = rb_session_get_state (self->session) == RB_SESSION_STATE_RUNNING;

  gtk_button_set_icon_name (self->play_button,
                            running ? "media-playback-pause-symbolic" : "media-playback-start-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->play_button), running ? _("Pause (Space)") : _("Resume (Space)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->play_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  running ? _("Pause") : _("Resume"), -1);

  update_inhibit (self);
  update_counter (self);
  update_figure (self, rb_session_get_step (self->session));
  update_actions (self);
}

/* When the window is in the background, a notification tells the user
 * about the moments that need them.
 */
static void
notify_if_unfocused (RbPlayer     *self,
                     const RbStep *step,
                     const RbStep *previous)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autoptr(GNotification) notification = NULL;
  GApplication *app;
  g_autofree char *title = NULL;

  if (!GTK_IS_WINDOW (root) || gtk_window_is_active (GTK_WINDOW (root)) ||
      !(app = G_APPLICATION (gtk_window_get_application (GTK_WINDOW (root)))))
    return;

  /* Notifications go through the session bus; without one GLib fails
   * loudly instead of doing nothing. */
  if (g_application_get_dbus_connection (app) == NULL)
    return;

  if (step->kind == RB_STEP_SWITCH_SIDES)
    title = g_strdup (_("Switch Sides"));
  else if (step->kind == RB_STEP_DONE)
    title = rb_session_summary_dup_title (self->summary);
  else if (previous != NULL && rb_step_is_rest (previous))
    title = g_strdup (_("Rest Is Over"));

  if (title == NULL)
    return;

  notification = g_notification_new (title);
  g_notification_set_body (notification, step->speech ? step->speech : step->title);
  g_application_send_notification (app, "session", notification);
}

static void
step_changed_cb (RbPlayer *self)
{
  guint index = rb_session_get_step_index (self->session);
  const RbStep *step = rb_session_get_step (self->session);
  const RbStep *previous = index > 0 ? rb_session_get_nth_step (self->session, index - 1) : NULL;

  update_step (self);
  update_progress (self);
  if (rb_session_get_waiting_for_done (self->session))
    ensure_focus (self, self->done_button);

  if (step->kind == RB_STEP_DONE)
    rb_cues_play (self->cues, RB_CUE_DONE);
  else if (step->kind == RB_STEP_SWITCH_SIDES)
    rb_cues_play (self->cues, RB_CUE_SWITCH);
  else
    rb_cues_play (self->cues, RB_CUE_START);

  rb_cues_say (self->cues, step->speech);
  notify_if_unfocused (self, step, previous);
}

static void
metronome_cb (RbPlayer *self,
              guint     rep,
              guint     phase)
{
  update_counter (self);
  rb_cues_play (self->cues, RB_CUE_TICK);
}

static void
countdown_cb (RbPlayer *self,
              guint     seconds)
{
  rb_cues_play (self->cues, RB_CUE_COUNTDOWN);
}

static GtkWidget *
create_result_row (const RbSummaryRow *row_data)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *title = rb_summary_row_dup_title (row_data);
  g_autofree char *subtitle = rb_summary_row_dup_subtitle (row_data);
  GtkWidget *icon;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  switch (row_data->result.status)
    {
    case RB_RESULT_COMPLETED:
      icon = gtk_image_new_from_icon_name ("object-select-symbolic");
      gtk_widget_add_css_class (icon, "success");
      break;
    case RB_RESULT_PARTIAL:
      icon = gtk_image_new_from_icon_name ("object-select-symbolic");
      break;
    case RB_RESULT_SKIPPED:
    case RB_RESULT_NOT_REACHED:
    default:
      icon = gtk_image_new_from_icon_name ("media-skip-forward-symbolic");
      gtk_widget_add_css_class (icon, "dim-label");
      break;
    }

  /* The subtitle says it in words. */
  gtk_accessible_update_state (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

  return row;
}

static void
show_summary (RbPlayer *self)
{
  g_autoptr(GPtrArray) rows = rb_session_summary_dup_rows (self->summary);
  g_autofree char *title = rb_session_summary_dup_title (self->summary);
  g_autofree char *detail = rb_session_summary_dup_description (self->summary);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->results_list))))
    gtk_list_box_remove (self->results_list, child);

  for (guint i = 0; i < rows->len; i++)
    gtk_list_box_append (self->results_list, create_result_row (g_ptr_array_index (rows, i)));

  gtk_label_set_text (self->summary_title, title);
  gtk_label_set_text (self->summary_detail, detail);
  set_subtitle (self, _("Summary"));
  update_actions (self);
  show_page (self, "summary");
}

static void
finished_cb (RbPlayer *self)
{
  update_progress (self);
  show_summary (self);
}

static void
begin (RbPlayer *self)
{
  show_page (self, "session");
  rb_session_start (self->session);
}

static void
begin_clicked_cb (RbPlayer *self)
{
  rb_session_recorder_set_pain_before (self->recorder, rb_pain_scale_get_value (self->pain_before));
  begin (self);
}

static void
skip_pain_clicked_cb (RbPlayer *self)
{
  begin (self);
}

/* Hands the session back: the window reports the outcome and goes back. */
static void
close_player (RbPlayer        *self,
              RbPlayerOutcome  outcome,
              const GError    *error)
{
  self->closed = TRUE;
  update_actions (self);
  g_signal_emit (self, signals[FINISHED], 0, outcome, error);
}

static void
save (RbPlayer *self)
{
  g_autoptr(GError) error = NULL;
  const char *note = gtk_editable_get_text (GTK_EDITABLE (self->note_entry));
  RbJournalEntry *entry;

  if (self->closed)
    return;

  /* A failed save is kept in the journal's memory and tried again. */
  entry = rb_session_recorder_save (self->recorder, rb_pain_scale_get_value (self->pain_after),
                                    note[0] != '\0' ? note : NULL, &error);
  close_player (self, entry != NULL ? RB_PLAYER_OUTCOME_SAVED : RB_PLAYER_OUTCOME_SAVE_FAILED, error);
}

static void
discard (RbPlayer *self)
{
  g_autoptr(GError) error = NULL;

  if (self->closed)
    return;

  /* Should the in-progress mark stay on disk, the next start offers it
   * again: the window tells the user. */
  rb_session_recorder_discard (self->recorder, &error);
  close_player (self, RB_PLAYER_OUTCOME_DISCARDED, error);
}

static void
dialog_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    RbPlayer         *self)
{
  if (g_str_equal (response, "stop"))
    rb_session_stop (self->session);
  else if (g_str_equal (response, "save"))
    save (self);
  else if (g_str_equal (response, "discard"))
    discard (self);
  else if (g_str_equal (response, "continue") &&
           rb_session_get_state (self->session) == RB_SESSION_STATE_PAUSED &&
           g_object_get_data (G_OBJECT (dialog), "was-running"))
    rb_session_resume (self->session);
}

/* Asks over the window; the first response is the safe one, chosen on
 * Escape and by default. */
static AdwMessageDialog *
ask (RbPlayer   *self,
     const char *heading,
     const char *body,
     const char *first_response,
     ...) G_GNUC_NULL_TERMINATED;

static AdwMessageDialog *
ask (RbPlayer   *self,
     const char *heading,
     const char *body,
     const char *first_response,
     ...)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  AdwMessageDialog *dialog;
  va_list args;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                       heading, body));
  va_start (args, first_response);
  for (const char *id = first_response; id != NULL; id = va_arg (args, const char *))
    adw_message_dialog_add_response (dialog, id, va_arg (args, const char *));
  va_end (args);
  adw_message_dialog_set_default_response (dialog, first_response);
  adw_message_dialog_set_close_response (dialog, first_response);
  if (adw_message_dialog_has_response (dialog, "discard"))
    adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  if (adw_message_dialog_has_response (dialog, "stop"))
    adw_message_dialog_set_response_appearance (dialog, "stop", ADW_RESPONSE_DESTRUCTIVE);
  if (adw_message_dialog_has_response (dialog, "save"))
    adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  g_signal_connect_object (dialog, "response", G_CALLBACK (dialog_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));

  return dialog;
}

static void
stop_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RbPlayer *self = RB_PLAYER (widget);
  gboolean was_running = rb_session_get_state (self->session) == RB_SESSION_STATE_RUNNING;
  AdwMessageDialog *dialog;

  /* Not started yet: nothing to keep. */
  if (rb_session_get_state (self->session) == RB_SESSION_STATE_READY)
    {
      discard (self);
      return;
    }

  rb_session_pause (self->session);
  dialog = ask (self, _("Stop the Session?"),
                _("What you have done so far is kept, and you can save it to your journal."),
                "continue", _("_Continue"),
                "stop", _("_Stop"),
                NULL);
  g_object_set_data (G_OBJECT (dialog), "was-running", GINT_TO_POINTER (was_running));
}

static void
summary_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  RbPlayer *self = RB_PLAYER (widget);

  if (g_str_equal (action_name, "player.save"))
    save (self);
  else if (g_str_equal (action_name, "player.discard"))
    ask (self, _("Discard the Session?"),
         _("It will not be in your journal, and what you did in it is lost."),
         "cancel", _("_Cancel"),
         "discard", _("_Discard"),
         NULL);
  else if (g_str_equal (action_name, "player.close"))
    ask (self, _("Save the Session?"),
         _("It is not in your journal yet."),
         "cancel", _("_Cancel"),
         "discard", _("_Discard"),
         "save", _("_Save"),
         NULL);
}

static void
session_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  RbPlayer *self = RB_PLAYER (widget);

  if (g_str_equal (action_name, "player.toggle"))
    rb_session_toggle_pause (self->session);
  else if (g_str_equal (action_name, "player.next"))
    rb_session_next (self->session);
  else if (g_str_equal (action_name, "player.previous"))
    rb_session_previous (self->session);
  else if (g_str_equal (action_name, "player.add-rest"))
    rb_session_add_rest (self->session);
  else if (g_str_equal (action_name, "player.done"))
    rb_session_done (self->session);
}

static void
rb_player_constructed (GObject *object)
{
  RbPlayer *self = RB_PLAYER (object);

  G_OBJECT_CLASS (rb_player_parent_class)->constructed (object);

  self->session = g_object_ref (rb_session_recorder_get_session (self->recorder));
  self->summary = rb_session_summary_new (self->session);
  adw_window_title_set_title (self->window_title, rb_routine_get_title (rb_session_get_routine (self->session)));
  rb_countdown_ring_set_session (self->ring, self->session);

  g_signal_connect_object (self->session, "step-changed", G_CALLBACK (step_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "metronome", G_CALLBACK (metronome_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "countdown", G_CALLBACK (countdown_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "finished", G_CALLBACK (finished_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "notify::state", G_CALLBACK (state_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "notify::remaining-seconds", G_CALLBACK (update_counter), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "notify::elapsed-seconds", G_CALLBACK (update_instructions), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "notify::progress", G_CALLBACK (update_progress), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "notify::can-add-rest", G_CALLBACK (update_actions), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "notify::waiting-for-done", G_CALLBACK (update_actions), self, G_CONNECT_SWAPPED);

  update_step (self);
  state_changed_cb (self);
  show_page (self, self->ask_pain ? "before" : "session");
}

/* Seen from a mat on the floor, a big window gets bigger type. GTK 4.8
 * has no breakpoints, so the player follows its surface's size.
 */
static void
update_size_class (RbPlayer *self)
{
  GtkNative *native = gtk_widget_get_native (GTK_WIDGET (self));
  GdkSurface *surface = native ? gtk_native_get_surface (native) : NULL;

  if (surface != NULL && gdk_surface_get_width (surface) >= 900 && gdk_surface_get_height (surface) >= 650)
    gtk_widget_add_css_class (GTK_WIDGET (self), "large");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "large");
}

static void
rb_player_map (GtkWidget *widget)
{
  RbPlayer *self = RB_PLAYER (widget);
  GdkSurface *surface;

  GTK_WIDGET_CLASS (rb_player_parent_class)->map (widget);

  surface = gtk_native_get_surface (gtk_widget_get_native (widget));
  if (self->surface_handler == 0)
    {
      self->surface = g_object_ref (surface);
      self->surface_handler = g_signal_connect_object (surface, "notify::width", G_CALLBACK (update_size_class),
                                                       self, G_CONNECT_SWAPPED);
      g_signal_connect_object (surface, "notify::height", G_CALLBACK (update_size_class), self, G_CONNECT_SWAPPED);
    }
  update_size_class (self);
  ensure_focus (self, NULL);

  if (!self->ask_pain && rb_session_get_state (self->session) == RB_SESSION_STATE_READY)
    begin (self);
  update_inhibit (self);
}

static void
rb_player_unmap (GtkWidget *widget)
{
  RbPlayer *self = RB_PLAYER (widget);

  /* Leaving the player pauses the session and releases the screen. */
  rb_session_pause (self->session);
  update_inhibit (self);

  GTK_WIDGET_CLASS (rb_player_parent_class)->unmap (widget);
}

static void
rb_player_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  RbPlayer *self = RB_PLAYER (object);

  switch (prop_id)
    {
    case PROP_RECORDER:
      g_value_set_object (value, self->recorder);
      break;
    case PROP_LIBRARY:
      g_value_set_object (value, self->library);
      break;
    case PROP_ASK_PAIN:
      g_value_set_boolean (value, self->ask_pain);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rb_player_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  RbPlayer *self = RB_PLAYER (object);

  switch (prop_id)
    {
    case PROP_RECORDER:
      self->recorder = g_value_dup_object (value);
      break;
    case PROP_LIBRARY:
      self->library = g_value_dup_object (value);
      break;
    case PROP_ASK_PAIN:
      self->ask_pain = g_value_get_boolean (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rb_player_dispose (GObject *object)
{
  RbPlayer *self = RB_PLAYER (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RB_TYPE_PLAYER);
  g_clear_object (&self->recorder);
  g_clear_object (&self->summary);
  g_clear_object (&self->session);
  g_clear_object (&self->library);
  g_clear_object (&self->cues);
  g_clear_object (&self->settings);
  g_clear_object (&self->surface);
  g_clear_pointer (&self->figure_key, g_free);

  G_OBJECT_CLASS (rb_player_parent_class)->dispose (object);
}

static void
rb_player_class_init (RbPlayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = rb_player_constructed;
  object_class->get_property = rb_player_get_property;
  object_class->set_property = rb_player_set_property;
  object_class->dispose = rb_player_dispose;
  widget_class->map = rb_player_map;
  widget_class->unmap = rb_player_unmap;

  properties[PROP_RECORDER] =
    g_param_spec_object ("recorder", NULL, NULL, RB_TYPE_SESSION_RECORDER,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LIBRARY] =
    g_param_spec_object ("library", NULL, NULL, RB_TYPE_LIBRARY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ASK_PAIN] =
    g_param_spec_boolean ("ask-pain", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (RB_TYPE_COUNTDOWN_RING);
  g_type_ensure (RB_TYPE_PAIN_SCALE);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/runback/Runback/rb-player.ui");
  gtk_widget_class_bind_template_child (widget_class, RbPlayer, window_title);
  gtk_widget_class_bind_template_child (widget_class, RbPlayer, stop_button);
  gtk_widget_class_bind_template_child (widget_class, RbPlayer, close_button);
  gtk_widget_class_bind_template_child (widget_class, RbPlayer, previous_button);
  gtk_widget_class_bind_template_child (widget_class, RbPlayer, next_button);
  gtk_widget_class_bind_template_child (widget_class, RbPlayer, session_progress);
  gtk_widget_class_bind_template_child (widget_class, RbPlayer, stack);
  gtk_widget_class_bind_template_child (widget_class, RbPlayer, pain_before);
  gtk_widget_class_bind_template_child (widget_class, RbPlayer, title_label);
  gtk_widget_class_bind_template_child (widget_class, RbPlayer, detail_label);
  gtk_widget_class_bind_template_child (widget_class, RbPlayer, ring);
  gtk_widget_class_bind_template_child (widget_class, RbPlayer, time_label);
  gtk_widget_class_bind_template_child (widget_class, RbPlayer, rep_label);
  gtk_widget_class_bind_template_child (widget_class, RbPlayer, figure_box);
  gtk_widget_class_bind_template_child (widget_class, RbPlayer, instructions_label);
  gtk_widget_class_bind_template_child (widget_class, RbPlayer, next_label);
  gtk_widget_class_bind_template_child (widget_class, RbPlayer, play_button);
  gtk_widget_class_bind_template_child (widget_class, RbPlayer, add_rest_button);
  gtk_widget_class_bind_template_child (widget_class, RbPlayer, done_button);
  gtk_widget_class_bind_template_child (widget_class, RbPlayer, summary_title);
  gtk_widget_class_bind_template_child (widget_class, RbPlayer, summary_detail);
  gtk_widget_class_bind_template_child (widget_class, RbPlayer, results_list);
  gtk_widget_class_bind_template_child (widget_class, RbPlayer, pain_after);
  gtk_widget_class_bind_template_child (widget_class, RbPlayer, note_entry);
  gtk_widget_class_bind_template_callback (widget_class, begin_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, skip_pain_clicked_cb);

  gtk_widget_class_install_action (widget_class, "player.toggle", NULL, session_action);
  gtk_widget_class_install_action (widget_class, "player.next", NULL, session_action);
  gtk_widget_class_install_action (widget_class, "player.previous", NULL, session_action);
  gtk_widget_class_install_action (widget_class, "player.add-rest", NULL, session_action);
  gtk_widget_class_install_action (widget_class, "player.done", NULL, session_action);
  gtk_widget_class_install_action (widget_class, "player.stop", NULL, stop_action);
  gtk_widget_class_install_action (widget_class, "player.save", NULL, summary_action);
  gtk_widget_class_install_action (widget_class, "player.discard", NULL, summary_action);
  gtk_widget_class_install_action (widget_class, "player.close", NULL, summary_action);

  /**
   * RbPlayer::finished:
   * @outcome: what became of the session
   * @error: (nullable): why the save failed, or why the session's
   *   in-progress mark could not be removed
   *
   * The player is done with the session; whoever shows the player takes
   * it away and tells the user the outcome.
   */
  signals[FINISHED] =
    g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2,
                  RB_TYPE_PLAYER_OUTCOME, G_TYPE_ERROR | G_SIGNAL_TYPE_STATIC_SCOPE);

}

static void
add_shortcuts (RbPlayer *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (controller), GTK_SHORTCUT_SCOPE_MANAGED);
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (player_keys); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (player_keys[i].keyval,
                                                                                    player_keys[i].modifiers),
                                                            gtk_named_action_new (player_keys[i].action)));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

static void
rb_player_init (RbPlayer *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  add_shortcuts (self);
  rb_a11y_name_buttons_by_text (GTK_WIDGET (self));

  self->settings = g_settings_new (BASE_ID);
  self->cues = rb_cues_new (self->settings);
}

/**
 * rb_player_new:
 * @recorder: the recorder of the session to play
 * @library: (nullable): the library, for the exercises' figures
 * @ask_pain: ask for pain before starting
 *
 * Returns: (transfer floating): a player to push on the window
 */
GtkWidget *
rb_player_new (RbSessionRecorder *recorder,
               RbLibrary         *library,
               gboolean           ask_pain)
{
  g_return_val_if_fail (RB_IS_SESSION_RECORDER (recorder), NULL);

  return g_object_new (RB_TYPE_PLAYER,
                       "recorder", recorder,
                       "library", library,
                       "ask-pain", ask_pain,
                       NULL);
}

RbSession *
rb_player_get_session (RbPlayer *self)
{
  g_return_val_if_fail (RB_IS_PLAYER (self), NULL);

  return self->session;
}

/**
 * rb_player_get_in_progress:
 * @self: a #RbPlayer
 *
 * Returns: whether the session has started and is neither saved nor
 *   discarded yet: closing the player now would leave it unsaved
 */
gboolean
rb_player_get_in_progress (RbPlayer *self)
{
  g_return_val_if_fail (RB_IS_PLAYER (self), FALSE);

  return !self->closed && rb_session_get_state (self->session) != RB_SESSION_STATE_READY;
}
