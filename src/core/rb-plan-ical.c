/* rb-plan-ical.c: a plan's upcoming sessions as an iCalendar file.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rb-dosage.h"
#include "rb-ical.h"
#include "rb-plan-ical.h"
#include "rb-schedule.h"

/* Sessions of one day follow each other an hour apart from the plan's
 * time, so that two on a day do not overlap in a calendar. */
#define MINUTES_BETWEEN 60

/* What to do, one item a line: "Squat — 3 sets of 10 reps", under the
 * phase's title. */
static char *
describe_session (const RbProgramSession *session)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < rb_program_session_get_n_items (session); i++)
    {
      const RbSessionItem *item = rb_program_session_get_item (session, i);
      g_autofree char *title = rb_session_item_dup_title (item);

      g_string_append_printf (text, "%s• %s", i > 0 ? "\n" : "", title);
      if (rb_session_item_get_kind (item) == RB_SESSION_ITEM_EXERCISE)
        {
          g_autofree char *dosage = rb_dosage_describe (rb_session_item_get_dosage (item));

          /* Translators: between an exercise and its dosage, "Squat — 3 sets of 10 reps" */
          g_string_append_printf (text, _(" — %s"), dosage);
        }
      if (rb_session_item_get_note (item) != NULL && *rb_session_item_get_note (item) != '\0')
        g_string_append_printf (text, "\n  %s", rb_session_item_get_note (item));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * rb_plan_export_ical:
 * @plan: a plan
 * @program: its program
 * @from: the first day to export (today, or the plan's start)
 * @now: (nullable): the time of the export, for DTSTAMP, or %NULL for now
 * @path: the file to write, usually ending in .ics
 * @error: return location for a #GError
 *
 * Writes the plan's sessions from @from to the program's end (skipped ones
 * left out) as iCalendar events at the plan's time, with an alarm when
 * its reminders are on. Each event's UID comes from the plan, the session
 * and its day, so that importing the file again updates the events
 * instead of adding them twice.
 *
 * Returns: %TRUE on success
 */
gboolean
rb_plan_export_ical (RbPlan       *plan,
                     RbProgram    *program,
                     const GDate  *from,
                     GDateTime    *now,
                     const char   *path,
                     GError      **error)
{
  g_autoptr(GPtrArray) scheduled = NULL;
  g_autoptr(GArray) events = g_array_new (FALSE, TRUE, sizeof (RbIcalEvent));
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);
  GDate last, previous;
  guint same_day = 0;

  g_return_val_if_fail (RB_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (RB_IS_PROGRAM (program), FALSE);
  g_return_val_if_fail (from != NULL && g_date_valid (from), FALSE);

  /* With a pause under way, a year ahead is plenty. */
  if (!rb_schedule_get_last_day (plan, program, &last) || !g_date_valid (&last))
    {
      last = *from;
      g_date_add_years (&last, 1);
    }

  scheduled = rb_schedule_expand (plan, program, from, &last);
  g_date_clear (&previous, 1);
  for (guint i = 0; i < scheduled->len; i++)
    {
      const RbScheduled *s = g_ptr_array_index (scheduled, i);
      const RbProgramSession *session = rb_program_get_session (program, s->session_index);
      g_autofree char *date = rb_date_to_iso (&s->planned_date);
      RbIcalEvent event = { .date = s->date };
      guint minutes;

      if (s->status == RB_SCHEDULE_SKIPPED)
        continue;

      same_day = g_date_valid (&previous) && g_date_compare (&previous, &s->date) == 0 ? same_day + 1 : 0;
      previous = s->date;
      event.start_minutes = MIN (rb_plan_get_reminder_minutes (plan) + same_day * MINUTES_BETWEEN,
                                 24 * 60 - 1);
      minutes = rb_program_session_get_estimated_minutes (session);
      event.duration_minutes = CLAMP (minutes, 1, MIN (RB_ICAL_MAX_DURATION_MINUTES, 24 * 60 - event.start_minutes));
      event.uid_seed = g_strdup_printf ("%s/%s/%s", rb_plan_get_id (plan), s->session_id, date);
      /* Translators: a calendar event, "Knee Strength: Strength A" */
      event.summary = g_strdup_printf (_("%s: %s"), rb_program_get_title (program),
                                       rb_program_session_get_title (session));
      event.description = describe_session (session);
      g_ptr_array_add (strings, (char *) event.uid_seed);
      g_ptr_array_add (strings, (char *) event.summary);
      g_ptr_array_add (strings, (char *) event.description);
      g_array_append_val (events, event);
    }

  return rb_ical_export_to_file ((const RbIcalEvent *) (void *) events->data, events->len,
                                 rb_plan_get_reminders (plan), now, path, error);
}
