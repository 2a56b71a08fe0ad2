/*
 * wsmsg_negotiate(): which catalog an Accept-Language value or a
 * LANGUAGE list gets.  Each test is one rule of include/wsmsg.h and
 * wsmsg(3), with the examples that show it.
 */
#include <stdio.h>
#include <time.h>

#include "testing.h"

#define COUNT(a) (sizeof (a) / sizeof (a)[0])

/* Is `tag` one of the pointers of wsmsg_languages() (not only an equal
 * string)? */
static bool is_catalog_tag(const char *tag)
{
	for (const char *const *l = wsmsg_languages(); *l != NULL; l++)
		if (*l == tag)
			return true;
	return false;
}

/* The element "en" of wsmsg_languages(). */
static const char *english_tag(void)
{
	for (const char *const *l = wsmsg_languages(); *l != NULL; l++)
		if (strcmp(*l, "en") == 0)
			return *l;
	ck_abort_msg("no \"en\" in wsmsg_languages()");
	return NULL;
}

/* The value gives S_OK and the catalog `catalog`, as an element of
 * wsmsg_languages(). */
static void assert_negotiates(const char *value, const char *catalog)
{
	const char *tag = NULL;

	ck_assert_msg(wsmsg_negotiate(value, &tag) == S_OK,
	              "\"%s\" should find a catalog", value);
	ck_assert_msg(tag != NULL && strcmp(tag, catalog) == 0,
	              "\"%s\" gives %s, expected %s", value, tag ? tag : "NULL",
	              catalog);
	ck_assert_msg(is_catalog_tag(tag), "\"%s\": %s is not an element of "
	              "wsmsg_languages()", value, tag);
}

/* The value has no catalog: WS_E_NO_TRANSLATION_AVAILABLE, and the
 * element "en" of wsmsg_languages(). */
static void assert_no_catalog(const char *value)
{
	const char *tag = NULL;

	ck_assert_msg(wsmsg_negotiate(value, &tag) == WS_E_NO_TRANSLATION_AVAILABLE,
	              "\"%s\" should find no catalog (got %s)", value,
	              tag ? tag : "NULL");
	ck_assert_ptr_eq(tag, english_tag());
}

/* The value gives a catalog other than each of `not`. */
static void assert_avoids(const char *value, const char *const *not, size_t n)
{
	const char *tag = NULL;
	int32_t status = wsmsg_negotiate(value, &tag);

	ck_assert_msg(status == S_OK || status == WS_E_NO_TRANSLATION_AVAILABLE,
	              "\"%s\": status 0x%08X", value, (unsigned)status);
	ck_assert(is_catalog_tag(tag));
	for (size_t i = 0; i < n; i++)
		ck_assert_msg(strcmp(tag, not[i]) != 0, "\"%s\" gives %s", value, tag);
}

/* ---- Weights ---- */

/* RFC 9110's own example: Swiss French is first, and finds French. */
START_TEST(the_rfc_example_reads_french)
{
	assert_negotiates("fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5", "fr-FR");
}
END_TEST

START_TEST(higher_weights_come_first)
{
	assert_negotiates("de;q=0.5, it", "it");
	assert_negotiates("ja;q=0.001, ko;q=0.002", "ko");
	assert_negotiates("es;q=0.9, pl;q=0.95", "pl");
	assert_negotiates("ru;q=0.1, uk;q=0.125, bg;q=0.12", "uk");
	assert_negotiates("uk;q=0.125, bg;q=0.2", "bg");
	assert_negotiates("uk;q=0.999, bg", "bg");
	/* A range without a catalog is passed over for the next weight. */
	assert_negotiates("qaa, de;q=0.2, it;q=0.1", "de");
}
END_TEST

START_TEST(equal_weights_keep_their_written_order)
{
	assert_negotiates("it, de", "it");
	assert_negotiates("de, it", "de");
	assert_negotiates("de;q=0.5, it;q=0.500", "de");
	assert_negotiates("ko;q=1, ja;q=1.0, pl;q=1.000", "ko");
	assert_negotiates("pl;q=0.3, ja, ko;q=1", "ja");
}
END_TEST

/* ---- What a range finds ---- */

