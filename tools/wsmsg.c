/*
 * wsmsg: describes Windows Web Services return values from the shell.
 *
 * Exit status: 0 every value found and described in the language asked
 * for; 1 usage error; 2 some value unknown; 3 some text printed in
 * English because the language has no catalog.
 */
#include <locale.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "hresult.h"
#include "wsmsg.h"

#ifndef WSMSG_VERSION
#error "WSMSG_VERSION must be defined by the build"
#endif

enum {
	EXIT_OK = 0,
	EXIT_USAGE = 1,
	EXIT_UNKNOWN = 2,
	EXIT_ENGLISH = 3,
};

static const char usage[] =
	"Usage: wsmsg [--lang TAG] CODE|NAME...\n"
	"       wsmsg [--lang TAG] --list\n"
	"       wsmsg --languages | --help | --version\n"
	"\n"
	"Describes Windows Web Services return values (HRESULTs) in the language\n"
	"of the locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), or in TAG.\n"
	"\n"
	"  CODE            0x803D0021, 803D0021, or decimal (-2143485919, 2151481377)\n"
	"  NAME            WS_E_OTHER (case does not matter)\n"
	"  -l, --lang TAG  a BCP 47 or POSIX language tag: fr-FR, zh_TW.UTF-8, C\n"
	"      --list      describe every known return value\n"
	"      --languages list the compiled-in catalogs, translated/total\n"
	"  -h, --help      show this help\n"
	"  -V, --version   show the version\n"
	"\n"
	"Exit status: 0 all described; 1 usage error; 2 some value unknown;\n"
	"3 printed in English because the language has no catalog.\n";

struct run {
	const char *lang;
	int status;          /* exit status so far */
};

static void worse(struct run *r, int status)
{
	if (status == EXIT_UNKNOWN || (status == EXIT_ENGLISH && r->status == EXIT_OK))
		r->status = status;
}

/*
 * Prints the wsmsg_format line for `code`.  The buffer starts smaller
 * than many lines (those of Cyrillic, Greek or Thai text) and doubles
 * until the line fits, up to 64 KiB.
 */
static bool print_line(struct run *r, int32_t code)
{
	char *buf = NULL;
	int32_t st;

	for (size_t size = 256;; size *= 2) {
		free(buf);
		buf = malloc(size);
		if (buf == NULL) {
			fputs("wsmsg: out of memory\n", stderr);
			return false;
		}
		st = wsmsg_format(code, r->lang, buf, size);
		if (st != WSMSG_E_BUFFER_TOO_SMALL || size >= 65536)
			break;
	}

	if (st == WSMSG_E_UNKNOWN_CODE) {
		char fields[128];
		hresult_decode(code, fields, sizeof fields);
		printf("%s %s\n", buf, fields);
		worse(r, EXIT_UNKNOWN);
	} else {
		printf("%s\n", buf);
		if (st == WS_E_NO_TRANSLATION_AVAILABLE)
			worse(r, EXIT_ENGLISH);
	}
	free(buf);
	return true;
}

static void note_english(struct run *r)
{
	if (r->status != EXIT_ENGLISH)
		return;
	fprintf(stderr, "wsmsg: note: no catalog for %s%s%s; printed in English "
	        "(catalogs:", r->lang ? "language \"" : "the language of the locale",
	        r->lang ? r->lang : "", r->lang ? "\"" : "");
	for (const char *const *l = wsmsg_languages(); *l; l++)
		fprintf(stderr, " %s", *l);
	fputs(")\n", stderr);
}

static int describe(struct run *r, const char *const *values, int n)
{
	for (int i = 0; i < n; i++) {
		int32_t code;
		switch (cli_parse_value(values[i], &code)) {
		case CLI_VALUE_NAME:
			if (wsmsg_from_name(values[i], &code) != S_OK) {
				fprintf(stderr, "wsmsg: %s: no return value has this name\n",
				        values[i]);
				worse(r, EXIT_UNKNOWN);
				continue;
			}
			break;
		case CLI_VALUE_NUMBER:
			break;
		case CLI_VALUE_INVALID:
			return EXIT_USAGE; /* checked before anything was printed */
		}
		if (!print_line(r, code))
			return EXIT_USAGE;
	}
	note_english(r);
	return r->status;
}

