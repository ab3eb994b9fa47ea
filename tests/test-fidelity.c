/* test-fidelity.c: the bundled content keeps the article's facts.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runback's content comes from the article “Dealing with Inner Knee Pain
 * from Running”. These tests read the content the way the app does,
 * through RbLibrary, and fail when one of the article's key facts goes
 * missing, when a claim the article contradicts comes back, or when
 * advice the article does not give has no source (see "Sources" in
 * docs/content-format.md for the rule).
 */

#include "config.h"

#include <string.h>

#include "rb-library.h"
#include "rb-progression.h"

#define ARTICLE_TITLE "Dealing with Inner Knee Pain from Running"

/* A dash or "to" between the two ends of a range, as in "15–20" or "15 to 20". */
#define TO "(–|-| to )"

typedef struct
{
  const char *where;   /* "learn:ID", "exercise:ID", "program:ID", or NULL for anywhere */
  const char *pattern; /* a case-insensitive regular expression */
  const char *fact;
} Fact;

/* What the article says, and where the content must say it too. */
static const Fact facts[] = {
  /* Causes and symptoms. */
  { "learn:causes", "overuse", "overuse is the usual cause" },
  { "learn:causes", "patellofemoral pain", "patellofemoral pain syndrome" },
  { "learn:causes", "runner’s knee", "also called runner's knee" },
  { "learn:causes", "medial collateral ligament \\(MCL\\)", "MCL sprain or tear" },
  { "learn:causes", "menisc", "meniscus tear" },
  { "learn:causes", "iliotibial", "iliotibial band syndrome" },
  { "learn:causes", "arthritis", "arthritis" },
  { "learn:causes", "stress fracture", "stress fracture" },
  { "learn:causes", "muscle imbalances", "muscle imbalances" },
  { "learn:symptoms", "inner side of the knee", "pain on the inside of the knee" },
  { "learn:symptoms", "swelling", "swelling" },
  { "learn:symptoms", "stiffness", "stiffness" },
  { "learn:symptoms", "clicking", "clicking sounds" },
  { "learn:symptoms", "popping", "popping sounds" },
  { "learn:symptoms", "difficulty bearing weight", "difficulty bearing weight" },
  /* When to see a doctor. */
  { "learn:when-to-see-a-doctor", "severe", "severe pain" },
  { "learn:when-to-see-a-doctor", "persists", "persistent pain" },
  { "learn:when-to-see-a-doctor", "swelling", "swelling" },
  { "learn:when-to-see-a-doctor", "redness", "redness" },
  { "learn:when-to-see-a-doctor", "warmth", "warmth" },
  { "learn:when-to-see-a-doctor", "interferes with your daily activities", "pain that interferes with daily activities" },
  { "learn:when-to-see-a-doctor", "does not improve with rest", "pain that does not improve with rest" },
  { "learn:when-to-see-a-doctor", "difficulty bearing weight", "difficulty bearing weight" },
  { "learn:when-to-see-a-doctor", "meniscus tear, arthritis or a stress fracture", "signs of a more serious condition" },
  /* Common mistakes and surfaces. */
  { "learn:common-mistakes", "too much", "overtraining" },
  { "learn:common-mistakes", "support or cushioning", "improper footwear" },
  { "learn:common-mistakes", "hard surfaces", "hard surfaces" },
  { "learn:common-mistakes", "uneven", "uneven surfaces" },
  { "learn:common-mistakes", "flat, even routes", "flat and even routes" },
  { "learn:common-mistakes", "track or a treadmill", "a track or treadmill" },
  { "learn:common-mistakes", "overstriding", "overstriding" },
  { "learn:common-mistakes", "strength training", "neglecting strength training" },
  /* Prevention. */
  { "learn:prevention", "mileage and the intensity", "increase mileage and intensity gradually" },
  { "learn:prevention", "cross-train[^\n]*swimming or cycling", "cross-training: swimming or cycling" },
  { "learn:prevention", "warm up with dynamic", "dynamic warm-up before running" },
  { "learn:prevention", "stretch after running", "static stretching after running" },
  { "learn:prevention", "quadriceps[^\n]*hamstrings", "strengthen the quadriceps and hamstrings" },
  { "learn:prevention", "inner thigh", "stretch the inner thigh" },
  { "learn:prevention", "arch support", "shoes with good arch support" },
  { "learn:prevention", "orthotics or insoles", "orthotics or insoles" },
  { "learn:prevention", "flat, even routes", "flat and even routes" },
  { "learn:prevention", "ice or heat", "ice or heat" },
  { "learn:prevention", "rest days", "rest days" },
  { "learn:prevention", "listen to your body", "listen to your body" },
  { "learn:prevention", "yoga", "yoga" },
  { "learn:prevention", "foam rolling", "foam rolling" },
  { "learn:prevention", "30 seconds", "stretches held for 30 seconds" },
  /* Footwear and running form. */
  { "learn:footwear-and-form", "foot type and your running style", "shoes for your foot type and running style" },
  { "learn:footwear-and-form", "flat feet or high arches", "flat feet or high arches" },
  { "learn:footwear-and-form", "arch support", "arch support" },
  { "learn:footwear-and-form", "stability shoes", "stability shoes" },
  { "learn:footwear-and-form", "orthotics or insoles", "orthotics or insoles" },
  { "learn:footwear-and-form", "replace your running shoes", "replace worn shoes" },
  { "learn:footwear-and-form", "midfoot", "midfoot strike" },
  { "learn:footwear-and-form", "short strides", "short strides" },
  { "learn:footwear-and-form", "lean forward slightly", "slight forward lean" },
  { "learn:footwear-and-form", "upright posture", "upright posture" },
  { "learn:footwear-and-form", "engage your core", "engage the core" },
  { "learn:footwear-and-form", "under your body", "land under the body" },
  { "learn:footwear-and-form", "overstriding", "avoid overstriding" },
  /* Rest and recovery. */
  { "learn:rest-and-recovery", "stop running", "a break from running" },
  { "learn:rest-and-recovery", "15" TO "20 minutes every 2" TO "3 hours", "ice 15–20 min every 2–3 h" },
  { "learn:rest-and-recovery", "48" TO "72 hours", "for the first 48–72 h" },
  { "learn:rest-and-recovery", "compression", "compression" },
  { "learn:rest-and-recovery", "raised above the level of your heart", "elevation" },
  { "learn:rest-and-recovery", "heat", "heat" },
  { "learn:rest-and-recovery", "ibuprofen or naproxen", "ibuprofen or naproxen" },
  { "learn:rest-and-recovery", "ask a healthcare professional", "ask a professional before taking medicine" },
  { "learn:rest-and-recovery", "PEACE & LOVE advises avoiding anti-inflammatory", "where PEACE & LOVE differs" },
  /* Medical treatment. */
  { "learn:medical-treatment", "physiotherapy[^\n]*first treatment", "physiotherapy first" },
  { "learn:medical-treatment", "manual therapy", "manual therapy" },
  { "learn:medical-treatment", "ultrasound or electrical stimulation", "ultrasound or electrical stimulation" },
  { "learn:medical-treatment", "severe cases[^\n]*cortisone", "cortisone for severe cases" },
  { "learn:medical-treatment", "last resort", "cortisone as a last resort" },
  { "learn:medical-treatment", "sparingly", "cortisone used sparingly" },
  { "learn:medical-treatment", "side effects", "cortisone's side effects" },
  { "learn:medical-treatment", "surgery", "surgery" },
  { "learn:medical-treatment", "risks and benefits", "discuss surgery's risks and benefits" },
  /* Returning to running and the long term. */
  { "learn:returning-to-running", "doctor or physiotherapist", "consult a professional first" },
  { "learn:returning-to-running", "shorter distances", "start with shorter distances" },
  { "learn:returning-to-running", "mileage gradually", "increase mileage gradually" },
  { "learn:returning-to-running", "cross-train", "cross-train" },
  { "learn:returning-to-running", "strength and flexibility", "strength and flexibility exercises" },
  { "learn:returning-to-running", "listen to your body", "listen to your body" },
  { "learn:long-term", "short strides, a midfoot landing, a slight lean forward, an upright posture and an engaged core", "proper form" },
  { "learn:long-term", "muscle imbalances", "avoid muscle imbalances" },
  { "learn:long-term", "rest days", "rest days and recovery" },
  { "learn:long-term", "check-ups", "regular check-ups" },
  /* Exercises. */
  { "exercise:squat", "as far apart as your shoulders", "squat: feet shoulder-width apart" },
  { "exercise:squat", "sit on a chair", "squat: as if sitting back into a chair" },
  { "exercise:forward-lunge", "both knees are bent at about a right angle \\(90°\\)", "lunge: both knees at 90°" },
  { "exercise:leg-press-machine", "platform", "leg press on a machine" },
  { "exercise:leg-press-band", "resistance band", "leg press with a band at home" },
  { "exercise:hamstring-curl-machine", "heels up toward your buttocks", "hamstring curl: heels toward the glutes" },
  { "exercise:hamstring-curl-band", "face down on the floor", "hamstring curl lying face down at home" },
  { "exercise:standing-quad-stretch", "heel up toward your buttocks", "quad stretch" },
  { "exercise:seated-hamstring-stretch", "foot against the inside of the straight thigh", "hamstring stretch" },
  { "exercise:standing-itband-stretch", "cross the leg[^\n]*behind", "IT band stretch: leg crossed behind" },
  { "exercise:wall-calf-stretch", "face a wall", "calf stretch against a wall" },
  { "exercise:ice", "15 to 20 minutes", "ice for 15–20 min" },
  { "exercise:ice", "every 2 to 3 hours", "every 2–3 h" },
  { "exercise:ice", "48 to 72 hours", "for the first 48–72 h" },
  /* Programs. */
  { "program:acute-care", "15" TO "20 minutes every 2" TO "3 hours", "ice 15–20 min every 2–3 h" },
  { "program:acute-care", "48" TO "72 hours", "for the first 48–72 h" },
  { "program:return-to-running", "doctor or physiotherapist", "consult a professional first" },
};

