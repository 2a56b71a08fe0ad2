/*
 * The lookup paths.  A code is found through the perfect hash that
 * gen-catalog built over the entries (catalog.h).  An explicit language
 * is resolved against the compiled-in catalogs; the caller's language
 * goes to libintl first, then to the compiled-in catalogs when libintl
 * has no translation.
 */
#include "lookup.h"

#include <stdbool.h>

#include "caller.h"
#include "catalog-hash.h"
#include "catalog.h"
#include "intl.h"
#include "lang.h"
#include "wsmsg.h"

#if defined(__GNUC__)
#define OUT_OF_LINE __attribute__((noinline))
#define IN_LINE inline __attribute__((always_inline))
#else
#define OUT_OF_LINE
#define IN_LINE inline
#endif

static IN_LINE long entry_index(int32_t code)
{
	uint64_t want = (uint32_t)code;
	size_t i = wsmsg_code_slots[want * WSMSG_CODE_MULT >> WSMSG_CODE_SHIFT];

	return wsmsg_entries[i].code == want ? (long)i : -1;
}

long wsmsg_entry_index(int32_t code)
{
	return entry_index(code);
}

static uint32_t key_of(size_t m)
{
	return m < WSMSG_NENTRIES ? wsmsg_entries[m].key
	                          : wsmsg_phrase_keys[m - WSMSG_NENTRIES];
}

static uint32_t english_of(size_t m)
{
	return m < WSMSG_NENTRIES ? wsmsg_entries[m].english
	                          : wsmsg_phrase_english[m - WSMSG_NENTRIES];
}

/* Message m from catalog c (an index, or WSMSG_CATALOG_ENGLISH/_NONE). */
static IN_LINE int32_t from_catalog(size_t m, int c, const char **text)
{
	uint32_t off = 0;

	if (c >= 0)
		off = wsmsg_texts[(size_t)c * WSMSG_NMESSAGES + m];
	if (off != 0) {
		*text = wsmsg_strtab + off;
		return S_OK;
	}
	*text = wsmsg_strtab + english_of(m);
	return c == WSMSG_CATALOG_ENGLISH ? S_OK : WS_E_NO_TRANSLATION_AVAILABLE;
}

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

/* Not a catalog's own spelling: the tag needs the parser. */
#define NOT_SPELLED (-100)

/*
 * A tag written exactly as one of the catalogs' own spellings ("fr_FR",
 * "zh-TW", "en", "C"; catalog.h), alone or with a codeset (".UTF-8"),
 * which the parser ignores: the source that parsing and matching would
 * give, without doing either.  NOT_SPELLED for any other tag.
 */
static IN_LINE int spelled_source(const char *lang)
{
	uint64_t key = 0;
	size_t n;

	/* Up to the NUL or the '.' of a codeset.  The test stops at any byte
	 * whose bits are all among those of '.', a set that holds NUL and no
	 * other tag byte: a tag that stops early at one is malformed, and
	 * the check below leaves it to the parser. */
	for (n = 0; n < 8; n++) {
		unsigned char c = (unsigned char)lang[n];
		if ((c & ~'.') == 0)
			break;
		key = key << 8 | c;
	}
	if (lang[n] != '\0' && lang[n] != '.')
		return NOT_SPELLED;
	const struct wsmsg_spelling *sp =
		&wsmsg_spelling_slots[key * WSMSG_SPELLING_MULT >> WSMSG_SPELLING_SHIFT];
	if (sp->key != key)
		return NOT_SPELLED;
	if (lang[n] == '.') {
		/* A codeset of up to 8 bytes ("UTF-8", "eucJP"); longer ones, far
		 * rarer, are left to the parser.  So the tag is shorter than
		 * WSMSG_TAG_MAX here. */
		const char *codeset = lang + n + 1;
		size_t k;
		for (k = 0; k < 8; k++)
			if (!codeset_byte[(unsigned char)codeset[k]])
				break;
		if (codeset[k] != '\0')
			return NOT_SPELLED;
	}
	return sp->source;
}

