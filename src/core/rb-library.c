/* rb-library.c
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <string.h>
#include <glib/gstdio.h>

#include "rb-content-private.h"
#include "rb-json-private.h"
#include "rb-library.h"
#include "rb-storage.h"
#include "rb-translation.h"

#define CONTENT_PATH "/io/github/runback/Runback/content"

struct _RbLibrary
{
  GObject     parent_instance;

  GListStore *exercises;
  GListStore *programs;
  GListStore *learn_pages;
  GHashTable *exercise_by_id;
  GHashTable *program_by_id;
  GPtrArray  *problems;
  GError     *error;
  char       *user_dir;     /* where the user's programs are saved */
  guint       loaded : 1;
  guint       loading : 1;
};

G_DEFINE_FINAL_TYPE (RbLibrary, rb_library, G_TYPE_OBJECT)

enum { PROP_0, PROP_LOADED, PROP_LOADING, PROP_ERROR, N_PROPS };
static GParamSpec *properties[N_PROPS];

/* What one load produced; filled in a worker thread, applied in the main one. */
typedef struct
{
  char       *user_dir;
  GPtrArray  *exercises;
  GPtrArray  *programs;
  GPtrArray  *learn_pages;
  GHashTable *exercise_by_id;
  GHashTable *exercise_index;    /* the same, with references, for the library */
  GPtrArray  *problems;
  gboolean    ignore_file_name;  /* an import: the id need not match */
} Load;

static Load *
load_new (const char *user_dir)
{
  Load *load = g_new0 (Load, 1);

  load->user_dir = g_strdup (user_dir);
  load->exercises = g_ptr_array_new_with_free_func (g_object_unref);
  load->programs = g_ptr_array_new_with_free_func (g_object_unref);
  load->learn_pages = g_ptr_array_new_with_free_func (g_object_unref);
  load->exercise_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  load->problems = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);

  return load;
}

static void
load_free (Load *load)
{
  g_free (load->user_dir);
  g_ptr_array_unref (load->exercises);
  g_ptr_array_unref (load->programs);
  g_ptr_array_unref (load->learn_pages);
  g_hash_table_unref (load->exercise_by_id);
  g_clear_pointer (&load->exercise_index, g_hash_table_unref);
  g_ptr_array_unref (load->problems);
  g_free (load);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Load, load_free)

static RbExercise *
lookup_exercise_cb (const char *id,
                    gpointer    data)
{
  return g_hash_table_lookup (((Load *) data)->exercise_by_id, id);
}

/* Adds a document to @load, or records why it cannot be added. */
static void
add_document (Load       *load,
              const char *name,
              GObject    *document,
              gboolean    check_clash)
{
  if (RB_IS_EXERCISE (document))
    {
      const char *id = rb_exercise_get_id (RB_EXERCISE (document));

      if (check_clash && g_hash_table_contains (load->exercise_by_id, id))
        {
          g_ptr_array_add (load->problems,
                           g_error_new (RB_CONTENT_ERROR, RB_CONTENT_ERROR_REFERENCE,
                                        _("%s: id: an exercise “%s” already exists"), name, id));
          return;
        }
      g_hash_table_insert (load->exercise_by_id, (char *) id, document);
      g_ptr_array_add (load->exercises, g_object_ref (document));
    }
  else if (RB_IS_PROGRAM (document))
    {
      const char *id = rb_program_get_id (RB_PROGRAM (document));

      for (guint i = 0; check_clash && i < load->programs->len; i++)
        {
          if (g_str_equal (id, rb_program_get_id (g_ptr_array_index (load->programs, i))))
            {
              g_ptr_array_add (load->problems,
                               g_error_new (RB_CONTENT_ERROR, RB_CONTENT_ERROR_REFERENCE,
                                            _("%s: id: a program “%s” already exists"), name, id));
              return;
            }
        }
      /* The program's file name rides along until it is linked. */
      g_object_set_data_full (document, "rb-file-name", g_strdup (name), g_free);
      g_ptr_array_add (load->programs, g_object_ref (document));
    }
  else
    {
      g_object_set_data_full (document, "rb-file-name", g_strdup (name), g_free);
      g_ptr_array_add (load->learn_pages, g_object_ref (document));
    }
}

static void
load_bundled_kind (Load       *load,
                   const char *kind,
                   const char *format)
{
  g_autofree char *dir = g_strdup_printf (CONTENT_PATH "/%s/", kind);
  g_auto(GStrv) children = g_resources_enumerate_children (dir, 0, NULL);

  if (children == NULL)
    return;

  for (guint i = 0; children[i] != NULL; i++)
    {
      g_autofree char *path = g_strconcat (dir, children[i], NULL);
      g_autofree char *name = g_strdup_printf ("%s/%s", kind, children[i]);
      g_autoptr(GBytes) bytes = g_resources_lookup_data (path, 0, NULL);
      g_autoptr(GObject) document = NULL;
      GError *error = NULL;

      document = rb_content_load_document (name, bytes, format, TRUE, &error);
      if (document == NULL)
        g_ptr_array_add (load->problems, error);
      else
        add_document (load, name, document, TRUE);
    }
}