/* What the article contradicts, or claims nobody sourced, that must not return. */
static const Fact mistakes[] = {
  { NULL, "past the toes", "the contested “knee not past the toes” cue" },
  { NULL, "common default", "unsourced “common defaults”" },
  { NULL, "very swollen", "“very swollen”: the article means any swelling" },
  { NULL, "cannot put weight", "“cannot put weight”: the article says difficulty bearing weight" },
  { "learn:prevention", "vary your surfaces", "varied surfaces: the article says flat and even routes" },
  { "exercise:squat", "hip-width", "a hip-width squat: the article says shoulder-width" },
  { "exercise:inner-thigh-stretch", "article advises 30", "a hold time the article does not give" },
  { "program:daily-stretching", "five stretches from the article", "the article describes four stretches" },
  { "learn:causes", "older runners|blow to the outside", "causes the article does not give" },
  { "learn:symptoms", "tenderness|stairs|give[s]? way|locking", "symptoms the article does not give" },
  { "learn:when-to-see-a-doctor", "locks|give[s]? way", "red flags the article does not give" },
};

static RbLibrary *library;
/* "kind:id" → every string a user reads in that document, one per line. */
static GHashTable *texts;
/* "kind:id" → its source, or its sources one per line. */
static GHashTable *sources;

static void
string_free (gpointer string)
{
  g_string_free (string, TRUE);
}

