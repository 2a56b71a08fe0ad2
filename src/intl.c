/*
 * The caller's-locale lookup through libintl, exactly as a gettext program
 * does it: dcgettext on the text domain WSMSG_DOMAIN.
 */
#include "intl.h"

#include <langinfo.h>
#include <libintl.h>
#include <locale.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "wsmsg.h"

#ifndef WSMSG_LOCALEDIR
#error "WSMSG_LOCALEDIR must be defined by the build"
#endif

static pthread_once_t bound = PTHREAD_ONCE_INIT;

/*
 * Binds the domain to the library's localedir, unless the application has
 * bound it already: an unbound domain reports libintl's default directory,
 * the same as a domain nobody ever binds.
 */
static void bind_domain(void)
{
	const char *current = bindtextdomain(WSMSG_DOMAIN, NULL);
	const char *unbound = bindtextdomain(WSMSG_DOMAIN "-never-bound", NULL);

	if (current != NULL && unbound != NULL && strcmp(current, unbound) == 0)
		bindtextdomain(WSMSG_DOMAIN, WSMSG_LOCALEDIR);
	bind_textdomain_codeset(WSMSG_DOMAIN, "UTF-8");
}

#if defined(HAVE_NL_MSG_CAT_CNTR) && defined(_NL_LOCALE_NAME)
/*
 * glibc's dcgettext allocates a temporary buffer on every miss.  So that
 * warm lookups allocate nothing, each thread remembers which keys missed
 * while nothing that decides libintl's answer has changed: its catalog
 * generation (_nl_msg_cat_cntr, which setlocale, bindtextdomain and
 * textdomain advance), the thread's LC_MESSAGES locale and LANGUAGE.
 */
extern int _nl_msg_cat_cntr;

#define MISS_KEYS 256
#define MISS_LANGUAGE 128

struct miss_cache {
	int generation;
	char locale[64];
	char language[MISS_LANGUAGE];
	uint64_t missed[MISS_KEYS / 64];
};

static _Thread_local struct miss_cache misses = { .generation = -1 };

static bool copy_fits(char *dst, const char *src, size_t size)
{
	size_t n = strlen(src);
	if (n >= size)
		return false;
	memcpy(dst, src, n + 1);
	return true;
}

/* Is the cache still about the state (locale, language)?  If not, reset
 * it; false when the state cannot be cached at all (overlong names). */
static bool cache_current(const char *locale, const char *language)
{
	if (language == NULL)
		language = "";
	if (misses.generation == _nl_msg_cat_cntr &&
	    strcmp(misses.locale, locale) == 0 &&
	    strcmp(misses.language, language) == 0)
		return true;
	memset(misses.missed, 0, sizeof misses.missed);
	misses.generation = -1;
	if (!copy_fits(misses.locale, locale, sizeof misses.locale) ||
	    !copy_fits(misses.language, language, sizeof misses.language))
		return false;
	misses.generation = _nl_msg_cat_cntr;
	return true;
}

/*
 * The state is checked only where the cache is read or written: when `m`
 * is marked as a miss, and after a miss.  So a hit costs what dcgettext
 * costs, and a mark made in another state is found stale (and cleared)
 * before it is believed.
 */
const char *wsmsg_intl_lookup(size_t m, const char *key, const char *locale,
                              const char *language)
{
	pthread_once(&bound, bind_domain);
	bool cacheable = m < MISS_KEYS;
	uint64_t bit = cacheable ? UINT64_C(1) << (m % 64) : 0;
	uint64_t *word = &misses.missed[cacheable ? m / 64 : 0];

	if ((*word & bit) && cache_current(locale, language) && (*word & bit))
		return NULL;
	int generation = _nl_msg_cat_cntr;
	const char *text = dcgettext(WSMSG_DOMAIN, key, LC_MESSAGES);
	if (text != key)
		return text;
	/* Remembered only for the state the miss was seen in. */
	if (cacheable && cache_current(locale, language) && misses.generation == generation)
		*word |= bit;
	return NULL;
}
#else
const char *wsmsg_intl_lookup(size_t m, const char *key, const char *locale,
                              const char *language)
{
	(void)m;
	(void)locale;
	(void)language;
	pthread_once(&bound, bind_domain);
	const char *text = dcgettext(WSMSG_DOMAIN, key, LC_MESSAGES);
	return text == key ? NULL : text;
}
#endif
