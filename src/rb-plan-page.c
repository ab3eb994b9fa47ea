/* rb-plan-page.c: a plan followed, its days, reminders and next sessions.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rb-a11y.h"
#include "rb-plan-page.h"
#include "rb-plan-rows.h"
#include "rb-plan-runs.h"
#include "rb-progression-text.h"
#include "rb-run-advice.h"
#include "rb-schedule.h"
#include "rb-text.h"
#include "rb-weekday-picker.h"

/* How far ahead the page lists sessions. */
#define UPCOMING_DAYS 14

struct _RbPlanPage
{
  GtkBox         parent_instance;

  RbPlan        *plan;
  RbProgram     *program;
  RbJournal     *journal;
  RbClock       *clock;
  guint          idle_id;

  GtkBox        *status_box;     /* rebuilt on every change */
  GtkBox        *upcoming_box;   /* rebuilt on every change */
  GtkBox        *runs_box;       /* rebuilt on every change; NULL without a progression */
  GtkBox        *rules_box;      /* rebuilt on every change; NULL without a progression */
  GtkSpinButton *advance_max;
  GtkSpinButton *repeat_max;
  GtkSwitch     *reminders;
  GtkSpinButton *hour;
  GtkSpinButton *minute;
};

G_DEFINE_FINAL_TYPE (RbPlanPage, rb_plan_page, GTK_TYPE_BOX)