static void
add_text (const char *key,
          const char *text)
{
  GString *string = g_hash_table_lookup (texts, key);

  if (text == NULL)
    return;

  if (string == NULL)
    g_hash_table_insert (texts, g_strdup (key), string = g_string_new (NULL));

  g_string_append (string, text);
  g_string_append_c (string, '\n');
}

static void
add_strv (const char         *key,
          const char * const *strv)
{
  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    add_text (key, strv[i]);
}

static void
collect_exercise (RbExercise *exercise)
{
  g_autofree char *key = g_strconcat ("exercise:", rb_exercise_get_id (exercise), NULL);

  add_text (key, rb_exercise_get_name (exercise));
  add_text (key, rb_exercise_get_summary (exercise));
  add_strv (key, rb_exercise_get_steps (exercise));
  add_strv (key, rb_exercise_get_cues (exercise));
  add_strv (key, rb_exercise_get_cautions (exercise));
  add_text (key, rb_exercise_get_source (exercise));

  if (rb_exercise_get_source (exercise) != NULL)
    g_hash_table_insert (sources, g_steal_pointer (&key), g_strdup (rb_exercise_get_source (exercise)));
}

static void
collect_program (RbProgram *program)
{
  g_autofree char *key = g_strconcat ("program:", rb_program_get_id (program), NULL);

  add_text (key, rb_program_get_title (program));
  add_text (key, rb_program_get_summary (program));
  add_text (key, rb_program_get_audience (program));
  add_text (key, rb_program_get_source (program));

  for (guint p = 0; p < rb_program_get_n_phases (program); p++)
    {
      const RbPhase *phase = rb_program_get_phase (program, p);

      add_text (key, rb_phase_get_title (phase));
      add_text (key, rb_phase_get_note (phase));
      for (guint s = 0; s < rb_phase_get_n_sessions (phase); s++)
        add_text (key, rb_program_session_get_title (rb_phase_get_session (phase, s)));
    }

  if (rb_program_get_source (program) != NULL)
    g_hash_table_insert (sources, g_steal_pointer (&key), g_strdup (rb_program_get_source (program)));
}

