/*
 * The wsmsg command's argument and number parsing (tools/cli.c), and
 * what the command then does with each value: wsmsg_from_name() for a
 * name, wsmsg_format() and hresult_decode() for a number; with the
 * --lang value, language_from_option() (tools/language.c); and with
 * each argument, json_write_string() (tools/json.c).
 *
 * Input: the arguments after argv[0], separated by NUL bytes
 * ("--lang\0fr-FR\0WS_E_OTHER").  Each is copied into a buffer of its
 * own exact size.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "fuzz.h"
#include "hresult.h"
#include "json.h"
#include "language.h"
#include "wsmsg.h"

static const char hex_digits[] = "0123456789abcdefABCDEF";
static const char digits[] = "0123456789";

/* A letter or '_', then letters, digits and '_'. */
static bool is_name(const char *s)
{
	static const char start[] =
		"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_";
	static const char word[] =
		"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_0123456789";

	return s[0] != '\0' && strchr(start, s[0]) != NULL &&
	       strspn(s, word) == strlen(s);
}

/* The rules of cli.h, written out again with the C library's parsers. */
static enum cli_value reference_value(const char *a, int32_t *code)
{
	size_t n = strlen(a);
	unsigned long long v;

	if (a[0] == '0' && (a[1] == 'x' || a[1] == 'X')) {
		if (n < 3 || n > 10 || strspn(a + 2, hex_digits) != n - 2)
			return CLI_VALUE_INVALID;
		*code = (int32_t)(uint32_t)strtoull(a + 2, NULL, 16);
		return CLI_VALUE_NUMBER;
	}
	if (n >= 1 && n <= 8 && strspn(a, hex_digits) == n &&
	    (n == 8 || strspn(a, digits) != n)) {
		*code = (int32_t)(uint32_t)strtoull(a, NULL, 16);
		return CLI_VALUE_NUMBER;
	}
	if (a[0] == '-' && n > 1 && strspn(a + 1, digits) == n - 1) {
		errno = 0;
		v = strtoull(a + 1, NULL, 10);
		if (errno == 0 && v <= UINT64_C(2147483648)) {
			*code = (int32_t)(0 - (long long)v);
			return CLI_VALUE_NUMBER;
		}
	}
	const char *d = a + (a[0] == '+');
	if (d[0] != '\0' && strspn(d, digits) == strlen(d)) {
		errno = 0;
		v = strtoull(d, NULL, 10);
		if (errno == 0 && v <= UINT32_MAX) {
			*code = (int32_t)(uint32_t)v;
			return CLI_VALUE_NUMBER;
		}
	}
	return is_name(a) ? CLI_VALUE_NAME : CLI_VALUE_INVALID;
}

/* One CODE|NAME argument: classified as the reference does, then
 * handled as the command handles it. */
static void check_value(const char *arg, const char *lang)
{
	int32_t code = 0, want = 0;
	enum cli_value kind = cli_parse_value(arg, &code);
	enum cli_value want_kind = reference_value(arg, &want);

	FUZZ_CHECK(kind == want_kind, "\"%s\": %d, expected %d", arg, kind,
	           want_kind);
	if (kind == CLI_VALUE_NAME) {
		int32_t st = wsmsg_from_name(arg, &code);
		FUZZ_CHECK(st == S_OK || st == WSMSG_E_UNKNOWN_CODE,
		           "from_name: 0x%08X", (unsigned)st);
		if (st != S_OK)
			return;
	} else if (kind == CLI_VALUE_NUMBER) {
		FUZZ_CHECK(code == want, "\"%s\": 0x%08X, expected 0x%08X", arg,
		           (unsigned)code, (unsigned)want);
		/* The command's own output round-trips. */
		char hex[11];
		int32_t again = 0;
		snprintf(hex, sizeof hex, "0x%08X", (unsigned)code);
		FUZZ_CHECK(cli_parse_value(hex, &again) == CLI_VALUE_NUMBER &&
		           again == code, "%s does not round-trip", hex);
	} else {
		return;
	}

	/* Longer than any line of the catalogs (the longest, Thai, is 654
	 * bytes). */
	char *line = malloc(1024);
	if (line == NULL)
		abort();
	int32_t st = wsmsg_format(code, lang, line, 1024);
	FUZZ_CHECK(fuzz_is_status(st) && st != WSMSG_E_BUFFER_TOO_SMALL,
	           "format: 0x%08X", (unsigned)st);
	FUZZ_CHECK(strnlen(line, 1024) < 1024, "format: not terminated");
	free(line);

	/* hresult_decode() into a buffer of a size the code picks. */
	size_t size = (uint32_t)code % 97;
	char *fields = malloc(size ? size : 1);
	if (fields == NULL)
		abort();
	hresult_decode(code, fields, size);
	FUZZ_CHECK(size == 0 || strnlen(fields, size) < size,
	           "decode: not terminated");
	free(fields);
}

