/*
 * The resolver (src/resolve.c) as a table: sets of catalogs (po/LINGUAS
 * names, shipped or not), tags, and the catalog each tag must get, in
 * the listed order and reversed.  Then the sets gen-catalog must refuse,
 * because some tag would find two catalogs equally good.  Last, the
 * library's own index of its catalogs against the resolver.
 */
#include <stdio.h>

#include "caller.h"
#include "catalog.h"
#include "lang.h"
#include "resolve.h"
#include "testing.h"

#define SHIPPED_PART_1 "en fr_FR zh_TW zh_CN ja ko de es pt_BR it ru pl tr"

struct expectation {
	const char *catalogs;  /* space-separated po/LINGUAS names */
	const char *tag;
	const char *want;      /* a catalog name, "C" (English), or NULL */
};

static const struct expectation cases[] = {
	/* Simplified and Traditional Chinese never cross. */
	{ SHIPPED_PART_1, "zh", "zh_CN" },
	{ SHIPPED_PART_1, "zh-Hans", "zh_CN" },
	{ SHIPPED_PART_1, "zh-SG", "zh_CN" },
	{ SHIPPED_PART_1, "zh-CN", "zh_CN" },
	{ SHIPPED_PART_1, "zh_CN.UTF-8", "zh_CN" },
	{ SHIPPED_PART_1, "zh-Hans-TW", "zh_CN" },
	{ SHIPPED_PART_1, "zh-Hant", "zh_TW" },
	{ SHIPPED_PART_1, "zh-HK", "zh_TW" },
	{ SHIPPED_PART_1, "zh-MO", "zh_TW" },
	{ SHIPPED_PART_1, "zh_TW.Big5", "zh_TW" },
	{ SHIPPED_PART_1, "zh-Hant-CN", "zh_TW" },
	{ "zh_TW", "zh", NULL },
	{ "zh_TW", "zh-SG", NULL },
	{ "zh_CN", "zh-HK", NULL },
	{ "zh_CN", "zh-Hant", NULL },
	/* Regions fall back to the language's catalog. */
	{ SHIPPED_PART_1, "pt-PT", "pt_BR" },
	{ SHIPPED_PART_1, "pt", "pt_BR" },
	{ SHIPPED_PART_1, "es-MX", "es" },
	{ SHIPPED_PART_1, "es-419", "es" },
	{ SHIPPED_PART_1, "de-AT", "de" },
	{ SHIPPED_PART_1, "de-CH", "de" },
	{ SHIPPED_PART_1, "de-CH-1996", "de" },
	{ SHIPPED_PART_1, "fr", "fr_FR" },
	{ SHIPPED_PART_1, "fr-CA", "fr_FR" },
	{ SHIPPED_PART_1, "en-GB", "en" },
	{ SHIPPED_PART_1, "ja-JP", "ja" },
	{ SHIPPED_PART_1, "ko_KR.eucKR", "ko" },
	{ SHIPPED_PART_1, "ru-UA", "ru" },
	{ SHIPPED_PART_1, "it-CH", "it" },
	{ SHIPPED_PART_1, "pl", "pl" },
	{ SHIPPED_PART_1, "tr-CY", "tr" },
	{ SHIPPED_PART_1, "C", "C" },
	{ SHIPPED_PART_1, "POSIX", "C" },
	{ SHIPPED_PART_1, "sr", NULL },
	{ SHIPPED_PART_1, "qaa", NULL },
	{ SHIPPED_PART_1, "nb", NULL },
	/* CLDR's language aliases: Norwegian is Bokmål, never Nynorsk. */
	{ "nb", "no", "nb" },
	{ "nb", "no-NO", "nb" },
	{ "nb", "no_NO.UTF-8", "nb" },
	{ "nb", "nb-NO", "nb" },
	{ "nb", "nn", NULL },
	{ "nb", "nn-NO", NULL },
	{ "nn", "no", NULL },
	{ "he", "iw", "he" },
	{ "he", "iw_IL", "he" },
	{ "ro", "mo", "ro" },
	{ "sr@latin", "sh", "sr@latin" },
	{ "sr@latin", "sh-Cyrl", NULL },
	{ "sr_RS", "sh", NULL },
	/* A catalog named with an alias serves the language it names. */
	{ "de no", "nb", "no" },
	{ "de no", "nb-NO", "no" },
	{ "de no", "no", "no" },
	{ "en iw", "he-IL", "iw" },
	{ "en sh", "sr-Latn", "sh" },
	{ "en sh", "sr", NULL },
	/* Variants of one language: the exact region, the catalog without a
	 * region, the likely region, in that order. */
	{ "fr_FR fr_CA", "fr", "fr_FR" },
	{ "fr_FR fr_CA", "fr-CA", "fr_CA" },
	{ "fr_FR fr_CA", "fr-BE", "fr_FR" },
	{ "fr_FR fr_CA", "fr-CH", "fr_FR" },
	{ "pt_BR pt_PT", "pt-PT", "pt_PT" },
	{ "pt_BR pt_PT", "pt", "pt_BR" },
	/* The likely region ranks below the catalog without a region, and
	 * above any other region. */
	{ "de de_DE", "de-AT", "de" },
	{ "de_DE de_AT", "de-LI", "de_DE" },
	{ "ar_SA ar_EG", "ar-MA", "ar_EG" },
	{ "ar_SA ar_EG", "ar", "ar_EG" },
	/* Two catalogs that tie for some tags, and the one that beats both. */
	{ "de_AT de_CH de", "de", "de" },
	{ "de_AT de_CH de", "de-AT", "de_AT" },
	/* CLDR's parent locales: Latin American Spanish is one (es-419),
	 * and Portuguese outside Brazil is Portugal's. */
	{ "pt_BR pt_PT", "pt-AO", "pt_PT" },
	{ "pt_BR pt_PT", "pt-MZ", "pt_PT" },
	{ "pt_BR pt_PT", "pt-BR", "pt_BR" },
	{ "pt_BR pt_PT", "pt-US", "pt_BR" },
	{ "pt pt_PT", "pt-AO", "pt_PT" },
	{ "pt pt_PT", "pt-BR", "pt" },
	{ "es es_MX", "es-MX", "es_MX" },
	{ "es es_MX", "es-419", "es_MX" },
	{ "es es_MX", "es-AR", "es_MX" },
	{ "es es_MX", "es-US", "es_MX" },
	{ "es es_MX", "es-VE", "es_MX" },
	{ "es es_MX", "es-ES", "es" },
	{ "es es_MX", "es-GQ", "es" },
	{ "es es_MX", "es", "es" },
	{ "zh_HK zh_TW", "zh-MO", "zh_TW" },
	{ "zh_HK zh_TW", "zh-HK", "zh_HK" },
	{ "en en_GB", "en-AU", "en" },
	{ "en en_GB", "en-GB", "en_GB" },
	/* Serbian: Cyrillic unless the tag says Latin (or is Montenegrin). */
	{ "sr_RS@latin sr_RS", "sr", "sr_RS" },
	{ "sr_RS@latin sr_RS", "sr-RS", "sr_RS" },
	{ "sr_RS@latin sr_RS", "sr-Cyrl", "sr_RS" },
	{ "sr_RS@latin sr_RS", "sr-Latn", "sr_RS@latin" },
	{ "sr_RS@latin sr_RS", "sr_RS@latin", "sr_RS@latin" },
	{ "sr_RS@latin sr_RS", "sr-Latn-BA", "sr_RS@latin" },
	{ "sr_RS@latin sr_RS", "sr-ME", "sr_RS@latin" },
	{ "sr_RS@latin", "sr", NULL },
	{ "sr_RS@latin", "sr-RS", NULL },
	{ "sr_RS@latin", "sr-Latn", "sr_RS@latin" },
	{ "sr_RS@latin", "sr-ME", "sr_RS@latin" },
	/* A script the tag writes must agree with the catalog's, where both
	 * are known (a catalog named without a script has none). */
	{ "de", "de-Latn", "de" },
	{ "de", "de-Cyrl", "de" },
	{ "sr_RS", "sr-Latn", NULL },
	{ "uz@cyrillic", "uz", NULL },
	{ "uz@cyrillic", "uz-Cyrl", "uz@cyrillic" },
	/* No catalogs at all. */
	{ "", "fr", NULL },
	{ "", "C", "C" },
	{ "fr_FR", "fr:FR", NULL },
};

