/*
 * The .mo reader (src/mo.h), on the build's own catalogs, in both byte
 * orders and cut at every length, and on files written here that each
 * break one rule: every status has its case, and no input crashes it.
 * A small writer builds those files from (original, translation) lists
 * in either byte order, so that each case reads as what it breaks.
 *
 * A file without read permission is tried only when the test does not
 * run as root, which may read any file.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdint.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "catalog.h"
#include "lookup.h"
#include "mo.h"
#include "testing.h"

#define HEADER_UTF8 "Project-Id-Version: wsmsg\nContent-Type: text/plain; charset=UTF-8\n"
#define KEY_OTHER "WS_E_OTHER\004Other"

/* One string table entry to write: bytes and lengths, as both may hold
 * NULs (plural forms). */
struct pair {
	const char *original;
	size_t original_len;
	const char *translation;
	size_t translation_len;
};
#define PAIR(o, t) { o, sizeof o - 1, t, sizeof t - 1 }
#define HEADER_PAIR PAIR("", HEADER_UTF8)

struct image {
	unsigned char *bytes;
	size_t size;
	bool big;       /* written big-endian */
};

/* The layout msgfmt uses: the header, the originals' table, the
 * translations' table, an empty hash table, then the strings. */
#define ORIGINALS 28u
#define TRANSLATIONS(n) (ORIGINALS + 8u * (n))
#define STRINGS(n) (ORIGINALS + 16u * (n))

/* The checks of the hot loops fail loudly but pass silently: Check's
 * asserts report each pass to the parent process, a system call. */
static void put32(struct image *im, size_t at, uint32_t v)
{
	if (at + 4 > im->size)
		ck_abort_msg("writing at %zu in %zu bytes", at, im->size);
	for (size_t i = 0; i < 4; i++)
		im->bytes[at + (im->big ? 3 - i : i)] = (unsigned char)(v >> (8 * i));
}

static uint32_t get32(const struct image *im, size_t at)
{
	uint32_t v = 0;

	for (size_t i = 0; i < 4; i++)
		v |= (uint32_t)im->bytes[at + (im->big ? 3 - i : i)] << (8 * i);
	return v;
}

/* A .mo file of the `n` pairs, in the order given (sorted or not). */
static struct image write_mo(const struct pair *pairs, size_t n, bool big)
{
	struct image im = { NULL, STRINGS(n), big };

	for (size_t i = 0; i < n; i++)
		im.size += pairs[i].original_len + 1 + pairs[i].translation_len + 1;
	im.bytes = calloc(im.size, 1);
	ck_assert_ptr_nonnull(im.bytes);
	put32(&im, 0, 0x950412deu);
	put32(&im, 4, 0);
	put32(&im, 8, (uint32_t)n);
	put32(&im, 12, ORIGINALS);
	put32(&im, 16, TRANSLATIONS(n));
	put32(&im, 20, 0);
	put32(&im, 24, STRINGS(n));
	size_t at = STRINGS(n);
	for (size_t i = 0; i < n; i++) {
		put32(&im, ORIGINALS + 8 * i, (uint32_t)pairs[i].original_len);
		put32(&im, ORIGINALS + 8 * i + 4, (uint32_t)at);
		memcpy(im.bytes + at, pairs[i].original, pairs[i].original_len);
		at += pairs[i].original_len + 1;
	}
	for (size_t i = 0; i < n; i++) {
		put32(&im, TRANSLATIONS(n) + 8 * i, (uint32_t)pairs[i].translation_len);
		put32(&im, TRANSLATIONS(n) + 8 * i + 4, (uint32_t)at);
		memcpy(im.bytes + at, pairs[i].translation, pairs[i].translation_len);
		at += pairs[i].translation_len + 1;
	}
	return im;
}

#define WRITE_MO(pairs, big) write_mo(pairs, sizeof pairs / sizeof pairs[0], big)

/* The status of parsing `im`, which is freed, as is what was parsed. */
static enum wsmsg_mo_status status_of(struct image im)
{
	struct wsmsg_mo mo;
	enum wsmsg_mo_status status = wsmsg_mo_parse(&mo, im.bytes, im.size);

	if (status != WSMSG_MO_OK)
		ck_assert_ptr_null(mo.data);
	wsmsg_mo_free(&mo);
	free(im.bytes);
	return status;
}

#define ck_assert_status(expr, want) do { \
	enum wsmsg_mo_status got_ = (expr), want_ = (want); \
	ck_assert_msg(got_ == want_, "%s: got %d (%s), expected %d (%s)", #expr, \
	              (int)got_, wsmsg_mo_strerror(got_), (int)want_, \
	              wsmsg_mo_strerror(want_)); \
} while (0)

/* A built catalog, read into memory. */
static struct image real_catalog(const char *lang)
{
	char path[4096];
	snprintf(path, sizeof path, "%s/%s/LC_MESSAGES/wsmsg.mo",
	         getenv("WSMSG_TEST_PODIR"), lang);
	FILE *f = fopen(path, "rb");
	ck_assert_msg(f != NULL, "%s: %s", path, strerror(errno));
	struct image im = { NULL, 0, false };
	ck_assert_int_eq(fseek(f, 0, SEEK_END), 0);
	im.size = (size_t)ftell(f);
	rewind(f);
	im.bytes = malloc(im.size);
	ck_assert_ptr_nonnull(im.bytes);
	ck_assert_uint_eq(fread(im.bytes, 1, im.size, f), im.size);
	fclose(f);
	/* In the build machine's order, which the test takes for little-endian
	 * (byte 0 of the magic number is 0xDE) or reads as big-endian. */
	im.big = im.bytes[0] == 0x95;
	return im;
}

/* The key of message m of the compiled-in tables. */
static const char *library_key(size_t m)
{
	return wsmsg_strtab + (m < wsmsg_nentries ? wsmsg_entries[m].key
	                                          : wsmsg_phrase_keys[m - wsmsg_nentries]);
}

static char tmp_dir[] = "/tmp/test-mo-XXXXXX";

/* A file in the test's directory; the last four names stay valid. */
static const char *tmp_path(const char *name)
{
	static char paths[4][sizeof tmp_dir + 64];
	static unsigned next;
	char *path = paths[next++ % 4];

	snprintf(path, sizeof paths[0], "%s/%s", tmp_dir, name);
	return path;
}

static const char *write_file(const char *name, const struct image *im)
{
	const char *path = tmp_path(name);
	FILE *f = fopen(path, "wb");
	ck_assert_ptr_nonnull(f);
	if (im->size > 0)
		ck_assert_uint_eq(fwrite(im->bytes, 1, im->size, f), im->size);
	ck_assert_int_eq(fclose(f), 0);
	return path;
}

/* ---- The build's catalogs ---- */

/* Each catalog of po/LINGUAS reads, and gives for each code what the
 * compiled-in catalogs give, which gen-catalog took from the same file. */
