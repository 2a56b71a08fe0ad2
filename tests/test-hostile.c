/*
 * Hostile environments.  libintl makes a file path of each LANGUAGE
 * entry and copies the whole value onto the stack, so a LANGUAGE or a
 * locale name it could misuse never reaches it (src/caller.c,
 * wsmsg_caller_safe_for_libintl): the compiled-in catalogs answer alone.
 *
 * Environment (set by meson): WSMSG_TEST_ALT_MO, a French catalog whose
 * WS_E_OTHER text is ALT_TEXT.
 */
#include <libintl.h>
#include <locale.h>
#include <pthread.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "testing.h"

#define ALT_TEXT "Texte du catalogue de remplacement."

/* libintl caches translations: a program that changes LANGUAGE while it
 * runs tells it so, as the GNU gettext manual describes. */
extern int _nl_msg_cat_cntr;

static const char *in(const char *tag, int32_t code)
{
	const char *text = NULL;
	ck_assert_hr(wsmsg_describe_lang(code, tag, &text), S_OK);
	return text;
}

static void clear_locale_environment(void)
{
	unsetenv("LANGUAGE");
	unsetenv("LC_ALL");
	unsetenv("LC_MESSAGES");
	unsetenv("LANG");
}

/* ---- What libintl is given ------------------------------------------ */

/*
 * A catalog planted where a hostile LANGUAGE would lead libintl, beside
 * a French one where it should look:
 *   root/locale/fr/LC_MESSAGES/wsmsg.mo  the bound directory's French
 *   root/evil/LC_MESSAGES/wsmsg.mo       reached by "../evil"
 *   root/LC_MESSAGES/wsmsg.mo            reached by ".."
 * All three are the alternative catalog (ALT_TEXT).
 */
static char root[] = "/tmp/wsmsg-hostile-XXXXXX";
static const char *const planted[] = {
	"locale/fr/LC_MESSAGES/wsmsg.mo", "evil/LC_MESSAGES/wsmsg.mo",
	"LC_MESSAGES/wsmsg.mo",
};
static const char *const planted_dirs[] = {
	"locale/fr/LC_MESSAGES", "locale/fr", "locale", "evil/LC_MESSAGES",
	"evil", "LC_MESSAGES",
};

static void copy_file(const char *from, const char *to)
{
	FILE *in = fopen(from, "rb"), *out = fopen(to, "wb");
	char buf[4096];
	size_t n;

	ck_assert_msg(in != NULL && out != NULL, "copying %s to %s", from, to);
	while ((n = fread(buf, 1, sizeof buf, in)) > 0)
		ck_assert_uint_eq(fwrite(buf, 1, n, out), n);
	fclose(in);
	ck_assert_int_eq(fclose(out), 0);
}

