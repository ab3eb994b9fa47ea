/* floor-window.h: the floor the benchmarks measure Runback against.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A bare AdwApplicationWindow with a header bar: what any libadwaita app
 * pays before it shows anything of its own (issue #14). It opens at the
 * size Runback's main window first opens at, the defaults of its
 * window-width and window-height settings, so that both paint as many
 * pixels and only what is in them differs.
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

static inline int
floor_default_size (GSettingsSchema *schema,
                    const char      *name)
{
  g_autoptr(GSettingsSchemaKey) key = g_settings_schema_get_key (schema, name);
  g_autoptr(GVariant) value = g_settings_schema_key_get_default_value (key);

  return g_variant_get_int32 (value);
}

static inline GtkWindow *
floor_window_new (GtkApplication *app)
{
  GtkWidget *window = adw_application_window_new (app);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  g_autoptr(GSettingsSchema) schema =
    g_settings_schema_source_lookup (g_settings_schema_source_get_default (), BASE_ID, TRUE);

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_title (GTK_WINDOW (window), "Floor");
  g_assert (schema != NULL);
  gtk_window_set_default_size (GTK_WINDOW (window),
                               floor_default_size (schema, "window-width"),
                               floor_default_size (schema, "window-height"));

  return GTK_WINDOW (window);
}

G_END_DECLS
