/* rb-red-flag-banner.c: the signs to see a doctor, found in the journal.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rb-red-flag-banner.h"
#include "rb-red-flags.h"
#include "rb-schedule.h"
#include "rb-today.h"
#include "rb-window.h"

struct _RbRedFlagBanner
{
  AdwBin       parent_instance;

  RbJournal   *journal;
  RbClock     *clock;
  RbRedFlag   *flag;        /* the most pressing one, or NULL */
  gboolean     allowed;     /* on a view that shows it */
  guint        timer_id;    /* on the clock: midnight */
  guint        idle_id;

  GtkRevealer *revealer;
  GtkLabel    *reason_label;
  GtkLabel    *advice_label;
};

G_DEFINE_FINAL_TYPE (RbRedFlagBanner, rb_red_flag_banner, ADW_TYPE_BIN)

static void
update_reveal (RbRedFlagBanner *self)
{
  gboolean shown = self->allowed && self->flag != NULL;

  gtk_revealer_set_reveal_child (self->revealer, shown);
  /* Hidden, it is out of the accessibility tree too. */
  gtk_widget_set_visible (GTK_WIDGET (self), shown);
}

static void
timer_cb (gpointer data)
{
  RbRedFlagBanner *self = data;

  self->timer_id = 0;
  rb_red_flag_banner_refresh (self);
}

/* A flag looks back a number of days from today: again at midnight. */
static void
schedule_midnight (RbRedFlagBanner *self)
{
  g_autoptr(GDateTime) now = rb_clock_dup_now (self->clock);
  g_autoptr(GDateTime) midnight = rb_today_next_midnight (now);

  if (self->timer_id != 0)
    rb_clock_cancel (self->clock, self->timer_id);
  self->timer_id = rb_clock_schedule (self->clock,
                                      rb_clock_get_time (self->clock) + rb_today_us_until (now, midnight) + 1,
                                      timer_cb, self);
}

static gboolean
refresh_idle_cb (gpointer data)
{
  RbRedFlagBanner *self = data;

  self->idle_id = 0;
  rb_red_flag_banner_refresh (self);

  return G_SOURCE_REMOVE;
}

static void
queue_refresh (RbRedFlagBanner *self)
{
  if (self->idle_id == 0)
    self->idle_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, refresh_idle_cb, self, NULL);
}

static void
dismiss_clicked_cb (RbRedFlagBanner *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkApplication *app = GTK_IS_WINDOW (root) ? gtk_window_get_application (GTK_WINDOW (root)) : NULL;

  if (self->flag == NULL || self->journal == NULL)
    return;

  rb_journal_dismiss_flag (self->journal, rb_red_flag_kind_to_string (self->flag->kind), &self->flag->date);
  rb_red_flag_banner_refresh (self);

  if (RB_IS_APPLICATION (app) && !rb_application_save_journal (RB_APPLICATION (app)) && RB_IS_WINDOW (root))
    rb_window_report_save (RB_WINDOW (root), rb_journal_get_save_error (self->journal));
}