static void plant(void)
{
	char path[256];

	clear_locale_environment();
	ck_assert_ptr_nonnull(getenv("WSMSG_TEST_ALT_MO"));
	strcpy(root, "/tmp/wsmsg-hostile-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(root));
	for (size_t i = sizeof planted_dirs / sizeof planted_dirs[0]; i-- > 0;) {
		snprintf(path, sizeof path, "%s/%s", root, planted_dirs[i]);
		ck_assert_int_eq(mkdir(path, 0700), 0);
	}
	for (size_t i = 0; i < sizeof planted / sizeof planted[0]; i++) {
		snprintf(path, sizeof path, "%s/%s", root, planted[i]);
		copy_file(getenv("WSMSG_TEST_ALT_MO"), path);
	}
	snprintf(path, sizeof path, "%s/locale", root);
	bindtextdomain(WSMSG_DOMAIN, path);
	ck_assert_ptr_nonnull(setlocale(LC_ALL, "C.UTF-8"));
}

static void unplant(void)
{
	char path[256];

	for (size_t i = 0; i < sizeof planted / sizeof planted[0]; i++) {
		snprintf(path, sizeof path, "%s/%s", root, planted[i]);
		unlink(path);
	}
	for (size_t i = 0; i < sizeof planted_dirs / sizeof planted_dirs[0]; i++) {
		snprintf(path, sizeof path, "%s/%s", root, planted_dirs[i]);
		rmdir(path);
	}
	rmdir(root);
}

static void set_language(const char *value)
{
	ck_assert_int_eq(setenv("LANGUAGE", value, 1), 0);
	++_nl_msg_cat_cntr;
}

static int32_t describe(const char **text)
{
	*text = NULL;
	return wsmsg_describe(WS_E_OTHER, text);
}

START_TEST(a_safe_language_reaches_libintl)
{
	const char *text;

	set_language("fr");
	ck_assert_hr(describe(&text), S_OK);
	ck_assert_str_eq(text, ALT_TEXT);
	set_language("qaa:fr");
	ck_assert_hr(describe(&text), S_OK);
	ck_assert_str_eq(text, ALT_TEXT);
}
END_TEST

START_TEST(traversal_entries_never_reach_libintl)
{
	char absolute[300];
	const char *text;

	/* Alone, such an entry names no catalog. */
	snprintf(absolute, sizeof absolute, "%s/evil", root);
	const char *const alone[] = { "../evil", "..", absolute, "locale/../evil" };
	for (size_t i = 0; i < sizeof alone / sizeof alone[0]; i++) {
		set_language(alone[i]);
		ck_assert_msg(describe(&text) == WS_E_NO_TRANSLATION_AVAILABLE,
		              "LANGUAGE=%s: not English", alone[i]);
		ck_assert_str_eq(text, english(WS_E_OTHER));
	}
	/* Beside valid entries, it is skipped, and the compiled-in catalogs
	 * answer the whole list: libintl never sees it. */
	const char *const mixed[] = { "../evil:fr", "..:fr", "fr:../evil" };
	for (size_t i = 0; i < sizeof mixed / sizeof mixed[0]; i++) {
		set_language(mixed[i]);
		ck_assert_hr(describe(&text), S_OK);
		ck_assert_msg(text == in("fr-FR", WS_E_OTHER),
		              "LANGUAGE=%s: \"%s\", not the compiled-in French", mixed[i], text);
	}
}
END_TEST

/* "qaa:qaa:...:fr", exactly `len` bytes. */
static char *language_of_length(size_t len)
{
	char *s = malloc(len + 1);

	ck_assert_ptr_nonnull(s);
	for (size_t i = 0; i < len - 3; i++)
		s[i] = "qaa:"[i % 4];
	memcpy(s + len - 3, ":fr", 4);
	return s;
}

START_TEST(a_language_longer_than_1024_bytes_never_reaches_libintl)
{
	const char *text;
	char *s = language_of_length(1024);

	set_language(s);
	ck_assert_hr(describe(&text), S_OK);
	ck_assert_str_eq(text, ALT_TEXT);
	free(s);
	s = language_of_length(1025);
	set_language(s);
	ck_assert_hr(describe(&text), S_OK);
	ck_assert_ptr_eq(text, in("fr-FR", WS_E_OTHER));
	free(s);
}
END_TEST

/* glibc's dcgettext copies LANGUAGE onto the stack: 100 KiB of it in a
 * thread with a 64 KiB stack was a crash. */
static void *describe_in_thread(void *arg)
{
	const char **text = arg;
	return wsmsg_describe(WS_E_OTHER, text) == S_OK ? arg : NULL;
}

START_TEST(a_long_language_in_a_small_thread)
{
	const char *text = NULL;
	pthread_attr_t attr;
	pthread_t t;
	void *ok;

	char *language = language_of_length(100 * 1024);
	set_language(language);
	free(language);
	ck_assert_int_eq(pthread_attr_init(&attr), 0);
	ck_assert_int_eq(pthread_attr_setstacksize(&attr, 64 * 1024), 0);
	ck_assert_int_eq(pthread_create(&t, &attr, describe_in_thread, &text), 0);
	ck_assert_int_eq(pthread_join(t, &ok), 0);
	pthread_attr_destroy(&attr);
	ck_assert_ptr_nonnull(ok);
	ck_assert_ptr_eq(text, in("fr-FR", WS_E_OTHER));
}
END_TEST

int main(void)
{
	Suite *s = suite_create("hostile");
	TCase *intl = tcase_create("libintl");

	tcase_add_checked_fixture(intl, plant, unplant);
	tcase_add_test(intl, a_safe_language_reaches_libintl);
	tcase_add_test(intl, traversal_entries_never_reach_libintl);
	tcase_add_test(intl, a_language_longer_than_1024_bytes_never_reaches_libintl);
	tcase_add_test(intl, a_long_language_in_a_small_thread);
	suite_add_tcase(s, intl);
	return run_suite(s);
}
