/* test-cues.c: cues never hold up the player.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The test machine has no audio device and no speech service: every cue
 * must still return and leave the main loop running.
 */

#include "config.h"

#include "rb-cues.h"
#include "rb-test-ui.h"

static gboolean
is_quiet (gpointer cues)
{
  return !rb_cues_is_playing (cues);
}

static void
play_everything (RbCues *cues)
{
  for (guint round = 0; round < 3; round++)
    for (RbCue cue = 0; cue < RB_N_CUES; cue++)
      rb_cues_play (cues, cue);

  rb_cues_say (cues, "Squat, set 1 of 3");
  rb_cues_say (cues, "Switch to the left leg");

  /* Each sound plays to its end (into a silent sink, with no audio
   * device) while the main loop runs. */
  g_assert_true (rb_test_wait_until (is_quiet, cues));
}

static void
test_cues_settings (void)
{
  g_autoptr(GSettings) settings = g_settings_new (BASE_ID);
  g_autoptr(RbCues) cues = rb_cues_new (settings);

  g_settings_set_boolean (settings, "sound-cues", TRUE);
  g_settings_set_boolean (settings, "metronome", FALSE);
  play_everything (cues);
  /* Ticks are the metronome's; the other four cues play each round. */
  g_assert_cmpuint (rb_cues_get_n_played (cues), ==, 3 * (RB_N_CUES - 1));

  g_settings_set_boolean (settings, "sound-cues", FALSE);
  play_everything (cues);
  g_assert_cmpuint (rb_cues_get_n_played (cues), ==, 3 * (RB_N_CUES - 1));

  g_settings_set_boolean (settings, "sound-cues", TRUE);
  g_settings_set_boolean (settings, "metronome", TRUE);
  play_everything (cues);
  g_assert_cmpuint (rb_cues_get_n_played (cues), ==, 3 * (RB_N_CUES - 1) + 3 * RB_N_CUES);
}

int
main (int   argc,
      char *argv[])
{
  if (!rb_test_ui_init (&argc, &argv))
    return 0;

  g_test_add_func ("/rb/cues/settings", test_cues_settings);

  return g_test_run ();
}
