/*
 * Hostile environments: LANGUAGE, LC_ALL, LC_MESSAGES and LANG set to
 * path traversal, absolute paths, 100 KiB values, bytes that are not
 * UTF-8, control bytes and empty entries (hostile-cases.h).  The library
 * in-process and the wsmsg command must not crash and must give the
 * answer the rules give, stated per case.
 *
 * Then why those answers hold: libintl makes a file path of each
 * LANGUAGE entry and copies the whole value onto the stack, so a
 * LANGUAGE or locale name it could misuse never reaches it
 * (src/caller.c, wsmsg_caller_safe_for_libintl).
 *
 * Environment (set by meson): WSMSG_TEST_PODIR, WSMSG_TEST_CLI,
 * WSMSG_TEST_ALT_MO (a French catalog whose WS_E_OTHER text is ALT_TEXT).
 */
#include <libintl.h>
#include <locale.h>
#include <pthread.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "hostile-cases.h"
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

/* The line wsmsg_format gives for `code` in `tag` (NULL: English). */
static const char *line_in(int32_t code, const char *tag)
{
	static char buf[2048];
	int32_t st = wsmsg_format(code, tag ? tag : "C", buf, sizeof buf);
	ck_assert(st == S_OK || st == WSMSG_E_UNKNOWN_CODE);
	return buf;
}

static void clear_locale_environment(void)
{
	for (size_t k = 0; k < HOSTILE_NVARS; k++)
		unsetenv(hostile_var_names[k]);
}

static void setup(void)
{
	clear_locale_environment();
}

/* ---- The library, in-process ---------------------------------------- */

/*
 * Each environment as a program meets it: it runs in C.UTF-8, then calls
 * setlocale(LC_ALL, "").  _i = 0: the text domain is bound to the build's
 * catalogs, so libintl can answer; 1: to a directory without catalogs.
 */
START_TEST(the_library_answers_by_the_rules)
{
	const struct hostile_env *envs = hostile_envs();
	size_t tried = 0;

	bindtextdomain(WSMSG_DOMAIN, _i == 0 ? getenv("WSMSG_TEST_PODIR")
	                                     : "/nonexistent/wsmsg-hostile");
	for (size_t i = 0; i < HOSTILE_NENVS; i++) {
		const struct hostile_env *e = &envs[i];
		const struct expect *x = hostile_expect(e);

		clear_locale_environment();
		ck_assert_ptr_nonnull(setlocale(LC_ALL, "C.UTF-8"));
		for (size_t k = 0; k < HOSTILE_NVARS; k++)
			if (e->var[k] != NULL)
				ck_assert_int_eq(setenv(hostile_var_names[k], e->var[k], 1), 0);
		++_nl_msg_cat_cntr;
		/* The premise of the rules: glibc refuses each hostile locale
		 * name, but for an empty one and those marked loads_as. */
		bool loaded = setlocale(LC_ALL, "") != NULL;
		if (e->var_index > 0) {
			bool want_loaded = e->var[e->var_index][0] == '\0' || hostile_loads(e);
			ck_assert_msg(loaded == want_loaded, "%s: setlocale %s the name",
			              e->what, loaded ? "accepted" : "refused");
		}

		const char *text = NULL;
		int32_t st = wsmsg_describe(WS_E_OTHER, &text);
		ck_assert_msg(st == x->status, "%s: status 0x%08X, expected 0x%08X",
		              e->what, (unsigned)st, (unsigned)x->status);
		ck_assert_ptr_nonnull(text);
		const char *want = x->tag ? in(x->tag, WS_E_OTHER) : english(WS_E_OTHER);
		ck_assert_msg(strcmp(text, want) == 0, "%s: got \"%s\"", e->what, text);

		char buf[2048];
		st = wsmsg_format(WS_E_OTHER, NULL, buf, sizeof buf);
		ck_assert_msg(st == x->status, "%s: format status 0x%08X", e->what,
		              (unsigned)st);
		ck_assert_str_eq(buf, line_in(WS_E_OTHER, x->tag));
		/* An unknown code: the phrase in the same language. */
		st = wsmsg_format((int32_t)0x80070005u, NULL, buf, sizeof buf);
		ck_assert_msg(st == WSMSG_E_UNKNOWN_CODE, "%s: unknown code gave 0x%08X",
		              e->what, (unsigned)st);
		ck_assert_str_eq(buf, line_in((int32_t)0x80070005u, x->tag));
		tried++;
	}
	ck_assert_uint_eq(tried, HOSTILE_NENVS);
	printf("hostile: %zu environments (%zu values x %d variables + %zu mixed) "
	       "tried in-process, text domain bound to %s\n", tried,
	       (size_t)HOSTILE_NVALUES, HOSTILE_NVARS, (size_t)HOSTILE_NMIXED,
	       _i == 0 ? "the build's catalogs" : "a directory without catalogs");
	fflush(stdout);
}
END_TEST

/* ---- The command ---------------------------------------------------- */

static void run_cli(char *const *envp, struct program_result *r)
{
	char *argv[] = { "wsmsg", "WS_E_OTHER", NULL };

	run_program(getenv("WSMSG_TEST_CLI"), argv, envp, r);
}

/* Printable ASCII and newlines only: nothing hostile is echoed. */
static bool plain_text(const char *s)
{
	for (; *s; s++)
		if ((*s < 0x20 || *s > 0x7e) && *s != '\n')
			return false;
	return true;
}

