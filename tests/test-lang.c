/*
 * Explicit languages: every accepted tag form, the fallback rules, and
 * the malformed tags that are refused.
 */
#include <stdio.h>

#include "testing.h"

/* The text of WS_E_OTHER from each catalog, by its canonical tag. */
static const char *in(const char *tag)
{
	const char *text = NULL;
	ck_assert_hr(wsmsg_describe_lang(WS_E_OTHER, tag, &text), S_OK);
	return text;
}

static void assert_reads(const char *tag, const char *catalog)
{
	const char *text = NULL;

	ck_assert_hr(wsmsg_describe_lang(WS_E_OTHER, tag, &text), S_OK);
	ck_assert_msg(text != NULL && strcmp(text, in(catalog)) == 0,
	              "\"%s\" should read the %s catalog", tag, catalog);
}

static void assert_no_translation(const char *tag)
{
	const char *text = NULL;

	ck_assert_hr(wsmsg_describe_lang(WS_E_OTHER, tag, &text),
	             WS_E_NO_TRANSLATION_AVAILABLE);
	ck_assert_msg(text != NULL && strcmp(text, english(WS_E_OTHER)) == 0,
	              "\"%s\" should give the English text", tag);
}

static void assert_malformed(const char *tag)
{
	const char *text = "untouched";

	ck_assert_hr(wsmsg_describe_lang(WS_E_OTHER, tag, &text), E_INVALIDARG);
	ck_assert_ptr_null(text);
}

START_TEST(the_three_catalogs_differ)
{
	ck_assert_str_ne(in("fr-FR"), in("en"));
	ck_assert_str_ne(in("zh-TW"), in("en"));
	ck_assert_str_ne(in("zh-TW"), in("fr-FR"));
	ck_assert_str_eq(in("en"), english(WS_E_OTHER));
}
END_TEST

/* The catalogs are those of po/LINGUAS, in its order, named as tags. */
START_TEST(languages_lists_the_catalogs)
{
	const char *const *l = wsmsg_languages();
	FILE *linguas = fopen(getenv("WSMSG_TEST_LINGUAS"), "r");
	char word[64];
	size_t n = 0;

	ck_assert_ptr_nonnull(l);
	ck_assert_ptr_nonnull(linguas);
	while (fscanf(linguas, "%63s", word) == 1) {
		if (word[0] == '#') {
			if (fscanf(linguas, "%*[^\n]") < 0)
				break;
			continue;
		}
		/* The POSIX modifier of a script is its BCP 47 subtag. */
		char *at = strstr(word, "@latin");
		if (at != NULL)
			strcpy(at, "-Latn");
		for (char *p = word; *p; p++)
			if (*p == '_')
				*p = '-';
		ck_assert_msg(l[n] != NULL, "%s: missing", word);
		ck_assert_str_eq(l[n], word);
		n++;
	}
	fclose(linguas);
	ck_assert_ptr_null(l[n]);
	ck_assert_uint_ge(n, 3);
}
END_TEST

START_TEST(french_tag_forms)
{
	static const char *const tags[] = {
		"fr-FR", "fr_FR", "fr", "FR-fr", "fr-fr", "FR", "fr_FR.UTF-8",
		"fr_FR.utf8", "fr_FR@euro", "fr_FR.ISO-8859-15@euro",
		"fr-Latn-FR", "fr-FR-u-ca-gregory", "fr-FR-x-private",
	};
	for (size_t i = 0; i < sizeof tags / sizeof tags[0]; i++)
		assert_reads(tags[i], "fr-FR");
}
END_TEST

START_TEST(french_other_regions_fall_back_to_france)
{
	assert_reads("fr-BE", "fr-FR");
	assert_reads("fr_BE@euro", "fr-FR");
	assert_reads("fr_CH.UTF-8", "fr-FR");
	assert_reads("fr-029", "fr-FR");
}
END_TEST

START_TEST(traditional_chinese_tag_forms)
{
	static const char *const tags[] = {
		"zh-TW", "zh_TW", "ZH-tw", "zh_TW.UTF-8", "zh_TW.Big5",
		"zh-Hant-TW", "zh-hant-tw", "zh-Hant",
	};
	for (size_t i = 0; i < sizeof tags / sizeof tags[0]; i++)
		assert_reads(tags[i], "zh-TW");
}
END_TEST

START_TEST(traditional_regions_read_taiwan_by_script)
{
	assert_reads("zh-HK", "zh-TW");
	assert_reads("zh_HK.UTF-8", "zh-TW");
	assert_reads("zh-MO", "zh-TW");
	assert_reads("zh-Hant-HK", "zh-TW");
}
END_TEST

