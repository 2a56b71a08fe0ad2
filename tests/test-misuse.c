/*
 * Misuse of the public API: every function with NULL for each pointer,
 * size 0 and 1 buffers, extreme codes, indexes and language IDs, tags at
 * and past the 64-byte limit.  Each call must give the documented status and output
 * (wsmsg.h, README "Misuse"), and never crash.  Buffers are allocated at
 * their exact size so that the sanitizers and valgrind see any write
 * past them.
 */
#include <stdio.h>

#include "testing.h"

/* Codes no catalog knows: the extremes of int32_t and zero. */
static const int32_t odd_codes[] = { INT32_MIN, INT32_MAX, 0, -1 };
#define NODD (sizeof odd_codes / sizeof odd_codes[0])

/* A 64-byte tag that reads French: "fr-FR-" and a 58-letter variant. */
static char *tag_of_64(void)
{
	char *t = malloc(65);
	ck_assert_ptr_nonnull(t);
	memcpy(t, "fr-FR-", 6);
	memset(t + 6, 'v', 58);
	t[64] = '\0';
	return t;
}

/* The same 64 bytes with `tail` after them. */
static char *tag_of_64_and(const char *tail)
{
	char *t = tag_of_64();
	char *u = malloc(65 + strlen(tail));
	ck_assert_ptr_nonnull(u);
	memcpy(u, t, 64);
	strcpy(u + 64, tail);
	free(t);
	return u;
}

static const char *const malformed[] = {
	"", "fr FR", "fr/FR", "../fr", "fr\n", "fr\xff", "fr:zh", "\xc3\xa9",
};
#define NMALFORMED (sizeof malformed / sizeof malformed[0])

/* ---- wsmsg_describe, wsmsg_describe_lang ---------------------------- */

START_TEST(describe_with_null_text)
{
	ck_assert_hr(wsmsg_describe(WS_E_OTHER, NULL), E_INVALIDARG);
	ck_assert_hr(wsmsg_describe(INT32_MIN, NULL), E_INVALIDARG);
	ck_assert_hr(wsmsg_describe_lang(WS_E_OTHER, "fr-FR", NULL), E_INVALIDARG);
	ck_assert_hr(wsmsg_describe_lang(WS_E_OTHER, NULL, NULL), E_INVALIDARG);
	ck_assert_hr(wsmsg_describe_lang(INT32_MAX, "", NULL), E_INVALIDARG);
}
END_TEST

START_TEST(describe_odd_codes)
{
	for (size_t i = 0; i < NODD; i++) {
		const char *text = "untouched";
		ck_assert_hr(wsmsg_describe(odd_codes[i], &text), WSMSG_E_UNKNOWN_CODE);
		ck_assert_ptr_null(text);
		text = "untouched";
		ck_assert_hr(wsmsg_describe_lang(odd_codes[i], "fr-FR", &text),
		             WSMSG_E_UNKNOWN_CODE);
		ck_assert_ptr_null(text);
		/* Unknown comes before "no catalog". */
		text = "untouched";
		ck_assert_hr(wsmsg_describe_lang(odd_codes[i], "qaa", &text),
		             WSMSG_E_UNKNOWN_CODE);
		ck_assert_ptr_null(text);
	}
}
END_TEST

START_TEST(describe_malformed_tags)
{
	for (size_t i = 0; i < NMALFORMED; i++) {
		const char *text = "untouched";
		ck_assert_hr(wsmsg_describe_lang(WS_E_OTHER, malformed[i], &text),
		             E_INVALIDARG);
		ck_assert_ptr_null(text);
		/* Malformed comes before unknown. */
		text = "untouched";
		ck_assert_hr(wsmsg_describe_lang(INT32_MIN, malformed[i], &text),
		             E_INVALIDARG);
		ck_assert_ptr_null(text);
	}
}
END_TEST