static void
load_path (Load       *load,
           const char *path,
           const char *format,
           gboolean    check_clash)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GObject) document = NULL;
  GError *error = NULL;

  bytes = rb_storage_read (path, path, RB_JSON_MAX_FILE_SIZE, &error);
  if (bytes != NULL)
    document = rb_content_load_document_full (path, bytes, format, FALSE, !load->ignore_file_name, &error);

  if (document == NULL)
    g_ptr_array_add (load->problems, error);
  else
    add_document (load, path, document, check_clash);
}

/* Where a learn page's links may lead: @load's documents, then @also's. */
typedef struct
{
  Load *load;
  Load *also;
} LinkScope;

static gboolean
load_has_target (Load              *load,
                 RbLearnLinkTarget  target,
                 const char        *id)
{
  if (load == NULL)
    return FALSE;

  if (target == RB_LEARN_LINK_EXERCISE)
    return g_hash_table_contains (load->exercise_by_id, id);

  for (guint i = 0; i < load->learn_pages->len; i++)
    if (g_str_equal (id, rb_learn_page_get_id (g_ptr_array_index (load->learn_pages, i))))
      return TRUE;

  return FALSE;
}

static gboolean
link_target_exists_cb (RbLearnLinkTarget  target,
                       const char        *id,
                       gpointer           data)
{
  LinkScope *scope = data;

  return load_has_target (scope->load, target, id) || load_has_target (scope->also, target, id);
}

/* Checks that the learn pages' links lead to pages and exercises that
 * exist, in @load or in @also; a page with a broken link is dropped and
 * recorded.
 */
static void
link_learn_pages (Load *load,
                  Load *also)
{
  LinkScope scope = { load, also };

  for (guint i = load->learn_pages->len; i > 0; i--)
    {
      RbLearnPage *page = g_ptr_array_index (load->learn_pages, i - 1);
      GError *error = NULL;

      if (!rb_learn_page_link (page, link_target_exists_cb, &scope, &error))
        {
          g_prefix_error (&error, "%s: ",
                          (const char *) g_object_get_data (G_OBJECT (page), "rb-file-name"));
          g_ptr_array_add (load->problems, error);
          g_ptr_array_remove_index (load->learn_pages, i - 1);
        }
    }
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char **) a, *(const char **) b);
}

static void
load_user_kind (Load       *load,
                const char *kind,
                const char *format)
{
  g_autofree char *dir_path = g_build_filename (load->user_dir, kind, NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (dir == NULL)
    return;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      if (g_str_has_suffix (name, ".json"))
        g_ptr_array_add (names, g_build_filename (dir_path, name, NULL));
    }

  /* Whatever is named *.json is tried: a directory, a FIFO or a device
   * under that name is refused by rb_storage_read() and reported.
   */
  g_ptr_array_sort (names, compare_strings);
  for (guint i = 0; i < names->len; i++)
    load_path (load, g_ptr_array_index (names, i), format, TRUE);
}

/* Links programs to their exercises; a program that refers to an unknown
 * exercise is dropped and recorded.
 */
static void
link_programs (Load *load)
{
  for (guint i = load->programs->len; i > 0; i--)
    {
      RbProgram *program = g_ptr_array_index (load->programs, i - 1);
      GError *error = NULL;

      if (!rb_program_link (program, lookup_exercise_cb, load, &error))
        {
          g_prefix_error (&error, "%s: ",
                          (const char *) g_object_get_data (G_OBJECT (program), "rb-file-name"));
          g_ptr_array_add (load->problems, error);
          g_ptr_array_remove_index (load->programs, i - 1);
        }
    }
}

/* An exercise with its collation key, made once rather than for each of
 * the n log n comparisons of a sort. */
typedef struct
{
  RbExercise *exercise;
  char       *key;
} SortEntry;

static int
compare_exercises (gconstpointer a,
                   gconstpointer b)
{
  const SortEntry *x = a, *y = b;
  RbCategory x_category = rb_exercise_get_category (x->exercise);
  RbCategory y_category = rb_exercise_get_category (y->exercise);

  if (x_category != y_category)
    return (int) x_category - (int) y_category;

  return strcmp (x->key, y->key);
}

