/* test-chart.c: the pain trend, the weekly volume and adherence.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Charts are rendered to PNG in a temporary folder, and also into
 * $RB_TEST_CHART_DIR when it is set, so that they can be looked at.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "rb-adherence.h"
#include "rb-chart-private.h"
#include "rb-content-private.h"

#define NONE RB_JOURNAL_PAIN_NONE
#define MARGIN 8

static GDate
ymd (guint y,
     guint m,
     guint d)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, d, m, y);
  return date;
}

/* A session (or check-in) started at 08:00 local time on the day, with
 * @strength seconds of an exercise and @running seconds of run/walk.
 */
static RbJournalEntry *
make_entry (RbJournalKind kind,
            const char   *day,
            int           before,
            int           after,
            guint         strength,
            guint         running)
{
  RbJournalEntry *entry = rb_journal_entry_new (kind);
  g_autoptr(GDateTime) started = NULL;
  GDate date;

  g_assert_true (rb_date_from_iso (day, &date));
  started = g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date),
                                   g_date_get_day (&date), 8, 0, 0);
  rb_journal_entry_set_title (entry, "Session");
  rb_journal_entry_set_started (entry, started);
  rb_journal_entry_set_pain_before (entry, before);
  rb_journal_entry_set_pain_after (entry, after);
  if (strength > 0)
    rb_journal_entry_add_item (entry, &(RbJournalItem) { .exercise_id = (char *) "squat", .title = (char *) "Squat",
                                                         .seconds = strength });
  if (running > 0)
    rb_journal_entry_add_item (entry, &(RbJournalItem) { .title = (char *) "Run/walk", .seconds = running });

  return entry;
}

static void
add (GListStore   *store,
     RbJournalKind kind,
     const char   *day,
     int           before,
     int           after,
     guint         strength,
     guint         running)
{
  g_autoptr(RbJournalEntry) entry = make_entry (kind, day, before, after, strength, running);

  g_list_store_append (store, entry);
}

#define SESSION(store, day, before, after) add (store, RB_JOURNAL_KIND_SESSION, day, before, after, 600, 0)
#define CHECK_IN(store, day, pain) add (store, RB_JOURNAL_KIND_CHECK_IN, day, pain, NONE, 0, 0)

/* Rendering */

typedef void (*RenderFunc) (gpointer       chart,
                            cairo_t       *cr,
                            double         x,
                            double         y,
                            double         width,
                            double         height,
                            RbFigureStyle  style);

static const double backgrounds[][3] = {
  [RB_FIGURE_STYLE_LIGHT] = { 1, 1, 1 },
  [RB_FIGURE_STYLE_DARK] = { 0.14, 0.14, 0.14 },
  [RB_FIGURE_STYLE_PRINT] = { 1, 1, 1 },
};

static guint32
to_pixel (const double *rgb)
{
  return 0xff000000u | (guint32) (rgb[0] * 255 + 0.5) << 16 |
         (guint32) (rgb[1] * 255 + 0.5) << 8 | (guint32) (rgb[2] * 255 + 0.5);
}

static guint32
get_pixel (cairo_surface_t *surface,
           int              x,
           int              y)
{
  const guint8 *data = cairo_image_surface_get_data (surface);

  return *(const guint32 *) (data + y * cairo_image_surface_get_stride (surface) + x * 4);
}

static gboolean
pixel_near (guint32 a,
            guint32 b,
            int     tolerance)
{
  for (int shift = 0; shift < 24; shift += 8)
    if (ABS ((int) ((a >> shift) & 0xff) - (int) ((b >> shift) & 0xff)) > tolerance)
      return FALSE;

  return TRUE;
}

/* Whether a pixel of @rgb is in the rectangle, in chart coordinates. */
static gboolean
has_color (cairo_surface_t *surface,
           const double    *rgb,
           double           x0,
           double           y0,
           double           x1,
           double           y1)
{
  guint32 want = to_pixel (rgb);
  int w = cairo_image_surface_get_width (surface), h = cairo_image_surface_get_height (surface);

  for (int y = MAX (0, (int) y0 + MARGIN); y <= MIN (h - 1, (int) y1 + MARGIN); y++)
    for (int x = MAX (0, (int) x0 + MARGIN); x <= MIN (w - 1, (int) x1 + MARGIN); x++)
      if (pixel_near (get_pixel (surface, x, y), want, 16))
        return TRUE;

  return FALSE;
}

