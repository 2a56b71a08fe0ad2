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

#include "catalog-dir.h"
#include "catalog-hash.h"
#include "wsmsg.h"

#if defined(HAVE_NL_MSG_CAT_CNTR) && defined(_NL_LOCALE_NAME)
/*
 * What this thread learned from libintl while nothing that decides its
 * answer changed: its catalog generation (_nl_msg_cat_cntr, which
 * setlocale, bindtextdomain and textdomain advance) and the name of the
 * thread's LC_MESSAGES locale.
 *
 * - found: libintl found message m.  glibc keeps every translation it
 *   found in a cache keyed by domain, message, category and locale name,
 *   valid for one generation, and answers a repeated lookup from it
 *   before it reads LANGUAGE or any file.
 * - missed: libintl had no translation for m.  glibc's dcgettext
 *   allocates a temporary buffer on every miss; remembering the miss
 *   keeps warm lookups free of allocations.  A miss also depends on
 *   LANGUAGE, so the misses are kept for one LANGUAGE value.
 */
extern int _nl_msg_cat_cntr;

_Static_assert(WSMSG_NMESSAGES <= 64,
               "the sets of found and missed messages are a bit per message");

struct intl_cache {
	int generation;
	char locale[64];   /* "": nothing is known */
	uint64_t found;      /* bit m: message m */
	bool has_language; /* the misses are about `language` */
	char language[128];
	uint64_t missed;
};

static _Thread_local struct intl_cache cache;

static bool copy_fits(char *dst, const char *src, size_t size)
{
	if (strnlen(src, size) == size)
		return false;
	strcpy(dst, src);
	return true;
}

/* m is a message index, below WSMSG_NMESSAGES (lookup.h). */
static bool marked(uint64_t set, size_t m)
{
	return (set >> m) & 1;
}

static void mark(uint64_t *set, size_t m)
{
	*set |= UINT64_C(1) << m;
}

/* Does the cache hold what was learned in `generation` under `locale`? */
static bool knows(const char *locale, int generation)
{
	return cache.generation == generation && strcmp(cache.locale, locale) == 0;
}

/* knows(), and if not, the cache forgets everything and starts on that
 * state, provided it is still the current one and the name fits. */
static bool about(const char *locale, int generation)
{
	if (knows(locale, generation))
		return true;
	memset(&cache, 0, sizeof cache);
	if (generation != _nl_msg_cat_cntr ||
	    !copy_fits(cache.locale, locale, sizeof cache.locale))
		return false;
	cache.generation = generation;
	return true;
}

/* Are the misses about `language` (NULL: unset)?  If not, they are
 * forgotten and kept from now on for `language`, if it fits. */
static bool misses_about(const char *language)
{
	if (language == NULL)
		language = "";
	if (cache.has_language && strcmp(cache.language, language) == 0)
		return true;
	cache.missed = 0;
	cache.has_language = copy_fits(cache.language, language, sizeof cache.language);
	return cache.has_language;
}

const char *wsmsg_intl_found_before(size_t m, const char *key, const char *locale)
{
	if (!marked(cache.found, m) || !knows(locale, _nl_msg_cat_cntr))
		return NULL;
	const char *text = dcgettext(WSMSG_DOMAIN, key, LC_MESSAGES);
	return text == key ? NULL : text;
}

/*
 * A mark is believed only while the generation and locale it was made
 * under are current, and it is made only when the generation did not
 * move during the dcgettext call it records.
 */
const char *wsmsg_intl_lookup(size_t m, const char *key, const char *locale,
                              const char *language)
{
	wsmsg_catalog_dir_bind();
	int generation = _nl_msg_cat_cntr;

	if (marked(cache.missed, m) && about(locale, generation) &&
	    misses_about(language) && marked(cache.missed, m))
		return NULL;
	const char *text = dcgettext(WSMSG_DOMAIN, key, LC_MESSAGES);
	if (text != key) {
		if (about(locale, generation))
			mark(&cache.found, m);
		return text;
	}
	if (about(locale, generation) && misses_about(language))
		mark(&cache.missed, m);
	return NULL;
}
#else
const char *wsmsg_intl_found_before(size_t m, const char *key, const char *locale)
{
	(void)m;
	(void)key;
	(void)locale;
	return NULL;
}

const char *wsmsg_intl_lookup(size_t m, const char *key, const char *locale,
                              const char *language)
{
	(void)m;
	(void)locale;
	(void)language;
	wsmsg_catalog_dir_bind();
	const char *text = dcgettext(WSMSG_DOMAIN, key, LC_MESSAGES);
	return text == key ? NULL : text;
}
#endif
