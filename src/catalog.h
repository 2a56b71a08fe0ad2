/*
 * The compiled-in catalogs: the layout of the data that gen-catalog
 * writes into catalog-data.c.  All strings live in one string table,
 * wsmsg_strtab, and are referred to by offset, so the tables need no
 * relocations.  Offset 0 is the empty string and means "no text".
 */
#ifndef WSMSG_CATALOG_H
#define WSMSG_CATALOG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "lang.h"
#include "resolve.h"

/* One described value.  Entries are sorted by code, as uint32_t. */
struct wsmsg_entry {
	uint32_t code;
	uint32_t name;     /* "WS_E_OTHER" */
	uint32_t key;      /* "WS_E_OTHER\004<English>": the gettext key */
	uint32_t english;  /* the English text: key + strlen(name) + 1 */
};

extern const char wsmsg_strtab[];
extern const struct wsmsg_entry wsmsg_entries[];
extern const size_t wsmsg_nentries;

/*
 * A perfect hash of the codes: the entry of `code`, if any, is
 * wsmsg_entries[wsmsg_code_slots[(uint64_t)(uint32_t)code *
 * WSMSG_CODE_MULT >> WSMSG_CODE_SHIFT]] if that entry's code is `code`.
 * gen-catalog chooses the multiplier so that no two codes share a slot,
 * fills empty slots with an entry whose code has a slot of its own (so
 * that it never matches there), and writes the constants into
 * catalog-hash.h, with
 * WSMSG_NENTRIES, WSMSG_NMESSAGES and WSMSG_NCATALOGS (the number of
 * compiled-in catalogs, for arrays sized by it), so that they compile to
 * immediates.
 */
extern const uint16_t wsmsg_code_slots[];

/* Phrases (src/phrases.h), in order: the key and English text of each. */
extern const uint32_t wsmsg_phrase_keys[];
extern const uint32_t wsmsg_phrase_english[];
extern const size_t wsmsg_nphrases;

/* Indexes into wsmsg_entries, sorted by name (ASCII, upper case). */
extern const uint16_t wsmsg_by_name[];

/* The compiled-in catalogs, in LINGUAS order: each one's name, parsed
 * (fr_FR: fr, "", FR), and its BCP 47 tag ("fr-FR"). */
extern const struct wsmsg_tag wsmsg_catalog_langs[];
extern const char *const wsmsg_catalog_tags[];  /* NULL-terminated */
extern const size_t wsmsg_ncatalogs;

/*
 * The compiled-in catalogs by language, for the library's resolver
 * (catalog-index.c): what the ranking asks of each catalog (resolve.h),
 * worked out by gen-catalog with the resolver's own code, and the
 * languages that have catalogs, under their own codes and their aliases
 * ("nb" and "no"), in a perfect hash.  A language's slot is
 * wsmsg_language_slots[key * WSMSG_LANGUAGE_MULT >> WSMSG_LANGUAGE_SHIFT]
 * (catalog-hash.h) if that slot's key is the language's, the key being
 * its bytes, the first the least significant (wsmsg_language_key()); an
 * empty slot holds a copy of a language that has a slot of its own.
 */
struct wsmsg_language_catalog {
	struct wsmsg_candidate rank;
	int catalog;            /* its index in wsmsg_catalog_tags */
};
extern const struct wsmsg_language_catalog wsmsg_language_catalogs[];

struct wsmsg_language {
	uint32_t key;
	char lang[4];           /* the language, its alias replaced: "nb" */
	char alias_script[5];   /* the script its alias gives ("sh": "Latn"), or "" */
	bool scripted;          /* it has a likely script (zh, sr) */
	bool grouped;           /* some of its regions have a group (es, pt) */
	unsigned char first;    /* its catalogs, in LINGUAS order: */
	unsigned char count;    /* wsmsg_language_catalogs[first .. first + count) */
};
extern const struct wsmsg_language wsmsg_language_slots[];

/* The key of a language subtag of 2 or 3 letters, NUL-padded to 4. */
static inline uint32_t wsmsg_language_key(const char *lang)
{
	return (uint32_t)(unsigned char)lang[0] |
	       (uint32_t)(unsigned char)lang[1] << 8 |
	       (uint32_t)(unsigned char)lang[2] << 16;
}

/*
 * The spellings of each catalog's name ("fr_FR", "fr-FR", "en") and of
 * "C" and "POSIX", exactly as written, with the source that parsing and
 * resolving them gives (a catalog index, WSMSG_SOURCE_ENGLISH or
 * WSMSG_SOURCE_NONE), worked out by gen-catalog with the same parser
 * and resolver.  The key is the spelling's bytes as a number, the first
 * byte the most significant; spellings longer than 8 bytes are not
 * listed.  A spelling is in slot key * WSMSG_SPELLING_MULT >>
 * WSMSG_SPELLING_SHIFT (catalog-hash.h), a perfect hash; an empty slot
 * holds a copy of a spelling that has a slot of its own, as the codes'.
 */
struct wsmsg_spelling {
	uint64_t key;
	int source;
};
extern const struct wsmsg_spelling wsmsg_spelling_slots[];

/*
 * Translations: wsmsg_texts[c * wsmsg_nmessages + m] is the offset of
 * message m in catalog c, 0 when the catalog does not translate it.
 * Messages are the entries (0 .. wsmsg_nentries - 1) then the phrases.
 */
extern const uint32_t wsmsg_texts[];
extern const size_t wsmsg_nmessages;

#endif