static gboolean
has_color_near (cairo_surface_t *surface,
                const double    *rgb,
                double           x,
                double           y)
{
  return has_color (surface, rgb, x - 5, y - 5, x + 5, y + 5);
}

static void
save (cairo_surface_t *surface,
      const char      *name)
{
  static char *tmp_dir = NULL;
  const char *dir = g_getenv ("RB_TEST_CHART_DIR");
  g_autofree char *path = NULL;

  if (tmp_dir == NULL)
    {
      g_autoptr(GError) error = NULL;

      tmp_dir = g_dir_make_tmp ("test-chart-XXXXXX", &error);
      g_assert_no_error (error);
    }

  path = g_build_filename (tmp_dir, name, NULL);
  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_unlink (path);

  if (dir != NULL)
    {
      g_clear_pointer (&path, g_free);
      path = g_build_filename (dir, name, NULL);
      g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
    }
}

/* Renders @chart inside a margin of background, which must stay as it
 * was: nothing is drawn outside the chart's rectangle.
 */
static cairo_surface_t *
render (RenderFunc     func,
        gpointer       chart,
        int            width,
        int            height,
        RbFigureStyle  style,
        const char    *name)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                                         width + 2 * MARGIN, height + 2 * MARGIN);
  cairo_t *cr = cairo_create (surface);
  guint32 background;
  guint inside = 0;

  cairo_set_source_rgb (cr, backgrounds[style][0], backgrounds[style][1], backgrounds[style][2]);
  cairo_paint (cr);
  cairo_surface_flush (surface);
  background = get_pixel (surface, 0, 0);
  func (chart, cr, MARGIN, MARGIN, width, height, style);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  for (int y = 0; y < height + 2 * MARGIN; y++)
    for (int x = 0; x < width + 2 * MARGIN; x++)
      {
        gboolean in_chart = x >= MARGIN && x < width + MARGIN && y >= MARGIN && y < height + MARGIN;

        if (!in_chart)
          g_assert_cmphex (get_pixel (surface, x, y), ==, background);
        else
          inside += get_pixel (surface, x, y) != background;
      }

  /* Axes, labels, a legend and marks: a good share of the chart. */
  g_assert_cmpuint (inside, >, (guint) (width * height) / 50);

  save (surface, name);
  return surface;
}

static const struct
{
  int         width;
  int         height;
  const char *name;
} sizes[] = {
  { 800, 300, "800x300" },
  { 360, 240, "360x240" },
};

static const char *style_names[] = { "light", "dark", "print" };

/* Pain trend */

/* Four weeks to Sunday 20 December 2026, the table of the summary's
 * example: before 3 and after 2 on average, 6 at a check-in on 3
 * December, and an entry before the range left out.
 */
static GListStore *
four_weeks (void)
{
  GListStore *store = g_list_store_new (RB_TYPE_JOURNAL_ENTRY);

  SESSION (store, "2026-11-20", 9, 9);
  SESSION (store, "2026-11-24", 3, 2);
  SESSION (store, "2026-11-30", 4, 1);
  SESSION (store, "2026-11-30", 2, 3);
  SESSION (store, "2026-12-03", 3, 2);
  CHECK_IN (store, "2026-12-03", 6);
  CHECK_IN (store, "2026-12-07", 1);
  SESSION (store, "2026-12-10", 3, NONE);
  SESSION (store, "2026-12-12", NONE, NONE);
  SESSION (store, "2026-12-18", 3, 2);
  SESSION (store, "2026-12-20", 3, 2);

  return store;
}

