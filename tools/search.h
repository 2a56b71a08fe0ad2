/*
 * --search: the return values whose name or description holds a text,
 * in any compiled-in catalog, whatever the case of ASCII letters and the
 * Unicode normalization form.
 *
 * Every text is first brought to one form, its key: canonically
 * decomposed (NFD, so that "é" and "e" followed by U+0301 are the same
 * bytes), ASCII letters in lower case, and without the directional
 * isolates U+2066 to U+2069, which the command's own lines put around a
 * right-to-left description (so that a line copied from them still
 * finds its value).  A key holds another when its bytes do.  Folding the
 * case after decomposing also matches accented capitals with their
 * small letters ("É" is "E" and a mark).
 */
#ifndef WSMSG_SEARCH_H
#define WSMSG_SEARCH_H

#include <stdbool.h>
#include <stddef.h>

/* The keys of every code's name and of its description in every
 * catalog, built once for any number of searches. */
struct search_index;

/* Builds the index of the codes of wsmsg_code_at() and the catalogs of
 * wsmsg_languages(); NULL when memory runs out. */
struct search_index *search_index_new(void);

void search_index_free(struct search_index *ix);

/* The key of `text` (malloc'ed, NUL-terminated), or NULL with errno
 * EILSEQ when `text` is not UTF-8, or ENOMEM. */
char *search_key(const char *text);

/* Does the name of the code wsmsg_code_at(code) hold `key`? */
bool search_in_name(const struct search_index *ix, size_t code,
                    const char *key);

/* Does its description in the catalog wsmsg_languages()[lang] hold
 * `key`? */
bool search_in_text(const struct search_index *ix, size_t code, size_t lang,
                    const char *key);

/* The number of catalogs the index holds (those of wsmsg_languages()). */
size_t search_nlangs(const struct search_index *ix);

#endif
