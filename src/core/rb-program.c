/* rb-program.c
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
#include "rb-progression-private.h"
#include "rb-routine.h"

struct _RbSessionItem
{
  RbSessionItemKind  kind;
  char              *exercise_id;
  RbExercise        *exercise;
  RbDosage           override;      /* the members in override_mask */
  RbDosageMask       override_mask;
  RbDosage           dosage;        /* the exercise's, overridden once linked */
  RbRunWalk          run_walk;
  char              *note;
};

struct _RbProgramSession
{
  char      *id;
  char      *title;
  GPtrArray *items;
  guint      weekdays;      /* RB_WEEKDAY_BIT()s */
  gboolean   has_weekdays;  /* given by the program; [] for an alternative */
};

struct _RbPhase
{
  char      *title;
  char      *note;
  guint      weeks;
  guint      sessions_per_week;
  GPtrArray *sessions;
};

struct _RbProgram
{
  GObject    parent_instance;

  char      *id;
  char      *title;
  char      *summary;
  char      *audience;
  char      *source;
  gboolean   bundled;
  GPtrArray *phases;
  GPtrArray *sessions; /* flattened, not owned */
  RbProgression *progression;
};

G_DEFINE_FINAL_TYPE (RbProgram, rb_program, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_SUMMARY,
  PROP_AUDIENCE,
  PROP_SOURCE,
  PROP_BUNDLED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
session_item_free (RbSessionItem *item)
{
  g_free (item->exercise_id);
  g_clear_object (&item->exercise);
  g_free (item->note);
  g_free (item);
}

static void
program_session_free (RbProgramSession *session)
{
  g_free (session->id);
  g_free (session->title);
  g_ptr_array_unref (session->items);
  g_free (session);
}

static void
phase_free (RbPhase *phase)
{
  g_free (phase->title);
  g_free (phase->note);
  g_ptr_array_unref (phase->sessions);
  g_free (phase);
}

static void
rb_program_finalize (GObject *object)
{
  RbProgram *self = RB_PROGRAM (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->audience, g_free);
  g_clear_pointer (&self->source, g_free);
  g_clear_pointer (&self->sessions, g_ptr_array_unref);
  g_clear_pointer (&self->phases, g_ptr_array_unref);
  g_clear_pointer (&self->progression, rb_progression_free);

  G_OBJECT_CLASS (rb_program_parent_class)->finalize (object);
}

static void
rb_program_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  RbProgram *self = RB_PROGRAM (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;
    case PROP_AUDIENCE:
      g_value_set_string (value, self->audience);
      break;
    case PROP_SOURCE:
      g_value_set_string (value, self->source);
      break;
    case PROP_BUNDLED:
      g_value_set_boolean (value, self->bundled);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rb_program_class_init (RbProgramClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = rb_program_finalize;
  object_class->get_property = rb_program_get_property;

  /* Read-only: the document is fixed once read. */
  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, ro);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, ro);
  properties[PROP_SUMMARY] = g_param_spec_string ("summary", NULL, NULL, NULL, ro);
  properties[PROP_AUDIENCE] = g_param_spec_string ("audience", NULL, NULL, NULL, ro);
  properties[PROP_SOURCE] = g_param_spec_string ("source", NULL, NULL, NULL, ro);
  properties[PROP_BUNDLED] = g_param_spec_boolean ("bundled", NULL, NULL, FALSE, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rb_program_init (RbProgram *self)
{
  self->phases = g_ptr_array_new_with_free_func ((GDestroyNotify) phase_free);
  self->sessions = g_ptr_array_new ();
}

static gboolean
read_run_walk (JsonObject  *object,
               const char  *path,
               RbRunWalk   *run_walk,
               GError     **error)
{
  static const char * const members[] = {
    "run_seconds", "walk_seconds", "repeats", "warm_up_minutes", "cool_down_minutes", NULL
  };

  if (json_object_get_member (object, "run_seconds") == NULL)
    {
      g_autofree char *where = rb_json_path_member (path, "run_seconds");

      g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID, "%s: %s", where, _("missing"));
      return FALSE;
    }

  run_walk->repeats = 1;

  return rb_json_check_members (object, path, members, error) &&
         rb_json_get_uint (object, path, "run_seconds", 10, 3600, &run_walk->run_seconds, error) &&
         rb_json_get_uint (object, path, "walk_seconds", 0, 3600, &run_walk->walk_seconds, error) &&
         rb_json_get_uint (object, path, "repeats", 1, 50, &run_walk->repeats, error) &&
         rb_json_get_uint (object, path, "warm_up_minutes", 0, 30, &run_walk->warm_up_minutes, error) &&
         rb_json_get_uint (object, path, "cool_down_minutes", 0, 30, &run_walk->cool_down_minutes, error);
}

static RbSessionItem *
read_item (JsonNode    *node,
           const char  *path,
           gboolean     bundled,
           GError     **error)
{
  static const char * const members[] = { "exercise", "dosage", "note", "run_walk", NULL };
  RbSessionItem *item = g_new0 (RbSessionItem, 1);
  g_autoptr(GError) local_error = NULL;
  g_autofree char *note = NULL;
  JsonObject *object, *dosage, *run_walk;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (&local_error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID,
                   _("%s: expected %s, found %s"), path, "an object", rb_json_node_type_name (node));
      goto fail;
    }

  object = json_node_get_object (node);
  if (!rb_json_check_members (object, path, members, &local_error) ||
      !rb_json_get_object (object, path, "run_walk", FALSE, &run_walk, &local_error) ||
      !rb_json_get_string (object, path, "note", FALSE, &note, &local_error))
    goto fail;

  if (run_walk != NULL)
    {
      g_autofree char *where = rb_json_path_member (path, "run_walk");

      if (json_object_has_member (object, "exercise") || json_object_has_member (object, "dosage"))
        {
          g_set_error (&local_error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID,
                       _("%s: an item is either an exercise or run_walk, not both"), path);
          goto fail;
        }

      item->kind = RB_SESSION_ITEM_RUN_WALK;
      if (!read_run_walk (run_walk, where, &item->run_walk, &local_error))
        goto fail;
    }
  else
    {
      g_autofree char *where = rb_json_path_member (path, "dosage");

      item->kind = RB_SESSION_ITEM_EXERCISE;
      if (!rb_json_get_id (object, path, "exercise", &item->exercise_id, &local_error) ||
          !rb_json_get_object (object, path, "dosage", FALSE, &dosage, &local_error))
        goto fail;

      /* Checked here, applied over the exercise's default when linked. */
      if (dosage != NULL)
        {
          item->override = (RbDosage) RB_DOSAGE_INIT;
          if (!rb_dosage_read_masked (dosage, where, &item->override, &item->override_mask, &local_error))
            goto fail;
        }
    }

  item->note = note ? rb_content_translate (note, bundled) : NULL;
  return item;

fail:
  session_item_free (item);
  g_propagate_error (error, g_steal_pointer (&local_error));
  return NULL;
}