static void
test_pain_days (void)
{
  g_autoptr(GListStore) store = four_weeks ();
  GDate from = ymd (2026, 11, 23), to = ymd (2026, 12, 20);
  g_autoptr(RbPainTrend) trend = rb_pain_trend_new (G_LIST_MODEL (store), &from, &to);
  const RbPainDay *day;

  g_assert_cmpuint (rb_pain_trend_get_n_days (trend), ==, 28);

  day = rb_pain_trend_get_day (trend, 0);
  g_assert_cmpint (g_date_compare (&day->date, &from), ==, 0);
  g_assert_cmpint (day->before, ==, NONE);
  g_assert_cmpint (day->after, ==, NONE);
  g_assert_cmpint (day->check_in, ==, NONE);

  /* Two sessions on 30 November: the highest of each. */
  day = rb_pain_trend_get_day (trend, 7);
  g_assert_cmpint (day->before, ==, 4);
  g_assert_cmpint (day->after, ==, 3);

  day = rb_pain_trend_get_day (trend, 10);
  g_assert_cmpint (day->before, ==, 3);
  g_assert_cmpint (day->after, ==, 2);
  g_assert_cmpint (day->check_in, ==, 6);

  /* Unrated stays unrated, never 0. */
  day = rb_pain_trend_get_day (trend, 17);
  g_assert_cmpint (day->before, ==, 3);
  g_assert_cmpint (day->after, ==, NONE);
  day = rb_pain_trend_get_day (trend, 19);
  g_assert_cmpint (day->before, ==, NONE);
  g_assert_cmpint (day->after, ==, NONE);
  g_assert_cmpint (day->check_in, ==, NONE);
}

static void
test_pain_summary (void)
{
  static const struct
  {
    const char *entries;     /* day:kind:before:after, kind s or c, - for none */
    const char *from, *to, *today;
    const char *summary;
  } cases[] = {
    { "2026-11-20:s:9:9 2026-11-24:s:3:2 2026-12-03:s:3:2 2026-12-03:c:6:- 2026-12-10:s:3:- "
      "2026-12-18:s:3:2 2026-12-20:s:-:-",
      "2026-11-23", "2026-12-20", "2026-12-20",
      "Pain over the last 4 weeks: before sessions 3 on average, after 2; highest 6 on 3 December." },
    { "2026-11-24:s:3:2 2026-12-03:s:4:1",
      "2026-11-23", "2026-12-20", "2026-12-21",
      "Pain from 23 November to 20 December: before sessions 3.5 on average, after 1.5; highest 4 on 3 December." },
    { "2026-12-14:s:2:- 2026-12-15:s:3:- 2026-12-16:s:3:-",
      "2026-12-14", "2026-12-20", "2026-12-20",
      "Pain over the last week: before sessions 2.7 on average; highest 3 on 15 December." },
    { "2026-12-16:s:-:4",
      "2026-12-11", "2026-12-20", "2026-12-20",
      "Pain over the last 10 days: after sessions 4 on average; highest 4 on 16 December." },
    { "2026-12-16:c:1:- 2026-12-17:c:0:-",
      "2026-12-20", "2026-12-20", "2026-12-20",
      "Pain today: nothing rated." },
    { "2026-12-16:c:1:- 2026-12-17:c:0:- 2026-12-19:s:-:-",
      "2026-12-11", "2026-12-20", "2026-12-20",
      "Pain over the last 10 days: check-ins 0.5 on average; highest 1 on 16 December." },
    { "2026-12-12:s:-:-",
      "2026-11-23", "2026-12-20", "2026-12-20",
      "Pain over the last 4 weeks: nothing rated." },
    { "2026-12-29:s:5:0 2027-01-01:s:5:0",
      "2026-12-28", "2027-01-03", NULL,
      "Pain from 28 December 2026 to 3 January 2027: before sessions 5 on average, after 0; highest 5 on 29 December 2026." },
    { "2026-12-01:s:0:0",
      "2026-12-01", "2026-12-02", "2026-12-02",
      "Pain over the last 2 days: before sessions 0 on average, after 0; highest 0 on 1 December." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GListStore) store = g_list_store_new (RB_TYPE_JOURNAL_ENTRY);
      g_auto(GStrv) entries = g_strsplit (cases[i].entries, " ", -1);
      g_autoptr(RbPainTrend) trend = NULL;
      g_autofree char *summary = NULL;
      GDate from, to, today;

      for (guint j = 0; entries[j] != NULL; j++)
        {
          g_auto(GStrv) f = g_strsplit (entries[j], ":", -1);
          int before = f[2][0] == '-' ? NONE : atoi (f[2]);
          int after = f[3][0] == '-' ? NONE : atoi (f[3]);

          add (store, f[1][0] == 'c' ? RB_JOURNAL_KIND_CHECK_IN : RB_JOURNAL_KIND_SESSION,
               f[0], before, after, 600, 0);
        }

      g_assert_true (rb_date_from_iso (cases[i].from, &from));
      g_assert_true (rb_date_from_iso (cases[i].to, &to));
      if (cases[i].today != NULL)
        g_assert_true (rb_date_from_iso (cases[i].today, &today));

      trend = rb_pain_trend_new (G_LIST_MODEL (store), &from, &to);
      summary = rb_pain_trend_dup_summary (trend, cases[i].today != NULL ? &today : NULL);
      g_assert_cmpstr (summary, ==, cases[i].summary);
    }
}

