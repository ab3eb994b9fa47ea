/* rb-dosage-private.h
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "rb-dosage.h"

G_BEGIN_DECLS

gboolean rb_dosage_read (JsonObject  *object,
                         const char  *path,
                         RbDosage    *inout,
                         GError     **error);

G_END_DECLS
