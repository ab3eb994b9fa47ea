/* rb-month.c
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rb-month.h"
#include "rb-plan-runs.h"

/* A month of the calendar as the user sees it: whole weeks from the
 * locale's first weekday, five or six of them, each day with the sessions
 * of every plan, matched against the journal. It is computed once and
 * never changes: the calendar makes a new one when plans, the journal or
 * the day change, so that the widget and the printout only show it. */

struct _RbMonth
{
  GObject       parent_instance;

  guint         year;
  GDateMonth    month;
  GDateWeekday  first_weekday;
  GDate         today;
  GArray       *days;          /* RbMonthDay */
  GPtrArray    *plan_ids;      /* plans with a session in the grid */
  GHashTable   *programs;      /* program id → RbProgram */
  GHashTable   *plan_programs; /* plan id → RbProgram */
  GHashTable   *labels;        /* RbScheduled → "Run and Walk · stage 5" */
  guint         n_sessions;
};

G_DEFINE_FINAL_TYPE (RbMonth, rb_month, G_TYPE_OBJECT)

static void
clear_day (gpointer data)
{
  RbMonthDay *day = data;

  g_clear_pointer (&day->sessions, g_ptr_array_unref);
  g_clear_pointer (&day->summary, g_free);
}

/* A date as its own GDateTime, for g_date_time_format(), which knows the
 * locale's names and the "%-d" modifier on every platform. */
static GDateTime *
date_to_date_time (const GDate *date)
{
  return g_date_time_new_utc (g_date_get_year (date), g_date_get_month (date),
                              g_date_get_day (date), 12, 0, 0);
}

static void
fill_days (RbMonth *self)
{
  GDate first, day;
  guint lead, n_weeks;

  g_date_clear (&first, 1);
  g_date_set_dmy (&first, 1, self->month, self->year);
  lead = (g_date_get_weekday (&first) - self->first_weekday + 7) % 7;
  /* Always five or six whole weeks, so that the grid keeps its height
   * from one month to the next, but for a six-week month. */
  n_weeks = MAX (5, (lead + g_date_get_days_in_month (self->month, self->year) + 6) / 7);

  day = first;
  g_date_subtract_days (&day, lead);
  g_array_set_size (self->days, n_weeks * 7);
  for (guint i = 0; i < self->days->len; i++, g_date_add_days (&day, 1))
    {
      RbMonthDay *cell = &g_array_index (self->days, RbMonthDay, i);

      cell->date = day;
      cell->in_month = g_date_get_month (&day) == self->month;
      cell->is_today = g_date_valid (&self->today) && g_date_compare (&day, &self->today) == 0;
      cell->sessions = g_ptr_array_new_with_free_func ((GDestroyNotify) rb_scheduled_free);
    }
}

static RbProgram *
find_program (RbMonth    *self,
              GListModel *programs,
              const char *id)
{
  RbProgram *program = g_hash_table_lookup (self->programs, id);
  guint n = programs != NULL ? g_list_model_get_n_items (programs) : 0;

  for (guint i = 0; program == NULL && i < n; i++)
    {
      g_autoptr(RbProgram) candidate = g_list_model_get_item (programs, i);

      if (g_strcmp0 (rb_program_get_id (candidate), id) == 0)
        {
          program = candidate;
          g_hash_table_insert (self->programs, g_strdup (id), g_object_ref (candidate));
        }
    }

  return program;
}

/* Lays one plan onto the grid's days. */
static void
set_stage_label (RbMonth                *self,
                 const RbScheduled      *scheduled,
                 const RbProgramSession *session,
                 guint                   stage)
{
  /* Translators: a run on the calendar and its stage, "Run and Walk · stage 5" */
  g_hash_table_insert (self->labels, (gpointer) scheduled,
                       g_strdup_printf (_("%s · stage %u"), rb_program_session_get_title (session), stage + 1));
}

/* The runs a progression drives show their stage: the one run, for those
 * done, and for those to come the stage they reach if each run goes
 * well, laid out from today, so the calendar follows every adaptation. */