static int list(struct run *r)
{
	for (size_t i = 0; i < wsmsg_count(); i++)
		if (!print_line(r, wsmsg_code_at(i)))
			return EXIT_USAGE;
	note_english(r);
	return r->status;
}

static int languages(void)
{
	size_t total = wsmsg_count();

	for (const char *const *l = wsmsg_languages(); *l; l++) {
		size_t translated = 0;
		for (size_t i = 0; i < total; i++) {
			const char *text;
			if (wsmsg_describe_lang(wsmsg_code_at(i), *l, &text) == S_OK)
				translated++;
		}
		printf("%-8s %zu/%zu\n", *l, translated, total);
	}
	return EXIT_OK;
}

/*
 * The locale as the environment names it, for when setlocale() cannot
 * load it because that locale is not installed on this system: the
 * library's compiled-in catalogs can still serve the language.
 */
static const char *environment_language(void)
{
	static const char *const vars[] = { "LC_ALL", "LC_MESSAGES", "LANG" };

	for (size_t i = 0; i < sizeof vars / sizeof vars[0]; i++) {
		const char *v = getenv(vars[i]);
		if (v != NULL && v[0] != '\0')
			return v;
	}
	return NULL;
}

static const char *choose_locale(void)
{
	if (setlocale(LC_ALL, "") != NULL)
		return NULL;
	/* The environment names a locale this system lacks: keep UTF-8 and
	 * LANGUAGE working, and ask for the named language explicitly. */
	if (setlocale(LC_ALL, "C.UTF-8") == NULL)
		setlocale(LC_ALL, "C");
	const char *env = environment_language();
	const char *language = getenv("LANGUAGE");
	const char *text;
	/* A LANGUAGE with an entry decides, as in the library. */
	if (language != NULL && language[strspn(language, ":")] != '\0')
		return NULL;
	if (env == NULL || wsmsg_describe_lang(WS_E_OTHER, env, &text) == E_INVALIDARG)
		return NULL;
	return env;
}

int main(int argc, char **argv)
{
	struct cli_options opt;
	const char **values = calloc((size_t)argc, sizeof *values);

	if (values == NULL) {
		fputs("wsmsg: out of memory\n", stderr);
		return EXIT_USAGE;
	}
	struct run r = { .lang = choose_locale(), .status = EXIT_OK };
	int status = EXIT_USAGE;

	if (cli_parse_args(argc, argv, &opt, values) != 0) {
		fprintf(stderr, "wsmsg: %s%s%s\n%s", opt.error, opt.culprit ? ": " : "",
		        opt.culprit ? opt.culprit : "", "Try 'wsmsg --help'.\n");
		goto out;
	}
	if (opt.lang != NULL) {
		const char *text;
		if (wsmsg_describe_lang(WS_E_OTHER, opt.lang, &text) == E_INVALIDARG) {
			fprintf(stderr, "wsmsg: not a language tag: \"%s\"\n", opt.lang);
			goto out;
		}
		r.lang = opt.lang;
	}
	for (int i = 0; i < opt.nvalues; i++) {
		int32_t code;
		if (cli_parse_value(values[i], &code) == CLI_VALUE_INVALID) {
			fprintf(stderr, "wsmsg: not a CODE or NAME: \"%s\"\n", values[i]);
			goto out;
		}
	}

	switch (opt.mode) {
	case CLI_HELP:
		fputs(usage, stdout);
		status = EXIT_OK;
		break;
	case CLI_VERSION:
		printf("wsmsg %s\n", WSMSG_VERSION);
		status = EXIT_OK;
		break;
	case CLI_LANGUAGES:
		status = languages();
		break;
	case CLI_LIST:
		status = list(&r);
		break;
	case CLI_DESCRIBE:
		status = describe(&r, values, opt.nvalues);
		break;
	}
out:
	free(values);
	if (fflush(stdout) != 0 && status != EXIT_USAGE) {
		perror("wsmsg: standard output");
		status = EXIT_USAGE;
	}
	return status;
}
