/*
 * Language packs: catalogs installed in the directory the text domain is
 * bound to answer on every lookup path, before the compiled-in ones; a
 * catalog that is not valid loses nothing and never reaches libintl.
 *
 * Each test binds the domain to a directory of its own, in a process of
 * its own (Check forks), and installs catalogs there:
 * WSMSG_TEST_ALT_MO (a French catalog whose WS_E_OTHER differs from
 * po/fr_FR.po), WSMSG_TEST_PACK_VI (a catalog for vi, which is not
 * compiled in, with only WS_E_OTHER), WSMSG_TEST_PACK_LATIN1 (the same,
 * declared ISO-8859-1) and WSMSG_TEST_PACK_FOREIGN (valid, with no key of
 * the library's).
 */
#include <fcntl.h>
#include <pthread.h>
#include <libintl.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "testing.h"

#define ALT_TEXT "Texte du catalogue de remplacement."
#define VI_TEXT "Pack text: WS_E_OTHER."

extern int _nl_msg_cat_cntr;

static char dir[] = "/tmp/wsmsg-packs-XXXXXX";

static void set_language(const char *value)
{
	setenv("LANGUAGE", value, 1);
	++_nl_msg_cat_cntr;
}

static void setup(void)
{
	unsetenv("LC_ALL");
	unsetenv("LC_MESSAGES");
	unsetenv("LANG");
	unsetenv("LANGUAGE");
	ck_assert_ptr_nonnull(setlocale(LC_ALL, "C.UTF-8"));
	ck_assert_ptr_nonnull(mkdtemp(dir));
	bindtextdomain(WSMSG_DOMAIN, dir);
}

static void teardown(void)
{
	char cmd[256];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	ck_assert_int_eq(system(cmd), 0);
}

/* dir/<name>/LC_MESSAGES/wsmsg.mo, its directories made; into path. */
static void catalog_path(const char *name, char *path, size_t size)
{
	snprintf(path, size, "%s/%s", dir, name);
	mkdir(path, 0755);
	snprintf(path, size, "%s/%s/LC_MESSAGES", dir, name);
	mkdir(path, 0755);
	snprintf(path, size, "%s/%s/LC_MESSAGES/" WSMSG_DOMAIN ".mo", dir, name);
}

static void install(const char *name, const char *env)
{
	char path[512];
	ck_assert_ptr_nonnull(getenv(env));
	catalog_path(name, path, sizeof path);
	copy_file(getenv(env), path);
}

/* The bytes of a fixture catalog, into buf; its size. */
static size_t read_fixture(const char *env, unsigned char *buf, size_t size)
{
	FILE *f = fopen(getenv(env), "rb");
	ck_assert_ptr_nonnull(f);
	size_t n = fread(buf, 1, size, f);
	ck_assert_int_eq(feof(f), 1);
	fclose(f);
	return n;
}

static void install_bytes(const char *name, const unsigned char *bytes, size_t n)
{
	char path[512];
	catalog_path(name, path, sizeof path);
	FILE *f = fopen(path, "wb");
	ck_assert_ptr_nonnull(f);
	ck_assert_uint_eq(fwrite(bytes, 1, n, f), n);
	ck_assert_int_eq(fclose(f), 0);
}

static const char *in(const char *tag, int32_t code, int32_t status)
{
	const char *text = NULL;
	ck_assert_hr(wsmsg_describe_lang(code, tag, &text), status);
	return text;
}

static const char *caller(int32_t code, int32_t status)
{
	const char *text = NULL;
	ck_assert_hr(wsmsg_describe(code, &text), status);
	return text;
}

/* The caller's text came from libintl, not the library's own copy? */
static bool from_libintl(const char *lang, const char *tag)
{
	set_language(lang);
	return caller(WS_E_OTHER, S_OK) != in(tag, WS_E_OTHER, S_OK);
}

/* The compiled-in French text: what fr-FR gives with nothing installed.
 * Kept from a first lookup made in an empty directory of its own. */
static char compiled_fr_other[1024], compiled_fr_quota[1024];

