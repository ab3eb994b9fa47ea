/* rb-program-editor.c: writing a program of one's own.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "rb-program-editor.h"
#include "rb-weekday-picker.h"
#include "rb-window.h"

struct _RbProgramEditor
{
  GtkBox            parent_instance;

  RbLibrary        *library;
  RbProgramBuilder *builder;
  gboolean          replacing;  /* the user's own program, saved over */
  int               focus_session;
  int               focus_item;
  guint             focus_source;
  GtkWidget        *focus_target; /* what focus_source gives the focus to */

  AdwWindowTitle   *window_title;
  AdwEntryRow      *title_row;
  AdwEntryRow      *summary_row;
  AdwEntryRow      *audience_row;
  GtkWidget        *sessions_box;
};

G_DEFINE_FINAL_TYPE (RbProgramEditor, rb_program_editor, GTK_TYPE_BOX)

/* What a spin button of an item's dosage changes. */
typedef struct
{
  const char   *title;
  RbDosageMask  bit;
  gsize         offset;
  guint         min;
  guint         max;
} DosageSpin;

static const DosageSpin dosage_spins[] = {
  { N_("Sets"), RB_DOSAGE_MASK_SETS, G_STRUCT_OFFSET (RbDosage, sets), 1, 20 },
  { N_("Reps"), RB_DOSAGE_MASK_REPS, G_STRUCT_OFFSET (RbDosage, reps), 0, 100 },
  { N_("Hold (Seconds)"), RB_DOSAGE_MASK_HOLD_SECONDS, G_STRUCT_OFFSET (RbDosage, hold_seconds), 0, 600 },
  { N_("Sides"), RB_DOSAGE_MASK_SIDES, G_STRUCT_OFFSET (RbDosage, sides), 1, 2 },
  { N_("Rest (Seconds)"), RB_DOSAGE_MASK_REST_SECONDS, G_STRUCT_OFFSET (RbDosage, rest_seconds), 0, 600 },
  { N_("Tempo Down (Seconds)"), RB_DOSAGE_MASK_TEMPO_DOWN, G_STRUCT_OFFSET (RbDosage, tempo_down), 0, 10 },
  { N_("Tempo Hold (Seconds)"), RB_DOSAGE_MASK_TEMPO_HOLD, G_STRUCT_OFFSET (RbDosage, tempo_hold), 0, 10 },
  { N_("Tempo Up (Seconds)"), RB_DOSAGE_MASK_TEMPO_UP, G_STRUCT_OFFSET (RbDosage, tempo_up), 0, 10 },
};

#define DOSAGE_MEMBER(dosage, spin) ((guint *) (gpointer) ((guint8 *) (dosage) + (spin)->offset))

static void rebuild (RbProgramEditor *self);

static const char *
exercise_name (RbProgramEditor *self,
               const char      *id)
{
  RbExercise *exercise = id != NULL ? rb_library_lookup_exercise (self->library, id) : NULL;

  return exercise != NULL ? rb_exercise_get_name (exercise) : (id != NULL ? id : _("Run/Walk"));
}

/* The dosage the item will have: its exercise's, with its own over it. */
static RbDosage
effective_dosage (RbProgramEditor *self,
                  guint            session,
                  guint            item)
{
  const char *id = rb_program_builder_get_item_exercise_id (self->builder, session, item);
  RbExercise *exercise = rb_library_lookup_exercise (self->library, id);
  RbDosage dosage = RB_DOSAGE_INIT, override;
  RbDosageMask mask = rb_program_builder_get_item_dosage (self->builder, session, item, &override);

  if (exercise != NULL)
    dosage = *rb_exercise_get_dosage (exercise);
  rb_dosage_apply (&dosage, &override, mask);
  return dosage;
}

static void
name_widget (GtkWidget  *widget,
             const char *name)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

static GtkWidget *
icon_button (const char *icon,
             const char *tooltip,
             const char *action,
             GVariant   *target)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_tooltip_text (button, tooltip);
  name_widget (button, tooltip);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), target);
  return button;
}

