/* rb-chart.c: the pain trend, computed from the journal and drawn.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each day shows the highest pain before a session, after one and at a
 * check-in, so that a bad session is not averaged away. A rating left
 * out is left out of the chart too, never drawn as 0. The summary says
 * the same in words for screen readers and handouts: averages are over
 * rated sessions, each counted once.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "rb-chart-private.h"

struct _RbPainTrend
{
  grefcount  ref_count;
  GDate      from;
  GDate      to;
  GArray    *days;            /* of RbPainDay, one per day from @from to @to */
  guint      n_before, sum_before;
  guint      n_after, sum_after;
  guint      n_check_in, sum_check_in;
};

G_DEFINE_BOXED_TYPE (RbPainTrend, rb_pain_trend, rb_pain_trend_ref, rb_pain_trend_unref)

#define PAIN_MAX 10

static void
keep_highest (int *day_value,
              int  pain)
{
  if (pain != RB_JOURNAL_PAIN_NONE)
    *day_value = MAX (*day_value, pain);
}

static void
add_entry (RbPainTrend    *self,
           RbJournalEntry *entry)
{
  int before = rb_journal_entry_get_pain_before (entry);
  int after = rb_journal_entry_get_pain_after (entry);
  GDateTime *started = rb_journal_entry_get_started (entry);
  RbPainDay *day;
  GDate date;

  if (started == NULL)
    return;

  rb_chart_local_day (started, &date);
  if (g_date_compare (&date, &self->from) < 0 || g_date_compare (&date, &self->to) > 0)
    return;

  day = &g_array_index (self->days, RbPainDay, g_date_days_between (&self->from, &date));

  /* A check-in records its pain as the pain before. */
  if (rb_journal_entry_get_kind (entry) == RB_JOURNAL_KIND_CHECK_IN)
    {
      keep_highest (&day->check_in, before);
      self->n_check_in += before != RB_JOURNAL_PAIN_NONE;
      self->sum_check_in += MAX (before, 0);
      return;
    }

  keep_highest (&day->before, before);
  keep_highest (&day->after, after);
  self->n_before += before != RB_JOURNAL_PAIN_NONE;
  self->sum_before += MAX (before, 0);
  self->n_after += after != RB_JOURNAL_PAIN_NONE;
  self->sum_after += MAX (after, 0);
}

/* The highest rating of any kind, and the first day it was reached. */
static int
find_highest (RbPainTrend      *self,
              const RbPainDay **when)
{
  int highest = RB_JOURNAL_PAIN_NONE;

  for (guint i = 0; i < self->days->len; i++)
    {
      const RbPainDay *day = &g_array_index (self->days, RbPainDay, i);
      int value = MAX (day->before, MAX (day->after, day->check_in));

      if (value > highest)
        {
          highest = value;
          *when = day;
        }
    }

  return highest;
}

/* An average to one decimal, without it when it is whole: "3", "2.5". */
static char *
format_average (guint sum,
                guint n)
{
  double value = round (10.0 * sum / n) / 10;

  if (value == floor (value))
    return g_strdup_printf ("%.0f", value);

  return g_strdup_printf ("%.1f", value);
}

static void
lay_out (RbPainTrend  *self,
         RbChartFrame *frame)
{
  const RbChartPalette *palette = frame->palette;
  RbChartLegendItem legend[] = {
    { RB_CHART_MARK_HOLLOW_CIRCLE, palette->before, C_("pain chart legend", "Before") },
    { RB_CHART_MARK_FILLED_CIRCLE, palette->after, C_("pain chart legend", "After") },
    { RB_CHART_MARK_DIAMOND, palette->check_in, C_("pain chart legend", "Check-in") },
  };

  rb_chart_layout_plot (frame, rb_chart_legend (frame, legend, G_N_ELEMENTS (legend)), "10");
}

static double
mark_size (const RbChartFrame *frame,
           guint               n_days)
{
  return CLAMP (frame->plot_w / MAX (n_days, 1) * 0.28, 2.5, frame->font_px * 0.35);
}

/* Joins a series' rated days, dashed or solid; unrated days are passed
 * over, never drawn as 0.
 */
