/* rb-session.c
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rb-core-enums.h"
#include "rb-session-private.h"

/* Timing: every step has a start time. Its deadline is
 *
 *   start + duration + added rest + time spent paused in it
 *
 * all in exact integer microseconds. When a deadline passes, the next step
 * starts at that deadline, not at the time the timer happened to fire, so
 * a late main loop never shifts the rest of the session. Only a user's
 * action (next, previous, done…) starts a step "now".
 */

typedef enum
{
  STEP_PENDING,
  STEP_COMPLETED,
  STEP_SKIPPED,
} StepStatus;

typedef struct
{
  StepStatus status;
  gboolean   reached;
  gint64     active_us;
  guint      reps_done;   /* whole reps done when last left, counted reps only */
} StepRecord;

struct _RbSession
{
  GObject         parent_instance;

  RbRoutine      *routine;
  RbClock        *clock;
  GPtrArray      *steps;
  StepRecord     *records;

  RbSessionState  state;
  guint           index;
  gint64          step_start;
  gint64          paused_total;
  gint64          pause_started;
  gint64          added;
  guint           timer_id;

  guint           rep;
  RbRepPhase      phase;
  guint           remaining_seconds;
  guint           elapsed_seconds;
  guint           last_countdown;

  GDateTime      *started;
  GDateTime      *ended;
};

G_DEFINE_FINAL_TYPE (RbSession, rb_session, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ROUTINE,
  PROP_CLOCK,
  PROP_STATE,
  PROP_STEP_INDEX,
  PROP_N_STEPS,
  PROP_STEP,
  PROP_REMAINING_SECONDS,
  PROP_ELAPSED_SECONDS,
  PROP_REP,
  PROP_REP_PHASE,
  PROP_PROGRESS,
  PROP_CAN_ADD_REST,
  PROP_WAITING_FOR_DONE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  STEP_CHANGED,
  METRONOME,
  COUNTDOWN,
  FINISHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define COUNTDOWN_FROM 3

static void update (RbSession *self);

static const RbStep *
current_step (RbSession *self)
{
  return g_ptr_array_index (self->steps, self->index);
}

static gboolean
has_deadline (const RbStep *step)
{
  return step->duration > 0;
}

/* The time as the step sees it: frozen while paused. */
static gint64
effective_now (RbSession *self)
{
  if (self->state == RB_SESSION_STATE_PAUSED)
    return self->pause_started;

  return rb_clock_get_time (self->clock);
}

static gint64
step_elapsed (RbSession *self)
{
  if (self->state == RB_SESSION_STATE_READY ||
      self->state == RB_SESSION_STATE_FINISHED)
    return 0;

  return effective_now (self) - self->step_start - self->paused_total;
}

static gint64
step_deadline (RbSession *self)
{
  return self->step_start + self->paused_total + current_step (self)->duration + self->added;
}

static void
set_state (RbSession      *self,
           RbSessionState  state)
{
  if (self->state == state)
    return;

  self->state = state;
  g_object_freeze_notify (G_OBJECT (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_ADD_REST]);
  g_object_thaw_notify (G_OBJECT (self));
}

static void
cancel_timer (RbSession *self)
{
  if (self->timer_id != 0)
    {
      rb_clock_cancel (self->clock, self->timer_id);
      self->timer_id = 0;
    }
}

/* Whether the current step's deadline has passed, though the clock's
 * callback has not run yet. */
static gboolean
is_due (RbSession *self)
{
  return has_deadline (current_step (self)) &&
         step_elapsed (self) >= current_step (self)->duration + self->added;
}

static void
record_active (RbSession *self)
{
  StepRecord *record = &self->records[self->index];
  gint64 elapsed = step_elapsed (self);

  if (has_deadline (current_step (self)))
    elapsed = MIN (elapsed, current_step (self)->duration + self->added);
  if (current_step (self)->is_work)
    record->active_us += MAX (elapsed, 0);

  /* A set of reps left before its end keeps the reps done in it: 8 of
   * 10 reps is partly done, not skipped. The last time counts. */
  if (rb_step_get_rep_period (current_step (self)) > 0)
    record->reps_done = (guint) MIN (MAX (elapsed, 0) / rb_step_get_rep_period (current_step (self)),
                                     current_step (self)->reps);
}

static void
finish (RbSession *self)
{
  cancel_timer (self);
  g_clear_pointer (&self->ended, g_date_time_unref);
  self->ended = rb_clock_dup_now (self->clock);
  set_state (self, RB_SESSION_STATE_FINISHED);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRESS]);
  g_signal_emit (self, signals[FINISHED], 0);
}

