/*
 * What --search finds (tools/search.c), in-process, over every
 * description of every catalog: the command calls the same functions, and
 * tests/test-cli.c runs it on a sample.
 */
#include <errno.h>
#include <unistr.h>
#include <uninorm.h>

#include "testing.h"

#include "search.h"

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

/* s in NFD, malloc'ed. */
static char *nfd(const char *s)
{
	size_t len;
	uint8_t *d = u8_normalize(UNINORM_NFD, (const uint8_t *)s, strlen(s), NULL, &len);
	ck_assert_ptr_nonnull(d);
	char *z = malloc(len + 1);
	ck_assert_ptr_nonnull(z);
	memcpy(z, d, len);
	z[len] = '\0';
	free(d);
	return z;
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

static bool finds(const struct search_index *ix, size_t code, size_t lang,
                  const char *needle)
{
	char *key = search_key(needle);
	ck_assert_msg(key != NULL, "no key for \"%s\"", needle);
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

/*
 * Every description is found by any 20-character part of it, here at the
 * start, the end and two places between: as written (NFC, as every
 * catalog is), in NFD, with the case of its ASCII letters swapped, and
 * both.  And not with a character it does not have.
 */
START_TEST(every_description_by_any_20_characters)
{
	struct search_index *ix = search_index_new();
	const char *const *langs = wsmsg_languages();
	size_t checked = 0, decomposed = 0, swapped = 0;

	ck_assert_ptr_nonnull(ix);
	ck_assert_uint_eq(search_nlangs(ix), nlangs());
	for (size_t c = 0; c < wsmsg_count(); c++) {
		for (size_t l = 0; langs[l] != NULL; l++) {
			const char *text;
			ck_assert_hr(wsmsg_describe_lang(wsmsg_code_at(c), langs[l], &text), S_OK);
			size_t n = characters(text);
			size_t span = n < 20 ? n : 20, room = n - span;
			size_t offsets[] = { 0, room / 3, 2 * room / 3, room };
			for (size_t o = 0; o < 4; o++) {
				size_t start = prefix_bytes(text, offsets[o]);
				size_t len = prefix_bytes(text + start, span);
				char part[256];
				ck_assert_uint_lt(len, sizeof part);
				memcpy(part, text + start, len);
				part[len] = '\0';
				ck_assert_uint_eq(characters(part), span);

				char *d = nfd(part);
				char *swap = swap_case(strdup(part));
				char *both = swap_case(nfd(part));
				ck_assert_ptr_nonnull(swap);
				const char *forms[] = { part, d, swap, both };
				for (size_t f = 0; f < 4; f++)
					ck_assert_msg(finds(ix, c, l, forms[f]),
					              "%s in %s: \"%s\" (form %zu) not found in \"%s\"",
					              wsmsg_name(wsmsg_code_at(c)), langs[l],
					              forms[f], f, text);
				decomposed += strcmp(d, part) != 0;
				swapped += strcmp(swap, part) != 0;
				checked++;

				/* One character more that the text does not have. */
				char *wrong = malloc(len + 4);
				ck_assert_ptr_nonnull(wrong);
				memcpy(wrong, part, len);
				memcpy(wrong + len, "\xEE\x80\x80", 4); /* U+E000 */
				ck_assert_msg(!finds(ix, c, l, wrong), "%s in %s: \"%s\" found",
				              wsmsg_name(wsmsg_code_at(c)), langs[l], wrong);
				free(wrong);
				free(d);
				free(swap);
				free(both);
			}
		}
	}
	/* The forms differ often enough to prove something. */
	ck_assert_uint_eq(checked, 4 * wsmsg_count() * nlangs());
	ck_assert_uint_gt(decomposed, 500);
	ck_assert_uint_gt(swapped, checked / 2);
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

	tcase_add_test(tc, every_description_by_any_20_characters);
	tcase_add_test(tc, normalization_forms_are_the_same);
	tcase_add_test(tc, isolates_are_ignored);
	tcase_add_test(tc, names_by_any_part);
	tcase_add_test(tc, only_utf8_texts);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