START_TEST(describe_tags_at_the_length_limit)
{
	const char *text = NULL, *french = NULL;
	char *t64 = tag_of_64();

	ck_assert_hr(wsmsg_describe_lang(WS_E_OTHER, "fr-FR", &french), S_OK);
	ck_assert_uint_eq(strlen(t64), 64);
	ck_assert_hr(wsmsg_describe_lang(WS_E_OTHER, t64, &text), S_OK);
	ck_assert_ptr_eq(text, french);

	const char *const tails[] = { "v", "\xff", "\n", "-", "....", "\x01" };
	for (size_t i = 0; i < sizeof tails / sizeof tails[0]; i++) {
		char *t = tag_of_64_and(tails[i]);
		text = "untouched";
		ck_assert_msg(wsmsg_describe_lang(WS_E_OTHER, t, &text) == E_INVALIDARG,
		              "64 bytes and tail %zu are not malformed", i);
		ck_assert_ptr_null(text);
		free(t);
	}
	/* A catalog's own spelling with a codeset of one byte outside ASCII,
	 * up to 0xFF: malformed, as every such tag is. */
	for (unsigned b = 0x80; b <= 0xFF; b++) {
		char tag[] = { 'f', 'r', '_', 'F', 'R', '.', (char)b, '\0' };
		text = "untouched";
		ck_assert_msg(wsmsg_describe_lang(WS_E_OTHER, tag, &text) == E_INVALIDARG,
		              "fr_FR.\\x%02X is not malformed", b);
		ck_assert_ptr_null(text);
	}
	/* 100 KiB: malformed, and read no further than the limit needs. */
	size_t n = 100 * 1024;
	char *huge = malloc(n + 1);
	ck_assert_ptr_nonnull(huge);
	memset(huge, 'a', n);
	huge[n] = '\0';
	ck_assert_hr(wsmsg_describe_lang(WS_E_OTHER, huge, &text), E_INVALIDARG);
	free(huge);
	free(t64);
}
END_TEST

/* ---- wsmsg_name, wsmsg_from_name ------------------------------------ */

START_TEST(name_of_odd_codes)
{
	for (size_t i = 0; i < NODD; i++)
		ck_assert_ptr_null(wsmsg_name(odd_codes[i]));
	/* The sentinel of wsmsg_code_at is never a known code. */
	ck_assert_ptr_null(wsmsg_name(WSMSG_E_UNKNOWN_CODE));
	ck_assert_ptr_null(wsmsg_name(WSMSG_E_BUFFER_TOO_SMALL));
}
END_TEST

START_TEST(from_name_with_null_pointers)
{
	int32_t code = 42;

	ck_assert_hr(wsmsg_from_name(NULL, &code), E_INVALIDARG);
	ck_assert_int_eq(code, 42);
	ck_assert_hr(wsmsg_from_name("WS_E_OTHER", NULL), E_INVALIDARG);
	ck_assert_hr(wsmsg_from_name(NULL, NULL), E_INVALIDARG);
	/* NULL comes before unknown. */
	ck_assert_hr(wsmsg_from_name("WS_E_NOPE", NULL), E_INVALIDARG);
}
END_TEST

START_TEST(from_name_with_odd_names)
{
	const char *const unknown[] = {
		"", " ", "WS_E_OTHER ", " WS_E_OTHER", "WS_E_OTHE", "WS_E_OTHERX",
		"WS_E_OTHER\n", "WS_E_\xc3\x96THER", "0x803D0021", "\xff",
	};
	int32_t code = 42;

	for (size_t i = 0; i < sizeof unknown / sizeof unknown[0]; i++) {
		ck_assert_msg(wsmsg_from_name(unknown[i], &code) == WSMSG_E_UNKNOWN_CODE,
		              "name %zu is known", i);
		ck_assert_int_eq(code, 42);
	}
	size_t n = 100 * 1024;
	char *huge = malloc(n + 1);
	ck_assert_ptr_nonnull(huge);
	memset(huge, 'W', n);
	huge[n] = '\0';
	ck_assert_hr(wsmsg_from_name(huge, &code), WSMSG_E_UNKNOWN_CODE);
	ck_assert_int_eq(code, 42);
	free(huge);
	ck_assert_hr(wsmsg_from_name("ws_e_OTHER", &code), S_OK);
	ck_assert_int_eq(code, WS_E_OTHER);
}
END_TEST

/* ---- wsmsg_count, wsmsg_code_at, wsmsg_languages -------------------- */

