/* wsmsg_format: the line, its statuses, and truncation at every size. */
#include <stdbool.h>
#include <stdio.h>

#include "testing.h"

static char *expected_line(int32_t code, const char *tag)
{
	static char line[2048];
	const char *text = NULL;

	wsmsg_describe_lang(code, tag, &text);
	snprintf(line, sizeof line, "%s (0x%08X): %s", wsmsg_name(code),
	         (unsigned)code, text);
	return line;
}

START_TEST(known_codes_in_each_language)
{
	static const char *const tags[] = { "en", "fr-FR", "zh-TW", "C" };
	char buf[2048];

	for (size_t t = 0; t < sizeof tags / sizeof tags[0]; t++)
		for (size_t i = 0; i < wsmsg_count(); i++) {
			int32_t code = wsmsg_code_at(i);
			ck_assert_hr(wsmsg_format(code, tags[t], buf, sizeof buf), S_OK);
			ck_assert_str_eq(buf, expected_line(code, tags[t]));
		}
}
END_TEST

/* Arabic and Hebrew texts sit inside a right-to-left isolate (U+2067 …
 * U+2069), in every language's line of every code, and no other text
 * does; the description itself has no isolate. */
START_TEST(right_to_left_texts_are_isolated)
{
	const char *const *tags = wsmsg_languages();
	char buf[2048], want[2048];

	for (size_t t = 0; tags[t]; t++) {
		bool rtl = strcmp(tags[t], "ar") == 0 || strcmp(tags[t], "he") == 0;
		for (size_t i = 0; i < wsmsg_count(); i++) {
			int32_t code = wsmsg_code_at(i);
			const char *text = NULL;
			ck_assert_hr(wsmsg_describe_lang(code, tags[t], &text), S_OK);
			ck_assert_ptr_null(strstr(text, "\u2067"));
			ck_assert_hr(wsmsg_format(code, tags[t], buf, sizeof buf), S_OK);
			snprintf(want, sizeof want, "%s (0x%08X): %s%s%s", wsmsg_name(code),
			         (unsigned)code, rtl ? "\u2067" : "", text, rtl ? "\u2069" : "");
			ck_assert_str_eq(buf, want);
		}
	}
}
END_TEST

START_TEST(the_line_has_name_hex_and_text)
{
	char buf[512];

	ck_assert_hr(wsmsg_format(WS_S_ASYNC, "en", buf, sizeof buf), S_OK);
	ck_assert_str_eq(buf, "WS_S_ASYNC (0x003D0000): The function will complete asynchronously.");
}
END_TEST

START_TEST(unknown_codes_give_hex_and_a_translated_phrase)
{
	char en[256], fr[256], zh[256];

	ck_assert_hr(wsmsg_format((int32_t)0x80070005u, "en", en, sizeof en), WSMSG_E_UNKNOWN_CODE);
	ck_assert_str_eq(en, "0x80070005: unknown return value");
	ck_assert_hr(wsmsg_format((int32_t)0x80070005u, "fr-FR", fr, sizeof fr), WSMSG_E_UNKNOWN_CODE);
	ck_assert_hr(wsmsg_format((int32_t)0x80070005u, "zh-TW", zh, sizeof zh), WSMSG_E_UNKNOWN_CODE);
	ck_assert(strncmp(fr, "0x80070005: ", 12) == 0 && strlen(fr) > 12);
	ck_assert(strncmp(zh, "0x80070005: ", 12) == 0 && strlen(zh) > 12);
	ck_assert_str_ne(fr, en);
	ck_assert_str_ne(zh, en);
	ck_assert_str_ne(zh, fr);
	ck_assert_hr(wsmsg_format(0, "qaa", en, sizeof en), WSMSG_E_UNKNOWN_CODE);
	ck_assert_str_eq(en, "0x00000000: unknown return value");
	ck_assert_hr(wsmsg_format(INT32_MIN, "C", en, sizeof en), WSMSG_E_UNKNOWN_CODE);
	ck_assert_str_eq(en, "0x80000000: unknown return value");
	ck_assert_hr(wsmsg_format(-1, "C", en, sizeof en), WSMSG_E_UNKNOWN_CODE);
	ck_assert_str_eq(en, "0xFFFFFFFF: unknown return value");
}
END_TEST

