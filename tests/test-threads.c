/*
 * Every function is thread-safe: threads that look up at the same time get
 * exactly the answers one thread gets alone.
 *
 * Before any thread starts, the main thread computes the answer to every
 * question the threads may ask: every code (known and unknown) in every
 * tag (valid, fallback, without a catalog, malformed, and NULL for the
 * caller's language), under every locale a thread may select with
 * uselocale (C, C.UTF-8, and fr_FR.UTF-8 and zh_TW.UTF-8 where the system
 * has them), for wsmsg_describe_lang, wsmsg_describe and wsmsg_format at
 * several buffer sizes; every name for wsmsg_name and wsmsg_from_name;
 * and Accept-Language values and LANGUAGE lists for wsmsg_negotiate.  The caller's language goes through libintl, bound to
 * the catalogs msgfmt built.  Then the threads ask in a pseudo-random
 * order, each from its own seed, and every answer is compared with the
 * single-threaded one.  Meanwhile another thread keeps rebinding an
 * unrelated text domain, as an application loading plugins may: each
 * rebinding advances libintl's catalog generation, which the library's
 * per-thread cache of libintl misses follows.
 *
 * First, in a process that has not looked anything up yet, the threads
 * make the library's first lookups all at once: the binding of the text
 * domain and libintl's loading of the catalogs happen under contention.
 *
 * Environment: WSMSG_TEST_PODIR (set by meson), the built catalogs;
 * WSMSG_TEST_THREADS and WSMSG_TEST_LOOKUPS (lookups per thread), default
 * 8 and 200000.
 */
#include <libintl.h>
#include <locale.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <time.h>

#include "testing.h"

#define DEFAULT_THREADS 8
#define DEFAULT_LOOKUPS 200000
#define MAX_THREADS 256

/* ---- What the threads ask about ---- */

static const char *const fixed_tags[] = {
	NULL, /* the caller's language */
	/* Catalogs, by any spelling. */
	"en", "fr-FR", "fr_FR.UTF-8", "FR-fr", "fr_FR@euro", "zh-TW",
	"zh_TW.UTF-8", "zh_TW.Big5", "zh-Hant-TW", "zh-hant-tw", "C", "POSIX",
	"C.UTF-8", "c",
	/* Fallbacks to another region or script. */
	"fr", "fr-CA", "fr_BE.UTF-8", "zh-Hant", "zh-HK", "zh_MO", "en-GB",
	"en_US.UTF-8",
	/* Well formed, no catalog: private-use languages, or no language. */
	"qaa", "qtz-QM", "qaa_QM.UTF-8", "qab-Latn", "x-private", "123",
	/* Malformed. */
	"", "../x", "fr FR", "fr/FR", "fr:zh_TW", "fr\xc3\xa9", "zh_TW.UTF-8\n",
};

enum { LONGEST_OK, TOO_LONG, NLONG }; /* 64 and 65 bytes */
#define NTAGS (sizeof fixed_tags / sizeof fixed_tags[0] + NLONG)
static char long_tags[NLONG][80];
static const char *tags[NTAGS];

static const uint32_t unknown_codes[] = {
	0x00000000u, 0x00000001u, 0x80004005u, 0x80070005u, 0x803D0024u,
	0x003D0002u, 0x7FFFFFFFu, 0x80000000u, 0xFFFFFFFFu, 0x8007013Du,
};

#define MAX_CODES 128
static int32_t codes[MAX_CODES];
static size_t ncodes;

/* wsmsg_format's buffer sizes: nothing, only the NUL, cut in the name,
 * in the text, and the whole line. */
static const size_t sizes[] = { 0, 1, 9, 40, 97, 1024 };
#define NSIZES (sizeof sizes / sizeof sizes[0])
#define BUF_SIZE 1100 /* > the largest size: the rest must stay untouched */
#define CANARY 0x5A

/* Names for wsmsg_from_name: each known name in three spellings, then
 * names no code has. */
static const char *const unknown_names[] = {
	"", "WS_E", "WS_E_OTHERX", "ws_e_other ", "S_OK", "WS_E_OTHER\n",
};
#define MAX_NAMES (3 * MAX_CODES + sizeof unknown_names / sizeof unknown_names[0])
static char name_store[MAX_NAMES][64];
static size_t nnames;

/* Thread locales: LC_GLOBAL_LOCALE (the global C locale), then each one
 * newlocale accepts. */
