/*
 * The wsmsg command: its output lines and exit statuses, run as a user
 * would run it.  WSMSG_TEST_CLI names the built program.
 */
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <unistd.h>

#include "testing.h"

/* Runs wsmsg with `env` (NULL-terminated "K=V" list) and arguments. */
static struct program_result *run(const char *const *env, ...)
{
	static struct program_result r;
	char *argv[32];
	int argc = 0;
	va_list ap;

	argv[argc++] = "wsmsg";
	va_start(ap, env);
	for (char *a; (a = va_arg(ap, char *)) != NULL;)
		argv[argc++] = a;
	va_end(ap);
	argv[argc] = NULL;

	/* The given environment, plus the sanitizers' settings. */
	const char *envp[16];
	size_t n = 0;
	for (; env[n]; n++)
		envp[n] = env[n];
	static const char *const keep[] = { "ASAN_OPTIONS", "UBSAN_OPTIONS" };
	static char kept[2][256];
	for (size_t k = 0; k < 2; k++)
		if (getenv(keep[k]) != NULL) {
			snprintf(kept[k], sizeof kept[k], "%s=%s", keep[k], getenv(keep[k]));
			envp[n++] = kept[k];
		}
	envp[n] = NULL;

	run_program(getenv("WSMSG_TEST_CLI"), argv, (char *const *)envp, &r);
	return &r;
}

static const char *const c_env[] = { "LC_ALL=C", NULL };
static const char *const fr_env[] = { "LC_ALL=C.UTF-8", "LANGUAGE=fr", NULL };

static char *line(int32_t code, const char *tag)
{
	static char buf[2048];
	wsmsg_format(code, tag, buf, sizeof buf - 1);
	strcat(buf, "\n");
	return buf;
}

START_TEST(a_name_in_the_c_locale)
{
	struct program_result *r = run(c_env, "WS_E_OTHER", NULL);
	ck_assert_int_eq(r->status, 0);
	ck_assert_str_eq(r->out, line(WS_E_OTHER, "en"));
	ck_assert_str_eq(r->err, "");
}
END_TEST

START_TEST(the_readme_example)
{
	struct program_result *r = run(c_env, "--lang", "fr-FR", "WS_E_NO_TRANSLATION_AVAILABLE", NULL);
	ck_assert_int_eq(r->status, 0);
	ck_assert_str_eq(r->out, line(WS_E_NO_TRANSLATION_AVAILABLE, "fr-FR"));
}
END_TEST

START_TEST(every_way_to_write_a_code)
{
	static const char *const forms[] = {
		"WS_E_OTHER", "ws_e_other", "0x803D0021", "0x803d0021", "803D0021",
		"2151481377", "-2143485919",
	};
	for (size_t i = 0; i < sizeof forms / sizeof forms[0]; i++) {
		struct program_result *r = run(c_env, "--lang", "zh-TW", forms[i], NULL);
		ck_assert_msg(r->status == 0, "%s: exit %d", forms[i], r->status);
		ck_assert_str_eq(r->out, line(WS_E_OTHER, "zh-TW"));
	}
}
END_TEST

START_TEST(one_line_per_argument_in_order)
{
	struct program_result *r = run(c_env, "WS_S_END", "0x803D000D", "E_INVALIDARG", NULL);
	char want[8192];
	snprintf(want, sizeof want, "%s", line(WS_S_END, "C"));
	strcat(want, line(WS_E_ENDPOINT_NOT_FOUND, "C"));
	strcat(want, line(E_INVALIDARG, "C"));
	ck_assert_int_eq(r->status, 0);
	ck_assert_str_eq(r->out, want);
}
END_TEST

START_TEST(the_environment_picks_the_language)
{
	struct program_result *r = run(fr_env, "WS_E_OTHER", NULL);
	ck_assert_int_eq(r->status, 0);
	ck_assert_str_eq(r->out, line(WS_E_OTHER, "fr-FR"));
	const char *const zh[] = { "LC_ALL=C.UTF-8", "LANGUAGE=qaa:zh_TW", NULL };
	r = run(zh, "WS_E_OTHER", NULL);
	ck_assert_int_eq(r->status, 0);
	ck_assert_str_eq(r->out, line(WS_E_OTHER, "zh-TW"));
}
END_TEST

START_TEST(a_locale_the_system_lacks_still_picks_its_language)
{
	/* zh_HK.UTF-8 is not generated on the test machines; the language
	 * still comes from the compiled-in catalogs. */
	const char *const env[] = { "LANG=zh_HK.UTF-8", NULL };
	struct program_result *r = run(env, "WS_E_OTHER", NULL);
	ck_assert_int_eq(r->status, 0);
	ck_assert_str_eq(r->out, line(WS_E_OTHER, "zh-TW"));
	/* A LANGUAGE without entries counts as unset, as in the library. */
	const char *const empty[] = { "LANG=zh_HK.UTF-8", "LANGUAGE=:::", NULL };
	r = run(empty, "WS_E_OTHER", NULL);
	ck_assert_int_eq(r->status, 0);
	ck_assert_str_eq(r->out, line(WS_E_OTHER, "zh-TW"));
	/* One with an entry decides. */
	const char *const set[] = { "LANG=zh_HK.UTF-8", "LANGUAGE=fr_FR", NULL };
	r = run(set, "WS_E_OTHER", NULL);
	ck_assert_int_eq(r->status, 0);
	ck_assert_str_eq(r->out, line(WS_E_OTHER, "fr-FR"));
}
END_TEST

