/* rb-reminders.c: "Time for Run and Walk" at a plan's reminder time.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rb-reminders.h"
#include "rb-today.h"

/* One timer on the clock, for the next reminder rb_today_next_reminder()
 * finds; set again whenever the plans or the journal change, so that a
 * session done or skipped is never reminded of. While any plan has
 * reminders on, the application is held, so that it keeps running with
 * no window open, and asks the Background portal (where there is one) to
 * let it. Without a session bus (tests), nothing is sent. */

struct _RbReminders
{
  GObject       parent_instance;

  GApplication *application;   /* weak: it owns us */
  RbLibrary    *library;
  RbJournal    *journal;
  RbPlanStore  *plans;
  RbClock      *clock;
  RbScheduled  *next;          /* what the timer reminds of */
  GCancellable *cancellable;
  guint         timer_id;
  guint         idle_id;
  gboolean      held;
};

G_DEFINE_FINAL_TYPE (RbReminders, rb_reminders, G_TYPE_OBJECT)

static void queue_update (RbReminders *self);

static void
send_notification (RbReminders       *self,
                   const RbScheduled *s)
{
  g_autoptr(GNotification) notification = NULL;
  g_autofree char *title = NULL;
  g_autofree char *date = NULL;
  RbProgram *program = rb_library_lookup_program (self->library, s->program_id);
  const RbProgramSession *session = program != NULL ? rb_program_get_session (program, s->session_index) : NULL;

  if (session == NULL || g_application_get_dbus_connection (self->application) == NULL)
    return;

  /* Translators: a reminder's title, "Time for Run and Walk" */
  title = g_strdup_printf (_("Time for %s"), rb_program_session_get_title (session));
  date = rb_date_to_iso (&s->planned_date);
  notification = g_notification_new (title);
  g_notification_set_body (notification, rb_program_get_title (program));
  g_notification_set_default_action_and_target (notification, "app.start-planned", "(sss)",
                                                s->plan_id, s->session_id, date);
  g_application_send_notification (self->application, "reminder", notification);
}

static void
background_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GVariant) reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (object), result, NULL);

  /* Refused or failed: the reminders still work while Runback runs. */
}

static void
portal_owner_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(RbReminders) self = user_data;
  g_autoptr(GVariant) reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (object), result, NULL);
  GVariantBuilder options;
  gboolean exists = FALSE;

  if (reply != NULL)
    g_variant_get (reply, "(b)", &exists);
  if (!exists || g_cancellable_is_cancelled (self->cancellable))
    return;

  g_variant_builder_init (&options, G_VARIANT_TYPE_VARDICT);
  g_variant_builder_add (&options, "{sv}", "reason",
                         g_variant_new_string (_("Remind you of your planned sessions")));
  g_dbus_connection_call (G_DBUS_CONNECTION (object), "org.freedesktop.portal.Desktop",
                          "/org/freedesktop/portal/desktop", "org.freedesktop.portal.Background",
                          "RequestBackground", g_variant_new ("(sa{sv})", "", &options), NULL,
                          G_DBUS_CALL_FLAGS_NONE, -1, self->cancellable, background_cb, NULL);
}

/* Only where the portal runs (a sandbox, or a desktop that has it). */
static void
request_background (RbReminders *self)
{
  GDBusConnection *bus = g_application_get_dbus_connection (self->application);

  if (bus == NULL)
    return;

  g_dbus_connection_call (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
                          "NameHasOwner", g_variant_new ("(s)", "org.freedesktop.portal.Desktop"),
                          G_VARIANT_TYPE ("(b)"), G_DBUS_CALL_FLAGS_NONE, -1, self->cancellable,
                          portal_owner_cb, g_object_ref (self));
}

static void
library_loaded_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  /* A library that failed keeps its error for the windows to tell. */
  rb_library_load_finish (RB_LIBRARY (object), result, NULL);
}

static gboolean
any_reminders (RbReminders *self)
{
  GListModel *plans = rb_plan_store_get_plans (self->plans);
  g_autoptr(GDateTime) now = rb_clock_dup_now (self->clock);
  GDate today;
  int y, m, d;

  g_date_time_get_ymd (now, &y, &m, &d);
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, d, m, y);
  for (guint i = 0; i < g_list_model_get_n_items (plans); i++)
    {
      g_autoptr(RbPlan) plan = g_list_model_get_item (plans, i);

      if (rb_plan_get_reminders (plan) && rb_plan_get_state (plan, &today) != RB_PLAN_ENDED)
        return TRUE;
    }

  return FALSE;
}

