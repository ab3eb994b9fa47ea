/* rb-learn-article.c: one background article.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rb-detail-page.h"
#include "rb-learn-article.h"
#include "rb-text.h"

static void
append_section (RbDetailPage *page,
                RbLearnPage  *learn_page,
                guint         section)
{
  const char *heading = rb_learn_page_get_section_heading (learn_page, section);

  if (heading != NULL)
    rb_detail_page_append (page, rb_text_heading_new (heading));

  for (guint b = 0; b < rb_learn_page_get_n_blocks (learn_page, section); b++)
    {
      const char *paragraph = NULL;
      const char * const *bullets = NULL;
      GtkWidget *block;

      if (rb_learn_page_get_block (learn_page, section, b, &paragraph, &bullets) == RB_LEARN_BLOCK_PARAGRAPH)
        block = rb_text_label_new (paragraph, NULL);
      else
        block = rb_text_list_new (bullets, FALSE, heading != NULL ? heading : rb_learn_page_get_title (learn_page));

      gtk_widget_set_margin_bottom (block, 6);
      rb_detail_page_append (page, block);
    }
}

/**
 * rb_learn_article_new:
 * @learn_page: the learn page
 *
 * Returns: (transfer floating): the article, to push on the window
 */
GtkWidget *
rb_learn_article_new (RbLearnPage *learn_page)
{
  const char * const *sources;
  RbDetailPage *page;

  g_return_val_if_fail (RB_IS_LEARN_PAGE (learn_page), NULL);

  page = rb_detail_page_new (rb_learn_page_get_title (learn_page), G_OBJECT (learn_page));
  rb_detail_page_add_title (page, rb_learn_page_get_title (learn_page), NULL);

  for (guint s = 0; s < rb_learn_page_get_n_sections (learn_page); s++)
    append_section (page, learn_page, s);

  sources = rb_learn_page_get_sources (learn_page);
  if (sources != NULL && sources[0] != NULL)
    {
      rb_detail_page_append (page, rb_text_heading_new (_("Sources")));
      rb_detail_page_append (page, rb_text_list_new (sources, FALSE, _("Sources")));
    }

  rb_detail_page_append (page, rb_text_disclaimer_new ());

  return GTK_WIDGET (page);
}