int32_t wsmsg_source(const char *lang, int *source)
{
	if (lang == NULL) {
		*source = WSMSG_SOURCE_CALLER;
		return S_OK;
	}
	int spelled = spelled_source(lang);
	if (spelled != NOT_SPELLED) {
		*source = spelled;
		return S_OK;
	}
	struct wsmsg_tag tag = wsmsg_tag_parse_str(lang);
	if (tag.kind == WSMSG_TAG_MALFORMED)
		return E_INVALIDARG;
	*source = wsmsg_catalog_for_tag(&tag);
	return S_OK;
}

/* Message m in the caller's language: libintl, else the compiled-in
 * catalogs. */
static int32_t caller_message(size_t m, const char **text)
{
	const char *t = wsmsg_intl_lookup(m, wsmsg_strtab + key_of(m));
	if (t != NULL) {
		*text = t;
		return S_OK;
	}
	return from_catalog(m, wsmsg_caller_catalog(), text);
}

int32_t wsmsg_message(size_t m, int source, const char **text)
{
	if (source != WSMSG_SOURCE_CALLER)
		return from_catalog(m, source, text);
	return caller_message(m, text);
}

/* Every case: any tag or NULL, unknown codes, a NULL `text`. */
static OUT_OF_LINE int32_t describe(int32_t code, const char *lang, const char **text)
{
	int source;

	if (text == NULL)
		return E_INVALIDARG;
	*text = NULL;
	if (wsmsg_source(lang, &source) != S_OK)
		return E_INVALIDARG;
	long i = entry_index(code);
	if (i < 0)
		return WSMSG_E_UNKNOWN_CODE;
	return wsmsg_message((size_t)i, source, text);
}

/*
 * The common case first, without a stack frame: a known code in a
 * catalog's own spelling of a tag, which the compiled-in catalogs answer.
 * Anything else goes to describe().
 */
int32_t wsmsg_describe_lang(int32_t code, const char *lang, const char **text)
{
	if (text != NULL && lang != NULL) {
		int source = spelled_source(lang);
		long i = entry_index(code);
		if (source != NOT_SPELLED && i >= 0)
			return from_catalog((size_t)i, source, text);
	}
	return describe(code, lang, text);
}

/* wsmsg_describe_lang(code, NULL, text), without the tag's cases. */
int32_t wsmsg_describe(int32_t code, const char **text)
{
	if (text == NULL)
		return E_INVALIDARG;
	long i = entry_index(code);
	if (i < 0) {
		*text = NULL;
		return WSMSG_E_UNKNOWN_CODE;
	}
	return caller_message((size_t)i, text);
}

const char *wsmsg_name(int32_t code)
{
	long i = wsmsg_entry_index(code);
	return i < 0 ? NULL : wsmsg_strtab + wsmsg_entries[i].name;
}

/* Compares `s` with a stored upper-case name, ignoring the case of s. */
static int compare_name(const char *s, const char *name)
{
	for (;; s++, name++) {
		unsigned char a = (unsigned char)*s, b = (unsigned char)*name;
		if (a >= 'a' && a <= 'z')
			a = (unsigned char)(a - 'a' + 'A');
		if (a != b || a == '\0')
			return (a > b) - (a < b);
	}
}

int32_t wsmsg_from_name(const char *name, int32_t *code)
{
	if (name == NULL || code == NULL)
		return E_INVALIDARG;
	size_t lo = 0, hi = wsmsg_nentries;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const struct wsmsg_entry *e = &wsmsg_entries[wsmsg_by_name[mid]];
		int cmp = compare_name(name, wsmsg_strtab + e->name);
		if (cmp == 0) {
			*code = (int32_t)e->code;
			return S_OK;
		}
		if (cmp > 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return WSMSG_E_UNKNOWN_CODE;
}

size_t wsmsg_count(void)
{
	return wsmsg_nentries;
}

int32_t wsmsg_code_at(size_t i)
{
	return i < wsmsg_nentries ? (int32_t)wsmsg_entries[i].code
	                          : WSMSG_E_UNKNOWN_CODE;
}

const char *const *wsmsg_languages(void)
{
	return wsmsg_catalog_tags;
}
