/* rb-calendar-view.c
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rb-a11y.h"
#include "rb-application.h"
#include "rb-calendar-view.h"
#include "rb-month-print.h"

/* The Calendar view: a month of every plan's sessions, and the sessions
 * of the selected day below it with Start, Move and Skip. What it shows
 * is an RbMonth, computed in core; the view makes a new one when plans,
 * the journal or the day change, and forwards the buttons to the plan.
 * Narrower than the grid needs, an AdwSqueezer shows the month's days
 * with sessions as a list instead. */

#define MAX_SHOWN_SESSIONS 3

struct _RbCalendarView
{
  GtkWidget       parent_instance;

  RbPlanStore    *plan_store;
  RbLibrary      *library;
  RbJournal      *journal;
  RbClock        *clock;
  GSettings      *settings;
  guint           rebuild_id;
  guint           midnight_id;

  RbMonth        *month;
  guint           year;
  GDateMonth      month_shown;
  GDate           selected;
  GDate           today;
  GtkWidget      *cells[42];

  GtkWidget      *scrolled;
  GtkLabel       *month_label;
  GtkWidget      *hint_label;
  AdwSqueezer    *squeezer;
  GtkGrid        *grid;
  GtkListBox     *month_list;
  GtkLabel       *day_label;
  GtkListBox     *day_list;
};

G_DEFINE_FINAL_TYPE (RbCalendarView, rb_calendar_view, GTK_TYPE_WIDGET)

static void rebuild            (RbCalendarView *self);
static void schedule_midnight  (RbCalendarView *self);

static GtkWidget *
status_image_new (RbScheduleStatus status)
{
  /* "due" is planned today: the same shape as planned. */
  const char *name = status == RB_SCHEDULE_DUE ? "planned" : rb_schedule_status_to_name (status);
  g_autofree char *icon = g_strdup_printf ("rb-status-%s-symbolic", name);
  g_autofree char *css = g_strdup_printf ("status-%s", rb_schedule_status_to_name (status));
  GtkWidget *image = gtk_image_new_from_icon_name (icon);

  gtk_widget_add_css_class (image, "status");
  gtk_widget_add_css_class (image, css);
  /* The words next to it, or the cell's own name, say the status. */
  gtk_accessible_update_state (GTK_ACCESSIBLE (image), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);

  return image;
}

static gboolean
is_done (const RbScheduled *s)
{
  return s->status == RB_SCHEDULE_DONE || s->status == RB_SCHEDULE_PARTIAL;
}

static RbPlan *
lookup_plan (RbCalendarView    *self,
             const RbScheduled *s)
{
  return self->plan_store != NULL ? rb_plan_store_lookup (self->plan_store, s->plan_id) : NULL;
}

/* Cells */

static GtkWidget *
make_cell (RbCalendarView   *self,
           const RbMonthDay *day)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  g_autofree char *number = g_strdup_printf ("%u", g_date_get_day (&day->date));
  GtkWidget *label = gtk_label_new (number);

  gtk_widget_add_css_class (button, "calendar-day");
  if (!day->in_month)
    gtk_widget_add_css_class (button, "other-month");
  if (day->is_today)
    gtk_widget_add_css_class (button, "today");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, day->summary, -1);
  gtk_widget_set_tooltip_text (button, day->summary);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "day-number");
  gtk_box_append (GTK_BOX (box), label);

  for (guint i = 0; i < day->sessions->len && i < MAX_SHOWN_SESSIONS; i++)
    {
      const RbScheduled *s = g_ptr_array_index (day->sessions, i);
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
      GtkWidget *title = gtk_label_new (rb_month_get_session_title (self->month, s));

      gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
      gtk_label_set_xalign (GTK_LABEL (title), 0);
      gtk_widget_add_css_class (title, "caption");
      gtk_box_append (GTK_BOX (row), status_image_new (s->status));
      gtk_box_append (GTK_BOX (row), title);
      gtk_box_append (GTK_BOX (box), row);
    }

  if (day->sessions->len > MAX_SHOWN_SESSIONS)
    {
      /* Translators: in a calendar day too small for all its sessions */
      g_autofree char *more = g_strdup_printf (_("+%u more"), day->sessions->len - MAX_SHOWN_SESSIONS);
      GtkWidget *more_label = gtk_label_new (more);

      gtk_label_set_xalign (GTK_LABEL (more_label), 0);
      gtk_widget_add_css_class (more_label, "caption");
      gtk_box_append (GTK_BOX (box), more_label);
    }

  gtk_button_set_child (GTK_BUTTON (button), box);
  g_object_set_data (G_OBJECT (button), "date", (gpointer) &day->date);

  return button;
}

