/* rb-exercise.c
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rb-content-private.h"
#include "rb-core-enums.h"
#include "rb-dosage-private.h"
#include "rb-json-private.h"

struct _RbExercise
{
  GObject     parent_instance;

  char       *id;
  char       *name;
  char       *summary;
  char       *search_key;     /* name and summary casefolded, for searches */
  char       *source;
  RbCategory  category;
  GStrv       equipment;
  RbDosage    dosage;
  GStrv       steps;
  GStrv       parts;          /* of a timed activity, in order; may be NULL */
  guint      *part_seconds;   /* the length of each of @parts */
  GStrv       cues;
  GStrv       cautions;
  RbFigure   *figure;
  gboolean    bundled;
};

G_DEFINE_FINAL_TYPE (RbExercise, rb_exercise, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_SUMMARY,
  PROP_SOURCE,
  PROP_CATEGORY,
  PROP_EQUIPMENT,
  PROP_EQUIPMENT_LABEL,
  PROP_BUNDLED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const category_names[] = {
  "strength", "stretch", "mobility", "cardio", "recovery", NULL
};

static const char * const equipment_names[] = {
  "none", "chair", "wall", "mat", "resistance-band", "leg-press-machine",
  "hamstring-curl-machine", "foam-roller", "ice-pack", "bike", "pool", "pillow",
  "compression-bandage", NULL
};

const char *
rb_category_to_string (RbCategory category)
{
  g_return_val_if_fail (category < RB_N_CATEGORIES, NULL);

  return category_names[category];
}

gboolean
rb_category_from_string (const char *string,
                         RbCategory *category)
{
  for (guint i = 0; category_names[i] != NULL; i++)
    {
      if (g_strcmp0 (string, category_names[i]) == 0)
        {
          *category = i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
rb_category_get_label (RbCategory category)
{
  switch (category)
    {
    case RB_CATEGORY_STRENGTH:
      return _("Strength");
    case RB_CATEGORY_STRETCH:
      return _("Stretch");
    case RB_CATEGORY_MOBILITY:
      return _("Mobility");
    case RB_CATEGORY_CARDIO:
      return _("Cross-Training");
    case RB_CATEGORY_RECOVERY:
      return _("Recovery");
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * rb_equipment_get_all:
 *
 * Returns: (transfer none): every known equipment id, in display order
 */
const char * const *
rb_equipment_get_all (void)
{
  return equipment_names;
}

const char *
rb_equipment_get_label (const char *equipment)
{
  static const struct { const char *id; const char *label; } labels[] = {
    { "none", N_("No equipment") },
    { "chair", N_("Chair") },
    { "wall", N_("Wall") },
    { "mat", N_("Mat") },
    { "resistance-band", N_("Resistance band") },
    { "leg-press-machine", N_("Leg press machine") },
    { "hamstring-curl-machine", N_("Hamstring curl machine") },
    { "foam-roller", N_("Foam roller") },
    { "ice-pack", N_("Ice pack") },
    { "bike", N_("Bike") },
    { "pool", N_("Pool") },
    { "pillow", N_("Pillow") },
    { "compression-bandage", N_("Compression bandage") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      if (g_strcmp0 (equipment, labels[i].id) == 0)
        return _(labels[i].label);
    }

  return equipment;
}

static void
rb_exercise_finalize (GObject *object)
{
  RbExercise *self = RB_EXERCISE (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->search_key, g_free);
  g_clear_pointer (&self->source, g_free);
  g_clear_pointer (&self->equipment, g_strfreev);
  g_clear_pointer (&self->steps, g_strfreev);
  g_clear_pointer (&self->parts, g_strfreev);
  g_clear_pointer (&self->part_seconds, g_free);
  g_clear_pointer (&self->cues, g_strfreev);
  g_clear_pointer (&self->cautions, g_strfreev);
  g_clear_pointer (&self->figure, rb_figure_unref);

  G_OBJECT_CLASS (rb_exercise_parent_class)->finalize (object);
}

static void
rb_exercise_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  RbExercise *self = RB_EXERCISE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;
    case PROP_SOURCE:
      g_value_set_string (value, self->source);
      break;
    case PROP_CATEGORY:
      g_value_set_enum (value, self->category);
      break;
    case PROP_EQUIPMENT:
      g_value_set_boxed (value, self->equipment);
      break;
    case PROP_EQUIPMENT_LABEL:
      g_value_take_string (value, rb_exercise_dup_equipment_label (self));
      break;
    case PROP_BUNDLED:
      g_value_set_boolean (value, self->bundled);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rb_exercise_class_init (RbExerciseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = rb_exercise_finalize;
  object_class->get_property = rb_exercise_get_property;

  /* Read-only: an exercise is what its file says, fixed once read. */
  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, ro);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, ro);
  properties[PROP_SUMMARY] = g_param_spec_string ("summary", NULL, NULL, NULL, ro);
  properties[PROP_SOURCE] = g_param_spec_string ("source", NULL, NULL, NULL, ro);
  properties[PROP_CATEGORY] =
    g_param_spec_enum ("category", NULL, NULL, RB_TYPE_CATEGORY, RB_CATEGORY_STRENGTH, ro);
  properties[PROP_EQUIPMENT] = g_param_spec_boxed ("equipment", NULL, NULL, G_TYPE_STRV, ro);
  properties[PROP_EQUIPMENT_LABEL] = g_param_spec_string ("equipment-label", NULL, NULL, NULL, ro);
  properties[PROP_BUNDLED] = g_param_spec_boolean ("bundled", NULL, NULL, FALSE, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rb_exercise_init (RbExercise *self)
{
  self->dosage = (RbDosage) RB_DOSAGE_INIT;
}

static gboolean
read_equipment (RbExercise  *self,
                JsonObject  *root,
                GError     **error)
{
  if (!rb_json_get_strv (root, "", "equipment", TRUE, 1, &self->equipment, error))
    return FALSE;

  for (guint i = 0; self->equipment[i] != NULL; i++)
    {
      if (!g_strv_contains (equipment_names, self->equipment[i]))
        {
          g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID,
                       _("equipment[%u]: unknown equipment “%s”"), i, self->equipment[i]);
          return FALSE;
        }
    }

  /* "No equipment" beside a chair or a wall would read as a contradiction. */
  if (g_strv_contains ((const char * const *) self->equipment, "none") &&
      g_strv_length (self->equipment) > 1)
    {
      g_set_error_literal (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID,
                           _("equipment: “none” cannot be combined with other equipment"));
      return FALSE;
    }

  return TRUE;
}

static gboolean
read_dosage (RbExercise  *self,
             JsonObject  *root,
             GError     **error)
{
  JsonObject *dosage;

  if (!rb_json_get_object (root, "", "dosage", TRUE, &dosage, error) ||
      !rb_dosage_read (dosage, "dosage", &self->dosage, error))
    return FALSE;

  if (self->dosage.reps == 0 && self->dosage.hold_seconds == 0 &&
      self->dosage.duration_minutes == 0 && !self->dosage.own_pace)
    {
      g_set_error_literal (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID,
                           _("dosage: needs reps, hold_seconds, duration_minutes or own_pace"));
      return FALSE;
    }

  return TRUE;
}

static gboolean
read_part (RbExercise   *self,
           JsonArray    *array,
           guint         index,
           GStrvBuilder *texts,
           GError      **error)
{
  static const char * const members[] = { "text", "seconds", NULL };
  g_autofree char *where = rb_json_path_index ("parts", index);
  g_autofree char *text = NULL;
  JsonNode *node = json_array_get_element (array, index);
  guint seconds = 0;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID,
                   _("%s: expected %s, found %s"), where, "an object", rb_json_node_type_name (node));
      return FALSE;
    }

  if (!rb_json_check_members (json_node_get_object (node), where, members, error) ||
      !rb_json_get_string (json_node_get_object (node), where, "text", TRUE, &text, error) ||
      !rb_json_get_uint (json_node_get_object (node), where, "seconds", 1, RB_EXERCISE_MAX_PART_SECONDS,
                         &seconds, error))
    return FALSE;

  if (seconds == 0)
    {
      g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID,
                   _("%s.seconds: missing"), where);
      return FALSE;
    }

  g_strv_builder_add (texts, text);
  self->part_seconds[index] = seconds;

  return TRUE;
}

/* The parts of a timed activity: what to do in turn, each for some
 * seconds, adding up to the activity's length. */
static gboolean
read_parts (RbExercise  *self,
            JsonObject  *root,
            GError     **error)
{
  g_autoptr(GStrvBuilder) texts = g_strv_builder_new ();
  JsonArray *array;
  guint64 total = 0;
  guint n_parts;

  if (!rb_json_get_array (root, "", "parts", FALSE, 1, &array, error))
    return FALSE;
  if (array == NULL)
    return TRUE;

  if (!rb_dosage_is_timed (&self->dosage))
    {
      g_set_error_literal (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID,
                           _("parts: only a timed activity (dosage.duration_minutes) has parts"));
      return FALSE;
    }

  n_parts = json_array_get_length (array);
  if (n_parts > RB_EXERCISE_MAX_PARTS)
    {
      g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID,
                   _("parts: %u parts; an exercise has at most %u"), n_parts, RB_EXERCISE_MAX_PARTS);
      return FALSE;
    }

  self->part_seconds = g_new0 (guint, n_parts);
  for (guint i = 0; i < n_parts; i++)
    {
      if (!read_part (self, array, i, texts, error))
        return FALSE;
      total += self->part_seconds[i];
    }

  if (total != (guint64) self->dosage.duration_minutes * 60)
    {
      g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID,
                   /* Not G_GUINT64_FORMAT: xgettext cannot see through it,
                    * and would cut the message short at the "%". */
                   _("parts: the parts last %llu s in all, but "
                     "dosage.duration_minutes is %u s"),
                   (unsigned long long) total, self->dosage.duration_minutes * 60);
      return FALSE;
    }

  self->parts = g_strv_builder_end (texts);

  return TRUE;
}

/* The text searches look in, casefolded once rather than on each key:
 * the name and the summary, apart. Search words are split at spaces and
 * tabs, so none spans the tab between them.
 */
static char *
make_search_key (const char *name,
                 const char *summary)
{
  g_autofree char *folded_name = g_utf8_casefold (name, -1);
  g_autofree char *folded_summary = g_utf8_casefold (summary, -1);

  return g_strconcat (folded_name, "\t", folded_summary, NULL);
}

RbExercise *
rb_exercise_new_from_json (JsonObject  *root,
                           gboolean     bundled,
                           GError     **error)
{
  static const char * const members[] = {
    "format", "version", "id", "name", "category", "equipment", "summary",
    "dosage", "parts", "steps", "cues", "cautions", "source", "illustration", NULL
  };
  g_autoptr(RbExercise) self = g_object_new (RB_TYPE_EXERCISE, NULL);
  g_autofree char *name = NULL, *summary = NULL, *category = NULL, *source = NULL;
  JsonNode *illustration;

  if (!rb_json_check_header (root, "runback.exercise", 1, error) ||
      !rb_json_check_members (root, "", members, error) ||
      !rb_json_get_id (root, "", "id", &self->id, error) ||
      !rb_json_get_string (root, "", "name", TRUE, &name, error) ||
      !rb_json_get_string (root, "", "category", TRUE, &category, error))
    return NULL;

  if (!rb_category_from_string (category, &self->category))
    {
      g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID,
                   _("category: unknown category “%s”"), category);
      return NULL;
    }

  if (!read_equipment (self, root, error) ||
      !rb_json_get_string (root, "", "summary", TRUE, &summary, error) ||
      !read_dosage (self, root, error) ||
      !read_parts (self, root, error) ||
      !rb_json_get_strv (root, "", "steps", TRUE, 1, &self->steps, error) ||
      !rb_json_get_strv (root, "", "cues", FALSE, 0, &self->cues, error) ||
      !rb_json_get_strv (root, "", "cautions", FALSE, 0, &self->cautions, error) ||
      !rb_json_get_string (root, "", "source", FALSE, &source, error))
    return NULL;

  illustration = json_object_get_member (root, "illustration");
  if (illustration != NULL &&
      !(self->figure = rb_figure_new_from_json (illustration, "illustration", error)))
    return NULL;

  self->bundled = bundled;
  self->name = rb_content_translate (name, bundled);
  self->summary = rb_content_translate (summary, bundled);
  self->search_key = make_search_key (self->name, self->summary);
  self->source = source ? rb_content_translate (source, bundled) : NULL;
  self->steps = rb_content_translate_strv (self->steps, bundled);
  if (self->parts != NULL)
    self->parts = rb_content_translate_strv (self->parts, bundled);
  self->cues = rb_content_translate_strv (self->cues, bundled);
  self->cautions = rb_content_translate_strv (self->cautions, bundled);

  return g_steal_pointer (&self);
}

