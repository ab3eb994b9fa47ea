/* test-units.c
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "rb-units.h"

static void
test_units_format_distance (void)
{
  static const struct
  {
    double          metres;
    RbDistanceUnit  unit;
    const char     *text;
  } cases[] = {
    { 0, RB_DISTANCE_UNIT_KM, "0.0 km" },
    { 5200, RB_DISTANCE_UNIT_KM, "5.2 km" },
    { 5249, RB_DISTANCE_UNIT_KM, "5.2 km" },
    { 5250, RB_DISTANCE_UNIT_KM, "5.3 km" },
    { 42195, RB_DISTANCE_UNIT_KM, "42.2 km" },
    { 99949, RB_DISTANCE_UNIT_KM, "99.9 km" },
    /* Rounds up to 100: no tenths from there on. */
    { 99960, RB_DISTANCE_UNIT_KM, "100 km" },
    { 142400, RB_DISTANCE_UNIT_KM, "142 km" },
    { 1609.344, RB_DISTANCE_UNIT_MI, "1.0 mi" },
    { 5000, RB_DISTANCE_UNIT_MI, "3.1 mi" },
    { 42195, RB_DISTANCE_UNIT_MI, "26.2 mi" },
    { 400, RB_DISTANCE_UNIT_MI, "0.2 mi" },
    { 200000, RB_DISTANCE_UNIT_MI, "124 mi" },
    /* Nonsense reads as nothing run. */
    { -5, RB_DISTANCE_UNIT_KM, "0.0 km" },
    { NAN, RB_DISTANCE_UNIT_MI, "0.0 mi" },
    { INFINITY, RB_DISTANCE_UNIT_KM, "0.0 km" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = rb_format_distance (cases[i].metres, cases[i].unit);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

static void
test_units_from_string (void)
{
  g_assert_cmpint (rb_distance_unit_from_string ("km"), ==, RB_DISTANCE_UNIT_KM);
  g_assert_cmpint (rb_distance_unit_from_string ("mi"), ==, RB_DISTANCE_UNIT_MI);
  /* The schema allows nothing else, but a missing key reads as metric. */
  g_assert_cmpint (rb_distance_unit_from_string (NULL), ==, RB_DISTANCE_UNIT_KM);
  g_assert_cmpint (rb_distance_unit_from_string ("furlongs"), ==, RB_DISTANCE_UNIT_KM);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/rb/units/format-distance", test_units_format_distance);
  g_test_add_func ("/rb/units/from-string", test_units_from_string);

  return g_test_run ();
}
