/*
 * The lookup benchmark: every lookup path of the library, side by side
 * with plain gettext, in one process and on the same messages.
 *
 *   (a) wsmsg_describe_lang with a tag per call ("fr-FR", "zh_TW.UTF-8",
 *       "en"), cycling through every code and every tag;
 *   (b) wsmsg_describe in the thread's locale (fr_FR.UTF-8), the text
 *       domain bound to the build tree's .mo files: libintl answers;
 *   (c) wsmsg_describe, the domain bound to an empty directory: libintl
 *       has no catalog and the compiled-in French catalog answers;
 *   (d) dcgettext on the wsmsg domain, a hit: the library's own key,
 *       "NAME\004English", in the French catalog;
 *   (e) dcgettext on the wsmsg domain, a miss: "NAME_MISS\004English",
 *       which no catalog has, so libintl searches the French catalog and
 *       every fallback of the locale name before it gives up;
 *   (f) the floor: a pointer read from a static array by loop counter;
 *   (g) strerror_l in the same locale, for a familiar reference;
 *   (h) what a server does per request: wsmsg_negotiate on a browser's
 *       six-range Accept-Language value, then wsmsg_describe_lang with
 *       the tag it gives;
 *   and (a) on 1 and 2 threads at once, as aggregate lookups per second.
 *
 * Each row runs in batches of about BATCH_NS, in rounds of one batch of
 * each row (see measure()); the figures are the median of the batches'
 * ns per call, and the median of the rounds' ratios to (d).  Heap
 * allocations are counted over every timed batch, by interposing malloc,
 * calloc and realloc.  Instructions per call of (a) and (h) are counted
 * by running this program again under valgrind --tool=callgrind (see
 * callgrind_row()).  The floor (f) on 1 and 2 threads is a control: what
 * the machine gives a second thread that shares nothing.
 * docs/performance.md explains the method and the figures.
 *
 * Usage: bench [--short]              (or WSMSG_BENCH_SHORT=1)
 *        bench --run ROW N            (for profilers: N calls of one row)
 *        bench --callgrind-a N        (--run a N, which callgrind_row() runs)
 *        bench --callgrind-h N        (--run h N, likewise)
 *
 * Exit status: 0 every target holds; 1 a target is missed (in short mode
 * only the allocation and instruction counts are targets); 2 the
 * benchmark could not run; 77 a sanitizer build, where the figures mean
 * nothing.
 *
 * Environment: WSMSG_BENCH_PODIR, the built catalogs
 * (<lang>/LC_MESSAGES/wsmsg.mo); WSMSG_BENCH_LIBRARY, the library file
 * to report the size of; both default to the build tree's.
 * WSMSG_BENCH_VALGRIND, valgrind's path (default: found in PATH).
 */
#include <errno.h>
#include <fcntl.h>
#include <libintl.h>
#include <locale.h>
#include <pthread.h>
#include <spawn.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "wsmsg.h"

#ifndef WSMSG_BENCH_PODIR
#define WSMSG_BENCH_PODIR ""
#endif
#ifndef WSMSG_BENCH_LIBRARY
#define WSMSG_BENCH_LIBRARY ""
#endif
#ifndef WSMSG_BENCH_BUILD
#define WSMSG_BENCH_BUILD "unknown build"
#endif

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || \
    __has_feature(memory_sanitizer)
#define SANITIZED 1
#endif
#endif

extern char **environ;

/* ---- Targets (issue 5) ---- */

#define TARGET_A_SPEEDUP 10.0   /* (a) at least 10x faster than (d) */
#define TARGET_A_INSNS 100.0    /* (a) at most 100 instructions per call */
#define TARGET_B_RATIO 1.2      /* (b) at most 1.2 x (d) */
#define TARGET_C_RATIO 1.3      /* (c) at most 1.3 x (e) */
#define TARGET_SCALING 1.8      /* 2 threads: at least 1.8 x 1 thread */
#define TARGET_H_RATIO 1.0      /* (h) less than 1 x (d) */
#define TARGET_H_INSNS 690.0    /* (h) at most 690 instructions per call: what
                                 * a loop turn of (d) executes at -O2 */
#define TARGET_A_INSTALLED 1.5  /* (a), catalogs installed, at most 1.5 x (i) */

/* ---- Allocation counting ---- */

#ifndef SANITIZED
extern void *__libc_malloc(size_t);
extern void *__libc_calloc(size_t, size_t);
extern void *__libc_realloc(void *, size_t);

static unsigned long allocations;

void *malloc(size_t n)
{
	__atomic_fetch_add(&allocations, 1, __ATOMIC_RELAXED);
	return __libc_malloc(n);
}

void *calloc(size_t n, size_t size)
{
	__atomic_fetch_add(&allocations, 1, __ATOMIC_RELAXED);
	return __libc_calloc(n, size);
}

void *realloc(void *p, size_t n)
{
	__atomic_fetch_add(&allocations, 1, __ATOMIC_RELAXED);
	return __libc_realloc(p, n);
}

