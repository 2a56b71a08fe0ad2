/*
 * A catalog source: a place the catalogs of languages come from.  The
 * library asks its sources (sources.c) in order, the same way on every
 * lookup path; adding one is a file that fills this in and a line in
 * that list.  `self` is the source's state (the installed catalogs of
 * one directory, say).
 */
#ifndef WSMSG_SOURCE_H
#define WSMSG_SOURCE_H

#include <stddef.h>

#include "lang.h"

struct wsmsg_catalog_source {
	const char *what;                                        /* "installed" */
	size_t (*count)(const void *self);                       /* its catalogs */
	const struct wsmsg_tag *(*tag)(const void *self, size_t i);
	const char *(*text)(const void *self, size_t i, size_t m); /* NULL: none */
};

/* The catalogs compiled into the library (catalog.h); self is unused. */
extern const struct wsmsg_catalog_source wsmsg_compiled_source;

/* The catalogs installed in a directory; self is a struct
 * wsmsg_installed (installed.h). */
extern const struct wsmsg_catalog_source wsmsg_installed_source;

#endif
