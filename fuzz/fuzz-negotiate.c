/*
 * wsmsg_negotiate(), against a reference written from its rules
 * (include/wsmsg.h, wsmsg(3) "Negotiating a language") as plainly as
 * they can be written: the value is cut into copies of its elements,
 * each element is read by the RFC 9110 grammar, weights are read with
 * strtod, the ranges are ordered by a stable selection, and every
 * question ("does this range name that catalog?") is asked of every
 * range.  Slower than src/negotiate.c, which reads the value in place,
 * and written apart from it.
 *
 * What a single tag finds is the one thing the reference does not
 * work out itself: it asks the resolver, as wsmsg_describe_lang() does
 * (fuzz-lang checks the two agree), and checks on each range that
 * wsmsg_describe_lang() gives the same text for the range as for the
 * catalog found, for one code picked by the input's length.
 *
 * Input: the value, up to its first NUL byte.
 */
#include <stdlib.h>
#include <string.h>

#include "caller.h"
#include "catalog.h"
#include "fuzz.h"
#include "lang.h"
#include "resolve.h"
#include "wsmsg.h"

/* The reference reads at most this many well-formed ranges (wsmsg.h). */
#define REF_MAX_RANGES 64

/* Room for the catalogs' verdicts; ncatalogs() checks it is enough. */
#define REF_MAX_CATALOGS 128

struct ref_range {
	char text[WSMSG_TAG_MAX + 1];  /* the range, NUL-terminated */
	bool star;                     /* "*" in an Accept-Language value */
	double weight;                 /* 0 to 1 */
	int found;                     /* index in wsmsg_languages(), or -1 */
};

struct ref_list {
	struct ref_range range[REF_MAX_RANGES];
	size_t n;
};

/* ---- Bytes ---- */

