/*
 * A catalog's own spelling of a tag, recognised without the parser.
 *
 * Most tags name a language as its catalog does ("fr-FR", "zh_TW", "en",
 * "C"), often with a codeset ("fr_FR.UTF-8", which is also how locales
 * are named).  gen-catalog lists those spellings with the answer the
 * parser and matcher give for each (catalog.h); this header looks one up
 * in a few instructions.  Both the explicit path (lookup.c) and the
 * caller's locale name (caller.c) use it before they parse.
 */
#ifndef WSMSG_SPELLING_H
#define WSMSG_SPELLING_H

#include <stdbool.h>
#include <stdint.h>

#include "catalog-hash.h"
#include "catalog.h"
#include "resolve.h"

#if defined(__GNUC__)
#define WSMSG_ALWAYS_INLINE inline __attribute__((always_inline))
#else
#define WSMSG_ALWAYS_INLINE inline
#endif

/* The loops below run at most 8 times: unrolled, as -O3 does, each byte
 * costs no counter and no jump back (-O2, the default, leaves them). */
#if defined(__GNUC__)
#define WSMSG_UNROLL_8 _Pragma("GCC unroll 8")
#else
#define WSMSG_UNROLL_8
#endif

/* The bytes a codeset may have: a tag's bytes but '@' (a modifier). */
static const bool codeset_byte[256] = {
	['-'] = 1, ['.'] = 1, ['_'] = 1,
	['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1,
	['7'] = 1, ['8'] = 1, ['9'] = 1,
	['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1, ['G'] = 1,
	['H'] = 1, ['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1,
	['O'] = 1, ['P'] = 1, ['Q'] = 1, ['R'] = 1, ['S'] = 1, ['T'] = 1, ['U'] = 1,
	['V'] = 1, ['W'] = 1, ['X'] = 1, ['Y'] = 1, ['Z'] = 1,
	['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1, ['g'] = 1,
	['h'] = 1, ['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1, ['m'] = 1, ['n'] = 1,
	['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1, ['s'] = 1, ['t'] = 1, ['u'] = 1,
	['v'] = 1, ['w'] = 1, ['x'] = 1, ['y'] = 1, ['z'] = 1,
};

/*
 * A tag written exactly as one of the catalogs' own spellings ("fr_FR",
 * "zh-TW", "en", "C"; catalog.h), alone or with a codeset (".UTF-8"),
 * which the parser ignores: the source that parsing and matching would
 * give, without doing either.  WSMSG_SOURCE_UNSPELLED for any other tag.
 */
static WSMSG_ALWAYS_INLINE int wsmsg_spelled_source(const char *lang)
{
	uint64_t key = 0;
	size_t n;

	/* Up to the NUL or the '.' of a codeset.  The test stops at any byte
	 * whose bits are all among those of '.', a set that holds NUL and no
	 * other tag byte: a tag that stops early at one is malformed, and
	 * the check below leaves it to the parser. */
	WSMSG_UNROLL_8
	for (n = 0; n < 8; n++) {
		unsigned char c = (unsigned char)lang[n];
		if ((c & ~'.') == 0)
			break;
		key = key << 8 | c;
	}
	if (lang[n] != '\0' && lang[n] != '.')
		return WSMSG_SOURCE_UNSPELLED;
	const struct wsmsg_spelling *sp =
		&wsmsg_spelling_slots[key * WSMSG_SPELLING_MULT >> WSMSG_SPELLING_SHIFT];
	if (sp->key != key)
		return WSMSG_SOURCE_UNSPELLED;
	if (lang[n] == '.') {
		/* A codeset of up to 8 bytes ("UTF-8", "eucJP"); longer ones, far
		 * rarer, are left to the parser.  So the tag is shorter than
		 * WSMSG_TAG_MAX here. */
		const char *codeset = lang + n + 1;
		size_t k;
		WSMSG_UNROLL_8
		for (k = 0; k < 8; k++)
			if (!codeset_byte[(unsigned char)codeset[k]])
				break;
		if (codeset[k] != '\0')
			return WSMSG_SOURCE_UNSPELLED;
	}
	return sp->source;
}

#endif