static void
collect_learn_page (RbLearnPage *page)
{
  g_autofree char *key = g_strconcat ("learn:", rb_learn_page_get_id (page), NULL);
  const char * const *page_sources = rb_learn_page_get_sources (page);

  add_text (key, rb_learn_page_get_title (page));
  add_text (key, rb_learn_page_get_summary (page));
  add_strv (key, page_sources);

  for (guint s = 0; s < rb_learn_page_get_n_sections (page); s++)
    {
      add_text (key, rb_learn_page_get_section_heading (page, s));
      for (guint b = 0; b < rb_learn_page_get_n_blocks (page, s); b++)
        {
          const char *paragraph = NULL, *title = NULL;
          const char * const *bullets = NULL;

          if (rb_learn_page_get_block (page, s, b, &paragraph, &bullets) == RB_LEARN_BLOCK_LINK)
            rb_learn_page_get_link (page, s, b, NULL, &title);
          add_text (key, paragraph);
          add_strv (key, bullets);
          add_text (key, title);
        }
    }

  if (page_sources != NULL && page_sources[0] != NULL)
    g_hash_table_insert (sources, g_steal_pointer (&key), g_strjoinv ("\n", (GStrv) page_sources));
}

static void
collect (void)
{
  GListModel *models[] = {
    rb_library_get_exercises (library),
    rb_library_get_programs (library),
    rb_library_get_learn_pages (library),
  };

  for (guint m = 0; m < G_N_ELEMENTS (models); m++)
    for (guint i = 0; i < g_list_model_get_n_items (models[m]); i++)
      {
        g_autoptr(GObject) item = g_list_model_get_item (models[m], i);

        if (RB_IS_EXERCISE (item))
          collect_exercise (RB_EXERCISE (item));
        else if (RB_IS_PROGRAM (item))
          collect_program (RB_PROGRAM (item));
        else
          collect_learn_page (RB_LEARN_PAGE (item));
      }
}

static gboolean
matches (const Fact *fact)
{
  GHashTableIter iter;
  const char *key;
  GString *text;

  g_hash_table_iter_init (&iter, texts);
  while (g_hash_table_iter_next (&iter, (gpointer *) &key, (gpointer *) &text))
    {
      if (fact->where != NULL && !g_str_equal (key, fact->where))
        continue;
      if (g_regex_match_simple (fact->pattern, text->str, G_REGEX_CASELESS | G_REGEX_MULTILINE, 0))
        return TRUE;
    }

  return FALSE;
}

static void
test_fidelity_facts (void)
{
  guint missing = 0;

  for (guint i = 0; i < G_N_ELEMENTS (facts); i++)
    {
      if (facts[i].where != NULL)
        g_assert_true (g_hash_table_contains (texts, facts[i].where));

      if (!matches (&facts[i]))
        {
          g_test_message ("missing from %s: %s (/%s/)",
                          facts[i].where ? facts[i].where : "the content", facts[i].fact, facts[i].pattern);
          missing++;
        }
    }

  g_assert_cmpuint (missing, ==, 0);
}

