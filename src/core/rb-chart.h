/* rb-chart.h: the pain trend, computed from the journal and drawn.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "rb-figure.h"
#include "rb-journal-entry.h"

G_BEGIN_DECLS

/**
 * RbPainDay:
 * @date: the day
 * @before: the highest pain before a session that day, or
 *   %RB_JOURNAL_PAIN_NONE when none was rated
 * @after: the highest pain after a session that day, or
 *   %RB_JOURNAL_PAIN_NONE
 * @check_in: the highest pain of a check-in that day, or
 *   %RB_JOURNAL_PAIN_NONE
 *
 * One day of a pain trend.
 */
typedef struct
{
  GDate date;
  int   before;
  int   after;
  int   check_in;
} RbPainDay;

typedef struct _RbPainTrend RbPainTrend;

#define RB_TYPE_PAIN_TREND (rb_pain_trend_get_type ())

GType            rb_pain_trend_get_type    (void) G_GNUC_CONST;
RbPainTrend     *rb_pain_trend_new         (GListModel    *entries,
                                            const GDate   *from,
                                            const GDate   *to);
RbPainTrend     *rb_pain_trend_ref         (RbPainTrend   *self);
void             rb_pain_trend_unref       (RbPainTrend   *self);
guint            rb_pain_trend_get_n_days  (RbPainTrend   *self);
const RbPainDay *rb_pain_trend_get_day     (RbPainTrend   *self,
                                            guint          index);
char            *rb_pain_trend_dup_summary (RbPainTrend   *self,
                                            const GDate   *today);
void             rb_pain_trend_render      (RbPainTrend   *self,
                                            cairo_t       *cr,
                                            double         x,
                                            double         y,
                                            double         width,
                                            double         height,
                                            RbFigureStyle  style);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RbPainTrend, rb_pain_trend_unref)

G_END_DECLS
