/* rb-journal.h
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rb-journal-entry.h"

G_BEGIN_DECLS

#define RB_TYPE_JOURNAL (rb_journal_get_type ())

G_DECLARE_FINAL_TYPE (RbJournal, rb_journal, RB, JOURNAL, GObject)

RbJournal      *rb_journal_new             (const char     *dir);
RbJournal      *rb_journal_new_default     (void);
const char     *rb_journal_get_path        (RbJournal      *self);
const char     *rb_journal_get_pending_path (RbJournal     *self);
const char     *rb_journal_get_marker_path (RbJournal      *self);
const char     *rb_journal_get_kept_aside  (RbJournal      *self);
const char     *rb_journal_get_marker_kept_aside (RbJournal *self);
gboolean        rb_journal_is_loaded       (RbJournal      *self);
gboolean        rb_journal_is_read_only    (RbJournal      *self);
gboolean        rb_journal_has_unsaved     (RbJournal      *self);
gboolean        rb_journal_load            (RbJournal      *self,
                                            GError        **error);
void            rb_journal_load_async      (RbJournal      *self,
                                            GCancellable   *cancellable,
                                            GAsyncReadyCallback callback,
                                            gpointer        user_data);
gboolean        rb_journal_load_finish     (RbJournal      *self,
                                            GAsyncResult   *result,
                                            GError        **error);
gboolean        rb_journal_save            (RbJournal      *self,
                                            GError        **error);
const GError   *rb_journal_get_load_error  (RbJournal      *self);
const GError   *rb_journal_get_save_error  (RbJournal      *self);
GListModel     *rb_journal_get_entries     (RbJournal      *self);
void            rb_journal_append          (RbJournal      *self,
                                            RbJournalEntry *entry);
gboolean        rb_journal_can_edit        (RbJournal      *self,
                                            RbJournalEntry *entry);
int             rb_journal_remove          (RbJournal      *self,
                                            RbJournalEntry *entry);
void            rb_journal_insert          (RbJournal      *self,
                                            guint           position,
                                            RbJournalEntry *entry);
gboolean        rb_journal_replace         (RbJournal      *self,
                                            RbJournalEntry *old,
                                            RbJournalEntry *entry);
void            rb_journal_dismiss_flag    (RbJournal      *self,
                                            const char     *flag,
                                            const GDate    *date);
gboolean        rb_journal_is_flag_dismissed (RbJournal    *self,
                                            const char     *flag,
                                            const GDate    *date);
GHashTable     *rb_journal_get_dismissed_flags (RbJournal  *self);
GListModel     *rb_journal_read_entries    (const char     *dir,
                                            GError        **error);
char           *rb_journal_format_csv      (GListModel     *entries);
gboolean        rb_journal_export_csv      (GListModel     *entries,
                                            const char     *path,
                                            GError        **error);
gboolean        rb_journal_write_marker    (RbJournal      *self,
                                            RbJournalEntry *entry,
                                            guint           step_index,
                                            GError        **error);
RbJournalEntry *rb_journal_read_marker     (RbJournal      *self,
                                            guint          *step_index,
                                            GError        **error);
gboolean        rb_journal_clear_marker    (RbJournal      *self,
                                            GError        **error);

G_END_DECLS