static void
test_fidelity_no_contradictions (void)
{
  guint found = 0;

  for (guint i = 0; i < G_N_ELEMENTS (mistakes); i++)
    {
      if (matches (&mistakes[i]))
        {
          g_test_message ("%s says it again: %s (/%s/)",
                          mistakes[i].where ? mistakes[i].where : "the content", mistakes[i].fact, mistakes[i].pattern);
          found++;
        }
    }

  g_assert_cmpuint (found, ==, 0);
}

/* A reference names a year of publication; anything else must say it is
 * a rule of thumb.
 */
static gboolean
names_reference_or_rule_of_thumb (const char *source)
{
  return strstr (source, "rule of thumb") != NULL ||
         g_regex_match_simple ("\\b(19|20)[0-9]{2}\\b", source, 0, 0);
}

static gboolean
is_editable_default (const char *key)
{
  RbExercise *exercise;

  if (!g_str_has_prefix (key, "exercise:"))
    return FALSE;

  exercise = rb_library_lookup_exercise (library, key + strlen ("exercise:"));
  return rb_exercise_get_dosage (exercise)->editable_default;
}

static void
test_fidelity_sources (void)
{
  GHashTableIter iter;
  const char *key;
  GString *text;
  guint problems = 0;

  g_hash_table_iter_init (&iter, texts);
  while (g_hash_table_iter_next (&iter, (gpointer *) &key, (gpointer *) &text))
    {
      const char *source = g_hash_table_lookup (sources, key);

      /* Every document names its sources, the article by its title. */
      if (source == NULL || strstr (source, ARTICLE_TITLE) == NULL)
        {
          g_test_message ("%s: its source does not name “" ARTICLE_TITLE "”", key);
          problems++;
          continue;
        }

      /* A dosage the article does not give, and a program's schedule
       * (the article gives none), come from a reference or are a rule of
       * thumb.
       */
      if ((is_editable_default (key) || g_str_has_prefix (key, "program:")) &&
          !names_reference_or_rule_of_thumb (source))
        {
          g_test_message ("%s: its source names neither a reference nor a rule of thumb", key);
          problems++;
        }

      /* The 10 % rule is not the article's, and its evidence is weak. */
      if (g_regex_match_simple ("10 % (a week|rule)", text->str, G_REGEX_CASELESS, 0) &&
          strstr (source, "Nielsen") == NULL)
        {
          g_test_message ("%s: mentions the 10 %% rule without citing Nielsen et al.", key);
          problems++;
        }
    }

  g_assert_cmpuint (problems, ==, 0);
}

static void
test_fidelity_stretches (void)
{
  /* The four stretches the article describes: 30 s, then the other side. */
  static const char * const stretches[] = {
    "standing-quad-stretch", "seated-hamstring-stretch", "standing-itband-stretch", "wall-calf-stretch",
  };
  const RbDosage *ice = rb_exercise_get_dosage (rb_library_lookup_exercise (library, "ice"));

  for (guint i = 0; i < G_N_ELEMENTS (stretches); i++)
    {
      const RbDosage *dosage = rb_exercise_get_dosage (rb_library_lookup_exercise (library, stretches[i]));

      g_assert_cmpuint (dosage->hold_seconds, ==, 30);
      g_assert_cmpuint (dosage->sides, ==, 2);
    }

  g_assert_cmpuint (ice->duration_minutes, >=, 15);
  g_assert_cmpuint (ice->duration_minutes, <=, 20);
}

/* Return to running: small stages, each at most a tenth more running than
 * the one before, from 1 min run / 2 min walk to a run with no walking
 * breaks, replacing the run/walk item of the program's run session.
 */
