/* rb-csv.h: comma-separated values, as RFC 4180 writes them.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

GPtrArray *rb_csv_parse (const char  *name,
                         const char  *text,
                         gsize        length,
                         GError     **error);

G_END_DECLS
