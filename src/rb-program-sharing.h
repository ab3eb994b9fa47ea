/* rb-program-sharing.h
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rb-window.h"

G_BEGIN_DECLS

void rb_program_sharing_export        (RbWindow   *window,
                                       RbLibrary  *library,
                                       const char *program_id);
void rb_program_sharing_choose_import (RbWindow   *window,
                                       RbLibrary  *library);
void rb_program_sharing_import        (RbWindow   *window,
                                       RbLibrary  *library,
                                       GFile      *file);

G_END_DECLS
