/* rb-progress-view.c: the pain trend, the weekly volume, how the plans
 * went, and the history.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rb-a11y.h"
#include "rb-adherence.h"
#include "rb-chart-volume.h"
#include "rb-chart.h"
#include "rb-entry-dialog.h"
#include "rb-history-row.h"
#include "rb-progress-view.h"
#include "rb-schedule.h"
#include "rb-today.h"
#include "rb-window.h"

/* Entries shown at first, and more at each “Show Older Entries”: a
 * journal may hold thousands. */
#define HISTORY_PAGE 60

#define PAIN_DAYS    28
#define VOLUME_WEEKS 8

struct _RbProgressView
{
  AdwBin                parent_instance;

  RbLibrary            *library;
  RbJournal            *journal;
  RbPlanStore          *plans;
  RbClock              *clock;
  RbPainTrend          *pain;
  RbWeeklyVolume       *volume;
  GtkFileChooserNative *chooser;
  guint                 n_shown;     /* entries the history shows at most */
  guint                 timer_id;    /* on the clock: midnight */
  guint                 idle_id;

  GtkStack             *stack;
  GtkSpinner           *spinner;
  AdwPreferencesGroup  *adherence_group;
  AdwActionRow         *week_row;
  AdwActionRow         *to_date_row;
  AdwActionRow         *streak_row;
  GtkDrawingArea       *pain_area;
  GtkDrawingArea       *volume_area;
  GtkBox               *history_box;
  GtkButton            *more_button;
};

G_DEFINE_FINAL_TYPE (RbProgressView, rb_progress_view, ADW_TYPE_BIN)

static void queue_refresh (RbProgressView *self);

static RbFigureStyle
get_style (void)
{
  return adw_style_manager_get_dark (adw_style_manager_get_default ()) ? RB_FIGURE_STYLE_DARK
                                                                        : RB_FIGURE_STYLE_LIGHT;
}

static void
pain_draw_cb (GtkDrawingArea *area,
              cairo_t        *cr,
              int             width,
              int             height,
              gpointer        data)
{
  RbProgressView *self = data;

  if (self->pain != NULL)
    rb_pain_trend_render (self->pain, cr, 0, 0, width, height, get_style ());
}

static void
volume_draw_cb (GtkDrawingArea *area,
                cairo_t        *cr,
                int             width,
                int             height,
                gpointer        data)
{
  RbProgressView *self = data;

  if (self->volume != NULL)
    rb_weekly_volume_render (self->volume, cr, 0, 0, width, height, get_style ());
}

static void
style_changed_cb (RbProgressView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self->pain_area));
  gtk_widget_queue_draw (GTK_WIDGET (self->volume_area));
}

/* A chart is an image whose description says what it shows. */
static void
describe_chart (GtkDrawingArea *area,
                const char     *name,
                const char     *summary)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (area),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, summary,
                                  -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (area), summary);
}

static void
update_charts (RbProgressView *self,
               GListModel     *entries,
               const GDate    *today)
{
  g_autofree char *pain_summary = NULL;
  g_autofree char *volume_summary = NULL;
  GDate from;

  from = *today;
  g_date_subtract_days (&from, PAIN_DAYS - 1);
  g_clear_pointer (&self->pain, rb_pain_trend_unref);
  self->pain = rb_pain_trend_new (entries, &from, today);
  pain_summary = rb_pain_trend_dup_summary (self->pain, today);
  describe_chart (self->pain_area, _("Pain chart"), pain_summary);

  from = *today;
  g_date_subtract_days (&from, VOLUME_WEEKS * 7 - 1);
  g_clear_pointer (&self->volume, rb_weekly_volume_unref);
  self->volume = rb_weekly_volume_new (entries, &from, today, rb_schedule_first_weekday ());
  volume_summary = rb_weekly_volume_dup_summary (self->volume, today);
  describe_chart (self->volume_area, _("Weekly volume chart"), volume_summary);

  style_changed_cb (self);
}

/* Every plan's sessions from its start to the end of this week, with
 * what the journal says of them. */
