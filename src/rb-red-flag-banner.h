/* rb-red-flag-banner.h
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rb-clock.h"
#include "rb-journal.h"

G_BEGIN_DECLS

#define RB_TYPE_RED_FLAG_BANNER (rb_red_flag_banner_get_type ())

G_DECLARE_FINAL_TYPE (RbRedFlagBanner, rb_red_flag_banner, RB, RED_FLAG_BANNER, AdwBin)

GtkWidget  *rb_red_flag_banner_new          (void);
void        rb_red_flag_banner_set_sources  (RbRedFlagBanner *self,
                                             RbJournal       *journal,
                                             RbClock         *clock);
void        rb_red_flag_banner_set_allowed  (RbRedFlagBanner *self,
                                             gboolean         allowed);
gboolean    rb_red_flag_banner_is_shown     (RbRedFlagBanner *self);
const char *rb_red_flag_banner_get_reason   (RbRedFlagBanner *self);
void        rb_red_flag_banner_refresh      (RbRedFlagBanner *self);

G_END_DECLS
