/* rb-program-editor.h
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rb-library.h"
#include "rb-program-builder.h"

G_BEGIN_DECLS

#define RB_TYPE_PROGRAM_EDITOR (rb_program_editor_get_type ())

G_DECLARE_FINAL_TYPE (RbProgramEditor, rb_program_editor, RB, PROGRAM_EDITOR, GtkBox)

GtkWidget        *rb_program_editor_new         (RbLibrary        *library,
                                                 RbProgramBuilder *builder,
                                                 gboolean          replacing);
RbProgramBuilder *rb_program_editor_get_builder (RbProgramEditor  *self);
RbProgram        *rb_program_editor_save        (RbProgramEditor  *self,
                                                 GError          **error);

G_END_DECLS
