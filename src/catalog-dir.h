/*
 * Where installed catalogs are: the directory the text domain is bound
 * to, and each catalog's file in it, <dir>/<name>/LC_MESSAGES/wsmsg.mo.
 * The names come from reading that directory, never from a caller's
 * text.
 */
#ifndef WSMSG_CATALOG_DIR_H
#define WSMSG_CATALOG_DIR_H

#include <stdbool.h>
#include <stddef.h>

/* Binds the text domain to the library's localedir, once, unless the
 * application bound it already, and sets its codeset to UTF-8. */
void wsmsg_catalog_dir_bind(void);

/* The directory the domain is bound to now, copied into buf[size];
 * false when there is none or it does not fit. */
bool wsmsg_catalog_dir(char *buf, size_t size);

/* <dir>/<name>/LC_MESSAGES/<domain>.mo into buf[size]; false when it
 * does not fit. */
bool wsmsg_catalog_path(char *buf, size_t size, const char *dir, const char *name);

#endif
