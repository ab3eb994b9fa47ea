/* rb-progression-private.h: reading a program's progression.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "rb-progression.h"

G_BEGIN_DECLS

RbProgression *rb_progression_new_from_json (JsonObject      *object,
                                             const char      *path,
                                             gboolean         bundled,
                                             GError         **error);
void           rb_progression_set_session   (RbProgression   *self,
                                             const RbRunWalk *run_walk);
void           rb_progression_free          (RbProgression   *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RbProgression, rb_progression_free)

G_END_DECLS
