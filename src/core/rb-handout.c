/* rb-handout.c: a program laid out on paper for a patient.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A handout is a column of blocks (the header, advice, one block per
 * exercise, the log, the red flags) dealt onto pages. One function lays
 * out each block: it measures when given no cairo context and draws when
 * given one, so that what is measured is what is drawn. Text is laid out
 * with a pango context of our own (72 dpi, no hinting), the same for the
 * PDF and for a printer, so that a page size always paginates the same.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>
#include <cairo-pdf.h>

#include "rb-handout.h"
#include "rb-translation.h"

#define MARGIN        42.0   /* points, all round */
#define BLOCK_GAP     12.0
#define BASE_SIZE     10.0   /* body text, in points, before large print */
#define FIGURE_WIDTH  84.0
#define FIGURE_HEIGHT 104.0
#define FIGURE_GAP    8.0
#define COLUMN_GAP    16.0
#define LOG_DAYS      14

typedef struct
{
  RbHandoutBlockKind     kind;
  char                  *label;   /* heading or exercise name */
  char                  *text;    /* body of a text block */
  const RbSessionItem   *item;
  gboolean               keep_with_next;

  /* Where it went, for the page size in the cache. */
  double                 height;
  guint                  page;
  double                 y;
  double                 scale;
} Block;

struct _RbHandout
{
  gatomicrefcount  ref_count;

  RbProgram       *program;
  RbLearnPage     *red_flags;
  char            *patient;
  char            *notes;
  char            *clinician;
  char            *clinic;
  char            *language;   /* NULL: the interface's */
  GDate            date;
  RbHandoutPaper   paper;
  double           scale;      /* of text: 1, or more for large print */
  GPtrArray       *sessions;   /* of const RbProgramSession *, in order */
  GPtrArray       *session_titles; /* with their phase's when there are several */
  GPtrArray       *blocks;     /* of Block * */
  RbFigure        *running;
  RbFigure        *walking;

  PangoContext    *context;

  /* The pagination of the last page size asked for. */
  double           cached_width;
  double           cached_height;
  guint            n_pages;
};

G_DEFINE_BOXED_TYPE (RbHandout, rb_handout, rb_handout_ref, rb_handout_unref)

/* Sizes of text, relative to the body's. */
typedef enum
{
  TEXT_BODY,
  TEXT_SMALL,
  TEXT_LABEL,
  TEXT_NAME,
  TEXT_HEADING,
  TEXT_TITLE,
} TextStyle;

static void
block_free (Block *block)
{
  g_free (block->label);
  g_free (block->text);
  g_free (block);
}

static Block *
add_block (RbHandout          *self,
           RbHandoutBlockKind  kind,
           const char         *label,
           const char         *text)
{
  Block *block = g_new0 (Block, 1);

  block->kind = kind;
  block->label = g_strdup (label);
  block->text = g_strdup (text);
  block->scale = 1;
  g_ptr_array_add (self->blocks, block);

  return block;
}

static double
style_size (RbHandout *self,
            TextStyle  style)
{
  static const double factors[] = { 1.0, 0.8, 0.85, 1.25, 1.45, 2.0 };

  return BASE_SIZE * factors[style] * self->scale;
}

static gboolean
style_is_bold (TextStyle style)
{
  return style == TEXT_NAME || style == TEXT_HEADING || style == TEXT_TITLE;
}

/* Lays out plain @string (never markup) @width wide; draws it at @x, @y
 * in grey or black when @cr is given. Returns its height.
 */
static double
text (RbHandout  *self,
      cairo_t    *cr,
      const char *string,
      TextStyle   style,
      double      x,
      double      y,
      double      width)
{
  g_autoptr(PangoLayout) layout = pango_layout_new (self->context);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans");
  int layout_width, layout_height;

  pango_font_description_set_absolute_size (font, style_size (self, style) * PANGO_SCALE);
  if (style_is_bold (style))
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) (MAX (width, 1) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, string, -1);
  pango_layout_get_size (layout, &layout_width, &layout_height);

  if (cr != NULL)
    {
      double grey = style == TEXT_LABEL || style == TEXT_SMALL ? 0.3 : 0;

      cairo_save (cr);
      cairo_set_source_rgb (cr, grey, grey, grey);
      cairo_move_to (cr, x, y);
      pango_cairo_show_layout (cr, layout);
      cairo_restore (cr);
    }

  return (double) layout_height / PANGO_SCALE;
}

