/* rb-routine.c
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rb-routine.h"

#define DEFAULT_LEAD_IN       5
#define DEFAULT_SWITCH        5
#define DEFAULT_REST_BETWEEN 30
#define DEFAULT_TEMPO         2

struct _RbRoutine
{
  GObject    parent_instance;
  char      *title;
  char      *program_id;
  char      *session_id;
  int        session_index;
  guint      lead_in;
  guint      switch_seconds;
  guint      rest_between;
  GPtrArray *items;
  int        stage;   /* the progression stage of its run/walk, or -1 */
};

G_DEFINE_FINAL_TYPE (RbRoutine, rb_routine, G_TYPE_OBJECT)

static void
item_free (gpointer data)
{
  RbRoutineItem *item = data;

  g_free (item->exercise_id);
  g_free (item->title);
  g_free (item->instructions);
  g_free (item);
}

/* Saturates rather than wraps: a routine built by hand may hold any guint. */
static gint64
seconds (guint64 s)
{
  return (gint64) MIN (s, (guint64) (G_MAXINT64 / G_USEC_PER_SEC)) * G_USEC_PER_SEC;
}

static const char *
side_name (RbSide side)
{
  return side == RB_SIDE_LEFT ? _("Left leg") : _("Right leg");
}

static char *
dup_set_text (guint set,
              guint n_sets)
{
  /* Translators: "Set 2 of 3" */
  return g_strdup_printf (_("Set %u of %u"), set, n_sets);
}

/* "Set 2 of 3 · Left leg · 10 reps": only the parts that apply. */
static void
describe_work (RbStep              *step,
               const RbRoutineItem *item,
               const char          *amount)
{
  g_autoptr(GStrvBuilder) detail = g_strv_builder_new ();
  g_autoptr(GString) speech = g_string_new (item->title);
  g_auto(GStrv) parts = NULL;

  if (step->n_sets > 1)
    {
      g_autofree char *set = dup_set_text (step->set, step->n_sets);

      g_strv_builder_add (detail, set);
      /* Translators: spoken after the exercise's name: "Squat, set 2 of 3" */
      g_string_append_printf (speech, _(", set %u of %u"), step->set, step->n_sets);
    }
  if (step->side != RB_SIDE_NONE)
    {
      g_strv_builder_add (detail, side_name (step->side));
      g_string_append (speech, step->side == RB_SIDE_LEFT ? _(", left leg") : _(", right leg"));
    }
  if (amount != NULL)
    g_strv_builder_add (detail, amount);

  parts = g_strv_builder_end (detail);
  step->detail = g_strjoinv (" · ", parts);
  step->speech = g_string_free (g_steal_pointer (&speech), FALSE);
}

/* The dosage's tempo, @hold_seconds held at the bottom, and 2 s down
 * and 2 s up when it gives none. */
static void
set_tempo (RbStep         *step,
           const RbDosage *d)
{
  step->tempo_down = d->tempo_down;
  step->tempo_hold = MAX (d->tempo_hold, d->hold_seconds);
  step->tempo_up = d->tempo_up;
  if (step->tempo_down == 0 && step->tempo_up == 0)
    {
      step->tempo_down = DEFAULT_TEMPO;
      step->tempo_up = DEFAULT_TEMPO;
    }
}

