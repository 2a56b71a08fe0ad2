/*
 * Language tags: parsing BCP 47 and POSIX locale names, and choosing the
 * compiled-in catalog that serves a tag.  Nothing here allocates, copies
 * the input beyond a few bytes, or calls locale functions.
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

struct wsmsg_tag {
	unsigned char kind;  /* enum wsmsg_tag_kind */
	unsigned char script_given;  /* the script was in the tag */
	char lang[4];        /* "fr", "zh": lower case, 2 or 3 letters */
	char script[5];      /* "Hant": explicit or implied, "" if none */
	char region[4];      /* "FR", "419": upper case, "" if none */
};

/* Parses the first `len` bytes of `s` (a tag need not be NUL-terminated). */
struct wsmsg_tag wsmsg_tag_parse(const char *s, size_t len);

/* Parses a NUL-terminated tag; longer than WSMSG_TAG_MAX is malformed. */
struct wsmsg_tag wsmsg_tag_parse_str(const char *s);

/*
 * The catalog, among `n` parsed catalog names, that serves `tag`: its
 * index, or -1 when none does.  Exact language and region first; then
 * the same language in a compatible script (zh-HK reads zh-TW, zh-CN
 * reads nothing), preferring a catalog without region.
 */
int wsmsg_tag_match(const struct wsmsg_tag *tag,
                    const struct wsmsg_tag *catalogs, size_t n);

#endif
