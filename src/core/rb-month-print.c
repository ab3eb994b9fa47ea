/* rb-month-print.c
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "rb-month-print.h"

/* A month on one page, for the fridge door: the title, the plans, the
 * grid with each day's sessions and a legend. Statuses are shapes drawn
 * in black (a ring, a tick, a half, a cross, a dash), since a printout
 * is often grey. Sizes are in the units of @cr, points for a PDF. */


static PangoLayout *
make_layout (cairo_t    *cr,
             const char *font,
             double      size,
             const char *text)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  g_autoptr(PangoFontDescription) description = pango_font_description_from_string (font);

  pango_font_description_set_absolute_size (description, size * PANGO_SCALE);
  pango_layout_set_font_description (layout, description);
  pango_layout_set_text (layout, text, -1);

  return layout;
}

/* Draws @text at @x, @y (its top left), at most @width wide, and returns
 * its height. */
static double
draw_text (cairo_t    *cr,
           const char *font,
           double      size,
           const char *text,
           double      x,
           double      y,
           double      width)
{
  g_autoptr(PangoLayout) layout = make_layout (cr, font, size, text);
  int w, h;

  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  pango_layout_get_pixel_size (layout, &w, &h);

  return h;
}

/**
 * rb_month_print_draw_symbol:
 * @cr: a cairo context
 * @status: a session's status
 * @x: the symbol's left edge
 * @y: its top edge
 * @size: its width and height
 *
 * Draws the symbol of @status in the current source colour.
 */
void
rb_month_print_draw_symbol (cairo_t          *cr,
                            RbScheduleStatus  status,
                            double            x,
                            double            y,
                            double            size)
{
  double cx = x + size / 2, cy = y + size / 2, r = size * 0.42, line = size * 0.12;

  cairo_save (cr);
  cairo_set_line_width (cr, line);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_new_path (cr);
  cairo_arc (cr, cx, cy, r, 0, 2 * G_PI);

  switch (status)
    {
    case RB_SCHEDULE_DONE:
      cairo_fill (cr);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_move_to (cr, cx - r * 0.5, cy);
      cairo_line_to (cr, cx - r * 0.1, cy + r * 0.4);
      cairo_line_to (cr, cx + r * 0.55, cy - r * 0.4);
      cairo_stroke (cr);
      break;
    case RB_SCHEDULE_PARTIAL:
      cairo_stroke (cr);
      cairo_arc (cr, cx, cy, r * 0.6, G_PI / 2, 3 * G_PI / 2);
      cairo_close_path (cr);
      cairo_fill (cr);
      break;
    case RB_SCHEDULE_MISSED:
      cairo_stroke (cr);
      cairo_move_to (cr, cx - r * 0.4, cy - r * 0.4);
      cairo_line_to (cr, cx + r * 0.4, cy + r * 0.4);
      cairo_move_to (cr, cx + r * 0.4, cy - r * 0.4);
      cairo_line_to (cr, cx - r * 0.4, cy + r * 0.4);
      cairo_stroke (cr);
      break;
    case RB_SCHEDULE_SKIPPED:
      cairo_stroke (cr);
      cairo_move_to (cr, cx - r * 0.45, cy);
      cairo_line_to (cr, cx + r * 0.45, cy);
      cairo_stroke (cr);
      break;
    case RB_SCHEDULE_UPCOMING:
    case RB_SCHEDULE_DUE:
    default:
      cairo_stroke (cr);
      break;
    }

  cairo_restore (cr);
}

static double
draw_header (RbMonth *month,
             cairo_t *cr,
             double   width)
{
  g_autofree char *title = rb_month_dup_title (month);
  g_autoptr(GString) plans = g_string_new (NULL);
  double y = 0;

  y += draw_text (cr, "Sans Bold", 20, title, 0, y, width);

  for (guint i = 0; i < rb_month_get_n_plans (month); i++)
    {
      const char *plan_title = rb_month_get_plan_title (month, rb_month_get_plan_id (month, i));

      if (i > 0)
        g_string_append (plans, _(", "));
      g_string_append (plans, plan_title);
    }
  if (plans->len == 0)
    g_string_append (plans, _("No sessions planned this month"));

  y += 2;
  y += draw_text (cr, "Sans", 10, plans->str, 0, y, width);

  return y + 10;
}