static void
cell_clicked_cb (GtkButton      *button,
                 RbCalendarView *self)
{
  const GDate *date = g_object_get_data (G_OBJECT (button), "date");
  GDate day = *date;

  rb_calendar_view_select_day (self, &day);
}

static void
fill_grid (RbCalendarView *self)
{
  GtkWidget *child;
  guint n = rb_month_get_n_days (self->month);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->grid))) != NULL)
    gtk_grid_remove (self->grid, child);
  memset (self->cells, 0, sizeof self->cells);

  for (guint col = 0; col < 7; col++)
    {
      GDateWeekday weekday = (rb_month_get_first_weekday (self->month) - 1 + col) % 7 + 1;
      g_autofree char *abbreviated = rb_weekday_dup_name (weekday, TRUE);
      g_autofree char *full = rb_weekday_dup_name (weekday, FALSE);
      GtkWidget *label = gtk_label_new (abbreviated);

      gtk_widget_add_css_class (label, "weekday");
      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_add_css_class (label, "caption-heading");
      gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL, full, -1);
      gtk_grid_attach (self->grid, label, col, 0, 1, 1);
    }

  for (guint i = 0; i < n; i++)
    {
      const RbMonthDay *day = rb_month_get_day (self->month, i);
      GtkWidget *cell = make_cell (self, day);

      g_signal_connect_object (cell, "clicked", G_CALLBACK (cell_clicked_cb), self, 0);
      gtk_grid_attach (self->grid, cell, i % 7, 1 + i / 7, 1, 1);
      self->cells[i] = cell;
    }
}

static void
remove_rows (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

/* The narrow list */

static void
fill_month_list (RbCalendarView *self)
{
  guint n = rb_month_get_n_days (self->month);
  gboolean any = FALSE;

  remove_rows (self->month_list);

  for (guint i = 0; i < n; i++)
    {
      const RbMonthDay *day = rb_month_get_day (self->month, i);
      g_autofree char *name = NULL;
      g_autoptr(GString) subtitle = g_string_new (NULL);
      GtkWidget *row, *icons;

      if (!day->in_month || day->sessions->len == 0)
        continue;

      name = rb_date_dup_long_name (&day->date);
      row = adw_action_row_new ();
      icons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 2);
      for (guint j = 0; j < day->sessions->len; j++)
        {
          const RbScheduled *s = g_ptr_array_index (day->sessions, j);
          g_autofree char *text = rb_month_describe_session (self->month, s);

          if (j > 0)
            g_string_append (subtitle, _(", "));
          g_string_append (subtitle, text);
          gtk_box_append (GTK_BOX (icons), status_image_new (s->status));
        }

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icons);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      if (day->is_today)
        gtk_widget_add_css_class (row, "today");
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, day->summary, -1);
      g_object_set_data (G_OBJECT (row), "date", (gpointer) &day->date);
      gtk_list_box_append (self->month_list, row);
      any = TRUE;
    }

  if (!any)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Nothing planned this month"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Nothing planned this month"), -1);
      gtk_list_box_append (self->month_list, row);
    }
}

static void
month_row_activated_cb (RbCalendarView *self,
                        GtkListBoxRow  *row)
{
  const GDate *date = g_object_get_data (G_OBJECT (row), "date");
  GDate day;

  if (date == NULL)
    return;

  day = *date;
  rb_calendar_view_select_day (self, &day);
  gtk_widget_child_focus (GTK_WIDGET (self->day_list), GTK_DIR_TAB_FORWARD);
}

/* The day's sessions */

static void
skip_clicked_cb (GtkButton      *button,
                 RbCalendarView *self)
{
  const RbScheduled *s = g_object_get_data (G_OBJECT (button), "scheduled");
  RbPlan *plan = lookup_plan (self, s);

  if (plan != NULL)
    rb_plan_skip (plan, &s->planned_date, s->session_id);
}