static void
clear_box (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

static void
get_today (RbPlanPage *self,
           GDate      *today)
{
  rb_clock_get_today (self->clock, today);
}

static void
pause_clicked_cb (RbPlanPage *self)
{
  GDate today;

  get_today (self, &today);
  if (rb_plan_get_state (self->plan, &today) == RB_PLAN_PAUSED)
    rb_plan_resume (self->plan, &today);
  else
    rb_plan_pause (self->plan, &today);
}

static void
end_response_cb (AdwMessageDialog *dialog,
                 const char       *response,
                 RbPlanPage       *self)
{
  GDate today;

  if (!g_str_equal (response, "end"))
    return;

  get_today (self, &today);
  rb_plan_end (self->plan, &today);
}

static void
end_clicked_cb (RbPlanPage *self)
{
  GtkWidget *dialog;
  g_autofree char *heading = NULL;

  /* Translators: %s is a program, e.g. "End Knee Strength?" */
  heading = g_strdup_printf (_("End “%s”?"), rb_program_get_title (self->program));
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), heading,
                                   _("Nothing more is planned from today. What you did stays in your journal."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "end", _("_End Plan"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "end", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (end_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static char *
describe_state (RbPlanPage  *self,
                const GDate *today)
{
  g_autofree char *start = rb_plan_rows_format_date (rb_plan_get_start (self->plan), today);

  switch (rb_plan_get_state (self->plan, today))
    {
    case RB_PLAN_PAUSED:
      /* Translators: %s is a day, e.g. "1 December" */
      return g_strdup_printf (_("Following since %s, paused now"), start);
    case RB_PLAN_ENDED:
      /* Translators: %s is a day, e.g. "1 December" */
      return g_strdup_printf (_("Followed from %s, ended"), start);
    case RB_PLAN_ACTIVE:
    default:
      if (g_date_compare (rb_plan_get_start (self->plan), today) > 0)
        /* Translators: %s is a day, e.g. "1 December" */
        return g_strdup_printf (_("Starts on %s"), start);
      /* Translators: %s is a day, e.g. "1 December" */
      return g_strdup_printf (_("Following since %s"), start);
    }
}

static void
build_status (RbPlanPage  *self,
              const GDate *today)
{
  RbPlanState state = rb_plan_get_state (self->plan, today);
  g_autofree char *text = describe_state (self, today);
  GtkWidget *buttons, *pause, *end, *export;

  clear_box (self->status_box);
  gtk_box_append (self->status_box, rb_text_title_new (rb_program_get_title (self->program)));
  gtk_box_append (self->status_box, rb_text_label_new (text, "dim-label"));

  if (state == RB_PLAN_ENDED)
    return;

  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_margin_top (buttons, 12);
  gtk_widget_set_margin_bottom (buttons, 12);
  pause = gtk_button_new_with_mnemonic (state == RB_PLAN_PAUSED ? _("_Resume") : _("_Pause"));
  gtk_widget_add_css_class (pause, "pill");
  g_signal_connect_object (pause, "clicked", G_CALLBACK (pause_clicked_cb), self, G_CONNECT_SWAPPED);
  end = gtk_button_new_with_mnemonic (_("_End Plan…"));
  gtk_widget_add_css_class (end, "pill");
  gtk_widget_add_css_class (end, "destructive-action");
  g_signal_connect_object (end, "clicked", G_CALLBACK (end_clicked_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (buttons), pause);
  gtk_box_append (GTK_BOX (buttons), end);
  gtk_box_append (self->status_box, buttons);
  rb_a11y_name_buttons_by_text (buttons);

  /* On its own line, so that the row fits at 360 px. */
  export = gtk_button_new_with_mnemonic (_("E_xport to Calendar…"));
  gtk_widget_set_halign (export, GTK_ALIGN_START);
  gtk_widget_add_css_class (export, "pill");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (export), "win.export-calendar");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (export), "s", rb_plan_get_id (self->plan));
  gtk_widget_set_tooltip_text (export, _("Write the upcoming sessions to a file that calendar apps import"));
  gtk_widget_set_margin_bottom (export, 12);
  gtk_box_append (self->status_box, export);
  rb_a11y_name_buttons_by_text (GTK_WIDGET (self->status_box));
}

static void
skip_clicked_cb (GtkButton  *button,
                 RbPlanPage *self)
{
  const RbScheduled *s = g_object_get_data (G_OBJECT (button), "rb-scheduled");

  rb_plan_skip (self->plan, &s->planned_date, s->session_id);
}

static void
move_clicked_cb (GtkButton  *button,
                 RbPlanPage *self)
{
  const RbScheduled *s = g_object_get_data (G_OBJECT (button), "rb-scheduled");
  GtkCalendar *calendar = g_object_get_data (G_OBJECT (button), "rb-calendar");
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_POPOVER);
  GDate to;

  rb_plan_rows_get_calendar_day (calendar, &to);
  gtk_popover_popdown (GTK_POPOVER (popover));
  if (g_date_compare (&to, &s->date) != 0)
    rb_plan_move (self->plan, &s->planned_date, s->session_id, &to);
}

/* "Move…": a calendar to pick the day, and a button to confirm, so that
 * walking the calendar with the arrow keys moves nothing. */
static GtkWidget *
create_move_button (RbPlanPage        *self,
                    const RbScheduled *s,
                    const char        *title)
{
  GtkWidget *menu_button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *calendar = rb_plan_rows_new_calendar (&s->date);
  g_autofree char *name = NULL;
  g_autofree char *move_name = NULL;
  GtkWidget *move;

  /* Translators: for screen readers, e.g. "Move At Home to another day" */
  name = g_strdup_printf (_("Move %s to another day"), title);
  gtk_menu_button_set_label (GTK_MENU_BUTTON (menu_button), _("Move…"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (menu_button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_widget_set_valign (menu_button, GTK_ALIGN_CENTER);

  /* Translators: for screen readers, e.g. "Move At Home to this day" */
  move_name = g_strdup_printf (_("Move %s to this day"), title);
  move = rb_a11y_button_new_with_name (_("Move"), move_name);
  gtk_widget_add_css_class (move, "suggested-action");
  g_object_set_data_full (G_OBJECT (move), "rb-scheduled", rb_scheduled_copy (s),
                          (GDestroyNotify) rb_scheduled_free);
  g_object_set_data (G_OBJECT (move), "rb-calendar", calendar);
  g_signal_connect_object (move, "clicked", G_CALLBACK (move_clicked_cb), self, 0);

  gtk_box_append (GTK_BOX (box), calendar);
  gtk_box_append (GTK_BOX (box), move);
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (menu_button), popover);

  return menu_button;
}

static GtkWidget *
create_upcoming_row (RbPlanPage        *self,
                     const RbScheduled *s,
                     const GDate       *today)
{
  const RbProgramSession *session = rb_program_get_session (self->program, s->session_index);
  const char *title = rb_program_session_get_title (session);
  g_autoptr(GDateTime) when = g_date_time_new_local (g_date_get_year (&s->date), g_date_get_month (&s->date),
                                                      g_date_get_day (&s->date), 12, 0, 0);
  g_autofree char *day = NULL;
  GtkWidget *row = adw_action_row_new ();

  if (g_date_compare (&s->date, today) == 0)
    day = g_strdup (_("Today"));
  else if (g_date_days_between (today, &s->date) == 1)
    day = g_strdup (_("Tomorrow"));
  else
    /* Translators: a day, as in g_date_time_format(): "Thursday 3 December" */
    day = g_date_time_format (when, _("%A %-d %B"));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);

  if (s->status == RB_SCHEDULE_SKIPPED || s->status == RB_SCHEDULE_DONE || s->status == RB_SCHEDULE_PARTIAL)
    {
      g_autofree char *subtitle = NULL;

      /* Translators: e.g. "Tomorrow · skipped" */
      subtitle = g_strdup_printf (s->status == RB_SCHEDULE_SKIPPED ? _("%s · skipped") : _("%s · done"), day);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      return row;
    }

  {
    /* One above the other: side by side, the German buttons leave the
     * title a few pixels on a phone ("Zu H-au-se"). */
    GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
    g_autofree char *skip_name = NULL;
    GtkWidget *skip;

    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), day);
    /* Translators: for screen readers, e.g. "Skip At Home" */
    skip_name = g_strdup_printf (_("Skip %s"), title);
    skip = rb_a11y_button_new_with_name (_("Skip"), skip_name);
    gtk_widget_set_valign (skip, GTK_ALIGN_CENTER);
    g_object_set_data_full (G_OBJECT (skip), "rb-scheduled", rb_scheduled_copy (s),
                            (GDestroyNotify) rb_scheduled_free);
    g_signal_connect_object (skip, "clicked", G_CALLBACK (skip_clicked_cb), self, 0);
    gtk_box_append (GTK_BOX (box), create_move_button (self, s, title));
    gtk_box_append (GTK_BOX (box), skip);
    gtk_box_set_homogeneous (GTK_BOX (box), TRUE);
    gtk_widget_set_margin_top (box, 6);
    gtk_widget_set_margin_bottom (box, 6);
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), box);
  }

  return row;
}

