/* rb-session-summary.c: what a session's summary tells.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The session's results say what was done to each item, reps of a set
 * cut short included (a set with 8 of 10 reps is partly done, not
 * skipped); the journal records the same results. The summary turns
 * them into rows of text, and says whether the session as a whole is
 * complete, partly done or stopped, with counts that match its rows.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rb-session-summary.h"

struct _RbSessionSummary
{
  GObject    parent_instance;

  RbSession *session;
};

G_DEFINE_FINAL_TYPE (RbSessionSummary, rb_session_summary, G_TYPE_OBJECT)

static void
rb_session_summary_dispose (GObject *object)
{
  RbSessionSummary *self = RB_SESSION_SUMMARY (object);

  g_clear_object (&self->session);

  G_OBJECT_CLASS (rb_session_summary_parent_class)->dispose (object);
}

static void
rb_session_summary_class_init (RbSessionSummaryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rb_session_summary_dispose;
}

static void
rb_session_summary_init (RbSessionSummary *self)
{
}

/**
 * rb_session_summary_new:
 * @session: a session
 *
 * Returns: (transfer full): a new #RbSessionSummary of @session, as it
 *   stands whenever asked
 */
RbSessionSummary *
rb_session_summary_new (RbSession *session)
{
  RbSessionSummary *self;

  g_return_val_if_fail (RB_IS_SESSION (session), NULL);

  self = g_object_new (RB_TYPE_SESSION_SUMMARY, NULL);
  self->session = g_object_ref (session);

  return self;
}

RbSession *
rb_session_summary_get_session (RbSessionSummary *self)
{
  g_return_val_if_fail (RB_IS_SESSION_SUMMARY (self), NULL);

  return self->session;
}

static void
row_free (gpointer data)
{
  RbSummaryRow *row = data;

  g_free (row->result.exercise_id);
  g_free (row->result.title);
  g_free (row);
}

static RbSummaryRow *
new_row (const RbSessionResult *result)
{
  RbSummaryRow *row = g_new0 (RbSummaryRow, 1);

  row->result = *result;
  row->result.exercise_id = g_strdup (result->exercise_id);
  row->result.title = g_strdup (result->title);
  row->reps = result->reps;
  row->reps_done = result->reps_done;
  row->planned_us = result->planned_us;

  return row;
}

/**
 * rb_session_summary_dup_rows:
 * @self: a #RbSessionSummary
 *
 * Returns: (transfer full) (element-type RbSummaryRow): one row per
 *   item, and per side of an item done on both sides, in routine order
 */
GPtrArray *
rb_session_summary_dup_rows (RbSessionSummary *self)
{
  g_autoptr(GPtrArray) results = NULL;
  GPtrArray *rows;

  g_return_val_if_fail (RB_IS_SESSION_SUMMARY (self), NULL);

  results = rb_session_get_results (self->session);
  rows = g_ptr_array_new_full (results->len, row_free);
  for (guint i = 0; i < results->len; i++)
    g_ptr_array_add (rows, new_row (g_ptr_array_index (results, i)));

  return rows;
}

/**
 * rb_session_summary_count:
 * @self: a #RbSessionSummary
 * @done: (out) (optional): rows done
 * @partial: (out) (optional): rows partly done
 * @skipped: (out) (optional): rows reached but not done at all
 * @not_reached: (out) (optional): rows never reached
 *
 * Counts the rows of rb_session_summary_dup_rows() by status.
 */
void
rb_session_summary_count (RbSessionSummary *self,
                          guint            *done,
                          guint            *partial,
                          guint            *skipped,
                          guint            *not_reached)
{
  g_autoptr(GPtrArray) rows = NULL;
  guint counts[RB_RESULT_COMPLETED + 1] = { 0 };

  g_return_if_fail (RB_IS_SESSION_SUMMARY (self));

  rows = rb_session_summary_dup_rows (self);
  for (guint i = 0; i < rows->len; i++)
    counts[((RbSummaryRow *) g_ptr_array_index (rows, i))->result.status]++;

  if (done != NULL)
    *done = counts[RB_RESULT_COMPLETED];
  if (partial != NULL)
    *partial = counts[RB_RESULT_PARTIAL];
  if (skipped != NULL)
    *skipped = counts[RB_RESULT_SKIPPED];
  if (not_reached != NULL)
    *not_reached = counts[RB_RESULT_NOT_REACHED];
}

/**
 * rb_session_summary_get_outcome:
 * @self: a #RbSessionSummary
 *
 * Returns: complete only when the end was reached with every row done
 */
RbSessionOutcome
rb_session_summary_get_outcome (RbSessionSummary *self)
{
  guint done, partial, skipped, not_reached;

  g_return_val_if_fail (RB_IS_SESSION_SUMMARY (self), RB_SESSION_OUTCOME_STOPPED);

  /* The done step is the end, even before the session says it finished. */
  if (rb_session_get_step (self->session)->kind != RB_STEP_DONE)
    return RB_SESSION_OUTCOME_STOPPED;

  rb_session_summary_count (self, &done, &partial, &skipped, &not_reached);

  return partial + skipped + not_reached == 0 ? RB_SESSION_OUTCOME_COMPLETE : RB_SESSION_OUTCOME_PARTLY_DONE;
}

/**
 * rb_session_summary_dup_title:
 * @self: a #RbSessionSummary
 *
 * Returns: (transfer full): the summary's heading, e.g. "Session Complete"
 */