static RbStep *
new_work_step (const RbRoutineItem *item,
               guint                index,
               guint                set,
               RbSide               side)
{
  const RbDosage *d = &item->dosage;
  g_autofree char *amount = NULL;
  gint64 period;
  RbStep *step;

  if (d->duration_minutes > 0)
    {
      step = rb_step_new (RB_STEP_WORK_TIMED);
      step->duration = seconds ((guint64) d->duration_minutes * 60);
      amount = g_strdup_printf (ngettext ("%u minute", "%u minutes", d->duration_minutes),
                                d->duration_minutes);
    }
  else if (d->own_pace || (d->reps == 0 && d->hold_seconds == 0))
    {
      step = rb_step_new (RB_STEP_WORK_OWN_PACE);
      step->reps = d->reps;
      /* Not counted, but it plans the step's length. */
      set_tempo (step, d);
      if (d->reps > 0)
        amount = g_strdup_printf (ngettext ("%u rep at your own pace", "%u reps at your own pace", d->reps),
                                  d->reps);
      else
        amount = g_strdup (_("At your own pace"));
    }
  else if (d->reps == 0)
    {
      step = rb_step_new (RB_STEP_WORK_HOLD);
      step->duration = seconds (d->hold_seconds);
      amount = g_strdup_printf (ngettext ("Hold %u second", "Hold %u seconds", d->hold_seconds),
                                d->hold_seconds);
    }
  else
    {
      step = rb_step_new (RB_STEP_WORK_REPS);
      step->reps = d->reps;
      set_tempo (step, d);
      period = rb_step_get_rep_period (step);
      step->duration = period == 0 || d->reps <= G_MAXINT64 / period ? d->reps * period : G_MAXINT64;
      amount = g_strdup_printf (ngettext ("%u rep", "%u reps", d->reps), d->reps);
    }

  step->is_work = TRUE;
  step->item = index;
  step->set = set;
  step->n_sets = MAX (d->sets, 1);
  step->side = side;
  step->exercise_id = g_strdup (item->exercise_id);
  step->title = g_strdup (item->title);
  step->instructions = g_strdup (item->instructions);
  describe_work (step, item, amount);

  return step;
}

static RbStep *
new_switch_step (guint  index,
                 guint  duration,
                 RbSide side)
{
  RbStep *step = rb_step_new (RB_STEP_SWITCH_SIDES);

  step->item = index;
  step->side = side;
  step->duration = seconds (duration);
  step->title = g_strdup (side == RB_SIDE_LEFT ? _("Switch to the left leg")
                                               : _("Switch to the right leg"));
  step->speech = g_strdup (step->title);

  return step;
}

static RbStep *
new_rest_step (RbStepKind kind,
               guint      index,
               guint      duration)
{
  RbStep *step = rb_step_new (kind);

  step->item = index;
  step->duration = seconds (duration);
  step->title = g_strdup (_("Rest"));
  step->speech = g_strdup_printf (ngettext ("Rest %u second", "Rest %u seconds", duration),
                                  duration);

  return step;
}

static void
expand_exercise (RbRoutine           *self,
                 GPtrArray           *steps,
                 const RbRoutineItem *item,
                 guint                index)
{
  const RbDosage *d = &item->dosage;
  guint n_sets = MAX (d->sets, 1);
  gboolean two_sides = d->sides == 2;

  for (guint set = 1; set <= n_sets; set++)
    {
      if (set > 1 && d->rest_seconds > 0)
        {
          RbStep *rest = new_rest_step (RB_STEP_REST_SET, index, d->rest_seconds);

          rest->set = set;
          rest->n_sets = n_sets;
          rest->side = two_sides ? RB_SIDE_LEFT : RB_SIDE_NONE;
          rest->detail = dup_set_text (set, n_sets);
          g_ptr_array_add (steps, rest);
        }
      else if (set > 1 && two_sides && self->switch_seconds > 0)
        g_ptr_array_add (steps, new_switch_step (index, self->switch_seconds, RB_SIDE_LEFT));

      if (!two_sides)
        {
          g_ptr_array_add (steps, new_work_step (item, index, set, RB_SIDE_NONE));
          continue;
        }

      g_ptr_array_add (steps, new_work_step (item, index, set, RB_SIDE_LEFT));
      if (self->switch_seconds > 0)
        g_ptr_array_add (steps, new_switch_step (index, self->switch_seconds, RB_SIDE_RIGHT));
      g_ptr_array_add (steps, new_work_step (item, index, set, RB_SIDE_RIGHT));
    }
}

