/* Helpers shared by the fuzz targets. */
#include "fuzz.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "wsmsg.h"

void fuzz_fail(const char *file, int line, const char *cond,
               const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s:%d: broken promise: %s\n  ", file, line, cond);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	abort();
}

char *fuzz_strndup(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1);

	if (s == NULL)
		abort();
	if (size > 0)
		memcpy(s, data, size);
	s[size] = '\0';
	return s;
}

bool fuzz_utf8_valid(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;

	while (i < n) {
		unsigned c = p[i];
		size_t len;
		uint32_t v, min;

		if (c < 0x80) {
			i++;
			continue;
		} else if ((c & 0xE0) == 0xC0) {
			len = 2, v = c & 0x1F, min = 0x80;
		} else if ((c & 0xF0) == 0xE0) {
			len = 3, v = c & 0x0F, min = 0x800;
		} else if ((c & 0xF8) == 0xF0) {
			len = 4, v = c & 0x07, min = 0x10000;
		} else {
			return false;
		}
		if (n - i < len)
			return false;
		for (size_t k = 1; k < len; k++) {
			if ((p[i + k] & 0xC0) != 0x80)
				return false;
			v = v << 6 | (p[i + k] & 0x3F);
		}
		if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
			return false;
		i += len;
	}
	return true;
}

bool fuzz_is_status(int32_t status)
{
	return status == S_OK || status == E_INVALIDARG ||
	       status == WSMSG_E_UNKNOWN_CODE ||
	       status == WSMSG_E_BUFFER_TOO_SMALL ||
	       status == WS_E_NO_TRANSLATION_AVAILABLE;
}

uint32_t fuzz_u32(const uint8_t *data, size_t size, size_t i)
{
	uint32_t v = 0;

	for (size_t k = 0; k < 4; k++)
		v = v << 8 | (i + k < size ? data[i + k] : 0);
	return v;
}