static void
move_clicked_cb (GtkButton      *button,
                 RbCalendarView *self)
{
  const RbScheduled *s = g_object_get_data (G_OBJECT (button), "scheduled");
  GtkCalendar *calendar = g_object_get_data (G_OBJECT (button), "calendar");
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_POPOVER);
  g_autoptr(GDateTime) chosen = gtk_calendar_get_date (calendar);
  RbPlan *plan = lookup_plan (self, s);
  GDate to;
  int y, m, d;

  g_date_time_get_ymd (chosen, &y, &m, &d);
  g_date_clear (&to, 1);
  g_date_set_dmy (&to, d, m, y);
  gtk_popover_popdown (GTK_POPOVER (popover));

  if (plan != NULL && g_date_compare (&to, &s->date) != 0)
    rb_plan_move (plan, &s->planned_date, s->session_id, &to);
}

/* A menu button whose popover picks the day to move @s to. */
static GtkWidget *
make_move_button (RbCalendarView    *self,
                  const RbScheduled *s,
                  const char        *title)
{
  GtkWidget *menu_button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *calendar = gtk_calendar_new ();
  /* Translators: %s is a session, as in "Move Strength A Here" */
  g_autofree char *apply_name = g_strdup_printf (_("Move %s to This Day"), title);
  /* Translators: %s is a session */
  g_autofree char *name = g_strdup_printf (_("Move %s to Another Day"), title);
  GtkWidget *apply = rb_a11y_button_new_with_name (_("Move"), apply_name);
  g_autoptr(GDateTime) date = g_date_time_new_local (g_date_get_year (&s->date), g_date_get_month (&s->date),
                                                     g_date_get_day (&s->date), 12, 0, 0);

  gtk_calendar_select_day (GTK_CALENDAR (calendar), date);
  gtk_accessible_update_property (GTK_ACCESSIBLE (calendar), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_widget_add_css_class (apply, "suggested-action");
  g_object_set_data_full (G_OBJECT (apply), "scheduled", rb_scheduled_copy (s), (GDestroyNotify) rb_scheduled_free);
  g_object_set_data (G_OBJECT (apply), "calendar", calendar);
  g_signal_connect_object (apply, "clicked", G_CALLBACK (move_clicked_cb), self, 0);
  gtk_box_append (GTK_BOX (box), calendar);
  gtk_box_append (GTK_BOX (box), apply);
  gtk_popover_set_child (GTK_POPOVER (popover), box);

  gtk_menu_button_set_label (GTK_MENU_BUTTON (menu_button), _("Move…"));
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (menu_button), popover);
  gtk_accessible_update_property (GTK_ACCESSIBLE (menu_button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_widget_set_valign (menu_button, GTK_ALIGN_CENTER);

  return menu_button;
}

static GtkWidget *
make_session_row (RbCalendarView    *self,
                  const RbScheduled *s)
{
  const char *title = rb_month_get_session_title (self->month, s);
  const char *plan_title = rb_month_get_plan_title (self->month, s->plan_id);
  const char *status = rb_schedule_status_to_label (s->status);
  GtkWidget *row = adw_action_row_new ();
  /* Translators: a session's plan, then its status: "Knee Strength · done" */
  g_autofree char *subtitle = g_strdup_printf (_("%s · %s"), plan_title, status);
  /* Translators: a session, its plan and its status, for screen readers */
  g_autofree char *name = g_strdup_printf (_("%s, %s, %s"), title, plan_title, status);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), status_image_new (s->status));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);

  if (!is_done (s))
    {
      g_autofree char *iso = rb_date_to_iso (&s->planned_date);
      /* Translators: %s is a session */
      g_autofree char *start_name = g_strdup_printf (_("Start %s"), title);
      /* Translators: %s is a session */
      g_autofree char *skip_name = g_strdup_printf (_("Skip %s"), title);
      GtkWidget *start = rb_a11y_button_new_with_name (_("Start"), start_name);
      /* One above the other: side by side, the German buttons alone need
       * 338 px, and AdwActionRow wraps its suffixes only from
       * libadwaita 1.4. */
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

      gtk_actionable_set_action_name (GTK_ACTIONABLE (start), "win.start-planned");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (start), "(sss)", s->plan_id, s->session_id, iso);
      gtk_widget_add_css_class (start, "suggested-action");
      gtk_box_append (GTK_BOX (box), start);
      gtk_box_append (GTK_BOX (box), make_move_button (self, s, title));

      if (s->status != RB_SCHEDULE_SKIPPED)
        {
          GtkWidget *skip = rb_a11y_button_new_with_name (_("Skip"), skip_name);

          g_object_set_data_full (G_OBJECT (skip), "scheduled", rb_scheduled_copy (s),
                                  (GDestroyNotify) rb_scheduled_free);
          g_signal_connect_object (skip, "clicked", G_CALLBACK (skip_clicked_cb), self, 0);
          gtk_box_append (GTK_BOX (box), skip);
        }

      gtk_box_set_homogeneous (GTK_BOX (box), TRUE);
      gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
      gtk_widget_set_margin_top (box, 6);
      gtk_widget_set_margin_bottom (box, 6);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), box);
    }

  return row;
}