/* A numbered or bulleted list; returns its height. */
static double
list (RbHandout          *self,
      cairo_t            *cr,
      const char * const *items,
      gboolean            numbered,
      double              x,
      double              y,
      double              width)
{
  double gutter = 16 * self->scale;
  double top = y;

  for (guint i = 0; items != NULL && items[i] != NULL; i++)
    {
      g_autofree char *mark = numbered ? g_strdup_printf ("%u.", i + 1) : g_strdup ("•");

      text (self, cr, mark, TEXT_BODY, x, y, gutter);
      y += text (self, cr, items[i], TEXT_BODY, x + gutter, y, width - gutter) + 2 * self->scale;
    }

  return y - top;
}

static void
rule (cairo_t *cr,
      double   x,
      double   y,
      double   width,
      double   grey)
{
  cairo_save (cr);
  cairo_set_source_rgb (cr, grey, grey, grey);
  cairo_set_line_width (cr, 0.6);
  cairo_move_to (cr, x, y);
  cairo_line_to (cr, x + width, y);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* A label in grey before its value, on one row of the header. */
static double
header_row (RbHandout  *self,
            cairo_t    *cr,
            const char *label,
            const char *value,
            double      x,
            double      y,
            double      width)
{
  double label_width = 70 * self->scale;
  double h;

  if (value == NULL || value[0] == '\0')
    return 0;

  h = text (self, cr, label, TEXT_LABEL, x, y + 1.5 * self->scale, label_width);
  return MAX (h, text (self, cr, value, TEXT_BODY, x + label_width, y, width - label_width)) + 3 * self->scale;
}

/* Month and weekday names come from the catalogue, not from the locale's
 * LC_TIME, so that a handout in the patient's language has them in it
 * too. */
static const char * const months[] = {
  N_("January"), N_("February"), N_("March"), N_("April"), N_("May"), N_("June"),
  N_("July"), N_("August"), N_("September"), N_("October"), N_("November"), N_("December"),
};

/* Translators: months and weekdays, short, as in a handout's log ("Mon 7 Dec") */
static const char * const short_months[] = {
  N_("Jan"), N_("Feb"), N_("Mar"), N_("Apr"), N_("May"), N_("Jun"),
  N_("Jul"), N_("Aug"), N_("Sep"), N_("Oct"), N_("Nov"), N_("Dec"),
};

static const char * const short_weekdays[] = {
  N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"), N_("Sun"),
};

/* A strftime format, with %B, %b and %a in the handout's language. */
static char *
format_date (const GDate *date,
             const char  *format)
{
  g_autoptr(GDateTime) time = NULL;
  g_autoptr(GString) names = NULL;

  if (!g_date_valid (date))
    return NULL;

  names = g_string_new (NULL);
  for (const char *p = format; *p != '\0'; p++)
    {
      const char *name = NULL;

      if (p[0] == '%' && p[1] == 'B')
        name = months[g_date_get_month (date) - 1];
      else if (p[0] == '%' && p[1] == 'b')
        name = short_months[g_date_get_month (date) - 1];
      else if (p[0] == '%' && p[1] == 'a')
        name = short_weekdays[g_date_get_weekday (date) - 1];

      if (name == NULL)
        {
          g_string_append_c (names, *p);
          if (p[0] == '%' && p[1] != '\0')
            g_string_append_c (names, *++p);
          continue;
        }

      /* A name is text, not a format: a % in it stays one. */
      for (const char *n = _(name); *n != '\0'; n++)
        {
          if (*n == '%')
            g_string_append_c (names, '%');
          g_string_append_c (names, *n);
        }
      p++;
    }

  time = g_date_time_new_local (g_date_get_year (date), g_date_get_month (date),
                                g_date_get_day (date), 12, 0, 0);
  return g_date_time_format (time, names->str);
}

/* Translates into the handout's language while it lays out or draws. */
static char *
enter_language (RbHandout *self)
{
  return self->language != NULL ? rb_translation_switch (self->language) : NULL;
}

static void
leave_language (char *previous)
{
  if (previous != NULL)
    rb_translation_restore (previous);
}

static double
run_header (RbHandout *self,
            cairo_t   *cr,
            double     x,
            double     y,
            double     width)
{
  /* Translators: the day of a handout, a strftime format, e.g. "2 December 2026" */
  g_autofree char *date = format_date (&self->date, _("%-d %B %Y"));
  double top = y;

  y += text (self, cr, rb_program_get_title (self->program), TEXT_TITLE, x, y, width);
  y += text (self, cr, _("Exercise programme"), TEXT_LABEL, x, y, width) + 10 * self->scale;

  y += header_row (self, cr, _("Patient"), self->patient, x, y, width);
  y += header_row (self, cr, _("Date"), date, x, y, width);
  y += header_row (self, cr, _("Clinician"), self->clinician, x, y, width);
  y += header_row (self, cr, _("Clinic"), self->clinic, x, y, width);

  y += 4 * self->scale;
  if (cr != NULL)
    rule (cr, x, y, width, 0.2);

  return y + 2 - top;
}

static double
run_text (RbHandout *self,
          Block     *block,
          cairo_t   *cr,
          double     x,
          double     y,
          double     width)
{
  double top = y;

  if (block->label != NULL)
    y += text (self, cr, block->label,
               block->kind == RB_HANDOUT_BLOCK_HEADING ? TEXT_HEADING : TEXT_NAME, x, y, width)
         + 3 * self->scale;
  if (block->text != NULL && block->text[0] != '\0')
    y += text (self, cr, block->text, TEXT_BODY, x, y, width);

  return y - top;
}

/* A list under a small heading, or nothing when the list is empty. */
static double
titled_list (RbHandout          *self,
             cairo_t            *cr,
             const char         *title,
             const char * const *items,
             double              x,
             double              y,
             double              width)
{
  double top = y;

  if (items == NULL || items[0] == NULL)
    return 0;

  y += 5 * self->scale;
  y += text (self, cr, title, TEXT_LABEL, x, y, width) + 2 * self->scale;
  y += list (self, cr, items, FALSE, x, y, width);

  return y - top;
}

/* Start and end figures side by side, with a caption under each. */
static double
run_figures (RbHandout  *self,
             cairo_t    *cr,
             RbFigure   *first,
             double      first_t,
             const char *first_caption,
             RbFigure   *second,
             double      second_t,
             const char *second_caption,
             double      x,
             double      y)
{
  double caption = 0;

  if (cr != NULL)
    {
      rb_figure_render (first, cr, x, y, FIGURE_WIDTH, FIGURE_HEIGHT, first_t, RB_FIGURE_STYLE_PRINT);
      rb_figure_render (second, cr, x + FIGURE_WIDTH + FIGURE_GAP, y, FIGURE_WIDTH, FIGURE_HEIGHT,
                        second_t, RB_FIGURE_STYLE_PRINT);
    }

  caption = text (self, cr, first_caption, TEXT_SMALL, x, y + FIGURE_HEIGHT + 2, FIGURE_WIDTH);
  caption = MAX (caption, text (self, cr, second_caption, TEXT_SMALL,
                                x + FIGURE_WIDTH + FIGURE_GAP, y + FIGURE_HEIGHT + 2, FIGURE_WIDTH));

  return FIGURE_HEIGHT + 2 + caption;
}

static double
run_exercise (RbHandout *self,
              Block     *block,
              cairo_t   *cr,
              double     x,
              double     y,
              double     width)
{
  RbExercise *exercise = rb_session_item_get_exercise (block->item);
  RbFigure *figure = exercise != NULL ? rb_exercise_get_figure (exercise) : NULL;
  g_autofree char *dosage = rb_dosage_describe (rb_session_item_get_dosage (block->item));
  const char *note = rb_session_item_get_note (block->item);
  double top = y, figures = 0, text_x = x, text_width = width;
  double pad = 8;

  if (cr != NULL)
    rule (cr, x, y, width, 0.7);
  y += pad;

  if (figure != NULL)
    {
      figures = run_figures (self, cr, figure, 0, _("Start"), figure, rb_figure_get_end_t (figure), _("End"),
                             x, y);
      text_x = x + 2 * FIGURE_WIDTH + FIGURE_GAP + COLUMN_GAP;
      text_width = width - (text_x - x);
    }

  y += text (self, cr, block->label, TEXT_NAME, text_x, y, text_width);
  y += text (self, cr, dosage, TEXT_BODY, text_x, y, text_width) + 6 * self->scale;
  if (exercise != NULL)
    {
      y += list (self, cr, rb_exercise_get_steps (exercise), TRUE, text_x, y, text_width);
      y += titled_list (self, cr, _("Form cues"), rb_exercise_get_cues (exercise), text_x, y, text_width);
      y += titled_list (self, cr, _("Cautions"), rb_exercise_get_cautions (exercise), text_x, y, text_width);
    }
  if (note != NULL && note[0] != '\0')
    {
      y += 5 * self->scale;
      y += text (self, cr, _("Note"), TEXT_LABEL, text_x, y, text_width) + 2 * self->scale;
      y += text (self, cr, note, TEXT_BODY, text_x, y, text_width);
    }

  return MAX (y - top, pad + figures) + pad;
}

static double
run_run_walk (RbHandout *self,
              Block     *block,
              cairo_t   *cr,
              double     x,
              double     y,
              double     width)
{
  const RbRunWalk *run_walk = rb_session_item_get_run_walk (block->item);
  double top = y, figures, text_x = x + 2 * FIGURE_WIDTH + FIGURE_GAP + COLUMN_GAP;
  double text_width = width - (text_x - x);
  double pad = 8;

  if (cr != NULL)
    rule (cr, x, y, width, 0.7);
  y += pad;

  figures = run_figures (self, cr, self->running, 0, _("Run"), self->walking, 0, _("Walk"), x, y);
  y += text (self, cr, block->label, TEXT_NAME, text_x, y, text_width) + 4 * self->scale;
  if (run_walk->warm_up_minutes > 0)
    {
      g_autofree char *line = g_strdup_printf (_("Walk briskly for %u min before the first run."),
                                               run_walk->warm_up_minutes);

      y += text (self, cr, line, TEXT_BODY, text_x, y, text_width);
    }
  if (run_walk->cool_down_minutes > 0)
    {
      g_autofree char *line = g_strdup_printf (_("Walk easily for %u min after the last one."),
                                               run_walk->cool_down_minutes);

      y += text (self, cr, line, TEXT_BODY, text_x, y, text_width);
    }

  return MAX (y - top, pad + figures) + pad;
}

static void
tick_box (cairo_t *cr,
          double   cx,
          double   cy,
          double   size)
{
  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.25, 0.25, 0.25);
  cairo_set_line_width (cr, 0.8);
  cairo_rectangle (cr, cx - size / 2, cy - size / 2, size, size);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
stroke_grid (cairo_t *cr,
             double   x,
             double   y,
             double   width,
             double   header,
             double   row,
             guint    n_rows,
             double  *columns,
             guint    n_columns)
{
  double height = header + row * n_rows;
  double cx = x;

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
  cairo_set_line_width (cr, 0.6);
  cairo_rectangle (cr, x, y, width, height);
  for (guint r = 0; r < n_rows; r++)
    {
      cairo_move_to (cr, x, y + header + r * row);
      cairo_line_to (cr, x + width, y + header + r * row);
    }
  for (guint c = 0; c + 1 < n_columns; c++)
    {
      cx += columns[c];
      cairo_move_to (cr, cx, y);
      cairo_line_to (cr, cx, y + height);
    }
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* The log: a row a day, a tick box a session, and the day's pain. */
static double
run_log (RbHandout *self,
         cairo_t   *cr,
         double     x,
         double     y,
         double     width)
{
  guint n_sessions = MAX (self->sessions->len, 1);
  guint n_columns = n_sessions + 2;
  g_autofree double *columns = g_new (double, n_columns);
  g_autofree const char **titles = g_new0 (const char *, n_columns);
  double top = y, pad = 4 * self->scale, header = 0, row = 22 * self->scale, cx;

  y += text (self, cr, _("Your Log"), TEXT_HEADING, x, y, width) + 3 * self->scale;
  y += text (self, cr, _("Tick each session the day you do it, and write down how much your knee "
                         "hurt that day, from 0 (no pain) to 10 (the worst pain imaginable)."),
             TEXT_BODY, x, y, width) + 8 * self->scale;

  columns[0] = 86 * self->scale;
  columns[n_columns - 1] = 64 * self->scale;
  titles[0] = _("Day");
  titles[n_columns - 1] = _("Pain (0–10)");
  for (guint c = 1; c <= n_sessions; c++)
    {
      columns[c] = (width - columns[0] - columns[n_columns - 1]) / n_sessions;
      titles[c] = self->sessions->len > 0
                ? g_ptr_array_index (self->session_titles, c - 1)
                : _("Done");
    }

  /* The header row is as tall as its longest title, wrapped. */
  cx = x;
  for (guint c = 0; c < n_columns; c++)
    {
      header = MAX (header, text (self, cr, titles[c], TEXT_LABEL, cx + pad, y + pad, columns[c] - 2 * pad));
      cx += columns[c];
    }
  header += 2 * pad;

  for (guint r = 0; r < LOG_DAYS; r++)
    {
      double ry = y + header + r * row;
      g_autofree char *day = NULL;

      if (g_date_valid (&self->date))
        {
          GDate date = self->date;

          g_date_add_days (&date, r);
          /* Translators: a day in the handout's log, a strftime format, e.g. "Mon 7 Dec" */
          day = format_date (&date, _("%a %-d %b"));
        }
      else
        {
          /* Translators: a day in the handout's log, counting from 1 */
          day = g_strdup_printf (_("Day %u"), r + 1);
        }

      text (self, cr, day, TEXT_BODY, x + pad, ry + (row - style_size (self, TEXT_BODY) * 1.2) / 2,
            columns[0] - 2 * pad);

      cx = x + columns[0];
      for (guint c = 1; c <= n_sessions && cr != NULL; c++)
        {
          tick_box (cr, cx + columns[c] / 2, ry + row / 2, 10 * self->scale);
          cx += columns[c];
        }
    }

  if (cr != NULL)
    stroke_grid (cr, x, y, width, header, row, LOG_DAYS, columns, n_columns);

  return y + header + row * LOG_DAYS - top;
}

static double
run_red_flags (RbHandout *self,
               cairo_t   *cr,
               double     x,
               double     y,
               double     width)
{
  double top = y;
  RbLearnPage *page = self->red_flags;

  y += text (self, cr, _("When to Stop and Seek Help"), TEXT_HEADING, x, y, width) + 4 * self->scale;

  for (guint s = 0; page != NULL && s < rb_learn_page_get_n_sections (page); s++)
    {
      for (guint b = 0; b < rb_learn_page_get_n_blocks (page, s); b++)
        {
          const char *paragraph = NULL;
          const char * const *bullets = NULL;

          switch (rb_learn_page_get_block (page, s, b, &paragraph, &bullets))
            {
            case RB_LEARN_BLOCK_PARAGRAPH:
              y += text (self, cr, paragraph, TEXT_BODY, x, y, width) + 4 * self->scale;
              break;
            case RB_LEARN_BLOCK_BULLETS:
              y += list (self, cr, bullets, FALSE, x, y, width) + 4 * self->scale;
              break;
            case RB_LEARN_BLOCK_LINK:
            default:
              /* A link leads to another screen: nothing to print. */
              break;
            }
        }
    }

  y += 4 * self->scale;
  y += text (self, cr, _("Runback is not a medical device. This is general information, not medical "
                         "advice: it does not replace a doctor or physiotherapist who knows your knee."),
             TEXT_SMALL, x, y, width);

  return y - top;
}

/* Lays out @block @width wide at @x, @y; draws it when @cr is given.
 * Returns its height.
 */
static double
run_block (RbHandout *self,
           Block     *block,
           cairo_t   *cr,
           double     x,
           double     y,
           double     width)
{
  switch (block->kind)
    {
    case RB_HANDOUT_BLOCK_HEADER:
      return run_header (self, cr, x, y, width);
    case RB_HANDOUT_BLOCK_TEXT:
    case RB_HANDOUT_BLOCK_HEADING:
      return run_text (self, block, cr, x, y, width);
    case RB_HANDOUT_BLOCK_EXERCISE:
      return run_exercise (self, block, cr, x, y, width);
    case RB_HANDOUT_BLOCK_RUN_WALK:
      return run_run_walk (self, block, cr, x, y, width);
    case RB_HANDOUT_BLOCK_LOG:
      return run_log (self, cr, x, y, width);
    case RB_HANDOUT_BLOCK_RED_FLAGS:
      return run_red_flags (self, cr, x, y, width);
    default:
      g_assert_not_reached ();
    }
}

static double
footer_height (RbHandout *self)
{
  return style_size (self, TEXT_SMALL) * 2.5;
}

/* Deals the blocks onto pages of this size: a block goes on the next page
 * when it does not fit in what is left of this one, a heading goes with
 * the block after it, and a block taller than a whole page is scaled down
 * to fit one, so that none is ever split.
 */
static void
paginate (RbHandout *self,
          double     width,
          double     height)
{
  double top = MARGIN, bottom = height - MARGIN - footer_height (self);
  double column = width - 2 * MARGIN;
  double y = top;
  guint page = 0;

  if (self->n_pages > 0 && self->cached_width == width && self->cached_height == height)
    return;

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (self->blocks, i);

      block->height = run_block (self, block, NULL, 0, 0, column);
    }

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (self->blocks, i);
      double needed = block->height;

      if (block->keep_with_next && i + 1 < self->blocks->len)
        needed += BLOCK_GAP + ((Block *) g_ptr_array_index (self->blocks, i + 1))->height;

      if (y > top && y + needed > bottom)
        {
          page++;
          y = top;
        }

      block->scale = block->height > bottom - top ? (bottom - top) / block->height : 1;
      block->page = page;
      block->y = y;
      y += block->height * block->scale + BLOCK_GAP;
    }

  self->cached_width = width;
  self->cached_height = height;
  self->n_pages = page + 1;
}

