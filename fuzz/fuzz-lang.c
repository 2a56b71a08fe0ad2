/*
 * Language tags: the internal parser (src/lang.c) and resolver
 * (src/resolve.c), and
 * wsmsg_describe_lang() and wsmsg_from_name() with the input as the tag.
 *
 * Input: TAG [NUL CODES], where CODES are 32-bit big-endian values to
 * describe besides WS_E_OTHER and one known code picked by the input's
 * length.  The raw bytes, NULs and all, go to wsmsg_tag_parse(); the text
 * up to the first NUL is the tag given to the public functions.
 */
#include <stdlib.h>
#include <string.h>

#include "caller.h"
#include "catalog.h"
#include "fuzz.h"
#include "lang.h"
#include "resolve.h"
#include "wsmsg.h"

#define MAX_CODES 8

static bool is_alpha(char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Malformed, as include/wsmsg.h defines it: empty, longer than 64
 * bytes, or a byte outside [A-Za-z0-9_.@-]. */
static bool malformed(const char *s, size_t n)
{
	if (n == 0 || n > 64)
		return true;
	for (size_t i = 0; i < n; i++)
		if (!is_alpha(s[i]) && !is_digit(s[i]) &&
		    (s[i] == '\0' || !strchr("_.@-", s[i])))
			return true;
	return false;
}

static bool all(const char *s, bool (*pred)(char))
{
	for (; *s; s++)
		if (!pred(*s))
			return false;
	return true;
}

static bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
static bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }

/* The fields of a parsed tag are what lang.h says they are. */
static void check_shape(const struct wsmsg_tag *t, const char *what)
{
	FUZZ_CHECK(t->kind <= WSMSG_TAG_OTHER, "%s: kind %u", what, t->kind);
	FUZZ_CHECK(memchr(t->lang, '\0', sizeof t->lang) &&
	           memchr(t->script, '\0', sizeof t->script) &&
	           memchr(t->region, '\0', sizeof t->region),
	           "%s: unterminated field", what);
	if (t->kind != WSMSG_TAG_LANGUAGE) {
		FUZZ_CHECK(!t->lang[0] && !t->script[0] && !t->region[0],
		           "%s: fields set for kind %u",
		           what, t->kind);
		return;
	}
	size_t n = strlen(t->lang);
	FUZZ_CHECK((n == 2 || n == 3) && all(t->lang, is_lower),
	           "%s: language \"%s\"", what, t->lang);
	n = strlen(t->script);
	FUZZ_CHECK(n == 0 || (n == 4 && is_upper(t->script[0]) &&
	                      all(t->script + 1, is_lower)),
	           "%s: script \"%s\"", what, t->script);
	n = strlen(t->region);
	FUZZ_CHECK(n == 0 || (n == 2 && all(t->region, is_upper)) ||
	           (n == 3 && all(t->region, is_digit)),
	           "%s: region \"%s\"", what, t->region);
}

static bool same_tag(const struct wsmsg_tag *a, const struct wsmsg_tag *b)
{
	return a->kind == b->kind &&
	       strcmp(a->lang, b->lang) == 0 &&
	       strcmp(a->script, b->script) == 0 &&
	       strcmp(a->region, b->region) == 0;
}

/*
 * The resolver's answer for t: English for C, nothing for other kinds, a
 * catalog of t's language otherwise, the one written exactly as t where
 * there is one; the same whatever the order of the catalogs (gen-catalog
 * refused the lists where it would not be); the same through
 * wsmsg_catalog_for_tag().
 */
/* A language code that the resolver reads as another (no: nb, mo: ro). */
static bool is_alias(const char *lang)
{
	for (size_t i = 0; wsmsg_resolve_alias(i) != NULL; i++)
		if (strcmp(wsmsg_resolve_alias(i), lang) == 0)
			return true;
	return false;
}

static void check_match(const struct wsmsg_tag *t)
{
	const size_t n = wsmsg_ncatalogs;
	int m = wsmsg_resolve(t, wsmsg_catalog_langs, n);

	if (t->kind == WSMSG_TAG_C)
		FUZZ_CHECK(m == WSMSG_SOURCE_ENGLISH, "C gave %d", m);
	else if (t->kind != WSMSG_TAG_LANGUAGE)
		FUZZ_CHECK(m == WSMSG_SOURCE_NONE, "kind %u gave %d", t->kind, m);
	else
		FUZZ_CHECK(m == WSMSG_SOURCE_NONE || (m >= 0 && (size_t)m < n),
		           "gave %d", m);
	if (m >= 0) {
		const struct wsmsg_tag *c = &wsmsg_catalog_langs[m];
		FUZZ_CHECK(strcmp(c->lang, t->lang) == 0 || is_alias(t->lang),
		           "%s got a %s catalog", t->lang, c->lang);
	}
	for (size_t i = 0; i < n && t->kind == WSMSG_TAG_LANGUAGE; i++) {
		const struct wsmsg_tag *c = &wsmsg_catalog_langs[i];
		if (strcmp(c->lang, t->lang) == 0 && strcmp(c->script, t->script) == 0 &&
		    strcmp(c->region, t->region) == 0)
			FUZZ_CHECK(m == (int)i, "%s-%s-%s got %d, not its own catalog %zu",
			           t->lang, t->script, t->region, m, i);
	}

	struct wsmsg_tag reversed[64];
	FUZZ_CHECK(n <= 64, "%zu catalogs", n);
	for (size_t i = 0; i < n; i++)
		reversed[i] = wsmsg_catalog_langs[n - 1 - i];
	int r = wsmsg_resolve(t, reversed, n);
	FUZZ_CHECK(r == (m >= 0 ? (int)(n - 1) - m : m),
	           "the order of the catalogs changed the answer: %d, %d", m, r);
	FUZZ_CHECK(wsmsg_catalog_for_tag(t) == m, "wsmsg_catalog_for_tag differs");
}

