/*
 * The caller's language, from the compiled-in catalogs: the text domain is
 * bound to a directory with no catalogs, as on a machine where none are
 * installed, and only the C, C.UTF-8 and POSIX locales are used.
 */
#include <libintl.h>
#include <locale.h>
#include <pthread.h>
#include <stdio.h>

#include "testing.h"

static const char *in(const char *tag)
{
	const char *text = NULL;
	ck_assert_hr(wsmsg_describe_lang(WS_E_OTHER, tag, &text), S_OK);
	return text;
}

static void caller_reads(int32_t status, const char *catalog)
{
	const char *text = NULL;

	ck_assert_hr(wsmsg_describe(WS_E_OTHER, &text), status);
	ck_assert_ptr_nonnull(text);
	ck_assert_str_eq(text, catalog ? in(catalog) : english(WS_E_OTHER));
	/* lang == NULL means the same thing. */
	const char *same = NULL;
	ck_assert_hr(wsmsg_describe_lang(WS_E_OTHER, NULL, &same), status);
	ck_assert_ptr_eq(same, text);
}

static void setup(void)
{
	unsetenv("LANGUAGE");
	unsetenv("LC_ALL");
	unsetenv("LC_MESSAGES");
	unsetenv("LANG");
	/* No installed catalog may answer: only the compiled-in ones. */
	bindtextdomain(WSMSG_DOMAIN, "/nonexistent/wsmsg-test");
}

static void c_utf8(void)
{
	ck_assert_ptr_nonnull(setlocale(LC_ALL, "C.UTF-8"));
}

START_TEST(a_program_that_never_called_setlocale_gets_english)
{
	setenv("LANGUAGE", "fr", 1);
	caller_reads(S_OK, NULL);
}
END_TEST

START_TEST(the_c_locale_ignores_language)
{
	ck_assert_ptr_nonnull(setlocale(LC_ALL, "C"));
	setenv("LANGUAGE", "zh_TW", 1);
	caller_reads(S_OK, NULL);
	ck_assert_ptr_nonnull(setlocale(LC_ALL, "POSIX"));
	caller_reads(S_OK, NULL);
}
END_TEST

START_TEST(c_utf8_without_language_is_english)
{
	c_utf8();
	caller_reads(S_OK, NULL);
	setenv("LANGUAGE", "", 1);
	caller_reads(S_OK, NULL);
}
END_TEST

START_TEST(language_fr_in_c_utf8_gives_french)
{
	c_utf8();
	setenv("LANGUAGE", "fr", 1);
	caller_reads(S_OK, "fr-FR");
}
END_TEST

START_TEST(the_first_language_with_a_catalog_wins)
{
	c_utf8();
	setenv("LANGUAGE", "qaa:zh_TW", 1);
	caller_reads(S_OK, "zh-TW");
	setenv("LANGUAGE", "qaa:qtz:fr_BE:zh_TW", 1);
	caller_reads(S_OK, "fr-FR");
	setenv("LANGUAGE", "zh_CN:fr", 1);
	caller_reads(S_OK, "zh-CN");
	setenv("LANGUAGE", "qaa_CN:fr", 1);
	caller_reads(S_OK, "fr-FR");
	setenv("LANGUAGE", "en_US:fr", 1);
	caller_reads(S_OK, "en");
	setenv("LANGUAGE", "en_GB:fr", 1);
	caller_reads(S_OK, "en-GB");
}
END_TEST

START_TEST(c_in_language_means_english)
{
	c_utf8();
	setenv("LANGUAGE", "qaa:C:fr", 1);
	caller_reads(S_OK, NULL);
}
END_TEST

START_TEST(no_catalog_gives_english_and_says_so)
{
	c_utf8();
	setenv("LANGUAGE", "qaa:qtz", 1);
	caller_reads(WS_E_NO_TRANSLATION_AVAILABLE, NULL);
	setenv("LANGUAGE", "qtz_CN", 1);
	caller_reads(WS_E_NO_TRANSLATION_AVAILABLE, NULL);
}
END_TEST

