/*
 * The language resolver: which catalog, among a list of parsed catalog
 * names, serves a parsed tag.  The library asks it about the compiled-in
 * catalogs; the generators ask it about the catalogs of po/LINGUAS, to
 * precompute the answers for the catalogs' own spellings and the links
 * of the installed tree.  One rule for all of them, here.
 */
#ifndef WSMSG_RESOLVE_H
#define WSMSG_RESOLVE_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

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

/* ---- The ranking, for the resolver above and the library's index ----
 *
 * A catalog ranks for a tag only when their languages, the aliases
 * replaced, are one.  Among those catalogs the ranking asks each only
 * the few questions below, whose answers depend on the catalog's name
 * alone: wsmsg_resolve() works them out for every catalog it is given,
 * and gen-catalog for the compiled-in catalogs, once, at build time
 * (catalog.h).  Strings are compared four bytes at a time: every field
 * is NUL-padded to at least four bytes (lang.h).
 */

/* What the ranking asks of a catalog. */
struct wsmsg_candidate {
	char script[5];  /* written, else the likely one, else "" */
	char region[4];  /* as written, "" if none */
	char group[4];   /* its region's group in its language ("419"), or "" */
	bool likely;     /* its region is the likely one of its language in
	                  * its script (fr: FR) */
};

/* What the ranking asks of a tag.  Each points to a NUL-padded field of
 * at least four bytes. */
struct wsmsg_target {
	const char *lang;    /* its language, its alias replaced */
	const char *script;  /* written, else the alias's, else the likely one */
	const char *region;
	const char *group;   /* its region's group in its language, or "" */
	const char *likely_region; /* its language's likely region in its
	                            * script, where it has one ("" if not) */
};

/* The likely region of a language in a script ("" for none): CLDR's
 * likely subtags. */
const char *wsmsg_resolve_likely_region(const char *lang, const char *script);

/* The likely script of a language that has one, by its region ("zh",
 * "TW": "Hant"), or "". */
const char *wsmsg_resolve_likely_script(const char *lang, const char *region);

/* Does lang have a likely script (is it written in more than one)? */
bool wsmsg_resolve_scripted(const char *lang);

/* The group of a region of a language ("es", "AR": "419"), or "". */
const char *wsmsg_resolve_group(const char *lang, const char *region);

/* Has some region of lang a group? */
bool wsmsg_resolve_grouped(const char *lang);

/* A tag with its language alias replaced, and the script the alias
 * gives where the tag writes none (no: nb, sh: sr-Latn). */
struct wsmsg_tag wsmsg_resolve_canonical(const struct wsmsg_tag *tag);

/* What the ranking asks of a catalog named `catalog`. */
struct wsmsg_candidate wsmsg_resolve_candidate(const struct wsmsg_tag *catalog);

static inline bool wsmsg_same4(const char *a, const char *b)
{
	return memcmp(a, b, 4) == 0;
}

/*
 * How well a catalog of the target's language serves it: 0 not at all,
 * then 1 to 5 by the order of wsmsg_resolve() (5 is best).
 */
static inline int wsmsg_rank(const struct wsmsg_target *t,
                             const struct wsmsg_candidate *c)
{
	if (t->script[0] != '\0' && c->script[0] != '\0' &&
	    !wsmsg_same4(t->script, c->script))
		return 0;
	if (wsmsg_same4(t->region, c->region))
		return 5;
	if (t->group[0] != '\0' && wsmsg_same4(t->group, c->group))
		return 4;
	if (c->region[0] == '\0')
		return 3;
	/* The catalog's script is the target's, or the target has none: the
	 * answer the catalog carries.  Else (the target has a script the
	 * catalog's name does not) the likely region in the target's. */
	if (t->script[0] == '\0' || c->script[0] != '\0')
		return c->likely ? 2 : 1;
	return wsmsg_same4(c->region, t->likely_region) ? 2 : 1;
}

#endif
