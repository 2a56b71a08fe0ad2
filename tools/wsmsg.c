/*
 * wsmsg: describes Windows Web Services return values from the shell.
 *
 * Exit status: 0 every value found and described in the language asked
 * for; 1 usage error; 2 some value unknown (with --json, also one that
 * is neither a CODE nor a NAME), or --search found nothing; 3 some text
 * printed in English because the language has no catalog.
 */
#include <errno.h>
#include <inttypes.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "hresult.h"
#include "json.h"
#include "language.h"
#include "search.h"
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
	"Usage: wsmsg [--lang TAG] [--json] CODE|NAME...\n"
	"       wsmsg [--lang TAG] [--json] --list\n"
	"       wsmsg [--lang TAG] [--json] --search TEXT\n"
	"       wsmsg --languages | --help | --version\n"
	"\n"
	"Describes Windows Web Services return values (HRESULTs) in the language\n"
	"of the locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), or in TAG.\n"
	"\n"
	"  CODE            0x803D0021, 803D0021, or decimal (-2143485919, 2151481377)\n"
	"  NAME            WS_E_OTHER (case does not matter)\n"
	"  -l, --lang TAG  a BCP 47 or POSIX language tag: fr-FR, zh_TW.UTF-8, C;\n"
	"                  or a list to choose from, as an Accept-Language value\n"
	"                  ('fr-CH, fr;q=0.9, en;q=0.8') or a LANGUAGE list (de:fr_FR)\n"
	"      --json      one JSON object per value, one per line (JSON Lines)\n"
	"      --list      describe every known return value\n"
	"      --search TEXT\n"
	"                  describe the return values whose name, or description in\n"
	"                  any catalog, contains TEXT, ignoring ASCII case and\n"
	"                  Unicode normalization; standard error says where\n"
	"      --languages list the catalogs, translated/total, and where each\n"
	"                  comes from: installed, compiled in, or both\n"
	"  -h, --help      show this help\n"
	"  -V, --version   show the version\n"
	"\n"
	"Exit status: 0 all described; 1 usage error; 2 some value unknown or\n"
	"(--json) invalid, or --search found nothing;\n"
	"3 printed in English because the language has no catalog.\n";

struct run {
	struct language language;
	bool json;
	int status;          /* exit status so far */
};

/* Where --search found a value: its name, and the catalogs whose
 * description of it holds the text. */
struct found {
	bool name;
	const char **langs;
	size_t nlangs;
};

static void worse(struct run *r, int status)
{
	if (status == EXIT_UNKNOWN || (status == EXIT_ENGLISH && r->status == EXIT_OK))
		r->status = status;
}

/* What the lookup of a known code said: a list that found no catalog
 * gets English from the "en" catalog, untranslated all the same. */
static int32_t lookup_status(const struct run *r, int32_t st)
{
	return st == S_OK && r->language.english ? WS_E_NO_TRANSLATION_AVAILABLE : st;
}

static void count(struct run *r, int32_t st)
{
	if (st == WSMSG_E_UNKNOWN_CODE)
		worse(r, EXIT_UNKNOWN);
	else if (st == WS_E_NO_TRANSLATION_AVAILABLE)
		worse(r, EXIT_ENGLISH);
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
		st = wsmsg_format(code, r->language.lang, buf, size);
		if (st != WSMSG_E_BUFFER_TOO_SMALL || size >= 65536)
			break;
	}

	if (st == WSMSG_E_UNKNOWN_CODE) {
		char fields[128];
		hresult_decode(code, fields, sizeof fields);
		printf("%s %s\n", buf, fields);
	} else {
		printf("%s\n", buf);
	}
	count(r, lookup_status(r, st));
	free(buf);
	return true;
}

static const char *status_name(int32_t st)
{
	switch (st) {
	case S_OK:
		return "S_OK";
	case WS_E_NO_TRANSLATION_AVAILABLE:
		return "WS_E_NO_TRANSLATION_AVAILABLE";
	case WSMSG_E_UNKNOWN_CODE:
		return "WSMSG_E_UNKNOWN_CODE";
	default:
		return "E_INVALIDARG";
	}
}

/*
 * The JSON object of a value: "input" (when there was an argument),
 * "hex", "decimal" (signed, as the library's int32_t), "name", "lang"
 * (the catalog whose text it is), "status", "text" (without the
 * isolates of the line), the fields of an unknown value, and where
 * --search found it.
 */
