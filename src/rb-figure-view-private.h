/* rb-figure-view-private.h: what tests look at in a figure view.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rb-figure-view.h"

G_BEGIN_DECLS

guint  rb_figure_view_get_n_draws        (RbFigureView *self);
double rb_figure_view_get_drawn_position (RbFigureView *self);

G_END_DECLS
