/*
 * describe: prints what a Windows Web Services return value means, in the
 * language of the user's locale and in a language named on the command
 * line.
 *
 *     describe [NAME-OR-CODE [TAG]]   (default: WS_E_ENDPOINT_NOT_FOUND fr-FR)
 *
 * Build it against an installed libwsmsg with
 *
 *     cc describe.c $(pkg-config --cflags --libs wsmsg) -o describe
 */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>

#include <wsmsg.h>

/* A name ("WS_E_OTHER") or a hexadecimal value ("0x803D0021"). */
static int parse_code(const char *arg, int32_t *code)
{
	char *end;

	if (wsmsg_from_name(arg, code) == S_OK)
		return 0;
	unsigned long value = strtoul(arg, &end, 16);
	if (*arg == '\0' || *end != '\0' || value > 0xFFFFFFFFul)
		return -1;
	*code = (int32_t)(uint32_t)value;
	return 0;
}

static void print(const char *label, int32_t status, const char *text)
{
	if (status == WS_E_NO_TRANSLATION_AVAILABLE)
		printf("%s: %s [no catalog for this language: English]\n", label, text);
	else
		printf("%s: %s\n", label, text);
}

int main(int argc, char **argv)
{
	const char *arg = argc > 1 ? argv[1] : "WS_E_ENDPOINT_NOT_FOUND";
	const char *tag = argc > 2 ? argv[2] : "fr-FR";
	const char *text;
	int32_t code;

	/* The user's locale decides the language of wsmsg_describe(). */
	setlocale(LC_ALL, "");

	if (parse_code(arg, &code) != 0) {
		fprintf(stderr, "describe: \"%s\" is neither a name nor a hexadecimal value\n", arg);
		return 1;
	}
	if (wsmsg_name(code) == NULL) {
		fprintf(stderr, "describe: 0x%08lX is not a value this library knows\n",
		        (unsigned long)(uint32_t)code);
		return 2;
	}
	printf("%s (0x%08lX)\n", wsmsg_name(code), (unsigned long)(uint32_t)code);

	int32_t status = wsmsg_describe(code, &text);
	print("locale", status, text);

	status = wsmsg_describe_lang(code, tag, &text);
	if (status == E_INVALIDARG) {
		fprintf(stderr, "describe: \"%s\" is not a language tag\n", tag);
		return 1;
	}
	print(tag, status, text);
	return 0;
}
