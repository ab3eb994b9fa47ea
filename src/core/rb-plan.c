/* rb-plan.c
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "rb-content-error.h"
#include "rb-json-private.h"
#include "rb-plan.h"

/* A plan is a program followed from a start date: the weekdays of each
 * session, reminders, and what the user changed since (pauses, an end,
 * sessions skipped or moved). It holds no dates of its own beyond those:
 * rb-schedule.c lays it onto the calendar. Its JSON form, in plans.json:
 *
 *   { "id": "knee-strength-20261201", "program": "knee-strength",
 *     "start": "2026-12-01", "reminders": true, "reminder_time": 1080,
 *     "weekdays": { "session-1": [ "mon", "thu" ] },
 *     "pauses": [ { "from": "2026-12-10", "to": "2026-12-14" } ],
 *     "end": "2027-01-31",
 *     "changes": [ { "date": "2026-12-03", "session": "session-2",
 *                    "moved_to": "2026-12-04" } ],
 *     "thresholds": { "advance_max_pain": 2 } }
 *
 * A change without "moved_to" skips the session. Members this version
 * does not know are kept. */

typedef struct
{
  GDate from;
  GDate to;    /* invalid while the pause goes on */
} Pause;

typedef struct
{
  GDate  date;
  char  *session_id;
  GDate  moved_to;  /* invalid: skipped */
} Change;

struct _RbPlan
{
  GObject     parent_instance;
  char       *id;
  char       *program_id;
  GDate       start;
  GDate       end;
  GHashTable *weekdays;     /* session id → guint mask */
  GHashTable *thresholds;   /* name → int */
  GArray     *pauses;       /* of Pause */
  GPtrArray  *changes;      /* of Change */
  guint       reminder_minutes;
  gboolean    reminders;
  JsonObject *unknown;
};

G_DEFINE_FINAL_TYPE (RbPlan, rb_plan, G_TYPE_OBJECT)

