/* rb-today-view.c: what is due today, what was missed, what is done.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rb-a11y.h"
#include "rb-application.h"
#include "rb-check-in.h"
#include "rb-check-in-card.h"
#include "rb-plan-runs.h"
#include "rb-progression-text.h"
#include "rb-run-advice.h"
#include "rb-schedule.h"
#include "rb-text.h"
#include "rb-today.h"
#include "rb-today-view.h"
#include "rb-window.h"

/* The view only shows what rb_today_collect() and
 * rb_today_find_icing_plan() say; it rebuilds its rows whenever the
 * journal, the plans or the day change. */

struct _RbTodayView
{
  AdwBin        parent_instance;

  RbLibrary    *library;
  RbJournal    *journal;
  RbPlanStore  *plans;
  RbClock      *clock;
  guint         timer_id;    /* on the clock: midnight, or the next icing */
  guint         idle_id;
  GtkWidget    *check_in;    /* RbCheckInCard, kept across refreshes */

  GtkStack     *stack;
  GtkSpinner   *spinner;
  GtkBox       *content_box;
};

G_DEFINE_FINAL_TYPE (RbTodayView, rb_today_view, ADW_TYPE_BIN)

static void queue_refresh (RbTodayView *self);

static void
clear_content (RbTodayView *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->content_box))) != NULL)
    gtk_box_remove (self->content_box, child);
}

static GtkWidget *
append_list (RbTodayView *self,
             const char  *heading)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_box_append (self->content_box, rb_text_heading_new (heading));
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, heading, -1);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_widget_set_margin_top (list, 6);
  gtk_widget_set_margin_bottom (list, 18);
  gtk_box_append (self->content_box, list);

  return list;
}

static GtkWidget *
create_row (const char *title,
            const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  /* Titles come from files: plain text, never markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  return row;
}

static GtkWidget *
create_start_button (const char *title)
{
  g_autofree char *name = NULL;
  GtkWidget *button;

  /* Translators: the Start button of a session, for screen readers, e.g. "Start Strength A" */
  name = g_strdup_printf (_("Start %s"), title);
  button = rb_a11y_button_new_with_name (_("Start"), name);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);

  return button;
}

/* "yesterday", "Thursday", or a date further back. */
static char *
describe_day (const GDate *date,
              const GDate *today)
{
  int days = g_date_days_between (date, today);
  g_autoptr(GDateTime) when = g_date_time_new_local (g_date_get_year (date), g_date_get_month (date),
                                                      g_date_get_day (date), 0, 0, 0);

  /* Within a sentence: "planned yesterday". */
  if (days == 0)
    return g_strdup (C_("planned …", "today"));
  if (days == 1)
    return g_strdup (C_("planned …", "yesterday"));
  if (days < 7)
    return g_date_time_format (when, "%A");

  /* Translators: a day, as in g_date_time_format(): "Thursday 26 February" */
  return g_date_time_format (when, _("%A %-d %B"));
}

/* The decision for a plan's progression today, or NULL. */
static RbProgressionDecision *
decide_run (RbTodayView *self,
            const char  *plan_id,
            const GDate *today)
{
  RbPlan *plan = rb_plan_store_lookup (self->plans, plan_id);
  RbProgram *program = plan != NULL ? rb_library_lookup_program (self->library, rb_plan_get_program_id (plan)) : NULL;

  if (program == NULL || rb_program_get_progression (program) == NULL)
    return NULL;

  return rb_plan_decide_run (plan, program, rb_journal_get_entries (self->journal), today);
}

/* A run the progression drives says which stage it is, in plain words. A
 * run done is what the journal says; only what is still to run follows
 * the decision. */