START_TEST(every_built_catalog_reads_as_compiled_in)
{
	FILE *linguas = fopen(getenv("WSMSG_TEST_LINGUAS"), "r");
	char lang[64], path[4096];
	size_t read = 0;

	ck_assert_ptr_nonnull(linguas);
	while (fscanf(linguas, "%63s", lang) == 1) {
		if (lang[0] == '#') {
			if (fscanf(linguas, "%*[^\n]") < 0)
				break;
			continue;
		}
		snprintf(path, sizeof path, "%s/%s/LC_MESSAGES/wsmsg.mo",
		         getenv("WSMSG_TEST_PODIR"), lang);
		struct wsmsg_mo mo;
		ck_assert_status(wsmsg_mo_read(&mo, path), WSMSG_MO_OK);
		const char *header = wsmsg_mo_text(&mo, "");
		ck_assert_ptr_nonnull(header);
		ck_assert_ptr_nonnull(strstr(header, "charset=UTF-8\n"));
		for (size_t i = 0; i < wsmsg_count(); i++) {
			int32_t code = wsmsg_code_at(i);
			const char *compiled = NULL;
			int32_t st = wsmsg_describe_lang(code, lang, &compiled);
			const char *text = wsmsg_mo_text(&mo, library_key((size_t)wsmsg_entry_index(code)));
			if (text != NULL) {
				ck_assert_hr(st, S_OK);
				ck_assert_str_eq(text, compiled);
			} else if (strncmp(lang, "en", 2) != 0) {
				ck_assert_hr(st, WS_E_NO_TRANSLATION_AVAILABLE);
			}
		}
		wsmsg_mo_free(&mo);
		read++;
	}
	fclose(linguas);
	ck_assert_uint_eq(read, wsmsg_ncatalogs);
}
END_TEST

START_TEST(the_french_catalog_has_its_text)
{
	char path[4096];
	struct wsmsg_mo mo;

	snprintf(path, sizeof path, "%s/fr_FR/LC_MESSAGES/wsmsg.mo", getenv("WSMSG_TEST_PODIR"));
	ck_assert_status(wsmsg_mo_read(&mo, path), WSMSG_MO_OK);
	const char *text = wsmsg_mo_text(&mo, library_key((size_t)wsmsg_entry_index(WS_E_OTHER)));
	ck_assert_ptr_nonnull(text);
	ck_assert_msg(strncmp(text, "Une erreur non reconnue ", 24) == 0, "%s", text);
	/* Inside the buffer, and ended by a NUL inside the file. */
	ck_assert((const unsigned char *)text > mo.data &&
	          (const unsigned char *)text + strlen(text) < mo.data + mo.size);
	ck_assert_uint_eq(mo.data[mo.size], 0);
	ck_assert_int_eq(mo.swap, 0);
	ck_assert_uint_eq(mo.count, 47);
	wsmsg_mo_free(&mo);
	ck_assert_ptr_null(mo.data);
	wsmsg_mo_free(&mo); /* twice is safe: the struct is zeroed */
}
END_TEST

/* Where the real catalog's tables and strings end, which decides the
 * status of each of its prefixes. */
static void catalog_extent(const struct image *im, size_t *tables_end, size_t *strings_end)
{
	uint32_t n = get32(im, 8), o = get32(im, 12), t = get32(im, 16);

	*tables_end = (o > t ? o : t) + 8 * (size_t)n;
	*strings_end = 0;
	for (uint32_t i = 0; i < 2 * n; i++) {
		size_t at = (i < n ? o : t) + 8 * (size_t)(i % n);
		size_t end = (size_t)get32(im, at + 4) + get32(im, at) + 1;
		if (end > *strings_end)
			*strings_end = end;
	}
}

/* Every prefix of a real catalog: a status, the right one, never a
 * crash; AddressSanitizer and valgrind see any read past the copy. */
START_TEST(a_catalog_cut_at_every_length)
{
	struct image im = real_catalog("fr_FR");
	size_t tables_end, strings_end;

	catalog_extent(&im, &tables_end, &strings_end);
	ck_assert_uint_eq(strings_end, im.size);
	for (size_t len = 0; len <= im.size; len++) {
		struct wsmsg_mo mo;
		enum wsmsg_mo_status want = len < 28 || len < tables_end ? WSMSG_MO_TRUNCATED
		                          : len < strings_end ? WSMSG_MO_OUT_OF_BOUNDS : WSMSG_MO_OK;
		/* A copy of exactly len bytes, so that a read past it is seen. */
		unsigned char *cut = malloc(len ? len : 1);
		if (cut == NULL)
			ck_abort_msg("out of memory");
		memcpy(cut, im.bytes, len);
		enum wsmsg_mo_status got = wsmsg_mo_parse(&mo, cut, len);
		free(cut);
		if (got != want)
			ck_abort_msg("cut at %zu: %s, expected %s", len,
			             wsmsg_mo_strerror(got), wsmsg_mo_strerror(want));
		wsmsg_mo_free(&mo);
	}
	free(im.bytes);
}
END_TEST

/* The catalog with every word of its header, tables and hash table in
 * the other byte order. */
static struct image swapped(const struct image *im)
{
	struct image out = { malloc(im->size), im->size, !im->big };
	ck_assert_ptr_nonnull(out.bytes);
	memcpy(out.bytes, im->bytes, im->size);
	uint32_t n = get32(im, 8), o = get32(im, 12), t = get32(im, 16);
	uint32_t hash_size = get32(im, 20), hash_at = get32(im, 24);
	for (size_t at = 0; at < 28; at += 4)
		put32(&out, at, get32(im, at));
	for (size_t i = 0; i < 2 * (size_t)n; i++) {
		put32(&out, o + 4 * i, get32(im, o + 4 * i));
		put32(&out, t + 4 * i, get32(im, t + 4 * i));
	}
	for (size_t i = 0; i < hash_size; i++)
		put32(&out, hash_at + 4 * i, get32(im, hash_at + 4 * i));
	return out;
}

/* gettext writes either order: the other one reads as the same catalog. */
START_TEST(the_other_byte_order_reads_the_same)
{
	struct image im = real_catalog("fr_FR");
	struct image other = swapped(&im);
	struct wsmsg_mo a, b;

	ck_assert_int_ne(memcmp(im.bytes, other.bytes, 28), 0);
	ck_assert_status(wsmsg_mo_parse(&a, im.bytes, im.size), WSMSG_MO_OK);
	ck_assert_status(wsmsg_mo_parse(&b, other.bytes, other.size), WSMSG_MO_OK);
	ck_assert_int_ne(a.swap, b.swap);
	ck_assert_uint_eq(a.count, b.count);
	ck_assert_str_eq(wsmsg_mo_text(&a, ""), wsmsg_mo_text(&b, ""));
	size_t found = 0;
	for (size_t m = 0; m < wsmsg_nentries + wsmsg_nphrases; m++) {
		const char *x = wsmsg_mo_text(&a, library_key(m));
		const char *y = wsmsg_mo_text(&b, library_key(m));
		ck_assert_msg((x == NULL) == (y == NULL), "%s", library_key(m));
		if (x != NULL) {
			ck_assert_str_eq(x, y);
			found++;
		}
	}
	ck_assert_uint_eq(found, wsmsg_nentries + wsmsg_nphrases);
	/* And a file written big-endian from the start. */
	static const struct pair pairs[] = { HEADER_PAIR, PAIR(KEY_OTHER, "Autre.") };
	struct image big = WRITE_MO(pairs, true);
	struct wsmsg_mo c;
	ck_assert_status(wsmsg_mo_parse(&c, big.bytes, big.size), WSMSG_MO_OK);
	ck_assert_str_eq(wsmsg_mo_text(&c, KEY_OTHER), "Autre.");
	wsmsg_mo_free(&a);
	wsmsg_mo_free(&b);
	wsmsg_mo_free(&c);
	free(im.bytes);
	free(other.bytes);
	free(big.bytes);
}
END_TEST

