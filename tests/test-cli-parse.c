/* The wsmsg command's argument and number parsing. */
#include <stdarg.h>
#include "testing.h"

#include "cli.h"

static void number(const char *arg, uint32_t want)
{
	int32_t code = 0;
	ck_assert_msg(cli_parse_value(arg, &code) == CLI_VALUE_NUMBER, "%s: not a number", arg);
	ck_assert_msg((uint32_t)code == want, "%s: got 0x%08X", arg, (unsigned)code);
}

static void kind(const char *arg, enum cli_value want)
{
	int32_t code = 0;
	ck_assert_msg(cli_parse_value(arg, &code) == want, "%s: wrong kind", arg);
}

START_TEST(hex_values)
{
	number("0x803D0021", 0x803D0021);
	number("0X803d0021", 0x803D0021);
	number("803D0021", 0x803D0021);
	number("803d0021", 0x803D0021);
	number("80070057", 0x80070057); /* 8 digits: hex, as HRESULTs are written */
	number("0x0", 0);
	number("0xFFFFFFFF", 0xFFFFFFFF);
	number("3D0000", 0x3D0000); /* a letter: hex */
	number("0x3d0001", 0x3D0001);
	/* Each end of each digit range. */
	number("0x09", 0x09);
	number("0xaf", 0xAF);
	number("0xAF", 0xAF);
	number("0x1234abcd", 0x1234ABCD);
	number("fa", 0xFA);
	number("AF", 0xAF);
	kind("0xg", CLI_VALUE_INVALID);
	kind("0xG", CLI_VALUE_INVALID);
	kind("0x/", CLI_VALUE_INVALID);
	kind("0x:", CLI_VALUE_INVALID);
	kind("0x@", CLI_VALUE_INVALID);
	kind("0x`", CLI_VALUE_INVALID);
}
END_TEST

START_TEST(decimal_values)
{
	number("2151481377", 0x803D0021);
	number("-2143485919", 0x803D0021);
	number("+3997697", 0x3D0001);
	number("3997697", 0x3D0001);
	number("0", 0);
	number("-0", 0);
	number("4294967295", 0xFFFFFFFF);
	number("-2147483648", 0x80000000);
	number("-1", 0xFFFFFFFF);
	number("09", 9);
	number("90", 90);
	kind("9/", CLI_VALUE_INVALID);
	kind("9:", CLI_VALUE_INVALID);
	kind("+", CLI_VALUE_INVALID);
	kind("+-1", CLI_VALUE_INVALID);
	kind("-+1", CLI_VALUE_INVALID);
	kind("4294967295x", CLI_VALUE_INVALID);
}
END_TEST

START_TEST(names_and_invalid_values)
{
	kind("WS_E_OTHER", CLI_VALUE_NAME);
	kind("ws_e_other", CLI_VALUE_NAME);
	kind("_x", CLI_VALUE_NAME);
	/* Every letter, digit and '_' may be in a name; a name starts with
	 * a letter or '_', and is not all hex digits (those are numbers). */
	kind("z", CLI_VALUE_NAME);
	kind("Z", CLI_VALUE_NAME);
	kind("zulu", CLI_VALUE_NAME);
	kind("ZULU", CLI_VALUE_NAME);
	kind("Az09_", CLI_VALUE_NAME);
	kind("g0", CLI_VALUE_NAME);
	kind("G9a", CLI_VALUE_NAME);
	kind("x_y", CLI_VALUE_NAME);
	kind("_", CLI_VALUE_NAME);
	kind("9z", CLI_VALUE_INVALID);
	kind("z-9", CLI_VALUE_INVALID);
	kind("z@", CLI_VALUE_INVALID);
	kind("z[", CLI_VALUE_INVALID);
	kind("z`", CLI_VALUE_INVALID);
	kind("z{", CLI_VALUE_INVALID);
	kind("z/", CLI_VALUE_INVALID);
	kind("z:", CLI_VALUE_INVALID);
	kind("@z", CLI_VALUE_INVALID);
	kind("[z", CLI_VALUE_INVALID);
	kind("`z", CLI_VALUE_INVALID);
	kind("{z", CLI_VALUE_INVALID);
	kind("", CLI_VALUE_INVALID);
	kind("0x", CLI_VALUE_INVALID);
	kind("0x123456789", CLI_VALUE_INVALID);
	kind("0xZZ", CLI_VALUE_INVALID);
	kind("4294967296", CLI_VALUE_INVALID);
	kind("-2147483649", CLI_VALUE_INVALID);
	kind("99999999999999999999999", CLI_VALUE_INVALID);
	kind("1.5", CLI_VALUE_INVALID);
	kind("--", CLI_VALUE_INVALID);
	kind("-", CLI_VALUE_INVALID);
	kind("WS E", CLI_VALUE_INVALID);
	kind("../etc/passwd", CLI_VALUE_INVALID);
	kind("1abcdefgh", CLI_VALUE_INVALID);
}
END_TEST

