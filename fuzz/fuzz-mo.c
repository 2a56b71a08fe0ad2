/*
 * The .mo reader (src/mo.c) on any bytes, as a hostile installed catalog
 * would hand them to the library.
 *
 * wsmsg_mo_parse must give the status that a second, deliberately plain
 * reading of the rules of src/mo.h gives (64-bit sums, no shortcuts),
 * and own nothing unless it is OK.  On OK its copy is the input, and
 * every lookup stays inside it: the header, every key the library looks
 * up (the compiled-in tables' keys), and every original the file lists,
 * which must find exactly its own translation.  A text is NULL, or a
 * non-empty, NUL-terminated string inside the copy, well-formed UTF-8
 * without control characters ('\n' in the header alone), exactly when
 * the plain reading says so.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "catalog.h"
#include "fuzz.h"
#include "mo.h"

struct plain {
	const uint8_t *data;
	size_t size;
	int big;  /* the file is big-endian */
};

static uint64_t plain_word(const struct plain *p, uint64_t at)
{
	uint64_t w = 0;

	for (int i = 0; i < 4; i++)
		w |= (uint64_t)p->data[at + (uint64_t)(p->big ? 3 - i : i)] << (8 * i);
	return w;
}

/* Is the string of table entry at `at` in the file with its NUL? */
static bool plain_string(const struct plain *p, uint64_t at, uint64_t *len, uint64_t *off)
{
	*len = plain_word(p, at);
	*off = plain_word(p, at + 4);
	return *off + *len + 1 <= p->size && p->data[*off + *len] == 0;
}

static bool plain_utf8_charset(const char *header)
{
	const char *c = strstr(header, "charset=");

	if (c == NULL)
		return false;
	c += strlen("charset=");
	return strncasecmp(c, "UTF-8", 5) == 0 && strchr(" \t\r\n;", c[5]) != NULL;
}

/* The status the rules of mo.h give `data`, which ends with a NUL at
 * data[size] (the copy wsmsg_mo_parse made, or the input's own copy). */
static enum wsmsg_mo_status plain_status(const uint8_t *data, size_t size)
{
	struct plain p = { data, size, 0 };

	if (size < 28)
		return WSMSG_MO_TRUNCATED;
	if (plain_word(&p, 0) != 0x950412deu) {
		p.big = 1;
		if (plain_word(&p, 0) != 0x950412deu)
			return WSMSG_MO_BAD_MAGIC;
	}
	if (plain_word(&p, 4) > 0xFFFF)
		return WSMSG_MO_BAD_REVISION;
	uint64_t n = plain_word(&p, 8), o = plain_word(&p, 12), t = plain_word(&p, 16);
	if (o + 8 * n > size || t + 8 * n > size)
		return WSMSG_MO_TRUNCATED;
	uint64_t total = 0, len, off;
	for (uint64_t i = 0; i < n; i++) {
		if (!plain_string(&p, o + 8 * i, &len, &off))
			return WSMSG_MO_OUT_OF_BOUNDS;
		total += len + 1;
		if (!plain_string(&p, t + 8 * i, &len, &off) || total > size)
			return WSMSG_MO_OUT_OF_BOUNDS;
	}
	for (uint64_t i = 1; i < n; i++) {
		plain_string(&p, o + 8 * (i - 1), &len, &off);
		const char *a = (const char *)data + off;
		plain_string(&p, o + 8 * i, &len, &off);
		if (strcmp(a, (const char *)data + off) >= 0)
			return WSMSG_MO_UNSORTED;
	}
	/* Sorted, so the header, if any, is the first original. */
	if (n == 0 || !plain_string(&p, o, &len, &off) || data[off] != 0)
		return WSMSG_MO_NOT_UTF8;
	plain_string(&p, t, &len, &off);
	return plain_utf8_charset((const char *)data + off) ? WSMSG_MO_OK : WSMSG_MO_NOT_UTF8;
}