static void
build_upcoming (RbPlanPage  *self,
                const GDate *today)
{
  g_autoptr(GPtrArray) scheduled = NULL;
  GtkWidget *list = NULL;
  GDate to = *today;

  clear_box (self->upcoming_box);
  gtk_box_append (self->upcoming_box, rb_text_heading_new (_("Next Sessions")));

  g_date_add_days (&to, UPCOMING_DAYS - 1);
  scheduled = rb_schedule_expand (self->plan, self->program, today, &to);
  rb_schedule_match (scheduled, rb_journal_get_entries (self->journal), today);

  for (guint i = 0; i < scheduled->len; i++)
    {
      if (list == NULL)
        {
          list = rb_plan_rows_new_list (_("Next Sessions"));
          gtk_box_append (self->upcoming_box, list);
        }
      gtk_list_box_append (GTK_LIST_BOX (list), create_upcoming_row (self, g_ptr_array_index (scheduled, i), today));
    }

  if (list == NULL)
    {
      const char *text;

      switch (rb_plan_get_state (self->plan, today))
        {
        case RB_PLAN_PAUSED:
          text = _("Nothing is planned while the plan is paused.");
          break;
        case RB_PLAN_ENDED:
          text = _("The plan has ended.");
          break;
        case RB_PLAN_ACTIVE:
        default:
          text = _("Nothing is planned in the next two weeks.");
          break;
        }
      gtk_box_append (self->upcoming_box, rb_text_label_new (text, "dim-label"));
    }
}

/* The next run's stage and why, then any run that grew too fast. Past
 * runs are journal entries and never change; only the next follows the
 * decision. */
