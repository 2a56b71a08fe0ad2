/*
 * What --search finds (tools/search.c), in-process, over every
 * description of every catalog: the command calls the same functions, and
 * tests/test-cli.c runs it on a sample.
 */
#include <errno.h>
#include <unistr.h>
#include <unictype.h>
#include <uninorm.h>

#include "testing.h"

#include "search.h"

/*
 * A part is 20 characters, and a character is a Unicode code point: the
 * unit UTF-8 texts are cut at, whatever a terminal draws in one cell.  So
 * a part may begin or end on a combining mark, cut from the letter it
 * sits on: a Thai vowel or tone mark, or in a description's NFD the
 * accent of a letter.  Nothing is left out: the search must find
 * those parts too, since any program may cut a text there.  It can, as
 * long as NFD does not reorder marks across the cut (the catalogs are in
 * NFC, so their marks are in order), which it could only next to a
 * character that decomposes into marks, or into a letter and marks,
 * followed by a mark: no catalog has one (their marks are all Thai, and
 * Thai letters and marks do not decompose).  The sweep checks the
 * outcome rather than that.
 */
#define PART 20

/* Check logs a checkpoint at every ck_assert, true or not: the sweep's
 * millions of them would take most of its time (a write each).  This
 * calls Check only when the condition is false. */
#define require(cond, ...) do { \
	if (!(cond)) \
		ck_abort_msg(__VA_ARGS__); \
} while (0)

/* The length of the text of the first `chars` characters of s (or all). */
static size_t prefix_bytes(const char *s, size_t chars)
{
	size_t n = 0;
	for (size_t i = 0; i < chars && s[n] != '\0'; i++)
		do
			n++;
		while (((unsigned char)s[n] & 0xC0) == 0x80);
	return n;
}

static size_t characters(const char *s)
{
	size_t n = 0;
	for (; *s; s++)
		n += ((unsigned char)*s & 0xC0) != 0x80;
	return n;
}

/* s in the normalization form nf, malloc'ed. */
static char *normalize(uninorm_t nf, const char *s)
{
	size_t len;
	uint8_t *d = u8_normalize(nf, (const uint8_t *)s, strlen(s), NULL, &len);
	require(d != NULL, "cannot normalize \"%s\"", s);
	char *z = malloc(len + 1);
	require(z != NULL, "out of memory");
	memcpy(z, d, len);
	z[len] = '\0';
	free(d);
	return z;
}

static char *nfd(const char *s)
{
	return normalize(UNINORM_NFD, s);
}

static char *nfc(const char *s)
{
	return normalize(UNINORM_NFC, s);
}

/* s with the case of its ASCII letters swapped, in place. */
static char *swap_case(char *s)
{
	for (char *p = s; *p; p++)
		if (*p >= 'a' && *p <= 'z')
			*p = (char)(*p - 'a' + 'A');
		else if (*p >= 'A' && *p <= 'Z')
			*p = (char)(*p - 'A' + 'a');
	return s;
}

/* Does s begin with a combining mark (general category M)? */
static bool mark_at(const char *s)
{
	ucs4_t uc;
	return *s != '\0' && u8_strmbtouc(&uc, (const uint8_t *)s) > 0 &&
	       uc_is_general_category(uc, UC_CATEGORY_M);
}

static bool finds(const struct search_index *ix, size_t code, size_t lang,
                  const char *needle)
{
	char *key = search_key(needle);
	require(key != NULL, "no key for \"%s\"", needle);
	bool found = search_in_text(ix, code, lang, key);
	free(key);
	return found;
}

static size_t nlangs(void)
{
	size_t n = 0;
	while (wsmsg_languages()[n] != NULL)
		n++;
	return n;
}

/* One description: the code and catalog (indexes of wsmsg_code_at() and
 * wsmsg_languages()) whose it is, and the text, as the catalog has it. */
struct description {
	const struct search_index *ix;
	size_t code, lang;
	const char *text;
};

