/* rb-storage.h
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char    *rb_storage_dup_data_dir (void);
gboolean rb_storage_save         (const char *path,
                                  const char *contents,
                                  gssize      length,
                                  GError    **error);
char    *rb_storage_keep_aside   (const char *path,
                                  GError    **error);
GBytes  *rb_storage_read         (const char *path,
                                  const char *name,
                                  gsize       max_size,
                                  GError    **error);
guint    rb_storage_remove_temporary (const char *path);
char    *rb_storage_format_size  (gsize       size);

G_END_DECLS