static void
build_runs (RbPlanPage  *self,
            const GDate *today)
{
  const RbProgression *progression = rb_program_get_progression (self->program);
  GListModel *entries = rb_journal_get_entries (self->journal);
  g_autoptr(RbProgressionDecision) decision = NULL;
  g_autoptr(GArray) runs = NULL;
  g_autoptr(GArray) spikes = NULL;
  g_autofree char *stage = NULL;
  GtkWidget *banner;

  clear_box (self->runs_box);
  gtk_box_append (self->runs_box, rb_text_heading_new (_("Next Run")));

  decision = rb_plan_decide_run (self->plan, self->program, entries, today);
  if ((banner = rb_run_advice_new_banner (decision)) != NULL)
    gtk_box_append (self->runs_box, banner);
  stage = rb_progression_describe_stage (progression, decision->stage);
  gtk_box_append (self->runs_box, rb_text_label_new (stage, "title-4"));
  gtk_box_append (self->runs_box, rb_run_advice_new_reason (decision));

  runs = rb_plan_collect_runs (self->program, entries);
  spikes = rb_progression_find_spikes (progression, (const RbRunOutcome *) (void *) runs->data, runs->len);
  for (guint i = 0; i < spikes->len; i++)
    {
      g_autofree char *text = rb_progression_describe_spike (progression, (const RbRunOutcome *) (void *) runs->data,
                                                             runs->len, g_array_index (spikes, guint, i));
      GtkWidget *label = rb_text_label_new (text, "warning");

      gtk_widget_set_margin_top (label, 6);
      gtk_box_append (self->runs_box, label);
    }
}

static GtkWidget *
create_rule_row (const char *text,
                 const char *source)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *caption = rb_text_label_new (source, "caption");

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_add_css_class (caption, "dim-label");
  gtk_box_append (GTK_BOX (box), rb_text_label_new (text, NULL));
  gtk_box_append (GTK_BOX (box), caption);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  return row;
}

/* Every rule in plain words, with the plan's pain limits, and where it
 * comes from. */
static void
build_rules (RbPlanPage *self)
{
  const RbProgression *progression = rb_program_get_progression (self->program);
  RbProgressionOverrides overrides = {
    rb_plan_get_threshold (self->plan, "advance_max_pain"),
    rb_plan_get_threshold (self->plan, "repeat_max_pain"),
  };
  GtkWidget *list = rb_plan_rows_new_list (_("How the Runs Progress"));

  clear_box (self->rules_box);
  gtk_box_append (self->rules_box, rb_text_heading_new (_("How the Runs Progress")));
  for (guint rule = 0; rule < RB_PROGRESSION_N_RULES; rule++)
    {
      g_autofree char *text = rb_progression_describe_rule (progression, rule, &overrides);

      gtk_list_box_append (GTK_LIST_BOX (list),
                           create_rule_row (text, rb_progression_get_rule_source (progression, rule)));
    }
  gtk_box_append (self->rules_box, list);
}

static void
rebuild (RbPlanPage *self)
{
  GDate today;

  g_clear_handle_id (&self->idle_id, g_source_remove);
  get_today (self, &today);
  build_status (self, &today);
  if (self->runs_box != NULL)
    {
      build_runs (self, &today);
      build_rules (self);
    }
  build_upcoming (self, &today);
}

static void
rebuild_idle_cb (gpointer data)
{
  RbPlanPage *self = data;

  self->idle_id = 0;
  rebuild (self);
}

/* Not from within the handler of a button that the rebuild drops. */
static void
queue_rebuild (RbPlanPage *self)
{
  if (self->idle_id == 0)
    self->idle_id = g_idle_add_once (rebuild_idle_cb, self);
}

static void
weekdays_changed_cb (RbWeekdayPicker *picker,
                     GParamSpec      *pspec,
                     RbPlanPage      *self)
{
  const char *session_id = g_object_get_data (G_OBJECT (picker), "rb-session-id");

  rb_plan_set_weekdays (self->plan, session_id, rb_weekday_picker_get_weekdays (picker));
}

static void
reminders_changed_cb (RbPlanPage *self)
{
  rb_plan_set_reminders (self->plan, gtk_switch_get_active (self->reminders));
  rb_plan_set_reminder_minutes (self->plan, rb_plan_rows_get_minutes (self->hour, self->minute));
}