char *
rb_session_summary_dup_title (RbSessionSummary *self)
{
  g_return_val_if_fail (RB_IS_SESSION_SUMMARY (self), NULL);

  switch (rb_session_summary_get_outcome (self))
    {
    case RB_SESSION_OUTCOME_COMPLETE:
      return g_strdup (_("Session Complete"));
    case RB_SESSION_OUTCOME_PARTLY_DONE:
      return g_strdup (_("Session Partly Done"));
    case RB_SESSION_OUTCOME_STOPPED:
    default:
      return g_strdup (_("Session Stopped"));
    }
}

/**
 * rb_session_summary_dup_description:
 * @self: a #RbSessionSummary
 *
 * Returns: (transfer full): the time spent working and the rows counted
 *   by status, e.g. "12:30 active · 5 done · 1 partly done · 1 skipped"
 */
char *
rb_session_summary_dup_description (RbSessionSummary *self)
{
  g_autofree char *time = NULL;
  guint done, partial, skipped, not_reached;
  GString *text;

  g_return_val_if_fail (RB_IS_SESSION_SUMMARY (self), NULL);

  rb_session_summary_count (self, &done, &partial, &skipped, &not_reached);
  time = rb_format_duration (rb_session_get_active_time (self->session));

  text = g_string_new (NULL);
  /* Translators: the time spent working, e.g. "12:30 active" */
  g_string_append_printf (text, _("%s active"), time);
  /* Translators: the parts of the summary are joined with " · " */
  g_string_append_printf (text, _(" · %u done"), done);
  if (partial > 0)
    g_string_append_printf (text, _(" · %u partly done"), partial);
  if (skipped > 0)
    g_string_append_printf (text, _(" · %u skipped"), skipped);
  if (not_reached > 0)
    g_string_append_printf (text, _(" · %u not reached"), not_reached);

  return g_string_free (text, FALSE);
}

/**
 * rb_summary_row_dup_title:
 * @row: a row
 *
 * Returns: (transfer full): the item, and its side, e.g. "Wall Calf
 *   Stretch, left leg"
 */
char *
rb_summary_row_dup_title (const RbSummaryRow *row)
{
  g_return_val_if_fail (row != NULL, NULL);

  if (row->result.side == RB_SIDE_NONE)
    return g_strdup (row->result.title);

  /* Translators: an exercise and its side, e.g. "Wall Calf Stretch, left leg" */
  return g_strdup_printf (_("%s, %s"), row->result.title,
                          row->result.side == RB_SIDE_LEFT ? _("left leg") : _("right leg"));
}

static char *
dup_partial_subtitle (const RbSummaryRow *row)
{
  const RbSessionResult *result = &row->result;
  g_autofree char *sets = NULL;
  g_autofree char *active = NULL;
  g_autofree char *planned = NULL;

  if (result->kind == RB_ROUTINE_ITEM_RUN_WALK)
    /* Translators: run intervals done, e.g. "4 of 6 intervals" */
    return g_strdup_printf (_("%u of %u intervals"), result->sets_done, result->n_sets);

  if (row->reps > 0)
    {
      guint total = row->reps * result->n_sets;

      if (result->n_sets <= 1)
        /* Translators: reps done, e.g. "8 of 10 reps" */
        return g_strdup_printf (_("%u of %u reps"), row->reps_done, total);

      /* Translators: sets completed, then reps done in all, e.g. "1 of 3 sets · 18 of 30 reps" */
      return g_strdup_printf (_("%u of %u sets · %u of %u reps"), result->sets_done, result->n_sets,
                              row->reps_done, total);
    }

  if (result->sets_done > 0 && result->n_sets > 1)
    /* Translators: sets completed, e.g. "2 of 3 sets" */
    return g_strdup_printf (_("%u of %u sets"), result->sets_done, result->n_sets);

  active = rb_format_duration (result->active_us);
  planned = rb_format_duration (row->planned_us);
  /* Translators: time done of the time planned, e.g. "10:00 of 15:00" */
  return g_strdup_printf (_("%s of %s"), active, planned);
}

/**
 * rb_summary_row_dup_subtitle:
 * @row: a row
 *
 * Returns: (transfer full): what was done of it, e.g. "Done", "8 of 10
 *   reps", "Skipped"
 */
char *
rb_summary_row_dup_subtitle (const RbSummaryRow *row)
{
  g_return_val_if_fail (row != NULL, NULL);

  switch (row->result.status)
    {
    case RB_RESULT_COMPLETED:
      return g_strdup (_("Done"));
    case RB_RESULT_PARTIAL:
      return dup_partial_subtitle (row);
    case RB_RESULT_SKIPPED:
      return g_strdup (_("Skipped"));
    case RB_RESULT_NOT_REACHED:
    default:
      return g_strdup (_("Not reached"));
    }
}

/**
 * rb_format_duration:
 * @us: a duration in microseconds
 *
 * Returns: (transfer full): the whole seconds of @us as "m:ss", or
 *   "h:mm:ss" from an hour
 */
char *
rb_format_duration (gint64 us)
{
  guint64 seconds = (guint64) MAX (us, 0) / G_USEC_PER_SEC;

  if (seconds >= 3600)
    return g_strdup_printf ("%" G_GUINT64_FORMAT ":%02u:%02u", seconds / 3600,
                            (guint) (seconds / 60 % 60), (guint) (seconds % 60));

  return g_strdup_printf ("%u:%02u", (guint) (seconds / 60), (guint) (seconds % 60));
}
