/* rb-plan-store.c
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rb-content-error.h"
#include "rb-json-private.h"
#include "rb-plan-store.h"
#include "rb-storage.h"

/* The plans the user follows, in $XDG_DATA_HOME/runback/plans.json:
 *
 *   { "format": "runback.plans", "version": 1, "plans": [ { … }, … ] }
 *
 * (see rb-plan.c for one plan). Read through the strict reader with the
 * journal's caps, written atomically after every change. A file that is
 * not a plans document is renamed aside and never overwritten; one that
 * cannot be opened stays, and nothing is written over it. A newer
 * version's file is shown as far as it can be read and never written.
 * See docs/plans-format.md. */

#define PLANS_FORMAT  "runback.plans"
#define PLANS_VERSION 1

struct _RbPlanStore
{
  GObject     parent_instance;
  char       *path;
  char       *kept_aside;
  GListStore *plans;
  GError     *load_error;
  GError     *save_error;
  guint       loaded : 1;
  guint       read_only : 1;
  guint       unreadable : 1;
  guint       unsaved : 1;
};

G_DEFINE_FINAL_TYPE (RbPlanStore, rb_plan_store, G_TYPE_OBJECT)

enum { PROP_0, PROP_LOADED, PROP_UNSAVED, N_PROPS };
static GParamSpec *properties[N_PROPS];

enum { CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

/* What reading the file gave; built in a worker thread. */
typedef struct
{
  GPtrArray *plans;
  char      *kept_aside;
  GError    *error;
  gboolean   read_only;
  gboolean   unreadable;
} Load;

static void
load_free (Load *load)
{
  g_ptr_array_unref (load->plans);
  g_free (load->kept_aside);
  g_clear_error (&load->error);
  g_free (load);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Load, load_free)

static gboolean
read_plans (Load        *load,
            const char  *path,
            GError     **error)
{
  g_autofree char *name = g_path_get_basename (path);
  g_autoptr(GError) local_error = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *object;
  JsonArray *array;
  guint version = 0;

  root = rb_json_read_file (path, name, &rb_json_plans_limits, &local_error);
  if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
    return TRUE;
  if (root == NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  object = json_node_get_object (root);
  if (!rb_json_check_header_versions (object, PLANS_FORMAT, 1, G_MAXINT32, &version, error))
    {
      g_prefix_error (error, "%s: ", name);
      return FALSE;
    }
  load->read_only = version > PLANS_VERSION;

  if (!rb_json_get_array (object, "", "plans", TRUE, 0, &array, error))
    {
      g_prefix_error (error, "%s: ", name);
      return FALSE;
    }

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *where = g_strdup_printf ("%s: plans[%u]", name, i);
      g_autoptr(GError) plan_error = NULL;
      RbPlan *plan = rb_plan_new_from_json (json_array_get_element (array, i), where, &plan_error);

      /* A newer version's plans are shown as far as they can be read. */
      if (plan == NULL && !load->read_only)
        {
          g_propagate_error (error, g_steal_pointer (&plan_error));
          return FALSE;
        }
      if (plan != NULL)
        g_ptr_array_add (load->plans, plan);
    }

  return TRUE;
}

static Load *
load_plans (const char *path)
{
  Load *load = g_new0 (Load, 1);
  g_autoptr(GError) aside_error = NULL;

  load->plans = g_ptr_array_new_with_free_func (g_object_unref);
  rb_storage_remove_temporary (path);

  if (read_plans (load, path, &load->error))
    return load;

  g_ptr_array_set_size (load->plans, 0);
  load->read_only = FALSE;
  if (load->error->domain == RB_CONTENT_ERROR)
    load->kept_aside = rb_storage_keep_aside (path, &aside_error);
  if (load->kept_aside == NULL)
    load->unreadable = TRUE;
  if (aside_error != NULL)
    g_warning ("Could not keep %s aside: %s", path, aside_error->message);

  return load;
}

static void
set_unsaved (RbPlanStore *self,
             gboolean     unsaved)
{
  if (self->unsaved == !!unsaved)
    return;

  self->unsaved = !!unsaved;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNSAVED]);
}

static void
plan_changed_cb (RbPlanStore *self)
{
  /* The reason stays in rb_plan_store_get_save_error(). */
  rb_plan_store_save (self, NULL);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
plans_items_changed_cb (RbPlanStore *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
watch_plan (RbPlanStore *self,
            RbPlan      *plan)
{
  g_signal_connect_object (plan, "changed", G_CALLBACK (plan_changed_cb), self, G_CONNECT_SWAPPED);
}

static gboolean
apply_load (RbPlanStore  *self,
            Load         *load,
            GError      **error)
{
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (self->plans));

  for (guint i = 0; i < n_old; i++)
    {
      g_autoptr(RbPlan) plan = g_list_model_get_item (G_LIST_MODEL (self->plans), i);

      g_signal_handlers_disconnect_by_func (plan, plan_changed_cb, self);
    }
  for (guint i = 0; i < load->plans->len; i++)
    watch_plan (self, g_ptr_array_index (load->plans, i));
  g_list_store_splice (self->plans, 0, n_old, load->plans->pdata, load->plans->len);

  g_free (self->kept_aside);
  self->kept_aside = g_steal_pointer (&load->kept_aside);
  g_clear_error (&self->load_error);
  self->load_error = g_steal_pointer (&load->error);
  self->read_only = load->read_only;
  self->unreadable = load->unreadable;
  self->loaded = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADED]);

  if (self->load_error != NULL)
    {
      if (error != NULL)
        *error = g_error_copy (self->load_error);
      return FALSE;
    }

  return TRUE;
}

