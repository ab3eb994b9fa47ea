/* rb-entry-dialog.c: changing a journal entry's pains, note and day.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rb-entry-dialog.h"

/* What the dialog keeps, on the dialog. */
typedef struct
{
  RbJournalEntry *entry;
  GtkDropDown    *before;
  GtkDropDown    *after;    /* NULL for a check-in */
  GtkTextBuffer  *note;
  GtkCalendar    *calendar;
  GtkMenuButton  *date_button;
  GDate           date;
} EntryDialog;

static void
entry_dialog_free (gpointer data)
{
  EntryDialog *dialog = data;

  g_object_unref (dialog->entry);
  g_free (dialog);
}

static EntryDialog *
get_data (GtkWidget *dialog)
{
  return g_object_get_data (G_OBJECT (dialog), "rb-entry-dialog");
}

static void
update_date_label (EntryDialog *data)
{
  char text[128];

  if (g_date_strftime (text, sizeof text, _("%A %-d %B %Y"), &data->date) == 0)
    text[0] = '\0';
  gtk_menu_button_set_label (data->date_button, text);
}

static void
day_selected_cb (GtkCalendar *calendar,
                 EntryDialog *data)
{
  g_autoptr(GDateTime) day = gtk_calendar_get_date (calendar);

  g_date_set_dmy (&data->date, g_date_time_get_day_of_month (day), g_date_time_get_month (day),
                  g_date_time_get_year (day));
  update_date_label (data);
  gtk_menu_button_popdown (data->date_button);
}

/* “Not rated”, then 0 to 10: item 0 is no rating. */
static GtkDropDown *
pain_drop_down_new (int         pain,
                    const char *name)
{
  g_autoptr(GtkStringList) strings = gtk_string_list_new (NULL);
  GtkWidget *drop_down;

  gtk_string_list_append (strings, _("Not Rated"));
  for (int i = 0; i <= 10; i++)
    {
      g_autofree char *text = g_strdup_printf ("%d", i);
      gtk_string_list_append (strings, text);
    }

  drop_down = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&strings)), NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (drop_down), pain >= 0 && pain <= 10 ? (guint) pain + 1 : 0);
  gtk_widget_set_valign (drop_down, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (drop_down), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);

  return GTK_DROP_DOWN (drop_down);
}

static GtkWidget *
suffix_row_new (const char *title,
                GtkWidget  *suffix)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), suffix);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), suffix);

  return row;
}

static GtkWidget *
date_button_new (EntryDialog *data)
{
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *calendar = gtk_calendar_new ();
  g_autoptr(GDateTime) day = g_date_time_new_local (g_date_get_year (&data->date),
                                                    g_date_get_month (&data->date),
                                                    g_date_get_day (&data->date), 12, 0, 0);

  gtk_calendar_select_day (GTK_CALENDAR (calendar), day);
  gtk_popover_set_child (GTK_POPOVER (popover), calendar);
  data->calendar = GTK_CALENDAR (calendar);
  data->date_button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_popover (data->date_button, popover);
  gtk_widget_set_valign (GTK_WIDGET (data->date_button), GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (calendar), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Day"), -1);
  g_signal_connect (calendar, "day-selected", G_CALLBACK (day_selected_cb), data);
  update_date_label (data);

  return GTK_WIDGET (data->date_button);
}

static GtkWidget *
note_view_new (EntryDialog *data)
{
  GtkWidget *view = gtk_text_view_new ();
  GtkWidget *frame = gtk_scrolled_window_new ();
  const char *note = rb_journal_entry_get_note (data->entry);

  data->note = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  gtk_text_buffer_set_text (data->note, note != NULL ? note : "", -1);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 8);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Note"), -1);
  gtk_widget_set_name (view, "note");
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (frame), view);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (frame), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (frame), 80);
  gtk_widget_add_css_class (frame, "card");

  return frame;
}

