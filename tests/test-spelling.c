/*
 * The catalogs' own spellings (src/spelling.h), against the internal
 * library: every catalog's name and BCP 47 tag, and "C" and "POSIX",
 * alone or with any codeset of up to 8 bytes, are recognised without the
 * parser and give the source the parser and resolver give; anything else
 * is left to the parser.
 */
#include "catalog.h"
#include "resolve.h"
#include "spelling.h"
#include "testing.h"

/* The source the parser and the resolver give `tag`. */
static int parsed(const char *tag)
{
	struct wsmsg_tag t = wsmsg_tag_parse_str(tag);
	return wsmsg_resolve(&t, wsmsg_catalog_langs, wsmsg_ncatalogs);
}

static void recognised(const char *tag)
{
	int got = wsmsg_spelled_source(tag);
	ck_assert_msg(got != WSMSG_SOURCE_UNSPELLED, "\"%s\" was not recognised", tag);
	ck_assert_msg(got == parsed(tag), "\"%s\": %d, the parser gives %d", tag, got, parsed(tag));
}

static void left_to_the_parser(const char *tag)
{
	ck_assert_msg(wsmsg_spelled_source(tag) == WSMSG_SOURCE_UNSPELLED,
	              "\"%s\" was recognised", tag);
}

/* Codesets that use every byte a codeset may have, 8 at a time. */
static const char *const codesets[] = {
	"UTF-8", "ABCDEFGH", "IJKLMNOP", "QRSTUVWX", "YZabcdef", "ghijklmn",
	"opqrstuv", "wxyz0123", "456789-_", "a.b", "8",
};

START_TEST(every_spelling_with_every_codeset)
{
	const char *const *tags = wsmsg_languages();
	char tag[64];

	recognised("C");
	recognised("POSIX");
	for (size_t i = 0; i < sizeof codesets / sizeof codesets[0]; i++) {
		snprintf(tag, sizeof tag, "C.%s", codesets[i]);
		recognised(tag);
	}
	for (size_t l = 0; tags[l] != NULL; l++) {
		recognised(tags[l]);
		for (size_t i = 0; i < sizeof codesets / sizeof codesets[0]; i++) {
			snprintf(tag, sizeof tag, "%s.%s", tags[l], codesets[i]);
			if (strlen(tags[l]) <= 8)
				recognised(tag);
		}
	}
}
END_TEST

START_TEST(anything_else_is_left_to_the_parser)
{
	static const char *const others[] = {
		"fr_FR.UTF-8@euro", "fr_FR.ISO-8859-15", "fr_FR.UTF/8",
		"fr_FR.UTF 8", "fr_FR@euro", "fr_fr", "FR_FR", "fr-fr", "fr_FR_", "xfr_FR",
		"fr_FRx", "c", "posix", "CC", "", "fr_FR.UTF-8\x80", "fr_FR\x01", "POSIXPOSIX",
		"fr_FR:zh_TW", "fr_FR.utf-8:",
	};
	for (size_t i = 0; i < sizeof others / sizeof others[0]; i++)
		left_to_the_parser(others[i]);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("spelling");
	TCase *tc = tcase_create("own spellings");

	tcase_add_test(tc, every_spelling_with_every_codeset);
	tcase_add_test(tc, anything_else_is_left_to_the_parser);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