static void
rb_plan_store_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  RbPlanStore *self = RB_PLAN_STORE (object);

  switch (prop_id)
    {
    case PROP_LOADED:
      g_value_set_boolean (value, self->loaded);
      break;
    case PROP_UNSAVED:
      g_value_set_boolean (value, self->unsaved);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rb_plan_store_finalize (GObject *object)
{
  RbPlanStore *self = RB_PLAN_STORE (object);

  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->kept_aside, g_free);
  g_clear_object (&self->plans);
  g_clear_error (&self->load_error);
  g_clear_error (&self->save_error);

  G_OBJECT_CLASS (rb_plan_store_parent_class)->finalize (object);
}

static void
rb_plan_store_class_init (RbPlanStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = rb_plan_store_get_property;
  object_class->finalize = rb_plan_store_finalize;

  properties[PROP_LOADED] =
    g_param_spec_boolean ("loaded", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_UNSAVED] =
    g_param_spec_boolean ("unsaved", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * RbPlanStore::changed:
   *
   * A plan was added, removed or changed (its weekdays, a pause, a move…),
   * so views that show plans follow one signal instead of every plan.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
rb_plan_store_init (RbPlanStore *self)
{
  self->plans = g_list_store_new (RB_TYPE_PLAN);
  g_signal_connect_object (self->plans, "items-changed", G_CALLBACK (plans_items_changed_cb),
                           self, G_CONNECT_SWAPPED);
}

/**
 * rb_plan_store_new:
 * @dir: the directory of plans.json
 *
 * Returns: (transfer full): an empty store; load it before use
 */
RbPlanStore *
rb_plan_store_new (const char *dir)
{
  RbPlanStore *self;

  g_return_val_if_fail (dir != NULL, NULL);

  self = g_object_new (RB_TYPE_PLAN_STORE, NULL);
  self->path = g_build_filename (dir, "plans.json", NULL);

  return self;
}

/**
 * rb_plan_store_new_default:
 *
 * Returns: (transfer full): the store in `$XDG_DATA_HOME/runback`
 */
RbPlanStore *
rb_plan_store_new_default (void)
{
  g_autofree char *dir = rb_storage_dup_data_dir ();

  return rb_plan_store_new (dir);
}

const char *
rb_plan_store_get_path (RbPlanStore *self)
{
  g_return_val_if_fail (RB_IS_PLAN_STORE (self), NULL);
  return self->path;
}

/**
 * rb_plan_store_get_plans:
 * @self: a #RbPlanStore
 *
 * Returns: (transfer none): the plans (#RbPlan), oldest first
 */
GListModel *
rb_plan_store_get_plans (RbPlanStore *self)
{
  g_return_val_if_fail (RB_IS_PLAN_STORE (self), NULL);
  return G_LIST_MODEL (self->plans);
}

/**
 * rb_plan_store_lookup:
 * @self: a #RbPlanStore
 * @id: a plan id
 *
 * Returns: (transfer none) (nullable): the plan
 */
RbPlan *
rb_plan_store_lookup (RbPlanStore *self,
                      const char  *id)
{
  guint n;

  g_return_val_if_fail (RB_IS_PLAN_STORE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->plans));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RbPlan) plan = g_list_model_get_item (G_LIST_MODEL (self->plans), i);

      if (g_str_equal (rb_plan_get_id (plan), id))
        return plan;
    }

  return NULL;
}

/**
 * rb_plan_store_load:
 * @self: a #RbPlanStore
 * @error: return location for a #GError
 *
 * Reads plans.json; a missing file is no plans. A file that is not a
 * plans document is renamed aside (rb_plan_store_get_kept_aside()).
 *
 * Returns: %TRUE when the file was read or did not exist
 */
gboolean
rb_plan_store_load (RbPlanStore  *self,
                    GError      **error)
{
  g_autoptr(Load) load = NULL;

  g_return_val_if_fail (RB_IS_PLAN_STORE (self), FALSE);

  load = load_plans (self->path);
  return apply_load (self, load, error);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  RbPlanStore *self = source_object;

  if (g_task_return_error_if_cancelled (task))
    return;

  g_task_return_pointer (task, load_plans (self->path), (GDestroyNotify) load_free);
}

