/*
 * The language the wsmsg command describes in: the environment's, a
 * --lang tag, or the catalog negotiated for a --lang list of ranges.
 */
#ifndef WSMSG_LANGUAGE_H
#define WSMSG_LANGUAGE_H

#include <stdbool.h>

struct language {
	const char *lang;    /* for the library: a tag, or NULL for the
	                      * caller's language */
	const char *served;  /* the catalog (an element of wsmsg_languages())
	                      * that serves it, or NULL when none does; for
	                      * the caller's language, only once
	                      * language_find_caller() has run */
	bool english;        /* a list in which no range found a catalog: the
	                      * texts are English, and count as untranslated */
	const char *asked;   /* what the note on English names: the --lang
	                      * value or the locale the environment names;
	                      * NULL for the locale's language */
	bool list;           /* `asked` is a list of ranges */
};

/*
 * Calls setlocale(LC_ALL, "") and chooses the environment's language.
 * When the environment names a locale this system lacks, works in
 * C.UTF-8 (or C) and, unless LANGUAGE has an entry, asks for the named
 * language explicitly, so that the compiled-in catalogs serve it.
 */
void language_from_environment(struct language *l);

/*
 * Sets l->served for the caller's language (l->lang NULL), by the rules
 * the library follows.  Only what needs it pays for it: it reads every
 * LANGUAGE entry.
 */
void language_find_caller(struct language *l);

/*
 * --lang VALUE.  A well-formed tag is used as it is, as
 * wsmsg_describe_lang() reads it.  A value with a ',', ':' or ';', or a
 * space or tab, is a list of ranges (an Accept-Language value or a
 * LANGUAGE list) negotiated with wsmsg_negotiate().  Returns 0, or -1
 * with *error set when VALUE is neither a tag nor a list, or is a list
 * longer than WSMSG_RANGES_MAX bytes.
 */
int language_from_option(struct language *l, const char *value,
                         const char **error);

#endif
