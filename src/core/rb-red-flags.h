/* rb-red-flags.h
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* How far back a flag looks, in days, today included. */
#define RB_RED_FLAGS_RECENT_DAYS       7
/* Severe pain: this much or more. */
#define RB_RED_FLAGS_SEVERE_PAIN       7
/* Persisting pain: this much or more, in this many logs over this many
 * days at least, within RB_RED_FLAGS_PERSIST_WINDOW days. */
#define RB_RED_FLAGS_PERSIST_PAIN      4
#define RB_RED_FLAGS_PERSIST_LOGS      3
#define RB_RED_FLAGS_PERSIST_DAYS      7
#define RB_RED_FLAGS_PERSIST_WINDOW    28
/* Pain that rest does not improve: this much or more at a check-in after
 * this many days without a session or run. */
#define RB_RED_FLAGS_REST_PAIN         4
#define RB_RED_FLAGS_REST_DAYS         3

/**
 * RbRedFlagKind:
 * @RB_RED_FLAG_SEVERE_PAIN: pain of 7/10 or more
 * @RB_RED_FLAG_PERSISTENT_PAIN: pain that persists or gets worse
 * @RB_RED_FLAG_INFLAMMATION: swelling, redness or warmth
 * @RB_RED_FLAG_DAILY_ACTIVITIES: pain that gets in the way of daily
 *   activities
 * @RB_RED_FLAG_NO_IMPROVEMENT_WITH_REST: pain that rest does not improve
 *
 * The signs of "When to See a Doctor", most pressing first.
 */
typedef enum
{
  RB_RED_FLAG_SEVERE_PAIN,
  RB_RED_FLAG_PERSISTENT_PAIN,
  RB_RED_FLAG_INFLAMMATION,
  RB_RED_FLAG_DAILY_ACTIVITIES,
  RB_RED_FLAG_NO_IMPROVEMENT_WITH_REST,
} RbRedFlagKind;

#define RB_TYPE_RED_FLAG (rb_red_flag_get_type ())

/**
 * RbRedFlag:
 * @kind: which sign
 * @date: the day of the occurrence it is about
 * @reason: why, in a plain sentence (“Your knee pain was 8/10 after the
 *   run on Tuesday 10 March.”)
 * @advice: what to do
 */
typedef struct
{
  RbRedFlagKind  kind;
  GDate          date;
  char          *reason;
  char          *advice;
} RbRedFlag;

GType       rb_red_flag_get_type       (void) G_GNUC_CONST;
RbRedFlag  *rb_red_flag_copy           (const RbRedFlag *flag);
void        rb_red_flag_free           (RbRedFlag       *flag);
const char *rb_red_flag_kind_to_string (RbRedFlagKind    kind);
char       *rb_red_flag_dup_key        (const RbRedFlag *flag);
GPtrArray  *rb_red_flags_evaluate      (GListModel      *entries,
                                        const GDate     *today,
                                        GHashTable      *dismissed);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RbRedFlag, rb_red_flag_free)

G_END_DECLS
