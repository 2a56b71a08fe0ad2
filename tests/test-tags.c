/*
 * The tag parser (src/lang.c), against the internal library: what each
 * form of tag yields, field by field, as written (likely scripts are the
 * resolver's: test-resolver), including the forms no shipped catalog
 * depends on yet (POSIX modifiers, scripts, numeric regions).
 */
#include <string.h>

#include "lang.h"
#include "testing.h"

struct parsed {
	const char *tag;
	enum wsmsg_tag_kind kind;
	const char *lang, *script, *region;
};

static const struct parsed cases[] = {
	{ "fr", WSMSG_TAG_LANGUAGE, "fr", "", "" },
	{ "FR-fr", WSMSG_TAG_LANGUAGE, "fr", "", "FR" },
	{ "fr_FR.UTF-8", WSMSG_TAG_LANGUAGE, "fr", "", "FR" },
	{ "zh", WSMSG_TAG_LANGUAGE, "zh", "", "" },
	{ "zh-TW", WSMSG_TAG_LANGUAGE, "zh", "", "TW" },
	{ "zh_HK.Big5-HKSCS", WSMSG_TAG_LANGUAGE, "zh", "", "HK" },
	{ "zh-MO", WSMSG_TAG_LANGUAGE, "zh", "", "MO" },
	{ "zh-SG", WSMSG_TAG_LANGUAGE, "zh", "", "SG" },
	{ "zh-hant-cn", WSMSG_TAG_LANGUAGE, "zh", "Hant", "CN" },
	{ "sr_RS@latin", WSMSG_TAG_LANGUAGE, "sr", "Latn", "RS" },
	{ "sr_RS.UTF-8@latin", WSMSG_TAG_LANGUAGE, "sr", "Latn", "RS" },
	{ "sr@Cyrillic", WSMSG_TAG_LANGUAGE, "sr", "Cyrl", "" },
	{ "sr@latin.UTF-8", WSMSG_TAG_LANGUAGE, "sr", "Latn", "" },
	{ "sr-Cyrl-RS@latin", WSMSG_TAG_LANGUAGE, "sr", "Cyrl", "RS" },
	{ "de@euro", WSMSG_TAG_LANGUAGE, "de", "", "" },
	{ "de_DE@latinx", WSMSG_TAG_LANGUAGE, "de", "", "DE" },
	{ "es-419", WSMSG_TAG_LANGUAGE, "es", "", "419" },
	{ "es-41", WSMSG_TAG_LANGUAGE, "es", "", "" },
	{ "es-4190", WSMSG_TAG_LANGUAGE, "es", "", "" },
	{ "es-1a9", WSMSG_TAG_LANGUAGE, "es", "", "" },
	{ "de-CH-1996", WSMSG_TAG_LANGUAGE, "de", "", "CH" },
	{ "de-1996-CH", WSMSG_TAG_LANGUAGE, "de", "", "CH" },
	{ "de-x-CH", WSMSG_TAG_LANGUAGE, "de", "", "" },
	{ "de--CH", WSMSG_TAG_LANGUAGE, "de", "", "CH" },
	{ "de-CH-AT", WSMSG_TAG_LANGUAGE, "de", "", "CH" },
	{ "de-Latn-Cyrl", WSMSG_TAG_LANGUAGE, "de", "Latn", "" },
	{ "de-AT-Latn", WSMSG_TAG_LANGUAGE, "de", "", "AT" },
	{ "de-La1n", WSMSG_TAG_LANGUAGE, "de", "", "" },
	{ "ast", WSMSG_TAG_LANGUAGE, "ast", "", "" },
	{ "Zh", WSMSG_TAG_LANGUAGE, "zh", "", "" },
	{ "zZ", WSMSG_TAG_LANGUAGE, "zz", "", "" },
	{ "aZ_zA", WSMSG_TAG_LANGUAGE, "az", "", "ZA" },
	/* Near the shapes most tags have ("fr", "fr-CH"), read apart. */
	{ "fr-C1", WSMSG_TAG_LANGUAGE, "fr", "", "" },
	{ "fr-1H", WSMSG_TAG_LANGUAGE, "fr", "", "" },
	{ "fr.CH", WSMSG_TAG_LANGUAGE, "fr", "", "" },
	{ "fr@CH", WSMSG_TAG_LANGUAGE, "fr", "", "" },
	{ "frXCH", WSMSG_TAG_OTHER, "", "", "" },
	{ "f1-CH", WSMSG_TAG_OTHER, "", "", "" },
	{ "1r-CH", WSMSG_TAG_OTHER, "", "", "" },
	{ "1r", WSMSG_TAG_OTHER, "", "", "" },
	{ "r1", WSMSG_TAG_OTHER, "", "", "" },
	{ "@r", WSMSG_TAG_OTHER, "", "", "" },
	{ "C", WSMSG_TAG_C, "", "", "" },
	{ "c.UTF-8", WSMSG_TAG_C, "", "", "" },
	{ "POSIX", WSMSG_TAG_C, "", "", "" },
	{ "posix@euro", WSMSG_TAG_C, "", "", "" },
	{ "CC", WSMSG_TAG_LANGUAGE, "cc", "", "" },
	{ "POSIXX", WSMSG_TAG_OTHER, "", "", "" },
	{ "f", WSMSG_TAG_OTHER, "", "", "" },
	{ "fran", WSMSG_TAG_OTHER, "", "", "" },
	{ "f1", WSMSG_TAG_OTHER, "", "", "" },
	{ "1fr", WSMSG_TAG_OTHER, "", "", "" },
	{ "@latin", WSMSG_TAG_OTHER, "", "", "" },
	{ ".UTF-8", WSMSG_TAG_OTHER, "", "", "" },
	{ "", WSMSG_TAG_MALFORMED, "", "", "" },
	{ "fr FR", WSMSG_TAG_MALFORMED, "", "", "" },
	{ "fr/FR", WSMSG_TAG_MALFORMED, "", "", "" },
	{ "fr\x80", WSMSG_TAG_MALFORMED, "", "", "" },
	{ "fr:FR", WSMSG_TAG_MALFORMED, "", "", "" },
	{ "fr`", WSMSG_TAG_MALFORMED, "", "", "" },
	{ "fr{", WSMSG_TAG_MALFORMED, "", "", "" },
	{ "fr[", WSMSG_TAG_MALFORMED, "", "", "" },
	{ "fr/", WSMSG_TAG_MALFORMED, "", "", "" },
	{ "fr,", WSMSG_TAG_MALFORMED, "", "", "" },
};

