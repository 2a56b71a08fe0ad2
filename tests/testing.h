/* Helpers shared by the unit tests. */
#ifndef WSMSG_TESTING_H
#define WSMSG_TESTING_H

#include <check.h>
#include <spawn.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

#include "wsmsg.h"

/*
 * Tests that need a language without a catalog use the codes that ISO
 * 639-2 reserves for local use (qaa to qtz) and the regions that ISO
 * 3166 reserves (QM to QZ): adding a catalog for a real language leaves
 * those tests true.
 */

/* Asserts that an HRESULT-returning expression gives `expected`. */
#define ck_assert_hr(expr, expected) do { \
	int32_t got_ = (expr), want_ = (expected); \
	ck_assert_msg(got_ == want_, "%s: got 0x%08X, expected 0x%08X", \
	              #expr, (unsigned)got_, (unsigned)want_); \
} while (0)

/* Is s well-formed UTF-8 (no truncated or overlong sequences)? */
static inline bool utf8_valid(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;

	while (*p) {
		int n = *p < 0x80 ? 0 : (*p & 0xE0) == 0xC0 ? 1 :
		        (*p & 0xF0) == 0xE0 ? 2 : (*p & 0xF8) == 0xF0 ? 3 : -1;
		if (n < 0 || (n == 1 && *p < 0xC2))
			return false;
		p++;
		for (int i = 0; i < n; i++, p++)
			if ((*p & 0xC0) != 0x80)
				return false;
	}
	return true;
}

/* The English text of a code (the C locale). */
static inline const char *english(int32_t code)
{
	const char *text = NULL;
	ck_assert_hr(wsmsg_describe_lang(code, "C", &text), S_OK);
	return text;
}

/*
 * Is the test running under valgrind?  RUNNING_ON_VALGRIND where the
 * valgrind headers are installed; the valgrind stage of tests/run-all
 * also sets WSMSG_TEST_VALGRIND.
 */
#if defined(__has_include)
#if __has_include(<valgrind/valgrind.h>)
#include <valgrind/valgrind.h>
#endif
#endif

static inline bool under_valgrind(void)
{
#ifdef RUNNING_ON_VALGRIND
	if (RUNNING_ON_VALGRIND)
		return true;
#endif
	return getenv("WSMSG_TEST_VALGRIND") != NULL;
}

/*
 * Which sanitizers the test is built with, under gcc (__SANITIZE_*__) or
 * clang (__has_feature): each TESTING_* is 1 or 0.
 */
#if !defined(__has_feature)
#define __has_feature(x) 0
#endif
#if defined(__SANITIZE_ADDRESS__) || __has_feature(address_sanitizer)
#define TESTING_ASAN 1
#else
#define TESTING_ASAN 0
#endif
#if defined(__SANITIZE_THREAD__) || __has_feature(thread_sanitizer)
#define TESTING_TSAN 1
#else
#define TESTING_TSAN 0
#endif
#if defined(__SANITIZE_UNDEFINED__) || __has_feature(undefined_behavior_sanitizer)
#define TESTING_UBSAN 1
#else
#define TESTING_UBSAN 0
#endif

/* Reads what a test wrote to the temporary file f into buf, NUL-terminated;
 * closes f. */
static inline void slurp(FILE *f, char *buf, size_t size)
{
	rewind(f);
	size_t n = fread(buf, 1, size - 1, f);
	buf[n] = '\0';
	fclose(f);
}

/* Copies the file `from` to `to`. */
static inline void copy_file(const char *from, const char *to)
{
	FILE *in = fopen(from, "rb"), *out = fopen(to, "wb");
	char buf[4096];
	size_t n;

	ck_assert_msg(in != NULL && out != NULL, "copying %s to %s", from, to);
	while ((n = fread(buf, 1, sizeof buf, in)) > 0)
		ck_assert_uint_eq(fwrite(buf, 1, n, out), n);
	fclose(in);
	ck_assert_int_eq(fclose(out), 0);
}

/* What a program run by run_program() did. */
struct program_result {
	int status;
	char out[65536];
	char err[4096];
};

/* Runs `path` with `argv` and `envp`, waits for it, and keeps its exit
 * status, standard output and standard error in *r.  A program that
 * cannot start or dies by a signal fails the test. */
static inline void run_program(const char *path, char *const *argv,
                               char *const *envp, struct program_result *r)
{
	FILE *out = tmpfile(), *err = tmpfile();
	ck_assert(out && err);
	posix_spawn_file_actions_t fa;
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_adddup2(&fa, fileno(out), 1);
	posix_spawn_file_actions_adddup2(&fa, fileno(err), 2);
	pid_t pid;
	int rc = posix_spawn(&pid, path, &fa, NULL, argv, envp);
	posix_spawn_file_actions_destroy(&fa);
	ck_assert_msg(rc == 0, "%s: cannot start it: %s", path, strerror(rc));
	int ws;
	ck_assert_int_eq(waitpid(pid, &ws, 0), pid);
	ck_assert_msg(WIFEXITED(ws), "%s died with signal %d", path, WTERMSIG(ws));
	r->status = WEXITSTATUS(ws);
	slurp(out, r->out, sizeof r->out);
	slurp(err, r->err, sizeof r->err);
}

/* Runs a suite and turns its result into an exit status. */
static inline int run_suite(Suite *s)
{
	SRunner *sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}

#endif
