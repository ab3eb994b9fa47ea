/* rb-countdown-ring.h
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rb-session.h"

G_BEGIN_DECLS

#define RB_TYPE_COUNTDOWN_RING (rb_countdown_ring_get_type ())

G_DECLARE_FINAL_TYPE (RbCountdownRing, rb_countdown_ring, RB, COUNTDOWN_RING, GtkWidget)

void rb_countdown_ring_set_session (RbCountdownRing *self,
                                    RbSession       *session);

G_END_DECLS