static void
render_footer (RbHandout *self,
               cairo_t   *cr,
               guint      page,
               double     width,
               double     height)
{
  /* Translators: the page number at the foot of a handout's page */
  g_autofree char *number = g_strdup_printf (_("Page %u of %u"), page + 1, self->n_pages);
  g_autofree char *title = rb_handout_dup_title (self);
  double y = height - MARGIN - style_size (self, TEXT_SMALL) * 1.3;
  double number_width = 90 * self->scale;

  rule (cr, MARGIN, y - 4, width - 2 * MARGIN, 0.6);
  text (self, cr, title, TEXT_SMALL, MARGIN, y, width - 2 * MARGIN - number_width);

  /* Right-aligned: measured first. */
  {
    g_autoptr(PangoLayout) layout = pango_layout_new (self->context);
    g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans");
    int w, h;

    pango_font_description_set_absolute_size (font, style_size (self, TEXT_SMALL) * PANGO_SCALE);
    pango_layout_set_font_description (layout, font);
    pango_layout_set_text (layout, number, -1);
    pango_layout_get_size (layout, &w, &h);
    cairo_save (cr);
    cairo_set_source_rgb (cr, 0.3, 0.3, 0.3);
    cairo_move_to (cr, width - MARGIN - (double) w / PANGO_SCALE, y);
    pango_cairo_show_layout (cr, layout);
    cairo_restore (cr);
  }
}

