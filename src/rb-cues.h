/* rb-cues.h: sounds and spoken words that guide a session.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum
{
  RB_CUE_TICK,
  RB_CUE_COUNTDOWN,
  RB_CUE_START,
  RB_CUE_SWITCH,
  RB_CUE_DONE,
  RB_N_CUES
} RbCue;

#define RB_TYPE_CUES (rb_cues_get_type ())

G_DECLARE_FINAL_TYPE (RbCues, rb_cues, RB, CUES, GObject)

RbCues   *rb_cues_new          (GSettings  *settings);
void      rb_cues_play         (RbCues     *self,
                                RbCue       cue);
void      rb_cues_say          (RbCues     *self,
                                const char *text);
guint     rb_cues_get_n_played (RbCues     *self);
gboolean  rb_cues_is_playing   (RbCues     *self);
gboolean  rb_cues_can_speak    (void);

G_END_DECLS
