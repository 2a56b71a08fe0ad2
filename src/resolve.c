/*
 * The language resolver (resolve.h).  The data it needs, CLDR's likely
 * scripts and regions, is the two tables below; everything else is the
 * ranking in rank().
 */
#include "resolve.h"

#include <stdio.h>
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

/* A set of up to SET_MAX short strings (scripts, regions). */
#define SET_MAX 128
struct set {
	size_t n;
	char s[SET_MAX][5];
};

static void add(struct set *set, const char *s)
{
	for (size_t i = 0; i < set->n; i++)
		if (strcmp(set->s[i], s) == 0)
			return;
	if (set->n < SET_MAX)
		strcpy(set->s[set->n++], s);
}

/*
 * The tags that can rank the catalogs of one language differently are
 * those written with: no script, a script of one of the catalogs or of
 * the likely-scripts table, or any other script ("Zzzz"); and no region,
 * a region of one of the catalogs or of the likely tables, or any other
 * region ("ZZ").  Every such tag of every catalog's language is tried.
 */
int wsmsg_resolve_find_tie(const struct wsmsg_tag *catalogs, size_t n,
                           char *tag, size_t *a, size_t *b)
{
	for (size_t c = 0; c < n; c++) {
		const char *lang = catalogs[c].lang;
		struct set scripts = { 0 }, regions = { 0 };

		add(&scripts, "");
		add(&scripts, "Zzzz");
		add(&regions, "");
		add(&regions, "ZZ");
		for (size_t i = 0; i < n; i++)
			if (strcmp(catalogs[i].lang, lang) == 0) {
				add(&scripts, script_of(&catalogs[i]));
				add(&regions, catalogs[i].region);
			}
		for (size_t i = 0; i < COUNT(likely_scripts); i++)
			if (strcmp(likely_scripts[i].lang, lang) == 0) {
				add(&scripts, likely_scripts[i].script);
				add(&regions, likely_scripts[i].region);
			}
		for (size_t i = 0; i < COUNT(likely_regions); i++)
			if (strcmp(likely_regions[i].lang, lang) == 0)
				add(&regions, likely_regions[i].region);

		for (size_t s = 0; s < scripts.n; s++)
			for (size_t r = 0; r < regions.n; r++) {
				struct wsmsg_tag t = { .kind = WSMSG_TAG_LANGUAGE };
				strcpy(t.lang, lang);
				strcpy(t.script, scripts.s[s]);
				strcpy(t.region, regions.s[r]);
				int tie, best = wsmsg_resolve_tie(&t, catalogs, n, &tie);
				if (tie >= 0) {
					snprintf(tag, WSMSG_TAG_MAX + 1, "%s%s%s%s%s", t.lang,
					         t.script[0] ? "-" : "", t.script,
					         t.region[0] ? "-" : "", t.region);
					*a = (size_t)best;
					*b = (size_t)tie;
					return 1;
				}
			}
	}
	return 0;
}
