/* rb-follow-dialog.c: follow a program from a day, on chosen weekdays.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rb-a11y.h"
#include "rb-follow-dialog.h"
#include "rb-plan-rows.h"
#include "rb-text.h"
#include "rb-weekday-picker.h"
#include "rb-window.h"

struct _RbFollowDialog
{
  AdwWindow      parent_instance;

  RbProgram     *program;
  RbPlanStore   *store;
  RbPlan        *proposal;      /* the defaults of rb_plan_new() */
  GDate          today;
  GDate          start;

  GtkMenuButton *start_button;
  GtkCalendar   *calendar;
  GPtrArray     *pickers;       /* RbWeekdayPicker, by session index */
  GtkSwitch     *reminders;
  GtkSpinButton *hour;
  GtkSpinButton *minute;
  GtkWidget     *follow_button;
};

G_DEFINE_FINAL_TYPE (RbFollowDialog, rb_follow_dialog, ADW_TYPE_WINDOW)

static void
update_start (RbFollowDialog *self)
{
  g_autofree char *text = rb_plan_rows_format_date (&self->start, &self->today);

  gtk_menu_button_set_label (self->start_button, text);
}

static void
day_selected_cb (RbFollowDialog *self)
{
  rb_plan_rows_get_calendar_day (self->calendar, &self->start);
  update_start (self);
}

/* A day with at least one session: else nothing would ever be planned. */
static void
weekdays_changed_cb (RbFollowDialog *self)
{
  gboolean any = FALSE;

  for (guint i = 0; i < self->pickers->len; i++)
    any |= rb_weekday_picker_get_weekdays (g_ptr_array_index (self->pickers, i)) != 0;

  gtk_widget_set_sensitive (self->follow_button, any);
}

static void
follow_clicked_cb (RbFollowDialog *self)
{
  g_autoptr(GError) error = NULL;
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  g_autoptr(RbPlan) plan = rb_follow_dialog_follow (self, &error);

  if (RB_IS_WINDOW (parent))
    {
      if (error != NULL)
        {
          /* The plan stays in the store, and is saved with the next change. */
          rb_window_report (RB_WINDOW (parent), _("Your plan could not be saved yet"), error->message);
        }
      else
        {
          g_autofree char *escaped = g_markup_escape_text (rb_program_get_title (self->program), -1);
          AdwToast *toast = adw_toast_new_format (_("Following “%s”"), escaped);

          adw_toast_set_button_label (toast, _("_Open Plan"));
          adw_toast_set_action_name (toast, "win.show-plan");
          adw_toast_set_action_target_value (toast, g_variant_new_string (rb_plan_get_id (plan)));
          rb_window_add_toast (RB_WINDOW (parent), toast);
        }
    }

  gtk_window_destroy (GTK_WINDOW (self));
}

static GtkWidget *
create_header (RbFollowDialog *self)
{
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  g_autofree char *title = NULL;

  /* Translators: %s is a program, e.g. "Follow Knee Strength" */
  title = g_strdup_printf (_("Follow %s"), rb_program_get_title (self->program));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), adw_window_title_new (title, NULL));
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "window.close");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);

  self->follow_button = gtk_button_new_with_mnemonic (_("_Follow"));
  gtk_widget_add_css_class (self->follow_button, "suggested-action");
  g_signal_connect_object (self->follow_button, "clicked", G_CALLBACK (follow_clicked_cb), self, G_CONNECT_SWAPPED);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->follow_button);

  return header;
}

static GtkWidget *
create_start_list (RbFollowDialog *self)
{
  GtkWidget *list = rb_plan_rows_new_list (_("Start"));
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *popover = gtk_popover_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("First Day"));
  self->calendar = GTK_CALENDAR (rb_plan_rows_new_calendar (&self->start));
  g_signal_connect_object (self->calendar, "day-selected", G_CALLBACK (day_selected_cb), self, G_CONNECT_SWAPPED);
  gtk_popover_set_child (GTK_POPOVER (popover), GTK_WIDGET (self->calendar));

  self->start_button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_popover (self->start_button, popover);
  gtk_widget_set_valign (GTK_WIDGET (self->start_button), GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->start_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("First Day"), -1);
  update_start (self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (self->start_button));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), GTK_WIDGET (self->start_button));
  gtk_list_box_append (GTK_LIST_BOX (list), row);

  return list;
}

/* The article's own advice comes before any stage or rule: a program that
 * leads back to running says it plainly before the user commits to it. */
static GtkWidget *
create_advice (void)
{
  const char *items[] = {
    _("Talk to a doctor or physiotherapist before you start running again."),
    _("Listen to your body: pain, swelling or stiffness after a run means the next run repeats a stage or "
      "steps back, and a swollen knee means rest and a professional’s advice."),
    _("Cross-train: cycling or swimming keep you fit while the running builds up slowly."),
    NULL
  };
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *heading = gtk_label_new (_("Before You Start"));

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_widget_set_margin_bottom (box, 12);
  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), rb_text_list_new (items, FALSE, _("Before You Start")));

  return box;
}