static GPtrArray *
collect_scheduled (RbProgressView *self,
                   GListModel     *entries,
                   const GDate    *today)
{
  GPtrArray *all = g_ptr_array_new_with_free_func ((GDestroyNotify) rb_scheduled_free);
  GListModel *plans = rb_plan_store_get_plans (self->plans);
  GDate end = *today;

  g_date_add_days (&end, 6);
  for (guint i = 0; i < g_list_model_get_n_items (plans); i++)
    {
      g_autoptr(RbPlan) plan = g_list_model_get_item (plans, i);
      RbProgram *program = rb_library_lookup_program (self->library, rb_plan_get_program_id (plan));
      g_autoptr(GPtrArray) scheduled = NULL;

      if (program == NULL || g_date_compare (rb_plan_get_start (plan), &end) > 0)
        continue;

      scheduled = rb_schedule_expand (plan, program, rb_plan_get_start (plan), &end);
      rb_schedule_match (scheduled, entries, today);
      g_ptr_array_extend_and_steal (all, g_steal_pointer (&scheduled));
    }

  return all;
}

static void
update_adherence (RbProgressView *self,
                  GListModel     *entries,
                  const GDate    *today)
{
  g_autoptr(GPtrArray) scheduled = NULL;
  g_autofree char *week_text = NULL;
  g_autofree char *to_date_text = NULL;
  g_autofree char *streak_text = NULL;
  RbAdherence week, to_date;

  if (!rb_plan_store_is_loaded (self->plans) || !rb_library_is_loaded (self->library) ||
      g_list_model_get_n_items (rb_plan_store_get_plans (self->plans)) == 0)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->adherence_group), FALSE);
      return;
    }

  scheduled = collect_scheduled (self, entries, today);
  rb_adherence_count_week (scheduled, today, rb_schedule_first_weekday (), &week);
  rb_adherence_count_to_date (scheduled, today, &to_date);
  week_text = rb_adherence_dup_summary (&week);
  to_date_text = rb_adherence_dup_summary (&to_date);
  streak_text = rb_adherence_dup_streak_summary (rb_adherence_get_streak (scheduled, today));

  adw_action_row_set_subtitle (self->week_row, week_text);
  adw_action_row_set_subtitle (self->to_date_row, to_date_text);
  adw_action_row_set_subtitle (self->streak_row, streak_text);
  gtk_widget_set_visible (GTK_WIDGET (self->adherence_group), TRUE);
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  RbJournalEntry *ea = *(RbJournalEntry * const *) a;
  RbJournalEntry *eb = *(RbJournalEntry * const *) b;

  return g_date_time_compare (rb_journal_entry_get_started (eb), rb_journal_entry_get_started (ea));
}

/* The entries, newest first; of two at the same time, the one logged
 * last first (the sort is stable). */
static GPtrArray *
sort_entries (GListModel *entries)
{
  guint n = g_list_model_get_n_items (entries);
  GPtrArray *sorted = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = n; i > 0; i--)
    g_ptr_array_add (sorted, g_list_model_get_item (entries, i - 1));
  g_ptr_array_sort (sorted, compare_newest_first);

  return sorted;
}

static void
edit_entry_cb (RbJournalEntry *entry,
               gpointer        data)
{
  rb_progress_view_edit_entry (data, entry);
}

static void
delete_entry_cb (RbJournalEntry *entry,
                 gpointer        data)
{
  rb_progress_view_delete_entry (data, entry);
}

static void
clear_history (RbProgressView *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->history_box))) != NULL)
    gtk_box_remove (self->history_box, child);
}

static void
update_history (RbProgressView *self,
                GListModel     *entries,
                const GDate    *today)
{
  g_autoptr(GPtrArray) sorted = sort_entries (entries);
  GDateWeekday first_weekday = rb_schedule_first_weekday ();
  AdwPreferencesGroup *group = NULL;
  GDate group_start;
  guint n = MIN (sorted->len, self->n_shown);

  clear_history (self);
  g_date_clear (&group_start, 1);

  for (guint i = 0; i < n; i++)
    {
      RbJournalEntry *entry = g_ptr_array_index (sorted, i);
      GDate day, start;

      rb_journal_entry_get_day (entry, &day);
      rb_history_week_start (&day, first_weekday, &start);
      if (group == NULL || g_date_compare (&start, &group_start) != 0)
        {
          g_autofree char *title = rb_history_dup_week_title (&start, today, first_weekday);

          group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
          adw_preferences_group_set_title (group, title);
          gtk_box_append (self->history_box, GTK_WIDGET (group));
          group_start = start;
        }

      adw_preferences_group_add (group, rb_history_row_new (entry, rb_journal_can_edit (self->journal, entry),
                                                            edit_entry_cb, delete_entry_cb, self));
    }

  gtk_widget_set_visible (GTK_WIDGET (self->more_button), sorted->len > n);
  rb_a11y_name_buttons_by_text (GTK_WIDGET (self->history_box));
}