static void
draw_line (RbPainTrend        *self,
           const RbChartFrame *frame,
           gsize               offset,
           const double       *color,
           gboolean            dashed)
{
  static const double dash[] = { 4, 3 };
  cairo_t *cr = frame->cr;
  gboolean started = FALSE;

  for (guint i = 0; i < self->days->len; i++)
    {
      const RbPainDay *day = &g_array_index (self->days, RbPainDay, i);
      int value = G_STRUCT_MEMBER (int, day, offset);
      double x = rb_chart_slot_x (frame, i, self->days->len);

      if (value == RB_JOURNAL_PAIN_NONE)
        continue;

      if (started)
        cairo_line_to (cr, x, rb_chart_value_y (frame, value, PAIN_MAX));
      else
        cairo_move_to (cr, x, rb_chart_value_y (frame, value, PAIN_MAX));
      started = TRUE;
    }

  cairo_set_source_rgba (cr, color[0], color[1], color[2], 0.6);
  cairo_set_line_width (cr, dashed ? 1.5 : 2);
  cairo_set_dash (cr, dash, dashed ? 2 : 0, 0);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
}

static void
draw_marks (RbPainTrend        *self,
            const RbChartFrame *frame)
{
  double r = mark_size (frame, self->days->len);

  for (guint i = 0; i < self->days->len; i++)
    {
      const RbPainDay *day = &g_array_index (self->days, RbPainDay, i);
      double x = rb_chart_slot_x (frame, i, self->days->len);

      if (day->check_in != RB_JOURNAL_PAIN_NONE)
        rb_chart_mark (frame->cr, RB_CHART_MARK_DIAMOND, frame->palette->check_in,
                       x, rb_chart_value_y (frame, day->check_in, PAIN_MAX), r);
      if (day->before != RB_JOURNAL_PAIN_NONE)
        rb_chart_mark (frame->cr, RB_CHART_MARK_HOLLOW_CIRCLE, frame->palette->before,
                       x, rb_chart_value_y (frame, day->before, PAIN_MAX), r);
      if (day->after != RB_JOURNAL_PAIN_NONE)
        rb_chart_mark (frame->cr, RB_CHART_MARK_FILLED_CIRCLE, frame->palette->after,
                       x, rb_chart_value_y (frame, day->after, PAIN_MAX), r);
    }
}

/**
 * rb_pain_trend_new:
 * @entries: (element-type RbJournalEntry): the journal's entries
 * @from: the first day
 * @to: the last day, on or after @from
 *
 * Collects the pain ratings of @entries started (in local time) from
 * @from to @to, both included.
 *
 * Returns: (transfer full): a new #RbPainTrend
 */
RbPainTrend *
rb_pain_trend_new (GListModel  *entries,
                   const GDate *from,
                   const GDate *to)
{
  RbPainTrend *self;
  guint n_days;

  g_return_val_if_fail (G_IS_LIST_MODEL (entries), NULL);
  g_return_val_if_fail (from != NULL && g_date_valid (from), NULL);
  g_return_val_if_fail (to != NULL && g_date_valid (to), NULL);
  g_return_val_if_fail (g_date_compare (from, to) <= 0, NULL);

  self = g_new0 (RbPainTrend, 1);
  g_ref_count_init (&self->ref_count);
  self->from = *from;
  self->to = *to;

  n_days = g_date_days_between (from, to) + 1;
  self->days = g_array_sized_new (FALSE, TRUE, sizeof (RbPainDay), n_days);
  for (guint i = 0; i < n_days; i++)
    {
      RbPainDay day = { .date = *from, .before = RB_JOURNAL_PAIN_NONE,
                        .after = RB_JOURNAL_PAIN_NONE, .check_in = RB_JOURNAL_PAIN_NONE };

      g_date_add_days (&day.date, i);
      g_array_append_val (self->days, day);
    }

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(RbJournalEntry) entry = g_list_model_get_item (entries, i);

      add_entry (self, entry);
    }

  return self;
}

RbPainTrend *
rb_pain_trend_ref (RbPainTrend *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_ref_count_inc (&self->ref_count);
  return self;
}

void
rb_pain_trend_unref (RbPainTrend *self)
{
  g_return_if_fail (self != NULL);

  if (!g_ref_count_dec (&self->ref_count))
    return;

  g_array_unref (self->days);
  g_free (self);
}

guint
rb_pain_trend_get_n_days (RbPainTrend *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->days->len;
}

/**
 * rb_pain_trend_get_day:
 * @self: a #RbPainTrend
 * @index: a day, 0 for the first
 *
 * Returns: (transfer none): the day's highest ratings
 */
const RbPainDay *
rb_pain_trend_get_day (RbPainTrend *self,
                       guint        index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->days->len, NULL);

  return &g_array_index (self->days, RbPainDay, index);
}

