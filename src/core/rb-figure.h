/* rb-figure.h: an exercise's illustration, as pose keyframes.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

typedef enum
{
  RB_FIGURE_STYLE_LIGHT,
  RB_FIGURE_STYLE_DARK,
  RB_FIGURE_STYLE_PRINT,
} RbFigureStyle;

typedef struct _RbFigure RbFigure;

#define RB_FIGURE_N_ANGLES 12

#define RB_TYPE_FIGURE (rb_figure_get_type ())

GType     rb_figure_get_type          (void) G_GNUC_CONST;
RbFigure *rb_figure_new_from_json     (JsonNode      *node,
                                       const char    *path,
                                       GError       **error);
RbFigure *rb_figure_new_builtin       (const char    *id,
                                       GError       **error);
GStrv     rb_figure_dup_builtin_ids   (void);
RbFigure *rb_figure_ref               (RbFigure      *self);
void      rb_figure_unref             (RbFigure      *self);
guint     rb_figure_get_n_keyframes   (RbFigure      *self);
void      rb_figure_render            (RbFigure      *self,
                                       cairo_t       *cr,
                                       double         x,
                                       double         y,
                                       double         width,
                                       double         height,
                                       double         t,
                                       RbFigureStyle  style);
gboolean  rb_figure_export            (RbFigure      *self,
                                       const char    *path,
                                       guint          size,
                                       GError       **error);
double    rb_figure_get_end_t         (RbFigure      *self);
double    rb_figure_get_t_at          (RbFigure      *self,
                                       gint64         elapsed,
                                       gint64         period);
double    rb_figure_get_t_at_position (RbFigure      *self,
                                       double         position,
                                       gboolean       returning);
void      rb_figure_get_angles        (RbFigure      *self,
                                       double         t,
                                       double        *angles);
void      rb_figure_get_bounds        (RbFigure      *self,
                                       double        *x,
                                       double        *y,
                                       double        *width,
                                       double        *height);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RbFigure, rb_figure_unref)

G_END_DECLS
