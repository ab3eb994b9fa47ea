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

char     *rb_dosage_describe (const RbDosage *dosage);
gboolean  rb_dosage_is_timed (const RbDosage *dosage);

G_END_DECLS