static int parse(struct cli_options *opt, const char **values, int argc, ...)
{
	char *argv[16];
	va_list ap;

	va_start(ap, argc);
	for (int i = 0; i < argc; i++)
		argv[i] = va_arg(ap, char *);
	va_end(ap);
	argv[argc] = NULL;
	return cli_parse_args(argc, argv, opt, values);
}

START_TEST(arguments)
{
	struct cli_options opt;
	const char *v[16];

	ck_assert_int_eq(parse(&opt, v, 3, "wsmsg", "WS_E_OTHER", "0x1"), 0);
	ck_assert_int_eq(opt.mode, CLI_DESCRIBE);
	ck_assert_int_eq(opt.nvalues, 2);
	ck_assert_str_eq(v[1], "0x1");
	ck_assert_ptr_null(opt.lang);

	ck_assert_int_eq(parse(&opt, v, 4, "wsmsg", "X", "--lang", "fr"), 0);
	ck_assert_str_eq(opt.lang, "fr");
	ck_assert_int_eq(opt.nvalues, 1);
	ck_assert_int_eq(parse(&opt, v, 4, "wsmsg", "-l", "ja", "X"), 0);
	ck_assert_str_eq(opt.lang, "ja");
	ck_assert_str_eq(v[0], "X");
	ck_assert_int_eq(parse(&opt, v, 3, "wsmsg", "--lang=zh-TW", "-5"), 0);
	ck_assert_str_eq(opt.lang, "zh-TW");
	ck_assert_str_eq(v[0], "-5");
	ck_assert_int_eq(parse(&opt, v, 4, "wsmsg", "--", "--list", "x"), 0);
	ck_assert_int_eq(opt.nvalues, 2);
	ck_assert_int_eq(parse(&opt, v, 2, "wsmsg", "--list"), 0);
	ck_assert_int_eq(opt.mode, CLI_LIST);
	ck_assert_int_eq(parse(&opt, v, 2, "wsmsg", "--languages"), 0);
	ck_assert_int_eq(opt.mode, CLI_LANGUAGES);
	ck_assert_int_eq(parse(&opt, v, 2, "wsmsg", "--version"), 0);
	ck_assert_int_eq(opt.mode, CLI_VERSION);
	ck_assert_int_eq(parse(&opt, v, 2, "wsmsg", "-h"), 0);
	ck_assert_int_eq(opt.mode, CLI_HELP);
}
END_TEST

