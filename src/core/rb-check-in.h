/* rb-check-in.h: the morning check-in after a run.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rb-journal-entry.h"

G_BEGIN_DECLS

/**
 * RbCheckInStiffness:
 * @RB_CHECK_IN_STIFFNESS_NONE: no stiffness (recorded as 0)
 * @RB_CHECK_IN_STIFFNESS_SOME: some stiffness (recorded as 4)
 * @RB_CHECK_IN_STIFFNESS_A_LOT: a lot of stiffness (recorded as 7)
 *
 * Stiffness as the check-in asks it: three plain answers rather than a
 * second 0–10 scale. The journal keeps 0–10, and "some" is above the
 * progression's usual `advance_max_pain` (2), so that a stiff knee
 * repeats the stage rather than moving up.
 */
typedef enum
{
  RB_CHECK_IN_STIFFNESS_NONE,
  RB_CHECK_IN_STIFFNESS_SOME,
  RB_CHECK_IN_STIFFNESS_A_LOT,
} RbCheckInStiffness;

gboolean        rb_check_in_is_due             (GListModel         *entries,
                                                const GDate        *today,
                                                RbJournalEntry    **run);
gboolean        rb_check_in_is_run             (RbJournalEntry     *entry);
int             rb_check_in_stiffness_to_value (RbCheckInStiffness  stiffness);
RbJournalEntry *rb_check_in_new                (GDateTime          *now,
                                                int                 pain,
                                                gboolean            swelling,
                                                RbCheckInStiffness  stiffness);

G_END_DECLS
