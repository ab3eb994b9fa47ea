/* rb-content-error.c
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rb-content-error.h"

G_DEFINE_QUARK (rb-content-error-quark, rb_content_error)
