/* rb-dosage.c
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rb-dosage-private.h"
#include "rb-json-private.h"

/**
 * rb_dosage_is_timed:
 * @dosage: a #RbDosage
 *
 * Returns: %TRUE when @dosage is a timed activity (icing, cycling…)
 *   rather than sets of reps or holds
 */
gboolean
rb_dosage_is_timed (const RbDosage *dosage)
{
  g_return_val_if_fail (dosage != NULL, FALSE);

  return dosage->duration_minutes > 0 && dosage->reps == 0 && dosage->hold_seconds == 0;
}

static void
append_part (GString    *string,
             const char *part)
{
  if (string->len > 0)
    /* Translators: separates parts of a dosage, e.g. "3 sets of 10 reps · 60 s rest" */
    g_string_append (string, _(" · "));
  g_string_append (string, part);
}

/**
 * rb_dosage_describe:
 * @dosage: a #RbDosage
 *
 * Describes @dosage in plain words, e.g. "3 sets of 10 reps · each side ·
 * 60 s rest", "Hold 30 s · each side · 2 times" or "5 minutes · each side".
 *
 * Returns: (transfer full): a translated description
 */
char *
rb_dosage_describe (const RbDosage *dosage)
{
  g_autoptr(GString) string = g_string_new (NULL);
  g_autofree char *part = NULL;

  g_return_val_if_fail (dosage != NULL, NULL);

  if (rb_dosage_is_timed (dosage))
    {
      part = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u minute", "%u minutes",
                                           dosage->duration_minutes),
                              dosage->duration_minutes);
      append_part (string, part);
      if (dosage->sides == 2)
        append_part (string, _("each side"));
      return g_string_free (g_steal_pointer (&string), FALSE);
    }

  if (dosage->reps > 0)
    {
      g_autofree char *reps = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u rep", "%u reps",
                                                            dosage->reps),
                                               dosage->reps);
      if (dosage->sets > 1)
        /* Translators: e.g. "3 sets of 10 reps"; the second %s is "10 reps" */
        part = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u set of %s", "%u sets of %s",
                                             dosage->sets),
                                dosage->sets, reps);
      else
        part = g_steal_pointer (&reps);
      append_part (string, part);
      g_clear_pointer (&part, g_free);

      if (dosage->hold_seconds > 0)
        {
          part = g_strdup_printf (_("hold %u\u00a0s each"), dosage->hold_seconds);
          append_part (string, part);
          g_clear_pointer (&part, g_free);
        }
    }
  else if (dosage->hold_seconds > 0)
    {
      part = g_strdup_printf (_("Hold %u\u00a0s"), dosage->hold_seconds);
      append_part (string, part);
      g_clear_pointer (&part, g_free);
    }

  if (dosage->own_pace)
    append_part (string, _("at your own pace"));

  if (dosage->sides == 2)
    append_part (string, _("each side"));

  if (dosage->reps == 0 && dosage->sets > 1)
    {
      part = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u time", "%u times", dosage->sets),
                              dosage->sets);
      append_part (string, part);
      g_clear_pointer (&part, g_free);
    }

  if (dosage->rest_seconds > 0 && dosage->sets > 1)
    {
      part = g_strdup_printf (_("%u\u00a0s rest"), dosage->rest_seconds);
      append_part (string, part);
      g_clear_pointer (&part, g_free);
    }

  if (dosage->duration_minutes > 0)
    {
      part = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u minute", "%u minutes",
                                           dosage->duration_minutes),
                              dosage->duration_minutes);
      append_part (string, part);
    }

  return g_string_free (g_steal_pointer (&string), FALSE);
}

/* Reads the members of a "dosage" object over @inout, so that a program's
 * override changes only what it names.
 */
gboolean
rb_dosage_read (JsonObject  *object,
                const char  *path,
                RbDosage    *inout,
                GError     **error)
{
  static const char * const members[] = {
    "sets", "reps", "hold_seconds", "sides", "rest_seconds", "tempo",
    "own_pace", "duration_minutes", "editable_default", NULL
  };
  static const char * const tempo_members[] = { "down", "hold", "up", NULL };
  g_autofree char *tempo_path = rb_json_path_member (path, "tempo");
  JsonObject *tempo;

  if (!rb_json_check_members (object, path, members, error) ||
      !rb_json_get_uint (object, path, "sets", 1, 20, &inout->sets, error) ||
      !rb_json_get_uint (object, path, "reps", 0, 100, &inout->reps, error) ||
      !rb_json_get_uint (object, path, "hold_seconds", 0, 600, &inout->hold_seconds, error) ||
      !rb_json_get_uint (object, path, "sides", 1, 2, &inout->sides, error) ||
      !rb_json_get_uint (object, path, "rest_seconds", 0, 600, &inout->rest_seconds, error) ||
      !rb_json_get_boolean (object, path, "own_pace", &inout->own_pace, error) ||
      !rb_json_get_uint (object, path, "duration_minutes", 0, 240, &inout->duration_minutes, error) ||
      !rb_json_get_boolean (object, path, "editable_default", &inout->editable_default, error) ||
      !rb_json_get_object (object, path, "tempo", FALSE, &tempo, error))
    return FALSE;

  if (tempo != NULL &&
      (!rb_json_check_members (tempo, tempo_path, tempo_members, error) ||
       !rb_json_get_uint (tempo, tempo_path, "down", 0, 10, &inout->tempo_down, error) ||
       !rb_json_get_uint (tempo, tempo_path, "hold", 0, 10, &inout->tempo_hold, error) ||
       !rb_json_get_uint (tempo, tempo_path, "up", 0, 10, &inout->tempo_up, error)))
    return FALSE;

  return TRUE;
}
