/* The libintl lookup path: the text domain, bound once. */
#ifndef WSMSG_INTL_H
#define WSMSG_INTL_H

#include <stddef.h>

/*
 * Looks message `m`, whose gettext key (msgctxt "\004" msgid) is `key`, up
 * with dcgettext in the caller's LC_MESSAGES locale.  Returns the
 * translation, or NULL when libintl has none or when the locale name or
 * LANGUAGE is not safe to hand to libintl (wsmsg_caller_safe_for_libintl);
 * the compiled-in catalogs then answer, by rules that skip what is
 * malformed.  The first call binds the text domain to the configured
 * localedir, unless the application bound it already, and sets its
 * codeset to UTF-8.
 */
const char *wsmsg_intl_lookup(size_t m, const char *key);

#endif