static void
dosage_spin_changed_cb (GtkSpinButton   *spin,
                        RbProgramEditor *self)
{
  GtkWidget *row = g_object_get_data (G_OBJECT (spin), "rb-item-row");
  const DosageSpin *which = g_object_get_data (G_OBJECT (spin), "rb-dosage-spin");
  guint session = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "rb-session"));
  guint item = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "rb-item"));
  RbDosage override;
  RbDosageMask mask = rb_program_builder_get_item_dosage (self->builder, session, item, &override);
  g_autoptr(GError) error = NULL;
  g_autofree char *description = NULL;
  RbDosage dosage;

  *DOSAGE_MEMBER (&override, which) = (guint) gtk_spin_button_get_value_as_int (spin);
  if (!rb_program_builder_set_item_dosage (self->builder, session, item, &override, mask | which->bit, &error))
    return; /* the spin button's range keeps within the checker's */

  dosage = effective_dosage (self, session, item);
  description = rb_dosage_describe (&dosage);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), description);
}

static void
note_changed_cb (GtkEditable     *editable,
                 RbProgramEditor *self)
{
  GtkWidget *row = g_object_get_data (G_OBJECT (editable), "rb-item-row");

  rb_program_builder_set_item_note (self->builder,
                                    GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "rb-session")),
                                    GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "rb-item")),
                                    gtk_editable_get_text (editable));
}

static void
add_dosage_rows (RbProgramEditor *self,
                 GtkWidget       *row,
                 guint            session,
                 guint            item)
{
  RbDosage dosage = effective_dosage (self, session, item);
  const char *note = rb_program_builder_get_item_note (self->builder, session, item);
  GtkWidget *note_row;

  for (guint i = 0; i < G_N_ELEMENTS (dosage_spins); i++)
    {
      const DosageSpin *which = &dosage_spins[i];
      GtkWidget *spin_row = adw_action_row_new ();
      GtkWidget *spin = gtk_spin_button_new_with_range (which->min, which->max, 1);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (spin_row), _(which->title));
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), *DOSAGE_MEMBER (&dosage, which));
      gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
      name_widget (spin, _(which->title));
      g_object_set_data (G_OBJECT (spin), "rb-item-row", row);
      g_object_set_data (G_OBJECT (spin), "rb-dosage-spin", (gpointer) which);
      g_signal_connect_object (spin, "value-changed", G_CALLBACK (dosage_spin_changed_cb), self, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (spin_row), spin);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (spin_row), spin);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), spin_row);
    }

  note_row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (note_row), _("Note"));
  gtk_editable_set_text (GTK_EDITABLE (note_row), note != NULL ? note : "");
  g_object_set_data (G_OBJECT (note_row), "rb-item-row", row);
  g_signal_connect_object (note_row, "changed", G_CALLBACK (note_changed_cb), self, 0);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), note_row);
}

static GdkContentProvider *
drag_prepare_cb (GtkDragSource *source,
                 double         x,
                 double         y,
                 GtkWidget     *row)
{
  g_autofree char *where = g_strdup_printf ("%u:%u",
                                            GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "rb-session")),
                                            GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "rb-item")));

  return gdk_content_provider_new_typed (G_TYPE_STRING, where);
}

static gboolean
drop_cb (GtkDropTarget   *target,
         const GValue    *value,
         double           x,
         double           y,
         RbProgramEditor *self)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));
  guint session = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "rb-session"));
  guint to = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "rb-item"));
  guint from_session, from;

  if (sscanf (g_value_get_string (value), "%u:%u", &from_session, &from) != 2 ||
      from_session != session || from >= rb_program_builder_get_n_items (self->builder, session))
    return FALSE;

  rb_program_builder_move_item (self->builder, session, from, to);
  self->focus_session = session;
  self->focus_item = to;
  rebuild (self);
  return TRUE;
}

static void
add_shortcut (GtkShortcutController *controller,
              guint                  key,
              const char            *action,
              GVariant              *arguments)
{
  GtkShortcut *shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (key, GDK_ALT_MASK),
                                            gtk_named_action_new (action));

  gtk_shortcut_set_arguments (shortcut, arguments);
  gtk_shortcut_controller_add_shortcut (controller, shortcut);
}

