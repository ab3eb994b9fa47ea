/* rb-text.c: plain-text blocks shared by the reading pages.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Text from content files never goes through markup: every label here is
 * plain, wraps, and can be selected for copying.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rb-text.h"

/**
 * rb_text_label_new:
 * @text: plain text
 * @css_class: (nullable): a style class, e.g. "title-1" or "dim-label"
 *
 * Returns: (transfer floating): a wrapping, selectable, start-aligned label
 *   that Tab passes by
 */
static GtkWidget *
create_label (const char        *text,
              const char        *css_class,
              GtkAccessibleRole  role)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "label", text,
                                   "accessible-role", role,
                                   NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  /* Selectable so that instructions can be copied with the pointer, but
   * not a Tab stop: a page of text would take a press of Tab a paragraph
   * before its buttons are reached, and a label does nothing. Not
   * focusable alone is not enough in GTK 4.8: Tab still enters the label,
   * which keeps it without taking the focus, and Tab goes no further. */
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_set_focusable (label, FALSE);
  gtk_widget_set_can_focus (label, FALSE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_halign (label, GTK_ALIGN_FILL);

  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

GtkWidget *
rb_text_label_new (const char *text,
                   const char *css_class)
{
  return create_label (text, css_class, GTK_ACCESSIBLE_ROLE_LABEL);
}

/**
 * rb_text_title_new:
 * @text: plain text
 *
 * Returns: (transfer floating): a large title, a heading for screen readers
 */
GtkWidget *
rb_text_title_new (const char *text)
{
  return create_label (text, "title-1", GTK_ACCESSIBLE_ROLE_HEADING);
}

GtkWidget *
rb_text_heading_new (const char *text)
{
  GtkWidget *label = create_label (text, "heading", GTK_ACCESSIBLE_ROLE_HEADING);

  gtk_widget_set_margin_top (label, 12);

  return label;
}

/**
 * rb_text_list_new:
 * @items: the items
 * @numbered: number the items (steps) instead of bulleting them
 * @name: what screen readers call the list, usually its heading
 *
 * Returns: (transfer floating): a list with hanging markers
 */
GtkWidget *
rb_text_list_new (const char * const *items,
                  gboolean            numbered,
                  const char         *name)
{
  GtkWidget *grid = g_object_new (GTK_TYPE_GRID,
                                  "accessible-role", GTK_ACCESSIBLE_ROLE_LIST,
                                  "row-spacing", 6,
                                  "column-spacing", 8,
                                  NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (grid), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);

  for (guint i = 0; items != NULL && items[i] != NULL; i++)
    {
      g_autofree char *marker = numbered ? g_strdup_printf ("%u.", i + 1) : g_strdup ("•");
      GtkWidget *marker_label = gtk_label_new (marker);

      gtk_label_set_xalign (GTK_LABEL (marker_label), 1);
      gtk_label_set_yalign (GTK_LABEL (marker_label), 0);
      gtk_widget_add_css_class (marker_label, numbered ? "numeric" : "dim-label");
      gtk_widget_set_valign (marker_label, GTK_ALIGN_START);

      gtk_grid_attach (GTK_GRID (grid), marker_label, 0, i, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), rb_text_label_new (items[i], NULL), 1, i, 1, 1);
    }

  return grid;
}

/**
 * rb_text_disclaimer_new:
 *
 * The one plain note that Runback's advice is not medical advice.
 *
 * Returns: (transfer floating): the note
 */
GtkWidget *
rb_text_disclaimer_new (void)
{
  GtkWidget *label = rb_text_label_new (_("Runback is not a medical device. This is general "
                                          "information, not medical advice: it does not replace "
                                          "a doctor or physiotherapist who knows your knee."),
                                        "dim-label");

  gtk_widget_add_css_class (label, "caption");
  gtk_widget_set_margin_top (label, 24);

  return label;
}
