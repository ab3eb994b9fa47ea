/* rb-journal-entry.c
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rb-core-enums.h"
#include "rb-journal-entry-private.h"

/* One record of the journal: a guided session (or part of one) or a
 * pain check-in. Its JSON form is read and written by
 * rb-journal-entry-json.c; members this version does not know are kept
 * so that saving never drops what a newer version wrote. */



G_DEFINE_FINAL_TYPE (RbJournalEntry, rb_journal_entry, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_PROGRAM_ID,
  PROP_SESSION_ID,
  PROP_TITLE,
  PROP_STARTED,
  PROP_STATUS,
  PROP_PAIN_BEFORE,
  PROP_PAIN_AFTER,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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
  g_clear_pointer (&self->run_unknown, json_object_unref);

  G_OBJECT_CLASS (rb_journal_entry_parent_class)->finalize (object);
}

static void
rb_journal_entry_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  RbJournalEntry *self = RB_JOURNAL_ENTRY (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_PROGRAM_ID:
      g_value_set_string (value, self->program_id);
      break;
    case PROP_SESSION_ID:
      g_value_set_string (value, self->session_id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_STARTED:
      g_value_set_boxed (value, self->started);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    case PROP_PAIN_BEFORE:
      g_value_set_int (value, self->pain_before);
      break;
    case PROP_PAIN_AFTER:
      g_value_set_int (value, self->pain_after);
      break;
    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rb_journal_entry_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  RbJournalEntry *self = RB_JOURNAL_ENTRY (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      rb_journal_entry_set_title (self, g_value_get_string (value));
      break;
    case PROP_STARTED:
      rb_journal_entry_set_started (self, g_value_get_boxed (value));
      break;
    case PROP_STATUS:
      rb_journal_entry_set_status (self, g_value_get_enum (value));
      break;
    case PROP_PAIN_BEFORE:
      rb_journal_entry_set_pain_before (self, g_value_get_int (value));
      break;
    case PROP_PAIN_AFTER:
      rb_journal_entry_set_pain_after (self, g_value_get_int (value));
      break;
    case PROP_NOTE:
      rb_journal_entry_set_note (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rb_journal_entry_class_init (RbJournalEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = rb_journal_entry_finalize;
  object_class->get_property = rb_journal_entry_get_property;
  object_class->set_property = rb_journal_entry_set_property;

  /* For views: expressions, sorters and filters over the journal. */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, RB_TYPE_JOURNAL_KIND, RB_JOURNAL_KIND_SESSION, ro);
  properties[PROP_PROGRAM_ID] = g_param_spec_string ("program-id", NULL, NULL, NULL, ro);
  properties[PROP_SESSION_ID] = g_param_spec_string ("session-id", NULL, NULL, NULL, ro);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "", rw);
  properties[PROP_STARTED] = g_param_spec_boxed ("started", NULL, NULL, G_TYPE_DATE_TIME, rw);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, RB_TYPE_JOURNAL_STATUS, RB_JOURNAL_STATUS_COMPLETED, rw);
  properties[PROP_PAIN_BEFORE] =
    g_param_spec_int ("pain-before", NULL, NULL, RB_JOURNAL_PAIN_NONE, 10, RB_JOURNAL_PAIN_NONE, rw);
  properties[PROP_PAIN_AFTER] =
    g_param_spec_int ("pain-after", NULL, NULL, RB_JOURNAL_PAIN_NONE, 10, RB_JOURNAL_PAIN_NONE, rw);
  properties[PROP_NOTE] = g_param_spec_string ("note", NULL, NULL, NULL, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rb_journal_entry_init (RbJournalEntry *self)
{
  self->session_index = -1;
  g_date_clear (&self->planned_date, 1);
  self->stage = -1;
  self->swelling = -1;
  self->stiffness = -1;
  self->redness = -1;
  self->warmth = -1;
  self->limits_daily = -1;
  self->run_intervals = -1;
  self->run_seconds = -1;
  self->run_distance = -1;
  self->pain_during = RB_JOURNAL_PAIN_NONE;
  self->pain_next_morning = RB_JOURNAL_PAIN_NONE;
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

/**
 * rb_journal_entry_new_run:
 * @started: when the run started
 *
 * A run logged by hand, outside a guided session: a session entry
 * without a program, with a run record (see rb_journal_entry_set_run()).
 *
 * Returns: (transfer full): a completed run, titled “Run”
 */
RbJournalEntry *
rb_journal_entry_new_run (GDateTime *started)
{
  RbJournalEntry *self;

  g_return_val_if_fail (started != NULL, NULL);

  self = rb_journal_entry_new (RB_JOURNAL_KIND_SESSION);
  self->run = TRUE;
  rb_journal_entry_set_title (self, _("Run"));
  rb_journal_entry_set_started (self, started);

  return self;
}

/**
 * rb_journal_entry_new_check_in:
 * @started: when the check-in was made
 *
 * A check-in records the knee as it is: its pain (the pain before, see
 * rb_journal_entry_set_pain_before()), swelling, redness, warmth,
 * stiffness and whether the pain gets in the way of daily activities.
 *
 * Returns: (transfer full): a check-in, titled “Check-in”
 */
RbJournalEntry *
rb_journal_entry_new_check_in (GDateTime *started)
{
  RbJournalEntry *self;

  g_return_val_if_fail (started != NULL, NULL);

  self = rb_journal_entry_new (RB_JOURNAL_KIND_CHECK_IN);
  rb_journal_entry_set_title (self, _("Check-in"));
  rb_journal_entry_set_started (self, started);

  return self;
}

/**
 * rb_journal_entry_copy:
 * @self: a #RbJournalEntry
 *
 * Edits are made on a copy, then put in the journal's place of the
 * original with rb_journal_replace(), which can undo them.
 *
 * Returns: (transfer full): a deep copy, unknown members included
 */
RbJournalEntry *
rb_journal_entry_copy (RbJournalEntry *self)
{
  RbJournalEntry *copy;

  g_return_val_if_fail (RB_IS_JOURNAL_ENTRY (self), NULL);

  copy = g_object_new (RB_TYPE_JOURNAL_ENTRY, NULL);
  g_free (copy->title);
  g_ptr_array_unref (copy->items);
  copy->kind = self->kind;
  copy->program_id = g_strdup (self->program_id);
  copy->session_id = g_strdup (self->session_id);
  copy->plan_id = g_strdup (self->plan_id);
  copy->planned_date = self->planned_date;
  copy->stage = self->stage;
  copy->swelling = self->swelling;
  copy->stiffness = self->stiffness;
  copy->redness = self->redness;
  copy->warmth = self->warmth;
  copy->limits_daily = self->limits_daily;
  copy->run = self->run;
  copy->run_intervals = self->run_intervals;
  copy->run_seconds = self->run_seconds;
  copy->run_distance = self->run_distance;
  copy->session_index = self->session_index;
  copy->title = g_strdup (self->title);
  copy->started = self->started != NULL ? g_date_time_ref (self->started) : NULL;
  copy->ended = self->ended != NULL ? g_date_time_ref (self->ended) : NULL;
  copy->status = self->status;
  copy->pain_before = self->pain_before;
  copy->pain_after = self->pain_after;
  copy->pain_during = self->pain_during;
  copy->pain_next_morning = self->pain_next_morning;
  copy->note = g_strdup (self->note);
  copy->items = g_ptr_array_new_full (self->items->len, (GDestroyNotify) rb_journal_item_free);
  for (guint i = 0; i < self->items->len; i++)
    g_ptr_array_add (copy->items, rb_journal_item_copy (g_ptr_array_index (self->items, i)));
  if (self->unknown != NULL)
    copy->unknown = json_object_ref (self->unknown);
  if (self->run_unknown != NULL)
    copy->run_unknown = json_object_ref (self->run_unknown);

  return copy;
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

  if (g_strcmp0 (self->title, title) == 0)
    return;

  g_free (self->title);
  self->title = g_strdup (title);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
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

  if (self->started == started ||
      (self->started != NULL && started != NULL && g_date_time_equal (self->started, started) &&
       g_date_time_get_utc_offset (self->started) == g_date_time_get_utc_offset (started)))
    return;

  g_clear_pointer (&self->started, g_date_time_unref);
  if (started != NULL)
    self->started = g_date_time_ref (started);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STARTED]);
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

  if (self->status == status)
    return;

  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
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

  if (self->pain_before == pain)
    return;

  self->pain_before = pain;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAIN_BEFORE]);
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

  if (self->pain_after == pain)
    return;

  self->pain_after = pain;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAIN_AFTER]);
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

  if (note != NULL && note[0] == '\0')
    note = NULL;
  if (g_strcmp0 (self->note, note) == 0)
    return;

  g_free (self->note);
  self->note = g_strdup (note);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTE]);
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

