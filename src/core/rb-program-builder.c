/* rb-program-builder.c: a program being written, with undo.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rb-content-private.h"
#include "rb-dosage-private.h"
#include "rb-json-private.h"
#include "rb-program-builder.h"

/* How many steps back the editor can go. */
#define MAX_UNDO 100

typedef struct
{
  RbSessionItemKind  kind;
  char              *exercise_id;
  RbDosage           dosage;  /* the members in mask override the exercise's */
  RbDosageMask       mask;
  RbRunWalk          run_walk;
  char              *note;
} Item;

typedef struct
{
  char      *id;
  char      *title;
  guint      weekdays;
  gboolean   has_weekdays;
  guint      phase;
  GPtrArray *items;
} Session;

typedef struct
{
  char  *title;
  char  *note;
  guint  weeks;
  guint  sessions_per_week;
} Phase;

/* What undo goes back to: the sessions as they were before a change. */
typedef struct
{
  char      *label;
  char      *coalesce;  /* a change with the same key is folded in */
  GPtrArray *sessions;
} Snapshot;

struct _RbProgramBuilder
{
  GObject     parent_instance;

  char       *id;
  char       *title;
  char       *summary;
  char       *audience;
  char       *source;
  GPtrArray  *phases;
  GPtrArray  *sessions;
  GHashTable *used_ids;     /* session ids ever used, never given again */
  JsonNode   *progression; /* kept as read, checked when built */
  GPtrArray  *undo;         /* of Snapshot, newest last */
};

G_DEFINE_FINAL_TYPE (RbProgramBuilder, rb_program_builder, G_TYPE_OBJECT)

