/* rb-learn-page.h
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  RB_LEARN_BLOCK_PARAGRAPH,
  RB_LEARN_BLOCK_BULLETS,
  RB_LEARN_BLOCK_LINK,
} RbLearnBlockKind;

typedef enum
{
  RB_LEARN_LINK_PAGE,
  RB_LEARN_LINK_EXERCISE,
} RbLearnLinkTarget;

#define RB_TYPE_LEARN_PAGE (rb_learn_page_get_type ())

G_DECLARE_FINAL_TYPE (RbLearnPage, rb_learn_page, RB, LEARN_PAGE, GObject)

const char         *rb_learn_page_get_id              (RbLearnPage         *self);
const char         *rb_learn_page_get_title           (RbLearnPage         *self);
const char         *rb_learn_page_get_summary         (RbLearnPage         *self);
guint               rb_learn_page_get_order           (RbLearnPage         *self);
guint               rb_learn_page_get_n_sections      (RbLearnPage         *self);
const char         *rb_learn_page_get_section_heading (RbLearnPage         *self,
                                                       guint                section);
guint               rb_learn_page_get_n_blocks        (RbLearnPage         *self,
                                                       guint                section);
RbLearnBlockKind    rb_learn_page_get_block           (RbLearnPage         *self,
                                                       guint                section,
                                                       guint                block,
                                                       const char          **paragraph,
                                                       const char * const  **bullets);
const char         *rb_learn_page_get_link            (RbLearnPage         *self,
                                                       guint                section,
                                                       guint                block,
                                                       RbLearnLinkTarget   *target,
                                                       const char          **title);
const char * const *rb_learn_page_get_sources         (RbLearnPage         *self);

G_END_DECLS
