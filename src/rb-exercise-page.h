/* rb-exercise-page.h
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rb-exercise.h"

G_BEGIN_DECLS

GtkWidget *rb_exercise_page_new (RbExercise *exercise);

G_END_DECLS