enum { CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

static const char * const weekday_names[] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun", NULL };

static void
change_free (Change *change)
{
  g_free (change->session_id);
  g_free (change);
}

static void
changed (RbPlan *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
rb_plan_finalize (GObject *object)
{
  RbPlan *self = RB_PLAN (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->program_id, g_free);
  g_clear_pointer (&self->weekdays, g_hash_table_unref);
  g_clear_pointer (&self->thresholds, g_hash_table_unref);
  g_clear_pointer (&self->pauses, g_array_unref);
  g_clear_pointer (&self->changes, g_ptr_array_unref);
  g_clear_pointer (&self->unknown, json_object_unref);

  G_OBJECT_CLASS (rb_plan_parent_class)->finalize (object);
}

static void
rb_plan_class_init (RbPlanClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rb_plan_finalize;

  /**
   * RbPlan::changed:
   *
   * Something of the plan changed; the plan store saves it.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
rb_plan_init (RbPlan *self)
{
  g_date_clear (&self->start, 1);
  g_date_clear (&self->end, 1);
  self->weekdays = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->thresholds = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->pauses = g_array_new (FALSE, TRUE, sizeof (Pause));
  self->changes = g_ptr_array_new_with_free_func ((GDestroyNotify) change_free);
  self->reminder_minutes = 18 * 60;
}

/**
 * rb_program_session_get_default_weekdays:
 * @program: a program
 * @session: one of its sessions
 *
 * The weekdays a new plan proposes for @session: those the program gives,
 * or else the phase's sessions a week spread over the week (3: Monday,
 * Wednesday, Friday) and dealt to its sessions in turn.
 *
 * Returns: weekdays as RB_WEEKDAY_BIT()s; 0 for a session the program
 *   offers as an alternative to another
 */
guint
rb_program_session_get_default_weekdays (RbProgram              *program,
                                         const RbProgramSession *session)
{
  /* Slots for 1 to 7 sessions a week, as weekday numbers from Monday. */
  static const guint8 spread[7][7] = {
    { 1 }, { 1, 4 }, { 1, 3, 5 }, { 1, 2, 4, 5 }, { 1, 2, 3, 4, 5 },
    { 1, 2, 3, 4, 5, 6 }, { 1, 2, 3, 4, 5, 6, 7 },
  };

  g_return_val_if_fail (RB_IS_PROGRAM (program), RB_WEEKDAYS_ALL);
  g_return_val_if_fail (session != NULL, RB_WEEKDAYS_ALL);

  if (rb_program_session_has_weekdays (session))
    return rb_program_session_get_weekdays (session);

  for (guint p = 0; p < rb_program_get_n_phases (program); p++)
    {
      const RbPhase *phase = rb_program_get_phase (program, p);
      guint n_sessions = rb_phase_get_n_sessions (phase);
      guint per_week = CLAMP (rb_phase_get_sessions_per_week (phase), 1, 7);

      for (guint s = 0; s < n_sessions; s++)
        {
          guint weekdays = 0;

          if (rb_phase_get_session (phase, s) != session)
            continue;

          for (guint slot = 0; slot < per_week; slot++)
            if (slot % n_sessions == s)
              weekdays |= RB_WEEKDAY_BIT (spread[per_week - 1][slot]);

          /* More sessions than slots: each still gets a day. */
          return weekdays != 0 ? weekdays : RB_WEEKDAY_BIT (spread[per_week - 1][s % per_week]);
        }
    }

  return RB_WEEKDAYS_ALL;
}

/**
 * rb_plan_new:
 * @id: (nullable): the plan's id, or %NULL to make one from the program
 *   and the start date
 * @program: the program to follow
 * @start: the first day
 *
 * Returns: (transfer full): an active plan with the program's default
 *   weekdays and reminders off
 */
RbPlan *
rb_plan_new (const char  *id,
             RbProgram   *program,
             const GDate *start)
{
  RbPlan *self;

  g_return_val_if_fail (RB_IS_PROGRAM (program), NULL);
  g_return_val_if_fail (start != NULL && g_date_valid (start), NULL);

  self = g_object_new (RB_TYPE_PLAN, NULL);
  self->program_id = g_strdup (rb_program_get_id (program));
  self->start = *start;
  if (id != NULL)
    self->id = g_strdup (id);
  else
    self->id = g_strdup_printf ("%s-%04u%02u%02u", self->program_id, g_date_get_year (start),
                                g_date_get_month (start), g_date_get_day (start));

  for (guint i = 0; i < rb_program_get_n_sessions (program); i++)
    {
      const RbProgramSession *session = rb_program_get_session (program, i);

      g_hash_table_insert (self->weekdays, g_strdup (rb_program_session_get_id (session)),
                           GUINT_TO_POINTER (rb_program_session_get_default_weekdays (program, session)));
    }

  return self;
}

const char *
rb_plan_get_id (RbPlan *self)
{
  g_return_val_if_fail (RB_IS_PLAN (self), NULL);
  return self->id;
}

const char *
rb_plan_get_program_id (RbPlan *self)
{
  g_return_val_if_fail (RB_IS_PLAN (self), NULL);
  return self->program_id;
}

/**
 * rb_plan_get_start:
 * @self: a #RbPlan
 *
 * Returns: (transfer none): the first day
 */
const GDate *
rb_plan_get_start (RbPlan *self)
{
  g_return_val_if_fail (RB_IS_PLAN (self), NULL);
  return &self->start;
}

/**
 * rb_plan_get_weekdays:
 * @self: a #RbPlan
 * @session_id: a session of the plan's program
 *
 * Returns: the session's weekdays (RB_WEEKDAY_BIT()s); 0 when it is not
 *   planned at all
 */
guint
rb_plan_get_weekdays (RbPlan     *self,
                      const char *session_id)
{
  g_return_val_if_fail (RB_IS_PLAN (self), 0);
  g_return_val_if_fail (session_id != NULL, 0);

  return GPOINTER_TO_UINT (g_hash_table_lookup (self->weekdays, session_id));
}

void
rb_plan_set_weekdays (RbPlan     *self,
                      const char *session_id,
                      guint       weekdays)
{
  g_return_if_fail (RB_IS_PLAN (self));
  g_return_if_fail (session_id != NULL);
  g_return_if_fail ((weekdays & ~RB_WEEKDAYS_ALL) == 0);

  if (rb_plan_get_weekdays (self, session_id) == weekdays &&
      g_hash_table_contains (self->weekdays, session_id))
    return;

  g_hash_table_insert (self->weekdays, g_strdup (session_id), GUINT_TO_POINTER (weekdays));
  changed (self);
}

gboolean
rb_plan_get_reminders (RbPlan *self)
{
  g_return_val_if_fail (RB_IS_PLAN (self), FALSE);
  return self->reminders;
}

void
rb_plan_set_reminders (RbPlan   *self,
                       gboolean  reminders)
{
  g_return_if_fail (RB_IS_PLAN (self));

  if (self->reminders == !!reminders)
    return;

  self->reminders = !!reminders;
  changed (self);
}

/**
 * rb_plan_get_reminder_minutes:
 * @self: a #RbPlan
 *
 * Returns: when sessions are planned and reminded of, in minutes after
 *   midnight (18:00 unless changed)
 */
guint
rb_plan_get_reminder_minutes (RbPlan *self)
{
  g_return_val_if_fail (RB_IS_PLAN (self), 0);
  return self->reminder_minutes;
}

void
rb_plan_set_reminder_minutes (RbPlan *self,
                              guint   minutes)
{
  g_return_if_fail (RB_IS_PLAN (self));
  g_return_if_fail (minutes < 24 * 60);

  if (self->reminder_minutes == minutes)
    return;

  self->reminder_minutes = minutes;
  changed (self);
}

/**
 * rb_plan_is_paused_on:
 * @self: a #RbPlan
 * @date: a day
 *
 * Returns: whether the plan is paused on @date
 */
gboolean
rb_plan_is_paused_on (RbPlan      *self,
                      const GDate *date)
{
  g_return_val_if_fail (RB_IS_PLAN (self), FALSE);

  for (guint i = 0; i < self->pauses->len; i++)
    {
      const Pause *pause = &g_array_index (self->pauses, Pause, i);

      if (g_date_compare (date, &pause->from) >= 0 &&
          (!g_date_valid (&pause->to) || g_date_compare (date, &pause->to) < 0))
        return TRUE;
    }

  return FALSE;
}

/**
 * rb_plan_has_ended_by:
 * @self: a #RbPlan
 * @date: a day
 *
 * Returns: whether the plan was ended on or before @date
 */
gboolean
rb_plan_has_ended_by (RbPlan      *self,
                      const GDate *date)
{
  g_return_val_if_fail (RB_IS_PLAN (self), FALSE);

  return g_date_valid (&self->end) && g_date_compare (date, &self->end) >= 0;
}

RbPlanState
rb_plan_get_state (RbPlan      *self,
                   const GDate *today)
{
  g_return_val_if_fail (RB_IS_PLAN (self), RB_PLAN_ENDED);

  if (rb_plan_has_ended_by (self, today))
    return RB_PLAN_ENDED;
  if (rb_plan_is_paused_on (self, today))
    return RB_PLAN_PAUSED;

  return RB_PLAN_ACTIVE;
}

/**
 * rb_plan_pause:
 * @self: a #RbPlan
 * @from: the first day without sessions
 *
 * Pauses the plan until rb_plan_resume(); the program's weeks wait, so
 * that no phase is cut short. Does nothing when already paused then.
 */
void
rb_plan_pause (RbPlan      *self,
               const GDate *from)
{
  Pause pause;

  g_return_if_fail (RB_IS_PLAN (self));
  g_return_if_fail (from != NULL && g_date_valid (from));

  if (rb_plan_is_paused_on (self, from))
    return;

  pause.from = *from;
  g_date_clear (&pause.to, 1);
  g_array_append_val (self->pauses, pause);
  changed (self);
}

/**
 * rb_plan_resume:
 * @self: a #RbPlan
 * @on: the first day with sessions again
 *
 * Ends the pause under way, if any.
 */
void
rb_plan_resume (RbPlan      *self,
                const GDate *on)
{
  g_return_if_fail (RB_IS_PLAN (self));
  g_return_if_fail (on != NULL && g_date_valid (on));

  for (guint i = 0; i < self->pauses->len; i++)
    {
      Pause *pause = &g_array_index (self->pauses, Pause, i);

      if (g_date_valid (&pause->to))
        continue;

      pause->to = g_date_compare (on, &pause->from) > 0 ? *on : pause->from;
      changed (self);
    }
}

/**
 * rb_plan_end:
 * @self: a #RbPlan
 * @on: the first day without sessions
 */
void
rb_plan_end (RbPlan      *self,
             const GDate *on)
{
  g_return_if_fail (RB_IS_PLAN (self));
  g_return_if_fail (on != NULL && g_date_valid (on));

  if (g_date_valid (&self->end) && g_date_compare (&self->end, on) == 0)
    return;

  self->end = *on;
  changed (self);
}

/**
 * rb_plan_count_paused_days:
 * @self: a #RbPlan
 * @before: a day
 *
 * Returns: how many days before @before (and from the start) the plan
 *   was paused
 */
guint
rb_plan_count_paused_days (RbPlan      *self,
                           const GDate *before)
{
  guint days = 0;

  g_return_val_if_fail (RB_IS_PLAN (self), 0);

  for (guint i = 0; i < self->pauses->len; i++)
    {
      const Pause *pause = &g_array_index (self->pauses, Pause, i);
      const GDate *to = g_date_valid (&pause->to) && g_date_compare (&pause->to, before) < 0
                      ? &pause->to : before;

      if (g_date_compare (&pause->from, to) < 0)
        days += g_date_days_between (&pause->from, to);
    }

  return days;
}

static Change *
find_change (RbPlan      *self,
             const GDate *date,
             const char  *session_id)
{
  for (guint i = 0; i < self->changes->len; i++)
    {
      Change *change = g_ptr_array_index (self->changes, i);

      if (g_date_compare (&change->date, date) == 0 && g_str_equal (change->session_id, session_id))
        return change;
    }

  return NULL;
}

static void
set_change (RbPlan      *self,
            const GDate *date,
            const char  *session_id,
            const GDate *to)
{
  Change *change = find_change (self, date, session_id);

  if (change == NULL)
    {
      change = g_new0 (Change, 1);
      change->date = *date;
      change->session_id = g_strdup (session_id);
      g_ptr_array_add (self->changes, change);
    }

  if (to != NULL)
    change->moved_to = *to;
  else
    g_date_clear (&change->moved_to, 1);

  changed (self);
}

/**
 * rb_plan_skip:
 * @self: a #RbPlan
 * @date: the day a session was planned
 * @session_id: the session
 *
 * Skips that occurrence; the rest of the plan stays as it is.
 */
void
rb_plan_skip (RbPlan      *self,
              const GDate *date,
              const char  *session_id)
{
  g_return_if_fail (RB_IS_PLAN (self));
  g_return_if_fail (date != NULL && g_date_valid (date));
  g_return_if_fail (session_id != NULL);

  set_change (self, date, session_id, NULL);
}

/**
 * rb_plan_move:
 * @self: a #RbPlan
 * @date: the day a session was planned
 * @session_id: the session
 * @to: the day to do it instead
 */
void
rb_plan_move (RbPlan      *self,
              const GDate *date,
              const char  *session_id,
              const GDate *to)
{
  g_return_if_fail (RB_IS_PLAN (self));
  g_return_if_fail (date != NULL && g_date_valid (date));
  g_return_if_fail (session_id != NULL);
  g_return_if_fail (to != NULL && g_date_valid (to));

  set_change (self, date, session_id, to);
}

/**
 * rb_plan_lookup_change:
 * @self: a #RbPlan
 * @date: the day a session was planned
 * @session_id: the session
 * @moved_to: (out caller-allocates): where it was moved; cleared when
 *   it was skipped
 *
 * Returns: whether that occurrence was skipped or moved
 */
gboolean
rb_plan_lookup_change (RbPlan      *self,
                       const GDate *date,
                       const char  *session_id,
                       GDate       *moved_to)
{
  Change *change;

  g_return_val_if_fail (RB_IS_PLAN (self), FALSE);
  g_return_val_if_fail (moved_to != NULL, FALSE);

  change = find_change (self, date, session_id);
  g_date_clear (moved_to, 1);
  if (change == NULL)
    return FALSE;

  *moved_to = change->moved_to;
  return TRUE;
}

guint
rb_plan_get_n_moves (RbPlan *self)
{
  g_return_val_if_fail (RB_IS_PLAN (self), 0);

  return self->changes->len;
}

/**
 * rb_plan_get_move:
 * @self: a #RbPlan
 * @index: a change, from 0 to rb_plan_get_n_moves()
 * @date: (out caller-allocates): the day it was planned
 * @session_id: (out) (transfer none): the session
 * @to: (out caller-allocates): where it was moved, or cleared when skipped
 */
void
rb_plan_get_move (RbPlan      *self,
                  guint        index,
                  GDate       *date,
                  const char **session_id,
                  GDate       *to)
{
  Change *change;

  g_return_if_fail (RB_IS_PLAN (self));
  g_return_if_fail (index < self->changes->len);

  change = g_ptr_array_index (self->changes, index);
  *date = change->date;
  *session_id = change->session_id;
  *to = change->moved_to;
}

/**
 * rb_plan_get_threshold:
 * @self: a #RbPlan
 * @name: a threshold of the program's progression, e.g.
 *   "advance_max_pain"
 *
 * Returns: the plan's own value, or -1 to use the program's
 */
int
rb_plan_get_threshold (RbPlan     *self,
                       const char *name)
{
  gpointer value;

  g_return_val_if_fail (RB_IS_PLAN (self), -1);

  if (!g_hash_table_lookup_extended (self->thresholds, name, NULL, &value))
    return -1;

  return GPOINTER_TO_INT (value);
}

void
rb_plan_set_threshold (RbPlan     *self,
                       const char *name,
                       int         value)
{
  g_return_if_fail (RB_IS_PLAN (self));
  g_return_if_fail (value >= -1 && value <= 10);

  if (rb_plan_get_threshold (self, name) == value)
    return;

  if (value < 0)
    g_hash_table_remove (self->thresholds, name);
  else
    g_hash_table_insert (self->thresholds, g_strdup (name), GINT_TO_POINTER (value));
  changed (self);
}

/* Dates are written as ISO 8601 calendar dates, 2026-12-01. */

char *
rb_date_to_iso (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date),
                          g_date_get_month (date), g_date_get_day (date));
}

/**
 * rb_date_from_iso:
 * @text: `YYYY-MM-DD`
 * @date: (out caller-allocates): the date
 *
 * Returns: %TRUE when @text is exactly a valid date in that form
 */
gboolean
rb_date_from_iso (const char *text,
                  GDate      *date)
{
  guint year, month, day;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (date != NULL, FALSE);

  g_date_clear (date, 1);
  if (strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return FALSE;

  year = g_ascii_strtoull (text, NULL, 10);
  month = g_ascii_strtoull (text + 5, NULL, 10);
  day = g_ascii_strtoull (text + 8, NULL, 10);
  if (year < 1 || !g_date_valid_dmy (day, month, year))
    return FALSE;

  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

static void
add_date (JsonBuilder *builder,
          const char  *member,
          const GDate *date)
{
  g_autofree char *text = NULL;

  if (!g_date_valid (date))
    return;

  text = rb_date_to_iso (date);
  json_builder_set_member_name (builder, member);
  json_builder_add_string_value (builder, text);
}

static void
add_weekdays (JsonBuilder *builder,
              guint        weekdays)
{
  json_builder_begin_array (builder);
  for (guint d = 0; weekday_names[d] != NULL; d++)
    if (weekdays & (1u << d))
      json_builder_add_string_value (builder, weekday_names[d]);
  json_builder_end_array (builder);
}

static int
compare_keys (gconstpointer a,
              gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/**
 * rb_plan_to_json:
 * @self: a #RbPlan
 *
 * Returns: (transfer full): the plan as a JSON object
 */
JsonNode *
rb_plan_to_json (RbPlan *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree gpointer *keys = NULL;
  guint n_keys;

  g_return_val_if_fail (RB_IS_PLAN (self), NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, self->id);
  json_builder_set_member_name (builder, "program");
  json_builder_add_string_value (builder, self->program_id);
  add_date (builder, "start", &self->start);
  add_date (builder, "end", &self->end);
  json_builder_set_member_name (builder, "reminders");
  json_builder_add_boolean_value (builder, self->reminders);
  json_builder_set_member_name (builder, "reminder_time");
  json_builder_add_int_value (builder, self->reminder_minutes);

  /* Sorted, so that saving twice writes the same file. */
  keys = g_hash_table_get_keys_as_array (self->weekdays, &n_keys);
  qsort (keys, n_keys, sizeof (gpointer), compare_keys);
  json_builder_set_member_name (builder, "weekdays");
  json_builder_begin_object (builder);
  for (guint i = 0; i < n_keys; i++)
    {
      json_builder_set_member_name (builder, keys[i]);
      add_weekdays (builder, rb_plan_get_weekdays (self, keys[i]));
    }
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "pauses");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->pauses->len; i++)
    {
      const Pause *pause = &g_array_index (self->pauses, Pause, i);

      json_builder_begin_object (builder);
      add_date (builder, "from", &pause->from);
      add_date (builder, "to", &pause->to);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "changes");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->changes->len; i++)
    {
      const Change *change = g_ptr_array_index (self->changes, i);

      json_builder_begin_object (builder);
      add_date (builder, "date", &change->date);
      json_builder_set_member_name (builder, "session");
      json_builder_add_string_value (builder, change->session_id);
      add_date (builder, "moved_to", &change->moved_to);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  g_clear_pointer (&keys, g_free);
  keys = g_hash_table_get_keys_as_array (self->thresholds, &n_keys);
  qsort (keys, n_keys, sizeof (gpointer), compare_keys);
  json_builder_set_member_name (builder, "thresholds");
  json_builder_begin_object (builder);
  for (guint i = 0; i < n_keys; i++)
    {
      json_builder_set_member_name (builder, keys[i]);
      json_builder_add_int_value (builder, rb_plan_get_threshold (self, keys[i]));
    }
  json_builder_end_object (builder);

  if (self->unknown != NULL)
    {
      g_autoptr(GList) members = json_object_get_members (self->unknown);

      for (const GList *l = members; l != NULL; l = l->next)
        {
          json_builder_set_member_name (builder, l->data);
          json_builder_add_value (builder, json_node_copy (json_object_get_member (self->unknown, l->data)));
        }
    }

  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/* Reading: every member is checked, and errors name the JSON path. */

static gboolean
get_date (JsonObject  *object,
          const char  *path,
          const char  *member,
          gboolean     required,
          GDate       *date,
          GError     **error)
{
  g_autofree char *text = NULL;

  g_date_clear (date, 1);
  if (!rb_json_get_string (object, path, member, required, &text, error))
    return FALSE;

  if (text != NULL && !rb_date_from_iso (text, date))
    {
      g_autofree char *where = rb_json_path_member (path, member);

      g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID,
                   _("%s: expected a date such as 2026-12-01, found “%s”"), where, text);
      return FALSE;
    }

  return TRUE;
}

static gboolean
read_weekdays (RbPlan      *self,
               JsonObject  *object,
               const char  *path,
               GError     **error)
{
  g_autofree char *where = rb_json_path_member (path, "weekdays");
  g_autoptr(GList) members = NULL;
  JsonObject *weekdays;

  if (!rb_json_get_object (object, path, "weekdays", FALSE, &weekdays, error))
    return FALSE;
  if (weekdays == NULL)
    return TRUE;

  members = json_object_get_members (weekdays);
  for (const GList *l = members; l != NULL; l = l->next)
    {
      g_auto(GStrv) days = NULL;
      guint mask = 0;

      if (!rb_json_is_valid_id (l->data))
        {
          g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID,
                       _("%s: “%s” is not a session id"), where, (const char *) l->data);
          return FALSE;
        }
      if (!rb_json_get_strv (weekdays, where, l->data, TRUE, 0, &days, error))
        return FALSE;

      for (guint i = 0; days[i] != NULL; i++)
        {
          guint d = 0;

          while (weekday_names[d] != NULL && !g_str_equal (days[i], weekday_names[d]))
            d++;
          if (weekday_names[d] == NULL)
            {
              g_autofree char *member = rb_json_path_member (where, l->data);

              g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID,
                           _("%s[%u]: expected one of mon, tue, wed, thu, fri, sat, sun"), member, i);
              return FALSE;
            }
          mask |= 1u << d;
        }
      g_hash_table_insert (self->weekdays, g_strdup (l->data), GUINT_TO_POINTER (mask));
    }