/* Enters step @index, started at @start (a past deadline, or now). */
static void
enter_step (RbSession *self,
            guint      index,
            gint64     start)
{
  const RbStep *step;

  g_assert (index < self->steps->len);

  self->index = index;
  self->step_start = start;
  self->paused_total = 0;
  self->pause_started = start;
  self->added = 0;
  self->rep = 0;
  self->phase = RB_REP_PHASE_NONE;
  self->remaining_seconds = 0;
  self->elapsed_seconds = 0;
  self->last_countdown = 0;
  self->records[index].reached = TRUE;
  self->records[index].status = STEP_PENDING;

  step = current_step (self);

  g_object_freeze_notify (G_OBJECT (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STEP_INDEX]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STEP]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_ADD_REST]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WAITING_FOR_DONE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REP]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REP_PHASE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ELAPSED_SECONDS]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRESS]);
  g_object_thaw_notify (G_OBJECT (self));

  g_signal_emit (self, signals[STEP_CHANGED], 0);

  if (step->kind == RB_STEP_DONE && self->index == index &&
      self->state != RB_SESSION_STATE_FINISHED &&
      self->state != RB_SESSION_STATE_READY)
    finish (self);
}

/* Leaves the current step, marking it, and enters @index at @start. */
static void
move_to (RbSession  *self,
         guint       index,
         gint64      start,
         StepStatus  status)
{
  StepRecord *record = &self->records[self->index];

  cancel_timer (self);
  if (status == STEP_SKIPPED && is_due (self))
    status = STEP_COMPLETED;
  record_active (self);
  if (current_step (self)->is_work)
    record->status = status;
  else
    record->status = STEP_COMPLETED;

  enter_step (self, index, start);
}

static void
timer_cb (gpointer data)
{
  RbSession *self = data;

  self->timer_id = 0;
  update (self);
}

static void
update_rep (RbSession *self,
            gint64     elapsed)
{
  const RbStep *step = current_step (self);
  gint64 period = rb_step_get_rep_period (step);
  guint rep = 0;
  RbRepPhase phase = RB_REP_PHASE_NONE;

  if (period > 0 && elapsed >= 0 && elapsed < step->duration)
    {
      gint64 within = elapsed % period;

      rep = (guint) (elapsed / period) + 1;
      if (within < (gint64) step->tempo_down * G_USEC_PER_SEC)
        phase = RB_REP_PHASE_DOWN;
      else if (within < (gint64) (step->tempo_down + step->tempo_hold) * G_USEC_PER_SEC)
        phase = RB_REP_PHASE_HOLD;
      else
        phase = RB_REP_PHASE_UP;
    }

  if (rep == self->rep && phase == self->phase)
    return;

  g_object_freeze_notify (G_OBJECT (self));
  if (rep != self->rep)
    {
      self->rep = rep;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REP]);
    }
  if (phase != self->phase)
    {
      self->phase = phase;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REP_PHASE]);
    }
  g_object_thaw_notify (G_OBJECT (self));

  if (phase != RB_REP_PHASE_NONE)
    g_signal_emit (self, signals[METRONOME], 0, rep, phase);
}

static void
update_seconds (RbSession *self)
{
  const RbStep *step = current_step (self);
  guint seconds = rb_session_get_remaining_seconds (self);
  guint elapsed = (guint) (MAX (step_elapsed (self), 0) / G_USEC_PER_SEC);

  if (elapsed != self->elapsed_seconds)
    {
      self->elapsed_seconds = elapsed;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ELAPSED_SECONDS]);
    }

  if (seconds == self->remaining_seconds)
    return;

  self->remaining_seconds = seconds;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REMAINING_SECONDS]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRESS]);

  /* 3, 2, 1 before a timed step ends, if it lasts longer than that. */
  if (has_deadline (step) && seconds >= 1 && seconds <= COUNTDOWN_FROM &&
      step->duration + self->added > (gint64) seconds * G_USEC_PER_SEC &&
      (self->last_countdown == 0 || seconds < self->last_countdown))
    {
      self->last_countdown = seconds;
      g_signal_emit (self, signals[COUNTDOWN], 0, seconds);
    }
}

/* The next time anything visible changes: a deadline, a second of the
 * countdown or of the time spent, or a phase of a rep. */
static gint64
next_wakeup (RbSession *self,
             gint64     now)
{
  const RbStep *step = current_step (self);
  gint64 base = self->step_start + self->paused_total;
  gint64 wakeup = base + ((now - base) / G_USEC_PER_SEC + 1) * G_USEC_PER_SEC;
  gint64 period = rb_step_get_rep_period (step);

  if (has_deadline (step))
    {
      gint64 deadline = step_deadline (self);
      gint64 remaining = deadline - now;

      if (remaining > G_USEC_PER_SEC)
        wakeup = MIN (wakeup, deadline - ((remaining - 1) / G_USEC_PER_SEC) * G_USEC_PER_SEC);
      else
        wakeup = MIN (wakeup, deadline);
    }

  if (period > 0)
    {
      gint64 elapsed = now - base;
      gint64 rep_start = base + (elapsed / period) * period;
      gint64 bounds[] = {
        (gint64) step->tempo_down * G_USEC_PER_SEC,
        (gint64) (step->tempo_down + step->tempo_hold) * G_USEC_PER_SEC,
        period,
      };

      for (guint i = 0; i < G_N_ELEMENTS (bounds); i++)
        if (rep_start + bounds[i] > now)
          {
            wakeup = MIN (wakeup, rep_start + bounds[i]);
            break;
          }
    }

  return wakeup;
}

