/* rb-cues.c: sounds and spoken words that guide a session.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Nothing here may hold up the player: sounds play through GtkMediaFile,
 * which falls back to a silent sink without an audio device, and speech
 * goes to speech-dispatcher from a worker thread, one message after the
 * other, so that a missing or slow speech service only means silence.
 */

#include "config.h"

#include <gtk/gtk.h>

#ifdef HAVE_SPEECHD
#include <libspeechd.h>
#endif

#include "rb-cues.h"

struct _RbCues
{
  GObject         parent_instance;

  GSettings      *settings;
  GtkMediaStream *streams[RB_N_CUES];
  guint           n_played;
};

G_DEFINE_FINAL_TYPE (RbCues, rb_cues, G_TYPE_OBJECT)

static const char * const cue_files[RB_N_CUES] = {
  "tick.oga", "countdown.oga", "start.oga", "switch.oga", "done.oga",
};

#ifdef HAVE_SPEECHD
/* One connection for the process, opened and used only by the worker. */
static SPDConnection *connection;
static gboolean connection_failed;

static void
speak_in_thread (gpointer data,
                 gpointer user_data)
{
  g_autofree char *text = data;

  if (connection == NULL && !connection_failed)
    {
      char *error = NULL;

      connection = spd_open2 ("runback", NULL, NULL, SPD_MODE_SINGLE, NULL, TRUE, &error);
      if (connection == NULL)
        {
          g_debug ("Speech is not available: %s", error ? error : "unknown error");
          connection_failed = TRUE;
          free (error);
        }
    }

  /* SPD_TEXT messages queue up rather than cut each other off. */
  if (connection != NULL && spd_say (connection, SPD_TEXT, text) < 0)
    g_debug ("Could not speak “%s”", text);
}

static GThreadPool *
get_speech_pool (void)
{
  static gsize pool = 0;

  if (g_once_init_enter (&pool))
    g_once_init_leave (&pool, (gsize) g_thread_pool_new (speak_in_thread, NULL, 1, FALSE, NULL));

  return (GThreadPool *) pool;
}
#endif

/**
 * rb_cues_can_speak:
 *
 * Returns: whether Runback was built with speech-dispatcher support
 */
gboolean
rb_cues_can_speak (void)
{
#ifdef HAVE_SPEECHD
  return TRUE;
#else
  return FALSE;
#endif
}

static void
rb_cues_dispose (GObject *object)
{
  RbCues *self = RB_CUES (object);

  for (guint i = 0; i < RB_N_CUES; i++)
    g_clear_object (&self->streams[i]);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (rb_cues_parent_class)->dispose (object);
}

static void
rb_cues_class_init (RbCuesClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = rb_cues_dispose;
}

static void
rb_cues_init (RbCues *self)
{
}

/**
 * rb_cues_new:
 * @settings: the app's settings, with the sound, metronome and speech keys
 *
 * Returns: (transfer full): a new #RbCues
 */
RbCues *
rb_cues_new (GSettings *settings)
{
  RbCues *self = g_object_new (RB_TYPE_CUES, NULL);

  self->settings = g_object_ref (settings);
  return self;
}

/**
 * rb_cues_play:
 * @self: a #RbCues
 * @cue: the sound
 *
 * Plays @cue from the start, unless sounds (or the metronome, for ticks)
 * are turned off. Returns at once.
 */
void
rb_cues_play (RbCues *self,
              RbCue   cue)
{
  GtkMediaStream *stream;

  g_return_if_fail (RB_IS_CUES (self));
  g_return_if_fail (cue < RB_N_CUES);

  if (!g_settings_get_boolean (self->settings, "sound-cues") ||
      (cue == RB_CUE_TICK && !g_settings_get_boolean (self->settings, "metronome")))
    return;

  if (self->streams[cue] == NULL)
    {
      g_autofree char *path = g_strconcat ("/io/github/runback/Runback/sounds/", cue_files[cue], NULL);

      self->streams[cue] = gtk_media_file_new_for_resource (path);
    }

  stream = self->streams[cue];
  if (gtk_media_stream_get_error (stream) != NULL)
    return;

  if (gtk_media_stream_is_seekable (stream))
    gtk_media_stream_seek (stream, 0);
  gtk_media_stream_play (stream);
  self->n_played++;
}

/**
 * rb_cues_get_n_played:
 * @self: a #RbCues
 *
 * Returns: how many sounds were started, for diagnostics and tests
 */
guint
rb_cues_get_n_played (RbCues *self)
{
  g_return_val_if_fail (RB_IS_CUES (self), 0);

  return self->n_played;
}

/**
 * rb_cues_is_playing:
 * @self: a #RbCues
 *
 * Returns: whether a sound is playing now, for tests
 */
gboolean
rb_cues_is_playing (RbCues *self)
{
  g_return_val_if_fail (RB_IS_CUES (self), FALSE);

  for (guint i = 0; i < RB_N_CUES; i++)
    {
      GtkMediaStream *stream = self->streams[i];

      if (stream != NULL && gtk_media_stream_get_error (stream) == NULL &&
          gtk_media_stream_get_playing (stream) && !gtk_media_stream_get_ended (stream))
        return TRUE;
    }

  return FALSE;
}

/**
 * rb_cues_say:
 * @self: a #RbCues
 * @text: what to say
 *
 * Queues @text for the speech service, unless spoken cues are off or the
 * service is missing. Returns at once.
 */
void
rb_cues_say (RbCues     *self,
             const char *text)
{
  g_return_if_fail (RB_IS_CUES (self));

  if (text == NULL || !g_settings_get_boolean (self->settings, "spoken-cues"))
    return;

#ifdef HAVE_SPEECHD
  g_thread_pool_push (get_speech_pool (), g_strdup (text), NULL);
#endif
}