/* "weekdays": [ "mon", "wed", "fri" ], the days a plan proposes. */
static gboolean
read_weekdays (JsonObject  *object,
               const char  *path,
               guint       *weekdays,
               gboolean    *given,
               GError     **error)
{
  static const char * const names[] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun", NULL };
  g_autofree char *where = rb_json_path_member (path, "weekdays");
  g_auto(GStrv) days = NULL;

  if (!rb_json_get_strv (object, path, "weekdays", FALSE, 0, &days, error))
    return FALSE;

  *given = json_object_has_member (object, "weekdays");
  *weekdays = 0;
  for (guint i = 0; days != NULL && days[i] != NULL; i++)
    {
      guint bit = 0;

      for (guint d = 0; names[d] != NULL; d++)
        if (g_str_equal (days[i], names[d]))
          bit = 1u << d;

      if (bit == 0 || (*weekdays & bit) != 0)
        {
          g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID,
                       _("%s[%u]: expected one of mon, tue, wed, thu, fri, sat, sun, each once"),
                       where, i);
          return FALSE;
        }
      *weekdays |= bit;
    }

  return TRUE;
}

static RbProgramSession *
read_session (JsonNode    *node,
              const char  *path,
              guint        version,
              gboolean     bundled,
              GError     **error)
{
  static const char * const members_v1[] = { "title", "items", NULL };
  static const char * const members[] = { "id", "title", "weekdays", "items", NULL };
  g_autofree char *id = NULL;
  guint weekdays = 0;
  gboolean has_weekdays = FALSE;
  g_autofree char *title = NULL;
  g_autofree char *items_path = rb_json_path_member (path, "items");
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func ((GDestroyNotify) session_item_free);
  RbProgramSession *session;
  JsonObject *object;
  JsonArray *array;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID,
                   _("%s: expected %s, found %s"), path, "an object", rb_json_node_type_name (node));
      return NULL;
    }

  object = json_node_get_object (node);
  if (!rb_json_check_members (object, path, version == 1 ? members_v1 : members, error) ||
      (version > 1 && !rb_json_get_id (object, path, "id", &id, error)) ||
      !rb_json_get_string (object, path, "title", TRUE, &title, error) ||
      !rb_json_get_array (object, path, "items", TRUE, 1, &array, error) ||
      !read_weekdays (object, path, &weekdays, &has_weekdays, error))
    return NULL;

  /* Before reading them: a 1 MiB file holds thousands. */
  if (json_array_get_length (array) > RB_PROGRAM_MAX_SESSION_ITEMS)
    {
      g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_TOO_LARGE,
                   _("%s: %u items; a session holds at most %u"),
                   items_path, json_array_get_length (array), RB_PROGRAM_MAX_SESSION_ITEMS);
      return NULL;
    }

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *where = rb_json_path_index (items_path, i);
      RbSessionItem *item = read_item (json_array_get_element (array, i), where, bundled, error);

      if (item == NULL)
        return NULL;
      g_ptr_array_add (items, item);
    }

  session = g_new0 (RbProgramSession, 1);
  session->id = g_steal_pointer (&id);
  session->title = rb_content_translate (title, bundled);
  session->items = g_steal_pointer (&items);
  session->weekdays = weekdays;
  session->has_weekdays = has_weekdays;
  return session;
}

