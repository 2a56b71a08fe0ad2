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
	/* Without --lang, the note names the locale's language. */
	const char *lang = strstr(note, "language \"qaa\"");
	char locale_note[1024];
	snprintf(locale_note, sizeof locale_note, "%.*sthe language of the locale%s",
	         (int)(lang - note), note, lang + strlen("language \"qaa\""));
	ck_assert_str_eq(r->err, locale_note);
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
	/* One line per catalog: its tag, how many codes it translates, and
	 * where it comes from (the build tree's catalogs are not installed). */
	for (const char *const *l = wsmsg_languages(); *l; l++) {
		size_t translated = 0;
		for (size_t i = 0; i < wsmsg_count(); i++) {
			const char *text;
			if (wsmsg_describe_lang(wsmsg_code_at(i), *l, &text) == S_OK)
				translated++;
		}
		used += (size_t)snprintf(want + used, sizeof want - used,
		                         "%-8s %zu/%zu compiled in\n", *l, translated,
		                         wsmsg_count());
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

/* The note a language without a catalog gets, for `what`: language "qaa",
 * any language in "qaa:qtz". */
static char *english_note(const char *what)
{
	static char note[1024];
	snprintf(note, sizeof note, "wsmsg: note: no catalog for %s; printed in "
	         "English (catalogs:", what);
	for (const char *const *l = wsmsg_languages(); *l; l++)
		snprintf(note + strlen(note), sizeof note - strlen(note), " %s", *l);
	strcat(note, ")\n");
	return note;
}

START_TEST(lang_takes_a_list_to_negotiate)
{
	static const struct {
		const char *value, *catalog;
	} cases[] = {
		{ "fr-CH, fr;q=0.9, en;q=0.8", "fr-FR" },
		{ "de:fr_FR:en", "de" },
		{ "qaa:zh_TW:en", "zh-TW" },
		{ "qaa, en-GB;q=0.5, de;q=0.7", "de" },
		{ "fr;q=0.5", "fr-FR" },
		{ "en;q=0, *", "fr-FR" }, /* the first catalog "*" may stand for */
		{ " ja ", "ja" },
		{ "zh-HK,zh;q=0.9", "zh-TW" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		const char *tag;
		ck_assert_hr(wsmsg_negotiate(cases[i].value, &tag), S_OK);
		ck_assert_str_eq(tag, cases[i].catalog);
		struct program_result *r = run(c_env, "--lang", cases[i].value, "WS_E_OTHER", NULL);
		ck_assert_msg(r->status == 0, "%s: exit %d", cases[i].value, r->status);
		ck_assert_str_eq(r->out, line(WS_E_OTHER, cases[i].catalog));
		ck_assert_str_eq(r->err, "");
	}
	/* --lang=, and --list. */
	struct program_result *r = run(c_env, "--lang=it:de", "--list", NULL);
	ck_assert_int_eq(r->status, 0);
	ck_assert(strncmp(r->out, line(wsmsg_code_at(0), "it"), strlen(line(wsmsg_code_at(0), "it"))) == 0);
}
END_TEST

START_TEST(a_list_that_finds_no_catalog_exits_3_with_a_note)
{
	static const char *const lists[] = {
		"qaa:qtz", "qaa, qtz;q=0.5", "fr, *;q=0, fr;q=0", "../x,,", ":", "en;q=0",
	};
	for (size_t i = 0; i < sizeof lists / sizeof lists[0]; i++) {
		struct program_result *r = run(c_env, "--lang", lists[i], "WS_E_OTHER", NULL);
		char what[256];
		snprintf(what, sizeof what, "any language in \"%s\"", lists[i]);
		ck_assert_msg(r->status == 3, "%s: exit %d", lists[i], r->status);
		ck_assert_str_eq(r->out, line(WS_E_OTHER, "en"));
		ck_assert_str_eq(r->err, english_note(what));
	}
	/* Unknown still beats untranslated. */
	struct program_result *r = run(c_env, "--lang", "qaa:qtz", "WS_E_OTHER", "0x1", NULL);
	ck_assert_int_eq(r->status, 2);
	ck_assert_str_eq(r->err, "");
	/* A single tag keeps its own note. */
	r = run(c_env, "--lang", "qtz", "WS_E_OTHER", NULL);
	ck_assert_int_eq(r->status, 3);
	ck_assert_str_eq(r->err, english_note("language \"qtz\""));
}
END_TEST

START_TEST(a_list_longer_than_negotiation_reads_is_a_usage_error)
{
	static char list[WSMSG_RANGES_MAX + 2];
	/* "fr,fr,...": WSMSG_RANGES_MAX bytes is a list, one more is not. */
	for (size_t i = 0; i < WSMSG_RANGES_MAX; i++)
		list[i] = i % 3 == 2 ? ',' : "fr"[i % 3];
	list[WSMSG_RANGES_MAX] = '\0';
	struct program_result *r = run(c_env, "--lang", list, "WS_E_OTHER", NULL);
	ck_assert_int_eq(r->status, 0);
	ck_assert_str_eq(r->out, line(WS_E_OTHER, "fr-FR"));
	list[WSMSG_RANGES_MAX] = 'r';
	list[WSMSG_RANGES_MAX + 1] = '\0';
	r = run(c_env, "--lang", list, "WS_E_OTHER", NULL);
	ck_assert_int_eq(r->status, 1);
	ck_assert_str_eq(r->out, "");
	ck_assert(strncmp(r->err, "wsmsg: language list longer than 4096 bytes: \"fr,fr",
	                  50) == 0);
}
END_TEST

/* The JSON object the command prints for a known code, as it must be:
 * the texts have no character JSON escapes. */
static char *json_line(const char *input, int32_t code, const char *tag,
                       const char *lang, const char *status)
{
	static char buf[4096];
	const char *text;
	int32_t st = wsmsg_describe_lang(code, tag, &text);
	ck_assert(st == S_OK || st == WS_E_NO_TRANSLATION_AVAILABLE);
	ck_assert(strpbrk(text, "\"\\\n\t") == NULL);
	snprintf(buf, sizeof buf, "{%s%s%s\"hex\":\"0x%08X\",\"decimal\":%d,"
	         "\"name\":\"%s\",\"lang\":\"%s\",\"status\":\"%s\",\"text\":\"%s\"}\n",
	         input ? "\"input\":\"" : "", input ? input : "", input ? "\"," : "",
	         (unsigned)code, (int)code, wsmsg_name(code), lang, status, text);
	return buf;
}

START_TEST(json_describes_each_argument_on_its_line)
{
	struct program_result *r = run(c_env, "--json", "--lang", "fr", "WS_E_OTHER",
	                               "803d000d", NULL);
	char want[8192];
	ck_assert_int_eq(r->status, 0);
	snprintf(want, sizeof want, "%s", json_line("WS_E_OTHER", WS_E_OTHER, "fr", "fr-FR", "S_OK"));
	strcat(want, json_line("803d000d", WS_E_ENDPOINT_NOT_FOUND, "fr", "fr-FR", "S_OK"));
	ck_assert_str_eq(r->out, want);
	ck_assert_str_eq(r->err, "");

	/* The locale's language, and English in the C locale. */
	r = run(fr_env, "WS_S_END", "--json", NULL);
	ck_assert_str_eq(r->out, json_line("WS_S_END", WS_S_END, "fr-FR", "fr-FR", "S_OK"));
	r = run(c_env, "--json", "-2143485919", NULL);
	ck_assert_str_eq(r->out, json_line("-2143485919", WS_E_OTHER, "C", "en", "S_OK"));

	/* A language without a catalog: English, said by the status and "lang". */
	r = run(c_env, "--json", "--lang", "qaa", "WS_E_OTHER", NULL);
	ck_assert_int_eq(r->status, 3);
	ck_assert_str_eq(r->out, json_line("WS_E_OTHER", WS_E_OTHER, "qaa", "en",
	                                   "WS_E_NO_TRANSLATION_AVAILABLE"));
	ck_assert_str_eq(r->err, english_note("language \"qaa\""));
	r = run(c_env, "--json", "--lang", "qaa:qtz", "WS_E_OTHER", NULL);
	ck_assert_int_eq(r->status, 3);
	ck_assert_str_eq(r->out, json_line("WS_E_OTHER", WS_E_OTHER, "en", "en",
	                                   "WS_E_NO_TRANSLATION_AVAILABLE"));
	ck_assert_str_eq(r->err, english_note("any language in \"qaa:qtz\""));
}
END_TEST

/* Arabic and Hebrew texts without the isolates of the text lines. */
START_TEST(json_texts_have_no_isolates)
{
	static const char *const rtl[] = { "ar", "he" };
	for (size_t i = 0; i < 2; i++) {
		struct program_result *r = run(c_env, "--json", "--lang", rtl[i], "WS_E_OTHER", NULL);
		ck_assert_int_eq(r->status, 0);
		ck_assert_str_eq(r->out, json_line("WS_E_OTHER", WS_E_OTHER, rtl[i], rtl[i], "S_OK"));
		ck_assert_ptr_null(strstr(r->out, "\xE2\x81\xA7"));
		ck_assert_ptr_null(strstr(r->out, "\xE2\x81\xA9"));
		/* The text line has them. */
		ck_assert_ptr_nonnull(strstr(line(WS_E_OTHER, rtl[i]), "\xE2\x81\xA7"));
	}
}
END_TEST

START_TEST(json_decodes_unknown_values)
{
	struct program_result *r = run(c_env, "--json", "0x80070005", "0xE1230001",
	                               "0x50000007", NULL);
	ck_assert_int_eq(r->status, 2);
	ck_assert_str_eq(r->out,
		"{\"input\":\"0x80070005\",\"hex\":\"0x80070005\",\"decimal\":-2147024891,"
		"\"name\":null,\"lang\":null,\"status\":\"WSMSG_E_UNKNOWN_CODE\",\"text\":null,"
		"\"severity\":\"failure\",\"facility\":7,\"facility_name\":\"FACILITY_WIN32\","
		"\"code\":5,\"customer\":false,\"ntstatus\":false}\n"
		"{\"input\":\"0xE1230001\",\"hex\":\"0xE1230001\",\"decimal\":-517799935,"
		"\"name\":null,\"lang\":null,\"status\":\"WSMSG_E_UNKNOWN_CODE\",\"text\":null,"
		"\"severity\":\"failure\",\"facility\":291,\"facility_name\":null,"
		"\"code\":1,\"customer\":true,\"ntstatus\":false}\n"
		"{\"input\":\"0x50000007\",\"hex\":\"0x50000007\",\"decimal\":1342177287,"
		"\"name\":null,\"lang\":null,\"status\":\"WSMSG_E_UNKNOWN_CODE\",\"text\":null,"
		"\"severity\":\"success\",\"facility\":0,\"facility_name\":\"FACILITY_NULL\","
		"\"code\":7,\"customer\":false,\"ntstatus\":true}\n");
}
END_TEST

/* With --json an argument that is no value gets an object too, and the
 * others are still described; exit 2. */
START_TEST(json_gives_invalid_arguments_an_object)
{
	struct program_result *r = run(c_env, "--json", "WS_E_NOPE", "0xZZ", "WS_S_END",
	                               "a\"b\\c\x01\x1f\t\n\r\b\f\x7f/", "\xFF\xC3 \xE2\x82",
	                               "\xC3\xC0\xC3\x7F", "caf\xC3\xA9", NULL);
	char want[8192] =
		"{\"input\":\"WS_E_NOPE\",\"status\":\"WSMSG_E_UNKNOWN_CODE\","
		"\"error\":\"no return value has this name\"}\n"
		"{\"input\":\"0xZZ\",\"status\":\"E_INVALIDARG\",\"error\":\"not a CODE or NAME\"}\n";
	strcat(want, json_line("WS_S_END", WS_S_END, "C", "en", "S_OK"));
	strcat(want,
		"{\"input\":\"a\\\"b\\\\c\\u0001\\u001F\\t\\n\\r\\b\\f\x7f/\",\"status\":\"E_INVALIDARG\","
		"\"error\":\"not a CODE or NAME\"}\n"
		/* Not UTF-8: one U+FFFD for each maximal ill-formed part. */
		"{\"input\":\"\xEF\xBF\xBD\xEF\xBF\xBD \xEF\xBF\xBD\",\"status\":\"E_INVALIDARG\","
		"\"error\":\"not a CODE or NAME\"}\n"
		/* A continuation byte is 0x80 to 0xBF, no more, no less. */
		"{\"input\":\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\x7F\",\"status\":\"E_INVALIDARG\","
		"\"error\":\"not a CODE or NAME\"}\n"
		"{\"input\":\"caf\xC3\xA9\",\"status\":\"E_INVALIDARG\","
		"\"error\":\"not a CODE or NAME\"}\n");
	ck_assert_int_eq(r->status, 2);
	ck_assert_str_eq(r->out, want);
	ck_assert_ptr_nonnull(strstr(r->err, "wsmsg: WS_E_NOPE: no return value has this name\n"));
	ck_assert_ptr_nonnull(strstr(r->err, "wsmsg: not a CODE or NAME: \"0xZZ\"\n"));
	/* Without --json, still a usage error before anything is printed. */
	r = run(c_env, "WS_S_END", "0xZZ", NULL);
	ck_assert_int_eq(r->status, 1);
	ck_assert_str_eq(r->out, "");
}
END_TEST

START_TEST(json_list_prints_every_code)
{
	struct program_result *r = run(c_env, "--lang", "ja", "--list", "--json", NULL);
	char want[65536] = "";
	ck_assert_int_eq(r->status, 0);
	for (size_t i = 0; i < wsmsg_count(); i++)
		strcat(want, json_line(NULL, wsmsg_code_at(i), "ja", "ja", "S_OK"));
	ck_assert_str_eq(r->out, want);
}
END_TEST

/* The catalogs whose text of `code` holds `part`, as the stderr note
 * lists them: " fr-FR fr-CA". */
static void catalogs_holding(int32_t code, const char *part, char *buf, size_t size)
{
	buf[0] = '\0';
	for (const char *const *l = wsmsg_languages(); *l; l++) {
		const char *text;
		ck_assert_hr(wsmsg_describe_lang(code, *l, &text), S_OK);
		if (strstr(text, part) != NULL)
			snprintf(buf + strlen(buf), size - strlen(buf), " %s", *l);
	}
}

START_TEST(search_finds_by_part_of_a_name)
{
	struct program_result *r = run(c_env, "--search", "endpoint_not", NULL);
	char out[8192] = "", err[4096] = "";
	size_t found = 0;
	for (size_t i = 0; i < wsmsg_count(); i++) {
		int32_t code = wsmsg_code_at(i);
		if (strstr(wsmsg_name(code), "ENDPOINT_NOT") == NULL)
			continue;
		strcat(out, line(code, "C"));
		snprintf(err + strlen(err), sizeof err - strlen(err),
		         "wsmsg: %s: found in: name\n", wsmsg_name(code));
		found++;
	}
	ck_assert_uint_eq(found, 2);
	ck_assert_int_eq(r->status, 0);
	ck_assert_str_eq(r->out, out);
	ck_assert_str_eq(r->err, err);
}
END_TEST

/* A French line in NFD finds its value, printed in the language asked for;
 * standard error names the catalogs the text is in. */
START_TEST(search_finds_nfd_text_in_its_nfc_catalog)
{
	const char *nfc = "s\xE2\x80\x99" "est produite dans un composant de la plateforme utilis\xC3\xA9";
	const char *nfd = "s\xE2\x80\x99" "est produite dans un composant de la plateforme utilise\xCC\x81";
	char where[512], err[1024];
	catalogs_holding(WS_E_OTHER, nfc, where, sizeof where);
	ck_assert_ptr_nonnull(strstr(where, " fr-FR"));
	snprintf(err, sizeof err, "wsmsg: WS_E_OTHER: found in:%s\n", where);

	struct program_result *r = run(c_env, "--lang", "zh-TW", "--search", nfd, NULL);
	ck_assert_int_eq(r->status, 0);
	ck_assert_str_eq(r->out, line(WS_E_OTHER, "zh-TW"));
	ck_assert_str_eq(r->err, err);
	/* In the locale's language. */
	r = run(fr_env, "--search", nfd, NULL);
	ck_assert_int_eq(r->status, 0);
	ck_assert_str_eq(r->out, line(WS_E_OTHER, "fr-FR"));
	/* As JSON, with where it was found. */
	r = run(c_env, "--json", "--search", nfd, NULL);
	char want[4096];
	snprintf(want, sizeof want, "%s", json_line(NULL, WS_E_OTHER, "C", "en", "S_OK"));
	ck_assert_str_eq(want + strlen(want) - 2, "}\n");
	want[strlen(want) - 2] = '\0';
	strcat(want, ",\"matched_name\":false,\"matched_langs\":[");
	for (char *t = strtok(where, " "), *sep = ""; t; t = strtok(NULL, " "), sep = ",")
		snprintf(want + strlen(want), sizeof want - strlen(want), "%s\"%s\"", sep, t);
	strcat(want, "]}\n");
	ck_assert_int_eq(r->status, 0);
	ck_assert_str_eq(r->out, want);
	ck_assert_str_eq(r->err, "");
}
END_TEST

/* One description of each catalog, by 20 characters from its middle in
 * NFD, through the command (tests/test-search.c tries them all). */
START_TEST(search_finds_a_text_of_every_catalog)
{
	const char *const *langs = wsmsg_languages();
	for (size_t l = 0; langs[l] != NULL; l++) {
		int32_t code = wsmsg_code_at((l * 7) % wsmsg_count());
		const char *text;
		ck_assert_hr(wsmsg_describe_lang(code, langs[l], &text), S_OK);
		/* 20 characters from the 10th. */
		const char *p = text;
		for (int i = 0; i < 10; i++)
			do p++; while (((unsigned char)*p & 0xC0) == 0x80);
		const char *end = p;
		for (int i = 0; i < 20; i++)
			do end++; while (((unsigned char)*end & 0xC0) == 0x80);
		char part[256];
		snprintf(part, sizeof part, "%.*s", (int)(end - p), p);
		struct program_result *r = run(c_env, "--search", part, NULL);
		ck_assert_msg(r->status == 0, "%s: %s: exit %d", langs[l], part, r->status);
		ck_assert_msg(strstr(r->out, line(code, "C")) != NULL, "%s: %s: %s", langs[l],
		              part, r->out);
		char name[128];
		snprintf(name, sizeof name, "wsmsg: %s: found in:", wsmsg_name(code));
		const char *note = strstr(r->err, name);
		ck_assert_ptr_nonnull(note);
		char tag[32];
		snprintf(tag, sizeof tag, " %s", langs[l]);
		const char *eol = strchr(note, '\n');
		const char *at = strstr(note, tag);
		ck_assert_msg(at != NULL && at < eol && (at[strlen(tag)] == ' ' || at[strlen(tag)] == '\n'),
		              "%s: %s", langs[l], note);
	}
}
END_TEST

START_TEST(search_that_finds_nothing_exits_2)
{
	struct program_result *r = run(c_env, "--search", "no such text here", NULL);
	ck_assert_int_eq(r->status, 2);
	ck_assert_str_eq(r->out, "");
	ck_assert_str_eq(r->err, "wsmsg: no return value has \"no such text here\" in its "
	                 "name or description\n");
	r = run(c_env, "--json", "--search", "no such text here", NULL);
	ck_assert_int_eq(r->status, 2);
	ck_assert_str_eq(r->out, "");
	/* In a language without a catalog, found: 3, with the note. */
	r = run(c_env, "--lang", "qaa", "--search", "ws_s_end", NULL);
	ck_assert_int_eq(r->status, 3);
	ck_assert_str_eq(r->out, line(WS_S_END, "en"));
	ck_assert_ptr_nonnull(strstr(r->err, english_note("language \"qaa\"")));
}
END_TEST

START_TEST(search_usage_errors)
{
	static const char *const bad[][3] = {
		{ "--search", "", NULL },
		{ "--search", "\xE2\x81\xA7\xE2\x81\xA9", NULL }, /* isolates only */
		{ "--search", "caf\xE9", NULL }, /* Latin-1 */
		{ "--search", "x", "WS_E_OTHER" },
		{ "--search", NULL },
		{ "--search", "x", "--list" },
	};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		struct program_result *r = run(c_env, bad[i][0], bad[i][1], bad[i][2], NULL);
		ck_assert_msg(r->status == 1, "case %zu: exit %d", i, r->status);
		ck_assert_str_eq(r->out, "");
		ck_assert_msg(r->err[0] != '\0', "case %zu: no message", i);
	}
	struct program_result *r = run(c_env, "--search", "", NULL);
	ck_assert_str_eq(r->err, "wsmsg: nothing to search for: \"\"\n");
	r = run(c_env, "--search", "caf\xE9", NULL);
	ck_assert_str_eq(r->err, "wsmsg: the search text is not UTF-8: \"caf\xE9\"\n");
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
	tcase_add_test(tc, lang_takes_a_list_to_negotiate);
	tcase_add_test(tc, a_list_that_finds_no_catalog_exits_3_with_a_note);
	tcase_add_test(tc, a_list_longer_than_negotiation_reads_is_a_usage_error);
	tcase_add_test(tc, json_describes_each_argument_on_its_line);
	tcase_add_test(tc, json_texts_have_no_isolates);
	tcase_add_test(tc, json_decodes_unknown_values);
	tcase_add_test(tc, json_gives_invalid_arguments_an_object);
	tcase_add_test(tc, json_list_prints_every_code);
	tcase_add_test(tc, search_finds_by_part_of_a_name);
	tcase_add_test(tc, search_finds_nfd_text_in_its_nfc_catalog);
	tcase_add_test(tc, search_finds_a_text_of_every_catalog);
	tcase_add_test(tc, search_that_finds_nothing_exits_2);
	tcase_add_test(tc, search_usage_errors);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
