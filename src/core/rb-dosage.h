/* rb-dosage.h
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * RbDosage:
 * @sets: number of sets, at least 1
 * @reps: reps per set (per side when @sides is 2); 0 for holds and timed activities
 * @hold_seconds: hold per rep (or per set when @reps is 0)
 * @sides: 1, or 2 when done on the left and on the right
 * @rest_seconds: rest between sets
 * @tempo_down: seconds of the lowering phase of one rep
 * @tempo_hold: seconds held at the bottom of one rep
 * @tempo_up: seconds of the raising phase of one rep
 * @own_pace: reps at your own pace: the session waits for "Done"
 * @duration_minutes: length of a timed activity (icing, cycling, warm-up)
 * @editable_default: the article gives no dosage; this one is a rule of thumb
 *   or comes from the reference the exercise's source names
 *
 * How much of an exercise to do. Plain data, copied by value. See
 * docs/content-format.md for the JSON form and the ranges.
 */
typedef struct
{
  guint    sets;
  guint    reps;
  guint    hold_seconds;
  guint    sides;
  guint    rest_seconds;
  guint    tempo_down;
  guint    tempo_hold;
  guint    tempo_up;
  gboolean own_pace;
  guint    duration_minutes;
  gboolean editable_default;
} RbDosage;

#define RB_DOSAGE_INIT { .sets = 1, .sides = 1 }

/**
 * RbDosageMask:
 *
 * Which members of an #RbDosage are set: a program's item overrides only
 * these members of its exercise's default dosage, and writes only these
 * to its `dosage` object.
 */
typedef enum
{
  RB_DOSAGE_MASK_NONE             = 0,
  RB_DOSAGE_MASK_SETS             = 1 << 0,
  RB_DOSAGE_MASK_REPS             = 1 << 1,
  RB_DOSAGE_MASK_HOLD_SECONDS     = 1 << 2,
  RB_DOSAGE_MASK_SIDES            = 1 << 3,
  RB_DOSAGE_MASK_REST_SECONDS     = 1 << 4,
  RB_DOSAGE_MASK_OWN_PACE         = 1 << 5,
  RB_DOSAGE_MASK_DURATION_MINUTES = 1 << 6,
  RB_DOSAGE_MASK_EDITABLE_DEFAULT = 1 << 7,
  RB_DOSAGE_MASK_TEMPO_DOWN       = 1 << 8,
  RB_DOSAGE_MASK_TEMPO_HOLD       = 1 << 9,
  RB_DOSAGE_MASK_TEMPO_UP         = 1 << 10,
  RB_DOSAGE_MASK_ALL              = (1 << 11) - 1,
} RbDosageMask;

#define RB_DOSAGE_MASK_TEMPO (RB_DOSAGE_MASK_TEMPO_DOWN | RB_DOSAGE_MASK_TEMPO_HOLD | RB_DOSAGE_MASK_TEMPO_UP)

char     *rb_dosage_describe (const RbDosage *dosage);
gboolean  rb_dosage_is_timed (const RbDosage *dosage);
gboolean  rb_dosage_check    (const RbDosage *dosage,
                              RbDosageMask    mask,
                              GError        **error);
void      rb_dosage_apply    (RbDosage       *inout,
                              const RbDosage *override,
                              RbDosageMask    mask);
gboolean  rb_dosage_equal    (const RbDosage *a,
                              const RbDosage *b,
                              RbDosageMask    mask);

G_END_DECLS
