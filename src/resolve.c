/*
 * The language resolver (resolve.h).  The data it needs, CLDR's likely
 * scripts and regions, is the two tables below; everything else is the
 * ranking in rank().
 */
#include "resolve.h"

#include <string.h>

/*
 * CLDR likely subtags, for the languages written in more than one
 * script: the script of a tag that names none, by its region ("" for
 * any other region).  Chinese is Traditional in Taiwan, Hong Kong and
 * Macao and Simplified elsewhere; Serbian is Cyrillic but in Montenegro.
 */
static const struct {
	const char *lang, *region, *script;
} likely_scripts[] = {
	{ "az", "", "Latn" }, { "az", "IR", "Arab" },
	{ "pa", "", "Guru" }, { "pa", "PK", "Arab" },
	{ "sr", "", "Cyrl" }, { "sr", "ME", "Latn" },
	{ "uz", "", "Latn" }, { "uz", "AF", "Arab" },
	{ "zh", "", "Hans" }, { "zh", "TW", "Hant" }, { "zh", "HK", "Hant" },
	{ "zh", "MO", "Hant" },
};

/*
 * CLDR likely subtags: the region of a language (in a script, where it
 * has several), for a tag of another region when the language's
 * catalogs all have regions (fr-BE reads fr_FR rather than fr_CA).
 */
static const struct {
	const char *lang, *script, *region;
} likely_regions[] = {
	{ "ar", "", "EG" }, { "bg", "", "BG" }, { "cs", "", "CZ" }, { "da", "", "DK" },
	{ "de", "", "DE" }, { "el", "", "GR" }, { "en", "", "US" }, { "es", "", "ES" },
	{ "et", "", "EE" }, { "fi", "", "FI" }, { "fr", "", "FR" }, { "he", "", "IL" },
	{ "hr", "", "HR" }, { "hu", "", "HU" }, { "it", "", "IT" }, { "ja", "", "JP" },
	{ "ko", "", "KR" }, { "lt", "", "LT" }, { "lv", "", "LV" }, { "nb", "", "NO" },
	{ "nl", "", "NL" }, { "pl", "", "PL" }, { "pt", "", "BR" }, { "ro", "", "RO" },
	{ "ru", "", "RU" }, { "sk", "", "SK" }, { "sl", "", "SI" }, { "sr", "", "RS" },
	{ "sv", "", "SE" }, { "th", "", "TH" }, { "tr", "", "TR" }, { "uk", "", "UA" },
	{ "zh", "Hans", "CN" }, { "zh", "Hant", "TW" },
};

/*
 * CLDR language aliases: codes that name the same language as another.
 * Norwegian is read as Bokmål (Nynorsk, nn, is another language), and
 * the withdrawn ISO 639 codes as today's; Serbo-Croatian as Serbian in
 * Latin script.
 */
static const struct {
	const char *from, *to, *script;
} language_aliases[] = {
	{ "no", "nb", "" }, { "iw", "he", "" }, { "in", "id", "" }, { "ji", "yi", "" },
	{ "mo", "ro", "" }, { "sh", "sr", "Latn" }, { "tl", "fil", "" },
};

/*
 * CLDR parent locales: regions whose readers share a regional variant of
 * their language, by the variant's region.  Latin America reads one
 * Spanish (es-419, Mexico's catalog), and the Portuguese of Africa, Asia
 * and Europe outside Brazil is Portugal's.
 */
static const struct {
	const char *lang, *region, *group;
} region_groups[] = {
	{ "es", "419", "419" }, { "es", "AR", "419" }, { "es", "BO", "419" },
	{ "es", "BR", "419" }, { "es", "BZ", "419" }, { "es", "CL", "419" },
	{ "es", "CO", "419" }, { "es", "CR", "419" }, { "es", "CU", "419" },
	{ "es", "DO", "419" }, { "es", "EC", "419" }, { "es", "GT", "419" },
	{ "es", "HN", "419" }, { "es", "MX", "419" }, { "es", "NI", "419" },
	{ "es", "PA", "419" }, { "es", "PE", "419" }, { "es", "PR", "419" },
	{ "es", "PY", "419" }, { "es", "SV", "419" }, { "es", "US", "419" },
	{ "es", "UY", "419" }, { "es", "VE", "419" },
	{ "pt", "PT", "PT" }, { "pt", "AO", "PT" }, { "pt", "CH", "PT" },
	{ "pt", "CV", "PT" }, { "pt", "FR", "PT" }, { "pt", "GQ", "PT" },
	{ "pt", "GW", "PT" }, { "pt", "LU", "PT" }, { "pt", "MO", "PT" },
	{ "pt", "MZ", "PT" }, { "pt", "ST", "PT" }, { "pt", "TL", "PT" },
};