static void
label_stages (RbMonth    *self,
              RbPlan     *plan,
              RbProgram  *program,
              GListModel *entries,
              GPtrArray  *scheduled)
{
  const RbProgression *progression = rb_program_get_progression (program);
  const RbMonthDay *last = &g_array_index (self->days, RbMonthDay, self->days->len - 1);
  const RbProgramSession *session;
  RbProgressionOverrides overrides;
  g_autoptr(GPtrArray) coming = NULL;
  g_autoptr(GArray) dates = NULL;
  g_autoptr(GArray) runs = NULL;
  g_autoptr(GArray) stages = NULL;
  const char *run_id;

  if (progression == NULL)
    return;

  run_id = rb_progression_get_session_id (progression);
  session = rb_program_lookup_session (program, run_id, NULL);
  if (session == NULL)
    return;

  for (guint i = 0; i < scheduled->len; i++)
    {
      const RbScheduled *s = g_ptr_array_index (scheduled, i);

      if (g_str_equal (s->session_id, run_id) && s->entry != NULL &&
          rb_journal_entry_get_stage (s->entry) >= 0)
        set_stage_label (self, s, session, (guint) rb_journal_entry_get_stage (s->entry));
    }

  if (g_date_compare (&self->today, &last->date) > 0)
    return;

  /* Every run from today to the month's end, in order. */
  coming = rb_schedule_expand (plan, program, &self->today, &last->date);
  rb_schedule_match (coming, entries, &self->today);
  dates = g_array_new (FALSE, FALSE, sizeof (GDate));
  for (guint i = 0; i < coming->len; i++)
    {
      const RbScheduled *s = g_ptr_array_index (coming, i);

      if (g_str_equal (s->session_id, run_id) &&
          (s->status == RB_SCHEDULE_DUE || s->status == RB_SCHEDULE_UPCOMING))
        g_array_append_val (dates, s->date);
    }
  if (dates->len == 0)
    return;

  overrides.advance_max_pain = rb_plan_get_threshold (plan, "advance_max_pain");
  overrides.repeat_max_pain = rb_plan_get_threshold (plan, "repeat_max_pain");
  runs = rb_plan_collect_runs (program, entries);
  stages = rb_progression_lay_out (progression, (const RbRunOutcome *) (void *) runs->data, runs->len,
                                   &overrides, (const GDate *) (void *) dates->data, dates->len);

  for (guint i = 0; i < scheduled->len; i++)
    {
      const RbScheduled *s = g_ptr_array_index (scheduled, i);

      if (!g_str_equal (s->session_id, run_id) ||
          (s->status != RB_SCHEDULE_DUE && s->status != RB_SCHEDULE_UPCOMING))
        continue;

      for (guint d = 0; d < dates->len && d < stages->len; d++)
        {
          guint stage = g_array_index (stages, guint, d);

          if (g_date_compare (&g_array_index (dates, GDate, d), &s->date) == 0 &&
              stage != RB_PROGRESSION_NO_STAGE)
            set_stage_label (self, s, session, stage);
        }
    }
}

static void
add_plan (RbMonth    *self,
          RbPlan     *plan,
          RbProgram  *program,
          GListModel *entries)
{
  const RbMonthDay *first = &g_array_index (self->days, RbMonthDay, 0);
  const RbMonthDay *last = &g_array_index (self->days, RbMonthDay, self->days->len - 1);
  g_autoptr(GPtrArray) scheduled = rb_schedule_expand (plan, program, &first->date, &last->date);

  if (scheduled->len == 0)
    return;

  rb_schedule_match (scheduled, entries, &self->today);
  label_stages (self, plan, program, entries, scheduled);
  g_ptr_array_add (self->plan_ids, g_strdup (rb_plan_get_id (plan)));
  g_hash_table_insert (self->plan_programs, g_strdup (rb_plan_get_id (plan)), g_object_ref (program));

  for (guint i = 0; i < scheduled->len; i++)
    {
      RbScheduled *s = g_ptr_array_index (scheduled, i);
      guint index = g_date_days_between (&first->date, &s->date);

      g_assert (index < self->days->len);
      g_ptr_array_add (g_array_index (self->days, RbMonthDay, index).sessions,
                       g_steal_pointer (&scheduled->pdata[i]));
      self->n_sessions++;
    }
}

