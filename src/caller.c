/*
 * The caller's language.  As in GNU gettext: the calling thread's
 * LC_MESSAGES locale (uselocale, else the global locale); if its name is
 * exactly "C" or "POSIX", untranslated English; otherwise the LANGUAGE
 * list when it is set, else the locale name; the first entry that has a
 * catalog wins.
 */
#include "caller.h"

#include <langinfo.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "lang.h"
#include "sources.h"
#include "spelling.h"

/* The first entry of a colon-separated list that has a catalog.  Empty
 * and malformed entries are skipped.  *seen tells whether there was any
 * non-empty entry. */
static int first_in_list(const char *list, int *seen)
{
	const char *p = list;

	*seen = 0;
	while (*p != '\0') {
		const char *end = strchr(p, ':');
		size_t n = end ? (size_t)(end - p) : strlen(p);
		if (n > 0) {
			*seen = 1;
			struct wsmsg_tag tag = wsmsg_tag_parse(p, n);
			int c = wsmsg_slot_for_tag(&tag);
			if (c != WSMSG_SOURCE_NONE)
				return c;
		}
		p += n;
		if (*p == ':')
			p++;
	}
	return WSMSG_SOURCE_NONE;
}

int wsmsg_catalog_for(const char *locale_name, const char *language)
{
	if (locale_name == NULL || strcmp(locale_name, "C") == 0 ||
	    strcmp(locale_name, "POSIX") == 0)
		return WSMSG_SOURCE_ENGLISH;
	if (language != NULL) {
		int seen;
		int c = first_in_list(language, &seen);
		if (seen)
			return c;
	}
	int spelled = wsmsg_spelled_source(locale_name);
	if (spelled != WSMSG_SOURCE_UNSPELLED)
		return spelled;
	struct wsmsg_tag tag = wsmsg_tag_parse_str(locale_name);
	return wsmsg_slot_for_tag(&tag);
}

/* Is s[0..n) a name libintl may put in a file path: a well-formed tag
 * that starts with a letter (so no '/', and not "." or "..")? */
static int path_safe(const char *s, size_t n)
{
	unsigned char c = (unsigned char)s[0];

	return n > 0 && ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) &&
	       wsmsg_tag_parse(s, n).kind != WSMSG_TAG_MALFORMED;
}

int wsmsg_language_safe(const char *language)
{
	if (language == NULL)
		return 1;
	size_t len = strnlen(language, WSMSG_LANGUAGE_MAX + 1);
	if (len > WSMSG_LANGUAGE_MAX)
		return 0;
	for (size_t i = 0; i < len; i++) {
		size_t start = i;
		while (i < len && language[i] != ':')
			i++;
		if (i > start && !path_safe(language + start, i - start))
			return 0;
	}
	return 1;
}

/* The name of the calling thread's LC_MESSAGES locale. */
const char *wsmsg_caller_locale(void)
{
#ifdef _NL_LOCALE_NAME
	/* glibc: the thread's locale if uselocale set one, else the global. */
	return nl_langinfo(_NL_LOCALE_NAME(LC_MESSAGES));
#else
	return setlocale(LC_MESSAGES, NULL);
#endif
}

const char *wsmsg_caller_language(void)
{
	return getenv("LANGUAGE");
}

struct wsmsg_caller wsmsg_caller_read(void)
{
	return (struct wsmsg_caller){ wsmsg_caller_locale(), wsmsg_caller_language() };
}

int wsmsg_caller_catalog(const struct wsmsg_caller *c)
{
	return wsmsg_catalog_for(c->locale, c->language);
}

/* A catalog's own spelling (every one starts with a letter) is safe
 * without parsing; any other name takes path_safe(). */
static int locale_safe(const char *name)
{
	return name != NULL &&
	       (wsmsg_spelled_source(name) != WSMSG_SOURCE_UNSPELLED ||
	        path_safe(name, strnlen(name, WSMSG_TAG_MAX + 1)));
}

int wsmsg_caller_safe_for_libintl(const struct wsmsg_caller *c)
{
	return locale_safe(c->locale) && wsmsg_language_safe(c->language);
}