START_TEST(the_command_answers_by_the_rules)
{
	const struct hostile_env *envs = hostile_envs();
	size_t tried = 0;

	if (getenv("WSMSG_TEST_CLI") == NULL)
		return; /* main() skips the whole test */
	for (size_t i = 0; i < HOSTILE_NENVS; i++) {
		const struct hostile_env *e = &envs[i];
		const struct expect *x = hostile_expect(e);
		struct program_result r;
		char want[2100];

		run_cli(hostile_envp(e), &r);
		snprintf(want, sizeof want, "%s\n", line_in(WS_E_OTHER, x->cli_tag));
		ck_assert_msg(r.status == x->cli_exit, "%s: exit %d, expected %d",
		              e->what, r.status, x->cli_exit);
		ck_assert_msg(strcmp(r.out, want) == 0, "%s: printed \"%s\"", e->what, r.out);
		if (r.status == 0)
			ck_assert_msg(r.err[0] == '\0', "%s: said \"%s\"", e->what, r.err);
		else
			ck_assert_msg(strncmp(r.err, "wsmsg: note: no catalog for ", 28) == 0,
			              "%s: said \"%s\"", e->what, r.err);
		ck_assert_msg(plain_text(r.err), "%s: said \"%s\"", e->what, r.err);
		tried++;
	}
	ck_assert_uint_eq(tried, HOSTILE_NENVS);
	printf("hostile: %zu environments tried with the wsmsg command\n", tried);
	fflush(stdout);
}
END_TEST

/* ---- What libintl is given ------------------------------------------ */

/*
 * A catalog planted where a hostile LANGUAGE would lead libintl, beside
 * a French one where it should look:
 *   root/locale/fr/LC_MESSAGES/wsmsg.mo  the bound directory's French:
 *                                        the alternative catalog (ALT_TEXT)
 *   root/evil/LC_MESSAGES/wsmsg.mo       reached by "../evil": the built
 *                                        zh_TW catalog, every entry Chinese
 *   root/LC_MESSAGES/wsmsg.mo            reached by "..": the alternative
 *                                        catalog
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

/* The catalog planted at `where`. */
static const char *planted_from(const char *where)
{
	static char zh[512];

	if (strcmp(where, "evil/LC_MESSAGES/wsmsg.mo") != 0)
		return getenv("WSMSG_TEST_ALT_MO");
	snprintf(zh, sizeof zh, "%s/zh_TW/LC_MESSAGES/wsmsg.mo", getenv("WSMSG_TEST_PODIR"));
	return zh;
}

static void plant(void)
{
	char path[256];

	clear_locale_environment();
	ck_assert_ptr_nonnull(getenv("WSMSG_TEST_ALT_MO"));
	ck_assert_ptr_nonnull(getenv("WSMSG_TEST_PODIR"));
	strcpy(root, "/tmp/wsmsg-hostile-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(root));
	for (size_t i = sizeof planted_dirs / sizeof planted_dirs[0]; i-- > 0;) {
		snprintf(path, sizeof path, "%s/%s", root, planted_dirs[i]);
		ck_assert_int_eq(mkdir(path, 0700), 0);
	}
	for (size_t i = 0; i < sizeof planted / sizeof planted[0]; i++) {
		snprintf(path, sizeof path, "%s/%s", root, planted[i]);
		copy_file(planted_from(planted[i]), path);
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

/*
 * A program that changes LANGUAGE without telling libintl (by setlocale
 * or _nl_msg_cat_cntr) keeps getting the translations libintl found
 * before: libintl answers those from its cache and reads nothing.  Every
 * other message still has LANGUAGE checked before libintl sees it.
 */
START_TEST(a_language_changed_behind_libintls_back_is_still_checked)
{
	const char *text;

	set_language("fr");
	ck_assert_hr(describe(&text), S_OK);
	ck_assert_str_eq(text, ALT_TEXT);
	ck_assert_int_eq(setenv("LANGUAGE", "../evil", 1), 0);
	ck_assert_hr(describe(&text), S_OK);
	ck_assert_str_eq(text, ALT_TEXT);
	/* libintl would read root/evil, the Chinese catalog. */
	text = NULL;
	ck_assert_hr(wsmsg_describe(WS_E_ENDPOINT_NOT_FOUND, &text),
	             WS_E_NO_TRANSLATION_AVAILABLE);
	ck_assert_str_eq(text, english(WS_E_ENDPOINT_NOT_FOUND));
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
	TCase *lib = tcase_create("library");
	TCase *cli = tcase_create("command");
	TCase *intl = tcase_create("libintl");

	if (getenv("WSMSG_TEST_PODIR") == NULL || getenv("WSMSG_TEST_CLI") == NULL) {
		printf("SKIP: run by meson test (WSMSG_TEST_PODIR, WSMSG_TEST_CLI)\n");
		return 77;
	}
	tcase_add_checked_fixture(lib, setup, NULL);
	tcase_add_loop_test(lib, the_library_answers_by_the_rules, 0, 2);
	suite_add_tcase(s, lib);
	tcase_add_test(cli, the_command_answers_by_the_rules);
	suite_add_tcase(s, cli);
	tcase_add_checked_fixture(intl, plant, unplant);
	tcase_add_test(intl, a_safe_language_reaches_libintl);
	tcase_add_test(intl, traversal_entries_never_reach_libintl);
	tcase_add_test(intl, a_language_changed_behind_libintls_back_is_still_checked);
	tcase_add_test(intl, a_language_longer_than_1024_bytes_never_reaches_libintl);
	tcase_add_test(intl, a_long_language_in_a_small_thread);
	suite_add_tcase(s, intl);
	return run_suite(s);
}
