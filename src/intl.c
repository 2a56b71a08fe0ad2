/*
 * The caller's-locale lookup through libintl, exactly as a gettext program
 * does it: dcgettext on the text domain WSMSG_DOMAIN.
 */
#include "intl.h"

#include <libintl.h>
#include <locale.h>
#include <pthread.h>
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

const char *wsmsg_intl_lookup(const char *key)
{
	pthread_once(&bound, bind_domain);
	const char *text = dcgettext(WSMSG_DOMAIN, key, LC_MESSAGES);
	return text == key ? NULL : text;
}