static RbStep *
new_interval_step (RbStepKind           kind,
                   const RbRoutineItem *item,
                   guint                index,
                   guint64              duration,
                   guint                interval)
{
  RbStep *step = rb_step_new (kind);
  guint minutes = (guint) MIN (duration / 60, G_MAXUINT);

  step->item = index;
  step->is_work = TRUE;
  step->duration = seconds (duration);
  step->interval = interval;
  step->n_intervals = item->repeats;

  switch (kind)
    {
    case RB_STEP_WARM_UP:
      step->title = g_strdup (_("Warm-up walk"));
      step->detail = g_strdup_printf (ngettext ("%u minute", "%u minutes", minutes), minutes);
      break;
    case RB_STEP_COOL_DOWN:
      step->title = g_strdup (_("Cool-down walk"));
      step->detail = g_strdup_printf (ngettext ("%u minute", "%u minutes", minutes), minutes);
      break;
    case RB_STEP_RUN:
    case RB_STEP_WALK:
      step->title = g_strdup (kind == RB_STEP_RUN ? _("Run") : _("Walk"));
      /* Translators: "Interval 2 of 8" */
      step->detail = g_strdup_printf (_("Interval %u of %u"), interval, item->repeats);
      break;
    default:
      g_assert_not_reached ();
    }

  step->speech = g_strdup_printf ("%s, %s", step->title, step->detail);

  return step;
}

static void
expand_run_walk (GPtrArray           *steps,
                 const RbRoutineItem *item,
                 guint                index)
{
  if (item->warm_up_minutes > 0)
    g_ptr_array_add (steps, new_interval_step (RB_STEP_WARM_UP, item, index,
                                               (guint64) item->warm_up_minutes * 60, 0));

  for (guint i = 1; i <= item->repeats; i++)
    {
      g_ptr_array_add (steps, new_interval_step (RB_STEP_RUN, item, index, item->run_seconds, i));
      if (item->walk_seconds > 0)
        g_ptr_array_add (steps, new_interval_step (RB_STEP_WALK, item, index, item->walk_seconds, i));
    }

  if (item->cool_down_minutes > 0)
    g_ptr_array_add (steps, new_interval_step (RB_STEP_COOL_DOWN, item, index,
                                               (guint64) item->cool_down_minutes * 60, 0));
}

static void
add_lead_in (RbRoutine *self,
             GPtrArray *steps,
             guint      index)
{
  const RbRoutineItem *item = g_ptr_array_index (self->items, index);
  RbStep *step;

  if (self->lead_in == 0)
    return;

  step = rb_step_new (RB_STEP_GET_READY);
  step->item = index;
  step->duration = seconds (self->lead_in);
  step->title = g_strdup (_("Get ready"));
  step->detail = g_strdup (item->title);
  /* Translators: spoken before the first exercise: "Get ready: Squat" */
  step->speech = g_strdup_printf (_("Get ready: %s"), item->title);
  g_ptr_array_add (steps, step);
}

static void
add_next_up (GPtrArray *steps)
{
  for (guint i = 0; i + 1 < steps->len; i++)
    {
      RbStep *step = g_ptr_array_index (steps, i);
      RbStep *next = g_ptr_array_index (steps, i + 1);

      if (next->kind == RB_STEP_DONE)
        step->next_up = g_strdup (_("Next: the end of the session"));
      else if (next->detail != NULL && next->detail[0] != '\0')
        /* Translators: "Next: Squat (Set 2 of 3 · Left leg · 10 reps)" */
        step->next_up = g_strdup_printf (_("Next: %s (%s)"), next->title, next->detail);
      else
        /* Translators: "Next: Rest" */
        step->next_up = g_strdup_printf (_("Next: %s"), next->title);
    }
}

/* The number of steps expand_exercise() adds for @item. */
static guint64
count_exercise_steps (RbRoutine           *self,
                      const RbRoutineItem *item)
{
  const RbDosage *d = &item->dosage;
  guint64 n_sets = MAX (d->sets, 1);
  gboolean two_sides = d->sides == 2;
  guint64 per_set = two_sides ? (self->switch_seconds > 0 ? 3 : 2) : 1;
  guint64 between_sets = d->rest_seconds > 0 || (two_sides && self->switch_seconds > 0) ? 1 : 0;

  return n_sets * per_set + (n_sets - 1) * between_sets;
}

