/*
 * Language tags: parsing BCP 47 and POSIX locale names into their
 * language, script and region, as written.  Which catalog serves a tag
 * is the resolver's (resolve.h).  Nothing here allocates, copies the
 * input beyond a few bytes, or calls locale functions.
 */
#ifndef WSMSG_LANG_H
#define WSMSG_LANG_H

#include <stdbool.h>
#include <stddef.h>

#define WSMSG_TAG_MAX 64

enum wsmsg_tag_kind {
	WSMSG_TAG_MALFORMED,  /* empty, too long, or a forbidden byte */
	WSMSG_TAG_C,          /* "C" or "POSIX" (with any codeset): English */
	WSMSG_TAG_LANGUAGE,   /* a language, maybe with script and region */
	WSMSG_TAG_OTHER,      /* well formed, but names no language */
};

/* Every field is NUL-padded to its size (wsmsg_tag_parse() starts from a
 * zeroed tag), so that the resolver may compare four bytes at once. */
struct wsmsg_tag {
	unsigned char kind;  /* enum wsmsg_tag_kind */
	char lang[4];        /* "fr", "zh": lower case, 2 or 3 letters */
	char script[5];      /* "Hant", "Latn" (from @latin): "" if not written */
	char region[4];      /* "FR", "419": upper case, "" if none */
};

/* Parses the first `len` bytes of `s` (a tag need not be NUL-terminated). */
struct wsmsg_tag wsmsg_tag_parse(const char *s, size_t len);

/* Parses a NUL-terminated tag; longer than WSMSG_TAG_MAX is malformed. */
struct wsmsg_tag wsmsg_tag_parse_str(const char *s);

#endif