/* Each range finds the catalog wsmsg_describe_lang() reads for it. */
static const struct {
	const char *range, *catalog;
} finds[] = {
	{ "zh-HK", "zh-TW" }, { "zh-MO", "zh-TW" }, { "zh-Hant", "zh-TW" },
	{ "zh-Hant-HK", "zh-TW" }, { "zh", "zh-CN" }, { "zh-SG", "zh-CN" },
	{ "zh-Hans-TW", "zh-CN" }, { "fr", "fr-FR" }, { "fr-BE", "fr-FR" },
	{ "fr-CH", "fr-FR" }, { "fr-ca", "fr-CA" }, { "fr_CA.UTF-8", "fr-CA" },
	{ "es-AR", "es-MX" }, { "es-419", "es-MX" }, { "es-ES", "es" },
	{ "pt", "pt-BR" }, { "pt-AO", "pt-PT" }, { "en-US", "en" },
	{ "en-AU", "en" }, { "en-GB", "en-GB" }, { "sh", "sr-Latn" },
	{ "sr-ME", "sr-Latn" }, { "sr_RS@latin", "sr-Latn" }, { "no", "nb" },
	{ "iw", "he" }, { "mo", "ro" }, { "de-AT", "de" }, { "DE-de", "de" },
	{ "ja-JP", "ja" },
	/* English is what C and POSIX mean. */
	{ "C", "en" }, { "POSIX", "en" }, { "C.UTF-8", "en" },
};

START_TEST(a_range_finds_what_describe_lang_reads)
{
	assert_negotiates(finds[_i].range, finds[_i].catalog);
	/* And the catalog found gives the range's own texts. */
	const char *tag = NULL;
	ck_assert_hr(wsmsg_negotiate(finds[_i].range, &tag), S_OK);
	for (size_t i = 0; i < wsmsg_count(); i++) {
		int32_t code = wsmsg_code_at(i);
		const char *by_range = NULL, *by_tag = NULL;
		int32_t st = wsmsg_describe_lang(code, finds[_i].range, &by_range);
		ck_assert_hr(wsmsg_describe_lang(code, tag, &by_tag), st);
		ck_assert_str_eq(by_range, by_tag);
	}
}
END_TEST

/* Every catalog's own tag finds that catalog: the pointer returned is
 * the element itself, which wsmsg_describe_lang() reads at once. */
START_TEST(every_catalog_tag_finds_itself)
{
	const char *const *l = wsmsg_languages();

	for (size_t i = 0; l[i] != NULL; i++) {
		const char *tag = NULL;
		ck_assert_hr(wsmsg_negotiate(l[i], &tag), S_OK);
		ck_assert_ptr_eq(tag, l[i]);
	}
}
END_TEST

START_TEST(a_range_without_a_catalog_finds_nothing)
{
	assert_no_catalog("qaa");
	assert_no_catalog("qaa, qtz-QM;q=0.5, x-private");
	assert_no_catalog("nn"); /* Nynorsk is not Bokmal */
	assert_no_catalog("");
	assert_no_catalog(" \t ");
}
END_TEST

/* Serbian is Cyrillic unless it says otherwise, and the only catalog
 * is in Latin script. */
START_TEST(serbian_needs_latin_script)
{
	assert_no_catalog("sr");
	assert_no_catalog("sr-Cyrl, sr-RS");
	assert_negotiates("sr, sr-Latn;q=0.5", "sr-Latn");
	assert_negotiates("sr-Latn-RS", "sr-Latn");
}
END_TEST

/* ---- Exclusions and "*" ---- */