static void
describe_stage (RbTodayView       *self,
                const RbScheduled *s,
                GtkWidget         *row,
                const GDate       *today)
{
  RbProgram *program = rb_library_lookup_program (self->library, s->program_id);
  const RbProgression *progression = rb_program_get_progression (program);
  g_autoptr(RbProgressionDecision) decision = NULL;
  g_autofree char *stage = NULL;
  g_autofree char *subtitle = NULL;

  if (progression == NULL || g_strcmp0 (s->session_id, rb_progression_get_session_id (progression)) != 0 ||
      s->status == RB_SCHEDULE_DONE || s->status == RB_SCHEDULE_PARTIAL)
    return;

  decision = decide_run (self, s->plan_id, today);
  if (decision == NULL)
    return;

  stage = rb_progression_describe_stage (progression, decision->stage);
  /* Translators: a session's subtitle and its stage, "Return to Running\nStage 2 of 35: …" */
  subtitle = g_strdup_printf (_("%s\n%s"), adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), stage);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
}

static GtkWidget *
create_scheduled_row (RbTodayView       *self,
                      const RbScheduled *s,
                      const GDate       *today)
{
  RbProgram *program = rb_library_lookup_program (self->library, s->program_id);
  const RbProgramSession *session = rb_program_get_session (program, s->session_index);
  const char *title = rb_program_session_get_title (session);
  g_autofree char *day = describe_day (&s->date, today);
  g_autofree char *subtitle = NULL;
  GtkWidget *row;

  if (s->status == RB_SCHEDULE_DONE || s->status == RB_SCHEDULE_PARTIAL)
    /* Translators: e.g. "Done · Knee Strength" */
    subtitle = g_strdup_printf (s->status == RB_SCHEDULE_DONE ? _("Done · %s") : _("Done in part · %s"),
                                rb_program_get_title (program));
  else if (s->status == RB_SCHEDULE_MISSED)
    /* Translators: e.g. "Knee Strength · planned Thursday" */
    subtitle = g_strdup_printf (_("%s · planned %s"), rb_program_get_title (program), day);
  else
    subtitle = g_strdup (rb_program_get_title (program));

  row = create_row (title, subtitle);
  describe_stage (self, s, row, today);

  if (s->status == RB_SCHEDULE_DONE || s->status == RB_SCHEDULE_PARTIAL)
    {
      GtkWidget *icon = gtk_image_new_from_icon_name ("emblem-ok-symbolic");

      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Done"), -1);
      gtk_widget_add_css_class (icon, "success");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), icon);
    }
  else
    {
      GtkWidget *start = create_start_button (title);
      g_autofree char *planned = rb_date_to_iso (&s->planned_date);

      if (s->status == RB_SCHEDULE_DUE)
        gtk_widget_add_css_class (start, "suggested-action");
      gtk_actionable_set_action_name (GTK_ACTIONABLE (start), "win.start-planned");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (start), "(sss)", s->plan_id, s->session_id, planned);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), start);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), start);
    }

  return row;
}

/* The acute-care plan's ice, every few hours in its first days. */
static gboolean
append_icing (RbTodayView *self,
              GListModel  *entries,
              GDateTime   *now,
              GDateTime  **next_out)
{
  g_autoptr(GDateTime) next = NULL;
  g_autoptr(GDateTime) until = NULL;
  g_autofree char *time = NULL;
  g_autofree char *until_text = NULL;
  g_autofree char *subtitle = NULL;
  const RbProgramSession *session;
  RbProgram *program;
  GtkWidget *list, *row, *start;
  guint index;
  RbPlan *plan;

  plan = rb_today_find_icing_plan (rb_plan_store_get_plans (self->plans), entries, now, &next, &until);
  program = plan != NULL ? rb_library_lookup_program (self->library, rb_plan_get_program_id (plan)) : NULL;
  session = program != NULL ? rb_program_lookup_session (program, RB_TODAY_ICE_SESSION, &index) : NULL;
  if (session == NULL)
    return FALSE;

  /* Translators: a time of day, as in g_date_time_format() */
  time = g_date_time_format (next, _("%H:%M"));
  /* Translators: when the first days of icing end, as in g_date_time_format() */
  until_text = g_date_time_format (until, _("%A %H:%M"));
  if (g_date_time_compare (next, now) <= 0)
    /* Translators: %s is when the icing days end, e.g. "Thursday 00:00" */
    subtitle = g_strdup_printf (_("Now, then every 2–3 hours until %s"), until_text);
  else
    /* Translators: the first %s is a time, the second when the icing days end */
    subtitle = g_strdup_printf (_("Next at %s, then every 2–3 hours until %s"), time, until_text);

  list = append_list (self, _("Ice the Knee"));
  row = create_row (rb_program_session_get_title (session), subtitle);
  start = create_start_button (rb_program_session_get_title (session));
  if (g_date_time_compare (next, now) <= 0)
    gtk_widget_add_css_class (start, "suggested-action");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (start), "win.start-session");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (start), "(su)", rb_program_get_id (program), index);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), start);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), start);
  gtk_list_box_append (GTK_LIST_BOX (list), row);

  if (g_date_time_compare (next, now) > 0)
    *next_out = g_steal_pointer (&next);

  return TRUE;
}