static unsigned long allocation_count(void)
{
	return __atomic_load_n(&allocations, __ATOMIC_RELAXED);
}
#define ALLOCATIONS_COUNTED true
#else
static unsigned long allocation_count(void)
{
	return 0;
}
#define ALLOCATIONS_COUNTED false
#endif

/* ---- The messages ---- */

#define MAX_CODES 256

static size_t ncodes;
static int32_t codes[MAX_CODES];
static char *hit_keys[MAX_CODES];   /* "NAME\004English": in the catalogs */
static char *miss_keys[MAX_CODES];  /* "NAME_MISS\004English": in none */
static const char *floor_table[MAX_CODES];  /* (f): the English texts */

static const char *const tags[] = { "fr-FR", "zh_TW.UTF-8", "en" };
#define NTAGS (sizeof tags / sizeof tags[0])

/*
 * (h): an Accept-Language value in the form Chrome sends, for a reader
 * whose languages are Swiss French, US English and German: no spaces,
 * each weight 0.1 below the one before, each regional tag followed by
 * its language.  Its first range is not a catalog's own spelling, so it
 * takes the tag parser and the resolver, as most ranges of real
 * requests do.
 */
static const char accept_language[] =
	"fr-CH,fr;q=0.9,en-US;q=0.8,en;q=0.7,de-DE;q=0.6,de;q=0.5";
#define ACCEPT_LANGUAGE_CATALOG "fr-FR"

/* (g): the classic POSIX errno values, EPERM to ERANGE. */
#define NERRNOS 34

static locale_t row_locale;  /* the thread's locale for (b) to (e), (g) */

static void die(const char *what)
{
	fprintf(stderr, "bench: %s\n", what);
	exit(2);
}

static char *join_key(const char *name, const char *suffix, const char *english)
{
	size_t n = strlen(name), s = strlen(suffix), e = strlen(english);
	char *key = malloc(n + s + e + 2);

	if (key == NULL)
		die("out of memory");
	memcpy(key, name, n);
	memcpy(key + n, suffix, s);
	key[n + s] = '\004';
	memcpy(key + n + s + 1, english, e + 1);
	return key;
}

static void load_messages(void)
{
	ncodes = wsmsg_count();
	if (ncodes == 0 || ncodes > MAX_CODES)
		die("unexpected number of codes");
	for (size_t i = 0; i < ncodes; i++) {
		const char *english;
		codes[i] = wsmsg_code_at(i);
		if (wsmsg_describe_lang(codes[i], "C", &english) != S_OK)
			die("no English text");
		hit_keys[i] = join_key(wsmsg_name(codes[i]), "", english);
		miss_keys[i] = join_key(wsmsg_name(codes[i]), "_MISS", english);
		floor_table[i] = english;
	}
}

/* ---- The rows: each a loop of n calls, results stored to a volatile ---- */

typedef void batch_fn(size_t n);

/* (a) asks for every (code, tag) pair in turn: the tag changes on every
 * call, and shifts by one more at each wrap of the codes. */
struct pair {
	int32_t code;
	const char *tag;
};
static struct pair pairs[MAX_CODES * NTAGS];
static size_t npairs;

static void make_pairs(void)
{
	size_t j = 0, t = 0;

	npairs = ncodes * NTAGS;
	for (size_t i = 0; i < npairs; i++) {
		pairs[i] = (struct pair){ codes[j], tags[t] };
		if (++t == NTAGS)
			t = 0;
		if (++j == ncodes) {
			j = 0;
			if (++t == NTAGS)
				t = 0;
		}
	}
}

static void run_a(size_t n)
{
	const char *volatile sink;
	size_t j = 0;

	for (size_t i = 0; i < n; i++) {
		const char *text;
		wsmsg_describe_lang(pairs[j].code, pairs[j].tag, &text);
		sink = text;
		if (++j == npairs)
			j = 0;
	}
	(void)sink;
}

#define CODE_LOOP(body) do { \
	const char *volatile sink; \
	size_t j = 0; \
	for (size_t i = 0; i < n; i++) { \
		body; \
		if (++j == ncodes) \
			j = 0; \
	} \
	(void)sink; \
} while (0)

static void run_caller(size_t n)  /* (b) and (c) */
{
	CODE_LOOP({ const char *text; wsmsg_describe(codes[j], &text); sink = text; });
}

static void run_hit(size_t n)  /* (d) */
{
	CODE_LOOP(sink = dcgettext(WSMSG_DOMAIN, hit_keys[j], LC_MESSAGES));
}

static void run_miss(size_t n)  /* (e) */
{
	CODE_LOOP(sink = dcgettext(WSMSG_DOMAIN, miss_keys[j], LC_MESSAGES));
}

static void run_floor(size_t n)  /* (f) */
{
	CODE_LOOP(sink = floor_table[j]);
}

/* (h): a request's negotiation, then one description in its language. */
static void run_negotiate(size_t n)
{
	CODE_LOOP({
		const char *tag;
		const char *text;
		wsmsg_negotiate(accept_language, &tag);
		wsmsg_describe_lang(codes[j], tag, &text);
		sink = text;
	});
}

