/* rb-session-entry.h
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rb-journal-entry.h"
#include "rb-program.h"
#include "rb-session.h"

G_BEGIN_DECLS

const RbProgramSession *rb_session_entry_resolve        (RbJournalEntry *entry,
                                                         RbProgram      *program,
                                                         guint          *index);
void                    rb_session_start_at             (RbSession      *self,
                                                         guint           step_index,
                                                         RbJournalEntry *earlier);
RbJournalEntry         *rb_session_create_journal_entry (RbSession      *self);
RbSession              *rb_session_entry_resume         (RbJournalEntry *earlier,
                                                         guint           step_index,
                                                         RbProgram      *program,
                                                         RbClock        *clock);

G_END_DECLS