static GtkWidget *
create_item_row (RbProgramEditor *self,
                 guint            session,
                 guint            item)
{
  guint n_items = rb_program_builder_get_n_items (self->builder, session);
  const char *id = rb_program_builder_get_item_exercise_id (self->builder, session, item);
  const char *name = exercise_name (self, id);
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *handle = gtk_image_new_from_icon_name ("list-drag-handle-symbolic");
  GtkDragSource *source = gtk_drag_source_new ();
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_STRING, GDK_ACTION_MOVE);
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();
  GtkWidget *up, *down, *remove;
  g_autofree char *up_name = NULL, *down_name = NULL, *remove_name = NULL;

  g_object_set_data (G_OBJECT (row), "rb-session", GUINT_TO_POINTER (session));
  g_object_set_data (G_OBJECT (row), "rb-item", GUINT_TO_POINTER (item));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  name_widget (row, name);
  adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row), handle);

  /* Translators: buttons of one exercise in the editor, e.g. "Move Squat Up" */
  up_name = g_strdup_printf (_("Move %s Up"), name);
  down_name = g_strdup_printf (_("Move %s Down"), name);
  remove_name = g_strdup_printf (_("Remove %s"), name);
  up = icon_button ("go-up-symbolic", up_name, "editor.move-item-up", g_variant_new ("(uu)", session, item));
  down = icon_button ("go-down-symbolic", down_name, "editor.move-item-down", g_variant_new ("(uu)", session, item));
  remove = icon_button ("user-trash-symbolic", remove_name, "editor.remove-item", g_variant_new ("(uu)", session, item));
  /* An action keeps its buttons sensitive: the ends have none. */
  if (item == 0)
    {
      gtk_actionable_set_action_name (GTK_ACTIONABLE (up), NULL);
      gtk_widget_set_sensitive (up, FALSE);
    }
  if (item + 1 >= n_items)
    {
      gtk_actionable_set_action_name (GTK_ACTIONABLE (down), NULL);
      gtk_widget_set_sensitive (down, FALSE);
    }
  gtk_widget_set_name (up, "rb-move-up");
  gtk_widget_set_name (down, "rb-move-down");
  gtk_widget_set_name (remove, "rb-remove-item");
  /* Each action goes before the ones added earlier. */
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), remove);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), down);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), up);

  if (rb_program_builder_get_item_kind (self->builder, session, item) == RB_SESSION_ITEM_EXERCISE)
    {
      RbDosage dosage = effective_dosage (self, session, item);
      g_autofree char *description = rb_dosage_describe (&dosage);

      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), description);
      add_dosage_rows (self, row, session, item);
    }
  else
    adw_expander_row_set_enable_expansion (ADW_EXPANDER_ROW (row), FALSE);

  /* Reordered by dragging the row, or from the keyboard with Alt+Up/Down. */
  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (drag_prepare_cb), row);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (source));
  g_signal_connect_object (target, "drop", G_CALLBACK (drop_cb), self, 0);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (target));
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (shortcuts), GTK_SHORTCUT_SCOPE_LOCAL);
  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
  add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), GDK_KEY_Up, "editor.move-item-up",
                g_variant_new ("(uu)", session, item));
  add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), GDK_KEY_Down, "editor.move-item-down",
                g_variant_new ("(uu)", session, item));
  gtk_widget_add_controller (row, shortcuts);

  return row;
}

static void
exercise_activated_cb (GtkListBox      *list,
                       GtkListBoxRow   *row,
                       RbProgramEditor *self)
{
  guint session = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (list), "rb-session"));
  const char *id = g_object_get_data (G_OBJECT (row), "rb-exercise-id");
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (list), GTK_TYPE_POPOVER);

  if (popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (popover));
  self->focus_session = session;
  self->focus_item = rb_program_builder_add_exercise (self->builder, session, id);
  rebuild (self);
}

static gboolean
filter_exercise_cb (GtkListBoxRow *row,
                    gpointer       data)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (data));
  const char *name = g_object_get_data (G_OBJECT (row), "rb-exercise-name");
  g_autofree char *folded_text = g_utf8_casefold (text, -1);
  g_autofree char *folded_name = g_utf8_casefold (name, -1);

  return strstr (folded_name, folded_text) != NULL;
}