static void
test_pain_render (void)
{
  g_autoptr(GListStore) store = four_weeks ();
  GDate from = ymd (2026, 11, 23), to = ymd (2026, 12, 20);
  g_autoptr(RbPainTrend) trend = rb_pain_trend_new (G_LIST_MODEL (store), &from, &to);

  for (RbFigureStyle style = RB_FIGURE_STYLE_LIGHT; style <= RB_FIGURE_STYLE_DARK; style++)
    for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
      {
        const RbChartPalette *palette = rb_chart_get_palette (style);
        g_autofree char *name = g_strdup_printf ("pain-%s-%s.png", style_names[style], sizes[i].name);
        cairo_surface_t *surface = render ((RenderFunc) rb_pain_trend_render, trend,
                                           sizes[i].width, sizes[i].height, style, name);
        double x, y;

        /* 3 December: before 3, after 2, a check-in at 6. */
        rb_pain_trend_get_point (trend, sizes[i].width, sizes[i].height, 10, 3, &x, &y);
        g_assert_true (has_color_near (surface, palette->before, x, y));
        rb_pain_trend_get_point (trend, sizes[i].width, sizes[i].height, 10, 2, &x, &y);
        g_assert_true (has_color_near (surface, palette->after, x, y));
        rb_pain_trend_get_point (trend, sizes[i].width, sizes[i].height, 10, 6, &x, &y);
        g_assert_true (has_color_near (surface, palette->check_in, x, y));

        /* Nothing on the first day, which has no ratings. */
        rb_pain_trend_get_point (trend, sizes[i].width, sizes[i].height, 0, 0, &x, &y);
        g_assert_false (has_color (surface, palette->after, x - 2, y - 60, x + 2, y + 3));
        g_assert_false (has_color (surface, palette->before, x - 2, y - 60, x + 2, y + 3));

        cairo_surface_destroy (surface);
      }
}

/* A day rated before but not after, and a day with no rating at all:
 * nothing of the after series, nor anything at 0, is drawn.
 */
static void
test_pain_unrated (void)
{
  g_autoptr(GListStore) store = g_list_store_new (RB_TYPE_JOURNAL_ENTRY);
  GDate from = ymd (2026, 12, 14), to = ymd (2026, 12, 20);
  g_autoptr(RbPainTrend) trend = NULL;
  const RbChartPalette *palette = rb_chart_get_palette (RB_FIGURE_STYLE_LIGHT);
  cairo_surface_t *surface;
  double x0, y0, x10, y10, x, y;

  SESSION (store, "2026-12-15", 8, NONE);
  SESSION (store, "2026-12-17", NONE, NONE);
  trend = rb_pain_trend_new (G_LIST_MODEL (store), &from, &to);
  surface = render ((RenderFunc) rb_pain_trend_render, trend, 800, 300,
                    RB_FIGURE_STYLE_LIGHT, "pain-unrated.png");

  rb_pain_trend_get_point (trend, 800, 300, 0, 0, &x0, &y0);
  rb_pain_trend_get_point (trend, 800, 300, 6, 10, &x10, &y10);
  rb_pain_trend_get_point (trend, 800, 300, 1, 8, &x, &y);
  g_assert_true (has_color_near (surface, palette->before, x, y));

  /* The legend above the plot holds the after mark, not the plot. */
  g_assert_false (has_color (surface, palette->after, x0 - 30, y10 - 4, x10 + 30, y0 + 6));
  g_assert_false (has_color (surface, palette->check_in, x0 - 30, y10 - 4, x10 + 30, y0 + 6));
  g_assert_false (has_color (surface, palette->before, x0 - 30, y0 - 8, x10 + 30, y0 + 6));

  cairo_surface_destroy (surface);
}

/* Weekly volume */

/* From Wednesday 16 December 2026 to Friday 1 January 2027: Monday weeks
 * from 14 and 21 December, and the one across the new year.
 */