/* ---- The header and the tables ---- */

START_TEST(an_empty_file_is_truncated)
{
	struct wsmsg_mo mo;
	static const unsigned char none[1];

	ck_assert_status(wsmsg_mo_parse(&mo, none, 0), WSMSG_MO_TRUNCATED);
	ck_assert_status(wsmsg_mo_parse(&mo, NULL, 0), WSMSG_MO_TRUNCATED);
	struct image empty = { NULL, 0, false };
	ck_assert_status(wsmsg_mo_read(&mo, write_file("empty.mo", &empty)), WSMSG_MO_TRUNCATED);
	ck_assert_ptr_null(mo.data);
}
END_TEST

static const struct pair good[] = {
	HEADER_PAIR,
	PAIR("WS_E_ABORTED\004Aborted", "Interrompu."),
	PAIR(KEY_OTHER, "Autre."),
};

START_TEST(a_good_file_reads)
{
	struct image im = WRITE_MO(good, false);
	struct wsmsg_mo mo;

	ck_assert_status(wsmsg_mo_parse(&mo, im.bytes, im.size), WSMSG_MO_OK);
	ck_assert_uint_eq(mo.count, 3);
	ck_assert_uint_eq(mo.size, im.size);
	ck_assert_int_eq(memcmp(mo.data, im.bytes, im.size), 0);
	ck_assert_ptr_ne(mo.data, im.bytes); /* a copy */
	ck_assert_str_eq(wsmsg_mo_text(&mo, ""), HEADER_UTF8);
	ck_assert_str_eq(wsmsg_mo_text(&mo, "WS_E_ABORTED\004Aborted"), "Interrompu.");
	ck_assert_str_eq(wsmsg_mo_text(&mo, KEY_OTHER), "Autre.");
	/* Near misses, before, between and after the originals. */
	ck_assert_ptr_null(wsmsg_mo_text(&mo, "WS_E_ABORTED"));
	ck_assert_ptr_null(wsmsg_mo_text(&mo, "WS_E_ABORTED\004Aborte"));
	ck_assert_ptr_null(wsmsg_mo_text(&mo, "WS_E_ABORTED\004Aborted."));
	ck_assert_ptr_null(wsmsg_mo_text(&mo, "A"));
	ck_assert_ptr_null(wsmsg_mo_text(&mo, "WS_E_B"));
	ck_assert_ptr_null(wsmsg_mo_text(&mo, "\xFF"));
	ck_assert_ptr_null(wsmsg_mo_text(&mo, NULL));
	wsmsg_mo_free(&mo);
	free(im.bytes);
}
END_TEST

/* Many entries: the binary search finds each one, and only those. */
START_TEST(a_binary_search_finds_every_entry)
{
	enum { N = 1000 };
	static struct pair pairs[N];
	static char keys[N][16], texts[N][16];

	pairs[0] = (struct pair)HEADER_PAIR;
	for (size_t i = 1; i < N; i++) {
		snprintf(keys[i], sizeof keys[i], "key%05zu", 2 * i);
		snprintf(texts[i], sizeof texts[i], "text %zu", i);
		pairs[i] = (struct pair){ keys[i], strlen(keys[i]), texts[i], strlen(texts[i]) };
	}
	struct image im = write_mo(pairs, N, _i == 1);
	struct wsmsg_mo mo;
	ck_assert_status(wsmsg_mo_parse(&mo, im.bytes, im.size), WSMSG_MO_OK);
	for (size_t i = 1; i < N; i++) {
		char key[16];
		ck_assert_str_eq(wsmsg_mo_text(&mo, keys[i]), texts[i]);
		snprintf(key, sizeof key, "key%05zu", 2 * i + 1);
		ck_assert_ptr_null(wsmsg_mo_text(&mo, key));
	}
	ck_assert_ptr_null(wsmsg_mo_text(&mo, "key00001"));
	wsmsg_mo_free(&mo);
	free(im.bytes);
}
END_TEST

START_TEST(a_wrong_magic_number)
{
	static const uint32_t magics[] = { 0, 0x950412dfu, 0x960412deu, 0xFFFFFFFFu, 0x12de9504u };
	struct image im = WRITE_MO(good, false);

	put32(&im, 0, magics[_i]);
	ck_assert_status(status_of(im), WSMSG_MO_BAD_MAGIC);
}
END_TEST

/* A major revision other than 0 is refused; a minor one, which only adds
 * what an older reader may ignore, is read. */
START_TEST(a_major_revision)
{
	struct image im = WRITE_MO(good, _i == 1);

	put32(&im, 4, 1u << 16);
	ck_assert_status(status_of(im), WSMSG_MO_BAD_REVISION);
	im = WRITE_MO(good, _i == 1);
	put32(&im, 4, 0xFFFF0001u);
	ck_assert_status(status_of(im), WSMSG_MO_BAD_REVISION);
	im = WRITE_MO(good, _i == 1);
	put32(&im, 4, 1);
	ck_assert_status(status_of(im), WSMSG_MO_OK);
	im = WRITE_MO(good, _i == 1);
	put32(&im, 4, 0xFFFF);
	ck_assert_status(status_of(im), WSMSG_MO_OK);
}
END_TEST

/* A header word changed, and the status it must give. */
static const struct {
	size_t at;
	uint32_t value;
	enum wsmsg_mo_status want;
} header_cases[] = {
	/* N huge, with tables that cannot fit. */
	{ 8, 100, WSMSG_MO_TRUNCATED },
	{ 8, 0x10000, WSMSG_MO_TRUNCATED },
	{ 8, 0x20000000u, WSMSG_MO_TRUNCATED }, /* 8 N wraps to 0 in 32 bits */
	{ 8, 0x20000001u, WSMSG_MO_TRUNCATED }, /* 8 N wraps to 8 */
	{ 8, UINT32_MAX, WSMSG_MO_TRUNCATED },
	/* A table outside the file, or running out of it. */
	{ 12, 1u << 30, WSMSG_MO_TRUNCATED },
	{ 16, 1u << 30, WSMSG_MO_TRUNCATED },
	{ 12, UINT32_MAX - 7, WSMSG_MO_TRUNCATED }, /* O + 8 N wraps */
	{ 16, UINT32_MAX, WSMSG_MO_TRUNCATED },
	{ 16, 0, WSMSG_MO_OUT_OF_BOUNDS },           /* the header read as a table: in the file */
	/* The hash table is never read: pointing outside the file is fine. */
	{ 20, UINT32_MAX, WSMSG_MO_OK },
	{ 24, UINT32_MAX, WSMSG_MO_OK },
	/* Fewer entries than written: the first ones, header included. */
	{ 8, 1, WSMSG_MO_OK },
	/* None at all: no header. */
	{ 8, 0, WSMSG_MO_NOT_UTF8 },
};

