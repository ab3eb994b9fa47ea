/* rb-figure-view.h
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rb-figure.h"
#include "rb-session.h"

G_BEGIN_DECLS

#define RB_TYPE_FIGURE_VIEW (rb_figure_view_get_type ())

G_DECLARE_FINAL_TYPE (RbFigureView, rb_figure_view, RB, FIGURE_VIEW, GtkWidget)

GtkWidget *rb_figure_view_new           (RbFigure     *figure,
                                         guint         period_ms);
RbFigure  *rb_figure_view_get_figure    (RbFigureView *self);
gboolean   rb_figure_view_get_animated  (RbFigureView *self);
void       rb_figure_view_set_animated  (RbFigureView *self,
                                         gboolean      animated);
void       rb_figure_view_set_session   (RbFigureView *self,
                                         RbSession    *session);
gboolean   rb_figure_view_is_animating  (RbFigureView *self);

G_END_DECLS
