/* rb-application.h
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rb-library.h"

G_BEGIN_DECLS

#define RB_TYPE_APPLICATION (rb_application_get_type ())

G_DECLARE_FINAL_TYPE (RbApplication, rb_application, RB, APPLICATION, AdwApplication)

RbApplication *rb_application_new (const char        *application_id,
                                   GApplicationFlags  flags);
RbLibrary     *rb_application_get_library (RbApplication *self);

G_END_DECLS
