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
 *   and (a) on 1 and 2 threads at once, as aggregate lookups per second.
 *
 * Each row runs in batches of about BATCH_NS; the figure is the median
 * of the batches' ns per call, and its ratio to (d).  Heap allocations
 * are counted over every timed batch, by interposing malloc, calloc and
 * realloc.  Instructions per call of (a) are counted by running this
 * program again under valgrind --tool=callgrind (see callgrind_a()).
 *
 * Usage: bench [--short]              (or WSMSG_BENCH_SHORT=1)
 *        bench --callgrind-a N        (internal: N calls of (a), no output)
 *
 * Exit status: 0 every target holds; 1 a target is missed (in short mode
 * only the allocation and instruction counts are targets); 2 the
 * benchmark could not run; 77 a sanitizer build, where the figures mean
 * nothing.
 *
 * Environment: WSMSG_BENCH_PODIR, the built catalogs
 * (<lang>/LC_MESSAGES/wsmsg.mo); WSMSG_BENCH_LIBRARY, the library file
 * to report the size of; both default to the build tree's.
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
#define TARGET_A_INSNS 150.0    /* (a) at most 150 instructions per call */
#define TARGET_B_RATIO 1.2      /* (b) at most 1.2 x (d) */
#define TARGET_C_RATIO 1.3      /* (c) at most 1.3 x (e) */
#define TARGET_SCALING 1.8      /* 2 threads: at least 1.8 x 1 thread */

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

/* Every (code, tag) pair in turn: the tag changes on every call, and
 * shifts by one more at each wrap of the codes. */
