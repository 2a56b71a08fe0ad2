/* The caller's language, chosen as GNU gettext chooses it. */
#ifndef WSMSG_CALLER_H
#define WSMSG_CALLER_H

#include "resolve.h"

/* What decides the caller's language: the name of the calling thread's
 * LC_MESSAGES locale and the LANGUAGE value (NULL: unset). */
struct wsmsg_caller {
	const char *locale;
	const char *language;
};

/* Reads both, once per lookup.  Allocates nothing. */
struct wsmsg_caller wsmsg_caller_read(void);

/* Each of the two alone. */
const char *wsmsg_caller_locale(void);
const char *wsmsg_caller_language(void);

/*
 * The language slot for `c` (sources.h): a slot, WSMSG_SOURCE_ENGLISH or
 * WSMSG_SOURCE_NONE.  Allocates nothing.
 */
int wsmsg_caller_catalog(const struct wsmsg_caller *c);

/* The same, from a locale name and a LANGUAGE value (NULL: unset). */
int wsmsg_catalog_for(const char *locale_name, const char *language);

/* The longest LANGUAGE value the library hands to libintl. */
#define WSMSG_LANGUAGE_MAX 1024

/*
 * May libintl read `language` (a LANGUAGE value; NULL: unset)?  libintl
 * makes a file path of each entry, <localedir>/<entry>/LC_MESSAGES, and
 * copies the whole value onto the stack.  So: at most WSMSG_LANGUAGE_MAX
 * bytes, and every non-empty entry a well-formed tag that starts with a
 * letter (no '/', no "..").  Allocates nothing.
 */
int wsmsg_language_safe(const char *language);

/*
 * May the lookup for `c` go to libintl?  Only when the locale name is a
 * well-formed tag that starts with a letter and LANGUAGE is safe (above):
 * libintl then builds file paths from nothing but names the rules
 * accept.  Otherwise the compiled-in catalogs answer alone, by the same
 * rules.  Allocates nothing.
 */
int wsmsg_caller_safe_for_libintl(const struct wsmsg_caller *c);

/* The compiled-in catalog for one tag, by the resolver's rules: index,
 * WSMSG_SOURCE_ENGLISH or WSMSG_SOURCE_NONE (catalog-index.c). */
int wsmsg_catalog_for_tag(const struct wsmsg_tag *tag);

#endif
