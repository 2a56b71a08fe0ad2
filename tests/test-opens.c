/*
 * The files the wsmsg command opens under each hostile environment of
 * hostile-cases.h, traced with strace -f (open, openat, openat2, creat).
 * Skipped (77) when strace is missing or ptrace is not permitted.
 *
 * Every open, failed or not, must be one of these, by its path's lexical
 * normal form and by its shape:
 *
 *   loader     the dynamic loader: /etc/ld.so.cache, and lib*.so* under
 *              /lib/, /usr/lib/ or the build tree's library directory
 *              (the command's RPATH, $ORIGIN/../src: the only path that
 *              may hold a ".." component);
 *   setlocale  glibc's setlocale(LC_ALL, ""): /usr/lib/locale/locale-archive
 *              and /usr/lib/locale/NAME/LC_<CATEGORY>[/SYS_LC_MESSAGES],
 *              where NAME is the locale name from the environment or a
 *              variant of it, without a ".." component (LC_ALL=. gives
 *              /usr/lib/locale/./LC_CTYPE); /usr/share/locale/locale.alias;
 *              iconv's modules under /usr/lib/.../gconv/;
 *   libintl    the library's lookup: LOCALEDIR/NAME/LC_MESSAGES/wsmsg.mo
 *              (or the build's po directory, were it bound), NAME a
 *              well-formed tag that starts with a letter;
 *   sanitizer  /proc/self/..., in sanitizer builds only, and the
 *              ThreadSanitizer's own /tmp/tsan.rodata.PID (where it is
 *              traced, it maps its read-only data through that file);
 *   coverage   in a -Db_coverage build only, the .gcda files of the build
 *              directory, where gcov writes its counts at exit.
 *
 * Hostile text (a variable's value or LANGUAGE entry that is not such a
 * NAME) may appear only in glibc's setlocale paths: glibc refuses names
 * with "/../", a leading "../", a trailing "/..", "..", a '/' that does
 * not start the name, or more than 255 bytes, but it takes a name that
 * starts with '/' and opens /usr/lib/locale//tmp/x/LC_IDENTIFICATION for
 * LC_ALL=/tmp/x.  That is still under /usr/lib/locale/, and outside the
 * library's control; the test counts those opens.  Nothing the library
 * or libintl opens carries hostile text.
 *
 * Environment (set by meson): WSMSG_TEST_CLI, WSMSG_TEST_PODIR.
 */
#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "hostile-cases.h"
#include "testing.h"

#ifndef WSMSG_TEST_LIBRARY
#error "WSMSG_TEST_LIBRARY must name the built library"
#endif

/* Sanitizer runtimes read /proc/self/ (the ThreadSanitizer's too). */
#if TESTING_ASAN || TESTING_UBSAN || TESTING_TSAN
#define SANITIZED 1
#endif
#if TESTING_TSAN
#define TSAN 1
#endif

#define SYSCALLS "trace=/^(creat|open|openat|openat2)$"
#define TAG_MAX 64 /* the longest well-formed tag, as wsmsg.h says */

/* CATALOG: a catalog file, opened by libintl or by the library's own
 * reader; CATALOG_DIR: the directory of the catalogs itself, which the
 * library lists to find the installed ones. */
enum kind { LOADER, SETLOCALE, LIBINTL, CATALOG_DIR, SANITIZER, COVERAGE, NKINDS };
static const char *const kind_names[NKINDS] = {
	"loader", "setlocale", "catalog", "catalog directory", "sanitizer", "coverage",
};

static char strace_path[4096];
static char libdir[4096];

struct counts {
	size_t runs, lines, kind[NKINDS], hostile_in_setlocale;
};

/* ---- Paths ---------------------------------------------------------- */

/* The lexical normal form of an absolute path: no "", "." or ".."
 * components.  Returns false when the path is not absolute or too long. */
