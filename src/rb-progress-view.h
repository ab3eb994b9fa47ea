/* rb-progress-view.h
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rb-clock.h"
#include "rb-journal.h"
#include "rb-library.h"
#include "rb-plan-store.h"

G_BEGIN_DECLS

#define RB_TYPE_PROGRESS_VIEW (rb_progress_view_get_type ())

G_DECLARE_FINAL_TYPE (RbProgressView, rb_progress_view, RB, PROGRESS_VIEW, AdwBin)

void        rb_progress_view_set_sources   (RbProgressView *self,
                                            RbLibrary      *library,
                                            RbJournal      *journal,
                                            RbPlanStore    *plans,
                                            RbClock        *clock);
void        rb_progress_view_refresh       (RbProgressView *self);
const char *rb_progress_view_get_state     (RbProgressView *self);
void        rb_progress_view_edit_entry    (RbProgressView *self,
                                            RbJournalEntry *entry);
void        rb_progress_view_delete_entry  (RbProgressView *self,
                                            RbJournalEntry *entry);
gboolean    rb_progress_view_export        (RbProgressView *self,
                                            const char     *path);

G_END_DECLS