static void
timer_cb (gpointer data)
{
  RbProgressView *self = data;

  self->timer_id = 0;
  rb_progress_view_refresh (self);
}

/* The charts end today: again at midnight. */
static void
schedule_midnight (RbProgressView *self)
{
  g_autoptr(GDateTime) now = rb_clock_dup_now (self->clock);
  g_autoptr(GDateTime) midnight = rb_today_next_midnight (now);

  if (self->timer_id != 0)
    rb_clock_cancel (self->clock, self->timer_id);
  self->timer_id = rb_clock_schedule (self->clock,
                                      rb_clock_get_time (self->clock) + rb_today_us_until (now, midnight) + 1,
                                      timer_cb, self);
}

static const char *
choose_page (RbProgressView *self)
{
  if (self->journal == NULL || !rb_journal_is_loaded (self->journal))
    return "loading";

  if (g_list_model_get_n_items (rb_journal_get_entries (self->journal)) == 0)
    return "empty";

  return "content";
}

static gboolean
refresh_idle_cb (gpointer data)
{
  RbProgressView *self = data;

  self->idle_id = 0;
  rb_progress_view_refresh (self);

  return G_SOURCE_REMOVE;
}

/* Several changes come at once (an entry removed and saved): one
 * refresh, once they are done. */
static void
queue_refresh (RbProgressView *self)
{
  if (self->idle_id == 0)
    self->idle_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, refresh_idle_cb, self, NULL);
}

static RbWindow *
get_window (RbProgressView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return RB_IS_WINDOW (root) ? RB_WINDOW (root) : NULL;
}

/* Writes the change; a failure is told, and the application tries again. */
static void
save_journal (RbProgressView *self)
{
  RbWindow *window = get_window (self);
  GtkApplication *app = window != NULL ? gtk_window_get_application (GTK_WINDOW (window)) : NULL;

  if (RB_IS_APPLICATION (app) && !rb_application_save_journal (RB_APPLICATION (app)))
    rb_window_report_save (window, rb_journal_get_save_error (self->journal));
}

static void
more_clicked_cb (RbProgressView *self)
{
  self->n_shown += HISTORY_PAGE * 2;
  rb_progress_view_refresh (self);
}

static void
export_response_cb (RbProgressView       *self,
                    int                   response,
                    GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    path = g_file_get_path (file);
  g_clear_object (&self->chooser);

  if (path != NULL)
    rb_progress_view_export (self, path);
}

