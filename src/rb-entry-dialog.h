/* rb-entry-dialog.h
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rb-journal-entry.h"

G_BEGIN_DECLS

GtkWidget      *rb_entry_dialog_new        (GtkWindow      *parent,
                                            RbJournalEntry *entry);
RbJournalEntry *rb_entry_dialog_get_entry  (GtkWidget      *dialog);
RbJournalEntry *rb_entry_dialog_dup_edited (GtkWidget      *dialog);

G_END_DECLS
