/* rb-learn-view.h
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rb-library.h"

G_BEGIN_DECLS

#define RB_TYPE_LEARN_VIEW (rb_learn_view_get_type ())

G_DECLARE_FINAL_TYPE (RbLearnView, rb_learn_view, RB, LEARN_VIEW, GtkWidget)

void rb_learn_view_set_library    (RbLearnView  *self,
                                   RbLibrary    *library);

G_END_DECLS
