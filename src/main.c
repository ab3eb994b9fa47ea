/* main.c
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "rb-application.h"
#include "rb-cli.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(RbApplication) app = NULL;

  /* --language=CODE prints a handout in another language than the
   * desktop's; it must be in place before gettext is first used. The
   * option itself is checked with the others (rb_cli_use_language()). */
  for (int i = 1; i < argc; i++)
    {
      if (g_str_has_prefix (argv[i], "--language="))
        g_setenv ("LANGUAGE", argv[i] + strlen ("--language="), TRUE);
    }

  /* A handout can be printed in another language than the interface's,
   * which switches LANGUAGE for a moment (rb-translation.c). Set before
   * any thread starts, it is only ever replaced, never added, so the
   * environment's array never moves under a thread reading it; "" means
   * unset to gettext. */
  if (g_getenv ("LANGUAGE") == NULL)
    g_setenv ("LANGUAGE", "", FALSE);

  setlocale (LC_ALL, "");
  /* gettext ignores LANGUAGE in the plain C locale; C.UTF-8 reads it and
   * shows the same untranslated text. */
  if (g_strcmp0 (setlocale (LC_MESSAGES, NULL), "C") == 0)
    setlocale (LC_MESSAGES, "C.UTF-8");
  bindtextdomain (GETTEXT_PACKAGE, rb_cli_get_localedir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = rb_application_new (APP_ID, G_APPLICATION_HANDLES_OPEN);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