/**
 * rb_journal_entry_is_run:
 * @self: a #RbJournalEntry
 *
 * Returns: whether the entry has a run record: a run logged by hand, or
 *   a guided run/walk session given one
 */
gboolean
rb_journal_entry_is_run (RbJournalEntry *self)
{
  g_return_val_if_fail (RB_IS_JOURNAL_ENTRY (self), FALSE);

  return self->run;
}

/**
 * rb_journal_entry_set_run:
 * @self: a #RbJournalEntry of kind session
 * @intervals: run intervals done, or -1
 * @seconds: how long the run lasted, or -1
 * @distance: the distance in metres, or -1
 *
 * Gives the entry a run record; each part is optional.
 */
void
rb_journal_entry_set_run (RbJournalEntry *self,
                          int             intervals,
                          int             seconds,
                          int             distance)
{
  g_return_if_fail (RB_IS_JOURNAL_ENTRY (self));
  g_return_if_fail (self->kind == RB_JOURNAL_KIND_SESSION);
  g_return_if_fail (intervals >= -1 && intervals <= 1000);
  g_return_if_fail (seconds >= -1);
  g_return_if_fail (distance >= -1 && distance <= RB_JOURNAL_RUN_MAX_DISTANCE);

  self->run = TRUE;
  self->run_intervals = intervals;
  self->run_seconds = seconds;
  self->run_distance = distance;
}