/* Why the run is at that stage, under its row, with the rule's source. */
static void
append_reason (RbTodayView       *self,
               GtkWidget         *list,
               const RbScheduled *s,
               const GDate       *today)
{
  RbProgram *program = rb_library_lookup_program (self->library, s->program_id);
  const RbProgression *progression = rb_program_get_progression (program);
  g_autoptr(RbProgressionDecision) decision = NULL;
  GtkWidget *row, *reason;

  if (progression == NULL || g_strcmp0 (s->session_id, rb_progression_get_session_id (progression)) != 0)
    return;

  decision = decide_run (self, s->plan_id, today);
  if (decision == NULL)
    return;

  row = gtk_list_box_row_new ();
  reason = rb_run_advice_new_reason (decision);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_margin_top (reason, 12);
  gtk_widget_set_margin_bottom (reason, 12);
  gtk_widget_set_margin_start (reason, 12);
  gtk_widget_set_margin_end (reason, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), reason);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
}

/* The advice to see a professional comes first, whatever is planned
 * today: a knee that swelled after a run should not run again before. */
static void
append_banners (RbTodayView *self,
                const GDate *today)
{
  GListModel *plans = rb_plan_store_get_plans (self->plans);

  for (guint i = 0; i < g_list_model_get_n_items (plans); i++)
    {
      g_autoptr(RbPlan) plan = g_list_model_get_item (plans, i);
      g_autoptr(RbProgressionDecision) decision = NULL;
      GtkWidget *banner;

      if (rb_plan_get_state (plan, today) != RB_PLAN_ACTIVE)
        continue;
      decision = decide_run (self, rb_plan_get_id (plan), today);
      if (decision != NULL && (banner = rb_run_advice_new_banner (decision)) != NULL)
        gtk_box_append (self->content_box, banner);
    }
}

static void
check_in_saved_cb (RbTodayView *self)
{
  RbCheckInCard *card = RB_CHECK_IN_CARD (self->check_in);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkApplication *app = GTK_IS_WINDOW (root) ? gtk_window_get_application (GTK_WINDOW (root)) : NULL;
  g_autoptr(GDateTime) now = rb_clock_dup_now (self->clock);
  g_autoptr(RbJournalEntry) entry = NULL;
  gboolean saved;

  entry = rb_check_in_new (now, rb_check_in_card_get_pain (card), rb_check_in_card_get_swelling (card),
                           rb_check_in_card_get_stiffness (card));
  rb_check_in_card_reset (card);
  rb_journal_append (self->journal, entry);

  /* What could not be saved stays in the journal and is tried again. */
  saved = RB_IS_APPLICATION (app) ? rb_application_save_journal (RB_APPLICATION (app))
                                  : rb_journal_save (self->journal, NULL);
  if (RB_IS_WINDOW (root))
    rb_window_report_save (RB_WINDOW (root), saved ? NULL : rb_journal_get_save_error (self->journal));
}

