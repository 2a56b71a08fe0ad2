/*
 * The installed catalogs of a directory.  Each file is read once, when a
 * lookup first needs it, and never freed.
 */
#include "installed.h"

#include <dirent.h>
#include <limits.h>
#include <pthread.h>
#include <stdatomic.h>
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

enum state { UNREAD, VALID, INVALID };

struct catalog {
	char name[WSMSG_TAG_MAX + 1];
	struct wsmsg_tag tag;
	bool language;       /* a language's catalog, not only a file */
	dev_t dev;
	ino_t ino;
	_Atomic int state;   /* enum state; read under `reading` */
	struct wsmsg_mo mo;
	const char *text[WSMSG_NMESSAGES];
	size_t translated;
};

struct wsmsg_installed {
	char dir[PATH_MAX];
	bool complete;       /* every file in the directory is listed */
	size_t nfiles;       /* every file of the domain, languages first */
	size_t nlanguages;
	_Atomic bool checked;  /* `valid` is known */
	bool valid;
	struct catalog c[WSMSG_INSTALLED_MAX];
};

static pthread_mutex_t reading = PTHREAD_MUTEX_INITIALIZER;

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
		found->complete = false;
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
	if (x->language != y->language)
		return x->language ? -1 : 1;
	return strcmp(x->name, y->name);
}

/*
 * Lists the files of the domain.  A name too long to keep, or that is no
 * tag, still counts as a file libintl might read (through locale.alias,
 * say), so it is read and validated with the others; only a language's
 * catalog serves lookups.
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
			found->complete = false;
			continue;
		}
		if (stat(path, &st) != 0)
			continue;
		add(found, e->d_name, &st);
	}
	closedir(d);
	qsort(found->c, found->nfiles, sizeof found->c[0], by_language_then_name);
	while (found->nlanguages < found->nfiles && found->c[found->nlanguages].language)
		found->nlanguages++;
}

struct wsmsg_installed *wsmsg_installed_list(const char *dir)
{
	struct wsmsg_installed *found = calloc(1, sizeof *found);

	if (found == NULL)
		return NULL;
	found->complete = strnlen(dir, sizeof found->dir) < sizeof found->dir;
	if (found->complete) {
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

/* Reads file i, under `reading`: validates it and indexes the library's
 * messages.  A file listed under no name cannot be read: invalid. */
static void read_catalog(const struct wsmsg_installed *found, struct catalog *c)
{
	char path[PATH_MAX];
	if (c->name[0] == '\0' ||
	    !wsmsg_catalog_path(path, sizeof path, found->dir, c->name) ||
	    wsmsg_mo_read(&c->mo, path) != WSMSG_MO_OK) {
		atomic_store(&c->state, INVALID);
		return;
	}
	for (size_t m = 0; m < WSMSG_NMESSAGES; m++) {
		c->text[m] = wsmsg_mo_text(&c->mo, wsmsg_message_key(m));
		c->translated += c->text[m] != NULL;
	}
	atomic_store(&c->state, VALID);
}

static const struct catalog *ready(struct wsmsg_installed *found, size_t i)
{
	struct catalog *c = &found->c[i];

	if (atomic_load_explicit(&c->state, memory_order_acquire) == UNREAD) {
		pthread_mutex_lock(&reading);
		if (atomic_load_explicit(&c->state, memory_order_relaxed) == UNREAD)
			read_catalog(found, c);
		pthread_mutex_unlock(&reading);
	}
	return c;
}

const char *wsmsg_installed_text(struct wsmsg_installed *in, size_t i, size_t m)
{
	const struct catalog *c = ready(in, i);
	return c->state == VALID ? c->text[m] : NULL;
}

static pthread_mutex_t validation = PTHREAD_MUTEX_INITIALIZER;

bool wsmsg_installed_valid(struct wsmsg_installed *in)
{
	if (atomic_load_explicit(&in->checked, memory_order_acquire))
		return in->valid;
	pthread_mutex_lock(&validation);
	if (!atomic_load_explicit(&in->checked, memory_order_relaxed)) {
		bool valid = in->complete;
		for (size_t i = 0; i < in->nfiles && valid; i++)
			valid = ready(in, i)->state == VALID;
		in->valid = valid;
		atomic_store_explicit(&in->checked, true, memory_order_release);
	}
	pthread_mutex_unlock(&validation);
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
	return wsmsg_installed_text((struct wsmsg_installed *)self, i, m);
}

const struct wsmsg_catalog_source wsmsg_installed_source = {
	"installed", count, tag, text,
};
