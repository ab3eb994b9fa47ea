/* test-progression.c
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "rb-content-error.h"
#include "rb-content-private.h"
#include "rb-library.h"
#include "rb-progression.h"

static RbLibrary *library;
static const RbProgression *progression;

/* Day 0 is Monday 2 March 2026. */
static GDate
day (int n)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 2, G_DATE_MARCH, 2026);
  if (n >= 0)
    g_date_add_days (&date, n);
  else
    g_date_subtract_days (&date, -n);
  return date;
}

/* A run of @stage on day @d, run in full. */
static RbRunOutcome
run (int      d,
     guint    stage,
     int      pain_after,
     int      morning_pain,
     int      morning_swelling,
     int      morning_stiffness,
     gboolean planned)
{
  RbRunOutcome outcome = {
    day (d), stage, rb_progression_get_stage_seconds (progression, stage),
    pain_after, morning_pain, morning_swelling, morning_stiffness, planned,
  };

  return outcome;
}

#define GOOD(d, s) run (d, s, 1, 0, 0, 0, TRUE)
#define END { .seconds_run = G_MAXUINT }

typedef struct
{
  const char             *name;
  RbRunOutcome            outcomes[8];
  int                     decide_day;
  RbProgressionAction     action;
  guint                   stage;
  const char             *reason;
  gboolean                see_professional;
  const char             *source;
  RbProgressionOverrides  overrides;
} DecideCase;

static guint
count_outcomes (const RbRunOutcome *outcomes)
{
  guint n = 0;

  while (outcomes[n].seconds_run != G_MAXUINT)
    n++;
  return n;
}

