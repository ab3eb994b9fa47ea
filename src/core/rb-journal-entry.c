/* rb-journal-entry.c
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rb-journal-entry-private.h"

/* One record of the journal: a guided session (or part of one) or a
 * pain check-in. Its JSON form is read and written by
 * rb-journal-entry-json.c; members this version does not know are kept
 * so that saving never drops what a newer version wrote. */



G_DEFINE_FINAL_TYPE (RbJournalEntry, rb_journal_entry, G_TYPE_OBJECT)

G_DEFINE_BOXED_TYPE (RbJournalItem, rb_journal_item, rb_journal_item_copy, rb_journal_item_free)


/**
 * rb_journal_item_copy:
 * @item: a #RbJournalItem
 *
 * Returns: (transfer full): a deep copy
 */
RbJournalItem *
rb_journal_item_copy (const RbJournalItem *item)
{
  RbJournalItem *copy;

  g_return_val_if_fail (item != NULL, NULL);

  copy = g_memdup2 (item, sizeof *item);
  copy->exercise_id = g_strdup (item->exercise_id);
  copy->title = g_strdup (item->title);
  if (item->unknown != NULL)
    copy->unknown = json_object_ref (item->unknown);

  return copy;
}

void
rb_journal_item_free (RbJournalItem *item)
{
  if (item == NULL)
    return;

  g_free (item->exercise_id);
  g_free (item->title);
  g_clear_pointer (&item->unknown, json_object_unref);
  g_free (item);
}

static void
rb_journal_entry_finalize (GObject *object)
{
  RbJournalEntry *self = RB_JOURNAL_ENTRY (object);

  g_clear_pointer (&self->program_id, g_free);
  g_clear_pointer (&self->session_id, g_free);
  g_clear_pointer (&self->plan_id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->started, g_date_time_unref);
  g_clear_pointer (&self->ended, g_date_time_unref);
  g_clear_pointer (&self->note, g_free);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->unknown, json_object_unref);

  G_OBJECT_CLASS (rb_journal_entry_parent_class)->finalize (object);
}

static void
rb_journal_entry_class_init (RbJournalEntryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rb_journal_entry_finalize;
}

static void
rb_journal_entry_init (RbJournalEntry *self)
{
  self->session_index = -1;
  g_date_clear (&self->planned_date, 1);
  self->stage = -1;
  self->swelling = -1;
  self->stiffness = -1;
  self->pain_before = RB_JOURNAL_PAIN_NONE;
  self->pain_after = RB_JOURNAL_PAIN_NONE;
  self->status = RB_JOURNAL_STATUS_COMPLETED;
  self->title = g_strdup ("");
  self->items = g_ptr_array_new_with_free_func ((GDestroyNotify) rb_journal_item_free);
}

/**
 * rb_journal_entry_new:
 * @kind: a session or a pain check-in
 *
 * Returns: (transfer full): an empty entry, completed, without pains
 */
RbJournalEntry *
rb_journal_entry_new (RbJournalKind kind)
{
  RbJournalEntry *self = g_object_new (RB_TYPE_JOURNAL_ENTRY, NULL);

  self->kind = kind;

  return self;
}

RbJournalKind
rb_journal_entry_get_kind (RbJournalEntry *self)
{
  g_return_val_if_fail (RB_IS_JOURNAL_ENTRY (self), RB_JOURNAL_KIND_SESSION);

  return self->kind;
}

const char *
rb_journal_entry_get_program_id (RbJournalEntry *self)
{
  g_return_val_if_fail (RB_IS_JOURNAL_ENTRY (self), NULL);

  return self->program_id;
}

int
rb_journal_entry_get_session_index (RbJournalEntry *self)
{
  g_return_val_if_fail (RB_IS_JOURNAL_ENTRY (self), -1);

  return self->session_index;
}

/**
 * rb_journal_entry_get_session_id:
 * @self: a #RbJournalEntry
 *
 * Entries written before sessions had ids have only an index (see
 * rb_journal_entry_get_session_index()); rb_session_entry_resolve()
 * finds the session of either.
 *
 * Returns: (nullable): the id of the program session
 */
const char *
rb_journal_entry_get_session_id (RbJournalEntry *self)
{
  g_return_val_if_fail (RB_IS_JOURNAL_ENTRY (self), NULL);

  return self->session_id;
}

/**
 * rb_journal_entry_set_session_id:
 * @self: a #RbJournalEntry
 * @session_id: (nullable): the program session's id; ignored without a
 *   program
 */
void
rb_journal_entry_set_session_id (RbJournalEntry *self,
                                 const char     *session_id)
{
  g_return_if_fail (RB_IS_JOURNAL_ENTRY (self));

  g_free (self->session_id);
  self->session_id = self->program_id != NULL ? g_strdup (session_id) : NULL;
}

/**
 * rb_journal_entry_get_plan_id:
 * @self: a #RbJournalEntry
 *
 * Returns: (nullable): the plan the session was done for
 */
const char *
rb_journal_entry_get_plan_id (RbJournalEntry *self)
{
  g_return_val_if_fail (RB_IS_JOURNAL_ENTRY (self), NULL);

  return self->plan_id;
}

