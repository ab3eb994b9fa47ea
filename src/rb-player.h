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

/**
 * RbPlayerOutcome:
 * @RB_PLAYER_OUTCOME_SAVED: the session is in the journal, on disk
 * @RB_PLAYER_OUTCOME_SAVE_FAILED: the session is in the journal's memory,
 *   and the journal could not be written yet
 * @RB_PLAYER_OUTCOME_DISCARDED: the user let the session go
 *
 * How the player ended, in RbPlayer::finished.
 */
typedef enum
{
  RB_PLAYER_OUTCOME_SAVED,
  RB_PLAYER_OUTCOME_SAVE_FAILED,
  RB_PLAYER_OUTCOME_DISCARDED,
} RbPlayerOutcome;

#define RB_TYPE_PLAYER_OUTCOME (rb_player_outcome_get_type ())
GType rb_player_outcome_get_type (void) G_GNUC_CONST;

#define RB_TYPE_PLAYER (rb_player_get_type ())

G_DECLARE_FINAL_TYPE (RbPlayer, rb_player, RB, PLAYER, GtkBox)

GtkWidget         *rb_player_new          (RbSessionRecorder *recorder,
                                           RbLibrary         *library,
                                           gboolean           ask_pain);
RbSession         *rb_player_get_session  (RbPlayer          *self);
gboolean           rb_player_get_in_progress (RbPlayer       *self);

G_END_DECLS