static RbPhase *
read_phase (JsonNode    *node,
            const char  *path,
            guint        version,
            gboolean     bundled,
            GError     **error)
{
  static const char * const members[] = { "title", "weeks", "sessions_per_week", "note", "sessions", NULL };
  g_autofree char *title = NULL, *note = NULL;
  g_autofree char *sessions_path = rb_json_path_member (path, "sessions");
  g_autoptr(GPtrArray) sessions = g_ptr_array_new_with_free_func ((GDestroyNotify) program_session_free);
  guint weeks = 0, per_week = 0;
  RbPhase *phase;
  JsonObject *object;
  JsonArray *array;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID,
                   _("%s: expected %s, found %s"), path, "an object", rb_json_node_type_name (node));
      return NULL;
    }

  object = json_node_get_object (node);
  if (!rb_json_check_members (object, path, members, error) ||
      !rb_json_get_string (object, path, "title", TRUE, &title, error) ||
      !rb_json_get_string (object, path, "note", FALSE, &note, error))
    return NULL;

  for (const char * const *m = (const char * const[]) { "weeks", "sessions_per_week", NULL }; *m; m++)
    {
      if (json_object_get_member (object, *m) == NULL)
        {
          g_autofree char *where = rb_json_path_member (path, *m);

          g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID, "%s: %s", where, _("missing"));
          return NULL;
        }
    }

  if (!rb_json_get_uint (object, path, "weeks", 1, 52, &weeks, error) ||
      !rb_json_get_uint (object, path, "sessions_per_week", 1, 14, &per_week, error) ||
      !rb_json_get_array (object, path, "sessions", TRUE, 1, &array, error))
    return NULL;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *where = rb_json_path_index (sessions_path, i);
      RbProgramSession *session = read_session (json_array_get_element (array, i), where, version, bundled, error);

      if (session == NULL)
        return NULL;
      g_ptr_array_add (sessions, session);
    }

  phase = g_new0 (RbPhase, 1);
  phase->title = rb_content_translate (title, bundled);
  phase->note = note ? rb_content_translate (note, bundled) : NULL;
  phase->weeks = weeks;
  phase->sessions_per_week = per_week;
  phase->sessions = g_steal_pointer (&sessions);
  return phase;
}

