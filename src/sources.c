/*
 * The catalog sources, in the order they answer, and the languages they
 * give together, per directory the text domain is bound to.
 */
#include "sources.h"

#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalog-dir.h"
#include "caller.h"
#include "catalog.h"
#include "lookup.h"
#include "resolve.h"
#include "source.h"

#ifndef PATH_MAX
#define PATH_MAX 4096
#endif

/* The order in which sources answer.  The last one, compiled in, is
 * always there and numbers the first slots. */
enum { COMPILED_IN_BIT = 0, INSTALLED_BIT = 1 };  /* WSMSG_ORIGIN_* */
enum { INSTALLED, COMPILED, NSOURCES };
static const unsigned origin_bit[NSOURCES] = {
	[INSTALLED] = 1u << INSTALLED_BIT,
	[COMPILED] = 1u << COMPILED_IN_BIT,
};
static const struct wsmsg_catalog_source *const sources[NSOURCES] = {
	[INSTALLED] = &wsmsg_installed_source,
	[COMPILED] = &wsmsg_compiled_source,
};

struct wsmsg_languages {
	struct wsmsg_languages_head head;      /* first: the fast path's view */
	struct wsmsg_languages *next;          /* of another directory */
	struct wsmsg_installed *installed;
	const void *self[NSOURCES];
	size_t n;
	struct wsmsg_tag tag[WSMSG_SLOTS_MAX];
	char name[WSMSG_SLOTS_MAX][WSMSG_TAG_MAX + 1];
	int own[WSMSG_SLOTS_MAX][NSOURCES];   /* catalog of exactly this tag, or -1 */
	const char *tags[WSMSG_SLOTS_MAX + 1];  /* wsmsg_languages() */
	struct wsmsg_slot_texts merged[WSMSG_SLOTS_MAX];
};

/* Before the first listing, and when memory runs out: no texts merged,
 * so every lookup takes the slow path. */
static struct wsmsg_languages_head unlisted;
_Atomic(struct wsmsg_languages_head *) wsmsg_languages_current = &unlisted;
_Atomic int wsmsg_languages_checked = -1;

/* Every directory seen, so that binding back to one reuses it. */
static struct wsmsg_languages *seen;
static pthread_mutex_t switching = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t merging = PTHREAD_MUTEX_INITIALIZER;

static bool same_tag(const struct wsmsg_tag *a, const struct wsmsg_tag *b)
{
	return a->kind == b->kind && strcmp(a->lang, b->lang) == 0 &&
	       strcmp(a->script, b->script) == 0 && strcmp(a->region, b->region) == 0;
}

/* BCP 47 form of a parsed catalog name: "fr-FR", "sr-Latn", "vi". */
static void name_slot(struct wsmsg_languages *l, size_t s)
{
	struct wsmsg_tag copy = l->tag[s], *t = &copy;
	snprintf(l->name[s], sizeof l->name[s], "%s%s%s%s%s", t->lang,
	         t->script[0] ? "-" : "", t->script, t->region[0] ? "-" : "", t->region);
}

static size_t slot_of(const struct wsmsg_languages *l, const struct wsmsg_tag *tag)
{
	size_t s = 0;
	while (s < l->n && !same_tag(&l->tag[s], tag))
		s++;
	return s;
}

/* Every language of every source, the last source's first. */
static void list(struct wsmsg_languages *l)
{
	for (size_t k = NSOURCES; k-- > 0;) {
		size_t n = sources[k]->count(l->self[k]);
		for (size_t i = 0; i < n; i++) {
			const struct wsmsg_tag *tag = sources[k]->tag(l->self[k], i);
			size_t s = slot_of(l, tag);
			if (s == WSMSG_SLOTS_MAX)
				break;
			if (s == l->n) {
				l->tag[s] = *tag;
				for (size_t j = 0; j < NSOURCES; j++)
					l->own[s][j] = -1;
				name_slot(l, s);
				l->n++;
			}
			if (l->own[s][k] < 0)
				l->own[s][k] = (int)i;
		}
	}
}

/*
 * The languages of `dir`: those listed before, or a new listing.  The
 * first listing is in static storage, so that it cannot fail; a later
 * one, after a rebinding, is allocated, and NULL when memory runs out.
 */
static struct wsmsg_languages *languages_of(const char *dir)
{
	static struct wsmsg_languages first;

	for (struct wsmsg_languages *l = seen; l != NULL; l = l->next)
		if (strcmp(wsmsg_installed_dir(l->installed), dir) == 0)
			return l;
	struct wsmsg_languages *l = seen == NULL ? &first : calloc(1, sizeof *l);
	if (l == NULL)
		return NULL;
	l->installed = wsmsg_installed_list(dir);
	if (l->installed == NULL) {
		free(l);
		return NULL;
	}
	l->self[INSTALLED] = l->installed;
	list(l);
	for (size_t s = 0; s < l->n; s++)
		l->tags[s] = s < WSMSG_NCATALOGS ? wsmsg_catalog_tags[s] : l->name[s];
	l->next = seen;
	seen = l;
	return l;
}

