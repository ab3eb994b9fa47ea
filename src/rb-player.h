/* rb-player.h
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rb-library.h"
#include "rb-session-recorder.h"

G_BEGIN_DECLS

#define RB_TYPE_PLAYER (rb_player_get_type ())

G_DECLARE_FINAL_TYPE (RbPlayer, rb_player, RB, PLAYER, GtkBox)

GtkWidget         *rb_player_new          (RbSessionRecorder *recorder,
                                           RbLibrary         *library,
                                           gboolean           ask_pain);
RbSession         *rb_player_get_session  (RbPlayer          *self);

G_END_DECLS