/* Return in the picker's search adds the first exercise it shows. The
 * filter follows the text only after the search's delay: typed quickly,
 * Return would add what the list showed before. */
static void
search_activate_cb (GtkSearchEntry *search,
                    GtkListBox     *list)
{
  gtk_list_box_invalidate_filter (list);
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      if (GTK_IS_LIST_BOX_ROW (row) && gtk_widget_get_child_visible (row))
        {
          g_signal_emit_by_name (list, "row-activated", row);
          return;
        }
    }
}

/* A searchable list of the library's exercises, to add to @session. */
static GtkWidget *
create_exercise_picker (RbProgramEditor *self,
                        guint            session)
{
  GListModel *exercises = rb_library_get_exercises (self->library);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *search = gtk_search_entry_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *button = gtk_menu_button_new ();

  name_widget (search, _("Search Exercises"));
  name_widget (list, _("Exercises"));
  gtk_widget_set_name (list, "rb-exercise-picker");
  g_object_set_data (G_OBJECT (list), "rb-session", GUINT_TO_POINTER (session));
  for (guint i = 0; i < g_list_model_get_n_items (exercises); i++)
    {
      g_autoptr(RbExercise) exercise = g_list_model_get_item (exercises, i);
      GtkWidget *label = gtk_label_new (rb_exercise_get_name (exercise));
      GtkWidget *row = gtk_list_box_row_new ();

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_set_margin_top (label, 6);
      gtk_widget_set_margin_bottom (label, 6);
      gtk_widget_set_margin_start (label, 6);
      gtk_widget_set_margin_end (label, 6);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
      g_object_set_data_full (G_OBJECT (row), "rb-exercise-id", g_strdup (rb_exercise_get_id (exercise)), g_free);
      g_object_set_data_full (G_OBJECT (row), "rb-exercise-name", g_strdup (rb_exercise_get_name (exercise)), g_free);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }

  gtk_list_box_set_filter_func (GTK_LIST_BOX (list), filter_exercise_cb, search, NULL);
  g_signal_connect_swapped (search, "search-changed", G_CALLBACK (gtk_list_box_invalidate_filter), list);
  g_signal_connect_object (list, "row-activated", G_CALLBACK (exercise_activated_cb), self, 0);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 280);
  gtk_scrolled_window_set_min_content_width (GTK_SCROLLED_WINDOW (scrolled), 260);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  gtk_box_append (GTK_BOX (box), search);
  gtk_box_append (GTK_BOX (box), scrolled);
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  /* No default widget: the popover would take Return from the focused
   * row to activate it. The search comes first and takes the focus, and
   * Return in it adds the first exercise it finds. */
  g_signal_connect_object (search, "activate", G_CALLBACK (search_activate_cb), list, 0);

  gtk_menu_button_set_label (GTK_MENU_BUTTON (button), _("Add _Exercise…"));
  gtk_menu_button_set_use_underline (GTK_MENU_BUTTON (button), TRUE);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_widget_set_name (button, "rb-add-exercise");
  name_widget (button, _("Add Exercise"));
  for (GtkWidget *child = gtk_widget_get_first_child (button); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_TOGGLE_BUTTON (child))
      name_widget (child, _("Add Exercise"));

  return button;
}

static void
session_title_changed_cb (GtkEditable     *editable,
                          RbProgramEditor *self)
{
  rb_program_builder_set_session_title (self->builder,
                                        GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (editable), "rb-session")),
                                        gtk_editable_get_text (editable));
}

static void
weekdays_changed_cb (RbWeekdayPicker *picker,
                     GParamSpec      *pspec,
                     RbProgramEditor *self)
{
  rb_program_builder_set_session_weekdays (self->builder,
                                           GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (picker), "rb-session")),
                                           rb_weekday_picker_get_weekdays (picker));
}

