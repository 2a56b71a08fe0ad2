/*
 * wsmsg_negotiate(): the catalog that serves a list of language ranges,
 * an HTTP Accept-Language value (RFC 9110 section 12.5.4) or a GNU
 * LANGUAGE list.
 *
 * A browser's value is decided by its first range (first_range_decides()),
 * which is parsed and resolved while the rest is only scanned for a
 * weight of 0.  Any other value is read once into an array of at most
 * MAX_RANGES ranges on the stack, and each range's tag is parsed at most
 * once.  Each range finds its catalog with the resolver, as
 * wsmsg_describe_lang() does.  Most values have no range of weight 0
 * and no "*": then the ranges are
 * tried by descending weight and the first that finds a catalog wins, so
 * the ranges after it are neither parsed nor resolved.  Otherwise every
 * range is resolved, and for every catalog it is worked out whether a
 * range other than "*" names it and whether a range of weight 0 excludes
 * it, before the ranges are tried.  Nothing is allocated and nothing
 * static is written, so any number of threads may negotiate at once.
 */
#include <stdbool.h>
#include <string.h>

#include "caller.h"
#include "catalog-hash.h"
#include "catalog.h"
#include "lang.h"
#include "resolve.h"
#include "sources.h"
#include "wsmsg.h"

#if defined(__GNUC__)
#define OUT_OF_LINE __attribute__((noinline))
#else
#define OUT_OF_LINE
#endif

/* The most well-formed ranges read from one value; later ones are
 * ignored. */
#define MAX_RANGES 64

/* Weights are read in thousandths: q=1 is 1000, q=0.125 is 125. */
#define WEIGHT_ONE 1000

struct range {
	const char *text;  /* the range as written, not NUL-terminated */
	size_t len;
	int weight;        /* 0 to WEIGHT_ONE */
	bool star;         /* "*" */
	bool parsed;       /* tag holds the parsed text ("*": always) */
	struct wsmsg_tag tag;
	int catalog;       /* what it finds, once resolved: a catalog index,
	                    * or WSMSG_SOURCE_NONE (always, for "*") */
};

/* A range's tag is parsed when it is first needed; one whose tag turns
 * out malformed is dropped, as if it had not been written. */
struct range_list {
	struct range range[MAX_RANGES];
	size_t n;
};

/* What the ranges, taken together, say of each catalog. */
/* About each language of wsmsg_languages() (a slot, sources.h). */
struct verdicts {
	size_t n;                       /* the languages */
	bool named[WSMSG_SLOTS_MAX];    /* by a range other than "*" */
	bool excluded[WSMSG_SLOTS_MAX]; /* by a range of weight 0 */
};

/* ---- Reading the value ---- */

static bool is_ows(char c)
{
	return c == ' ' || c == '\t';
}

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static const char *skip_ows(const char *p, const char *end)
{
	while (p < end && is_ows(*p))
		p++;
	return p;
}

/*
 * Reads a qvalue (RFC 9110 section 12.4.2) at p: "0" with up to three
 * decimals, or "1" with up to three zeros ("0", "0.5", "0.125", "1",
 * "1.000").  Returns the position after it, or NULL when there is none.
 * A fourth decimal is left for the caller, which finds it out of place.
 */
static const char *read_qvalue(const char *p, const char *end, int *weight)
{
	if (p == end || (*p != '0' && *p != '1'))
		return NULL;
	int ones = *p - '0', thousandths = 0, scale = 100;
	p++;
	if (p < end && *p == '.') {
		p++;
		for (int i = 0; i < 3 && p < end && is_digit(*p); i++, p++) {
			thousandths += (*p - '0') * scale;
			scale /= 10;
		}
	}
	if (ones == 1 && thousandths != 0)
		return NULL;
	*weight = ones * WEIGHT_ONE + thousandths;
	return p;
}

/* Is the range "*", or a tag as wsmsg_describe_lang() reads it?  Parses
 * the tag the first time. */
