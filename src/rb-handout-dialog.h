/* rb-handout-dialog.h: print or export a program's handout.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rb-handout.h"
#include "rb-library.h"

G_BEGIN_DECLS

#define RB_TYPE_HANDOUT_DIALOG (rb_handout_dialog_get_type ())

G_DECLARE_FINAL_TYPE (RbHandoutDialog, rb_handout_dialog, RB, HANDOUT_DIALOG, AdwWindow)

GtkWidget         *rb_handout_dialog_new           (GtkWindow   *parent,
                                                    RbLibrary   *library,
                                                    RbProgram   *program,
                                                    gboolean     print);
GtkPrintOperation *rb_handout_print_operation_new  (RbHandout   *handout,
                                                    RbHandoutPaper paper);

G_END_DECLS