START_TEST(a_header_word_out_of_range)
{
	struct image im = WRITE_MO(good, false);

	put32(&im, header_cases[_i].at, header_cases[_i].value);
	ck_assert_msg(status_of(im) == header_cases[_i].want, "case %d", _i);
}
END_TEST

/* A table that ends exactly at the end of the file is in it; one byte
 * less, and it is not. */
START_TEST(a_table_at_the_end_of_the_file)
{
	static const struct pair pairs[] = { HEADER_PAIR };
	struct image im = WRITE_MO(pairs, false);
	size_t end = im.size;

	/* A copy of the translations' table after the strings, in use. */
	im.bytes = realloc(im.bytes, end + 8);
	ck_assert_ptr_nonnull(im.bytes);
	im.size = end + 8;
	memcpy(im.bytes + end, im.bytes + TRANSLATIONS(1), 8);
	put32(&im, 16, (uint32_t)end);
	struct image cut = { malloc(im.size - 1), im.size - 1, false };
	ck_assert_ptr_nonnull(cut.bytes);
	memcpy(cut.bytes, im.bytes, cut.size);
	ck_assert_status(status_of(im), WSMSG_MO_OK);
	ck_assert_status(status_of(cut), WSMSG_MO_TRUNCATED);
}
END_TEST

/* ---- The strings ---- */

/* Entry `entry` of the originals' (table 0) or translations' (1) table
 * of the `good` file gets length `len` and offset `off`. */
static const struct {
	int table, entry;
	uint32_t len, off;  /* UINT32_MAX - k is written as is */
	enum wsmsg_mo_status want;
} string_cases[] = {
	/* Offsets beyond the file. */
	{ 0, 1, 3, 1u << 20, WSMSG_MO_OUT_OF_BOUNDS },
	{ 1, 2, 3, 1u << 20, WSMSG_MO_OUT_OF_BOUNDS },
	{ 1, 0, 0, UINT32_MAX, WSMSG_MO_OUT_OF_BOUNDS },
	/* Lengths that run the string off the end, or wrap around. */
	{ 0, 2, 1u << 20, STRINGS(3), WSMSG_MO_OUT_OF_BOUNDS },
	{ 1, 1, UINT32_MAX, STRINGS(3), WSMSG_MO_OUT_OF_BOUNDS },
	{ 1, 1, UINT32_MAX, UINT32_MAX, WSMSG_MO_OUT_OF_BOUNDS },
	{ 0, 1, 16, UINT32_MAX - 7, WSMSG_MO_OUT_OF_BOUNDS }, /* off + len wraps to 8 */
	{ 1, 2, UINT32_MAX - 7, 16, WSMSG_MO_OUT_OF_BOUNDS }, /* the same the other way */
	/* A length one short or one long: no NUL there. */
	{ 0, 2, sizeof KEY_OTHER - 2, 0, WSMSG_MO_OUT_OF_BOUNDS },
	{ 0, 2, sizeof KEY_OTHER, 0, WSMSG_MO_OUT_OF_BOUNDS },
};

START_TEST(a_string_out_of_bounds)
{
	struct image im = WRITE_MO(good, _i % 2 == 1);
	size_t n = sizeof good / sizeof good[0];
	size_t at = (string_cases[_i / 2].table ? TRANSLATIONS(n) : ORIGINALS) +
	            8 * (size_t)string_cases[_i / 2].entry;

	put32(&im, at, string_cases[_i / 2].len);
	/* An offset of 0 keeps the one written. */
	if (string_cases[_i / 2].off != 0)
		put32(&im, at + 4, string_cases[_i / 2].off);
	ck_assert_msg(status_of(im) == string_cases[_i / 2].want, "case %d", _i / 2);
}
END_TEST

/* The last string's NUL is the file's last byte; without it, the NUL the
 * reader adds after the copy must not stand in for it. */
START_TEST(a_missing_nul)
{
	struct image im = WRITE_MO(good, false);

	ck_assert_uint_eq(im.bytes[im.size - 1], 0);
	im.size--;
	ck_assert_status(status_of(im), WSMSG_MO_OUT_OF_BOUNDS);
	im = WRITE_MO(good, false);
	im.bytes[im.size - 1] = '.';
	ck_assert_status(status_of(im), WSMSG_MO_OUT_OF_BOUNDS);
	/* An original without its NUL, the next string's first byte there. */
	im = WRITE_MO(good, false);
	im.bytes[get32(&im, ORIGINALS + 8 + 4) + get32(&im, ORIGINALS + 8)] = 'x';
	ck_assert_status(status_of(im), WSMSG_MO_OUT_OF_BOUNDS);
	im = WRITE_MO(good, false);
	ck_assert_status(status_of(im), WSMSG_MO_OK);
}
END_TEST

/* Strings may share bytes with each other, the tables or the header: read
 * only up to their NUL, they are harmless. */
START_TEST(overlapping_strings)
{
	struct image im = WRITE_MO(good, false);
	size_t n = sizeof good / sizeof good[0];
	uint32_t other_at = get32(&im, ORIGINALS + 16 + 4);

	/* WS_E_ABORTED's translation: the tail of KEY_OTHER's own key. */
	put32(&im, TRANSLATIONS(n) + 8, 5);
	put32(&im, TRANSLATIONS(n) + 8 + 4, other_at + (uint32_t)strlen("WS_E_OTHER\004"));
	/* KEY_OTHER's translation: the same bytes. */
	put32(&im, TRANSLATIONS(n) + 16, 5);
	put32(&im, TRANSLATIONS(n) + 16 + 4, other_at + (uint32_t)strlen("WS_E_OTHER\004"));
	struct wsmsg_mo mo;
	ck_assert_status(wsmsg_mo_parse(&mo, im.bytes, im.size), WSMSG_MO_OK);
	ck_assert_str_eq(wsmsg_mo_text(&mo, "WS_E_ABORTED\004Aborted"), "Other");
	ck_assert_str_eq(wsmsg_mo_text(&mo, KEY_OTHER), "Other");
	wsmsg_mo_free(&mo);
	/* An empty translation read from the hash table's size (0 bytes: a
	 * NUL), inside the header. */
	put32(&im, TRANSLATIONS(n) + 8, 0);
	put32(&im, TRANSLATIONS(n) + 8 + 4, 20);
	ck_assert_status(wsmsg_mo_parse(&mo, im.bytes, im.size), WSMSG_MO_OK);
	ck_assert_ptr_null(wsmsg_mo_text(&mo, "WS_E_ABORTED\004Aborted"));
	ck_assert_str_eq(wsmsg_mo_lookup(&mo, "WS_E_ABORTED\004Aborted"), "");
	wsmsg_mo_free(&mo);
	/* The tables overlap: the translations' table starts with the
	 * originals' last entry, KEY_OTHER's, which the header then has as
	 * its translation: in bounds, so read, but no charset. */
	put32(&im, 16, TRANSLATIONS(n) - 8);
	ck_assert_status(wsmsg_mo_parse(&mo, im.bytes, im.size), WSMSG_MO_NOT_UTF8);
	free(im.bytes);
}
END_TEST

