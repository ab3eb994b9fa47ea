/* rb-library-gate.h
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rb-library.h"

G_BEGIN_DECLS

#define RB_TYPE_LIBRARY_GATE (rb_library_gate_get_type ())

G_DECLARE_FINAL_TYPE (RbLibraryGate, rb_library_gate, RB, LIBRARY_GATE, GtkWidget)

void rb_library_gate_set_library (RbLibraryGate *self,
                                  RbLibrary     *library);

G_END_DECLS
