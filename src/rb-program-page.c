/* rb-program-page.c: a program's phases and sessions.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rb-a11y.h"

#include <glib/gi18n.h>

#include "rb-detail-page.h"
#include "rb-exercise-page.h"
#include "rb-plan-rows.h"
#include "rb-schedule.h"
#include "rb-program-page.h"
#include "rb-text.h"

static GtkWidget *
create_item_row (const RbSessionItem *item)
{
  g_autofree char *title = rb_session_item_dup_title (item);
  RbExercise *exercise = rb_session_item_get_exercise (item);
  GtkWidget *row = adw_action_row_new ();

  /* Content is plain text, never markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);

  if (exercise != NULL)
    {
      g_autofree char *dosage = rb_dosage_describe (rb_session_item_get_dosage (item));

      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), dosage);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show-exercise");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", rb_exercise_get_id (exercise));
    }
  else
    {
      const RbRunWalk *run_walk = rb_session_item_get_run_walk (item);
      g_autofree char *subtitle = NULL;

      /* A session that starts with the dynamic warm-up needs no walk before. */
      if (run_walk->warm_up_minutes > 0 && run_walk->cool_down_minutes > 0)
        /* Translators: warm-up and cool-down walking around run/walk intervals */
        subtitle = g_strdup_printf (_("%u min brisk walk before, %u min easy walk after"),
                                    run_walk->warm_up_minutes, run_walk->cool_down_minutes);
      else if (run_walk->warm_up_minutes > 0)
        subtitle = g_strdup_printf (_("%u min brisk walk before"), run_walk->warm_up_minutes);
      else if (run_walk->cool_down_minutes > 0)
        subtitle = g_strdup_printf (_("%u min easy walk after"), run_walk->cool_down_minutes);

      if (subtitle != NULL)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
    }

  return row;
}

/* libadwaita 1.2's expander row holds two unnamed lists, read as
 * "GtkListBox": its header, and the rows it expands to. */
static void
name_expander_lists (GtkWidget  *widget,
                     const char *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LIST_BOX (child))
        gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      name_expander_lists (child, name);
    }
}

static GtkWidget *
create_session_row (RbProgram              *program,
                    const RbProgramSession *session,
                    guint                   index)
{
  guint n_items = rb_program_session_get_n_items (session);
  guint minutes = rb_program_session_get_estimated_minutes (session);
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *start;
  g_autofree char *start_label = NULL;
  g_autofree char *items = NULL;
  g_autofree char *subtitle = NULL;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), rb_program_session_get_title (session));
  /* libadwaita 1.2 names the row's header, not the row. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  rb_program_session_get_title (session), -1);

  items = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u activity", "%u activities", n_items), n_items);
  /* Translators: e.g. "About 12 min · 5 activities" */
  subtitle = g_strdup_printf (_("About %u min · %s"), minutes, items);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);

  /* Sessions are started by the player; until it is there the action is
   * missing, the button insensitive, and so hidden.
   */
  /* Translators: the Start button of a session, for screen readers, e.g. "Start Strength A" */
  start_label = g_strdup_printf (_("Start %s"), rb_program_session_get_title (session));
  start = rb_a11y_button_new_with_name (_("Start"), start_label);
  gtk_widget_set_valign (start, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (start, "suggested-action");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (start), "win.start-session");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (start), "(su)", rb_program_get_id (program), index);
  g_object_bind_property (start, "sensitive", start, "visible", G_BINDING_SYNC_CREATE);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), start);

  for (guint i = 0; i < n_items; i++)
    adw_expander_row_add_row (ADW_EXPANDER_ROW (row), create_item_row (rb_program_session_get_item (session, i)));
  name_expander_lists (row, rb_program_session_get_title (session));

  return row;
}

