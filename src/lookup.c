/*
 * The lookup paths.  A code is found through the perfect hash that
 * gen-catalog built over the entries (catalog.h).  An explicit language
 * is resolved against the languages of every catalog source, installed
 * and compiled in (sources.h); the caller's language goes to libintl
 * first, when every installed catalog libintl might read has been
 * validated (installed.h), then to the same sources.
 */
#include "lookup.h"

#include <stdbool.h>

#include "caller.h"
#include "catalog-hash.h"
#include "catalog.h"
#include "intl.h"
#include "lang.h"
#include "resolve.h"
#include "sources.h"
#include "spelling.h"
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

const char *wsmsg_message_key(size_t m)
{
	return wsmsg_strtab + key_of(m);
}

const char *wsmsg_message_english(size_t m)
{
	return wsmsg_strtab + english_of(m);
}

static IN_LINE int32_t from_texts(size_t m, const struct wsmsg_slot_texts *t,
                                  const char **text)
{
	*text = t->text[m];
	return (t->translated >> m) & 1 ? S_OK : WS_E_NO_TRANSLATION_AVAILABLE;
}

/* Message m from slot s, merging its texts first (sources.h). */
static OUT_OF_LINE int32_t from_sources(size_t m, int s, const char **text)
{
	const struct wsmsg_slot_texts *t = wsmsg_slot_texts(s);

	if (t == NULL) {
		*text = wsmsg_strtab + english_of(m);
		return WS_E_NO_TRANSLATION_AVAILABLE;
	}
	return from_texts(m, t, text);
}

/*
 * Message m from slot c, or WSMSG_SOURCE_ENGLISH or _NONE.  A slot's
 * texts are merged from its sources once (sources.h); the first lookup,
 * and the first after a change of binding, merges them.
 */
static IN_LINE int32_t from_catalog(size_t m, int c, const char **text)
{
	if (c >= 0) {
		const struct wsmsg_slot_texts *t = wsmsg_slot_texts_ready(c);
		if (t == NULL)
			return from_sources(m, c, text);
		return from_texts(m, t, text);
	}
	*text = wsmsg_strtab + english_of(m);
	return c == WSMSG_SOURCE_ENGLISH ? S_OK : WS_E_NO_TRANSLATION_AVAILABLE;
}

int32_t wsmsg_source(const char *lang, int *source)
{
	if (lang == NULL) {
		*source = WSMSG_SOURCE_CALLER;
		return S_OK;
	}
	int spelled = wsmsg_spelled_source(lang);
	if (spelled != WSMSG_SOURCE_UNSPELLED) {
		*source = spelled;
		return S_OK;
	}
	struct wsmsg_tag tag = wsmsg_tag_parse_str(lang);
	if (tag.kind == WSMSG_TAG_MALFORMED)
		return E_INVALIDARG;
	*source = wsmsg_slot_for_tag(&tag);
	return S_OK;
}

/*
 * Message m in the caller's language: libintl when the caller's names
 * are safe to hand it and every installed catalog libintl might read is
 * valid, else (or when it has no translation) the catalog sources.  The locale and LANGUAGE are read once; a message
 * libintl found before in this locale goes straight back to it, since
 * libintl then answers from its own cache without reading LANGUAGE.
 */
static int32_t caller_message(size_t m, const char **text)
{
	const char *key = wsmsg_strtab + key_of(m);
	const char *locale = wsmsg_caller_locale();
	const char *t = locale ? wsmsg_intl_found_before(m, key, locale) : NULL;

	if (t == NULL) {
		struct wsmsg_caller c = { locale, wsmsg_caller_language() };
		if (!wsmsg_caller_safe_for_libintl(&c) || !wsmsg_sources_trust_libintl())
			return from_catalog(m, wsmsg_caller_catalog(&c), text);
		t = wsmsg_intl_lookup(m, key, c.locale, c.language);
		if (t == NULL)
			return from_catalog(m, wsmsg_caller_catalog(&c), text);
	}
	*text = t;
	return S_OK;
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
		int source = wsmsg_spelled_source(lang);
		long i = entry_index(code);
		if (source != WSMSG_SOURCE_UNSPELLED && i >= 0)
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
		if (cmp < 0) {
			hi = mid;
		} else if (cmp > 0) {
			lo = mid + 1;
		} else {
			*code = (int32_t)e->code;
			return S_OK;
		}
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
	return wsmsg_slot_tags();
}

unsigned wsmsg_language_origin(const char *lang)
{
	int source;

	if (lang == NULL || wsmsg_source(lang, &source) != S_OK || source < 0)
		return 0;
	return wsmsg_slot_origin_bits(source);
}