static void remember_compiled_french(void)
{
	char empty[] = "/tmp/wsmsg-packs-empty-XXXXXX";
	ck_assert_ptr_nonnull(mkdtemp(empty));
	bindtextdomain(WSMSG_DOMAIN, empty);
	snprintf(compiled_fr_other, sizeof compiled_fr_other, "%s",
	         in("fr-FR", WS_E_OTHER, S_OK));
	snprintf(compiled_fr_quota, sizeof compiled_fr_quota, "%s",
	         in("fr-FR", WS_E_QUOTA_EXCEEDED, S_OK));
	rmdir(empty);
	bindtextdomain(WSMSG_DOMAIN, dir);
	ck_assert_str_ne(compiled_fr_other, ALT_TEXT);
}

START_TEST(nothing_installed_is_todays_behaviour)
{
	remember_compiled_french();
	ck_assert_str_eq(in("fr-FR", WS_E_OTHER, S_OK), compiled_fr_other);
	ck_assert_str_eq(in("vi", WS_E_OTHER, WS_E_NO_TRANSLATION_AVAILABLE),
	                 english(WS_E_OTHER));
}
END_TEST

START_TEST(a_changed_french_text_reaches_every_path)
{
	remember_compiled_french();
	install("fr_FR", "WSMSG_TEST_ALT_MO");
	ck_assert_str_eq(in("fr-FR", WS_E_OTHER, S_OK), ALT_TEXT);
	ck_assert_str_eq(in("fr_FR.UTF-8", WS_E_OTHER, S_OK), ALT_TEXT);
	ck_assert_str_eq(in("fr-CH", WS_E_OTHER, S_OK), ALT_TEXT);
	/* What the installed catalog lacks, the compiled-in one gives. */
	ck_assert_str_eq(in("fr-FR", WS_E_QUOTA_EXCEEDED, S_OK), compiled_fr_quota);

	char line[2048];
	ck_assert_hr(wsmsg_format(WS_E_OTHER, "fr-FR", line, sizeof line), S_OK);
	ck_assert_ptr_nonnull(strstr(line, ALT_TEXT));

	set_language("fr_FR");
	ck_assert_str_eq(caller(WS_E_OTHER, S_OK), ALT_TEXT);
	ck_assert_str_eq(caller(WS_E_QUOTA_EXCEEDED, S_OK), compiled_fr_quota);
}
END_TEST

START_TEST(a_language_that_is_not_compiled_in_serves_every_path)
{
	install("vi", "WSMSG_TEST_PACK_VI");
	ck_assert_str_eq(in("vi", WS_E_OTHER, S_OK), VI_TEXT);
	ck_assert_str_eq(in("vi-VN", WS_E_OTHER, S_OK), VI_TEXT);
	ck_assert_str_eq(in("vi_VN.UTF-8", WS_E_OTHER, S_OK), VI_TEXT);
	/* A message it does not translate: English, and the status says so. */
	ck_assert_str_eq(in("vi", WS_E_QUOTA_EXCEEDED, WS_E_NO_TRANSLATION_AVAILABLE),
	                 english(WS_E_QUOTA_EXCEEDED));

	char line[2048];
	ck_assert_hr(wsmsg_format(WS_E_OTHER, "vi-VN", line, sizeof line), S_OK);
	ck_assert_ptr_nonnull(strstr(line, VI_TEXT));

	set_language("vi");
	ck_assert_str_eq(caller(WS_E_OTHER, S_OK), VI_TEXT);
}
END_TEST

static bool listed(const char *tag)
{
	for (const char *const *l = wsmsg_languages(); *l != NULL; l++)
		if (strcmp(*l, tag) == 0)
			return true;
	return false;
}