START_TEST(weight_zero_excludes_what_the_range_names)
{
	static const char *const french[] = { "fr-FR", "fr-CA" };

	/* By basic filtering: "fr" names fr-FR and fr-CA. */
	assert_avoids("fr;q=0, *", french, COUNT(french));
	assert_negotiates("fr;q=0, *", wsmsg_languages()[0]);
	assert_negotiates("fr;q=0, fr-CA, fr-FR, de;q=0.1", "de");
	assert_negotiates("fr;q=0.000, fr-CA, it;q=0.5", "it");
	assert_negotiates("FR;q=0, fr-CA, it;q=0.5", "it");
	assert_no_catalog("ZH;q=0, zh-TW");
	/* A prefix must end where a subtag does: "f" is not "fr". */
	assert_negotiates("f;q=0, fr-CA", "fr-CA");
	assert_negotiates("fr-C;q=0, fr-CA", "fr-CA");
	/* By what the range finds: zh-HK finds zh-TW. */
	assert_negotiates("zh-HK;q=0, zh-TW, ja;q=0.5", "ja");
	assert_negotiates("C;q=0, en, de;q=0.5", "de");
	/* Whatever the order, and whatever the other range's weight. */
	assert_no_catalog("fr-FR, fr;q=0");
	assert_no_catalog("fr;q=0, fr");
	assert_no_catalog("zh-TW;q=0, zh-HK");
	/* A range of weight 0 alone finds nothing. */
	assert_no_catalog("fr;q=0");
}
END_TEST

/* A browser's value: the first range, of weight 1, decides, unless a
 * range of weight 0, in any of its spellings, excludes what it finds. */
START_TEST(the_first_range_decides_unless_excluded)
{
	assert_negotiates("fr-CH,fr;q=0.9,en-US;q=0.8,en;q=0.7", "fr-FR");
	assert_negotiates("en-US,en;q=0.9", "en");
	assert_no_catalog("fr-CH,fr;q=0");
	assert_negotiates("fr-CH,fr;q=0.,de;q=0.5", "de");
	assert_negotiates("fr-CH,fr;q=0.0,de;q=0.5", "de");
	assert_negotiates("fr-CH,fr;q=0.00,de;q=0.5", "de");
	assert_negotiates("fr-CH,fr;q=0.000,de;q=0.5", "de");
	assert_negotiates("fr-CH,fr;Q=0,de;q=0.5", "de");
	assert_negotiates("fr-CH,fr-BE;q=0,de;q=0.5", "de");
	assert_negotiates("fr-CH,de;q=0.5,fr-FR;q=0", "de");
	assert_negotiates("C,en;q=0,de;q=0.1", "de");
	/* A range may start with a digit ("419" is well formed). */
	assert_no_catalog("fr-CH,fr;q=0,1");
	assert_no_catalog("fr-CH,fr;q=0,419");
	/* Weights above 0, and malformed ones, exclude nothing. */
	assert_negotiates("fr-CH,fr;q=0.001,de;q=0.5", "fr-FR");
	assert_negotiates("fr-CH,fr;q=0.05,de;q=0.5", "fr-FR");
	assert_negotiates("fr-CH,fr;q=0.010,de;q=0.5", "fr-FR");
	assert_negotiates("fr-CH,fr;q=0.0005,de;q=0.5", "fr-FR");
	assert_negotiates("fr-CH,fr;q=,de;q=0.5", "fr-FR");
	assert_negotiates("fr-CH,fr-CA;q=0,de;q=0.5", "fr-FR");
	assert_negotiates("fr-CH,*;q=0", "fr-FR");
	assert_negotiates("fr-CH,*", "fr-FR");
	assert_negotiates("C,de", "en");
	/* A first range that finds nothing leaves it to the others. */
	assert_negotiates("qaa,fr;q=0.5", "fr-FR");
	assert_negotiates("fr-CH;q=0.5,de", "de");
}
END_TEST

/* The weight 0 is found wherever it is written, before or after other
 * weights, at any distance from the first range. */
START_TEST(a_weight_zero_is_found_at_any_offset)
{
	char value[128];

	for (int k = 0; k < 24; k++) {
		snprintf(value, sizeof value, "fr-CH,%*sfr;q=0,de;q=0.5", k, "");
		memset(value + 6, ',', (size_t)k);
		assert_negotiates(value, "de");
		snprintf(value, sizeof value, "fr-CH,%*sde;q=0.5,fr;q=0", k, "");
		memset(value + 6, ',', (size_t)k);
		assert_negotiates(value, "de");
		snprintf(value, sizeof value, "fr-CH,%*sfr;q=0.5,de;q=0.5", k, "");
		memset(value + 6, ',', (size_t)k);
		assert_negotiates(value, "fr-FR");
	}
}
END_TEST