/* The number of steps expand_run_walk() adds for @item. */
static guint64
count_run_walk_steps (const RbRoutineItem *item)
{
  return (item->warm_up_minutes > 0 ? 1 : 0) +
         (guint64) item->repeats * (item->walk_seconds > 0 ? 2 : 1) +
         (item->cool_down_minutes > 0 ? 1 : 0);
}

static void
rb_routine_finalize (GObject *object)
{
  RbRoutine *self = RB_ROUTINE (object);

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->program_id, g_free);
  g_clear_pointer (&self->session_id, g_free);
  g_clear_pointer (&self->items, g_ptr_array_unref);

  G_OBJECT_CLASS (rb_routine_parent_class)->finalize (object);
}

static void
rb_routine_class_init (RbRoutineClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rb_routine_finalize;
}

static void
rb_routine_init (RbRoutine *self)
{
  self->session_index = -1;
  self->stage = -1;
  self->lead_in = DEFAULT_LEAD_IN;
  self->switch_seconds = DEFAULT_SWITCH;
  self->rest_between = DEFAULT_REST_BETWEEN;
  self->items = g_ptr_array_new_with_free_func (item_free);
}

/**
 * rb_routine_new:
 * @title: the session's title, shown and logged
 *
 * Creates an empty routine: a 5 s lead-in, 5 s to switch sides and 30 s
 * of rest between items, until changed.
 *
 * Returns: (transfer full): a new #RbRoutine
 */
RbRoutine *
rb_routine_new (const char *title)
{
  RbRoutine *self;

  g_return_val_if_fail (title != NULL, NULL);

  self = g_object_new (RB_TYPE_ROUTINE, NULL);
  self->title = g_strdup (title);

  return self;
}

/* A timed activity in parts starts with its first part (see
 * rb_exercise_get_part_at() for the ones that follow); anything else
 * with its first step. */
static const char *
first_instruction (RbExercise *exercise)
{
  const char * const *steps = rb_exercise_get_steps (exercise);

  if (rb_exercise_get_n_parts (exercise) > 0)
    return rb_exercise_get_part (exercise, 0, NULL);

  return steps != NULL ? steps[0] : NULL;
}

/**
 * rb_routine_new_for_session:
 * @session: a session of a loaded program
 *
 * Builds the routine of a program's session: its title, each exercise
 * with the item's dosage and the exercise's first step (or first part)
 * as instruction, and run/walk intervals. The routine names no program; see
 * rb_routine_new_for_program_session().
 *
 * Returns: (transfer full): a new #RbRoutine
 */
RbRoutine *
rb_routine_new_for_session (const RbProgramSession *session)
{
  return rb_routine_new_for_session_at_stage (session, NULL, -1);
}

/**
 * rb_routine_new_for_session_at_stage:
 * @session: a program's session
 * @stage_intervals: (nullable): the run/walk intervals of a progression
 *   stage, which replace those of the session's first run/walk item
 *   (its warm-up and cool-down stay)
 * @stage: the stage's number from 0, recorded in the journal, or -1
 *
 * Returns: (transfer full): a new #RbRoutine
 */
RbRoutine *
rb_routine_new_for_session_at_stage (const RbProgramSession *session,
                                     const RbRunWalk        *stage_intervals,
                                     int                     stage)
{
  RbRoutine *self;
  gboolean replaced = FALSE;

  g_return_val_if_fail (session != NULL, NULL);

  self = rb_routine_new (rb_program_session_get_title (session));
  self->stage = stage_intervals != NULL ? stage : -1;

  for (guint i = 0; i < rb_program_session_get_n_items (session); i++)
    {
      const RbSessionItem *item = rb_program_session_get_item (session, i);

      if (rb_session_item_get_kind (item) == RB_SESSION_ITEM_RUN_WALK)
        {
          const RbRunWalk *rw = rb_session_item_get_run_walk (item);
          const RbRunWalk *intervals = stage_intervals != NULL && !replaced ? stage_intervals : rw;

          replaced = TRUE;
          rb_routine_add_run_walk (self, intervals->run_seconds, intervals->walk_seconds,
                                   intervals->repeats, rw->warm_up_minutes, rw->cool_down_minutes);
        }
      else
        {
          RbExercise *exercise = rb_session_item_get_exercise (item);
          g_autofree char *title = rb_session_item_dup_title (item);

          rb_routine_add_exercise (self, rb_session_item_get_exercise_id (item), title,
                                   exercise != NULL ? first_instruction (exercise) : NULL,
                                   rb_session_item_get_dosage (item));
        }
    }

  return self;
}