static gboolean
session_included (const RbProgramSession *session,
                  const char * const     *ids)
{
  if (ids == NULL)
    return TRUE;

  return g_strv_contains (ids, rb_program_session_get_id (session));
}

static void
add_advice (RbHandout *self)
{
  Block *heading = add_block (self, RB_HANDOUT_BLOCK_HEADING, _("About This Program"), NULL);

  heading->keep_with_next = TRUE;
  add_block (self, RB_HANDOUT_BLOCK_TEXT, NULL, rb_program_get_summary (self->program));
  add_block (self, RB_HANDOUT_BLOCK_TEXT, _("Who it is for"), rb_program_get_audience (self->program));

  for (guint p = 0; p < rb_program_get_n_phases (self->program); p++)
    {
      const RbPhase *phase = rb_program_get_phase (self->program, p);
      guint weeks = rb_phase_get_weeks (phase);
      guint per_week = rb_phase_get_sessions_per_week (phase);
      g_autofree char *weeks_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u week", "%u weeks",
                                                                  weeks), weeks);
      g_autofree char *per_week_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u session a week",
                                                                     "%u sessions a week", per_week),
                                                        per_week);
      /* Translators: a phase of a program, e.g. "Weeks 1–2: Getting Started · 2 weeks · 2 sessions a week" */
      g_autofree char *title = g_strdup_printf (_("%s · %s · %s"), rb_phase_get_title (phase),
                                                weeks_text, per_week_text);
      const char *note = rb_phase_get_note (phase);

      add_block (self, RB_HANDOUT_BLOCK_TEXT, title, note != NULL ? note : "");
    }
}