START_TEST(simplified_chinese_never_gets_traditional_text)
{
	static const char *const simplified[] = {
		"zh", "zh-CN", "zh_CN.UTF-8", "zh-SG", "zh-Hans", "zh-Hans-CN",
		"zh-Hans-TW", "ZH-hans-hk", "zh_SG.GB2312",
	};
	ck_assert_str_ne(in("zh-CN"), in("zh-TW"));
	for (size_t i = 0; i < sizeof simplified / sizeof simplified[0]; i++)
		assert_reads(simplified[i], "zh-CN");
}
END_TEST

/* Each catalog of po/LINGUAS part 1, in the forms readers write. */
static const struct {
	const char *tag, *catalog;
} forms[] = {
	{ "de", "de" }, { "de-DE", "de" }, { "de_DE.UTF-8", "de" }, { "DE-de", "de" },
	{ "de-AT", "de" }, { "de-CH", "de" }, { "de_LI", "de" }, { "de_DE@euro", "de" },
	{ "es", "es" }, { "es-ES", "es" }, { "es_ES.UTF-8", "es" }, { "es-GQ", "es" },
	{ "it", "it" }, { "it-IT", "it" }, { "it_CH.UTF-8", "it" },
	{ "ja", "ja" }, { "ja-JP", "ja" }, { "ja_JP.eucJP", "ja" }, { "ja-Jpan-JP", "ja" },
	{ "ko", "ko" }, { "ko-KR", "ko" }, { "ko_KR.eucKR", "ko" }, { "ko-Kore-KR", "ko" },
	{ "pl", "pl" }, { "pl-PL", "pl" }, { "pl_PL.ISO-8859-2", "pl" },
	{ "pt", "pt-BR" }, { "pt-BR", "pt-BR" }, { "pt_BR.UTF-8", "pt-BR" },
	{ "pt-US", "pt-BR" },
	{ "ru", "ru" }, { "ru-RU", "ru" }, { "ru_UA.KOI8-U", "ru" }, { "ru-Cyrl", "ru" },
	{ "tr", "tr" }, { "tr-TR", "tr" }, { "tr_CY.UTF-8", "tr" },
	{ "zh-CN", "zh-CN" }, { "zh_CN.GB18030", "zh-CN" },
};

START_TEST(part_one_tag_forms)
{
	assert_reads(forms[_i].tag, forms[_i].catalog);
}
END_TEST

/* Each catalog of part 2, and the aliases, variants and scripts that
 * decide between catalogs. */
static const struct {
	const char *tag, *catalog; /* NULL: no translation */
} forms_2[] = {
	{ "ar", "ar" }, { "ar-EG", "ar" }, { "ar_SA.UTF-8", "ar" }, { "ar-Arab-MA", "ar" },
	{ "bg", "bg" }, { "bg_BG.CP1251", "bg" }, { "cs-CZ", "cs" }, { "da_DK", "da" },
	{ "el-GR", "el" }, { "et", "et" }, { "fi_FI.UTF-8", "fi" }, { "he-IL", "he" },
	{ "hr", "hr" }, { "hu-HU", "hu" }, { "lt", "lt" }, { "lv_LV", "lv" },
	{ "nl-BE", "nl" }, { "ro-MD", "ro" }, { "sk", "sk" }, { "sl-SI", "sl" },
	{ "sv-FI", "sv" }, { "th_TH.TIS-620", "th" }, { "uk-UA", "uk" },
	/* Withdrawn codes of CLDR's aliases. */
	{ "iw", "he" }, { "iw_IL.UTF-8", "he" }, { "mo", "ro" },
	/* Norwegian is Bokmål; Nynorsk is another language. */
	{ "nb", "nb" }, { "nb-NO", "nb" }, { "no", "nb" }, { "no_NO.UTF-8", "nb" },
	{ "nn", NULL }, { "nn-NO", NULL }, { "nn_NO.UTF-8", NULL },
	/* Serbian: the Latin catalog for Latin; Cyrillic, the script of a
	 * plain "sr", has none. */
	{ "sr-Latn", "sr-Latn" }, { "sr_RS@latin", "sr-Latn" }, { "sr-Latn-RS", "sr-Latn" },
	{ "sr-ME", "sr-Latn" }, { "sh", "sr-Latn" }, { "sr", NULL }, { "sr-RS", NULL },
	{ "sr-Cyrl", NULL }, { "sr_RS@cyrillic", NULL }, { "sr_RS.UTF-8", NULL },
	/* Regional variants and the regions CLDR gives them. */
	{ "fr-CA", "fr-CA" }, { "fr_CA.UTF-8", "fr-CA" }, { "fr-BE", "fr-FR" },
	{ "es-MX", "es-MX" }, { "es-419", "es-MX" }, { "es_AR.UTF-8", "es-MX" },
	{ "es-US", "es-MX" }, { "es-ES", "es" }, { "es", "es" },
	{ "pt-PT", "pt-PT" }, { "pt_PT@euro", "pt-PT" }, { "pt-AO", "pt-PT" },
	{ "pt-MZ", "pt-PT" }, { "pt", "pt-BR" }, { "pt-BR", "pt-BR" },
	{ "en-GB", "en-GB" }, { "en_GB.UTF-8", "en-GB" },
};