/* The morning after a run: how is the knee? */
static void
append_check_in (RbTodayView *self,
                 GListModel  *entries,
                 const GDate *today)
{
  if (!rb_check_in_is_due (entries, today, NULL))
    return;

  if (self->check_in == NULL)
    {
      self->check_in = g_object_ref_sink (rb_check_in_card_new ());
      g_signal_connect_object (self->check_in, "save", G_CALLBACK (check_in_saved_cb), self, G_CONNECT_SWAPPED);
    }
  gtk_box_append (self->content_box, self->check_in);
}

static void
append_group (RbTodayView *self,
              GPtrArray   *collected,
              const GDate *today,
              const char  *heading,
              gboolean     done)
{
  GtkWidget *list = NULL;

  for (guint i = 0; i < collected->len; i++)
    {
      const RbScheduled *s = g_ptr_array_index (collected, i);
      gboolean is_done = s->status == RB_SCHEDULE_DONE || s->status == RB_SCHEDULE_PARTIAL;
      gboolean is_due = s->status == RB_SCHEDULE_DUE;

      if (done != is_done || (!done && (heading != NULL) != is_due))
        continue;

      if (list == NULL)
        list = append_list (self, heading != NULL ? heading : _("Missed in the Past 7 Days"));
      gtk_list_box_append (GTK_LIST_BOX (list), create_scheduled_row (self, s, today));
      if (!is_done)
        append_reason (self, list, s, today);
    }
}

static guint
count_status (GPtrArray        *collected,
              RbScheduleStatus  status)
{
  guint n = 0;

  for (guint i = 0; i < collected->len; i++)
    n += ((RbScheduled *) g_ptr_array_index (collected, i))->status == status;

  return n;
}

static void
append_title (RbTodayView *self,
              GDateTime   *now,
              GPtrArray   *collected,
              gboolean     icing)
{
  g_autofree char *date = NULL;
  g_autofree char *title = NULL;
  guint due = count_status (collected, RB_SCHEDULE_DUE);
  GtkWidget *label;

  /* Translators: today's date, as in g_date_time_format(): "Monday 2 March" */
  date = g_date_time_format (now, _("%A %-d %B"));
  gtk_box_append (self->content_box, rb_text_label_new (date, "dim-label"));

  if (due > 0)
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u Session to Do Today",
                                          "%u Sessions to Do Today", due), due);
  else if (rb_today_is_all_done (collected))
    title = g_strdup (_("All Done for Today"));
  else if (count_status (collected, RB_SCHEDULE_MISSED) > 0 || icing)
    title = g_strdup (_("Nothing Else Planned Today"));
  else
    title = g_strdup (_("Nothing Planned Today"));

  label = rb_text_title_new (title);
  gtk_widget_set_margin_bottom (label, 12);
  gtk_box_append (self->content_box, label);

  if (rb_today_is_all_done (collected))
    gtk_box_append (self->content_box,
                    rb_text_label_new (_("Well done. Rest the knee, and come back tomorrow."), NULL));
}

/* A rest day: nothing due, nothing missed, nothing to ice. */
static void
append_rest_day (RbTodayView *self)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (_("Start _Daily Stretching"));

  gtk_box_append (self->content_box,
                  rb_text_label_new (_("A rest day in your plans. Some stretching is always welcome."), NULL));
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_widget_set_margin_top (button, 12);
  gtk_widget_set_margin_bottom (button, 12);
  gtk_widget_add_css_class (button, "pill");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.start-session");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "(su)", "daily-stretching", 0);
  gtk_box_append (self->content_box, button);
}

static void
timer_cb (gpointer data)
{
  RbTodayView *self = data;

  self->timer_id = 0;
  rb_today_view_refresh (self);
}

/* Again at midnight, or when the ice is due if that is sooner. */
static void
schedule_timer (RbTodayView *self,
                GDateTime   *now,
                GDateTime   *next_icing)
{
  g_autoptr(GDateTime) midnight = rb_today_next_midnight (now);
  GDateTime *when = midnight;

  if (next_icing != NULL && g_date_time_compare (next_icing, midnight) < 0)
    when = next_icing;

  if (self->timer_id != 0)
    rb_clock_cancel (self->clock, self->timer_id);
  self->timer_id = rb_clock_schedule (self->clock,
                                      rb_clock_get_time (self->clock) + rb_today_us_until (now, when) + 1,
                                      timer_cb, self);
}

