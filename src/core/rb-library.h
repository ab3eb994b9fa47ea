/* rb-library.h
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rb-exercise.h"
#include "rb-learn-page.h"
#include "rb-program.h"

G_BEGIN_DECLS

#define RB_TYPE_LIBRARY (rb_library_get_type ())

G_DECLARE_FINAL_TYPE (RbLibrary, rb_library, RB, LIBRARY, GObject)

RbLibrary   *rb_library_new                (void);
gboolean     rb_library_load               (RbLibrary            *self,
                                            const char           *user_dir,
                                            GCancellable         *cancellable,
                                            GError              **error);
void         rb_library_load_async         (RbLibrary            *self,
                                            const char           *user_dir,
                                            GCancellable         *cancellable,
                                            GAsyncReadyCallback   callback,
                                            gpointer              user_data);
gboolean     rb_library_load_finish        (RbLibrary            *self,
                                            GAsyncResult         *result,
                                            GError              **error);
gboolean     rb_library_is_loaded          (RbLibrary            *self);
gboolean     rb_library_is_loading         (RbLibrary            *self);
const GError *rb_library_get_error         (RbLibrary            *self);
GListModel  *rb_library_get_exercises      (RbLibrary            *self);
GListModel  *rb_library_get_programs       (RbLibrary            *self);
GListModel  *rb_library_get_learn_pages    (RbLibrary            *self);
RbExercise  *rb_library_lookup_exercise    (RbLibrary            *self,
                                            const char           *id);
RbProgram   *rb_library_lookup_program     (RbLibrary            *self,
                                            const char           *id);
RbLearnPage *rb_library_lookup_learn_page  (RbLibrary            *self,
                                            const char           *id);
GPtrArray   *rb_library_get_problems       (RbLibrary            *self);

char        *rb_library_dup_default_user_dir (void);
GPtrArray   *rb_library_validate_files     (const char * const   *paths);
RbProgram   *rb_library_read_program_file  (RbLibrary            *self,
                                            const char           *path,
                                            GError              **error);
RbExercise  *rb_library_read_exercise      (const char           *user_dir,
                                            const char           *exercise_id);
RbProgram   *rb_library_load_program_in   (RbLibrary            *self,
                                            RbProgram            *program,
                                            const char           *language,
                                            RbLibrary           **translated,
                                            GError              **error);
RbProgram   *rb_library_import_program_file (RbLibrary           *self,
                                             const char          *path,
                                             GError             **error);
char        *rb_library_dup_program_path   (RbLibrary            *self,
                                            const char           *id);
char        *rb_library_dup_unused_program_id (RbLibrary         *self,
                                               const char        *base);
gboolean     rb_library_add_program        (RbLibrary            *self,
                                            RbProgram            *program,
                                            GError              **error);
gboolean     rb_library_replace_program    (RbLibrary            *self,
                                            RbProgram            *program,
                                            GError              **error);
gboolean     rb_library_remove_program     (RbLibrary            *self,
                                            const char           *id,
                                            GError              **error);

G_END_DECLS