START_TEST(usage_errors)
{
	struct cli_options opt;
	const char *v[16];

	ck_assert_int_eq(parse(&opt, v, 1, "wsmsg"), -1);
	ck_assert_int_eq(parse(&opt, v, 2, "wsmsg", "--bogus"), -1);
	ck_assert_str_eq(opt.culprit, "--bogus");
	ck_assert_int_eq(parse(&opt, v, 2, "wsmsg", "--lang"), -1);
	/* --lang last, with nothing else missing: its tag is. */
	ck_assert_int_eq(parse(&opt, v, 3, "wsmsg", "--list", "--lang"), -1);
	ck_assert_str_eq(opt.error, "option requires a language tag");
	ck_assert_str_eq(opt.culprit, "--lang");
	ck_assert_int_eq(parse(&opt, v, 3, "wsmsg", "--list", "-l"), -1);
	ck_assert_str_eq(opt.culprit, "-l");
	ck_assert_int_eq(parse(&opt, v, 4, "wsmsg", "--list", "--lang", "fr"), 0);
	ck_assert_str_eq(opt.lang, "fr");
	ck_assert_int_eq(parse(&opt, v, 3, "wsmsg", "--list", "--languages"), -1);
	ck_assert_str_eq(opt.error, "options conflict");
	ck_assert_int_eq(parse(&opt, v, 3, "wsmsg", "--list", "--list"), 0);
	ck_assert_int_eq(parse(&opt, v, 3, "wsmsg", "--help", "-V"), -1);
	ck_assert_int_eq(parse(&opt, v, 3, "wsmsg", "-V", "--help"), -1);
	ck_assert_int_eq(parse(&opt, v, 2, "wsmsg", "--langx"), -1);
	ck_assert_str_eq(opt.error, "unknown option");
	/* The letters next to the short options are not options. */
	static const char *const near[] = { "-W", "-U", "-i", "-g", "-k", "-m" };
	for (size_t i = 0; i < sizeof near / sizeof near[0]; i++) {
		ck_assert_int_eq(parse(&opt, v, 2, "wsmsg", near[i]), -1);
		ck_assert_str_eq(opt.error, "unknown option");
	}
	/* "-" alone is a value (the command then finds it invalid). */
	ck_assert_int_eq(parse(&opt, v, 2, "wsmsg", "-"), 0);
	ck_assert_str_eq(v[0], "-");
	ck_assert_int_eq(parse(&opt, v, 2, "wsmsg", "--"), -1);
	ck_assert_str_eq(opt.error, "no CODE or NAME given");
	ck_assert_ptr_null(opt.culprit);
	ck_assert_int_eq(parse(&opt, v, 3, "wsmsg", "--", "--"), 0);
	ck_assert_str_eq(v[0], "--");
	ck_assert_int_eq(parse(&opt, v, 3, "wsmsg", "--list", "X"), -1);
	ck_assert_int_eq(parse(&opt, v, 3, "wsmsg", "--list", "--version"), -1);
	ck_assert_int_eq(parse(&opt, v, 0), -1);
}
END_TEST

START_TEST(json)
{
	struct cli_options opt;
	const char *v[16];

	ck_assert_int_eq(parse(&opt, v, 2, "wsmsg", "X"), 0);
	ck_assert(!opt.json);
	ck_assert_int_eq(parse(&opt, v, 3, "wsmsg", "X", "--json"), 0);
	ck_assert(opt.json);
	ck_assert_int_eq(opt.mode, CLI_DESCRIBE);
	ck_assert_int_eq(opt.nvalues, 1);
	ck_assert_int_eq(parse(&opt, v, 3, "wsmsg", "--json", "--list"), 0);
	ck_assert(opt.json);
	ck_assert_int_eq(opt.mode, CLI_LIST);
	ck_assert_int_eq(parse(&opt, v, 4, "wsmsg", "--search", "x", "--json"), 0);
	ck_assert(opt.json);
	ck_assert_int_eq(parse(&opt, v, 4, "wsmsg", "--json", "--json", "X"), 0);
	/* After "--", a value like any other (the command then finds it
	 * invalid). */
	ck_assert_int_eq(parse(&opt, v, 3, "wsmsg", "--", "--json"), 0);
	ck_assert(!opt.json);
	ck_assert_str_eq(v[0], "--json");
	/* Nothing to describe: JSON has no use there. */
	static const char *const alone[] = { "--languages", "--help", "-h",
	                                     "--version", "-V" };
	for (size_t i = 0; i < sizeof alone / sizeof alone[0]; i++) {
		ck_assert_int_eq(parse(&opt, v, 3, "wsmsg", "--json", alone[i]), -1);
		ck_assert_str_eq(opt.error, "--json goes only with CODE|NAME, --list or --search");
		ck_assert_ptr_null(opt.culprit);
		ck_assert_int_eq(parse(&opt, v, 3, "wsmsg", alone[i], "--json"), -1);
	}
	ck_assert_int_eq(parse(&opt, v, 1, "wsmsg", "--json"), -1);
	ck_assert_str_eq(opt.error, "no CODE or NAME given");
	ck_assert_int_eq(parse(&opt, v, 2, "wsmsg", "--jso"), -1);
	ck_assert_int_eq(parse(&opt, v, 2, "wsmsg", "--json=1"), -1);
	ck_assert_str_eq(opt.error, "unknown option");
}
END_TEST

