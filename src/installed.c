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

/* Does `name` name a language ("fr_FR", "sr@latin", "vi")?  A name
 * longer than a tag is malformed. */
static bool language_name(const char *name, struct wsmsg_tag *tag)
{
	*tag = wsmsg_tag_parse_str(name);
	return tag->kind == WSMSG_TAG_LANGUAGE;
}

/*
 * Of two names for one file (po/install-aliases.sh links "fr" to
 * fr_FR's), the language's own is kept: a language's name before any
 * other, then the one that says more (a region or script); of two that
 * say as much, the first in byte order, which is the one seen first.
 */
static bool better_name(const struct wsmsg_tag *t, const struct catalog *c)
{
	if (!c->language)
		return true;
	size_t a = strlen(t->region) + strlen(t->script);
	size_t b = strlen(c->tag.region) + strlen(c->tag.script);
	return a > b;
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

/* A directory entry with a catalog file. */
struct entry {
	char name[256];
	dev_t dev;
	ino_t ino;
};

static int by_name(const void *a, const void *b)
{
	return strcmp(((const struct entry *)a)->name, ((const struct entry *)b)->name);
}

/* Lists entry e's file, once per file (by device and inode). */
static void add(struct wsmsg_installed *found, const struct entry *e)
{
	struct wsmsg_tag tag;
	bool language = language_name(e->name, &tag);

	for (size_t i = 0; i < found->nfiles; i++) {
		struct catalog *c = &found->c[i];
		if (c->dev == e->dev && c->ino == e->ino) {
			if (language && better_name(&tag, c))
				name(c, e->name, &tag, language);
			return;
		}
	}
	if (found->nfiles == WSMSG_INSTALLED_MAX) {
		found->valid = false;
		return;
	}
	struct catalog *c = &found->c[found->nfiles++];
	c->dev = e->dev;
	c->ino = e->ino;
	name(c, e->name, &tag, language);
}

static int by_language_then_name(const void *a, const void *b)
{
	const struct catalog *x = a, *y = b;
	int lx = x->language && x->valid, ly = y->language && y->valid;
	if (lx != ly)
		return ly - lx;
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

/* The entries of the directory that have a catalog file, at most
 * `max`, into e[], sorted by name; their number, or max + 1 when there
 * are more (or the names cannot be read whole). */
static size_t entries(struct wsmsg_installed *found, DIR *d, struct entry *e, size_t max)
{
	struct dirent *de;
	char path[PATH_MAX];
	size_t n = 0;

	while ((de = readdir(d)) != NULL) {
		struct stat st;
		if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
			continue;
		if (!wsmsg_catalog_path(path, sizeof path, found->dir, de->d_name) ||
		    strlen(de->d_name) >= sizeof e->name)
			return max + 1;
		if (stat(path, &st) != 0)
			continue;
		if (n == max)
			return max + 1;
		strcpy(e[n].name, de->d_name);
		e[n].dev = st.st_dev;
		e[n].ino = st.st_ino;
		n++;
	}
	qsort(e, n, sizeof *e, by_name);
	return n;
}

/*
 * Lists the files of the domain, by the names of the directory's
 * entries (never "." or "..", never containing '/'), in byte order.  A
 * name that is no language's still counts as a file libintl might read
 * (through locale.alias, say), so it is read and validated with the
 * others; only a valid catalog with a language's name serves lookups.
 * An entry is a catalog or a link to one: up to twice as many entries
 * as catalogs are read.
 */
static void scan(struct wsmsg_installed *found)
{
	const size_t max = 2 * WSMSG_INSTALLED_MAX;
	struct entry *e = malloc(max * sizeof *e);
	DIR *d = e != NULL ? opendir(found->dir) : NULL;

	if (d == NULL) {
		found->valid = e != NULL;   /* no directory: nothing to trust */
		free(e);
		return;
	}
	size_t n = entries(found, d, e, max);
	closedir(d);
	if (n > max) {
		found->valid = false;
		n = 0;
	}
	for (size_t i = 0; i < n; i++)
		add(found, &e[i]);
	free(e);
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
	/* The first listing cannot fail: its caller holds a lock. */
	static struct wsmsg_installed first;
	static bool first_used;
	struct wsmsg_installed *found = first_used ? calloc(1, sizeof *found) : &first;

	first_used = true;
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