static void
fill_day_list (RbCalendarView *self)
{
  const RbMonthDay *day = rb_month_lookup_day (self->month, &self->selected);
  g_autofree char *name = rb_date_dup_long_name (&self->selected);

  remove_rows (self->day_list);
  gtk_label_set_text (self->day_label, name);

  if (day == NULL || day->sessions->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Nothing planned"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Nothing planned"), -1);
      gtk_list_box_append (self->day_list, row);
      return;
    }

  for (guint i = 0; i < day->sessions->len; i++)
    gtk_list_box_append (self->day_list, make_session_row (self, g_ptr_array_index (day->sessions, i)));
}

static void
update_selection (RbCalendarView *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (self->cells) && self->cells[i] != NULL; i++)
    {
      const GDate *date = g_object_get_data (G_OBJECT (self->cells[i]), "date");

      if (g_date_compare (date, &self->selected) == 0)
        gtk_widget_add_css_class (self->cells[i], "selected");
      else
        gtk_widget_remove_css_class (self->cells[i], "selected");
    }

  fill_day_list (self);
}

/* Rebuilding */

static GListModel *
get_plans (RbCalendarView *self)
{
  return self->plan_store != NULL ? rb_plan_store_get_plans (self->plan_store) : NULL;
}

static void
rebuild (RbCalendarView *self)
{
  GListModel *programs = self->library != NULL && rb_library_is_loaded (self->library)
                       ? rb_library_get_programs (self->library) : NULL;
  GListModel *entries = self->journal != NULL ? rb_journal_get_entries (self->journal) : NULL;
  GListModel *plans = get_plans (self);
  g_autofree char *title = NULL;

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  g_clear_object (&self->month);
  self->month = rb_month_new (self->year, self->month_shown, rb_application_get_first_weekday (),
                              plans, programs, entries, &self->today);

  title = rb_month_dup_title (self->month);
  gtk_label_set_text (self->month_label, title);
  gtk_widget_set_visible (self->hint_label, plans == NULL || g_list_model_get_n_items (plans) == 0);

  fill_grid (self);
  fill_month_list (self);
  update_selection (self);
}

static gboolean
rebuild_idle_cb (gpointer data)
{
  RbCalendarView *self = data;

  self->rebuild_id = 0;
  rebuild (self);

  return G_SOURCE_REMOVE;
}

/* Changes come in bursts (a plan saved, the journal loaded) and from the
 * view's own buttons, whose rows a rebuild replaces: rebuild once, after
 * them. */
static void
queue_rebuild (RbCalendarView *self)
{
  if (self->rebuild_id == 0)
    self->rebuild_id = g_idle_add (rebuild_idle_cb, self);
}

static void
set_today (RbCalendarView *self)
{
  if (self->clock != NULL)
    rb_clock_get_today (self->clock, &self->today);
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      g_date_set_dmy (&self->today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                      g_date_time_get_year (now));
    }
}

static void
midnight_cb (gpointer data)
{
  RbCalendarView *self = data;

  self->midnight_id = 0;
  set_today (self);
  queue_rebuild (self);
  schedule_midnight (self);
}

/* Statuses turn from due to missed at midnight, on the clock's time. */
static void
schedule_midnight (RbCalendarView *self)
{
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) today = NULL;
  g_autoptr(GDateTime) tomorrow = NULL;

  if (self->clock == NULL || self->midnight_id != 0)
    return;

  now = rb_clock_dup_now (self->clock);
  today = g_date_time_new_local (g_date_time_get_year (now), g_date_time_get_month (now),
                                 g_date_time_get_day_of_month (now), 0, 0, 0);
  tomorrow = g_date_time_add_days (today, 1);
  self->midnight_id = rb_clock_schedule (self->clock,
                                         rb_clock_get_time (self->clock) +
                                         g_date_time_difference (tomorrow, now) + G_USEC_PER_SEC,
                                         midnight_cb, self);
}