/* With nothing installed, the compiled-in catalogs; the number of them. */
static size_t compiled_in_languages(void)
{
	char empty[] = "/tmp/wsmsg-packs-empty-XXXXXX";
	size_t n = 0;

	ck_assert_ptr_nonnull(mkdtemp(empty));
	bindtextdomain(WSMSG_DOMAIN, empty);
	ck_assert(!listed("vi"));
	ck_assert_uint_eq(wsmsg_language_origin("vi"), 0);
	ck_assert_uint_eq(wsmsg_language_origin("fr-FR"), WSMSG_ORIGIN_COMPILED_IN);
	while (wsmsg_languages()[n] != NULL)
		n++;
	rmdir(empty);
	bindtextdomain(WSMSG_DOMAIN, dir);
	return n;
}

START_TEST(the_languages_and_their_origins)
{
	size_t compiled = compiled_in_languages();

	install("vi", "WSMSG_TEST_PACK_VI");
	install("fr_FR", "WSMSG_TEST_ALT_MO");
	ck_assert_str_eq(wsmsg_languages()[compiled], "vi");
	ck_assert_ptr_null(wsmsg_languages()[compiled + 1]);
	ck_assert_uint_eq(wsmsg_language_origin("vi-VN"), WSMSG_ORIGIN_INSTALLED);
	ck_assert_uint_eq(wsmsg_language_origin("fr-FR"),
	                  WSMSG_ORIGIN_INSTALLED | WSMSG_ORIGIN_COMPILED_IN);
	ck_assert_uint_eq(wsmsg_language_origin("de"), WSMSG_ORIGIN_COMPILED_IN);
	ck_assert_uint_eq(wsmsg_language_origin("C"), 0);
	ck_assert_uint_eq(wsmsg_language_origin(NULL), 0);
	ck_assert_uint_eq(wsmsg_language_origin("fr/../x"), 0);
	ck_assert_uint_eq(wsmsg_language_origin("qaa"), 0);
}
END_TEST

static const char *negotiated(const char *ranges, int32_t status)
{
	const char *tag = NULL;
	ck_assert_hr(wsmsg_negotiate(ranges, &tag), status);
	ck_assert(listed(tag));
	return tag;
}

/* wsmsg_negotiate() chooses among installed languages too, by the same
 * rules, and gives an element of wsmsg_languages(). */
START_TEST(negotiation_considers_installed_languages)
{
	size_t compiled = compiled_in_languages();
	char other[] = "/tmp/wsmsg-packs-other-XXXXXX";
	ck_assert_ptr_nonnull(mkdtemp(other));
	bindtextdomain(WSMSG_DOMAIN, other);
	ck_assert_str_eq(negotiated("vi", WS_E_NO_TRANSLATION_AVAILABLE), "en");
	bindtextdomain(WSMSG_DOMAIN, dir);
	install("vi", "WSMSG_TEST_PACK_VI");
	ck_assert_str_eq(negotiated("vi-VN", S_OK), "vi");
	ck_assert_ptr_eq(negotiated("vi-VN", S_OK), wsmsg_languages()[compiled]);
	ck_assert_str_eq(negotiated("vi-VN, fr;q=0.5", S_OK), "vi");
	ck_assert_str_eq(negotiated("de, vi;q=0.9", S_OK), "de");
	ck_assert_str_eq(negotiated("qaa, vi;q=0.2, fr;q=0.1", S_OK), "vi");
	ck_assert_str_eq(negotiated("qaa:vi_VN:fr", S_OK), "vi");
	ck_assert_str_eq(negotiated("*;q=0, vi", S_OK), "vi");
	ck_assert_str_eq(negotiated("vi;q=0, *", S_OK), wsmsg_languages()[0]);
	/* "*" stands for the first language no range names: vi comes last. */
	char every[4096] = "";
	for (size_t i = 0; i < compiled; i++) {
		strcat(every, wsmsg_languages()[i]);
		strcat(every, ";q=0,");
	}
	strcat(every, "*");
	ck_assert_str_eq(negotiated(every, S_OK), "vi");
	const char *text = NULL;
	ck_assert_hr(wsmsg_describe_lang(WS_E_OTHER, negotiated("vi-VN", S_OK), &text), S_OK);
	ck_assert_str_eq(text, VI_TEXT);
	rmdir(other);
}
END_TEST

/* Threads that make a directory's first lookups all at once. */
#define NTHREADS 8
static pthread_barrier_t together;

