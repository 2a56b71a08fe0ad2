/*
 * The wsmsg command's argument parsing, kept free of I/O so that tests
 * and fuzzers can call it directly.
 */
#ifndef WSMSG_CLI_H
#define WSMSG_CLI_H

#include <stdbool.h>
#include <stdint.h>

enum cli_mode {
	CLI_DESCRIBE,   /* describe each CODE|NAME argument */
	CLI_LIST,       /* --list */
	CLI_SEARCH,     /* --search TEXT */
	CLI_LANGUAGES,  /* --languages */
	CLI_HELP,       /* --help */
	CLI_VERSION,    /* --version */
};

struct cli_options {
	enum cli_mode mode;
	const char *lang;    /* --lang TAG (or list of ranges), or NULL */
	const char *search;  /* --search TEXT, set in CLI_SEARCH only */
	bool json;           /* --json: JSON Lines instead of text lines */
	int nvalues;         /* CODE|NAME arguments, stored in values[] */
	const char *error;   /* what is wrong, on a usage error */
	const char *culprit; /* the argument it is about, or NULL */
};

/*
 * Parses the command line.  Options may come anywhere; "--" ends them; a
 * negative number is a value.  The CODE|NAME arguments are stored, in
 * order, in `values`, which has room for argc entries.  --lang and
 * --search take the next argument, whatever it is; given twice, the last
 * counts.  --json goes with values, --list and --search only.  Returns
 * 0, or -1 on a usage error with opt->error (and maybe opt->culprit) set.
 */
int cli_parse_args(int argc, char *const argv[], struct cli_options *opt,
                   const char **values);

enum cli_value {
	CLI_VALUE_NUMBER,   /* *code holds the value */
	CLI_VALUE_NAME,     /* looks like a symbolic name */
	CLI_VALUE_INVALID,  /* neither a number in range nor a name */
};

/*
 * Classifies a CODE|NAME argument.  Numbers: "0x" and 1 to 8 hex digits;
 * 8 hex digits, or hex digits with a letter among them, without "0x"
 * ("803D0021", "80070057"); otherwise decimal, signed (-2147483648 ...)
 * or unsigned (... 4294967295).  Names: a letter or '_', then letters,
 * digits and '_'.
 */
enum cli_value cli_parse_value(const char *arg, int32_t *code);

#endif
