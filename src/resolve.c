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
	char lang[4], region[4], script[5];
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
	char lang[4], script[5], region[4];
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

#define COUNT(a) (sizeof (a) / sizeof (a)[0])

/* The script of t: the one it names, else the likely one, else "". */
static const char *script_of(const struct wsmsg_tag *t)
{
	const char *any = "";

	if (t->script[0] != '\0')
		return t->script;
	for (size_t i = 0; i < COUNT(likely_scripts); i++) {
		if (strcmp(likely_scripts[i].lang, t->lang) != 0)
			continue;
		if (strcmp(likely_scripts[i].region, t->region) == 0)
			return likely_scripts[i].script;
		if (likely_scripts[i].region[0] == '\0')
			any = likely_scripts[i].script;
	}
	return any;
}

static const char *likely_region(const char *lang, const char *script)
{
	for (size_t i = 0; i < COUNT(likely_regions); i++)
		if (strcmp(likely_regions[i].lang, lang) == 0 &&
		    (likely_regions[i].script[0] == '\0' ||
		     strcmp(likely_regions[i].script, script) == 0))
			return likely_regions[i].region;
	return "";
}

/*
 * How well catalog c serves a language tag whose script is `script`:
 * 0 not at all, then 1 to 4 by resolve.h's order (4 is best).
 */
static int rank(const struct wsmsg_tag *tag, const char *script,
                const struct wsmsg_tag *c)
{
	if (strcmp(tag->lang, c->lang) != 0)
		return 0;
	const char *cs = script_of(c);
	if (script[0] != '\0' && cs[0] != '\0' && strcmp(script, cs) != 0)
		return 0;
	if (strcmp(tag->region, c->region) == 0)
		return 4;
	if (c->region[0] == '\0')
		return 3;
	if (strcmp(c->region, likely_region(c->lang, script[0] ? script : cs)) == 0)
		return 2;
	return 1;
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
	const char *script = script_of(tag);
	for (size_t i = 0; i < n; i++) {
		int r = rank(tag, script, &catalogs[i]);
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
 * script neither has ("Zzzz"); and with no region or the first one's
 * region.  Any other tag ranks every catalog as one of these does: the
 * ranking asks of a tag's region only whether it is a catalog's, and a
 * catalog of the tag's own region would rank above both.
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
			const char *regions[] = { "", catalogs[i].region };
			for (size_t s = 0; s < COUNT(scripts); s++)
				for (size_t r = 0; r < COUNT(regions); r++) {
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