struct first_lookups {
	const char *vi, *fr, *tag, *caller;
	int32_t vi_status, fr_status, tag_status;
};

static void *first_lookups(void *arg)
{
	struct first_lookups *r = arg;
	pthread_barrier_wait(&together);
	r->vi_status = wsmsg_describe_lang(WS_E_OTHER, "vi-VN", &r->vi);
	r->fr_status = wsmsg_describe_lang(WS_E_OTHER, "fr-FR", &r->fr);
	r->tag_status = wsmsg_negotiate("vi, fr;q=0.5", &r->tag);
	wsmsg_describe(WS_E_OTHER, &r->caller);
	return NULL;
}

/* Many threads may make the first lookup of a directory at once: each
 * catalog is read once, and every thread gets the same texts. */
START_TEST(threads_share_the_first_reading)
{
	pthread_t t[NTHREADS];
	struct first_lookups r[NTHREADS];

	install("vi", "WSMSG_TEST_PACK_VI");
	install("fr_FR", "WSMSG_TEST_ALT_MO");
	setenv("LANGUAGE", "vi", 1);
	ck_assert_int_eq(pthread_barrier_init(&together, NULL, NTHREADS), 0);
	for (int i = 0; i < NTHREADS; i++)
		ck_assert_int_eq(pthread_create(&t[i], NULL, first_lookups, &r[i]), 0);
	for (int i = 0; i < NTHREADS; i++)
		ck_assert_int_eq(pthread_join(t[i], NULL), 0);
	pthread_barrier_destroy(&together);
	for (int i = 0; i < NTHREADS; i++) {
		ck_assert_hr(r[i].vi_status, S_OK);
		ck_assert_hr(r[i].fr_status, S_OK);
		ck_assert_hr(r[i].tag_status, S_OK);
		ck_assert_str_eq(r[i].vi, VI_TEXT);
		ck_assert_str_eq(r[i].fr, ALT_TEXT);
		ck_assert_str_eq(r[i].tag, "vi");
		ck_assert_str_eq(r[i].caller, VI_TEXT);
		/* One reading: the same copy of each text in every thread. */
		ck_assert_ptr_eq(r[i].vi, r[0].vi);
		ck_assert_ptr_eq(r[i].fr, r[0].fr);
		ck_assert_ptr_eq(r[i].tag, r[0].tag);
	}
}
END_TEST

/* A directory is listed once: a catalog installed after that is not
 * seen by this process, even after binding elsewhere and back. */
START_TEST(a_directory_is_listed_once)
{
	ck_assert_uint_eq(wsmsg_language_origin("vi"), 0);
	install("vi", "WSMSG_TEST_PACK_VI");
	ck_assert_uint_eq(wsmsg_language_origin("vi"), 0);
	char other[] = "/tmp/wsmsg-packs-other-XXXXXX";
	ck_assert_ptr_nonnull(mkdtemp(other));
	bindtextdomain(WSMSG_DOMAIN, other);
	ck_assert_uint_eq(wsmsg_language_origin("vi"), 0);
	bindtextdomain(WSMSG_DOMAIN, dir);
	ck_assert_uint_eq(wsmsg_language_origin("vi"), 0);
	rmdir(other);
}
END_TEST

START_TEST(a_rebinding_changes_what_answers_and_keeps_old_texts)
{
	install("vi", "WSMSG_TEST_PACK_VI");
	const char *old = in("vi", WS_E_OTHER, S_OK);
	ck_assert_str_eq(old, VI_TEXT);

	char other[] = "/tmp/wsmsg-packs-other-XXXXXX";
	ck_assert_ptr_nonnull(mkdtemp(other));
	bindtextdomain(WSMSG_DOMAIN, other);
	in("vi", WS_E_OTHER, WS_E_NO_TRANSLATION_AVAILABLE);
	ck_assert_str_eq(old, VI_TEXT);   /* still valid */
	bindtextdomain(WSMSG_DOMAIN, dir);
	ck_assert_ptr_eq(in("vi", WS_E_OTHER, S_OK), old);
	rmdir(other);
}
END_TEST