static void
add_sessions (RbHandout *self)
{
  for (guint s = 0; s < self->sessions->len; s++)
    {
      const RbProgramSession *session = g_ptr_array_index (self->sessions, s);
      g_autofree char *minutes = g_strdup_printf (_("About %u min"),
                                                  rb_program_session_get_estimated_minutes (session));
      /* Translators: a session's heading in a handout, e.g. "Strength A · About 25 min" */
      g_autofree char *title = g_strdup_printf (_("%s · %s"),
                                                (char *) g_ptr_array_index (self->session_titles, s),
                                                minutes);
      Block *heading = add_block (self, RB_HANDOUT_BLOCK_HEADING, title, NULL);

      heading->keep_with_next = TRUE;

      for (guint i = 0; i < rb_program_session_get_n_items (session); i++)
        {
          const RbSessionItem *item = rb_program_session_get_item (session, i);
          g_autofree char *name = rb_session_item_dup_title (item);
          gboolean exercise = rb_session_item_get_kind (item) == RB_SESSION_ITEM_EXERCISE;
          Block *block = add_block (self, exercise ? RB_HANDOUT_BLOCK_EXERCISE : RB_HANDOUT_BLOCK_RUN_WALK,
                                    name, NULL);

          block->item = item;
        }
    }
}

