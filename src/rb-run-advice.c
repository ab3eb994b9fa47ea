/* rb-run-advice.c: a progression's decision, shown on Today and the plan
 * page.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rb-run-advice.h"
#include "rb-text.h"
#include "rb-today.h"

/**
 * rb_run_advice_new_reason:
 * @decision: a decision of rb_plan_decide_run()
 *
 * Returns: (transfer floating): the reason in a sentence, and the rule's
 *   source under it in small print
 */
GtkWidget *
rb_run_advice_new_reason (const RbProgressionDecision *decision)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);

  g_return_val_if_fail (decision != NULL, NULL);

  gtk_box_append (GTK_BOX (box), rb_text_label_new (decision->reason, NULL));
  if (decision->source != NULL)
    {
      g_autofree char *source = NULL;
      GtkWidget *label;

      /* Translators: where a rule comes from, in small print */
      source = g_strdup_printf (_("Rule: %s"), decision->source);
      label = rb_text_label_new (source, "caption");
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (box), label);
    }

  return box;
}

/**
 * rb_run_advice_new_banner:
 * @decision: a decision of rb_plan_decide_run()
 *
 * Returns: (transfer floating) (nullable): a banner advising a doctor or
 *   physiotherapist, with a button to follow the acute-care program when
 *   the decision offers it; %NULL when the decision asks for neither
 */
GtkWidget *
rb_run_advice_new_banner (const RbProgressionDecision *decision)
{
  GtkWidget *box, *text, *icon, *title;

  g_return_val_if_fail (decision != NULL, NULL);

  if (!decision->see_professional && !decision->offer_acute_care)
    return NULL;

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_add_css_class (box, "card");
  gtk_widget_add_css_class (box, "run-advice-banner");
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Advice about your knee"), -1);

  icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_widget_add_css_class (icon, "warning");
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Warning"), -1);
  gtk_box_append (GTK_BOX (box), icon);

  text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_hexpand (text, TRUE);
  title = rb_text_label_new (_("See a doctor or physiotherapist before you run again"), "heading");
  gtk_box_append (GTK_BOX (text), title);
  gtk_box_append (GTK_BOX (text), rb_text_label_new (decision->reason, NULL));
  gtk_box_append (GTK_BOX (text),
                  rb_text_label_new (_("Swelling or strong pain after a run means the knee needs rest and a "
                                       "professional’s look, not more running."), "dim-label"));

  if (decision->offer_acute_care)
    {
      GtkWidget *button = gtk_button_new_with_mnemonic (_("Follow _Acute Care"));

      gtk_widget_set_halign (button, GTK_ALIGN_START);
      gtk_widget_set_margin_top (button, 6);
      gtk_widget_add_css_class (button, "pill");
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Follow Acute Care"), -1);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.follow-program");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", RB_TODAY_ICE_PROGRAM);
      gtk_box_append (GTK_BOX (text), button);
    }

  gtk_box_append (GTK_BOX (box), text);

  return box;
}