static const char *const locale_names[] = {
	"C", "C.UTF-8", "fr_FR.UTF-8", "zh_TW.UTF-8",
};
#define MAX_LOCALES (1 + sizeof locale_names / sizeof locale_names[0])
static locale_t locales[MAX_LOCALES];
static const char *locale_label[MAX_LOCALES];
static size_t nlocales;

/* ---- The single-threaded answers ---- */

struct described {
	int32_t status;
	const char *text;
};

struct formatted {
	int32_t status;
	size_t line;  /* offset in `lines` */
};

struct named {
	int32_t status;
	int32_t code;
};

#define NO_CODE ((int32_t)0x7EADBEEF) /* what wsmsg_from_name must leave */

static struct described (*want_describe)[NTAGS][MAX_CODES];  /* [locale] */
static struct formatted (*want_format)[NTAGS][MAX_CODES][NSIZES];
static const char *want_name[MAX_CODES];

/* Values for wsmsg_negotiate: weights, exclusions, "*", both forms,
 * malformed ranges, and none at all. */
static const char *const ranges_values[] = {
	"fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5", "de;q=0.5, it", "it, de",
	"fr;q=0, *", "*;q=0", "*", "zh-HK", "sr", "sr, sr-Latn;q=0.5",
	"qaa:fr_CA:zh_TW", "fr;q=2, fr;;q=1, ,, ko;q=0.1", "qaa", "",
	"en;q=0.1, *", "fr, *;q=0", "zh-TW;q=0, zh-HK, ja;q=0.2",
};
#define NRANGES (sizeof ranges_values / sizeof ranges_values[0])
static struct {
	int32_t status;
	const char *tag;
} want_negotiate[NRANGES];
static struct named want_from_name[MAX_NAMES];
static char *lines;
static size_t lines_len, lines_cap;

static size_t keep_line(const char *s)
{
	size_t n = strlen(s) + 1;

	if (lines_len + n > lines_cap) {
		lines_cap = (lines_cap + n) * 2;
		lines = realloc(lines, lines_cap);
		ck_assert_ptr_nonnull(lines);
	}
	memcpy(lines + lines_len, s, n);
	lines_len += n;
	return lines_len - n;
}

static void make_tags(void)
{
	size_t n = 0;

	for (size_t i = 0; i < sizeof fixed_tags / sizeof fixed_tags[0]; i++)
		tags[n++] = fixed_tags[i];
	/* zh-Hant-TW, then a private-use subtag up to exactly 64 bytes. */
	char *ok = long_tags[LONGEST_OK];
	strcpy(ok, "zh-Hant-TW-x-");
	memset(ok + strlen(ok), 'a', 64 - strlen(ok));
	ok[64] = '\0';
	char *too_long = long_tags[TOO_LONG];
	strcpy(too_long, "fr-FR-x-");
	memset(too_long + strlen(too_long), 'b', 65 - strlen(too_long));
	too_long[65] = '\0';
	tags[n++] = ok;
	tags[n++] = too_long;
	ck_assert_uint_eq(n, NTAGS);
}

static void make_codes(void)
{
	ncodes = 0;
	ck_assert_uint_le(wsmsg_count() + sizeof unknown_codes / sizeof unknown_codes[0],
	                  MAX_CODES);
	for (size_t i = 0; i < wsmsg_count(); i++)
		codes[ncodes++] = wsmsg_code_at(i);
	for (size_t i = 0; i < sizeof unknown_codes / sizeof unknown_codes[0]; i++)
		codes[ncodes++] = (int32_t)unknown_codes[i];
}

