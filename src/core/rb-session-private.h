/* rb-session-private.h
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rb-session.h"

G_BEGIN_DECLS

void       rb_session_restore_work            (RbSession             *self,
                                               guint                  limit,
                                               guint                  item,
                                               RbSide                 side,
                                               guint                  sets_done,
                                               gint64                 active_us);
void       rb_session_start_from              (RbSession             *self,
                                               guint                  step_index,
                                               GDateTime             *started);
GDateTime *rb_session_get_started             (RbSession             *self);
GDateTime *rb_session_get_ended               (RbSession             *self);
gint64     rb_session_get_pending_active_time (RbSession             *self,
                                               const RbSessionResult *result);

G_END_DECLS
