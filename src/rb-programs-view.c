/* rb-programs-view.c: the programs and the exercise library.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rb-a11y.h"

#include <glib/gi18n.h>

#include "rb-exercise-page.h"
#include "rb-program-page.h"
#include "rb-programs-view.h"
#include "rb-library-gate.h"

struct _RbProgramsView
{
  GtkWidget           parent_instance;

  RbLibrary          *library;
  GtkFilterListModel *filtered;
  GtkSliceListModel  *first_rows;    /* the list, a screenful at first */
  gulong              after_paint_id;
  GtkCustomFilter    *filter;
  GStrv               search_words;  /* split and casefolded once a search */

  RbLibraryGate      *gate;
  GtkToggleButton    *exercises_toggle;
  GtkStack           *section_stack;
  GtkListBox         *programs_list;
  GtkSearchEntry     *search_entry;
  GtkDropDown        *category_dropdown;
  GtkDropDown        *equipment_dropdown;
  GtkStack           *exercises_stack;
  GtkListView        *exercises_view;
};

G_DEFINE_FINAL_TYPE (RbProgramsView, rb_programs_view, GTK_TYPE_WIDGET)

static char *
describe_schedule (RbProgram *program)
{
  guint weeks = rb_program_get_total_weeks (program);
  guint per_week = rb_program_get_max_sessions_per_week (program);
  g_autofree char *weeks_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u week", "%u weeks", weeks), weeks);
  g_autofree char *per_week_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "up to %u session a week",
                                                                 "up to %u sessions a week", per_week), per_week);

  /* Translators: e.g. "6 weeks · up to 3 sessions a week" */
  return g_strdup_printf (_("%s · %s"), weeks_text, per_week_text);
}

static GtkWidget *
create_program_row (gpointer item,
                    gpointer user_data)
{
  RbProgram *program = item;
  g_autofree char *schedule = describe_schedule (program);
  g_autofree char *subtitle = g_strdup_printf ("%s\n%s", rb_program_get_summary (program), schedule);
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), rb_program_get_title (program));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show-program");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", rb_program_get_id (program));

  return row;
}

static void
exercise_activated_cb (RbProgramsView *self,
                       guint           position)
{
  g_autoptr(RbExercise) exercise = g_list_model_get_item (G_LIST_MODEL (self->filtered), position);

  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-exercise", "s", rb_exercise_get_id (exercise));
}

static void
section_toggled_cb (RbProgramsView *self)
{
  gtk_stack_set_visible_child_name (self->section_stack,
                                    gtk_toggle_button_get_active (self->exercises_toggle)
                                    ? "exercises" : "programs");
}

/* Position 0 of each drop-down means "all". */
static gboolean
filter_exercise (gpointer item,
                 gpointer user_data)
{
  RbProgramsView *self = user_data;
  guint category = gtk_drop_down_get_selected (self->category_dropdown);
  guint equipment = gtk_drop_down_get_selected (self->equipment_dropdown);

  return rb_exercise_matches_words (item,
                                    (const char * const *) self->search_words,
                                    category > 0 && category != GTK_INVALID_LIST_POSITION ? (int) category - 1 : -1,
                                    equipment > 0 && equipment != GTK_INVALID_LIST_POSITION
                                    ? rb_equipment_get_all ()[equipment - 1] : NULL);
}

static void
update_empty (RbProgramsView *self)
{
  gboolean empty = g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) == 0;

  gtk_stack_set_visible_child_name (self->exercises_stack, empty ? "empty" : "list");
}

static void show_first_rows (RbProgramsView *self);

/* The search as typed so far counts too, as it did when the filter read
 * the entry for each exercise, even before the entry's delay is over. */
