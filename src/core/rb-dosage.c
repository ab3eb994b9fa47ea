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

/* The members of a "dosage" object, their ranges and where they go: the
 * one table both the reader and rb_dosage_check() go by, so that a
 * dosage from a file and one from the editor meet the same limits with
 * the same messages. Tempo members live in the nested "tempo" object.
 */
typedef struct
{
  const char   *member;
  RbDosageMask  bit;
  gsize         offset;
  guint         min;
  guint         max;
  gboolean      boolean;
  gboolean      tempo;
} Field;

#define FIELD_UINT(m, b, f, lo, hi) { m, b, G_STRUCT_OFFSET (RbDosage, f), lo, hi, FALSE, FALSE }
#define FIELD_BOOL(m, b, f)         { m, b, G_STRUCT_OFFSET (RbDosage, f), 0, 1, TRUE, FALSE }
#define FIELD_TEMPO(m, b, f)        { m, b, G_STRUCT_OFFSET (RbDosage, f), 0, 10, FALSE, TRUE }

static const Field fields[] = {
  FIELD_UINT ("sets", RB_DOSAGE_MASK_SETS, sets, 1, 20),
  FIELD_UINT ("reps", RB_DOSAGE_MASK_REPS, reps, 0, 100),
  FIELD_UINT ("hold_seconds", RB_DOSAGE_MASK_HOLD_SECONDS, hold_seconds, 0, 600),
  FIELD_UINT ("sides", RB_DOSAGE_MASK_SIDES, sides, 1, 2),
  FIELD_UINT ("rest_seconds", RB_DOSAGE_MASK_REST_SECONDS, rest_seconds, 0, 600),
  FIELD_BOOL ("own_pace", RB_DOSAGE_MASK_OWN_PACE, own_pace),
  FIELD_UINT ("duration_minutes", RB_DOSAGE_MASK_DURATION_MINUTES, duration_minutes, 0, 240),
  FIELD_BOOL ("editable_default", RB_DOSAGE_MASK_EDITABLE_DEFAULT, editable_default),
  FIELD_TEMPO ("down", RB_DOSAGE_MASK_TEMPO_DOWN, tempo_down),
  FIELD_TEMPO ("hold", RB_DOSAGE_MASK_TEMPO_HOLD, tempo_hold),
  FIELD_TEMPO ("up", RB_DOSAGE_MASK_TEMPO_UP, tempo_up),
};

#define FIELD_PTR(dosage, field) ((guint *) (gpointer) ((guint8 *) (dosage) + (field)->offset))

/* Reads the members of a "dosage" object over @inout, so that a program's
 * override changes only what it names; @mask says which were named.
 */
gboolean
rb_dosage_read_masked (JsonObject    *object,
                       const char    *path,
                       RbDosage      *inout,
                       RbDosageMask  *mask,
                       GError       **error)
{
  static const char * const members[] = {
    "sets", "reps", "hold_seconds", "sides", "rest_seconds", "tempo",
    "own_pace", "duration_minutes", "editable_default", NULL
  };
  static const char * const tempo_members[] = { "down", "hold", "up", NULL };
  g_autofree char *tempo_path = rb_json_path_member (path, "tempo");
  RbDosage read = *inout;
  RbDosageMask found = RB_DOSAGE_MASK_NONE;
  JsonObject *tempo;

  if (!rb_json_check_members (object, path, members, error) ||
      !rb_json_get_object (object, path, "tempo", FALSE, &tempo, error))
    return FALSE;

  if (tempo != NULL && !rb_json_check_members (tempo, tempo_path, tempo_members, error))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      const Field *field = &fields[i];
      JsonObject *from = field->tempo ? tempo : object;
      const char *where = field->tempo ? tempo_path : path;
      gboolean ok;

      if (from == NULL || !json_object_has_member (from, field->member))
        continue;

      if (field->boolean)
        ok = rb_json_get_boolean (from, where, field->member, (gboolean *) FIELD_PTR (&read, field), error);
      else
        ok = rb_json_get_uint (from, where, field->member, field->min, field->max,
                               FIELD_PTR (&read, field), error);
      if (!ok)
        return FALSE;
      found |= field->bit;
    }

  /* The reader checked each member as it went; this keeps the editor's
   * check honest against the same table. */
  if (!rb_dosage_check_at (&read, found, path, error))
    return FALSE;

  *inout = read;
  if (mask != NULL)
    *mask = found;
  return TRUE;
}