/* What a sweep checked, to prove it checked what it says. */
struct tally {
	size_t parts;        /* parts, each in every form */
	size_t decomposed;   /* ... whose NFD differs from them */
	size_t composed;     /* ... whose NFC differs from them */
	size_t swapped;      /* ... with an ASCII letter to swap */
	size_t on_mark;      /* ... that begin on a combining mark */
	size_t before_mark;  /* ... cut just before one */
};

/*
 * The part finds its description as it is, in NFD, in NFC, with the case
 * of its ASCII letters swapped, and in NFD swapped; and not with a
 * character more that the description does not have.
 */
static void check_part(const struct description *d, const char *part,
                       struct tally *t)
{
	char *dec = nfd(part), *com = nfc(part);
	char *swap = strdup(part), *both = strdup(dec);
	require(swap != NULL && both != NULL, "out of memory");
	swap_case(swap);
	swap_case(both);
	const char *forms[] = { part, dec, com, swap, both };
	static const char *const form_names[] = {
		"as written", "NFD", "NFC", "case swapped", "NFD, case swapped",
	};

	for (size_t f = 0; f < sizeof forms / sizeof forms[0]; f++)
		require(finds(d->ix, d->code, d->lang, forms[f]),
		        "%s in %s: \"%s\" (%s) not found in \"%s\"",
		        wsmsg_name(wsmsg_code_at(d->code)),
		        wsmsg_languages()[d->lang], forms[f], form_names[f], d->text);
	t->parts++;
	t->decomposed += strcmp(dec, part) != 0;
	t->composed += strcmp(com, part) != 0;
	t->swapped += strcmp(swap, part) != 0;

	size_t len = strlen(part);
	char *wrong = malloc(len + 4);
	require(wrong != NULL, "out of memory");
	memcpy(wrong, part, len);
	memcpy(wrong + len, "\xEE\x80\x80", 4); /* U+E000, in no catalog */
	require(!finds(d->ix, d->code, d->lang, wrong), "%s in %s: \"%s\" found",
	        wsmsg_name(wsmsg_code_at(d->code)), wsmsg_languages()[d->lang],
	        wrong);
	free(wrong);
	free(dec);
	free(com);
	free(swap);
	free(both);
}

/* The number of parts sweep() takes of a text of n characters: those
 * that start at a multiple of `stride`, and the last. */
static size_t parts_of(size_t n, size_t stride)
{
	size_t last = n < PART ? 0 : n - PART;
	return last / stride + 1 + (last % stride != 0);
}

/* Every part of PART characters of text that starts at a multiple of
 * `stride` characters, and the last one; or text whole when it is
 * shorter.  Returns their number. */
static size_t sweep(const struct description *d, const char *text,
                    size_t stride, struct tally *t)
{
	size_t n = characters(text), span = n < PART ? n : PART, parts = 0;
	const char *p = text;

	for (size_t i = 0; i + span <= n; i++, p += prefix_bytes(p, 1)) {
		if (i % stride != 0 && i + span != n)
			continue;
		size_t len = prefix_bytes(p, span);
		char part[4 * PART + 1];
		require(len < sizeof part, "%zu bytes in a part", len);
		memcpy(part, p, len);
		part[len] = '\0';
		require(characters(part) == span, "\"%s\" is not %zu characters",
		        part, span);
		t->on_mark += mark_at(part);
		t->before_mark += mark_at(p + len);
		check_part(d, part, t);
		parts++;
	}
	return parts;
}

/*
 * Every description of every catalog is found by every part of 20
 * characters of it, and one shorter than that by itself whole, in each
 * form of check_part().  The catalogs are in NFC; their NFD is swept as
 * well, as a text a log might hold, its parts in NFC among the forms.
 * The English text the library falls back to is the "en" catalog's, so
 * that catalog's sweep is the English text's.
 *
 * Under valgrind, whose memcheck makes the sweep about 35 times slower
 * (30 s of CPU for every part), the parts that start at every 4th
 * character and the last of each text: the same code on the same texts,
 * for its memory errors, while the plain and sanitizer builds check
 * every part.
 */
