/* rb-journal-entry-private.h
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rb-journal-entry.h"

G_BEGIN_DECLS

struct _RbJournalEntry
{
  GObject          parent_instance;
  RbJournalKind    kind;
  char            *program_id;
  char            *session_id;
  char            *plan_id;       /* the plan it was planned by, if any */
  GDate            planned_date;  /* the plan's day for it */
  int              stage;         /* a progression's stage, or -1 */
  int              swelling;      /* check-in: 1 swollen, 0 not, -1 not said */
  int              stiffness;     /* check-in: 0–10, or -1 */
  int              redness;       /* check-in: 1, 0, or -1 not said */
  int              warmth;        /* check-in: 1, 0, or -1 not said */
  int              limits_daily;  /* check-in: pain gets in the way of daily activities */
  gboolean         run;           /* a run log: has a "run" object */
  int              run_intervals; /* run intervals done, or -1 */
  int              run_seconds;   /* the run's duration, or -1 */
  int              run_distance;  /* metres, or -1 */
  JsonObject      *run_unknown;   /* the run record's members of a newer version */
  int              session_index;
  char            *title;
  GDateTime       *started;
  GDateTime       *ended;
  RbJournalStatus  status;
  int              pain_before;
  int              pain_after;
  int              pain_during;
  int              pain_next_morning;
  char            *note;
  GPtrArray       *items;
  JsonObject      *unknown;  /* members of a newer version, kept as read */
};

gboolean rb_journal_entry_json_has_unknown_kind (JsonNode *node);

G_END_DECLS
