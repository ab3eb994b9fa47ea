/* rb-handout.h: a program laid out on paper for a patient.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "rb-learn-page.h"
#include "rb-program.h"

G_BEGIN_DECLS

typedef enum
{
  RB_HANDOUT_PAPER_A4,
  RB_HANDOUT_PAPER_LETTER,
} RbHandoutPaper;

/**
 * RbHandoutOptions:
 * @patient: (nullable): the patient's name, as given
 * @notes: (nullable): the clinician's notes for this patient
 * @date: (nullable): the day of the handout; the log's rows start there
 * @clinician: (nullable): who prepared it (from the app's settings)
 * @clinic: (nullable): where
 * @paper: the paper of an exported PDF
 * @large_print: text 1.4 times larger
 * @sessions: (nullable) (array zero-terminated=1): ids of the sessions to
 *   include, in the program's order whatever their order here; %NULL for all
 * @red_flags: (nullable): the learn page whose text says when to stop and
 *   seek help (when-to-see-a-doctor)
 * @language: (nullable): the language to lay out and draw in, when not the
 *   interface's (rb_translation_switch()); the program and @red_flags must
 *   then have been loaded in it, since content is translated as it loads
 *
 * Everything a handout shows beyond its program. The core reads no
 * settings and no files: the caller passes them in.
 */
typedef struct
{
  const char         *patient;
  const char         *notes;
  const GDate        *date;
  const char         *clinician;
  const char         *clinic;
  RbHandoutPaper      paper;
  gboolean            large_print;
  const char * const *sessions;
  RbLearnPage        *red_flags;
  const char         *language;
} RbHandoutOptions;

typedef enum
{
  RB_HANDOUT_BLOCK_HEADER,
  RB_HANDOUT_BLOCK_TEXT,
  RB_HANDOUT_BLOCK_HEADING,
  RB_HANDOUT_BLOCK_EXERCISE,
  RB_HANDOUT_BLOCK_RUN_WALK,
  RB_HANDOUT_BLOCK_LOG,
  RB_HANDOUT_BLOCK_RED_FLAGS,
} RbHandoutBlockKind;

/**
 * RbHandoutBlock:
 * @kind: what the block shows
 * @label: (nullable): its title: an exercise's name, a heading
 * @page: the page it is on, counting from 0
 * @top: its top edge on that page, in points
 * @bottom: its bottom edge, in points, once scaled down if it had to be
 *
 * Where one block of a handout went: for tests and inspection. A block is
 * never split across pages.
 */
typedef struct
{
  RbHandoutBlockKind  kind;
  const char         *label;
  guint               page;
  double              top;
  double              bottom;
} RbHandoutBlock;

#define RB_HANDOUT_A4_WIDTH      595.276
#define RB_HANDOUT_A4_HEIGHT     841.890
#define RB_HANDOUT_LETTER_WIDTH  612.0
#define RB_HANDOUT_LETTER_HEIGHT 792.0

#define RB_HANDOUT_LARGE_PRINT_SCALE 1.4

typedef struct _RbHandout RbHandout;

#define RB_TYPE_HANDOUT (rb_handout_get_type ())

GType      rb_handout_get_type        (void) G_GNUC_CONST;
RbHandout *rb_handout_new             (RbProgram              *program,
                                       const RbHandoutOptions *options);
RbHandout *rb_handout_ref             (RbHandout              *self);
void       rb_handout_unref           (RbHandout              *self);
char      *rb_handout_dup_title       (RbHandout              *self);
void       rb_handout_paper_get_size  (RbHandoutPaper          paper,
                                       double                 *width_pt,
                                       double                 *height_pt);
guint      rb_handout_get_n_pages     (RbHandout              *self,
                                       double                  width_pt,
                                       double                  height_pt);
void       rb_handout_render_page     (RbHandout              *self,
                                       guint                   page,
                                       cairo_t                *cr,
                                       double                  width_pt,
                                       double                  height_pt);
guint      rb_handout_get_n_blocks    (RbHandout              *self);
gboolean   rb_handout_get_block       (RbHandout              *self,
                                       double                  width_pt,
                                       double                  height_pt,
                                       guint                   index,
                                       RbHandoutBlock         *block);
void       rb_handout_get_body_area   (RbHandout              *self,
                                       double                  width_pt,
                                       double                  height_pt,
                                       double                 *top,
                                       double                 *bottom);
gboolean   rb_handout_export_pdf      (RbHandout              *self,
                                       const char             *path,
                                       GError                **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RbHandout, rb_handout_unref)

G_END_DECLS
