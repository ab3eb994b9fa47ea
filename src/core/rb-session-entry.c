/* rb-session-entry.c
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rb-session-entry.h"
#include "rb-session-private.h"

/* Between sessions and their journal entries: which program session an
 * entry records. Sessions and the journal know nothing of each other. */

/**
 * rb_session_entry_resolve:
 * @entry: a journal entry
 * @program: the program @entry names (rb_journal_entry_get_program_id())
 * @index: (out) (optional): the session's index over all phases
 *
 * Finds the session @entry records: by its session id, or, for an entry
 * written before sessions had ids (only "session", an index), by the id
 * that index was migrated to (`session-N`, from 1; see "Session ids" in
 * docs/content-format.md). An entry with an id is never resolved by its
 * index: the id is what stays when a program is edited.
 *
 * Returns: (nullable): the session, or %NULL when @program no longer has
 *   it, or @entry names none or another program
 */
const RbProgramSession *
rb_session_entry_resolve (RbJournalEntry *entry,
                          RbProgram      *program,
                          guint          *index)
{
  g_autofree char *migrated = NULL;
  const char *session_id;
  int session_index;

  g_return_val_if_fail (RB_IS_JOURNAL_ENTRY (entry), NULL);
  g_return_val_if_fail (RB_IS_PROGRAM (program), NULL);

  if (g_strcmp0 (rb_journal_entry_get_program_id (entry), rb_program_get_id (program)) != 0)
    return NULL;

  session_id = rb_journal_entry_get_session_id (entry);
  session_index = rb_journal_entry_get_session_index (entry);
  if (session_id == NULL && session_index >= 0)
    session_id = migrated = g_strdup_printf ("session-%d", session_index + 1);

  return rb_program_lookup_session (program, session_id, index);
}

/**
 * rb_session_start_at:
 * @self: a #RbSession
 * @step_index: the step to start from
 * @earlier: (nullable): the record of an earlier, interrupted run of
 *   the same routine, whose results are carried over
 *
 * Resumes a session cut short (see rb_journal_read_marker()): the steps
 * before @step_index count as @earlier recorded them, and the session
 * keeps @earlier's start time.
 */
void
rb_session_start_at (RbSession      *self,
                     guint           step_index,
                     RbJournalEntry *earlier)
{
  g_autoptr(GPtrArray) results = NULL;

  g_return_if_fail (RB_IS_SESSION (self));
  g_return_if_fail (earlier == NULL || RB_IS_JOURNAL_ENTRY (earlier));

  if (rb_session_get_state (self) != RB_SESSION_STATE_READY)
    return;

  if (earlier != NULL)
    {
      results = rb_session_get_results (self);
      for (guint i = 0; i < results->len && i < rb_journal_entry_get_n_items (earlier); i++)
        {
          const RbSessionResult *group = g_ptr_array_index (results, i);
          const RbJournalItem *item = rb_journal_entry_get_item (earlier, i);

          if (g_strcmp0 (group->exercise_id, item->exercise_id) == 0 && group->side == item->side)
            rb_session_restore_work (self, MIN (step_index, rb_session_get_n_steps (self) - 1),
                                     group->item, group->side, item->sets_done,
                                     (gint64) item->seconds * G_USEC_PER_SEC);
        }
    }

  rb_session_start_from (self, step_index,
                         earlier != NULL ? rb_journal_entry_get_started (earlier) : NULL);
}

/* The session's results are the one account of what was done, shared
 * with its summary: an item is partial after any work, reps of a set
 * cut short included. */
static RbJournalItemStatus
item_status (RbResultStatus status)
{
  switch (status)
    {
    case RB_RESULT_COMPLETED:
      return RB_JOURNAL_ITEM_COMPLETED;
    case RB_RESULT_PARTIAL:
      return RB_JOURNAL_ITEM_PARTIAL;
    case RB_RESULT_NOT_REACHED:
    case RB_RESULT_SKIPPED:
    default:
      return RB_JOURNAL_ITEM_SKIPPED;
    }
}

