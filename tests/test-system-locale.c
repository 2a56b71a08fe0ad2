/*
 * The caller's language with real system locales, fr_FR.UTF-8 and
 * zh_TW.UTF-8.  Skipped (exit 77) where the system lacks either; .ci/run
 * generates both with localedef.
 */
#include <libintl.h>
#include <locale.h>
#include <stdio.h>

#include "testing.h"

static const char *in(const char *tag)
{
	const char *text = NULL;
	ck_assert_hr(wsmsg_describe_lang(WS_E_ENDPOINT_NOT_FOUND, tag, &text), S_OK);
	return text;
}

static void caller_reads(const char *catalog)
{
	const char *text = NULL;

	ck_assert_hr(wsmsg_describe(WS_E_ENDPOINT_NOT_FOUND, &text), S_OK);
	ck_assert_str_eq(text, in(catalog));
}

static void setup(void)
{
	unsetenv("LANGUAGE");
	unsetenv("LC_ALL");
	unsetenv("LC_MESSAGES");
	unsetenv("LANG");
}

static void compiled_in_only(void)
{
	bindtextdomain(WSMSG_DOMAIN, "/nonexistent/wsmsg-test");
}

static void built_catalogs(void)
{
	bindtextdomain(WSMSG_DOMAIN, getenv("WSMSG_TEST_PODIR"));
}

START_TEST(setlocale_picks_the_language)
{
	_i ? built_catalogs() : compiled_in_only();
	ck_assert_ptr_nonnull(setlocale(LC_ALL, "fr_FR.UTF-8"));
	caller_reads("fr-FR");
	ck_assert_ptr_nonnull(setlocale(LC_ALL, "zh_TW.UTF-8"));
	caller_reads("zh-TW");
}
END_TEST

START_TEST(lc_messages_alone_decides)
{
	_i ? built_catalogs() : compiled_in_only();
	ck_assert_ptr_nonnull(setlocale(LC_ALL, "C.UTF-8"));
	ck_assert_ptr_nonnull(setlocale(LC_MESSAGES, "zh_TW.UTF-8"));
	caller_reads("zh-TW");
}
END_TEST

START_TEST(uselocale_picks_the_language)
{
	_i ? built_catalogs() : compiled_in_only();
	locale_t fr = newlocale(LC_ALL_MASK, "fr_FR.UTF-8", (locale_t)0);
	ck_assert_ptr_nonnull(fr);
	uselocale(fr);
	caller_reads("fr-FR");
	uselocale(LC_GLOBAL_LOCALE);
	freelocale(fr);
	caller_reads("en"); /* the global locale is still C */
}
END_TEST

START_TEST(language_overrides_the_locale_name)
{
	_i ? built_catalogs() : compiled_in_only();
	ck_assert_ptr_nonnull(setlocale(LC_ALL, "fr_FR.UTF-8"));
	setenv("LANGUAGE", "zh_TW:fr", 1);
	caller_reads("zh-TW");
}
END_TEST

static int have_locale(const char *name)
{
	locale_t loc = newlocale(LC_ALL_MASK, name, (locale_t)0);
	if (loc == (locale_t)0)
		return 0;
	freelocale(loc);
	return 1;
}

int main(void)
{
	if (!have_locale("fr_FR.UTF-8") || !have_locale("zh_TW.UTF-8")) {
		printf("SKIP: the fr_FR.UTF-8 or zh_TW.UTF-8 system locale is not "
		       "installed (localedef -i fr_FR -f UTF-8 fr_FR.UTF-8)\n");
		return 77;
	}
	Suite *s = suite_create("system locales");
	TCase *tc = tcase_create("locales");

	/* Each test runs twice: _i = 0 compiled-in catalogs, 1 libintl. */
	tcase_add_checked_fixture(tc, setup, NULL);
	tcase_add_loop_test(tc, setlocale_picks_the_language, 0, 2);
	tcase_add_loop_test(tc, lc_messages_alone_decides, 0, 2);
	tcase_add_loop_test(tc, uselocale_picks_the_language, 0, 2);
	tcase_add_loop_test(tc, language_overrides_the_locale_name, 0, 2);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
