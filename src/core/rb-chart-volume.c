/* rb-chart-volume.c: sessions and minutes a week, computed and drawn.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Weeks are whole: the first holds @from and the last @to, each starting
 * on the given weekday. A week's bar is its active minutes; the part of
 * them spent running or walking is hatched at its foot, and the number of
 * sessions stands over it, so that no measure needs colour to be read.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "rb-chart-private.h"

struct _RbWeeklyVolume
{
  grefcount  ref_count;
  GDate      from;
  GDate      to;
  GArray    *weeks;       /* of RbVolumeWeek */
};

G_DEFINE_BOXED_TYPE (RbWeeklyVolume, rb_weekly_volume, rb_weekly_volume_ref, rb_weekly_volume_unref)

static guint
running_seconds (RbJournalEntry *entry)
{
  guint total = 0;

  for (guint i = 0; i < rb_journal_entry_get_n_items (entry); i++)
    {
      const RbJournalItem *item = rb_journal_entry_get_item (entry, i);

      if (item->exercise_id == NULL)
        total += item->seconds;
    }

  return total;
}

static void
add_entry (RbWeeklyVolume *self,
           RbJournalEntry *entry)
{
  GDateTime *started = rb_journal_entry_get_started (entry);
  const GDate *first = &g_array_index (self->weeks, RbVolumeWeek, 0).start;
  RbVolumeWeek *week;
  GDate date;
  int index;

  if (started == NULL || rb_journal_entry_get_kind (entry) != RB_JOURNAL_KIND_SESSION)
    return;

  rb_chart_local_day (started, &date);
  if (g_date_compare (&date, first) < 0)
    return;
  index = g_date_days_between (first, &date) / 7;
  if ((guint) index >= self->weeks->len)
    return;

  week = &g_array_index (self->weeks, RbVolumeWeek, index);
  week->sessions++;
  week->active_seconds += rb_journal_entry_get_active_seconds (entry);
  week->running_seconds += running_seconds (entry);
}

static guint
to_minutes (guint seconds)
{
  return (seconds + 30) / 60;
}

/* A round step for the minutes' scale, and the top of it. */
static double
scale_step (guint   max_minutes,
            double *top)
{
  static const guint steps[] = { 10, 15, 30, 60, 90, 120, 180, 240, 360, 480, 600 };
  guint step = steps[G_N_ELEMENTS (steps) - 1];

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (max_minutes <= steps[i] * 4)
      {
        step = steps[i];
        break;
      }

  *top = MAX (step * ceil ((double) MAX (max_minutes, 1) / step), step * 2);
  return step;
}

/* Lays out the legend and the plot; returns the top of the scale. */
static double
lay_out (RbWeeklyVolume *self,
         RbChartFrame   *frame,
         double         *step)
{
  const RbChartPalette *palette = frame->palette;
  RbChartLegendItem legend[] = {
    { RB_CHART_MARK_SOLID_BAR, palette->active, C_("volume chart legend", "Active minutes") },
    { RB_CHART_MARK_HATCHED_BAR, palette->running, C_("volume chart legend", "Running") },
    { RB_CHART_MARK_NUMBER, palette->text, C_("volume chart legend", "Number on top: sessions") },
  };
  guint max_minutes = 0;
  g_autofree char *widest = NULL;
  double top;

  for (guint i = 0; i < self->weeks->len; i++)
    max_minutes = MAX (max_minutes, to_minutes (g_array_index (self->weeks, RbVolumeWeek, i).active_seconds));
  *step = scale_step (max_minutes, &top);
  widest = g_strdup_printf ("%g", top);

  rb_chart_layout_plot (frame, rb_chart_legend (frame, legend, G_N_ELEMENTS (legend)), widest);

  /* Room over the tallest bar for its number of sessions. */
  frame->plot_y += frame->font_px * 1.2;
  frame->plot_h = MAX (1, frame->plot_h - frame->font_px * 1.2);

  return top;
}

static void
bar_geometry (const RbChartFrame *frame,
              guint               index,
              guint               n,
              double             *x,
              double             *width)
{
  *width = MIN (frame->plot_w / MAX (n, 1) * 0.6, frame->font_px * 4);
  *x = rb_chart_slot_x (frame, index, n) - *width / 2;
}