static bool normalize(const char *path, char *out, size_t size)
{
	size_t len = 0;

	if (path[0] != '/' || strlen(path) >= size)
		return false;
	out[0] = '\0';
	for (const char *p = path; *p;) {
		while (*p == '/')
			p++;
		const char *end = strchr(p, '/');
		size_t n = end ? (size_t)(end - p) : strlen(p);
		if (n == 0 || (n == 1 && p[0] == '.')) {
			/* nothing */
		} else if (n == 2 && p[0] == '.' && p[1] == '.') {
			while (len > 0 && out[len - 1] != '/')
				len--;
			if (len > 0)
				len--;
			out[len] = '\0';
		} else {
			out[len++] = '/';
			memcpy(out + len, p, n);
			len += n;
			out[len] = '\0';
		}
		p += n;
	}
	if (len == 0)
		strcpy(out, "/");
	return true;
}

/* Does the path have the component `name` ("." or "..")? */
static bool has_component(const char *path, const char *name)
{
	size_t len = strlen(name);

	for (const char *p = path; *p;) {
		while (*p == '/')
			p++;
		size_t n = strcspn(p, "/");
		if (n == len && strncmp(p, name, n) == 0)
			return true;
		p += n;
	}
	return false;
}

static bool has_dot_component(const char *path)
{
	return has_component(path, ".") || has_component(path, "..");
}

/* Is `path` under directory `dir` (both normal forms)? */
static bool under(const char *path, const char *dir)
{
	size_t n = strlen(dir);
	return strncmp(path, dir, n) == 0 && path[n] == '/';
}

/* gcov's count files, in a coverage build: WSMSG_TEST_BUILD_ROOT/...gcda. */
static bool is_coverage_file(const char *norm)
{
#ifdef WSMSG_TEST_COVERAGE
	size_t n = strlen(norm);
	return under(norm, WSMSG_TEST_BUILD_ROOT) && n > 5 &&
	       strcmp(norm + n - 5, ".gcda") == 0;
#else
	(void)norm;
	return false;
#endif
}

#ifdef TSAN
/* The ThreadSanitizer's file: "/tmp/tsan.rodata." and digits. */
static bool is_tsan_file(const char *path)
{
	const char *p = path + strlen("/tmp/tsan.rodata.");

	if (strncmp(path, "/tmp/tsan.rodata.", strlen("/tmp/tsan.rodata.")) != 0 || *p == '\0')
		return false;
	return strspn(p, "0123456789") == strlen(p);
}
#endif

static const char *basename_of(const char *path)
{
	const char *slash = strrchr(path, '/');
	return slash ? slash + 1 : path;
}

static bool is_shared_library(const char *path)
{
	const char *base = basename_of(path);
	return strncmp(base, "lib", 3) == 0 && strstr(base, ".so") != NULL;
}

/* A NAME libintl may be given: a well-formed tag that starts with a
 * letter (the library's rule, src/caller.c). */
static bool safe_name(const char *s, size_t n)
{
	char tag[TAG_MAX + 1];
	const char *text;

	if (n == 0 || n > TAG_MAX ||
	    !((s[0] >= 'A' && s[0] <= 'Z') || (s[0] >= 'a' && s[0] <= 'z')))
		return false;
	memcpy(tag, s, n);
	tag[n] = '\0';
	return wsmsg_describe_lang(WS_E_OTHER, tag, &text) != E_INVALIDARG;
}

/* DIR/NAME/LC_MESSAGES/wsmsg.mo, with NAME safe, for DIR the localedir
 * or the build's po directory. */
static bool is_catalog_open(const char *raw)
{
	const char *dirs[] = { WSMSG_TEST_LOCALEDIR, getenv("WSMSG_TEST_PODIR") };
	static const char tail[] = "/LC_MESSAGES/" WSMSG_DOMAIN ".mo";

	for (size_t i = 0; i < sizeof dirs / sizeof dirs[0]; i++) {
		size_t d = strlen(dirs[i]), len = strlen(raw);
		if (strncmp(raw, dirs[i], d) != 0 || raw[d] != '/' ||
		    len < d + 1 + sizeof tail - 1 ||
		    strcmp(raw + len - (sizeof tail - 1), tail) != 0)
			continue;
		const char *name = raw + d + 1;
		size_t n = len - (sizeof tail - 1) - d - 1;
		if (memchr(name, '/', n) == NULL && safe_name(name, n))
			return true;
	}
	return false;
}