START_TEST(star_is_the_first_catalog_nothing_else_names)
{
	const char *const *l = wsmsg_languages();
	static const char *const english[] = { "en", "en-GB" };
	const char *tag = NULL;

	ck_assert_hr(wsmsg_negotiate("*", &tag), S_OK);
	ck_assert_ptr_eq(tag, l[0]);
	ck_assert_str_eq(tag, "en");
	/* "en" names en and en-GB, which "*" then stands for no more. */
	assert_avoids("en;q=0.1, *", english, COUNT(english));
	assert_avoids("*, en;q=0.5", english, COUNT(english));
	/* A weight above the star's still wins. */
	assert_negotiates("*;q=0.5, en-GB", "en-GB");
	/* LANGUAGE lists have no "*". */
	assert_negotiates("*:de", "de");
}
END_TEST

START_TEST(star_with_weight_zero_excludes_the_rest)
{
	assert_no_catalog("*;q=0");
	assert_no_catalog("*;q=0, *");
	assert_no_catalog("*;q=0, qaa");
	/* What another range names stays acceptable. */
	assert_negotiates("fr, *;q=0", "fr-FR");
	assert_negotiates("*;q=0, de;q=0.1", "de");
	assert_negotiates("*;q=0, zh-HK;q=0.1", "zh-TW");
}
END_TEST

/* ---- The two forms ---- */

START_TEST(a_language_list_is_tried_in_order)
{
	assert_negotiates("qaa:fr_CA:zh_TW", "fr-CA");
	assert_negotiates("de:fr_FR:en", "de");
	assert_negotiates("::fr_FR.UTF-8:", "fr-FR");
	assert_negotiates("sr:sr@latin", "sr-Latn");
	assert_negotiates("C:fr", "en");
	assert_negotiates("POSIX:fr", "en");
	assert_no_catalog("qaa:qab");
	assert_no_catalog(":::");
	/* Weights and spaces are not part of a LANGUAGE list. */
	assert_negotiates("fr;q=0:de", "de");
	assert_negotiates(" fr:de", "de");
}
END_TEST

START_TEST(a_comma_makes_an_accept_language_value)
{
	/* "fr:de" is then one malformed range. */
	assert_negotiates("fr:de, it", "it");
	assert_negotiates("it;q=0.5, fr:de", "it");
}
END_TEST

START_TEST(a_single_tag_is_a_value)
{
	assert_negotiates("de", "de");
	assert_negotiates("fr_FR.UTF-8", "fr-FR");
	assert_negotiates("fr_BE@euro", "fr-FR");
	assert_negotiates("zh-Hant-TW", "zh-TW");
	assert_negotiates("ko;q=0.5", "ko");
	assert_negotiates("  ja  ", "ja");
}
END_TEST

/* ---- Malformed ranges ---- */

/* Each is skipped, and the rest of the value still counts. */
static const char *const malformed[] = {
	"fr;q=2", "fr;q=0.1234", "fr;q=abc", "fr;q=.5", "fr;q=1.5", "fr;q=1.0001",
	"fr;q=1.001", "fr;q=-0", "fr;q=", "fr;q", "fr;", "fr;;q=1", "fr;level=1",
	"fr q=1", "fr;q=0.5;q=1", "fr;q=0.5 x", "fr;q =0.5", "fr;q= 0.5",
	"fr\xc3\xa9", "fr\x01", "fr/FR", "../fr", "fr\"", "fr*", "**", "*-fr",
	"fr-FR-x-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", /* 65 bytes */
	";q=1", "fr\r", "fr\n", "fr\v",
};

START_TEST(a_malformed_range_is_skipped)
{
	char value[128];

	snprintf(value, sizeof value, "%s, ko;q=0.5", malformed[_i]);
	assert_negotiates(value, "ko");
	snprintf(value, sizeof value, "ko;q=0.5,%s", malformed[_i]);
	assert_negotiates(value, "ko");
	assert_no_catalog(malformed[_i]);
}
END_TEST

START_TEST(a_malformed_weight_zero_excludes_nothing)
{
	assert_negotiates("fr;q=0.0000, fr-FR;q=0.5", "fr-FR");
	assert_negotiates("fr;q=0 x, fr-FR;q=0.5", "fr-FR");
}
END_TEST