/**
 * rb_journal_entry_get_planned_date:
 * @self: a #RbJournalEntry
 *
 * Returns: (nullable): the day the plan had it on, before any move
 */
const GDate *
rb_journal_entry_get_planned_date (RbJournalEntry *self)
{
  g_return_val_if_fail (RB_IS_JOURNAL_ENTRY (self), NULL);

  return g_date_valid (&self->planned_date) ? &self->planned_date : NULL;
}

/**
 * rb_journal_entry_set_plan:
 * @self: a #RbJournalEntry
 * @plan_id: (nullable): the plan the session was done for
 * @planned_date: (nullable): the plan's day for it
 *
 * Ties a session to its occurrence in a plan, so that the calendar knows
 * it was done; both or neither.
 */
void
rb_journal_entry_set_plan (RbJournalEntry *self,
                           const char     *plan_id,
                           const GDate    *planned_date)
{
  g_return_if_fail (RB_IS_JOURNAL_ENTRY (self));
  g_return_if_fail ((plan_id == NULL) == (planned_date == NULL || !g_date_valid (planned_date)));

  g_free (self->plan_id);
  self->plan_id = g_strdup (plan_id);
  if (planned_date != NULL)
    self->planned_date = *planned_date;
  else
    g_date_clear (&self->planned_date, 1);
}

/**
 * rb_journal_entry_get_stage:
 * @self: a #RbJournalEntry
 *
 * Returns: the stage of a progression the run was, from 0, or -1
 */
int
rb_journal_entry_get_stage (RbJournalEntry *self)
{
  g_return_val_if_fail (RB_IS_JOURNAL_ENTRY (self), -1);

  return self->stage;
}

void
rb_journal_entry_set_stage (RbJournalEntry *self,
                            int             stage)
{
  g_return_if_fail (RB_IS_JOURNAL_ENTRY (self));
  g_return_if_fail (stage >= -1);

  self->stage = stage;
}

/**
 * rb_journal_entry_get_swelling:
 * @self: a #RbJournalEntry
 *
 * Returns: for a check-in, 1 when the knee is swollen, 0 when it is not,
 *   -1 when not said
 */
int
rb_journal_entry_get_swelling (RbJournalEntry *self)
{
  g_return_val_if_fail (RB_IS_JOURNAL_ENTRY (self), -1);

  return self->swelling;
}

void
rb_journal_entry_set_swelling (RbJournalEntry *self,
                               int             swelling)
{
  g_return_if_fail (RB_IS_JOURNAL_ENTRY (self));
  g_return_if_fail (swelling >= -1 && swelling <= 1);

  self->swelling = swelling;
}

/**
 * rb_journal_entry_get_stiffness:
 * @self: a #RbJournalEntry
 *
 * Returns: for a check-in, stiffness from 0 to 10, or -1 when not said
 */
int
rb_journal_entry_get_stiffness (RbJournalEntry *self)
{
  g_return_val_if_fail (RB_IS_JOURNAL_ENTRY (self), -1);

  return self->stiffness;
}

void
rb_journal_entry_set_stiffness (RbJournalEntry *self,
                                int             stiffness)
{
  g_return_if_fail (RB_IS_JOURNAL_ENTRY (self));
  g_return_if_fail (stiffness >= -1 && stiffness <= 10);

  self->stiffness = stiffness;
}

/**
 * rb_journal_entry_set_program:
 * @self: a #RbJournalEntry
 * @program_id: (nullable): the program
 * @session_index: the session's index in it, or -1
 *
 * Clears the session id when @program_id is %NULL.
 */
void
rb_journal_entry_set_program (RbJournalEntry *self,
                              const char     *program_id,
                              int             session_index)
{
  g_return_if_fail (RB_IS_JOURNAL_ENTRY (self));

  g_free (self->program_id);
  self->program_id = g_strdup (program_id);
  self->session_index = program_id != NULL ? MAX (session_index, -1) : -1;
  if (program_id == NULL)
    g_clear_pointer (&self->session_id, g_free);
}

const char *
rb_journal_entry_get_title (RbJournalEntry *self)
{
  g_return_val_if_fail (RB_IS_JOURNAL_ENTRY (self), NULL);

  return self->title;
}

void
rb_journal_entry_set_title (RbJournalEntry *self,
                            const char     *title)
{
  g_return_if_fail (RB_IS_JOURNAL_ENTRY (self));
  g_return_if_fail (title != NULL);

  g_free (self->title);
  self->title = g_strdup (title);
}

/**
 * rb_journal_entry_get_started:
 * @self: a #RbJournalEntry
 *
 * Returns: (transfer none) (nullable): when it started
 */
GDateTime *
rb_journal_entry_get_started (RbJournalEntry *self)
{
  g_return_val_if_fail (RB_IS_JOURNAL_ENTRY (self), NULL);

  return self->started;
}

void
rb_journal_entry_set_started (RbJournalEntry *self,
                              GDateTime      *started)
{
  g_return_if_fail (RB_IS_JOURNAL_ENTRY (self));

  g_clear_pointer (&self->started, g_date_time_unref);
  if (started != NULL)
    self->started = g_date_time_ref (started);
}

