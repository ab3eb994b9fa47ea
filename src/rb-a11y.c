/* rb-a11y.c: names that screen readers read once, and right.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK 4.8 gives a button with text both a "label" property (the raw
 * text, "_Start" with its mnemonic) and a labelled-by relation to its
 * label, and reads the two one after the other: "_Start Start". An
 * explicit label does no better ("Start Start"). The label child alone
 * gives the right name.
 */

#include "config.h"

#include "rb-a11y.h"

/**
 * rb_a11y_name_buttons_by_text:
 * @root: a widget
 *
 * Makes each button under @root with a text label named by that text
 * alone. Call it once the buttons have their labels.
 */
void
rb_a11y_name_buttons_by_text (GtkWidget *root)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_BUTTON (child) && GTK_IS_LABEL (gtk_button_get_child (GTK_BUTTON (child))))
        gtk_accessible_reset_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL);

      rb_a11y_name_buttons_by_text (child);
    }
}

/**
 * rb_a11y_button_new_with_name:
 * @text: the button's text, e.g. "Start"
 * @name: what screen readers read instead, e.g. "Start Strength A"
 *
 * Returns: (transfer floating): a button showing @text, named @name
 */
GtkWidget *
rb_a11y_button_new_with_name (const char *text,
                              const char *name)
{
  GtkWidget *button = gtk_button_new ();

  /* A label child of its own, so that GTK does not also name the button
   * after it. */
  gtk_button_set_child (GTK_BUTTON (button), gtk_label_new (text));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);

  return button;
}