const char *
rb_exercise_get_id (RbExercise *self)
{
  g_return_val_if_fail (RB_IS_EXERCISE (self), NULL);

  return self->id;
}

const char *
rb_exercise_get_name (RbExercise *self)
{
  g_return_val_if_fail (RB_IS_EXERCISE (self), NULL);

  return self->name;
}

const char *
rb_exercise_get_summary (RbExercise *self)
{
  g_return_val_if_fail (RB_IS_EXERCISE (self), NULL);

  return self->summary;
}

/**
 * rb_exercise_get_source:
 * @self: a #RbExercise
 *
 * Returns: (nullable): where the advice comes from when it is not the
 *   article, or %NULL
 */
const char *
rb_exercise_get_source (RbExercise *self)
{
  g_return_val_if_fail (RB_IS_EXERCISE (self), NULL);

  return self->source;
}

RbCategory
rb_exercise_get_category (RbExercise *self)
{
  g_return_val_if_fail (RB_IS_EXERCISE (self), 0);

  return self->category;
}

const char * const *
rb_exercise_get_equipment (RbExercise *self)
{
  g_return_val_if_fail (RB_IS_EXERCISE (self), NULL);

  return (const char * const *) self->equipment;
}

gboolean
rb_exercise_uses_equipment (RbExercise *self,
                            const char *equipment)
{
  g_return_val_if_fail (RB_IS_EXERCISE (self), FALSE);

  return g_strv_contains ((const char * const *) self->equipment, equipment);
}