static void
export_clicked_cb (RbProgressView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (self->chooser != NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (_("Export History"),
                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  /* Translators: the file name proposed for an export of the history */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), _("runback-history.csv"));
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (export_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
rb_progress_view_dispose (GObject *object)
{
  RbProgressView *self = RB_PROGRESS_VIEW (object);

  if (self->timer_id != 0)
    rb_clock_cancel (self->clock, self->timer_id);
  self->timer_id = 0;
  g_clear_handle_id (&self->idle_id, g_source_remove);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  /* The bin unparents its child itself: not twice. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), RB_TYPE_PROGRESS_VIEW);

  g_clear_object (&self->library);
  g_clear_object (&self->journal);
  g_clear_object (&self->plans);
  g_clear_object (&self->clock);
  g_clear_pointer (&self->pain, rb_pain_trend_unref);
  g_clear_pointer (&self->volume, rb_weekly_volume_unref);

  G_OBJECT_CLASS (rb_progress_view_parent_class)->dispose (object);
}

static void
rb_progress_view_class_init (RbProgressViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rb_progress_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/runback/Runback/rb-progress-view.ui");
  gtk_widget_class_bind_template_child (widget_class, RbProgressView, stack);
  gtk_widget_class_bind_template_child (widget_class, RbProgressView, spinner);
  gtk_widget_class_bind_template_child (widget_class, RbProgressView, adherence_group);
  gtk_widget_class_bind_template_child (widget_class, RbProgressView, week_row);
  gtk_widget_class_bind_template_child (widget_class, RbProgressView, to_date_row);
  gtk_widget_class_bind_template_child (widget_class, RbProgressView, streak_row);
  gtk_widget_class_bind_template_child (widget_class, RbProgressView, pain_area);
  gtk_widget_class_bind_template_child (widget_class, RbProgressView, volume_area);
  gtk_widget_class_bind_template_child (widget_class, RbProgressView, history_box);
  gtk_widget_class_bind_template_child (widget_class, RbProgressView, more_button);
  gtk_widget_class_bind_template_callback (widget_class, more_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, export_clicked_cb);
}

static void
rb_progress_view_init (RbProgressView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  rb_a11y_name_buttons_by_text (GTK_WIDGET (self));

  self->n_shown = HISTORY_PAGE;
  gtk_drawing_area_set_draw_func (self->pain_area, pain_draw_cb, self, NULL);
  gtk_drawing_area_set_draw_func (self->volume_area, volume_draw_cb, self, NULL);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (style_changed_cb), self, G_CONNECT_SWAPPED);
}

/**
 * rb_progress_view_set_sources:
 * @self: a #RbProgressView
 * @library: where the plans' programs are
 * @journal: what was done
 * @plans: the plans followed
 * @clock: what day it is
 *
 * Shows the progress recorded in @journal, and follows its changes.
 * Called once.
 */
void
rb_progress_view_set_sources (RbProgressView *self,
                              RbLibrary      *library,
                              RbJournal      *journal,
                              RbPlanStore    *plans,
                              RbClock        *clock)
{
  g_return_if_fail (RB_IS_PROGRESS_VIEW (self));
  g_return_if_fail (RB_IS_LIBRARY (library));
  g_return_if_fail (RB_IS_JOURNAL (journal));
  g_return_if_fail (RB_IS_PLAN_STORE (plans));
  g_return_if_fail (RB_IS_CLOCK (clock));
  g_return_if_fail (self->journal == NULL);

  self->library = g_object_ref (library);
  self->journal = g_object_ref (journal);
  self->plans = g_object_ref (plans);
  self->clock = g_object_ref (clock);

  g_signal_connect_object (library, "notify::loaded", G_CALLBACK (queue_refresh), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (journal, "notify::loaded", G_CALLBACK (queue_refresh), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (rb_journal_get_entries (journal), "items-changed", G_CALLBACK (queue_refresh),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (plans, "notify::loaded", G_CALLBACK (queue_refresh), self, G_CONNECT_SWAPPED);
  /* Plans added, removed or changed. */
  g_signal_connect_object (plans, "changed", G_CALLBACK (queue_refresh), self, G_CONNECT_SWAPPED);

  rb_progress_view_refresh (self);
}

/**
 * rb_progress_view_refresh:
 * @self: a #RbProgressView
 *
 * Shows the journal again; called by itself when something changes.
 */
void
rb_progress_view_refresh (RbProgressView *self)
{
  const char *page;
  GListModel *entries;
  GDate today;

  g_return_if_fail (RB_IS_PROGRESS_VIEW (self));

  g_clear_handle_id (&self->idle_id, g_source_remove);
  page = choose_page (self);
  gtk_stack_set_visible_child_name (self->stack, page);
  gtk_spinner_set_spinning (self->spinner, g_str_equal (page, "loading"));
  if (self->clock == NULL)
    return;

  rb_clock_get_today (self->clock, &today);
  if (g_str_equal (page, "content"))
    {
      entries = rb_journal_get_entries (self->journal);
      update_adherence (self, entries, &today);
      update_charts (self, entries, &today);
      update_history (self, entries, &today);
    }
  else
    clear_history (self);

  schedule_midnight (self);
}

/**
 * rb_progress_view_get_state:
 * @self: a #RbProgressView
 *
 * Returns: what it shows: `loading`, `empty` or `content`
 */
const char *
rb_progress_view_get_state (RbProgressView *self)
{
  g_return_val_if_fail (RB_IS_PROGRESS_VIEW (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

static void
edit_response_cb (GtkWidget      *dialog,
                  const char     *response,
                  RbProgressView *self)
{
  g_autoptr(RbJournalEntry) edited = NULL;

  if (!g_str_equal (response, "save") || self->journal == NULL)
    return;

  edited = rb_entry_dialog_dup_edited (dialog);
  if (!rb_journal_replace (self->journal, rb_entry_dialog_get_entry (dialog), edited))
    {
      if (get_window (self) != NULL)
        rb_window_report (get_window (self), _("This entry can no longer be changed"), NULL);
      return;
    }

  save_journal (self);
}

/**
 * rb_progress_view_edit_entry:
 * @self: a #RbProgressView
 * @entry: an entry of its journal
 *
 * Asks for the entry's pains, note and day, and saves the change.
 */
void
rb_progress_view_edit_entry (RbProgressView *self,
                             RbJournalEntry *entry)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  g_return_if_fail (RB_IS_PROGRESS_VIEW (self));
  g_return_if_fail (RB_IS_JOURNAL_ENTRY (entry));

  dialog = rb_entry_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, entry);
  g_signal_connect_object (dialog, "response", G_CALLBACK (edit_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
undo_delete_cb (AdwToast       *toast,
                RbProgressView *self)
{
  RbJournalEntry *entry = g_object_get_data (G_OBJECT (toast), "rb-entry");
  guint position = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (toast), "rb-position"));

  if (self->journal == NULL)
    return;

  rb_journal_insert (self->journal, position, entry);
  save_journal (self);
}

/**
 * rb_progress_view_delete_entry:
 * @self: a #RbProgressView
 * @entry: an entry of its journal
 *
 * Deletes @entry and saves, with an Undo in a toast that puts it back in
 * its place.
 */
void
rb_progress_view_delete_entry (RbProgressView *self,
                               RbJournalEntry *entry)
{
  g_autoptr(RbJournalEntry) owned = NULL;
  g_autofree char *escaped = NULL;
  g_autofree char *title = NULL;
  RbWindow *window = get_window (self);
  AdwToast *toast;
  int position;

  g_return_if_fail (RB_IS_PROGRESS_VIEW (self));
  g_return_if_fail (RB_IS_JOURNAL_ENTRY (entry));

  owned = g_object_ref (entry);
  position = rb_journal_remove (self->journal, entry);
  if (position < 0)
    {
      if (window != NULL)
        rb_window_report (window, _("This entry can no longer be changed"), NULL);
      return;
    }
  save_journal (self);

  if (window == NULL)
    return;

  /* Toast titles are markup, and the title comes from a file. */
  escaped = g_markup_escape_text (rb_journal_entry_get_title (entry), -1);
  /* Translators: %s is an entry's title, “Strength A” */
  title = g_strdup_printf (_("Deleted “%s”"), escaped);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (toast), "rb-entry", g_steal_pointer (&owned), g_object_unref);
  g_object_set_data (G_OBJECT (toast), "rb-position", GUINT_TO_POINTER ((guint) position));
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_delete_cb), self, 0);
  rb_window_add_toast (window, toast);
}

/**
 * rb_progress_view_export:
 * @self: a #RbProgressView
 * @path: the CSV file to write
 *
 * Writes the history to @path, and tells the user how it went.
 *
 * Returns: %TRUE when it was written
 */
gboolean
rb_progress_view_export (RbProgressView *self,
                         const char     *path)
{
  g_autoptr(GError) error = NULL;
  RbWindow *window = get_window (self);

  g_return_val_if_fail (RB_IS_PROGRESS_VIEW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!rb_journal_export_csv (rb_journal_get_entries (self->journal), path, &error))
    {
      if (window != NULL)
        rb_window_report (window, _("The history could not be exported"), error->message);
      return FALSE;
    }

  if (window != NULL)
    {
      g_autofree char *name = g_path_get_basename (path);
      g_autofree char *escaped = g_markup_escape_text (name, -1);
      g_autofree char *title = NULL;

      /* Translators: %s is a file name */
      title = g_strdup_printf (_("History exported to “%s”"), escaped);
      rb_window_add_toast (window, adw_toast_new (title));
    }

  return TRUE;
}