/* Ways a catalog file can be bad, made from the vi fixture. */
enum bad { EMPTY, TRUNCATED, MAGIC, OUT_OF_RANGE, LENGTH, DIRECTORY, FIFO,
           DEV_ZERO, HUGE_FILE, LATIN1, NBAD };
static const char *const bad_names[NBAD] = {
	"empty", "truncated", "bad magic", "offset out of range",
	"length past the end", "a directory", "a FIFO", "a link to /dev/zero",
	"larger than the limit", "another charset",
};

static uint32_t word_at(const unsigned char *b, size_t off)
{
	uint32_t w;
	memcpy(&w, b + off, 4);
	return w;
}

static void put_word(unsigned char *b, size_t off, uint32_t w)
{
	memcpy(b + off, &w, 4);
}

static void install_bad(const char *name, enum bad how)
{
	static unsigned char b[65536];
	size_t n = read_fixture("WSMSG_TEST_PACK_VI", b, sizeof b);
	uint32_t translations = word_at(b, 16);
	char path[512];

	switch (how) {
	case EMPTY: n = 0; break;
	case TRUNCATED: n /= 2; break;
	case MAGIC: b[0] ^= 0xff; break;
	case OUT_OF_RANGE: put_word(b, translations + 4, 0xffffff00u); break;
	case LENGTH: put_word(b, translations, (uint32_t)n); break;
	case LATIN1: n = read_fixture("WSMSG_TEST_PACK_LATIN1", b, sizeof b); break;
	case DIRECTORY:
		catalog_path(name, path, sizeof path);
		ck_assert_int_eq(mkdir(path, 0755), 0);
		return;
	case FIFO:
		catalog_path(name, path, sizeof path);
		ck_assert_int_eq(mkfifo(path, 0644), 0);
		return;
	case DEV_ZERO:
		catalog_path(name, path, sizeof path);
		ck_assert_int_eq(symlink("/dev/zero", path), 0);
		return;
	case HUGE_FILE: {
		install_bytes(name, b, n);
		catalog_path(name, path, sizeof path);
		ck_assert_int_eq(truncate(path, 64 << 20), 0);
		return;
	}
	case NBAD: break;
	}
	install_bytes(name, b, n);
}

/* A bad catalog for vi: vi has no catalog on any path, and the caller's
 * list goes on to the next language.  libintl, which would crash on some
 * of these, is never handed the directory. */
START_TEST(a_bad_catalog_for_a_language_is_ignored)
{
	remember_compiled_french();
	install_bad("vi", (enum bad)_i);
	const char *why = bad_names[_i];
	const char *text = NULL;

	ck_assert_msg(wsmsg_describe_lang(WS_E_OTHER, "vi", &text) ==
	              WS_E_NO_TRANSLATION_AVAILABLE, "%s", why);
	ck_assert_str_eq(text, english(WS_E_OTHER));
	set_language("vi:fr_FR");
	ck_assert_msg(wsmsg_describe(WS_E_OTHER, &text) == S_OK, "%s", why);
	ck_assert_msg(strcmp(text, compiled_fr_other) == 0, "%s: %s", why, text);
	ck_assert_msg(utf8_valid(text), "%s", why);
}
END_TEST

/* A bad catalog in the place of a compiled-in language's: the
 * compiled-in texts, on every path. */
START_TEST(a_bad_catalog_for_a_compiled_in_language_loses_nothing)
{
	remember_compiled_french();
	install_bad("fr_FR", (enum bad)_i);
	const char *why = bad_names[_i];

	ck_assert_msg(strcmp(in("fr-FR", WS_E_OTHER, S_OK), compiled_fr_other) == 0,
	              "%s", why);
	set_language("fr_FR");
	ck_assert_msg(strcmp(caller(WS_E_OTHER, S_OK), compiled_fr_other) == 0,
	              "%s", why);
}
END_TEST

/* One bad file anywhere in the directory keeps libintl away from all of
 * it: the good catalogs are served by the library's own reader. */
