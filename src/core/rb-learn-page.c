/* rb-learn-page.c
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rb-content-private.h"
#include "rb-json-private.h"

typedef struct
{
  RbLearnBlockKind   kind;
  char              *paragraph;
  GStrv              bullets;
  RbLearnLinkTarget  link_target;
  char              *link_id;
  char              *link_title;
} Block;

typedef struct
{
  char   *heading;
  GArray *blocks;
} Section;

struct _RbLearnPage
{
  GObject  parent_instance;

  char    *id;
  char    *title;
  char    *summary;
  guint    order;
  GArray  *sections;
  GStrv    sources;
};

G_DEFINE_FINAL_TYPE (RbLearnPage, rb_learn_page, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_SUMMARY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
block_clear (Block *block)
{
  g_clear_pointer (&block->paragraph, g_free);
  g_clear_pointer (&block->bullets, g_strfreev);
  g_clear_pointer (&block->link_id, g_free);
  g_clear_pointer (&block->link_title, g_free);
}

static void
section_clear (Section *section)
{
  g_clear_pointer (&section->heading, g_free);
  g_clear_pointer (&section->blocks, g_array_unref);
}

static void
rb_learn_page_finalize (GObject *object)
{
  RbLearnPage *self = RB_LEARN_PAGE (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->sections, g_array_unref);
  g_clear_pointer (&self->sources, g_strfreev);

  G_OBJECT_CLASS (rb_learn_page_parent_class)->finalize (object);
}

static void
rb_learn_page_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  RbLearnPage *self = RB_LEARN_PAGE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rb_learn_page_class_init (RbLearnPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = rb_learn_page_finalize;
  object_class->get_property = rb_learn_page_get_property;

  /* Read-only: the document is fixed once read. */
  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, ro);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, ro);
  properties[PROP_SUMMARY] = g_param_spec_string ("summary", NULL, NULL, NULL, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rb_learn_page_init (RbLearnPage *self)
{
  self->sections = g_array_new (FALSE, TRUE, sizeof (Section));
  g_array_set_clear_func (self->sections, (GDestroyNotify) section_clear);
}

static gboolean
expect_object (JsonNode    *node,
               const char  *path,
               GError     **error)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    return TRUE;

  g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID,
               _("%s: expected %s, found %s"), path, "an object", rb_json_node_type_name (node));
  return FALSE;
}

/* A link names exactly one target, a learn page or an exercise; whether it
 * exists is checked by rb_learn_page_link() once everything is loaded.
 */
static gboolean
read_link (JsonObject  *parent,
           const char  *path,
           gboolean     bundled,
           Block       *block,
           GError     **error)
{
  static const char * const members[] = { "page", "exercise", "title", NULL };
  g_autofree char *link_path = rb_json_path_member (path, "link");
  g_autofree char *title = NULL;
  JsonObject *object;
  gboolean to_page;

  if (!rb_json_get_object (parent, path, "link", TRUE, &object, error) ||
      !rb_json_check_members (object, link_path, members, error))
    return FALSE;

  to_page = json_object_has_member (object, "page");
  if (to_page == json_object_has_member (object, "exercise"))
    {
      g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID,
                   _("%s: a link has either a page or an exercise"), link_path);
      return FALSE;
    }

  if (!rb_json_get_id (object, link_path, to_page ? "page" : "exercise", &block->link_id, error) ||
      !rb_json_get_string (object, link_path, "title", FALSE, &title, error))
    return FALSE;

  block->kind = RB_LEARN_BLOCK_LINK;
  block->link_target = to_page ? RB_LEARN_LINK_PAGE : RB_LEARN_LINK_EXERCISE;
  block->link_title = rb_content_translate (title, bundled);
  return TRUE;
}

static gboolean
read_block (JsonNode    *node,
            const char  *path,
            gboolean     bundled,
            Block       *block,
            GError     **error)
{
  static const char * const members[] = { "paragraph", "bullets", "link", NULL };
  JsonObject *object;

  if (!expect_object (node, path, error))
    return FALSE;

  object = json_node_get_object (node);
  if (!rb_json_check_members (object, path, members, error))
    return FALSE;

  if (json_object_get_size (object) != 1)
    {
      g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID,
                   _("%s: a block is either a paragraph, bullets or a link"), path);
      return FALSE;
    }

  if (json_object_has_member (object, "paragraph"))
    {
      g_autofree char *text = NULL;

      if (!rb_json_get_string (object, path, "paragraph", TRUE, &text, error))
        return FALSE;
      block->kind = RB_LEARN_BLOCK_PARAGRAPH;
      block->paragraph = rb_content_translate (text, bundled);
    }
  else if (json_object_has_member (object, "bullets"))
    {
      if (!rb_json_get_strv (object, path, "bullets", TRUE, 1, &block->bullets, error))
        return FALSE;
      block->kind = RB_LEARN_BLOCK_BULLETS;
      block->bullets = rb_content_translate_strv (block->bullets, bundled);
    }
  else if (!read_link (object, path, bundled, block, error))
    {
      return FALSE;
    }

  return TRUE;
}