static void print_json(struct run *r, const char *input, int32_t code,
                       const struct found *found)
{
	const char *text;
	int32_t st = lookup_status(r, wsmsg_describe_lang(code, r->language.lang, &text));
	const char *lang = st == S_OK ? r->language.served :
	                   st == WS_E_NO_TRANSLATION_AVAILABLE ? "en" : NULL;
	char hex[16];
	struct json_object o;

	snprintf(hex, sizeof hex, "0x%08" PRIX32, (uint32_t)code);
	json_begin(&o, stdout);
	if (input != NULL)
		json_string(&o, "input", input);
	json_string(&o, "hex", hex);
	json_integer(&o, "decimal", code);
	json_string(&o, "name", wsmsg_name(code));
	json_string(&o, "lang", lang);
	json_string(&o, "status", status_name(st));
	json_string(&o, "text", text);
	if (st == WSMSG_E_UNKNOWN_CODE) {
		struct hresult_fields f = hresult_split(code);
		json_string(&o, "severity", f.failure ? "failure" : "success");
		json_integer(&o, "facility", f.facility);
		json_string(&o, "facility_name", f.facility_name);
		json_integer(&o, "code", f.code);
		json_boolean(&o, "customer", f.customer);
		json_boolean(&o, "ntstatus", f.ntstatus);
	}
	if (found != NULL) {
		json_boolean(&o, "matched_name", found->name);
		json_strings(&o, "matched_langs", found->langs, found->nlangs);
	}
	json_end(&o);
	count(r, st);
}

/* An argument that describes nothing, as JSON: {"input", "status", "error"}. */
static void print_json_error(const char *input, int32_t st, const char *error)
{
	struct json_object o;

	json_begin(&o, stdout);
	json_string(&o, "input", input);
	json_string(&o, "status", status_name(st));
	json_string(&o, "error", error);
	json_end(&o);
}

/* Where --search found a value, on standard error after its line:
 * "wsmsg: NAME: found in: name en fr-FR". */
static void note_found(int32_t code, const struct found *found)
{
	fflush(stdout); /* after the line, on a terminal too */
	fprintf(stderr, "wsmsg: %s: found in:%s", wsmsg_name(code),
	        found->name ? " name" : "");
	for (size_t i = 0; i < found->nlangs; i++)
		fprintf(stderr, " %s", found->langs[i]);
	fputc('\n', stderr);
}

static bool print_value(struct run *r, const char *input, int32_t code,
                        const struct found *found)
{
	if (r->json) {
		print_json(r, input, code, found);
		return true;
	}
	if (!print_line(r, code))
		return false;
	if (found != NULL)
		note_found(code, found);
	return true;
}

static void note_english(struct run *r)
{
	const struct language *l = &r->language;

	if (r->status != EXIT_ENGLISH)
		return;
	fputs("wsmsg: note: no catalog for ", stderr);
	if (l->asked == NULL)
		fputs("the language of the locale", stderr);
	else
		fprintf(stderr, "%s \"%s\"", l->list ? "any language in" : "language",
		        l->asked);
	fputs("; printed in English (catalogs:", stderr);
	for (const char *const *t = wsmsg_languages(); *t; t++)
		fprintf(stderr, " %s", *t);
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
				if (r->json)
					print_json_error(values[i], WSMSG_E_UNKNOWN_CODE,
					                 "no return value has this name");
				worse(r, EXIT_UNKNOWN);
				continue;
			}
			break;
		case CLI_VALUE_NUMBER:
			break;
		case CLI_VALUE_INVALID:
			/* Only with --json: otherwise checked before anything
			 * was printed. */
			fprintf(stderr, "wsmsg: not a CODE or NAME: \"%s\"\n", values[i]);
			print_json_error(values[i], E_INVALIDARG, "not a CODE or NAME");
			worse(r, EXIT_UNKNOWN);
			continue;
		}
		if (!print_value(r, values[i], code, NULL))
			return EXIT_USAGE;
	}
	note_english(r);
	return r->status;
}

static int list(struct run *r)
{
	for (size_t i = 0; i < wsmsg_count(); i++)
		if (!print_value(r, NULL, wsmsg_code_at(i), NULL))
			return EXIT_USAGE;
	note_english(r);
	return r->status;
}