/**
 * rb_exercise_dup_equipment_label:
 * @self: a #RbExercise
 *
 * Returns: (transfer full): the equipment in words, e.g. "Wall · Chair"
 *   or "No equipment"
 */
char *
rb_exercise_dup_equipment_label (RbExercise *self)
{
  g_autoptr(GString) label = g_string_new (NULL);

  g_return_val_if_fail (RB_IS_EXERCISE (self), NULL);

  for (guint i = 0; self->equipment != NULL && self->equipment[i] != NULL; i++)
    {
      if (i > 0)
        /* Translators: separates pieces of equipment, e.g. "Wall · Chair" */
        g_string_append (label, _(" · "));
      g_string_append (label, rb_equipment_get_label (self->equipment[i]));
    }

  return g_string_free (g_steal_pointer (&label), FALSE);
}

const RbDosage *
rb_exercise_get_dosage (RbExercise *self)
{
  g_return_val_if_fail (RB_IS_EXERCISE (self), NULL);

  return &self->dosage;
}

const char * const *
rb_exercise_get_steps (RbExercise *self)
{
  g_return_val_if_fail (RB_IS_EXERCISE (self), NULL);

  return (const char * const *) self->steps;
}

/**
 * rb_exercise_get_n_parts:
 * @self: a #RbExercise
 *
 * Returns: the number of parts of a timed activity, 0 when it states none
 */