/* The catalogs' directory itself, exactly as bound. */
static bool is_catalog_dir_open(const char *raw)
{
	const char *podir = getenv("WSMSG_TEST_PODIR");
	return strcmp(raw, WSMSG_TEST_LOCALEDIR) == 0 ||
	       (podir != NULL && strcmp(raw, podir) == 0);
}

/* /usr/lib/locale/NAME/LC_<CATEGORY>[/SYS_LC_MESSAGES] or the archive. */
static bool is_setlocale_open(const char *raw, const char *norm)
{
	if (strcmp(norm, "/usr/lib/locale/locale-archive") == 0 ||
	    strcmp(norm, "/usr/share/locale/locale.alias") == 0)
		return true;
	if ((under(norm, "/usr/lib") || under(norm, "/lib")) &&
	    strstr(norm, "/gconv/") != NULL && !has_dot_component(raw))
		return true;
	/* LC_ALL=. gives /usr/lib/locale/./LC_CTYPE; ".." never. */
	if (!under(norm, "/usr/lib/locale") || strncmp(raw, "/usr/lib/locale/", 16) != 0 ||
	    has_component(raw, ".."))
		return false;
	const char *base = basename_of(norm);
	if (strcmp(base, "SYS_LC_MESSAGES") == 0)
		return strstr(norm, "/LC_MESSAGES/SYS_LC_MESSAGES") != NULL;
	if (strncmp(base, "LC_", 3) != 0 || base[3] == '\0')
		return false;
	for (const char *c = base + 3; *c; c++)
		if (*c < 'A' || *c > 'Z')
			return false;
	return true;
}

static bool is_loader_open(const char *raw, const char *norm)
{
	if (strcmp(norm, "/etc/ld.so.cache") == 0)
		return !has_dot_component(raw);
	if (!is_shared_library(norm))
		return false;
	if (under(norm, libdir))
		return true; /* the RPATH, $ORIGIN/../src */
	return (under(norm, "/lib") || under(norm, "/usr/lib")) &&
	       !under(norm, "/usr/lib/locale") && !has_dot_component(raw);
}

/* ---- Hostile text --------------------------------------------------- */

/* Does `raw` hold a value or entry of `e` that is not a safe NAME? */
static const char *hostile_text_in(const struct hostile_env *e, const char *raw)
{
	for (size_t k = 0; k < HOSTILE_NVARS; k++) {
		const char *v = e->var[k];
		if (v == NULL)
			continue;
		size_t len = strlen(v);
		if (len > 1 && !safe_name(v, len) && strstr(raw, v) != NULL)
			return v;
		for (const char *p = v; *p;) {
			size_t n = strcspn(p, ":");
			/* One byte matches anywhere; "." and ".." are seen as
			 * components (has_dot_component). */
			if (n > 1 && !safe_name(p, n) && n < 4096) {
				char entry[4096];
				memcpy(entry, p, n);
				entry[n] = '\0';
				if (strstr(raw, entry) != NULL)
					return v;
			}
			p += n;
			if (*p == ':')
				p++;
		}
	}
	return NULL;
}

/* ---- strace's output ------------------------------------------------ */

static int hex_value(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1;
}

/*
 * One line of `strace -f -qq -xx -o FILE`:
 *   PID  openat(AT_FDCWD, "\x2f\x65...", O_RDONLY|O_CLOEXEC) = 3
 *   PID  open("\x2f...", O_RDONLY <unfinished ...>
 *   PID  <... openat resumed>) = -1 ENOENT (No such file or directory)
 *   PID  --- SIGCHLD {...} ---        PID  +++ exited with 0 +++
 * Returns 1 and the decoded path for an open, 0 for a line without one,
 * -1 for a line it cannot read (truncated string, relative path with a
 * directory descriptor, anything unknown).
 */
