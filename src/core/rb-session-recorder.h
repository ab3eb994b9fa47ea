/* rb-session-recorder.h
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rb-journal.h"
#include "rb-session.h"

G_BEGIN_DECLS

#define RB_TYPE_SESSION_RECORDER (rb_session_recorder_get_type ())

G_DECLARE_FINAL_TYPE (RbSessionRecorder, rb_session_recorder, RB, SESSION_RECORDER, GObject)

RbSessionRecorder *rb_session_recorder_new             (RbSession         *session,
                                                        RbJournal         *journal);
RbSession         *rb_session_recorder_get_session     (RbSessionRecorder *self);
RbJournal         *rb_session_recorder_get_journal     (RbSessionRecorder *self);
int                rb_session_recorder_get_pain_before (RbSessionRecorder *self);
void               rb_session_recorder_set_pain_before (RbSessionRecorder *self,
                                                        int                pain);
RbJournalEntry    *rb_session_recorder_save            (RbSessionRecorder *self,
                                                        int                pain_after,
                                                        const char        *note,
                                                        GError           **error);
void               rb_session_recorder_set_plan        (RbSessionRecorder *self,
                                                        const char        *plan_id,
                                                        const GDate       *planned_date);
gboolean           rb_session_recorder_discard         (RbSessionRecorder *self,
                                                        GError           **error);

G_END_DECLS
