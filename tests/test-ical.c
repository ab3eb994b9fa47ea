/* test-ical.c
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The iCalendar export: what RFC 5545 asks of the text (CRLF, folding at
 * 75 octets without splitting UTF-8, escaping), and that libical reads the
 * file back, valid, with the same text.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <libical/ical.h>
#include <string.h>

#include "rb-ical.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (icalcomponent, icalcomponent_free)

#define TRICKY "Knie, Hüfte; C:\\Users\\me\nZeile 2 — 🏃‍♀️🦵 膝の痛み 무릎 ½"

static GDateTime *
make_now (void)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_offset (3600);

  /* 11:15 at UTC+1 is 10:15 UTC. */
  return g_date_time_new (zone, 2026, 11, 24, 11, 15, 30);
}

static RbIcalEvent
make_event (guint       day,
            const char *seed,
            const char *summary,
            const char *description)
{
  RbIcalEvent event = { .start_minutes = 18 * 60, .duration_minutes = 45 };

  g_date_clear (&event.date, 1);
  g_date_set_dmy (&event.date, day, G_DATE_DECEMBER, 2026);
  event.uid_seed = seed;
  event.summary = summary;
  event.description = description;

  return event;
}

static char *
export (const RbIcalEvent *events,
        guint              n_events,
        gboolean           alarms)
{
  g_autoptr(GDateTime) now = make_now ();
  g_autoptr(GError) error = NULL;
  char *text = rb_ical_export (events, n_events, alarms, now, &error);

  g_assert_no_error (error);
  g_assert_nonnull (text);

  return text;
}

/* 2,000 characters: ASCII, Latin, CJK, Hangul and emoji, every width of
 * UTF-8 sequence at every offset of a folded line.
 */
static char *
make_long_text (void)
{
  static const char * const pieces[] = { "Knie ", "ü", "膝", "🦵", "a", "무", ",", "é;", "\n" };
  GString *text = g_string_new (NULL);
  guint n = 0;

  for (guint i = 0; n < 2000; i++)
    {
      const char *piece = pieces[(i * 7 + i / 9) % G_N_ELEMENTS (pieces)];
      guint length = g_utf8_strlen (piece, -1);

      if (n + length > 2000)
        piece = "x", length = 1;
      g_string_append (text, piece);
      n += length;
    }

  g_assert_cmpuint (g_utf8_strlen (text->str, -1), ==, 2000);
  return g_string_free (text, FALSE);
}

/* Every physical line: at most 75 octets, valid UTF-8 on its own (so no
 * fold split a sequence), ended by CRLF, with no stray CR or LF.
 */
static void
assert_lines (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\r\n", -1);
  guint n = g_strv_length (lines);

  g_assert_true (g_str_has_suffix (text, "\r\n"));
  g_assert_cmpstr (lines[n - 1], ==, "");

  for (guint i = 0; i + 1 < n; i++)
    {
      g_assert_cmpuint (strlen (lines[i]), <=, 75);
      g_assert_null (strchr (lines[i], '\r'));
      g_assert_null (strchr (lines[i], '\n'));
      g_assert_true (g_utf8_validate (lines[i], -1, NULL));
    }
}

/* Undoes the folding: a CRLF followed by a space goes. */
static char *
unfold (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, "\r\n ", -1);

  return g_strjoinv ("", parts);
}

static guint
count (const char *text,
       const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (text, needle); p != NULL; p = strstr (p + 1, needle))
    n++;

  return n;
}

/* libical reads @text back as a valid calendar of @n_events events. */
static icalcomponent *
parse_valid (const char *text,
             guint       n_events)
{
  icalcomponent *calendar = icalparser_parse_string (text);

  g_assert_nonnull (calendar);
  g_assert_cmpint (icalcomponent_isa (calendar), ==, ICAL_VCALENDAR_COMPONENT);
  g_assert_true (icalrestriction_check (calendar));
  g_assert_cmpint (icalcomponent_count_errors (calendar), ==, 0);
  g_assert_cmpint (icalcomponent_count_components (calendar, ICAL_VEVENT_COMPONENT), ==, n_events);

  return calendar;
}