static void
draw_legend (cairo_t *cr,
             double   y,
             double   width)
{
  static const RbScheduleStatus statuses[] = {
    RB_SCHEDULE_UPCOMING, RB_SCHEDULE_DONE, RB_SCHEDULE_PARTIAL, RB_SCHEDULE_MISSED, RB_SCHEDULE_SKIPPED,
  };
  double x = 0, step = width / G_N_ELEMENTS (statuses);

  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++, x += step)
    {
      rb_month_print_draw_symbol (cr, statuses[i], x, y, 10);
      draw_text (cr, "Sans", 9, rb_schedule_status_to_label (statuses[i]), x + 14, y - 1, step - 16);
    }
}

static void
draw_cell (RbMonth          *month,
           const RbMonthDay *day,
           cairo_t          *cr,
           double            x,
           double            y,
           double            w,
           double            h)
{
  g_autofree char *number = g_strdup_printf ("%u", g_date_get_day (&day->date));
  double line = 10, top;

  cairo_rectangle (cr, x, y, w, h);
  cairo_set_line_width (cr, day->is_today ? 1.5 : 0.5);
  cairo_stroke (cr);

  cairo_save (cr);
  cairo_rectangle (cr, x, y, w, h);
  cairo_clip (cr);
  if (!day->in_month)
    cairo_set_source_rgb (cr, 0.45, 0.45, 0.45);
  top = y + 2 + draw_text (cr, day->is_today ? "Sans Bold" : "Sans", 9, number, x + 3, y + 2, w - 6);

  for (guint i = 0; i < day->sessions->len && top + line <= y + h; i++, top += line + 1)
    {
      const RbScheduled *s = g_ptr_array_index (day->sessions, i);

      rb_month_print_draw_symbol (cr, s->status, x + 3, top + 1, 8);
      draw_text (cr, "Sans", 7.5, rb_month_get_session_title (month, s), x + 14, top, w - 17);
    }
  cairo_restore (cr);
}

/**
 * rb_month_print_render:
 * @month: a month
 * @cr: where to draw, its origin at the top left of the printable area
 * @width: the printable width
 * @height: the printable height
 *
 * Lays @month out on one page: its title, the plans, the grid of days
 * with each session's symbol and title, and a legend of the symbols.
 */
void
rb_month_print_render (RbMonth *month,
                       cairo_t *cr,
                       double   width,
                       double   height)
{
  guint n_weeks;
  double top, header_h = 14, legend_h = 22, cell_w, cell_h;

  g_return_if_fail (RB_IS_MONTH (month));
  g_return_if_fail (cr != NULL);

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  top = draw_header (month, cr, width);

  n_weeks = rb_month_get_n_days (month) / 7;
  cell_w = width / 7;
  cell_h = MAX (20, (height - top - header_h - legend_h) / n_weeks);

  for (guint col = 0; col < 7; col++)
    {
      GDateWeekday weekday = (rb_month_get_first_weekday (month) - 1 + col) % 7 + 1;
      g_autofree char *name = rb_weekday_dup_name (weekday, TRUE);

      draw_text (cr, "Sans Bold", 9, name, col * cell_w + 3, top, cell_w - 6);
    }
  top += header_h;

  for (guint i = 0; i < rb_month_get_n_days (month); i++)
    draw_cell (month, rb_month_get_day (month, i), cr,
               (i % 7) * cell_w, top + (i / 7) * cell_h, cell_w, cell_h);

  draw_legend (cr, top + n_weeks * cell_h + 8, width);
  cairo_restore (cr);
}

/**
 * rb_month_print_to_pdf:
 * @month: a month
 * @path: the PDF file to write
 * @error: return location for a #GError
 *
 * Writes @month as a one-page A4 landscape PDF, with margins.
 *
 * Returns: %TRUE when written
 */
gboolean
rb_month_print_to_pdf (RbMonth     *month,
                       const char  *path,
                       GError     **error)
{
  const double width = 841.89, height = 595.28, margin = 36;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (RB_IS_MONTH (month), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  surface = cairo_pdf_surface_create (path, width, height);
  cr = cairo_create (surface);
  cairo_translate (cr, margin, margin);
  rb_month_print_render (month, cr, width - 2 * margin, height - 2 * margin);
  cairo_show_page (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s: %s", path, cairo_status_to_string (status));
      return FALSE;
    }

  return TRUE;
}