START_TEST(empty_elements_and_spaces_are_allowed)
{
	assert_negotiates(",,,de,,", "de");
	assert_negotiates(", ,\t,de", "de");
	assert_negotiates(" \t fr-FR \t ", "fr-FR");
	assert_negotiates("fr ; q=0.5 ,\tko;q=0.6", "ko");
	assert_negotiates("fr;\tq=0.5,ko ;q=0.4", "fr-FR");
	assert_negotiates("fr;Q=0.5, ko;q=0.4", "fr-FR");
	assert_negotiates("fr;q=1., ko", "fr-FR");
	assert_negotiates("fr;q=0., ko;q=0.001", "ko");
}
END_TEST

/* ---- Arguments and limits ---- */

START_TEST(null_arguments)
{
	const char *tag = "untouched";

	ck_assert_hr(wsmsg_negotiate(NULL, &tag), E_INVALIDARG);
	ck_assert_ptr_null(tag);
	ck_assert_hr(wsmsg_negotiate("fr", NULL), E_INVALIDARG);
	ck_assert_hr(wsmsg_negotiate(NULL, NULL), E_INVALIDARG);
}
END_TEST

static char big[WSMSG_RANGES_MAX + 2];

/* `len` bytes of `fill`, then `tail` at the end. */
static const char *filled(char fill, size_t len, const char *tail)
{
	size_t n = strlen(tail);

	ck_assert_uint_le(len, sizeof big - 1);
	ck_assert_uint_le(n, len);
	memset(big, fill, len - n);
	memcpy(big + len - n, tail, n);
	big[len] = '\0';
	return big;
}

START_TEST(a_value_is_at_most_the_limit)
{
	const char *tag = "untouched";

	ck_assert_uint_eq(WSMSG_RANGES_MAX, 4096);
	assert_negotiates(filled(',', WSMSG_RANGES_MAX, "de"), "de");
	ck_assert_hr(wsmsg_negotiate(filled(',', WSMSG_RANGES_MAX + 1, "de"), &tag),
	             E_INVALIDARG);
	ck_assert_ptr_null(tag);
	/* Valid at its start makes no difference. */
	big[0] = 'd', big[1] = 'e';
	ck_assert_hr(wsmsg_negotiate(big, &tag), E_INVALIDARG);
	ck_assert_ptr_null(tag);
}
END_TEST

/* `n` copies of `range`, then `tail`. */
static const char *repeated(const char *range, size_t n, const char *tail)
{
	size_t len = 0, r = strlen(range), t = strlen(tail);

	for (size_t i = 0; i < n; i++) {
		ck_assert_uint_lt(len + r + 1, sizeof big);
		memcpy(big + len, range, r);
		len += r;
		big[len++] = ',';
	}
	ck_assert_uint_lt(len + t, sizeof big);
	memcpy(big + len, tail, t + 1);
	return big;
}

/* Only the first 64 well-formed ranges are read. */
START_TEST(at_most_64_ranges_are_read)
{
	assert_negotiates(repeated("qaa", 63, "de"), "de");
	assert_no_catalog(repeated("qaa", 64, "de"));
	assert_negotiates(repeated("*;q=0", 63, "de"), "de");
	/* Malformed ranges are not counted. */
	assert_negotiates(repeated("fr;q=2", 200, "de"), "de");
	assert_negotiates(repeated("fr*", 200, "de"), "de");
	assert_negotiates(repeated("qaa,fr*", 63, "de"), "de");
	assert_no_catalog(repeated("qaa,fr*", 64, "de"));
	/* Nor empty ones. */
	assert_negotiates(repeated("", 1000, "de"), "de");
	/* A 65th range of weight 0 excludes nothing. */
	char value[WSMSG_RANGES_MAX];
	snprintf(value, sizeof value, "de,%s", repeated("qaa", 62, "de;q=0"));
	assert_no_catalog(value);
	snprintf(value, sizeof value, "de,%s", repeated("qaa", 63, "de;q=0"));
	assert_negotiates(value, "de");
}
END_TEST