static void
test_ical_structure (void)
{
  RbIcalEvent events[] = {
    make_event (1, "knee-strength/a/2026-12-01", "Knee Strength: Strength A", "Squat: 3 sets of 10 reps"),
    make_event (31, "knee-strength/b/2026-12-31", "Knee Strength: Strength B", NULL),
  };
  g_autofree char *text = NULL;
  g_autofree char *hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, events[0].uid_seed, -1);
  g_autofree char *uid = g_strdup_printf ("\r\nUID:%s@runback.github.io\r\n", hash);
  g_autofree char *unfolded = NULL;

  /* Across midnight and into the next year. */
  events[1].start_minutes = 23 * 60 + 30;
  events[1].duration_minutes = 60;
  text = export (events, G_N_ELEMENTS (events), FALSE);
  unfolded = unfold (text);

  g_assert_true (g_str_has_prefix (text, "BEGIN:VCALENDAR\r\n"));
  g_assert_true (g_str_has_suffix (text, "\r\nEND:VCALENDAR\r\n"));
  g_assert_nonnull (strstr (text, "\r\nVERSION:2.0\r\n"));
  g_assert_nonnull (strstr (text, "\r\nPRODID:-//Runback//Runback " PACKAGE_VERSION "//EN\r\n"));
  g_assert_cmpuint (count (text, "BEGIN:VEVENT\r\n"), ==, 2);
  g_assert_cmpuint (count (text, "END:VEVENT\r\n"), ==, 2);
  g_assert_nonnull (strstr (unfolded, uid));
  g_assert_cmpuint (count (text, "\r\nDTSTAMP:20261124T101530Z\r\n"), ==, 2);
  g_assert_nonnull (strstr (text, "\r\nDTSTART:20261201T180000\r\n"));
  g_assert_nonnull (strstr (text, "\r\nDTEND:20261201T184500\r\n"));
  g_assert_nonnull (strstr (text, "\r\nDTSTART:20261231T233000\r\n"));
  g_assert_nonnull (strstr (text, "\r\nDTEND:20270101T003000\r\n"));
  g_assert_nonnull (strstr (unfolded, "\r\nSUMMARY:Knee Strength: Strength A\r\n"));
  g_assert_nonnull (strstr (unfolded, "\r\nDESCRIPTION:Squat: 3 sets of 10 reps\r\n"));
  /* No description: no empty DESCRIPTION, which libical cannot read. */
  g_assert_cmpuint (count (text, "DESCRIPTION"), ==, 1);

  assert_lines (text);
  icalcomponent_free (parse_valid (text, 2));
}

static void
test_ical_round_trip (void)
{
  g_autofree char *long_text = make_long_text ();
  RbIcalEvent events[] = {
    make_event (1, "p/a/1", TRICKY, long_text),
    make_event (2, "p/b/2", "🏃 " TRICKY " " TRICKY, TRICKY),
    make_event (3, "p/c/3", "Knie", "膝"),
  };
  g_autofree char *text = NULL;
  g_autoptr(icalcomponent) calendar = NULL;
  icalcomponent *vevent;
  guint i = 0;

  /* Shift the text by 0–4 octets so that folds fall at every offset. */
  for (guint shift = 0; shift < 5; shift++)
    {
      g_autofree char *summary = g_strdup_printf ("%.*s%s", shift, "xxxx", TRICKY);

      events[2].summary = summary;
      g_clear_pointer (&text, g_free);
      text = export (events, G_N_ELEMENTS (events), shift % 2 == 0);
      assert_lines (text);
      icalcomponent_free (parse_valid (text, G_N_ELEMENTS (events)));
    }

  events[2].summary = "Knie";
  g_clear_pointer (&text, g_free);
  text = export (events, G_N_ELEMENTS (events), TRUE);
  calendar = parse_valid (text, G_N_ELEMENTS (events));

  for (vevent = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       vevent != NULL;
       vevent = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT), i++)
    {
      g_assert_cmpstr (icalcomponent_get_summary (vevent), ==, events[i].summary);
      g_assert_cmpstr (icalcomponent_get_description (vevent), ==, events[i].description);
    }
  g_assert_cmpuint (i, ==, G_N_ELEMENTS (events));
}