/**
 * rb_routine_new_for_program_session:
 * @program: a loaded program
 * @session_index: a session index, over all phases
 *   (see rb_program_get_session())
 *
 * Builds the routine of a program's session, as
 * rb_routine_new_for_session() does, and remembers the program and the
 * session for the journal.
 *
 * Returns: (transfer full): a new #RbRoutine
 */
RbRoutine *
rb_routine_new_for_program_session (RbProgram *program,
                                    guint      session_index)
{
  const RbProgramSession *session;
  RbRoutine *self;

  g_return_val_if_fail (RB_IS_PROGRAM (program), NULL);
  g_return_val_if_fail (session_index < rb_program_get_n_sessions (program), NULL);

  session = rb_program_get_session (program, session_index);
  self = rb_routine_new_for_session (session);
  rb_routine_set_program (self, rb_program_get_id (program), (int) session_index);
  rb_routine_set_session_id (self, rb_program_session_get_id (session));

  return self;
}

/**
 * rb_routine_get_stage:
 * @self: a #RbRoutine
 *
 * Returns: the progression stage its run/walk intervals come from, from
 *   0, or -1
 */
int
rb_routine_get_stage (RbRoutine *self)
{
  g_return_val_if_fail (RB_IS_ROUTINE (self), -1);

  return self->stage;
}

const char *
rb_routine_get_title (RbRoutine *self)
{
  g_return_val_if_fail (RB_IS_ROUTINE (self), NULL);

  return self->title;
}

const char *
rb_routine_get_program_id (RbRoutine *self)
{
  g_return_val_if_fail (RB_IS_ROUTINE (self), NULL);

  return self->program_id;
}

int
rb_routine_get_session_index (RbRoutine *self)
{
  g_return_val_if_fail (RB_IS_ROUTINE (self), -1);

  return self->session_index;
}

/**
 * rb_routine_get_session_id:
 * @self: a #RbRoutine
 *
 * Returns: (nullable): the id of the program session the routine comes
 *   from (see rb_program_session_get_id())
 */
const char *
rb_routine_get_session_id (RbRoutine *self)
{
  g_return_val_if_fail (RB_IS_ROUTINE (self), NULL);

  return self->session_id;
}

/**
 * rb_routine_set_session_id:
 * @self: a #RbRoutine
 * @session_id: (nullable): the program session's id
 *
 * Records which session of the program the routine is, by the id that
 * stays the same when the program is updated; for the journal.
 */
void
rb_routine_set_session_id (RbRoutine  *self,
                           const char *session_id)
{
  g_return_if_fail (RB_IS_ROUTINE (self));

  g_free (self->session_id);
  self->session_id = g_strdup (session_id);
}

/**
 * rb_routine_set_program:
 * @self: a #RbRoutine
 * @program_id: (nullable): the program the routine comes from
 * @session_index: the session's index in the program, or -1
 *
 * Records where the routine comes from, for the journal.
 */
void
rb_routine_set_program (RbRoutine  *self,
                        const char *program_id,
                        int         session_index)
{
  g_return_if_fail (RB_IS_ROUTINE (self));

  g_free (self->program_id);
  self->program_id = g_strdup (program_id);
  self->session_index = session_index;
}

guint
rb_routine_get_lead_in (RbRoutine *self)
{
  g_return_val_if_fail (RB_IS_ROUTINE (self), 0);

  return self->lead_in;
}

/**
 * rb_routine_set_lead_in:
 * @self: a #RbRoutine
 * @seconds: the "get ready" time before the first item; 0 for none
 */
void
rb_routine_set_lead_in (RbRoutine *self,
                        guint      seconds)
{
  g_return_if_fail (RB_IS_ROUTINE (self));

  self->lead_in = seconds;
}