START_TEST(every_description_by_every_20_characters)
{
	struct search_index *ix = search_index_new();
	const char *const *langs = wsmsg_languages();
	struct tally t = { 0 };
	size_t expected = 0, decomposed = 0, texts = 0, en = nlangs();
	size_t stride = under_valgrind() ? 4 : 1;

	ck_assert_ptr_nonnull(ix);
	ck_assert_uint_eq(search_nlangs(ix), nlangs());
	for (size_t l = 0; langs[l] != NULL; l++)
		if (strcmp(langs[l], "en") == 0)
			en = l;
	ck_assert_uint_lt(en, nlangs());
	for (size_t c = 0; c < wsmsg_count(); c++) {
		for (size_t l = 0; langs[l] != NULL; l++) {
			struct description d = { ix, c, l, NULL };
			ck_assert_hr(wsmsg_describe_lang(wsmsg_code_at(c), langs[l], &d.text),
			             S_OK);
			if (l == en)
				ck_assert_str_eq(d.text, english(wsmsg_code_at(c)));
			char *com = nfc(d.text), *dec = nfd(d.text);
			ck_assert_str_eq(com, d.text);
			size_t n = characters(d.text);
			expected += parts_of(n, stride);
			ck_assert_uint_eq(sweep(&d, d.text, stride, &t), parts_of(n, stride));
			if (strcmp(dec, d.text) != 0) {
				n = characters(dec);
				expected += parts_of(n, stride);
				sweep(&d, dec, stride, &t);
				decomposed++;
			}
			texts++;
			free(com);
			free(dec);
		}
	}
	ck_assert_uint_eq(texts, wsmsg_count() * nlangs());
	ck_assert_uint_eq(t.parts, expected);
	/* The forms differ, and parts are cut at marks, often enough to
	 * prove something. */
	ck_assert_uint_gt(decomposed, 100);
	ck_assert_uint_gt(t.decomposed, 10000 / stride);
	ck_assert_uint_gt(t.composed, 10000 / stride);
	ck_assert_uint_gt(t.swapped, t.parts / 2);
	ck_assert_uint_gt(t.on_mark, 100 / stride);
	ck_assert_uint_gt(t.before_mark, 100 / stride);
	printf("%zu descriptions (%zu also in NFD): %zu parts (stride %zu), "
	       "%zu of them beginning on a combining mark, %zu cut before one\n",
	       texts, decomposed, t.parts, stride, t.on_mark, t.before_mark);
	search_index_free(ix);
}
END_TEST

/* A text in NFD finds its NFC catalog text, and the reverse. */
START_TEST(normalization_forms_are_the_same)
{
	struct search_index *ix = search_index_new();
	size_t fr = 0;

	ck_assert_ptr_nonnull(ix);
	while (strcmp(wsmsg_languages()[fr], "fr-FR") != 0)
		fr++;
	size_t other = 0;
	while (wsmsg_code_at(other) != WS_E_OTHER)
		other++;
	/* "utilisé par", with e and U+0301 COMBINING ACUTE ACCENT. */
	ck_assert(finds(ix, other, fr, "utilise\xCC\x81 par"));
	ck_assert(finds(ix, other, fr, "UTILISE\xCC\x81 PAR"));
	ck_assert(finds(ix, other, fr, "utilis\xC3\xA9 par"));
	/* A capital accented letter is its small letter's mark on a capital. */
	ck_assert(finds(ix, other, fr, "UTILIS\xC3\x89 PAR"));
	/* Marks still count. */
	ck_assert(!finds(ix, other, fr, "utilise par"));
	ck_assert(!finds(ix, other, fr, "utilis\xC3\xA8 par")); /* è */
	search_index_free(ix);
}
END_TEST

/* Right-to-left isolates, which the command's lines have around an
 * Arabic or Hebrew description, do not stop a copied line from matching. */
