/* test-flatpak-manifest.c
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The manifest cannot be built on the test machine (no runtime, no
 * network), so this checks what can be checked offline: it parses, and
 * it names the app, its command and a GNOME runtime.
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

static const char *manifest_path;
static const char *expected_id;

static JsonObject *
load_manifest (JsonParser *parser)
{
  g_autoptr(GError) error = NULL;
  JsonNode *root;

  json_parser_load_from_file (parser, manifest_path, &error);
  g_assert_no_error (error);

  root = json_parser_get_root (parser);
  g_assert_nonnull (root);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (root));

  return json_node_get_object (root);
}

static void
test_manifest_identity (void)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *manifest = load_manifest (parser);

  g_assert_cmpstr (json_object_get_string_member_with_default (manifest, "id", ""), ==, expected_id);
  g_assert_cmpstr (json_object_get_string_member_with_default (manifest, "command", ""), ==, "runback");
  g_assert_cmpstr (json_object_get_string_member_with_default (manifest, "runtime", ""), ==, "org.gnome.Platform");
  g_assert_cmpstr (json_object_get_string_member_with_default (manifest, "sdk", ""), ==, "org.gnome.Sdk");
  g_assert_true (json_object_has_member (manifest, "runtime-version"));
}

static void
test_manifest_app_module (void)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *manifest = load_manifest (parser);
  JsonArray *modules;
  JsonObject *app;
  JsonArray *sources;
  JsonObject *source;
  guint n;

  modules = json_object_get_array_member (manifest, "modules");
  g_assert_nonnull (modules);
  n = json_array_get_length (modules);
  g_assert_cmpuint (n, >, 0);

  /* The app itself is built last, from this source tree. */
  app = json_array_get_object_element (modules, n - 1);
  g_assert_cmpstr (json_object_get_string_member_with_default (app, "name", ""), ==, "runback");
  g_assert_cmpstr (json_object_get_string_member_with_default (app, "buildsystem", ""), ==, "meson");
  g_assert_true (json_object_get_boolean_member_with_default (app, "run-tests", FALSE));

  sources = json_object_get_array_member (app, "sources");
  g_assert_nonnull (sources);
  source = json_array_get_object_element (sources, 0);
  g_assert_cmpstr (json_object_get_string_member_with_default (source, "type", ""), ==, "dir");
  g_assert_cmpstr (json_object_get_string_member_with_default (source, "path", ""), ==, "..");
}

static gboolean
is_sha256 (const char *text)
{
  if (strlen (text) != 64)
    return FALSE;

  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isxdigit (*p) || g_ascii_isupper (*p))
      return FALSE;

  return TRUE;
}

/* The GNOME runtime does not ship libical (GNOME Calendar builds its own
 * too), so the manifest builds it before the app, from a pinned archive.
 */
static void
test_manifest_libical (void)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *manifest = load_manifest (parser);
  JsonArray *modules = json_object_get_array_member (manifest, "modules");
  JsonObject *libical = NULL;
  JsonObject *source;
  guint n = json_array_get_length (modules);

  for (guint i = 0; i + 1 < n && libical == NULL; i++)
    {
      JsonObject *module = json_array_get_object_element (modules, i);

      if (g_strcmp0 (json_object_get_string_member_with_default (module, "name", ""), "libical") == 0)
        libical = module;
    }

  g_assert_nonnull (libical);
  g_assert_cmpstr (json_object_get_string_member_with_default (libical, "buildsystem", ""), ==, "cmake-ninja");

  source = json_array_get_object_element (json_object_get_array_member (libical, "sources"), 0);
  g_assert_cmpstr (json_object_get_string_member_with_default (source, "type", ""), ==, "archive");
  g_assert_true (g_str_has_prefix (json_object_get_string_member_with_default (source, "url", ""),
                                   "https://github.com/libical/libical/releases/download/v3."));
  g_assert_true (is_sha256 (json_object_get_string_member_with_default (source, "sha256", "")));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (argc < 3)
    g_error ("Usage: %s MANIFEST APP-ID", argv[0]);

  manifest_path = argv[1];
  expected_id = argv[2];

  g_test_add_func ("/rb/flatpak/identity", test_manifest_identity);
  g_test_add_func ("/rb/flatpak/app-module", test_manifest_app_module);
  g_test_add_func ("/rb/flatpak/libical", test_manifest_libical);

  return g_test_run ();
}
