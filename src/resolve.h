/*
 * The language resolver: which catalog, among a list of parsed catalog
 * names, serves a parsed tag.  The library asks it about the compiled-in
 * catalogs; the generators ask it about the catalogs of po/LINGUAS, to
 * precompute the answers for the catalogs' own spellings and the links
 * of the installed tree.  One rule for all of them, here.
 */
#ifndef WSMSG_RESOLVE_H
#define WSMSG_RESOLVE_H

#include <stddef.h>

#include "lang.h"

/*
 * Where a text comes from: a catalog index (0 and up), or one of these.
 * A lookup path carries a source from the tag to the message.
 */
enum wsmsg_source {
	WSMSG_SOURCE_NONE = -1,      /* no catalog serves the language */
	WSMSG_SOURCE_ENGLISH = -2,   /* "C" or "POSIX": English by definition */
	WSMSG_SOURCE_CALLER = -3,    /* the caller's language, at lookup time */
	WSMSG_SOURCE_UNSPELLED = -4, /* not a catalog's own spelling (spelling.h) */
};

/*
 * The source for `tag` among `n` catalogs: WSMSG_SOURCE_ENGLISH for C and
 * POSIX, else the best catalog of the tag's language in a compatible
 * script, else WSMSG_SOURCE_NONE.  A language alias of CLDR is read as
 * the language it names (no: nb, iw: he, sh: sr-Latn).  Scripts a tag
 * does not write are those CLDR's likely subtags give (zh: Hans, zh-TW:
 * Hant, sr: Cyrl), and two scripts are compatible unless both are known
 * and differ.  Among those catalogs, the first of:
 *   1. the tag's region (or none, for a tag without one);
 *   2. a region of the same CLDR parent locale (es-AR: es_MX, both
 *      Latin American Spanish; pt-AO: pt_PT);
 *   3. a catalog without a region;
 *   4. the language's likely region for that script (pt: BR, fr: FR);
 *   5. any other region.
 * The answer does not depend on the order of the catalogs, provided
 * wsmsg_resolve_tie() finds no tie among them (gen-catalog refuses such
 * a list).
 */
int wsmsg_resolve(const struct wsmsg_tag *tag,
                  const struct wsmsg_tag *catalogs, size_t n);

/* The i-th language alias the resolver knows ("no", "iw"…), or NULL
 * past the last. */
const char *wsmsg_resolve_alias(size_t i);

/*
 * The same, and *tie the index of another catalog that ranks as well as
 * the one returned, or -1 when none does.
 */
int wsmsg_resolve_tie(const struct wsmsg_tag *tag,
                      const struct wsmsg_tag *catalogs, size_t n, int *tie);

/*
 * A tag that two of the `n` catalogs would serve equally well, with the
 * two catalogs' indexes; false when every tag has one best catalog.
 */
bool wsmsg_resolve_find_tie(const struct wsmsg_tag *catalogs, size_t n,
                            struct wsmsg_tag *tag, size_t *a, size_t *b);

#endif
