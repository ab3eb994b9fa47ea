/* rb-translation.c: the languages Runback can print in.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A physiotherapist whose patient reads German prints a German handout
 * from an English session. gettext has no per-call language, so the
 * handout switches the process's `LANGUAGE` for as long as it lays out or
 * draws a page, on the main thread, and puts it back (rb-handout.c).
 *
 * Changing the environment of a running process is safe only as long as
 * no thread reads it while the array holding it grows: main() therefore
 * sets `LANGUAGE` (to "", which gettext reads as unset) before any thread
 * starts, and switching only ever replaces that value. gettext also keeps
 * what it found in a cache, which glibc drops when `_nl_msg_cat_cntr`
 * changes, as the gettext manual advises for a change of `LANGUAGE`.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libintl.h>

#include "rb-translation.h"

#ifdef __GLIBC__
extern int _nl_msg_cat_cntr;
#endif

static void
forget_translations (void)
{
#ifdef __GLIBC__
  ++_nl_msg_cat_cntr;
#else
  /* GNU gettext drops its cache whenever the domain is set. */
  textdomain (textdomain (NULL));
#endif
}

/* "de", "pt_BR": the names of the folders translations are in. */
static gboolean
is_language_code (const char *name)
{
  gsize n = 0;

  while (g_ascii_islower (name[n]))
    n++;
  if (n < 2 || n > 3)
    return FALSE;
  if (name[n] == '\0')
    return TRUE;

  return name[n] == '_' && g_ascii_isupper (name[n + 1]) && g_ascii_isupper (name[n + 2])
         && name[n + 3] == '\0';
}

static gboolean
is_installed (const char *localedir,
              const char *language)
{
  g_autofree char *mo = g_build_filename (localedir, language, "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);

  return g_file_test (mo, G_FILE_TEST_IS_REGULAR);
}

static int
compare_codes (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/**
 * rb_translation_list:
 * @localedir: where translations are installed
 *
 * Returns: (transfer full): the languages a handout can be printed in:
 *   English, the language Runback is written in, then every language
 *   whose catalogue is installed in @localedir, by code
 */
GStrv
rb_translation_list (const char *localedir)
{
  g_autoptr(GPtrArray) languages = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_return_val_if_fail (localedir != NULL, NULL);

  dir = g_dir_open (localedir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      if (is_language_code (name) && !g_str_has_prefix (name, RB_TRANSLATION_SOURCE)
          && is_installed (localedir, name))
        g_ptr_array_add (languages, g_strdup (name));
    }

  g_ptr_array_sort (languages, compare_codes);
  g_ptr_array_insert (languages, 0, g_strdup (RB_TRANSLATION_SOURCE));
  g_ptr_array_add (languages, NULL);

  return (GStrv) g_ptr_array_free (g_steal_pointer (&languages), FALSE);
}

/**
 * rb_translation_dup_interface:
 * @localedir: where translations are installed
 *
 * Returns: (transfer full): the language the interface shows: the first
 *   of the user's languages (`LANGUAGE`, then the locale) that has a
 *   catalogue in @localedir, or English
 */
char *
rb_translation_dup_interface (const char *localedir)
{
  const char * const *names = g_get_language_names ();

  g_return_val_if_fail (localedir != NULL, NULL);

  for (guint i = 0; names[i] != NULL; i++)
    {
      if (g_str_equal (names[i], "C") || g_str_equal (names[i], "POSIX")
          || g_str_has_prefix (names[i], RB_TRANSLATION_SOURCE))
        break;
      if (is_language_code (names[i]) && is_installed (localedir, names[i]))
        return g_strdup (names[i]);
    }

  return g_strdup (RB_TRANSLATION_SOURCE);
}

/**
 * rb_translation_get_name:
 * @language: a language code
 *
 * Returns: the language's name in itself ("Deutsch"), as a reader of it
 *   looks for it in a list; the code when Runback does not know it
 */
const char *
rb_translation_get_name (const char *language)
{
  static const struct { const char *code; const char *name; } names[] = {
    { "de", "Deutsch" },
    { "en", "English" },
    { "es", "Español" },
    { "fr", "Français" },
    { "it", "Italiano" },
    { "nl", "Nederlands" },
    { "pt", "Português" },
    { "pt_BR", "Português (Brasil)" },
    { "sv", "Svenska" },
  };

  g_return_val_if_fail (language != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      if (g_str_equal (names[i].code, language))
        return names[i].name;
    }

  return language;
}

/**
 * rb_translation_switch:
 * @language: a language code, %RB_TRANSLATION_SOURCE for no translation
 *
 * Makes gettext translate into @language until rb_translation_restore()
 * is given what this returns. Only for the main thread, and only around
 * work that shows no interface in between: every string translated
 * meanwhile, in any thread, comes out in @language. Needs a locale other
 * than "C", where gettext ignores `LANGUAGE`; main() sees to that.
 *
 * Returns: (transfer full): the previous value, for rb_translation_restore()
 */
char *
rb_translation_switch (const char *language)
{
  char *previous;

  g_return_val_if_fail (language != NULL, NULL);

  previous = g_strdup (g_getenv ("LANGUAGE"));
  g_setenv ("LANGUAGE", language, TRUE);
  forget_translations ();

  return previous != NULL ? previous : g_strdup ("");
}

/**
 * rb_translation_restore:
 * @previous: (transfer full): what rb_translation_switch() returned
 *
 * Puts back the language in use before the switch.
 */
void
rb_translation_restore (char *previous)
{
  g_return_if_fail (previous != NULL);

  g_setenv ("LANGUAGE", previous, TRUE);
  forget_translations ();
  g_free (previous);
}