/* Describes each value whose name or description holds `key`, in
 * ascending order of value. */
static int search(struct run *r, const char *text, const char *key)
{
	struct search_index *ix = search_index_new();
	const char *const *tags = wsmsg_languages();
	const char **langs = ix ? calloc(search_nlangs(ix), sizeof *langs) : NULL;
	bool any = false, ok = langs != NULL;

	if (!ok)
		fputs("wsmsg: out of memory\n", stderr);
	for (size_t c = 0; ok && c < wsmsg_count(); c++) {
		struct found found = { search_in_name(ix, c, key), langs, 0 };
		for (size_t l = 0; l < search_nlangs(ix); l++)
			if (search_in_text(ix, c, l, key))
				langs[found.nlangs++] = tags[l];
		if (!found.name && found.nlangs == 0)
			continue;
		any = true;
		ok = print_value(r, NULL, wsmsg_code_at(c), &found);
	}
	free(langs);
	search_index_free(ix);
	if (!ok)
		return EXIT_USAGE;
	if (!any) {
		fprintf(stderr, "wsmsg: no return value has \"%s\" in its name or "
		        "description\n", text);
		worse(r, EXIT_UNKNOWN);
	}
	note_english(r);
	return r->status;
}

/* Where a language's catalogs come from, in words. */
static const char *origin(unsigned bits)
{
	switch (bits & (WSMSG_ORIGIN_INSTALLED | WSMSG_ORIGIN_COMPILED_IN)) {
	case WSMSG_ORIGIN_INSTALLED | WSMSG_ORIGIN_COMPILED_IN:
		return "installed, compiled in";
	case WSMSG_ORIGIN_INSTALLED:
		return "installed";
	default:
		return "compiled in";
	}
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
		printf("%-8s %zu/%zu %s\n", *l, translated, total,
		       origin(wsmsg_language_origin(*l)));
	}
	return EXIT_OK;
}

/* A usage error found after parsing: the message, nothing on stdout. */
static int refuse(const char *what, const char *culprit)
{
	fprintf(stderr, "wsmsg: %s: \"%s\"\n", what, culprit);
	return EXIT_USAGE;
}

int main(int argc, char **argv)
{
	struct cli_options opt;
	const char **values = calloc((size_t)argc, sizeof *values);

	if (values == NULL) {
		fputs("wsmsg: out of memory\n", stderr);
		return EXIT_USAGE;
	}
	struct run r = { .status = EXIT_OK };
	char *key = NULL;
	int status = EXIT_USAGE;

	language_from_environment(&r.language);
	if (cli_parse_args(argc, argv, &opt, values) != 0) {
		fprintf(stderr, "wsmsg: %s%s%s\n%s", opt.error, opt.culprit ? ": " : "",
		        opt.culprit ? opt.culprit : "", "Try 'wsmsg --help'.\n");
		goto out;
	}
	r.json = opt.json;
	const char *error;
	if (opt.lang != NULL && language_from_option(&r.language, opt.lang, &error) != 0) {
		status = refuse(error, opt.lang);
		goto out;
	}
	if (r.json) /* its "lang" member */
		language_find_caller(&r.language);
	/* With --json an invalid argument gets an object of its own. */
	for (int i = 0; i < opt.nvalues && !opt.json; i++) {
		int32_t code;
		if (cli_parse_value(values[i], &code) == CLI_VALUE_INVALID) {
			status = refuse("not a CODE or NAME", values[i]);
			goto out;
		}
	}
	if (opt.mode == CLI_SEARCH) {
		key = search_key(opt.search);
		if (key == NULL && errno == EILSEQ) {
			status = refuse("the search text is not UTF-8", opt.search);
			goto out;
		}
		if (key == NULL) {
			fputs("wsmsg: out of memory\n", stderr);
			goto out;
		}
		if (key[0] == '\0') {
			status = refuse("nothing to search for", opt.search);
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
	case CLI_SEARCH:
		status = search(&r, opt.search, key);
		break;
	case CLI_DESCRIBE:
		status = describe(&r, values, opt.nvalues);
		break;
	}
out:
	free(key);
	free(values);
	if (fflush(stdout) != 0 && status != EXIT_USAGE) {
		perror("wsmsg: standard output");
		status = EXIT_USAGE;
	}
	return status;
}