#define COUNT(a) (sizeof (a) / sizeof (a)[0])

/* strcmp(a, b) == 0, with the first bytes compared in line: most of the
 * comparisons below are of different languages, which this rejects
 * without a call. */
static inline bool same(const char *a, const char *b)
{
	return a[0] == b[0] && strcmp(a, b) == 0;
}

const char *wsmsg_resolve_alias(size_t i)
{
	return i < COUNT(language_aliases) ? language_aliases[i].from : NULL;
}

/* t with its language alias replaced (no -> nb, sh -> sr-Latn). */
static struct wsmsg_tag canonical(const struct wsmsg_tag *t)
{
	struct wsmsg_tag c = *t;

	for (size_t i = 0; i < COUNT(language_aliases); i++)
		if (same(language_aliases[i].from, t->lang)) {
			strcpy(c.lang, language_aliases[i].to);
			if (*c.script == '\0')
				strcpy(c.script, language_aliases[i].script);
		}
	return c;
}

/* Is some language an alias of lang (nb: no)? */
static bool has_alias(const char *lang)
{
	for (size_t i = 0; i < COUNT(language_aliases); i++)
		if (same(language_aliases[i].to, lang))
			return true;
	return false;
}

/* Is lang an alias of another language (no: nb)? */
static bool is_alias(const char *lang)
{
	for (size_t i = 0; i < COUNT(language_aliases); i++)
		if (same(language_aliases[i].from, lang))
			return true;
	return false;
}

/* Has lang a likely script: is it written in more than one? */
static bool has_likely_script(const char *lang)
{
	for (size_t i = 0; i < COUNT(likely_scripts); i++)
		if (same(likely_scripts[i].lang, lang))
			return true;
	return false;
}

/* The group of a region of a language, or "". */
static const char *group_of(const char *lang, const char *region)
{
	for (size_t i = 0; i < COUNT(region_groups); i++)
		if (same(region_groups[i].lang, lang) &&
		    same(region_groups[i].region, region))
			return region_groups[i].group;
	return "";
}

/* The script of t: the one it names, else the likely one, else "". */
static const char *script_of(const struct wsmsg_tag *t)
{
	const char *any = "";

	if (t->script[0] != '\0')
		return t->script;
	for (size_t i = 0; i < COUNT(likely_scripts); i++) {
		if (!same(likely_scripts[i].lang, t->lang))
			continue;
		if (same(likely_scripts[i].region, t->region))
			return likely_scripts[i].script;
		if (likely_scripts[i].region[0] == '\0')
			any = likely_scripts[i].script;
	}
	return any;
}

static const char *likely_region(const char *lang, const char *script)
{
	for (size_t i = 0; i < COUNT(likely_regions); i++)
		if (same(likely_regions[i].lang, lang) &&
		    (*likely_regions[i].script == '\0' ||
		     same(likely_regions[i].script, script)))
			return likely_regions[i].region;
	return "";
}

/* What a tag's resolution works out once for all its catalogs. */
struct target {
	struct wsmsg_tag tag;  /* the tag, its language alias replaced */
	const char *script;    /* its script: written, else likely, else "" */
	const char *group;     /* its region's group, or "" */
	bool scripted;         /* its language has a likely script */
};

/*
 * How well a catalog whose language alias is replaced already serves
 * the target: 0 not at all, then 1 to 5 by resolve.h's order (5 is
 * best).
 */
static int rank_canonical(const struct target *target, const struct wsmsg_tag *c)
{
	const struct wsmsg_tag *tag = &target->tag;
	const char *script = target->script, *group = target->group;

	if (!same(tag->lang, c->lang))
		return 0;
	/* c is of the target's language: without a likely script for it,
	 * c's script is the one it writes. */
	const char *cs = target->scripted ? script_of(c) : c->script;
	if (script[0] != '\0' && cs[0] != '\0' && !same(script, cs))
		return 0;
	if (same(tag->region, c->region))
		return 5;
	if (*group != '\0' && same(group, group_of(c->lang, c->region)))
		return 4;
	if (c->region[0] == '\0')
		return 3;
	if (same(c->region, likely_region(c->lang, script[0] ? script : cs)))
		return 2;
	return 1;
}