static void
set_held (RbReminders *self,
          gboolean     held)
{
  if (self->held == held || self->application == NULL)
    return;

  self->held = held;
  if (held)
    {
      g_application_hold (self->application);
      request_background (self);
    }
  else
    g_application_release (self->application);
}

static void
timer_cb (gpointer data)
{
  RbReminders *self = data;

  self->timer_id = 0;
  if (self->next != NULL)
    send_notification (self, self->next);
  queue_update (self);
}

static void
update (RbReminders *self)
{
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) when = NULL;

  if (self->timer_id != 0)
    rb_clock_cancel (self->clock, self->timer_id);
  self->timer_id = 0;
  g_clear_pointer (&self->next, rb_scheduled_free);

  if (!rb_plan_store_is_loaded (self->plans) || !rb_journal_is_loaded (self->journal))
    return;

  set_held (self, any_reminders (self));
  if (!self->held)
    return;

  if (!rb_library_is_loaded (self->library))
    {
      g_autofree char *user_dir = rb_library_dup_default_user_dir ();

      if (!rb_library_is_loading (self->library))
        rb_library_load_async (self->library, user_dir, self->cancellable, library_loaded_cb, NULL);
      return;
    }

  now = rb_clock_dup_now (self->clock);
  when = rb_today_next_reminder (rb_plan_store_get_plans (self->plans), self->library,
                                 rb_journal_get_entries (self->journal), now, &self->next);
  if (when != NULL)
    self->timer_id = rb_clock_schedule (self->clock,
                                        rb_clock_get_time (self->clock) + rb_today_us_until (now, when),
                                        timer_cb, self);
}

static void
update_idle_cb (gpointer data)
{
  RbReminders *self = data;

  self->idle_id = 0;
  update (self);
}

static void
queue_update (RbReminders *self)
{
  if (self->idle_id == 0)
    self->idle_id = g_idle_add_once (update_idle_cb, self);
}

static void
rb_reminders_dispose (GObject *object)
{
  RbReminders *self = RB_REMINDERS (object);

  g_cancellable_cancel (self->cancellable);
  if (self->timer_id != 0)
    rb_clock_cancel (self->clock, self->timer_id);
  self->timer_id = 0;
  g_clear_handle_id (&self->idle_id, g_source_remove);
  set_held (self, FALSE);
  g_clear_weak_pointer (&self->application);
  g_clear_object (&self->library);
  g_clear_object (&self->journal);
  g_clear_object (&self->plans);
  g_clear_object (&self->clock);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->next, rb_scheduled_free);

  G_OBJECT_CLASS (rb_reminders_parent_class)->dispose (object);
}

static void
rb_reminders_class_init (RbRemindersClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = rb_reminders_dispose;
}

static void
rb_reminders_init (RbReminders *self)
{
  self->cancellable = g_cancellable_new ();
}

/**
 * rb_reminders_new:
 * @application: the application that sends them, and that they hold
 * @library: where the plans' programs are
 * @journal: what was done
 * @plans: the plans followed
 * @clock: what time it is
 *
 * Returns: (transfer full): reminders, running until disposed
 */
RbReminders *
rb_reminders_new (GApplication *application,
                  RbLibrary    *library,
                  RbJournal    *journal,
                  RbPlanStore  *plans,
                  RbClock      *clock)
{
  RbReminders *self;

  g_return_val_if_fail (G_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (RB_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (RB_IS_JOURNAL (journal), NULL);
  g_return_val_if_fail (RB_IS_PLAN_STORE (plans), NULL);
  g_return_val_if_fail (RB_IS_CLOCK (clock), NULL);

  self = g_object_new (RB_TYPE_REMINDERS, NULL);
  g_set_weak_pointer (&self->application, application);
  self->library = g_object_ref (library);
  self->journal = g_object_ref (journal);
  self->plans = g_object_ref (plans);
  self->clock = g_object_ref (clock);

  g_signal_connect_object (library, "notify::loaded", G_CALLBACK (queue_update), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (journal, "notify::loaded", G_CALLBACK (queue_update), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (rb_journal_get_entries (journal), "items-changed", G_CALLBACK (queue_update),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (plans, "notify::loaded", G_CALLBACK (queue_update), self, G_CONNECT_SWAPPED);
  /* Plans added, removed or changed. */
  g_signal_connect_object (plans, "changed", G_CALLBACK (queue_update), self, G_CONNECT_SWAPPED);
  queue_update (self);

  return self;
}
