/* rb-history-row.c: one journal entry in the history, and its details.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rb-history-row.h"
#include "rb-units.h"

typedef struct
{
  RbJournalEntry   *entry;
  RbHistoryRowFunc  edit;
  RbHistoryRowFunc  delete;
  gpointer          user_data;
} RowData;

static void
row_data_free (gpointer data)
{
  RowData *row = data;

  g_object_unref (row->entry);
  g_free (row);
}

static char *
format_day (const GDate *day,
            const char  *format)
{
  char text[128];

  if (g_date_strftime (text, sizeof text, format, day) == 0)
    return g_strdup ("");

  return g_strdup (text);
}

/**
 * rb_history_week_start:
 * @day: a day
 * @first_weekday: the locale's first day of the week
 * @start: (out caller-allocates): the first day of @day's week
 */
void
rb_history_week_start (const GDate  *day,
                       GDateWeekday  first_weekday,
                       GDate        *start)
{
  *start = *day;
  g_date_subtract_days (start, (g_date_get_weekday (day) - first_weekday + 7) % 7);
}

/**
 * rb_history_dup_week_title:
 * @start: a week's first day
 * @today: today
 * @first_weekday: the locale's first day of the week
 *
 * Returns: (transfer full): “This Week”, “Last Week” or “Week of 2 March”
 */
char *
rb_history_dup_week_title (const GDate  *start,
                           const GDate  *today,
                           GDateWeekday  first_weekday)
{
  GDate this_week, last_week;

  rb_history_week_start (today, first_weekday, &this_week);
  last_week = this_week;
  g_date_subtract_days (&last_week, 7);

  if (g_date_compare (start, &this_week) == 0)
    return g_strdup (_("This Week"));
  if (g_date_compare (start, &last_week) == 0)
    return g_strdup (_("Last Week"));

  if (g_date_get_year (start) == g_date_get_year (today))
    {
      g_autofree char *day = format_day (start, _("%-d %B"));

      /* Translators: %s is a day, “2 March” */
      return g_strdup_printf (_("Week of %s"), day);
    }
  else
    {
      g_autofree char *day = format_day (start, _("%-d %B %Y"));

      return g_strdup_printf (_("Week of %s"), day);
    }
}

/**
 * rb_history_dup_pain_text:
 * @entry: an entry
 *
 * Returns: (transfer full) (nullable): its pain in a few words, or %NULL
 *   when none was rated
 */
char *
rb_history_dup_pain_text (RbJournalEntry *entry)
{
  int before = rb_journal_entry_get_pain_before (entry);
  int after = rb_journal_entry_get_pain_after (entry);

  if (rb_journal_entry_get_kind (entry) == RB_JOURNAL_KIND_CHECK_IN)
    /* Translators: a pain rating out of 10 */
    return before >= 0 ? g_strdup_printf (_("Pain %d/10"), before) : NULL;

  if (before >= 0 && after >= 0)
    /* Translators: pain ratings out of 10, before and after a session */
    return g_strdup_printf (_("Pain %d → %d"), before, after);
  if (before >= 0)
    return g_strdup_printf (_("Pain %d before"), before);
  if (after >= 0)
    return g_strdup_printf (_("Pain %d after"), after);

  return NULL;
}

static const char *
status_text (RbJournalEntry *entry)
{
  if (rb_journal_entry_get_kind (entry) == RB_JOURNAL_KIND_CHECK_IN)
    return _("Check-in");
  if (rb_journal_entry_get_status (entry) == RB_JOURNAL_STATUS_COMPLETED)
    return _("Done");

  return _("Partial");
}

static char *
dup_subtitle (RbJournalEntry *entry)
{
  g_autofree char *pain = rb_history_dup_pain_text (entry);
  g_autofree char *day = NULL;
  GDate date;

  rb_journal_entry_get_day (entry, &date);
  day = format_day (&date, _("%A %-d %B"));

  if (pain != NULL)
    return g_strdup_printf ("%s · %s · %s", day, status_text (entry), pain);

  return g_strdup_printf ("%s · %s", day, status_text (entry));
}