static void
test_fidelity_return_to_running (void)
{
  RbProgram *program = rb_library_lookup_program (library, "return-to-running");
  const RbProgression *progression = rb_program_get_progression (program);
  guint n_stages = rb_progression_get_n_stages (progression);
  const RbRunWalk *first, *last;
  const RbProgramSession *run;

  run = rb_program_lookup_session (program, rb_progression_get_session_id (progression), NULL);
  g_assert_nonnull (run);
  g_assert_cmpint (rb_session_item_get_kind (rb_program_session_get_item (run, 1)), ==, RB_SESSION_ITEM_RUN_WALK);

  first = rb_progression_get_stage (progression, 0);
  g_assert_cmpuint (first->run_seconds, ==, 60);
  g_assert_cmpuint (first->walk_seconds, ==, 120);

  for (guint i = 1; i < n_stages; i++)
    {
      guint seconds = rb_progression_get_stage_seconds (progression, i);
      guint previous = rb_progression_get_stage_seconds (progression, i - 1);

      g_assert_cmpuint (seconds, >=, previous);
      g_assert_cmpuint (seconds * 100, <=, previous * 110);
    }

  last = rb_progression_get_stage (progression, n_stages - 1);
  g_assert_cmpuint (last->run_seconds, ==, 30 * 60);
  g_assert_cmpuint (last->walk_seconds, ==, 0);
  g_assert_cmpuint (last->repeats, ==, 1);

  /* Each rule says where it comes from. */
  for (guint rule = 0; rule < RB_PROGRESSION_N_RULES; rule++)
    g_assert_nonnull (rb_progression_get_rule_source (progression, rule));
  g_assert_nonnull (strstr (rb_progression_get_rule_source (progression, RB_PROGRESSION_RULE_WEEKLY_GROWTH_PERCENT),
                            "Nielsen"));
  g_assert_nonnull (strstr (rb_progression_get_rule_source (progression, RB_PROGRESSION_RULE_WEEKLY_GROWTH_PERCENT),
                            "weak"));
  g_assert_nonnull (strstr (rb_progression_get_rule_source (progression, RB_PROGRESSION_RULE_SINGLE_RUN_GROWTH_PERCENT),
                            "Frandsen"));
  g_assert_nonnull (strstr (rb_progression_get_rule_source (progression, RB_PROGRESSION_RULE_REPEAT_MAX_PAIN),
                            "Silbernagel"));
}

/* Programs keep the exercises' own lengths and warm up before strength work. */
static void
test_fidelity_programs (void)
{
  GListModel *programs = rb_library_get_programs (library);
  gboolean foam_rolling = FALSE, compression = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (programs); i++)
    {
      g_autoptr(RbProgram) program = g_list_model_get_item (programs, i);

      for (guint s = 0; s < rb_program_get_n_sessions (program); s++)
        {
          const RbProgramSession *session = rb_program_get_session (program, s);
          gboolean warmed_up = FALSE;

          for (guint n = 0; n < rb_program_session_get_n_items (session); n++)
            {
              const RbSessionItem *item = rb_program_session_get_item (session, n);
              RbExercise *exercise = rb_session_item_get_exercise (item);
              const char *id = rb_session_item_get_exercise_id (item);

              if (exercise == NULL)
                continue;

              g_assert_cmpuint (rb_session_item_get_dosage (item)->duration_minutes, ==,
                                rb_exercise_get_dosage (exercise)->duration_minutes);
              warmed_up |= g_str_equal (id, "dynamic-warm-up");
              if (rb_exercise_get_category (exercise) == RB_CATEGORY_STRENGTH && !warmed_up)
                g_error ("%s: “%s” starts strength work without the warm-up",
                         rb_program_get_id (program), rb_program_session_get_title (session));
              foam_rolling |= g_str_equal (id, "foam-rolling");
              compression |= g_str_equal (id, "compression") && g_str_equal (rb_program_get_id (program), "acute-care");
            }
        }
    }

  g_assert_true (foam_rolling);
  g_assert_true (compression);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  g_test_init (&argc, &argv, NULL);

  library = rb_library_new ();
  rb_library_load (library, NULL, NULL, &error);
  g_assert_no_error (error);

  texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, string_free);
  sources = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  collect ();

  g_test_add_func ("/rb/fidelity/facts", test_fidelity_facts);
  g_test_add_func ("/rb/fidelity/no-contradictions", test_fidelity_no_contradictions);
  g_test_add_func ("/rb/fidelity/sources", test_fidelity_sources);
  g_test_add_func ("/rb/fidelity/stretches", test_fidelity_stretches);
  g_test_add_func ("/rb/fidelity/return-to-running", test_fidelity_return_to_running);
  g_test_add_func ("/rb/fidelity/programs", test_fidelity_programs);

  ret = g_test_run ();

  g_clear_pointer (&texts, g_hash_table_unref);
  g_clear_pointer (&sources, g_hash_table_unref);
  g_clear_object (&library);

  return ret;
}
