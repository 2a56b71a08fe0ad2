/*
 * Every code in every compiled-in catalog: translated, well-formed UTF-8
 * plain text that keeps the English identifiers.
 */
#include <ctype.h>
#include <stdio.h>

#include "testing.h"

static const char *text_in(const char *tag, int32_t code)
{
	const char *text = NULL;
	ck_assert_msg(wsmsg_describe_lang(code, tag, &text) == S_OK,
	              "%s has no %s text", wsmsg_name(code), tag);
	return text;
}

/* Does `text` contain every identifier (A_B, WS_E_X, ...) of `english`? */
static void assert_identifiers_kept(const char *english, const char *text,
                                    const char *where)
{
	for (const char *p = english; *p; p++) {
		if (!(*p >= 'A' && *p <= 'Z') || (p > english && (isalnum((unsigned char)p[-1]) || p[-1] == '_')))
			continue;
		size_t n = 0, underscores = 0;
		while (isupper((unsigned char)p[n]) || isdigit((unsigned char)p[n]) || p[n] == '_')
			underscores += p[n++] == '_';
		if (underscores == 0)
			continue;
		char ident[128];
		ck_assert_uint_lt(n, sizeof ident);
		memcpy(ident, p, n);
		ident[n] = '\0';
		ck_assert_msg(strstr(text, ident) != NULL, "%s: %s is missing", where, ident);
		p += n - 1;
	}
}

START_TEST(every_code_in_every_catalog)
{
	const char *const *tags = wsmsg_languages();

	for (size_t l = 0; tags[l]; l++)
		for (size_t i = 0; i < wsmsg_count(); i++) {
			int32_t code = wsmsg_code_at(i);
			const char *en = english(code), *text = text_in(tags[l], code);
			char where[96];
			snprintf(where, sizeof where, "%s, %s", tags[l], wsmsg_name(code));

			ck_assert_msg(text[0] != '\0', "%s: empty", where);
			ck_assert_msg(utf8_valid(text), "%s: not UTF-8", where);
			ck_assert_msg(!isspace((unsigned char)text[0]) &&
			              !isspace((unsigned char)text[strlen(text) - 1]),
			              "%s: leading or trailing space", where);
			ck_assert_msg(strpbrk(text, "*<>[]`\\\n\t") == NULL,
			              "%s: markup or control characters", where);
			assert_identifiers_kept(en, text, where);
			/* English variants differ from the source only where its
			 * spelling does (en-GB: "unrecognised"). */
			if (strncmp(tags[l], "en", 2) != 0)
				ck_assert_msg(strcmp(text, en) != 0, "%s: same as English", where);
		}
}
END_TEST

START_TEST(english_descriptions_are_sentences)
{
	for (size_t i = 0; i < wsmsg_count(); i++) {
		const char *en = english(wsmsg_code_at(i));
		ck_assert_msg(isupper((unsigned char)en[0]), "%s", wsmsg_name(wsmsg_code_at(i)));
		ck_assert_msg(en[strlen(en) - 1] == '.', "%s", wsmsg_name(wsmsg_code_at(i)));
		ck_assert_msg(strstr(en, "  ") == NULL, "%s", wsmsg_name(wsmsg_code_at(i)));
	}
}
END_TEST

START_TEST(translations_end_like_sentences)
{
	for (size_t i = 0; i < wsmsg_count(); i++) {
		const char *fr = text_in("fr-FR", wsmsg_code_at(i));
		const char *zh = text_in("zh-TW", wsmsg_code_at(i));
		ck_assert_msg(fr[strlen(fr) - 1] == '.', "fr-FR %s", wsmsg_name(wsmsg_code_at(i)));
		size_t n = strlen(zh);
		ck_assert_msg(n >= 3 && strcmp(zh + n - 3, "\xe3\x80\x82") == 0, /* 。 */
		              "zh-TW %s", wsmsg_name(wsmsg_code_at(i)));
	}
}
END_TEST

int main(void)
{
	Suite *s = suite_create("catalogs");
	TCase *tc = tcase_create("content");

	tcase_add_test(tc, every_code_in_every_catalog);
	tcase_add_test(tc, english_descriptions_are_sentences);
	tcase_add_test(tc, translations_end_like_sentences);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
