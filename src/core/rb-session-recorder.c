/* rb-session-recorder.c
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rb-session-entry.h"
#include "rb-session-recorder.h"

/* Ties a session to the journal: marks the session in progress at each
 * step (so that a crash loses at most the current step), and writes the
 * journal entry when the user saves the summary. */

struct _RbSessionRecorder
{
  GObject         parent_instance;
  RbSession      *session;
  RbJournal      *journal;
  RbJournalEntry *entry;
  int             pain_before;
  gboolean        closed;
  char           *plan_id;
  GDate           planned_date;
};

G_DEFINE_FINAL_TYPE (RbSessionRecorder, rb_session_recorder, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_JOURNAL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static RbJournalEntry *
create_entry (RbSessionRecorder *self)
{
  RbJournalEntry *entry = rb_session_create_journal_entry (self->session);

  rb_journal_entry_set_pain_before (entry, self->pain_before);
  if (self->plan_id != NULL)
    rb_journal_entry_set_plan (entry, self->plan_id, &self->planned_date);

  return entry;
}

static void
write_marker (RbSessionRecorder *self)
{
  g_autoptr(RbJournalEntry) entry = NULL;
  g_autoptr(GError) error = NULL;

  if (self->closed || rb_session_get_state (self->session) == RB_SESSION_STATE_READY)
    return;

  entry = create_entry (self);
  if (!rb_journal_write_marker (self->journal, entry,
                                rb_session_get_step_index (self->session), &error))
    g_signal_emit (self, signals[FAILED], 0, error);
}

static void
rb_session_recorder_constructed (GObject *object)
{
  RbSessionRecorder *self = RB_SESSION_RECORDER (object);

  G_OBJECT_CLASS (rb_session_recorder_parent_class)->constructed (object);

  g_signal_connect_object (self->session, "step-changed",
                           G_CALLBACK (write_marker), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "finished",
                           G_CALLBACK (write_marker), self, G_CONNECT_SWAPPED);
  write_marker (self);
}

static void
rb_session_recorder_dispose (GObject *object)
{
  RbSessionRecorder *self = RB_SESSION_RECORDER (object);

  g_clear_object (&self->session);
  g_clear_object (&self->journal);
  g_clear_object (&self->entry);
  g_clear_pointer (&self->plan_id, g_free);

  G_OBJECT_CLASS (rb_session_recorder_parent_class)->dispose (object);
}

static void
rb_session_recorder_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  RbSessionRecorder *self = RB_SESSION_RECORDER (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    case PROP_JOURNAL:
      g_value_set_object (value, self->journal);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rb_session_recorder_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  RbSessionRecorder *self = RB_SESSION_RECORDER (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;
    case PROP_JOURNAL:
      self->journal = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rb_session_recorder_class_init (RbSessionRecorderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = rb_session_recorder_constructed;
  object_class->dispose = rb_session_recorder_dispose;
  object_class->get_property = rb_session_recorder_get_property;
  object_class->set_property = rb_session_recorder_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, RB_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_JOURNAL] =
    g_param_spec_object ("journal", NULL, NULL, RB_TYPE_JOURNAL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * RbSessionRecorder::failed:
   * @error: why
   *
   * The in-progress mark could not be written; the session goes on, but
   * the user should know that a crash would lose it.
   */
  signals[FAILED] =
    g_signal_new ("failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1,
                  G_TYPE_ERROR | G_SIGNAL_TYPE_STATIC_SCOPE);
}

static void
rb_session_recorder_init (RbSessionRecorder *self)
{
  self->pain_before = RB_JOURNAL_PAIN_NONE;
  g_date_clear (&self->planned_date, 1);
}

/**
 * rb_session_recorder_new:
 * @session: the session to record
 * @journal: a loaded journal
 *
 * From now on, each step change of @session rewrites the journal's
 * in-progress mark, until rb_session_recorder_save() or
 * rb_session_recorder_discard().
 *
 * Returns: (transfer full): a new #RbSessionRecorder
 */
RbSessionRecorder *
rb_session_recorder_new (RbSession *session,
                         RbJournal *journal)
{
  g_return_val_if_fail (RB_IS_SESSION (session), NULL);
  g_return_val_if_fail (RB_IS_JOURNAL (journal), NULL);

  return g_object_new (RB_TYPE_SESSION_RECORDER,
                       "session", session,
                       "journal", journal,
                       NULL);
}

RbSession *
rb_session_recorder_get_session (RbSessionRecorder *self)
{
  g_return_val_if_fail (RB_IS_SESSION_RECORDER (self), NULL);

  return self->session;
}

RbJournal *
rb_session_recorder_get_journal (RbSessionRecorder *self)
{
  g_return_val_if_fail (RB_IS_SESSION_RECORDER (self), NULL);

  return self->journal;
}

int
rb_session_recorder_get_pain_before (RbSessionRecorder *self)
{
  g_return_val_if_fail (RB_IS_SESSION_RECORDER (self), RB_JOURNAL_PAIN_NONE);

  return self->pain_before;
}

/**
 * rb_session_recorder_set_pain_before:
 * @self: a #RbSessionRecorder
 * @pain: pain from 0 to 10 before the session, or %RB_JOURNAL_PAIN_NONE
 */
void
rb_session_recorder_set_pain_before (RbSessionRecorder *self,
                                     int                pain)
{
  g_return_if_fail (RB_IS_SESSION_RECORDER (self));
  g_return_if_fail (pain >= RB_JOURNAL_PAIN_NONE && pain <= 10);

  self->pain_before = pain;
  write_marker (self);
}

/**
 * rb_session_recorder_save:
 * @self: a #RbSessionRecorder
 * @pain_after: pain from 0 to 10 after, or %RB_JOURNAL_PAIN_NONE
 * @note: (nullable): the user's note
 * @error: return location for a #GError
 *
 * Stops the session if it is still going, appends its entry to the
 * journal, saves the journal and removes the in-progress mark. On error
 * the entry stays appended in memory and the mark stays on disk, so
 * saving again can be tried.
 *
 * Returns: (transfer none) (nullable): the entry written, or %NULL on
 *   error
 */
static void
free_handler_id (gpointer  data,
                 GClosure *closure)
{
  g_free (data);
}

/* Once the journal holds the session, its in-progress mark goes. */
static void
clear_marker_when_saved_cb (RbJournal  *journal,
                            GParamSpec *pspec,
                            gulong     *handler_id)
{
  g_autoptr(GError) error = NULL;

  if (rb_journal_has_unsaved (journal))
    return;

  if (!rb_journal_clear_marker (journal, &error))
    g_warning ("%s", error->message);
  g_signal_handler_disconnect (journal, *handler_id);
}

RbJournalEntry *
rb_session_recorder_save (RbSessionRecorder  *self,
                          int                 pain_after,
                          const char         *note,
                          GError            **error)
{
  g_return_val_if_fail (RB_IS_SESSION_RECORDER (self), NULL);
  g_return_val_if_fail (pain_after >= RB_JOURNAL_PAIN_NONE && pain_after <= 10, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  g_return_val_if_fail (self->entry != NULL || !self->closed, NULL);

  /* On a retry after a failed save, the entry is already appended. */
  if (self->entry == NULL)
    {
      self->closed = TRUE;
      rb_session_stop (self->session);
      self->entry = create_entry (self);
      rb_journal_entry_set_pain_after (self->entry, pain_after);
      rb_journal_entry_set_note (self->entry, note);
      rb_journal_append (self->journal, self->entry);
    }

  if (!rb_journal_save (self->journal, error))
    {
      gulong *handler_id = g_new0 (gulong, 1);

      /* The entry stays in the journal's memory, and the mark on disk,
       * until a later save of the journal succeeds. */
      *handler_id = g_signal_connect_data (self->journal, "notify::unsaved",
                                           G_CALLBACK (clear_marker_when_saved_cb),
                                           handler_id, free_handler_id, 0);
      return NULL;
    }

  if (!rb_journal_clear_marker (self->journal, error))
    return NULL;

  return self->entry;
}

/**
 * rb_session_recorder_discard:
 * @self: a #RbSessionRecorder
 * @error: return location for a #GError
 *
 * Stops the session if it is still going and removes the in-progress
 * mark without writing anything to the journal.
 *
 * Returns: %TRUE on success
 */
gboolean
rb_session_recorder_discard (RbSessionRecorder  *self,
                             GError            **error)
{
  g_return_val_if_fail (RB_IS_SESSION_RECORDER (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  g_return_val_if_fail (self->entry == NULL, FALSE);

  self->closed = TRUE;
  rb_session_stop (self->session);

  return rb_journal_clear_marker (self->journal, error);
}

/**
 * rb_session_recorder_set_plan:
 * @self: a #RbSessionRecorder
 * @plan_id: (nullable): the plan the session is done for
 * @planned_date: (nullable): the plan's day for it, before any move
 *
 * Records the session as that occurrence of the plan, so that the
 * calendar shows it done. Both or neither.
 */
void
rb_session_recorder_set_plan (RbSessionRecorder *self,
                              const char        *plan_id,
                              const GDate       *planned_date)
{
  g_return_if_fail (RB_IS_SESSION_RECORDER (self));
  g_return_if_fail ((plan_id == NULL) == (planned_date == NULL));

  g_free (self->plan_id);
  self->plan_id = g_strdup (plan_id);
  if (planned_date != NULL)
    self->planned_date = *planned_date;
  else
    g_date_clear (&self->planned_date, 1);
  write_marker (self);
}
