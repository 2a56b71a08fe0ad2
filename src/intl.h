/* The libintl lookup path: the text domain, bound once. */
#ifndef WSMSG_INTL_H
#define WSMSG_INTL_H

#include <stddef.h>

/*
 * Looks message `m`, whose gettext key (msgctxt "\004" msgid) is `key`, up
 * with dcgettext in the caller's LC_MESSAGES locale, named `locale`, with
 * LANGUAGE `language` (NULL: unset), as the caller read them for this
 * lookup; they key the per-thread cache of misses.  Returns the
 * translation, or NULL when libintl has none.  The caller hands libintl
 * only names that are safe in file paths (caller.h).  The first call
 * binds the text domain to the configured localedir, unless the
 * application bound it already, and sets its codeset to UTF-8.
 */
const char *wsmsg_intl_lookup(size_t m, const char *key, const char *locale,
                              const char *language);

/*
 * The same lookup, when this thread saw libintl find message `m` in the
 * locale named `locale` and nothing has changed libintl's catalogs since
 * (no setlocale, bindtextdomain or textdomain).  libintl then answers
 * from its cache of found translations, before it reads LANGUAGE or any
 * file, so neither needs checking.  Returns NULL in every other case;
 * the caller then takes wsmsg_intl_lookup().
 */
const char *wsmsg_intl_found_before(size_t m, const char *key, const char *locale);

#endif