START_TEST(code_at_out_of_range)
{
	size_t n = wsmsg_count();

	ck_assert_uint_eq(n, 45);
	ck_assert_hr(wsmsg_code_at(n), WSMSG_E_UNKNOWN_CODE);
	ck_assert_hr(wsmsg_code_at(n + 1), WSMSG_E_UNKNOWN_CODE);
	ck_assert_hr(wsmsg_code_at(SIZE_MAX), WSMSG_E_UNKNOWN_CODE);
	ck_assert_hr(wsmsg_code_at(SIZE_MAX / 2 + 1), WSMSG_E_UNKNOWN_CODE);
	ck_assert_ptr_nonnull(wsmsg_name(wsmsg_code_at(0)));
	ck_assert_ptr_nonnull(wsmsg_name(wsmsg_code_at(n - 1)));
}
END_TEST

START_TEST(languages_is_terminated)
{
	const char *const *l = wsmsg_languages();
	size_t n = 0;

	ck_assert_ptr_nonnull(l);
	ck_assert_ptr_eq(l, wsmsg_languages());
	for (; l[n] != NULL; n++) {
		const char *text;
		ck_assert_hr(wsmsg_describe_lang(WS_E_OTHER, l[n], &text), S_OK);
	}
	/* Which catalogs, and how many, is po/LINGUAS's to say (test-lang). */
	ck_assert_uint_ge(n, 1);
}
END_TEST

/* ---- wsmsg_format --------------------------------------------------- */

START_TEST(format_with_null_buffer)
{
	/* NULL with size > 0: nothing can be written. */
	ck_assert_hr(wsmsg_format(WS_E_OTHER, "en", NULL, 1), E_INVALIDARG);
	ck_assert_hr(wsmsg_format(WS_E_OTHER, NULL, NULL, 512), E_INVALIDARG);
	ck_assert_hr(wsmsg_format(INT32_MIN, "en", NULL, SIZE_MAX), E_INVALIDARG);
	/* NULL with size 0 writes nothing, and nothing fits. */
	ck_assert_hr(wsmsg_format(WS_E_OTHER, "en", NULL, 0), WSMSG_E_BUFFER_TOO_SMALL);
	ck_assert_hr(wsmsg_format(WS_E_OTHER, NULL, NULL, 0), WSMSG_E_BUFFER_TOO_SMALL);
	ck_assert_hr(wsmsg_format(INT32_MIN, "qaa", NULL, 0), WSMSG_E_BUFFER_TOO_SMALL);
	/* A malformed tag comes first. */
	ck_assert_hr(wsmsg_format(WS_E_OTHER, "", NULL, 0), E_INVALIDARG);
	ck_assert_hr(wsmsg_format(WS_E_OTHER, "../x", NULL, 4), E_INVALIDARG);
}
END_TEST

START_TEST(format_into_size_0_and_1)
{
	char *one = malloc(1);
	char zero[1] = { 'z' };

	ck_assert_ptr_nonnull(one);
	ck_assert_hr(wsmsg_format(WS_E_OTHER, "en", zero, 0), WSMSG_E_BUFFER_TOO_SMALL);
	ck_assert_int_eq(zero[0], 'z');
	ck_assert_hr(wsmsg_format(WS_E_OTHER, "../x", zero, 0), E_INVALIDARG);
	ck_assert_int_eq(zero[0], 'z');
	for (size_t i = 0; i < NODD; i++) {
		one[0] = 'x';
		ck_assert_hr(wsmsg_format(odd_codes[i], "fr-FR", one, 1),
		             WSMSG_E_BUFFER_TOO_SMALL);
		ck_assert_int_eq(one[0], '\0');
	}
	one[0] = 'x';
	ck_assert_hr(wsmsg_format(WS_E_OTHER, NULL, one, 1), WSMSG_E_BUFFER_TOO_SMALL);
	ck_assert_int_eq(one[0], '\0');
	one[0] = 'x';
	ck_assert_hr(wsmsg_format(WS_E_OTHER, "", one, 1), E_INVALIDARG);
	ck_assert_int_eq(one[0], '\0');
	free(one);
}
END_TEST