gboolean
rb_dosage_read (JsonObject  *object,
                const char  *path,
                RbDosage    *inout,
                GError     **error)
{
  return rb_dosage_read_masked (object, path, inout, NULL, error);
}

/**
 * rb_dosage_check_at:
 * @dosage: a dosage
 * @mask: the members to check
 * @path: (nullable): the JSON path of the dosage, for messages
 * @error: return location for a #GError
 *
 * Returns: %TRUE when every member in @mask is within its range
 */
gboolean
rb_dosage_check_at (const RbDosage *dosage,
                    RbDosageMask    mask,
                    const char     *path,
                    GError        **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      const Field *field = &fields[i];
      g_autofree char *tempo_path = NULL;
      g_autofree char *where = NULL;
      guint value;

      if ((mask & field->bit) == 0)
        continue;

      value = *FIELD_PTR (dosage, field);
      if (field->boolean ? value <= 1 : (value >= field->min && value <= field->max))
        continue;

      tempo_path = field->tempo ? rb_json_path_member (path, "tempo") : g_strdup (path);
      where = rb_json_path_member (tempo_path, field->member);
      if (field->boolean)
        g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID,
                     "%s: %s", where, _("must be true or false"));
      else
        {
          g_autofree char *message = g_strdup_printf (_("must be between %u and %u"), field->min, field->max);

          g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID, "%s: %s", where, message);
        }
      return FALSE;
    }

  return TRUE;
}

/**
 * rb_dosage_check:
 * @dosage: a dosage, e.g. one edited by the user
 * @mask: the members that are set
 * @error: return location for a #GError
 *
 * Checks the members in @mask against the ranges of
 * docs/content-format.md, with the loader's messages (e.g. "sets: must
 * be between 1 and 20").
 *
 * Returns: %TRUE when @dosage is within range
 */
gboolean
rb_dosage_check (const RbDosage *dosage,
                 RbDosageMask    mask,
                 GError        **error)
{
  g_return_val_if_fail (dosage != NULL, FALSE);

  return rb_dosage_check_at (dosage, mask, NULL, error);
}

/**
 * rb_dosage_apply:
 * @inout: a dosage, e.g. an exercise's default
 * @override: the members to put over it
 * @mask: which members of @override to use
 */
void
rb_dosage_apply (RbDosage       *inout,
                 const RbDosage *override,
                 RbDosageMask    mask)
{
  g_return_if_fail (inout != NULL);
  g_return_if_fail (override != NULL);

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if ((mask & fields[i].bit) != 0)
      *FIELD_PTR (inout, &fields[i]) = *FIELD_PTR (override, &fields[i]);
}

/**
 * rb_dosage_equal:
 * @a: a dosage
 * @b: another
 * @mask: the members to compare
 *
 * Returns: whether @a and @b agree on every member in @mask
 */
gboolean
rb_dosage_equal (const RbDosage *a,
                 const RbDosage *b,
                 RbDosageMask    mask)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      guint x = *FIELD_PTR (a, &fields[i]), y = *FIELD_PTR (b, &fields[i]);

      if ((mask & fields[i].bit) != 0 && (fields[i].boolean ? !x != !y : x != y))
        return FALSE;
    }

  return TRUE;
}

/* The "dosage" object of the members in @mask; tempo members nest. */
JsonNode *
rb_dosage_to_json (const RbDosage *dosage,
                   RbDosageMask    mask)
{
  JsonObject *object = json_object_new ();
  JsonObject *tempo = NULL;
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      const Field *field = &fields[i];
      guint value = *FIELD_PTR (dosage, field);
      JsonObject *to = object;

      if ((mask & field->bit) == 0)
        continue;

      if (field->tempo)
        {
          if (tempo == NULL)
            {
              tempo = json_object_new ();
              json_object_set_object_member (object, "tempo", tempo);
            }
          to = tempo;
        }

      if (field->boolean)
        json_object_set_boolean_member (to, field->member, value != 0);
      else
        json_object_set_int_member (to, field->member, value);
    }

  json_node_take_object (node, object);
  return node;
}