/* Catches up with the clock: passes every deadline that is due, each next
 * step starting at the previous deadline, then emits what changed and
 * schedules the next wake-up. Signal handlers may call back into the
 * session, so the state is checked again after each emission. */
static void
update (RbSession *self)
{
  g_autoptr(GObject) guard = g_object_ref (G_OBJECT (self));

  while (self->state == RB_SESSION_STATE_RUNNING &&
         has_deadline (current_step (self)) &&
         rb_clock_get_time (self->clock) >= step_deadline (self))
    {
      gint64 deadline = step_deadline (self);

      cancel_timer (self);
      if (current_step (self)->is_work)
        self->records[self->index].active_us += deadline - self->step_start - self->paused_total;
      self->records[self->index].status = STEP_COMPLETED;
      enter_step (self, self->index + 1, deadline);
    }

  if (self->state != RB_SESSION_STATE_RUNNING &&
      self->state != RB_SESSION_STATE_PAUSED)
    return;

  update_rep (self, step_elapsed (self));
  update_seconds (self);

  cancel_timer (self);
  if (self->state == RB_SESSION_STATE_RUNNING)
    {
      gint64 now = rb_clock_get_time (self->clock);

      self->timer_id = rb_clock_schedule (self->clock, next_wakeup (self, now), timer_cb, self);
    }
}

static void
rb_session_constructed (GObject *object)
{
  RbSession *self = RB_SESSION (object);

  G_OBJECT_CLASS (rb_session_parent_class)->constructed (object);

  g_assert (self->routine != NULL);
  g_assert (self->clock != NULL);

  self->steps = rb_routine_expand (self->routine);
  self->records = g_new0 (StepRecord, self->steps->len);
}

static void
rb_session_dispose (GObject *object)
{
  RbSession *self = RB_SESSION (object);

  if (self->clock != NULL)
    cancel_timer (self);
  g_clear_object (&self->clock);
  g_clear_object (&self->routine);

  G_OBJECT_CLASS (rb_session_parent_class)->dispose (object);
}

static void
rb_session_finalize (GObject *object)
{
  RbSession *self = RB_SESSION (object);

  g_clear_pointer (&self->steps, g_ptr_array_unref);
  g_clear_pointer (&self->records, g_free);
  g_clear_pointer (&self->started, g_date_time_unref);
  g_clear_pointer (&self->ended, g_date_time_unref);

  G_OBJECT_CLASS (rb_session_parent_class)->finalize (object);
}

