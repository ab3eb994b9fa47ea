/* rb-units.h
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * RbDistanceUnit:
 * @RB_DISTANCE_UNIT_KM: kilometres
 * @RB_DISTANCE_UNIT_MI: miles
 *
 * The unit distances are shown in (the `distance-unit` setting).
 */
typedef enum
{
  RB_DISTANCE_UNIT_KM,
  RB_DISTANCE_UNIT_MI,
} RbDistanceUnit;

RbDistanceUnit rb_distance_unit_from_string (const char     *name);
char          *rb_format_distance           (double          metres,
                                             RbDistanceUnit  unit);

G_END_DECLS