static GtkWidget *
create_session_group (RbProgramEditor *self,
                      guint            session)
{
  const char *title = rb_program_builder_get_session_title (self->builder, session);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *title_row = adw_entry_row_new ();
  GtkWidget *days_row = gtk_list_box_row_new ();
  GtkWidget *picker;
  GtkWidget *remove;
  /* One above the other: side by side, the German buttons need 358 px. */
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  g_autofree char *remove_name = NULL;

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  name_widget (list, title);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (title_row), _("Session Title"));
  gtk_editable_set_text (GTK_EDITABLE (title_row), title);
  g_object_set_data (G_OBJECT (title_row), "rb-session", GUINT_TO_POINTER (session));
  g_signal_connect_object (title_row, "changed", G_CALLBACK (session_title_changed_cb), self, 0);
  gtk_list_box_append (GTK_LIST_BOX (list), title_row);

  picker = rb_weekday_picker_new (_("Days"), rb_program_builder_get_session_weekdays (self->builder, session));
  g_object_set_data (G_OBJECT (picker), "rb-session", GUINT_TO_POINTER (session));
  g_signal_connect_object (picker, "notify::weekdays", G_CALLBACK (weekdays_changed_cb), self, 0);
  gtk_widget_set_margin_top (picker, 6);
  gtk_widget_set_margin_bottom (picker, 6);
  gtk_widget_set_halign (picker, GTK_ALIGN_CENTER);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (days_row), FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (days_row), picker);
  gtk_list_box_append (GTK_LIST_BOX (list), days_row);

  for (guint i = 0; i < rb_program_builder_get_n_items (self->builder, session); i++)
    gtk_list_box_append (GTK_LIST_BOX (list), create_item_row (self, session, i));

  gtk_box_append (GTK_BOX (box), list);

  /* Translators: e.g. "Remove Strength A" */
  remove_name = g_strdup_printf (_("Remove %s"), title);
  remove = gtk_button_new_with_mnemonic (_("_Remove Session"));
  name_widget (remove, remove_name);
  gtk_widget_add_css_class (remove, "destructive-action");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "editor.remove-session");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "u", session);
  gtk_box_append (GTK_BOX (buttons), create_exercise_picker (self, session));
  gtk_widget_set_halign (remove, GTK_ALIGN_END);
  gtk_box_append (GTK_BOX (buttons), remove);
  gtk_box_append (GTK_BOX (box), buttons);

  return box;
}

/* Gives the focus to the target, or to the first child that takes it: an
 * expander row cannot take the focus itself, its header does. */
static gboolean
grab_focus_cb (gpointer data)
{
  RbProgramEditor *self = data;
  g_autoptr(GtkWidget) target = g_steal_pointer (&self->focus_target);

  self->focus_source = 0;
  if (!gtk_widget_grab_focus (target))
    gtk_widget_child_focus (target, GTK_DIR_TAB_FORWARD);

  return G_SOURCE_REMOVE;
}

/* Focus follows a moved or added row, once it is on screen, or stays
 * among the sessions when the row it was on is gone (an undo, a
 * removal): never on a widget no longer shown. */
static void
queue_focus (RbProgramEditor *self,
             GtkWidget       *widget)
{
  g_clear_handle_id (&self->focus_source, g_source_remove);
  g_set_object (&self->focus_target, widget);
  /* Removed in dispose, so the editor outlives it. */
  self->focus_source = g_idle_add_full (G_PRIORITY_LOW, grab_focus_cb, self, NULL);
}

/* The sessions and items are drawn again after each change of their
 * structure; text and dosage edits change the builder in place. */
static void
rebuild (RbProgramEditor *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  gboolean had_focus = focus != NULL && gtk_widget_is_ancestor (focus, self->sessions_box);
  GtkWidget *child;

  /* GTK 4.8 can leave the focus on a removed widget, where keys go nowhere. */
  if (had_focus)
    gtk_root_set_focus (root, NULL);
  while ((child = gtk_widget_get_first_child (self->sessions_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->sessions_box), child);

  for (guint s = 0; s < rb_program_builder_get_n_sessions (self->builder); s++)
    {
      GtkWidget *group = create_session_group (self, s);

      gtk_box_append (GTK_BOX (self->sessions_box), group);
      if ((int) s == self->focus_session)
        {
          GtkWidget *list = gtk_widget_get_first_child (group);
          /* The title and days rows come first. */
          GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), self->focus_item + 2);

          if (row != NULL)
            {
              queue_focus (self, GTK_WIDGET (row));
              had_focus = FALSE;
            }
        }
    }

  if (had_focus)
    queue_focus (self, self->sessions_box);
  self->focus_session = -1;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.undo", rb_program_builder_can_undo (self->builder));
}

