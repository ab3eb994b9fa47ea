/* rb-translation.h: the languages Runback can print in.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The language of the msgids: untranslated text. */
#define RB_TRANSLATION_SOURCE "en"

GStrv        rb_translation_list            (const char *localedir);
char        *rb_translation_dup_interface   (const char *localedir);
const char  *rb_translation_get_name        (const char *language);
char        *rb_translation_switch          (const char *language);
void         rb_translation_restore         (char       *previous);

G_END_DECLS
