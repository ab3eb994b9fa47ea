/* rb-chart-draw.c: the frame the charts are drawn in.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Text size follows the chart's size within 10 to 14 pixels, so that a
 * chart 360 pixels wide stays legible: it shows fewer labels rather than
 * smaller ones. Every series has a shape or a pattern of its own besides
 * its colour, so that none needs colour to be told apart, and print is
 * black and grey only.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "rb-chart-private.h"

static const RbChartPalette palettes[] = {
  [RB_FIGURE_STYLE_LIGHT] = {
    .text = { 0.14, 0.12, 0.19 }, .grid = { 0.87, 0.87, 0.86 }, .axis = { 0.47, 0.46, 0.48 },
    .before = { 0.11, 0.44, 0.85 }, .after = { 0.78, 0.27, 0.00 }, .check_in = { 0.51, 0.24, 0.61 },
    .active = { 0.21, 0.52, 0.89 }, .running = { 0.78, 0.27, 0.00 },
  },
  [RB_FIGURE_STYLE_DARK] = {
    .text = { 0.92, 0.92, 0.92 }, .grid = { 0.27, 0.27, 0.29 }, .axis = { 0.60, 0.60, 0.62 },
    .before = { 0.38, 0.63, 0.92 }, .after = { 1.00, 0.64, 0.28 }, .check_in = { 0.86, 0.54, 0.87 },
    .active = { 0.38, 0.63, 0.92 }, .running = { 1.00, 0.64, 0.28 },
  },
  [RB_FIGURE_STYLE_PRINT] = {
    .text = { 0.0, 0.0, 0.0 }, .grid = { 0.85, 0.85, 0.85 }, .axis = { 0.30, 0.30, 0.30 },
    .before = { 0.0, 0.0, 0.0 }, .after = { 0.0, 0.0, 0.0 }, .check_in = { 0.35, 0.35, 0.35 },
    .active = { 0.60, 0.60, 0.60 }, .running = { 0.0, 0.0, 0.0 },
  },
};

const RbChartPalette *
rb_chart_get_palette (RbFigureStyle style)
{
  return &palettes[style];
}

/* Sets up @frame to draw in the rectangle, clipped to it. */
void
rb_chart_frame_begin (RbChartFrame  *frame,
                      cairo_t       *cr,
                      double         x,
                      double         y,
                      double         width,
                      double         height,
                      RbFigureStyle  style)
{
  PangoFontDescription *font = pango_font_description_from_string ("Sans");

  *frame = (RbChartFrame) { .cr = cr, .palette = &palettes[style],
                            .x = x, .y = y, .width = width, .height = height };
  frame->font_px = CLAMP (MIN (width / 32, height / 16), 10, 14);

  cairo_save (cr);
  cairo_rectangle (cr, x, y, width, height);
  cairo_clip (cr);

  frame->layout = pango_cairo_create_layout (cr);
  pango_font_description_set_absolute_size (font, frame->font_px * PANGO_SCALE);
  pango_layout_set_font_description (frame->layout, font);
  pango_font_description_free (font);
}

void
rb_chart_frame_end (RbChartFrame *frame)
{
  g_clear_object (&frame->layout);
  cairo_restore (frame->cr);
}

void
rb_chart_set_color (cairo_t      *cr,
                    const double *rgb)
{
  cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
}

void
rb_chart_measure (RbChartFrame *frame,
                  const char   *text,
                  double       *width,
                  double       *height)
{
  PangoRectangle logical;

  pango_layout_set_text (frame->layout, text, -1);
  pango_layout_get_pixel_extents (frame->layout, NULL, &logical);
  *width = logical.width;
  *height = logical.height;
}

/* Draws @text in the text colour, its box aligned on (@x, @y) by
 * @align_x and @align_y (0 left or top, 0.5 centre, 1 right or bottom),
 * and kept inside the chart.
 */
void
rb_chart_text (RbChartFrame *frame,
               const char   *text,
               double        x,
               double        y,
               double        align_x,
               double        align_y)
{
  double w, h;

  rb_chart_measure (frame, text, &w, &h);
  x = CLAMP (x - align_x * w, frame->x, MAX (frame->x, frame->x + frame->width - w));
  y = CLAMP (y - align_y * h, frame->y, MAX (frame->y, frame->y + frame->height - h));

  rb_chart_set_color (frame->cr, frame->palette->text);
  cairo_move_to (frame->cr, round (x), round (y));
  pango_cairo_show_layout (frame->cr, frame->layout);
  cairo_new_path (frame->cr);
}