/* Moving around */

static void
select_and_focus (RbCalendarView *self,
                  const GDate    *date)
{
  GtkWidget *cell;

  rb_calendar_view_select_day (self, date);
  cell = rb_calendar_view_get_day_widget (self, date);
  if (cell != NULL && !rb_calendar_view_is_narrow (self))
    gtk_widget_grab_focus (cell);
}

static void
shift_month (RbCalendarView *self,
             int             months)
{
  GDate date = self->selected;

  if (months > 0)
    g_date_add_months (&date, months);
  else
    g_date_subtract_months (&date, -months);

  rb_calendar_view_select_day (self, &date);
}

static void
previous_clicked_cb (RbCalendarView *self)
{
  shift_month (self, -1);
}

static void
next_clicked_cb (RbCalendarView *self)
{
  shift_month (self, 1);
}

static void
today_clicked_cb (RbCalendarView *self)
{
  set_today (self);
  rb_calendar_view_select_day (self, &self->today);
}

static gboolean
focus_in_grid (RbCalendarView *self)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)));

  return focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->grid));
}

static gboolean
key_pressed_cb (RbCalendarView        *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *controller)
{
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
  GDate date = self->selected;
  int days = 0;

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0)
    return GDK_EVENT_PROPAGATE;

  switch (keyval)
    {
    case GDK_KEY_Page_Up:
    case GDK_KEY_KP_Page_Up:
    case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Page_Down:
      {
        /* The rebuild replaces the focused cell: focus the new one. */
        gboolean in_grid = focus_in_grid (self);

        shift_month (self, keyval == GDK_KEY_Page_Up || keyval == GDK_KEY_KP_Page_Up ? -1 : 1);
        if (in_grid)
          select_and_focus (self, &self->selected);
        return GDK_EVENT_STOP;
      }
    default:
      break;
    }

  if (!focus_in_grid (self))
    return GDK_EVENT_PROPAGATE;

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      days = rtl ? 1 : -1;
      break;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      days = rtl ? -1 : 1;
      break;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      days = -7;
      break;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      days = 7;
      break;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
      /* Opens the day: its sessions' buttons come next. */
      {
        GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)));
        const GDate *cell_date = focus != NULL ? g_object_get_data (G_OBJECT (focus), "date") : NULL;

        if (cell_date != NULL)
          date = *cell_date;
        rb_calendar_view_select_day (self, &date);
        gtk_widget_child_focus (GTK_WIDGET (self->day_list), GTK_DIR_TAB_FORWARD);
        return GDK_EVENT_STOP;
      }
    default:
      return GDK_EVENT_PROPAGATE;
    }

  if (days > 0)
    g_date_add_days (&date, days);
  else
    g_date_subtract_days (&date, -days);
  select_and_focus (self, &date);

  return GDK_EVENT_STOP;
}

/* Printing */

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              RbMonth           *month)
{
  rb_month_print_render (month, gtk_print_context_get_cairo_context (context),
                         gtk_print_context_get_width (context), gtk_print_context_get_height (context));
}

/* GObject */

static void
disconnect_sources (RbCalendarView *self)
{
  if (self->plan_store != NULL)
    {
      g_signal_handlers_disconnect_by_data (rb_plan_store_get_plans (self->plan_store), self);
      g_signal_handlers_disconnect_by_data (self->plan_store, self);
    }
  if (self->journal != NULL)
    g_signal_handlers_disconnect_by_data (rb_journal_get_entries (self->journal), self);
  if (self->library != NULL)
    g_signal_handlers_disconnect_by_data (self->library, self);
  if (self->clock != NULL && self->midnight_id != 0)
    rb_clock_cancel (self->clock, self->midnight_id);
  self->midnight_id = 0;

  g_clear_object (&self->plan_store);
  g_clear_object (&self->library);
  g_clear_object (&self->journal);
  g_clear_object (&self->clock);
}

static void
rb_calendar_view_dispose (GObject *object)
{
  RbCalendarView *self = RB_CALENDAR_VIEW (object);

  disconnect_sources (self);
  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  g_clear_object (&self->month);
  g_clear_object (&self->settings);
  gtk_widget_dispose_template (GTK_WIDGET (self), RB_TYPE_CALENDAR_VIEW);

  G_OBJECT_CLASS (rb_calendar_view_parent_class)->dispose (object);
}