/* The catalog set `names`, parsed, in order or reversed. */
static size_t parse_set(const char *names, bool reverse,
                        struct wsmsg_tag *tags, char (*words)[16])
{
	char copy[256];
	size_t n = 0;

	snprintf(copy, sizeof copy, "%s", names);
	for (char *w = strtok(copy, " "); w != NULL; w = strtok(NULL, " "))
		snprintf(words[n++], 16, "%s", w);
	for (size_t i = 0; reverse && i < n / 2; i++) {
		char tmp[16];
		memcpy(tmp, words[i], 16);
		memcpy(words[i], words[n - 1 - i], 16);
		memcpy(words[n - 1 - i], tmp, 16);
	}
	for (size_t i = 0; i < n; i++) {
		tags[i] = wsmsg_tag_parse_str(words[i]);
		ck_assert_int_eq(tags[i].kind, WSMSG_TAG_LANGUAGE);
	}
	return n;
}

START_TEST(each_tag_gets_its_catalog_in_any_order)
{
	const struct expectation *e = &cases[_i];

	for (int reverse = 0; reverse < 2; reverse++) {
		struct wsmsg_tag catalogs[32];
		char words[32][16];
		size_t n = parse_set(e->catalogs, reverse, catalogs, words);
		struct wsmsg_tag tag = wsmsg_tag_parse_str(e->tag);
		int tie;
		int got = wsmsg_resolve_tie(&tag, catalogs, n, &tie);
		const char *name = got >= 0 ? words[got] : got == WSMSG_SOURCE_ENGLISH ? "C" : NULL;

		ck_assert_msg(got >= WSMSG_SOURCE_ENGLISH && got < (int)n, "%s: %d", e->tag, got);
		/* No set here has a tie (below): -1 says so. */
		ck_assert_msg(tie == -1, "%s: tie %d", e->tag, tie);
		ck_assert_int_eq(wsmsg_resolve(&tag, catalogs, n), got);
		ck_assert_msg(e->want ? name && strcmp(name, e->want) == 0 : name == NULL,
		              "[%s]%s: \"%s\" got %s, expected %s", e->catalogs,
		              reverse ? " reversed" : "", e->tag, name ? name : "none",
		              e->want ? e->want : "none");
	}
}
END_TEST