START_TEST(isolates_are_ignored)
{
	struct search_index *ix = search_index_new();
	const char *const *langs = wsmsg_languages();
	size_t rtl = 0;

	ck_assert_ptr_nonnull(ix);
	for (size_t l = 0; langs[l] != NULL; l++) {
		char line[2048];
		ck_assert_hr(wsmsg_format(WS_E_OTHER, langs[l], line, sizeof line), S_OK);
		const char *text = strstr(line, "): ") + 3;
		rtl += strstr(text, "\xE2\x81\xA7") != NULL;
		size_t other = 0;
		while (wsmsg_code_at(other) != WS_E_OTHER)
			other++;
		ck_assert_msg(finds(ix, other, l, text), "%s: %s", langs[l], text);
	}
	ck_assert_uint_ge(rtl, 2); /* Arabic and Hebrew */
	/* Each of U+2066 to U+2069, anywhere. */
	ck_assert(finds(ix, 0, 0, "\xE2\x81\xA6\xE2\x81\xA7\xE2\x81\xA8\xE2\x81\xA9"));
	char *key = search_key("a\xE2\x81\xA6" "b\xE2\x81\xA9" "c\xE2\x81\xA5");
	ck_assert_str_eq(key, "abc\xE2\x81\xA5"); /* U+2065 is not one */
	free(key);
	search_index_free(ix);
}
END_TEST

/* Names, by any part and in any case: "endpoint_not" finds exactly the
 * names that hold ENDPOINT_NOT. */
START_TEST(names_by_any_part)
{
	struct search_index *ix = search_index_new();
	size_t hits = 0;

	ck_assert_ptr_nonnull(ix);
	char *key = search_key("endpoint_not");
	for (size_t c = 0; c < wsmsg_count(); c++) {
		const char *name = wsmsg_name(wsmsg_code_at(c));
		bool want = strstr(name, "ENDPOINT_NOT") != NULL;
		ck_assert_msg(search_in_name(ix, c, key) == want, "%s", name);
		hits += want;
		/* Every part of 5 characters of every name, in small letters. */
		for (size_t i = 0; i + 5 <= strlen(name); i++) {
			char part[6];
			memcpy(part, name + i, 5);
			part[5] = '\0';
			char *k = search_key(swap_case(part));
			ck_assert_msg(search_in_name(ix, c, k), "%s: %s", name, part);
			free(k);
		}
	}
	free(key);
	ck_assert_uint_ge(hits, 2); /* WS_E_ENDPOINT_NOT_FOUND, _NOT_AVAILABLE */
	ck_assert(!search_in_name(ix, wsmsg_count(), "ws"));
	ck_assert(!search_in_text(ix, 0, nlangs(), "a"));
	search_index_free(ix);
}
END_TEST

/* A text that is not UTF-8 has no key. */
START_TEST(only_utf8_texts)
{
	static const char *const bad[] = {
		"\xFF", "abc\x80", "\xC3", "\xC0\xAF", "\xE0\x80\xAF",
		"\xED\xA0\x80", /* a surrogate */
		"\xF4\x90\x80\x80", /* past U+10FFFF */
	};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		errno = 0;
		ck_assert_msg(search_key(bad[i]) == NULL, "case %zu", i);
		ck_assert_int_eq(errno, EILSEQ);
	}
	char *key = search_key("");
	ck_assert_str_eq(key, "");
	free(key);
	key = search_key("Caf\xC3\xA9 AZaz@[`{");
	ck_assert_str_eq(key, "cafe\xCC\x81 azaz@[`{");
	free(key);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("search");
	TCase *tc = tcase_create("search");

	tcase_add_test(tc, every_description_by_every_20_characters);
	tcase_add_test(tc, normalization_forms_are_the_same);
	tcase_add_test(tc, isolates_are_ignored);
	tcase_add_test(tc, names_by_any_part);
	tcase_add_test(tc, only_utf8_texts);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