static gboolean
has_current_plans (RbTodayView *self,
                   const GDate *today)
{
  GListModel *plans = rb_plan_store_get_plans (self->plans);

  for (guint i = 0; i < g_list_model_get_n_items (plans); i++)
    {
      g_autoptr(RbPlan) plan = g_list_model_get_item (plans, i);

      if (rb_plan_get_state (plan, today) != RB_PLAN_ENDED)
        return TRUE;
    }

  return FALSE;
}

static const char *
choose_page (RbTodayView *self,
             const GDate *today)
{
  if (self->plans == NULL || !rb_plan_store_is_loaded (self->plans) ||
      !rb_journal_is_loaded (self->journal))
    return "loading";

  if (!has_current_plans (self, today))
    return "empty";

  /* A library that failed shows its error in the other views. */
  if (!rb_library_is_loaded (self->library) && rb_library_get_error (self->library) == NULL)
    return "loading";

  return "list";
}

/* For someone who follows no program yet: what to do about it. */
static GtkWidget *
create_empty_page (void)
{
  GtkWidget *page = adw_status_page_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *browse = gtk_button_new_with_mnemonic (_("_Browse Programs"));
  GtkWidget *stretch = gtk_button_new_with_mnemonic (_("Start _Daily Stretching"));

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (page), "rb-today-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (page), _("You Are Not Following a Program Yet"));
  adw_status_page_set_description (ADW_STATUS_PAGE (page),
                                   _("Choose a program to follow and its sessions will show up here, day by day"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (browse), "win.show-view");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (browse), "s", "programs");
  gtk_widget_add_css_class (browse, "pill");
  gtk_widget_add_css_class (browse, "suggested-action");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (stretch), "win.start-session");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (stretch), "(su)", "daily-stretching", 0);
  gtk_widget_add_css_class (stretch, "pill");
  gtk_widget_set_halign (box, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), browse);
  gtk_box_append (GTK_BOX (box), stretch);
  adw_status_page_set_child (ADW_STATUS_PAGE (page), box);
  rb_a11y_name_buttons_by_text (page);

  return page;
}

/* The first frame shows the loading page only; the status page, with its
 * 128 px icon (an SVG, which GTK would load with librsvg as the window
 * shows, even on a hidden page), is made when first chosen. */
static void
ensure_page (RbTodayView *self,
             const char  *name)
{
  if (g_str_equal (name, "empty") && gtk_stack_get_child_by_name (self->stack, name) == NULL)
    gtk_stack_add_named (self->stack, create_empty_page (), name);
}

/**
 * rb_today_view_refresh:
 * @self: a #RbTodayView
 *
 * Shows again what is due; called by itself when something changes.
 */
void
rb_today_view_refresh (RbTodayView *self)
{
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) next_icing = NULL;
  g_autoptr(GPtrArray) collected = NULL;
  GListModel *entries;
  const char *page;
  gboolean icing;
  GDate today;

  g_return_if_fail (RB_IS_TODAY_VIEW (self));

  g_clear_handle_id (&self->idle_id, g_source_remove);
  if (self->clock == NULL)
    return;

  now = rb_clock_dup_now (self->clock);
  rb_clock_get_today (self->clock, &today);
  page = choose_page (self, &today);
  ensure_page (self, page);
  gtk_stack_set_visible_child_name (self->stack, page);
  gtk_spinner_set_spinning (self->spinner, g_str_equal (page, "loading"));
  clear_content (self);

  if (g_str_equal (page, "list"))
    {
      entries = rb_journal_get_entries (self->journal);
      collected = rb_today_collect (rb_plan_store_get_plans (self->plans), self->library, entries, &today);

      icing = rb_today_find_icing_plan (rb_plan_store_get_plans (self->plans), entries, now, NULL, NULL) != NULL;
      append_title (self, now, collected, icing);
      append_banners (self, &today);
      append_check_in (self, entries, &today);
      append_icing (self, entries, now, &next_icing);
      append_group (self, collected, &today, _("To Do Today"), FALSE);
      append_group (self, collected, &today, NULL, FALSE);
      if (collected->len == 0 && !icing)
        append_rest_day (self);
      append_group (self, collected, &today, _("Done"), TRUE);
    }

  schedule_timer (self, now, next_icing);
}