/* The CPU time of this thread, so that a busy machine does not count. */
static double now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* Values of the longest length, built to cost the most: each call
 * takes under 5 ms of CPU time (50 under sanitizers or valgrind), where
 * it takes a few hundred microseconds at most. */
START_TEST(the_longest_values_are_quick)
{
	static char values[8][WSMSG_RANGES_MAX + 1];
	size_t n = 0;

	memcpy(values[n++], filled(',', WSMSG_RANGES_MAX, ""), WSMSG_RANGES_MAX + 1);
	memcpy(values[n++], filled('a', WSMSG_RANGES_MAX, ""), WSMSG_RANGES_MAX + 1);
	memcpy(values[n++], filled(':', WSMSG_RANGES_MAX, ""), WSMSG_RANGES_MAX + 1);
	memcpy(values[n++], filled(' ', WSMSG_RANGES_MAX, ""), WSMSG_RANGES_MAX + 1);
	memcpy(values[n++], filled('a', WSMSG_RANGES_MAX, ":"), WSMSG_RANGES_MAX + 1);
	memcpy(values[n++], repeated("*", 2000, ""), WSMSG_RANGES_MAX + 1);
	memcpy(values[n++], repeated("zh-Hant-HK-x-aaaaaaaaaaaaaaaaaaaaaaaa;q=0", 64, ""),
	       WSMSG_RANGES_MAX + 1);
	memcpy(values[n++], repeated("zh-Hant-HK-x-aaaaaaaaaaaaaaaaaaaaaaaa;q=0.5", 64, "*"),
	       WSMSG_RANGES_MAX + 1);
	ck_assert_uint_eq(n, COUNT(values));

	bool slow = under_valgrind() || TESTING_ASAN || TESTING_TSAN || TESTING_UBSAN;
	double limit = slow ? 50e-3 : 5e-3;
	for (size_t v = 0; v < n; v++) {
		const int calls = 20;
		const char *tag = NULL;
		double start = now();
		for (int i = 0; i < calls; i++) {
			int32_t st = wsmsg_negotiate(values[v], &tag);
			ck_assert(st == S_OK || st == WS_E_NO_TRANSLATION_AVAILABLE);
		}
		double each = (now() - start) / calls;
		ck_assert_msg(each < limit, "value %zu: %.3f ms a call", v, each * 1e3);
	}
}
END_TEST

/* The value is a weak random mix of every byte from 1 to 255 with the
 * bytes of ranges: any answer is a catalog, never a crash. */
static void assert_any_answer(const char *value, size_t index)
{
	const char *tag = NULL;
	int32_t st = wsmsg_negotiate(value, &tag);

	ck_assert_msg(st == S_OK || st == WS_E_NO_TRANSLATION_AVAILABLE,
	              "value %zu: status 0x%08X", index, (unsigned)st);
	ck_assert_msg(is_catalog_tag(tag), "value %zu: not a catalog tag", index);
	if (st == WS_E_NO_TRANSLATION_AVAILABLE)
		ck_assert_ptr_eq(tag, english_tag());
}

START_TEST(hostile_bytes_never_crash)
{
	static const char *const pieces[] = {
		"fr", "de", "*", ";", "q=", "0", "1", ".", "5", ",", ":", " ", "\t",
		"-", "_", "zh-HK", "sr", "C", "@latin", "\xff", "\x80", "\x01",
	};
	char value[512];
	uint64_t state = 42;

	/* Every byte alone, and inside and around a range. */
	for (unsigned b = 1; b < 256; b++) {
		static const char *const shapes[] = {
			"%c", "fr%c", "%cfr", "fr;q=0%c", "fr;q=%c, de", "fr%c, de;q=0.5",
			"fr:%c:de",
		};
		for (size_t s = 0; s < COUNT(shapes); s++) {
			snprintf(value, sizeof value, shapes[s], (char)b);
			assert_any_answer(value, b);
		}
	}
	/* Every byte from 1 to 255 at once, in order. */
	for (unsigned b = 1; b < 256; b++)
		value[b - 1] = (char)b;
	value[255] = '\0';
	assert_any_answer(value, 0);
	/* Random mixes of pieces and bytes. */
	for (size_t i = 0; i < 5000; i++) {
		size_t len = 0;
		state = state * UINT64_C(6364136223846793005) + 1442695040888963407u;
		size_t parts = (size_t)(state >> 33) % 40;
		for (size_t p = 0; p < parts; p++) {
			state = state * UINT64_C(6364136223846793005) + 1442695040888963407u;
			unsigned r = (unsigned)(state >> 33);
			if (r % 4 == 0) {
				value[len++] = (char)(1 + r / 4 % 255);
			} else {
				const char *piece = pieces[r / 4 % COUNT(pieces)];
				memcpy(value + len, piece, strlen(piece));
				len += strlen(piece);
			}
		}
		value[len] = '\0';
		assert_any_answer(value, i);
	}
}
END_TEST