static void make_names(void)
{
	nnames = 0;
	for (size_t i = 0; i < wsmsg_count(); i++) {
		const char *name = wsmsg_name(wsmsg_code_at(i));
		ck_assert_uint_lt(strlen(name), sizeof name_store[0]);
		char *upper = name_store[nnames++], *lower = name_store[nnames++],
		     *mixed = name_store[nnames++];
		strcpy(upper, name);
		for (size_t k = 0; name[k]; k++) {
			char c = name[k];
			lower[k] = (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
			mixed[k] = k % 2 ? lower[k] : c;
		}
		lower[strlen(name)] = mixed[strlen(name)] = '\0';
	}
	for (size_t i = 0; i < sizeof unknown_names / sizeof unknown_names[0]; i++)
		strcpy(name_store[nnames++], unknown_names[i]);
}

static void make_locales(void)
{
	nlocales = 0;
	locales[nlocales] = LC_GLOBAL_LOCALE;
	locale_label[nlocales++] = "global C";
	for (size_t i = 0; i < sizeof locale_names / sizeof locale_names[0]; i++) {
		locale_t loc = newlocale(LC_ALL_MASK, locale_names[i], (locale_t)0);
		if (loc == (locale_t)0) {
			printf("note: no %s locale on this system; not used\n",
			       locale_names[i]);
			continue;
		}
		locales[nlocales] = loc;
		locale_label[nlocales++] = locale_names[i];
	}
}

static void free_locales(void)
{
	for (size_t l = 1; l < nlocales; l++)
		freelocale(locales[l]);
}

/* The answers, asked once in this thread under each locale. */
static void compute_expected(void)
{
	char buf[BUF_SIZE];

	want_describe = calloc(nlocales, sizeof *want_describe);
	want_format = calloc(nlocales, sizeof *want_format);
	ck_assert_ptr_nonnull(want_describe);
	ck_assert_ptr_nonnull(want_format);
	for (size_t l = 0; l < nlocales; l++) {
		uselocale(locales[l]);
		for (size_t t = 0; t < NTAGS; t++)
			for (size_t c = 0; c < ncodes; c++) {
				struct described *d = &want_describe[l][t][c];
				d->status = wsmsg_describe_lang(codes[c], tags[t], &d->text);
				for (size_t s = 0; s < NSIZES; s++) {
					struct formatted *f = &want_format[l][t][c][s];
					memset(buf, CANARY, sizeof buf);
					f->status = wsmsg_format(codes[c], tags[t], buf, sizes[s]);
					f->line = keep_line(sizes[s] > 0 ? buf : "");
				}
			}
	}
	uselocale(LC_GLOBAL_LOCALE);
	for (size_t c = 0; c < ncodes; c++)
		want_name[c] = wsmsg_name(codes[c]);
	for (size_t v = 0; v < NRANGES; v++)
		want_negotiate[v].status = wsmsg_negotiate(ranges_values[v],
		                                           &want_negotiate[v].tag);
	for (size_t n = 0; n < nnames; n++) {
		want_from_name[n].code = NO_CODE;
		want_from_name[n].status = wsmsg_from_name(name_store[n],
		                                           &want_from_name[n].code);
	}
}

static size_t find_tag(const char *tag)
{
	for (size_t t = 1; t < NTAGS; t++)
		if (strcmp(tags[t], tag) == 0)
			return t;
	ck_abort_msg("no tag %s", tag);
	return 0;
}

/* A few of the single-threaded answers, so that the comparison is about
 * the answers the library documents, not just any answers. */
static void check_expected(void)
{
	size_t en = find_tag("en"), fr = find_tag("fr-FR"), qaa = find_tag("qaa"),
	       bad = find_tag("../x");
	size_t ok = NTAGS - NLONG + LONGEST_OK, too_long = NTAGS - NLONG + TOO_LONG;

	ck_assert_hr(want_negotiate[0].status, S_OK);
	ck_assert_str_eq(want_negotiate[0].tag, "fr-FR");
	ck_assert_hr(want_negotiate[4].status, WS_E_NO_TRANSLATION_AVAILABLE);
	ck_assert_str_eq(want_negotiate[4].tag, "en");

	for (size_t l = 0; l < nlocales; l++)
		for (size_t i = 0; i < wsmsg_count(); i++) {
			ck_assert_hr(want_describe[l][en][i].status, S_OK);
			ck_assert_hr(want_describe[l][fr][i].status, S_OK);
			ck_assert_str_ne(want_describe[l][fr][i].text,
			                 want_describe[l][en][i].text);
			ck_assert_hr(want_describe[l][qaa][i].status,
			             WS_E_NO_TRANSLATION_AVAILABLE);
			ck_assert_hr(want_describe[l][bad][i].status, E_INVALIDARG);
			ck_assert_hr(want_describe[l][ok][i].status, S_OK);
			ck_assert_hr(want_describe[l][too_long][i].status, E_INVALIDARG);
		}
	/* An explicit tag does not depend on the thread's locale. */
	for (size_t l = 1; l < nlocales; l++)
		for (size_t t = 1; t < NTAGS; t++)
			for (size_t c = 0; c < ncodes; c++) {
				ck_assert_hr(want_describe[l][t][c].status,
				             want_describe[0][t][c].status);
				ck_assert_ptr_eq(want_describe[l][t][c].text,
				                 want_describe[0][t][c].text);
			}
	/* The caller's language follows the thread's locale (LANGUAGE is
	 * unset).  libintl answers in fr_FR.UTF-8 and zh_TW.UTF-8, with the
	 * same words as the compiled-in catalog but from the loaded .mo; in
	 * C and C.UTF-8 the compiled-in English does. */
	for (size_t l = 0; l < nlocales; l++) {
		const char *lang = strncmp(locale_label[l], "fr", 2) == 0 ? "fr-FR" :
		                   strncmp(locale_label[l], "zh", 2) == 0 ? "zh-TW" : "en";
		for (size_t i = 0; i < wsmsg_count(); i++) {
			const char *text = NULL, *got = want_describe[l][0][i].text;
			ck_assert_hr(wsmsg_describe_lang(codes[i], lang, &text), S_OK);
			ck_assert_hr(want_describe[l][0][i].status, S_OK);
			ck_assert_str_eq(got, text);
			/* libintl's text is not the library's copy; in C, the
			 * English is the compiled-in text. */
			if (strcmp(lang, "en") == 0) {
				ck_assert_hr(wsmsg_describe_lang(codes[i], "C", &text), S_OK);
				ck_assert_ptr_eq(got, text);
			} else
				ck_assert_ptr_ne(got, text);
		}
	}
}

/* ---- The threads ---- */

struct worker {
	pthread_t thread;
	unsigned index;
	unsigned long lookups;
	unsigned long checked;
	unsigned long mismatches;
};

static pthread_barrier_t start;

/* splitmix64: a deterministic sequence for each seed. */
static uint64_t next_random(uint64_t *state)
{
	uint64_t z = (*state += UINT64_C(0x9E3779B97F4A7C15));
	z = (z ^ (z >> 30)) * UINT64_C(0xBF58476D1CE4E5B9);
	z = (z ^ (z >> 27)) * UINT64_C(0x94D049BB133111EB);
	return z ^ (z >> 31);
}

static bool same_text(const char *a, const char *b)
{
	return a == b || (a != NULL && b != NULL && strcmp(a, b) == 0);
}

static void mismatch(struct worker *w, unsigned long n, const char *what,
                     const char *locale, int32_t code, const char *tag)
{
	if (++w->mismatches <= 5)
		fprintf(stderr, "thread %u, lookup %lu: %s differs (locale %s, "
		        "code 0x%08X, tag %s%s%s)\n", w->index, n, what, locale,
		        (unsigned)code, tag ? "\"" : "", tag ? tag : "NULL",
		        tag ? "\"" : "");
}

static void *work(void *arg)
{
	struct worker *w = arg;
	uint64_t state = UINT64_C(0x5EED0000) + w->index;
	size_t l = w->index % nlocales;
	char buf[BUF_SIZE];

	uselocale(locales[l]);
	pthread_barrier_wait(&start);
	for (unsigned long n = 0; n < w->lookups; n++) {
		uint64_t r = next_random(&state);
		unsigned op = (unsigned)(r % 17);
		size_t t = (size_t)((r >> 8) % NTAGS);
		size_t c = (size_t)((r >> 24) % ncodes);
		size_t s = (size_t)((r >> 40) % NSIZES);
		int32_t code = codes[c];

		/* Now and then, another locale for this thread. */
		if ((r >> 48) % 32 == 0) {
			l = (size_t)((r >> 53) % nlocales);
			uselocale(locales[l]);
		}
		const char *loc = locale_label[l];

		if (op < 6) {
			const struct described *d = &want_describe[l][t][c];
			const char *text = "untouched";
			int32_t st = wsmsg_describe_lang(code, tags[t], &text);
			if (st != d->status || !same_text(text, d->text))
				mismatch(w, n, "wsmsg_describe_lang", loc, code, tags[t]);
		} else if (op < 9) {
			const struct described *d = &want_describe[l][0][c];
			const char *text = "untouched";
			int32_t st = wsmsg_describe(code, &text);
			if (st != d->status || !same_text(text, d->text))
				mismatch(w, n, "wsmsg_describe", loc, code, NULL);
		} else if (op < 13) {
			const struct formatted *f = &want_format[l][t][c][s];
			memset(buf, CANARY, sizeof buf);
			int32_t st = wsmsg_format(code, tags[t], buf, sizes[s]);
			bool ok = st == f->status &&
			          (sizes[s] == 0 || strcmp(buf, lines + f->line) == 0);
			for (size_t k = sizes[s]; ok && k < sizeof buf; k++)
				ok = buf[k] == CANARY;
			if (!ok)
				mismatch(w, n, "wsmsg_format", loc, code, tags[t]);
		} else if (op < 14) {
			if (wsmsg_name(code) != want_name[c])
				mismatch(w, n, "wsmsg_name", loc, code, NULL);
		} else if (op < 15) {
			size_t k = (size_t)((r >> 24) % nnames);
			int32_t got = NO_CODE;
			int32_t st = wsmsg_from_name(name_store[k], &got);
			if (st != want_from_name[k].status || got != want_from_name[k].code)
				mismatch(w, n, "wsmsg_from_name", loc, got, name_store[k]);
		} else if (op < 16) {
			size_t v = (size_t)((r >> 24) % NRANGES);
			const char *tag = "untouched";
			int32_t st = wsmsg_negotiate(ranges_values[v], &tag);
			if (st != want_negotiate[v].status || tag != want_negotiate[v].tag)
				mismatch(w, n, "wsmsg_negotiate", loc, st, ranges_values[v]);
		} else {
			const char *const *langs = wsmsg_languages();
			if (wsmsg_code_at(c) != (c < wsmsg_count() ? code : WSMSG_E_UNKNOWN_CODE) ||
			    langs == NULL || strcmp(langs[0], "en") != 0)
				mismatch(w, n, "wsmsg_code_at", loc, code, NULL);
		}
		w->checked++;
	}
	uselocale(LC_GLOBAL_LOCALE);
	return NULL;
}

/* Rebinds another domain until told to stop; each rebinding takes
 * libintl's lock for writing and advances its catalog generation. */
static atomic_bool stop_binding;

static void *rebind(void *arg)
{
	unsigned long *count = arg;
	const struct timespec pause = { 0, 200 * 1000 };

	while (!atomic_load(&stop_binding)) {
		bindtextdomain("wsmsg-test-other",
		               *count % 2 ? "/nonexistent/a" : "/nonexistent/b");
		++*count;
		nanosleep(&pause, NULL);
	}
	return NULL;
}

static unsigned long env_count(const char *name, unsigned long fallback,
                               unsigned long max)
{
	const char *v = getenv(name);
	char *end;

	if (v == NULL || *v == '\0')
		return fallback;
	unsigned long n = strtoul(v, &end, 10);
	ck_assert_msg(*end == '\0' && n > 0 && n <= max,
	              "%s=%s: expected a number from 1 to %lu", name, v, max);
	return n;
}

/* ---- The first lookups, all at once ---- */

#define COLD_ROUNDS 8

struct cold_worker {
	pthread_t thread;
	size_t locale;
	struct described got[COLD_ROUNDS][MAX_CODES];
};

static void *cold_work(void *arg)
{
	struct cold_worker *w = arg;

	uselocale(locales[w->locale]);
	pthread_barrier_wait(&start);
	for (size_t r = 0; r < COLD_ROUNDS; r++)
		for (size_t c = 0; c < ncodes; c++)
			w->got[r][c].status = wsmsg_describe(codes[c], &w->got[r][c].text);
	uselocale(LC_GLOBAL_LOCALE);
	return NULL;
}

START_TEST(the_first_lookups_can_be_concurrent)
{
	unsigned long nthreads = env_count("WSMSG_TEST_THREADS", DEFAULT_THREADS,
	                                   MAX_THREADS);
	struct cold_worker *workers = calloc(nthreads, sizeof *workers);

	ck_assert_ptr_nonnull(workers);
	make_codes();
	make_locales();
	ck_assert_int_eq(pthread_barrier_init(&start, NULL, (unsigned)nthreads), 0);
	for (unsigned long i = 0; i < nthreads; i++) {
		workers[i].locale = i % nlocales;
		ck_assert_int_eq(pthread_create(&workers[i].thread, NULL, cold_work,
		                                &workers[i]), 0);
	}
	for (unsigned long i = 0; i < nthreads; i++)
		ck_assert_int_eq(pthread_join(workers[i].thread, NULL), 0);
	pthread_barrier_destroy(&start);

	/* The application's binding was kept, and each answer is the one
	 * this thread now gets alone in the same locale. */
	ck_assert_str_eq(bindtextdomain(WSMSG_DOMAIN, NULL), getenv("WSMSG_TEST_PODIR"));
	unsigned long checked = 0, mismatches = 0;
	for (unsigned long i = 0; i < nthreads; i++) {
		uselocale(locales[workers[i].locale]);
		for (size_t c = 0; c < ncodes; c++) {
			const char *text = NULL;
			int32_t status = wsmsg_describe(codes[c], &text);
			for (size_t r = 0; r < COLD_ROUNDS; r++, checked++)
				if (workers[i].got[r][c].status != status ||
				    !same_text(workers[i].got[r][c].text, text)) {
					if (++mismatches <= 5)
						fprintf(stderr, "thread %lu, round %zu: code 0x%08X "
						        "differs (locale %s)\n", i, r,
						        (unsigned)codes[c], locale_label[workers[i].locale]);
				}
		}
	}
	uselocale(LC_GLOBAL_LOCALE);
	printf("first lookups, %lu threads at once: %lu checked, %lu mismatches\n",
	       nthreads, checked, mismatches);
	fflush(stdout);
	free_locales();
	free(workers);
	ck_assert_uint_eq(mismatches, 0);
}
END_TEST

START_TEST(threads_get_the_single_threaded_answers)
{
	unsigned long nthreads = env_count("WSMSG_TEST_THREADS", DEFAULT_THREADS,
	                                   MAX_THREADS);
	unsigned long lookups = env_count("WSMSG_TEST_LOOKUPS", DEFAULT_LOOKUPS,
	                                  1000000000);
	struct worker workers[MAX_THREADS];

	make_tags();
	make_codes();
	make_names();
	make_locales();
	compute_expected();
	check_expected();

	pthread_t binder;
	unsigned long rebinds = 0;
	atomic_store(&stop_binding, false);
	ck_assert_int_eq(pthread_create(&binder, NULL, rebind, &rebinds), 0);
	ck_assert_int_eq(pthread_barrier_init(&start, NULL, (unsigned)nthreads), 0);
	for (unsigned long i = 0; i < nthreads; i++) {
		workers[i] = (struct worker){ .index = (unsigned)i, .lookups = lookups };
		ck_assert_int_eq(pthread_create(&workers[i].thread, NULL, work,
		                                &workers[i]), 0);
	}
	unsigned long checked = 0, mismatches = 0;
	for (unsigned long i = 0; i < nthreads; i++) {
		ck_assert_int_eq(pthread_join(workers[i].thread, NULL), 0);
		checked += workers[i].checked;
		mismatches += workers[i].mismatches;
	}
	atomic_store(&stop_binding, true);
	ck_assert_int_eq(pthread_join(binder, NULL), 0);
	pthread_barrier_destroy(&start);

	printf("locales:");
	for (size_t l = 0; l < nlocales; l++)
		printf(" %s%s", locale_label[l], l + 1 < nlocales ? "," : "\n");
	printf("another text domain rebound %lu times meanwhile\n", rebinds);
	printf("%lu threads \u00d7 %lu lookups: %lu checked, %lu mismatches\n",
	       nthreads, lookups, checked, mismatches);
	fflush(stdout);

	free_locales();
	free(want_describe);
	free(want_format);
	free(lines);
	want_describe = NULL;
	want_format = NULL;
	lines = NULL;
	lines_len = lines_cap = 0;
	ck_assert_uint_eq(checked, nthreads * lookups);
	ck_assert_uint_eq(mismatches, 0);
}
END_TEST

static void setup(void)
{
	ck_assert_ptr_nonnull(getenv("WSMSG_TEST_PODIR"));
	unsetenv("LANGUAGE");
	unsetenv("LC_ALL");
	unsetenv("LC_MESSAGES");
	unsetenv("LANG");
	/* The caller's language through libintl, from the built catalogs. */
	bindtextdomain(WSMSG_DOMAIN, getenv("WSMSG_TEST_PODIR"));
}

int main(void)
{
	Suite *s = suite_create("threads");
	TCase *tc = tcase_create("stress");

	tcase_add_checked_fixture(tc, setup, NULL);
	/* First: without fork (CK_FORK=no), only the first test is cold. */
	tcase_add_test(tc, the_first_lookups_can_be_concurrent);
	tcase_add_test(tc, threads_get_the_single_threaded_answers);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