/* Is p one of argv[1..argc), or what follows "--lang=" or "--search="
 * in one? */
static bool in_argv(const char *p, int argc, char *const argv[])
{
	for (int i = 1; i < argc; i++)
		if (p == argv[i] ||
		    (p == argv[i] + 7 && strncmp(argv[i], "--lang=", 7) == 0) ||
		    (p == argv[i] + 9 && strncmp(argv[i], "--search=", 9) == 0))
			return true;
	return false;
}

static bool is_catalog(const char *tag)
{
	for (const char *const *l = wsmsg_languages(); *l; l++)
		if (tag == *l)
			return true;
	return false;
}

/*
 * What the command makes of a --lang value: the tag itself, or for a
 * list the element of wsmsg_languages() that negotiation gives, English
 * when none.  Returns the tag to describe in, or NULL for a usage error.
 */
static const char *check_language(const char *value)
{
	struct language l;
	const char *error = NULL;

	if (language_from_option(&l, value, &error) != 0) {
		FUZZ_CHECK(error != NULL, "no error for \"%s\"", value);
		const char *text;
		bool tag = wsmsg_describe_lang(WS_E_OTHER, value, &text) != E_INVALIDARG;
		FUZZ_CHECK(!tag, "the tag \"%s\" refused", value);
		return NULL;
	}
	FUZZ_CHECK(l.asked == value, "asked");
	FUZZ_CHECK(l.served == NULL || is_catalog(l.served), "served");
	if (l.list) {
		const char *tag = NULL;
		int32_t st = wsmsg_negotiate(value, &tag);
		FUZZ_CHECK(l.lang == tag && is_catalog(l.lang), "list: lang");
		FUZZ_CHECK(l.english == (st != S_OK), "list: english");
		FUZZ_CHECK(l.served == (st == S_OK ? tag : NULL), "list: served");
	} else {
		FUZZ_CHECK(l.lang == value && !l.english, "tag: lang");
	}
	return l.lang;
}

/* Reads back the JSON string at s (as json_write_string() writes it)
 * into out; false if it is not one. */
static bool json_unescape(const char *s, char *out)
{
	if (*s++ != '"')
		return false;
	for (; *s != '"'; s++) {
		if ((unsigned char)*s < 0x20)
			return false; /* NUL, or a control character left raw */
		if (*s != '\\') {
			*out++ = *s;
			continue;
		}
		s++;
		const char *from = "\"\\bfnrt", *to = "\"\\\b\f\n\r\t";
		const char *e = *s ? strchr(from, *s) : NULL;
		unsigned v;
		if (e != NULL)
			*out++ = to[e - from];
		else if (*s == 'u' && sscanf(s + 1, "%4X", &v) == 1 && v < 0x20 &&
		         v != 0 && strspn(s + 1, "0123456789ABCDEF") >= 4) {
			*out++ = (char)v;
			s += 4;
		} else {
			return false;
		}
	}
	*out = '\0';
	return s[1] == '\0';
}

/* json_write_string(): a JSON string, all of it well-formed UTF-8, that
 * reads back as the argument when the argument is UTF-8. */