/* Each rule, driven by a table of outcomes. */
static void
test_progression_decide (void)
{
  const DecideCase cases[] = {
    { "start", { END }, 0, RB_PROGRESSION_ACTION_START, 0, "Starting at stage 1", FALSE, NULL, { -1, -1 } },
    { "advance", { GOOD (0, 0), GOOD (2, 0), END }, 4,
      RB_PROGRESSION_ACTION_ADVANCE, 1, "Moving up to stage 2: your knee was 1/10 after Wednesday’s run and settled",
      FALSE, "Silbernagel", { -1, -1 } },
    { "once is not enough", { GOOD (0, 0), END }, 2,
      RB_PROGRESSION_ACTION_REPEAT, 0, "Repeating stage 1: each stage goes well 2 times", FALSE, "rule of thumb", { -1, -1 } },
    { "pain 4 repeats", { GOOD (-2, 3), run (1, 3, 4, 1, 0, 0, TRUE), END }, 3,
      RB_PROGRESSION_ACTION_REPEAT, 3, "Repeating stage 4: your knee was 4/10 after Tuesday’s run", FALSE, "Silbernagel", { -1, -1 } },
    { "pain 5 repeats", { GOOD (0, 3), run (2, 3, 5, 1, 0, 0, TRUE), END }, 4,
      RB_PROGRESSION_ACTION_REPEAT, 3, "5/10", FALSE, NULL, { -1, -1 } },
    { "morning pain repeats", { GOOD (0, 3), run (2, 3, 1, 3, 0, 0, TRUE), END }, 4,
      RB_PROGRESSION_ACTION_REPEAT, 3, "Repeating stage 4: your knee still hurt (3/10) the morning after Wednesday’s run",
      FALSE, NULL, { -1, -1 } },
    { "stiffness repeats", { GOOD (0, 3), run (2, 3, 1, 0, 0, 4, TRUE), END }, 4,
      RB_PROGRESSION_ACTION_REPEAT, 3, "still stiff (4/10)", FALSE, NULL, { -1, -1 } },
    { "swelling steps back", { GOOD (0, 3), run (2, 3, 1, 0, 1, 0, TRUE), END }, 4,
      RB_PROGRESSION_ACTION_STEP_BACK, 2, "Going back to stage 3: your knee was swollen the morning after Wednesday’s run",
      TRUE, "Silbernagel", { -1, -1 } },
    { "pain 6 steps back", { GOOD (0, 3), run (2, 3, 6, 2, 0, 0, TRUE), END }, 4,
      RB_PROGRESSION_ACTION_STEP_BACK, 2, "Going back to stage 3: your knee was 6/10", TRUE, NULL, { -1, -1 } },
    { "morning pain 7 steps back", { GOOD (0, 3), run (2, 3, 2, 7, 0, 0, TRUE), END }, 4,
      RB_PROGRESSION_ACTION_STEP_BACK, 2, "still hurt (7/10)", TRUE, NULL, { -1, -1 } },
    { "no stage below the first", { run (0, 0, 8, -1, -1, -1, TRUE), END }, 2,
      RB_PROGRESSION_ACTION_STEP_BACK, 0, "Staying at stage 1: your knee was 8/10", TRUE, NULL, { -1, -1 } },
    { "unknown morning advances", { GOOD (0, 0), run (2, 0, 2, -1, -1, -1, TRUE), END }, 4,
      RB_PROGRESSION_ACTION_ADVANCE, 1, "your knee was 2/10 after Wednesday’s run (no morning check-in: decided from the pain after the run alone)",
      FALSE, NULL, { -1, -1 } },
    { "unknown morning repeats", { GOOD (0, 0), run (2, 0, 3, -1, -1, -1, TRUE), END }, 4,
      RB_PROGRESSION_ACTION_REPEAT, 0, "3/10 after Wednesday’s run (no morning check-in", FALSE, NULL, { -1, -1 } },
    { "unknown pain repeats", { GOOD (0, 0), run (2, 0, -1, 0, 0, 0, TRUE), END }, 4,
      RB_PROGRESSION_ACTION_REPEAT, 0, "you did not log how your knee felt after Wednesday’s run", FALSE, NULL, { -1, -1 } },
    { "an older run is named by its date", { GOOD (0, 0), run (2, 0, 4, 0, 0, 0, TRUE), END }, 12,
      RB_PROGRESSION_ACTION_REPEAT, 0, "after your run on 4 March", FALSE, NULL, { -1, -1 } },
    { "a plan's thresholds", { GOOD (0, 0), run (2, 0, 4, 4, 0, 0, TRUE), END }, 4,
      RB_PROGRESSION_ACTION_ADVANCE, 1, "Moving up to stage 2", FALSE, NULL, { 4, 6 } },
    { "a plan's lower thresholds", { GOOD (0, 0), run (2, 0, 4, 0, 0, 0, TRUE), END }, 4,
      RB_PROGRESSION_ACTION_STEP_BACK, 0, "Staying at stage 1", TRUE, NULL, { 1, 3 } },
    { "a painful run outside the plan", { GOOD (0, 0), GOOD (2, 0), run (3, 0, 4, 0, 0, 0, FALSE), END }, 4,
      RB_PROGRESSION_ACTION_REPEAT, 0, "4/10 after Thursday’s run", FALSE, NULL, { -1, -1 } },
    { "the last stage", { GOOD (0, 34), GOOD (2, 34), END }, 4,
      RB_PROGRESSION_ACTION_REPEAT, 34, "Repeating stage 35: it is the last stage", FALSE, NULL, { -1, -1 } },
    { "two stages up in 7 days", { GOOD (0, 0), GOOD (1, 0), GOOD (2, 1), GOOD (3, 1), GOOD (4, 2), GOOD (5, 2), END }, 6,
      RB_PROGRESSION_ACTION_HOLD_GROWTH, 2, "Staying at stage 3: you have already moved up 2 stages in the last 7 days",
      FALSE, NULL, { -1, -1 } },
    { "runs cut short hold the single-run limit",
      { { day (0), 5, 300, 1, 0, 0, 0, TRUE }, { day (2), 5, 300, 1, 0, 0, 0, TRUE }, END }, 4,
      RB_PROGRESSION_ACTION_HOLD_GROWTH, 5, "stage 7 would be more than 10 % longer than your longest run in the last 30 days",
      FALSE, "Frandsen", { -1, -1 } },
    { "a quiet week before holds the weekly limit", { GOOD (0, 5), GOOD (8, 5), GOOD (10, 5), GOOD (12, 5), END }, 14,
      RB_PROGRESSION_ACTION_HOLD_GROWTH, 5, "stage 7 would make the last 7 days’ running more than 10 % longer than the 7 days before",
      FALSE, "Nielsen", { -1, -1 } },
    { "a run outside the plan counts toward the week",
      { GOOD (0, 10), GOOD (2, 10), GOOD (4, 10), GOOD (7, 10), GOOD (9, 10), run (10, 0, 0, 0, 0, 0, FALSE), GOOD (11, 10), END }, 14,
      RB_PROGRESSION_ACTION_HOLD_GROWTH, 10, "7 days", FALSE, NULL, { -1, -1 } },
    { "the same week without it", { GOOD (0, 10), GOOD (2, 10), GOOD (4, 10), GOOD (7, 10), GOOD (9, 10), GOOD (11, 10), END }, 14,
      RB_PROGRESSION_ACTION_ADVANCE, 11, "Moving up to stage 12", FALSE, NULL, { -1, -1 } },
    { "later runs are ignored", { GOOD (0, 0), GOOD (2, 0), GOOD (9, 1), END }, 4,
      RB_PROGRESSION_ACTION_ADVANCE, 1, NULL, FALSE, NULL, { -1, -1 } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const DecideCase *c = &cases[i];
      g_autoptr(RbProgressionDecision) decision = NULL;
      GDate date = day (c->decide_day);

      g_test_message ("%s", c->name);
      decision = rb_progression_decide (progression, c->outcomes, count_outcomes (c->outcomes), &c->overrides, &date);

      g_assert_cmpint (decision->action, ==, c->action);
      g_assert_cmpuint (decision->stage, ==, c->stage);
      if (c->reason != NULL && strstr (decision->reason, c->reason) == NULL)
        g_error ("%s: “%s” does not say “%s”", c->name, decision->reason, c->reason);
      g_assert_cmpint (decision->see_professional, ==, c->see_professional);
      g_assert_cmpint (decision->offer_acute_care, ==, c->see_professional);
      if (c->source != NULL)
        g_assert_nonnull (strstr (decision->source, c->source));
      if (c->action == RB_PROGRESSION_ACTION_START)
        g_assert_null (decision->source);
    }
}

/* Every run of @stages on @dates against the rules: no 7 days more than
 * 10 % over the 7 days before (from the third week; with @every_run
 * %FALSE, only on the runs that move up), no run more than 10 %
 * over the longest of its 30 days before, at most 2 stages up in any 7
 * days, and each stage run at least twice.
 */
static void
check_plan (const GDate *dates,
            GArray      *stages,
            gboolean     every_run)
{
  g_autofree guint *runs_of = g_new0 (guint, rb_progression_get_n_stages (progression));
  guint n = stages->len;

  for (guint i = 0; i < n; i++)
    {
      guint stage = g_array_index (stages, guint, i);
      guint seconds = rb_progression_get_stage_seconds (progression, stage);
      guint64 current = 0, previous = 0;
      guint longest = 0, up = 0;

      runs_of[stage]++;
      if (i > 0)
        {
          guint before = g_array_index (stages, guint, i - 1);

          g_assert_cmpuint (stage, >=, before);
          g_assert_cmpuint (stage, <=, before + 1);
          if (stage > before)
            g_assert_cmpuint (runs_of[before], >=, 2);
        }

      for (guint j = 0; j <= i; j++)
        {
          int ago = g_date_days_between (&dates[j], &dates[i]);
          guint s = g_array_index (stages, guint, j);
          guint secs = rb_progression_get_stage_seconds (progression, s);

          if (ago <= 6)
            current += secs;
          else if (ago <= 13)
            previous += secs;
          if (j < i && ago <= 30)
            longest = MAX (longest, secs);
          if (j > 0 && ago <= 6 && s > g_array_index (stages, guint, j - 1))
            up++;
        }

      /* Staying at a stage can outgrow a week that had fewer runs; the
       * engine only promises never to move up past the limit. */
      if (g_date_days_between (&dates[0], &dates[i]) >= 13 &&
          (every_run || (i > 0 && stage > g_array_index (stages, guint, i - 1))))
        g_assert_cmpuint (current * 100, <=, previous * 110);
      if (i > 0)
        g_assert_cmpuint ((guint64) seconds * 100, <=, (guint64) longest * 110);
      g_assert_cmpuint (up, <=, 2);
    }
}

/* @per_week runs a week for @weeks weeks, evenly spread from day 0. */
static GDate *
plan_dates (guint  per_week,
            guint  weeks,
            guint *n_dates)
{
  GDate *dates;

  *n_dates = per_week * weeks;
  dates = g_new (GDate, *n_dates);
  for (guint i = 0; i < *n_dates; i++)
    dates[i] = day (i * 7 / per_week);
  return dates;
}

/* Every run going well, from stage 1 to 30 minutes of continuous running
 * within the program's weeks, three times a week.
 */
static void
test_progression_whole_plan (void)
{
  RbProgram *program = rb_library_lookup_program (library, "return-to-running");
  guint weeks = rb_program_get_total_weeks (program);
  guint n_dates, last = rb_progression_get_n_stages (progression) - 1;
  g_autofree GDate *dates = plan_dates (3, weeks, &n_dates);
  g_autoptr(GArray) stages = rb_progression_lay_out (progression, NULL, 0, NULL, dates, n_dates);
  gboolean reached = FALSE;

  g_assert_cmpuint (stages->len, ==, n_dates);
  g_assert_cmpuint (g_array_index (stages, guint, 0), ==, 0);
  check_plan (dates, stages, TRUE);

  for (guint i = 0; i < stages->len; i++)
    reached |= g_array_index (stages, guint, i) == last;
  g_assert_true (reached);
  g_assert_cmpuint (rb_progression_get_stage (progression, last)->run_seconds, ==, 1800);
}

/* Running more often than planned, the engine's holds keep the limits. */
static void
test_progression_daily_runs (void)
{
  guint n_dates;
  g_autofree GDate *dates = plan_dates (7, 20, &n_dates);
  g_autoptr(GArray) stages = rb_progression_lay_out (progression, NULL, 0, NULL, dates, n_dates);
  gboolean held = FALSE;

  check_plan (dates, stages, FALSE);
  for (guint i = 2; i < stages->len; i++)
    held |= g_array_index (stages, guint, i) == g_array_index (stages, guint, i - 2);
  g_assert_true (held);
}

/* The calendar's layout keeps past runs as logged and starts from the
 * real decision.
 */
static void
test_progression_lay_out (void)
{
  RbRunOutcome outcomes[] = { GOOD (0, 4), run (2, 4, 4, 1, 0, 0, TRUE), { day (3), 0, 120, 0, 0, 0, 0, FALSE } };
  GDate dates[] = { day (0), day (1), day (2), day (4), day (7), day (9), day (11) };
  g_autoptr(GArray) stages = rb_progression_lay_out (progression, outcomes, G_N_ELEMENTS (outcomes), NULL,
                                                     dates, G_N_ELEMENTS (dates));
  const guint expected[] = { 4, RB_PROGRESSION_NO_STAGE, 4, 4, 4, 5, 5 };

  g_assert_cmpuint (stages->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpuint (g_array_index (stages, guint, i), ==, expected[i]);
  g_assert_cmpint (outcomes[1].pain_after, ==, 4);
}

static void
test_progression_spikes (void)
{
  RbRunOutcome outcomes[] = {
    { day (0), 10, 600, 1, 0, 0, 0, TRUE },
    { day (2), 10, 600, 1, 0, 0, 0, TRUE },
    { day (3), 0, 700, 1, 0, 0, 0, FALSE },   /* 17 % over 600: a spike */
    { day (4), 10, 600, 1, 0, 0, 0, TRUE },
    { day (6), 0, 770, 1, 0, 0, 0, FALSE },   /* 10 % over 700: fine */
    { day (40), 0, 900, 1, 0, 0, 0, FALSE },  /* nothing in 30 days to compare */
    { day (41), 0, 1000, 1, 0, 0, 0, FALSE }, /* 11 % over the day before */
  };
  g_autoptr(GArray) spikes = rb_progression_find_spikes (progression, outcomes, G_N_ELEMENTS (outcomes));

  g_assert_cmpuint (spikes->len, ==, 2);
  g_assert_cmpuint (g_array_index (spikes, guint, 0), ==, 2);
  g_assert_cmpuint (g_array_index (spikes, guint, 1), ==, 6);
}

#define PROGRAM_HEAD \
  "{ \"format\": \"runback.program\", \"version\": 2, \"id\": \"mine\", \"title\": \"Mine\",\n" \
  "  \"summary\": \"A test.\", \"audience\": \"Testers.\",\n" \
  "  \"phases\": [ { \"title\": \"All\", \"weeks\": 4, \"sessions_per_week\": 3, \"sessions\": [\n" \
  "    { \"id\": \"run\", \"title\": \"Run\", \"items\": [ { \"run_walk\": { \"run_seconds\": 60 } } ] },\n" \
  "    { \"id\": \"walk\", \"title\": \"Walk\", \"items\": [ { \"exercise\": \"squat\" } ] } ] } ],\n" \
  "  \"progression\": {\n"

#define RULES \
  "    \"runs_per_week\": { \"value\": 3, \"source\": \"A rule of thumb.\" },\n" \
  "    \"min_repeats_per_stage\": { \"value\": 2, \"source\": \"A rule of thumb.\" },\n" \
  "    \"max_stages_per_7_days\": { \"value\": 2, \"source\": \"A rule of thumb.\" },\n" \
  "    \"weekly_growth_percent\": { \"value\": 10, \"source\": \"Weak.\" },\n" \
  "    \"single_run_growth_percent\": { \"value\": 10, \"source\": \"Frandsen.\" },\n" \
  "    \"advance_max_pain\": { \"value\": 2, \"source\": \"Silbernagel.\" },\n" \
  "    \"repeat_max_pain\": { \"value\": 5, \"source\": \"Silbernagel.\" },\n"

#define STAGES(s) "    \"stages\": [ " s " ]\n"
#define STAGE(r, w, n) "{ \"run_seconds\": " #r ", \"walk_seconds\": " #w ", \"repeats\": " #n " }"

static GObject *
load_program (const char  *progression_json,
              GError     **error)
{
  g_autofree char *json = g_strconcat (PROGRAM_HEAD, progression_json, "  } }\n", NULL);
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));

  return rb_content_load_document ("mine.json", bytes, NULL, FALSE, error);
}

