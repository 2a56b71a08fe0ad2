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

/* The catalog for one tag: index, WSMSG_CATALOG_ENGLISH or _NONE. */
struct wsmsg_tag;
int wsmsg_catalog_for_tag(const struct wsmsg_tag *tag);

#endif
