/* rb-adherence.h: planned sessions done, and the streak.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rb-schedule.h"

G_BEGIN_DECLS

/**
 * RbAdherence:
 * @planned: occurrences planned, those the user skipped left out
 * @done: done in full
 * @partial: done in part; each counts as half a session done
 * @missed: planned on a day gone by and not done
 *
 * How many planned sessions were done, in a week or since the plans
 * began. rb_adherence_get_done() counts the partial ones as halves.
 */
typedef struct
{
  guint planned;
  guint done;
  guint partial;
  guint missed;
} RbAdherence;

void    rb_adherence_count_week    (GPtrArray         *scheduled,
                                    const GDate       *today,
                                    GDateWeekday       first_weekday,
                                    RbAdherence       *week);
void    rb_adherence_count_to_date (GPtrArray         *scheduled,
                                    const GDate       *today,
                                    RbAdherence       *to_date);
double  rb_adherence_get_done      (const RbAdherence *self);
double  rb_adherence_get_ratio     (const RbAdherence *self);
char   *rb_adherence_dup_summary   (const RbAdherence *self);
guint   rb_adherence_get_streak    (GPtrArray         *scheduled,
                                    const GDate       *today);
char   *rb_adherence_dup_streak_summary (guint         streak);

G_END_DECLS
