/* rb-exercise.h
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "rb-dosage.h"
#include "rb-figure.h"

G_BEGIN_DECLS

typedef enum
{
  RB_CATEGORY_STRENGTH,
  RB_CATEGORY_STRETCH,
  RB_CATEGORY_MOBILITY,
  RB_CATEGORY_CARDIO,
  RB_CATEGORY_RECOVERY,
} RbCategory;

#define RB_N_CATEGORIES (RB_CATEGORY_RECOVERY + 1)

const char *rb_category_to_string     (RbCategory  category);
gboolean    rb_category_from_string   (const char *string,
                                       RbCategory *category);
const char *rb_category_get_label     (RbCategory  category);

const char * const *rb_equipment_get_all   (void);
const char         *rb_equipment_get_label (const char *equipment);

/* At most this many parts of a timed activity, each at most this long
 * (the longest activity); see docs/content-format.md. */
#define RB_EXERCISE_MAX_PARTS        20
#define RB_EXERCISE_MAX_PART_SECONDS (240 * 60)

#define RB_TYPE_EXERCISE (rb_exercise_get_type ())

G_DECLARE_FINAL_TYPE (RbExercise, rb_exercise, RB, EXERCISE, GObject)

const char          *rb_exercise_get_id           (RbExercise *self);
const char          *rb_exercise_get_name         (RbExercise *self);
const char          *rb_exercise_get_summary      (RbExercise *self);
const char          *rb_exercise_get_source       (RbExercise *self);
RbCategory           rb_exercise_get_category     (RbExercise *self);
const char * const  *rb_exercise_get_equipment    (RbExercise *self);
char                *rb_exercise_dup_equipment_label (RbExercise *self);
const RbDosage      *rb_exercise_get_dosage       (RbExercise *self);
const char * const  *rb_exercise_get_steps        (RbExercise *self);
guint                rb_exercise_get_n_parts      (RbExercise *self);
const char          *rb_exercise_get_part         (RbExercise *self,
                                                   guint       index,
                                                   guint      *seconds);
const char          *rb_exercise_get_part_at      (RbExercise *self,
                                                   gint64      elapsed,
                                                   gint64      duration,
                                                   guint      *index);
const char * const  *rb_exercise_get_cues         (RbExercise *self);
const char * const  *rb_exercise_get_cautions     (RbExercise *self);
RbFigure            *rb_exercise_get_figure       (RbExercise *self);
gboolean             rb_exercise_is_bundled       (RbExercise *self);
gboolean             rb_exercise_uses_equipment   (RbExercise *self,
                                                   const char *equipment);
gboolean             rb_exercise_matches          (RbExercise *self,
                                                   const char *search,
                                                   int         category,
                                                   const char *equipment);
gboolean             rb_exercise_matches_words    (RbExercise         *self,
                                                   const char * const *words,
                                                   int                 category,
                                                   const char         *equipment);

GStrv                rb_search_words_new          (const char         *search);
gboolean             rb_search_words_narrow       (const char * const *narrow,
                                                   const char * const *wide);

G_END_DECLS