static void
toast_undo_cb (RbProgramEditor *self)
{
  if (rb_program_builder_undo (self->builder))
    rebuild (self);
}

static void
show_undo_toast (RbProgramEditor *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autofree char *escaped = g_markup_escape_text (rb_program_builder_get_undo_label (self->builder), -1);
  AdwToast *toast;

  if (!RB_IS_WINDOW (root))
    return;

  toast = adw_toast_new (escaped);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (toast_undo_cb), self, G_CONNECT_SWAPPED);
  rb_window_add_toast (RB_WINDOW (root), toast);
}

static void
move_item_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  RbProgramEditor *self = RB_PROGRAM_EDITOR (widget);
  gboolean up = g_str_equal (action_name, "editor.move-item-up");
  guint session, item, n;

  g_variant_get (parameter, "(uu)", &session, &item);
  if (session >= rb_program_builder_get_n_sessions (self->builder))
    return;
  n = rb_program_builder_get_n_items (self->builder, session);
  if (item >= n || (up && item == 0) || (!up && item + 1 >= n))
    return;

  rb_program_builder_move_item (self->builder, session, item, up ? item - 1 : item + 1);
  self->focus_session = session;
  self->focus_item = up ? item - 1 : item + 1;
  rebuild (self);
}

static void
remove_item_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  RbProgramEditor *self = RB_PROGRAM_EDITOR (widget);
  g_autofree char *label = NULL;
  guint session, item;

  g_variant_get (parameter, "(uu)", &session, &item);
  if (session >= rb_program_builder_get_n_sessions (self->builder) ||
      item >= rb_program_builder_get_n_items (self->builder, session))
    return;

  rb_program_builder_remove_item (self->builder, session, item);
  rebuild (self);
  show_undo_toast (self);
}

static void
remove_session_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  RbProgramEditor *self = RB_PROGRAM_EDITOR (widget);
  guint session = g_variant_get_uint32 (parameter);

  if (session >= rb_program_builder_get_n_sessions (self->builder))
    return;

  rb_program_builder_remove_session (self->builder, session);
  rebuild (self);
  show_undo_toast (self);
}

static void
add_session_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  RbProgramEditor *self = RB_PROGRAM_EDITOR (widget);

  rb_program_builder_add_session (self->builder, _("New Session"));
  rebuild (self);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  toast_undo_cb (RB_PROGRAM_EDITOR (widget));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RbProgramEditor *self = RB_PROGRAM_EDITOR (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(RbProgram) program = NULL;
  g_autoptr(GError) error = NULL;

  program = rb_program_editor_save (self, &error);
  if (!RB_IS_WINDOW (root))
    return;

  if (program == NULL)
    {
      rb_window_report (RB_WINDOW (root), _("The program could not be saved"), error->message);
      return;
    }

  rb_window_pop_page (RB_WINDOW (root));
  gtk_widget_activate_action (GTK_WIDGET (root), "win.show-program", "s", rb_program_get_id (program));
}

static void
title_changed_cb (RbProgramEditor *self)
{
  rb_program_builder_set_title (self->builder, gtk_editable_get_text (GTK_EDITABLE (self->title_row)));
}

static void
summary_changed_cb (RbProgramEditor *self)
{
  rb_program_builder_set_summary (self->builder, gtk_editable_get_text (GTK_EDITABLE (self->summary_row)));
}

static void
audience_changed_cb (RbProgramEditor *self)
{
  rb_program_builder_set_audience (self->builder, gtk_editable_get_text (GTK_EDITABLE (self->audience_row)));
}