guint
rb_routine_get_switch_seconds (RbRoutine *self)
{
  g_return_val_if_fail (RB_IS_ROUTINE (self), 0);

  return self->switch_seconds;
}

/**
 * rb_routine_set_switch_seconds:
 * @self: a #RbRoutine
 * @seconds: the time to switch sides; 0 for no switch step
 */
void
rb_routine_set_switch_seconds (RbRoutine *self,
                               guint      seconds)
{
  g_return_if_fail (RB_IS_ROUTINE (self));

  self->switch_seconds = seconds;
}

guint
rb_routine_get_rest_between (RbRoutine *self)
{
  g_return_val_if_fail (RB_IS_ROUTINE (self), 0);

  return self->rest_between;
}

/**
 * rb_routine_set_rest_between:
 * @self: a #RbRoutine
 * @seconds: the rest between two items; 0 for a "get ready" lead-in instead
 */
void
rb_routine_set_rest_between (RbRoutine *self,
                             guint      seconds)
{
  g_return_if_fail (RB_IS_ROUTINE (self));

  self->rest_between = seconds;
}

/**
 * rb_routine_add_exercise:
 * @self: a #RbRoutine
 * @exercise_id: the exercise id
 * @title: the exercise's name, translated
 * @instructions: (nullable): a short instruction, translated
 * @dosage: how much of it
 *
 * Appends an exercise. A dosage with `duration_minutes` is a timed
 * activity (icing, cycling); `own_pace` waits for "Done"; reps are counted
 * at the tempo (2 s down, 2 s up when none is given, and `hold_seconds`
 * held at the bottom); a hold without reps is one countdown per set.
 */
void
rb_routine_add_exercise (RbRoutine      *self,
                         const char     *exercise_id,
                         const char     *title,
                         const char     *instructions,
                         const RbDosage *dosage)
{
  RbRoutineItem *item;

  g_return_if_fail (RB_IS_ROUTINE (self));
  g_return_if_fail (exercise_id != NULL);
  g_return_if_fail (title != NULL);
  g_return_if_fail (dosage != NULL);

  item = g_new0 (RbRoutineItem, 1);
  item->kind = RB_ROUTINE_ITEM_EXERCISE;
  item->exercise_id = g_strdup (exercise_id);
  item->title = g_strdup (title);
  item->instructions = g_strdup (instructions);
  item->dosage = *dosage;
  g_ptr_array_add (self->items, item);
}

/**
 * rb_routine_add_run_walk:
 * @self: a #RbRoutine
 * @run_seconds: length of a run interval, at least 1
 * @walk_seconds: length of a walk interval; 0 for none
 * @repeats: number of intervals, at least 1
 * @warm_up_minutes: warm-up walk; 0 for none
 * @cool_down_minutes: cool-down walk; 0 for none
 *
 * Appends run/walk intervals.
 */
void
rb_routine_add_run_walk (RbRoutine *self,
                         guint      run_seconds,
                         guint      walk_seconds,
                         guint      repeats,
                         guint      warm_up_minutes,
                         guint      cool_down_minutes)
{
  RbRoutineItem *item;

  g_return_if_fail (RB_IS_ROUTINE (self));
  g_return_if_fail (run_seconds > 0);
  g_return_if_fail (repeats > 0);

  item = g_new0 (RbRoutineItem, 1);
  item->kind = RB_ROUTINE_ITEM_RUN_WALK;
  item->title = g_strdup (_("Run/walk intervals"));
  item->run_seconds = run_seconds;
  item->walk_seconds = walk_seconds;
  item->repeats = repeats;
  item->warm_up_minutes = warm_up_minutes;
  item->cool_down_minutes = cool_down_minutes;
  g_ptr_array_add (self->items, item);
}

guint
rb_routine_get_n_items (RbRoutine *self)
{
  g_return_val_if_fail (RB_IS_ROUTINE (self), 0);

  return self->items->len;
}