static void check_json(const char *arg)
{
	char *json = NULL;
	size_t size = 0;
	FILE *f = open_memstream(&json, &size);
	if (f == NULL)
		abort();
	json_write_string(f, arg);
	if (fclose(f) != 0)
		abort();
	FUZZ_CHECK(fuzz_utf8_valid(json, size), "json: not UTF-8");
	char *back = malloc(size + 1);
	if (back == NULL)
		abort();
	FUZZ_CHECK(json_unescape(json, back), "json: not a string: %s", json);
	if (fuzz_utf8_valid(arg, strlen(arg)))
		FUZZ_CHECK(strcmp(back, arg) == 0, "json: %s", json);
	free(back);
	free(json);
}

FUZZ_TARGET(cli)
{
	/* k NUL bytes separate k + 1 arguments; no input, no argument. */
	int argc = 1 + (size > 0);
	for (size_t i = 0; i < size; i++)
		argc += data[i] == '\0';

	char **argv = malloc(((size_t)argc + 1) * sizeof *argv);
	const char **values = malloc((size_t)argc * sizeof *values);
	if (argv == NULL || values == NULL)
		abort();
	argv[0] = fuzz_strndup((const uint8_t *)"wsmsg", 5);
	for (size_t a = 1, start = 0; a < (size_t)argc; a++) {
		const uint8_t *end = memchr(data + start, '\0', size - start);
		size_t n = end ? (size_t)(end - data) - start : size - start;
		argv[a] = fuzz_strndup(data + start, n);
		start += n + 1;
	}
	argv[argc] = NULL;

	struct cli_options opt;
	int rc = cli_parse_args(argc, argv, &opt, values);
	FUZZ_CHECK(rc == 0 || rc == -1, "returned %d", rc);
	FUZZ_CHECK(opt.mode <= CLI_VERSION, "mode %d", opt.mode);
	FUZZ_CHECK(opt.nvalues >= 0 && opt.nvalues < argc, "%d values",
	           opt.nvalues);
	FUZZ_CHECK(opt.lang == NULL || in_argv(opt.lang, argc, argv),
	           "lang points outside argv");
	FUZZ_CHECK(opt.search == NULL || in_argv(opt.search, argc, argv),
	           "search points outside argv");
	FUZZ_CHECK(opt.culprit == NULL || in_argv(opt.culprit, argc, argv),
	           "culprit points outside argv");
	if (rc == 0) {
		FUZZ_CHECK(opt.error == NULL, "error \"%s\" on success", opt.error);
		FUZZ_CHECK((opt.mode == CLI_DESCRIBE) == (opt.nvalues > 0),
		           "mode %d with %d values", opt.mode, opt.nvalues);
		FUZZ_CHECK((opt.mode == CLI_SEARCH) == (opt.search != NULL),
		           "mode %d with search %p", opt.mode, (const void *)opt.search);
		FUZZ_CHECK(!opt.json || opt.mode <= CLI_SEARCH, "--json in mode %d",
		           opt.mode);
	} else {
		FUZZ_CHECK(opt.error != NULL, "no error on failure");
	}
	if (rc == 0) {
		/* The values are arguments, in order, and none is an option
		 * unless it came after "--". */
		int next = 1, ended = 0;
		for (int v = 0; v < opt.nvalues; v++) {
			for (; next < argc && argv[next] != values[v]; next++)
				ended |= strcmp(argv[next], "--") == 0;
			FUZZ_CHECK(next < argc, "value %d out of order", v);
			const char *a = argv[next++];
			bool option = a[0] == '-' && a[1] != '\0' &&
			              (a[1] < '0' || a[1] > '9');
			FUZZ_CHECK(!option || ended, "option \"%s\" taken as a value",
			           a);
			ended |= strcmp(a, "--") == 0;
		}
		const char *lang = opt.lang ? check_language(opt.lang) : NULL;
		if (opt.lang == NULL || lang != NULL)
			for (int v = 0; v < opt.nvalues; v++)
				check_value(values[v], lang);
	}
	for (int a = 1; a < argc; a++) {
		check_value(argv[a], NULL);
		check_json(argv[a]);
	}

	for (int a = 0; a < argc; a++)
		free(argv[a]);
	free(argv);
	free(values);
	return 0;
}