/**
 * rb_journal_entry_get_run_intervals:
 * @self: a #RbJournalEntry
 *
 * Returns: the run intervals done, or -1
 */
int
rb_journal_entry_get_run_intervals (RbJournalEntry *self)
{
  g_return_val_if_fail (RB_IS_JOURNAL_ENTRY (self), -1);

  return self->run_intervals;
}

/**
 * rb_journal_entry_get_run_seconds:
 * @self: a #RbJournalEntry
 *
 * Returns: how long the run lasted, in seconds, or -1
 */
int
rb_journal_entry_get_run_seconds (RbJournalEntry *self)
{
  g_return_val_if_fail (RB_IS_JOURNAL_ENTRY (self), -1);

  return self->run_seconds;
}

/**
 * rb_journal_entry_get_run_distance:
 * @self: a #RbJournalEntry
 *
 * Returns: the run's distance in metres, or -1
 */
int
rb_journal_entry_get_run_distance (RbJournalEntry *self)
{
  g_return_val_if_fail (RB_IS_JOURNAL_ENTRY (self), -1);

  return self->run_distance;
}

/**
 * rb_journal_entry_get_pain_during:
 * @self: a #RbJournalEntry
 *
 * Returns: the worst pain during a session or run, or
 *   %RB_JOURNAL_PAIN_NONE
 */
int
rb_journal_entry_get_pain_during (RbJournalEntry *self)
{
  g_return_val_if_fail (RB_IS_JOURNAL_ENTRY (self), RB_JOURNAL_PAIN_NONE);

  return self->pain_during;
}

void
rb_journal_entry_set_pain_during (RbJournalEntry *self,
                                  int             pain)
{
  g_return_if_fail (RB_IS_JOURNAL_ENTRY (self));
  g_return_if_fail (pain >= RB_JOURNAL_PAIN_NONE && pain <= 10);

  self->pain_during = pain;
}

/**
 * rb_journal_entry_get_pain_next_morning:
 * @self: a #RbJournalEntry
 *
 * Returns: the pain the morning after a session or run, or
 *   %RB_JOURNAL_PAIN_NONE
 */
int
rb_journal_entry_get_pain_next_morning (RbJournalEntry *self)
{
  g_return_val_if_fail (RB_IS_JOURNAL_ENTRY (self), RB_JOURNAL_PAIN_NONE);

  return self->pain_next_morning;
}

void
rb_journal_entry_set_pain_next_morning (RbJournalEntry *self,
                                        int             pain)
{
  g_return_if_fail (RB_IS_JOURNAL_ENTRY (self));
  g_return_if_fail (pain >= RB_JOURNAL_PAIN_NONE && pain <= 10);

  self->pain_next_morning = pain;
}

/**
 * rb_journal_entry_get_redness:
 * @self: a #RbJournalEntry
 *
 * Returns: for a check-in, 1 when the knee is red, 0 when it is not, -1
 *   when not said
 */