/**
 * rb_routine_get_item:
 * @self: a #RbRoutine
 * @index: an item index
 *
 * Returns: (transfer none): the item
 */
const RbRoutineItem *
rb_routine_get_item (RbRoutine *self,
                     guint      index)
{
  g_return_val_if_fail (RB_IS_ROUTINE (self), NULL);
  g_return_val_if_fail (index < self->items->len, NULL);

  return g_ptr_array_index (self->items, index);
}

/**
 * rb_routine_expand:
 * @self: a #RbRoutine
 *
 * Expands the routine into the steps a session plays: a lead-in, each
 * item's sets (left then right side, with a switch between), rests
 * between sets and between items, and a final %RB_STEP_DONE step. An
 * empty routine expands to the done step alone.
 *
 * Returns: (transfer full) (element-type RbStep): the steps
 */
GPtrArray *
rb_routine_expand (RbRoutine *self)
{
  g_autoptr(GPtrArray) steps = NULL;
  RbStep *done;

  g_return_val_if_fail (RB_IS_ROUTINE (self), NULL);

  steps = g_ptr_array_new_with_free_func ((GDestroyNotify) rb_step_free);

  for (guint i = 0; i < self->items->len; i++)
    {
      const RbRoutineItem *item = g_ptr_array_index (self->items, i);

      if (i > 0 && self->rest_between > 0)
        {
          RbStep *rest = new_rest_step (RB_STEP_REST_EXERCISE, i - 1, self->rest_between);

          rest->detail = g_strdup (item->title);
          g_ptr_array_add (steps, rest);
        }
      else
        add_lead_in (self, steps, i);

      if (item->kind == RB_ROUTINE_ITEM_RUN_WALK)
        expand_run_walk (steps, item, i);
      else
        expand_exercise (self, steps, item, i);
    }

  done = rb_step_new (RB_STEP_DONE);
  done->item = self->items->len > 0 ? self->items->len - 1 : 0;
  done->title = g_strdup (_("Session complete"));
  done->speech = g_strdup (_("Well done. Session complete."));
  g_ptr_array_add (steps, done);

  add_next_up (steps);

  return g_steal_pointer (&steps);
}

/**
 * rb_routine_count_steps:
 * @self: a #RbRoutine
 *
 * Counts the steps rb_routine_expand() would return, done step included,
 * without building them: programs are checked against a cap on this
 * when they are read, so that no session expands beyond it.
 *
 * Returns: the number of steps
 */
guint64
rb_routine_count_steps (RbRoutine *self)
{
  guint64 n_steps = 1; /* done */

  g_return_val_if_fail (RB_IS_ROUTINE (self), 0);

  for (guint i = 0; i < self->items->len; i++)
    {
      const RbRoutineItem *item = g_ptr_array_index (self->items, i);

      /* A rest between items, or the lead-in that takes its place. */
      if ((i > 0 && self->rest_between > 0) || self->lead_in > 0)
        n_steps++;

      if (item->kind == RB_ROUTINE_ITEM_RUN_WALK)
        n_steps += count_run_walk_steps (item);
      else
        n_steps += count_exercise_steps (self, item);
    }

  return n_steps;
}

/**
 * rb_routine_estimate_seconds:
 * @self: a #RbRoutine
 *
 * Estimates how long the routine takes: the planned length of every
 * step rb_routine_expand() makes (see rb_step_get_planned_duration()),
 * lead-in, switches and rests included. The sum stops at the largest
 * 64-bit number of microseconds rather than wrap around.
 *
 * Returns: the estimated length in seconds
 */
guint64
rb_routine_estimate_seconds (RbRoutine *self)
{
  g_autoptr(GPtrArray) steps = NULL;
  gint64 total = 0;

  g_return_val_if_fail (RB_IS_ROUTINE (self), 0);

  steps = rb_routine_expand (self);
  for (guint i = 0; i < steps->len; i++)
    {
      gint64 planned = rb_step_get_planned_duration (g_ptr_array_index (steps, i));

      total = planned > G_MAXINT64 - total ? G_MAXINT64 : total + planned;
    }

  return (guint64) (total / G_USEC_PER_SEC);
}