/*
 * When memory runs out at a rebinding, the directory listed before goes
 * on answering; the first listing cannot run out.
 */
struct wsmsg_languages *wsmsg_languages_now(void)
{
	char dir[PATH_MAX];

	pthread_mutex_lock(&switching);
#ifdef HAVE_NL_MSG_CAT_CNTR
	int generation = _nl_msg_cat_cntr;
#else
	int generation = 0;
#endif
	struct wsmsg_languages_head *h = atomic_load(&wsmsg_languages_current);
	struct wsmsg_languages *l = h != &unlisted ? (struct wsmsg_languages *)h : NULL;
	if (generation != atomic_load(&wsmsg_languages_checked) || l == NULL) {
		if (!wsmsg_catalog_dir(dir, sizeof dir))
			dir[0] = '\0';
		if (l == NULL || strcmp(wsmsg_installed_dir(l->installed), dir) != 0) {
			struct wsmsg_languages *found = languages_of(dir);
			if (found != NULL)
				l = found;
			atomic_store(&wsmsg_languages_current, &l->head);
		}
		atomic_store(&wsmsg_languages_checked, generation);
	}
	pthread_mutex_unlock(&switching);
	return l;
}

/* The languages now, without a lock while libintl's generation says the
 * binding has not changed since it was last checked. */
static struct wsmsg_languages *current(void)
{
#ifdef HAVE_NL_MSG_CAT_CNTR
	if (_nl_msg_cat_cntr != atomic_load(&wsmsg_languages_checked))
		return wsmsg_languages_now();
#endif
	struct wsmsg_languages_head *h = atomic_load(&wsmsg_languages_current);
	return h != &unlisted ? (struct wsmsg_languages *)h : wsmsg_languages_now();
}

/* The catalog of source k that serves slot s best, or a negative
 * value for none. */
static int best(struct wsmsg_languages *l, size_t s, size_t k)
{
	struct wsmsg_tag tags[WSMSG_SLOTS_MAX];
	size_t n = sources[k]->count(l->self[k]);

	if (l->own[s][k] >= 0)
		return l->own[s][k];
	for (size_t i = 0; i < n; i++)
		tags[i] = *sources[k]->tag(l->self[k], i);
	return wsmsg_resolve(&l->tag[s], tags, n);
}

static const struct wsmsg_slot_texts *merge(struct wsmsg_languages *l, size_t s)
{
	int at[NSOURCES];

	for (size_t k = 0; k < NSOURCES; k++)
		at[k] = best(l, s, k);
	struct wsmsg_slot_texts *t = &l->merged[s];
	for (size_t m = 0; m < WSMSG_NMESSAGES; m++) {
		const char *text = NULL;
		for (size_t k = 0; k < NSOURCES && text == NULL; k++)
			if (at[k] >= 0)
				text = sources[k]->text(l->self[k], (size_t)at[k], m);
		if (text != NULL)
			t->translated |= UINT64_C(1) << m;
		t->text[m] = text != NULL ? text : wsmsg_message_english(m);
	}
	return t;
}

const struct wsmsg_slot_texts *wsmsg_slot_texts(int s)
{
	const struct wsmsg_slot_texts *t = wsmsg_slot_texts_ready(s);
	if (t != NULL)
		return t;
	struct wsmsg_languages *l = current();
	if ((size_t)s >= l->n)
		return NULL;
	pthread_mutex_lock(&merging);
	t = atomic_load(&l->head.texts[s]);
	if (t == NULL) {
		t = merge(l, (size_t)s);
		atomic_store(&l->head.texts[s], t);
	}
	pthread_mutex_unlock(&merging);
	return t;
}

int wsmsg_slot_for_tag(const struct wsmsg_tag *tag)
{
	struct wsmsg_languages *l = current();
	/* Only the compiled-in languages: their index answers as the
	 * resolver would (catalog-index.c), faster. */
	if (l->n == WSMSG_NCATALOGS)
		return wsmsg_catalog_for_tag(tag);
	return wsmsg_resolve(tag, l->tag, l->n);
}

size_t wsmsg_slot_count(void)
{
	return current()->n;
}

const char *const *wsmsg_slot_tags(void)
{
	return current()->tags;
}

unsigned wsmsg_slot_origin_bits(int s)
{
	struct wsmsg_languages *l = current();
	unsigned bits = 0;

	for (size_t k = 0; k < NSOURCES; k++)
		if ((size_t)s < l->n && l->own[s][k] >= 0)
			bits |= origin_bit[k];
	return bits;
}

bool wsmsg_sources_trust_libintl(void)
{
	return wsmsg_installed_valid(current()->installed);
}