guint
rb_exercise_get_n_parts (RbExercise *self)
{
  g_return_val_if_fail (RB_IS_EXERCISE (self), 0);

  return self->parts != NULL ? g_strv_length (self->parts) : 0;
}

/**
 * rb_exercise_get_part:
 * @self: a #RbExercise
 * @index: a part, below rb_exercise_get_n_parts()
 * @seconds: (out) (optional): how long the part lasts at the exercise's
 *   own duration
 *
 * Returns: what to do in the part, translated
 */
const char *
rb_exercise_get_part (RbExercise *self,
                      guint       index,
                      guint      *seconds)
{
  g_return_val_if_fail (RB_IS_EXERCISE (self), NULL);
  g_return_val_if_fail (index < rb_exercise_get_n_parts (self), NULL);

  if (seconds != NULL)
    *seconds = self->part_seconds[index];

  return self->parts[index];
}

/**
 * rb_exercise_get_part_at:
 * @self: a #RbExercise
 * @elapsed: microseconds into the timed step, pauses excluded
 *   (rb_session_get_step_elapsed())
 * @duration: the step's length in microseconds (`RbStep.duration`), or
 *   0 for the exercise's own duration
 * @index: (out) (optional): the part under way, from 0
 *
 * Which part of a timed activity is under way: "Walk briskly" for the
 * first two minutes of a warm-up, then "Swing each leg…". A program may
 * give the activity another length than the exercise's own; the parts
 * then keep their shares of it. Before the start, the first part is
 * under way; after the end, the last.
 *
 * Returns: (nullable): what to do now, translated, or %NULL when the
 *   exercise has no parts (show its first step instead)
 */
const char *
rb_exercise_get_part_at (RbExercise *self,
                         gint64      elapsed,
                         gint64      duration,
                         guint      *index)
{
  guint n_parts, total = 0, start = 0, i;
  double at;

  g_return_val_if_fail (RB_IS_EXERCISE (self), NULL);

  n_parts = rb_exercise_get_n_parts (self);
  if (index != NULL)
    *index = 0;
  if (n_parts == 0)
    return NULL;

  /* The parts add up to duration_minutes × 60, checked when read. */
  total = self->dosage.duration_minutes * 60;
  if (duration <= 0)
    duration = (gint64) total * G_USEC_PER_SEC;

  /* Where the step is, in the parts' own seconds. */
  at = (double) MAX (elapsed, 0) / (double) duration * total;
  for (i = 0; i + 1 < n_parts; i++)
    {
      start += self->part_seconds[i];
      if (at < start)
        break;
    }

  if (index != NULL)
    *index = i;

  return self->parts[i];
}

