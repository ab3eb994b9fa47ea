/* test-red-flags.c
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "rb-journal-entry.h"
#include "rb-red-flags.h"

/* One journal entry of a case, on a day of March 2026 (the 1st is a
 * Sunday), at 08:00 UTC+1. */
typedef struct
{
  int  day;       /* 0 ends the list */
  char kind;      /* 's' session, 'r' run, 'c' check-in */
  int  before, during, after, morning;
  int  swelling, redness, warmth, limits;
} Entry;

#define SESSION(d, before, after) { d, 's', before, -1, after, -1, -1, -1, -1, -1 }
#define RUN(d, during, after, morning) { d, 'r', -1, during, after, morning, -1, -1, -1, -1 }
#define CHECK(d, pain) { d, 'c', pain, -1, -1, -1, -1, -1, -1, -1 }
#define SIGNS(d, pain, sw, red, warm, lim) { d, 'c', pain, -1, -1, -1, sw, red, warm, lim }
#define END { 0 }

typedef struct
{
  int kind;  /* -1 ends the list */
  int day;
} Expected;

#define NONE { { -1 } }

typedef struct
{
  const char *name;
  Entry       entries[8];
  int         today;
  const char *dismissed[3];
  Expected    flags[6];
} Case;

static const Case cases[] = {
  { "nothing", { SESSION (2, 2, 3), RUN (4, 2, 2, 1), CHECK (5, 1), END }, 6, { NULL }, NONE },
  { "no entries", { END }, 6, { NULL }, NONE },

  /* Severe pain: 7 or more in the last 7 days, today included. */
  { "severe after a run", { RUN (10, 3, 8, -1), END }, 12, { NULL },
    { { RB_RED_FLAG_SEVERE_PAIN, 10 }, { -1 } } },
  { "severe 7 is enough", { SESSION (10, 7, 2), END }, 10, { NULL },
    { { RB_RED_FLAG_SEVERE_PAIN, 10 }, { -1 } } },
  { "severe 6 is not", { SESSION (10, 6, 6), END }, 10, { NULL }, NONE },
  { "severe 6 days ago", { RUN (6, -1, -1, 9), END }, 12, { NULL },
    { { RB_RED_FLAG_SEVERE_PAIN, 6 }, { -1 } } },
  { "severe 7 days ago is past", { RUN (5, -1, -1, 9), END }, 12, { NULL }, NONE },
  { "severe in the future is not yet", { RUN (13, 9, 9, 9), END }, 12, { NULL }, NONE },
  { "severe latest of two", { RUN (8, 8, 2, 2), CHECK (10, 7), END }, 12, { NULL },
    { { RB_RED_FLAG_SEVERE_PAIN, 10 }, { -1 } } },
  { "severe dismissed", { RUN (10, 8, 2, 2), END }, 12, { "severe-pain/2026-03-10" }, NONE },
  { "severe dismissed, a later one shows", { RUN (10, 8, 2, 2), RUN (11, 7, 2, 2), END }, 12,
    { "severe-pain/2026-03-10" }, { { RB_RED_FLAG_SEVERE_PAIN, 11 }, { -1 } } },
  { "severe, another kind dismissed", { RUN (10, 8, 2, 2), END }, 12, { "inflammation/2026-03-10" },
    { { RB_RED_FLAG_SEVERE_PAIN, 10 }, { -1 } } },

  /* Persisting: 3 logs or more at 4 or more, over 7 days or more, not
   * going down, the latest in the last 7 days. */
  { "persistent", { CHECK (1, 4), SESSION (6, 5, 5), CHECK (8, 5), END }, 9, { NULL },
    { { RB_RED_FLAG_PERSISTENT_PAIN, 8 }, { -1 } } },
  { "persistent worse", { CHECK (1, 4), SESSION (3, 4, 4), RUN (7, 5, 5, 5), CHECK (9, 6), END }, 9, { NULL },
    { { RB_RED_FLAG_PERSISTENT_PAIN, 9 }, { -1 } } },
  { "persistent going down", { SESSION (1, 6, 6), SESSION (4, 5, 5), SESSION (8, 4, 4), END }, 9, { NULL }, NONE },
  { "persistent over 6 days only", { SESSION (2, 4, 4), SESSION (5, 5, 5), SESSION (8, 5, 5), END }, 9, { NULL }, NONE },
  { "persistent two logs only", { SESSION (1, 5, 5), SESSION (8, 5, 5), END }, 9, { NULL }, NONE },
  { "persistent broken by a better day", { SESSION (1, 5, 5), SESSION (3, 2, 2), SESSION (5, 5, 5), SESSION (8, 5, 5), END },
    9, { NULL }, NONE },
  { "persistent, logs without pain skipped", { SESSION (1, 4, 4), SESSION (3, -1, -1), SESSION (4, 4, 4), SESSION (8, 4, 4), END },
    9, { NULL }, { { RB_RED_FLAG_PERSISTENT_PAIN, 8 }, { -1 } } },
  { "persistent long ago", { SESSION (1, 4, 4), SESSION (4, 5, 5), SESSION (8, 5, 5), END }, 16, { NULL }, NONE },
  { "persistent dismissed", { SESSION (1, 4, 4), SESSION (4, 5, 5), SESSION (8, 5, 5), END }, 9,
    { "persistent-pain/2026-03-08" }, NONE },

  /* Swelling, redness or warmth at a check-in. */
  { "swelling", { SIGNS (9, 2, 1, 0, 0, -1), END }, 10, { NULL },
    { { RB_RED_FLAG_INFLAMMATION, 9 }, { -1 } } },
  { "warmth", { SIGNS (9, 2, -1, -1, 1, -1), END }, 10, { NULL },
    { { RB_RED_FLAG_INFLAMMATION, 9 }, { -1 } } },
  { "no signs", { SIGNS (9, 2, 0, 0, 0, 0), END }, 10, { NULL }, NONE },
  { "signs past", { SIGNS (2, 2, 1, 1, 1, -1), END }, 10, { NULL }, NONE },

  /* The pain gets in the way of daily activities. */
  { "daily activities", { SIGNS (9, 3, -1, -1, -1, 1), END }, 10, { NULL },
    { { RB_RED_FLAG_DAILY_ACTIVITIES, 9 }, { -1 } } },

  /* Pain of 4 or more at a check-in after 3 days or more of rest. */
  { "rest does not help", { SESSION (1, 3, 3), CHECK (5, 4), END }, 6, { NULL },
    { { RB_RED_FLAG_NO_IMPROVEMENT_WITH_REST, 5 }, { -1 } } },
  { "rest of 3 days", { RUN (2, 3, 3, 3), CHECK (5, 5), END }, 6, { NULL },
    { { RB_RED_FLAG_NO_IMPROVEMENT_WITH_REST, 5 }, { -1 } } },
  { "rest of 2 days", { SESSION (3, 3, 3), CHECK (5, 4), END }, 6, { NULL }, NONE },
  { "rest, pain 3", { SESSION (1, 3, 3), CHECK (5, 3), END }, 6, { NULL }, NONE },
  { "rest since the first entry", { CHECK (1, 2), CHECK (5, 4), END }, 6, { NULL },
    { { RB_RED_FLAG_NO_IMPROVEMENT_WITH_REST, 5 }, { -1 } } },
  { "rest, first entry too recent", { CHECK (4, 4), CHECK (5, 4), END }, 6, { NULL }, NONE },

  /* Several at once, most pressing first. */
  { "everything", { SESSION (1, 4, 4), CHECK (5, 5), SIGNS (9, 8, 1, 1, 0, 1), END }, 10, { NULL },
    { { RB_RED_FLAG_SEVERE_PAIN, 9 }, { RB_RED_FLAG_PERSISTENT_PAIN, 9 },
      { RB_RED_FLAG_INFLAMMATION, 9 }, { RB_RED_FLAG_DAILY_ACTIVITIES, 9 },
      { RB_RED_FLAG_NO_IMPROVEMENT_WITH_REST, 9 }, { -1 } } },
};