static gboolean
read_section (RbLearnPage  *self,
              JsonNode     *node,
              const char   *path,
              gboolean      bundled,
              GError      **error)
{
  static const char * const members[] = { "heading", "blocks", NULL };
  g_autofree char *heading = NULL;
  g_autofree char *blocks_path = rb_json_path_member (path, "blocks");
  Section section = { NULL, NULL };
  JsonObject *object;
  JsonArray *array;

  if (!expect_object (node, path, error))
    return FALSE;

  object = json_node_get_object (node);
  if (!rb_json_check_members (object, path, members, error) ||
      !rb_json_get_string (object, path, "heading", FALSE, &heading, error) ||
      !rb_json_get_array (object, path, "blocks", TRUE, 1, &array, error))
    return FALSE;

  section.blocks = g_array_new (FALSE, TRUE, sizeof (Block));
  g_array_set_clear_func (section.blocks, (GDestroyNotify) block_clear);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *where = rb_json_path_index (blocks_path, i);
      Block block = { 0, };

      if (!read_block (json_array_get_element (array, i), where, bundled, &block, error))
        {
          block_clear (&block);
          section_clear (&section);
          return FALSE;
        }
      g_array_append_val (section.blocks, block);
    }

  section.heading = heading ? rb_content_translate (heading, bundled) : NULL;
  g_array_append_val (self->sections, section);
  return TRUE;
}

RbLearnPage *
rb_learn_page_new_from_json (JsonObject  *root,
                             gboolean     bundled,
                             GError     **error)
{
  static const char * const members[] = {
    "format", "version", "id", "title", "summary", "order", "sections", "sources", NULL
  };
  g_autoptr(RbLearnPage) self = g_object_new (RB_TYPE_LEARN_PAGE, NULL);
  g_autofree char *title = NULL, *summary = NULL;
  JsonArray *sections;

  if (!rb_json_check_header (root, "runback.learn", 1, error) ||
      !rb_json_check_members (root, "", members, error) ||
      !rb_json_get_id (root, "", "id", &self->id, error) ||
      !rb_json_get_string (root, "", "title", TRUE, &title, error) ||
      !rb_json_get_string (root, "", "summary", TRUE, &summary, error))
    return NULL;

  if (json_object_get_member (root, "order") == NULL)
    {
      g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID, "order: %s", _("missing"));
      return NULL;
    }

  if (!rb_json_get_uint (root, "", "order", 0, 1000, &self->order, error) ||
      !rb_json_get_array (root, "", "sections", TRUE, 1, &sections, error) ||
      !rb_json_get_strv (root, "", "sources", FALSE, 0, &self->sources, error))
    return NULL;

  for (guint i = 0; i < json_array_get_length (sections); i++)
    {
      g_autofree char *where = rb_json_path_index ("sections", i);

      if (!read_section (self, json_array_get_element (sections, i), where, bundled, error))
        return NULL;
    }

  self->title = rb_content_translate (title, bundled);
  self->summary = rb_content_translate (summary, bundled);
  self->sources = rb_content_translate_strv (self->sources, bundled);

  return g_steal_pointer (&self);
}

/**
 * rb_learn_page_link:
 * @self: a #RbLearnPage
 * @exists: tells whether a learn page or an exercise with an id exists
 * @data: data for @exists
 * @error: return location for a #GError
 *
 * Checks that every link block leads somewhere, so that a broken link is
 * found when the content is loaded rather than when it is followed.
 *
 * Returns: %TRUE when every link's target exists
 */
gboolean
rb_learn_page_link (RbLearnPage  *self,
                    gboolean    (*exists) (RbLearnLinkTarget target, const char *id, gpointer data),
                    gpointer      data,
                    GError      **error)
{
  g_return_val_if_fail (RB_IS_LEARN_PAGE (self), FALSE);

  for (guint s = 0; s < self->sections->len; s++)
    {
      GArray *blocks = g_array_index (self->sections, Section, s).blocks;

      for (guint b = 0; b < blocks->len; b++)
        {
          const Block *block = &g_array_index (blocks, Block, b);
          gboolean to_page = block->link_target == RB_LEARN_LINK_PAGE;

          if (block->kind != RB_LEARN_BLOCK_LINK || exists (block->link_target, block->link_id, data))
            continue;

          g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_REFERENCE,
                       to_page ? _("sections[%u].blocks[%u].link.page: unknown learn page “%s”")
                               : _("sections[%u].blocks[%u].link.exercise: unknown exercise “%s”"),
                       s, b, block->link_id);
          return FALSE;
        }
    }

  return TRUE;
}

