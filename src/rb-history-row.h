/* rb-history-row.h
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rb-journal-entry.h"

G_BEGIN_DECLS

/**
 * RbHistoryRowFunc:
 * @entry: the row's entry
 * @user_data: the data given to rb_history_row_new()
 *
 * Called when the user asks to change or to delete @entry.
 */
typedef void (*RbHistoryRowFunc) (RbJournalEntry *entry,
                                  gpointer        user_data);

GtkWidget *rb_history_row_new            (RbJournalEntry   *entry,
                                          gboolean          can_edit,
                                          RbHistoryRowFunc  edit,
                                          RbHistoryRowFunc  delete,
                                          gpointer          user_data);
char      *rb_history_dup_pain_text      (RbJournalEntry   *entry);
char      *rb_history_dup_week_title     (const GDate      *start,
                                          const GDate      *today,
                                          GDateWeekday      first_weekday);
void       rb_history_week_start         (const GDate      *day,
                                          GDateWeekday      first_weekday,
                                          GDate            *start);

G_END_DECLS