/*
 * Originals that overlap so that each holds the one before it ("", "a",
 * "aa", ...: each the tail of one run of 'a's) are sorted and in bounds,
 * but together longer than the file: checking their order would read far
 * more than the file's bytes, so they are refused.  As many as the file
 * can hold apart are read.
 */
static struct image nested_originals(uint32_t n, uint32_t run)
{
	struct image im = { NULL, STRINGS(n) + sizeof HEADER_UTF8 + run + 1, false };
	im.bytes = calloc(im.size, 1);
	ck_assert_ptr_nonnull(im.bytes);
	size_t header_at = STRINGS(n), run_at = header_at + sizeof HEADER_UTF8;
	memcpy(im.bytes + header_at, HEADER_UTF8, sizeof HEADER_UTF8);
	memset(im.bytes + run_at, 'a', run);
	put32(&im, 0, 0x950412deu);
	put32(&im, 8, n);
	put32(&im, 12, ORIGINALS);
	put32(&im, 16, TRANSLATIONS(n));
	for (uint32_t i = 0; i < n; i++) {
		put32(&im, ORIGINALS + 8 * i, i);
		put32(&im, ORIGINALS + 8 * i + 4, (uint32_t)(run_at + run - i));
		put32(&im, TRANSLATIONS(n) + 8 * i, i ? i : (uint32_t)sizeof HEADER_UTF8 - 1);
		put32(&im, TRANSLATIONS(n) + 8 * i + 4, (uint32_t)(i ? run_at + run - i : header_at));
	}
	return im;
}

START_TEST(originals_longer_together_than_the_file)
{
	ck_assert_status(status_of(nested_originals(2000, 2000)), WSMSG_MO_OUT_OF_BOUNDS);
	/* 30 originals of 0 to 29 bytes, 465 bytes with their NULs, in a file
	 * of 28 + 480 + 67 + 41 = 616. */
	struct image im = nested_originals(30, 40);
	ck_assert_uint_eq(im.size, 616);
	struct wsmsg_mo mo;
	ck_assert_status(wsmsg_mo_parse(&mo, im.bytes, im.size), WSMSG_MO_OK);
	ck_assert_str_eq(wsmsg_mo_text(&mo, "aaa"), "aaa");
	ck_assert_ptr_null(wsmsg_mo_text(&mo, "b"));
	wsmsg_mo_free(&mo);
	free(im.bytes);
	/* The largest file, every byte in such a run: refused at once. */
	im = nested_originals(200000, WSMSG_MO_MAX_SIZE - STRINGS(200000) - sizeof HEADER_UTF8 - 1);
	ck_assert_uint_eq(im.size, WSMSG_MO_MAX_SIZE);
	ck_assert_status(status_of(im), WSMSG_MO_OUT_OF_BOUNDS);
}
END_TEST

/* ---- The order of the originals ---- */

static const struct pair unsorted[] = {
	HEADER_PAIR,
	PAIR(KEY_OTHER, "Autre."),
	PAIR("WS_E_ABORTED\004Aborted", "Interrompu."),
};
static const struct pair header_last[] = {
	PAIR(KEY_OTHER, "Autre."),
	HEADER_PAIR,
};
static const struct pair duplicated[] = {
	HEADER_PAIR,
	PAIR(KEY_OTHER, "Autre."),
	PAIR(KEY_OTHER, "Encore."),
};
/* Equal as strcmp reads them: the plural original differs after its NUL. */
static const struct pair duplicated_plural[] = {
	HEADER_PAIR,
	PAIR("file\0files", "fichier\0fichiers"),
	PAIR("file", "fichier"),
};
/* Bytes above 0x7F come after ASCII, as unsigned. */
static const struct pair signed_order[] = {
	HEADER_PAIR,
	PAIR("\xC3\xA9t\xC3\xA9", "summer"),
	PAIR("z", "zed"),
};
static const struct pair unsigned_order[] = {
	HEADER_PAIR,
	PAIR("z", "zed"),
	PAIR("\xC3\xA9t\xC3\xA9", "summer"),
};

START_TEST(originals_out_of_order)
{
	ck_assert_status(status_of(WRITE_MO(unsorted, false)), WSMSG_MO_UNSORTED);
	ck_assert_status(status_of(WRITE_MO(unsorted, true)), WSMSG_MO_UNSORTED);
	ck_assert_status(status_of(WRITE_MO(header_last, false)), WSMSG_MO_UNSORTED);
	ck_assert_status(status_of(WRITE_MO(duplicated, false)), WSMSG_MO_UNSORTED);
	ck_assert_status(status_of(WRITE_MO(duplicated_plural, false)), WSMSG_MO_UNSORTED);
	ck_assert_status(status_of(WRITE_MO(signed_order, false)), WSMSG_MO_UNSORTED);
	struct image im = WRITE_MO(unsigned_order, false);
	struct wsmsg_mo mo;
	ck_assert_status(wsmsg_mo_parse(&mo, im.bytes, im.size), WSMSG_MO_OK);
	ck_assert_str_eq(wsmsg_mo_text(&mo, "\xC3\xA9t\xC3\xA9"), "summer");
	ck_assert_str_eq(wsmsg_mo_text(&mo, "z"), "zed");
	wsmsg_mo_free(&mo);
	free(im.bytes);
}
END_TEST

/* ---- The header ---- */

static const struct {
	const char *header;  /* NULL: no header entry */
	enum wsmsg_mo_status want;
} headers[] = {
	{ NULL, WSMSG_MO_NOT_UTF8 },
	{ "", WSMSG_MO_NOT_UTF8 },
	{ "Content-Type: text/plain; charset=ISO-8859-1\n", WSMSG_MO_NOT_UTF8 },
	{ "Content-Type: text/plain; charset=UTF-16\n", WSMSG_MO_NOT_UTF8 },
	{ "Content-Type: text/plain; charset=UTF-80\n", WSMSG_MO_NOT_UTF8 },
	{ "Content-Type: text/plain; charset=UTF-\n", WSMSG_MO_NOT_UTF8 },
	{ "Content-Type: text/plain; charset=\n", WSMSG_MO_NOT_UTF8 },
	{ "Content-Type: text/plain; charset=CHARSET\n", WSMSG_MO_NOT_UTF8 },
	{ "Content-Type: text/plain\n", WSMSG_MO_NOT_UTF8 },
	{ "Content-Type: text/plain; charset=UTF8\n", WSMSG_MO_NOT_UTF8 },
	{ "Content-Type: text/plain; charset=UTF-9\n", WSMSG_MO_NOT_UTF8 },
	{ "Content-Type: text/plain; charset=UTF~8\n", WSMSG_MO_NOT_UTF8 },
	{ "Content-Type: text/plain; charset=uTf-8;\n", WSMSG_MO_OK },
	/* Only the first charset= counts, as in libintl. */
	{ "X-Note: charset=latin1\nContent-Type: text/plain; charset=UTF-8\n", WSMSG_MO_NOT_UTF8 },
	{ "Content-Type: text/plain; charset=UTF-8\n", WSMSG_MO_OK },
	{ "Content-Type: text/plain; charset=utf-8\n", WSMSG_MO_OK },
	{ "Content-Type: text/plain; charset=UTF-8", WSMSG_MO_OK },
	{ "Content-Type: text/plain; charset=UTF-8; format=flowed\n", WSMSG_MO_OK },
	{ "Content-Type: text/plain; charset=UTF-8 \n", WSMSG_MO_OK },
	{ "Content-Type: text/plain; charset=UTF-8\r\n", WSMSG_MO_OK },
};