static void
draw_bars (RbWeeklyVolume     *self,
           RbChartFrame       *frame,
           double              top)
{
  guint n = self->weeks->len;
  double bottom = frame->plot_y + frame->plot_h;

  for (guint i = 0; i < n; i++)
    {
      const RbVolumeWeek *week = &g_array_index (self->weeks, RbVolumeWeek, i);
      double active_y = rb_chart_value_y (frame, week->active_seconds / 60.0, top);
      double running_y = rb_chart_value_y (frame, week->running_seconds / 60.0, top);
      double x, w;

      bar_geometry (frame, i, n, &x, &w);
      rb_chart_set_color (frame->cr, frame->palette->active);
      cairo_rectangle (frame->cr, x, active_y, w, running_y - active_y);
      cairo_fill (frame->cr);
      if (week->running_seconds > 0)
        rb_chart_hatch (frame->cr, frame->palette->running, x, running_y, w, bottom - running_y);

      if (week->sessions > 0)
        {
          g_autofree char *label = g_strdup_printf ("%u", week->sessions);

          rb_chart_text (frame, label, x + w / 2, active_y - frame->font_px * 0.2, 0.5, 1);
        }
    }
}

/**
 * rb_weekly_volume_new:
 * @entries: (element-type RbJournalEntry): the journal's entries
 * @from: a day of the first week
 * @to: a day of the last week, on or after @from
 * @first_weekday: the day weeks start on (rb_schedule_first_weekday())
 *
 * Adds up the sessions started (in local time) in each whole week from
 * the one holding @from to the one holding @to.
 *
 * Returns: (transfer full): a new #RbWeeklyVolume
 */
RbWeeklyVolume *
rb_weekly_volume_new (GListModel   *entries,
                      const GDate  *from,
                      const GDate  *to,
                      GDateWeekday  first_weekday)
{
  RbWeeklyVolume *self;
  GDate start;
  guint n_weeks;

  g_return_val_if_fail (G_IS_LIST_MODEL (entries), NULL);
  g_return_val_if_fail (from != NULL && g_date_valid (from), NULL);
  g_return_val_if_fail (to != NULL && g_date_valid (to), NULL);
  g_return_val_if_fail (g_date_compare (from, to) <= 0, NULL);
  g_return_val_if_fail (g_date_valid_weekday (first_weekday), NULL);

  self = g_new0 (RbWeeklyVolume, 1);
  g_ref_count_init (&self->ref_count);
  self->from = *from;
  self->to = *to;

  start = *from;
  g_date_subtract_days (&start, (g_date_get_weekday (from) - first_weekday + 7) % 7);
  n_weeks = g_date_days_between (&start, to) / 7 + 1;
  self->weeks = g_array_sized_new (FALSE, TRUE, sizeof (RbVolumeWeek), n_weeks);
  for (guint i = 0; i < n_weeks; i++)
    {
      RbVolumeWeek week = { .start = start };

      g_date_add_days (&week.start, 7 * i);
      g_array_append_val (self->weeks, week);
    }

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(RbJournalEntry) entry = g_list_model_get_item (entries, i);

      add_entry (self, entry);
    }

  return self;
}

RbWeeklyVolume *
rb_weekly_volume_ref (RbWeeklyVolume *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_ref_count_inc (&self->ref_count);
  return self;
}

void
rb_weekly_volume_unref (RbWeeklyVolume *self)
{
  g_return_if_fail (self != NULL);

  if (!g_ref_count_dec (&self->ref_count))
    return;

  g_array_unref (self->weeks);
  g_free (self);
}

guint
rb_weekly_volume_get_n_weeks (RbWeeklyVolume *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->weeks->len;
}

/**
 * rb_weekly_volume_get_week:
 * @self: a #RbWeeklyVolume
 * @index: a week, 0 for the first
 *
 * Returns: (transfer none): the week's totals
 */
const RbVolumeWeek *
rb_weekly_volume_get_week (RbWeeklyVolume *self,
                           guint           index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->weeks->len, NULL);

  return &g_array_index (self->weeks, RbVolumeWeek, index);
}

static char *
format_sessions (guint n)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u session", "%u sessions", n), n);
}

static char *
format_minutes (guint n)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u minute", "%u minutes", n), n);
}

/**
 * rb_weekly_volume_dup_summary:
 * @self: a #RbWeeklyVolume
 * @today: (nullable): today, to say "over the last 4 weeks" of weeks
 *   asked up to today
 *
 * The chart in words: "Activity over the last 4 weeks: 9 sessions,
 * 190 minutes active, 65 of them running; busiest week from 24 November:
 * 4 sessions, 80 minutes."
 *
 * Returns: (transfer full): the summary
 */