static void run_strerror(size_t n)  /* (g) */
{
	const char *volatile sink;
	int e = 1;

	for (size_t i = 0; i < n; i++) {
		sink = strerror_l(e, row_locale);
		if (++e > NERRNOS)
			e = 1;
	}
	(void)sink;
}

/* ---- Timing ---- */

static double now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

static int compare_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

/* The median of v[0..n), which it sorts. */
static double median(double *v, size_t n)
{
	qsort(v, n, sizeof *v, compare_double);
	return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

#define BATCH_NS 0.5e6    /* each batch: about 0.5 ms */
#define FULL_ROUNDS 201
#define SHORT_ROUNDS 21
#define MAX_ROUNDS FULL_ROUNDS

static size_t rounds = FULL_ROUNDS;

/* The number of calls that take about `target` ns; warms the path. */
static size_t calibrate(batch_fn *fn, double target)
{
	size_t n = 64;

	for (;;) {
		double t0 = now_ns();
		fn(n);
		double dt = now_ns() - t0;
		if (dt >= target / 4 || n >= ((size_t)1 << 30)) {
			double scaled = (double)n * target / (dt > 1 ? dt : 1);
			return scaled < 64 ? 64 : (size_t)scaled;
		}
		n *= 2;
	}
}

struct row {
	const char *id;
	const char *what;
	batch_fn *fn;
	size_t n;                         /* calls per batch */
	double per_call[MAX_ROUNDS];      /* ns per call, each round's batch */
	unsigned long allocations;        /* during the timed batches */
	double ns;                        /* median ns per call */
	double min_ns;
	double to_d;                      /* median of the rounds' ratios to (d) */
	double to_e;                      /* and to (e) */
	double allocs;                    /* heap allocations per call */
};

enum { A, B, C, D, E, F, G, H, I, NROWS };

static void bind_catalogs(bool built);

/* The median over the rounds of x's time over y's in the same round. */
static double median_ratio(const struct row *x, const struct row *y)
{
	double ratio[MAX_ROUNDS];

	for (size_t b = 0; b < rounds; b++)
		ratio[b] = x->per_call[b] / y->per_call[b];
	return median(ratio, rounds);
}

static void time_batch(struct row *r, size_t round)
{
	r->fn(ncodes * NTAGS);  /* untimed: every code, after any rebinding */
	unsigned long before = allocation_count();
	double t0 = now_ns();
	r->fn(r->n);
	r->per_call[round] = (now_ns() - t0) / (double)r->n;
	r->allocations += allocation_count() - before;
}

/*
 * Times every row in rounds: each round runs one batch of each row in
 * turn, (c) last, with the text domain bound to the build tree's catalogs
 * and then to an empty directory.  The machines this runs on are often
 * shared, and their speed changes from one millisecond to the next:
 * rows measured side by side in a round see the same machine, so the
 * ratios of a round are reliable even when its times are not.  Each
 * batch follows an untimed pass over every code, which refills the
 * caches that the rebinding emptied (libintl's, and the library's
 * per-thread cache of misses).
 */
static void measure(struct row *rows)
{
	for (int i = 0; i < NROWS; i++) {
		bind_catalogs(i != C && i != I);
		rows[i].n = calibrate(rows[i].fn, BATCH_NS);
	}
	for (size_t b = 0; b < rounds; b++) {
		bind_catalogs(true);
		for (int i = 0; i < NROWS; i++)
			if (i != C && i != I)
				time_batch(&rows[i], b);
		bind_catalogs(false);
		time_batch(&rows[C], b);
		time_batch(&rows[I], b);
	}
	for (int i = 0; i < NROWS; i++) {
		rows[i].to_d = median_ratio(&rows[i], &rows[D]);
		rows[i].to_e = median_ratio(&rows[i], &rows[E]);
	}
	for (int i = 0; i < NROWS; i++) {
		struct row *r = &rows[i];
		r->allocs = (double)r->allocations / ((double)r->n * (double)rounds);
		r->ns = median(r->per_call, rounds);
		r->min_ns = r->per_call[0];  /* sorted by median() */
	}
}

/* ---- (a) on several threads ---- */

#define MAX_THREADS 2
#define TRIAL_NS 4e6       /* each trial: about 4 ms */
#define FULL_TRIALS 101
#define SHORT_TRIALS 7

struct team {
	pthread_barrier_t start, done;
	batch_fn *fn;
	size_t calls;         /* per thread per trial */
	unsigned active;      /* threads that work in this trial */
	bool quit;
};

struct worker {
	struct team *team;
	unsigned index;
};

static void *worker(void *arg)
{
	struct worker *w = arg;
	struct team *team = w->team;

	for (;;) {
		pthread_barrier_wait(&team->start);
		if (team->quit)
			return NULL;
		if (w->index < team->active)
			team->fn(team->calls);
		pthread_barrier_wait(&team->done);
	}
}

static double trial(struct team *team, unsigned threads)
{
	team->active = threads;
	pthread_barrier_wait(&team->start);
	double t0 = now_ns();
	pthread_barrier_wait(&team->done);
	return (double)threads * (double)team->calls * 1e9 / (now_ns() - t0);
}

/*
 * Aggregate calls per second of `fn` on 1 and on 2 threads, the medians
 * of the trials, and the median of the ratio of the two in trials run
 * back to back (for the same reason as the rounds of measure()).
 */
static void thread_scaling(batch_fn *fn, size_t trials, double *rate1, double *rate2,
                           double *scaling)
{
	struct team team = { .fn = fn, .calls = calibrate(fn, TRIAL_NS) };
	struct worker workers[MAX_THREADS];
	pthread_t tid[MAX_THREADS];
	double one[FULL_TRIALS], two[FULL_TRIALS], ratio[FULL_TRIALS];

	pthread_barrier_init(&team.start, NULL, MAX_THREADS + 1);
	pthread_barrier_init(&team.done, NULL, MAX_THREADS + 1);
	for (unsigned i = 0; i < MAX_THREADS; i++) {
		workers[i] = (struct worker){ &team, i };
		if (pthread_create(&tid[i], NULL, worker, &workers[i]) != 0)
			die("cannot start a thread");
	}
	trial(&team, MAX_THREADS);  /* warm: both threads have run */
	for (size_t t = 0; t < trials; t++) {
		one[t] = trial(&team, 1);
		two[t] = trial(&team, 2);
		ratio[t] = two[t] / one[t];
	}
	team.quit = true;
	pthread_barrier_wait(&team.start);
	for (unsigned i = 0; i < MAX_THREADS; i++)
		pthread_join(tid[i], NULL);
	pthread_barrier_destroy(&team.start);
	pthread_barrier_destroy(&team.done);
	*rate1 = median(one, trials);
	*rate2 = median(two, trials);
	*scaling = median(ratio, trials);
}

/* ---- Instructions per call of (a), under callgrind ---- */

#ifndef SANITIZED
/* valgrind's path, or NULL when it is not installed. */
static const char *find_valgrind(char *buf, size_t size)
{
	const char *path = getenv("PATH");

	if (path == NULL)
		path = "/usr/bin:/bin";
	while (*path != '\0') {
		const char *colon = strchr(path, ':');
		size_t len = colon ? (size_t)(colon - path) : strlen(path);
		if (len > 0 && (size_t)snprintf(buf, size, "%.*s/valgrind", (int)len, path) < size &&
		    access(buf, X_OK) == 0)
			return buf;
		path += len;
		if (*path == ':')
			path++;
	}
	return NULL;
}

/*
 * Instructions executed inside the library's functions that row (a) or
 * (h) calls (and what they call) in one run of `bench --callgrind-ROW
 * calls`; -1 on failure.
 */
static double callgrind_run(const char *valgrind, const char *dir, char row,
                            unsigned long calls)
{
	char self[4096], out_opt[4300], out_path[4200], log_path[4200], n[32];
	ssize_t len = readlink("/proc/self/exe", self, sizeof self - 1);

	if (len <= 0)
		return -1;
	self[len] = '\0';
	snprintf(out_path, sizeof out_path, "%s/callgrind.%lu", dir, calls);
	snprintf(out_opt, sizeof out_opt, "--callgrind-out-file=%s", out_path);
	snprintf(log_path, sizeof log_path, "%s/log.%lu", dir, calls);
	snprintf(n, sizeof n, "%lu", calls);
	/* (h)'s loop calls the two functions in turn; (a)'s only the one. */
	char *argv[] = {
		(char *)"valgrind", (char *)"--tool=callgrind", (char *)"--quiet",
		out_opt, (char *)"--toggle-collect=wsmsg_describe_lang",
		self, (char *)"--callgrind-a", n, NULL, NULL,
	};
	if (row == 'h') {
		argv[5] = (char *)"--toggle-collect=wsmsg_negotiate";
		argv[6] = self;
		argv[7] = (char *)"--callgrind-h";
		argv[8] = n;
	}

	posix_spawn_file_actions_t actions;
	posix_spawn_file_actions_init(&actions);
	posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
	posix_spawn_file_actions_addopen(&actions, 2, log_path,
	                                 O_WRONLY | O_CREAT | O_TRUNC, 0600);
	pid_t pid;
	int err = posix_spawn(&pid, valgrind, &actions, NULL, argv, environ);
	posix_spawn_file_actions_destroy(&actions);
	if (err != 0)
		return -1;
	int status;
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR)
			return -1;

	double total = -1;
	FILE *f = fopen(out_path, "r");
	if (WIFEXITED(status) && WEXITSTATUS(status) == 0 && f != NULL) {
		char line[512];
		unsigned long long v;
		while (fgets(line, sizeof line, f) != NULL)
			if (sscanf(line, "totals: %llu", &v) == 1 ||
			    sscanf(line, "summary: %llu", &v) == 1)
				total = (double)v;
	} else {
		fprintf(stderr, "bench: valgrind failed; its log:\n");
		FILE *log = fopen(log_path, "r");
		if (log != NULL) {
			int c;
			while ((c = getc(log)) != EOF)
				putc(c, stderr);
			fclose(log);
		}
	}
	if (f != NULL)
		fclose(f);
	unlink(out_path);
	unlink(log_path);
	return total;
}