static void
refresh_idle_cb (gpointer data)
{
  RbTodayView *self = data;

  self->idle_id = 0;
  rb_today_view_refresh (self);
}

/* Several changes come at once (a plan added and saved, an entry
 * appended): one refresh, once they are done. */
static gboolean
refresh_idle_source_cb (gpointer data)
{
  refresh_idle_cb (data);
  return G_SOURCE_REMOVE;
}

static void
queue_refresh (RbTodayView *self)
{
  /* Above redrawing: a spinner that repaints every frame on a slow
   * machine would otherwise starve the refresh that stops it. */
  if (self->idle_id == 0)
    self->idle_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, refresh_idle_source_cb, self, NULL);
}

static void
rb_today_view_dispose (GObject *object)
{
  RbTodayView *self = RB_TODAY_VIEW (object);

  if (self->timer_id != 0)
    rb_clock_cancel (self->clock, self->timer_id);
  self->timer_id = 0;
  g_clear_handle_id (&self->idle_id, g_source_remove);

  /* The bin unparents its child itself: not twice. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), RB_TYPE_TODAY_VIEW);

  g_clear_object (&self->library);
  g_clear_object (&self->journal);
  g_clear_object (&self->plans);
  g_clear_object (&self->clock);
  g_clear_object (&self->check_in);

  G_OBJECT_CLASS (rb_today_view_parent_class)->dispose (object);
}

static void
rb_today_view_class_init (RbTodayViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rb_today_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/runback/Runback/rb-today-view.ui");
  gtk_widget_class_bind_template_child (widget_class, RbTodayView, stack);
  gtk_widget_class_bind_template_child (widget_class, RbTodayView, spinner);
  gtk_widget_class_bind_template_child (widget_class, RbTodayView, content_box);
}

static void
rb_today_view_init (RbTodayView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  rb_a11y_name_buttons_by_text (GTK_WIDGET (self));


  /* No spinner until something loads: one spinning from the start would
   * redraw every frame, and starve the low-priority idle that starts
   * reading the stores after the first frame. */
}

/**
 * rb_today_view_set_sources:
 * @self: a #RbTodayView
 * @library: where the programs are
 * @journal: what was done
 * @plans: the plans followed
 * @clock: what time it is
 *
 * Shows what @plans ask for today, and follows their changes. Called
 * once.
 */
void
rb_today_view_set_sources (RbTodayView *self,
                           RbLibrary   *library,
                           RbJournal   *journal,
                           RbPlanStore *plans,
                           RbClock     *clock)
{
  g_return_if_fail (RB_IS_TODAY_VIEW (self));
  g_return_if_fail (RB_IS_LIBRARY (library));
  g_return_if_fail (RB_IS_JOURNAL (journal));
  g_return_if_fail (RB_IS_PLAN_STORE (plans));
  g_return_if_fail (RB_IS_CLOCK (clock));
  g_return_if_fail (self->plans == NULL);

  self->library = g_object_ref (library);
  self->journal = g_object_ref (journal);
  self->plans = g_object_ref (plans);
  self->clock = g_object_ref (clock);

  g_signal_connect_object (library, "notify::loaded", G_CALLBACK (queue_refresh), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (journal, "notify::loaded", G_CALLBACK (queue_refresh), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (rb_journal_get_entries (journal), "items-changed", G_CALLBACK (queue_refresh),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (plans, "notify::loaded", G_CALLBACK (queue_refresh), self, G_CONNECT_SWAPPED);
  /* Plans added, removed or changed. */
  g_signal_connect_object (plans, "changed", G_CALLBACK (queue_refresh), self, G_CONNECT_SWAPPED);

  rb_today_view_refresh (self);
}