static int parse_line(const char *line, char *path, size_t size, char *why,
                      size_t why_size)
{
	const char *p = line;

	while (*p >= '0' && *p <= '9')
		p++;
	while (*p == ' ')
		p++;
	if (strncmp(p, "<... ", 5) == 0 || strncmp(p, "+++ ", 4) == 0 ||
	    strncmp(p, "--- ", 4) == 0 || *p == '\0' || *p == '\n')
		return 0;
	bool at = false;
	if (strncmp(p, "openat2(", 8) == 0) {
		p += 8;
		at = true;
	} else if (strncmp(p, "openat(", 7) == 0) {
		p += 7;
		at = true;
	} else if (strncmp(p, "open(", 5) == 0) {
		p += 5;
	} else if (strncmp(p, "creat(", 6) == 0) {
		p += 6;
	} else {
		snprintf(why, why_size, "not an open");
		return -1;
	}
	bool cwd = true;
	if (at) {
		cwd = strncmp(p, "AT_FDCWD, ", 10) == 0;
		const char *comma = strstr(p, ", \"");
		if (comma == NULL) {
			snprintf(why, why_size, "no path argument");
			return -1;
		}
		p = comma + 2;
	}
	if (*p++ != '"') {
		snprintf(why, why_size, "no path string");
		return -1;
	}
	size_t n = 0;
	while (p[0] == '\\' && p[1] == 'x') {
		int hi = hex_value(p[2]), lo = hi < 0 ? -1 : hex_value(p[3]);
		if (lo < 0 || n + 1 >= size) {
			snprintf(why, why_size, "bad escape or path too long");
			return -1;
		}
		path[n++] = (char)(hi << 4 | lo);
		p += 4;
	}
	path[n] = '\0';
	if (*p != '"' || strncmp(p + 1, "...", 3) == 0) {
		snprintf(why, why_size, "string not closed, or cut short");
		return -1;
	}
	if (path[0] != '/' && !cwd) {
		snprintf(why, why_size, "relative to a directory descriptor");
		return -1;
	}
	if (n == 0) {
		snprintf(why, why_size, "empty path");
		return -1;
	}
	return 1;
}

/* ---- Running strace ------------------------------------------------- */

static bool find_strace(void)
{
	const char *path = getenv("PATH");

	if (path == NULL || *path == '\0')
		path = "/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin";
	while (*path) {
		size_t n = strcspn(path, ":");
		snprintf(strace_path, sizeof strace_path, "%.*s/strace", (int)n, path);
		if (n > 0 && access(strace_path, X_OK) == 0)
			return true;
		path += n;
		if (*path == ':')
			path++;
	}
	return false;
}

/* Runs `strace ... -o trace -- CLI arg` in `envp`; returns the wait
 * status, and strace's standard error in err; -1 if it cannot run. */
static int run_traced(char *const *envp, const char *trace, const char *arg,
                      char *err, size_t err_size)
{
	char *argv[] = {
		"strace", "-f", "-qq", "-xx", "-s", "65535", "-e", SYSCALLS,
		"-o", (char *)trace, "--", getenv("WSMSG_TEST_CLI"), (char *)arg, NULL,
	};
	FILE *errf = tmpfile();
	int devnull = open("/dev/null", O_WRONLY);
	int rc = errno;

	if (errf != NULL && devnull >= 0) {
		posix_spawn_file_actions_t fa;
		pid_t pid;
		posix_spawn_file_actions_init(&fa);
		posix_spawn_file_actions_adddup2(&fa, devnull, 1);
		posix_spawn_file_actions_adddup2(&fa, fileno(errf), 2);
		rc = posix_spawn(&pid, strace_path, &fa, NULL, argv, envp);
		posix_spawn_file_actions_destroy(&fa);
		int ws;
		if (rc == 0 && waitpid(pid, &ws, 0) == pid) {
			rewind(errf);
			size_t n = fread(err, 1, err_size - 1, errf);
			err[n] = '\0';
			fclose(errf);
			close(devnull);
			return ws;
		}
		if (rc == 0)
			rc = errno;
	}
	snprintf(err, err_size, "cannot run strace: %s", strerror(rc));
	if (errf != NULL)
		fclose(errf);
	if (devnull >= 0)
		close(devnull);
	return -1;
}