#endif

/* Calls under callgrind: a multiple of the (code, tag) pairs of (a), and
 * of the codes of (h), whose calls cost far more each. */
#define CALLGRIND_CALLS_A 135000UL
#define CALLGRIND_CALLS_H 4500UL

enum { NOT_MEASURED_NO_VALGRIND, NOT_MEASURED_SANITIZED, MEASURED, FAILED };

/*
 * The difference between CALLGRIND_CALLS_ROW calls of row (a) or (h) and
 * none, both after the same warm-up, divided by the number of calls:
 * what one call costs, with the first calls' one-time work left out.
 */
static int callgrind_row(char row, double *per_call)
{
#ifdef SANITIZED
	(void)row;
	(void)per_call;
	return NOT_MEASURED_SANITIZED;
#else
	char path[4096], dir[] = "/tmp/wsmsg-bench-cg-XXXXXX";
	const char *valgrind = getenv("WSMSG_BENCH_VALGRIND");

	if (valgrind == NULL || *valgrind == '\0')
		valgrind = find_valgrind(path, sizeof path);
	if (valgrind == NULL)
		return NOT_MEASURED_NO_VALGRIND;
	if (mkdtemp(dir) == NULL)
		return FAILED;
	unsigned long calls = row == 'h' ? CALLGRIND_CALLS_H : CALLGRIND_CALLS_A;
	double base = callgrind_run(valgrind, dir, row, 0);
	double total = base < 0 ? -1 : callgrind_run(valgrind, dir, row, calls);
	rmdir(dir);
	if (base < 0 || total < 0)
		return FAILED;
	*per_call = (total - base) / (double)calls;
	return MEASURED;
#endif
}