static void
append_phase (RbDetailPage  *page,
              RbProgram     *program,
              const RbPhase *phase,
              guint         *session_index)
{
  guint weeks = rb_phase_get_weeks (phase);
  guint per_week = rb_phase_get_sessions_per_week (phase);
  g_autofree char *weeks_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u week", "%u weeks", weeks), weeks);
  g_autofree char *per_week_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u session a week",
                                                                 "%u sessions a week", per_week), per_week);
  g_autofree char *schedule = g_strdup_printf (_("%s · %s"), weeks_text, per_week_text);
  GtkWidget *list = gtk_list_box_new ();

  rb_detail_page_append (page, rb_text_heading_new (rb_phase_get_title (phase)));
  rb_detail_page_append (page, rb_text_label_new (schedule, "dim-label"));
  if (rb_phase_get_note (phase) != NULL)
    rb_detail_page_append (page, rb_text_label_new (rb_phase_get_note (phase), NULL));

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  rb_phase_get_title (phase), -1);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_widget_set_margin_top (list, 6);
  gtk_widget_set_margin_bottom (list, 12);

  for (guint s = 0; s < rb_phase_get_n_sessions (phase); s++)
    gtk_list_box_append (GTK_LIST_BOX (list),
                         create_session_row (program, rb_phase_get_session (phase, s), (*session_index)++));

  rb_detail_page_append (page, list);
}

static void
clear_box (GtkWidget *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)) != NULL)
    gtk_box_remove (GTK_BOX (box), child);
}

static GtkWidget *
create_pill (const char *label,
             const char *action,
             const char *target,
             gboolean    suggested)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_widget_add_css_class (button, "pill");
  if (suggested)
    gtk_widget_add_css_class (button, "suggested-action");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", target);

  return button;
}

/* "Follow This Program…", or the plans that follow it, each with a way
 * to open it. */
static void
update_follow_box (GtkWidget *box)
{
  RbProgram *program = g_object_get_data (G_OBJECT (box), "rb-program");
  RbPlanStore *store = g_object_get_data (G_OBJECT (box), "rb-plan-store");
  RbClock *clock = g_object_get_data (G_OBJECT (box), "rb-clock");
  GListModel *plans = rb_plan_store_get_plans (store);
  gboolean following = FALSE;
  GDate today;

  clear_box (box);
  rb_clock_get_today (clock, &today);

  for (guint i = 0; i < g_list_model_get_n_items (plans); i++)
    {
      g_autoptr(RbPlan) plan = g_list_model_get_item (plans, i);
      RbPlanState state = rb_plan_get_state (plan, &today);
      g_autofree char *since = NULL;
      g_autofree char *text = NULL;

      if (g_strcmp0 (rb_plan_get_program_id (plan), rb_program_get_id (program)) != 0 || state == RB_PLAN_ENDED)
        continue;

      since = rb_plan_rows_format_date (rb_plan_get_start (plan), &today);
      if (state == RB_PLAN_PAUSED)
        /* Translators: %s is a day, e.g. "1 December" */
        text = g_strdup_printf (_("Following since %s, paused now"), since);
      else
        /* Translators: %s is a day, e.g. "1 December" */
        text = g_strdup_printf (_("Following since %s"), since);
      gtk_box_append (GTK_BOX (box), rb_text_label_new (text, NULL));
      gtk_box_append (GTK_BOX (box), create_pill (_("_Open Plan"), "win.show-plan", rb_plan_get_id (plan), FALSE));
      following = TRUE;
    }

  if (!following)
    gtk_box_append (GTK_BOX (box), create_pill (_("_Follow This Program…"), "win.follow-program",
                                                rb_program_get_id (program), TRUE));
}

static GtkWidget *
create_follow_box (RbProgram   *program,
                   RbPlanStore *store,
                   RbClock     *clock)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 6);
  g_object_set_data_full (G_OBJECT (box), "rb-program", g_object_ref (program), g_object_unref);
  g_object_set_data_full (G_OBJECT (box), "rb-plan-store", g_object_ref (store), g_object_unref);
  g_object_set_data_full (G_OBJECT (box), "rb-clock", g_object_ref (clock), g_object_unref);
  /* Plans change on their own page: the box is up to date when shown again. */
  g_signal_connect (box, "map", G_CALLBACK (update_follow_box), NULL);
  g_signal_connect_object (rb_plan_store_get_plans (store), "items-changed", G_CALLBACK (update_follow_box),
                           box, G_CONNECT_SWAPPED);
  update_follow_box (box);

  return box;
}