static void
rb_calendar_view_class_init (RbCalendarViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rb_calendar_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/runback/Runback/rb-calendar-view.ui");
  gtk_widget_class_bind_template_child (widget_class, RbCalendarView, scrolled);
  gtk_widget_class_bind_template_child (widget_class, RbCalendarView, month_label);
  gtk_widget_class_bind_template_child (widget_class, RbCalendarView, hint_label);
  gtk_widget_class_bind_template_child (widget_class, RbCalendarView, squeezer);
  gtk_widget_class_bind_template_child (widget_class, RbCalendarView, grid);
  gtk_widget_class_bind_template_child (widget_class, RbCalendarView, month_list);
  gtk_widget_class_bind_template_child (widget_class, RbCalendarView, day_label);
  gtk_widget_class_bind_template_child (widget_class, RbCalendarView, day_list);
  gtk_widget_class_bind_template_callback (widget_class, previous_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, next_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, today_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, month_row_activated_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "calendarview");
}

static void
rb_calendar_view_init (RbCalendarView *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  rb_a11y_name_buttons_by_text (GTK_WIDGET (self));

  g_date_clear (&self->today, 1);
  set_today (self);
  self->selected = self->today;
  self->year = g_date_get_year (&self->today);
  self->month_shown = g_date_get_month (&self->today);

  /* Before the buttons: Enter on a day opens it instead of clicking. */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  /* The weeks start again from the day chosen in Preferences; dconf
   * reports changes of keys that were read. */
  self->settings = g_settings_new (BASE_ID);
  g_signal_connect_object (self->settings, "changed::first-weekday", G_CALLBACK (queue_rebuild),
                           self, G_CONNECT_SWAPPED);
  g_settings_get_int (self->settings, "first-weekday");

  rebuild (self);
}

/**
 * rb_calendar_view_set_sources:
 * @self: a #RbCalendarView
 * @plan_store: the plans to show
 * @library: the programs they follow
 * @journal: (nullable): what was done
 * @clock: (nullable): the clock that says what day it is
 *
 * Shows the plans of @plan_store, and follows their changes, the
 * journal's and the day's.
 */