static GListStore *
year_end (void)
{
  GListStore *store = g_list_store_new (RB_TYPE_JOURNAL_ENTRY);

  add (store, RB_JOURNAL_KIND_SESSION, "2026-12-13", 1, 1, 600, 0);
  add (store, RB_JOURNAL_KIND_SESSION, "2026-12-14", 1, 1, 600, 600);
  add (store, RB_JOURNAL_KIND_CHECK_IN, "2026-12-15", 1, NONE, 0, 0);
  add (store, RB_JOURNAL_KIND_SESSION, "2026-12-20", 1, 1, 1800, 0);
  add (store, RB_JOURNAL_KIND_SESSION, "2026-12-27", 1, 1, 2400, 0);
  add (store, RB_JOURNAL_KIND_SESSION, "2026-12-31", 1, 1, 0, 900);
  add (store, RB_JOURNAL_KIND_SESSION, "2027-01-04", 1, 1, 600, 0);

  return store;
}

static void
assert_week (RbWeeklyVolume *volume,
             guint           index,
             const char     *start,
             guint           sessions,
             guint           active,
             guint           running)
{
  const RbVolumeWeek *week = rb_weekly_volume_get_week (volume, index);
  g_autofree char *iso = rb_date_to_iso (&week->start);

  g_assert_cmpstr (iso, ==, start);
  g_assert_cmpuint (week->sessions, ==, sessions);
  g_assert_cmpuint (week->active_seconds, ==, active);
  g_assert_cmpuint (week->running_seconds, ==, running);
}

static void
test_volume_weeks (void)
{
  g_autoptr(GListStore) store = year_end ();
  GDate from = ymd (2026, 12, 16), to = ymd (2027, 1, 1);
  g_autoptr(RbWeeklyVolume) monday = rb_weekly_volume_new (G_LIST_MODEL (store), &from, &to, G_DATE_MONDAY);
  g_autoptr(RbWeeklyVolume) sunday = rb_weekly_volume_new (G_LIST_MODEL (store), &from, &to, G_DATE_SUNDAY);

  /* Check-ins are not sessions; entries outside the weeks are left out. */
  g_assert_cmpuint (rb_weekly_volume_get_n_weeks (monday), ==, 3);
  assert_week (monday, 0, "2026-12-14", 2, 3000, 600);
  assert_week (monday, 1, "2026-12-21", 1, 2400, 0);
  assert_week (monday, 2, "2026-12-28", 1, 900, 900);

  g_assert_cmpuint (rb_weekly_volume_get_n_weeks (sunday), ==, 3);
  assert_week (sunday, 0, "2026-12-13", 2, 1800, 600);
  assert_week (sunday, 1, "2026-12-20", 1, 1800, 0);
  assert_week (sunday, 2, "2026-12-27", 2, 3300, 900);
}

static void
test_volume_summary (void)
{
  g_autoptr(GListStore) store = year_end ();
  g_autoptr(GListStore) one = g_list_store_new (RB_TYPE_JOURNAL_ENTRY);
  g_autoptr(GListStore) empty = g_list_store_new (RB_TYPE_JOURNAL_ENTRY);
  GDate from = ymd (2026, 12, 16), to = ymd (2027, 1, 1);
  GDate month = ymd (2026, 11, 23), today = ymd (2026, 12, 20);
  g_autoptr(RbWeeklyVolume) volume = rb_weekly_volume_new (G_LIST_MODEL (store), &from, &to, G_DATE_MONDAY);
  g_autoptr(RbWeeklyVolume) single = NULL;
  g_autoptr(RbWeeklyVolume) none = NULL;
  g_autofree char *text = NULL;

  text = rb_weekly_volume_dup_summary (volume, &to);
  g_assert_cmpstr (text, ==, "Activity over the last 17 days: 4 sessions, 105 minutes active, 25 of them running; "
                             "busiest week from 14 December 2026: 2 sessions, 50 minutes.");
  g_clear_pointer (&text, g_free);
  text = rb_weekly_volume_dup_summary (volume, NULL);
  g_assert_cmpstr (text, ==, "Activity from 16 December 2026 to 1 January 2027: 4 sessions, 105 minutes active, "
                             "25 of them running; busiest week from 14 December 2026: 2 sessions, 50 minutes.");
  g_clear_pointer (&text, g_free);

  add (one, RB_JOURNAL_KIND_SESSION, "2026-12-01", 1, 1, 50, 0);
  single = rb_weekly_volume_new (G_LIST_MODEL (one), &month, &today, G_DATE_MONDAY);
  text = rb_weekly_volume_dup_summary (single, &today);
  g_assert_cmpstr (text, ==, "Activity over the last 4 weeks: 1 session, 1 minute active; "
                             "busiest week from 30 November: 1 session, 1 minute.");
  g_clear_pointer (&text, g_free);

  none = rb_weekly_volume_new (G_LIST_MODEL (empty), &month, &today, G_DATE_MONDAY);
  g_assert_cmpuint (rb_weekly_volume_get_n_weeks (none), ==, 4);
  text = rb_weekly_volume_dup_summary (none, &today);
  g_assert_cmpstr (text, ==, "Activity over the last 4 weeks: no sessions.");
}

