/* test-figure.c
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "rb-content-error.h"
#include "rb-figure.h"
#include "rb-library.h"

#define TWO_KEYFRAMES \
  "{ \"keyframes\": [ { \"pose\": { \"left_hip\": 10, \"left_knee\": 20, \"torso\": -5 } }," \
  "                   { \"pose\": { \"left_hip\": 90, \"left_knee\": 100 } } ] }"

static RbFigure *
figure_from_string (const char  *json,
                    GError     **error)
{
  g_autoptr(JsonNode) node = json_from_string (json, NULL);

  g_assert_nonnull (node);
  return rb_figure_new_from_json (node, "illustration", error);
}

static RbLibrary *
load_library (void)
{
  RbLibrary *library = rb_library_new ();
  g_autoptr(GError) error = NULL;

  rb_library_load (library, NULL, NULL, &error);
  g_assert_no_error (error);

  return library;
}

static void
test_figure_keyframes (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RbFigure) figure = figure_from_string (TWO_KEYFRAMES, &error);
  double angles[RB_FIGURE_N_ANGLES];

  g_assert_no_error (error);
  g_assert_cmpuint (rb_figure_get_n_keyframes (figure), ==, 2);

  /* Order: torso, neck, left_hip, right_hip, left_knee, … */
  rb_figure_get_angles (figure, 0, angles);
  g_assert_cmpfloat (angles[0], ==, -5);
  g_assert_cmpfloat (angles[2], ==, 10);
  g_assert_cmpfloat (angles[4], ==, 20);

  /* A keyframe keeps what it does not name. */
  rb_figure_get_angles (figure, 1, angles);
  g_assert_cmpfloat (angles[0], ==, -5);
  g_assert_cmpfloat (angles[2], ==, 90);
  g_assert_cmpfloat (angles[4], ==, 100);

  /* Eased, symmetric around the middle. */
  rb_figure_get_angles (figure, 0.5, angles);
  g_assert_cmpfloat_with_epsilon (angles[2], 50, 1e-9);
  rb_figure_get_angles (figure, 0.25, angles);
  g_assert_cmpfloat (angles[2], <, 10 + 80 * 0.25);
  g_assert_cmpfloat (angles[2], >, 10);
}

static void
test_figure_timing (void)
{
  g_autoptr(RbFigure) there_and_back = figure_from_string (TWO_KEYFRAMES, NULL);
  g_autoptr(RbFigure) round = figure_from_string ("{ \"keyframes\": ["
                                                  "{ \"pose\": { \"left_hip\": 0 } },"
                                                  "{ \"pose\": { \"left_hip\": 60 } },"
                                                  "{ \"pose\": { \"left_hip\": 0 } } ] }", NULL);

  g_assert_cmpfloat (rb_figure_get_t_at (there_and_back, 0, 4000), ==, 0);
  g_assert_cmpfloat (rb_figure_get_t_at (there_and_back, 1000, 4000), ==, 0.5);
  g_assert_cmpfloat (rb_figure_get_t_at (there_and_back, 2000, 4000), ==, 1);
  g_assert_cmpfloat (rb_figure_get_t_at (there_and_back, 3000, 4000), ==, 0.5);
  g_assert_cmpfloat (rb_figure_get_t_at (there_and_back, 4000, 4000), ==, 0);
  g_assert_cmpfloat (rb_figure_get_end_t (there_and_back), ==, 1);

  g_assert_cmpfloat (rb_figure_get_t_at (round, 1000, 4000), ==, 0.25);
  g_assert_cmpfloat (rb_figure_get_t_at (round, 3000, 4000), ==, 0.75);
  g_assert_cmpfloat (rb_figure_get_end_t (round), ==, 0.5);

  /* Following a rep: down to the end and back up the same way... */
  g_assert_cmpfloat (rb_figure_get_t_at_position (there_and_back, 0.5, FALSE), ==, 0.5);
  g_assert_cmpfloat (rb_figure_get_t_at_position (there_and_back, 0.5, TRUE), ==, 0.5);
  g_assert_cmpfloat (rb_figure_get_t_at_position (there_and_back, 1, FALSE), ==, 1);

  /* ...or on round, the first half going down and the second coming up. */
  g_assert_cmpfloat (rb_figure_get_t_at_position (round, 0.5, FALSE), ==, 0.25);
  g_assert_cmpfloat (rb_figure_get_t_at_position (round, 1, FALSE), ==, 0.5);
  g_assert_cmpfloat (rb_figure_get_t_at_position (round, 0.5, TRUE), ==, 0.75);
  g_assert_cmpfloat (rb_figure_get_t_at_position (round, 0, TRUE), ==, 1);
}

static cairo_surface_t *
render (RbFigure *figure,
        int       width,
        int       height,
        int       margin,
        double    t)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                                         width + 2 * margin, height + 2 * margin);
  cairo_t *cr = cairo_create (surface);

  rb_figure_render (figure, cr, margin, margin, width, height, t, RB_FIGURE_STYLE_LIGHT);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return surface;
}