static void
rb_session_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  RbSession *self = RB_SESSION (object);

  switch (prop_id)
    {
    case PROP_ROUTINE:
      g_value_set_object (value, self->routine);
      break;
    case PROP_CLOCK:
      g_value_set_object (value, self->clock);
      break;
    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;
    case PROP_STEP_INDEX:
      g_value_set_uint (value, self->index);
      break;
    case PROP_N_STEPS:
      g_value_set_uint (value, self->steps->len);
      break;
    case PROP_STEP:
      g_value_set_boxed (value, current_step (self));
      break;
    case PROP_REMAINING_SECONDS:
      g_value_set_uint (value, rb_session_get_remaining_seconds (self));
      break;
    case PROP_ELAPSED_SECONDS:
      g_value_set_uint (value, rb_session_get_elapsed_seconds (self));
      break;
    case PROP_REP:
      g_value_set_uint (value, self->rep);
      break;
    case PROP_REP_PHASE:
      g_value_set_enum (value, self->phase);
      break;
    case PROP_PROGRESS:
      g_value_set_double (value, rb_session_get_progress (self));
      break;
    case PROP_CAN_ADD_REST:
      g_value_set_boolean (value, rb_session_can_add_rest (self));
      break;
    case PROP_WAITING_FOR_DONE:
      g_value_set_boolean (value, rb_session_get_waiting_for_done (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rb_session_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  RbSession *self = RB_SESSION (object);

  switch (prop_id)
    {
    case PROP_ROUTINE:
      self->routine = g_value_dup_object (value);
      break;
    case PROP_CLOCK:
      self->clock = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rb_session_class_init (RbSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags co = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = rb_session_constructed;
  object_class->dispose = rb_session_dispose;
  object_class->finalize = rb_session_finalize;
  object_class->get_property = rb_session_get_property;
  object_class->set_property = rb_session_set_property;

  properties[PROP_ROUTINE] =
    g_param_spec_object ("routine", NULL, NULL, RB_TYPE_ROUTINE, co);
  properties[PROP_CLOCK] =
    g_param_spec_object ("clock", NULL, NULL, RB_TYPE_CLOCK, co);
  properties[PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL, RB_TYPE_SESSION_STATE,
                       RB_SESSION_STATE_READY, ro);
  properties[PROP_STEP_INDEX] =
    g_param_spec_uint ("step-index", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_N_STEPS] =
    g_param_spec_uint ("n-steps", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_STEP] =
    g_param_spec_boxed ("step", NULL, NULL, RB_TYPE_STEP, ro);
  properties[PROP_REMAINING_SECONDS] =
    g_param_spec_uint ("remaining-seconds", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_ELAPSED_SECONDS] =
    g_param_spec_uint ("elapsed-seconds", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_REP] =
    g_param_spec_uint ("rep", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_REP_PHASE] =
    g_param_spec_enum ("rep-phase", NULL, NULL, RB_TYPE_REP_PHASE,
                       RB_REP_PHASE_NONE, ro);
  properties[PROP_PROGRESS] =
    g_param_spec_double ("progress", NULL, NULL, 0.0, 1.0, 0.0, ro);
  properties[PROP_CAN_ADD_REST] =
    g_param_spec_boolean ("can-add-rest", NULL, NULL, FALSE, ro);
  properties[PROP_WAITING_FOR_DONE] =
    g_param_spec_boolean ("waiting-for-done", NULL, NULL, FALSE, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * RbSession::step-changed:
   *
   * A new step began; read #RbSession:step.
   */
  signals[STEP_CHANGED] =
    g_signal_new ("step-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * RbSession::metronome:
   * @rep: the rep, from 1
   * @phase: the #RbRepPhase that begins
   *
   * A phase of a rep begins: the moment to tick.
   */
  signals[METRONOME] =
    g_signal_new ("metronome", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_UINT, RB_TYPE_REP_PHASE);

  /**
   * RbSession::countdown:
   * @seconds: 3, 2 or 1
   *
   * That many seconds are left in a timed step.
   */
  signals[COUNTDOWN] =
    g_signal_new ("countdown", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  /**
   * RbSession::finished:
   *
   * The session reached its end or was stopped; see
   * rb_session_is_complete().
   */
  signals[FINISHED] =
    g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
rb_session_init (RbSession *self)
{
}

/**
 * rb_session_new:
 * @routine: what to play
 * @clock: the time source
 *
 * Returns: (transfer full): a session, %RB_SESSION_STATE_READY on its
 *   first step
 */
RbSession *
rb_session_new (RbRoutine *routine,
                RbClock   *clock)
{
  g_return_val_if_fail (RB_IS_ROUTINE (routine), NULL);
  g_return_val_if_fail (RB_IS_CLOCK (clock), NULL);

  return g_object_new (RB_TYPE_SESSION,
                       "routine", routine,
                       "clock", clock,
                       NULL);
}

RbRoutine *
rb_session_get_routine (RbSession *self)
{
  g_return_val_if_fail (RB_IS_SESSION (self), NULL);

  return self->routine;
}

RbClock *
rb_session_get_clock (RbSession *self)
{
  g_return_val_if_fail (RB_IS_SESSION (self), NULL);

  return self->clock;
}

RbSessionState
rb_session_get_state (RbSession *self)
{
  g_return_val_if_fail (RB_IS_SESSION (self), RB_SESSION_STATE_READY);

  return self->state;
}

guint
rb_session_get_step_index (RbSession *self)
{
  g_return_val_if_fail (RB_IS_SESSION (self), 0);

  return self->index;
}

guint
rb_session_get_n_steps (RbSession *self)
{
  g_return_val_if_fail (RB_IS_SESSION (self), 0);

  return self->steps->len;
}

/**
 * rb_session_get_step:
 * @self: a #RbSession
 *
 * Returns: (transfer none): the current step
 */
const RbStep *
rb_session_get_step (RbSession *self)
{
  g_return_val_if_fail (RB_IS_SESSION (self), NULL);

  return current_step (self);
}

/**
 * rb_session_get_nth_step:
 * @self: a #RbSession
 * @index: a step index
 *
 * Returns: (transfer none): the step at @index, for an overview
 */
const RbStep *
rb_session_get_nth_step (RbSession *self,
                         guint      index)
{
  g_return_val_if_fail (RB_IS_SESSION (self), NULL);
  g_return_val_if_fail (index < self->steps->len, NULL);

  return g_ptr_array_index (self->steps, index);
}

/**
 * rb_session_get_remaining:
 * @self: a #RbSession
 *
 * Returns: microseconds left in the current step, read from the clock
 *   (frozen while paused; the whole duration before the start; 0 for a
 *   step that waits for "Done")
 */
gint64
rb_session_get_remaining (RbSession *self)
{
  const RbStep *step;

  g_return_val_if_fail (RB_IS_SESSION (self), 0);

  step = current_step (self);
  if (!has_deadline (step) || self->state == RB_SESSION_STATE_FINISHED)
    return 0;
  if (self->state == RB_SESSION_STATE_READY)
    return step->duration;

  return MAX (step_deadline (self) - effective_now (self), 0);
}

/**
 * rb_session_get_remaining_seconds:
 * @self: a #RbSession
 *
 * Returns: whole seconds left in the current step, rounded up, as a
 *   countdown shows them
 */
guint
rb_session_get_remaining_seconds (RbSession *self)
{
  gint64 remaining = rb_session_get_remaining (self);

  return (guint) ((remaining + G_USEC_PER_SEC - 1) / G_USEC_PER_SEC);
}

/**
 * rb_session_get_elapsed_seconds:
 * @self: a #RbSession
 *
 * Returns: whole seconds spent in the current step, pauses excluded, as
 *   a count-up shows them (for steps that wait for "Done")
 */
guint
rb_session_get_elapsed_seconds (RbSession *self)
{
  g_return_val_if_fail (RB_IS_SESSION (self), 0);

  return (guint) (MAX (step_elapsed (self), 0) / G_USEC_PER_SEC);
}

/**
 * rb_session_get_step_elapsed:
 * @self: a #RbSession
 *
 * Returns: microseconds spent in the current step, pauses excluded
 */
gint64
rb_session_get_step_elapsed (RbSession *self)
{
  g_return_val_if_fail (RB_IS_SESSION (self), 0);

  return step_elapsed (self);
}

/**
 * rb_session_get_step_duration:
 * @self: a #RbSession
 *
 * Returns: the current step's length with the rest added to it, in
 *   microseconds; 0 when it waits for "Done"
 */
gint64
rb_session_get_step_duration (RbSession *self)
{
  g_return_val_if_fail (RB_IS_SESSION (self), 0);

  if (!has_deadline (current_step (self)))
    return 0;

  return current_step (self)->duration + self->added;
}

/**
 * rb_session_get_step_deadline:
 * @self: a #RbSession
 *
 * Returns: the clock time at which the current step ends if not paused,
 *   or 0 when it has no deadline or the session is not running
 */
gint64
rb_session_get_step_deadline (RbSession *self)
{
  g_return_val_if_fail (RB_IS_SESSION (self), 0);

  if (self->state != RB_SESSION_STATE_RUNNING || !has_deadline (current_step (self)))
    return 0;

  return step_deadline (self);
}

/**
 * rb_session_get_planned_end:
 * @self: a #RbSession
 *
 * Returns: the clock time at which the session ends if nothing is
 *   paused, skipped or waited for from now on; 0 unless running
 */
gint64
rb_session_get_planned_end (RbSession *self)
{
  gint64 end;

  g_return_val_if_fail (RB_IS_SESSION (self), 0);

  if (self->state != RB_SESSION_STATE_RUNNING)
    return 0;

  end = has_deadline (current_step (self)) ? step_deadline (self) : rb_clock_get_time (self->clock);
  for (guint i = self->index + 1; i < self->steps->len; i++)
    end += ((const RbStep *) g_ptr_array_index (self->steps, i))->duration;

  return end;
}

/**
 * rb_session_get_rep:
 * @self: a #RbSession
 *
 * Returns: the rep being counted, from 1; 0 outside counted reps
 */
guint
rb_session_get_rep (RbSession *self)
{
  g_return_val_if_fail (RB_IS_SESSION (self), 0);

  return self->rep;
}

RbRepPhase
rb_session_get_rep_phase (RbSession *self)
{
  g_return_val_if_fail (RB_IS_SESSION (self), RB_REP_PHASE_NONE);

  return self->phase;
}

/**
 * rb_session_get_progress:
 * @self: a #RbSession
 *
 * Returns: how much of the session is behind, from 0 to 1, by planned
 *   time (rb_step_get_planned_duration(), the rule of session estimates)
 */
double
rb_session_get_progress (RbSession *self)
{
  double total = 0.0;
  double done = 0.0;

  g_return_val_if_fail (RB_IS_SESSION (self), 0.0);

  if (self->state == RB_SESSION_STATE_FINISHED && current_step (self)->kind == RB_STEP_DONE)
    return 1.0;

  for (guint i = 0; i < self->steps->len; i++)
    {
      const RbStep *step = g_ptr_array_index (self->steps, i);
      gint64 weight = rb_step_get_planned_duration (step);

      /* Summed as doubles: no routine can make them wrap around. */
      total += (double) weight;
      if (i < self->index)
        done += (double) weight;
      else if (i == self->index && has_deadline (step))
        done += (double) CLAMP (step_elapsed (self), 0, weight);
    }

  if (total <= 0.0)
    return 0.0;

  return CLAMP (done / total, 0.0, 1.0);
}

/**
 * rb_session_can_add_rest:
 * @self: a #RbSession
 *
 * Returns: whether rb_session_add_rest() would work now
 */
gboolean
rb_session_can_add_rest (RbSession *self)
{
  g_return_val_if_fail (RB_IS_SESSION (self), FALSE);

  return (self->state == RB_SESSION_STATE_RUNNING ||
          self->state == RB_SESSION_STATE_PAUSED) &&
         rb_step_is_rest (current_step (self));
}

/**
 * rb_session_get_waiting_for_done:
 * @self: a #RbSession
 *
 * Returns: whether the current step waits for rb_session_done()
 */
gboolean
rb_session_get_waiting_for_done (RbSession *self)
{
  g_return_val_if_fail (RB_IS_SESSION (self), FALSE);

  return current_step (self)->kind == RB_STEP_WORK_OWN_PACE;
}

/**
 * rb_session_start:
 * @self: a #RbSession
 *
 * Starts a ready session on its current step (the first, unless moved
 * with rb_session_next() or rb_session_previous() before starting).
 */
void
rb_session_start (RbSession *self)
{
  g_return_if_fail (RB_IS_SESSION (self));

  if (self->state != RB_SESSION_STATE_READY)
    return;

  /* rb_session_start_from() may have carried over an earlier start. */
  if (self->started == NULL)
    self->started = rb_clock_dup_now (self->clock);
  set_state (self, RB_SESSION_STATE_RUNNING);
  enter_step (self, self->index, rb_clock_get_time (self->clock));
  update (self);
}

/* rb_session_entry_start_at() (rb-session-entry.c) carries over what an
 * earlier run recorded, through the three functions below. */

/* Marks the work steps of @item's @side before @limit as reached,
 * @sets_done of them completed; the first holds @active_us. */
void
rb_session_restore_work (RbSession *self,
                         guint      limit,
                         guint      item,
                         RbSide     side,
                         guint      sets_done,
                         gint64     active_us)
{
  guint done = 0;
  gboolean first = TRUE;

  g_return_if_fail (RB_IS_SESSION (self));
  g_return_if_fail (self->state == RB_SESSION_STATE_READY);

  limit = MIN (limit, self->steps->len);
  for (guint i = 0; i < limit; i++)
    {
      const RbStep *step = g_ptr_array_index (self->steps, i);

      if (!step->is_work || step->item != item || step->side != side)
        continue;

      self->records[i].reached = TRUE;
      self->records[i].status = done < sets_done ? STEP_COMPLETED : STEP_SKIPPED;
      done++;
      if (first)
        self->records[i].active_us = active_us;
      first = FALSE;
    }
}

/* Starts a ready session on @step_index (clamped to the last step), as
 * if it had started at @started when not %NULL. */
void
rb_session_start_from (RbSession *self,
                       guint      step_index,
                       GDateTime *started)
{
  g_return_if_fail (RB_IS_SESSION (self));

  if (self->state != RB_SESSION_STATE_READY)
    return;

  if (started != NULL)
    {
      g_clear_pointer (&self->started, g_date_time_unref);
      self->started = g_date_time_ref (started);
    }

  self->index = MIN (step_index, self->steps->len - 1);
  rb_session_start (self);
}

/**
 * rb_session_pause:
 * @self: a #RbSession
 *
 * Pauses a running session; the remaining time stays exactly as it is.
 */
void
rb_session_pause (RbSession *self)
{
  g_return_if_fail (RB_IS_SESSION (self));

  if (self->state != RB_SESSION_STATE_RUNNING)
    return;

  cancel_timer (self);
  self->pause_started = rb_clock_get_time (self->clock);
  set_state (self, RB_SESSION_STATE_PAUSED);
}

/**
 * rb_session_resume:
 * @self: a #RbSession
 *
 * Resumes a paused session where it was.
 */
void
rb_session_resume (RbSession *self)
{
  g_return_if_fail (RB_IS_SESSION (self));

  if (self->state != RB_SESSION_STATE_PAUSED)
    return;

  self->paused_total += rb_clock_get_time (self->clock) - self->pause_started;
  set_state (self, RB_SESSION_STATE_RUNNING);
  update (self);
}

/**
 * rb_session_toggle_pause:
 * @self: a #RbSession
 *
 * Pauses a running session, resumes a paused one, starts a ready one.
 */
void
rb_session_toggle_pause (RbSession *self)
{
  g_return_if_fail (RB_IS_SESSION (self));

  switch (self->state)
    {
    case RB_SESSION_STATE_READY:
      rb_session_start (self);
      break;
    case RB_SESSION_STATE_RUNNING:
      rb_session_pause (self);
      break;
    case RB_SESSION_STATE_PAUSED:
      rb_session_resume (self);
      break;
    case RB_SESSION_STATE_FINISHED:
    default:
      break;
    }
}

/* Moves while ready: only chooses where rb_session_start() begins. */
static void
move_ready (RbSession *self,
            guint      index)
{
  if (index == self->index)
    return;

  self->index = index;
  g_object_freeze_notify (G_OBJECT (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STEP_INDEX]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STEP]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REMAINING_SECONDS]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WAITING_FOR_DONE]);
  g_object_thaw_notify (G_OBJECT (self));
  g_signal_emit (self, signals[STEP_CHANGED], 0);
}

/**
 * rb_session_next:
 * @self: a #RbSession
 *
 * Skips to the next step, which starts now (paused if the session is
 * paused). A work step left this way counts as skipped. Skipping the last
 * step finishes the session.
 */
void
rb_session_next (RbSession *self)
{
  g_return_if_fail (RB_IS_SESSION (self));

  switch (self->state)
    {
    case RB_SESSION_STATE_READY:
      /* Never onto the done step without starting. */
      if (self->index + 2 < self->steps->len)
        move_ready (self, self->index + 1);
      break;
    case RB_SESSION_STATE_RUNNING:
    case RB_SESSION_STATE_PAUSED:
      move_to (self, self->index + 1, effective_now (self), STEP_SKIPPED);
      update (self);
      break;
    case RB_SESSION_STATE_FINISHED:
    default:
      break;
    }
}

/**
 * rb_session_previous:
 * @self: a #RbSession
 *
 * Goes back to the previous step (or to the start of the first), which
 * starts now and will be recorded afresh.
 */
void
rb_session_previous (RbSession *self)
{
  guint target;

  g_return_if_fail (RB_IS_SESSION (self));

  target = self->index > 0 ? self->index - 1 : 0;

  switch (self->state)
    {
    case RB_SESSION_STATE_READY:
      move_ready (self, target);
      break;
    case RB_SESSION_STATE_RUNNING:
    case RB_SESSION_STATE_PAUSED:
      move_to (self, target, effective_now (self), STEP_PENDING);
      update (self);
      break;
    case RB_SESSION_STATE_FINISHED:
    default:
      break;
    }
}

/**
 * rb_session_restart_exercise:
 * @self: a #RbSession
 *
 * Starts the current item again from its first set. During the rest
 * after an item, that item is the one restarted.
 */
void
rb_session_restart_exercise (RbSession *self)
{
  guint item;
  guint first = G_MAXUINT;

  g_return_if_fail (RB_IS_SESSION (self));

  if (self->state != RB_SESSION_STATE_RUNNING &&
      self->state != RB_SESSION_STATE_PAUSED)
    return;

  item = current_step (self)->item;
  for (guint i = 0; i < self->steps->len; i++)
    {
      const RbStep *step = g_ptr_array_index (self->steps, i);

      if (step->item != item || step->kind == RB_STEP_DONE)
        continue;
      if (step->kind == RB_STEP_GET_READY || step->kind == RB_STEP_REST_EXERCISE)
        continue;

      first = MIN (first, i);
    }

  if (first == G_MAXUINT)
    return;

  move_to (self, first, effective_now (self), STEP_PENDING);
  for (guint i = first + 1; i < self->steps->len; i++)
    {
      self->records[i].status = STEP_PENDING;
      self->records[i].reached = FALSE;
      self->records[i].reps_done = 0;
    }
  update (self);
}

/**
 * rb_session_add_rest:
 * @self: a #RbSession
 *
 * Adds %RB_SESSION_ADD_REST_US (15 s) to the current rest.
 *
 * Returns: %FALSE when the current step is not a rest
 */
gboolean
rb_session_add_rest (RbSession *self)
{
  g_return_val_if_fail (RB_IS_SESSION (self), FALSE);

  if (!rb_session_can_add_rest (self))
    return FALSE;

  self->added += RB_SESSION_ADD_REST_US;
  if (rb_session_get_remaining_seconds (self) > COUNTDOWN_FROM)
    self->last_countdown = 0;
  update (self);

  return TRUE;
}

/**
 * rb_session_done:
 * @self: a #RbSession
 *
 * Completes a step that waits for "Done" (reps at your own pace) and
 * moves on. Does nothing on other steps.
 */
void
rb_session_done (RbSession *self)
{
  g_return_if_fail (RB_IS_SESSION (self));

  if (self->state != RB_SESSION_STATE_RUNNING &&
      self->state != RB_SESSION_STATE_PAUSED)
    return;

  if (!rb_session_get_waiting_for_done (self))
    return;

  move_to (self, self->index + 1, effective_now (self), STEP_COMPLETED);
  update (self);
}

/**
 * rb_session_stop:
 * @self: a #RbSession
 *
 * Ends the session early; what was done so far stays in the results.
 */
void
rb_session_stop (RbSession *self)
{
  g_return_if_fail (RB_IS_SESSION (self));

  if (self->state == RB_SESSION_STATE_FINISHED)
    return;

  if (self->state != RB_SESSION_STATE_READY)
    {
      record_active (self);
      if (current_step (self)->is_work && self->records[self->index].status == STEP_PENDING)
        self->records[self->index].status = STEP_SKIPPED;
    }
  if (self->started == NULL)
    self->started = rb_clock_dup_now (self->clock);

  finish (self);
}

static void
result_free (gpointer data)
{
  RbSessionResult *result = data;

  g_free (result->exercise_id);
  g_free (result->title);
  g_free (result);
}

static RbSessionResult *
find_result (GPtrArray    *results,
             const RbStep *step)
{
  for (guint i = 0; i < results->len; i++)
    {
      RbSessionResult *result = g_ptr_array_index (results, i);

      if (result->item == step->item && result->side == step->side)
        return result;
    }

  return NULL;
}

/* Warm-up, walks and cool-down are not counted as intervals. */
static gboolean
counts_as_set (const RbStep *step)
{
  return step->kind != RB_STEP_WARM_UP &&
         step->kind != RB_STEP_WALK &&
         step->kind != RB_STEP_COOL_DOWN;
}

/* Completed when every set was; partly done after any work: a set, some
 * reps of one, or a second of a timed step (a hold, icing, a walk).
 * Steps that wait for "Done" are not done until then. */
static void
set_status (RbSessionResult *result)
{
  if (result->n_sets > 0 && result->sets_done == result->n_sets)
    result->status = RB_RESULT_COMPLETED;
  else if (result->sets_done > 0 || result->reps_done > 0)
    result->status = RB_RESULT_PARTIAL;
  else if (result->status == RB_RESULT_SKIPPED && result->reps == 0 &&
           result->planned_us > 0 && result->active_us >= G_USEC_PER_SEC)
    result->status = RB_RESULT_PARTIAL;
}

/**
 * rb_session_get_results:
 * @self: a #RbSession
 *
 * What happened to each item, one result per side, in routine order.
 *
 * Returns: (transfer full) (element-type RbSessionResult): the results
 */
GPtrArray *
rb_session_get_results (RbSession *self)
{
  g_autoptr(GPtrArray) results = NULL;

  g_return_val_if_fail (RB_IS_SESSION (self), NULL);

  results = g_ptr_array_new_with_free_func (result_free);
  for (guint i = 0; i < self->steps->len; i++)
    {
      const RbStep *step = g_ptr_array_index (self->steps, i);
      const StepRecord *record = &self->records[i];
      RbSessionResult *result;

      if (!step->is_work)
        continue;

      result = find_result (results, step);
      if (result == NULL)
        {
          const RbRoutineItem *item = rb_routine_get_item (self->routine, step->item);

          result = g_new0 (RbSessionResult, 1);
          result->item = step->item;
          result->kind = item->kind;
          result->exercise_id = g_strdup (item->exercise_id);
          result->title = g_strdup (item->title);
          result->side = step->side;
          result->status = RB_RESULT_NOT_REACHED;
          g_ptr_array_add (results, result);
        }

      result->active_us += record->active_us;
      result->planned_us = step->duration > G_MAXINT64 - result->planned_us
                         ? G_MAXINT64 : result->planned_us + step->duration;
      if (record->reached && result->status == RB_RESULT_NOT_REACHED)
        result->status = RB_RESULT_SKIPPED;
      if (step->kind == RB_STEP_WORK_REPS)
        {
          guint reps = record->status == STEP_COMPLETED ? step->reps : record->reps_done;

          result->reps = step->reps;
          result->reps_done = reps > G_MAXUINT - result->reps_done ? G_MAXUINT : result->reps_done + reps;
        }
      if (!counts_as_set (step))
        continue;
      result->n_sets++;
      if (record->status == STEP_COMPLETED)
        result->sets_done++;
    }

  for (guint i = 0; i < results->len; i++)
    set_status (g_ptr_array_index (results, i));

  return g_steal_pointer (&results);
}

/**
 * rb_session_is_complete:
 * @self: a #RbSession
 *
 * Returns: whether every item was completed
 */
gboolean
rb_session_is_complete (RbSession *self)
{
  g_autoptr(GPtrArray) results = NULL;

  g_return_val_if_fail (RB_IS_SESSION (self), FALSE);

  results = rb_session_get_results (self);
  for (guint i = 0; i < results->len; i++)
    if (((RbSessionResult *) g_ptr_array_index (results, i))->status != RB_RESULT_COMPLETED)
      return FALSE;

  return TRUE;
}

/**
 * rb_session_get_active_time:
 * @self: a #RbSession
 *
 * Returns: microseconds spent working, pauses and rests excluded, the
 *   current step included
 */
gint64
rb_session_get_active_time (RbSession *self)
{
  gint64 total = 0;

  g_return_val_if_fail (RB_IS_SESSION (self), 0);

  for (guint i = 0; i < self->steps->len; i++)
    total += self->records[i].active_us;

  if ((self->state == RB_SESSION_STATE_RUNNING || self->state == RB_SESSION_STATE_PAUSED) &&
      current_step (self)->is_work)
    total += MAX (step_elapsed (self), 0);

  return total;
}

/* When the session started and ended, as far as it did: %NULL before
 * it started, and while it has not ended. */
GDateTime *
rb_session_get_started (RbSession *self)
{
  g_return_val_if_fail (RB_IS_SESSION (self), NULL);

  return self->started;
}

GDateTime *
rb_session_get_ended (RbSession *self)
{
  g_return_val_if_fail (RB_IS_SESSION (self), NULL);

  return self->ended;
}

/* The time spent so far in the work step in progress, when it belongs
 * to @result; 0 otherwise. Results leave it out until the step ends. */
gint64
rb_session_get_pending_active_time (RbSession             *self,
                                    const RbSessionResult *result)
{
  g_return_val_if_fail (RB_IS_SESSION (self), 0);
  g_return_val_if_fail (result != NULL, 0);

  if ((self->state == RB_SESSION_STATE_RUNNING || self->state == RB_SESSION_STATE_PAUSED) &&
      current_step (self)->is_work && current_step (self)->item == result->item &&
      current_step (self)->side == result->side)
    return MAX (step_elapsed (self), 0);

  return 0;
}