static void
test_volume_render (void)
{
  g_autoptr(GListStore) store = year_end ();
  GDate from = ymd (2026, 11, 2), to = ymd (2027, 1, 1);
  g_autoptr(RbWeeklyVolume) volume = rb_weekly_volume_new (G_LIST_MODEL (store), &from, &to, G_DATE_MONDAY);
  guint n = rb_weekly_volume_get_n_weeks (volume);

  g_assert_cmpuint (n, ==, 9);
  for (RbFigureStyle style = RB_FIGURE_STYLE_LIGHT; style <= RB_FIGURE_STYLE_DARK; style++)
    for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
      {
        const RbChartPalette *palette = rb_chart_get_palette (style);
        g_autofree char *name = g_strdup_printf ("volume-%s-%s.png", style_names[style], sizes[i].name);
        cairo_surface_t *surface = render ((RenderFunc) rb_weekly_volume_render, volume,
                                           sizes[i].width, sizes[i].height, style, name);
        double x, top, bottom;

        /* The week from 21 December: active minutes only. */
        rb_weekly_volume_get_bar (volume, sizes[i].width, sizes[i].height, n - 2, &x, &top, &bottom);
        g_assert_cmpfloat (top, <, bottom - 10);
        g_assert_true (has_color_near (surface, palette->active, x, (top + bottom) / 2));
        g_assert_false (has_color (surface, palette->running, x - 3, top + 2, x + 3, bottom - 2));

        /* The last week: running only, hatched. */
        rb_weekly_volume_get_bar (volume, sizes[i].width, sizes[i].height, n - 1, &x, &top, &bottom);
        g_assert_true (has_color (surface, palette->running, x - 4, top + 1, x + 4, bottom - 1));
        g_assert_false (has_color (surface, palette->active, x - 3, top + 2, x + 3, bottom - 2));

        /* No bar for the first, empty week. */
        rb_weekly_volume_get_bar (volume, sizes[i].width, sizes[i].height, 0, &x, &top, &bottom);
        g_assert_false (has_color (surface, palette->active, x - 3, top - 40, x + 3, bottom - 2));

        cairo_surface_destroy (surface);
      }
}

/* Adherence */

static const char *status_names[] = { "upcoming", "due", "done", "partial", "missed", "skipped" };

/* "2026-12-28 done, 2026-12-29 partial…" as occurrences. */
static GPtrArray *
occurrences (const char *spec)
{
  GPtrArray *scheduled = g_ptr_array_new_with_free_func ((GDestroyNotify) rb_scheduled_free);
  g_auto(GStrv) items = g_strsplit (spec, ", ", -1);

  for (guint i = 0; items[i] != NULL; i++)
    {
      g_auto(GStrv) f = g_strsplit (items[i], " ", 2);
      RbScheduled *s = g_new0 (RbScheduled, 1);

      g_assert_true (rb_date_from_iso (f[0], &s->date));
      s->planned_date = s->date;
      s->plan_id = g_strdup ("plan");
      s->program_id = g_strdup ("program");
      s->session_id = g_strdup ("a");
      s->status = G_N_ELEMENTS (status_names);
      for (guint j = 0; j < G_N_ELEMENTS (status_names); j++)
        if (g_str_equal (f[1], status_names[j]))
          s->status = j;
      g_assert_cmpuint (s->status, <, G_N_ELEMENTS (status_names));
      g_ptr_array_add (scheduled, s);
    }

  return scheduled;
}