static void
rb_red_flag_banner_dispose (GObject *object)
{
  RbRedFlagBanner *self = RB_RED_FLAG_BANNER (object);

  if (self->timer_id != 0)
    rb_clock_cancel (self->clock, self->timer_id);
  self->timer_id = 0;
  g_clear_handle_id (&self->idle_id, g_source_remove);
  /* The bin unparents its child itself: not twice. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), RB_TYPE_RED_FLAG_BANNER);
  g_clear_object (&self->journal);
  g_clear_object (&self->clock);
  g_clear_pointer (&self->flag, rb_red_flag_free);

  G_OBJECT_CLASS (rb_red_flag_banner_parent_class)->dispose (object);
}

static void
rb_red_flag_banner_class_init (RbRedFlagBannerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

  object_class->dispose = rb_red_flag_banner_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/runback/Runback/rb-red-flag-banner.ui");
  gtk_widget_class_bind_template_child (widget_class, RbRedFlagBanner, revealer);
  gtk_widget_class_bind_template_child (widget_class, RbRedFlagBanner, reason_label);
  gtk_widget_class_bind_template_child (widget_class, RbRedFlagBanner, advice_label);
  gtk_widget_class_bind_template_callback (widget_class, dismiss_clicked_cb);

  /* Its own style sheet, beside it, rather than in the shared one. */
  gtk_css_provider_load_from_resource (provider, "/io/github/runback/Runback/rb-red-flag-banner.css");
  if (gdk_display_get_default () != NULL)
    gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (provider),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

static void
rb_red_flag_banner_init (RbRedFlagBanner *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

GtkWidget *
rb_red_flag_banner_new (void)
{
  return g_object_new (RB_TYPE_RED_FLAG_BANNER, NULL);
}

/**
 * rb_red_flag_banner_refresh:
 * @self: a #RbRedFlagBanner
 *
 * Evaluates the red flags again; called by itself when the journal
 * changes and at midnight.
 */
void
rb_red_flag_banner_refresh (RbRedFlagBanner *self)
{
  g_autoptr(GPtrArray) flags = NULL;
  GDate today;

  g_return_if_fail (RB_IS_RED_FLAG_BANNER (self));

  g_clear_handle_id (&self->idle_id, g_source_remove);
  g_clear_pointer (&self->flag, rb_red_flag_free);

  if (self->journal != NULL && rb_journal_is_loaded (self->journal))
    {
      rb_clock_get_today (self->clock, &today);
      flags = rb_red_flags_evaluate (rb_journal_get_entries (self->journal), &today,
                                     rb_journal_get_dismissed_flags (self->journal));
      /* Most pressing first: one at a time, the next once dismissed. */
      if (flags->len > 0)
        self->flag = rb_red_flag_copy (g_ptr_array_index (flags, 0));
    }

  if (self->flag != NULL)
    {
      gtk_label_set_text (self->reason_label, self->flag->reason);
      gtk_label_set_text (self->advice_label, self->flag->advice);
    }

  if (self->clock != NULL)
    schedule_midnight (self);
  update_reveal (self);
}

/**
 * rb_red_flag_banner_set_sources:
 * @self: a #RbRedFlagBanner
 * @journal: the journal to look in
 * @clock: what day it is
 *
 * Shows the most pressing red flag in @journal, and follows its changes.
 * Called once.
 */
void
rb_red_flag_banner_set_sources (RbRedFlagBanner *self,
                                RbJournal       *journal,
                                RbClock         *clock)
{
  g_return_if_fail (RB_IS_RED_FLAG_BANNER (self));
  g_return_if_fail (RB_IS_JOURNAL (journal));
  g_return_if_fail (RB_IS_CLOCK (clock));
  g_return_if_fail (self->journal == NULL);

  self->journal = g_object_ref (journal);
  self->clock = g_object_ref (clock);

  g_signal_connect_object (journal, "notify::loaded", G_CALLBACK (queue_refresh), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (rb_journal_get_entries (journal), "items-changed", G_CALLBACK (queue_refresh),
                           self, G_CONNECT_SWAPPED);
  rb_red_flag_banner_refresh (self);
}

/**
 * rb_red_flag_banner_set_allowed:
 * @self: a #RbRedFlagBanner
 * @allowed: whether the view under it is one that shows red flags
 *
 * The banner shows only where it helps (Today and Progress).
 */
void
rb_red_flag_banner_set_allowed (RbRedFlagBanner *self,
                                gboolean         allowed)
{
  g_return_if_fail (RB_IS_RED_FLAG_BANNER (self));

  self->allowed = !!allowed;
  update_reveal (self);
}

/**
 * rb_red_flag_banner_is_shown:
 * @self: a #RbRedFlagBanner
 *
 * Returns: whether a red flag is shown
 */
gboolean
rb_red_flag_banner_is_shown (RbRedFlagBanner *self)
{
  g_return_val_if_fail (RB_IS_RED_FLAG_BANNER (self), FALSE);

  return gtk_widget_get_visible (GTK_WIDGET (self)) && gtk_revealer_get_reveal_child (self->revealer);
}

/**
 * rb_red_flag_banner_get_reason:
 * @self: a #RbRedFlagBanner
 *
 * Returns: (nullable): the reason of the red flag shown, if any
 */
const char *
rb_red_flag_banner_get_reason (RbRedFlagBanner *self)
{
  g_return_val_if_fail (RB_IS_RED_FLAG_BANNER (self), NULL);

  return self->flag != NULL ? self->flag->reason : NULL;
}
