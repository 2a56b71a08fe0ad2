#include "search.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistr.h>
#include <uninorm.h>

#include "wsmsg.h"

struct search_index {
	size_t ncodes, nlangs;
	/* Per code, its name's key, then its description's key in each
	 * catalog: keys[code * (nlangs + 1) + 1 + lang], and their lengths
	 * in lens[]. */
	char **keys;
	size_t *lens;
};

static bool ascii(const char *s)
{
	for (; *s; s++)
		if ((unsigned char)*s >= 0x80)
			return false;
	return true;
}

/* Lowers ASCII letters and drops U+2066 to U+2069 (E2 81 A6 to E2 81 A9)
 * in place.  No byte of a UTF-8 character outside ASCII is an ASCII
 * letter, so the rest is untouched. */
static void fold(char *s)
{
	unsigned char *to = (unsigned char *)s;

	for (const unsigned char *p = to; *p;) {
		if (p[0] == 0xE2 && p[1] == 0x81 && p[2] >= 0xA6 && p[2] <= 0xA9) {
			p += 3;
			continue;
		}
		unsigned char c = *p++;
		*to++ = (c >= 'A' && c <= 'Z') ? (unsigned char)(c - 'A' + 'a') : c;
	}
	*to = '\0';
}

char *search_key(const char *text)
{
	size_t n = strlen(text);
	char *key;

	if (ascii(text)) {
		/* NFD leaves ASCII as it is: spare the work. */
		key = strdup(text);
	} else {
		if (u8_check((const uint8_t *)text, n) != NULL) {
			errno = EILSEQ;
			return NULL;
		}
		size_t len;
		uint8_t *nfd = u8_normalize(UNINORM_NFD, (const uint8_t *)text, n,
		                            NULL, &len);
		if (nfd == NULL)
			return NULL;
		key = realloc(nfd, len + 1);
		if (key == NULL) {
			free(nfd);
			errno = ENOMEM;
			return NULL;
		}
		key[len] = '\0';
	}
	if (key == NULL) {
		errno = ENOMEM;
		return NULL;
	}
	fold(key);
	return key;
}

static size_t slot(const struct search_index *ix, size_t code)
{
	return code * (ix->nlangs + 1);
}

struct search_index *search_index_new(void)
{
	const char *const *langs = wsmsg_languages();
	struct search_index *ix = calloc(1, sizeof *ix);

	if (ix == NULL)
		return NULL;
	ix->ncodes = wsmsg_count();
	while (langs[ix->nlangs] != NULL)
		ix->nlangs++;
	size_t nkeys = ix->ncodes * (ix->nlangs + 1);
	ix->keys = calloc(nkeys, sizeof *ix->keys);
	ix->lens = calloc(nkeys, sizeof *ix->lens);
	if (ix->keys == NULL || ix->lens == NULL)
		goto fail;
	for (size_t c = 0; c < ix->ncodes; c++) {
		int32_t code = wsmsg_code_at(c);
		char **keys = ix->keys + slot(ix, c);
		if ((keys[0] = search_key(wsmsg_name(code))) == NULL)
			goto fail;
		for (size_t l = 0; l < ix->nlangs; l++) {
			const char *text;
			/* Every catalog has every code, if only in English. */
			if (wsmsg_describe_lang(code, langs[l], &text) == E_INVALIDARG ||
			    text == NULL || (keys[1 + l] = search_key(text)) == NULL)
				goto fail;
		}
	}
	for (size_t i = 0; i < nkeys; i++)
		ix->lens[i] = strlen(ix->keys[i]);
	return ix;
fail:
	search_index_free(ix);
	return NULL;
}

void search_index_free(struct search_index *ix)
{
	if (ix == NULL)
		return;
	if (ix->keys != NULL)
		for (size_t i = 0; i < ix->ncodes * (ix->nlangs + 1); i++)
			free(ix->keys[i]);
	free(ix->keys);
	free(ix->lens);
	free(ix);
}

static bool holds(const struct search_index *ix, size_t i, const char *key)
{
	return memmem(ix->keys[i], ix->lens[i], key, strlen(key)) != NULL;
}

bool search_in_name(const struct search_index *ix, size_t code, const char *key)
{
	return code < ix->ncodes && holds(ix, slot(ix, code), key);
}

bool search_in_text(const struct search_index *ix, size_t code, size_t lang,
                    const char *key)
{
	return code < ix->ncodes && lang < ix->nlangs &&
	       holds(ix, slot(ix, code) + 1 + lang, key);
}

size_t search_nlangs(const struct search_index *ix)
{
	return ix->nlangs;
}