static void
assert_counts (const RbAdherence *a,
               guint              planned,
               guint              done,
               guint              partial,
               guint              missed,
               const char        *summary)
{
  g_autofree char *text = rb_adherence_dup_summary (a);

  g_assert_cmpuint (a->planned, ==, planned);
  g_assert_cmpuint (a->done, ==, done);
  g_assert_cmpuint (a->partial, ==, partial);
  g_assert_cmpuint (a->missed, ==, missed);
  g_assert_cmpstr (text, ==, summary);
}

/* Across the new year, with a partial session counted as half, a skipped
 * one left out and today's not yet counted against the plan to date.
 */
static void
test_adherence_year_end (void)
{
  g_autoptr(GPtrArray) s = occurrences ("2026-12-21 done, 2026-12-23 missed, 2026-12-25 partial, "
                                        "2026-12-28 done, 2026-12-29 partial, 2026-12-30 skipped, "
                                        "2026-12-31 due, 2027-01-02 upcoming, 2027-01-04 upcoming");
  GDate today = ymd (2026, 12, 31), sunday = ymd (2027, 1, 3);
  RbAdherence week, to_date;

  rb_adherence_count_week (s, &today, G_DATE_MONDAY, &week);
  assert_counts (&week, 4, 1, 1, 0, "1.5 of 4 planned sessions done");
  g_assert_cmpfloat (rb_adherence_get_ratio (&week), ==, 0.375);

  /* Weeks from Sunday: 27 December to 2 January, the same sessions. */
  rb_adherence_count_week (s, &today, G_DATE_SUNDAY, &week);
  assert_counts (&week, 4, 1, 1, 0, "1.5 of 4 planned sessions done");

  /* On Sunday 3 January, the Sunday week is the next one. */
  rb_adherence_count_week (s, &sunday, G_DATE_SUNDAY, &week);
  assert_counts (&week, 1, 0, 0, 0, "0 of 1 planned session done");
  rb_adherence_count_week (s, &sunday, G_DATE_MONDAY, &week);
  assert_counts (&week, 4, 1, 1, 0, "1.5 of 4 planned sessions done");

  rb_adherence_count_to_date (s, &today, &to_date);
  assert_counts (&to_date, 5, 2, 2, 1, "3 of 5 planned sessions done");
  g_assert_cmpfloat (rb_adherence_get_done (&to_date), ==, 3);

  /* 29 (partial), 28, 25 (partial), then the miss of the 23rd. */
  g_assert_cmpuint (rb_adherence_get_streak (s, &today), ==, 3);
}

static void
test_adherence_streak (void)
{
  static const struct
  {
    const char *spec;
    const char *today;
    guint       streak;
  } cases[] = {
    { "2026-12-01 done, 2026-12-02 done, 2026-12-03 done", "2026-12-03", 3 },
    /* Skipped ones neither count nor break it. */
    { "2026-12-01 done, 2026-12-02 skipped, 2026-12-03 done", "2026-12-03", 2 },
    /* Partial ones count. */
    { "2026-12-01 partial, 2026-12-02 partial", "2026-12-03", 2 },
    /* A miss ends it; today's session, not done yet, leaves it be. */
    { "2026-12-01 done, 2026-12-02 missed, 2026-12-03 done, 2026-12-04 due", "2026-12-04", 1 },
    { "2026-12-01 done, 2026-12-02 done, 2026-12-03 missed", "2026-12-04", 0 },
    /* Two plans on one day, one missed: the day counts for nothing. */
    { "2026-12-01 done, 2026-12-02 done, 2026-12-02 missed, 2026-12-03 done, 2026-12-03 done",
      "2026-12-03", 2 },
    { "2026-12-02 missed, 2026-12-02 done, 2026-12-01 done", "2026-12-03", 0 },
    /* Days after @today are not counted. */
    { "2026-12-01 done, 2026-12-05 done", "2026-12-03", 1 },
    /* Across the new year, in any order. */
    { "2027-01-01 done, 2026-12-29 done, 2026-12-31 done, 2026-12-27 missed", "2027-01-02", 3 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) s = occurrences (cases[i].spec);
      GDate today;

      g_assert_true (rb_date_from_iso (cases[i].today, &today));
      g_assert_cmpuint (rb_adherence_get_streak (s, &today), ==, cases[i].streak);
    }
}

