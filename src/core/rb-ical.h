/* rb-ical.h: upcoming sessions as an iCalendar (RFC 5545) file.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The longest event, so that a day and its minutes cannot overflow. */
#define RB_ICAL_MAX_DURATION_MINUTES (24 * 60)

/**
 * RbIcalEvent:
 * @date: the day of the session
 * @start_minutes: when it starts, in minutes after midnight, local time
 * @duration_minutes: how long it lasts, from 1 to
 *   %RB_ICAL_MAX_DURATION_MINUTES
 * @uid_seed: stable for one plan, session and occurrence, e.g.
 *   `PLANID/SESSIONID/2026-12-01`, so that exporting again updates the
 *   events in a calendar rather than adding copies
 * @summary: the title, e.g. "Knee Strength: Strength A"; not empty
 * @description: (nullable): what to do, plain text of any length
 *
 * One session to export. Plain data; the strings are borrowed.
 */
typedef struct
{
  GDate       date;
  guint       start_minutes;
  guint       duration_minutes;
  const char *uid_seed;
  const char *summary;
  const char *description;
} RbIcalEvent;

typedef enum
{
  RB_ICAL_ERROR_INVALID,
  RB_ICAL_ERROR_FAILED,
} RbIcalError;

#define RB_ICAL_ERROR (rb_ical_error_quark ())

GQuark    rb_ical_error_quark    (void);

char     *rb_ical_export         (const RbIcalEvent  *events,
                                  guint               n_events,
                                  gboolean            alarms,
                                  GDateTime          *now,
                                  GError            **error);
gboolean  rb_ical_export_to_file (const RbIcalEvent  *events,
                                  guint               n_events,
                                  gboolean            alarms,
                                  GDateTime          *now,
                                  const char         *path,
                                  GError            **error);

G_END_DECLS