/* Every set above has one best catalog for every tag. */
START_TEST(the_sets_above_have_no_ties)
{
	struct wsmsg_tag catalogs[32], tag;
	char words[32][16];
	size_t a, b;

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		size_t n = parse_set(cases[i].catalogs, false, catalogs, words);
		ck_assert_msg(!wsmsg_resolve_find_tie(catalogs, n, &tag, &a, &b),
		              "[%s]: %s-%s-%s ties %s and %s", cases[i].catalogs, tag.lang,
		              tag.script, tag.region, words[a], words[b]);
	}
}
END_TEST

static const struct {
	const char *catalogs, *tag;
} ties[] = {
	{ "fr_FR fr-FR", "fr" },
	{ "de de", "de" },
	{ "en de_AT de_CH", "de" },
	{ "zh_HK zh_MO", "zh-Hant" },
	/* Only the duplicates' own region leaves the catalog of the whole
	 * language out. */
	{ "fr fr_FR fr-FR", "fr-FR" },
	/* Two catalogs of one group, and one for the whole language: only a
	 * third region of the group ties them. */
	{ "es es_AR es_MX", "es-419" },
	{ "sr_ME@cyrillic sr_BA@cyrillic", "sr" },
	{ "pt_PT pt_AO", "pt" },
	{ "ha@latin ha@arabic", "ha" },
	/* Only a tag in a script no catalog has leaves the scripted one out. */
	{ "ha@latin ha_GH ha_NE", "ha-Zzzz" },
};

