/*
 * The installed catalogs of a directory.  Every catalog file of the
 * domain in it is read and validated when the directory is listed, once
 * per process, so that a file that is not valid is never a language's
 * catalog and never reaches libintl; the files stay in memory for the
 * life of the process, since the texts handed out point into them.
 */
#include "installed.h"

#include <dirent.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "catalog-dir.h"
#include "catalog-hash.h"
#include "lookup.h"
#include "mo.h"
#include "source.h"

#ifndef PATH_MAX
#define PATH_MAX 4096
#endif

struct catalog {
	char name[WSMSG_TAG_MAX + 1];
	struct wsmsg_tag tag;
	bool language;       /* a language's catalog, not only a file */
	bool valid;
	dev_t dev;
	ino_t ino;
	struct wsmsg_mo mo;
	const char *text[WSMSG_NMESSAGES];
};

struct wsmsg_installed {
	char dir[PATH_MAX];
	bool valid;          /* every file of the domain is listed and valid */
	size_t nfiles;       /* every file of the domain, languages first */
	size_t nlanguages;   /* the valid ones with a language's name */
	struct catalog c[WSMSG_INSTALLED_MAX];
};

/* Can `name` name a language's catalog? */
static bool language_name(const char *name, struct wsmsg_tag *tag)
{
	if (strlen(name) > WSMSG_TAG_MAX || !wsmsg_catalog_name_ok(name))
		return false;
	*tag = wsmsg_tag_parse_str(name);
	return tag->kind == WSMSG_TAG_LANGUAGE;
}

/*
 * Of two names for one file (po/install-aliases.sh links "fr" to
 * fr_FR's), the language's own is kept: a language's name before any
 * other, then the one that says more (a region or script), then the
 * first in byte order.
 */
static bool better_name(const char *name, const struct wsmsg_tag *t,
                        const struct catalog *c)
{
	if (!c->language)
		return true;
	size_t a = strlen(t->region) + strlen(t->script);
	size_t b = strlen(c->tag.region) + strlen(c->tag.script);
	return a > b || (a == b && strcmp(name, c->name) < 0);
}

static void name(struct catalog *c, const char *name, const struct wsmsg_tag *tag,
                 bool language)
{
	c->language = language;
	c->tag = *tag;
	/* A file whose name is too long is still listed, to be validated,
	 * under no name: it cannot be read, so it will count as invalid. */
	if (strlen(name) < sizeof c->name)
		strcpy(c->name, name);
}

/* Lists the file `st` of directory entry `name`, once per file. */
static void add(struct wsmsg_installed *found, const char *entry, const struct stat *st)
{
	struct wsmsg_tag tag = { 0 };
	bool language = language_name(entry, &tag);

	for (size_t i = 0; i < found->nfiles; i++) {
		struct catalog *c = &found->c[i];
		if (c->dev == st->st_dev && c->ino == st->st_ino) {
			if (language && better_name(entry, &tag, c))
				name(c, entry, &tag, language);
			return;
		}
	}
	if (found->nfiles == WSMSG_INSTALLED_MAX) {
		found->valid = false;
		return;
	}
	struct catalog *c = &found->c[found->nfiles++];
	c->dev = st->st_dev;
	c->ino = st->st_ino;
	name(c, entry, &tag, language);
}

static int by_language_then_name(const void *a, const void *b)
{
	const struct catalog *x = a, *y = b;
	bool lx = x->language && x->valid, ly = y->language && y->valid;
	if (lx != ly)
		return lx ? -1 : 1;
	return strcmp(x->name, y->name);
}

/* Reads and validates catalog c, and indexes the library's messages.  A
 * file listed under no name cannot be read: invalid. */
static void read_catalog(const struct wsmsg_installed *found, struct catalog *c)
{
	char path[PATH_MAX];

	if (c->name[0] == '\0' ||
	    !wsmsg_catalog_path(path, sizeof path, found->dir, c->name) ||
	    wsmsg_mo_read(&c->mo, path) != WSMSG_MO_OK)
		return;
	c->valid = true;
	for (size_t m = 0; m < WSMSG_NMESSAGES; m++)
		c->text[m] = wsmsg_mo_text(&c->mo, wsmsg_message_key(m));
}

/*
 * Lists the files of the domain, by the names of the directory's
 * entries (never "." or "..", never containing '/').  A name that is no
 * tag still counts as a file libintl might read (through locale.alias,
 * say), so it is read and validated with the others; only a valid
 * catalog with a language's name serves lookups.
 */
static void scan(struct wsmsg_installed *found)
{
	DIR *d = opendir(found->dir);
	if (d == NULL)
		return;
	struct dirent *e;
	char path[PATH_MAX];
	while ((e = readdir(d)) != NULL) {
		struct stat st;
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		if (!wsmsg_catalog_path(path, sizeof path, found->dir, e->d_name)) {
			found->valid = false;
			continue;
		}
		if (stat(path, &st) == 0)
			add(found, e->d_name, &st);
	}
	closedir(d);
	for (size_t i = 0; i < found->nfiles; i++) {
		read_catalog(found, &found->c[i]);
		found->valid &= found->c[i].valid;
	}
	qsort(found->c, found->nfiles, sizeof found->c[0], by_language_then_name);
	while (found->nlanguages < found->nfiles &&
	       found->c[found->nlanguages].language && found->c[found->nlanguages].valid)
		found->nlanguages++;
}

struct wsmsg_installed *wsmsg_installed_list(const char *dir)
{
	struct wsmsg_installed *found = calloc(1, sizeof *found);

	if (found == NULL)
		return NULL;
	found->valid = strnlen(dir, sizeof found->dir) < sizeof found->dir;
	if (found->valid) {
		strcpy(found->dir, dir);
		scan(found);
	}
	return found;
}

const char *wsmsg_installed_dir(const struct wsmsg_installed *in)
{
	return in->dir;
}

size_t wsmsg_installed_count(const struct wsmsg_installed *in)
{
	return in->nlanguages;
}

const char *wsmsg_installed_name(const struct wsmsg_installed *in, size_t i)
{
	return in->c[i].name;
}

const struct wsmsg_tag *wsmsg_installed_tag(const struct wsmsg_installed *in, size_t i)
{
	return &in->c[i].tag;
}

const char *wsmsg_installed_text(const struct wsmsg_installed *in, size_t i, size_t m)
{
	return in->c[i].text[m];
}

bool wsmsg_installed_valid(const struct wsmsg_installed *in)
{
	return in->valid;
}

static size_t count(const void *self)
{
	return wsmsg_installed_count(self);
}

static const struct wsmsg_tag *tag(const void *self, size_t i)
{
	return wsmsg_installed_tag(self, i);
}

static const char *text(const void *self, size_t i, size_t m)
{
	return wsmsg_installed_text(self, i, m);
}

const struct wsmsg_catalog_source wsmsg_installed_source = {
	"installed", count, tag, text,
};