START_TEST(lang_overrides_the_environment)
{
	struct program_result *r = run(fr_env, "--lang", "en", "WS_E_OTHER", NULL);
	ck_assert_int_eq(r->status, 0);
	ck_assert_str_eq(r->out, line(WS_E_OTHER, "en"));
}
END_TEST

START_TEST(unknown_values_are_decoded_and_exit_2)
{
	struct program_result *r = run(c_env, "0x80070005", NULL);
	ck_assert_int_eq(r->status, 2);
	ck_assert_str_eq(r->out, "0x80070005: unknown return value "
	                 "[severity=failure facility=FACILITY_WIN32(7) code=5]\n");
	r = run(c_env, "0x003D0042", NULL);
	ck_assert_int_eq(r->status, 2);
	ck_assert_str_eq(r->out, "0x003D0042: unknown return value "
	                 "[severity=success facility=FACILITY_WEBSERVICES(61) code=66]\n");
	r = run(c_env, "0xE1230001", NULL);
	ck_assert_str_eq(r->out, "0xE1230001: unknown return value "
	                 "[severity=failure facility=291 code=1 customer]\n");
	/* Only bit 31 is the severity; bits 30 and 28 are not. */
	r = run(c_env, "0x50000007", NULL);
	ck_assert_str_eq(r->out, "0x50000007: unknown return value "
	                 "[severity=success facility=FACILITY_NULL(0) code=7 ntstatus]\n");
	r = run(c_env, "WS_E_OTHER", "WS_E_NOPE", NULL);
	ck_assert_int_eq(r->status, 2);
	ck_assert_str_eq(r->out, line(WS_E_OTHER, "en"));
	ck_assert_ptr_nonnull(strstr(r->err, "WS_E_NOPE"));
}
END_TEST

START_TEST(a_language_without_catalog_exits_3_with_a_note)
{
	struct program_result *r = run(c_env, "--lang", "qaa", "WS_E_OTHER", NULL);
	ck_assert_int_eq(r->status, 3);
	ck_assert_str_eq(r->out, line(WS_E_OTHER, "en"));
	char note[1024] = "wsmsg: note: no catalog for language \"qaa\"; printed in English "
	                  "(catalogs:";
	for (const char *const *l = wsmsg_languages(); *l; l++)
		snprintf(note + strlen(note), sizeof note - strlen(note), " %s", *l);
	strcat(note, ")\n");
	ck_assert_str_eq(r->err, note);
	const char *const env[] = { "LC_ALL=C.UTF-8", "LANGUAGE=qtz", NULL };
	r = run(env, "WS_E_OTHER", NULL);
	ck_assert_int_eq(r->status, 3);
	/* --list in such a language says so too. */
	r = run(c_env, "--lang", "qaa", "--list", NULL);
	ck_assert_int_eq(r->status, 3);
	ck_assert_str_eq(r->err, note);
	/* Unknown beats untranslated, in either order. */
	r = run(c_env, "--lang", "qaa", "WS_E_OTHER", "0x1", NULL);
	ck_assert_int_eq(r->status, 2);
	r = run(c_env, "--lang", "qaa", "0x1", "WS_E_OTHER", NULL);
	ck_assert_int_eq(r->status, 2);
}
END_TEST

START_TEST(usage_errors_exit_1_and_print_nothing)
{
	static const char *const bad[][3] = {
		{ NULL }, { "--bogus", NULL }, { "--lang", NULL },
		{ "--lang", "../x", "WS_E_OTHER" }, { "0xZZ", NULL },
		{ "WS_E_OTHER", "4294967296", NULL }, { "--list", "WS_E_OTHER", NULL },
	};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		struct program_result *r = run(c_env, bad[i][0], bad[i][1], bad[i][2], NULL);
		ck_assert_msg(r->status == 1, "case %zu: exit %d", i, r->status);
		ck_assert_str_eq(r->out, "");
		ck_assert_msg(r->err[0] != '\0', "case %zu: no message", i);
	}
}
END_TEST

/* In every catalog: lines of Cyrillic, Greek or Thai text are longer
 * than the command's first buffer, and must come out whole. */
START_TEST(list_prints_every_code)
{
	for (const char *const *l = wsmsg_languages(); *l; l++) {
		struct program_result *r = run(c_env, "--lang", *l, "--list", NULL);
		static char want[65536];
		want[0] = '\0';
		ck_assert_int_eq(r->status, 0);
		for (size_t i = 0; i < wsmsg_count(); i++)
			strcat(want, line(wsmsg_code_at(i), *l));
		ck_assert_str_eq(r->out, want);
	}
}
END_TEST

