/* rb-content-error.h
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * RbContentError:
 * @RB_CONTENT_ERROR_SYNTAX: the file is not well-formed JSON (or not UTF-8)
 * @RB_CONTENT_ERROR_INVALID: a value is missing, of the wrong type or out of range
 * @RB_CONTENT_ERROR_VERSION: unknown format name or unsupported version
 * @RB_CONTENT_ERROR_TOO_LARGE: the file exceeds a size, depth or length cap
 * @RB_CONTENT_ERROR_REFERENCE: an id refers to nothing, or is defined twice
 * @RB_CONTENT_ERROR_NOT_REGULAR: the path is a directory, a FIFO, a device
 *   or a socket, not a regular file
 *
 * Errors raised while loading content documents and user data. Messages
 * name the file and either `line:column` or the JSON path of the value.
 */
typedef enum
{
  RB_CONTENT_ERROR_SYNTAX,
  RB_CONTENT_ERROR_INVALID,
  RB_CONTENT_ERROR_VERSION,
  RB_CONTENT_ERROR_TOO_LARGE,
  RB_CONTENT_ERROR_REFERENCE,
  RB_CONTENT_ERROR_NOT_REGULAR,
} RbContentError;

#define RB_CONTENT_ERROR (rb_content_error_quark ())

GQuark rb_content_error_quark (void);

G_END_DECLS
