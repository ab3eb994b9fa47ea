/* rb-content-private.h: constructors used by the loader.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include <gio/gio.h>

#include "rb-exercise.h"
#include "rb-learn-page.h"
#include "rb-program.h"

G_BEGIN_DECLS

/* Strings users read in bundled documents are translated at load time. */
char          *rb_content_translate          (const char   *text,
                                              gboolean      bundled);
GStrv          rb_content_translate_strv     (GStrv         strv,
                                              gboolean      bundled);

GObject       *rb_content_load_document      (const char   *name,
                                              GBytes       *bytes,
                                              const char   *format,
                                              gboolean      bundled,
                                              GError      **error);

GObject       *rb_content_load_document_full (const char   *name,
                                              GBytes       *bytes,
                                              const char   *format,
                                              gboolean      bundled,
                                              gboolean      check_name,
                                              GError      **error);

RbExercise    *rb_exercise_new_from_json     (JsonObject   *root,
                                              gboolean      bundled,
                                              GError      **error);
RbProgram     *rb_program_new_from_json      (JsonObject   *root,
                                              gboolean      bundled,
                                              GError      **error);
gboolean       rb_program_link               (RbProgram    *self,
                                              RbExercise *(*lookup) (const char *id, gpointer data),
                                              gpointer      data,
                                              GError      **error);
RbLearnPage   *rb_learn_page_new_from_json   (JsonObject   *root,
                                              gboolean      bundled,
                                              GError      **error);
gboolean       rb_learn_page_link            (RbLearnPage  *self,
                                              gboolean    (*exists) (RbLearnLinkTarget target, const char *id, gpointer data),
                                              gpointer      data,
                                              GError      **error);

G_END_DECLS