static GtkWidget *
create_content (RbFollowDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *days = rb_plan_rows_new_list (_("Days"));
  GtkWidget *reminders = rb_plan_rows_new_list (_("Reminders"));
  GtkWidget *heading;

  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  if (rb_program_get_progression (self->program) != NULL)
    gtk_box_append (GTK_BOX (box), create_advice ());
  gtk_box_append (GTK_BOX (box), create_start_list (self));

  heading = gtk_label_new (_("Days"));
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_box_append (GTK_BOX (box), heading);
  for (guint i = 0; i < rb_program_get_n_sessions (self->program); i++)
    {
      const RbProgramSession *session = rb_program_get_session (self->program, i);
      guint weekdays = rb_plan_get_weekdays (self->proposal, rb_program_session_get_id (session));
      GtkWidget *picker;

      gtk_list_box_append (GTK_LIST_BOX (days),
                           rb_plan_rows_new_weekdays (self->program, i, weekdays, &picker));
      g_signal_connect_object (picker, "notify::weekdays", G_CALLBACK (weekdays_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_ptr_array_add (self->pickers, picker);
    }
  gtk_box_append (GTK_BOX (box), days);

  heading = gtk_label_new (_("Reminders"));
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_box_append (GTK_BOX (box), heading);
  rb_plan_rows_add_reminders (GTK_LIST_BOX (reminders), rb_plan_get_reminders (self->proposal),
                              rb_plan_get_reminder_minutes (self->proposal),
                              &self->reminders, &self->hour, &self->minute);
  gtk_box_append (GTK_BOX (box), reminders);

  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 560);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_widget_set_vexpand (scrolled, TRUE);

  return scrolled;
}

static void
rb_follow_dialog_dispose (GObject *object)
{
  RbFollowDialog *self = RB_FOLLOW_DIALOG (object);

  g_clear_object (&self->program);
  g_clear_object (&self->store);
  g_clear_object (&self->proposal);
  g_clear_pointer (&self->pickers, g_ptr_array_unref);

  G_OBJECT_CLASS (rb_follow_dialog_parent_class)->dispose (object);
}

static void
rb_follow_dialog_class_init (RbFollowDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rb_follow_dialog_dispose;

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
rb_follow_dialog_init (RbFollowDialog *self)
{
  self->pickers = g_ptr_array_new ();
}

/**
 * rb_follow_dialog_new:
 * @parent: the window it belongs to
 * @program: the program to follow
 * @store: where the plan goes
 * @today: today, the first day proposed
 *
 * Returns: (transfer full): a modal dialog, to present
 */
RbFollowDialog *
rb_follow_dialog_new (GtkWindow   *parent,
                      RbProgram   *program,
                      RbPlanStore *store,
                      const GDate *today)
{
  RbFollowDialog *self;
  GtkWidget *box;

  g_return_val_if_fail (RB_IS_PROGRAM (program), NULL);
  g_return_val_if_fail (RB_IS_PLAN_STORE (store), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  self = g_object_new (RB_TYPE_FOLLOW_DIALOG,
                       "transient-for", parent,
                       "application", parent != NULL ? gtk_window_get_application (parent) : NULL,
                       "modal", TRUE,
                       "default-width", 480,
                       "default-height", 640,
                       "width-request", 360,
                       "height-request", 294,
                       NULL);
  self->program = g_object_ref (program);
  self->store = g_object_ref (store);
  self->today = *today;
  self->start = *today;
  self->proposal = rb_plan_new (NULL, program, today);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (box), create_header (self));
  gtk_box_append (GTK_BOX (box), create_content (self));
  adw_window_set_content (ADW_WINDOW (self), box);
  gtk_window_set_default_widget (GTK_WINDOW (self), self->follow_button);
  rb_a11y_name_buttons_by_text (GTK_WIDGET (self));

  return self;
}

/* A new plan starts from the pain thresholds chosen in Preferences;
 * -1 there keeps the program's. */
static void
apply_default_thresholds (RbPlan    *plan,
                          RbProgram *program)
{
  static const char * const keys[][2] = {
    { "advance-max-pain", "advance_max_pain" },
    { "repeat-max-pain", "repeat_max_pain" },
  };
  g_autoptr(GSettings) settings = NULL;

  if (rb_program_get_progression (program) == NULL)
    return;

  settings = g_settings_new (BASE_ID);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      int value = g_settings_get_int (settings, keys[i][0]);

      if (value >= 0)
        rb_plan_set_threshold (plan, keys[i][1], value);
    }
}

/**
 * rb_follow_dialog_follow:
 * @self: a #RbFollowDialog
 * @error: why the plan could not be saved
 *
 * Makes the plan the dialog shows and adds it to the store. On a failed
 * save the plan stays in the store, unsaved, and is returned too.
 *
 * Returns: (transfer full): the plan
 */
RbPlan *
rb_follow_dialog_follow (RbFollowDialog  *self,
                         GError         **error)
{
  g_autoptr(RbPlan) plan = NULL;
  g_autofree char *id = NULL;

  g_return_val_if_fail (RB_IS_FOLLOW_DIALOG (self), NULL);

  /* Following the same program from the same day twice needs two ids. */
  plan = rb_plan_new (NULL, self->program, &self->start);
  id = g_strdup (rb_plan_get_id (plan));
  for (guint n = 2; rb_plan_store_lookup (self->store, id) != NULL; n++)
    {
      g_free (id);
      id = g_strdup_printf ("%s-%u", rb_plan_get_id (plan), n);
    }
  if (!g_str_equal (id, rb_plan_get_id (plan)))
    {
      g_clear_object (&plan);
      plan = rb_plan_new (id, self->program, &self->start);
    }

  for (guint i = 0; i < self->pickers->len; i++)
    rb_plan_set_weekdays (plan, rb_program_session_get_id (rb_program_get_session (self->program, i)),
                          rb_weekday_picker_get_weekdays (g_ptr_array_index (self->pickers, i)));
  rb_plan_set_reminders (plan, gtk_switch_get_active (self->reminders));
  rb_plan_set_reminder_minutes (plan, rb_plan_rows_get_minutes (self->hour, self->minute));
  apply_default_thresholds (plan, self->program);

  rb_plan_store_add (self->store, plan, error);

  return g_steal_pointer (&plan);
}
