/* rb-units.c: distances in the unit the user chose.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "rb-units.h"

#define METRES_PER_KM 1000.0
#define METRES_PER_MI 1609.344

/* From here on, tenths are noise next to the whole distance. */
#define WHOLE_FROM 100.0

/**
 * rb_distance_unit_from_string:
 * @name: (nullable): a value of the `distance-unit` setting: "km" or "mi"
 *
 * Returns: the unit; kilometres for anything but "mi"
 */
RbDistanceUnit
rb_distance_unit_from_string (const char *name)
{
  return g_strcmp0 (name, "mi") == 0 ? RB_DISTANCE_UNIT_MI : RB_DISTANCE_UNIT_KM;
}

/**
 * rb_format_distance:
 * @metres: a distance in metres
 * @unit: the unit to show it in
 *
 * Formats a distance for people: one decimal ("5.2 km", "0.4 mi"), none
 * from 100 on ("142 km"). A negative or unknown distance reads as 0.
 *
 * Returns: (transfer full): the distance, translated
 */
char *
rb_format_distance (double         metres,
                    RbDistanceUnit unit)
{
  double value;

  if (!isfinite (metres) || metres < 0)
    metres = 0;

  value = metres / (unit == RB_DISTANCE_UNIT_MI ? METRES_PER_MI : METRES_PER_KM);
  /* Rounded first, so that 99.96 reads "100", not "100.0". */
  value = round (value * 10) / 10;

  if (unit == RB_DISTANCE_UNIT_MI)
    return value >= WHOLE_FROM
           /* Translators: a distance in miles, "142 mi" */
           ? g_strdup_printf (_("%.0f mi"), value)
           /* Translators: a distance in miles, "3.1 mi" */
           : g_strdup_printf (_("%.1f mi"), value);

  return value >= WHOLE_FROM
         /* Translators: a distance in kilometres, "142 km" */
         ? g_strdup_printf (_("%.0f km"), value)
         /* Translators: a distance in kilometres, "5.2 km" */
         : g_strdup_printf (_("%.1f km"), value);
}
