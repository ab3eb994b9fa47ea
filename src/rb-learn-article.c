/* rb-learn-article.c: one background article.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rb-detail-page.h"
#include "rb-exercise-page.h"
#include "rb-learn-article.h"
#include "rb-text.h"

static GtkWidget *
create_link_row (RbLearnPage *learn_page,
                 guint        section,
                 guint        block,
                 RbLibrary   *library)
{
  RbLearnLinkTarget target;
  const char *title = NULL;
  const char *id = rb_learn_page_get_link (learn_page, section, block, &target, &title);
  const char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();

  if (target == RB_LEARN_LINK_EXERCISE)
    {
      RbExercise *exercise = rb_library_lookup_exercise (library, id);

      if (exercise != NULL)
        {
          title = title ? title : rb_exercise_get_name (exercise);
          subtitle = rb_exercise_get_summary (exercise);
        }
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show-exercise");
    }
  else
    {
      RbLearnPage *linked = rb_library_lookup_learn_page (library, id);

      if (linked != NULL)
        {
          title = title ? title : rb_learn_page_get_title (linked);
          subtitle = rb_learn_page_get_summary (linked);
        }
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show-article");
    }

  /* Content is plain text, never markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title ? title : id);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  /* The window opens the target, as for every row. */
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", id);

  return row;
}

static GtkWidget *
create_link_list (void)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  /* Translators: the name of a list of links to other pages */
                                  _("See also"), -1);
  gtk_widget_set_margin_top (list, 6);
  gtk_widget_set_margin_bottom (list, 12);

  return list;
}

static void
append_section (RbDetailPage *page,
                RbLearnPage  *learn_page,
                guint         section,
                RbLibrary    *library)
{
  const char *heading = rb_learn_page_get_section_heading (learn_page, section);
  GtkWidget *links = NULL;

  if (heading != NULL)
    rb_detail_page_append (page, rb_text_heading_new (heading));

  for (guint b = 0; b < rb_learn_page_get_n_blocks (learn_page, section); b++)
    {
      const char *paragraph = NULL;
      const char * const *bullets = NULL;
      GtkWidget *block;

      switch (rb_learn_page_get_block (learn_page, section, b, &paragraph, &bullets))
        {
        case RB_LEARN_BLOCK_LINK:
          /* Links in a row share one boxed list. */
          if (links == NULL)
            rb_detail_page_append (page, links = create_link_list ());
          gtk_list_box_append (GTK_LIST_BOX (links), create_link_row (learn_page, section, b, library));
          continue;
        case RB_LEARN_BLOCK_PARAGRAPH:
          block = rb_text_label_new (paragraph, NULL);
          break;
        case RB_LEARN_BLOCK_BULLETS:
        default:
          block = rb_text_list_new (bullets, FALSE, heading != NULL ? heading : rb_learn_page_get_title (learn_page));
          break;
        }

      links = NULL;
      gtk_widget_set_margin_bottom (block, 6);
      rb_detail_page_append (page, block);
    }
}

/**
 * rb_learn_article_new:
 * @learn_page: the learn page
 * @library: the library @learn_page comes from, which its links lead into
 *
 * Returns: (transfer floating): the article, to push on the window
 */
GtkWidget *
rb_learn_article_new (RbLearnPage *learn_page,
                      RbLibrary   *library)
{
  const char * const *sources;
  RbDetailPage *page;

  g_return_val_if_fail (RB_IS_LEARN_PAGE (learn_page), NULL);
  g_return_val_if_fail (RB_IS_LIBRARY (library), NULL);

  page = rb_detail_page_new (rb_learn_page_get_title (learn_page), G_OBJECT (learn_page));
  rb_detail_page_add_title (page, rb_learn_page_get_title (learn_page), NULL);

  for (guint s = 0; s < rb_learn_page_get_n_sections (learn_page); s++)
    append_section (page, learn_page, s, library);

  sources = rb_learn_page_get_sources (learn_page);
  if (sources != NULL && sources[0] != NULL)
    {
      rb_detail_page_append (page, rb_text_heading_new (_("Sources")));
      rb_detail_page_append (page, rb_text_list_new (sources, FALSE, _("Sources")));
    }

  rb_detail_page_append (page, rb_text_disclaimer_new ());

  return GTK_WIDGET (page);
}