/* The environment for a traced run: LeakSanitizer cannot run under
 * ptrace, so sanitizer builds turn it off there. */
static char *const *traced_envp(const struct hostile_env *e)
{
	static char *envp[HOSTILE_NVARS + 4];
	static char asan[512];
	char *const *base = hostile_envp(e);
	size_t n = 0;

	for (size_t i = 0; base[i] != NULL; i++)
		if (strncmp(base[i], "ASAN_OPTIONS=", 13) != 0)
			envp[n++] = base[i];
#ifdef SANITIZED
	const char *opts = getenv("ASAN_OPTIONS");
	snprintf(asan, sizeof asan, "ASAN_OPTIONS=%s%sdetect_leaks=0",
	         opts ? opts : "", opts ? ":" : "");
	envp[n++] = asan;
#else
	(void)asan;
#endif
	envp[n] = NULL;
	return envp;
}

/* Checks one traced run's output; adds to `c`. */
static void check_trace(const struct hostile_env *e, const char *trace,
                        struct counts *c)
{
	FILE *f = fopen(trace, "r");
	static char line[1 << 20];
	char path[65536], norm[65536], why[64];
	size_t lineno = 0, opens = 0;

	ck_assert_ptr_nonnull(f);
	while (fgets(line, sizeof line, f) != NULL) {
		lineno++;
		size_t len = strlen(line);
		ck_assert_msg(len > 0 && line[len - 1] == '\n',
		              "%s: line %zu of the trace is cut short", e->what, lineno);
		int r = parse_line(line, path, sizeof path, why, sizeof why);
		ck_assert_msg(r >= 0, "%s: trace line %zu (%s): %.200s", e->what,
		              lineno, why, line);
		if (r == 0)
			continue;
		opens++;
		char shown[512];
		hostile_describe(shown, sizeof shown, "path", path);
		ck_assert_msg(normalize(path, norm, sizeof norm),
		              "%s: a relative open: %s", e->what, shown);

		enum kind k;
		if (is_loader_open(path, norm))
			k = LOADER;
		else if (is_setlocale_open(path, norm))
			k = SETLOCALE;
		else if (is_catalog_open(path))
			k = LIBINTL;
		else if (is_catalog_dir_open(path))
			k = CATALOG_DIR;
#ifdef SANITIZED
		else if (under(norm, "/proc/self") && !has_dot_component(path))
			k = SANITIZER;
#endif
#ifdef TSAN
		else if (is_tsan_file(path))
			k = SANITIZER;
#endif
		else if (is_coverage_file(norm) && !has_component(path, ".."))
			k = COVERAGE;
		else
			ck_abort_msg("%s: opened a file it may not: %s", e->what, shown);
		c->kind[k]++;

		/* The RPATH aside, no ".." at all, and no "." but from
		 * setlocale; hostile text only where setlocale put it. */
		if (k != LOADER || !under(norm, libdir))
			ck_assert_msg(!has_component(path, ".."), "%s: %s", e->what, shown);
		if (k != SETLOCALE && !(k == LOADER && under(norm, libdir)))
			ck_assert_msg(!has_component(path, "."), "%s: %s", e->what, shown);
		const char *h = hostile_text_in(e, k == LOADER && under(norm, libdir) ? norm : path);
		if (h != NULL) {
			ck_assert_msg(k == SETLOCALE, "%s: hostile text in a %s open: %s",
			              e->what, kind_names[k], shown);
			c->hostile_in_setlocale++;
		}
	}
	fclose(f);
	ck_assert_msg(opens > 0, "%s: the trace shows no open at all", e->what);
	c->lines += opens;
}