/* The handout's menu: print it, or export it as a PDF. */
static GtkWidget *
create_handout_button (RbProgram *program)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenuItem) print = g_menu_item_new (_("_Print Handout…"), NULL);
  g_autoptr(GMenuItem) export = g_menu_item_new (_("_Export Handout as PDF…"), NULL);
  GtkWidget *button = gtk_menu_button_new ();

  g_menu_item_set_action_and_target (print, "win.print-handout", "s", rb_program_get_id (program));
  g_menu_item_set_action_and_target (export, "win.export-handout", "s", rb_program_get_id (program));
  g_menu_append_item (menu, print);
  g_menu_append_item (menu, export);
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "document-print-symbolic");
  gtk_widget_set_tooltip_text (button, _("Handout"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Handout"), -1);
  /* GTK 4.8 reads the menu button's inner toggle button, not the menu button. */
  for (GtkWidget *child = gtk_widget_get_first_child (button); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_TOGGLE_BUTTON (child))
      gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Handout"), -1);

  return button;
}

/* Edit… (the user's own) or Edit a Copy… (a bundled one), and Export. */
static GtkWidget *
create_program_menu_button (RbProgram *program)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenuItem) edit = g_menu_item_new (rb_program_is_bundled (program) ? _("_Edit a Copy…") : _("_Edit…"),
                                               NULL);
  g_autoptr(GMenuItem) export = g_menu_item_new (_("E_xport Program…"), NULL);
  GtkWidget *button = gtk_menu_button_new ();

  g_menu_item_set_action_and_target (edit, "win.edit-program", "s", rb_program_get_id (program));
  g_menu_item_set_action_and_target (export, "win.export-program", "s", rb_program_get_id (program));
  g_menu_append_item (menu, edit);
  g_menu_append_item (menu, export);
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
  gtk_widget_set_tooltip_text (button, _("Program Menu"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Program Menu"), -1);
  for (GtkWidget *child = gtk_widget_get_first_child (button); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_TOGGLE_BUTTON (child))
      gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Program Menu"), -1);

  return button;
}

/**
 * rb_program_page_new_with_plans:
 * @program: the program
 * @store: (nullable): the plans followed
 * @clock: (nullable): what day it is; needed with @store
 *
 * Like rb_program_page_new(), with a way to follow the program, or to
 * open the plans that follow it.
 *
 * Returns: (transfer floating): the page
 */
GtkWidget *
rb_program_page_new_with_plans (RbProgram   *program,
                                RbPlanStore *store,
                                RbClock     *clock)
{
  RbDetailPage *page;
  guint session_index = 0;

  g_return_val_if_fail (RB_IS_PROGRAM (program), NULL);
  g_return_val_if_fail (store == NULL || RB_IS_CLOCK (clock), NULL);

  page = rb_detail_page_new (rb_program_get_title (program), G_OBJECT (program));
  rb_detail_page_add_header_end (page, create_program_menu_button (program));
  rb_detail_page_add_header_end (page, create_handout_button (program));
  rb_detail_page_add_title (page, rb_program_get_title (program), NULL);
  rb_detail_page_append (page, rb_text_label_new (rb_program_get_summary (program), NULL));
  if (store != NULL)
    rb_detail_page_append (page, create_follow_box (program, store, clock));

  rb_detail_page_append (page, rb_text_heading_new (_("Who It Is For")));
  rb_detail_page_append (page, rb_text_label_new (rb_program_get_audience (program), NULL));

  for (guint p = 0; p < rb_program_get_n_phases (program); p++)
    append_phase (page, program, rb_program_get_phase (program, p), &session_index);

  if (rb_program_get_source (program) != NULL)
    {
      rb_detail_page_append (page, rb_text_heading_new (_("Source")));
      rb_detail_page_append (page, rb_text_label_new (rb_program_get_source (program), "dim-label"));
    }

  rb_detail_page_append (page, rb_text_disclaimer_new ());

  return GTK_WIDGET (page);
}

/**
 * rb_program_page_new:
 * @program: the program
 *
 * Returns: (transfer floating): a page with the program's phases, their
 *   sessions and exercises, to push on the window
 */
GtkWidget *
rb_program_page_new (RbProgram *program)
{
  return rb_program_page_new_with_plans (program, NULL, NULL);
}