/* A line of the details: @title with @value beside or under it. Both are
 * plain text, escaped here. */
static void
add_detail (AdwExpanderRow *expander,
            const char     *title,
            const char     *value)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *escaped_title = g_markup_escape_text (title, -1);
  g_autofree char *escaped_value = g_markup_escape_text (value, -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped_title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped_value);
  gtk_widget_add_css_class (row, "property");
  adw_expander_row_add_row (expander, row);
}

static const char *
item_status_text (const RbJournalItem *item)
{
  switch (item->status)
    {
    case RB_JOURNAL_ITEM_COMPLETED:
      return _("Done");
    case RB_JOURNAL_ITEM_PARTIAL:
      return _("Partly done");
    case RB_JOURNAL_ITEM_SKIPPED:
    default:
      return _("Skipped");
    }
}

static void
add_items (AdwExpanderRow *expander,
           RbJournalEntry *entry)
{
  for (guint i = 0; i < rb_journal_entry_get_n_items (entry); i++)
    {
      const RbJournalItem *item = rb_journal_entry_get_item (entry, i);
      g_autofree char *title = NULL;
      g_autofree char *value = NULL;

      if (item->side == RB_SIDE_LEFT)
        /* Translators: an exercise on one side, “Lunge (left)” */
        title = g_strdup_printf (_("%s (left)"), item->title);
      else if (item->side == RB_SIDE_RIGHT)
        title = g_strdup_printf (_("%s (right)"), item->title);
      else
        title = g_strdup (item->title);

      if (item->n_sets > 0)
        /* Translators: “2 of 3 sets · Partly done” */
        value = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u set · %s", "%u of %u sets · %s",
                                              item->n_sets),
                                 item->sets_done, item->n_sets, item_status_text (item));
      else
        value = g_strdup (item_status_text (item));

      add_detail (expander, title, value);
    }
}

static void
add_pain (AdwExpanderRow *expander,
          const char     *title,
          int             pain)
{
  g_autofree char *value = NULL;

  if (pain < 0)
    return;

  value = g_strdup_printf (_("%d out of 10"), pain);
  add_detail (expander, title, value);
}

static void
add_sign (AdwExpanderRow *expander,
          const char     *title,
          int             value)
{
  if (value >= 0)
    add_detail (expander, title, value > 0 ? _("Yes") : _("No"));
}

static void
add_run (AdwExpanderRow *expander,
         RbJournalEntry *entry)
{
  int distance = rb_journal_entry_get_run_distance (entry);
  int seconds = rb_journal_entry_get_run_seconds (entry);
  int intervals = rb_journal_entry_get_run_intervals (entry);

  if (!rb_journal_entry_is_run (entry))
    return;

  if (distance > 0)
    {
      /* In the unit of the Preferences. */
      g_autoptr(GSettings) settings = g_settings_new (BASE_ID);
      g_autofree char *unit = g_settings_get_string (settings, "distance-unit");
      g_autofree char *value = rb_format_distance (distance, rb_distance_unit_from_string (unit));

      add_detail (expander, _("Distance"), value);
    }

  if (seconds > 0)
    {
      g_autofree char *value = g_strdup_printf (_("%d min %02d s"), seconds / 60, seconds % 60);
      add_detail (expander, _("Time"), value);
    }

  if (intervals > 0)
    {
      g_autofree char *value = g_strdup_printf ("%d", intervals);
      add_detail (expander, _("Run Intervals"), value);
    }
}

static void
add_check_in (AdwExpanderRow *expander,
              RbJournalEntry *entry)
{
  int stiffness = rb_journal_entry_get_stiffness (entry);

  add_sign (expander, _("Swelling"), rb_journal_entry_get_swelling (entry));
  add_sign (expander, _("Redness"), rb_journal_entry_get_redness (entry));
  add_sign (expander, _("Warmth"), rb_journal_entry_get_warmth (entry));
  add_sign (expander, _("Gets in the Way of Daily Activities"),
            rb_journal_entry_get_limits_daily_activities (entry));
  if (stiffness >= 0)
    {
      g_autofree char *value = g_strdup_printf (_("%d out of 10"), stiffness);
      add_detail (expander, _("Stiffness"), value);
    }
}