START_TEST(no_catalog_gives_english)
{
	char buf[512];

	ck_assert_hr(wsmsg_format(WS_E_OTHER, "qaa-QM", buf, sizeof buf),
	             WS_E_NO_TRANSLATION_AVAILABLE);
	ck_assert_str_eq(buf, expected_line(WS_E_OTHER, "en"));
}
END_TEST

START_TEST(bad_arguments)
{
	char buf[64] = "untouched";

	ck_assert_hr(wsmsg_format(WS_E_OTHER, "../x", buf, sizeof buf), E_INVALIDARG);
	ck_assert_str_eq(buf, "");
	ck_assert_hr(wsmsg_format(WS_E_OTHER, "en", NULL, 10), E_INVALIDARG);
	ck_assert_hr(wsmsg_format(WS_E_OTHER, "en", NULL, 0), WSMSG_E_BUFFER_TOO_SMALL);
	strcpy(buf, "untouched");
	ck_assert_hr(wsmsg_format(WS_E_OTHER, "en", buf, 0), WSMSG_E_BUFFER_TOO_SMALL);
	ck_assert_str_eq(buf, "untouched");
}
END_TEST

/* At every size, the result is a NUL-terminated prefix of the full line
 * that ends on a character boundary, and the status says whether it was
 * cut. */
static void check_every_size(int32_t code, const char *tag, int32_t full_status)
{
	char full[2048], buf[2048];

	ck_assert_hr(wsmsg_format(code, tag, full, sizeof full), full_status);
	size_t len = strlen(full);
	for (size_t size = 1; size <= len + 1; size++) {
		memset(buf, 'Z', sizeof buf);
		int32_t st = wsmsg_format(code, tag, buf, size);
		size_t got = strnlen(buf, size);
		ck_assert_msg(got < size, "size %zu: not NUL-terminated", size);
		ck_assert_msg(buf[size] == 'Z' || size == sizeof buf,
		              "size %zu: wrote past the buffer", size);
		ck_assert_msg(strncmp(buf, full, got) == 0, "size %zu: not a prefix", size);
		ck_assert_msg(utf8_valid(buf), "size %zu: cut inside a character", size);
		ck_assert_msg(got + 4 > size - 1, "size %zu: cut more than a character", size);
		if (size <= len)
			ck_assert_hr(st, WSMSG_E_BUFFER_TOO_SMALL);
		else
			ck_assert_hr(st, full_status);
	}
}

START_TEST(truncation_at_every_size)
{
	check_every_size(WS_E_OTHER, "en", S_OK);
	check_every_size(WS_E_OTHER, "fr-FR", S_OK);
	check_every_size(WS_E_OTHER, "zh-TW", S_OK);
	check_every_size(WS_S_END, "zh-TW", S_OK);
	check_every_size(WS_S_END, "ar", S_OK);
	check_every_size(WS_E_OTHER, "he", S_OK);
	check_every_size((int32_t)0x80070005u, "zh-TW", WSMSG_E_UNKNOWN_CODE);
	check_every_size(WS_E_OTHER, "qaa", WS_E_NO_TRANSLATION_AVAILABLE);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("format");
	TCase *tc = tcase_create("format");

	tcase_add_test(tc, known_codes_in_each_language);
	tcase_add_test(tc, right_to_left_texts_are_isolated);
	tcase_add_test(tc, the_line_has_name_hex_and_text);
	tcase_add_test(tc, unknown_codes_give_hex_and_a_translated_phrase);
	tcase_add_test(tc, no_catalog_gives_english);
	tcase_add_test(tc, bad_arguments);
	tcase_add_test(tc, truncation_at_every_size);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
