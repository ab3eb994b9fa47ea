/* rb-backup.h
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean rb_backup_write   (const char  *data_dir,
                            const char  *path,
                            GError     **error);
gboolean rb_backup_restore (const char  *data_dir,
                            const char  *path,
                            GStrv       *replaced,
                            GError     **error);

G_END_DECLS
