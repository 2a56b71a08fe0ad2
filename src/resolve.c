/*
 * The language resolver (resolve.h).  The data it needs, CLDR's likely
 * subtags, language aliases and parent locales, is the four tables
 * below; the ranking itself is wsmsg_rank() (resolve.h), which the
 * library's index of its catalogs shares (catalog-index.c).
 */
#include "resolve.h"

#include <string.h>

/*
 * The tables' strings are arrays, NUL-padded to their size, so that the
 * ranking may compare any of them four bytes at a time (resolve.h).
 */

/*
 * CLDR likely subtags, for the languages written in more than one
 * script: the script of a tag that names none, by its region ("" for
 * any other region).  Chinese is Traditional in Taiwan, Hong Kong and
 * Macao and Simplified elsewhere; Serbian is Cyrillic but in Montenegro.
 */
static const struct {
	char lang[4];
	char region[4];
	char script[5];
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
	char lang[4];
	char script[5];
	char region[4];
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
	char from[4];
	char to[4];
	char script[5];
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
	char lang[4];
	char region[4];
	char group[4];
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

/* "", NUL-padded as the tables' strings are. */
static const char none[5];

#define COUNT(a) (sizeof (a) / sizeof (a)[0])

static bool same(const char *a, const char *b)
{
	return strcmp(a, b) == 0;
}

const char *wsmsg_resolve_alias(size_t i)
{
	return i < COUNT(language_aliases) ? language_aliases[i].from : NULL;
}

struct wsmsg_tag wsmsg_resolve_canonical(const struct wsmsg_tag *t)
{
	struct wsmsg_tag c = *t;

	for (size_t i = 0; i < COUNT(language_aliases); i++)
		if (same(language_aliases[i].from, t->lang)) {
			memcpy(c.lang, language_aliases[i].to, sizeof c.lang);
			if (c.script[0] == '\0')
				memcpy(c.script, language_aliases[i].script, sizeof c.script);
		}
	return c;
}

bool wsmsg_resolve_scripted(const char *lang)
{
	for (size_t i = 0; i < COUNT(likely_scripts); i++)
		if (same(likely_scripts[i].lang, lang))
			return true;
	return false;
}

const char *wsmsg_resolve_likely_script(const char *lang, const char *region)
{
	const char *any = none;

	for (size_t i = 0; i < COUNT(likely_scripts); i++) {
		if (!same(likely_scripts[i].lang, lang))
			continue;
		if (same(likely_scripts[i].region, region))
			return likely_scripts[i].script;
		if (likely_scripts[i].region[0] == '\0')
			any = likely_scripts[i].script;
	}
	return any;
}

bool wsmsg_resolve_grouped(const char *lang)
{
	for (size_t i = 0; i < COUNT(region_groups); i++)
		if (same(region_groups[i].lang, lang))
			return true;
	return false;
}

const char *wsmsg_resolve_group(const char *lang, const char *region)
{
	for (size_t i = 0; i < COUNT(region_groups); i++)
		if (same(region_groups[i].lang, lang) &&
		    same(region_groups[i].region, region))
			return region_groups[i].group;
	return none;
}

const char *wsmsg_resolve_likely_region(const char *lang, const char *script)
{
	for (size_t i = 0; i < COUNT(likely_regions); i++)
		if (same(likely_regions[i].lang, lang) &&
		    (likely_regions[i].script[0] == '\0' ||
		     same(likely_regions[i].script, script)))
			return likely_regions[i].region;
	return none;
}

/* The script of t: the one it names, else the likely one, else "". */
static const char *script_of(const struct wsmsg_tag *t)
{
	return t->script[0] != '\0' ? t->script
	                             : wsmsg_resolve_likely_script(t->lang, t->region);
}

/* The same for a catalog whose name has its alias replaced already. */
static struct wsmsg_candidate candidate_of(const struct wsmsg_tag *c)
{
	struct wsmsg_candidate k = { .likely = false };

	memcpy(k.script, script_of(c), sizeof k.script);
	memcpy(k.region, c->region, sizeof k.region);
	memcpy(k.group, wsmsg_resolve_group(c->lang, c->region), sizeof k.group);
	k.likely = same(c->region, wsmsg_resolve_likely_region(c->lang, k.script));
	return k;
}

struct wsmsg_candidate wsmsg_resolve_candidate(const struct wsmsg_tag *catalog)
{
	struct wsmsg_tag c = wsmsg_resolve_canonical(catalog);
	return candidate_of(&c);
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
	struct wsmsg_tag t = wsmsg_resolve_canonical(tag);
	struct wsmsg_target target = {
		.lang = t.lang,
		.script = script_of(&t),
		.region = t.region,
		.group = wsmsg_resolve_group(t.lang, t.region),
	};
	target.likely_region = wsmsg_resolve_likely_region(t.lang, target.script);
	for (size_t i = 0; i < n; i++) {
		struct wsmsg_tag c = wsmsg_resolve_canonical(&catalogs[i]);
		if (!same(c.lang, t.lang))
			continue;
		struct wsmsg_candidate k = candidate_of(&c);
		int r = wsmsg_rank(&target, &k);
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
			const char *scripts[] = { none, script_of(&catalogs[i]),
			                          script_of(&catalogs[j]), "Zzzz" };
			const char *regions[2 + COUNT(region_groups)] = { none, catalogs[i].region };
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