static void
filter_changed_cb (RbProgramsView *self)
{
  g_strfreev (self->search_words);
  self->search_words = rb_search_words_new (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  show_first_rows (self);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

/* A letter typed at the end of the search only narrows it: the list then
 * refilters the exercises it shows, not the whole library; one taken away
 * only widens it, and the list keeps what it shows.
 */
static void
search_changed_cb (RbProgramsView *self)
{
  g_auto(GStrv) old_words = g_steal_pointer (&self->search_words);
  const char * const *old = (const char * const *) old_words;
  const char * const *new;
  GtkFilterChange change = GTK_FILTER_CHANGE_DIFFERENT;

  self->search_words = rb_search_words_new (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  new = (const char * const *) self->search_words;

  if (g_strv_equal (old, new))
    return;
  if (rb_search_words_narrow (new, old))
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (rb_search_words_narrow (old, new))
    change = GTK_FILTER_CHANGE_LESS_STRICT;

  show_first_rows (self);
  gtk_filter_changed (GTK_FILTER (self->filter), change);
}

/* GTK 4.8's list view keeps a row for up to 200 items around the one
 * shown at the top: given the whole library at once, or a search that
 * changes most of what it shows, it stalls making and measuring 200
 * rows. It gets a screenful first (30 rows of some 50 px), then more at
 * each frame that has laid out the rows it has, and everything once it
 * has enough for GTK to stop making rows. A new search or filter starts
 * again from a screenful, at the top: its first frame shows its first
 * matches, and the rows below the fold follow.
 */
#define FIRST_ROWS 30
#define ENOUGH_ROWS 250

/* Rows below the fold may never be laid out: the first one is. */
static gboolean
rows_laid_out (RbProgramsView *self)
{
  GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->exercises_view));

  return row != NULL && gtk_widget_get_height (row) > 0;
}

static void
after_paint_cb (RbProgramsView *self)
{
  guint size = gtk_slice_list_model_get_size (self->first_rows);

  if (!rows_laid_out (self))
    return;

  if (size < g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) && size + FIRST_ROWS < ENOUGH_ROWS)
    {
      gtk_slice_list_model_set_size (self->first_rows, size + FIRST_ROWS);
      return;
    }

  gtk_slice_list_model_set_size (self->first_rows, G_MAXUINT);
  g_clear_signal_handler (&self->after_paint_id, gtk_widget_get_frame_clock (GTK_WIDGET (self)));
}

/* Grows the list at each frame while it does not hold everything. */
static void
grow_at_each_frame (RbProgramsView *self)
{
  if (self->after_paint_id == 0 && gtk_widget_get_realized (GTK_WIDGET (self)) &&
      gtk_slice_list_model_get_size (self->first_rows) != G_MAXUINT)
    self->after_paint_id = g_signal_connect_swapped (gtk_widget_get_frame_clock (GTK_WIDGET (self)), "after-paint",
                                                     G_CALLBACK (after_paint_cb), self);
}

/* Starts the list again from a screenful. (The drop-downs change their
 * filter once before the list exists, as they get their models.) */
static void
show_first_rows (RbProgramsView *self)
{
  if (self->first_rows == NULL)
    return;

  gtk_slice_list_model_set_size (self->first_rows, FIRST_ROWS);
  grow_at_each_frame (self);
}

static void
rb_programs_view_realize (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (rb_programs_view_parent_class)->realize (widget);

  grow_at_each_frame (RB_PROGRAMS_VIEW (widget));
}

static void
rb_programs_view_unrealize (GtkWidget *widget)
{
  RbProgramsView *self = RB_PROGRAMS_VIEW (widget);

  g_clear_signal_handler (&self->after_paint_id, gtk_widget_get_frame_clock (widget));

  GTK_WIDGET_CLASS (rb_programs_view_parent_class)->unrealize (widget);
}

/* A row is one label, the exercise's name over its category and dosage:
 * GTK 4.8's list view makes and drops rows by the hundred when a search
 * changes most of the list, and one widget a row costs half what a box of
 * two labels did. The second line is drawn as the style sheet's caption
 * and dim-label classes would: 9 pt, at the opacity of dimmed text, which
 * is higher in the high-contrast style.
 */
#define DETAIL_SIZE 9
#define DETAIL_ALPHA 0.55
#define DETAIL_ALPHA_HIGH_CONTRAST 0.9

