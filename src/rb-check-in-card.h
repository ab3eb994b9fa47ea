/* rb-check-in-card.h
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rb-check-in.h"

G_BEGIN_DECLS

#define RB_TYPE_CHECK_IN_CARD (rb_check_in_card_get_type ())

G_DECLARE_FINAL_TYPE (RbCheckInCard, rb_check_in_card, RB, CHECK_IN_CARD, GtkBox)

GtkWidget          *rb_check_in_card_new           (void);
int                 rb_check_in_card_get_pain      (RbCheckInCard      *self);
gboolean            rb_check_in_card_get_swelling  (RbCheckInCard      *self);
RbCheckInStiffness  rb_check_in_card_get_stiffness (RbCheckInCard      *self);
void                rb_check_in_card_set_stiffness (RbCheckInCard      *self,
                                                    RbCheckInStiffness  stiffness);
void                rb_check_in_card_reset         (RbCheckInCard      *self);

G_END_DECLS