/* The plan keeps its own value only where it differs from the program's,
 * so that it follows an updated program otherwise; and the repeat limit
 * never goes below the move-up limit. */
static void
thresholds_changed_cb (RbPlanPage *self)
{
  const RbProgression *progression = rb_program_get_progression (self->program);
  int advance = gtk_spin_button_get_value_as_int (self->advance_max);
  int repeat = gtk_spin_button_get_value_as_int (self->repeat_max);

  if (repeat < advance)
    {
      if (gtk_widget_has_focus (GTK_WIDGET (self->repeat_max)) ||
          gtk_widget_is_ancestor (gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self))),
                                  GTK_WIDGET (self->repeat_max)))
        advance = repeat;
      else
        repeat = advance;
      gtk_spin_button_set_value (self->advance_max, advance);
      gtk_spin_button_set_value (self->repeat_max, repeat);
    }

  rb_plan_set_threshold (self->plan, "advance_max_pain",
                         (guint) advance == rb_progression_get_rule (progression, RB_PROGRESSION_RULE_ADVANCE_MAX_PAIN)
                         ? -1 : advance);
  rb_plan_set_threshold (self->plan, "repeat_max_pain",
                         (guint) repeat == rb_progression_get_rule (progression, RB_PROGRESSION_RULE_REPEAT_MAX_PAIN)
                         ? -1 : repeat);
}

static GtkSpinButton *
add_threshold_row (RbPlanPage        *self,
                   GtkWidget         *list,
                   const char        *title,
                   const char        *subtitle,
                   const char        *name,
                   RbProgressionRule  rule)
{
  const RbProgression *progression = rb_program_get_progression (self->program);
  int value = rb_plan_get_threshold (self->plan, name);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (0, 10, 1);

  if (value < 0)
    value = (int) rb_progression_get_rule (progression, rule);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), value);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  g_signal_connect_object (spin, "value-changed", G_CALLBACK (thresholds_changed_cb), self, G_CONNECT_SWAPPED);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  gtk_list_box_append (GTK_LIST_BOX (list), row);

  return GTK_SPIN_BUTTON (spin);
}

static GtkWidget *
create_thresholds (RbPlanPage *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *list = rb_plan_rows_new_list (_("Pain Limits"));

  gtk_box_append (GTK_BOX (box), rb_text_heading_new (_("Pain Limits")));
  gtk_box_append (GTK_BOX (box),
                  rb_text_label_new (_("Change these only on a professional’s advice."), "dim-label"));
  self->advance_max = add_threshold_row (self, list, _("Move Up With Pain Up To"),
                                         _("Out of 10, after a run and the next morning"),
                                         "advance_max_pain", RB_PROGRESSION_RULE_ADVANCE_MAX_PAIN);
  self->repeat_max = add_threshold_row (self, list, _("Repeat With Pain Up To"),
                                        _("Out of 10; more steps back a stage"),
                                        "repeat_max_pain", RB_PROGRESSION_RULE_REPEAT_MAX_PAIN);
  gtk_box_append (GTK_BOX (box), list);

  return box;
}

static GtkWidget *
create_days (RbPlanPage *self)
{
  GtkWidget *list = rb_plan_rows_new_list (_("Days"));

  for (guint i = 0; i < rb_program_get_n_sessions (self->program); i++)
    {
      const RbProgramSession *session = rb_program_get_session (self->program, i);
      const char *id = rb_program_session_get_id (session);
      GtkWidget *picker;

      gtk_list_box_append (GTK_LIST_BOX (list),
                           rb_plan_rows_new_weekdays (self->program, i, rb_plan_get_weekdays (self->plan, id),
                                                      &picker));
      g_object_set_data_full (G_OBJECT (picker), "rb-session-id", g_strdup (id), g_free);
      g_signal_connect_object (picker, "notify::weekdays", G_CALLBACK (weekdays_changed_cb), self, 0);
    }

  return list;
}