static void
setup_exercise_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_list_item_set_child (list_item, label);
}

static void
bind_exercise_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item)
{
  RbExercise *exercise = gtk_list_item_get_item (list_item);
  GtkWidget *label = gtk_list_item_get_child (list_item);
  const char *name = rb_exercise_get_name (exercise);
  const char *category = rb_category_get_label (rb_exercise_get_category (exercise));
  g_autofree char *dosage = rb_dosage_describe (rb_exercise_get_dosage (exercise));
  /* Translators: category and dosage, e.g. "Stretch · Hold 30 s · each side" */
  g_autofree char *detail = g_strdup_printf (_("%s · %s"), category, dosage);
  g_autofree char *text = g_strconcat (name, "\n", detail, NULL);
  g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();
  double alpha = adw_style_manager_get_high_contrast (adw_style_manager_get_default ())
                 ? DETAIL_ALPHA_HIGH_CONTRAST : DETAIL_ALPHA;
  guint detail_start = strlen (name) + 1;
  PangoAttribute *attr;

  attr = pango_attr_size_new (DETAIL_SIZE * PANGO_SCALE);
  attr->start_index = detail_start;
  pango_attr_list_insert (attrs, attr);
  attr = pango_attr_foreground_alpha_new ((guint16) (alpha * G_MAXUINT16));
  attr->start_index = detail_start;
  pango_attr_list_insert (attrs, attr);

  /* Plain text: names come from the user's files. */
  gtk_label_set_text (GTK_LABEL (label), text);
  gtk_label_set_attributes (GTK_LABEL (label), attrs);

  /* The row reads as the exercise and its category; GTK 4.8 names list
   * rows after nothing in them. */
  if (gtk_widget_get_parent (label) != NULL)
    {
      /* Translators: an exercise row for screen readers, e.g. "Squat, Strength" */
      g_autofree char *row_label = g_strdup_printf (_("%s, %s"), name, category);

      gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (label)),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, row_label, -1);
    }
}

/* Rows are made again when the style turns high-contrast or back, for
 * the opacity of their second line. */
static void
set_exercise_factory (RbProgramsView *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_exercise_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_exercise_cb), NULL);
  gtk_list_view_set_factory (self->exercises_view, factory);
}

/* A drop-down's own button is named after its class in GTK 4.8: it gets
 * the drop-down's name. */
static void
name_dropdown_button (GtkDropDown *dropdown,
                      const char  *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (dropdown));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_TOGGLE_BUTTON (child))
      gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static void
setup_filters (RbProgramsView *self)
{
  g_autoptr(GtkStringList) categories = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) equipment = gtk_string_list_new (NULL);
  const char * const *all_equipment = rb_equipment_get_all ();

  gtk_string_list_append (categories, _("All Categories"));
  for (guint i = 0; i < RB_N_CATEGORIES; i++)
    gtk_string_list_append (categories, rb_category_get_label (i));
  gtk_drop_down_set_model (self->category_dropdown, G_LIST_MODEL (categories));

  gtk_string_list_append (equipment, _("Any Equipment"));
  for (guint i = 0; all_equipment[i] != NULL; i++)
    gtk_string_list_append (equipment, rb_equipment_get_label (all_equipment[i]));
  gtk_drop_down_set_model (self->equipment_dropdown, G_LIST_MODEL (equipment));
}

static void
rb_programs_view_dispose (GObject *object)
{
  RbProgramsView *self = RB_PROGRAMS_VIEW (object);

  /* The filter reads the view: it must not run once the view is gone,
   * as it would when the library reloads while a list still holds it. */
  if (self->filter != NULL)
    gtk_custom_filter_set_filter_func (self->filter, NULL, NULL, NULL);
  if (self->filtered != NULL)
    gtk_filter_list_model_set_model (self->filtered, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), RB_TYPE_PROGRAMS_VIEW);
  g_clear_object (&self->first_rows);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->library);

  G_OBJECT_CLASS (rb_programs_view_parent_class)->dispose (object);
}

