/* rb-progression-text.h: a progression's stages, rules and spikes in
 * plain words.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rb-progression.h"

G_BEGIN_DECLS

char *rb_progression_describe_duration (guint                         seconds);
char *rb_progression_describe_stage    (const RbProgression          *self,
                                        guint                         stage);
char *rb_progression_describe_rule     (const RbProgression          *self,
                                        RbProgressionRule             rule,
                                        const RbProgressionOverrides *overrides);
char *rb_progression_describe_spike    (const RbProgression          *self,
                                        const RbRunOutcome           *outcomes,
                                        guint                         n_outcomes,
                                        guint                         index);

G_END_DECLS