/* Sorts by category, then by name as g_utf8_collate() orders them. */
static void
sort_exercises (GPtrArray *exercises)
{
  g_autoptr(GArray) entries = g_array_sized_new (FALSE, FALSE, sizeof (SortEntry), exercises->len);

  for (guint i = 0; i < exercises->len; i++)
    {
      RbExercise *exercise = g_ptr_array_index (exercises, i);
      SortEntry entry = { exercise, g_utf8_collate_key (rb_exercise_get_name (exercise), -1) };

      g_array_append_val (entries, entry);
    }

  g_array_sort (entries, compare_exercises);

  for (guint i = 0; i < entries->len; i++)
    {
      SortEntry *entry = &g_array_index (entries, SortEntry, i);

      exercises->pdata[i] = entry->exercise;
      g_free (entry->key);
    }
}

static int
compare_programs (gconstpointer a,
                  gconstpointer b)
{
  RbProgram *x = *(RbProgram **) a, *y = *(RbProgram **) b;

  /* Bundled programs first, then the user's own. */
  if (rb_program_is_bundled (x) != rb_program_is_bundled (y))
    return rb_program_is_bundled (x) ? -1 : 1;

  return g_utf8_collate (rb_program_get_title (x), rb_program_get_title (y));
}

static int
compare_program_objects (gconstpointer a,
                         gconstpointer b,
                         gpointer      data)
{
  return compare_programs (&a, &b);
}

static int
compare_learn_pages (gconstpointer a,
                     gconstpointer b)
{
  RbLearnPage *x = *(RbLearnPage **) a, *y = *(RbLearnPage **) b;

  return (int) rb_learn_page_get_order (x) - (int) rb_learn_page_get_order (y);
}

/* Makes the library's table of exercises by id here, in the worker
 * thread: with thousands of exercises, the main thread would stall
 * making it. Keys are the exercises' own ids. */
static void
index_exercises (Load *load)
{
  load->exercise_index = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  for (guint i = 0; i < load->exercises->len; i++)
    {
      RbExercise *exercise = g_ptr_array_index (load->exercises, i);

      g_hash_table_insert (load->exercise_index, (char *) rb_exercise_get_id (exercise), g_object_ref (exercise));
    }
}

/* Loads everything. Bundled documents must all be valid: the first problem
 * with one fails the load. The user's files are skipped when invalid.
 * @cancellable is checked between the kinds of document.
 */
static gboolean
load_all (Load          *load,
          GCancellable  *cancellable,
          GError       **error)
{
  load_bundled_kind (load, "exercises", "runback.exercise");
  load_bundled_kind (load, "programs", "runback.program");
  load_bundled_kind (load, "learn", "runback.learn");
  link_programs (load);
  link_learn_pages (load, NULL);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  if (load->problems->len > 0)
    {
      GError *first = g_ptr_array_index (load->problems, 0);

      g_set_error (error, first->domain, first->code,
                   _("The bundled content is damaged: %s"), first->message);
      return FALSE;
    }

  if (load->user_dir != NULL)
    {
      load_user_kind (load, "exercises", "runback.exercise");
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      load_user_kind (load, "programs", "runback.program");
      link_programs (load);
    }

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  sort_exercises (load->exercises);
  g_ptr_array_sort (load->programs, compare_programs);
  g_ptr_array_sort (load->learn_pages, compare_learn_pages);
  index_exercises (load);

  return TRUE;
}

static RbProgram *read_program (RbLibrary   *self,
                                const char  *path,
                                gboolean     check_name,
                                GError     **error);

static void
splice_all (GListStore *store,
            GPtrArray  *items)
{
  g_list_store_splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)),
                       items->pdata, items->len);
}

static void
apply_load (RbLibrary *self,
            Load      *load)
{
  g_hash_table_unref (self->exercise_by_id);
  self->exercise_by_id = g_steal_pointer (&load->exercise_index);

  g_hash_table_remove_all (self->program_by_id);
  for (guint i = 0; i < load->programs->len; i++)
    {
      RbProgram *program = g_ptr_array_index (load->programs, i);
      g_hash_table_insert (self->program_by_id, g_strdup (rb_program_get_id (program)), g_object_ref (program));
    }

  g_clear_pointer (&self->problems, g_ptr_array_unref);
  self->problems = g_ptr_array_ref (load->problems);
  g_free (self->user_dir);
  self->user_dir = g_strdup (load->user_dir);

  splice_all (self->exercises, load->exercises);
  splice_all (self->programs, load->programs);
  splice_all (self->learn_pages, load->learn_pages);

  self->loaded = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADED]);
}

static void
set_loading (RbLibrary *self,
             gboolean   loading)
{
  if (self->loading == !!loading)
    return;

  self->loading = !!loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
set_error (RbLibrary    *self,
           const GError *error)
{
  if (self->error == NULL && error == NULL)
    return;

  g_clear_error (&self->error);
  if (error != NULL)
    self->error = g_error_copy (error);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR]);
}