START_TEST(part_two_tag_forms)
{
	if (forms_2[_i].catalog)
		assert_reads(forms_2[_i].tag, forms_2[_i].catalog);
	else
		assert_no_translation(forms_2[_i].tag);
}
END_TEST

START_TEST(english_tag_forms)
{
	static const char *const tags[] = {
		"en", "EN", "en-US", "en_US.UTF-8", "en_AU", "en-Latn-US",
	};
	for (size_t i = 0; i < sizeof tags / sizeof tags[0]; i++)
		assert_reads(tags[i], "en");
}
END_TEST

START_TEST(c_and_posix_are_english)
{
	static const char *const tags[] = { "C", "c", "POSIX", "posix", "C.UTF-8", "C.utf8" };
	for (size_t i = 0; i < sizeof tags / sizeof tags[0]; i++) {
		const char *text = NULL;
		ck_assert_hr(wsmsg_describe_lang(WS_E_OTHER, tags[i], &text), S_OK);
		ck_assert_str_eq(text, in("en"));
	}
}
END_TEST

START_TEST(languages_without_a_catalog)
{
	static const char *const tags[] = {
		"qaa", "qaa-QM", "qaa_QM.UTF-8", "qtz", "qab-419", "qac_QZ", "x",
		"i-klingon", "x-private", "und", "123", "-", "_", ".", "@",
		"fra", "eng",
	};
	for (size_t i = 0; i < sizeof tags / sizeof tags[0]; i++)
		assert_no_translation(tags[i]);
}
END_TEST

START_TEST(malformed_tags_are_refused)
{
	static const char *const tags[] = {
		"", "../x", "../../fr", "/fr", "fr/FR", "fr FR", " fr", "fr ",
		"fr\n", "fr\t", "fr\x01", "fr;", "fr:de", "fr,de", "fr*", "fr%s",
		"fr\xc3\xa9", "\xe4\xb8\xad", "fr\x7f", "fr~", "fr+",
		/* A catalog's own name with a bad codeset: the first byte, the
		 * eighth, and one past the codesets the fast path reads. */
		"fr_FR. UTF8", "fr_FR./UTF8", "fr_FR.UTF-8 ", "fr_FR.ISO-8859/", "fr_FR.ISO-8859-1/",
		"de.\x01", "fr_FR.ISO-885915 x",
	};
	for (size_t i = 0; i < sizeof tags / sizeof tags[0]; i++)
		assert_malformed(tags[i]);
}
END_TEST

START_TEST(tags_up_to_64_bytes_are_accepted)
{
	char tag[66];

	/* "fr-FR-" then variants: 64 bytes is well formed, 65 is not. */
	memset(tag, 'a', sizeof tag);
	memcpy(tag, "fr-FR-", 6);
	for (size_t i = 14; i < 64; i += 9)
		tag[i] = '-';
	tag[64] = '\0';
	ck_assert_uint_eq(strlen(tag), 64);
	assert_reads(tag, "fr-FR");
	tag[64] = 'a';
	tag[65] = '\0';
	assert_malformed(tag);
}
END_TEST

START_TEST(very_long_tags_are_refused_without_reading_them_all)
{
	size_t n = 1 << 20;
	char *tag = malloc(n + 1);

	ck_assert_ptr_nonnull(tag);
	memset(tag, 'a', n);
	tag[n] = '\0';
	assert_malformed(tag);
	free(tag);
}
END_TEST

START_TEST(status_order_invalid_then_unknown)
{
	const char *text = "untouched";

	ck_assert_hr(wsmsg_describe_lang(WS_E_OTHER, "fr", NULL), E_INVALIDARG);
	ck_assert_hr(wsmsg_describe_lang(0x12345678, "../x", &text), E_INVALIDARG);
	ck_assert_ptr_null(text);
	text = "untouched";
	ck_assert_hr(wsmsg_describe_lang(0x12345678, "fr", &text), WSMSG_E_UNKNOWN_CODE);
	ck_assert_ptr_null(text);
	text = "untouched";
	ck_assert_hr(wsmsg_describe_lang(0x12345678, "qaa", &text), WSMSG_E_UNKNOWN_CODE);
	ck_assert_ptr_null(text);
	ck_assert_hr(wsmsg_describe(0x12345678, NULL), E_INVALIDARG);
}
END_TEST