static void
rb_programs_view_finalize (GObject *object)
{
  RbProgramsView *self = RB_PROGRAMS_VIEW (object);

  g_clear_pointer (&self->search_words, g_strfreev);

  G_OBJECT_CLASS (rb_programs_view_parent_class)->finalize (object);
}

static void
rb_programs_view_class_init (RbProgramsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rb_programs_view_dispose;
  object_class->finalize = rb_programs_view_finalize;
  widget_class->realize = rb_programs_view_realize;
  widget_class->unrealize = rb_programs_view_unrealize;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  g_type_ensure (RB_TYPE_LIBRARY_GATE);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/runback/Runback/rb-programs-view.ui");
  gtk_widget_class_bind_template_child (widget_class, RbProgramsView, gate);
  gtk_widget_class_bind_template_child (widget_class, RbProgramsView, exercises_toggle);
  gtk_widget_class_bind_template_child (widget_class, RbProgramsView, section_stack);
  gtk_widget_class_bind_template_child (widget_class, RbProgramsView, programs_list);
  gtk_widget_class_bind_template_child (widget_class, RbProgramsView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, RbProgramsView, category_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RbProgramsView, equipment_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RbProgramsView, exercises_stack);
  gtk_widget_class_bind_template_child (widget_class, RbProgramsView, exercises_view);
  gtk_widget_class_bind_template_callback (widget_class, exercise_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, section_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
}

static void
rb_programs_view_init (RbProgramsView *self)
{
  /* The filter exists before the drop-downs get their models, which
   * notifies their selection.
   */
  self->search_words = rb_search_words_new (NULL);
  self->filter = gtk_custom_filter_new (filter_exercise, self, NULL);
  gtk_widget_init_template (GTK_WIDGET (self));
  rb_a11y_name_buttons_by_text (GTK_WIDGET (self));
  setup_filters (self);
  name_dropdown_button (self->category_dropdown, _("Category"));
  name_dropdown_button (self->equipment_dropdown, _("Equipment"));

  self->filtered = gtk_filter_list_model_new (NULL, g_object_ref (GTK_FILTER (self->filter)));
  g_signal_connect_object (self->filtered, "items-changed", G_CALLBACK (update_empty), self, G_CONNECT_SWAPPED);

  set_exercise_factory (self);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::high-contrast",
                           G_CALLBACK (set_exercise_factory), self, G_CONNECT_SWAPPED);
  self->first_rows = gtk_slice_list_model_new (g_object_ref (G_LIST_MODEL (self->filtered)), 0, FIRST_ROWS);
  gtk_list_view_set_model (self->exercises_view,
                           GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->first_rows)))));
}

/**
 * rb_programs_view_set_library:
 * @self: a #RbProgramsView
 * @library: the library, loaded or not
 *
 * Shows @library's programs and exercises; a spinner until it is loaded.
 */
void
rb_programs_view_set_library (RbProgramsView *self,
                              RbLibrary      *library)
{
  g_return_if_fail (RB_IS_PROGRAMS_VIEW (self));
  g_return_if_fail (RB_IS_LIBRARY (library));

  g_set_object (&self->library, library);
  gtk_list_box_bind_model (self->programs_list, rb_library_get_programs (library),
                           create_program_row, NULL, NULL);
  gtk_filter_list_model_set_model (self->filtered, rb_library_get_exercises (library));
  rb_library_gate_set_library (self->gate, library);
  update_empty (self);
}

/**
 * rb_programs_view_get_exercises:
 * @self: a #RbProgramsView
 *
 * Returns: (transfer none): the exercises shown, after search and filters
 */
GListModel *
rb_programs_view_get_exercises (RbProgramsView *self)
{
  g_return_val_if_fail (RB_IS_PROGRAMS_VIEW (self), NULL);

  return G_LIST_MODEL (self->filtered);
}

void
rb_programs_view_show_exercises (RbProgramsView *self)
{
  g_return_if_fail (RB_IS_PROGRAMS_VIEW (self));

  gtk_toggle_button_set_active (self->exercises_toggle, TRUE);
}
