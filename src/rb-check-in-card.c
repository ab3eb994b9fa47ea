/* rb-check-in-card.c: "How is your knee this morning?" on Today.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rb-check-in-card.h"
#include "rb-pain-scale.h"
#include "rb-text.h"

/* The card only collects the answers and says when the user saves them
 * (::save); the Today view writes the entry. Pain starts "not rated", so
 * that an untouched scale never records "no pain". */

struct _RbCheckInCard
{
  GtkBox           parent_instance;

  RbPainScale     *pain;
  GtkSwitch       *swelling;
  GtkToggleButton *stiffness[3];   /* by RbCheckInStiffness */
};

G_DEFINE_FINAL_TYPE (RbCheckInCard, rb_check_in_card, GTK_TYPE_BOX)

enum { SAVE, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
save_clicked_cb (RbCheckInCard *self)
{
  g_signal_emit (self, signals[SAVE], 0);
}

static GtkWidget *
create_pain_row (RbCheckInCard *self)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *label = gtk_label_new (_("Pain"));

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  self->pain = g_object_new (RB_TYPE_PAIN_SCALE, NULL);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->pain));
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  return row;
}

static GtkWidget *
create_swelling_row (RbCheckInCard *self)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Swelling"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("The knee looks or feels puffy"));
  self->swelling = GTK_SWITCH (gtk_switch_new ());
  gtk_widget_set_valign (GTK_WIDGET (self->swelling), GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->swelling), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Swelling"), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (self->swelling));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), GTK_WIDGET (self->swelling));

  return row;
}

/* Three plain answers: rb_check_in_stiffness_to_value() gives the number. */
static GtkWidget *
create_stiffness_row (RbCheckInCard *self)
{
  const char *labels[] = { N_("None"), N_("Some"), N_("A lot") };
  const char *names[] = { N_("No stiffness"), N_("Some stiffness"), N_("A lot of stiffness") };
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Stiffness"));
  gtk_widget_add_css_class (box, "linked");
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Stiffness"), -1);

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      GtkWidget *toggle = gtk_toggle_button_new_with_label (_(labels[i]));

      gtk_accessible_update_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL, _(names[i]), -1);
      if (i > 0)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (toggle), self->stiffness[0]);
      self->stiffness[i] = GTK_TOGGLE_BUTTON (toggle);
      gtk_box_append (GTK_BOX (box), toggle);
    }
  gtk_toggle_button_set_active (self->stiffness[0], TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), box);

  return row;
}

static void
rb_check_in_card_class_init (RbCheckInCardClass *klass)
{
  /**
   * RbCheckInCard::save:
   *
   * The user asked to save the check-in.
   */
  signals[SAVE] = g_signal_new ("save", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                G_TYPE_NONE, 0);
}

static void
rb_check_in_card_init (RbCheckInCard *self)
{
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *save = gtk_button_new_with_mnemonic (_("_Save Check-In"));
  const char *heading = _("How is your knee this morning?");

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 6);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self), 18);

  gtk_box_append (GTK_BOX (self), rb_text_heading_new (heading));
  gtk_box_append (GTK_BOX (self),
                  rb_text_label_new (_("You ran yesterday. How the knee feels the morning after decides "
                                       "your next run."), "dim-label"));

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, heading, -1);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_widget_set_margin_top (list, 6);
  gtk_list_box_append (GTK_LIST_BOX (list), create_pain_row (self));
  gtk_list_box_append (GTK_LIST_BOX (list), create_swelling_row (self));
  gtk_list_box_append (GTK_LIST_BOX (list), create_stiffness_row (self));
  gtk_box_append (GTK_BOX (self), list);

  gtk_widget_set_halign (save, GTK_ALIGN_END);
  gtk_widget_set_margin_top (save, 6);
  gtk_widget_add_css_class (save, "pill");
  gtk_widget_add_css_class (save, "suggested-action");
  gtk_accessible_update_property (GTK_ACCESSIBLE (save), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Save Check-In"), -1);
  g_signal_connect_swapped (save, "clicked", G_CALLBACK (save_clicked_cb), self);
  gtk_box_append (GTK_BOX (self), save);
}

/**
 * rb_check_in_card_new:
 *
 * Returns: (transfer floating): a card asking how the knee is
 */
GtkWidget *
rb_check_in_card_new (void)
{
  return g_object_new (RB_TYPE_CHECK_IN_CARD, NULL);
}

/**
 * rb_check_in_card_get_pain:
 * @self: a #RbCheckInCard
 *
 * Returns: the pain 0–10, or %RB_JOURNAL_PAIN_NONE when not rated
 */
int
rb_check_in_card_get_pain (RbCheckInCard *self)
{
  g_return_val_if_fail (RB_IS_CHECK_IN_CARD (self), RB_JOURNAL_PAIN_NONE);

  return rb_pain_scale_get_value (self->pain);
}

gboolean
rb_check_in_card_get_swelling (RbCheckInCard *self)
{
  g_return_val_if_fail (RB_IS_CHECK_IN_CARD (self), FALSE);

  return gtk_switch_get_active (self->swelling);
}

RbCheckInStiffness
rb_check_in_card_get_stiffness (RbCheckInCard *self)
{
  g_return_val_if_fail (RB_IS_CHECK_IN_CARD (self), RB_CHECK_IN_STIFFNESS_NONE);

  for (guint i = 0; i < G_N_ELEMENTS (self->stiffness); i++)
    if (gtk_toggle_button_get_active (self->stiffness[i]))
      return (RbCheckInStiffness) i;

  return RB_CHECK_IN_STIFFNESS_NONE;
}

void
rb_check_in_card_set_stiffness (RbCheckInCard      *self,
                                RbCheckInStiffness  stiffness)
{
  g_return_if_fail (RB_IS_CHECK_IN_CARD (self));
  g_return_if_fail (stiffness <= RB_CHECK_IN_STIFFNESS_A_LOT);

  gtk_toggle_button_set_active (self->stiffness[stiffness], TRUE);
}

/**
 * rb_check_in_card_reset:
 * @self: a #RbCheckInCard
 *
 * Back to no answers, for the next morning.
 */
void
rb_check_in_card_reset (RbCheckInCard *self)
{
  g_return_if_fail (RB_IS_CHECK_IN_CARD (self));

  rb_pain_scale_set_value (self->pain, RB_JOURNAL_PAIN_NONE);
  gtk_switch_set_active (self->swelling, FALSE);
  rb_check_in_card_set_stiffness (self, RB_CHECK_IN_STIFFNESS_NONE);
}