START_TEST(texts_are_static)
{
	const char *a = NULL, *b = NULL;

	ck_assert_hr(wsmsg_describe_lang(WS_E_OTHER, "fr-FR", &a), S_OK);
	ck_assert_hr(wsmsg_describe_lang(WS_E_OTHER, "fr_BE.UTF-8", &b), S_OK);
	ck_assert_ptr_eq(a, b);
}
END_TEST

/*
 * A tag spelled exactly as a catalog names it ("fr_FR", "zh-TW", "en",
 * "C"), perhaps with a codeset, is resolved without the parser: it must
 * answer as the same tag in another case, which the parser reads.
 */
static void swap_case(char *s)
{
	for (; *s; s++)
		if ((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z'))
			*s ^= 0x20;
}

START_TEST(catalog_spellings_answer_as_parsed_tags)
{
	static const char *const suffixes[] = {
		"", ".UTF-8", ".utf8", ".", "..", ".ISO-8859-15", ".UTF-8@euro", "@euro",
		"@latin", ".@", ".UTF 8", ".UTF-8\n", ".\xc3\xa9", "-", "_", "x", "-Hant",
		"_TW", ".a:b", "/x",
	};
	const char *const *langs = wsmsg_languages();
	char spellings[32][16];
	size_t n = 0;

	strcpy(spellings[n++], "C");
	strcpy(spellings[n++], "POSIX");
	for (size_t i = 0; langs[i] != NULL && n + 2 <= 32; i++) {
		ck_assert_uint_lt(strlen(langs[i]), 16);
		strcpy(spellings[n], langs[i]);
		strcpy(spellings[n + 1], langs[i]);
		for (char *p = spellings[n + 1]; *p; p++)
			if (*p == '-')
				*p = '_';
		n += 2;
	}
	for (size_t i = 0; i < n; i++) {
		for (size_t k = 0; k < sizeof suffixes / sizeof suffixes[0] + 2; k++) {
			char tag[80], other[80];
			size_t len = strlen(spellings[i]);

			if (k < sizeof suffixes / sizeof suffixes[0]) {
				snprintf(tag, sizeof tag, "%s%s", spellings[i], suffixes[k]);
			} else {
				/* A codeset up to 64 bytes in all, and one byte more. */
				size_t total = k == sizeof suffixes / sizeof suffixes[0] ? 64 : 65;
				memcpy(tag, spellings[i], len);
				tag[len] = '.';
				memset(tag + len + 1, 'u', total - len - 1);
				tag[total] = '\0';
			}
			strcpy(other, tag);
			swap_case(other);

			const char *a = "untouched", *b = "untouched";
			for (size_t c = 0; c < wsmsg_count(); c++) {
				int32_t code = wsmsg_code_at(c);
				ck_assert_hr(wsmsg_describe_lang(code, tag, &a),
				             wsmsg_describe_lang(code, other, &b));
				ck_assert_msg(a == b, "\"%s\" and \"%s\" differ", tag, other);
			}
		}
	}
}
END_TEST

int main(void)
{
	Suite *s = suite_create("languages");
	TCase *tc = tcase_create("explicit");

	tcase_add_test(tc, the_three_catalogs_differ);
	tcase_add_test(tc, languages_lists_the_catalogs);
	tcase_add_test(tc, french_tag_forms);
	tcase_add_test(tc, french_other_regions_fall_back_to_france);
	tcase_add_test(tc, traditional_chinese_tag_forms);
	tcase_add_test(tc, traditional_regions_read_taiwan_by_script);
	tcase_add_test(tc, simplified_chinese_never_gets_traditional_text);
	tcase_add_loop_test(tc, part_one_tag_forms, 0, sizeof forms / sizeof forms[0]);
	tcase_add_loop_test(tc, part_two_tag_forms, 0, sizeof forms_2 / sizeof forms_2[0]);
	tcase_add_test(tc, english_tag_forms);
	tcase_add_test(tc, c_and_posix_are_english);
	tcase_add_test(tc, languages_without_a_catalog);
	tcase_add_test(tc, malformed_tags_are_refused);
	tcase_add_test(tc, tags_up_to_64_bytes_are_accepted);
	tcase_add_test(tc, very_long_tags_are_refused_without_reading_them_all);
	tcase_add_test(tc, status_order_invalid_then_unknown);
	tcase_add_test(tc, texts_are_static);
	tcase_add_test(tc, catalog_spellings_answer_as_parsed_tags);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
