/* runback-first-frame.c: Runback, leaving at its first frame.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * src/main.c with first-frame.h's hook: the same libraries, the same
 * start-up, the same main window, and nothing changed in the app for it.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "first-frame.h"
#include "rb-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(RbApplication) app = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = rb_application_new (APP_ID ".Bench", G_APPLICATION_NON_UNIQUE);
  first_frame_watch (GTK_APPLICATION (app));

  return g_application_run (G_APPLICATION (app), argc, argv);
}
