/*
 * Which names the library lets libintl see (src/caller.c), against the
 * internal library.  libintl builds the file path
 * <localedir>/<name>/LC_MESSAGES/wsmsg.mo from the locale name and from
 * each LANGUAGE entry, so only well-formed tags that start with a letter
 * may reach it, LANGUAGE at most WSMSG_LANGUAGE_MAX bytes long; for any
 * other name the compiled-in catalogs answer alone.
 */
#include "caller.h"
#include "lang.h"
#include "testing.h"

static int safe(const char *locale, const char *language)
{
	struct wsmsg_caller c = { locale, language };
	return wsmsg_caller_safe_for_libintl(&c);
}

/* A well-formed tag of exactly `n` bytes: "fr-" and then "x-x-...". */
static void tag_of_length(char *buf, size_t n)
{
	memcpy(buf, "fr", 2);
	for (size_t i = 2; i < n; i++)
		buf[i] = i % 2 ? 'x' : '-';
	buf[n - 1] = 'x';
	buf[n] = '\0';
}

START_TEST(locale_names_that_are_tags_are_safe)
{
	static const char *const names[] = {
		"C", "POSIX", "fr_FR", "fr_FR.UTF-8", "zh_TW.Big5", "sr_RS@latin",
		"aa_DJ", "AA", "zu_ZA", "ZU", "az", "Za",
	};
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		ck_assert_msg(safe(names[i], NULL), "\"%s\" refused", names[i]);
}
END_TEST

START_TEST(locale_names_that_are_not_tags_are_not)
{
	static const char *const names[] = {
		"", ".", "..", "/tmp/x", "../fr_FR", "fr_FR/../x", "1fr", "_fr", "-fr",
		"@latin", "fr_FR.UTF-8/../../x", "fr FR", "`fr", "{fr", "[fr", "fr:FR",
	};
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		ck_assert_msg(!safe(names[i], NULL), "\"%s\" accepted", names[i]);
	ck_assert(!safe(NULL, NULL));
}
END_TEST

/* The check reads WSMSG_TAG_MAX + 1 bytes: a traversal after the 64th
 * byte is still seen, since a name that long is no tag at all. */
START_TEST(a_long_locale_name_is_refused_whatever_follows)
{
	char name[WSMSG_TAG_MAX + 32];

	tag_of_length(name, WSMSG_TAG_MAX);
	ck_assert(safe(name, NULL));
	strcat(name, "/../../../tmp/x");
	ck_assert(!safe(name, NULL));
	tag_of_length(name, WSMSG_TAG_MAX + 1);
	ck_assert(!safe(name, NULL));
}
END_TEST

START_TEST(language_lists_of_tags_are_safe)
{
	static const char *const lists[] = {
		"", ":", "::", "fr", "fr:zh_TW", "fr::zh_TW", ":fr", "fr:", "C:fr",
		"sr@latin:de_DE.UTF-8", "aa:zz:AA:ZZ",
	};
	for (size_t i = 0; i < sizeof lists / sizeof lists[0]; i++) {
		ck_assert_msg(wsmsg_language_safe(lists[i]), "\"%s\" refused", lists[i]);
		ck_assert_msg(safe("fr_FR", lists[i]), "\"%s\" refused", lists[i]);
	}
	ck_assert(wsmsg_language_safe(NULL));
}
END_TEST

START_TEST(language_lists_with_any_other_entry_are_not)
{
	static const char *const lists[] = {
		"..", "fr:..", "../x:fr", "fr::/tmp/x", "fr:.", "1fr", "fr:_x",
		"fr: zh", "fr:zh/TW", "fr:\303\251",
	};
	for (size_t i = 0; i < sizeof lists / sizeof lists[0]; i++) {
		ck_assert_msg(!wsmsg_language_safe(lists[i]), "\"%s\" accepted", lists[i]);
		ck_assert_msg(!safe("fr_FR", lists[i]), "\"%s\" accepted", lists[i]);
	}
}
END_TEST

/* Up to WSMSG_LANGUAGE_MAX bytes; libintl copies the value to the stack. */
START_TEST(language_is_at_most_1024_bytes)
{
	char list[WSMSG_LANGUAGE_MAX + 2];

	for (size_t i = 0; i < sizeof list - 1; i++)
		list[i] = i % 3 == 2 ? ':' : 'f';
	list[WSMSG_LANGUAGE_MAX] = '\0';
	ck_assert(wsmsg_language_safe(list));
	list[WSMSG_LANGUAGE_MAX] = 'f';
	list[WSMSG_LANGUAGE_MAX + 1] = '\0';
	ck_assert(!wsmsg_language_safe(list));
}
END_TEST

int main(void)
{
	Suite *s = suite_create("safety");
	TCase *tc = tcase_create("libintl names");

	tcase_add_test(tc, locale_names_that_are_tags_are_safe);
	tcase_add_test(tc, locale_names_that_are_not_tags_are_not);
	tcase_add_test(tc, a_long_locale_name_is_refused_whatever_follows);
	tcase_add_test(tc, language_lists_of_tags_are_safe);
	tcase_add_test(tc, language_lists_with_any_other_entry_are_not);
	tcase_add_test(tc, language_is_at_most_1024_bytes);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
