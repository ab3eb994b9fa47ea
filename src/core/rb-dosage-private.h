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
gboolean rb_dosage_read_masked (JsonObject    *object,
                                const char    *path,
                                RbDosage      *inout,
                                RbDosageMask  *mask,
                                GError       **error);
gboolean rb_dosage_check_at    (const RbDosage *dosage,
                                RbDosageMask    mask,
                                const char     *path,
                                GError        **error);
JsonNode *rb_dosage_to_json    (const RbDosage *dosage,
                                RbDosageMask    mask);

G_END_DECLS
