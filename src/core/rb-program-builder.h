/* rb-program-builder.h
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rb-library.h"
#include "rb-program.h"

G_BEGIN_DECLS

#define RB_TYPE_PROGRAM_BUILDER (rb_program_builder_get_type ())

G_DECLARE_FINAL_TYPE (RbProgramBuilder, rb_program_builder, RB, PROGRAM_BUILDER, GObject)

RbProgramBuilder *rb_program_builder_new               (const char       *id);
RbProgramBuilder *rb_program_builder_new_from_program  (RbProgram        *program,
                                                        const char       *id);

const char *rb_program_builder_get_id                  (RbProgramBuilder *self);
void        rb_program_builder_set_id                  (RbProgramBuilder *self,
                                                        const char       *id);
const char *rb_program_builder_get_title               (RbProgramBuilder *self);
void        rb_program_builder_set_title               (RbProgramBuilder *self,
                                                        const char       *title);
const char *rb_program_builder_get_summary             (RbProgramBuilder *self);
void        rb_program_builder_set_summary             (RbProgramBuilder *self,
                                                        const char       *summary);
const char *rb_program_builder_get_audience            (RbProgramBuilder *self);
void        rb_program_builder_set_audience            (RbProgramBuilder *self,
                                                        const char       *audience);

guint       rb_program_builder_get_n_sessions          (RbProgramBuilder *self);
guint       rb_program_builder_add_session             (RbProgramBuilder *self,
                                                        const char       *title);
void        rb_program_builder_remove_session          (RbProgramBuilder *self,
                                                        guint             session);
void        rb_program_builder_move_session            (RbProgramBuilder *self,
                                                        guint             from,
                                                        guint             to);
const char *rb_program_builder_get_session_id          (RbProgramBuilder *self,
                                                        guint             session);
const char *rb_program_builder_get_session_title       (RbProgramBuilder *self,
                                                        guint             session);
void        rb_program_builder_set_session_title       (RbProgramBuilder *self,
                                                        guint             session,
                                                        const char       *title);
guint       rb_program_builder_get_session_weekdays    (RbProgramBuilder *self,
                                                        guint             session);
void        rb_program_builder_set_session_weekdays    (RbProgramBuilder *self,
                                                        guint             session,
                                                        guint             weekdays);

guint       rb_program_builder_get_n_items             (RbProgramBuilder *self,
                                                        guint             session);
guint       rb_program_builder_add_exercise            (RbProgramBuilder *self,
                                                        guint             session,
                                                        const char       *exercise_id);
void        rb_program_builder_remove_item             (RbProgramBuilder *self,
                                                        guint             session,
                                                        guint             item);
void        rb_program_builder_move_item               (RbProgramBuilder *self,
                                                        guint             session,
                                                        guint             from,
                                                        guint             to);
RbSessionItemKind rb_program_builder_get_item_kind     (RbProgramBuilder *self,
                                                        guint             session,
                                                        guint             item);
const char *rb_program_builder_get_item_exercise_id    (RbProgramBuilder *self,
                                                        guint             session,
                                                        guint             item);
const RbRunWalk *rb_program_builder_get_item_run_walk  (RbProgramBuilder *self,
                                                        guint             session,
                                                        guint             item);
RbDosageMask rb_program_builder_get_item_dosage        (RbProgramBuilder *self,
                                                        guint             session,
                                                        guint             item,
                                                        RbDosage         *dosage);
gboolean    rb_program_builder_set_item_dosage         (RbProgramBuilder *self,
                                                        guint             session,
                                                        guint             item,
                                                        const RbDosage   *dosage,
                                                        RbDosageMask      mask,
                                                        GError          **error);
const char *rb_program_builder_get_item_note           (RbProgramBuilder *self,
                                                        guint             session,
                                                        guint             item);
void        rb_program_builder_set_item_note           (RbProgramBuilder *self,
                                                        guint             session,
                                                        guint             item,
                                                        const char       *note);

gboolean    rb_program_builder_can_undo                (RbProgramBuilder *self);
const char *rb_program_builder_get_undo_label          (RbProgramBuilder *self);
gboolean    rb_program_builder_undo                    (RbProgramBuilder *self);

JsonNode   *rb_program_builder_to_json                 (RbProgramBuilder *self);
RbProgram  *rb_program_builder_build                   (RbProgramBuilder *self,
                                                        RbLibrary        *library,
                                                        GError          **error);

G_END_DECLS
