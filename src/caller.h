/* The caller's language, chosen as GNU gettext chooses it. */
#ifndef WSMSG_CALLER_H
#define WSMSG_CALLER_H

/* The caller's language is English by definition (C or POSIX locale). */
#define WSMSG_CATALOG_ENGLISH (-2)
/* No compiled-in catalog serves the caller's language. */
#define WSMSG_CATALOG_NONE (-1)

/*
 * The compiled-in catalog for the calling thread: its index,
 * WSMSG_CATALOG_ENGLISH or WSMSG_CATALOG_NONE.  Reads the thread's
 * LC_MESSAGES locale and LANGUAGE; allocates nothing.
 */
int wsmsg_caller_catalog(void);

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
 * May the caller's lookup go to libintl?  Only when the calling thread's
 * LC_MESSAGES locale name is a well-formed tag that starts with a letter
 * and LANGUAGE is safe (above): libintl then builds file paths from
 * nothing but names the rules accept.  Otherwise the compiled-in catalogs
 * answer alone, by the same rules.  Allocates nothing.
 */
int wsmsg_caller_safe_for_libintl(void);

/* The catalog for one tag: index, WSMSG_CATALOG_ENGLISH or _NONE. */
struct wsmsg_tag;
int wsmsg_catalog_for_tag(const struct wsmsg_tag *tag);

#endif
