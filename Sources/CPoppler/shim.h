#ifndef CPOPPLER_SHIM_H
#define CPOPPLER_SHIM_H

#include <poppler.h>
#include <glib-object.h>

/// Releases a GObject (document, page) through a typed pointer Swift can pass.
static inline void CPoppler_object_unref(void *object) {
    if (object != NULL) { g_object_unref(object); }
}

#endif