static void
test_figure_deterministic (void)
{
  g_autoptr(RbLibrary) library = load_library ();
  RbFigure *figure = rb_exercise_get_figure (rb_library_lookup_exercise (library, "squat"));
  cairo_surface_t *a = render (figure, 300, 200, 0, 0.37);
  cairo_surface_t *b = render (figure, 300, 200, 0, 0.37);
  cairo_surface_t *c = render (figure, 300, 200, 0, 0.8);
  gsize size = cairo_image_surface_get_stride (a) * cairo_image_surface_get_height (a);

  g_assert_true (memcmp (cairo_image_surface_get_data (a), cairo_image_surface_get_data (b), size) == 0);
  g_assert_false (memcmp (cairo_image_surface_get_data (a), cairo_image_surface_get_data (c), size) == 0);

  cairo_surface_destroy (a);
  cairo_surface_destroy (b);
  cairo_surface_destroy (c);
}

/* Counts painted pixels outside the target rectangle, and inside it. */
static void
count_ink (cairo_surface_t *surface,
           int              margin,
           guint           *outside,
           guint           *inside)
{
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);
  const guint8 *data = cairo_image_surface_get_data (surface);

  *outside = *inside = 0;
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 pixel = *(const guint32 *) (data + y * stride + 4 * x);
        gboolean in = x >= margin && x < width - margin && y >= margin && y < height - margin;

        if ((pixel >> 24) == 0)
          continue;
        if (in)
          (*inside)++;
        else
          (*outside)++;
      }
}

/* The figure stays within its bounds, at any size and time, and shows. */
static void
assert_in_bounds (RbFigure   *figure,
                  const char *name)
{
  static const int sizes[][2] = { { 64, 64 }, { 200, 100 }, { 100, 300 }, { 400, 300 } };
  static const double times[] = { 0, 0.125, 0.25, 0.375, 0.5, 0.625, 0.75, 0.875, 1 };

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    for (guint t = 0; t < G_N_ELEMENTS (times); t++)
      {
        cairo_surface_t *surface = render (figure, sizes[s][0], sizes[s][1], 20, times[t]);
        guint outside, inside;

        count_ink (surface, 20, &outside, &inside);
        if (outside > 0)
          g_test_message ("%s at %dx%d, t=%g: %u pixels outside",
                          name, sizes[s][0], sizes[s][1], times[t], outside);
        g_assert_cmpuint (outside, ==, 0);
        g_assert_cmpuint (inside, >, 0);
        cairo_surface_destroy (surface);
      }
}

static void
test_figure_bundled_in_bounds (void)
{
  g_autoptr(RbLibrary) library = load_library ();
  GListModel *exercises = rb_library_get_exercises (library);

  for (guint i = 0; i < g_list_model_get_n_items (exercises); i++)
    {
      g_autoptr(RbExercise) exercise = g_list_model_get_item (exercises, i);
      RbFigure *figure = rb_exercise_get_figure (exercise);

      /* Every bundled exercise has its illustration. */
      g_assert_nonnull (figure);
      assert_in_bounds (figure, rb_exercise_get_id (exercise));
    }
}

/* The figures of runs and walks are valid, move round and round (the
 * stride comes back to where it started) and fit their bounds. */
static void
test_figure_builtin (void)
{
  g_auto(GStrv) ids = rb_figure_dup_builtin_ids ();
  g_autoptr(GError) error = NULL;
  g_autoptr(RbFigure) missing = NULL;

  g_assert_true (g_strv_contains ((const char * const *) ids, "running"));
  g_assert_true (g_strv_contains ((const char * const *) ids, "walking"));

  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_autoptr(RbFigure) figure = rb_figure_new_builtin (ids[i], &error);

      g_assert_no_error (error);
      g_assert_cmpuint (rb_figure_get_n_keyframes (figure), >, 2);
      g_assert_cmpfloat (rb_figure_get_end_t (figure), <, 1);
      assert_in_bounds (figure, ids[i]);
    }

  missing = rb_figure_new_builtin ("swimming", &error);
  g_assert_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID);
  g_assert_null (missing);
  g_clear_error (&error);

  missing = rb_figure_new_builtin ("../exercises/squat", &error);
  g_assert_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID);
  g_assert_null (missing);
}