static RbJournalEntry *
make_entry (const Entry *e)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_offset (3600);
  g_autoptr(GDateTime) started = g_date_time_new (tz, 2026, 3, e->day, 8, 0, 0);
  RbJournalEntry *entry;

  switch (e->kind)
    {
    case 'r':
      entry = rb_journal_entry_new_run (started);
      rb_journal_entry_set_run (entry, 6, 1200, -1);
      break;
    case 'c':
      entry = rb_journal_entry_new_check_in (started);
      break;
    default:
      entry = rb_journal_entry_new (RB_JOURNAL_KIND_SESSION);
      rb_journal_entry_set_title (entry, "Strength");
      rb_journal_entry_set_started (entry, started);
    }

  rb_journal_entry_set_pain_before (entry, e->before);
  rb_journal_entry_set_pain_during (entry, e->during);
  rb_journal_entry_set_pain_after (entry, e->after);
  rb_journal_entry_set_pain_next_morning (entry, e->morning);
  rb_journal_entry_set_swelling (entry, e->swelling);
  rb_journal_entry_set_redness (entry, e->redness);
  rb_journal_entry_set_warmth (entry, e->warmth);
  rb_journal_entry_set_limits_daily_activities (entry, e->limits);

  return entry;
}

static GListModel *
make_entries (const Entry *entries)
{
  GListStore *store = g_list_store_new (RB_TYPE_JOURNAL_ENTRY);

  /* Appended newest first: the rules go by time, not by place. */
  for (guint n = 0; entries[n].day != 0; n++)
    {
      g_autoptr(RbJournalEntry) entry = make_entry (&entries[n]);

      g_list_store_insert (store, 0, entry);
    }

  return G_LIST_MODEL (store);
}

static void
march (GDate *date,
       int    day)
{
  g_date_clear (date, 1);
  g_date_set_dmy (date, day, 3, 2026);
}

