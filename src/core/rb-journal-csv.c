/* rb-journal-csv.c: the journal as a spreadsheet.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rb-journal.h"

/* RFC 4180: a header row, then one row per entry; every field quoted,
 * quotes doubled, rows ended by CRLF (line breaks inside a note stay as
 * they are, within quotes); UTF-8 without a byte order mark. Column names
 * are not translated, so scripts can rely on them; values are the
 * journal's own (ids, "completed", numbers), empty when not recorded.
 * Text the user typed (titles of logged runs, notes) that a spreadsheet
 * would take for a formula gets a leading apostrophe (OWASP's "CSV
 * injection" advice): opening an export must never run anything. */

static const char * const columns[] = {
  "date", "time", "kind", "program", "session", "title", "status", "duration_seconds",
  "pain_before", "pain_during", "pain_after", "pain_next_morning",
  "run_intervals", "run_distance_m",
  "swelling", "redness", "warmth", "stiffness", "limits_daily_activities",
  "note",
};

static void
add_field (GString    *row,
           const char *text)
{
  if (row->len > 0)
    g_string_append_c (row, ',');

  g_string_append_c (row, '"');
  for (const char *p = text != NULL ? text : ""; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (row, '"');
      g_string_append_c (row, *p);
    }
  g_string_append_c (row, '"');
}

/* Spreadsheets read a cell that starts with one of these as a formula. */
static void
add_text (GString    *row,
          const char *text)
{
  g_autofree char *quoted = NULL;

  if (text != NULL && text[0] != '\0' && strchr ("=+-@\t\r", text[0]) != NULL)
    text = quoted = g_strconcat ("'", text, NULL);

  add_field (row, text);
}

static void
add_number (GString *row,
            gint64   value)
{
  g_autofree char *text = value >= 0 ? g_strdup_printf ("%" G_GINT64_FORMAT, value) : NULL;

  add_field (row, text);
}

static void
add_flag (GString *row,
          int      flag)
{
  add_field (row, flag < 0 ? NULL : flag == 1 ? "yes" : "no");
}

static const char *
kind_name (RbJournalEntry *entry)
{
  if (rb_journal_entry_get_kind (entry) == RB_JOURNAL_KIND_CHECK_IN)
    return "check-in";

  return rb_journal_entry_is_run (entry) ? "run" : "session";
}

/* The run's own duration, or the time from start to end. */
static gint64
duration (RbJournalEntry *entry)
{
  GDateTime *started = rb_journal_entry_get_started (entry);
  GDateTime *ended = rb_journal_entry_get_ended (entry);

  if (rb_journal_entry_get_run_seconds (entry) >= 0)
    return rb_journal_entry_get_run_seconds (entry);
  if (started != NULL && ended != NULL)
    return MAX (g_date_time_difference (ended, started) / G_TIME_SPAN_SECOND, 0);

  return -1;
}

/* The session's id; an entry from before ids has its index, read as the
 * id a version 1 program's session at that place has. */
static char *
session_id (RbJournalEntry *entry)
{
  if (rb_journal_entry_get_session_id (entry) != NULL)
    return g_strdup (rb_journal_entry_get_session_id (entry));
  if (rb_journal_entry_get_session_index (entry) >= 0)
    return g_strdup_printf ("session-%d", rb_journal_entry_get_session_index (entry) + 1);

  return NULL;
}

static void
add_row (GString        *out,
         RbJournalEntry *entry)
{
  g_autoptr(GString) row = g_string_new (NULL);
  GDateTime *started = rb_journal_entry_get_started (entry);
  g_autofree char *date = started != NULL ? g_date_time_format (started, "%Y-%m-%d") : NULL;
  g_autofree char *time = started != NULL ? g_date_time_format (started, "%H:%M") : NULL;
  g_autofree char *session = session_id (entry);
  gboolean check_in = rb_journal_entry_get_kind (entry) == RB_JOURNAL_KIND_CHECK_IN;

  add_field (row, date);
  add_field (row, time);
  add_field (row, kind_name (entry));
  add_field (row, rb_journal_entry_get_program_id (entry));
  add_field (row, session);
  add_text (row, rb_journal_entry_get_title (entry));
  add_field (row, check_in ? NULL
                  : rb_journal_entry_get_status (entry) == RB_JOURNAL_STATUS_COMPLETED ? "completed" : "partial");
  add_number (row, duration (entry));
  add_number (row, rb_journal_entry_get_pain_before (entry));
  add_number (row, rb_journal_entry_get_pain_during (entry));
  add_number (row, rb_journal_entry_get_pain_after (entry));
  add_number (row, rb_journal_entry_get_pain_next_morning (entry));
  add_number (row, rb_journal_entry_get_run_intervals (entry));
  add_number (row, rb_journal_entry_get_run_distance (entry));
  add_flag (row, rb_journal_entry_get_swelling (entry));
  add_flag (row, rb_journal_entry_get_redness (entry));
  add_flag (row, rb_journal_entry_get_warmth (entry));
  add_number (row, rb_journal_entry_get_stiffness (entry));
  add_flag (row, rb_journal_entry_get_limits_daily_activities (entry));
  add_text (row, rb_journal_entry_get_note (entry));

  g_string_append_len (out, row->str, row->len);
  g_string_append (out, "\r\n");
}

/**
 * rb_journal_format_csv:
 * @entries: (element-type RbJournalEntry): entries, in the order wanted
 *
 * Returns: (transfer full): the entries as CSV (RFC 4180), a header row
 *   first
 */
char *
rb_journal_format_csv (GListModel *entries)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) header = g_string_new (NULL);

  g_return_val_if_fail (G_IS_LIST_MODEL (entries), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    add_field (header, columns[i]);
  g_string_append_len (out, header->str, header->len);
  g_string_append (out, "\r\n");

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(RbJournalEntry) entry = g_list_model_get_item (entries, i);

      add_row (out, entry);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * rb_journal_export_csv:
 * @entries: (element-type RbJournalEntry): entries, in the order wanted
 * @path: the file to write, in a folder that exists
 * @error: return location for a #GError
 *
 * Writes the entries as CSV (rb_journal_format_csv()), atomically, and
 * readable by the user only, as the journal is.
 *
 * Returns: %TRUE on success
 */
gboolean
rb_journal_export_csv (GListModel  *entries,
                       const char  *path,
                       GError     **error)
{
  g_autofree char *text = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (G_IS_LIST_MODEL (entries), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  text = rb_journal_format_csv (entries);
  if (!g_file_set_contents_full (path, text, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600, &local_error))
    {
      g_autofree char *name = g_filename_display_name (path);

      g_set_error (error, local_error->domain, local_error->code,
                   _("Cannot write %s: %s"), name, local_error->message);
      return FALSE;
    }

  return TRUE;
}