START_TEST(sets_with_a_tie_are_found)
{
	struct wsmsg_tag catalogs[32], tag;
	char words[32][16];
	size_t a = 99, b = 99;
	size_t n = parse_set(ties[_i].catalogs, false, catalogs, words);

	ck_assert_msg(wsmsg_resolve_find_tie(catalogs, n, &tag, &a, &b),
	              "[%s]: no tie found", ties[_i].catalogs);
	struct wsmsg_tag want = wsmsg_tag_parse_str(ties[_i].tag);
	ck_assert_str_eq(tag.lang, want.lang);
	ck_assert_str_eq(tag.script, want.script);
	ck_assert_str_eq(tag.region, want.region);
	ck_assert(a < n && b < n && a != b);
	/* The tag found does tie them. */
	int tie, best = wsmsg_resolve_tie(&tag, catalogs, n, &tie);
	ck_assert_int_eq(best, (int)a);
	ck_assert_int_eq(tie, (int)b);
}
END_TEST

/*
 * The library's index of its compiled-in catalogs (catalog-index.c)
 * gives what the resolver gives over them, for every combination of a
 * language, a script and a region that the rules or the catalogs name,
 * and some that none does.
 */
static const char *const grid_scripts[] = {
	"", "Latn", "Cyrl", "Hans", "Hant", "Arab", "Guru", "Zzzz",
};
static const char *const grid_regions[] = {
	"", "419", "AR", "MX", "US", "ES", "PT", "AO", "BR", "CH", "BE", "FR",
	"CA", "TW", "HK", "MO", "CN", "SG", "ME", "RS", "BA", "NO", "IL", "GB",
	"AU", "IR", "PK", "AF", "ZZ", "001",
};
static const char *const grid_other_languages[] = {
	"nn", "sr", "zh", "pt", "es", "az", "pa", "uz", "fil", "qaa", "zz", "fr",
};

static void index_agrees(const char *lang, int *checked)
{
	for (size_t s = 0; s < sizeof grid_scripts / sizeof grid_scripts[0]; s++)
		for (size_t r = 0; r < sizeof grid_regions / sizeof grid_regions[0]; r++) {
			char text[32];
			snprintf(text, sizeof text, "%s%s%s%s%s", lang,
			         *grid_scripts[s] ? "-" : "", grid_scripts[s],
			         *grid_regions[r] ? "-" : "", grid_regions[r]);
			struct wsmsg_tag t = wsmsg_tag_parse_str(text);
			int want = wsmsg_resolve(&t, wsmsg_catalog_langs, wsmsg_ncatalogs);
			ck_assert_msg(wsmsg_catalog_for_tag(&t) == want, "%s: %d, the resolver %d",
			              text, wsmsg_catalog_for_tag(&t), want);
			++*checked;
		}
}

START_TEST(the_librarys_index_agrees_with_the_resolver)
{
	int checked = 0;

	for (size_t c = 0; c < wsmsg_ncatalogs; c++)
		index_agrees(wsmsg_catalog_langs[c].lang, &checked);
	for (size_t a = 0; wsmsg_resolve_alias(a) != NULL; a++)
		index_agrees(wsmsg_resolve_alias(a), &checked);
	for (size_t l = 0; l < sizeof grid_other_languages / sizeof grid_other_languages[0]; l++)
		index_agrees(grid_other_languages[l], &checked);
	static const char *const others[] = { "C", "POSIX", "C.UTF-8", "x-private", "1234" };
	for (size_t i = 0; i < sizeof others / sizeof others[0]; i++) {
		struct wsmsg_tag t = wsmsg_tag_parse_str(others[i]);
		ck_assert_int_eq(wsmsg_catalog_for_tag(&t),
		                 wsmsg_resolve(&t, wsmsg_catalog_langs, wsmsg_ncatalogs));
	}
	ck_assert_int_gt(checked, 10000);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("resolver");
	TCase *tc = tcase_create("table");

	tcase_add_loop_test(tc, each_tag_gets_its_catalog_in_any_order, 0,
	                    sizeof cases / sizeof cases[0]);
	tcase_add_test(tc, the_sets_above_have_no_ties);
	tcase_add_loop_test(tc, sets_with_a_tie_are_found, 0, sizeof ties / sizeof ties[0]);
	tcase_add_test(tc, the_librarys_index_agrees_with_the_resolver);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
