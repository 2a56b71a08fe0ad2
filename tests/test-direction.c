/*
 * Which texts are right-to-left (direction.h): the first letter outside
 * ASCII decides, and nothing is read past the end of the text, UTF-8 or
 * not.
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "direction.h"

static const struct {
	const char *text;
	bool rtl;
} cases[] = {
	/* Hebrew, Arabic, Syriac, Thaana, N'Ko and the presentation forms. */
	{ "\u05D0", true }, { "\u05EA\u05D5", true }, { "\u0627\u0644", true },
	{ "\u0710", true }, { "\u0780", true }, { "\u07C0", true }, { "\u08FF", true },
	{ "\uFB1D", true }, { "\uFDFF", true }, { "\uFE70", true }, { "\uFEFF", true },
	{ "\U00010800", true }, { "\U00010FFF", true }, { "\U0001E800", true },
	{ "\U0001EFFF", true },
	/* The letters just outside those blocks are left-to-right. */
	{ "\u058F", false }, { "\u0900", false }, { "\uFB1C", false }, { "\uFE00", false },
	{ "\U000107FF", false }, { "\U00011000", false }, { "\U0001E7FF", false },
	{ "\U0001F000", false },
	/* Each end of each range of passed-over marks, and the letters
	 * around them, before a Hebrew letter. */
	{ "\xC2\x80\u05D0", true }, { "\u00BF\u05D0", true }, { "\u00D6\u05D0", false },
	{ "\u00D7\u05D0", true }, { "\u00D8\u05D0", false }, { "\u00F6\u05D0", false },
	{ "\u00F7\u05D0", true }, { "\u00F8\u05D0", false }, { "\u1FFF\u05D0", false },
	{ "\u2000\u05D0", true }, { "\u206F\u05D0", true }, { "\u2070\u05D0", false },
	{ "\u2FFF\u05D0", false }, { "\u3000\u05D0", true }, { "\u303F\u05D0", true },
	{ "\u3040\u05D0", false }, { "\uFE0F\u05D0", false }, { "\uFE10\u05D0", true },
	{ "\uFE1F\u05D0", true }, { "\uFE20\u05D0", false }, { "\uFE2F\u05D0", false },
	{ "\uFE30\u05D0", true }, { "\uFE4F\u05D0", true }, { "\uFE50\u05D0", false },
	{ "\uFF00\u05D0", true }, { "\uFF0F\u05D0", true }, { "\uFF10\u05D0", false },
	/* The ends of the right-to-left ranges not listed above. */
	{ "\u0590", true }, { "\uFE6F", false },
	/* A sentence that starts with a name, a value or punctuation. */
	{ "WS_FAULT \u05D0", true }, { "0x803D000D: \u0627", true },
	{ "\u00AB\u00A0\u0627\u00A0\u00BB", true }, { "\u00BF\u00D7\u00F7\u05D0", true },
	{ "\u2014\u202F\u2067\u0627", true }, { "\u3001\u300C\u05D0", true },
	{ "\uFE10\uFE30\uFF01\u05D0", true },
	/* Left-to-right scripts, and a right-to-left word after one. */
	{ "Le serveur", false }, { "\u00E9\u05D0", false }, { "\u00C0", false },
	{ "\u00D8", false }, { "\u0416", false }, { "\u4E2D\u6587", false },
	{ "\uAC00", false }, { "\u0E01", false }, { "\u03A9", false },
	{ "\u2070", false }, { "\u3040", false }, { "\uFE20", false }, { "\uFE50", false },
	{ "\uFF10", false }, { "\u00C0\u05D0", false },
	/* No letter outside ASCII, or nothing at all. */
	{ "", false }, { "WS_E_OTHER (0x803D0000)", false }, { "\u00A0\u2014", false },
	/* A byte that starts no character ends the search. */
	{ "\x80\u05D0", false }, { "\xC0\xAF\u05D0", false }, { "\xF5\u05D0", false },
	{ "\xFF\u05D0", false }, { "\xC2\u05D0", false }, { "\xE0\xA0", false },
	{ "\xC1\xBF\u05D0", false },
};

START_TEST(each_text_has_its_direction)
{
	ck_assert_msg(wsmsg_text_rtl(cases[_i].text) == cases[_i].rtl,
	              "case %d: expected %s", _i, cases[_i].rtl ? "rtl" : "ltr");
}
END_TEST

/* A text cut in the middle of a character, at the very end of its
 * allocation: AddressSanitizer reports any read past its NUL. */
START_TEST(a_cut_character_is_not_read_past)
{
	static const char *const cuts[] = { "\xD7", "\xE2\x81", "\xF0\x90\xA0", "\xEF" };

	for (size_t i = 0; i < sizeof cuts / sizeof cuts[0]; i++) {
		size_t n = strlen(cuts[i]) + 1;
		char *copy = malloc(n);
		ck_assert_ptr_nonnull(copy);
		memcpy(copy, cuts[i], n);
		ck_assert(!wsmsg_text_rtl(copy));
		free(copy);
	}
}
END_TEST

int main(void)
{
	Suite *s = suite_create("direction");
	TCase *tc = tcase_create("texts");

	tcase_add_loop_test(tc, each_text_has_its_direction, 0, sizeof cases / sizeof cases[0]);
	tcase_add_test(tc, a_cut_character_is_not_read_past);
	suite_add_tcase(s, tc);
	SRunner *sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
