/* rb-ical.c: upcoming sessions as an iCalendar (RFC 5545) file.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libical builds and writes the calendar. Its writer (3.0.16) ends lines
 * in CRLF, folds them at 75 octets without splitting a UTF-8 sequence and
 * escapes `\`, `;`, `,` and newlines in text, as the tests check. What it
 * gets wrong is cleaned up here, before the text reaches it:
 *
 * - a lone carriage return is dropped, joining the lines around it, so
 *   CR and CRLF line ends become LF first;
 * - other control characters are written raw, which RFC 5545 forbids in
 *   text, so they are removed;
 * - an empty text value is written (`SUMMARY:`), but libical's own parser
 *   rejects it, so an empty description is left out and an empty summary
 *   is refused.
 *
 * Times are floating local times (`DTSTART:20261201T180000`, no TZID): a
 * session planned for 18:00 stays at 18:00 wherever the user is, which is
 * what a training plan means, and no VTIMEZONE has to be written for the
 * calendar to be valid. DTSTAMP, the time of the export, is in UTC.
 */

#include "config.h"

#include <libical/ical.h>
#include <string.h>

#include "rb-ical.h"
#include "rb-storage.h"

#define UID_DOMAIN "@runback.github.io"
#define ALARM_MINUTES_BEFORE 15

G_DEFINE_QUARK (rb-ical-error-quark, rb_ical_error)

G_DEFINE_AUTOPTR_CLEANUP_FUNC (icalcomponent, icalcomponent_free)

/* The same seed always gives the same UID, so that a calendar that
 * imports the file again updates its events instead of adding copies.
 */
static char *
make_uid (const char *seed)
{
  g_autofree char *hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, seed, -1);

  return g_strconcat (hash, UID_DOMAIN, NULL);
}

/* Line ends become LF, which libical writes as `\n`; other ASCII control
 * characters, which RFC 5545 does not allow in text, are dropped. @text is
 * valid UTF-8, whose multi-byte sequences hold no ASCII bytes, so working
 * byte by byte is safe.
 */
static char *
clean_text (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '\r')
        {
          g_string_append_c (out, '\n');
          if (p[1] == '\n')
            p++;
        }
      else if (*p == '\n' || *p == '\t' || !g_ascii_iscntrl (*p))
        {
          g_string_append_c (out, *p);
        }
    }

  return g_string_free (out, FALSE);
}