/* The same for a catalog named with an alias or not. */
static int rank(const struct target *target, const struct wsmsg_tag *catalog)
{
	struct wsmsg_tag canon = canonical(catalog);
	return rank_canonical(target, &canon);
}

int wsmsg_resolve_tie(const struct wsmsg_tag *tag,
                      const struct wsmsg_tag *catalogs, size_t n, int *tie)
{
	int best = WSMSG_SOURCE_NONE, best_rank = 0;

	*tie = -1;
	if (tag->kind == WSMSG_TAG_C)
		return WSMSG_SOURCE_ENGLISH;
	if (tag->kind != WSMSG_TAG_LANGUAGE)
		return WSMSG_SOURCE_NONE;
	struct target target = { .tag = canonical(tag) };
	const struct wsmsg_tag *t = &target.tag;
	target.scripted = has_likely_script(t->lang);
	target.script = target.scripted ? script_of(t) : t->script;
	target.group = group_of(t->lang, t->region);
	/* A catalog ranks only if its language, read through the aliases,
	 * is the tag's: when no alias leads to the tag's language, only if
	 * it is written as the tag's.  That test is enough to pass over the
	 * catalogs of other languages, most of them.  Such a catalog's name
	 * needs no alias replaced, unless the tag's language is itself an
	 * alias. */
	bool aliased = has_alias(t->lang);
	bool plain = !aliased && !is_alias(t->lang);
	for (size_t i = 0; i < n; i++) {
		if (!aliased && !same(catalogs[i].lang, t->lang))
			continue;
		int r = plain ? rank_canonical(&target, &catalogs[i])
		              : rank(&target, &catalogs[i]);
		if (r > best_rank) {
			best = (int)i;
			best_rank = r;
			*tie = -1;
		} else if (r == best_rank && r > 0) {
			*tie = (int)i;
		}
	}
	return best;
}

int wsmsg_resolve(const struct wsmsg_tag *tag,
                  const struct wsmsg_tag *catalogs, size_t n)
{
	int tie;
	return wsmsg_resolve_tie(tag, catalogs, n, &tie);
}

/*
 * Two catalogs of one language tie for some tag exactly when they tie for
 * one of the tags written with no script, the script of either, or a
 * script neither has ("Zzzz"); and with no region, the first one's
 * region, or a region of a group of the language.  Any other tag ranks
 * every catalog as one of these does: the ranking asks of a tag's region
 * only whether it is a catalog's or in a catalog's group, and a catalog
 * of the tag's own region would rank above both.
 */
bool wsmsg_resolve_find_tie(const struct wsmsg_tag *catalogs, size_t n,
                            struct wsmsg_tag *tag, size_t *a, size_t *b)
{
	for (size_t i = 0; i < n; i++)
		for (size_t j = i + 1; j < n; j++) {
			if (strcmp(catalogs[i].lang, catalogs[j].lang) != 0)
				continue;
			const char *scripts[] = { "", script_of(&catalogs[i]),
			                          script_of(&catalogs[j]), "Zzzz" };
			const char *regions[2 + COUNT(region_groups)] = { "", catalogs[i].region };
			size_t nregions = 2;
			for (size_t g = 0; g < COUNT(region_groups); g++)
				if (same(region_groups[g].lang, catalogs[i].lang))
					regions[nregions++] = region_groups[g].region;
			for (size_t s = 0; s < COUNT(scripts); s++)
				for (size_t r = 0; r < nregions; r++) {
					struct wsmsg_tag t = { .kind = WSMSG_TAG_LANGUAGE };
					strcpy(t.lang, catalogs[i].lang);
					strcpy(t.script, scripts[s]);
					strcpy(t.region, regions[r]);
					int tie, best = wsmsg_resolve_tie(&t, catalogs, n, &tie);
					if (tie >= 0) {
						*tag = t;
						*a = (size_t)best;
						*b = (size_t)tie;
						return true;
					}
				}
		}
	return false;
}
