/*
 * Where installed catalogs are.  libintl reads the same directory for
 * the caller's path; the binding is libintl's, asked here.
 */
#include "catalog-dir.h"

#include <libintl.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "wsmsg.h"

#ifndef WSMSG_LOCALEDIR
#error "WSMSG_LOCALEDIR must be defined by the build"
#endif

static pthread_once_t bound = PTHREAD_ONCE_INIT;

/*
 * An unbound domain reports libintl's default directory, the same as a
 * domain nobody ever binds: then the library binds its own.
 */
static void bind_domain(void)
{
	const char *current = bindtextdomain(WSMSG_DOMAIN, NULL);
	const char *unbound = bindtextdomain(WSMSG_DOMAIN "-never-bound", NULL);

	if (current != NULL && unbound != NULL && strcmp(current, unbound) == 0)
		bindtextdomain(WSMSG_DOMAIN, WSMSG_LOCALEDIR);
	bind_textdomain_codeset(WSMSG_DOMAIN, "UTF-8");
}

void wsmsg_catalog_dir_bind(void)
{
	pthread_once(&bound, bind_domain);
}

bool wsmsg_catalog_dir(char *buf, size_t size)
{
	wsmsg_catalog_dir_bind();
	const char *dir = bindtextdomain(WSMSG_DOMAIN, NULL);
	if (dir == NULL || strnlen(dir, size) == size)
		return false;
	strcpy(buf, dir);
	return true;
}

bool wsmsg_catalog_path(char *buf, size_t size, const char *dir, const char *name)
{
	int n = snprintf(buf, size, "%s/%s/LC_MESSAGES/" WSMSG_DOMAIN ".mo", dir, name);
	/* A negative n, an error, is a size_t larger than any buffer. */
	return (size_t)n < size;
}