static bool well_formed(struct range *r)
{
	if (!r->parsed) {
		r->tag = wsmsg_tag_parse(r->text, r->len);
		r->parsed = true;
	}
	return r->star || r->tag.kind != WSMSG_TAG_MALFORMED;
}

/*
 * One element of an Accept-Language value, [p, end) between commas:
 * OWS range [OWS ";" OWS "q=" qvalue] OWS.  False when it is empty or
 * its syntax is wrong; whether the range is a well-formed tag is left
 * for well_formed().
 */
static bool read_http_element(const char *p, const char *end, struct range *r)
{
	p = skip_ows(p, end);
	r->text = p;
	while (p < end && !is_ows(*p) && *p != ';')
		p++;
	r->len = (size_t)(p - r->text);
	r->star = r->len == 1 && r->text[0] == '*';
	r->parsed = r->star;
	r->weight = WEIGHT_ONE;
	p = skip_ows(p, end);
	if (p < end && *p == ';') {
		p = skip_ows(p + 1, end);
		if (end - p < 2 || (p[0] != 'q' && p[0] != 'Q') || p[1] != '=')
			return false;
		p = read_qvalue(p + 2, end, &r->weight);
		if (p == NULL)
			return false;
		p = skip_ows(p, end);
	}
	return p == end && r->len > 0;
}

/* One entry of a LANGUAGE list, [p, end) between colons: a tag, of
 * weight 1.  False when it is empty. */
static bool read_language_entry(const char *p, const char *end, struct range *r)
{
	r->text = p;
	r->len = (size_t)(end - p);
	r->star = false;
	r->parsed = false;
	r->weight = WEIGHT_ONE;
	return r->len > 0;
}

/* Parses every range not yet parsed and drops the malformed ones,
 * keeping the others in their order. */
static void drop_malformed(struct range_list *list)
{
	size_t kept = 0;

	for (size_t i = 0; i < list->n; i++)
		if (well_formed(&list->range[i]))
			list->range[kept++] = list->range[i];
	list->n = kept;
}

/*
 * The first MAX_RANGES well-formed ranges of value[0..len).  A value
 * with a ',' is an Accept-Language value; one with a ':' and no ',' a
 * LANGUAGE list; any other (a single range) is read as Accept-Language.
 */
static void read_ranges(const char *value, size_t len, struct range_list *list)
{
	bool language_list = memchr(value, ',', len) == NULL &&
	                     memchr(value, ':', len) != NULL;
	char separator = language_list ? ':' : ',';
	const char *p = value, *end = value + len;

	list->n = 0;
	for (;;) {
		if (list->n == MAX_RANGES) {
			/* Full: only well-formed ranges count towards the limit. */
			drop_malformed(list);
			if (list->n == MAX_RANGES)
				break;
		}
		const char *stop = memchr(p, separator, (size_t)(end - p));
		const char *element_end = stop != NULL ? stop : end;
		struct range *r = &list->range[list->n];
		bool ok = language_list ? read_language_entry(p, element_end, r)
		                        : read_http_element(p, element_end, r);
		if (ok)
			list->n++;
		if (stop == NULL)
			break;
		p = stop + 1;
	}
}

/* ---- What each range finds ---- */

/* The catalog of "en", the language that "C" and "POSIX" mean. */
static int english_catalog(void)
{
	struct wsmsg_tag en = wsmsg_tag_parse("en", 2);
	return wsmsg_slot_for_tag(&en);
}

/* The catalog wsmsg_describe_lang() reads for a well-formed range, or
 * WSMSG_SOURCE_NONE. */
static int catalog_of(const struct range *r)
{
	if (r->star)
		return WSMSG_SOURCE_NONE;
	int c = wsmsg_slot_for_tag(&r->tag);
	return c == WSMSG_SOURCE_ENGLISH ? english_catalog() : c;
}

