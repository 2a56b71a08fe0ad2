#include "cli.h"

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static int hex_digit(char c)
{
	if (is_digit(c))
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

static bool is_name_start(char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
}

/* 1 to 8 hex digits, all of s. */
static bool parse_hex(const char *s, uint32_t *v)
{
	size_t n = strlen(s);

	if (n == 0 || n > 8)
		return false;
	*v = 0;
	for (size_t i = 0; i < n; i++) {
		int d = hex_digit(s[i]);
		if (d < 0)
			return false;
		*v = *v << 4 | (uint32_t)d;
	}
	return true;
}

/* Decimal digits, all of s, at most `max`. */
static bool parse_decimal(const char *s, uint64_t max, uint64_t *v)
{
	if (*s == '\0')
		return false;
	*v = 0;
	for (; *s; s++) {
		if (!is_digit(*s))
			return false;
		*v = *v * 10 + (uint64_t)(*s - '0');
		if (*v > max)
			return false;
	}
	return true;
}

static bool has_hex_letter(const char *s)
{
	return strpbrk(s, "abcdefABCDEF") != NULL;
}

static bool is_name(const char *s)
{
	if (!is_name_start(*s))
		return false;
	for (s++; *s; s++)
		if (!is_name_start(*s) && !is_digit(*s))
			return false;
	return true;
}

enum cli_value cli_parse_value(const char *arg, int32_t *code)
{
	uint32_t hex;
	uint64_t dec;

	if (arg[0] == '0' && (arg[1] == 'x' || arg[1] == 'X')) {
		if (!parse_hex(arg + 2, &hex))
			return CLI_VALUE_INVALID;
		*code = (int32_t)hex;
		return CLI_VALUE_NUMBER;
	}
	if ((strlen(arg) == 8 || has_hex_letter(arg)) && parse_hex(arg, &hex)) {
		*code = (int32_t)hex;
		return CLI_VALUE_NUMBER;
	}
	if (arg[0] == '-' && parse_decimal(arg + 1, UINT64_C(2147483648), &dec)) {
		*code = (int32_t)(uint32_t)(0 - (uint32_t)dec);
		return CLI_VALUE_NUMBER;
	}
	if (parse_decimal(arg + (arg[0] == '+'), UINT32_MAX, &dec)) {
		*code = (int32_t)(uint32_t)dec;
		return CLI_VALUE_NUMBER;
	}
	return is_name(arg) ? CLI_VALUE_NAME : CLI_VALUE_INVALID;
}

static int usage_error(struct cli_options *opt, const char *error,
                       const char *culprit)
{
	opt->error = error;
	opt->culprit = culprit;
	return -1;
}

/* A single mode option: --list, --search, --languages, --help,
 * --version. */
static int set_mode(struct cli_options *opt, enum cli_mode mode,
                    const char *arg)
{
	if (opt->mode != CLI_DESCRIBE && opt->mode != mode)
		return usage_error(opt, "options conflict", arg);
	opt->mode = mode;
	return 0;
}

/* Is `arg` an option?  A negative number is a value, not an option. */
static bool is_option(const char *arg)
{
	return arg[0] == '-' && arg[1] != '\0' && !is_digit(arg[1]);
}

static int parse_option(int argc, char *const argv[], int *i,
                        struct cli_options *opt)
{
	const char *a = argv[*i];

	if (strcmp(a, "--lang") == 0 || strcmp(a, "-l") == 0) {
		if (*i + 1 >= argc)
			return usage_error(opt, "option requires a language tag", a);
		opt->lang = argv[++*i];
		return 0;
	}
	if (strncmp(a, "--lang=", 7) == 0) {
		opt->lang = a + 7;
		return 0;
	}
	if (strcmp(a, "--search") == 0) {
		if (*i + 1 >= argc)
			return usage_error(opt, "option requires a text", a);
		opt->search = argv[++*i];
		return set_mode(opt, CLI_SEARCH, a);
	}
	if (strncmp(a, "--search=", 9) == 0) {
		opt->search = a + 9;
		return set_mode(opt, CLI_SEARCH, a);
	}
	if (strcmp(a, "--json") == 0) {
		opt->json = true;
		return 0;
	}
	if (strcmp(a, "--list") == 0)
		return set_mode(opt, CLI_LIST, a);
	if (strcmp(a, "--languages") == 0)
		return set_mode(opt, CLI_LANGUAGES, a);
	if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0)
		return set_mode(opt, CLI_HELP, a);
	if (strcmp(a, "--version") == 0 || strcmp(a, "-V") == 0)
		return set_mode(opt, CLI_VERSION, a);
	return usage_error(opt, "unknown option", a);
}

int cli_parse_args(int argc, char *const argv[], struct cli_options *opt,
                   const char **values)
{
	bool options = true;

	*opt = (struct cli_options){ .mode = CLI_DESCRIBE };
	for (int i = 1; i < argc; i++) {
		if (options && strcmp(argv[i], "--") == 0)
			options = false;
		else if (options && is_option(argv[i])) {
			if (parse_option(argc, argv, &i, opt) != 0)
				return -1;
		} else
			values[opt->nvalues++] = argv[i];
	}
	if (opt->mode == CLI_DESCRIBE && opt->nvalues == 0)
		return usage_error(opt, "no CODE or NAME given", NULL);
	if (opt->mode != CLI_DESCRIBE && opt->nvalues > 0)
		return usage_error(opt, "unexpected argument", values[0]);
	/* --json is for what describes return values, not for the rest. */
	if (opt->json && opt->mode != CLI_DESCRIBE && opt->mode != CLI_LIST &&
	    opt->mode != CLI_SEARCH)
		return usage_error(opt, "--json goes only with CODE|NAME, --list or "
		                   "--search", NULL);
	return 0;
}