static void
rb_library_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  RbLibrary *self = RB_LIBRARY (object);

  switch (prop_id)
    {
    case PROP_LOADED:
      g_value_set_boolean (value, self->loaded);
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;
    case PROP_ERROR:
      g_value_set_boxed (value, self->error);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rb_library_finalize (GObject *object)
{
  RbLibrary *self = RB_LIBRARY (object);

  g_clear_object (&self->exercises);
  g_clear_object (&self->programs);
  g_clear_object (&self->learn_pages);
  g_clear_pointer (&self->exercise_by_id, g_hash_table_unref);
  g_clear_pointer (&self->program_by_id, g_hash_table_unref);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  g_clear_error (&self->error);
  g_clear_pointer (&self->user_dir, g_free);

  G_OBJECT_CLASS (rb_library_parent_class)->finalize (object);
}

static void
rb_library_class_init (RbLibraryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = rb_library_get_property;
  object_class->finalize = rb_library_finalize;

  properties[PROP_LOADED] =
    g_param_spec_boolean ("loaded", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RbLibrary:loading:
   *
   * Whether a load is under way.
   */
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RbLibrary:error:
   *
   * Why the last load failed (the bundled content is damaged), or %NULL.
   * A cancelled load is not an error.
   */
  properties[PROP_ERROR] =
    g_param_spec_boxed ("error", NULL, NULL, G_TYPE_ERROR,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rb_library_init (RbLibrary *self)
{
  self->exercises = g_list_store_new (RB_TYPE_EXERCISE);
  self->programs = g_list_store_new (RB_TYPE_PROGRAM);
  self->learn_pages = g_list_store_new (RB_TYPE_LEARN_PAGE);
  self->exercise_by_id = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  self->program_by_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->problems = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
}

/**
 * rb_library_new:
 *
 * Creates an empty library; nothing is read until it is loaded.
 *
 * Returns: (transfer full): a new #RbLibrary
 */
RbLibrary *
rb_library_new (void)
{
  return g_object_new (RB_TYPE_LIBRARY, NULL);
}

/**
 * rb_library_dup_default_user_dir:
 *
 * Returns: (transfer full): `$XDG_DATA_HOME/runback`
 */
char *
rb_library_dup_default_user_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), "runback", NULL);
}

/**
 * rb_library_load:
 * @self: a #RbLibrary
 * @user_dir: (nullable): the directory with the user's own `exercises/`
 *   and `programs/`, or %NULL for bundled content only
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Loads the bundled documents and the user's own. Fails only when the
 * bundled content is damaged; a user file that cannot be loaded is
 * skipped and listed by rb_library_get_problems().
 *
 * Returns: %TRUE on success
 */
gboolean
rb_library_load (RbLibrary     *self,
                 const char    *user_dir,
                 GCancellable  *cancellable,
                 GError       **error)
{
  g_autoptr(Load) load = load_new (user_dir);
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (RB_IS_LIBRARY (self), FALSE);

  if (!load_all (load, cancellable, &local_error))
    {
      set_error (self, local_error);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  set_error (self, NULL);
  apply_load (self, load);
  return TRUE;
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;

  if (!load_all (task_data, cancellable, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * rb_library_load_async:
 * @self: a #RbLibrary
 * @user_dir: (nullable): as for rb_library_load()
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the library is loaded
 * @user_data: data for @callback
 *
 * Loads the library in a worker thread.
 */
void
rb_library_load_async (RbLibrary           *self,
                       const char          *user_dir,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (RB_IS_LIBRARY (self));

  set_loading (self, TRUE);
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, rb_library_load_async);
  g_task_set_task_data (task, load_new (user_dir), (GDestroyNotify) load_free);
  g_task_run_in_thread (task, load_thread);
}

gboolean
rb_library_load_finish (RbLibrary     *self,
                        GAsyncResult  *result,
                        GError       **error)
{
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (RB_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), &local_error))
    {
      if (!g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        set_error (self, local_error);
      set_loading (self, FALSE);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  set_error (self, NULL);
  apply_load (self, g_task_get_task_data (G_TASK (result)));
  set_loading (self, FALSE);
  return TRUE;
}

gboolean
rb_library_is_loaded (RbLibrary *self)
{
  g_return_val_if_fail (RB_IS_LIBRARY (self), FALSE);
  return self->loaded;
}

gboolean
rb_library_is_loading (RbLibrary *self)
{
  g_return_val_if_fail (RB_IS_LIBRARY (self), FALSE);
  return self->loading;
}

/**
 * rb_library_get_error:
 * @self: a #RbLibrary
 *
 * Returns: (nullable): why the last load failed
 */
const GError *
rb_library_get_error (RbLibrary *self)
{
  g_return_val_if_fail (RB_IS_LIBRARY (self), NULL);
  return self->error;
}

/**
 * rb_library_lookup_learn_page:
 * @self: a #RbLibrary
 * @id: a learn page id
 *
 * Returns: (transfer none) (nullable): the page, or %NULL
 */
RbLearnPage *
rb_library_lookup_learn_page (RbLibrary  *self,
                              const char *id)
{
  guint n;

  g_return_val_if_fail (RB_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  /* A handful of pages: a walk is enough. */
  n = g_list_model_get_n_items (G_LIST_MODEL (self->learn_pages));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RbLearnPage) page = g_list_model_get_item (G_LIST_MODEL (self->learn_pages), i);

      if (g_str_equal (rb_learn_page_get_id (page), id))
        return page;
    }

  return NULL;
}

/**
 * rb_library_get_exercises:
 * @self: a #RbLibrary
 *
 * Returns: (transfer none): the exercises, by category then name
 */
GListModel *
rb_library_get_exercises (RbLibrary *self)
{
  g_return_val_if_fail (RB_IS_LIBRARY (self), NULL);
  return G_LIST_MODEL (self->exercises);
}

/**
 * rb_library_get_programs:
 * @self: a #RbLibrary
 *
 * Returns: (transfer none): the programs, bundled ones first
 */
GListModel *
rb_library_get_programs (RbLibrary *self)
{
  g_return_val_if_fail (RB_IS_LIBRARY (self), NULL);
  return G_LIST_MODEL (self->programs);
}

/**
 * rb_library_get_learn_pages:
 * @self: a #RbLibrary
 *
 * Returns: (transfer none): the learn pages, in reading order
 */
GListModel *
rb_library_get_learn_pages (RbLibrary *self)
{
  g_return_val_if_fail (RB_IS_LIBRARY (self), NULL);
  return G_LIST_MODEL (self->learn_pages);
}

/**
 * rb_library_lookup_exercise:
 * @self: a #RbLibrary
 * @id: an exercise id
 *
 * Returns: (transfer none) (nullable): the exercise, or %NULL
 */
RbExercise *
rb_library_lookup_exercise (RbLibrary  *self,
                            const char *id)
{
  g_return_val_if_fail (RB_IS_LIBRARY (self), NULL);
  return g_hash_table_lookup (self->exercise_by_id, id);
}

/**
 * rb_library_lookup_program:
 * @self: a #RbLibrary
 * @id: a program id
 *
 * Returns: (transfer none) (nullable): the program, or %NULL
 */
RbProgram *
rb_library_lookup_program (RbLibrary  *self,
                           const char *id)
{
  g_return_val_if_fail (RB_IS_LIBRARY (self), NULL);
  return g_hash_table_lookup (self->program_by_id, id);
}

/**
 * rb_library_get_problems:
 * @self: a #RbLibrary
 *
 * Returns: (transfer none) (element-type GError): why each of the user's
 *   files that was skipped could not be loaded
 */
GPtrArray *
rb_library_get_problems (RbLibrary *self)
{
  g_return_val_if_fail (RB_IS_LIBRARY (self), NULL);
  return self->problems;
}

/**
 * rb_library_validate_files:
 * @paths: (array zero-terminated=1) (nullable): files to check, or %NULL
 *   or empty for every bundled document
 *
 * Checks documents without stopping at the first bad one. Programs may
 * refer to exercises among @paths and to bundled exercises.
 *
 * Returns: (transfer full) (element-type GError): one error per problem;
 *   empty when everything is valid
 */
GPtrArray *
rb_library_validate_files (const char * const *paths)
{
  g_autoptr(Load) load = load_new (NULL);
  g_autoptr(Load) bundled = load_new (NULL);

  if (paths == NULL || paths[0] == NULL)
    {
      load_bundled_kind (load, "exercises", "runback.exercise");
      load_bundled_kind (load, "programs", "runback.program");
      load_bundled_kind (load, "learn", "runback.learn");
      link_programs (load);
      link_learn_pages (load, NULL);
      return g_ptr_array_ref (load->problems);
    }

  for (guint i = 0; paths[i] != NULL; i++)
    load_path (load, paths[i], NULL, TRUE);

  /* Exercises named in @paths come first; bundled ones fill the gaps. */
  load_bundled_kind (bundled, "exercises", "runback.exercise");
  for (guint i = 0; i < bundled->exercises->len; i++)
    {
      RbExercise *exercise = g_ptr_array_index (bundled->exercises, i);

      if (!g_hash_table_contains (load->exercise_by_id, rb_exercise_get_id (exercise)))
        {
          g_ptr_array_add (load->exercises, g_object_ref (exercise));
          g_hash_table_insert (load->exercise_by_id, (char *) rb_exercise_get_id (exercise), exercise);
        }
    }

  link_programs (load);

  /* Learn pages may link to bundled pages as well as to each other. */
  load_bundled_kind (bundled, "learn", "runback.learn");
  link_learn_pages (load, bundled);

  return g_ptr_array_ref (load->problems);
}

/**
 * rb_library_read_program_file:
 * @self: a loaded #RbLibrary
 * @path: a program's file
 * @error: return location for a #GError
 *
 * Reads a program that is not among the library's, through the same
 * strict reader and checks as `--validate`, and links it to the library's
 * exercises (bundled and the user's).
 *
 * Returns: (transfer full): the program, or %NULL with the checker's
 *   message
 */
RbProgram *
rb_library_read_program_file (RbLibrary   *self,
                              const char  *path,
                              GError     **error)
{
  g_return_val_if_fail (RB_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  return read_program (self, path, TRUE, error);
}

/* Whether every exercise of @program is a bundled one. */
static gboolean
uses_bundled_exercises_only (RbProgram *program)
{
  for (guint p = 0; p < rb_program_get_n_phases (program); p++)
    {
      const RbPhase *phase = rb_program_get_phase (program, p);

      for (guint s = 0; s < rb_phase_get_n_sessions (phase); s++)
        {
          const RbProgramSession *session = rb_phase_get_session (phase, s);

          for (guint i = 0; i < rb_program_session_get_n_items (session); i++)
            {
              RbExercise *exercise = rb_session_item_get_exercise (rb_program_session_get_item (session, i));

              if (exercise != NULL && !rb_exercise_is_bundled (exercise))
                return FALSE;
            }
        }
    }

  return TRUE;
}

/**
 * rb_library_load_program_in:
 * @self: a loaded #RbLibrary
 * @program: one of its programs
 * @language: a language code (rb_translation_list())
 * @translated: (out) (transfer full): the library it was loaded into,
 *   with the bundled learn pages in @language
 * @error: return location for a #GError
 *
 * Loads @program again with its bundled text (its exercises', and all of
 * a bundled program's) in @language, for a handout in the patient's
 * language. The user's own text stays as written. Only what the program
 * needs is read: the bundled content, then the program's file, and the
 * user's exercises only when the program uses one of them. Runs on the
 * main thread with gettext switched (rb_translation_switch()).
 *
 * Returns: (transfer full): the program in @language, or %NULL with
 *   @error when its file can no longer be read
 */
RbProgram *
rb_library_load_program_in (RbLibrary   *self,
                            RbProgram   *program,
                            const char  *language,
                            RbLibrary  **translated,
                            GError     **error)
{
  g_autoptr(RbLibrary) library = rb_library_new ();
  g_autoptr(RbProgram) loaded = NULL;
  g_autofree char *path = NULL;
  gboolean bundled_only;
  char *previous;

  g_return_val_if_fail (RB_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (RB_IS_PROGRAM (program), NULL);
  g_return_val_if_fail (language != NULL, NULL);
  g_return_val_if_fail (translated != NULL && *translated == NULL, NULL);

  bundled_only = rb_program_is_bundled (program) || uses_bundled_exercises_only (program);
  if (!rb_program_is_bundled (program))
    path = rb_library_dup_program_path (self, rb_program_get_id (program));

  /* Errors come in @language too: they name a file and a place, and are
   * rare (damaged bundled content, a program file removed meanwhile). */
  previous = rb_translation_switch (language);
  if (rb_library_load (library, bundled_only ? NULL : self->user_dir, NULL, error))
    {
      if (path != NULL)
        loaded = rb_library_read_program_file (library, path, error);
      else if (rb_library_lookup_program (library, rb_program_get_id (program)) != NULL)
        loaded = g_object_ref (rb_library_lookup_program (library, rb_program_get_id (program)));
    }
  rb_translation_restore (previous);

  if (loaded == NULL && (error == NULL || *error == NULL))
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                 _("Program “%s” is no longer in the library"), rb_program_get_id (program));
  if (loaded != NULL)
    *translated = g_steal_pointer (&library);

  return g_steal_pointer (&loaded);
}

/**
 * rb_library_import_program_file:
 * @self: a loaded #RbLibrary
 * @path: a program's file, e.g. one shared as `knee.runback.json`
 * @error: return location for a #GError
 *
 * Like rb_library_read_program_file(), except that the file may have any
 * name: a shared program keeps its id whatever the file was called. The
 * program is not added: see rb_library_add_program().
 *
 * Returns: (transfer full): the program, or %NULL with the checker's
 *   message (the file, then `line:column` or the JSON path)
 */
RbProgram *
rb_library_import_program_file (RbLibrary   *self,
                                const char  *path,
                                GError     **error)
{
  g_return_val_if_fail (RB_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  return read_program (self, path, FALSE, error);
}

static RbProgram *
read_program (RbLibrary   *self,
              const char  *path,
              gboolean     check_name,
              GError     **error)
{
  g_autoptr(Load) load = load_new (NULL);
  GHashTableIter iter;
  gpointer id, exercise;

  load->ignore_file_name = !check_name;
  load_path (load, path, "runback.program", FALSE);

  g_hash_table_iter_init (&iter, self->exercise_by_id);
  while (g_hash_table_iter_next (&iter, &id, &exercise))
    g_hash_table_insert (load->exercise_by_id, id, exercise);
  link_programs (load);

  if (load->problems->len > 0)
    {
      g_propagate_error (error, g_error_copy (g_ptr_array_index (load->problems, 0)));
      return NULL;
    }

  g_assert (load->programs->len == 1);
  return g_object_ref (g_ptr_array_index (load->programs, 0));
}

/**
 * rb_library_dup_program_path:
 * @self: a loaded #RbLibrary
 * @id: a program id
 *
 * Returns: (transfer full) (nullable): where the user's program @id is
 *   saved, `USER_DIR/programs/ID.json`; %NULL when the library was
 *   loaded without a user directory
 */
char *
rb_library_dup_program_path (RbLibrary  *self,
                             const char *id)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (RB_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  if (self->user_dir == NULL)
    return NULL;

  name = g_strconcat (id, ".json", NULL);
  return g_build_filename (self->user_dir, "programs", name, NULL);
}

/**
 * rb_library_dup_unused_program_id:
 * @self: a #RbLibrary
 * @base: an id to start from, e.g. `knee-strength-copy`
 *
 * Returns: (transfer full): @base if no program has it, else @base with
 *   the first free `-2`, `-3`…
 */
char *
rb_library_dup_unused_program_id (RbLibrary  *self,
                                  const char *base)
{
  char *id;

  g_return_val_if_fail (RB_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (base != NULL, NULL);

  id = g_strdup (base);
  for (guint n = 2; g_hash_table_contains (self->program_by_id, id); n++)
    {
      g_free (id);
      id = g_strdup_printf ("%s-%u", base, n);
    }

  return id;
}

static gboolean
save_program (RbLibrary  *self,
              RbProgram  *program,
              GError    **error)
{
  g_autofree char *path = rb_library_dup_program_path (self, rb_program_get_id (program));
  g_autoptr(JsonNode) root = NULL;

  if (path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("Programs cannot be saved: there is no folder for your own files"));
      return FALSE;
    }

  root = rb_program_to_json (program);
  return rb_json_write_file (path, root, &rb_json_content_limits, error);
}

static gboolean
check_user_program (RbLibrary   *self,
                    RbProgram   *program,
                    GError     **error)
{
  if (rb_program_is_bundled (program))
    {
      g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_REFERENCE,
                   _("“%s” comes with Runback and cannot be changed"), rb_program_get_id (program));
      return FALSE;
    }

  return TRUE;
}

/**
 * rb_library_add_program:
 * @self: a loaded #RbLibrary
 * @program: a linked program of the user's (from rb_program_builder_build()
 *   or rb_library_import_program_file())
 * @error: return location for a #GError
 *
 * Saves @program atomically as the user's file, then adds it to the
 * programs in their order: one items-changed of one addition.
 *
 * Returns: %TRUE on success; nothing changes on failure
 */
gboolean
rb_library_add_program (RbLibrary  *self,
                        RbProgram  *program,
                        GError    **error)
{
  const char *id;

  g_return_val_if_fail (RB_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (RB_IS_PROGRAM (program), FALSE);

  id = rb_program_get_id (program);
  if (!check_user_program (self, program, error))
    return FALSE;

  if (g_hash_table_contains (self->program_by_id, id))
    {
      g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_REFERENCE,
                   _("id: a program “%s” already exists"), id);
      return FALSE;
    }

  if (!save_program (self, program, error))
    return FALSE;

  g_hash_table_insert (self->program_by_id, g_strdup (id), g_object_ref (program));
  g_list_store_insert_sorted (self->programs, program, (GCompareDataFunc) compare_program_objects, NULL);
  return TRUE;
}

static gboolean
find_program (RbLibrary  *self,
              const char *id,
              guint      *position)
{
  RbProgram *program = g_hash_table_lookup (self->program_by_id, id);

  return program != NULL && g_list_store_find (self->programs, program, position);
}

/**
 * rb_library_replace_program:
 * @self: a loaded #RbLibrary
 * @program: a linked program with the id of one of the user's
 * @error: return location for a #GError
 *
 * Saves @program over the user's program with its id, then puts it in
 * its place: one items-changed of one removal and one addition when it
 * keeps its position, else one removal then one addition.
 *
 * Returns: %TRUE on success; nothing changes on failure
 */
gboolean
rb_library_replace_program (RbLibrary  *self,
                            RbProgram  *program,
                            GError    **error)
{
  const char *id;
  RbProgram *old;
  guint position, n;

  g_return_val_if_fail (RB_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (RB_IS_PROGRAM (program), FALSE);

  id = rb_program_get_id (program);
  old = g_hash_table_lookup (self->program_by_id, id);
  if (!check_user_program (self, program, error) ||
      (old != NULL && !check_user_program (self, old, error)))
    return FALSE;

  if (!find_program (self, id, &position))
    {
      g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_REFERENCE,
                   _("There is no program “%s” to replace"), id);
      return FALSE;
    }

  if (!save_program (self, program, error))
    return FALSE;

  g_hash_table_insert (self->program_by_id, g_strdup (id), g_object_ref (program));

  /* Keeps its place when the title still sorts there. */
  n = g_list_model_get_n_items (G_LIST_MODEL (self->programs));
  {
    g_autoptr(RbProgram) before = position > 0 ? g_list_model_get_item (G_LIST_MODEL (self->programs), position - 1) : NULL;
    g_autoptr(RbProgram) after = position + 1 < n ? g_list_model_get_item (G_LIST_MODEL (self->programs), position + 1) : NULL;

    if ((before == NULL || compare_program_objects (before, program, NULL) <= 0) &&
        (after == NULL || compare_program_objects (program, after, NULL) <= 0))
      {
        g_list_store_splice (self->programs, position, 1, (gpointer *) &program, 1);
        return TRUE;
      }
  }

  g_list_store_remove (self->programs, position);
  g_list_store_insert_sorted (self->programs, program, (GCompareDataFunc) compare_program_objects, NULL);
  return TRUE;
}

/**
 * rb_library_remove_program:
 * @self: a loaded #RbLibrary
 * @id: the id of one of the user's programs
 * @error: return location for a #GError
 *
 * Deletes the user's file of program @id, then removes it: one
 * items-changed of one removal.
 *
 * Returns: %TRUE on success; nothing changes on failure
 */
gboolean
rb_library_remove_program (RbLibrary   *self,
                           const char  *id,
                           GError     **error)
{
  g_autofree char *path = NULL;
  RbProgram *program;
  guint position;

  g_return_val_if_fail (RB_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  program = g_hash_table_lookup (self->program_by_id, id);
  if (program == NULL || !find_program (self, id, &position))
    {
      g_set_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_REFERENCE,
                   _("There is no program “%s” to remove"), id);
      return FALSE;
    }

  if (!check_user_program (self, program, error))
    return FALSE;

  path = rb_library_dup_program_path (self, id);
  if (path != NULL && g_unlink (path) != 0 && errno != ENOENT)
    {
      int saved = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved), "%s: %s", path, g_strerror (saved));
      return FALSE;
    }

  g_list_store_remove (self->programs, position);
  g_hash_table_remove (self->program_by_id, id);
  return TRUE;
}

/**
 * rb_library_read_exercise:
 * @user_dir: (nullable): as for rb_library_load()
 * @exercise_id: an exercise id
 *
 * Reads the one exercise @exercise_id, without loading the library: the
 * bundled exercise of that id (bundled files are named after their ids,
 * and a bundled exercise wins over a user's of the same id), else the
 * user's `exercises/ID.json` (a user's file must be named after its id,
 * or the library refuses it). A command such as `--export-figure` then
 * costs the same with 10,000 user files as with none (issue #14).
 *
 * Returns: (transfer full) (nullable): the exercise, or %NULL when no
 *   valid document has that id
 */
RbExercise *
rb_library_read_exercise (const char *user_dir,
                          const char *exercise_id)
{
  g_autoptr(Load) load = load_new (user_dir);
  g_autofree char *file_name = NULL;
  g_autofree char *resource = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GBytes) bytes = NULL;
  RbExercise *exercise;

  g_return_val_if_fail (exercise_id != NULL, NULL);

  /* An id with a slash or a dot-dot names no file of ours. */
  if (strchr (exercise_id, '/') == NULL && strstr (exercise_id, "..") == NULL)
    {
      file_name = g_strconcat (exercise_id, ".json", NULL);
      resource = g_strconcat (CONTENT_PATH "/exercises/", file_name, NULL);
      bytes = g_resources_lookup_data (resource, 0, NULL);
    }

  if (bytes != NULL)
    {
      g_autofree char *name = g_strconcat ("exercises/", file_name, NULL);
      g_autoptr(GObject) document = rb_content_load_document (name, bytes, "runback.exercise", TRUE, NULL);

      if (RB_IS_EXERCISE (document) &&
          g_str_equal (rb_exercise_get_id (RB_EXERCISE (document)), exercise_id))
        return RB_EXERCISE (g_steal_pointer (&document));
    }

  if (user_dir == NULL || file_name == NULL)
    return NULL;

  path = g_build_filename (user_dir, "exercises", file_name, NULL);
  if (g_file_test (path, G_FILE_TEST_EXISTS))
    load_path (load, path, "runback.exercise", TRUE);
  exercise = g_hash_table_lookup (load->exercise_by_id, exercise_id);

  return exercise != NULL ? g_object_ref (exercise) : NULL;
}