static void run_a(size_t n)
{
	const char *volatile sink;
	size_t j = 0, t = 0;

	for (size_t i = 0; i < n; i++) {
		const char *text;
		wsmsg_describe_lang(codes[j], tags[t], &text);
		sink = text;
		if (++t == NTAGS)
			t = 0;
		if (++j == ncodes) {
			j = 0;
			if (++t == NTAGS)
				t = 0;
		}
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

static double median(double *v, size_t n)
{
	qsort(v, n, sizeof *v, compare_double);
	return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

#define BATCH_NS 2e6      /* each batch: about 2 ms */
#define FULL_BATCHES 101
#define SHORT_BATCHES 11
#define MAX_BATCHES FULL_BATCHES

static size_t batches = FULL_BATCHES;

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
	double ns;            /* median ns per call */
	double min_ns;
	double allocs;        /* heap allocations per call, timed batches */
	bool measured;
};

static void measure(struct row *r, batch_fn *fn)
{
	double per_call[MAX_BATCHES];
	size_t n = calibrate(fn, BATCH_NS);
	unsigned long before = allocation_count();

	for (size_t b = 0; b < batches; b++) {
		double t0 = now_ns();
		fn(n);
		per_call[b] = (now_ns() - t0) / (double)n;
	}
	r->allocs = (double)(allocation_count() - before) / ((double)n * (double)batches);
	r->ns = median(per_call, batches);
	r->min_ns = per_call[0];
	r->measured = true;
}

/* ---- (a) on several threads ---- */

#define MAX_THREADS 2
#define FULL_TRIALS 31
#define SHORT_TRIALS 5

struct team {
	pthread_barrier_t start, done;
	size_t calls;    /* per thread per trial */
	size_t trials;
};

static void *worker(void *arg)
{
	struct team *team = arg;

	for (size_t t = 0; t < team->trials; t++) {
		pthread_barrier_wait(&team->start);
		run_a(team->calls);
		pthread_barrier_wait(&team->done);
	}
	return NULL;
}

/* Aggregate lookups per second of `threads` threads running (a), the
 * median of the trials. */
static double lookups_per_second(unsigned threads, size_t calls, size_t trials)
{
	struct team team = { .calls = calls, .trials = trials };
	pthread_t tid[MAX_THREADS];
	double rate[FULL_TRIALS];

	pthread_barrier_init(&team.start, NULL, threads + 1);
	pthread_barrier_init(&team.done, NULL, threads + 1);
	for (unsigned i = 0; i < threads; i++)
		if (pthread_create(&tid[i], NULL, worker, &team) != 0)
			die("cannot start a thread");
	for (size_t t = 0; t < trials; t++) {
		pthread_barrier_wait(&team.start);
		double t0 = now_ns();
		pthread_barrier_wait(&team.done);
		rate[t] = (double)threads * (double)calls * 1e9 / (now_ns() - t0);
	}
	for (unsigned i = 0; i < threads; i++)
		pthread_join(tid[i], NULL);
	pthread_barrier_destroy(&team.start);
	pthread_barrier_destroy(&team.done);
	return median(rate, trials);
}

/* ---- Instructions per call of (a), under callgrind ---- */

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

/* Instructions executed inside wsmsg_describe_lang (and what it calls)
 * in one run of `bench --callgrind-a calls`; -1 on failure. */
static double callgrind_run(const char *valgrind, const char *dir, unsigned long calls)
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
	char *argv[] = {
		(char *)"valgrind", (char *)"--tool=callgrind", (char *)"--quiet",
		out_opt, (char *)"--toggle-collect=wsmsg_describe_lang",
		self, (char *)"--callgrind-a", n, NULL,
	};

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

#define CALLGRIND_CALLS 135000UL

enum { NOT_MEASURED_NO_VALGRIND, NOT_MEASURED_SANITIZED, MEASURED, FAILED };

/*
 * The difference between CALLGRIND_CALLS calls and none, both after the
 * same warm-up, divided by CALLGRIND_CALLS: what one call costs, with
 * the first calls' one-time work left out.
 */
static int callgrind_a(double *per_call)
{
#ifdef SANITIZED
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
	double base = callgrind_run(valgrind, dir, 0);
	double total = base < 0 ? -1 : callgrind_run(valgrind, dir, CALLGRIND_CALLS);
	rmdir(dir);
	if (base < 0 || total < 0)
		return FAILED;
	*per_call = (total - base) / (double)CALLGRIND_CALLS;
	return MEASURED;
#endif
}

/* ---- Setup checks: each row measures the path it names ---- */

static void check_paths(bool intl_bound)
{
	const char *text, *french;

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
	bindtextdomain(WSMSG_DOMAIN, podir);
	bind_textdomain_codeset(WSMSG_DOMAIN, "UTF-8");
}

/* Sets the thread's locale and the domain's binding for `row`, and
 * checks that the row's calls take the path it names. */
static void enter_row(char row)
{
	const char *want_dir = row == 'c' ? empty_dir : podir;
	const char *dir = bindtextdomain(WSMSG_DOMAIN, NULL);

	/* Rebinding advances libintl's catalog generation: only when needed. */
	if (dir == NULL || strcmp(dir, want_dir) != 0)
		bindtextdomain(WSMSG_DOMAIN, want_dir);
	if (row == 'a' || row == 'f') {
		uselocale(LC_GLOBAL_LOCALE);
		return;
	}
	uselocale(row_locale);
	if (row != 'g')
		check_paths(row != 'c');
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
	default: return NULL;
	}
}

/*
 * `bench --run ROW N`, for profilers: one warm-up pass over every code,
 * then N calls of ROW, nothing printed.  `bench --callgrind-a N` is
 * `--run a N`; callgrind_a() runs it under callgrind.
 */
static int run_only(const char *row, const char *count)
{
	char *end;
	unsigned long long n = strtoull(count, &end, 10);

	if (strlen(row) != 1 || row_fn(row[0]) == NULL || *end != '\0' || end == count)
		die("usage: bench --run a|b|c|d|e|f|g N");
	setup();
	enter_row(row[0]);
	row_fn(row[0])(ncodes * NTAGS);
	row_fn(row[0])((size_t)n);
	rmdir(empty_dir);
	return 0;
}

/* ---- Report ---- */

static void print_row(const struct row *r, double d_ns)
{
	printf("%-4s %-58s %9.1f %9.1f %8.2f ", r->id, r->what, r->ns, r->min_ns,
	       r->ns / d_ns);
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

int main(int argc, char **argv)
{
	bool short_mode = false;
	const char *env_short = getenv("WSMSG_BENCH_SHORT");

	if (argc == 3 && strcmp(argv[1], "--callgrind-a") == 0)
		return run_only("a", argv[2]);
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
		batches = SHORT_BATCHES;

	setup();

	struct row rows[] = {
		{ "(a)", "wsmsg_describe_lang, tag per call (fr-FR, zh_TW.UTF-8, en)", 0, 0, 0, false },
		{ "(b)", "wsmsg_describe, libintl hit (build-tree .mo)", 0, 0, 0, false },
		{ "(c)", "wsmsg_describe, no .mo: the compiled-in catalog answers", 0, 0, 0, false },
		{ "(d)", "dcgettext hit, \"NAME\\004English\"", 0, 0, 0, false },
		{ "(e)", "dcgettext miss, \"NAME_MISS\\004English\"", 0, 0, 0, false },
		{ "(f)", "floor: static array[i]", 0, 0, 0, false },
		{ "(g)", "strerror_l, same locale", 0, 0, 0, false },
	};
	/* Measured in this order: (c) last, as it rebinds the domain. */
	static const char order[] = "debafgc";
	for (const char *r = order; *r != '\0'; r++) {
		enter_row(*r);
		measure(&rows[*r - 'a'], row_fn(*r));
	}
	enter_row('a');
	rmdir(empty_dir);

	/* (a) on 1 and 2 threads, about 10 ms per thread per trial. */
	size_t trials = short_mode ? SHORT_TRIALS : FULL_TRIALS;
	size_t calls = calibrate(run_a, 10e6);
	double rate1 = lookups_per_second(1, calls, trials);
	double rate2 = lookups_per_second(2, calls, trials);

	double insns = 0;
	int insns_state = callgrind_a(&insns);

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
	printf("wsmsg lookup benchmark, %s mode: %zu batches of ~%.0f ms per row, median\n",
	       short_mode ? "short" : "full", batches, BATCH_NS / 1e6);
	printf("build: %s; load average: %s\n", WSMSG_BENCH_BUILD, load);
	printf("thread locale for (b)-(e), (g): %s\n", locale_desc);
	printf("%zu codes; catalogs for (b), (d), (e): %s\n\n", ncodes, podir);
	printf("%-4s %-58s %9s %9s %8s %8s\n", "row", "path", "ns/call", "min ns", "x (d)",
	       "allocs");
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++)
		print_row(&rows[i], rows['d' - 'a'].ns);
	printf("\n(a) x1 thread:  %8.2f M lookups/s\n", rate1 / 1e6);
	printf("(a) x2 threads: %8.2f M lookups/s (%.2f x 1 thread)\n", rate2 / 1e6,
	       rate2 / rate1);
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
	if (have_size)
		printf("%s: %lld bytes\n", slash ? slash + 1 : library, (long long)st.st_size);
	else
		printf("%s: not found\n", library);
	if (!ALLOCATIONS_COUNTED)
		printf("heap allocations: not measurable (a sanitizer replaces the allocator)\n");

	/* The targets.  Short mode checks only what noise cannot change. */
	bool full = !short_mode;
	bool ok = true;
	printf("\ntargets%s:\n", short_mode ? " (short mode: ratios are for information)" : "");
	ok &= check(full, rows['d' - 'a'].ns >= TARGET_A_SPEEDUP * rows[0].ns,
	            "(a) vs (d): %.1f x faster, want >= %.0f x", rows['d' - 'a'].ns / rows[0].ns,
	            TARGET_A_SPEEDUP);
	if (insns_state == MEASURED)
		ok &= check(true, insns <= TARGET_A_INSNS,
		            "(a) instructions per call: %.1f, want <= %.0f", insns, TARGET_A_INSNS);
	else if (insns_state == FAILED)
		ok = false, printf("  MISSED (a) instructions per call: valgrind failed\n");
	else
		printf("  (info) (a) instructions per call: not measured\n");
	ok &= check(full, rows[1].ns <= TARGET_B_RATIO * rows['d' - 'a'].ns,
	            "(b) / (d): %.2f, want <= %.1f", rows[1].ns / rows['d' - 'a'].ns, TARGET_B_RATIO);
	ok &= check(full, rows[2].ns <= TARGET_C_RATIO * rows[4].ns,
	            "(c) / (e): %.2f, want <= %.1f", rows[2].ns / rows[4].ns, TARGET_C_RATIO);
	ok &= check(full, rate2 >= TARGET_SCALING * rate1,
	            "(a) 2 threads / 1 thread: %.2f, want >= %.1f", rate2 / rate1, TARGET_SCALING);
	if (ALLOCATIONS_COUNTED) {
		double worst = 0;
		for (int r = 0; r <= 2; r++)
			if (rows[r].allocs > worst)
				worst = rows[r].allocs;
		ok &= check(true, worst == 0, "(a)-(c) heap allocations per call: %.2f, want %.0f",
		            worst, 0);
	}

#ifdef SANITIZED
	printf("\nSKIP: a sanitizer build; the figures mean nothing here\n");
	return 77;
#else
	printf("\n%s\n", ok ? "all targets hold" : "a target is missed");
	return ok ? 0 : 1;
#endif
}