START_TEST(one_bad_file_keeps_libintl_from_the_directory)
{
	install("fr_FR", "WSMSG_TEST_ALT_MO");
	install_bad("vi", OUT_OF_RANGE);
	set_language("vi:fr_FR");
	ck_assert_str_eq(caller(WS_E_OTHER, S_OK), ALT_TEXT);
	ck_assert_str_eq(in("fr-FR", WS_E_OTHER, S_OK), ALT_TEXT);
	ck_assert(!from_libintl("fr_FR", "fr-FR"));
}
END_TEST

START_TEST(a_text_that_is_not_utf8_falls_back)
{
	static unsigned char b[65536];
	size_t n = read_fixture("WSMSG_TEST_PACK_VI", b, sizeof b);
	unsigned char *at = memmem(b, n, VI_TEXT, strlen(VI_TEXT));
	ck_assert_ptr_nonnull(at);
	at[0] = 0xff;
	install_bytes("vi", b, n);
	ck_assert_str_eq(in("vi", WS_E_OTHER, WS_E_NO_TRANSLATION_AVAILABLE),
	                 english(WS_E_OTHER));
}
END_TEST

START_TEST(a_catalog_without_the_librarys_keys_translates_nothing)
{
	install("vi", "WSMSG_TEST_PACK_FOREIGN");
	ck_assert_str_eq(in("vi", WS_E_OTHER, WS_E_NO_TRANSLATION_AVAILABLE),
	                 english(WS_E_OTHER));
}
END_TEST

/* gettext writes catalogs in either byte order. */
START_TEST(a_catalog_in_the_other_byte_order_is_read)
{
	static unsigned char b[65536];
	size_t n = read_fixture("WSMSG_TEST_PACK_VI", b, sizeof b);
	uint32_t count = word_at(b, 8), orig = word_at(b, 12), trans = word_at(b, 16);
	uint32_t hsize = word_at(b, 20), hoff = word_at(b, 24);
	size_t words[4096], nwords = 0;

	for (size_t i = 0; i < 7; i++)
		words[nwords++] = i * 4;
	for (size_t i = 0; i < 2 * (size_t)count; i++) {
		words[nwords++] = orig + i * 4;
		words[nwords++] = trans + i * 4;
	}
	for (size_t i = 0; i < hsize; i++)
		words[nwords++] = hoff + i * 4;
	for (size_t i = 0; i < nwords; i++) {
		uint32_t w = word_at(b, words[i]);
		put_word(b, words[i], __builtin_bswap32(w));
	}
	install_bytes("vi", b, n);
	ck_assert_str_eq(in("vi", WS_E_OTHER, S_OK), VI_TEXT);
}
END_TEST

/* dir/<name>/LC_MESSAGES/wsmsg.mo, a link to <to>'s. */
static void link_catalog(const char *name, const char *to)
{
	char path[512], target[512];
	catalog_path(name, path, sizeof path);
	snprintf(target, sizeof target, "%s/%s/LC_MESSAGES/" WSMSG_DOMAIN ".mo", dir, to);
	ck_assert_int_eq(symlink(target, path), 0);
}

START_TEST(a_link_to_a_catalog_counts_once)
{
	size_t compiled = compiled_in_languages();
	install("fr_FR", "WSMSG_TEST_ALT_MO");
	link_catalog("fr", "fr_FR");
	ck_assert_str_eq(in("fr", WS_E_OTHER, S_OK), ALT_TEXT);
	ck_assert_str_eq(in("fr-FR", WS_E_OTHER, S_OK), ALT_TEXT);
	/* Not a language of its own: the link is fr_FR's file. */
	ck_assert_ptr_null(wsmsg_languages()[compiled]);
	ck_assert_uint_eq(wsmsg_language_origin("fr-FR"),
	                  WSMSG_ORIGIN_INSTALLED | WSMSG_ORIGIN_COMPILED_IN);
}
END_TEST

/* Of two names that say as much for one file, the first in byte order
 * is the file's language, whatever order the directory lists them in. */