static GtkWidget *
create_header (RbPlanPage *self)
{
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *back = gtk_button_new_from_icon_name ("go-previous-symbolic");

  gtk_actionable_set_action_name (GTK_ACTIONABLE (back), "win.back");
  gtk_widget_set_tooltip_text (back, _("Back"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (back), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Back"), -1);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), back);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), adw_window_title_new (_("Plan"), NULL));

  return header;
}

static void
build (RbPlanPage *self)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *reminders = rb_plan_rows_new_list (_("Reminders"));

  gtk_widget_set_margin_top (box, 24);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  self->status_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 6));
  self->upcoming_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 6));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->status_box));
  if (rb_program_get_progression (self->program) != NULL)
    {
      self->runs_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 6));
      gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->runs_box));
    }
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->upcoming_box));

  gtk_box_append (GTK_BOX (box), rb_text_heading_new (_("Days")));
  gtk_box_append (GTK_BOX (box), create_days (self));

  gtk_box_append (GTK_BOX (box), rb_text_heading_new (_("Reminders")));
  rb_plan_rows_add_reminders (GTK_LIST_BOX (reminders), rb_plan_get_reminders (self->plan),
                              rb_plan_get_reminder_minutes (self->plan),
                              &self->reminders, &self->hour, &self->minute);
  g_signal_connect_object (self->reminders, "notify::active", G_CALLBACK (reminders_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->hour, "value-changed", G_CALLBACK (reminders_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->minute, "value-changed", G_CALLBACK (reminders_changed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (box), reminders);
  if (self->runs_box != NULL)
    {
      self->rules_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 6));
      gtk_box_append (GTK_BOX (box), create_thresholds (self));
      gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->rules_box));
    }
  gtk_box_append (GTK_BOX (box), rb_text_disclaimer_new ());

  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 720);
  adw_clamp_set_tightening_threshold (ADW_CLAMP (clamp), 560);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_widget_set_vexpand (scrolled, TRUE);

  gtk_box_append (GTK_BOX (self), create_header (self));
  gtk_box_append (GTK_BOX (self), scrolled);
  rebuild (self);
}

static void
rb_plan_page_dispose (GObject *object)
{
  RbPlanPage *self = RB_PLAN_PAGE (object);

  g_clear_handle_id (&self->idle_id, g_source_remove);
  g_clear_object (&self->plan);
  g_clear_object (&self->program);
  g_clear_object (&self->journal);
  g_clear_object (&self->clock);

  G_OBJECT_CLASS (rb_plan_page_parent_class)->dispose (object);
}

static void
rb_plan_page_class_init (RbPlanPageClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = rb_plan_page_dispose;
}

static void
rb_plan_page_init (RbPlanPage *self)
{
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
}

/**
 * rb_plan_page_new:
 * @plan: a plan of the plan store, which saves it on every change
 * @program: its program
 * @journal: what was done
 * @clock: what day it is
 *
 * Returns: (transfer floating): a page to see and change @plan, to push
 *   on the window
 */
GtkWidget *
rb_plan_page_new (RbPlan    *plan,
                  RbProgram *program,
                  RbJournal *journal,
                  RbClock   *clock)
{
  RbPlanPage *self;

  g_return_val_if_fail (RB_IS_PLAN (plan), NULL);
  g_return_val_if_fail (RB_IS_PROGRAM (program), NULL);
  g_return_val_if_fail (RB_IS_JOURNAL (journal), NULL);
  g_return_val_if_fail (RB_IS_CLOCK (clock), NULL);

  self = g_object_new (RB_TYPE_PLAN_PAGE, NULL);
  self->plan = g_object_ref (plan);
  self->program = g_object_ref (program);
  self->journal = g_object_ref (journal);
  self->clock = g_object_ref (clock);
  build (self);

  g_signal_connect_object (plan, "changed", G_CALLBACK (queue_rebuild), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (rb_journal_get_entries (journal), "items-changed", G_CALLBACK (queue_rebuild),
                           self, G_CONNECT_SWAPPED);

  return GTK_WIDGET (self);
}

RbPlan *
rb_plan_page_get_plan (RbPlanPage *self)
{
  g_return_val_if_fail (RB_IS_PLAN_PAGE (self), NULL);

  return self->plan;
}