/* Each kind of prop, alone, is read, fits the bounds and is drawn. */
static void
test_figure_props (void)
{
  static const char * const kinds[] = {
    "chair", "wall", "mat", "resistance-band", "leg-press-machine", "hamstring-curl-machine",
    "foam-roller", "ice-pack", "bike", "pillow", "pool",
  };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autofree char *json = g_strdup_printf ("{ \"floor\": false, \"props\": [ { \"type\": \"%s\", "
                                               "\"anchor\": \"hip\", \"to\": \"left_hand\" } ], "
                                               "\"keyframes\": [ { \"pose\": {} }, "
                                               "{ \"pose\": { \"left_hip\": 90, \"left_knee\": 90 } } ] }",
                                               kinds[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(RbFigure) figure = figure_from_string (json, &error);
      g_autoptr(RbFigure) bare = figure_from_string ("{ \"floor\": false, \"keyframes\": [ { \"pose\": {} }, "
                                                     "{ \"pose\": { \"left_hip\": 90, \"left_knee\": 90 } } ] }",
                                                     NULL);
      cairo_surface_t *with, *without;
      guint outside, inside;

      g_test_message ("%s", kinds[i]);
      g_assert_no_error (error);

      with = render (figure, 300, 300, 20, 0.5);
      without = render (bare, 300, 300, 20, 0.5);
      count_ink (with, 20, &outside, &inside);
      g_assert_cmpuint (outside, ==, 0);
      g_assert_cmpuint (inside, >, 0);
      /* The prop adds ink to the figure alone. */
      g_assert_false (memcmp (cairo_image_surface_get_data (with), cairo_image_surface_get_data (without),
                              cairo_image_surface_get_stride (with) * cairo_image_surface_get_height (with)) == 0);
      cairo_surface_destroy (with);
      cairo_surface_destroy (without);
    }
}

static void
test_figure_bad (void)
{
  static const struct { const char *json; const char *message; } cases[] = {
    { "{}", "illustration.keyframes: missing" },
    { "[]", "illustration: expected an object, found array" },
    { "{ \"keyframes\": [] }", "illustration.keyframes: needs at least 1 entry" },
    { "{ \"keyframes\": [ { \"pose\": {} }, { \"pose\": { \"left_knee\": 200 } } ] }",
      "illustration.keyframes[1].pose.left_knee: must be between 0 and 165" },
    { "{ \"keyframes\": [ { \"pose\": { \"left_knee\": -10 } } ] }",
      "illustration.keyframes[0].pose.left_knee: must be between 0 and 165" },
    { "{ \"keyframes\": [ { \"pose\": { \"tail\": 3 } } ] }",
      "illustration.keyframes[0].pose.tail: unknown member" },
    { "{ \"keyframes\": [ { \"pose\": { \"torso\": \"up\" } } ] }",
      "illustration.keyframes[0].pose.torso: expected a number, found string" },
    { "{ \"keyframes\": [ { \"post\": {} } ] }", "illustration.keyframes[0].post: unknown member" },
    { "{ \"props\": [ { \"type\": \"trampoline\" } ], \"keyframes\": [ { \"pose\": {} } ] }",
      "illustration.props[0].type: unknown value “trampoline”" },
    { "{ \"props\": [ { \"type\": \"resistance-band\" } ], \"keyframes\": [ { \"pose\": {} } ] }",
      "illustration.props[0].to: missing" },
    { "{ \"props\": [ { \"type\": \"wall\", \"offset\": [1] } ], \"keyframes\": [ { \"pose\": {} } ] }",
      "illustration.props[0].offset: needs at least 2 entries" },
    { "{ \"highlight\": \"biceps\", \"keyframes\": [ { \"pose\": {} } ] }",
      "illustration.highlight: unknown value “biceps”" },
    { "{ \"view\": \"top\", \"keyframes\": [ { \"pose\": {} } ] }",
      "illustration.view: unknown value “top”" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(RbFigure) figure = figure_from_string (cases[i].json, &error);

      g_test_message ("case %u: %s", i, cases[i].json);
      g_assert_null (figure);
      g_assert_error (error, RB_CONTENT_ERROR, RB_CONTENT_ERROR_INVALID);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

static void
test_figure_export (void)
{
  g_autoptr(RbLibrary) library = load_library ();
  RbFigure *figure = rb_exercise_get_figure (rb_library_lookup_exercise (library, "wall-calf-stretch"));
  g_autofree char *dir = g_dir_make_tmp ("runback-figure-XXXXXX", NULL);
  g_autofree char *png = g_build_filename (dir, "calf.png", NULL);
  g_autofree char *svg = g_build_filename (dir, "calf.svg", NULL);
  g_autofree char *txt = g_build_filename (dir, "calf.txt", NULL);
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface;

  g_assert_true (rb_figure_export (figure, png, 120, &error));
  g_assert_no_error (error);
  surface = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 240);
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, 120);
  cairo_surface_destroy (surface);

  g_assert_true (rb_figure_export (figure, svg, 120, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (svg, G_FILE_TEST_IS_REGULAR));

  g_assert_false (rb_figure_export (figure, txt, 120, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);

  g_unlink (png);
  g_unlink (svg);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/rb/figure/keyframes", test_figure_keyframes);
  g_test_add_func ("/rb/figure/timing", test_figure_timing);
  g_test_add_func ("/rb/figure/deterministic", test_figure_deterministic);
  g_test_add_func ("/rb/figure/bundled-in-bounds", test_figure_bundled_in_bounds);
  g_test_add_func ("/rb/figure/builtin", test_figure_builtin);
  g_test_add_func ("/rb/figure/props", test_figure_props);
  g_test_add_func ("/rb/figure/bad", test_figure_bad);
  g_test_add_func ("/rb/figure/export", test_figure_export);

  return g_test_run ();
}