static gboolean
check_text (const char  *text,
            const char  *what,
            guint        index,
            GError     **error)
{
  if (text != NULL && !g_utf8_validate (text, -1, NULL))
    {
      g_set_error (error, RB_ICAL_ERROR, RB_ICAL_ERROR_INVALID,
                   "Event %u: the %s is not valid UTF-8", index + 1, what);
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_event (const RbIcalEvent  *event,
             guint               index,
             GError            **error)
{
  const char *problem = NULL;

  if (!g_date_valid (&event->date) || g_date_get_year (&event->date) > 9999)
    problem = "the date is not valid";
  else if (event->start_minutes >= 24 * 60)
    problem = "the start time is not within the day";
  else if (event->duration_minutes == 0 || event->duration_minutes > RB_ICAL_MAX_DURATION_MINUTES)
    problem = "the duration is not between 1 minute and 24 hours";
  else if (event->uid_seed == NULL || *event->uid_seed == '\0')
    problem = "it has no UID seed";
  else if (event->summary == NULL || *event->summary == '\0')
    problem = "it has no summary";

  if (problem != NULL)
    {
      g_set_error (error, RB_ICAL_ERROR, RB_ICAL_ERROR_INVALID, "Event %u: %s", index + 1, problem);
      return FALSE;
    }

  return check_text (event->uid_seed, "UID seed", index, error) &&
         check_text (event->summary, "summary", index, error) &&
         check_text (event->description, "description", index, error);
}

/* A floating local date-time: no time zone, so it stays at this hour. */
static struct icaltimetype
floating_time (const GDate *date,
               guint        minutes)
{
  struct icaltimetype time = icaltime_null_time ();

  time.year = g_date_get_year (date);
  time.month = g_date_get_month (date);
  time.day = g_date_get_day (date);
  time.hour = minutes / 60;
  time.minute = minutes % 60;

  return time;
}

static icalcomponent *
make_alarm (const char *summary)
{
  return icalcomponent_vanew (ICAL_VALARM_COMPONENT,
                              icalproperty_new_action (ICAL_ACTION_DISPLAY),
                              icalproperty_new_trigger (icaltriggertype_from_int (-ALARM_MINUTES_BEFORE * 60)),
                              icalproperty_new_description (summary),
                              NULL);
}

static icalcomponent *
make_event (const RbIcalEvent         *event,
            const char                *uid,
            const struct icaltimetype *stamp,
            gboolean                   alarms)
{
  g_autofree char *summary = clean_text (event->summary);
  g_autofree char *description = clean_text (event->description != NULL ? event->description : "");
  struct icaltimetype start = floating_time (&event->date, event->start_minutes);
  struct icaltimetype end = start;
  icalcomponent *vevent;

  icaltime_adjust (&end, 0, 0, (int) event->duration_minutes, 0);

  vevent = icalcomponent_vanew (ICAL_VEVENT_COMPONENT,
                                icalproperty_new_uid (uid),
                                icalproperty_new_dtstamp (*stamp),
                                icalproperty_new_dtstart (start),
                                icalproperty_new_dtend (end),
                                icalproperty_new_summary (summary),
                                NULL);

  /* libical would write an empty value, which its parser then rejects. */
  if (*description != '\0')
    icalcomponent_add_property (vevent, icalproperty_new_description (description));

  if (alarms)
    icalcomponent_add_component (vevent, make_alarm (summary));

  return vevent;
}

static struct icaltimetype
make_stamp (GDateTime *now)
{
  g_autoptr(GDateTime) utc = now != NULL ? g_date_time_to_utc (now) : g_date_time_new_now_utc ();

  return icaltime_from_timet_with_zone ((time_t) g_date_time_to_unix (utc), FALSE,
                                        icaltimezone_get_utc_timezone ());
}

static icalcomponent *
make_calendar (void)
{
  return icalcomponent_vanew (ICAL_VCALENDAR_COMPONENT,
                              icalproperty_new_prodid ("-//Runback//Runback " PACKAGE_VERSION "//EN"),
                              icalproperty_new_version ("2.0"),
                              icalproperty_new_calscale ("GREGORIAN"),
                              NULL);
}

/**
 * rb_ical_export:
 * @events: (array length=n_events): the sessions
 * @n_events: how many there are
 * @alarms: whether each event reminds 15 minutes before it starts
 * @now: (nullable): the time of the export (DTSTAMP), or %NULL for now
 * @error: return location for a #GError
 *
 * Writes @events as an iCalendar file: one VEVENT each, with floating
 * local times and a UID derived from its seed. The text has CRLF line
 * ends and folded lines, as RFC 5545 asks.
 *
 * Returns: (transfer full): the calendar, or %NULL with @error set
 *   (%RB_ICAL_ERROR_INVALID) when there are no events, when one is not
 *   valid or when two share a UID seed
 */
char *
rb_ical_export (const RbIcalEvent  *events,
                guint               n_events,
                gboolean            alarms,
                GDateTime          *now,
                GError            **error)
{
  g_autoptr(icalcomponent) calendar = make_calendar ();
  g_autoptr(GHashTable) uids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  struct icaltimetype stamp = make_stamp (now);
  char *text;
  char *result;

  g_return_val_if_fail (events != NULL || n_events == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* RFC 5545 asks for at least one component in a calendar. */
  if (n_events == 0)
    {
      g_set_error_literal (error, RB_ICAL_ERROR, RB_ICAL_ERROR_INVALID,
                           "There are no sessions to export");
      return NULL;
    }

  for (guint i = 0; i < n_events; i++)
    {
      g_autofree char *uid = NULL;

      if (!check_event (&events[i], i, error))
        return NULL;

      uid = make_uid (events[i].uid_seed);
      if (!g_hash_table_add (uids, g_strdup (uid)))
        {
          g_set_error (error, RB_ICAL_ERROR, RB_ICAL_ERROR_INVALID,
                       "Event %u: another event has the UID seed “%s”", i + 1, events[i].uid_seed);
          return NULL;
        }

      icalcomponent_add_component (calendar, make_event (&events[i], uid, &stamp, alarms));
    }

  text = icalcomponent_as_ical_string_r (calendar);
  if (text == NULL)
    {
      g_set_error (error, RB_ICAL_ERROR, RB_ICAL_ERROR_FAILED,
                   "Could not write the calendar: %s", icalerror_strerror (icalerrno));
      return NULL;
    }

  /* libical allocates with its own allocator: hand back GLib memory. */
  result = g_strdup (text);
  icalmemory_free_buffer (text);
  return result;
}

/**
 * rb_ical_export_to_file:
 * @events: (array length=n_events): the sessions
 * @n_events: how many there are
 * @alarms: whether each event reminds 15 minutes before it starts
 * @now: (nullable): the time of the export (DTSTAMP), or %NULL for now
 * @path: the file to write, usually ending in `.ics`
 * @error: return location for a #GError
 *
 * Writes rb_ical_export() to @path atomically (see rb_storage_save()):
 * the file holds either the old calendar or the new one.
 *
 * Returns: %TRUE on success
 */
gboolean
rb_ical_export_to_file (const RbIcalEvent  *events,
                        guint               n_events,
                        gboolean            alarms,
                        GDateTime          *now,
                        const char         *path,
                        GError            **error)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  text = rb_ical_export (events, n_events, alarms, now, error);
  if (text == NULL)
    return FALSE;

  return rb_storage_save (path, text, -1, error);
}