/* The progression's stages replace the run/walk item of the session it
 * names, which must exist and have one.
 */
static gboolean
read_progression (RbProgram   *self,
                  JsonObject  *root,
                  gboolean     bundled,
                  GError     **error)
{
  g_autoptr(RbProgression) progression = NULL;
  const RbProgramSession *session;
  JsonObject *object;

  if (!rb_json_get_object (root, "", "progression", FALSE, &object, error))
    return FALSE;
  if (object == NULL)
    return TRUE;

  progression = rb_progression_new_from_json (object, "progression", bundled, error);
  if (progression == NULL)
    return FALSE;

  session = rb_program_lookup_session (self, rb_progression_get_session_id (progression), NULL);
  if (session == NULL)
    {
      g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_REFERENCE,
                   _("progression.session: unknown session “%s”"), rb_progression_get_session_id (progression));
      return FALSE;
    }

  for (guint i = 0; i < session->items->len; i++)
    {
      const RbSessionItem *item = g_ptr_array_index (session->items, i);

      if (item->kind == RB_SESSION_ITEM_RUN_WALK)
        {
          rb_progression_set_session (progression, &item->run_walk);
          self->progression = g_steal_pointer (&progression);
          return TRUE;
        }
    }

  g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID,
               _("progression.session: session “%s” has no run_walk item for the stages to replace"),
               rb_progression_get_session_id (progression));
  return FALSE;
}

RbProgram *
rb_program_new_from_json (JsonObject  *root,
                          gboolean     bundled,
                          GError     **error)
{
  static const char * const members[] = {
    "format", "version", "id", "title", "summary", "audience", "phases", "source", "progression", NULL
  };
  g_autoptr(RbProgram) self = g_object_new (RB_TYPE_PROGRAM, NULL);
  g_autofree char *title = NULL, *summary = NULL, *audience = NULL, *source = NULL;
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  guint version = 0;
  JsonArray *phases;

  if (!rb_json_check_header_versions (root, "runback.program", 1, RB_PROGRAM_FORMAT_VERSION, &version, error) ||
      !rb_json_check_members (root, "", members, error) ||
      !rb_json_get_id (root, "", "id", &self->id, error) ||
      !rb_json_get_string (root, "", "title", TRUE, &title, error) ||
      !rb_json_get_string (root, "", "summary", TRUE, &summary, error) ||
      !rb_json_get_string (root, "", "audience", TRUE, &audience, error) ||
      !rb_json_get_string (root, "", "source", FALSE, &source, error) ||
      !rb_json_get_array (root, "", "phases", TRUE, 1, &phases, error))
    return NULL;

  for (guint i = 0; i < json_array_get_length (phases); i++)
    {
      g_autofree char *where = rb_json_path_index ("phases", i);
      RbPhase *phase = read_phase (json_array_get_element (phases, i), where, version, bundled, error);

      if (phase == NULL)
        return NULL;

      g_ptr_array_add (self->phases, phase);
      for (guint j = 0; j < phase->sessions->len; j++)
        {
          RbProgramSession *session = g_ptr_array_index (phase->sessions, j);

          /* Version 1 had no ids: the journal pointed at sessions by
           * their position, which the migrated ids keep. */
          if (session->id == NULL)
            session->id = g_strdup_printf ("session-%u", self->sessions->len + 1);

          if (!g_hash_table_add (ids, session->id))
            {
              g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID,
                           _("phases[%u].sessions[%u].id: “%s” is already the id of another session"),
                           i, j, session->id);
              return NULL;
            }

          g_ptr_array_add (self->sessions, session);
        }
    }

  if (!read_progression (self, root, bundled, error))
    return NULL;

  self->bundled = bundled;
  self->title = rb_content_translate (title, bundled);
  self->summary = rb_content_translate (summary, bundled);
  self->audience = rb_content_translate (audience, bundled);
  self->source = source ? rb_content_translate (source, bundled) : NULL;

  return g_steal_pointer (&self);
}