void
rb_plan_store_load_async (RbPlanStore         *self,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (RB_IS_PLAN_STORE (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, rb_plan_store_load_async);
  g_task_run_in_thread (task, load_thread);
}

gboolean
rb_plan_store_load_finish (RbPlanStore   *self,
                           GAsyncResult  *result,
                           GError       **error)
{
  g_autoptr(Load) load = NULL;

  g_return_val_if_fail (RB_IS_PLAN_STORE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  load = g_task_propagate_pointer (G_TASK (result), error);
  if (load == NULL)
    return FALSE;

  return apply_load (self, load, error);
}

gboolean
rb_plan_store_is_loaded (RbPlanStore *self)
{
  g_return_val_if_fail (RB_IS_PLAN_STORE (self), FALSE);
  return self->loaded;
}

gboolean
rb_plan_store_is_read_only (RbPlanStore *self)
{
  g_return_val_if_fail (RB_IS_PLAN_STORE (self), FALSE);
  return self->read_only;
}

/**
 * rb_plan_store_get_kept_aside:
 * @self: a #RbPlanStore
 *
 * Returns: (nullable): where the last load moved an unusable plans.json
 */
const char *
rb_plan_store_get_kept_aside (RbPlanStore *self)
{
  g_return_val_if_fail (RB_IS_PLAN_STORE (self), NULL);
  return self->kept_aside;
}

/**
 * rb_plan_store_get_load_error:
 * @self: a #RbPlanStore
 *
 * Returns: (nullable): why the last load could not read plans.json
 */
const GError *
rb_plan_store_get_load_error (RbPlanStore *self)
{
  g_return_val_if_fail (RB_IS_PLAN_STORE (self), NULL);
  return self->load_error;
}

/**
 * rb_plan_store_add:
 * @self: a #RbPlanStore
 * @plan: a new plan; its id must not be taken
 * @error: return location for a #GError
 *
 * Adds @plan and saves. On a failed save the plan stays, and
 * #RbPlanStore:unsaved is set.
 *
 * Returns: %TRUE when saved
 */
gboolean
rb_plan_store_add (RbPlanStore  *self,
                   RbPlan       *plan,
                   GError      **error)
{
  g_return_val_if_fail (RB_IS_PLAN_STORE (self), FALSE);
  g_return_val_if_fail (RB_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (rb_plan_store_lookup (self, rb_plan_get_id (plan)) == NULL, FALSE);

  watch_plan (self, plan);
  g_list_store_append (self->plans, plan);

  return rb_plan_store_save (self, error);
}

/**
 * rb_plan_store_remove:
 * @self: a #RbPlanStore
 * @plan: one of its plans
 * @error: return location for a #GError
 *
 * Returns: %TRUE when saved
 */
gboolean
rb_plan_store_remove (RbPlanStore  *self,
                      RbPlan       *plan,
                      GError      **error)
{
  guint position;

  g_return_val_if_fail (RB_IS_PLAN_STORE (self), FALSE);
  g_return_val_if_fail (RB_IS_PLAN (plan), FALSE);

  if (!g_list_store_find (self->plans, plan, &position))
    return TRUE;

  g_signal_handlers_disconnect_by_func (plan, plan_changed_cb, self);
  g_list_store_remove (self->plans, position);

  return rb_plan_store_save (self, error);
}

static gboolean
save (RbPlanStore  *self,
      GError      **error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->plans));

  if (self->unreadable || self->read_only)
    {
      g_autofree char *name = g_path_get_basename (self->path);

      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_PERM,
                   self->read_only ? _("%s comes from a newer Runback, so it is not changed")
                                   : _("%s could not be read, so it is not overwritten"),
                   name);
      return FALSE;
    }

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, PLANS_FORMAT);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, PLANS_VERSION);
  json_builder_set_member_name (builder, "plans");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RbPlan) plan = g_list_model_get_item (G_LIST_MODEL (self->plans), i);

      json_builder_add_value (builder, rb_plan_to_json (plan));
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);

  return rb_json_write_file (self->path, root, &rb_json_plans_limits, error);
}

/**
 * rb_plan_store_save:
 * @self: a #RbPlanStore
 * @error: return location for a #GError
 *
 * Writes plans.json atomically. Plans save themselves when they change;
 * call this to retry a save that failed.
 *
 * Returns: %TRUE on success
 */
gboolean
rb_plan_store_save (RbPlanStore  *self,
                    GError      **error)
{
  g_return_val_if_fail (RB_IS_PLAN_STORE (self), FALSE);

  g_clear_error (&self->save_error);
  if (!save (self, &self->save_error))
    {
      set_unsaved (self, TRUE);
      if (error != NULL)
        *error = g_error_copy (self->save_error);
      return FALSE;
    }

  set_unsaved (self, FALSE);
  return TRUE;
}

gboolean
rb_plan_store_has_unsaved (RbPlanStore *self)
{
  g_return_val_if_fail (RB_IS_PLAN_STORE (self), FALSE);
  return self->unsaved;
}

/**
 * rb_plan_store_get_save_error:
 * @self: a #RbPlanStore
 *
 * Returns: (nullable): why the last save failed
 */
const GError *
rb_plan_store_get_save_error (RbPlanStore *self)
{
  g_return_val_if_fail (RB_IS_PLAN_STORE (self), NULL);
  return self->save_error;
}