START_TEST(of_two_names_for_a_file_the_first_counts)
{
	install("pt_PT", "WSMSG_TEST_ALT_MO");
	link_catalog("pt_BR", "pt_PT");
	ck_assert_uint_eq(wsmsg_language_origin("pt-BR"),
	                  WSMSG_ORIGIN_INSTALLED | WSMSG_ORIGIN_COMPILED_IN);
	ck_assert_uint_eq(wsmsg_language_origin("pt-PT"), WSMSG_ORIGIN_COMPILED_IN);
}
END_TEST

START_TEST(libintl_reads_a_directory_of_valid_catalogs)
{
	install("fr_FR", "WSMSG_TEST_ALT_MO");
	/* A bad file where no language's catalog is: libintl never reads
	 * it, for no name of the caller's is empty. */
	static const unsigned char junk[] = "not a catalog";
	char path[512];
	snprintf(path, sizeof path, "%s/LC_MESSAGES", dir);
	ck_assert_int_eq(mkdir(path, 0755), 0);
	snprintf(path, sizeof path, "%s/LC_MESSAGES/" WSMSG_DOMAIN ".mo", dir);
	FILE *f = fopen(path, "wb");
	ck_assert_ptr_nonnull(f);
	fwrite(junk, 1, sizeof junk, f);
	fclose(f);
	ck_assert(from_libintl("fr_FR", "fr-FR"));
	ck_assert_str_eq(caller(WS_E_OTHER, S_OK), ALT_TEXT);
}
END_TEST

/* Names that are no language's may name a catalog file too: libintl
 * might read it (through locale.alias, say), so it is validated, but it
 * serves no lookup; linked to a language's file, the language's name is
 * kept, whichever comes first in byte order. */
START_TEST(names_that_are_no_languages)
{
	size_t compiled = compiled_in_languages();
	install("fr_FR", "WSMSG_TEST_ALT_MO");
	link_catalog("C", "fr_FR");       /* before fr_FR in byte order */
	link_catalog("~alias", "fr_FR");  /* after it */
	install("POSIX", "WSMSG_TEST_PACK_VI");
	ck_assert_ptr_null(wsmsg_languages()[compiled]);
	ck_assert_uint_eq(wsmsg_language_origin("fr-FR"),
	                  WSMSG_ORIGIN_INSTALLED | WSMSG_ORIGIN_COMPILED_IN);
	ck_assert_str_eq(in("fr-FR", WS_E_OTHER, S_OK), ALT_TEXT);
	ck_assert(from_libintl("fr_FR", "fr-FR"));
}
END_TEST

/* A name too long to keep (over 64 bytes) cannot be read back: such a
 * file keeps libintl from the directory, and serves no lookup. */
START_TEST(a_catalog_under_a_long_name)
{
	char name[101];
	memset(name, 'a', 100);
	name[100] = '\0';
	install("fr_FR", "WSMSG_TEST_ALT_MO");
	install(name, "WSMSG_TEST_PACK_VI");
	ck_assert_str_eq(in("fr-FR", WS_E_OTHER, S_OK), ALT_TEXT);
	ck_assert(!from_libintl("fr_FR", "fr-FR"));
}
END_TEST

/* A directory with more than 512 entries that have a catalog file (each
 * catalog and each link to one) is not read at all. */
START_TEST(a_directory_of_too_many_entries)
{
	size_t compiled = compiled_in_languages();
	char name[8];

	remember_compiled_french();
	install("fr_FR", "WSMSG_TEST_ALT_MO");
	for (int i = 0; i < 513; i++) {
		snprintf(name, sizeof name, "q%c%c", 'a' + i / 26, 'a' + i % 26);
		link_catalog(name, "fr_FR");
	}
	ck_assert_ptr_null(wsmsg_languages()[compiled]);
	ck_assert_uint_eq(wsmsg_language_origin("fr-FR"), WSMSG_ORIGIN_COMPILED_IN);
	ck_assert_str_eq(in("fr-FR", WS_E_OTHER, S_OK), compiled_fr_other);
	ck_assert(!from_libintl("fr_FR", "fr-FR"));
}
END_TEST