void
rb_chart_hatch (cairo_t      *cr,
                const double *color,
                double        x,
                double        y,
                double        w,
                double        h)
{
  double gap = 5;

  cairo_save (cr);
  cairo_rectangle (cr, x, y, w, h);
  cairo_clip_preserve (cr);
  cairo_set_source_rgba (cr, color[0], color[1], color[2], 0.3);
  cairo_fill (cr);

  rb_chart_set_color (cr, color);
  cairo_set_line_width (cr, 1.5);
  for (double d = -h; d < w; d += gap)
    {
      cairo_move_to (cr, x + d, y + h);
      cairo_line_to (cr, x + d + h, y);
    }
  cairo_stroke (cr);
  cairo_restore (cr);

  cairo_set_line_width (cr, 1);
  rb_chart_set_color (cr, color);
  cairo_rectangle (cr, x + 0.5, y + 0.5, MAX (w - 1, 0), MAX (h - 1, 0));
  cairo_stroke (cr);
}

/* Draws a mark of size @r centred on (@x, @y). The filled circle is
 * smaller than the hollow one, so that both stay visible on one spot.
 */
void
rb_chart_mark (cairo_t      *cr,
               RbChartMark   mark,
               const double *color,
               double        x,
               double        y,
               double        r)
{
  rb_chart_set_color (cr, color);
  switch (mark)
    {
    case RB_CHART_MARK_HOLLOW_CIRCLE:
      cairo_set_line_width (cr, MAX (1.5, r * 0.35));
      cairo_arc (cr, x, y, r * 1.2, 0, 2 * G_PI);
      cairo_stroke (cr);
      break;

    case RB_CHART_MARK_FILLED_CIRCLE:
      cairo_arc (cr, x, y, r * 0.75, 0, 2 * G_PI);
      cairo_fill (cr);
      break;

    case RB_CHART_MARK_DIAMOND:
      cairo_move_to (cr, x, y - r * 1.2);
      cairo_line_to (cr, x + r * 1.2, y);
      cairo_line_to (cr, x, y + r * 1.2);
      cairo_line_to (cr, x - r * 1.2, y);
      cairo_close_path (cr);
      cairo_fill (cr);
      break;

    case RB_CHART_MARK_SOLID_BAR:
      cairo_rectangle (cr, x - r, y - r, 2 * r, 2 * r);
      cairo_fill (cr);
      break;

    case RB_CHART_MARK_HATCHED_BAR:
      rb_chart_hatch (cr, color, x - r, y - r, 2 * r, 2 * r);
      break;

    case RB_CHART_MARK_NUMBER:
    default:
      break;
    }
}

/* Lays the legend out in rows across the top of the chart and draws it.
 *
 * Returns: the y under it
 */
double
rb_chart_legend (RbChartFrame            *frame,
                 const RbChartLegendItem *items,
                 guint                    n_items)
{
  double pad = frame->font_px * 0.5;
  double r = frame->font_px * 0.35;
  double x = frame->x + pad, y = frame->y + pad;
  double row_h = 0;

  for (guint i = 0; i < n_items; i++)
    {
      double w, h, mark_w = frame->font_px * 1.2;

      rb_chart_measure (frame, items[i].label, &w, &h);
      if (items[i].mark == RB_CHART_MARK_NUMBER)
        mark_w = 0;
      if (i > 0 && x + mark_w + w > frame->x + frame->width - pad)
        {
          x = frame->x + pad;
          y += row_h + pad * 0.5;
        }
      row_h = MAX (row_h, h);

      if (items[i].mark != RB_CHART_MARK_NUMBER)
        rb_chart_mark (frame->cr, items[i].mark, items[i].color,
                       x + mark_w / 2 - r * 0.2, y + h / 2, r);
      rb_chart_text (frame, items[i].label, x + mark_w, y, 0, 0);
      x += mark_w + w + frame->font_px * 1.2;
    }

  return y + row_h + pad;
}

/* Places the plot area under @top, leaving room for the y labels on the
 * left and one row of x labels under it.
 */
void
rb_chart_layout_plot (RbChartFrame *frame,
                      double        top,
                      const char   *widest_y_label)
{
  double pad = frame->font_px * 0.5;
  double label_w, label_h;

  rb_chart_measure (frame, widest_y_label, &label_w, &label_h);
  frame->plot_x = frame->x + pad + label_w + pad;
  frame->plot_y = top + label_h / 2;
  frame->plot_w = MAX (1, frame->x + frame->width - pad - frame->plot_x);
  frame->plot_h = MAX (1, frame->y + frame->height - pad - label_h - pad - frame->plot_y);
}

double
rb_chart_value_y (const RbChartFrame *frame,
                  double              value,
                  double              max)
{
  return frame->plot_y + frame->plot_h * (1 - value / max);
}

double
rb_chart_slot_x (const RbChartFrame *frame,
                 guint               index,
                 guint               n)
{
  return frame->plot_x + frame->plot_w * (index + 0.5) / MAX (n, 1);
}

/* Grid lines and labels every @step from 0 to @max, fewer when they
 * would crowd, then the axes.
 */
