/*
 * The languages the library can describe in, from all its catalog
 * sources (source.h), for the directory the text domain is bound to.
 * Each language has a slot: the compiled-in catalogs' slots are their
 * indexes (catalog.h), so that a compiled-in catalog's index names its
 * language on every path; an installed catalog of another language gets
 * a slot after them.  A message in a slot comes from the first source,
 * in the order installed, then compiled in, whose best catalog for the
 * slot's language (by the resolver's rules) translates it; a message no
 * source translates is the English text.
 */
#ifndef WSMSG_SOURCES_H
#define WSMSG_SOURCES_H

#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>

#include "catalog-hash.h"
#include "installed.h"
#include "lang.h"

#define WSMSG_SLOTS_MAX (WSMSG_NCATALOGS + WSMSG_INSTALLED_MAX)

/* A slot's texts, merged from its sources: every message's text, and
 * which of them are translations (bit m). */
struct wsmsg_slot_texts {
	const char *text[WSMSG_NMESSAGES];
	uint64_t translated;
};

/* The languages of one directory. */
struct wsmsg_languages;

/*
 * The languages of the directory the domain is bound to now, found on
 * the first call for that directory and kept for the life of the
 * process.  Never NULL.
 */
struct wsmsg_languages *wsmsg_languages_now(void);

/*
 * Slot s's texts, or NULL when they are not merged yet or the binding
 * may have changed since it was last checked.  Cheap enough for every
 * lookup: one comparison and three loads.
 */
static inline const struct wsmsg_slot_texts *wsmsg_slot_texts_ready(int s);

/* The same, checking the binding and merging as needed: NULL only when
 * s is not a slot of the directory the domain is bound to now, which
 * happens when a rebinding came between resolving a tag and reading its
 * texts. */
const struct wsmsg_slot_texts *wsmsg_slot_texts(int s);

/* The slot for `tag` among every language, by the resolver's rules
 * (resolve.h): a slot, WSMSG_SOURCE_ENGLISH or WSMSG_SOURCE_NONE. */
int wsmsg_slot_for_tag(const struct wsmsg_tag *tag);

/* The number of slots; every slot's BCP 47 tag ("fr-FR", "vi"),
 * NULL-terminated (wsmsg_languages()); and the sources that have a
 * catalog of exactly slot s's language, as WSMSG_ORIGIN_* bits. */
size_t wsmsg_slot_count(void);
const char *const *wsmsg_slot_tags(void);
unsigned wsmsg_slot_origin_bits(int s);

/* Has every installed file libintl might read been validated, in the
 * directory the domain is bound to now? */
bool wsmsg_sources_trust_libintl(void);

/* What the inline function above reads. */
struct wsmsg_languages_head {
	_Atomic(const struct wsmsg_slot_texts *) texts[WSMSG_SLOTS_MAX];
};
extern _Atomic(struct wsmsg_languages_head *) wsmsg_languages_current; /* never NULL */
extern _Atomic int wsmsg_languages_checked;  /* libintl's generation */
#ifdef HAVE_NL_MSG_CAT_CNTR
extern int _nl_msg_cat_cntr;
#endif

static inline const struct wsmsg_slot_texts *wsmsg_slot_texts_ready(int s)
{
#ifdef HAVE_NL_MSG_CAT_CNTR
	/* bindtextdomain advances libintl's generation. */
	if (_nl_msg_cat_cntr != atomic_load_explicit(&wsmsg_languages_checked,
	                                             memory_order_relaxed))
		return NULL;
#endif
	struct wsmsg_languages_head *l =
		atomic_load_explicit(&wsmsg_languages_current, memory_order_acquire);
	return atomic_load_explicit(&l->texts[s], memory_order_acquire);
}

#endif
