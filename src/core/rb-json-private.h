/* rb-json-private.h: strict JSON reading with precise error positions.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "rb-content-error.h"

G_BEGIN_DECLS

/* Caps against hostile files, per kind of document. */
#define RB_JSON_MAX_FILE_SIZE     (1024 * 1024)
#define RB_JSON_MAX_DEPTH         32
#define RB_JSON_MAX_STRING_LENGTH (16 * 1024)

/**
 * RbJsonLimits:
 * @max_size: the largest document, in bytes
 * @max_depth: the deepest nesting of objects and arrays (the root is 1)
 * @max_string: the longest string, in bytes as written in the file
 *   (escapes counted as written)
 */
typedef struct
{
  gsize max_size;
  guint max_depth;
  gsize max_string;
} RbJsonLimits;

/* Content documents: 1 MiB, depth 32, strings of 16 KiB. */
extern const RbJsonLimits rb_json_content_limits;
/* The journal and the in-progress marker: 32 MiB, depth 32, 64 KiB. */
extern const RbJsonLimits rb_json_journal_limits;
/* The plans: 4 MiB, depth 32, 64 KiB. */
extern const RbJsonLimits rb_json_plans_limits;

JsonNode *rb_json_parse          (const char          *name,
                                  const char          *data,
                                  gsize                length,
                                  const RbJsonLimits  *limits,
                                  GError             **error);
JsonNode *rb_json_read_file      (const char          *path,
                                  const char          *name,
                                  const RbJsonLimits  *limits,
                                  GError             **error);

char     *rb_json_path_member    (const char          *path,
                                  const char          *member);
char     *rb_json_path_index     (const char          *path,
                                  guint                index);

gboolean  rb_json_check_members  (JsonObject          *object,
                                  const char          *path,
                                  const char * const  *allowed,
                                  GError             **error);
gboolean  rb_json_get_object     (JsonObject          *object,
                                  const char          *path,
                                  const char          *member,
                                  gboolean             required,
                                  JsonObject         **out,
                                  GError             **error);
gboolean  rb_json_get_array      (JsonObject          *object,
                                  const char          *path,
                                  const char          *member,
                                  gboolean             required,
                                  guint                min_length,
                                  JsonArray          **out,
                                  GError             **error);
gboolean  rb_json_get_string     (JsonObject          *object,
                                  const char          *path,
                                  const char          *member,
                                  gboolean             required,
                                  char               **out,
                                  GError             **error);
gboolean  rb_json_get_id         (JsonObject          *object,
                                  const char          *path,
                                  const char          *member,
                                  char               **out,
                                  GError             **error);
gboolean  rb_json_get_uint       (JsonObject          *object,
                                  const char          *path,
                                  const char          *member,
                                  guint                min,
                                  guint                max,
                                  guint               *inout,
                                  GError             **error);
gboolean  rb_json_get_boolean    (JsonObject          *object,
                                  const char          *path,
                                  const char          *member,
                                  gboolean            *inout,
                                  GError             **error);
gboolean  rb_json_get_strv       (JsonObject          *object,
                                  const char          *path,
                                  const char          *member,
                                  gboolean             required,
                                  guint                min_length,
                                  GStrv               *out,
                                  GError             **error);
gboolean  rb_json_check_header   (JsonObject          *root,
                                  const char          *format,
                                  guint                version,
                                  GError             **error);
gboolean  rb_json_check_header_versions (JsonObject   *root,
                                         const char   *format,
                                         guint         min_version,
                                         guint         max_version,
                                         guint        *found,
                                         GError      **error);
gboolean  rb_json_write_file     (const char          *path,
                                  JsonNode            *root,
                                  const RbJsonLimits  *limits,
                                  GError             **error);
gboolean  rb_json_is_valid_id    (const char          *id);
const char *rb_json_node_type_name (JsonNode          *node);

G_END_DECLS