START_TEST(each_form_parses_field_by_field)
{
	const struct parsed *c = &cases[_i];
	struct wsmsg_tag t = wsmsg_tag_parse_str(c->tag);

	ck_assert_msg(t.kind == c->kind, "\"%s\": kind %d, expected %d", c->tag, t.kind, c->kind);
	if (t.kind != WSMSG_TAG_LANGUAGE)
		return;
	ck_assert_str_eq(t.lang, c->lang);
	ck_assert_msg(strcmp(t.script, c->script) == 0, "\"%s\": script \"%s\", expected \"%s\"",
	              c->tag, t.script, c->script);
	ck_assert_str_eq(t.region, c->region);
}
END_TEST

/* Only the first `len` bytes count: a tag need not be NUL-terminated. */
START_TEST(only_the_given_length_is_read)
{
	struct wsmsg_tag t = wsmsg_tag_parse("fr_FR/../evil", 5);
	ck_assert_int_eq(t.kind, WSMSG_TAG_LANGUAGE);
	ck_assert_str_eq(t.region, "FR");
	ck_assert_int_eq(wsmsg_tag_parse("fr", 0).kind, WSMSG_TAG_MALFORMED);
	ck_assert_int_eq(wsmsg_tag_parse(NULL, 2).kind, WSMSG_TAG_MALFORMED);
	ck_assert_int_eq(wsmsg_tag_parse_str(NULL).kind, WSMSG_TAG_MALFORMED);
}
END_TEST

/* 64 bytes is a tag; 65 is not, whatever the first 64 hold. */
START_TEST(the_longest_tag_is_64_bytes)
{
	char tag[WSMSG_TAG_MAX + 2];

	memset(tag, 'a', sizeof tag);
	memcpy(tag, "fr-", 3);
	for (size_t i = 3; i + 2 <= WSMSG_TAG_MAX; i += 3)
		memcpy(tag + i, "x-", 2);
	tag[WSMSG_TAG_MAX] = '\0';
	ck_assert_int_eq(wsmsg_tag_parse_str(tag).kind, WSMSG_TAG_LANGUAGE);
	ck_assert_int_eq(wsmsg_tag_parse(tag, WSMSG_TAG_MAX).kind, WSMSG_TAG_LANGUAGE);
	tag[WSMSG_TAG_MAX] = 'a';
	tag[WSMSG_TAG_MAX + 1] = '\0';
	ck_assert_int_eq(wsmsg_tag_parse_str(tag).kind, WSMSG_TAG_MALFORMED);
	ck_assert_int_eq(wsmsg_tag_parse(tag, WSMSG_TAG_MAX + 1).kind, WSMSG_TAG_MALFORMED);
}
END_TEST

/* Every field is NUL-padded to its size, whichever way it was read: the
 * resolver compares four bytes at a time. */
START_TEST(fields_are_nul_padded)
{
	static const char *const tags[] = {
		"fr", "fr-CH", "fra", "es-419", "sr@latin", "zh-Hant-TW", "C", "x1",
	};

	for (size_t i = 0; i < sizeof tags / sizeof tags[0]; i++) {
		struct wsmsg_tag t = wsmsg_tag_parse_str(tags[i]);
		for (size_t k = strlen(t.lang); k < sizeof t.lang; k++)
			ck_assert_msg(t.lang[k] == '\0', "%s: lang[%zu]", tags[i], k);
		for (size_t k = strlen(t.script); k < sizeof t.script; k++)
			ck_assert_msg(t.script[k] == '\0', "%s: script[%zu]", tags[i], k);
		for (size_t k = strlen(t.region); k < sizeof t.region; k++)
			ck_assert_msg(t.region[k] == '\0', "%s: region[%zu]", tags[i], k);
	}
}
END_TEST

int main(void)
{
	Suite *s = suite_create("tags");
	TCase *tc = tcase_create("parse");

	tcase_add_loop_test(tc, each_form_parses_field_by_field, 0,
	                    sizeof cases / sizeof cases[0]);
	tcase_add_test(tc, only_the_given_length_is_read);
	tcase_add_test(tc, the_longest_tag_is_64_bytes);
	tcase_add_test(tc, fields_are_nul_padded);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