/* ---- Setup checks: each row measures the path it names ---- */

/* (h): the value gives the French catalog, as an element of
 * wsmsg_languages(), and its texts. */
static void check_negotiation(void)
{
	const char *tag = NULL, *text, *french;
	bool listed = false;

	if (wsmsg_negotiate(accept_language, &tag) != S_OK || tag == NULL ||
	    strcmp(tag, ACCEPT_LANGUAGE_CATALOG) != 0)
		die("(h): the value does not negotiate " ACCEPT_LANGUAGE_CATALOG);
	for (const char *const *l = wsmsg_languages(); *l != NULL; l++)
		listed |= *l == tag;
	if (!listed)
		die("(h): the tag is not an element of wsmsg_languages()");
	for (size_t i = 0; i < ncodes; i++)
		if (wsmsg_describe_lang(codes[i], tag, &text) != S_OK ||
		    wsmsg_describe_lang(codes[i], ACCEPT_LANGUAGE_CATALOG, &french) != S_OK ||
		    text != french)
			die("(h): the negotiated tag does not read the French catalog");
}

static void check_paths(bool intl_bound)
{
	const char *text, *french;

	check_negotiation();
	for (size_t i = 0; i < ncodes; i++) {
		if (wsmsg_describe_lang(codes[i], "fr-FR", &french) != S_OK ||
		    wsmsg_describe(codes[i], &text) != S_OK || strcmp(text, french) != 0)
			die("wsmsg_describe does not answer in French");
		if (intl_bound) {
			const char *hit = dcgettext(WSMSG_DOMAIN, hit_keys[i], LC_MESSAGES);
			if (hit == hit_keys[i] || strcmp(hit, french) != 0)
				die("(d): dcgettext misses; are the catalogs built?");
			if (text != hit)
				die("(b): libintl does not answer wsmsg_describe");
			if (dcgettext(WSMSG_DOMAIN, miss_keys[i], LC_MESSAGES) != miss_keys[i])
				die("(e): dcgettext hits");
		} else if (dcgettext(WSMSG_DOMAIN, hit_keys[i], LC_MESSAGES) != hit_keys[i]) {
			die("(c): libintl still has a catalog");
		}
	}
}

/* ---- Setting the scene for each row ---- */

static const char *podir;        /* the build tree's catalogs */
static char empty_dir[] = "/tmp/wsmsg-bench-XXXXXX";
static const char *locale_desc;

static void setup(void)
{
	podir = getenv("WSMSG_BENCH_PODIR");
	if (podir == NULL || *podir == '\0')
		podir = WSMSG_BENCH_PODIR;

	/* The thread's locale: fr_FR.UTF-8, or C.UTF-8 with LANGUAGE=fr_FR
	 * where that locale is not generated. */
	locale_desc = "fr_FR.UTF-8 (uselocale), LANGUAGE unset";
	unsetenv("LANGUAGE");
	row_locale = newlocale(LC_ALL_MASK, "fr_FR.UTF-8", (locale_t)0);
	if (row_locale == (locale_t)0) {
		row_locale = newlocale(LC_ALL_MASK, "C.UTF-8", (locale_t)0);
		if (row_locale == (locale_t)0)
			die("neither fr_FR.UTF-8 nor C.UTF-8 is available");
		setenv("LANGUAGE", "fr_FR", 1);
		locale_desc = "C.UTF-8 (uselocale) with LANGUAGE=fr_FR: no fr_FR.UTF-8 locale";
	}
	if (mkdtemp(empty_dir) == NULL)
		die("cannot make an empty directory");
	load_messages();
	make_pairs();
	uselocale(row_locale);
	bindtextdomain(WSMSG_DOMAIN, podir);
	bind_textdomain_codeset(WSMSG_DOMAIN, "UTF-8");
	check_paths(true);
	bind_catalogs(false);
	check_paths(false);
	bind_catalogs(true);
}

