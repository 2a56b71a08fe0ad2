/*
 * Once the catalogs a lookup needs are loaded, lookups allocate nothing.
 * The test binary interposes malloc, calloc and realloc (glibc routes its
 * own calls, and libintl's, through them) and counts the calls made
 * during 100 000 lookups on each path, 100 000 negotiations and 100 000
 * tags of language IDs, after one warm-up lookup.
 *
 * Sanitizer builds and valgrind replace the allocator themselves: there
 * the test is skipped (exit 77).
 */
#include <libintl.h>
#include <locale.h>
#include <stdio.h>

#include "testing.h"

/* ASan and TSan replace the allocator this test interposes. */
#if TESTING_ASAN || TESTING_TSAN
#define SANITIZED 1
#endif

#ifdef SANITIZED
int main(void)
{
	printf("SKIP: a sanitizer replaces the allocator in this build\n");
	return 77;
}
#else
extern void *__libc_malloc(size_t);
extern void *__libc_calloc(size_t, size_t);
extern void *__libc_realloc(void *, size_t);

static volatile unsigned long allocations;

void *malloc(size_t n)
{
	allocations++;
	return __libc_malloc(n);
}

void *calloc(size_t n, size_t size)
{
	allocations++;
	return __libc_calloc(n, size);
}

void *realloc(void *p, size_t n)
{
	allocations++;
	return __libc_realloc(p, n);
}

#define LOOKUPS 100000

typedef void lookup_fn(size_t i);

static void explicit_tags(size_t i)
{
	static const char *const tags[] = { "fr-FR", "zh_TW.UTF-8", "en", "qaa", "zh-HK" };
	const char *text;
	wsmsg_describe_lang(wsmsg_code_at(i % wsmsg_count()), tags[i % 5], &text);
}

static void caller(size_t i)
{
	const char *text;
	wsmsg_describe(wsmsg_code_at(i % wsmsg_count()), &text);
}

static void format(size_t i)
{
	char buf[128];
	wsmsg_format(i % 7 ? wsmsg_code_at(i % wsmsg_count()) : 0x1234, "zh-TW", buf, sizeof buf);
}

static void by_name(size_t i)
{
	int32_t code;
	wsmsg_from_name(wsmsg_name(wsmsg_code_at(i % wsmsg_count())), &code);
}

static void negotiate(size_t i)
{
	static const char *const values[] = {
		"fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5", "qaa:fr_CA:zh_TW",
		"zh-HK", "*;q=0", "fr;q=0, *", "fr;q=2, ,, sr, sr-Latn;q=0.5",
	};
	const char *tag;
	wsmsg_negotiate(values[i % 6], &tag);
}

static void langid(size_t i)
{
	static const uint32_t ids[] = { 0x040C, 0x00020804, 0x0400, 0x00100409, 0x0C04 };
	wsmsg_langid_tag(ids[i % 5]);
}

static unsigned long count(lookup_fn *fn)
{
	for (size_t i = 0; i < wsmsg_count(); i++)
		fn(i); /* warm: loads what the path needs */
	unsigned long before = allocations;
	for (size_t i = 0; i < LOOKUPS; i++)
		fn(i);
	return allocations - before;
}

START_TEST(explicit_languages_allocate_nothing)
{
	ck_assert_uint_eq(count(explicit_tags), 0);
	ck_assert_uint_eq(count(format), 0);
	ck_assert_uint_eq(count(by_name), 0);
}
END_TEST

START_TEST(negotiating_allocates_nothing)
{
	ck_assert_uint_eq(count(negotiate), 0);
}
END_TEST

START_TEST(language_ids_allocate_nothing)
{
	ck_assert_uint_eq(count(langid), 0);
}
END_TEST

START_TEST(the_caller_path_allocates_nothing_once_warm)
{
	/* The longest LANGUAGE whose misses are remembered: 127 bytes. */
	static const char longest[] = "qaa:qaa:qaa:qaa:qaa:qaa:qaa:qaa:qaa:qaa:qaa:qaa:qaa:qaa:"
	                              "qaa:qaa:qaa:qaa:qaa:qaa:qaa:qaa:qaa:qaa:qaa:qaa:qaa:qaa:"
	                              "qaa:qaa:qaa:qaa";
	static const char *const languages[] = { "fr_FR", "zh_TW", "fr_BE", "qaa", "en", longest };

	ck_assert_uint_eq(strlen(longest), 127);

	ck_assert_ptr_nonnull(setlocale(LC_ALL, "C.UTF-8"));
	/* _i = 0: libintl answers from the built catalogs; 1: nothing is
	 * installed and the compiled-in catalogs answer. */
	bindtextdomain(WSMSG_DOMAIN, _i == 0 ? getenv("WSMSG_TEST_PODIR") : "/nonexistent");
	for (size_t l = 0; l < sizeof languages / sizeof languages[0]; l++) {
		setenv("LANGUAGE", languages[l], 1);
		ck_assert_msg(count(caller) == 0, "LANGUAGE=%s allocates", languages[l]);
	}
}
END_TEST

int main(void)
{
	if (under_valgrind()) {
		/* valgrind redirects malloc, even this program's own: nothing
		 * would be counted, and every count would pass. */
		printf("SKIP: valgrind replaces malloc, so nothing would be counted\n");
		return 77;
	}
	Suite *s = suite_create("allocations");
	TCase *tc = tcase_create("warm");

	tcase_add_test(tc, explicit_languages_allocate_nothing);
	tcase_add_test(tc, negotiating_allocates_nothing);
	tcase_add_test(tc, language_ids_allocate_nothing);
	tcase_add_loop_test(tc, the_caller_path_allocates_nothing_once_warm, 0, 2);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
#endif