static PangoContext *
create_context (void)
{
  PangoFontMap *map = pango_cairo_font_map_get_default ();
  PangoContext *context = pango_font_map_create_context (map);
  cairo_font_options_t *options = cairo_font_options_create ();

  /* Unhinted metrics: the same layout at any resolution, on any device. */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  pango_cairo_context_set_resolution (context, 72);
  pango_context_set_round_glyph_positions (context, FALSE);
  cairo_font_options_destroy (options);

  return context;
}

/**
 * rb_handout_new:
 * @program: a program, linked to its exercises
 * @options: the patient's details and what to include
 *
 * Lays out @program for a patient. The options are copied.
 *
 * Returns: (transfer full): a new handout
 */
RbHandout *
rb_handout_new (RbProgram              *program,
                const RbHandoutOptions *options)
{
  RbHandout *self;
  char *previous;

  g_return_val_if_fail (RB_IS_PROGRAM (program), NULL);
  g_return_val_if_fail (options != NULL, NULL);

  self = g_new0 (RbHandout, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->program = g_object_ref (program);
  self->red_flags = options->red_flags != NULL ? g_object_ref (options->red_flags) : NULL;
  self->patient = g_strdup (options->patient);
  self->notes = g_strdup (options->notes);
  self->clinician = g_strdup (options->clinician);
  self->clinic = g_strdup (options->clinic);
  self->language = g_strdup (options->language);
  g_date_clear (&self->date, 1);
  if (options->date != NULL && g_date_valid (options->date))
    self->date = *options->date;
  self->paper = options->paper;
  self->scale = options->large_print ? RB_HANDOUT_LARGE_PRINT_SCALE : 1;
  self->sessions = g_ptr_array_new ();
  self->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) block_free);
  self->running = rb_figure_new_builtin ("running", NULL);
  self->walking = rb_figure_new_builtin ("walking", NULL);
  self->context = create_context ();

  previous = enter_language (self);
  self->session_titles = g_ptr_array_new_with_free_func (g_free);
  for (guint p = 0; p < rb_program_get_n_phases (program); p++)
    {
      const RbPhase *phase = rb_program_get_phase (program, p);

      for (guint i = 0; i < rb_phase_get_n_sessions (phase); i++)
        {
          const RbProgramSession *session = rb_phase_get_session (phase, i);

          if (!session_included (session, options->sessions))
            continue;

          g_ptr_array_add (self->sessions, (gpointer) session);
          /* Sessions of different phases may share a title ("At Home"). */
          g_ptr_array_add (self->session_titles,
                           rb_program_get_n_phases (program) > 1
                           /* Translators: a phase's title and a session's, e.g. "Weeks 1–2: Learn the Movements — At Home" */
                           ? g_strdup_printf (_("%s — %s"), rb_phase_get_title (phase),
                                              rb_program_session_get_title (session))
                           : g_strdup (rb_program_session_get_title (session)));
        }
    }

  add_block (self, RB_HANDOUT_BLOCK_HEADER, rb_program_get_title (program), NULL);
  if (self->notes != NULL && self->notes[0] != '\0')
    add_block (self, RB_HANDOUT_BLOCK_TEXT, _("Notes from Your Clinician"), self->notes);
  add_advice (self);
  add_sessions (self);
  add_block (self, RB_HANDOUT_BLOCK_LOG, _("Your Log"), NULL);
  add_block (self, RB_HANDOUT_BLOCK_RED_FLAGS, _("When to Stop and Seek Help"), NULL);
  leave_language (previous);

  /* The builtin figures always exist; a test checks them. */
  g_assert (self->running != NULL && self->walking != NULL);

  return self;
}

