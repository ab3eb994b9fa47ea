/* rb-programs-view.h
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rb-library.h"

G_BEGIN_DECLS

#define RB_TYPE_PROGRAMS_VIEW (rb_programs_view_get_type ())

G_DECLARE_FINAL_TYPE (RbProgramsView, rb_programs_view, RB, PROGRAMS_VIEW, GtkWidget)

void        rb_programs_view_set_library    (RbProgramsView *self,
                                             RbLibrary      *library);
GListModel *rb_programs_view_get_exercises  (RbProgramsView *self);
void        rb_programs_view_show_exercises (RbProgramsView *self);

G_END_DECLS