/* A session's steps depend on the dosages, so they are counted once the
 * program is linked, exactly as rb_routine_expand() would make them.
 */
static gboolean
check_steps (RbProgram  *self,
             guint       index,
             guint       phase,
             guint       session,
             GError    **error)
{
  g_autoptr(RbRoutine) routine = rb_routine_new_for_program_session (self, index);
  guint64 n_steps = rb_routine_count_steps (routine);

  if (n_steps > RB_PROGRAM_MAX_SESSION_STEPS)
    {
      /* At most 50 items of ~100 steps here: %u holds it, and gettext
       * cannot read G_GUINT64_FORMAT. */
      g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_TOO_LARGE,
                   _("phases[%u].sessions[%u].items: %u steps once expanded; "
                     "a session holds at most %u"),
                   phase, session, (guint) MIN (n_steps, G_MAXUINT), RB_PROGRAM_MAX_SESSION_STEPS);
      return FALSE;
    }

  return TRUE;
}

/* Resolves every exercise id, and computes each item's dosage: the
 * exercise's default with the item's overrides applied.
 */
gboolean
rb_program_link (RbProgram    *self,
                 RbExercise *(*lookup) (const char *id, gpointer data),
                 gpointer      data,
                 GError      **error)
{
  guint index = 0;

  g_return_val_if_fail (RB_IS_PROGRAM (self), FALSE);

  for (guint p = 0; p < self->phases->len; p++)
    {
      RbPhase *phase = g_ptr_array_index (self->phases, p);

      for (guint s = 0; s < phase->sessions->len; s++, index++)
        {
          RbProgramSession *session = g_ptr_array_index (phase->sessions, s);

          for (guint i = 0; i < session->items->len; i++)
            {
              RbSessionItem *item = g_ptr_array_index (session->items, i);
              RbExercise *exercise;

              if (item->kind != RB_SESSION_ITEM_EXERCISE)
                continue;

              exercise = lookup (item->exercise_id, data);
              if (exercise == NULL)
                {
                  g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_REFERENCE,
                               _("phases[%u].sessions[%u].items[%u].exercise: unknown exercise “%s”"),
                               p, s, i, item->exercise_id);
                  return FALSE;
                }

              g_set_object (&item->exercise, exercise);
              item->dosage = *rb_exercise_get_dosage (exercise);
              rb_dosage_apply (&item->dosage, &item->override, item->override_mask);
            }

          if (!check_steps (self, index, p, s, error))
            return FALSE;
        }
    }

  return TRUE;
}

const char *
rb_program_get_id (RbProgram *self)
{
  g_return_val_if_fail (RB_IS_PROGRAM (self), NULL);
  return self->id;
}

const char *
rb_program_get_title (RbProgram *self)
{
  g_return_val_if_fail (RB_IS_PROGRAM (self), NULL);
  return self->title;
}

const char *
rb_program_get_summary (RbProgram *self)
{
  g_return_val_if_fail (RB_IS_PROGRAM (self), NULL);
  return self->summary;
}

const char *
rb_program_get_audience (RbProgram *self)
{
  g_return_val_if_fail (RB_IS_PROGRAM (self), NULL);
  return self->audience;
}

const char *
rb_program_get_source (RbProgram *self)
{
  g_return_val_if_fail (RB_IS_PROGRAM (self), NULL);
  return self->source;
}

gboolean
rb_program_is_bundled (RbProgram *self)
{
  g_return_val_if_fail (RB_IS_PROGRAM (self), FALSE);
  return self->bundled;
}

guint
rb_program_get_n_phases (RbProgram *self)
{
  g_return_val_if_fail (RB_IS_PROGRAM (self), 0);
  return self->phases->len;
}

const RbPhase *
rb_program_get_phase (RbProgram *self,
                      guint      index)
{
  g_return_val_if_fail (RB_IS_PROGRAM (self), NULL);
  g_return_val_if_fail (index < self->phases->len, NULL);
  return g_ptr_array_index (self->phases, index);
}