/**
 * rb_pain_trend_dup_summary:
 * @self: a #RbPainTrend
 * @today: (nullable): today, to say "over the last 4 weeks" of days that
 *   end today
 *
 * The chart in one sentence, for screen readers and print: "Pain over the
 * last 4 weeks: before sessions 3 on average, after 2; highest 6 on 3
 * December."
 *
 * Returns: (transfer full): the summary
 */
char *
rb_pain_trend_dup_summary (RbPainTrend *self,
                           const GDate *today)
{
  g_autofree char *range = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *day = NULL;
  const RbPainDay *when = NULL;
  int highest;

  g_return_val_if_fail (self != NULL, NULL);

  range = rb_chart_describe_range (&self->from, &self->to, today);
  highest = find_highest (self, &when);
  if (highest == RB_JOURNAL_PAIN_NONE)
    /* Translators: %s says which days, such as "over the last 4 weeks". */
    return g_strdup_printf (_("Pain %s: nothing rated."), range);

  day = rb_chart_format_date (&when->date, g_date_get_year (&self->from) != g_date_get_year (&self->to));
  if (self->n_before > 0)
    before = format_average (self->sum_before, self->n_before);
  if (self->n_after > 0)
    after = format_average (self->sum_after, self->n_after);

  if (before != NULL && after != NULL)
    /* Translators: "Pain over the last 4 weeks: before sessions 3 on average,
     * after 2; highest 6 on 3 December." */
    return g_strdup_printf (_("Pain %s: before sessions %s on average, after %s; highest %d on %s."),
                            range, before, after, highest, day);
  if (before != NULL)
    return g_strdup_printf (_("Pain %s: before sessions %s on average; highest %d on %s."),
                            range, before, highest, day);
  if (after != NULL)
    return g_strdup_printf (_("Pain %s: after sessions %s on average; highest %d on %s."),
                            range, after, highest, day);

  before = format_average (self->sum_check_in, self->n_check_in);
  return g_strdup_printf (_("Pain %s: check-ins %s on average; highest %d on %s."),
                          range, before, highest, day);
}

/**
 * rb_pain_trend_render:
 * @self: a #RbPainTrend
 * @cr: a cairo context
 * @x: left edge of the target rectangle
 * @y: top edge of the target rectangle
 * @width: width of the target rectangle
 * @height: height of the target rectangle
 * @style: colours for a light or dark screen, or black and grey for print
 *
 * Draws the chart in the rectangle, and nowhere else, over whatever is
 * there: a legend, a 0–10 scale, the days (labels thinned to fit), pain
 * before as hollow circles on a dashed line, after as filled circles on
 * a solid line and check-ins as diamonds.
 */
void
rb_pain_trend_render (RbPainTrend   *self,
                      cairo_t       *cr,
                      double         x,
                      double         y,
                      double         width,
                      double         height,
                      RbFigureStyle  style)
{
  g_autofree GDate *dates = NULL;
  RbChartFrame frame;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (style <= RB_FIGURE_STYLE_PRINT);

  if (width <= 0 || height <= 0)
    return;

  rb_chart_frame_begin (&frame, cr, x, y, width, height, style);
  lay_out (self, &frame);
  rb_chart_y_axis (&frame, PAIN_MAX, 2);

  dates = g_new (GDate, self->days->len);
  for (guint i = 0; i < self->days->len; i++)
    dates[i] = g_array_index (self->days, RbPainDay, i).date;
  rb_chart_x_labels (&frame, dates, self->days->len);

  draw_line (self, &frame, G_STRUCT_OFFSET (RbPainDay, before), frame.palette->before, TRUE);
  draw_line (self, &frame, G_STRUCT_OFFSET (RbPainDay, after), frame.palette->after, FALSE);
  draw_marks (self, &frame);

  rb_chart_frame_end (&frame);
}

void
rb_pain_trend_get_point (RbPainTrend *self,
                         double       width,
                         double       height,
                         guint        day,
                         int          value,
                         double      *x,
                         double      *y)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);
  RbChartFrame frame;

  rb_chart_frame_begin (&frame, cr, 0, 0, width, height, RB_FIGURE_STYLE_LIGHT);
  lay_out (self, &frame);
  *x = rb_chart_slot_x (&frame, day, self->days->len);
  *y = rb_chart_value_y (&frame, value, PAIN_MAX);
  rb_chart_frame_end (&frame);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}