static void
edit_clicked_cb (GtkButton *button,
                 RowData   *row)
{
  row->edit (row->entry, row->user_data);
}

static void
delete_clicked_cb (GtkButton *button,
                   RowData   *row)
{
  row->delete (row->entry, row->user_data);
}

static void
add_buttons (AdwExpanderRow *expander,
             RowData        *data,
             gboolean        can_edit)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *edit = gtk_button_new_with_mnemonic (_("_Change…"));
  GtkWidget *delete = gtk_button_new_with_mnemonic (_("_Delete"));

  gtk_widget_set_halign (box, GTK_ALIGN_END);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_add_css_class (delete, "destructive-action");
  gtk_widget_set_sensitive (edit, can_edit);
  gtk_widget_set_sensitive (delete, can_edit);
  if (!can_edit)
    gtk_widget_set_tooltip_text (box, _("Saved by a newer version of Runback: it cannot be changed here"));
  g_signal_connect (edit, "clicked", G_CALLBACK (edit_clicked_cb), data);
  g_signal_connect (delete, "clicked", G_CALLBACK (delete_clicked_cb), data);
  gtk_box_append (GTK_BOX (box), edit);
  gtk_box_append (GTK_BOX (box), delete);
  adw_expander_row_add_row (expander, box);
  /* The row around the buttons is not itself something to activate. */
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (gtk_widget_get_parent (box)), FALSE);
}

/**
 * rb_history_row_new:
 * @entry: the entry shown
 * @can_edit: whether it can be changed (rb_journal_can_edit())
 * @edit: called by its Change button
 * @delete: called by its Delete button
 * @user_data: for @edit and @delete
 *
 * Returns: (transfer floating): a row with the entry's title, day, status
 *   and pains, opening to its details
 */
GtkWidget *
rb_history_row_new (RbJournalEntry   *entry,
                    gboolean          can_edit,
                    RbHistoryRowFunc  edit,
                    RbHistoryRowFunc  delete,
                    gpointer          user_data)
{
  AdwExpanderRow *expander = ADW_EXPANDER_ROW (adw_expander_row_new ());
  g_autofree char *title = g_markup_escape_text (rb_journal_entry_get_title (entry), -1);
  g_autofree char *subtitle = dup_subtitle (entry);
  g_autofree char *escaped = g_markup_escape_text (subtitle, -1);
  RowData *data = g_new0 (RowData, 1);
  const char *note = rb_journal_entry_get_note (entry);

  data->entry = g_object_ref (entry);
  data->edit = edit;
  data->delete = delete;
  data->user_data = user_data;
  g_object_set_data_full (G_OBJECT (expander), "rb-row-data", data, row_data_free);
  g_object_set_data (G_OBJECT (expander), "rb-entry", entry);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), title);
  adw_expander_row_set_subtitle (expander, escaped);

  add_items (expander, entry);
  add_run (expander, entry);
  if (rb_journal_entry_get_kind (entry) == RB_JOURNAL_KIND_CHECK_IN)
    add_pain (expander, _("Pain"), rb_journal_entry_get_pain_before (entry));
  else
    {
      add_pain (expander, _("Pain Before"), rb_journal_entry_get_pain_before (entry));
      add_pain (expander, _("Pain During"), rb_journal_entry_get_pain_during (entry));
      add_pain (expander, _("Pain After"), rb_journal_entry_get_pain_after (entry));
    }
  add_pain (expander, _("Pain the Morning After"), rb_journal_entry_get_pain_next_morning (entry));
  add_check_in (expander, entry);
  if (note != NULL && *note != '\0')
    add_detail (expander, _("Note"), note);
  add_buttons (expander, data, can_edit);

  return GTK_WIDGET (expander);
}
