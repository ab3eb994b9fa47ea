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
  int              session_index;
  char            *title;
  GDateTime       *started;
  GDateTime       *ended;
  RbJournalStatus  status;
  int              pain_before;
  int              pain_after;
  char            *note;
  GPtrArray       *items;
  JsonObject      *unknown;  /* members of a newer version, kept as read */
};

gboolean rb_journal_entry_json_has_unknown_kind (JsonNode *node);

G_END_DECLS