const char *
rb_learn_page_get_id (RbLearnPage *self)
{
  g_return_val_if_fail (RB_IS_LEARN_PAGE (self), NULL);
  return self->id;
}

const char *
rb_learn_page_get_title (RbLearnPage *self)
{
  g_return_val_if_fail (RB_IS_LEARN_PAGE (self), NULL);
  return self->title;
}

const char *
rb_learn_page_get_summary (RbLearnPage *self)
{
  g_return_val_if_fail (RB_IS_LEARN_PAGE (self), NULL);
  return self->summary;
}

guint
rb_learn_page_get_order (RbLearnPage *self)
{
  g_return_val_if_fail (RB_IS_LEARN_PAGE (self), 0);
  return self->order;
}

guint
rb_learn_page_get_n_sections (RbLearnPage *self)
{
  g_return_val_if_fail (RB_IS_LEARN_PAGE (self), 0);
  return self->sections->len;
}

/**
 * rb_learn_page_get_section_heading:
 * @self: a #RbLearnPage
 * @section: a section index
 *
 * Returns: (nullable): the section's heading, or %NULL
 */
const char *
rb_learn_page_get_section_heading (RbLearnPage *self,
                                   guint        section)
{
  g_return_val_if_fail (RB_IS_LEARN_PAGE (self), NULL);
  g_return_val_if_fail (section < self->sections->len, NULL);
  return g_array_index (self->sections, Section, section).heading;
}

guint
rb_learn_page_get_n_blocks (RbLearnPage *self,
                            guint        section)
{
  g_return_val_if_fail (RB_IS_LEARN_PAGE (self), 0);
  g_return_val_if_fail (section < self->sections->len, 0);
  return g_array_index (self->sections, Section, section).blocks->len;
}

/**
 * rb_learn_page_get_block:
 * @self: a #RbLearnPage
 * @section: a section index
 * @block: a block index within @section
 * @paragraph: (out) (optional): the paragraph, for a paragraph block
 * @bullets: (out) (optional): the bullets, for a bullet list
 *
 * Returns: the kind of block
 */
RbLearnBlockKind
rb_learn_page_get_block (RbLearnPage         *self,
                         guint                section,
                         guint                block,
                         const char          **paragraph,
                         const char * const  **bullets)
{
  GArray *blocks;
  const Block *b;

  g_return_val_if_fail (RB_IS_LEARN_PAGE (self), 0);
  g_return_val_if_fail (section < self->sections->len, 0);

  blocks = g_array_index (self->sections, Section, section).blocks;
  g_return_val_if_fail (block < blocks->len, 0);
  b = &g_array_index (blocks, Block, block);

  if (paragraph)
    *paragraph = b->paragraph;
  if (bullets)
    *bullets = (const char * const *) b->bullets;

  return b->kind;
}

/**
 * rb_learn_page_get_link:
 * @self: a #RbLearnPage
 * @section: a section index
 * @block: the index of a link block within @section
 * @target: (out) (optional): whether the link leads to a learn page or an
 *   exercise
 * @title: (out) (optional) (nullable): the link's own title, or %NULL to
 *   use the target's
 *
 * Returns: the id of the learn page or exercise the link leads to
 */
const char *
rb_learn_page_get_link (RbLearnPage        *self,
                        guint               section,
                        guint               block,
                        RbLearnLinkTarget  *target,
                        const char        **title)
{
  GArray *blocks;
  const Block *b;

  g_return_val_if_fail (RB_IS_LEARN_PAGE (self), NULL);
  g_return_val_if_fail (section < self->sections->len, NULL);

  blocks = g_array_index (self->sections, Section, section).blocks;
  g_return_val_if_fail (block < blocks->len, NULL);
  b = &g_array_index (blocks, Block, block);
  g_return_val_if_fail (b->kind == RB_LEARN_BLOCK_LINK, NULL);

  if (target)
    *target = b->link_target;
  if (title)
    *title = b->link_title;

  return b->link_id;
}

const char * const *
rb_learn_page_get_sources (RbLearnPage *self)
{
  g_return_val_if_fail (RB_IS_LEARN_PAGE (self), NULL);
  return (const char * const *) self->sources;
}