/* Parsing ignores case, and "-" and "_" are the same separator. */
static void check_variants(const char *s, size_t n,
                           const struct wsmsg_tag *t)
{
	char lower[WSMSG_TAG_MAX], upper[WSMSG_TAG_MAX], under[WSMSG_TAG_MAX];

	if (n > WSMSG_TAG_MAX)
		return;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		lower[i] = is_upper(c) ? (char)(c - 'A' + 'a') : c;
		upper[i] = is_lower(c) ? (char)(c - 'a' + 'A') : c;
		under[i] = c == '-' ? '_' : c;
	}
	struct wsmsg_tag l = wsmsg_tag_parse(lower, n);
	struct wsmsg_tag u = wsmsg_tag_parse(upper, n);
	struct wsmsg_tag x = wsmsg_tag_parse(under, n);
	FUZZ_CHECK(same_tag(t, &l) && same_tag(t, &u), "case changes the tag");
	FUZZ_CHECK(same_tag(t, &x), "\"-\" and \"_\" differ");
}

/* wsmsg_describe_lang(code, tag) follows include/wsmsg.h. */
static void check_describe(int32_t code, const char *tag,
                           const struct wsmsg_tag *t)
{
	const char *text = "untouched";
	int32_t st = wsmsg_describe_lang(code, tag, &text);
	const char *name = wsmsg_name(code);

	FUZZ_CHECK(fuzz_is_status(st), "status 0x%08X", (unsigned)st);
	FUZZ_CHECK(wsmsg_describe_lang(code, tag, NULL) == E_INVALIDARG,
	           "NULL text");
	if (t->kind == WSMSG_TAG_MALFORMED) {
		FUZZ_CHECK(st == E_INVALIDARG && text == NULL,
		           "malformed tag: 0x%08X", (unsigned)st);
		return;
	}
	if (name == NULL) {
		FUZZ_CHECK(st == WSMSG_E_UNKNOWN_CODE && text == NULL,
		           "unknown code 0x%08X: 0x%08X", (unsigned)code,
		           (unsigned)st);
		return;
	}
	FUZZ_CHECK((st == S_OK || st == WS_E_NO_TRANSLATION_AVAILABLE) &&
	           text != NULL, "0x%08X", (unsigned)st);
	FUZZ_CHECK(fuzz_utf8_valid(text, strlen(text)), "text not UTF-8");

	const char *english = NULL;
	FUZZ_CHECK(wsmsg_describe_lang(code, "C", &english) == S_OK, "C");
	int c = wsmsg_catalog_for_tag(t);
	if (c == WSMSG_SOURCE_ENGLISH) {
		FUZZ_CHECK(st == S_OK && strcmp(text, english) == 0, "C locale");
	} else if (c == WSMSG_SOURCE_NONE) {
		FUZZ_CHECK(st == WS_E_NO_TRANSLATION_AVAILABLE &&
		           strcmp(text, english) == 0, "no catalog: 0x%08X",
		           (unsigned)st);
	} else {
		const char *want = NULL;
		int32_t want_st = wsmsg_describe_lang(code, wsmsg_catalog_tags[c],
		                                      &want);
		FUZZ_CHECK(st == want_st && want != NULL &&
		           strcmp(text, want) == 0,
		           "differs from catalog %s", wsmsg_catalog_tags[c]);
	}
}

/* wsmsg_from_name(s) finds a name, ignoring ASCII case. */
static void check_from_name(const char *s)
{
	int32_t code = 0x12345678;
	int32_t st = wsmsg_from_name(s, &code);

	if (st == S_OK) {
		const char *name = wsmsg_name(code);
		FUZZ_CHECK(name != NULL && strlen(name) == strlen(s), "found %s",
		           name ? name : "(null)");
		for (size_t i = 0; s[i]; i++)
			FUZZ_CHECK(name[i] == (is_lower(s[i]) ? s[i] - 'a' + 'A' : s[i]),
			           "found %s", name);
	} else {
		FUZZ_CHECK(st == WSMSG_E_UNKNOWN_CODE && code == 0x12345678,
		           "0x%08X", (unsigned)st);
	}
}

FUZZ_TARGET(lang)
{
	const char *raw = (const char *)data;

	/* The raw bytes: a NUL, like any byte outside the set, is malformed. */
	struct wsmsg_tag t = wsmsg_tag_parse(raw, size);
	FUZZ_CHECK((t.kind == WSMSG_TAG_MALFORMED) == malformed(raw, size),
	           "kind %u for %zu bytes", t.kind, size);
	check_shape(&t, "raw");
	check_variants(raw, size, &t);
	check_match(&t);

	/* The text up to the first NUL, as a C string. */
	char *tag = fuzz_strndup(data, size);
	size_t len = strlen(tag);
	struct wsmsg_tag ts = wsmsg_tag_parse_str(tag);
	struct wsmsg_tag tn = wsmsg_tag_parse(tag, len);
	FUZZ_CHECK(same_tag(&ts, &tn), "parse_str and parse differ");
	check_shape(&ts, "string");
	check_match(&ts);

	int32_t codes[2 + MAX_CODES];
	size_t ncodes = 0;
	codes[ncodes++] = WS_E_OTHER;
	codes[ncodes++] = wsmsg_code_at(size % wsmsg_count());
	for (size_t i = len + 1; i < size && ncodes < 2 + MAX_CODES; i += 4)
		codes[ncodes++] = (int32_t)fuzz_u32(data, size, i);
	for (size_t i = 0; i < ncodes; i++)
		check_describe(codes[i], tag, &ts);

	check_from_name(tag);
	free(tag);
	return 0;
}
