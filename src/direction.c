/* The direction of a text (direction.h). */
#include "direction.h"

#include <stddef.h>
#include <stdint.h>

#define COUNT(a) (sizeof (a) / sizeof (a)[0])

struct range {
	uint32_t first, last;
};

/* The blocks of the scripts written from right to left (Unicode's
 * Bidi_Class R and AL): Hebrew to Arabic Extended-A, the Hebrew and
 * Arabic presentation forms, and the right-to-left blocks of the
 * supplementary planes. */
static const struct range rtl[] = {
	{ 0x0590, 0x08FF }, { 0xFB1D, 0xFDFF }, { 0xFE70, 0xFEFF },
	{ 0x10800, 0x10FFF }, { 0x1E800, 0x1EFFF },
};

/* Spaces, punctuation and symbols outside ASCII that texts use around
 * their words: Latin-1's, general punctuation (no-break and narrow
 * spaces, dashes, quotation marks, isolates), CJK and full-width
 * punctuation. */
static const struct range neutral[] = {
	{ 0x0080, 0x00BF }, { 0x00D7, 0x00D7 }, { 0x00F7, 0x00F7 },
	{ 0x2000, 0x206F }, { 0x3000, 0x303F }, { 0xFE10, 0xFE1F },
	{ 0xFE30, 0xFE4F }, { 0xFF00, 0xFF0F },
};

static bool in(const struct range *r, size_t n, uint32_t cp)
{
	for (size_t i = 0; i < n; i++)
		if (cp >= r[i].first && cp <= r[i].last)
			return true;
	return false;
}

/* The code point at *s, and *s moved past it; 0 at the end of the text
 * or at a byte that does not start a well-formed character. */
static uint32_t next(const unsigned char **s)
{
	const unsigned char *p = *s;
	size_t more;
	uint32_t cp;

	if (p[0] < 0x80)
		more = 0, cp = p[0];
	else if (p[0] >= 0xC2 && p[0] <= 0xDF)
		more = 1, cp = p[0] - 0xC0u;
	else if (p[0] >= 0xE0 && p[0] <= 0xEF)
		more = 2, cp = p[0] - 0xE0u;
	else if (p[0] >= 0xF0 && p[0] <= 0xF4)
		more = 3, cp = p[0] - 0xF0u;
	else
		return 0;
	for (size_t i = 1; i <= more; i++) {
		if (p[i] < 0x80 || p[i] > 0xBF)
			return 0; /* a NUL included: the text ends mid-character */
		cp = cp << 6 | (p[i] - 0x80u);
	}
	*s = p + 1 + more;
	return cp;
}

bool wsmsg_text_rtl(const char *text)
{
	const unsigned char *s = (const unsigned char *)text;

	for (uint32_t cp = next(&s); cp != 0; cp = next(&s))
		if (cp >= 0x80 && !in(neutral, COUNT(neutral), cp))
			return in(rtl, COUNT(rtl), cp);
	return false;
}