const char * const *
rb_exercise_get_cues (RbExercise *self)
{
  g_return_val_if_fail (RB_IS_EXERCISE (self), NULL);

  return (const char * const *) self->cues;
}

const char * const *
rb_exercise_get_cautions (RbExercise *self)
{
  g_return_val_if_fail (RB_IS_EXERCISE (self), NULL);

  return (const char * const *) self->cautions;
}

/**
 * rb_exercise_get_figure:
 * @self: a #RbExercise
 *
 * Returns: (transfer none) (nullable): the illustration, or %NULL
 */
RbFigure *
rb_exercise_get_figure (RbExercise *self)
{
  g_return_val_if_fail (RB_IS_EXERCISE (self), NULL);

  return self->figure;
}

gboolean
rb_exercise_is_bundled (RbExercise *self)
{
  g_return_val_if_fail (RB_IS_EXERCISE (self), FALSE);

  return self->bundled;
}

/**
 * rb_search_words_new:
 * @search: (nullable): what was typed in a search box
 *
 * Splits @search at spaces and tabs into casefolded words, dropping the
 * empty ones.
 *
 * Returns: (transfer full): the words; empty for an empty @search
 */
GStrv
rb_search_words_new (const char *search)
{
  g_auto(GStrv) parts = g_strsplit_set (search != NULL ? search : "", " \t", -1);
  GPtrArray *words = g_ptr_array_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (parts[i][0] != '\0')
        g_ptr_array_add (words, g_utf8_casefold (parts[i], -1));
    }
  g_ptr_array_add (words, NULL);

  return (GStrv) g_ptr_array_free (words, FALSE);
}

/**
 * rb_search_words_narrow:
 * @narrow: words from rb_search_words_new()
 * @wide: words from rb_search_words_new()
 *
 * Whatever @narrow matches, @wide matches too when each word of @wide is
 * part of a word of @narrow: a letter typed at the end of a search, or
 * another word, only narrows it. A list can then refilter only what it
 * shows.
 *
 * Returns: whether everything @narrow matches is known to match @wide
 */
gboolean
rb_search_words_narrow (const char * const *narrow,
                        const char * const *wide)
{
  g_return_val_if_fail (narrow != NULL, FALSE);
  g_return_val_if_fail (wide != NULL, FALSE);

  for (guint i = 0; wide[i] != NULL; i++)
    {
      gboolean found = FALSE;

      for (guint j = 0; !found && narrow[j] != NULL; j++)
        found = strstr (narrow[j], wide[i]) != NULL;
      if (!found)
        return FALSE;
    }

  return TRUE;
}

/**
 * rb_exercise_matches_words:
 * @self: a #RbExercise
 * @words: words from rb_search_words_new()
 * @category: a #RbCategory, or -1 for any
 * @equipment: (nullable): an equipment id, or %NULL for any
 *
 * As rb_exercise_matches(), with the search split and casefolded once
 * for a whole list rather than for each exercise.
 *
 * Returns: whether @self matches
 */
gboolean
rb_exercise_matches_words (RbExercise         *self,
                           const char * const *words,
                           int                 category,
                           const char         *equipment)
{
  g_return_val_if_fail (RB_IS_EXERCISE (self), FALSE);
  g_return_val_if_fail (words != NULL, FALSE);

  if (category >= 0 && self->category != (RbCategory) category)
    return FALSE;

  if (equipment != NULL && !rb_exercise_uses_equipment (self, equipment))
    return FALSE;

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (strstr (self->search_key, words[i]) == NULL)
        return FALSE;
    }

  return TRUE;
}

/**
 * rb_exercise_matches:
 * @self: a #RbExercise
 * @search: (nullable): words to find in the name or summary, or %NULL
 * @category: a #RbCategory, or -1 for any
 * @equipment: (nullable): an equipment id, or %NULL for any
 *
 * The exercise library's search and filters: case-insensitive, and every
 * word of @search must appear.
 *
 * Returns: whether @self matches
 */
gboolean
rb_exercise_matches (RbExercise *self,
                     const char *search,
                     int         category,
                     const char *equipment)
{
  g_auto(GStrv) words = NULL;

  g_return_val_if_fail (RB_IS_EXERCISE (self), FALSE);

  words = rb_search_words_new (search);

  return rb_exercise_matches_words (self, (const char * const *) words, category, equipment);
}