static char to_lower(char c)
{
	return (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
}

/* RFC 4647 basic filtering: is the range the tag, or a prefix of it
 * that ends where a subtag does ("fr" matches "fr-CA"), ignoring case? */
static bool basic_match(const struct range *r, const char *tag)
{
	for (size_t i = 0; i < r->len; i++)
		if (tag[i] == '\0' || to_lower(r->text[i]) != to_lower(tag[i]))
			return false;
	return tag[r->len] == '\0' || tag[r->len] == '-';
}

/* Does a range other than "*" name catalog c: find it or match its tag? */
static bool names(const struct range *r, size_t c)
{
	return !r->star && (r->catalog == (int)c ||
	                    basic_match(r, wsmsg_slot_tags()[c]));
}

/*
 * Which catalogs the ranges name, and which they exclude.  A range of
 * weight 0 excludes what it names; "*;q=0" excludes every catalog no
 * other range names, as "*" stands for those (RFC 9110).
 */
static void judge(const struct range_list *list, struct verdicts *v)
{
	for (size_t c = 0; c < v->n; c++) {
		v->named[c] = false;
		for (size_t i = 0; i < list->n; i++)
			if (names(&list->range[i], c))
				v->named[c] = true;
	}
	for (size_t c = 0; c < v->n; c++) {
		v->excluded[c] = false;
		for (size_t i = 0; i < list->n; i++) {
			const struct range *r = &list->range[i];
			bool covers = r->star ? !v->named[c] : names(r, c);
			if (r->weight == 0 && covers)
				v->excluded[c] = true;
		}
	}
}

/* ---- The common value: its first range decides ---- */

/* No catalog decided yet: the value is read in full. */
#define UNDECIDED WSMSG_SOURCE_UNSPELLED

/*
 * Could the qvalue at p, just after an '=', be 0?  Not when it is "0."
 * and a first decimal other than 0, as browsers write their weights
 * ("0.9").  Any other may be, or is, and the full reading decides:
 * "0", "0.000", but also "1" and "0.05", which are rarely written.
 */
static bool may_weigh_zero(const char *p, const char *end)
{
	return !(end - p >= 3 && p[0] == '0' && p[1] == '.' && p[2] >= '1' && p[2] <= '9');
}

/*
 * What the value's first range decides, or UNDECIDED.  Browsers send
 * their reader's first language first, without a weight: a range of
 * weight 1, which no range outranks and which precedes every other of
 * its weight, so it is tried first.  When it finds a catalog, that
 * catalog is the answer unless a range of weight 0 excludes it; "*"
 * of a weight above 0 only stands in for catalogs tried after.  So a
 * value without a range that may weigh 0 needs only its first range.
 * A first range that is not a well-formed tag (a weight, spaces, "*",
 * or a ':' of a LANGUAGE list all make it malformed here) leaves the
 * value undecided, as does a range that finds no catalog.
 */
static int first_range_decides(const char *value, size_t len)
{
	const char *end = value + len;
	const char *comma = memchr(value, ',', len);
	const char *range_end = comma != NULL ? comma : end;
	struct wsmsg_tag tag = wsmsg_tag_parse(value, (size_t)(range_end - value));

	if (tag.kind == WSMSG_TAG_MALFORMED)
		return UNDECIDED;
	for (const char *p = range_end; (p = memchr(p, '=', (size_t)(end - p))) != NULL; p++)
		if (may_weigh_zero(p + 1, end))
			return UNDECIDED;
	int c = wsmsg_slot_for_tag(&tag);
	if (c == WSMSG_SOURCE_ENGLISH)
		c = english_catalog();
	return c >= 0 ? c : UNDECIDED;
}

/* ---- Choosing ---- */

/* Sorts by descending weight; equal weights keep their written order. */
static void sort_by_weight(struct range_list *list)
{
	for (size_t i = 1; i < list->n; i++) {
		if (list->range[i - 1].weight >= list->range[i].weight)
			continue; /* in place already, as in most values */
		struct range r = list->range[i];
		size_t j = i;
		while (j > 0 && list->range[j - 1].weight < r.weight) {
			list->range[j] = list->range[j - 1];
			j--;
		}
		list->range[j] = r;
	}
}

/* What "*" gives: the first catalog, in wsmsg_languages() order, that
 * no other range names and none excludes; or WSMSG_SOURCE_NONE. */
static int first_unnamed(const struct verdicts *v)
{
	for (size_t c = 0; c < v->n; c++)
		if (!v->named[c] && !v->excluded[c])
			return (int)c;
	return WSMSG_SOURCE_NONE;
}

/* The catalog of the first range, by weight, that finds one not
 * excluded; or WSMSG_SOURCE_NONE. */
static int choose(const struct range_list *list, const struct verdicts *v)
{
	for (size_t i = 0; i < list->n; i++) {
		const struct range *r = &list->range[i];
		if (r->weight == 0)
			break; /* sorted: no acceptable range follows */
		int c = r->star ? first_unnamed(v) : r->catalog;
		if (c >= 0 && !v->excluded[c])
			return c;
	}
	return WSMSG_SOURCE_NONE;
}

/* Is the choice more than the first range, by weight, that finds a
 * catalog: does a range exclude catalogs (weight 0), or stand for those
 * no other range names ("*")? */
static bool needs_verdicts(const struct range_list *list)
{
	for (size_t i = 0; i < list->n; i++)
		if (list->range[i].weight == 0 || list->range[i].star)
			return true;
	return false; /* the first range by weight that finds a catalog has it */
}

/* The choice when needs_verdicts() is false: nothing is excluded, so
 * the first range by weight that finds a catalog has it.  Only the
 * ranges up to that one are parsed and resolved. */
static int choose_first(struct range_list *list)
{
	sort_by_weight(list);
	for (size_t i = 0; i < list->n; i++) {
		struct range *r = &list->range[i];
		if (!well_formed(r))
			continue;
		int c = catalog_of(r);
		if (c >= 0)
			return c;
	}
	return WSMSG_SOURCE_NONE;
}

/* The choice in general: every range resolved, and every catalog
 * judged. */
static int choose_judged(struct range_list *list)
{
	struct verdicts verdicts = { .n = wsmsg_slot_count() };

	drop_malformed(list);
	for (size_t i = 0; i < list->n; i++)
		list->range[i].catalog = catalog_of(&list->range[i]);
	judge(list, &verdicts);
	sort_by_weight(list);
	return choose(list, &verdicts);
}

/* The choice for any value: every range read.  Out of line, so that
 * the values the first range decides need neither its stack frame nor
 * the stack protector's check of its array. */
static OUT_OF_LINE int choose_read(const char *value, size_t len)
{
	struct range_list list;

	read_ranges(value, len, &list);
	return needs_verdicts(&list) ? choose_judged(&list) : choose_first(&list);
}

/* The tag of the English catalog, which wsmsg_negotiate() gives when
 * nothing matches. */
static const char *english_tag(void)
{
	int en = english_catalog();
	return en >= 0 ? wsmsg_slot_tags()[en] : "en";
}

int32_t wsmsg_negotiate(const char *ranges, const char **tag)
{
	if (tag == NULL)
		return E_INVALIDARG;
	*tag = NULL;
	if (ranges == NULL)
		return E_INVALIDARG;
	size_t len = strnlen(ranges, WSMSG_RANGES_MAX + 1);
	if (len > WSMSG_RANGES_MAX)
		return E_INVALIDARG;

	int c = first_range_decides(ranges, len);
	if (c == UNDECIDED)
		c = choose_read(ranges, len);
	if (c < 0) {
		*tag = english_tag();
		return WS_E_NO_TRANSLATION_AVAILABLE;
	}
	*tag = wsmsg_slot_tags()[c];
	return S_OK;
}