/* A binding longer than a path: nothing is listed, nor trusted. */
START_TEST(a_binding_too_long_to_read)
{
	static char longdir[5000];
	memset(longdir, 'x', sizeof longdir - 1);
	longdir[0] = '/';
	install("fr_FR", "WSMSG_TEST_ALT_MO");
	remember_compiled_french();
	bindtextdomain(WSMSG_DOMAIN, longdir);
	ck_assert_str_eq(in("fr-FR", WS_E_OTHER, S_OK), compiled_fr_other);
	ck_assert_uint_eq(wsmsg_language_origin("fr-FR"), WSMSG_ORIGIN_COMPILED_IN);
	set_language("fr_FR");
	ck_assert_str_eq(caller(WS_E_OTHER, S_OK), compiled_fr_other);
}
END_TEST

/* More than WSMSG_INSTALLED_MAX (256) catalogs: the first 256 in byte
 * order are read, and libintl is kept from the directory. */
START_TEST(at_most_256_catalogs_are_read)
{
	size_t compiled = compiled_in_languages();
	char name[8];

	install("fr_FR", "WSMSG_TEST_ALT_MO");
	for (int i = 0; i < 256; i++) {
		snprintf(name, sizeof name, "q%c%c", 'a' + i / 26, 'a' + i % 26);
		install(name, "WSMSG_TEST_PACK_VI");
	}
	/* Every compiled-in language's texts merged, then the list read. */
	for (size_t i = 0; i < compiled; i++)
		in(wsmsg_languages()[i], WS_E_OTHER, S_OK);
	size_t n = 0;
	while (wsmsg_languages()[n] != NULL)
		n++;
	ck_assert_uint_eq(n, compiled + 255);
	ck_assert_str_eq(wsmsg_languages()[n - 1], "qju");
	ck_assert_str_eq(in("qju", WS_E_OTHER, S_OK), VI_TEXT);
	in("qjv", WS_E_OTHER, WS_E_NO_TRANSLATION_AVAILABLE);
	ck_assert(!from_libintl("fr_FR", "fr-FR"));
	ck_assert_str_eq(caller(WS_E_OTHER, S_OK), ALT_TEXT);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("packs");
	TCase *tc = tcase_create("packs");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, nothing_installed_is_todays_behaviour);
	tcase_add_test(tc, a_changed_french_text_reaches_every_path);
	tcase_add_test(tc, a_language_that_is_not_compiled_in_serves_every_path);
	tcase_add_test(tc, a_rebinding_changes_what_answers_and_keeps_old_texts);
	tcase_add_test(tc, the_languages_and_their_origins);
	tcase_add_test(tc, a_directory_is_listed_once);
	tcase_add_test(tc, negotiation_considers_installed_languages);
	tcase_add_test(tc, threads_share_the_first_reading);
	tcase_add_loop_test(tc, a_bad_catalog_for_a_language_is_ignored, 0, NBAD);
	tcase_add_loop_test(tc, a_bad_catalog_for_a_compiled_in_language_loses_nothing, 0, NBAD);
	tcase_add_test(tc, one_bad_file_keeps_libintl_from_the_directory);
	tcase_add_test(tc, a_text_that_is_not_utf8_falls_back);
	tcase_add_test(tc, a_catalog_without_the_librarys_keys_translates_nothing);
	tcase_add_test(tc, a_catalog_in_the_other_byte_order_is_read);
	tcase_add_test(tc, a_link_to_a_catalog_counts_once);
	tcase_add_test(tc, of_two_names_for_a_file_the_first_counts);
	tcase_add_test(tc, libintl_reads_a_directory_of_valid_catalogs);
	tcase_add_test(tc, at_most_256_catalogs_are_read);
	tcase_add_test(tc, names_that_are_no_languages);
	tcase_add_test(tc, a_catalog_under_a_long_name);
	tcase_add_test(tc, a_directory_of_too_many_entries);
	tcase_add_test(tc, a_binding_too_long_to_read);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