/**
 * rb_journal_entry_get_ended:
 * @self: a #RbJournalEntry
 *
 * Returns: (transfer none) (nullable): when it ended
 */
GDateTime *
rb_journal_entry_get_ended (RbJournalEntry *self)
{
  g_return_val_if_fail (RB_IS_JOURNAL_ENTRY (self), NULL);

  return self->ended;
}

void
rb_journal_entry_set_ended (RbJournalEntry *self,
                            GDateTime      *ended)
{
  g_return_if_fail (RB_IS_JOURNAL_ENTRY (self));

  g_clear_pointer (&self->ended, g_date_time_unref);
  if (ended != NULL)
    self->ended = g_date_time_ref (ended);
}

RbJournalStatus
rb_journal_entry_get_status (RbJournalEntry *self)
{
  g_return_val_if_fail (RB_IS_JOURNAL_ENTRY (self), RB_JOURNAL_STATUS_PARTIAL);

  return self->status;
}

void
rb_journal_entry_set_status (RbJournalEntry  *self,
                             RbJournalStatus  status)
{
  g_return_if_fail (RB_IS_JOURNAL_ENTRY (self));

  self->status = status;
}

/**
 * rb_journal_entry_get_pain_before:
 * @self: a #RbJournalEntry
 *
 * Returns: pain from 0 to 10 before, or %RB_JOURNAL_PAIN_NONE
 */
int
rb_journal_entry_get_pain_before (RbJournalEntry *self)
{
  g_return_val_if_fail (RB_IS_JOURNAL_ENTRY (self), RB_JOURNAL_PAIN_NONE);

  return self->pain_before;
}

void
rb_journal_entry_set_pain_before (RbJournalEntry *self,
                                  int             pain)
{
  g_return_if_fail (RB_IS_JOURNAL_ENTRY (self));
  g_return_if_fail (pain >= RB_JOURNAL_PAIN_NONE && pain <= 10);

  self->pain_before = pain;
}

/**
 * rb_journal_entry_get_pain_after:
 * @self: a #RbJournalEntry
 *
 * Returns: pain from 0 to 10 after, or %RB_JOURNAL_PAIN_NONE
 */
int
rb_journal_entry_get_pain_after (RbJournalEntry *self)
{
  g_return_val_if_fail (RB_IS_JOURNAL_ENTRY (self), RB_JOURNAL_PAIN_NONE);

  return self->pain_after;
}

void
rb_journal_entry_set_pain_after (RbJournalEntry *self,
                                 int             pain)
{
  g_return_if_fail (RB_IS_JOURNAL_ENTRY (self));
  g_return_if_fail (pain >= RB_JOURNAL_PAIN_NONE && pain <= 10);

  self->pain_after = pain;
}

/**
 * rb_journal_entry_get_note:
 * @self: a #RbJournalEntry
 *
 * Returns: (nullable): the user's note
 */
const char *
rb_journal_entry_get_note (RbJournalEntry *self)
{
  g_return_val_if_fail (RB_IS_JOURNAL_ENTRY (self), NULL);

  return self->note;
}

void
rb_journal_entry_set_note (RbJournalEntry *self,
                           const char     *note)
{
  g_return_if_fail (RB_IS_JOURNAL_ENTRY (self));

  g_free (self->note);
  self->note = (note != NULL && note[0] != '\0') ? g_strdup (note) : NULL;
}

guint
rb_journal_entry_get_n_items (RbJournalEntry *self)
{
  g_return_val_if_fail (RB_IS_JOURNAL_ENTRY (self), 0);

  return self->items->len;
}

/**
 * rb_journal_entry_get_item:
 * @self: a #RbJournalEntry
 * @index: an item index
 *
 * Returns: (transfer none): the exercise (or one side of it) at @index
 */
const RbJournalItem *
rb_journal_entry_get_item (RbJournalEntry *self,
                           guint           index)
{
  g_return_val_if_fail (RB_IS_JOURNAL_ENTRY (self), NULL);
  g_return_val_if_fail (index < self->items->len, NULL);

  return g_ptr_array_index (self->items, index);
}

/**
 * rb_journal_entry_add_item:
 * @self: a #RbJournalEntry
 * @item: an exercise record, copied
 */
void
rb_journal_entry_add_item (RbJournalEntry      *self,
                           const RbJournalItem *item)
{
  g_return_if_fail (RB_IS_JOURNAL_ENTRY (self));
  g_return_if_fail (item != NULL);
  g_return_if_fail (item->title != NULL);

  g_ptr_array_add (self->items, rb_journal_item_copy (item));
}

/**
 * rb_journal_entry_get_active_seconds:
 * @self: a #RbJournalEntry
 *
 * Returns: the sum of the items' active seconds
 */
guint
rb_journal_entry_get_active_seconds (RbJournalEntry *self)
{
  guint total = 0;

  g_return_val_if_fail (RB_IS_JOURNAL_ENTRY (self), 0);

  for (guint i = 0; i < self->items->len; i++)
    total += ((RbJournalItem *) g_ptr_array_index (self->items, i))->seconds;

  return total;
}
