/*
 * The tag parser (src/lang.c), against the internal library: what each
 * form of tag yields, field by field, including the forms no shipped
 * catalog depends on yet (POSIX modifiers, scripts, numeric regions).
 */
#include "lang.h"
#include "testing.h"

struct parsed {
	const char *tag;
	enum wsmsg_tag_kind kind;
	const char *lang, *script, *region;
	int script_given;
};

static const struct parsed cases[] = {
	{ "fr", WSMSG_TAG_LANGUAGE, "fr", "", "", 0 },
	{ "FR-fr", WSMSG_TAG_LANGUAGE, "fr", "", "FR", 0 },
	{ "fr_FR.UTF-8", WSMSG_TAG_LANGUAGE, "fr", "", "FR", 0 },
	{ "zh", WSMSG_TAG_LANGUAGE, "zh", "Hans", "", 0 },
	{ "zh-TW", WSMSG_TAG_LANGUAGE, "zh", "Hant", "TW", 0 },
	{ "zh_HK.Big5-HKSCS", WSMSG_TAG_LANGUAGE, "zh", "Hant", "HK", 0 },
	{ "zh-MO", WSMSG_TAG_LANGUAGE, "zh", "Hant", "MO", 0 },
	{ "zh-SG", WSMSG_TAG_LANGUAGE, "zh", "Hans", "SG", 0 },
	{ "zh-hant-cn", WSMSG_TAG_LANGUAGE, "zh", "Hant", "CN", 1 },
	{ "sr_RS@latin", WSMSG_TAG_LANGUAGE, "sr", "Latn", "RS", 1 },
	{ "sr_RS.UTF-8@latin", WSMSG_TAG_LANGUAGE, "sr", "Latn", "RS", 1 },
	{ "sr@Cyrillic", WSMSG_TAG_LANGUAGE, "sr", "Cyrl", "", 1 },
	{ "sr@latin.UTF-8", WSMSG_TAG_LANGUAGE, "sr", "Latn", "", 1 },
	{ "sr-Cyrl-RS@latin", WSMSG_TAG_LANGUAGE, "sr", "Cyrl", "RS", 1 },
	{ "de@euro", WSMSG_TAG_LANGUAGE, "de", "", "", 0 },
	{ "de_DE@latinx", WSMSG_TAG_LANGUAGE, "de", "", "DE", 0 },
	{ "es-419", WSMSG_TAG_LANGUAGE, "es", "", "419", 0 },
	{ "es-41", WSMSG_TAG_LANGUAGE, "es", "", "", 0 },
	{ "es-4190", WSMSG_TAG_LANGUAGE, "es", "", "", 0 },
	{ "es-1a9", WSMSG_TAG_LANGUAGE, "es", "", "", 0 },
	{ "de-CH-1996", WSMSG_TAG_LANGUAGE, "de", "", "CH", 0 },
	{ "de-1996-CH", WSMSG_TAG_LANGUAGE, "de", "", "CH", 0 },
	{ "de-x-CH", WSMSG_TAG_LANGUAGE, "de", "", "", 0 },
	{ "de--CH", WSMSG_TAG_LANGUAGE, "de", "", "CH", 0 },
	{ "de-CH-AT", WSMSG_TAG_LANGUAGE, "de", "", "CH", 0 },
	{ "de-Latn-Cyrl", WSMSG_TAG_LANGUAGE, "de", "Latn", "", 1 },
	{ "de-AT-Latn", WSMSG_TAG_LANGUAGE, "de", "", "AT", 0 },
	{ "de-La1n", WSMSG_TAG_LANGUAGE, "de", "", "", 0 },
	{ "ast", WSMSG_TAG_LANGUAGE, "ast", "", "", 0 },
	{ "Zh", WSMSG_TAG_LANGUAGE, "zh", "Hans", "", 0 },
	{ "zZ", WSMSG_TAG_LANGUAGE, "zz", "", "", 0 },
	{ "aZ_zA", WSMSG_TAG_LANGUAGE, "az", "", "ZA", 0 },
	{ "C", WSMSG_TAG_C, "", "", "", 0 },
	{ "c.UTF-8", WSMSG_TAG_C, "", "", "", 0 },
	{ "POSIX", WSMSG_TAG_C, "", "", "", 0 },
	{ "posix@euro", WSMSG_TAG_C, "", "", "", 0 },
	{ "CC", WSMSG_TAG_LANGUAGE, "cc", "", "", 0 },
	{ "POSIXX", WSMSG_TAG_OTHER, "", "", "", 0 },
	{ "f", WSMSG_TAG_OTHER, "", "", "", 0 },
	{ "fran", WSMSG_TAG_OTHER, "", "", "", 0 },
	{ "f1", WSMSG_TAG_OTHER, "", "", "", 0 },
	{ "1fr", WSMSG_TAG_OTHER, "", "", "", 0 },
	{ "@latin", WSMSG_TAG_OTHER, "", "", "", 0 },
	{ ".UTF-8", WSMSG_TAG_OTHER, "", "", "", 0 },
	{ "", WSMSG_TAG_MALFORMED, "", "", "", 0 },
	{ "fr FR", WSMSG_TAG_MALFORMED, "", "", "", 0 },
	{ "fr/FR", WSMSG_TAG_MALFORMED, "", "", "", 0 },
	{ "fr\x80", WSMSG_TAG_MALFORMED, "", "", "", 0 },
	{ "fr:FR", WSMSG_TAG_MALFORMED, "", "", "", 0 },
	{ "fr`", WSMSG_TAG_MALFORMED, "", "", "", 0 },
	{ "fr{", WSMSG_TAG_MALFORMED, "", "", "", 0 },
	{ "fr[", WSMSG_TAG_MALFORMED, "", "", "", 0 },
	{ "fr/", WSMSG_TAG_MALFORMED, "", "", "", 0 },
	{ "fr,", WSMSG_TAG_MALFORMED, "", "", "", 0 },
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
	ck_assert_int_eq(t.script_given, c->script_given);
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

int main(void)
{
	Suite *s = suite_create("tags");
	TCase *tc = tcase_create("parse");

	tcase_add_loop_test(tc, each_form_parses_field_by_field, 0,
	                    sizeof cases / sizeof cases[0]);
	tcase_add_test(tc, only_the_given_length_is_read);
	tcase_add_test(tc, the_longest_tag_is_64_bytes);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
