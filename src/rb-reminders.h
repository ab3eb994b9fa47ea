/* rb-reminders.h
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rb-clock.h"
#include "rb-journal.h"
#include "rb-library.h"
#include "rb-plan-store.h"

G_BEGIN_DECLS

#define RB_TYPE_REMINDERS (rb_reminders_get_type ())

G_DECLARE_FINAL_TYPE (RbReminders, rb_reminders, RB, REMINDERS, GObject)

RbReminders *rb_reminders_new (GApplication *application,
                               RbLibrary    *library,
                               RbJournal    *journal,
                               RbPlanStore  *plans,
                               RbClock      *clock);

G_END_DECLS