static void
test_progression_good_json (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GObject) program = load_program ("    \"session\": \"run\",\n" RULES
                                             STAGES (STAGE (60, 60, 6) "," STAGE (63, 60, 6)), &error);
  const RbProgression *mine;

  g_assert_no_error (error);
  mine = rb_program_get_progression (RB_PROGRAM (program));
  g_assert_nonnull (mine);
  g_assert_cmpstr (rb_progression_get_session_id (mine), ==, "run");
  g_assert_cmpuint (rb_progression_get_n_stages (mine), ==, 2);
  g_assert_cmpuint (rb_progression_get_stage_seconds (mine, 1), ==, 378);
  g_assert_cmpuint (rb_progression_get_rule (mine, RB_PROGRESSION_RULE_REPEAT_MAX_PAIN), ==, 5);
  g_assert_cmpstr (rb_progression_get_rule_source (mine, RB_PROGRESSION_RULE_SINGLE_RUN_GROWTH_PERCENT), ==, "Frandsen.");
}

/* Bad JSON in `progression` is rejected with its path. */
static void
test_progression_bad_json (void)
{
  const struct
  {
    const char *json;
    const char *message;
  } cases[] = {
    { "    \"session\": \"run\",\n" STAGES (STAGE (60, 60, 6)),
      "mine.json: progression.runs_per_week: missing" },
    { "    \"session\": \"run\", \"extra\": 1,\n" RULES STAGES (STAGE (60, 60, 6)),
      "mine.json: progression.extra" },
    { "    \"session\": \"nope\",\n" RULES STAGES (STAGE (60, 60, 6)),
      "mine.json: progression.session: unknown session “nope”" },
    { "    \"session\": \"walk\",\n" RULES STAGES (STAGE (60, 60, 6)),
      "mine.json: progression.session: session “walk” has no run_walk item" },
    { "    \"session\": \"run\",\n" RULES "    \"stages\": []\n",
      "mine.json: progression.stages" },
    { "    \"session\": \"run\",\n" RULES STAGES (STAGE (60, 60, 6) ", { \"run_seconds\": 60, \"walk_seconds\": 60 }"),
      "mine.json: progression.stages[1].repeats: missing" },
    { "    \"session\": \"run\",\n" RULES STAGES (STAGE (60, 60, 6) ", { \"run_minutes\": 1 }"),
      "mine.json: progression.stages[1].run_minutes" },
    { "    \"session\": \"run\",\n" RULES STAGES (STAGE (60, 60, 6) "," STAGE (70, 60, 6)),
      "mine.json: progression.stages[1]: 420 s of running, more than 10 % over the 360 s of the stage before" },
    { "    \"session\": \"run\",\n" RULES STAGES (STAGE (60, 60, 6) "," STAGE (50, 60, 6)),
      "mine.json: progression.stages[1]: 300 s of running, less than the 360 s" },
    { "    \"session\": \"run\",\n" RULES STAGES (STAGE (60, 60, 6) "," STAGE (60, 0, 6)),
      "mine.json: progression.stages[1]: without walking breaks" },
    { "    \"session\": \"run\",\n" RULES STAGES (STAGE (60, 60, 6) "," STAGE (66, 60, 6) "," STAGE (72, 60, 6) ","
                                               STAGE (79, 60, 6) "," STAGE (86, 60, 6) "," STAGE (94, 60, 6)),
      "mine.json: progression.stages[3]: moving up as fast as the rules allow" },
    { "    \"session\": \"run\",\n"
      "    \"runs_per_week\": { \"value\": 3, \"source\": \"A rule of thumb.\" },\n"
      "    \"min_repeats_per_stage\": { \"value\": 2, \"source\": \"A rule of thumb.\" },\n"
      "    \"max_stages_per_7_days\": { \"value\": 2, \"source\": \"A rule of thumb.\" },\n"
      "    \"weekly_growth_percent\": { \"value\": 10, \"source\": \"Weak.\" },\n"
      "    \"single_run_growth_percent\": { \"value\": 10 }\n",
      "mine.json: progression.single_run_growth_percent.source: missing" },
    { "    \"session\": \"run\",\n"
      "    \"runs_per_week\": { \"value\": 8, \"source\": \"A rule of thumb.\" }\n",
      "mine.json: progression.runs_per_week.value: must be between 1 and 7" },
    { "    \"session\": \"run\",\n"
      "    \"runs_per_week\": { \"value\": 3, \"source\": \"A rule of thumb.\" },\n"
      "    \"min_repeats_per_stage\": { \"value\": 2, \"source\": \"A rule of thumb.\" },\n"
      "    \"max_stages_per_7_days\": { \"value\": 2, \"source\": \"A rule of thumb.\" },\n"
      "    \"weekly_growth_percent\": { \"value\": 10, \"source\": \"Weak.\" },\n"
      "    \"single_run_growth_percent\": { \"value\": 10, \"source\": \"Frandsen.\" },\n"
      "    \"advance_max_pain\": { \"value\": 4, \"source\": \"Silbernagel.\" },\n"
      "    \"repeat_max_pain\": { \"value\": 3, \"source\": \"Silbernagel.\" },\n"
      STAGES (STAGE (60, 60, 6)),
      "mine.json: progression.repeat_max_pain.value: must not be less than advance_max_pain" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GObject) program = load_program (cases[i].json, &error);

      g_assert_null (program);
      g_assert_nonnull (error);
      g_assert_true (error->domain == RB_CONTENT_ERROR);
      if (!g_str_has_prefix (error->message, cases[i].message))
        g_error ("case %u: “%s” does not start with “%s”", i, error->message, cases[i].message);
    }
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
  progression = rb_program_get_progression (rb_library_lookup_program (library, "return-to-running"));
  g_assert_nonnull (progression);

  g_test_add_func ("/rb/progression/decide", test_progression_decide);
  g_test_add_func ("/rb/progression/whole-plan", test_progression_whole_plan);
  g_test_add_func ("/rb/progression/daily-runs", test_progression_daily_runs);
  g_test_add_func ("/rb/progression/lay-out", test_progression_lay_out);
  g_test_add_func ("/rb/progression/spikes", test_progression_spikes);
  g_test_add_func ("/rb/progression/good-json", test_progression_good_json);
  g_test_add_func ("/rb/progression/bad-json", test_progression_bad_json);

  ret = g_test_run ();
  g_clear_object (&library);
  return ret;
}