void
rb_chart_y_axis (RbChartFrame *frame,
                 double        max,
                 double        step)
{
  cairo_t *cr = frame->cr;

  while (frame->plot_h * step / max < frame->font_px * 1.4 && step < max)
    step *= 2;

  cairo_set_line_width (cr, 1);
  for (double v = 0; v <= max + 1e-9; v += step)
    {
      double y = round (rb_chart_value_y (frame, v, max)) + 0.5;
      g_autofree char *label = g_strdup_printf ("%g", v);

      rb_chart_set_color (cr, frame->palette->grid);
      cairo_move_to (cr, frame->plot_x, y);
      cairo_line_to (cr, frame->plot_x + frame->plot_w, y);
      cairo_stroke (cr);
      rb_chart_text (frame, label, frame->plot_x - frame->font_px * 0.4, y, 1, 0.5);
    }

  rb_chart_set_color (cr, frame->palette->axis);
  cairo_move_to (cr, round (frame->plot_x) + 0.5, frame->plot_y);
  cairo_line_to (cr, round (frame->plot_x) + 0.5, frame->plot_y + frame->plot_h);
  cairo_line_to (cr, frame->plot_x + frame->plot_w, frame->plot_y + frame->plot_h);
  cairo_stroke (cr);
}

/* How many slots a label takes: for days, 1, 2 or a whole number of
 * weeks, so that labels fall on the same weekday; for weeks, any.
 */
static guint
label_step (double   slot_w,
            double   label_w,
            gboolean daily)
{
  guint step = (guint) ceil (label_w / MAX (slot_w, 0.01));

  if (step <= 1 || !daily)
    return MAX (step, 1);
  if (step == 2)
    return 2;

  return (step + 6) / 7 * 7;
}

/* Labels the slots under the plot, the last always, then every so many
 * back from it so that none overlap.
 */
void
rb_chart_x_labels (RbChartFrame *frame,
                   const GDate  *dates,
                   guint         n)
{
  double widest = 0, w, h;
  double bottom = frame->plot_y + frame->plot_h;
  gboolean daily = n > 1 && g_date_days_between (&dates[0], &dates[1]) == 1;
  guint step;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *label = rb_chart_format_short_date (&dates[i]);

      rb_chart_measure (frame, label, &w, &h);
      widest = MAX (widest, w);
    }
  step = label_step (frame->plot_w / MAX (n, 1), widest + frame->font_px, daily);

  for (guint i = n; i-- > 0;)
    {
      g_autofree char *label = NULL;
      double x;

      if ((n - 1 - i) % step != 0)
        continue;

      x = round (rb_chart_slot_x (frame, i, n)) + 0.5;
      rb_chart_set_color (frame->cr, frame->palette->axis);
      cairo_set_line_width (frame->cr, 1);
      cairo_move_to (frame->cr, x, bottom);
      cairo_line_to (frame->cr, x, bottom + frame->font_px * 0.3);
      cairo_stroke (frame->cr);

      label = rb_chart_format_short_date (&dates[i]);
      rb_chart_text (frame, label, x, bottom + frame->font_px * 0.3, 0.5, 0);
    }
}

static char *
format_date (const GDate *date,
             const char  *format)
{
  g_autoptr(GDateTime) time = g_date_time_new_utc (g_date_get_year (date), g_date_get_month (date),
                                                   g_date_get_day (date), 12, 0, 0);

  return g_date_time_format (time, format);
}

char *
rb_chart_format_date (const GDate *date,
                      gboolean     with_year)
{
  if (with_year)
    /* Translators: a day in a chart's summary, such as "3 December 2026"; see
     * g_date_time_format() for the codes. */
    return format_date (date, C_("chart", "%-d %B %Y"));

  /* Translators: a day in a chart's summary, such as "3 December". */
  return format_date (date, C_("chart", "%-d %B"));
}

char *
rb_chart_format_short_date (const GDate *date)
{
  /* Translators: a day under a chart's axis, such as "3 Dec". */
  return format_date (date, C_("chart", "%-d %b"));
}

/* Says which days a summary covers: "over the last 4 weeks" when they
 * end on @today, otherwise "from 3 November to 30 November".
 */
char *
rb_chart_describe_range (const GDate *from,
                         const GDate *to,
                         const GDate *today)
{
  guint days = g_date_days_between (from, to) + 1;
  gboolean with_year = g_date_get_year (from) != g_date_get_year (to);
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;

  if (today != NULL && g_date_compare (to, today) == 0)
    {
      if (days == 7)
        return g_strdup (_("over the last week"));
      if (days % 7 == 0)
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "over the last %u week",
                                             "over the last %u weeks", days / 7), days / 7);
      if (days == 1)
        return g_strdup (_("today"));
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "over the last %u day",
                                           "over the last %u days", days), days);
    }

  first = rb_chart_format_date (from, with_year);
  last = rb_chart_format_date (to, with_year);
  /* Translators: the days a chart's summary covers, such as "from 3 November
   * to 30 November". */
  return g_strdup_printf (_("from %s to %s"), first, last);
}

/* The day of @time where the user is, as the rest of the core does. */
void
rb_chart_local_day (GDateTime *time,
                    GDate     *day)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (time);
  int y, m, d;

  g_date_time_get_ymd (local, &y, &m, &d);
  g_date_clear (day, 1);
  g_date_set_dmy (day, d, m, y);
}
