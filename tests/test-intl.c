/*
 * The caller's-locale lookup through libintl: the library binds its text
 * domain once, never overrides an application's binding, and reads the
 * catalogs msgfmt built, before the compiled-in ones.
 *
 * Environment (set by meson): WSMSG_TEST_PODIR, the build tree's po
 * directory (<lang>/LC_MESSAGES/wsmsg.mo); WSMSG_TEST_ALT_MO, a French
 * catalog whose WS_E_OTHER text differs from po/fr_FR.po.
 */
#include <libintl.h>
#include <locale.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "testing.h"

#define ALT_TEXT "Texte du catalogue de remplacement."

static char altdir[] = "/tmp/wsmsg-test-XXXXXX";

/* libintl caches translations; a program that changes LANGUAGE while it
 * runs tells it so, as the GNU gettext manual describes. */
extern int _nl_msg_cat_cntr;

static void set_language(const char *value)
{
	setenv("LANGUAGE", value, 1);
	++_nl_msg_cat_cntr;
}

static const char *in(const char *tag, int32_t code)
{
	const char *text = NULL;
	ck_assert_hr(wsmsg_describe_lang(code, tag, &text), S_OK);
	return text;
}

/* altdir/fr/LC_MESSAGES/wsmsg.mo, the alternative French catalog. */
static void make_altdir(void)
{
	char path[256];

	ck_assert_ptr_nonnull(mkdtemp(altdir));
	snprintf(path, sizeof path, "%s/fr", altdir);
	ck_assert_int_eq(mkdir(path, 0700), 0);
	snprintf(path, sizeof path, "%s/fr/LC_MESSAGES", altdir);
	ck_assert_int_eq(mkdir(path, 0700), 0);
	snprintf(path, sizeof path, "%s/fr/LC_MESSAGES/wsmsg.mo", altdir);
	copy_file(getenv("WSMSG_TEST_ALT_MO"), path);
}

static void remove_altdir(void)
{
	char path[256];

	snprintf(path, sizeof path, "%s/fr/LC_MESSAGES/wsmsg.mo", altdir);
	unlink(path);
	snprintf(path, sizeof path, "%s/fr/LC_MESSAGES", altdir);
	rmdir(path);
	snprintf(path, sizeof path, "%s/fr", altdir);
	rmdir(path);
	rmdir(altdir);
}

static void setup(void)
{
	ck_assert_ptr_nonnull(getenv("WSMSG_TEST_PODIR"));
	ck_assert_ptr_nonnull(getenv("WSMSG_TEST_ALT_MO"));
	unsetenv("LC_ALL");
	unsetenv("LC_MESSAGES");
	unsetenv("LANG");
	ck_assert_ptr_nonnull(setlocale(LC_ALL, "C.UTF-8"));
	set_language("fr");
	make_altdir();
}

static void teardown(void)
{
	remove_altdir();
}

static const char *describe(int32_t code)
{
	const char *text = NULL;
	ck_assert_hr(wsmsg_describe(code, &text), S_OK);
	return text;
}

/* A text libintl gave: the same words as the compiled-in catalog, but a
 * pointer into the loaded .mo file. */
static void assert_from_libintl(const char *text, const char *tag, int32_t code)
{
	ck_assert_str_eq(text, in(tag, code));
	ck_assert_ptr_ne(text, in(tag, code));
}

/* A text the compiled-in catalog gave. */
static void assert_compiled_in(const char *text, const char *tag, int32_t code)
{
	ck_assert_ptr_eq(text, in(tag, code));
}

START_TEST(binding_before_the_first_lookup_is_kept)
{
	bindtextdomain(WSMSG_DOMAIN, altdir);
	ck_assert_str_eq(describe(WS_E_OTHER), ALT_TEXT);
	ck_assert_str_eq(bindtextdomain(WSMSG_DOMAIN, NULL), altdir);
	/* What the alternative catalog lacks comes from the compiled-in one. */
	assert_compiled_in(describe(WS_E_QUOTA_EXCEEDED), "fr-FR", WS_E_QUOTA_EXCEEDED);
}
END_TEST

START_TEST(binding_after_the_first_lookup_takes_effect)
{
	set_language("fr_FR");
	bindtextdomain(WSMSG_DOMAIN, getenv("WSMSG_TEST_PODIR"));
	assert_from_libintl(describe(WS_E_OTHER), "fr-FR", WS_E_OTHER);
	set_language("fr");
	bindtextdomain(WSMSG_DOMAIN, altdir);
	ck_assert_str_eq(describe(WS_E_OTHER), ALT_TEXT);
	set_language("fr_FR");
	bindtextdomain(WSMSG_DOMAIN, getenv("WSMSG_TEST_PODIR"));
	assert_from_libintl(describe(WS_E_OTHER), "fr-FR", WS_E_OTHER);
}
END_TEST

START_TEST(the_library_binds_its_localedir_when_nobody_did)
{
	describe(WS_E_OTHER);
	ck_assert_str_eq(bindtextdomain(WSMSG_DOMAIN, NULL), WSMSG_TEST_LOCALEDIR);
	ck_assert_str_eq(bind_textdomain_codeset(WSMSG_DOMAIN, NULL), "UTF-8");
}
END_TEST