static void
test_ical_escaping (void)
{
  RbIcalEvent event = make_event (1, "p/a/1", "A,B;C\\D", "one\ntwo\r\nthree\rfour\x01\tfive\x7f");
  g_autofree char *text = export (&event, 1, FALSE);
  g_autofree char *unfolded = unfold (text);
  g_autoptr(icalcomponent) calendar = parse_valid (text, 1);
  icalcomponent *vevent = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);

  g_assert_nonnull (strstr (unfolded, "\r\nSUMMARY:A\\,B\\;C\\\\D\r\n"));
  /* Line ends of every kind become \n; control characters other than
   * tab, which RFC 5545 forbids in text, are dropped.
   */
  g_assert_nonnull (strstr (unfolded, "\r\nDESCRIPTION:one\\ntwo\\nthree\\nfour\tfive\r\n"));
  g_assert_cmpstr (icalcomponent_get_summary (vevent), ==, "A,B;C\\D");
  g_assert_cmpstr (icalcomponent_get_description (vevent), ==, "one\ntwo\nthree\nfour\tfive");
}

static void
test_ical_uids (void)
{
  RbIcalEvent events[] = {
    make_event (1, "p/a/2026-12-01", "A", NULL),
    make_event (2, "p/a/2026-12-02", "A", NULL),
  };
  g_autofree char *first = export (events, G_N_ELEMENTS (events), TRUE);
  g_autofree char *second = export (events, G_N_ELEMENTS (events), TRUE);
  g_autoptr(icalcomponent) calendar = parse_valid (first, 2);
  icalcomponent *one = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
  icalcomponent *two = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT);
  g_autoptr(GError) error = NULL;
  g_autofree char *same = NULL;

  /* The same plan gives the same file, so calendars update, not duplicate. */
  g_assert_cmpstr (first, ==, second);
  g_assert_true (g_str_has_suffix (icalcomponent_get_uid (one), "@runback.github.io"));
  g_assert_cmpuint (strlen (icalcomponent_get_uid (one)), ==, 64 + strlen ("@runback.github.io"));
  g_assert_cmpstr (icalcomponent_get_uid (one), !=, icalcomponent_get_uid (two));

  /* Two events with one seed would be one event twice. */
  events[1].uid_seed = events[0].uid_seed;
  same = rb_ical_export (events, G_N_ELEMENTS (events), FALSE, NULL, &error);
  g_assert_error (error, RB_ICAL_ERROR, RB_ICAL_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "Event 2: another event has the UID seed “p/a/2026-12-01”");
  g_assert_null (same);
}

static void
test_ical_alarms (void)
{
  RbIcalEvent events[] = {
    make_event (1, "p/a/1", "Knee Strength: Strength A", "Squat"),
    make_event (4, "p/a/4", "Knee Strength: Strength B", NULL),
  };
  g_autofree char *without = export (events, G_N_ELEMENTS (events), FALSE);
  g_autofree char *with = export (events, G_N_ELEMENTS (events), TRUE);
  g_autoptr(icalcomponent) calendar = parse_valid (with, 2);
  icalcomponent *vevent = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
  icalcomponent *alarm = icalcomponent_get_first_component (vevent, ICAL_VALARM_COMPONENT);

  g_assert_null (strstr (without, "VALARM"));
  g_assert_null (strstr (without, "TRIGGER"));

  g_assert_cmpuint (count (with, "\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT15M\r\n"), ==, 2);
  g_assert_cmpuint (count (with, "\r\nEND:VALARM\r\nEND:VEVENT\r\n"), ==, 2);
  g_assert_nonnull (alarm);
  g_assert_cmpstr (icalcomponent_get_description (alarm), ==, "Knee Strength: Strength A");
  assert_lines (with);
}