START_TEST(languages_counts_translations)
{
	struct program_result *r = run(c_env, "--languages", NULL);
	char want[4096] = "";
	size_t used = 0;

	ck_assert_int_eq(r->status, 0);
	/* One line per catalog: its tag, then how many codes it translates. */
	for (const char *const *l = wsmsg_languages(); *l; l++) {
		size_t translated = 0;
		for (size_t i = 0; i < wsmsg_count(); i++) {
			const char *text;
			if (wsmsg_describe_lang(wsmsg_code_at(i), *l, &text) == S_OK)
				translated++;
		}
		used += (size_t)snprintf(want + used, sizeof want - used,
		                         "%-8s %zu/%zu\n", *l, translated, wsmsg_count());
		ck_assert_uint_lt(used, sizeof want);
	}
	ck_assert_str_eq(r->out, want);
	/* The shipped catalogs are complete. */
	ck_assert_ptr_nonnull(strstr(r->out, "fr-FR "));
	ck_assert_ptr_nonnull(strstr(r->out, "zh-TW "));
}
END_TEST

START_TEST(help_and_version)
{
	struct program_result *r = run(c_env, "--help", NULL);
	ck_assert_int_eq(r->status, 0);
	ck_assert(strncmp(r->out, "Usage: wsmsg", 12) == 0);
	/* The help alone: nothing printed after it, nothing on stderr. */
	const char *last = "3 printed in English because the language has no catalog.\n";
	size_t n = strlen(r->out);
	ck_assert(n > strlen(last) && strcmp(r->out + n - strlen(last), last) == 0);
	ck_assert_str_eq(r->err, "");
	r = run(c_env, "--version", NULL);
	ck_assert_int_eq(r->status, 0);
	ck_assert_str_eq(r->out, "wsmsg " WSMSG_TEST_VERSION "\n");
}
END_TEST

/* Runs wsmsg with its standard output on /dev/full; returns the status. */
static int run_into_full_disk(const char *arg, char *err, size_t size)
{
	posix_spawn_file_actions_t fa;
	FILE *errf = tmpfile();
	char *argv[] = { "wsmsg", (char *)arg, NULL };
	char *envp[] = { "LC_ALL=C", NULL };
	pid_t pid;
	int status;

	ck_assert_ptr_nonnull(errf);
	ck_assert_int_eq(posix_spawn_file_actions_init(&fa), 0);
	ck_assert_int_eq(posix_spawn_file_actions_addopen(&fa, 1, "/dev/full", O_WRONLY, 0), 0);
	ck_assert_int_eq(posix_spawn_file_actions_adddup2(&fa, fileno(errf), 2), 0);
	ck_assert_int_eq(posix_spawn(&pid, getenv("WSMSG_TEST_CLI"), &fa, NULL, argv, envp), 0);
	posix_spawn_file_actions_destroy(&fa);
	ck_assert_int_eq(waitpid(pid, &status, 0), pid);
	slurp(errf, err, size);
	ck_assert(WIFEXITED(status));
	return WEXITSTATUS(status);
}

/* Output that cannot be written is an error (exit 1), not a success; a
 * usage error keeps its own message. */
START_TEST(an_unwritable_output_exits_1)
{
	char err[1024];

	if (access("/dev/full", W_OK) != 0)
		return; /* no such device here: nothing to prove */
	static const char *const args[] = { "WS_E_OTHER", "--list", "--languages",
	                                    "--help", "--version" };
	for (size_t i = 0; i < sizeof args / sizeof args[0]; i++) {
		ck_assert_msg(run_into_full_disk(args[i], err, sizeof err) == 1, "%s", args[i]);
		ck_assert_msg(strstr(err, "wsmsg: standard output: No space left on device"),
		              "%s: %s", args[i], err);
	}
	ck_assert_int_eq(run_into_full_disk("--bogus", err, sizeof err), 1);
	ck_assert_ptr_null(strstr(err, "standard output"));
}
END_TEST

int main(void)
{
	if (getenv("WSMSG_TEST_CLI") == NULL) {
		printf("SKIP: WSMSG_TEST_CLI is not set\n");
		return 77;
	}
	Suite *s = suite_create("cli");
	TCase *tc = tcase_create("wsmsg");

	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, a_name_in_the_c_locale);
	tcase_add_test(tc, the_readme_example);
	tcase_add_test(tc, every_way_to_write_a_code);
	tcase_add_test(tc, one_line_per_argument_in_order);
	tcase_add_test(tc, the_environment_picks_the_language);
	tcase_add_test(tc, a_locale_the_system_lacks_still_picks_its_language);
	tcase_add_test(tc, lang_overrides_the_environment);
	tcase_add_test(tc, unknown_values_are_decoded_and_exit_2);
	tcase_add_test(tc, a_language_without_catalog_exits_3_with_a_note);
	tcase_add_test(tc, usage_errors_exit_1_and_print_nothing);
	tcase_add_test(tc, list_prints_every_code);
	tcase_add_test(tc, languages_counts_translations);
	tcase_add_test(tc, help_and_version);
	tcase_add_test(tc, an_unwritable_output_exits_1);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