static void
test_adherence_nothing_planned (void)
{
  g_autoptr(GPtrArray) s = occurrences ("2026-12-02 skipped");
  g_autofree char *streak = NULL;
  GDate today = ymd (2026, 12, 3);
  RbAdherence week;

  rb_adherence_count_week (s, &today, G_DATE_MONDAY, &week);
  assert_counts (&week, 0, 0, 0, 0, "No sessions planned");
  g_assert_cmpfloat (rb_adherence_get_ratio (&week), ==, -1);
  g_assert_cmpuint (rb_adherence_get_streak (s, &today), ==, 0);

  streak = rb_adherence_dup_streak_summary (1);
  g_assert_cmpstr (streak, ==, "1 planned session in a row");
  g_clear_pointer (&streak, g_free);
  streak = rb_adherence_dup_streak_summary (5);
  g_assert_cmpstr (streak, ==, "5 planned sessions in a row");
}

/* A real plan begun on Wednesday 2 December 2026, session A on Mondays,
 * Wednesdays and Fridays: its first week has two sessions.
 */
static const char *program_json =
  "{ \"format\": \"runback.program\", \"version\": 2, \"id\": \"test\", "
  "  \"title\": \"Test\", \"summary\": \"S\", \"audience\": \"A\", \"phases\": [ "
  "  { \"title\": \"One\", \"weeks\": 4, \"sessions_per_week\": 3, \"sessions\": [ "
  "    { \"id\": \"a\", \"title\": \"A\", \"items\": [ { \"run_walk\": { \"run_seconds\": 60 } } ] } ] } ] }";

static void
test_adherence_mid_week (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (program_json, strlen (program_json));
  g_autoptr(GError) error = NULL;
  g_autoptr(GObject) program = rb_content_load_document ("test.json", bytes, "runback.program", FALSE, &error);
  g_autoptr(GListStore) store = g_list_store_new (RB_TYPE_JOURNAL_ENTRY);
  g_autoptr(RbJournalEntry) entry = make_entry (RB_JOURNAL_KIND_SESSION, "2026-12-02", 2, 2, 600, 0);
  GDate start = ymd (2026, 12, 2), to = ymd (2026, 12, 13), today = ymd (2026, 12, 4);
  g_autoptr(RbPlan) plan = NULL;
  g_autoptr(GPtrArray) s = NULL;
  RbAdherence week, to_date;

  g_assert_no_error (error);
  plan = rb_plan_new ("test-20261202", RB_PROGRAM (program), &start);
  rb_journal_entry_set_program (entry, "test", 0);
  rb_journal_entry_set_session_id (entry, "a");
  rb_journal_entry_set_plan (entry, "test-20261202", &start);
  g_list_store_append (store, entry);

  s = rb_schedule_expand (plan, RB_PROGRAM (program), &start, &to);
  rb_schedule_match (s, G_LIST_MODEL (store), &today);
  g_assert_cmpuint (s->len, ==, 5);

  rb_adherence_count_week (s, &today, G_DATE_MONDAY, &week);
  assert_counts (&week, 2, 1, 0, 0, "1 of 2 planned sessions done");
  rb_adherence_count_to_date (s, &today, &to_date);
  assert_counts (&to_date, 1, 1, 0, 0, "1 of 1 planned session done");
  g_assert_cmpuint (rb_adherence_get_streak (s, &today), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/rb/chart/pain/days", test_pain_days);
  g_test_add_func ("/rb/chart/pain/summary", test_pain_summary);
  g_test_add_func ("/rb/chart/pain/render", test_pain_render);
  g_test_add_func ("/rb/chart/pain/unrated", test_pain_unrated);
  g_test_add_func ("/rb/chart/volume/weeks", test_volume_weeks);
  g_test_add_func ("/rb/chart/volume/summary", test_volume_summary);
  g_test_add_func ("/rb/chart/volume/render", test_volume_render);
  g_test_add_func ("/rb/adherence/year-end", test_adherence_year_end);
  g_test_add_func ("/rb/adherence/streak", test_adherence_streak);
  g_test_add_func ("/rb/adherence/nothing-planned", test_adherence_nothing_planned);
  g_test_add_func ("/rb/adherence/mid-week", test_adherence_mid_week);

  return g_test_run ();
}