START_TEST(empty_and_malformed_entries_are_skipped)
{
	c_utf8();
	setenv("LANGUAGE", ":::fr::", 1);
	caller_reads(S_OK, "fr-FR");
	setenv("LANGUAGE", "../../tmp/x:/etc:zh_TW", 1);
	caller_reads(S_OK, "zh-TW");
	setenv("LANGUAGE", ":::", 1); /* no entry at all: as if unset */
	caller_reads(S_OK, NULL);
}
END_TEST

START_TEST(huge_language_values_are_harmless)
{
	size_t n = 100 * 1024;
	char *v = malloc(n + 4);

	ck_assert_ptr_nonnull(v);
	memset(v, 'x', n);
	memcpy(v + n, ":fr", 4);
	c_utf8();
	setenv("LANGUAGE", v, 1);
	caller_reads(S_OK, "fr-FR");
	free(v);
}
END_TEST

/* uselocale() in one thread does not change the answer in another. */
struct thread_case {
	const char *locale;  /* for uselocale */
	int32_t status;
	const char *text;
};

static void *in_thread(void *arg)
{
	struct thread_case *tc = arg;
	locale_t loc = newlocale(LC_ALL_MASK, tc->locale, (locale_t)0);

	if (loc == (locale_t)0)
		return NULL;
	uselocale(loc);
	tc->status = wsmsg_describe(WS_E_OTHER, &tc->text);
	uselocale(LC_GLOBAL_LOCALE);
	freelocale(loc);
	return tc;
}

START_TEST(uselocale_is_per_thread)
{
	/* Global locale C (LANGUAGE ignored); a thread in C.UTF-8 reads
	 * LANGUAGE, another in C does not. */
	setenv("LANGUAGE", "fr", 1);
	struct thread_case a = { .locale = "C.UTF-8" }, b = { .locale = "C" };
	pthread_t ta, tb;

	ck_assert_int_eq(pthread_create(&ta, NULL, in_thread, &a), 0);
	ck_assert_int_eq(pthread_create(&tb, NULL, in_thread, &b), 0);
	void *ra, *rb;
	pthread_join(ta, &ra);
	pthread_join(tb, &rb);
	ck_assert_ptr_nonnull(ra);
	ck_assert_ptr_nonnull(rb);
	ck_assert_hr(a.status, S_OK);
	ck_assert_str_eq(a.text, in("fr-FR"));
	ck_assert_hr(b.status, S_OK);
	ck_assert_str_eq(b.text, english(WS_E_OTHER));
	caller_reads(S_OK, NULL); /* this thread: global C */
}
END_TEST

START_TEST(uselocale_in_the_calling_thread)
{
	setenv("LANGUAGE", "zh_HK", 1);
	locale_t loc = newlocale(LC_ALL_MASK, "C.UTF-8", (locale_t)0);
	ck_assert_ptr_nonnull(loc);
	uselocale(loc);
	caller_reads(S_OK, "zh-TW");
	uselocale(LC_GLOBAL_LOCALE);
	freelocale(loc);
	caller_reads(S_OK, NULL);
}
END_TEST

START_TEST(unknown_codes_and_null_text)
{
	const char *text = "untouched";

	c_utf8();
	setenv("LANGUAGE", "fr", 1);
	ck_assert_hr(wsmsg_describe((int32_t)0x80070005u, &text), WSMSG_E_UNKNOWN_CODE);
	ck_assert_ptr_null(text);
	ck_assert_hr(wsmsg_describe(WS_E_OTHER, NULL), E_INVALIDARG);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("caller");
	TCase *tc = tcase_create("compiled-in");

	tcase_add_checked_fixture(tc, setup, NULL);
	tcase_add_test(tc, a_program_that_never_called_setlocale_gets_english);
	tcase_add_test(tc, the_c_locale_ignores_language);
	tcase_add_test(tc, c_utf8_without_language_is_english);
	tcase_add_test(tc, language_fr_in_c_utf8_gives_french);
	tcase_add_test(tc, the_first_language_with_a_catalog_wins);
	tcase_add_test(tc, c_in_language_means_english);
	tcase_add_test(tc, no_catalog_gives_english_and_says_so);
	tcase_add_test(tc, empty_and_malformed_entries_are_skipped);
	tcase_add_test(tc, huge_language_values_are_harmless);
	tcase_add_test(tc, uselocale_is_per_thread);
	tcase_add_test(tc, uselocale_in_the_calling_thread);
	tcase_add_test(tc, unknown_codes_and_null_text);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