int
rb_journal_entry_get_redness (RbJournalEntry *self)
{
  g_return_val_if_fail (RB_IS_JOURNAL_ENTRY (self), -1);

  return self->redness;
}

void
rb_journal_entry_set_redness (RbJournalEntry *self,
                              int             redness)
{
  g_return_if_fail (RB_IS_JOURNAL_ENTRY (self));
  g_return_if_fail (redness >= -1 && redness <= 1);

  self->redness = redness;
}

/**
 * rb_journal_entry_get_warmth:
 * @self: a #RbJournalEntry
 *
 * Returns: for a check-in, 1 when the knee feels warm, 0 when it does
 *   not, -1 when not said
 */
int
rb_journal_entry_get_warmth (RbJournalEntry *self)
{
  g_return_val_if_fail (RB_IS_JOURNAL_ENTRY (self), -1);

  return self->warmth;
}

void
rb_journal_entry_set_warmth (RbJournalEntry *self,
                             int             warmth)
{
  g_return_if_fail (RB_IS_JOURNAL_ENTRY (self));
  g_return_if_fail (warmth >= -1 && warmth <= 1);

  self->warmth = warmth;
}

/**
 * rb_journal_entry_get_limits_daily_activities:
 * @self: a #RbJournalEntry
 *
 * Returns: for a check-in, 1 when the pain gets in the way of daily
 *   activities, 0 when it does not, -1 when not said
 */
int
rb_journal_entry_get_limits_daily_activities (RbJournalEntry *self)
{
  g_return_val_if_fail (RB_IS_JOURNAL_ENTRY (self), -1);

  return self->limits_daily;
}

void
rb_journal_entry_set_limits_daily_activities (RbJournalEntry *self,
                                              int             limits)
{
  g_return_if_fail (RB_IS_JOURNAL_ENTRY (self));
  g_return_if_fail (limits >= -1 && limits <= 1);

  self->limits_daily = limits;
}

/**
 * rb_journal_entry_get_max_pain:
 * @self: a #RbJournalEntry
 *
 * Returns: the worst of the pains recorded (before, during, after, the
 *   next morning), or %RB_JOURNAL_PAIN_NONE
 */
int
rb_journal_entry_get_max_pain (RbJournalEntry *self)
{
  g_return_val_if_fail (RB_IS_JOURNAL_ENTRY (self), RB_JOURNAL_PAIN_NONE);

  return MAX (MAX (self->pain_before, self->pain_during),
              MAX (self->pain_after, self->pain_next_morning));
}

/**
 * rb_journal_entry_get_day:
 * @self: a #RbJournalEntry with a start time
 * @day: (out caller-allocates): the day it started
 *
 * The day is the one where the entry was made, in the UTC offset it was
 * recorded with, so that travelling does not move past entries.
 */
void
rb_journal_entry_get_day (RbJournalEntry *self,
                          GDate          *day)
{
  int y, m, d;

  g_return_if_fail (RB_IS_JOURNAL_ENTRY (self));
  g_return_if_fail (day != NULL);

  g_date_clear (day, 1);
  if (self->started == NULL)
    return;

  g_date_time_get_ymd (self->started, &y, &m, &d);
  g_date_set_dmy (day, d, m, y);
}

/**
 * rb_journal_entry_move_to_day:
 * @self: a #RbJournalEntry with a start time
 * @day: the new day
 *
 * Moves the entry to @day at the same time of day, keeping its UTC
 * offset and its duration: an entry logged on the wrong day is put
 * right this way.
 */
void
rb_journal_entry_move_to_day (RbJournalEntry *self,
                              const GDate    *day)
{
  g_autoptr(GDateTime) started = NULL;
  GDate old;
  int days;

  g_return_if_fail (RB_IS_JOURNAL_ENTRY (self));
  g_return_if_fail (day != NULL && g_date_valid (day));
  g_return_if_fail (self->started != NULL);

  rb_journal_entry_get_day (self, &old);
  days = g_date_days_between (&old, day);
  started = g_date_time_add_days (self->started, days);
  g_return_if_fail (started != NULL);

  if (self->ended != NULL)
    {
      GDateTime *ended = g_date_time_add_days (self->ended, days);

      g_date_time_unref (self->ended);
      self->ended = ended;
    }
  g_date_time_unref (self->started);
  self->started = g_steal_pointer (&started);
}