RbHandout *
rb_handout_ref (RbHandout *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
rb_handout_unref (RbHandout *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_clear_object (&self->program);
  g_clear_object (&self->red_flags);
  g_clear_object (&self->context);
  g_clear_pointer (&self->running, rb_figure_unref);
  g_clear_pointer (&self->walking, rb_figure_unref);
  g_ptr_array_unref (self->sessions);
  g_ptr_array_unref (self->session_titles);
  g_ptr_array_unref (self->blocks);
  g_free (self->patient);
  g_free (self->notes);
  g_free (self->clinician);
  g_free (self->clinic);
  g_free (self->language);
  g_free (self);
}

/**
 * rb_handout_dup_title:
 * @self: a #RbHandout
 *
 * Returns: (transfer full): the program's title, with the patient's name
 *   when there is one: the title of the PDF and the foot of each page
 */
char *
rb_handout_dup_title (RbHandout *self)
{
  char *previous, *title;

  g_return_val_if_fail (self != NULL, NULL);

  if (self->patient == NULL || self->patient[0] == '\0')
    return g_strdup (rb_program_get_title (self->program));

  previous = enter_language (self);
  /* Translators: a handout's title: a program's title and a patient's name */
  title = g_strdup_printf (_("%s for %s"), rb_program_get_title (self->program), self->patient);
  leave_language (previous);

  return title;
}

/**
 * rb_handout_paper_get_size:
 * @paper: a paper
 * @width_pt: (out): its width in points
 * @height_pt: (out): its height in points
 */
void
rb_handout_paper_get_size (RbHandoutPaper  paper,
                           double         *width_pt,
                           double         *height_pt)
{
  *width_pt = paper == RB_HANDOUT_PAPER_LETTER ? RB_HANDOUT_LETTER_WIDTH : RB_HANDOUT_A4_WIDTH;
  *height_pt = paper == RB_HANDOUT_PAPER_LETTER ? RB_HANDOUT_LETTER_HEIGHT : RB_HANDOUT_A4_HEIGHT;
}

/**
 * rb_handout_get_n_pages:
 * @self: a #RbHandout
 * @width_pt: the page's width, in points
 * @height_pt: the page's height, in points
 *
 * Paginates the handout for pages of that size.
 *
 * Returns: the number of pages, at least 1
 */
guint
rb_handout_get_n_pages (RbHandout *self,
                        double     width_pt,
                        double     height_pt)
{
  char *previous;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (width_pt > 2 * MARGIN && height_pt > 4 * MARGIN, 0);

  previous = enter_language (self);
  paginate (self, width_pt, height_pt);
  leave_language (previous);

  return self->n_pages;
}

/**
 * rb_handout_render_page:
 * @self: a #RbHandout
 * @page: the page, counting from 0
 * @cr: a cairo context whose units are points, the page's top left at 0, 0
 * @width_pt: the page's width, in points
 * @height_pt: the page's height, in points
 *
 * Draws one page: its blocks and the footer with the page number. Text
 * and figures stay vector.
 */
void
rb_handout_render_page (RbHandout *self,
                        guint      page,
                        cairo_t   *cr,
                        double     width_pt,
                        double     height_pt)
{
  char *previous;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (width_pt > 2 * MARGIN && height_pt > 4 * MARGIN);

  previous = enter_language (self);
  paginate (self, width_pt, height_pt);
  if (page >= self->n_pages)
    {
      leave_language (previous);
      g_return_if_reached ();
    }

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (self->blocks, i);

      if (block->page != page)
        continue;

      cairo_save (cr);
      cairo_translate (cr, MARGIN, block->y);
      cairo_scale (cr, block->scale, block->scale);
      run_block (self, block, cr, 0, 0, width_pt - 2 * MARGIN);
      cairo_restore (cr);
    }

  render_footer (self, cr, page, width_pt, height_pt);
  leave_language (previous);
}

