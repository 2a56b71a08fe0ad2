/*
 * wsmsg_format() with any code, tag and buffer size from 0 to 600, into a
 * heap buffer of exactly that size, so that AddressSanitizer sees any
 * write past it.
 *
 * Input: SIZE (2 bytes, big-endian, taken modulo 601), FLAGS (1 byte),
 * CODE (4 bytes, big-endian), then the tag up to the first NUL.  FLAGS:
 * 1 no tag (NULL, the caller's language), 2 describe the known code at
 * index CODE % wsmsg_count() instead, 4 a NULL buffer.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "direction.h"
#include "fuzz.h"
#include "lookup.h"
#include "wsmsg.h"

#define HEADER 7
#define MAX_SIZE 600
/* Longer than any line of the catalogs (the longest, Thai, is 654 bytes). */
#define LINE_MAX_BYTES 1024

enum { NO_TAG = 1, KNOWN_CODE = 2, NULL_BUFFER = 4 };

/* A right-to-left text stands between U+2067 and U+2069 (direction.h). */
#define RLI_IF(text) (wsmsg_text_rtl(text) ? "\xE2\x81\xA7" : "")
#define PDI_IF(text) (wsmsg_text_rtl(text) ? "\xE2\x81\xA9" : "")

/*
 * The whole line that wsmsg_format() should write, built from the other
 * functions, and the status it should return when the line fits.
 */
static int32_t expected_line(int32_t code, const char *lang, char *line,
                             size_t size)
{
	const char *text = NULL;
	int32_t st = wsmsg_describe_lang(code, lang, &text);
	char hex[11];

	snprintf(hex, sizeof hex, "0x%08" PRIX32, (uint32_t)code);
	if (st == E_INVALIDARG) {
		line[0] = '\0';
		return st;
	}
	if (st == WSMSG_E_UNKNOWN_CODE) {
		/* The translated "unknown return value", the message after the
		 * entries. */
		int source;
		FUZZ_CHECK(wsmsg_source(lang, &source) == S_OK, "source");
		wsmsg_message(wsmsg_nentries, source, &text);
		snprintf(line, size, "%s: %s%s%s", hex, RLI_IF(text), text, PDI_IF(text));
		return st;
	}
	FUZZ_CHECK(st == S_OK || st == WS_E_NO_TRANSLATION_AVAILABLE,
	           "describe: 0x%08X", (unsigned)st);
	snprintf(line, size, "%s (%s): %s%s%s", wsmsg_name(code), hex, RLI_IF(text), text,
	         PDI_IF(text));
	return st;
}

FUZZ_TARGET(format)
{
	size_t bufsize = (fuzz_u32(data, size, 0) >> 16) % (MAX_SIZE + 1);
	unsigned flags = size >= 3 ? data[2] : 0;
	int32_t code = (int32_t)fuzz_u32(data, size, 3);
	char *tag = fuzz_strndup(data + (size > HEADER ? HEADER : size),
	                         size > HEADER ? size - HEADER : 0);
	const char *lang = (flags & NO_TAG) ? NULL : tag;

	if (flags & KNOWN_CODE)
		code = wsmsg_code_at((uint32_t)code % wsmsg_count());

	/* The line when the buffer is large. */
	char line[2 * LINE_MAX_BYTES], full[2 * LINE_MAX_BYTES];
	int32_t want = expected_line(code, lang, line, sizeof line);
	int32_t st = wsmsg_format(code, lang, full, sizeof full);
	FUZZ_CHECK(st == want, "large buffer: 0x%08X, expected 0x%08X",
	           (unsigned)st, (unsigned)want);
	FUZZ_CHECK(strcmp(full, line) == 0, "\"%s\", expected \"%s\"",
	           full, line);
	size_t n = strlen(line);
	FUZZ_CHECK(n < LINE_MAX_BYTES && fuzz_utf8_valid(line, n), "line \"%s\"", line);

	/* A buffer of exactly `bufsize` bytes, none of them NUL to start. */
	char *buf = (flags & NULL_BUFFER) ? NULL : malloc(bufsize);
	if (buf != NULL)
		memset(buf, 'X', bufsize);
	st = wsmsg_format(code, lang, buf, bufsize);
	FUZZ_CHECK(fuzz_is_status(st), "status 0x%08X", (unsigned)st);

	if (buf == NULL && bufsize > 0) {
		FUZZ_CHECK(st == E_INVALIDARG, "NULL buffer: 0x%08X", (unsigned)st);
	} else if (want == E_INVALIDARG) {
		FUZZ_CHECK(st == E_INVALIDARG, "malformed: 0x%08X", (unsigned)st);
		FUZZ_CHECK(bufsize == 0 || buf[0] == '\0', "not emptied");
	} else if (bufsize == 0) {
		FUZZ_CHECK(st == WSMSG_E_BUFFER_TOO_SMALL, "size 0: 0x%08X",
		           (unsigned)st);
	} else {
		size_t got = strnlen(buf, bufsize);
		FUZZ_CHECK(got < bufsize, "not NUL-terminated in %zu bytes", bufsize);
		FUZZ_CHECK(fuzz_utf8_valid(buf, got), "cut inside a character");
		FUZZ_CHECK(strncmp(buf, line, got) == 0,
		           "\"%s\" is not the start of \"%s\"", buf, line);
		if (n < bufsize) {
			FUZZ_CHECK(st == want && got == n,
			           "fits in %zu: 0x%08X, %zu bytes", bufsize,
			           (unsigned)st, got);
		} else {
			FUZZ_CHECK(st == WSMSG_E_BUFFER_TOO_SMALL,
			           "%zu bytes in %zu: 0x%08X", n, bufsize, (unsigned)st);
			/* Cut at the last character boundary that fits. */
			FUZZ_CHECK(((unsigned char)line[got] & 0xC0) != 0x80,
			           "cut inside a character");
			for (size_t k = got + 1; k < bufsize; k++)
				FUZZ_CHECK(((unsigned char)line[k] & 0xC0) == 0x80,
				           "cut at %zu, %zu fits", got, bufsize - 1);
		}
	}
	free(buf);
	free(tag);
	return 0;
}