START_TEST(libintl_answers_from_the_built_catalogs)
{
	bindtextdomain(WSMSG_DOMAIN, getenv("WSMSG_TEST_PODIR"));
	set_language("fr_FR");
	assert_from_libintl(describe(WS_E_ENDPOINT_NOT_FOUND), "fr-FR", WS_E_ENDPOINT_NOT_FOUND);
	set_language("zh_TW");
	assert_from_libintl(describe(WS_E_ENDPOINT_NOT_FOUND), "zh-TW", WS_E_ENDPOINT_NOT_FOUND);
	/* "fr" has no directory in the build tree: gettext finds nothing,
	 * and the compiled-in catalog serves it as fr-FR. */
	set_language("fr");
	assert_compiled_in(describe(WS_E_ENDPOINT_NOT_FOUND), "fr-FR", WS_E_ENDPOINT_NOT_FOUND);
}
END_TEST

/* What dcgettext itself returns for the library's key of `code`. */
static const char *plain_dcgettext(int32_t code)
{
	static char key[1024];

	snprintf(key, sizeof key, "%s\004%s", wsmsg_name(code), english(code));
	return dcgettext(WSMSG_DOMAIN, key, LC_MESSAGES);
}

/* As in any gettext program: a translation libintl found stays until
 * libintl is told that LANGUAGE changed. */
START_TEST(a_found_translation_stays_until_libintl_is_told)
{
	bindtextdomain(WSMSG_DOMAIN, getenv("WSMSG_TEST_PODIR"));
	set_language("fr_FR");
	const char *fr = describe(WS_E_OTHER);
	assert_from_libintl(fr, "fr-FR", WS_E_OTHER);
	setenv("LANGUAGE", "zh_TW", 1);
	ck_assert_ptr_eq(describe(WS_E_OTHER), fr);
	ck_assert_ptr_eq(describe(WS_E_OTHER), plain_dcgettext(WS_E_OTHER));
	/* A message libintl never found is looked up under the new value. */
	assert_from_libintl(describe(WS_E_ENDPOINT_NOT_FOUND), "zh-TW", WS_E_ENDPOINT_NOT_FOUND);
	++_nl_msg_cat_cntr;
	assert_from_libintl(describe(WS_E_OTHER), "zh-TW", WS_E_OTHER);
	ck_assert_ptr_eq(describe(WS_E_OTHER), plain_dcgettext(WS_E_OTHER));
}
END_TEST

/* libintl reads LANGUAGE again on every miss, so a miss is remembered
 * for its LANGUAGE value only: once LANGUAGE names a catalog, even with
 * libintl not told, that catalog answers. */
START_TEST(a_miss_is_remembered_for_its_language_only)
{
	const char *text;

	bindtextdomain(WSMSG_DOMAIN, altdir);
	set_language("qaa");
	ck_assert_hr(wsmsg_describe(WS_E_OTHER, &text), WS_E_NO_TRANSLATION_AVAILABLE);
	ck_assert_hr(wsmsg_describe(WS_E_OTHER, &text), WS_E_NO_TRANSLATION_AVAILABLE);
	setenv("LANGUAGE", "qtz", 1);
	ck_assert_hr(wsmsg_describe(WS_E_OTHER, &text), WS_E_NO_TRANSLATION_AVAILABLE);
	setenv("LANGUAGE", "fr", 1);
	ck_assert_str_eq(describe(WS_E_OTHER), ALT_TEXT);
}
END_TEST

START_TEST(every_built_catalog_matches_the_compiled_in_one)
{
	/* Two independent paths from the same .po files: libintl reading the
	 * .mo that msgfmt wrote, and the tables gen-catalog wrote. */
	bindtextdomain(WSMSG_DOMAIN, getenv("WSMSG_TEST_PODIR"));
	for (const char *const *l = wsmsg_languages(); *l; l++) {
		/* The catalog's name: sr-Latn is sr@latin, fr-FR fr_FR. */
		char posix[16];
		snprintf(posix, sizeof posix, "%s", *l);
		char *script = strstr(posix, "-Latn");
		if (script != NULL)
			strcpy(script, "@latin");
		for (char *p = posix; *p; p++)
			if (*p == '-')
				*p = '_';
		set_language(posix);
		for (size_t i = 0; i < wsmsg_count(); i++) {
			int32_t code = wsmsg_code_at(i);
			const char *text = describe(code);
			ck_assert_msg(strcmp(text, in(*l, code)) == 0,
			              "%s, %s: libintl and the compiled-in catalog differ",
			              *l, wsmsg_name(code));
			ck_assert_msg(text != in(*l, code), "%s, %s: libintl did not answer",
			              *l, wsmsg_name(code));
		}
	}
}
END_TEST

START_TEST(without_installed_catalogs_the_compiled_in_ones_answer)
{
	bindtextdomain(WSMSG_DOMAIN, "/nonexistent/wsmsg-test");
	set_language("fr_FR");
	assert_compiled_in(describe(WS_E_OTHER), "fr-FR", WS_E_OTHER);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("libintl");
	TCase *tc = tcase_create("binding");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, binding_before_the_first_lookup_is_kept);
	tcase_add_test(tc, binding_after_the_first_lookup_takes_effect);
	tcase_add_test(tc, the_library_binds_its_localedir_when_nobody_did);
	tcase_add_test(tc, libintl_answers_from_the_built_catalogs);
	tcase_add_test(tc, a_found_translation_stays_until_libintl_is_told);
	tcase_add_test(tc, a_miss_is_remembered_for_its_language_only);
	tcase_add_test(tc, every_built_catalog_matches_the_compiled_in_one);
	tcase_add_test(tc, without_installed_catalogs_the_compiled_in_ones_answer);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