START_TEST(the_header_must_declare_utf8)
{
	struct pair pairs[] = {
		{ "", 0, headers[_i].header, headers[_i].header ? strlen(headers[_i].header) : 0 },
		PAIR(KEY_OTHER, "Autre."),
	};
	struct image im = headers[_i].header ? write_mo(pairs, 2, false) : write_mo(pairs + 1, 1, false);

	ck_assert_msg(status_of(im) == headers[_i].want, "case %d", _i);
}
END_TEST

/* ---- Texts ---- */

static const char *const bad_texts[] = {
	"Erreur \xE9trange.",         /* Latin-1 */
	"\xC0\xAF",                   /* an overlong '/' */
	"\xE0\x80\xAF",               /* the same in three bytes */
	"\xF0\x80\x80\xAF",           /* and in four */
	"\xED\xA0\x80",               /* a surrogate */
	"\xED\xBF\xBF",               /* the last surrogate */
	"\xF4\x90\x80\x80",           /* above U+10FFFF */
	"\xF5\x80\x80\x80",
	"\xFF",
	"ab\xE4\xB8",                 /* a sequence cut short at the end */
	"\xE4\xB8z",                  /* and in the middle */
	"\x80 stray",                 /* a continuation byte alone */
	"\xC2",
	"line\none",                  /* not one line */
	"\x1B[2Jclear",               /* an escape sequence */
	"tab\tstop",
	"bell\a",
	"carriage\rreturn",
	"del\x7F",
	"\x01",
};

/* Each bad text makes its own key miss; the others still read. */
START_TEST(a_bad_text_is_not_given)
{
	const char *bad = bad_texts[_i];
	struct pair pairs[] = {
		HEADER_PAIR,
		PAIR("WS_E_ABORTED\004Aborted", "Interrompu."),
		{ KEY_OTHER, sizeof KEY_OTHER - 1, bad, strlen(bad) },
		PAIR("WS_E_Z\004Last", "Dernier."),
	};
	struct image im = write_mo(pairs, 4, false);
	struct wsmsg_mo mo;

	ck_assert_status(wsmsg_mo_parse(&mo, im.bytes, im.size), WSMSG_MO_OK);
	ck_assert_ptr_null(wsmsg_mo_text(&mo, KEY_OTHER));
	ck_assert_str_eq(wsmsg_mo_lookup(&mo, KEY_OTHER), bad);
	ck_assert_str_eq(wsmsg_mo_text(&mo, "WS_E_ABORTED\004Aborted"), "Interrompu.");
	ck_assert_str_eq(wsmsg_mo_text(&mo, "WS_E_Z\004Last"), "Dernier.");
	wsmsg_mo_free(&mo);
	free(im.bytes);
}
END_TEST

/* The ends of the UTF-8 ranges, and characters that are not controls. */
static const char *const good_texts[] = {
	" ", "~", "\xC2\x80", "\xC2\x9F", "\xDF\xBF", "\xE0\xA0\x80", "\xED\x9F\xBF",
	"\xEE\x80\x80", "\xEF\xBF\xBF", "\xF0\x90\x80\x80", "\xF4\x8F\xBF\xBF",
	"\xE2\x81\xA7\xD8\xA7\xE2\x81\xA9", "\xE4\xB8\xAD\xE6\x96\x87",
};

START_TEST(a_good_text_is_given)
{
	struct pair pairs[] = {
		HEADER_PAIR,
		{ KEY_OTHER, sizeof KEY_OTHER - 1, good_texts[_i], strlen(good_texts[_i]) },
	};
	struct image im = write_mo(pairs, 2, false);
	struct wsmsg_mo mo;

	ck_assert_status(wsmsg_mo_parse(&mo, im.bytes, im.size), WSMSG_MO_OK);
	ck_assert_str_eq(wsmsg_mo_text(&mo, KEY_OTHER), good_texts[_i]);
	wsmsg_mo_free(&mo);
	free(im.bytes);
}
END_TEST

/* The header is lines: '\n' is allowed there, and nowhere else; other
 * controls are not allowed in it either. */
START_TEST(the_header_alone_has_lines)
{
	static const struct pair tab[] = {
		PAIR("", "Content-Type: text/plain; charset=UTF-8\nX-Tab: \t\n"),
	};
	struct image im = WRITE_MO(tab, false);
	struct wsmsg_mo mo;

	ck_assert_status(wsmsg_mo_parse(&mo, im.bytes, im.size), WSMSG_MO_OK);
	ck_assert_ptr_null(wsmsg_mo_text(&mo, ""));
	ck_assert_ptr_nonnull(wsmsg_mo_lookup(&mo, ""));
	wsmsg_mo_free(&mo);
	free(im.bytes);
}
END_TEST

/* An entry with plural forms gives its first; its key is its singular. */
START_TEST(a_plural_entry_gives_its_first_form)
{
	static const struct pair pairs[] = {
		HEADER_PAIR,
		PAIR("WS_E_OTHER\004file\0files", "fichier\0fichiers\0fichierz"),
		PAIR("WS_E_Z\004Empty first\0plural", "\0second"),
	};
	struct image im = WRITE_MO(pairs, false);
	struct wsmsg_mo mo;

	ck_assert_status(wsmsg_mo_parse(&mo, im.bytes, im.size), WSMSG_MO_OK);
	ck_assert_str_eq(wsmsg_mo_text(&mo, "WS_E_OTHER\004file"), "fichier");
	ck_assert_ptr_null(wsmsg_mo_text(&mo, "WS_E_OTHER\004files"));
	ck_assert_ptr_null(wsmsg_mo_text(&mo, "WS_E_Z\004Empty first"));
	wsmsg_mo_free(&mo);
	free(im.bytes);
}
END_TEST

START_TEST(an_empty_translation_is_none)
{
	static const struct pair pairs[] = {
		HEADER_PAIR,
		PAIR(KEY_OTHER, ""),
	};
	struct image im = WRITE_MO(pairs, false);
	struct wsmsg_mo mo;

	ck_assert_status(wsmsg_mo_parse(&mo, im.bytes, im.size), WSMSG_MO_OK);
	ck_assert_ptr_null(wsmsg_mo_text(&mo, KEY_OTHER));
	ck_assert_str_eq(wsmsg_mo_lookup(&mo, KEY_OTHER), "");
	wsmsg_mo_free(&mo);
	free(im.bytes);
}
END_TEST