/**
 * rb_session_create_journal_entry:
 * @self: a #RbSession
 *
 * Builds the journal record of the session as it stands: completed when
 * every item was, partial otherwise. The caller adds the pain ratings
 * and the note.
 *
 * Returns: (transfer full): a new entry
 */
RbJournalEntry *
rb_session_create_journal_entry (RbSession *self)
{
  g_autoptr(RbJournalEntry) entry = NULL;
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GDateTime) now = NULL;
  RbRoutine *routine;

  g_return_val_if_fail (RB_IS_SESSION (self), NULL);

  routine = rb_session_get_routine (self);
  now = rb_clock_dup_now (rb_session_get_clock (self));
  entry = rb_journal_entry_new (RB_JOURNAL_KIND_SESSION);
  rb_journal_entry_set_program (entry,
                                rb_routine_get_program_id (routine),
                                rb_routine_get_session_index (routine));
  rb_journal_entry_set_session_id (entry, rb_routine_get_session_id (routine));
  rb_journal_entry_set_stage (entry, rb_routine_get_stage (routine));
  rb_journal_entry_set_title (entry, rb_routine_get_title (routine));
  rb_journal_entry_set_started (entry, rb_session_get_started (self) != NULL ? rb_session_get_started (self) : now);
  rb_journal_entry_set_ended (entry, rb_session_get_ended (self) != NULL ? rb_session_get_ended (self) : now);

  results = rb_session_get_results (self);
  for (guint i = 0; i < results->len; i++)
    {
      const RbSessionResult *result = g_ptr_array_index (results, i);
      /* The step in progress counts too, for a marker written mid-step. */
      gint64 active = result->active_us + rb_session_get_pending_active_time (self, result);
      RbJournalItem item = {
        .exercise_id = result->exercise_id,
        .title = result->title,
        .side = result->side,
        .status = item_status (result->status),
        .sets_done = result->sets_done,
        .n_sets = result->n_sets,
        .seconds = (guint) ((active + G_USEC_PER_SEC / 2) / G_USEC_PER_SEC),
      };

      rb_journal_entry_add_item (entry, &item);
    }

  rb_journal_entry_set_status (entry, rb_session_is_complete (self)
                                      ? RB_JOURNAL_STATUS_COMPLETED
                                      : RB_JOURNAL_STATUS_PARTIAL);

  return g_steal_pointer (&entry);
}

/**
 * rb_session_entry_resume:
 * @earlier: a session's entry as the in-progress mark kept it
 *   (rb_journal_read_marker())
 * @step_index: the step the mark says to resume from
 * @program: (nullable): the program @earlier names, as now loaded
 * @clock: the clock to play on
 *
 * Decides whether a session cut short can be resumed: its program still
 * has its session (see rb_session_entry_resolve()), and the step is
 * still in it. When not (the program was removed or changed), the entry
 * should be logged as partial instead.
 *
 * Returns: (transfer full) (nullable): the session, started at
 *   @step_index with @earlier's results carried over, or %NULL when it
 *   cannot be resumed
 */
RbSession *
rb_session_entry_resume (RbJournalEntry *earlier,
                         guint           step_index,
                         RbProgram      *program,
                         RbClock        *clock)
{
  g_autoptr(RbRoutine) routine = NULL;
  g_autoptr(RbSession) session = NULL;
  guint index = 0;

  g_return_val_if_fail (RB_IS_JOURNAL_ENTRY (earlier), NULL);
  g_return_val_if_fail (program == NULL || RB_IS_PROGRAM (program), NULL);
  g_return_val_if_fail (RB_IS_CLOCK (clock), NULL);

  if (program == NULL || rb_session_entry_resolve (earlier, program, &index) == NULL)
    return NULL;

  routine = rb_routine_new_for_program_session (program, index);
  session = rb_session_new (routine, clock);
  if (step_index >= rb_session_get_n_steps (session))
    return NULL;

  rb_session_start_at (session, step_index, earlier);

  return g_steal_pointer (&session);
}