/* ---- Using the answer ---- */

START_TEST(the_answer_goes_straight_back_to_the_library)
{
	const char *tag = NULL;
	char line[512];

	ck_assert_hr(wsmsg_negotiate("zh-HK, en;q=0.5", &tag), S_OK);
	ck_assert_hr(wsmsg_format(WS_E_OTHER, tag, line, sizeof line), S_OK);
	char want[512];
	ck_assert_hr(wsmsg_format(WS_E_OTHER, "zh-HK", want, sizeof want), S_OK);
	ck_assert_str_eq(line, want);
	ck_assert_hr(wsmsg_negotiate("qaa", &tag), WS_E_NO_TRANSLATION_AVAILABLE);
	ck_assert_hr(wsmsg_format(WS_E_OTHER, tag, line, sizeof line), S_OK);
	ck_assert_str_eq(strchr(line, ':') + 2, english(WS_E_OTHER));
}
END_TEST

int main(void)
{
	Suite *s = suite_create("negotiate");
	TCase *weights = tcase_create("weights");
	TCase *finding = tcase_create("what a range finds");
	TCase *exclusions = tcase_create("exclusions and star");
	TCase *forms = tcase_create("forms");
	TCase *bad = tcase_create("malformed ranges");
	TCase *limits = tcase_create("arguments and limits");

	tcase_add_test(weights, the_rfc_example_reads_french);
	tcase_add_test(weights, higher_weights_come_first);
	tcase_add_test(weights, equal_weights_keep_their_written_order);
	tcase_add_loop_test(finding, a_range_finds_what_describe_lang_reads, 0,
	                    COUNT(finds));
	tcase_add_test(finding, every_catalog_tag_finds_itself);
	tcase_add_test(finding, a_range_without_a_catalog_finds_nothing);
	tcase_add_test(finding, serbian_needs_latin_script);
	tcase_add_test(finding, the_answer_goes_straight_back_to_the_library);
	tcase_add_test(exclusions, weight_zero_excludes_what_the_range_names);
	tcase_add_test(exclusions, the_first_range_decides_unless_excluded);
	tcase_add_test(exclusions, a_weight_zero_is_found_at_any_offset);
	tcase_add_test(exclusions, star_is_the_first_catalog_nothing_else_names);
	tcase_add_test(exclusions, star_with_weight_zero_excludes_the_rest);
	tcase_add_test(forms, a_language_list_is_tried_in_order);
	tcase_add_test(forms, a_comma_makes_an_accept_language_value);
	tcase_add_test(forms, a_single_tag_is_a_value);
	tcase_add_loop_test(bad, a_malformed_range_is_skipped, 0, COUNT(malformed));
	tcase_add_test(bad, a_malformed_weight_zero_excludes_nothing);
	tcase_add_test(bad, empty_elements_and_spaces_are_allowed);
	tcase_add_test(limits, null_arguments);
	tcase_add_test(limits, a_value_is_at_most_the_limit);
	tcase_add_test(limits, at_most_64_ranges_are_read);
	tcase_add_test(limits, the_longest_values_are_quick);
	tcase_add_test(limits, hostile_bytes_never_crash);
	suite_add_tcase(s, weights);
	suite_add_tcase(s, finding);
	suite_add_tcase(s, exclusions);
	suite_add_tcase(s, forms);
	suite_add_tcase(s, bad);
	suite_add_tcase(s, limits);
	return run_suite(s);
}