/* A catalog of another program reads; the library's keys just miss. */
START_TEST(keys_not_the_librarys)
{
	static const struct pair pairs[] = {
		PAIR("", "Content-Type: text/plain; charset=UTF-8\n"),
		PAIR("%s: No such file", "%s : fichier introuvable"),
		PAIR("Cancel", "Annuler"),
		PAIR("WS_E_OTHER", "pas le contexte"),
		PAIR("menu\004Open", "Ouvrir"),
	};
	struct image im = WRITE_MO(pairs, false);
	struct wsmsg_mo mo;

	ck_assert_status(wsmsg_mo_parse(&mo, im.bytes, im.size), WSMSG_MO_OK);
	for (size_t m = 0; m < wsmsg_nentries + wsmsg_nphrases; m++)
		ck_assert_ptr_null(wsmsg_mo_text(&mo, library_key(m)));
	ck_assert_str_eq(wsmsg_mo_text(&mo, "Cancel"), "Annuler");
	ck_assert_str_eq(wsmsg_mo_text(&mo, "menu\004Open"), "Ouvrir");
	wsmsg_mo_free(&mo);
	free(im.bytes);
}
END_TEST

/* ---- Files ---- */

START_TEST(a_good_file_on_disk)
{
	struct image im = WRITE_MO(good, false);
	struct wsmsg_mo mo;
	const char *path = write_file("good.mo", &im);

	ck_assert_status(wsmsg_mo_read(&mo, path), WSMSG_MO_OK);
	ck_assert_str_eq(wsmsg_mo_text(&mo, KEY_OTHER), "Autre.");
	wsmsg_mo_free(&mo);
	/* Through a symbolic link to it. */
	ck_assert_int_eq(symlink(path, tmp_path("link.mo")), 0);
	ck_assert_status(wsmsg_mo_read(&mo, tmp_path("link.mo")), WSMSG_MO_OK);
	wsmsg_mo_free(&mo);
	/* A bad file on disk gives what it gives in memory. */
	im.bytes[0] ^= 1;
	ck_assert_status(wsmsg_mo_read(&mo, write_file("bad.mo", &im)), WSMSG_MO_BAD_MAGIC);
	ck_assert_ptr_null(mo.data);
	free(im.bytes);
}
END_TEST

START_TEST(a_missing_file)
{
	struct wsmsg_mo mo = { .count = 7 };

	errno = 0;
	ck_assert_status(wsmsg_mo_read(&mo, tmp_path("none.mo")), WSMSG_MO_UNREADABLE);
	ck_assert_int_eq(errno, ENOENT);
	ck_assert_ptr_null(mo.data);
	ck_assert_uint_eq(mo.count, 0);
	ck_assert_status(wsmsg_mo_read(&mo, tmp_path("none/at/all.mo")), WSMSG_MO_UNREADABLE);
	ck_assert_status(wsmsg_mo_read(&mo, ""), WSMSG_MO_UNREADABLE);
	wsmsg_mo_free(&mo);
}
END_TEST

START_TEST(a_file_without_read_permission)
{
	/* root reads it anyway: nothing to test then. */
	if (geteuid() == 0)
		return;
	struct image im = WRITE_MO(good, false);
	const char *path = write_file("secret.mo", &im);
	struct wsmsg_mo mo;

	ck_assert_int_eq(chmod(path, 0), 0);
	errno = 0;
	ck_assert_status(wsmsg_mo_read(&mo, path), WSMSG_MO_UNREADABLE);
	ck_assert_int_eq(errno, EACCES);
	free(im.bytes);
}
END_TEST

START_TEST(not_regular_files)
{
	struct wsmsg_mo mo;

	ck_assert_status(wsmsg_mo_read(&mo, tmp_dir), WSMSG_MO_NOT_REGULAR);
	ck_assert_status(wsmsg_mo_read(&mo, "/"), WSMSG_MO_NOT_REGULAR);
	/* A FIFO with no writer: opening it must not wait for one. */
	ck_assert_int_eq(mkfifo(tmp_path("fifo.mo"), 0600), 0);
	alarm(10);
	ck_assert_status(wsmsg_mo_read(&mo, tmp_path("fifo.mo")), WSMSG_MO_NOT_REGULAR);
	alarm(0);
	/* A device, through a symbolic link: read, it would never end. */
	ck_assert_int_eq(symlink("/dev/zero", tmp_path("zero.mo")), 0);
	ck_assert_status(wsmsg_mo_read(&mo, tmp_path("zero.mo")), WSMSG_MO_NOT_REGULAR);
	ck_assert_status(wsmsg_mo_read(&mo, "/dev/null"), WSMSG_MO_NOT_REGULAR);
	ck_assert_ptr_null(mo.data);
}
END_TEST

/* A sparse file of `size` bytes, or false where the file system cannot
 * make one. */
static bool sparse_file(const char *path, off_t size)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	ck_assert_int_ge(fd, 0);
	bool made = ftruncate(fd, size) == 0;
	ck_assert_int_eq(close(fd), 0);
	return made;
}

START_TEST(a_file_too_large)
{
	struct wsmsg_mo mo;

	ck_assert(sparse_file(tmp_path("large.mo"), (off_t)WSMSG_MO_MAX_SIZE + 1));
	ck_assert_status(wsmsg_mo_read(&mo, tmp_path("large.mo")), WSMSG_MO_TOO_LARGE);
	/* A terabyte: refused before anything is allocated or read, or this
	 * would take hours or fail for memory. */
	if (sparse_file(tmp_path("huge.mo"), (off_t)1 << 40))
		ck_assert_status(wsmsg_mo_read(&mo, tmp_path("huge.mo")), WSMSG_MO_TOO_LARGE);
	unlink(tmp_path("huge.mo"));
	/* The largest size is read: 4 MiB of zeros, not a .mo file. */
	ck_assert(sparse_file(tmp_path("largest.mo"), (off_t)WSMSG_MO_MAX_SIZE));
	ck_assert_status(wsmsg_mo_read(&mo, tmp_path("largest.mo")), WSMSG_MO_BAD_MAGIC);
	/* In memory, the bytes past the limit are not even copied: `one` is a
	 * single byte, and AddressSanitizer would see the rest read. */
	static const unsigned char one[1];
	ck_assert_status(wsmsg_mo_parse(&mo, one, (size_t)WSMSG_MO_MAX_SIZE + 1), WSMSG_MO_TOO_LARGE);
	ck_assert_status(wsmsg_mo_parse(&mo, one, SIZE_MAX), WSMSG_MO_TOO_LARGE);
	ck_assert_ptr_null(mo.data);
}
END_TEST

/* A file whose size says more than a read gives (sysfs: 4096 bytes, a
 * few lines read) is checked as what was read. */