static bool is_ows(char c)
{
	return c == ' ' || c == '\t';
}

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static char ascii_lower(char c)
{
	return (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
}

/* A well-formed tag, as include/wsmsg.h defines it for `lang`: 1 to 64
 * bytes, each in [A-Za-z0-9_.@-]. */
static bool tag_well_formed(const char *s, size_t n)
{
	static const char allowed[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	                              "abcdefghijklmnopqrstuvwxyz"
	                              "0123456789_.@-";

	if (n == 0 || n > WSMSG_TAG_MAX)
		return false;
	for (size_t i = 0; i < n; i++)
		if (s[i] == '\0' || strchr(allowed, s[i]) == NULL)
			return false;
	return true;
}

/* ---- The reference: reading the value ---- */

/* qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] ), the
 * whole of s[0..n). */
static bool read_qvalue(const char *s, size_t n, double *weight)
{
	char copy[6];

	if (n == 0 || n > 5 || (s[0] != '0' && s[0] != '1'))
		return false;
	if (n > 1 && s[1] != '.')
		return false;
	for (size_t i = 2; i < n; i++)
		if (s[0] == '0' ? !is_digit(s[i]) : s[i] != '0')
			return false;
	memcpy(copy, s, n);
	copy[n] = '\0';
	*weight = strtod(copy, NULL);
	return true;
}

/* The range text s[0..n) into r: "*" (Accept-Language only) or a
 * well-formed tag. */
static bool set_range(struct ref_range *r, const char *s, size_t n, bool http)
{
	r->star = http && n == 1 && s[0] == '*';
	if (!r->star && !tag_well_formed(s, n))
		return false;
	memcpy(r->text, s, n);
	r->text[n] = '\0';
	return true;
}

/*
 * One element of an Accept-Language value, NUL-terminated:
 *   OWS language-range [ OWS ";" OWS ( "q" / "Q" ) "=" qvalue ] OWS
 * False when it is empty or anything else.
 */
static bool read_http_element(const char *e, struct ref_range *r)
{
	size_t start = 0, end = strlen(e);

	while (start < end && is_ows(e[start]))
		start++;
	while (end > start && is_ows(e[end - 1]))
		end--;
	const char *semicolon = memchr(e + start, ';', end - start);
	size_t range_end = semicolon ? (size_t)(semicolon - e) : end;
	while (range_end > start && is_ows(e[range_end - 1]))
		range_end--;
	for (size_t i = start; i < range_end; i++)
		if (is_ows(e[i]))
			return false;
	if (!set_range(r, e + start, range_end - start, true))
		return false;
	r->weight = 1;
	if (semicolon == NULL)
		return true;
	size_t q = (size_t)(semicolon - e) + 1;
	while (q < end && is_ows(e[q]))
		q++;
	if (end - q < 2 || (e[q] != 'q' && e[q] != 'Q') || e[q + 1] != '=')
		return false;
	return read_qvalue(e + q + 2, end - q - 2, &r->weight);
}

/* One entry of a LANGUAGE list, NUL-terminated: a tag, of weight 1. */
static bool read_language_entry(const char *e, struct ref_range *r)
{
	r->weight = 1;
	return set_range(r, e, strlen(e), false);
}

/*
 * The first REF_MAX_RANGES well-formed ranges of `value`, each element
 * copied out before it is read.  A value with a ',' is Accept-Language;
 * with a ':' and no ',', a LANGUAGE list; anything else Accept-Language.
 */
static void ref_read(const char *value, struct ref_list *list)
{
	bool language_list = strchr(value, ',') == NULL &&
	                     strchr(value, ':') != NULL;
	char separator = language_list ? ':' : ',';
	const char *p = value;

	list->n = 0;
	for (;;) {
		const char *stop = strchr(p, separator);
		size_t n = stop ? (size_t)(stop - p) : strlen(p);
		char *element = fuzz_strndup((const uint8_t *)p, n);
		struct ref_range *r = &list->range[list->n];
		bool ok = language_list ? read_language_entry(element, r)
		                        : read_http_element(element, r);
		free(element);
		if (ok && ++list->n == REF_MAX_RANGES)
			return;
		if (stop == NULL)
			return;
		p = stop + 1;
	}
}

/* ---- The reference: what each range finds and names ---- */

/* The index of "en" in wsmsg_languages(). */
static int english_index(void)
{
	const char *const *l = wsmsg_languages();

	for (int i = 0; l[i] != NULL; i++)
		if (strcmp(l[i], "en") == 0)
			return i;
	fuzz_fail(__FILE__, __LINE__, "english_index", "no \"en\" catalog");
}

/* The number of catalogs. */
static int ncatalogs(void)
{
	int n = 0;

	while (wsmsg_languages()[n] != NULL)
		n++;
	FUZZ_CHECK(n <= REF_MAX_CATALOGS, "%d catalogs", n);
	return n;
}

/*
 * What the range finds: the catalog the resolver gives for the tag ("C"
 * and "POSIX": "en"), or -1.  And, to hold the reference to the public
 * promise, wsmsg_describe_lang() reads the same for the range as for
 * that catalog's tag, or English with WS_E_NO_TRANSLATION_AVAILABLE.
 */
static int ref_finds(const struct ref_range *r, int32_t code)
{
	if (r->star)
		return -1;
	struct wsmsg_tag t = wsmsg_tag_parse_str(r->text);
	FUZZ_CHECK(t.kind != WSMSG_TAG_MALFORMED, "\"%s\" is malformed", r->text);
	int c = wsmsg_catalog_for_tag(&t);
	if (c == WSMSG_SOURCE_ENGLISH)
		c = english_index();
	FUZZ_CHECK(c == WSMSG_SOURCE_NONE || (c >= 0 && c < ncatalogs()),
	           "\"%s\" finds %d", r->text, c);

	const char *by_range = NULL, *want = NULL;
	int32_t st = wsmsg_describe_lang(code, r->text, &by_range);
	int32_t want_st = WS_E_NO_TRANSLATION_AVAILABLE;
	if (c >= 0)
		want_st = wsmsg_describe_lang(code, wsmsg_languages()[c], &want);
	else
		wsmsg_describe_lang(code, "C", &want);
	FUZZ_CHECK(st == want_st && by_range != NULL && want != NULL &&
	           strcmp(by_range, want) == 0,
	           "\"%s\" reads otherwise than the catalog it finds (%d)",
	           r->text, c);
	return c;
}

/* RFC 4647 basic filtering: the range is the tag, or a prefix of it
 * followed by '-', ignoring ASCII case. */
static bool basic_filter(const char *range, const char *tag)
{
	size_t n = strlen(range);

	if (strlen(tag) < n)
		return false;
	for (size_t i = 0; i < n; i++)
		if (ascii_lower(range[i]) != ascii_lower(tag[i]))
			return false;
	return tag[n] == '\0' || tag[n] == '-';
}

/* A range other than "*" names the catalog it finds and every catalog
 * whose tag it matches. */
static bool range_names(const struct ref_range *r, int c)
{
	return !r->star && (r->found == c ||
	                    basic_filter(r->text, wsmsg_languages()[c]));
}

/* What the ranges say of each catalog, asked of every range. */
struct ref_verdicts {
	bool named[REF_MAX_CATALOGS];     /* by a range other than "*" */
	bool excluded[REF_MAX_CATALOGS];  /* by a range of weight 0 */
};

/*
 * A catalog is named when any range other than "*" names it, and
 * excluded when a range of weight 0 names it, or is "*" and no other
 * range names it ("*" stands for those).
 */
static void ref_judge(const struct ref_list *list, struct ref_verdicts *v)
{
	int n = ncatalogs();

	for (int c = 0; c < n; c++) {
		v->named[c] = false;
		for (size_t i = 0; i < list->n; i++)
			if (range_names(&list->range[i], c))
				v->named[c] = true;
	}
	for (int c = 0; c < n; c++) {
		v->excluded[c] = false;
		for (size_t i = 0; i < list->n; i++) {
			const struct ref_range *r = &list->range[i];
			if (r->weight == 0 && (r->star ? !v->named[c]
			                               : range_names(r, c)))
				v->excluded[c] = true;
		}
	}
}

/* ---- The reference: choosing ---- */

/* The next range to try: of the highest weight among those not tried,
 * the first written.  -1 when all have been tried. */
static int next_range(const struct ref_list *list, const bool *tried)
{
	int best = -1;

	for (size_t i = 0; i < list->n; i++)
		if (!tried[i] && (best < 0 ||
		                  list->range[i].weight > list->range[best].weight))
			best = (int)i;
	return best;
}

/* The catalog the rules choose, or -1; *winner the range that chose it. */
static int ref_choose(const struct ref_list *list, int *winner)
{
	struct ref_verdicts v;
	bool tried[REF_MAX_RANGES] = { false };
	int i, n = ncatalogs();

	ref_judge(list, &v);
	while ((i = next_range(list, tried)) >= 0) {
		const struct ref_range *r = &list->range[i];
		tried[i] = true;
		if (r->weight == 0)
			continue; /* a range of weight 0 accepts nothing */
		int c = -1;
		if (r->star) {
			/* The first catalog, in wsmsg_languages() order, that
			 * no range names and none excludes. */
			for (int k = 0; k < n && c < 0; k++)
				if (!v.named[k] && !v.excluded[k])
					c = k;
		} else {
			c = r->found;
		}
		if (c >= 0 && !v.excluded[c]) {
			*winner = i;
			return c;
		}
	}
	return -1;
}

/* ---- The target ---- */

static const char *show(const char *tag)
{
	return tag ? tag : "(null)";
}

FUZZ_TARGET(negotiate)
{
	char *value = fuzz_strndup(data, size);
	const char *const *languages = wsmsg_languages();
	const char *tag = "untouched";
	int32_t st = wsmsg_negotiate(value, &tag);

	/* What every answer is, whatever the value. */
	FUZZ_CHECK(st == S_OK || st == WS_E_NO_TRANSLATION_AVAILABLE ||
	           st == E_INVALIDARG, "status 0x%08X", (unsigned)st);
	if (st == E_INVALIDARG) {
		FUZZ_CHECK(tag == NULL, "E_INVALIDARG with %s", tag);
	} else {
		bool listed = false;
		for (size_t i = 0; languages[i] != NULL; i++)
			listed |= tag == languages[i];
		FUZZ_CHECK(listed, "%s is not an element of wsmsg_languages()",
		           show(tag));
		if (st == WS_E_NO_TRANSLATION_AVAILABLE)
			FUZZ_CHECK(strcmp(tag, "en") == 0, "no catalog gave %s", tag);
	}
	FUZZ_CHECK(wsmsg_negotiate(value, NULL) == E_INVALIDARG, "NULL tag");

	if (strlen(value) > WSMSG_RANGES_MAX) {
		FUZZ_CHECK(st == E_INVALIDARG && tag == NULL,
		           "%zu bytes: 0x%08X, %s", strlen(value), (unsigned)st,
		           show(tag));
		free(value);
		return 0;
	}

	static struct ref_list list;
	int32_t code = wsmsg_code_at(size % wsmsg_count());
	ref_read(value, &list);
	for (size_t i = 0; i < list.n; i++)
		list.range[i].found = ref_finds(&list.range[i], code);
	int winner = -1;
	int want = ref_choose(&list, &winner);

	if (want < 0) {
		FUZZ_CHECK(st == WS_E_NO_TRANSLATION_AVAILABLE &&
		           tag == languages[english_index()],
		           "no catalog expected, got 0x%08X, %s", (unsigned)st,
		           show(tag));
	} else {
		FUZZ_CHECK(st == S_OK && tag == languages[want],
		           "expected %s (range %d, \"%s\"), got 0x%08X, %s",
		           languages[want], winner, list.range[winner].text,
		           (unsigned)st, show(tag));
	}
	free(value);
	return 0;
}