/**
 * rb_handout_get_n_blocks:
 * @self: a #RbHandout
 *
 * Returns: how many blocks the handout holds
 */
guint
rb_handout_get_n_blocks (RbHandout *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->blocks->len;
}

/**
 * rb_handout_get_block:
 * @self: a #RbHandout
 * @width_pt: the page's width, in points
 * @height_pt: the page's height, in points
 * @index: the block, counting from 0
 * @block: (out): where it went
 *
 * Tells where a block goes on pages of that size; for tests.
 *
 * Returns: %FALSE when @index is past the last block
 */
gboolean
rb_handout_get_block (RbHandout      *self,
                      double          width_pt,
                      double          height_pt,
                      guint           index,
                      RbHandoutBlock *block)
{
  Block *found;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (block != NULL, FALSE);

  if (index >= self->blocks->len)
    return FALSE;

  paginate (self, width_pt, height_pt);
  found = g_ptr_array_index (self->blocks, index);
  block->kind = found->kind;
  block->label = found->label;
  block->page = found->page;
  block->top = found->y;
  block->bottom = found->y + found->height * found->scale;

  return TRUE;
}

/**
 * rb_handout_get_body_area:
 * @self: a #RbHandout
 * @width_pt: the page's width, in points
 * @height_pt: the page's height, in points
 * @top: (out): where blocks may start
 * @bottom: (out): where they must end, above the footer
 */
void
rb_handout_get_body_area (RbHandout *self,
                          double     width_pt,
                          double     height_pt,
                          double    *top,
                          double    *bottom)
{
  g_return_if_fail (self != NULL);

  *top = MARGIN;
  *bottom = height_pt - MARGIN - footer_height (self);
}

static cairo_status_t
append_bytes_cb (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/**
 * rb_handout_export_pdf:
 * @self: a #RbHandout
 * @path: the file to write
 * @error: return location for a #GError
 *
 * Writes the handout as a PDF on its paper, atomically: a temporary file
 * in the same folder is renamed over @path once complete, so a failed
 * export leaves any earlier file as it was. The folder must exist.
 *
 * Returns: %TRUE on success
 */
gboolean
rb_handout_export_pdf (RbHandout   *self,
                       const char  *path,
                       GError     **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  g_autofree char *title = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  double width, height;
  guint n_pages;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  rb_handout_paper_get_size (self->paper, &width, &height);
  n_pages = rb_handout_get_n_pages (self, width, height);
  title = rb_handout_dup_title (self);

  surface = cairo_pdf_surface_create_for_stream (append_bytes_cb, bytes, width, height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Runback");
  cr = cairo_create (surface);
  for (guint page = 0; page < n_pages; page++)
    {
      rb_handout_render_page (self, page, cr, width, height);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_autofree char *name = g_filename_display_name (path);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Cannot write %s: %s"),
                   name, cairo_status_to_string (status));
      return FALSE;
    }

  /* Readable by others, as any document: the umask decides. */
  return g_file_set_contents_full (path, (const char *) bytes->data, bytes->len,
                                   G_FILE_SET_CONTENTS_CONSISTENT, 0666, error);
}
