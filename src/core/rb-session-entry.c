/* rb-session-entry.c
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rb-session-entry.h"

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