  return TRUE;
}

static gboolean
read_pauses_and_changes (RbPlan      *self,
                         JsonObject  *object,
                         const char  *path,
                         GError     **error)
{
  g_autofree char *pauses_path = rb_json_path_member (path, "pauses");
  g_autofree char *changes_path = rb_json_path_member (path, "changes");
  JsonArray *pauses, *changes;

  if (!rb_json_get_array (object, path, "pauses", FALSE, 0, &pauses, error) ||
      !rb_json_get_array (object, path, "changes", FALSE, 0, &changes, error))
    return FALSE;

  for (guint i = 0; pauses != NULL && i < json_array_get_length (pauses); i++)
    {
      static const char * const members[] = { "from", "to", NULL };
      g_autofree char *where = rb_json_path_index (pauses_path, i);
      JsonNode *node = json_array_get_element (pauses, i);
      Pause pause;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID,
                       _("%s: expected %s, found %s"), where, "an object", rb_json_node_type_name (node));
          return FALSE;
        }
      if (!rb_json_check_members (json_node_get_object (node), where, members, error) ||
          !get_date (json_node_get_object (node), where, "from", TRUE, &pause.from, error) ||
          !get_date (json_node_get_object (node), where, "to", FALSE, &pause.to, error))
        return FALSE;
      g_array_append_val (self->pauses, pause);
    }

  for (guint i = 0; changes != NULL && i < json_array_get_length (changes); i++)
    {
      static const char * const members[] = { "date", "session", "moved_to", NULL };
      g_autofree char *where = rb_json_path_index (changes_path, i);
      JsonNode *node = json_array_get_element (changes, i);
      g_autoptr(GError) local_error = NULL;
      Change *change;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID,
                       _("%s: expected %s, found %s"), where, "an object", rb_json_node_type_name (node));
          return FALSE;
        }
      change = g_new0 (Change, 1);
      g_ptr_array_add (self->changes, change);
      if (!rb_json_check_members (json_node_get_object (node), where, members, error) ||
          !get_date (json_node_get_object (node), where, "date", TRUE, &change->date, error) ||
          !rb_json_get_id (json_node_get_object (node), where, "session", &change->session_id, error) ||
          !get_date (json_node_get_object (node), where, "moved_to", FALSE, &change->moved_to, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
read_thresholds (RbPlan      *self,
                 JsonObject  *object,
                 const char  *path,
                 GError     **error)
{
  g_autofree char *where = rb_json_path_member (path, "thresholds");
  g_autoptr(GList) members = NULL;
  JsonObject *thresholds;

  if (!rb_json_get_object (object, path, "thresholds", FALSE, &thresholds, error))
    return FALSE;
  if (thresholds == NULL)
    return TRUE;

  members = json_object_get_members (thresholds);
  for (const GList *l = members; l != NULL; l = l->next)
    {
      guint value = 0;

      if (!rb_json_get_uint (thresholds, where, l->data, 0, 10, &value, error))
        return FALSE;
      g_hash_table_insert (self->thresholds, g_strdup (l->data), GINT_TO_POINTER ((int) value));
    }

  return TRUE;
}

/**
 * rb_plan_new_from_json:
 * @node: a plan as written by rb_plan_to_json()
 * @where: where it is, for messages ("plans.json: plans[2]")
 * @error: return location for a %RB_CONTENT_ERROR
 *
 * Returns: (transfer full) (nullable): the plan
 */
RbPlan *
rb_plan_new_from_json (JsonNode    *node,
                       const char  *where,
                       GError     **error)
{
  static const char * const known[] = {
    "id", "program", "start", "end", "reminders", "reminder_time", "weekdays",
    "pauses", "changes", "thresholds", NULL
  };
  g_autoptr(RbPlan) self = NULL;
  g_autoptr(GList) members = NULL;
  JsonObject *object;
  guint minutes = 18 * 60;

  g_return_val_if_fail (node != NULL, NULL);
  g_return_val_if_fail (where != NULL, NULL);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID,
                   _("%s: expected %s, found %s"), where, "an object", rb_json_node_type_name (node));
      return NULL;
    }

  object = json_node_get_object (node);
  self = g_object_new (RB_TYPE_PLAN, NULL);
  if (!rb_json_get_id (object, where, "id", &self->id, error) ||
      !rb_json_get_id (object, where, "program", &self->program_id, error) ||
      !get_date (object, where, "start", TRUE, &self->start, error) ||
      !get_date (object, where, "end", FALSE, &self->end, error) ||
      !rb_json_get_boolean (object, where, "reminders", &self->reminders, error) ||
      !rb_json_get_uint (object, where, "reminder_time", 0, 24 * 60 - 1, &minutes, error) ||
      !read_weekdays (self, object, where, error) ||
      !read_pauses_and_changes (self, object, where, error) ||
      !read_thresholds (self, object, where, error))
    return NULL;
  self->reminder_minutes = minutes;

  /* Members of a newer version are kept as they are. */
  members = json_object_get_members (object);
  for (const GList *l = members; l != NULL; l = l->next)
    {
      if (g_strv_contains (known, l->data))
        continue;
      if (self->unknown == NULL)
        self->unknown = json_object_new ();
      json_object_set_member (self->unknown, l->data, json_node_copy (json_object_get_member (object, l->data)));
    }

  return g_steal_pointer (&self);
}
