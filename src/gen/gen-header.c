/*
 * gen-header: writes wsmsg-codes.h, the public macros for every code in
 * src/code-table.h, each guarded with #ifndef so that it yields to a
 * definition from <windows.h> or Wine's headers.
 *
 * Usage: gen-header OUTPUT
 */
#include <inttypes.h>
#include <stdio.h>

#include "output.h"

static void emit(FILE *out, const char *name, uint32_t value)
{
	fprintf(out, "#ifndef %s\n#define %s ((int32_t)0x%08" PRIX32 "u)\n#endif\n",
	        name, name, value);
}

int main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: %s OUTPUT\n", argv[0]);
		return 1;
	}
	FILE *out = fopen(argv[1], "w");
	if (out == NULL) {
		perror(argv[1]);
		return 1;
	}
	fputs("/* Generated from src/code-table.h by gen-header: do not edit. */\n"
	      "#ifndef WSMSG_CODES_H\n#define WSMSG_CODES_H\n\n"
	      "#include <stdint.h>\n\n", out);
#define WSMSG_CODE(name, value, text) emit(out, name, value);
#include "code-table.h"
#undef WSMSG_CODE
	fputs("\n#endif\n", out);
	return close_output(out, argv[1]) ? 0 : 1;
}
