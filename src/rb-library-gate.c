/* rb-library-gate.c: shows its child once the library is loaded.
 *
 * Copyright 2026 The Runback authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The library loads in the background the first time a view needs it;
 * until then the views that show it show a spinner, and if the bundled
 * content is damaged, what went wrong.
 */

#include "config.h"

#include "rb-library-gate.h"

struct _RbLibraryGate
{
  GtkWidget      parent_instance;

  RbLibrary     *library;
  GtkStack      *stack;
  GtkSpinner    *spinner;
  AdwStatusPage *error_page;
  GtkWidget     *child;
};

G_DEFINE_FINAL_TYPE (RbLibraryGate, rb_library_gate, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_CHILD, PROP_ERROR_TITLE, N_PROPS };
static GParamSpec *properties[N_PROPS];

/* Follows the library: its content once loaded, its error when the load
 * failed, and a spinner only while it loads, so that nothing spins (and
 * wakes the CPU) when hidden or idle. */
static void
update_state (RbLibraryGate *self)
{
  const GError *error = self->library != NULL ? rb_library_get_error (self->library) : NULL;
  gboolean loading = self->library != NULL && rb_library_is_loading (self->library);

  gtk_spinner_set_spinning (self->spinner, loading);

  if (error != NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (error->message, -1);

      /* The description is markup; the message may quote a file. */
      adw_status_page_set_description (self->error_page, escaped);
      gtk_stack_set_visible_child_name (self->stack, "error");
    }
  else if (self->library != NULL && rb_library_is_loaded (self->library) && self->child != NULL)
    {
      gtk_stack_set_visible_child (self->stack, self->child);
    }
  else
    {
      gtk_stack_set_visible_child_name (self->stack, "loading");
    }
}

static void
set_child (RbLibraryGate *self,
           GtkWidget     *child)
{
  if (self->child != NULL)
    gtk_stack_remove (self->stack, self->child);

  self->child = child;
  if (child != NULL)
    gtk_stack_add_named (self->stack, child, "content");

  update_state (self);
}

static void
rb_library_gate_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  RbLibraryGate *self = RB_LIBRARY_GATE (object);

  switch (prop_id)
    {
    case PROP_CHILD:
      g_value_set_object (value, self->child);
      break;
    case PROP_ERROR_TITLE:
      g_value_set_string (value, adw_status_page_get_title (self->error_page));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rb_library_gate_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  RbLibraryGate *self = RB_LIBRARY_GATE (object);

  switch (prop_id)
    {
    case PROP_CHILD:
      set_child (self, g_value_get_object (value));
      break;
    case PROP_ERROR_TITLE:
      adw_status_page_set_title (self->error_page, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rb_library_gate_dispose (GObject *object)
{
  RbLibraryGate *self = RB_LIBRARY_GATE (object);

  g_clear_pointer ((GtkWidget **) &self->stack, gtk_widget_unparent);
  self->child = NULL;
  self->spinner = NULL;
  self->error_page = NULL;
  g_clear_object (&self->library);

  G_OBJECT_CLASS (rb_library_gate_parent_class)->dispose (object);
}

static void
rb_library_gate_class_init (RbLibraryGateClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = rb_library_gate_get_property;
  object_class->set_property = rb_library_gate_set_property;
  object_class->dispose = rb_library_gate_dispose;

  properties[PROP_CHILD] =
    g_param_spec_object ("child", NULL, NULL, GTK_TYPE_WIDGET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ERROR_TITLE] =
    g_param_spec_string ("error-title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
rb_library_gate_init (RbLibraryGate *self)
{
  GtkWidget *spinner = gtk_spinner_new ();

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_set_transition_type (self->stack, GTK_STACK_TRANSITION_TYPE_CROSSFADE);
  gtk_widget_set_parent (GTK_WIDGET (self->stack), GTK_WIDGET (self));

  self->spinner = GTK_SPINNER (spinner);
  gtk_widget_set_size_request (spinner, 32, 32);
  gtk_widget_set_halign (spinner, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (spinner, GTK_ALIGN_CENTER);
  gtk_stack_add_named (self->stack, spinner, "loading");

  self->error_page = ADW_STATUS_PAGE (adw_status_page_new ());
  adw_status_page_set_icon_name (self->error_page, "dialog-error-symbolic");
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->error_page), "error");
}

/**
 * rb_library_gate_set_library:
 * @self: a #RbLibraryGate
 * @library: the library, loaded or not
 *
 * Shows the child as soon as @library is loaded.
 */
void
rb_library_gate_set_library (RbLibraryGate *self,
                             RbLibrary     *library)
{
  g_return_if_fail (RB_IS_LIBRARY_GATE (self));
  g_return_if_fail (RB_IS_LIBRARY (library));

  g_set_object (&self->library, library);
  g_signal_connect_object (library, "notify::loaded", G_CALLBACK (update_state), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (library, "notify::loading", G_CALLBACK (update_state), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (library, "notify::error", G_CALLBACK (update_state), self, G_CONNECT_SWAPPED);
  update_state (self);
}
