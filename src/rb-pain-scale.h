/* rb-pain-scale.h
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define RB_TYPE_PAIN_SCALE (rb_pain_scale_get_type ())

G_DECLARE_FINAL_TYPE (RbPainScale, rb_pain_scale, RB, PAIN_SCALE, GtkWidget)

int  rb_pain_scale_get_value (RbPainScale *self);
void rb_pain_scale_set_value (RbPainScale *self,
                              int          value);

G_END_DECLS
