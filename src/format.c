/* wsmsg_format: one line, "NAME (0xXXXXXXXX): text", a right-to-left
 * text inside an isolate. */
#include <inttypes.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "catalog.h"
#include "direction.h"
#include "lookup.h"
#include "wsmsg.h"

/* U+2067 RIGHT-TO-LEFT ISOLATE and U+2069 POP DIRECTIONAL ISOLATE, around
 * a right-to-left text (direction.h). */
#define RLI "\xE2\x81\xA7"
#define PDI "\xE2\x81\xA9"

/* A bounded writer that never cuts a UTF-8 character in two. */
struct line {
	char *buf;
	size_t size;   /* > 0 */
	size_t len;
	bool cut;
};

static void put(struct line *l, const char *s)
{
	size_t n = strlen(s), room = l->size - 1 - l->len;

	if (l->cut)
		return;
	if (n > room) {
		n = room;
		/* Back off to the start of the character that does not fit. */
		while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
			n--;
		l->cut = true;
	}
	memcpy(l->buf + l->len, s, n);
	l->len += n;
	l->buf[l->len] = '\0';
}

int32_t wsmsg_format(int32_t code, const char *lang, char *buf, size_t size)
{
	if (buf == NULL && size > 0)
		return E_INVALIDARG;

	int source;
	if (wsmsg_source(lang, &source) != S_OK) {
		if (size > 0)
			buf[0] = '\0';
		return E_INVALIDARG;
	}
	if (size == 0)
		return WSMSG_E_BUFFER_TOO_SMALL;

	long i = wsmsg_entry_index(code);
	size_t m = i >= 0 ? (size_t)i : wsmsg_nentries; /* the unknown phrase */
	const char *text;
	int32_t status = wsmsg_message(m, source, &text);

	char hex[16];
	snprintf(hex, sizeof hex, "0x%08" PRIX32, (uint32_t)code);
	struct line l = { buf, size, 0, 0 };
	if (i >= 0) {
		put(&l, wsmsg_strtab + wsmsg_entries[i].name);
		put(&l, " (");
		put(&l, hex);
		put(&l, "): ");
	} else {
		put(&l, hex);
		put(&l, ": ");
	}
	if (wsmsg_text_rtl(text)) {
		put(&l, RLI);
		put(&l, text);
		put(&l, PDI);
	} else {
		put(&l, text);
	}

	if (l.cut)
		return WSMSG_E_BUFFER_TOO_SMALL;
	return i < 0 ? WSMSG_E_UNKNOWN_CODE : status;
}