static void
rb_program_editor_dispose (GObject *object)
{
  RbProgramEditor *self = RB_PROGRAM_EDITOR (object);

  g_clear_handle_id (&self->focus_source, g_source_remove);
  g_clear_object (&self->focus_target);
  gtk_widget_dispose_template (GTK_WIDGET (self), RB_TYPE_PROGRAM_EDITOR);
  g_clear_object (&self->library);
  g_clear_object (&self->builder);

  G_OBJECT_CLASS (rb_program_editor_parent_class)->dispose (object);
}

static void
rb_program_editor_class_init (RbProgramEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rb_program_editor_dispose;

  g_type_ensure (RB_TYPE_WEEKDAY_PICKER);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/runback/Runback/rb-program-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, RbProgramEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, RbProgramEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, RbProgramEditor, summary_row);
  gtk_widget_class_bind_template_child (widget_class, RbProgramEditor, audience_row);
  gtk_widget_class_bind_template_child (widget_class, RbProgramEditor, sessions_box);
  gtk_widget_class_bind_template_callback (widget_class, title_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, summary_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, audience_changed_cb);

  gtk_widget_class_install_action (widget_class, "editor.move-item-up", "(uu)", move_item_action);
  gtk_widget_class_install_action (widget_class, "editor.move-item-down", "(uu)", move_item_action);
  gtk_widget_class_install_action (widget_class, "editor.remove-item", "(uu)", remove_item_action);
  gtk_widget_class_install_action (widget_class, "editor.remove-session", "u", remove_session_action);
  gtk_widget_class_install_action (widget_class, "editor.add-session", NULL, add_session_action);
  gtk_widget_class_install_action (widget_class, "editor.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "editor.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
}

static void
rb_program_editor_init (RbProgramEditor *self)
{
  self->focus_session = -1;
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * rb_program_editor_new:
 * @library: a loaded library, for the exercises and to save to
 * @builder: the program to edit
 * @replacing: whether saving replaces the user's program with the
 *   builder's id (else it adds a new one)
 *
 * Returns: (transfer floating): the editor page, to push on the window
 */
GtkWidget *
rb_program_editor_new (RbLibrary        *library,
                       RbProgramBuilder *builder,
                       gboolean          replacing)
{
  RbProgramEditor *self;

  g_return_val_if_fail (RB_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (RB_IS_PROGRAM_BUILDER (builder), NULL);

  self = g_object_new (RB_TYPE_PROGRAM_EDITOR, NULL);
  self->library = g_object_ref (library);
  self->builder = g_object_ref (builder);
  self->replacing = replacing;

  adw_window_title_set_title (self->window_title, replacing ? _("Edit Program") : _("New Program"));
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), rb_program_builder_get_title (builder));
  gtk_editable_set_text (GTK_EDITABLE (self->summary_row), rb_program_builder_get_summary (builder));
  gtk_editable_set_text (GTK_EDITABLE (self->audience_row), rb_program_builder_get_audience (builder));
  rebuild (self);

  return GTK_WIDGET (self);
}

RbProgramBuilder *
rb_program_editor_get_builder (RbProgramEditor *self)
{
  g_return_val_if_fail (RB_IS_PROGRAM_EDITOR (self), NULL);
  return self->builder;
}

/**
 * rb_program_editor_save:
 * @self: a #RbProgramEditor
 * @error: return location for a #GError
 *
 * Builds the program, checked as a loaded one, and saves it as the
 * user's: nothing is written when a check fails.
 *
 * Returns: (transfer full): the saved program, or %NULL
 */
RbProgram *
rb_program_editor_save (RbProgramEditor  *self,
                        GError          **error)
{
  g_autoptr(RbProgram) program = NULL;
  gboolean saved;

  g_return_val_if_fail (RB_IS_PROGRAM_EDITOR (self), NULL);

  program = rb_program_builder_build (self->builder, self->library, error);
  if (program == NULL)
    return NULL;

  saved = self->replacing ? rb_library_replace_program (self->library, program, error)
                          : rb_library_add_program (self->library, program, error);
  if (!saved)
    return NULL;

  /* Saved once: saving again replaces it. */
  self->replacing = TRUE;
  return g_steal_pointer (&program);
}
