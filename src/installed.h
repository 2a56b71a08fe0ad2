/*
 * The installed catalogs of one directory: the files
 * <dir>/<name>/LC_MESSAGES/wsmsg.mo (catalog-dir.h), listed once, each
 * read and validated by the .mo reader (mo.h) then, and kept for the
 * life of the process, so that every text handed out stays valid.  A
 * listing does not change once made, so it may be read by any thread.
 */
#ifndef WSMSG_INSTALLED_H
#define WSMSG_INSTALLED_H

#include <stdbool.h>
#include <stddef.h>

#include "lang.h"

/* At most this many files are used; with more, the others are ignored
 * and libintl is not trusted with the directory. */
#define WSMSG_INSTALLED_MAX 256

struct wsmsg_installed;

/* Lists and reads the catalogs of `dir`.  NULL only when memory runs
 * out, which the first call cannot: callers serialize their calls. */
struct wsmsg_installed *wsmsg_installed_list(const char *dir);

/* The directory they were listed in. */
const char *wsmsg_installed_dir(const struct wsmsg_installed *in);

/* The number of valid catalogs of a language; a link to another's file
 * counts once.  Catalog i's parsed tag. */
size_t wsmsg_installed_count(const struct wsmsg_installed *in);
const struct wsmsg_tag *wsmsg_installed_tag(const struct wsmsg_installed *in, size_t i);

/* Catalog i's translation of message m (lookup.h), or NULL when it has
 * none. */
const char *wsmsg_installed_text(const struct wsmsg_installed *in, size_t i, size_t m);

/*
 * Was every file of the domain in the directory (any name, any
 * language) found valid?  libintl, which trusts the files it reads, may
 * be given the directory only then.
 */
bool wsmsg_installed_valid(const struct wsmsg_installed *in);

#endif
