/*
 * The lookup paths.  A code is found through the perfect hash that
 * gen-catalog built over the entries (catalog.h).  An explicit language
 * is resolved against the compiled-in catalogs; the caller's language
 * goes to libintl first, then to the compiled-in catalogs when libintl
 * has no translation.
 */
#include "lookup.h"

#include "caller.h"
#include "catalog.h"
#include "intl.h"
#include "lang.h"
#include "wsmsg.h"

long wsmsg_entry_index(int32_t code)
{
	uint64_t want = (uint32_t)code;
	size_t i = wsmsg_code_slots[want * wsmsg_code_mult >> wsmsg_code_shift];

	return i < wsmsg_nentries && wsmsg_entries[i].code == want ? (long)i : -1;
}

static uint32_t key_of(size_t m)
{
	return m < wsmsg_nentries ? wsmsg_entries[m].key
	                          : wsmsg_phrase_keys[m - wsmsg_nentries];
}

static uint32_t english_of(size_t m)
{
	return m < wsmsg_nentries ? wsmsg_entries[m].english
	                          : wsmsg_phrase_english[m - wsmsg_nentries];
}

/* Message m from catalog c (an index, or WSMSG_CATALOG_ENGLISH/_NONE). */
static int32_t from_catalog(size_t m, int c, const char **text)
{
	uint32_t off = 0;

	if (c >= 0)
		off = wsmsg_texts[(size_t)c * wsmsg_nmessages + m];
	if (off != 0) {
		*text = wsmsg_strtab + off;
		return S_OK;
	}
	*text = wsmsg_strtab + english_of(m);
	return c == WSMSG_CATALOG_ENGLISH ? S_OK : WS_E_NO_TRANSLATION_AVAILABLE;
}

int32_t wsmsg_source(const char *lang, int *source)
{
	if (lang == NULL) {
		*source = WSMSG_SOURCE_CALLER;
		return S_OK;
	}
	struct wsmsg_tag tag = wsmsg_tag_parse_str(lang);
	if (tag.kind == WSMSG_TAG_MALFORMED)
		return E_INVALIDARG;
	*source = wsmsg_catalog_for_tag(&tag);
	return S_OK;
}

int32_t wsmsg_message(size_t m, int source, const char **text)
{
	if (source != WSMSG_SOURCE_CALLER)
		return from_catalog(m, source, text);
	const char *t = wsmsg_intl_lookup(m, wsmsg_strtab + key_of(m));
	if (t != NULL) {
		*text = t;
		return S_OK;
	}
	return from_catalog(m, wsmsg_caller_catalog(), text);
}

int32_t wsmsg_describe_lang(int32_t code, const char *lang, const char **text)
{
	int source;

	if (text == NULL)
		return E_INVALIDARG;
	*text = NULL;
	if (wsmsg_source(lang, &source) != S_OK)
		return E_INVALIDARG;
	long i = wsmsg_entry_index(code);
	if (i < 0)
		return WSMSG_E_UNKNOWN_CODE;
	return wsmsg_message((size_t)i, source, text);
}

int32_t wsmsg_describe(int32_t code, const char **text)
{
	return wsmsg_describe_lang(code, NULL, text);
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