START_TEST(the_command_opens_only_what_it_may)
{
	const struct hostile_env *envs = hostile_envs();
	struct counts c = { 0 };
	char trace[] = "/tmp/wsmsg-opens-XXXXXX";
	int fd = mkstemp(trace);

	ck_assert_int_ge(fd, 0);
	close(fd);
	for (size_t i = 0; i < HOSTILE_NENVS; i++) {
		const struct hostile_env *e = &envs[i];
		char err[4096];

		int ws = run_traced(traced_envp(e), trace, "WS_E_OTHER", err, sizeof err);
		ck_assert_msg(ws != -1, "%s", err);
		ck_assert_msg(WIFEXITED(ws), "%s: strace or wsmsg died: %s", e->what, err);
		ck_assert_msg(WEXITSTATUS(ws) == hostile_expect(e)->cli_exit,
		              "%s: exit %d, expected %d: %s", e->what, WEXITSTATUS(ws),
		              hostile_expect(e)->cli_exit, err);
		check_trace(e, trace, &c);
		c.runs++;
	}
	unlink(trace);

	printf("opens: %zu open/openat lines from %zu traced runs of wsmsg checked:"
	       " loader %zu, setlocale %zu (%zu carry hostile text, under"
	       " /usr/lib/locale/), catalogs %zu, catalog directory %zu, sanitizer %zu\n",
	       c.lines, c.runs,
	       c.kind[LOADER], c.kind[SETLOCALE], c.hostile_in_setlocale,
	       c.kind[LIBINTL], c.kind[CATALOG_DIR], c.kind[SANITIZER]);
	printf("allowed: /etc/ld.so.cache; lib*.so* under /lib/, /usr/lib/, %s/;"
	       " /usr/lib/locale/locale-archive, /usr/lib/locale/NAME/LC_*;"
	       " /usr/share/locale/locale.alias; /usr/lib/.../gconv/;"
	       " %s/NAME/LC_MESSAGES/wsmsg.mo and %s/NAME/LC_MESSAGES/wsmsg.mo"
	       " (NAME a well-formed tag)%s\n", libdir, WSMSG_TEST_LOCALEDIR,
	       getenv("WSMSG_TEST_PODIR"),
#ifdef SANITIZED
	       "; /proc/self/ (sanitizer runtime)"
#else
	       ""
#endif
	);
	fflush(stdout);
}
END_TEST