/* Binds the text domain to the build tree's catalogs, or to an empty
 * directory; only when it changes, as rebinding empties libintl's cache. */
static void bind_catalogs(bool built)
{
	const char *want = built ? podir : empty_dir;
	const char *dir = bindtextdomain(WSMSG_DOMAIN, NULL);

	if (dir == NULL || strcmp(dir, want) != 0)
		bindtextdomain(WSMSG_DOMAIN, want);
}

/*
 * The first lookup of a directory of catalogs: the library lists it and
 * reads and validates every catalog in it, once per directory and
 * process.  Each trial binds the domain to the build tree's catalogs
 * under a name not bound before ("po/.", "po/./." ...), so that it is a
 * new directory to the library, and times one wsmsg_describe_lang.
 * Returns the number of trials, sorted into ms[].
 */
#define LOADS 15
static size_t measure_loads(double *ms)
{
	char dir[4096];
	size_t n = 0;

	if (strlen(podir) + 2 * LOADS + 1 >= sizeof dir)
		return 0;
	strcpy(dir, podir);
	for (size_t i = 0; i < LOADS; i++) {
		const char *text;
		strcat(dir, "/.");
		bindtextdomain(WSMSG_DOMAIN, dir);
		double t0 = now_ns();
		wsmsg_describe_lang(codes[0], "fr-FR", &text);
		ms[n++] = (now_ns() - t0) / 1e6;
	}
	bind_catalogs(true);
	qsort(ms, n, sizeof *ms, compare_double);
	return n;
}

/* The number of catalogs in the build tree's directory. */
static size_t count_installed(void)
{
	size_t n = 0;
	const char *const *l = wsmsg_languages();
	while (l[n] != NULL)
		n++;
	return n;
}

static batch_fn *row_fn(char row)
{
	switch (row) {
	case 'a': return run_a;
	case 'b': case 'c': return run_caller;
	case 'd': return run_hit;
	case 'e': return run_miss;
	case 'f': return run_floor;
	case 'g': return run_strerror;
	case 'h': return run_negotiate;
	case 'i': return run_a;
	default: return NULL;
	}
}

/*
 * `bench --run ROW N`, for profilers: one warm-up pass over every code,
 * then N calls of ROW, nothing printed.  `bench --callgrind-a N` is
 * `--run a N`, and `--callgrind-h N` `--run h N`; callgrind_row() runs
 * them under callgrind.
 */
static int run_only(const char *row, const char *count)
{
	char *end;
	unsigned long long n = strtoull(count, &end, 10);

	if (strlen(row) != 1 || row_fn(row[0]) == NULL || *end != '\0' || end == count)
		die("usage: bench --run a|b|c|d|e|f|g|h N");
	setup();
	bind_catalogs(row[0] != 'c');
	row_fn(row[0])(ncodes * NTAGS);
	row_fn(row[0])((size_t)n);
	rmdir(empty_dir);
	return 0;
}

/* ---- Report ---- */

static void print_row(const struct row *r)
{
	printf("%-4s %-58s %9.1f %9.1f %8.3f ", r->id, r->what, r->ns, r->min_ns, r->to_d);
	if (ALLOCATIONS_COUNTED)
		printf("%8.2f\n", r->allocs);
	else
		printf("%8s\n", "n/a");
}

static bool check(bool applies, bool ok, const char *fmt, double have, double want)
{
	printf("  %-6s ", !applies ? "(info)" : ok ? "ok" : "MISSED");
	printf(fmt, have, want);
	putchar('\n');
	return !applies || ok;
}

/*
 * What each compiled-in catalog adds to the library: the bytes of its
 * descriptions (with their NULs; a text equal to the English is stored once)
 * and its row of 32-bit offsets, one per message (catalog.h).
 */
static void print_catalog_sizes(void)
{
	size_t n = 0, total = 0, smallest = SIZE_MAX, largest = 0;
	size_t messages = wsmsg_count() + 1; /* the codes and one phrase */

	for (const char *const *l = wsmsg_languages(); *l; l++, n++) {
		size_t bytes = messages * sizeof(uint32_t);
		for (size_t i = 0; i < wsmsg_count(); i++) {
			const char *text, *english;
			int32_t code = wsmsg_code_at(i);
			if (wsmsg_describe_lang(code, *l, &text) == S_OK &&
			    wsmsg_describe_lang(code, "C", &english) == S_OK && text != english)
				bytes += strlen(text) + 1;
		}
		total += bytes;
		smallest = bytes < smallest ? bytes : smallest;
		largest = bytes > largest ? bytes : largest;
	}
	if (n > 0)
		printf("compiled-in catalogs: %zu, %zu bytes in all, %zu per catalog on "
		       "average (%zu to %zu)\n", n, total, total / n, smallest, largest);
}

