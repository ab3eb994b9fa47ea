/* rb-month-print.h
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "rb-month.h"

G_BEGIN_DECLS

void     rb_month_print_render      (RbMonth           *month,
                                     cairo_t           *cr,
                                     double             width,
                                     double             height);
void     rb_month_print_draw_symbol (cairo_t           *cr,
                                     RbScheduleStatus   status,
                                     double             x,
                                     double             y,
                                     double             size);
gboolean rb_month_print_to_pdf      (RbMonth           *month,
                                     const char        *path,
                                     GError           **error);

G_END_DECLS