/* The checker itself, on lines whose answers are known. */
START_TEST(the_checker_reads_strace_lines)
{
	char path[256], norm[256], why[64];

	ck_assert_int_eq(parse_line("123 openat(AT_FDCWD, \"\\x2f\\x65\\x74\\x63\", O_RDONLY) = 3\n",
	                            path, sizeof path, why, sizeof why), 1);
	ck_assert_str_eq(path, "/etc");
	ck_assert_int_eq(parse_line("open(\"\\x2f\\x78\", O_RDONLY <unfinished ...>\n",
	                            path, sizeof path, why, sizeof why), 1);
	ck_assert_str_eq(path, "/x");
	ck_assert_int_eq(parse_line("123 <... openat resumed>) = 3\n",
	                            path, sizeof path, why, sizeof why), 0);
	ck_assert_int_eq(parse_line("123 +++ exited with 0 +++\n",
	                            path, sizeof path, why, sizeof why), 0);
	ck_assert_int_eq(parse_line("123 openat(AT_FDCWD, \"\\x2f\\x78\"..., 0) = 3\n",
	                            path, sizeof path, why, sizeof why), -1);
	ck_assert_int_eq(parse_line("123 openat(3, \"\\x78\", 0) = 4\n",
	                            path, sizeof path, why, sizeof why), -1);
	ck_assert_int_eq(parse_line("123 read(3, \"\", 0) = 0\n",
	                            path, sizeof path, why, sizeof why), -1);

	ck_assert(normalize("/a/b/../../../c/./d//e", norm, sizeof norm));
	ck_assert_str_eq(norm, "/c/d/e");
	ck_assert(!normalize("a/b", norm, sizeof norm));
	ck_assert(has_dot_component("/a/../b"));
	ck_assert(has_dot_component("/a/./b"));
	ck_assert(!has_dot_component("/a/..b/.c"));

	ck_assert(is_setlocale_open("/usr/lib/locale//tmp/x/LC_CTYPE",
	                            "/usr/lib/locale/tmp/x/LC_CTYPE"));
	ck_assert(!is_setlocale_open("/usr/lib/locale/../../../etc/LC_CTYPE",
	                             "/etc/LC_CTYPE"));
	ck_assert(!is_setlocale_open("/usr/lib/locale/x/passwd", "/usr/lib/locale/x/passwd"));
	ck_assert(is_catalog_open(WSMSG_TEST_LOCALEDIR "/fr/LC_MESSAGES/wsmsg.mo"));
	ck_assert(!is_catalog_open(WSMSG_TEST_LOCALEDIR "/../x/LC_MESSAGES/wsmsg.mo"));
	ck_assert(!is_catalog_open(WSMSG_TEST_LOCALEDIR "/../LC_MESSAGES/wsmsg.mo"));
	ck_assert(!is_catalog_open(WSMSG_TEST_LOCALEDIR "//tmp/x/LC_MESSAGES/wsmsg.mo"));
	ck_assert(!is_catalog_open(WSMSG_TEST_LOCALEDIR "/fr\n/LC_MESSAGES/wsmsg.mo"));
}
END_TEST

/* 0 when strace runs and may trace; else prints why and returns 77. */
static int strace_usable(void)
{
	if (!find_strace()) {
		printf("SKIP: strace is not installed (Debian package strace)\n");
		return 77;
	}
	const struct hostile_env plain = { .var = { NULL, "C", NULL, NULL }, .var_index = -1 };
	char trace[] = "/tmp/wsmsg-opens-XXXXXX", err[4096];
	int fd = mkstemp(trace);
	if (fd < 0) {
		perror("mkstemp");
		return 1;
	}
	close(fd);
	int ws = run_traced(traced_envp(&plain), trace, "--version", err, sizeof err);
	unlink(trace);
	if (ws != -1 && WIFEXITED(ws) && WEXITSTATUS(ws) == 0)
		return 0;
	/* strace: ptrace(PTRACE_TRACEME, ...): Operation not permitted */
	if (strstr(err, "strace: ") != NULL &&
	    strstr(err, "Operation not permitted") != NULL) {
		printf("SKIP: ptrace is not permitted here: %s\n", err);
		return 77;
	}
	printf("strace fails: %s\n", err);
	return 1;
}

int main(void)
{
	if (getenv("WSMSG_TEST_CLI") == NULL || getenv("WSMSG_TEST_PODIR") == NULL) {
		printf("SKIP: run by meson test (WSMSG_TEST_CLI, WSMSG_TEST_PODIR)\n");
		return 77;
	}
	char lib[4096];
	snprintf(lib, sizeof lib, "%s", WSMSG_TEST_LIBRARY);
	*strrchr(lib, '/') = '\0';
	if (!normalize(lib, libdir, sizeof libdir))
		return 1;
	int usable = strace_usable();
	if (usable != 0)
		return usable;

	Suite *s = suite_create("opens");
	TCase *tc = tcase_create("strace");
	tcase_set_timeout(tc, 600);
	tcase_add_test(tc, the_checker_reads_strace_lines);
	tcase_add_test(tc, the_command_opens_only_what_it_may);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