static char *
describe_day (RbMonth          *self,
              const RbMonthDay *day)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *name = rb_date_dup_long_name (&day->date);

  if (day->is_today)
    /* Translators: the start of a calendar day's description; %s is
     * the day, as in "Tuesday 1 December" */
    g_string_append_printf (text, _("Today, %s: "), name);
  else
    /* Translators: the start of a calendar day's description; %s is
     * the day, as in "Tuesday 1 December" */
    g_string_append_printf (text, _("%s: "), name);

  if (day->sessions->len == 0)
    g_string_append (text, _("nothing planned"));

  for (guint i = 0; i < day->sessions->len; i++)
    {
      g_autofree char *session = rb_month_describe_session (self, g_ptr_array_index (day->sessions, i));

      if (i > 0)
        /* Translators: between the sessions of a day */
        g_string_append (text, _(", "));
      g_string_append (text, session);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
rb_month_finalize (GObject *object)
{
  RbMonth *self = RB_MONTH (object);

  g_clear_pointer (&self->days, g_array_unref);
  g_clear_pointer (&self->plan_ids, g_ptr_array_unref);
  g_clear_pointer (&self->programs, g_hash_table_unref);
  g_clear_pointer (&self->plan_programs, g_hash_table_unref);
  g_clear_pointer (&self->labels, g_hash_table_unref);

  G_OBJECT_CLASS (rb_month_parent_class)->finalize (object);
}

static void
rb_month_class_init (RbMonthClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rb_month_finalize;
}

static void
rb_month_init (RbMonth *self)
{
  self->days = g_array_new (FALSE, TRUE, sizeof (RbMonthDay));
  g_array_set_clear_func (self->days, clear_day);
  self->plan_ids = g_ptr_array_new_with_free_func (g_free);
  self->programs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->plan_programs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->labels = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  g_date_clear (&self->today, 1);
}

/**
 * rb_month_new:
 * @year: the year
 * @month: the month
 * @first_weekday: the day each week of the grid starts on, from
 *   rb_schedule_first_weekday()
 * @plans: (element-type RbPlan): the plans followed
 * @programs: (element-type RbProgram): the programs they follow; a plan
 *   whose program is not there is left out
 * @entries: (nullable) (element-type RbJournalEntry): the journal's entries
 * @today: today, for what is missed, due or upcoming
 *
 * Lays the plans onto the weeks that show @month.
 *
 * Returns: (transfer full): the month
 */
RbMonth *
rb_month_new (guint         year,
              GDateMonth    month,
              GDateWeekday  first_weekday,
              GListModel   *plans,
              GListModel   *programs,
              GListModel   *entries,
              const GDate  *today)
{
  g_autoptr(GListModel) no_entries = NULL;
  RbMonth *self;
  guint n_plans;

  g_return_val_if_fail (g_date_valid_dmy (1, month, year), NULL);
  g_return_val_if_fail (g_date_valid_weekday (first_weekday), NULL);
  g_return_val_if_fail (plans == NULL || G_IS_LIST_MODEL (plans), NULL);
  g_return_val_if_fail (programs == NULL || G_IS_LIST_MODEL (programs), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  self = g_object_new (RB_TYPE_MONTH, NULL);
  self->year = year;
  self->month = month;
  self->first_weekday = first_weekday;
  self->today = *today;
  fill_days (self);

  if (entries == NULL)
    entries = no_entries = G_LIST_MODEL (g_list_store_new (G_TYPE_OBJECT));

  n_plans = plans != NULL ? g_list_model_get_n_items (plans) : 0;
  for (guint i = 0; i < n_plans; i++)
    {
      g_autoptr(RbPlan) plan = g_list_model_get_item (plans, i);
      RbProgram *program = find_program (self, programs, rb_plan_get_program_id (plan));

      if (program != NULL)
        add_plan (self, plan, program, entries);
    }

  for (guint i = 0; i < self->days->len; i++)
    {
      RbMonthDay *day = &g_array_index (self->days, RbMonthDay, i);

      day->summary = describe_day (self, day);
    }

  return self;
}

guint
rb_month_get_year (RbMonth *self)
{
  g_return_val_if_fail (RB_IS_MONTH (self), 0);

  return self->year;
}

GDateMonth
rb_month_get_month (RbMonth *self)
{
  g_return_val_if_fail (RB_IS_MONTH (self), G_DATE_BAD_MONTH);

  return self->month;
}

GDateWeekday
rb_month_get_first_weekday (RbMonth *self)
{
  g_return_val_if_fail (RB_IS_MONTH (self), G_DATE_BAD_WEEKDAY);

  return self->first_weekday;
}

const GDate *
rb_month_get_today (RbMonth *self)
{
  g_return_val_if_fail (RB_IS_MONTH (self), NULL);

  return &self->today;
}

/**
 * rb_month_dup_title:
 * @self: a #RbMonth
 *
 * Returns: (transfer full): the month and its year, "December 2026"
 */
char *
rb_month_dup_title (RbMonth *self)
{
  g_autoptr(GDateTime) first = NULL;

  g_return_val_if_fail (RB_IS_MONTH (self), NULL);

  first = g_date_time_new_utc (self->year, self->month, 1, 12, 0, 0);
  /* Translators: a month of the calendar, see the strftime(3) manual;
   * %OB is the month's name standing alone */
  return g_date_time_format (first, _("%OB %Y"));
}

/**
 * rb_month_get_n_days:
 * @self: a #RbMonth
 *
 * Returns: the days of the grid: 35 or 42, whole weeks
 */
guint
rb_month_get_n_days (RbMonth *self)
{
  g_return_val_if_fail (RB_IS_MONTH (self), 0);

  return self->days->len;
}

const RbMonthDay *
rb_month_get_day (RbMonth *self,
                  guint    index)
{
  g_return_val_if_fail (RB_IS_MONTH (self), NULL);
  g_return_val_if_fail (index < self->days->len, NULL);

  return &g_array_index (self->days, RbMonthDay, index);
}

/**
 * rb_month_lookup_day:
 * @self: a #RbMonth
 * @date: a day
 *
 * Returns: (nullable): the cell of @date, or %NULL when the grid does
 *   not show it
 */
const RbMonthDay *
rb_month_lookup_day (RbMonth     *self,
                     const GDate *date)
{
  const RbMonthDay *first;
  int index;

  g_return_val_if_fail (RB_IS_MONTH (self), NULL);
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  first = &g_array_index (self->days, RbMonthDay, 0);
  index = g_date_days_between (&first->date, date);
  if (index < 0 || (guint) index >= self->days->len)
    return NULL;

  return &g_array_index (self->days, RbMonthDay, index);
}

/**
 * rb_month_get_n_sessions:
 * @self: a #RbMonth
 *
 * Returns: how many sessions the grid shows, on all its days
 */
guint
rb_month_get_n_sessions (RbMonth *self)
{
  g_return_val_if_fail (RB_IS_MONTH (self), 0);

  return self->n_sessions;
}

/**
 * rb_month_get_n_plans:
 * @self: a #RbMonth
 *
 * Returns: how many plans have sessions in the grid
 */
guint
rb_month_get_n_plans (RbMonth *self)
{
  g_return_val_if_fail (RB_IS_MONTH (self), 0);

  return self->plan_ids->len;
}

const char *
rb_month_get_plan_id (RbMonth *self,
                      guint    index)
{
  g_return_val_if_fail (RB_IS_MONTH (self), NULL);
  g_return_val_if_fail (index < self->plan_ids->len, NULL);

  return g_ptr_array_index (self->plan_ids, index);
}

/**
 * rb_month_get_plan_title:
 * @self: a #RbMonth
 * @plan_id: a plan with sessions in the grid
 *
 * Returns: (nullable): the title of the plan's program
 */
const char *
rb_month_get_plan_title (RbMonth    *self,
                         const char *plan_id)
{
  RbProgram *program;

  g_return_val_if_fail (RB_IS_MONTH (self), NULL);
  g_return_val_if_fail (plan_id != NULL, NULL);

  program = g_hash_table_lookup (self->plan_programs, plan_id);
  return program != NULL ? rb_program_get_title (program) : NULL;
}

/**
 * rb_month_get_session_title:
 * @self: a #RbMonth
 * @scheduled: one of the month's sessions
 *
 * Returns: the session's title in its program; for a run a progression
 *   drives, with its stage ("Run and Walk · stage 5")
 */
const char *
rb_month_get_session_title (RbMonth           *self,
                            const RbScheduled *scheduled)
{
  RbProgram *program;
  const RbProgramSession *session;
  const char *label;

  g_return_val_if_fail (RB_IS_MONTH (self), NULL);
  g_return_val_if_fail (scheduled != NULL, NULL);

  label = g_hash_table_lookup (self->labels, scheduled);
  if (label != NULL)
    return label;

  program = g_hash_table_lookup (self->programs, scheduled->program_id);
  session = program != NULL ? rb_program_lookup_session (program, scheduled->session_id, NULL) : NULL;

  return session != NULL ? rb_program_session_get_title (session) : scheduled->session_id;
}

/**
 * rb_month_describe_session:
 * @self: a #RbMonth
 * @scheduled: one of the month's sessions
 *
 * Returns: (transfer full): the session and its status, "Strength A done"
 */
char *
rb_month_describe_session (RbMonth           *self,
                           const RbScheduled *scheduled)
{
  g_return_val_if_fail (RB_IS_MONTH (self), NULL);
  g_return_val_if_fail (scheduled != NULL, NULL);

  /* Translators: a session on a calendar day: its title, then its status
   * ("done", "missed"…), as in "Strength A done" */
  return g_strdup_printf (_("%s %s"), rb_month_get_session_title (self, scheduled),
                          rb_schedule_status_to_label (scheduled->status));
}

/**
 * rb_schedule_status_to_label:
 * @status: a status
 *
 * Returns: the status in a word or two, for the user: "done", "planned"…
 */
const char *
rb_schedule_status_to_label (RbScheduleStatus status)
{
  switch (status)
    {
    case RB_SCHEDULE_UPCOMING:
      /* Translators: the status of a planned session */
      return _("planned");
    case RB_SCHEDULE_DUE:
      /* Translators: the status of a session planned today */
      return _("due today");
    case RB_SCHEDULE_DONE:
      /* Translators: the status of a planned session */
      return _("done");
    case RB_SCHEDULE_PARTIAL:
      /* Translators: the status of a planned session */
      return _("partly done");
    case RB_SCHEDULE_MISSED:
      /* Translators: the status of a planned session */
      return _("missed");
    case RB_SCHEDULE_SKIPPED:
      /* Translators: the status of a planned session */
      return _("skipped");
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * rb_schedule_status_to_name:
 * @status: a status
 *
 * Returns: the status as a fixed word, for style classes and icon names:
 *   "planned", "due", "done", "partial", "missed" or "skipped"
 */
const char *
rb_schedule_status_to_name (RbScheduleStatus status)
{
  static const char *names[] = { "planned", "due", "done", "partial", "missed", "skipped" };

  g_return_val_if_fail ((guint) status < G_N_ELEMENTS (names), NULL);

  return names[status];
}

/**
 * rb_weekday_dup_name:
 * @weekday: a weekday
 * @abbreviated: whether to give the short name, "Tue"
 *
 * Returns: (transfer full): the weekday's name in the user's language
 */
char *
rb_weekday_dup_name (GDateWeekday weekday,
                     gboolean     abbreviated)
{
  /* 2024-01-01 was a Monday. */
  g_autoptr(GDateTime) day = g_date_time_new_utc (2024, 1, weekday, 12, 0, 0);

  g_return_val_if_fail (g_date_valid_weekday (weekday), NULL);

  return g_date_time_format (day, abbreviated ? "%a" : "%A");
}

/**
 * rb_date_dup_long_name:
 * @date: a day
 *
 * Returns: (transfer full): the day with its weekday and month, as in
 *   "Tuesday 1 December"
 */
char *
rb_date_dup_long_name (const GDate *date)
{
  g_autoptr(GDateTime) day = NULL;

  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  day = date_to_date_time (date);
  /* Translators: a day in the calendar, see the strftime(3) manual:
   * "Tuesday 1 December" */
  return g_date_time_format (day, _("%A %-d %B"));
}