/**
 * rb_program_get_n_sessions:
 * @self: a #RbProgram
 *
 * Sessions are numbered across phases, in order, from 0: this is the
 * session index used everywhere else (starting a session, the journal).
 *
 * Returns: the number of sessions in all phases
 */
guint
rb_program_get_n_sessions (RbProgram *self)
{
  g_return_val_if_fail (RB_IS_PROGRAM (self), 0);
  return self->sessions->len;
}

const RbProgramSession *
rb_program_get_session (RbProgram *self,
                        guint      index)
{
  g_return_val_if_fail (RB_IS_PROGRAM (self), NULL);
  g_return_val_if_fail (index < self->sessions->len, NULL);
  return g_ptr_array_index (self->sessions, index);
}

/**
 * rb_program_lookup_session:
 * @self: a #RbProgram
 * @session_id: a session id
 * @index: (out) (optional): the session's index over all phases
 *
 * Finds a session by its id, which stays the same when sessions are
 * added, removed or moved in an updated program.
 *
 * Returns: (nullable): the session, or %NULL when @self has none with
 *   that id
 */
const RbProgramSession *
rb_program_lookup_session (RbProgram  *self,
                           const char *session_id,
                           guint      *index)
{
  g_return_val_if_fail (RB_IS_PROGRAM (self), NULL);

  if (session_id == NULL)
    return NULL;

  for (guint i = 0; i < self->sessions->len; i++)
    {
      const RbProgramSession *session = g_ptr_array_index (self->sessions, i);

      if (g_str_equal (session->id, session_id))
        {
          if (index != NULL)
            *index = i;
          return session;
        }
    }

  return NULL;
}

guint
rb_program_get_total_weeks (RbProgram *self)
{
  guint weeks = 0;

  g_return_val_if_fail (RB_IS_PROGRAM (self), 0);

  for (guint i = 0; i < self->phases->len; i++)
    weeks += ((RbPhase *) g_ptr_array_index (self->phases, i))->weeks;

  return weeks;
}

guint
rb_program_get_max_sessions_per_week (RbProgram *self)
{
  guint max = 0;

  g_return_val_if_fail (RB_IS_PROGRAM (self), 0);

  for (guint i = 0; i < self->phases->len; i++)
    max = MAX (max, ((RbPhase *) g_ptr_array_index (self->phases, i))->sessions_per_week);

  return max;
}

/**
 * rb_program_get_progression:
 * @self: a #RbProgram
 *
 * Returns: (transfer none) (nullable): the graded progression whose
 *   current stage replaces the run/walk item of one session, if any
 */
const RbProgression *
rb_program_get_progression (RbProgram *self)
{
  g_return_val_if_fail (RB_IS_PROGRAM (self), NULL);
  return self->progression;
}

const char *
rb_phase_get_title (const RbPhase *phase)
{
  return phase->title;
}

const char *
rb_phase_get_note (const RbPhase *phase)
{
  return phase->note;
}

guint
rb_phase_get_weeks (const RbPhase *phase)
{
  return phase->weeks;
}

guint
rb_phase_get_sessions_per_week (const RbPhase *phase)
{
  return phase->sessions_per_week;
}

guint
rb_phase_get_n_sessions (const RbPhase *phase)
{
  return phase->sessions->len;
}

const RbProgramSession *
rb_phase_get_session (const RbPhase *phase,
                      guint          index)
{
  g_return_val_if_fail (index < phase->sessions->len, NULL);
  return g_ptr_array_index (phase->sessions, index);
}

/**
 * rb_program_session_get_id:
 * @session: a session
 *
 * Returns: the session's id, unique in its program; for a version 1
 *   program, `session-N` by position over all phases, from 1
 */
const char *
rb_program_session_get_id (const RbProgramSession *session)
{
  return session->id;
}

/**
 * rb_program_session_get_weekdays:
 * @session: a session
 *
 * Returns: the weekdays the program proposes for @session, as
 *   `1 << (GDateWeekday - 1)` bits; 0 when it proposes none (see
 *   rb_program_session_has_weekdays())
 */