static void
test_ical_invalid (void)
{
  static const char bad_utf8[] = "Kn\xc3";
  static const struct { guint field; const char *message; } cases[] = {
    { 0, "Event 2: the date is not valid" },
    { 1, "Event 2: the start time is not within the day" },
    { 2, "Event 2: the duration is not between 1 minute and 24 hours" },
    { 3, "Event 2: the duration is not between 1 minute and 24 hours" },
    { 4, "Event 2: it has no UID seed" },
    { 5, "Event 2: it has no summary" },
    { 6, "Event 2: the summary is not valid UTF-8" },
    { 7, "Event 2: the description is not valid UTF-8" },
    { 8, "Event 2: the date is not valid" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      RbIcalEvent events[] = { make_event (1, "a", "A", NULL), make_event (2, "b", "B", NULL) };
      RbIcalEvent *event = &events[1];
      g_autoptr(GError) error = NULL;
      g_autofree char *text = NULL;

      switch (cases[i].field)
        {
        case 0: g_date_clear (&event->date, 1); break;
        case 1: event->start_minutes = 24 * 60; break;
        case 2: event->duration_minutes = 0; break;
        case 3: event->duration_minutes = RB_ICAL_MAX_DURATION_MINUTES + 1; break;
        case 4: event->uid_seed = ""; break;
        case 5: event->summary = ""; break;
        case 6: event->summary = bad_utf8; break;
        case 7: event->description = bad_utf8; break;
        case 8: g_date_set_dmy (&event->date, 1, 1, 10000); break;
        default: g_assert_not_reached ();
        }

      text = rb_ical_export (events, G_N_ELEMENTS (events), FALSE, NULL, &error);
      g_assert_error (error, RB_ICAL_ERROR, RB_ICAL_ERROR_INVALID);
      g_assert_cmpstr (error->message, ==, cases[i].message);
      g_assert_null (text);
    }
}

static void
test_ical_empty (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = rb_ical_export (NULL, 0, FALSE, NULL, &error);

  /* RFC 5545 asks for at least one component in a calendar. */
  g_assert_error (error, RB_ICAL_ERROR, RB_ICAL_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "There are no sessions to export");
  g_assert_null (text);
}

static void
test_ical_file (void)
{
  RbIcalEvent event = make_event (1, "p/a/1", TRICKY, TRICKY);
  g_autoptr(GDateTime) now = make_now ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("runback-test-ical-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "plan.ics", NULL);
  g_autofree char *under_file = g_build_filename (path, "x.ics", NULL);
  g_autofree char *expected = export (&event, 1, TRUE);
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_no_error (error);
  g_assert_true (rb_ical_export_to_file (&event, 1, TRUE, now, path, &error));
  g_assert_no_error (error);
  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (contents, ==, expected);
  g_assert_cmpuint (length, ==, strlen (expected));

  /* Writing again replaces the file. */
  g_assert_true (rb_ical_export_to_file (&event, 1, TRUE, now, path, &error));
  g_assert_no_error (error);

  g_assert_false (rb_ical_export_to_file (&event, 1, TRUE, now, under_file, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/rb/ical/structure", test_ical_structure);
  g_test_add_func ("/rb/ical/round-trip", test_ical_round_trip);
  g_test_add_func ("/rb/ical/escaping", test_ical_escaping);
  g_test_add_func ("/rb/ical/uids", test_ical_uids);
  g_test_add_func ("/rb/ical/alarms", test_ical_alarms);
  g_test_add_func ("/rb/ical/invalid", test_ical_invalid);
  g_test_add_func ("/rb/ical/empty", test_ical_empty);
  g_test_add_func ("/rb/ical/file", test_ical_file);

  return g_test_run ();
}
