/*
 * The resolver over the compiled-in catalogs, through the index that
 * gen-catalog builds (catalog.h): the tag's language finds its catalogs
 * by a perfect hash, and each is ranked with what gen-catalog worked out
 * for it by the resolver's own code (resolve.h).  The answer is
 * wsmsg_resolve()'s over wsmsg_catalog_langs; only the catalogs of the
 * tag's language are looked at, and the resolver's tables only when the
 * language needs them.
 */
#include "caller.h"
#include "catalog-hash.h"
#include "catalog.h"
#include "resolve.h"

/* "", NUL-padded to four bytes as the ranking reads it. */
static const char none[4];

#if defined(__GNUC__)
#define OUT_OF_LINE __attribute__((noinline))
#else
#define OUT_OF_LINE
#endif

/*
 * What of the target the resolver's tables give: the likely script of a
 * language written in more than one (only those have one), the likely
 * region in the target's script, which the ranking asks of a catalog
 * named without a script, and the region's group.  Out of line: most
 * tags need none of it.
 */
static OUT_OF_LINE void from_the_tables(struct wsmsg_target *t,
                                        const struct wsmsg_language *l)
{
	if (t->script[0] == '\0' && l->scripted)
		t->script = wsmsg_resolve_likely_script(l->lang, t->region);
	if (t->script[0] != '\0')
		t->likely_region = wsmsg_resolve_likely_region(l->lang, t->script);
	if (l->grouped)
		t->group = wsmsg_resolve_group(l->lang, t->region);
}

int wsmsg_catalog_for_tag(const struct wsmsg_tag *tag)
{
	if (tag->kind != WSMSG_TAG_LANGUAGE)
		return tag->kind == WSMSG_TAG_C ? WSMSG_SOURCE_ENGLISH : WSMSG_SOURCE_NONE;
	uint32_t key = wsmsg_language_key(tag->lang);
	const struct wsmsg_language *l =
		&wsmsg_language_slots[key * WSMSG_LANGUAGE_MULT >> WSMSG_LANGUAGE_SHIFT];
	if (l->key != key)
		return WSMSG_SOURCE_NONE; /* no catalog of the language */

	struct wsmsg_target t = { l->lang, tag->script, tag->region, none, none };
	if (t.script[0] == '\0')
		t.script = l->alias_script;
	if (t.script[0] != '\0' || l->scripted || l->grouped)
		from_the_tables(&t, l);

	const struct wsmsg_language_catalog *c = &wsmsg_language_catalogs[l->first];
	int best = WSMSG_SOURCE_NONE, best_rank = 0;
	for (unsigned i = 0; i < l->count; i++) {
		int r = wsmsg_rank(&t, &c[i].rank);
		if (r > best_rank) {
			best = c[i].catalog;
			best_rank = r;
		}
	}
	return best;
}