START_TEST(format_malformed_tags)
{
	char buf[256];
	char *t65 = tag_of_64_and("v");

	for (size_t i = 0; i < NMALFORMED; i++) {
		memset(buf, 'x', sizeof buf);
		ck_assert_hr(wsmsg_format(WS_E_OTHER, malformed[i], buf, sizeof buf),
		             E_INVALIDARG);
		ck_assert_str_eq(buf, "");
	}
	ck_assert_hr(wsmsg_format(INT32_MIN, t65, buf, sizeof buf), E_INVALIDARG);
	ck_assert_str_eq(buf, "");
	free(t65);
}
END_TEST

START_TEST(format_odd_codes)
{
	static const char *const lines[] = {
		"0x80000000: unknown return value", "0x7FFFFFFF: unknown return value",
		"0x00000000: unknown return value", "0xFFFFFFFF: unknown return value",
	};
	char buf[256];

	for (size_t i = 0; i < NODD; i++) {
		ck_assert_hr(wsmsg_format(odd_codes[i], "en", buf, sizeof buf),
		             WSMSG_E_UNKNOWN_CODE);
		ck_assert_str_eq(buf, lines[i]);
		/* Unknown comes before "no catalog": the line is English. */
		ck_assert_hr(wsmsg_format(odd_codes[i], "qaa", buf, sizeof buf),
		             WSMSG_E_UNKNOWN_CODE);
		ck_assert_str_eq(buf, lines[i]);
	}
	char line[2048], *t64 = tag_of_64();
	ck_assert_hr(wsmsg_format(WS_E_OTHER, t64, line, sizeof line), S_OK);
	ck_assert_hr(wsmsg_format(WS_E_OTHER, "fr-FR", buf, sizeof buf),
	             WSMSG_E_BUFFER_TOO_SMALL);
	ck_assert(strncmp(buf, line, strlen(buf)) == 0);
	free(t64);
}
END_TEST

/* Every size from 1 to the line's, in a buffer of exactly that size:
 * cut lines say so, end in NUL, and are the longest prefix of the line
 * that fits in whole UTF-8 characters. */
START_TEST(format_at_every_size)
{
	static const char *const tags[] = { "zh-TW", "fr-FR", "qaa" };
	static const int32_t codes[] = { WS_E_OTHER, INT32_MIN };
	char full[2048];

	for (size_t t = 0; t < sizeof tags / sizeof tags[0]; t++)
		for (size_t c = 0; c < sizeof codes / sizeof codes[0]; c++) {
			int32_t want = wsmsg_format(codes[c], tags[t], full, sizeof full);
			size_t len = strlen(full);
			for (size_t size = 1; size <= len + 1; size++) {
				char *buf = malloc(size);
				ck_assert_ptr_nonnull(buf);
				int32_t st = wsmsg_format(codes[c], tags[t], buf, size);
				if (size == len + 1) {
					ck_assert_hr(st, want);
					ck_assert_str_eq(buf, full);
				} else {
					ck_assert_hr(st, WSMSG_E_BUFFER_TOO_SMALL);
					size_t n = strlen(buf);
					ck_assert_uint_lt(n, size);
					ck_assert(strncmp(buf, full, n) == 0);
					ck_assert(utf8_valid(buf));
					/* The longest such prefix: the next character
					 * would not fit. */
					size_t next = 1;
					while (((unsigned char)full[n + next] & 0xC0) == 0x80)
						next++;
					ck_assert_uint_gt(n + next, size - 1);
				}
				free(buf);
			}
		}
}
END_TEST

START_TEST(negotiate_with_null_pointers)
{
	const char *tag = "untouched";

	ck_assert_hr(wsmsg_negotiate(NULL, &tag), E_INVALIDARG);
	ck_assert_ptr_null(tag);
	ck_assert_hr(wsmsg_negotiate("fr", NULL), E_INVALIDARG);
	ck_assert_hr(wsmsg_negotiate("", NULL), E_INVALIDARG);
	ck_assert_hr(wsmsg_negotiate(NULL, NULL), E_INVALIDARG);
}
END_TEST