enum { CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
item_free (Item *item)
{
  g_free (item->exercise_id);
  g_free (item->note);
  g_free (item);
}

static Item *
item_copy (const Item *item)
{
  Item *copy = g_memdup2 (item, sizeof *item);

  copy->exercise_id = g_strdup (item->exercise_id);
  copy->note = g_strdup (item->note);
  return copy;
}

static void
session_free (Session *session)
{
  g_free (session->id);
  g_free (session->title);
  g_ptr_array_unref (session->items);
  g_free (session);
}

static Session *
session_new (const char *id,
             const char *title)
{
  Session *session = g_new0 (Session, 1);

  session->id = g_strdup (id);
  session->title = g_strdup (title);
  session->items = g_ptr_array_new_with_free_func ((GDestroyNotify) item_free);
  return session;
}

static Session *
session_copy (const Session *session)
{
  Session *copy = session_new (session->id, session->title);

  copy->weekdays = session->weekdays;
  copy->has_weekdays = session->has_weekdays;
  copy->phase = session->phase;
  for (guint i = 0; i < session->items->len; i++)
    g_ptr_array_add (copy->items, item_copy (g_ptr_array_index (session->items, i)));
  return copy;
}

static GPtrArray *
sessions_copy (GPtrArray *sessions)
{
  GPtrArray *copy = g_ptr_array_new_with_free_func ((GDestroyNotify) session_free);

  for (guint i = 0; i < sessions->len; i++)
    g_ptr_array_add (copy, session_copy (g_ptr_array_index (sessions, i)));
  return copy;
}

static void
phase_free (Phase *phase)
{
  g_free (phase->title);
  g_free (phase->note);
  g_free (phase);
}

static void
snapshot_free (Snapshot *snapshot)
{
  g_free (snapshot->label);
  g_free (snapshot->coalesce);
  g_ptr_array_unref (snapshot->sessions);
  g_free (snapshot);
}

/* Remembers the sessions before a change, unless the last change had the
 * same @coalesce key (one spin button turned several times is one step).
 */
static void
push_undo (RbProgramBuilder *self,
           const char       *label,
           const char       *coalesce)
{
  Snapshot *snapshot;

  if (coalesce != NULL && self->undo->len > 0)
    {
      Snapshot *last = g_ptr_array_index (self->undo, self->undo->len - 1);

      if (g_strcmp0 (last->coalesce, coalesce) == 0)
        return;
    }

  if (self->undo->len == MAX_UNDO)
    g_ptr_array_remove_index (self->undo, 0);

  snapshot = g_new0 (Snapshot, 1);
  snapshot->label = g_strdup (label);
  snapshot->coalesce = g_strdup (coalesce);
  snapshot->sessions = sessions_copy (self->sessions);
  g_ptr_array_add (self->undo, snapshot);
}

static void
emit_changed (RbProgramBuilder *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static Session *
get_session (RbProgramBuilder *self,
             guint             session)
{
  g_return_val_if_fail (session < self->sessions->len, NULL);
  return g_ptr_array_index (self->sessions, session);
}

static Item *
get_item (RbProgramBuilder *self,
          guint             session,
          guint             item)
{
  Session *s = get_session (self, session);

  g_return_val_if_fail (s != NULL && item < s->items->len, NULL);
  return g_ptr_array_index (s->items, item);
}

static void
move_in_array (GPtrArray *array,
               guint      from,
               guint      to)
{
  gpointer moved = g_ptr_array_steal_index (array, from);

  g_ptr_array_insert (array, to, moved);
}

static void
rb_program_builder_finalize (GObject *object)
{
  RbProgramBuilder *self = RB_PROGRAM_BUILDER (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->audience, g_free);
  g_clear_pointer (&self->source, g_free);
  g_clear_pointer (&self->phases, g_ptr_array_unref);
  g_clear_pointer (&self->sessions, g_ptr_array_unref);
  g_clear_pointer (&self->used_ids, g_hash_table_unref);
  g_clear_pointer (&self->progression, json_node_unref);
  g_clear_pointer (&self->undo, g_ptr_array_unref);

  G_OBJECT_CLASS (rb_program_builder_parent_class)->finalize (object);
}

static void
rb_program_builder_class_init (RbProgramBuilderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rb_program_builder_finalize;

  /**
   * RbProgramBuilder::changed:
   *
   * Emitted after any change, undo included.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
rb_program_builder_init (RbProgramBuilder *self)
{
  self->phases = g_ptr_array_new_with_free_func ((GDestroyNotify) phase_free);
  self->sessions = g_ptr_array_new_with_free_func ((GDestroyNotify) session_free);
  self->used_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->undo = g_ptr_array_new_with_free_func ((GDestroyNotify) snapshot_free);
  self->title = g_strdup ("");
  self->summary = g_strdup ("");
  self->audience = g_strdup ("");
}

/**
 * rb_program_builder_new:
 * @id: the new program's id
 *
 * Starts an empty program of one phase (6 weeks, 3 sessions a week) and
 * one session without exercises.
 *
 * Returns: (transfer full): a new #RbProgramBuilder
 */
RbProgramBuilder *
rb_program_builder_new (const char *id)
{
  RbProgramBuilder *self = g_object_new (RB_TYPE_PROGRAM_BUILDER, NULL);
  Phase *phase = g_new0 (Phase, 1);

  self->id = g_strdup (id);
  phase->title = g_strdup (_("Every Week"));
  phase->weeks = 6;
  phase->sessions_per_week = 3;
  g_ptr_array_add (self->phases, phase);
  rb_program_builder_add_session (self, _("Session"));
  g_ptr_array_set_size (self->undo, 0);

  return self;
}

static Item *
item_from_program (const RbSessionItem *source)
{
  Item *item = g_new0 (Item, 1);

  item->kind = rb_session_item_get_kind (source);
  item->note = g_strdup (rb_session_item_get_note (source));
  if (item->kind == RB_SESSION_ITEM_RUN_WALK)
    item->run_walk = *rb_session_item_get_run_walk (source);
  else
    {
      item->exercise_id = g_strdup (rb_session_item_get_exercise_id (source));
      item->mask = rb_session_item_get_dosage_override (source, &item->dosage);
    }

  return item;
}

/**
 * rb_program_builder_new_from_program:
 * @program: a program to start from
 * @id: (nullable): the new program's id, or %NULL to keep @program's
 *
 * Starts from a copy of @program: editing a bundled program makes a copy
 * of it under a new id; editing the user's own keeps its id.
 *
 * Returns: (transfer full): a new #RbProgramBuilder
 */
RbProgramBuilder *
rb_program_builder_new_from_program (RbProgram  *program,
                                     const char *id)
{
  RbProgramBuilder *self;
  g_autoptr(JsonNode) json = NULL;
  JsonNode *progression;

  g_return_val_if_fail (RB_IS_PROGRAM (program), NULL);

  self = g_object_new (RB_TYPE_PROGRAM_BUILDER, NULL);
  self->id = g_strdup (id != NULL ? id : rb_program_get_id (program));
  g_free (self->title);
  self->title = g_strdup (rb_program_get_title (program));
  g_free (self->summary);
  self->summary = g_strdup (rb_program_get_summary (program));
  g_free (self->audience);
  self->audience = g_strdup (rb_program_get_audience (program));
  self->source = g_strdup (rb_program_get_source (program));

  for (guint p = 0; p < rb_program_get_n_phases (program); p++)
    {
      const RbPhase *source = rb_program_get_phase (program, p);
      Phase *phase = g_new0 (Phase, 1);

      phase->title = g_strdup (rb_phase_get_title (source));
      phase->note = g_strdup (rb_phase_get_note (source));
      phase->weeks = rb_phase_get_weeks (source);
      phase->sessions_per_week = rb_phase_get_sessions_per_week (source);
      g_ptr_array_add (self->phases, phase);

      for (guint s = 0; s < rb_phase_get_n_sessions (source); s++)
        {
          const RbProgramSession *from = rb_phase_get_session (source, s);
          Session *session = session_new (rb_program_session_get_id (from), rb_program_session_get_title (from));

          session->weekdays = rb_program_session_get_weekdays (from);
          session->has_weekdays = rb_program_session_has_weekdays (from);
          session->phase = p;
          for (guint i = 0; i < rb_program_session_get_n_items (from); i++)
            g_ptr_array_add (session->items, item_from_program (rb_program_session_get_item (from, i)));
          g_hash_table_add (self->used_ids, g_strdup (session->id));
          g_ptr_array_add (self->sessions, session);
        }
    }

  /* The progression is not edited here: it goes back as it came, and
   * build() checks that its session still has run/walk intervals. */
  json = rb_program_to_json (program);
  progression = json_object_get_member (json_node_get_object (json), "progression");
  if (progression != NULL)
    self->progression = json_node_copy (progression);

  return self;
}

#define DEFINE_STRING_ACCESSORS(member)                                     \
const char *                                                                \
rb_program_builder_get_##member (RbProgramBuilder *self)                    \
{                                                                           \
  g_return_val_if_fail (RB_IS_PROGRAM_BUILDER (self), NULL);                \
  return self->member;                                                      \
}                                                                           \
                                                                            \
void                                                                        \
rb_program_builder_set_##member (RbProgramBuilder *self,                    \
                                 const char       *value)                   \
{                                                                           \
  g_return_if_fail (RB_IS_PROGRAM_BUILDER (self));                          \
                                                                            \
  if (g_strcmp0 (self->member, value) == 0)                                 \
    return;                                                                 \
  g_free (self->member);                                                    \
  self->member = g_strdup (value ? value : "");                             \
  emit_changed (self);                                                      \
}

DEFINE_STRING_ACCESSORS (id)
DEFINE_STRING_ACCESSORS (title)
DEFINE_STRING_ACCESSORS (summary)
DEFINE_STRING_ACCESSORS (audience)

guint
rb_program_builder_get_n_sessions (RbProgramBuilder *self)
{
  g_return_val_if_fail (RB_IS_PROGRAM_BUILDER (self), 0);
  return self->sessions->len;
}

/**
 * rb_program_builder_add_session:
 * @self: a #RbProgramBuilder
 * @title: the session's title
 *
 * Adds an empty session to the last phase, with an id never used in
 * this program (docs/content-format.md, "Session ids").
 *
 * Returns: the new session's index
 */
guint
rb_program_builder_add_session (RbProgramBuilder *self,
                                const char       *title)
{
  Session *session;
  g_autofree char *id = NULL;

  g_return_val_if_fail (RB_IS_PROGRAM_BUILDER (self), 0);

  for (guint n = self->sessions->len + 1; id == NULL || g_hash_table_contains (self->used_ids, id); n++)
    {
      g_free (id);
      id = g_strdup_printf ("session-%u", n);
    }

  push_undo (self, _("Add Session"), NULL);
  session = session_new (id, title);
  session->phase = self->phases->len > 0 ? self->phases->len - 1 : 0;
  g_hash_table_add (self->used_ids, g_steal_pointer (&id));
  g_ptr_array_add (self->sessions, session);
  emit_changed (self);

  return self->sessions->len - 1;
}

void
rb_program_builder_remove_session (RbProgramBuilder *self,
                                   guint             session)
{
  g_autofree char *label = NULL;

  g_return_if_fail (RB_IS_PROGRAM_BUILDER (self));
  g_return_if_fail (session < self->sessions->len);

  /* Translators: an undoable change, e.g. "Remove Strength A" */
  label = g_strdup_printf (_("Remove %s"), get_session (self, session)->title);
  push_undo (self, label, NULL);
  g_ptr_array_remove_index (self->sessions, session);
  emit_changed (self);
}

/* A moved session joins the phase of the session whose place it takes. */
void
rb_program_builder_move_session (RbProgramBuilder *self,
                                 guint             from,
                                 guint             to)
{
  Session *moved;

  g_return_if_fail (RB_IS_PROGRAM_BUILDER (self));
  g_return_if_fail (from < self->sessions->len && to < self->sessions->len);

  if (from == to)
    return;

  push_undo (self, _("Move Session"), NULL);
  moved = get_session (self, from);
  moved->phase = get_session (self, to)->phase;
  move_in_array (self->sessions, from, to);
  emit_changed (self);
}

const char *
rb_program_builder_get_session_id (RbProgramBuilder *self,
                                   guint             session)
{
  g_return_val_if_fail (RB_IS_PROGRAM_BUILDER (self), NULL);
  return get_session (self, session)->id;
}

const char *
rb_program_builder_get_session_title (RbProgramBuilder *self,
                                      guint             session)
{
  g_return_val_if_fail (RB_IS_PROGRAM_BUILDER (self), NULL);
  return get_session (self, session)->title;
}

void
rb_program_builder_set_session_title (RbProgramBuilder *self,
                                      guint             session,
                                      const char       *title)
{
  Session *s;

  g_return_if_fail (RB_IS_PROGRAM_BUILDER (self));

  s = get_session (self, session);
  if (g_strcmp0 (s->title, title) == 0)
    return;
  g_free (s->title);
  s->title = g_strdup (title ? title : "");
  emit_changed (self);
}

guint
rb_program_builder_get_session_weekdays (RbProgramBuilder *self,
                                         guint             session)
{
  g_return_val_if_fail (RB_IS_PROGRAM_BUILDER (self), 0);
  return get_session (self, session)->weekdays;
}

/**
 * rb_program_builder_set_session_weekdays:
 * @self: a #RbProgramBuilder
 * @session: a session index
 * @weekdays: `1 << (GDateWeekday - 1)` bits; 0 makes the session an
 *   alternative to another
 */
void
rb_program_builder_set_session_weekdays (RbProgramBuilder *self,
                                         guint             session,
                                         guint             weekdays)
{
  Session *s;

  g_return_if_fail (RB_IS_PROGRAM_BUILDER (self));

  s = get_session (self, session);
  if (s->has_weekdays && s->weekdays == weekdays)
    return;
  s->weekdays = weekdays & 0x7f;
  s->has_weekdays = TRUE;
  emit_changed (self);
}

guint
rb_program_builder_get_n_items (RbProgramBuilder *self,
                                guint             session)
{
  g_return_val_if_fail (RB_IS_PROGRAM_BUILDER (self), 0);
  return get_session (self, session)->items->len;
}

/**
 * rb_program_builder_add_exercise:
 * @self: a #RbProgramBuilder
 * @session: a session index
 * @exercise_id: the exercise
 *
 * Appends the exercise at its default dosage.
 *
 * Returns: the new item's index
 */
guint
rb_program_builder_add_exercise (RbProgramBuilder *self,
                                 guint             session,
                                 const char       *exercise_id)
{
  Session *s;
  Item *item;

  g_return_val_if_fail (RB_IS_PROGRAM_BUILDER (self), 0);
  g_return_val_if_fail (exercise_id != NULL, 0);

  s = get_session (self, session);
  push_undo (self, _("Add Exercise"), NULL);
  item = g_new0 (Item, 1);
  item->kind = RB_SESSION_ITEM_EXERCISE;
  item->exercise_id = g_strdup (exercise_id);
  item->dosage = (RbDosage) RB_DOSAGE_INIT;
  g_ptr_array_add (s->items, item);
  emit_changed (self);

  return s->items->len - 1;
}

void
rb_program_builder_remove_item (RbProgramBuilder *self,
                                guint             session,
                                guint             item)
{
  g_autofree char *label = NULL;
  Item *removed;

  g_return_if_fail (RB_IS_PROGRAM_BUILDER (self));

  removed = get_item (self, session, item);
  g_return_if_fail (removed != NULL);

  label = g_strdup_printf (_("Remove %s"), removed->exercise_id ? removed->exercise_id : _("Run/Walk"));
  push_undo (self, label, NULL);
  g_ptr_array_remove_index (get_session (self, session)->items, item);
  emit_changed (self);
}

void
rb_program_builder_move_item (RbProgramBuilder *self,
                              guint             session,
                              guint             from,
                              guint             to)
{
  Session *s;

  g_return_if_fail (RB_IS_PROGRAM_BUILDER (self));

  s = get_session (self, session);
  g_return_if_fail (from < s->items->len && to < s->items->len);

  if (from == to)
    return;

  push_undo (self, _("Move Exercise"), NULL);
  move_in_array (s->items, from, to);
  emit_changed (self);
}

RbSessionItemKind
rb_program_builder_get_item_kind (RbProgramBuilder *self,
                                  guint             session,
                                  guint             item)
{
  g_return_val_if_fail (RB_IS_PROGRAM_BUILDER (self), RB_SESSION_ITEM_EXERCISE);
  return get_item (self, session, item)->kind;
}

const char *
rb_program_builder_get_item_exercise_id (RbProgramBuilder *self,
                                         guint             session,
                                         guint             item)
{
  g_return_val_if_fail (RB_IS_PROGRAM_BUILDER (self), NULL);
  return get_item (self, session, item)->exercise_id;
}

const RbRunWalk *
rb_program_builder_get_item_run_walk (RbProgramBuilder *self,
                                      guint             session,
                                      guint             item)
{
  Item *i;

  g_return_val_if_fail (RB_IS_PROGRAM_BUILDER (self), NULL);

  i = get_item (self, session, item);
  return i->kind == RB_SESSION_ITEM_RUN_WALK ? &i->run_walk : NULL;
}

/**
 * rb_program_builder_get_item_dosage:
 * @self: a #RbProgramBuilder
 * @session: a session index
 * @item: an item of it
 * @dosage: (out) (optional): the item's own dosage
 *
 * Returns: which members of @dosage the item sets over its exercise's
 *   default
 */
RbDosageMask
rb_program_builder_get_item_dosage (RbProgramBuilder *self,
                                    guint             session,
                                    guint             item,
                                    RbDosage         *dosage)
{
  Item *i;

  g_return_val_if_fail (RB_IS_PROGRAM_BUILDER (self), RB_DOSAGE_MASK_NONE);

  i = get_item (self, session, item);
  if (dosage != NULL)
    *dosage = i->dosage;
  return i->mask;
}

/**
 * rb_program_builder_set_item_dosage:
 * @self: a #RbProgramBuilder
 * @session: a session index
 * @item: an exercise item of it
 * @dosage: the item's dosage
 * @mask: the members of @dosage that override the exercise's default
 * @error: return location for a #GError
 *
 * Changes the item's dosage after rb_dosage_check(). Successive changes
 * of one item are undone as one.
 *
 * Returns: %TRUE when @dosage was within range and set
 */
gboolean
rb_program_builder_set_item_dosage (RbProgramBuilder  *self,
                                    guint              session,
                                    guint              item,
                                    const RbDosage    *dosage,
                                    RbDosageMask       mask,
                                    GError           **error)
{
  g_autofree char *key = NULL;
  Item *i;

  g_return_val_if_fail (RB_IS_PROGRAM_BUILDER (self), FALSE);
  g_return_val_if_fail (dosage != NULL, FALSE);

  i = get_item (self, session, item);
  g_return_val_if_fail (i != NULL && i->kind == RB_SESSION_ITEM_EXERCISE, FALSE);

  if (!rb_dosage_check (dosage, mask, error))
    return FALSE;

  if (i->mask == mask && rb_dosage_equal (&i->dosage, dosage, mask))
    return TRUE;

  key = g_strdup_printf ("dosage:%s:%u", get_session (self, session)->id, item);
  push_undo (self, _("Change Dosage"), key);
  i->dosage = *dosage;
  i->mask = mask;
  emit_changed (self);
  return TRUE;
}

const char *
rb_program_builder_get_item_note (RbProgramBuilder *self,
                                  guint             session,
                                  guint             item)
{
  g_return_val_if_fail (RB_IS_PROGRAM_BUILDER (self), NULL);
  return get_item (self, session, item)->note;
}

/* An empty note is no note. */
void
rb_program_builder_set_item_note (RbProgramBuilder *self,
                                  guint             session,
                                  guint             item,
                                  const char       *note)
{
  Item *i;

  g_return_if_fail (RB_IS_PROGRAM_BUILDER (self));

  i = get_item (self, session, item);
  if (note != NULL && note[0] == '\0')
    note = NULL;
  if (g_strcmp0 (i->note, note) == 0)
    return;
  g_free (i->note);
  i->note = g_strdup (note);
  emit_changed (self);
}

gboolean
rb_program_builder_can_undo (RbProgramBuilder *self)
{
  g_return_val_if_fail (RB_IS_PROGRAM_BUILDER (self), FALSE);
  return self->undo->len > 0;
}

/**
 * rb_program_builder_get_undo_label:
 * @self: a #RbProgramBuilder
 *
 * Returns: (nullable): what undo would take back, e.g. "Remove Strength A"
 */
const char *
rb_program_builder_get_undo_label (RbProgramBuilder *self)
{
  g_return_val_if_fail (RB_IS_PROGRAM_BUILDER (self), NULL);

  if (self->undo->len == 0)
    return NULL;
  return ((Snapshot *) g_ptr_array_index (self->undo, self->undo->len - 1))->label;
}

/**
 * rb_program_builder_undo:
 * @self: a #RbProgramBuilder
 *
 * Takes back the last change to the sessions and their items: adding,
 * removing or moving one, or a dosage.
 *
 * Returns: %TRUE when there was a change to take back
 */
gboolean
rb_program_builder_undo (RbProgramBuilder *self)
{
  Snapshot *snapshot;

  g_return_val_if_fail (RB_IS_PROGRAM_BUILDER (self), FALSE);

  if (self->undo->len == 0)
    return FALSE;

  snapshot = g_ptr_array_steal_index (self->undo, self->undo->len - 1);
  g_ptr_array_unref (self->sessions);
  self->sessions = g_steal_pointer (&snapshot->sessions);
  snapshot->sessions = g_ptr_array_new ();
  snapshot_free (snapshot);
  emit_changed (self);
  return TRUE;
}

static JsonObject *
item_to_json (const Item *item)
{
  JsonObject *object = json_object_new ();

  if (item->kind == RB_SESSION_ITEM_RUN_WALK)
    {
      JsonObject *run_walk = json_object_new ();

      json_object_set_int_member (run_walk, "run_seconds", item->run_walk.run_seconds);
      json_object_set_int_member (run_walk, "walk_seconds", item->run_walk.walk_seconds);
      json_object_set_int_member (run_walk, "repeats", item->run_walk.repeats);
      json_object_set_int_member (run_walk, "warm_up_minutes", item->run_walk.warm_up_minutes);
      json_object_set_int_member (run_walk, "cool_down_minutes", item->run_walk.cool_down_minutes);
      json_object_set_object_member (object, "run_walk", run_walk);
    }
  else
    {
      json_object_set_string_member (object, "exercise", item->exercise_id);
      if (item->mask != RB_DOSAGE_MASK_NONE)
        json_object_set_member (object, "dosage", rb_dosage_to_json (&item->dosage, item->mask));
    }

  if (item->note != NULL)
    json_object_set_string_member (object, "note", item->note);

  return object;
}

static JsonObject *
session_to_json (const Session *session)
{
  static const char * const days[] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun" };
  JsonObject *object = json_object_new ();
  JsonArray *items = json_array_new ();

  json_object_set_string_member (object, "id", session->id);
  json_object_set_string_member (object, "title", session->title);
  if (session->has_weekdays)
    {
      JsonArray *weekdays = json_array_new ();

      for (guint d = 0; d < G_N_ELEMENTS (days); d++)
        if ((session->weekdays & (1u << d)) != 0)
          json_array_add_string_element (weekdays, days[d]);
      json_object_set_array_member (object, "weekdays", weekdays);
    }

  for (guint i = 0; i < session->items->len; i++)
    json_array_add_object_element (items, item_to_json (g_ptr_array_index (session->items, i)));
  json_object_set_array_member (object, "items", items);

  return object;
}

/**
 * rb_program_builder_to_json:
 * @self: a #RbProgramBuilder
 *
 * Writes the program as a version 2 document, unchecked. A phase left
 * without sessions is left out, unless all are: then the first stays,
 * for the checker to name.
 *
 * Returns: (transfer full): the document's root
 */
JsonNode *
rb_program_builder_to_json (RbProgramBuilder *self)
{
  JsonObject *root = json_object_new ();
  JsonArray *phases = json_array_new ();
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);

  g_return_val_if_fail (RB_IS_PROGRAM_BUILDER (self), NULL);

  json_object_set_string_member (root, "format", "runback.program");
  json_object_set_int_member (root, "version", RB_PROGRAM_FORMAT_VERSION);
  json_object_set_string_member (root, "id", self->id ? self->id : "");
  json_object_set_string_member (root, "title", self->title);
  json_object_set_string_member (root, "summary", self->summary);
  json_object_set_string_member (root, "audience", self->audience);

  for (guint p = 0; p < self->phases->len; p++)
    {
      const Phase *phase = g_ptr_array_index (self->phases, p);
      JsonObject *object;
      JsonArray *sessions = json_array_new ();

      for (guint s = 0; s < self->sessions->len; s++)
        {
          const Session *session = g_ptr_array_index (self->sessions, s);

          if (session->phase == p)
            json_array_add_object_element (sessions, session_to_json (session));
        }

      if (json_array_get_length (sessions) == 0 &&
          (self->sessions->len > 0 || json_array_get_length (phases) > 0))
        {
          json_array_unref (sessions);
          continue;
        }

      object = json_object_new ();
      json_object_set_string_member (object, "title", phase->title);
      json_object_set_int_member (object, "weeks", phase->weeks);
      json_object_set_int_member (object, "sessions_per_week", phase->sessions_per_week);
      if (phase->note != NULL)
        json_object_set_string_member (object, "note", phase->note);
      json_object_set_array_member (object, "sessions", sessions);
      json_array_add_object_element (phases, object);
    }
  json_object_set_array_member (root, "phases", phases);

  if (self->progression != NULL)
    json_object_set_member (root, "progression", json_node_copy (self->progression));
  if (self->source != NULL)
    json_object_set_string_member (root, "source", self->source);

  json_node_take_object (node, root);
  return node;
}

static RbExercise *
lookup_exercise_cb (const char *id,
                    gpointer    data)
{
  return rb_library_lookup_exercise (data, id);
}

/**
 * rb_program_builder_build:
 * @self: a #RbProgramBuilder
 * @library: a loaded library, for the exercises
 * @error: return location for a #GError
 *
 * Makes the program, checked exactly as a loaded one of the user's:
 * its id, unique session ids, the caps on items and steps, the dosages
 * and the exercises it names.
 *
 * Returns: (transfer full): the program, or %NULL with the checker's
 *   message (a JSON path, e.g. `phases[0].sessions[1].items: …`)
 */
RbProgram *
rb_program_builder_build (RbProgramBuilder  *self,
                          RbLibrary         *library,
                          GError           **error)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(RbProgram) program = NULL;
  g_autofree char *title = NULL;

  g_return_val_if_fail (RB_IS_PROGRAM_BUILDER (self), NULL);
  g_return_val_if_fail (RB_IS_LIBRARY (library), NULL);

  title = g_strstrip (g_strdup (self->title));
  if (title[0] == '\0')
    {
      g_set_error_literal (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID,
                           _("title: the program needs a title"));
      return NULL;
    }

  root = rb_program_builder_to_json (self);
  program = rb_program_new_from_json (json_node_get_object (root), FALSE, error);
  if (program == NULL || !rb_program_link (program, lookup_exercise_cb, library, error))
    return NULL;

  return g_steal_pointer (&program);
}