guint
rb_program_session_get_weekdays (const RbProgramSession *session)
{
  return session->weekdays;
}

/**
 * rb_program_session_has_weekdays:
 * @session: a session
 *
 * Returns: whether the program says on which weekdays @session goes; an
 *   empty list is an alternative to another session, not planned unless
 *   the user picks days for it
 */
gboolean
rb_program_session_has_weekdays (const RbProgramSession *session)
{
  return session->has_weekdays;
}

const char *
rb_program_session_get_title (const RbProgramSession *session)
{
  return session->title;
}

guint
rb_program_session_get_n_items (const RbProgramSession *session)
{
  return session->items->len;
}

const RbSessionItem *
rb_program_session_get_item (const RbProgramSession *session,
                             guint                   index)
{
  g_return_val_if_fail (index < session->items->len, NULL);
  return g_ptr_array_index (session->items, index);
}

/**
 * rb_program_session_get_estimated_minutes:
 * @session: a session
 *
 * Estimates the session's length as it will be played: the session's
 * routine (rb_routine_new_for_session()), timed by
 * rb_routine_estimate_seconds(). It stops at %G_MAXUINT minutes.
 *
 * Returns: the estimated length in whole minutes, at least 1
 */
guint
rb_program_session_get_estimated_minutes (const RbProgramSession *session)
{
  g_autoptr(RbRoutine) routine = NULL;
  guint64 seconds;

  g_return_val_if_fail (session != NULL, 1);

  routine = rb_routine_new_for_session (session);
  seconds = rb_routine_estimate_seconds (routine);

  return (guint) CLAMP (seconds / 60 + (seconds % 60 >= 30 ? 1 : 0), 1, G_MAXUINT);
}

RbSessionItemKind
rb_session_item_get_kind (const RbSessionItem *item)
{
  return item->kind;
}

const char *
rb_session_item_get_exercise_id (const RbSessionItem *item)
{
  return item->exercise_id;
}

/**
 * rb_session_item_get_exercise:
 * @item: an item
 *
 * Returns: (transfer none) (nullable): the exercise, or %NULL for run/walk
 *   intervals
 */
RbExercise *
rb_session_item_get_exercise (const RbSessionItem *item)
{
  return item->exercise;
}

const RbDosage *
rb_session_item_get_dosage (const RbSessionItem *item)
{
  return &item->dosage;
}

const RbRunWalk *
rb_session_item_get_run_walk (const RbSessionItem *item)
{
  return item->kind == RB_SESSION_ITEM_RUN_WALK ? &item->run_walk : NULL;
}

/**
 * rb_session_item_get_dosage_override:
 * @item: an item
 * @override: (out) (optional): the members the program sets
 *
 * The program's own dosage for @item, over the exercise's default: only
 * the members in the returned mask are set in @override.
 *
 * Returns: which members of @override are set
 */
RbDosageMask
rb_session_item_get_dosage_override (const RbSessionItem *item,
                                     RbDosage            *override)
{
  if (override != NULL)
    *override = item->override;
  return item->override_mask;
}

const char *
rb_session_item_get_note (const RbSessionItem *item)
{
  return item->note;
}

/**
 * rb_session_item_dup_title:
 * @item: an item
 *
 * Returns: (transfer full): the exercise's name, or a description of the
 *   run/walk intervals
 */
char *
rb_session_item_dup_title (const RbSessionItem *item)
{
  if (item->kind == RB_SESSION_ITEM_EXERCISE)
    return g_strdup (item->exercise ? rb_exercise_get_name (item->exercise) : item->exercise_id);

  if (item->run_walk.walk_seconds == 0)
    return g_strdup_printf (_("Run %u min"), item->run_walk.run_seconds / 60);

  /* Translators: run/walk intervals, e.g. "Run 1:00 / walk 2:00 × 8" */
  return g_strdup_printf (_("Run %u:%02u / walk %u:%02u × %u"),
                          item->run_walk.run_seconds / 60, item->run_walk.run_seconds % 60,
                          item->run_walk.walk_seconds / 60, item->run_walk.walk_seconds % 60,
                          item->run_walk.repeats);
}
