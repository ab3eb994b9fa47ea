/* rb-countdown-ring-private.h: what tests look at in the ring.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rb-countdown-ring.h"

G_BEGIN_DECLS

guint    rb_countdown_ring_get_n_draws (RbCountdownRing *self);

G_END_DECLS
