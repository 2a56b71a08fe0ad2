/*
 * Where installed catalogs are: the directory the text domain is bound
 * to, and each catalog's file in it, <dir>/<name>/LC_MESSAGES/wsmsg.mo.
 * The names come from reading that directory, never from a caller's
 * text; only names that are well-formed tags are used.
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

/* May `name`, read from the directory, name a catalog: a well-formed
 * tag or locale name ("fr_FR", "sr@latin", "de_DE.UTF-8") that starts
 * with a letter? */
bool wsmsg_catalog_name_ok(const char *name);

/* <dir>/<name>/LC_MESSAGES/<domain>.mo into buf[size]; false when it
 * does not fit. */
bool wsmsg_catalog_path(char *buf, size_t size, const char *dir, const char *name);

#endif
