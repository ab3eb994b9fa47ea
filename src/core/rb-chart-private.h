/* rb-chart-private.h: what the charts' files share.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * rb-chart.c holds the pain trend, rb-chart-volume.c the weekly volume and
 * rb-chart-draw.c the frame both are drawn in: palette, text, axes,
 * legend and labels thinned to fit.
 */

#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

#include "rb-chart.h"
#include "rb-chart-volume.h"

G_BEGIN_DECLS

typedef struct
{
  double text[3];
  double grid[3];
  double axis[3];
  double before[3];
  double after[3];
  double check_in[3];
  double active[3];
  double running[3];
} RbChartPalette;

typedef enum
{
  RB_CHART_MARK_HOLLOW_CIRCLE,
  RB_CHART_MARK_FILLED_CIRCLE,
  RB_CHART_MARK_DIAMOND,
  RB_CHART_MARK_SOLID_BAR,
  RB_CHART_MARK_HATCHED_BAR,
  RB_CHART_MARK_NUMBER,
} RbChartMark;

typedef struct
{
  RbChartMark   mark;
  const double *color;
  const char   *label;
} RbChartLegendItem;

/* A chart being drawn: its context, text layout and plot area. */
typedef struct
{
  cairo_t              *cr;
  PangoLayout          *layout;
  const RbChartPalette *palette;
  double                font_px;
  double                x, y, width, height;        /* the whole chart */
  double                plot_x, plot_y, plot_w, plot_h;
} RbChartFrame;

const RbChartPalette *rb_chart_get_palette     (RbFigureStyle       style);
void                  rb_chart_frame_begin     (RbChartFrame       *frame,
                                                cairo_t            *cr,
                                                double              x,
                                                double              y,
                                                double              width,
                                                double              height,
                                                RbFigureStyle       style);
void                  rb_chart_frame_end       (RbChartFrame       *frame);
void                  rb_chart_set_color       (cairo_t            *cr,
                                                const double       *rgb);
void                  rb_chart_measure         (RbChartFrame       *frame,
                                                const char         *text,
                                                double             *width,
                                                double             *height);
void                  rb_chart_text            (RbChartFrame       *frame,
                                                const char         *text,
                                                double              x,
                                                double              y,
                                                double              align_x,
                                                double              align_y);
double                rb_chart_legend          (RbChartFrame       *frame,
                                                const RbChartLegendItem *items,
                                                guint               n_items);
void                  rb_chart_layout_plot     (RbChartFrame       *frame,
                                                double              top,
                                                const char         *widest_y_label);
void                  rb_chart_y_axis          (RbChartFrame       *frame,
                                                double              max,
                                                double              step);
void                  rb_chart_x_labels        (RbChartFrame       *frame,
                                                const GDate        *dates,
                                                guint               n);
void                  rb_chart_mark            (cairo_t            *cr,
                                                RbChartMark         mark,
                                                const double       *color,
                                                double              x,
                                                double              y,
                                                double              r);
void                  rb_chart_hatch           (cairo_t            *cr,
                                                const double       *color,
                                                double              x,
                                                double              y,
                                                double              w,
                                                double              h);
double                rb_chart_value_y         (const RbChartFrame *frame,
                                                double              value,
                                                double              max);
double                rb_chart_slot_x          (const RbChartFrame *frame,
                                                guint               index,
                                                guint               n);
char                 *rb_chart_format_date     (const GDate        *date,
                                                gboolean            with_year);
char                 *rb_chart_format_short_date (const GDate      *date);
char                 *rb_chart_describe_range  (const GDate        *from,
                                                const GDate        *to,
                                                const GDate        *today);
void                  rb_chart_local_day       (GDateTime          *time,
                                                GDate              *day);

/* Where rb_pain_trend_render() puts a value of a day, for tests. */
void                  rb_pain_trend_get_point  (RbPainTrend        *self,
                                                double              width,
                                                double              height,
                                                guint               day,
                                                int                 value,
                                                double             *x,
                                                double             *y);
/* Where rb_weekly_volume_render() puts the top of a week's bar. */
void                  rb_weekly_volume_get_bar (RbWeeklyVolume     *self,
                                                double              width,
                                                double              height,
                                                guint               week,
                                                double             *x,
                                                double             *top,
                                                double             *bottom);

G_END_DECLS