START_TEST(a_file_shorter_than_its_size)
{
	static const char path[] = "/sys/devices/system/cpu/online";
	struct stat st;
	struct wsmsg_mo mo;

	if (stat(path, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size < 28)
		return; /* no sysfs here */
	ck_assert_status(wsmsg_mo_read(&mo, path), WSMSG_MO_TRUNCATED);
}
END_TEST

/*
 * Out of memory: a child process whose address space can grow by 1 MiB
 * at most, so that the copy of a 4 MiB file cannot be allocated.  Not
 * under a sanitizer or valgrind, whose allocators stop the program, or
 * need far more room, instead of returning NULL.
 */
START_TEST(out_of_memory)
{
	if (TESTING_ASAN || TESTING_TSAN || TESTING_UBSAN || under_valgrind())
		return;
	static const struct pair pairs[] = { HEADER_PAIR };
	struct image im = WRITE_MO(pairs, false);
	im.bytes = realloc(im.bytes, WSMSG_MO_MAX_SIZE);
	ck_assert_ptr_nonnull(im.bytes);
	memset(im.bytes + im.size, 0, WSMSG_MO_MAX_SIZE - im.size);
	im.size = WSMSG_MO_MAX_SIZE;
	const char *path = write_file("full.mo", &im);
	fflush(NULL);
	pid_t pid = fork();
	ck_assert_int_ge(pid, 0);
	if (pid == 0) {
		long pages = 0;
		FILE *statm = fopen("/proc/self/statm", "r");
		if (statm == NULL || fscanf(statm, "%ld", &pages) != 1)
			_exit(2);
		fclose(statm);
		struct rlimit limit = { 0, 0 };
		limit.rlim_cur = limit.rlim_max = (rlim_t)pages * (rlim_t)sysconf(_SC_PAGESIZE) + (1 << 20);
		if (setrlimit(RLIMIT_AS, &limit) != 0)
			_exit(3);
		struct wsmsg_mo mo;
		int in_memory = wsmsg_mo_parse(&mo, im.bytes, im.size);
		int on_disk = wsmsg_mo_read(&mo, path);
		_exit(in_memory == WSMSG_MO_NO_MEMORY && mo.data == NULL &&
		      on_disk == WSMSG_MO_NO_MEMORY ? 0 : 10 + in_memory);
	}
	int status;
	ck_assert_int_eq(waitpid(pid, &status, 0), pid);
	ck_assert_msg(WIFEXITED(status) && WEXITSTATUS(status) == 0,
	              "the child exited with %d", WIFEXITED(status) ? WEXITSTATUS(status) : -1);
	/* With the memory, the same file reads. */
	struct wsmsg_mo mo;
	ck_assert_status(wsmsg_mo_parse(&mo, im.bytes, im.size), WSMSG_MO_OK);
	wsmsg_mo_free(&mo);
	free(im.bytes);
}
END_TEST

/* ---- Statuses ---- */

START_TEST(every_status_has_a_phrase)
{
	for (int s = WSMSG_MO_OK; s <= WSMSG_MO_NO_MEMORY; s++) {
		const char *phrase = wsmsg_mo_strerror((enum wsmsg_mo_status)s);
		ck_assert_ptr_nonnull(phrase);
		ck_assert_uint_gt(strlen(phrase), 5);
		for (int t = WSMSG_MO_OK; t < s; t++)
			ck_assert_str_ne(phrase, wsmsg_mo_strerror((enum wsmsg_mo_status)t));
	}
	ck_assert_str_eq(wsmsg_mo_strerror(WSMSG_MO_BAD_MAGIC), "not a .mo file (bad magic number)");
	ck_assert_ptr_nonnull(wsmsg_mo_strerror((enum wsmsg_mo_status)-1));
	ck_assert_ptr_nonnull(wsmsg_mo_strerror((enum wsmsg_mo_status)(WSMSG_MO_NO_MEMORY + 1)));
}
END_TEST

/* A zeroed struct, never read: lookups miss, and freeing it is safe. */
START_TEST(a_zeroed_struct)
{
	struct wsmsg_mo mo = { 0 };

	ck_assert_ptr_null(wsmsg_mo_text(&mo, ""));
	ck_assert_ptr_null(wsmsg_mo_lookup(&mo, KEY_OTHER));
	wsmsg_mo_free(&mo);
}
END_TEST

static void make_tmp_dir(void)
{
	ck_assert_ptr_nonnull(mkdtemp(tmp_dir));
}

static void remove_tmp_dir(void)
{
	static const char *const names[] = {
		"empty.mo", "good.mo", "link.mo", "bad.mo", "secret.mo", "fifo.mo", "zero.mo",
		"large.mo", "huge.mo", "largest.mo", "full.mo",
	};
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		unlink(tmp_path(names[i]));
	rmdir(tmp_dir);
}

int main(void)
{
	Suite *s = suite_create("mo");
	TCase *built = tcase_create("built catalogs");
	TCase *format = tcase_create("format");
	TCase *texts = tcase_create("texts");
	TCase *files = tcase_create("files");

	tcase_add_test(built, every_built_catalog_reads_as_compiled_in);
	tcase_add_test(built, the_french_catalog_has_its_text);
	tcase_add_test(built, a_catalog_cut_at_every_length);
	tcase_add_test(built, the_other_byte_order_reads_the_same);
	suite_add_tcase(s, built);

	tcase_add_test(format, a_good_file_reads);
	tcase_add_loop_test(format, a_binary_search_finds_every_entry, 0, 2);
	tcase_add_loop_test(format, a_wrong_magic_number, 0, 5);
	tcase_add_loop_test(format, a_major_revision, 0, 2);
	tcase_add_loop_test(format, a_header_word_out_of_range, 0,
	                    sizeof header_cases / sizeof header_cases[0]);
	tcase_add_test(format, a_table_at_the_end_of_the_file);
	tcase_add_loop_test(format, a_string_out_of_bounds, 0,
	                    2 * sizeof string_cases / sizeof string_cases[0]);
	tcase_add_test(format, a_missing_nul);
	tcase_add_test(format, overlapping_strings);
	tcase_add_test(format, originals_longer_together_than_the_file);
	tcase_add_test(format, originals_out_of_order);
	tcase_add_loop_test(format, the_header_must_declare_utf8, 0, sizeof headers / sizeof headers[0]);
	tcase_add_test(format, every_status_has_a_phrase);
	tcase_add_test(format, a_zeroed_struct);
	suite_add_tcase(s, format);

	tcase_add_loop_test(texts, a_bad_text_is_not_given, 0, sizeof bad_texts / sizeof bad_texts[0]);
	tcase_add_loop_test(texts, a_good_text_is_given, 0, sizeof good_texts / sizeof good_texts[0]);
	tcase_add_test(texts, the_header_alone_has_lines);
	tcase_add_test(texts, a_plural_entry_gives_its_first_form);
	tcase_add_test(texts, an_empty_translation_is_none);
	tcase_add_test(texts, keys_not_the_librarys);
	suite_add_tcase(s, texts);

	tcase_add_unchecked_fixture(files, make_tmp_dir, remove_tmp_dir);
	tcase_add_test(files, an_empty_file_is_truncated);
	tcase_add_test(files, a_good_file_on_disk);
	tcase_add_test(files, a_missing_file);
	tcase_add_test(files, a_file_without_read_permission);
	tcase_add_test(files, not_regular_files);
	tcase_add_test(files, a_file_too_large);
	tcase_add_test(files, a_file_shorter_than_its_size);
	tcase_add_test(files, out_of_memory);
	suite_add_tcase(s, files);
	return run_suite(s);
}