/* Past WSMSG_RANGES_MAX bytes a value is refused, and only its first
 * WSMSG_RANGES_MAX + 1 bytes are read: it need not even end there. */
START_TEST(negotiate_values_past_the_limit)
{
	char *unterminated = malloc(WSMSG_RANGES_MAX + 1);
	char *huge = malloc(100 * 1024 + 1);
	const char *tag = "untouched";

	ck_assert_ptr_nonnull(unterminated);
	ck_assert_ptr_nonnull(huge);
	memset(unterminated, ',', WSMSG_RANGES_MAX + 1);
	memcpy(unterminated, "fr", 2);
	ck_assert_hr(wsmsg_negotiate(unterminated, &tag), E_INVALIDARG);
	ck_assert_ptr_null(tag);
	memset(huge, 'a', 100 * 1024);
	huge[100 * 1024] = '\0';
	tag = "untouched";
	ck_assert_hr(wsmsg_negotiate(huge, &tag), E_INVALIDARG);
	ck_assert_ptr_null(tag);
	free(unterminated);
	free(huge);
}
END_TEST

/* Nothing usable in a value is never an error: English. */
START_TEST(negotiate_values_with_nothing_usable)
{
	static const char *const values[] = {
		"", " ", ",", ":", ";", "*;q=0", "fr;q=2", "\xff\xfe", "../fr", "\t,\t",
	};
	for (size_t i = 0; i < sizeof values / sizeof values[0]; i++) {
		const char *tag = NULL;
		ck_assert_hr(wsmsg_negotiate(values[i], &tag),
		             WS_E_NO_TRANSLATION_AVAILABLE);
		ck_assert_ptr_eq(tag, wsmsg_languages()[0]);
		ck_assert_str_eq(tag, "en");
	}
}
END_TEST

/* ---- wsmsg_langid_tag ---------------------------------------------- */

/* Values that are no language ID, or no LCID: NULL, never a tag. */
START_TEST(langid_tag_of_odd_values)
{
	static const uint32_t values[] = {
		0, UINT32_MAX, 0xFFFF, 0x0000FFFF, 0x000FFFFF, 0x00100000,
		0x0010040C, 0x8000040C, 0x7FFFFFFF, 0x80000000, 0xFFFF0409,
		(uint32_t)INT32_MIN, (uint32_t)-1, (uint32_t)WSMSG_E_UNKNOWN_CODE,
		0x0400, 0x0800, 0x000F0400,
	};
	for (size_t i = 0; i < sizeof values / sizeof values[0]; i++)
		ck_assert_msg(wsmsg_langid_tag(values[i]) == NULL, "0x%08X gives a tag",
		              (unsigned)values[i]);
	/* A known ID with a sort ID of 15, the largest, still has its tag. */
	ck_assert_str_eq(wsmsg_langid_tag(0x000F0409), "en-US");
	ck_assert_ptr_eq(wsmsg_langid_tag(0x000F0409), wsmsg_langid_tag(0x0409));
}
END_TEST

int main(void)
{
	Suite *s = suite_create("misuse");
	TCase *tc = tcase_create("api");

	tcase_add_test(tc, describe_with_null_text);
	tcase_add_test(tc, describe_odd_codes);
	tcase_add_test(tc, describe_malformed_tags);
	tcase_add_test(tc, describe_tags_at_the_length_limit);
	tcase_add_test(tc, name_of_odd_codes);
	tcase_add_test(tc, from_name_with_null_pointers);
	tcase_add_test(tc, from_name_with_odd_names);
	tcase_add_test(tc, code_at_out_of_range);
	tcase_add_test(tc, languages_is_terminated);
	tcase_add_test(tc, format_with_null_buffer);
	tcase_add_test(tc, format_into_size_0_and_1);
	tcase_add_test(tc, format_malformed_tags);
	tcase_add_test(tc, format_odd_codes);
	tcase_add_test(tc, format_at_every_size);
	tcase_add_test(tc, negotiate_with_null_pointers);
	tcase_add_test(tc, negotiate_values_past_the_limit);
	tcase_add_test(tc, negotiate_values_with_nothing_usable);
	tcase_add_test(tc, langid_tag_of_odd_values);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
