/* rb-chart-volume.h: sessions and minutes a week, computed and drawn.
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
 * RbVolumeWeek:
 * @start: the week's first day
 * @sessions: sessions started that week, partial ones included;
 *   check-ins are not sessions
 * @active_seconds: their active seconds
 *   (rb_journal_entry_get_active_seconds())
 * @running_seconds: the part of @active_seconds spent in run/walk items
 *
 * One week of a weekly volume.
 */
typedef struct
{
  GDate start;
  guint sessions;
  guint active_seconds;
  guint running_seconds;
} RbVolumeWeek;

typedef struct _RbWeeklyVolume RbWeeklyVolume;

#define RB_TYPE_WEEKLY_VOLUME (rb_weekly_volume_get_type ())

GType               rb_weekly_volume_get_type    (void) G_GNUC_CONST;
RbWeeklyVolume     *rb_weekly_volume_new         (GListModel     *entries,
                                                  const GDate    *from,
                                                  const GDate    *to,
                                                  GDateWeekday    first_weekday);
RbWeeklyVolume     *rb_weekly_volume_ref         (RbWeeklyVolume *self);
void                rb_weekly_volume_unref       (RbWeeklyVolume *self);
guint               rb_weekly_volume_get_n_weeks (RbWeeklyVolume *self);
const RbVolumeWeek *rb_weekly_volume_get_week    (RbWeeklyVolume *self,
                                                  guint           index);
char               *rb_weekly_volume_dup_summary (RbWeeklyVolume *self,
                                                  const GDate    *today);
void                rb_weekly_volume_render      (RbWeeklyVolume *self,
                                                  cairo_t        *cr,
                                                  double          x,
                                                  double          y,
                                                  double          width,
                                                  double          height,
                                                  RbFigureStyle   style);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RbWeeklyVolume, rb_weekly_volume_unref)

G_END_DECLS