static GtkWidget *
build_content (EntryDialog *data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *list = gtk_list_box_new ();
  gboolean check_in = rb_journal_entry_get_kind (data->entry) == RB_JOURNAL_KIND_CHECK_IN;
  GtkWidget *note_label = gtk_label_new (_("Note"));

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_append (GTK_LIST_BOX (list), suffix_row_new (_("Day"), date_button_new (data)));

  data->before = pain_drop_down_new (rb_journal_entry_get_pain_before (data->entry),
                                     check_in ? _("Pain") : _("Pain Before"));
  gtk_widget_set_name (GTK_WIDGET (data->before), "pain-before");
  gtk_list_box_append (GTK_LIST_BOX (list), suffix_row_new (check_in ? _("Pain") : _("Pain Before"),
                                                            GTK_WIDGET (data->before)));
  if (!check_in)
    {
      data->after = pain_drop_down_new (rb_journal_entry_get_pain_after (data->entry), _("Pain After"));
      gtk_widget_set_name (GTK_WIDGET (data->after), "pain-after");
      gtk_list_box_append (GTK_LIST_BOX (list), suffix_row_new (_("Pain After"), GTK_WIDGET (data->after)));
    }

  gtk_label_set_xalign (GTK_LABEL (note_label), 0);
  gtk_widget_add_css_class (note_label, "heading");
  gtk_box_append (GTK_BOX (box), list);
  gtk_box_append (GTK_BOX (box), note_label);
  gtk_box_append (GTK_BOX (box), note_view_new (data));

  return box;
}

/**
 * rb_entry_dialog_new:
 * @parent: the window to be above
 * @entry: the entry to change, which stays as it is
 *
 * A dialog with the responses “cancel” and “save”; on “save”, put
 * rb_entry_dialog_dup_edited() in place of @entry.
 *
 * Returns: (transfer none): the dialog, not yet shown
 */
GtkWidget *
rb_entry_dialog_new (GtkWindow      *parent,
                     RbJournalEntry *entry)
{
  g_autofree char *heading = NULL;
  EntryDialog *data = g_new0 (EntryDialog, 1);
  GtkWidget *dialog;

  g_return_val_if_fail (RB_IS_JOURNAL_ENTRY (entry), NULL);

  data->entry = g_object_ref (entry);
  rb_journal_entry_get_day (entry, &data->date);

  /* Translators: %s is an entry's title, “Strength A” */
  heading = g_strdup_printf (_("Change “%s”"), rb_journal_entry_get_title (entry));
  dialog = adw_message_dialog_new (parent, heading, NULL);
  g_object_set_data_full (G_OBJECT (dialog), "rb-entry-dialog", data, entry_dialog_free);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), build_content (data));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  return dialog;
}

/**
 * rb_entry_dialog_get_entry:
 * @dialog: a dialog from rb_entry_dialog_new()
 *
 * Returns: (transfer none): the entry it changes
 */
RbJournalEntry *
rb_entry_dialog_get_entry (GtkWidget *dialog)
{
  return get_data (dialog)->entry;
}

static int
selected_pain (GtkDropDown *drop_down)
{
  guint selected = gtk_drop_down_get_selected (drop_down);

  return selected == 0 || selected == GTK_INVALID_LIST_POSITION ? RB_JOURNAL_PAIN_NONE : (int) selected - 1;
}

/**
 * rb_entry_dialog_dup_edited:
 * @dialog: a dialog from rb_entry_dialog_new()
 *
 * Returns: (transfer full): a copy of the entry with what the dialog shows
 */
RbJournalEntry *
rb_entry_dialog_dup_edited (GtkWidget *dialog)
{
  EntryDialog *data = get_data (dialog);
  RbJournalEntry *edited = rb_journal_entry_copy (data->entry);
  g_autofree char *note = NULL;
  GtkTextIter start, end;
  GDate day;

  rb_journal_entry_set_pain_before (edited, selected_pain (data->before));
  if (data->after != NULL)
    rb_journal_entry_set_pain_after (edited, selected_pain (data->after));

  gtk_text_buffer_get_bounds (data->note, &start, &end);
  note = gtk_text_buffer_get_text (data->note, &start, &end, FALSE);
  g_strstrip (note);
  rb_journal_entry_set_note (edited, *note != '\0' ? note : NULL);

  rb_journal_entry_get_day (edited, &day);
  if (g_date_compare (&day, &data->date) != 0)
    rb_journal_entry_move_to_day (edited, &data->date);

  return edited;
}
