/* rb-exercise-page.c: how to do one exercise.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rb-detail-page.h"
#include "rb-exercise-page.h"
#include "rb-figure-view.h"
#include "rb-text.h"

static char *
describe_kind (RbExercise *exercise)
{
  const char * const *equipment = rb_exercise_get_equipment (exercise);
  g_autoptr(GString) kind = g_string_new (rb_category_get_label (rb_exercise_get_category (exercise)));

  for (guint i = 0; equipment[i] != NULL; i++)
    {
      /* Translators: separates the category and the equipment, e.g. "Stretch · Wall" */
      g_string_append (kind, _(" · "));
      g_string_append (kind, rb_equipment_get_label (equipment[i]));
    }

  return g_string_free (g_steal_pointer (&kind), FALSE);
}

static void
append_list (RbDetailPage       *page,
             const char         *heading,
             const char * const *items,
             gboolean            numbered)
{
  if (items == NULL || items[0] == NULL)
    return;

  rb_detail_page_append (page, rb_text_heading_new (heading));
  rb_detail_page_append (page, rb_text_list_new (items, numbered, heading));
}

/* The figure moves at the exercise's tempo: one rep per repetition. */
static GtkWidget *
create_figure (RbExercise *exercise)
{
  const RbDosage *dosage = rb_exercise_get_dosage (exercise);
  guint rep_seconds = dosage->tempo_down + dosage->tempo_hold + dosage->tempo_up;
  GtkWidget *view = rb_figure_view_new (rb_exercise_get_figure (exercise),
                                        rep_seconds > 0 ? rep_seconds * 1000 : 4000);
  g_autofree char *label = g_strdup_printf (_("How to do the exercise “%s”"), rb_exercise_get_name (exercise));

  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_widget_set_margin_top (view, 12);
  gtk_widget_set_margin_bottom (view, 6);

  return view;
}

/**
 * rb_exercise_page_new:
 * @exercise: the exercise
 *
 * Returns: (transfer floating): a page with the exercise's dosage, steps,
 *   form cues and cautions, to push on the window
 */
GtkWidget *
rb_exercise_page_new (RbExercise *exercise)
{
  const RbDosage *dosage = rb_exercise_get_dosage (exercise);
  g_autofree char *kind = describe_kind (exercise);
  g_autofree char *dosage_text = rb_dosage_describe (dosage);
  RbDetailPage *page;
  GtkWidget *label;

  g_return_val_if_fail (RB_IS_EXERCISE (exercise), NULL);

  page = rb_detail_page_new (rb_exercise_get_name (exercise), G_OBJECT (exercise));
  rb_detail_page_add_title (page, rb_exercise_get_name (exercise), kind);

  label = rb_text_label_new (rb_exercise_get_summary (exercise), NULL);
  gtk_widget_set_margin_top (label, 6);
  rb_detail_page_append (page, label);

  label = rb_text_label_new (dosage_text, "title-4");
  gtk_widget_add_css_class (label, "accent");
  gtk_widget_set_margin_top (label, 6);
  rb_detail_page_append (page, label);

  if (rb_exercise_get_figure (exercise) != NULL)
    rb_detail_page_append (page, create_figure (exercise));

  if (dosage->editable_default)
    rb_detail_page_append (page, rb_text_label_new (_("The article “Dealing with Inner Knee Pain "
                                                      "from Running” gives no dosage for this "
                                                      "exercise. This one is a rule of thumb you "
                                                      "may adapt; Source, below, says where it "
                                                      "comes from."),
                                                    "dim-label"));

  append_list (page, _("Steps"), rb_exercise_get_steps (exercise), TRUE);
  append_list (page, _("Form Cues"), rb_exercise_get_cues (exercise), FALSE);
  append_list (page, _("Cautions"), rb_exercise_get_cautions (exercise), FALSE);

  if (rb_exercise_get_source (exercise) != NULL)
    {
      rb_detail_page_append (page, rb_text_heading_new (_("Source")));
      rb_detail_page_append (page, rb_text_label_new (rb_exercise_get_source (exercise), "dim-label"));
    }

  rb_detail_page_append (page, rb_text_disclaimer_new ());

  return GTK_WIDGET (page);
}