START_TEST(search)
{
	struct cli_options opt;
	const char *v[16];

	ck_assert_int_eq(parse(&opt, v, 2, "wsmsg", "X"), 0);
	ck_assert_ptr_null(opt.search);
	ck_assert_int_eq(parse(&opt, v, 3, "wsmsg", "--search", "not found"), 0);
	ck_assert_int_eq(opt.mode, CLI_SEARCH);
	ck_assert_str_eq(opt.search, "not found");
	ck_assert_int_eq(opt.nvalues, 0);
	ck_assert(!opt.json);
	ck_assert_int_eq(parse(&opt, v, 2, "wsmsg", "--search=a=b"), 0);
	ck_assert_int_eq(opt.mode, CLI_SEARCH);
	ck_assert_str_eq(opt.search, "a=b");
	/* The text is the next argument, whatever it looks like. */
	ck_assert_int_eq(parse(&opt, v, 3, "wsmsg", "--search", "--list"), 0);
	ck_assert_int_eq(opt.mode, CLI_SEARCH);
	ck_assert_str_eq(opt.search, "--list");
	ck_assert_int_eq(parse(&opt, v, 3, "wsmsg", "--search", ""), 0);
	ck_assert_str_eq(opt.search, "");
	/* Given twice, the last counts. */
	ck_assert_int_eq(parse(&opt, v, 5, "wsmsg", "--search", "a", "--search=b", "-l"), -1);
	ck_assert_int_eq(parse(&opt, v, 6, "wsmsg", "--search", "a", "--search=b", "-l", "fr"), 0);
	ck_assert_str_eq(opt.search, "b");
	ck_assert_str_eq(opt.lang, "fr");
	ck_assert_int_eq(parse(&opt, v, 2, "wsmsg", "--search"), -1);
	ck_assert_str_eq(opt.error, "option requires a text");
	ck_assert_str_eq(opt.culprit, "--search");
	/* One mode at a time, and no CODE|NAME with it. */
	ck_assert_int_eq(parse(&opt, v, 4, "wsmsg", "--search", "x", "--list"), -1);
	ck_assert_str_eq(opt.error, "options conflict");
	ck_assert_str_eq(opt.culprit, "--list");
	ck_assert_int_eq(parse(&opt, v, 4, "wsmsg", "--languages", "--search", "x"), -1);
	ck_assert_str_eq(opt.error, "options conflict");
	ck_assert_str_eq(opt.culprit, "--search");
	ck_assert_int_eq(parse(&opt, v, 3, "wsmsg", "--version", "--search=x"), -1);
	ck_assert_str_eq(opt.culprit, "--search=x");
	ck_assert_int_eq(parse(&opt, v, 4, "wsmsg", "--search", "x", "WS_E_OTHER"), -1);
	ck_assert_str_eq(opt.error, "unexpected argument");
	ck_assert_str_eq(opt.culprit, "WS_E_OTHER");
	ck_assert_int_eq(parse(&opt, v, 2, "wsmsg", "--searchx"), -1);
	ck_assert_str_eq(opt.error, "unknown option");
}
END_TEST

int main(void)
{
	Suite *s = suite_create("cli-parse");
	TCase *tc = tcase_create("parse");

	tcase_add_test(tc, hex_values);
	tcase_add_test(tc, decimal_values);
	tcase_add_test(tc, names_and_invalid_values);
	tcase_add_test(tc, arguments);
	tcase_add_test(tc, usage_errors);
	tcase_add_test(tc, json);
	tcase_add_test(tc, search);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