void
rb_calendar_view_set_sources (RbCalendarView *self,
                              RbPlanStore    *plan_store,
                              RbLibrary      *library,
                              RbJournal      *journal,
                              RbClock        *clock)
{
  g_return_if_fail (RB_IS_CALENDAR_VIEW (self));
  g_return_if_fail (RB_IS_PLAN_STORE (plan_store));
  g_return_if_fail (RB_IS_LIBRARY (library));
  g_return_if_fail (journal == NULL || RB_IS_JOURNAL (journal));
  g_return_if_fail (clock == NULL || RB_IS_CLOCK (clock));

  disconnect_sources (self);
  self->plan_store = g_object_ref (plan_store);
  self->library = g_object_ref (library);
  self->journal = journal != NULL ? g_object_ref (journal) : NULL;
  self->clock = clock != NULL ? g_object_ref (clock) : NULL;

  /* Plans added, removed or changed. */
  g_signal_connect_object (plan_store, "changed", G_CALLBACK (queue_rebuild), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (plan_store, "notify::loaded", G_CALLBACK (queue_rebuild), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (library, "notify::loaded", G_CALLBACK (queue_rebuild), self, G_CONNECT_SWAPPED);
  if (journal != NULL)
    g_signal_connect_object (rb_journal_get_entries (journal), "items-changed",
                             G_CALLBACK (queue_rebuild), self, G_CONNECT_SWAPPED);

  set_today (self);
  self->selected = self->today;
  self->year = g_date_get_year (&self->today);
  self->month_shown = g_date_get_month (&self->today);
  schedule_midnight (self);
  rebuild (self);
}

/**
 * rb_calendar_view_get_month:
 * @self: a #RbCalendarView
 *
 * Returns: (transfer none): the month shown
 */
RbMonth *
rb_calendar_view_get_month (RbCalendarView *self)
{
  g_return_val_if_fail (RB_IS_CALENDAR_VIEW (self), NULL);

  return self->month;
}

/**
 * rb_calendar_view_show_month:
 * @self: a #RbCalendarView
 * @year: a year
 * @month: a month
 *
 * Shows @month, with its first day selected.
 */
void
rb_calendar_view_show_month (RbCalendarView *self,
                             guint           year,
                             GDateMonth      month)
{
  GDate first;

  g_return_if_fail (RB_IS_CALENDAR_VIEW (self));
  g_return_if_fail (g_date_valid_dmy (1, month, year));

  g_date_clear (&first, 1);
  g_date_set_dmy (&first, 1, month, year);
  rb_calendar_view_select_day (self, &first);
}

/**
 * rb_calendar_view_select_day:
 * @self: a #RbCalendarView
 * @date: a day
 *
 * Selects @date and lists its sessions, showing its month if needed.
 */
void
rb_calendar_view_select_day (RbCalendarView *self,
                             const GDate    *date)
{
  g_return_if_fail (RB_IS_CALENDAR_VIEW (self));
  g_return_if_fail (date != NULL && g_date_valid (date));

  self->selected = *date;
  if (g_date_get_year (date) != self->year || g_date_get_month (date) != self->month_shown)
    {
      self->year = g_date_get_year (date);
      self->month_shown = g_date_get_month (date);
      rebuild (self);
    }
  else
    {
      update_selection (self);
    }
}

const GDate *
rb_calendar_view_get_selected (RbCalendarView *self)
{
  g_return_val_if_fail (RB_IS_CALENDAR_VIEW (self), NULL);

  return &self->selected;
}

/**
 * rb_calendar_view_get_day_widget:
 * @self: a #RbCalendarView
 * @date: a day
 *
 * Returns: (transfer none) (nullable): the grid's cell for @date
 */
GtkWidget *
rb_calendar_view_get_day_widget (RbCalendarView *self,
                                 const GDate    *date)
{
  const RbMonthDay *first;
  int index;

  g_return_val_if_fail (RB_IS_CALENDAR_VIEW (self), NULL);
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  first = rb_month_get_day (self->month, 0);
  index = g_date_days_between (&first->date, date);
  if (index < 0 || index >= (int) G_N_ELEMENTS (self->cells))
    return NULL;

  return self->cells[index];
}

/**
 * rb_calendar_view_get_day_list:
 * @self: a #RbCalendarView
 *
 * Returns: (transfer none): the list of the selected day's sessions
 */
GtkWidget *
rb_calendar_view_get_day_list (RbCalendarView *self)
{
  g_return_val_if_fail (RB_IS_CALENDAR_VIEW (self), NULL);

  return GTK_WIDGET (self->day_list);
}

/**
 * rb_calendar_view_is_narrow:
 * @self: a #RbCalendarView
 *
 * Returns: whether the month shows as a list, the grid being too wide
 */
gboolean
rb_calendar_view_is_narrow (RbCalendarView *self)
{
  g_return_val_if_fail (RB_IS_CALENDAR_VIEW (self), FALSE);

  return adw_squeezer_get_visible_child (self->squeezer) == GTK_WIDGET (self->month_list);
}

/**
 * rb_calendar_view_print:
 * @self: a #RbCalendarView
 * @export_filename: (nullable): a PDF file to write without asking, or
 *   %NULL to show the print dialog
 * @error: return location for a #GError
 *
 * Prints the month shown on one landscape page.
 *
 * Returns: %FALSE when printing failed
 */
gboolean
rb_calendar_view_print (RbCalendarView  *self,
                        const char      *export_filename,
                        GError         **error)
{
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autofree char *title = NULL;
  GtkPrintOperationAction action = GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG;
  GtkRoot *root;

  g_return_val_if_fail (RB_IS_CALENDAR_VIEW (self), FALSE);

  title = rb_month_dup_title (self->month);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_n_pages (operation, 1);
  gtk_print_operation_set_job_name (operation, title);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  /* The month as it is now, even if the view moves on meanwhile. */
  g_signal_connect_data (operation, "draw-page", G_CALLBACK (draw_page_cb), g_object_ref (self->month),
                         (GClosureNotify) (void (*) (void)) g_object_unref, 0);

  if (export_filename != NULL)
    {
      gtk_print_operation_set_export_filename (operation, export_filename);
      action = GTK_PRINT_OPERATION_ACTION_EXPORT;
    }

  root = gtk_widget_get_root (GTK_WIDGET (self));
  return gtk_print_operation_run (operation, action, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                  error) != GTK_PRINT_OPERATION_RESULT_ERROR;
}