int main(int argc, char **argv)
{
	bool short_mode = false;
	const char *env_short = getenv("WSMSG_BENCH_SHORT");

	if (argc == 3 && strcmp(argv[1], "--callgrind-a") == 0)
		return run_only("a", argv[2]);
	if (argc == 3 && strcmp(argv[1], "--callgrind-h") == 0)
		return run_only("h", argv[2]);
	if (argc == 4 && strcmp(argv[1], "--run") == 0)
		return run_only(argv[2], argv[3]);
	if (env_short != NULL && *env_short != '\0' && strcmp(env_short, "0") != 0)
		short_mode = true;
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--short") == 0) {
			short_mode = true;
		} else {
			fprintf(stderr, "usage: bench [--short]\n");
			return 2;
		}
	}
	if (short_mode)
		rounds = SHORT_ROUNDS;

	setup();

	static struct row rows[NROWS] = {
		[A] = { .id = "(a)", .what = "wsmsg_describe_lang, tag per call (fr-FR, zh_TW.UTF-8, en)" },
		[B] = { .id = "(b)", .what = "wsmsg_describe, libintl hit (build-tree .mo)" },
		[C] = { .id = "(c)", .what = "wsmsg_describe, no .mo: the compiled-in catalog answers" },
		[D] = { .id = "(d)", .what = "dcgettext hit, \"NAME\\004English\"" },
		[E] = { .id = "(e)", .what = "dcgettext miss, \"NAME_MISS\\004English\"" },
		[F] = { .id = "(f)", .what = "floor: static array[i]" },
		[G] = { .id = "(g)", .what = "strerror_l, same locale" },
		[H] = { .id = "(h)", .what = "wsmsg_negotiate (6 ranges), then wsmsg_describe_lang" },
		[I] = { .id = "(i)", .what = "(a) with no catalog installed: compiled in only" },
	};
	for (int i = 0; i < NROWS; i++)
		rows[i].fn = row_fn((char)('a' + i));
	measure(rows);
	double load_ms[LOADS];
	size_t nloads = measure_loads(load_ms);
	bind_catalogs(true);
	rmdir(empty_dir);
	uselocale(LC_GLOBAL_LOCALE);

	/* (a) on 1 and 2 threads; and, to tell the library's scaling from the
	 * machine's, the floor (f), whose threads share nothing at all. */
	size_t trials = short_mode ? SHORT_TRIALS : FULL_TRIALS;
	double rate1, rate2, scaling, floor1, floor2, floor_scaling;
	thread_scaling(run_a, trials, &rate1, &rate2, &scaling);
	thread_scaling(run_floor, trials, &floor1, &floor2, &floor_scaling);

	double insns = 0, insns_h = 0;
	int insns_state = callgrind_row('a', &insns);
	int insns_h_state = callgrind_row('h', &insns_h);

	const char *library = getenv("WSMSG_BENCH_LIBRARY");
	if (library == NULL || *library == '\0')
		library = WSMSG_BENCH_LIBRARY;
	struct stat st;
	bool have_size = stat(library, &st) == 0;
	char load[64] = "unknown";
	FILE *loadavg = fopen("/proc/loadavg", "r");
	if (loadavg != NULL) {
		if (fgets(load, sizeof load, loadavg) != NULL)
			load[strcspn(load, "\n")] = '\0';
		fclose(loadavg);
	}

	/* The table. */
	const char *slash = strrchr(library, '/');
	printf("wsmsg lookup benchmark, %s mode: %zu rounds of one ~%.1f ms batch per row\n",
	       short_mode ? "short" : "full", rounds, BATCH_NS / 1e6);
	printf("build: %s; load average: %s\n", WSMSG_BENCH_BUILD, load);
	printf("thread locale for (b)-(e), (g): %s\n", locale_desc);
	printf("Accept-Language for (h): \"%s\"\n", accept_language);
	printf("%zu codes; catalogs for (b), (d), (e): %s\n\n", ncodes, podir);
	printf("%-4s %-58s %9s %9s %8s %8s\n", "row", "path", "ns/call", "min ns", "x (d)",
	       "allocs");
	printf("%-4s %-58s %9s %9s %8s %8s\n", "", "", "median", "", "median", "per call");
	for (int i = 0; i < NROWS; i++)
		print_row(&rows[i]);
	printf("\n(a) x1 thread:  %8.2f M lookups/s\n", rate1 / 1e6);
	printf("(a) x2 threads: %8.2f M lookups/s (%.2f x 1 thread, median of "
	       "back-to-back trials)\n", rate2 / 1e6, scaling);
	printf("control: (f) on 2 threads gives %.2f x 1 thread (%.0f and %.0f M reads/s): "
	       "what this machine gives a second thread that shares nothing\n",
	       floor_scaling, floor2 / 1e6, floor1 / 1e6);
	switch (insns_state) {
	case MEASURED:
		printf("(a) instructions per call (callgrind, incl. tag parsing): %.1f\n", insns);
		break;
	case NOT_MEASURED_NO_VALGRIND:
		printf("(a) instructions per call: not measured (valgrind is not installed)\n");
		break;
	case NOT_MEASURED_SANITIZED:
		printf("(a) instructions per call: not measured (sanitizer build)\n");
		break;
	default:
		printf("(a) instructions per call: valgrind failed\n");
		break;
	}
	if (insns_h_state == MEASURED)
		printf("(h) instructions per call (callgrind, wsmsg_negotiate and "
		       "wsmsg_describe_lang): %.1f\n", insns_h);
	else
		printf("(h) instructions per call: %s\n",
		       insns_h_state == FAILED ? "valgrind failed" : "not measured");
	if (nloads > 0)
		printf("first lookup after binding the domain to the %zu installed catalogs "
		       "(listing, reading and validating them): median %.2f ms, min %.2f ms "
		       "of %zu\n", count_installed(), median(load_ms, nloads), load_ms[0],
		       nloads);
	if (have_size)
		printf("%s: %lld bytes\n", slash ? slash + 1 : library, (long long)st.st_size);
	else
		printf("%s: not found\n", library);
	print_catalog_sizes();
	if (!ALLOCATIONS_COUNTED)
		printf("heap allocations: not measurable (a sanitizer replaces the allocator)\n");

	/* The targets.  Short mode checks only what noise cannot change. */
	bool full = !short_mode;
	bool ok = true;
	printf("\ntargets%s:\n", short_mode ? " (short mode: ratios are for information)" : "");
	ok &= check(full, rows[A].to_d <= 1 / TARGET_A_SPEEDUP,
	            "(a) vs (d): %.1f x faster, want >= %.0f x", 1 / rows[A].to_d,
	            TARGET_A_SPEEDUP);
	if (insns_state == MEASURED)
		ok &= check(true, insns <= TARGET_A_INSNS,
		            "(a) instructions per call: %.1f, want <= %.0f", insns, TARGET_A_INSNS);
	else if (insns_state == FAILED)
		ok = false, printf("  MISSED (a) instructions per call: valgrind failed\n");
	else
		printf("  (info) (a) instructions per call: not measured\n");
	ok &= check(full, rows[B].to_d <= TARGET_B_RATIO,
	            "(b) / (d): %.2f, want <= %.1f", rows[B].to_d, TARGET_B_RATIO);
	ok &= check(full, rows[C].to_e <= TARGET_C_RATIO,
	            "(c) / (e): %.2f, want <= %.1f", rows[C].to_e, TARGET_C_RATIO);
	ok &= check(full, scaling >= TARGET_SCALING,
	            "(a) 2 threads / 1 thread: %.2f, want >= %.1f", scaling, TARGET_SCALING);
	ok &= check(full, median_ratio(&rows[A], &rows[I]) <= TARGET_A_INSTALLED,
	            "(a) / (i), catalogs installed / none: %.2f, want <= %.1f",
	            median_ratio(&rows[A], &rows[I]), TARGET_A_INSTALLED);
	ok &= check(full, rows[I].to_d <= 1 / TARGET_A_SPEEDUP,
	            "(i) vs (d): %.1f x faster, want >= %.0f x", 1 / rows[I].to_d,
	            TARGET_A_SPEEDUP);
	ok &= check(full, rows[H].to_d < TARGET_H_RATIO,
	            "(h) / (d): %.2f, want < %.0f", rows[H].to_d, TARGET_H_RATIO);
	if (insns_h_state == MEASURED)
		ok &= check(true, insns_h <= TARGET_H_INSNS,
		            "(h) instructions per call: %.1f, want <= %.0f", insns_h,
		            TARGET_H_INSNS);
	else if (insns_h_state == FAILED)
		ok = false, printf("  MISSED (h) instructions per call: valgrind failed\n");
	else
		printf("  (info) (h) instructions per call: not measured\n");
	if (ALLOCATIONS_COUNTED) {
		static const int counted[] = { A, B, C, H, I };
		double worst = 0;
		for (size_t i = 0; i < sizeof counted / sizeof counted[0]; i++)
			if (rows[counted[i]].allocs > worst)
				worst = rows[counted[i]].allocs;
		ok &= check(true, worst == 0,
		            "(a)-(c), (h), (i) heap allocations per call: %.2f, want %.0f", worst, 0);
	}

#ifdef SANITIZED
	(void)ok;
	printf("\nSKIP: a sanitizer build, where the figures mean nothing\n");
	return 77;
#else
	printf("\n%s\n", !ok ? "a target is missed"
	                  : short_mode ? "the allocation and instruction targets hold"
	                  : "all targets hold");
	return ok ? 0 : 1;
#endif
}