/* Is `text` one that wsmsg_mo_text may give? */
static bool plain_text_ok(const char *text, bool header)
{
	size_t n = strlen(text);

	if (n == 0 || !fuzz_utf8_valid(text, n))
		return false;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)text[i];
		if ((c < 0x20 && !(header && c == '\n')) || c == 0x7F)
			return false;
	}
	return true;
}

/* `key`'s text and raw translation are what the plain rules allow. */
static void check_key(const struct wsmsg_mo *mo, const char *key)
{
	const char *raw = wsmsg_mo_lookup(mo, key);
	const char *text = wsmsg_mo_text(mo, key);
	const char *end = (const char *)mo->data + mo->size;

	if (raw == NULL) {
		FUZZ_CHECK(text == NULL, "a text without a translation");
		return;
	}
	FUZZ_CHECK(raw >= (const char *)mo->data && raw < end, "outside the copy");
	FUZZ_CHECK(strnlen(raw, (size_t)(end - raw)) < (size_t)(end - raw),
	           "no NUL inside the file");
	bool ok = plain_text_ok(raw, key[0] == '\0');
	FUZZ_CHECK(text == (ok ? raw : NULL), "text %p, translation %p, acceptable %d",
	           (const void *)text, (const void *)raw, ok);
}

/* Each original of the file finds its own translation. */
static void check_originals(const struct wsmsg_mo *mo)
{
	struct plain p = { mo->data, mo->size, 0 };
	p.big = plain_word(&p, 0) != 0x950412deu;

	for (uint64_t i = 0; i < mo->count; i++) {
		uint64_t len, off;
		plain_string(&p, mo->originals + 8 * i, &len, &off);
		const char *original = (const char *)mo->data + off;
		plain_string(&p, mo->translations + 8 * i, &len, &off);
		FUZZ_CHECK(wsmsg_mo_lookup(mo, original) == (const char *)mo->data + off,
		           "original %llu does not find its translation", (unsigned long long)i);
		check_key(mo, original);
	}
}

FUZZ_TARGET(mo)
{
	struct wsmsg_mo mo;
	enum wsmsg_mo_status st = wsmsg_mo_parse(&mo, data, size);

	FUZZ_CHECK((int)st >= (int)WSMSG_MO_OK && (int)st <= (int)WSMSG_MO_NO_MEMORY, "status %d", (int)st);
	FUZZ_CHECK(wsmsg_mo_strerror(st) != NULL, "no phrase");
	if (st == WSMSG_MO_NO_MEMORY || st == WSMSG_MO_TOO_LARGE) {
		FUZZ_CHECK(mo.data == NULL, "owns memory after %s", wsmsg_mo_strerror(st));
		return 0;
	}
	/* The plain reading needs the NUL after the bytes that the copy has. */
	uint8_t *copy = malloc(size + 1);
	if (copy == NULL)
		abort();
	if (size > 0)
		memcpy(copy, data, size);
	copy[size] = 0;
	enum wsmsg_mo_status want = plain_status(copy, size);
	free(copy);
	FUZZ_CHECK(st == want, "%s, expected %s", wsmsg_mo_strerror(st), wsmsg_mo_strerror(want));
	if (st != WSMSG_MO_OK) {
		FUZZ_CHECK(mo.data == NULL, "owns memory after %s", wsmsg_mo_strerror(st));
		wsmsg_mo_free(&mo);
		return 0;
	}
	FUZZ_CHECK(mo.size == size && (size == 0 || memcmp(mo.data, data, size) == 0) &&
	           mo.data[size] == 0, "the copy differs from the input");
	FUZZ_CHECK(wsmsg_mo_lookup(&mo, "") != NULL, "OK without a header");
	check_key(&mo, "");
	for (size_t m = 0; m < wsmsg_nentries; m++)
		check_key(&mo, wsmsg_strtab + wsmsg_entries[m].key);
	for (size_t m = 0; m < wsmsg_nphrases; m++)
		check_key(&mo, wsmsg_strtab + wsmsg_phrase_keys[m]);
	check_originals(&mo);
	wsmsg_mo_free(&mo);
	FUZZ_CHECK(mo.data == NULL, "freed, yet owns memory");
	return 0;
}