char *
rb_weekly_volume_dup_summary (RbWeeklyVolume *self,
                              const GDate    *today)
{
  g_autofree char *range = NULL;
  g_autofree char *sessions = NULL, *active = NULL, *running = NULL;
  g_autofree char *busiest_day = NULL, *busiest_sessions = NULL, *busiest_minutes = NULL;
  const RbVolumeWeek *busiest = NULL;
  guint n_sessions = 0, active_s = 0, running_s = 0;

  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; i < self->weeks->len; i++)
    {
      const RbVolumeWeek *week = &g_array_index (self->weeks, RbVolumeWeek, i);

      n_sessions += week->sessions;
      active_s += week->active_seconds;
      running_s += week->running_seconds;
      if (week->sessions > 0 && (busiest == NULL || week->active_seconds > busiest->active_seconds))
        busiest = week;
    }

  range = rb_chart_describe_range (&self->from, &self->to, today);
  if (busiest == NULL)
    /* Translators: %s says which days, such as "over the last 4 weeks". */
    return g_strdup_printf (_("Activity %s: no sessions."), range);

  sessions = format_sessions (n_sessions);
  active = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u minute active", "%u minutes active",
                                         to_minutes (active_s)), to_minutes (active_s));
  busiest_day = rb_chart_format_date (&busiest->start, g_date_get_year (&self->from) != g_date_get_year (&self->to));
  busiest_sessions = format_sessions (busiest->sessions);
  busiest_minutes = format_minutes (to_minutes (busiest->active_seconds));

  if (running_s == 0)
    /* Translators: "Activity over the last 4 weeks: 9 sessions, 190 minutes
     * active; busiest week from 24 November: 4 sessions, 80 minutes." */
    return g_strdup_printf (_("Activity %s: %s, %s; busiest week from %s: %s, %s."),
                            range, sessions, active, busiest_day, busiest_sessions, busiest_minutes);

  running = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of them running", "%u of them running",
                                          to_minutes (running_s)), to_minutes (running_s));
  /* Translators: "Activity over the last 4 weeks: 9 sessions, 190 minutes
   * active, 65 of them running; busiest week from 24 November: 4 sessions,
   * 80 minutes." */
  return g_strdup_printf (_("Activity %s: %s, %s, %s; busiest week from %s: %s, %s."),
                          range, sessions, active, running, busiest_day, busiest_sessions, busiest_minutes);
}

/**
 * rb_weekly_volume_render:
 * @self: a #RbWeeklyVolume
 * @cr: a cairo context
 * @x: left edge of the target rectangle
 * @y: top edge of the target rectangle
 * @width: width of the target rectangle
 * @height: height of the target rectangle
 * @style: colours for a light or dark screen, or black and grey for print
 *
 * Draws the chart in the rectangle, and nowhere else, over whatever is
 * there: a legend, a scale of minutes, a bar a week labelled with the
 * week's first day (labels thinned to fit), its running part hatched and
 * its number of sessions on top.
 */
void
rb_weekly_volume_render (RbWeeklyVolume *self,
                         cairo_t        *cr,
                         double          x,
                         double          y,
                         double          width,
                         double          height,
                         RbFigureStyle   style)
{
  g_autofree GDate *dates = NULL;
  RbChartFrame frame;
  double top, step;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (style <= RB_FIGURE_STYLE_PRINT);

  if (width <= 0 || height <= 0)
    return;

  rb_chart_frame_begin (&frame, cr, x, y, width, height, style);
  top = lay_out (self, &frame, &step);
  rb_chart_y_axis (&frame, top, step);

  dates = g_new (GDate, self->weeks->len);
  for (guint i = 0; i < self->weeks->len; i++)
    dates[i] = g_array_index (self->weeks, RbVolumeWeek, i).start;
  rb_chart_x_labels (&frame, dates, self->weeks->len);
  draw_bars (self, &frame, top);

  rb_chart_frame_end (&frame);
}

void
rb_weekly_volume_get_bar (RbWeeklyVolume *self,
                          double          width,
                          double          height,
                          guint           week,
                          double         *x,
                          double         *top,
                          double         *bottom)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);
  const RbVolumeWeek *w = &g_array_index (self->weeks, RbVolumeWeek, week);
  RbChartFrame frame;
  double scale, step;

  rb_chart_frame_begin (&frame, cr, 0, 0, width, height, RB_FIGURE_STYLE_LIGHT);
  scale = lay_out (self, &frame, &step);
  *x = rb_chart_slot_x (&frame, week, self->weeks->len);
  *top = rb_chart_value_y (&frame, w->active_seconds / 60.0, scale);
  *bottom = frame.plot_y + frame.plot_h;
  rb_chart_frame_end (&frame);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}