static void
test_table (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const Case *c = &cases[i];
      g_autoptr(GListModel) entries = make_entries (c->entries);
      g_autoptr(GHashTable) dismissed = g_hash_table_new (g_str_hash, g_str_equal);
      g_autoptr(GPtrArray) flags = NULL;
      GDate today;
      guint n = 0;

      g_test_message ("%s", c->name);
      for (guint j = 0; c->dismissed[j] != NULL; j++)
        g_hash_table_add (dismissed, (gpointer) c->dismissed[j]);
      march (&today, c->today);
      flags = rb_red_flags_evaluate (entries, &today, dismissed);

      while (c->flags[n].kind >= 0)
        n++;
      if (flags->len != n)
        {
          for (guint j = 0; j < flags->len; j++)
            g_printerr ("  %s\n", ((RbRedFlag *) g_ptr_array_index (flags, j))->reason);
          g_error ("%s: %u flags, expected %u", c->name, flags->len, n);
        }
      for (guint j = 0; j < n; j++)
        {
          RbRedFlag *flag = g_ptr_array_index (flags, j);
          GDate day;

          march (&day, c->flags[j].day);
          g_assert_cmpint (flag->kind, ==, c->flags[j].kind);
          g_assert_cmpint (g_date_compare (&flag->date, &day), ==, 0);
          g_assert_nonnull (flag->reason);
          g_assert_nonnull (flag->advice);
          g_assert_true (g_str_has_prefix (flag->advice, "See a doctor") ||
                         g_str_has_prefix (flag->advice, "Stop running"));
        }
    }
}

static char *
reason_of (const Entry *entries,
           int          today,
           RbRedFlagKind kind)
{
  g_autoptr(GListModel) model = make_entries (entries);
  g_autoptr(GPtrArray) flags = NULL;
  GDate day;

  march (&day, today);
  flags = rb_red_flags_evaluate (model, &day, NULL);
  for (guint i = 0; i < flags->len; i++)
    {
      RbRedFlag *flag = g_ptr_array_index (flags, i);

      if (flag->kind == kind)
        return g_strdup (flag->reason);
    }

  return NULL;
}

/* Each flag says why, in a plain sentence naming the day. */
static void
test_reasons (void)
{
  static const Entry run[] = { RUN (10, 3, 8, -1), END };
  static const Entry morning[] = { SESSION (10, 2, 2), RUN (11, -1, -1, 7), END };
  static const Entry check_in[] = { SIGNS (9, 8, 1, 0, 1, 1), END };
  static const Entry persistent[] = { CHECK (1, 4), CHECK (4, 6), CHECK (8, 5), END };
  static const Entry rest[] = { SESSION (1, 3, 3), CHECK (5, 4), END };
  g_autofree char *a = reason_of (run, 12, RB_RED_FLAG_SEVERE_PAIN);
  g_autofree char *b = reason_of (morning, 12, RB_RED_FLAG_SEVERE_PAIN);
  g_autofree char *c = reason_of (check_in, 9, RB_RED_FLAG_SEVERE_PAIN);
  g_autofree char *d = reason_of (check_in, 9, RB_RED_FLAG_INFLAMMATION);
  g_autofree char *e = reason_of (check_in, 9, RB_RED_FLAG_DAILY_ACTIVITIES);
  g_autofree char *f = reason_of (persistent, 9, RB_RED_FLAG_PERSISTENT_PAIN);
  g_autofree char *g = reason_of (rest, 6, RB_RED_FLAG_NO_IMPROVEMENT_WITH_REST);

  g_assert_cmpstr (a, ==, "Your knee pain was 8/10 after the run on Tuesday 10 March.");
  g_assert_cmpstr (b, ==, "Your knee pain was 7/10 the morning after the run on Wednesday 11 March.");
  g_assert_cmpstr (c, ==, "Your knee pain was 8/10 at your check-in on Monday 9 March.");
  g_assert_cmpstr (d, ==, "You noted swelling and warmth around your knee at your check-in on Monday 9 March.");
  g_assert_cmpstr (e, ==, "You noted at your check-in on Monday 9 March that the pain gets in the way "
                          "of your daily activities.");
  g_assert_cmpstr (f, ==, "Your knee pain has been 4/10 or more in 3 logs since Sunday 1 March, "
                          "and it is not going down.");
  g_assert_cmpstr (g, ==, "Your knee pain was 4/10 at your check-in on Thursday 5 March, "
                          "after 4 days without a session or run.");
}

static void
test_keys (void)
{
  RbRedFlag flag = { RB_RED_FLAG_NO_IMPROVEMENT_WITH_REST };
  g_autofree char *key = NULL;
  g_autoptr(RbRedFlag) copy = NULL;

  march (&flag.date, 5);
  flag.reason = (char *) "why";
  flag.advice = (char *) "what";
  key = rb_red_flag_dup_key (&flag);
  g_assert_cmpstr (key, ==, "no-improvement-with-rest/2026-03-05");
  copy = rb_red_flag_copy (&flag);
  g_assert_cmpstr (copy->reason, ==, "why");
  g_assert_cmpstr (rb_red_flag_kind_to_string (RB_RED_FLAG_SEVERE_PAIN), ==, "severe-pain");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/rb/red-flags/table", test_table);
  g_test_add_func ("/rb/red-flags/reasons", test_reasons);
  g_test_add_func ("/rb/red-flags/keys", test_keys);

  return g_test_run ();
}
