/*
 * wsmsg_langid_tag(): the tag of a Windows language ID or LCID.  Every
 * row of src/ms-lcid.csv (WSMSG_TEST_LCID_CSV), read here on its own,
 * gives its tag and no ID outside it gives one; the neutral and default
 * values, reserved bits and sort IDs behave as include/wsmsg.h says; and
 * the tags are ones the library reads.
 */
#include <stdio.h>

#include "testing.h"

#define COUNT(a) (sizeof (a) / sizeof (a)[0])

/* The tag each of the 65536 language IDs should have: NULL for none. */
static char *want[0x10000];
static size_t nrows, ntagged;

/* Reads the facts file: "langid,tag,note" rows after comments. */
static void read_facts(void)
{
	const char *path = getenv("WSMSG_TEST_LCID_CSV");
	ck_assert_msg(path != NULL, "WSMSG_TEST_LCID_CSV is not set");
	FILE *f = fopen(path, "r");
	ck_assert_msg(f != NULL, "cannot open %s", path);
	char line[512];
	bool header = false;

	while (fgets(line, sizeof line, f) != NULL) {
		line[strcspn(line, "\n")] = '\0';
		if (line[0] == '#' || line[0] == '\0')
			continue;
		if (!header) {
			ck_assert_str_eq(line, "langid,tag,note");
			header = true;
			continue;
		}
		char *end;
		unsigned long id = strtoul(line, &end, 16);
		ck_assert_msg(*end == ',' && id <= 0xFFFF, "%s: bad row \"%s\"", path, line);
		char *tag = end + 1;
		tag[strcspn(tag, ",")] = '\0';
		ck_assert_msg(want[id] == NULL, "%s: 0x%04lX twice", path, id);
		nrows++;
		if (*tag == '\0')
			continue;
		/* The library gives the BCP 47 tag: es-ES_tradnl is es-ES. */
		tag[strcspn(tag, "_")] = '\0';
		want[id] = strdup(tag);
		ntagged++;
	}
	fclose(f);
	ck_assert(header);
}

static void setup(void)
{
	if (nrows == 0)
		read_facts();
}

/* Does `langid` give `tag` (NULL: no tag)?  Check's assertions are
 * slow in a loop of a million, so the loops call this and assert once. */
static bool gives(uint32_t langid, const char *tag)
{
	const char *got = wsmsg_langid_tag(langid);

	return tag == NULL ? got == NULL : got != NULL && strcmp(got, tag) == 0;
}

static void assert_tag(uint32_t langid, const char *tag)
{
	const char *got = wsmsg_langid_tag(langid);

	ck_assert_msg(gives(langid, tag), "0x%08X gives %s%s%s, expected %s%s%s",
	              (unsigned)langid, got ? "\"" : "", got ? got : "NULL",
	              got ? "\"" : "", tag ? "\"" : "", tag ? tag : "NULL",
	              tag ? "\"" : "");
}

/* Each row of the facts gives its tag (NULL for an empty one), and
 * every ID that is not a row gives NULL. */
START_TEST(every_identifier_gives_the_tag_of_its_row)
{
	size_t found = 0;

	/* The file as [MS-LCID] rev. 16.0 has it, read whole. */
	ck_assert_uint_eq(nrows, 482);
	ck_assert_uint_eq(ntagged, 454);
	for (uint32_t id = 0; id <= 0xFFFF; id++) {
		if (!gives(id, want[id]))
			assert_tag(id, want[id]);  /* fails, and says how */
		found += wsmsg_langid_tag(id) != NULL;
	}
	ck_assert_uint_eq(found, ntagged);
}
END_TEST

/* The examples of the requirements and of the header. */
START_TEST(examples)
{
	assert_tag(0x040C, "fr-FR");
	assert_tag(0x0804, "zh-CN");
	assert_tag(0x0C04, "zh-HK");
	assert_tag(0x0409, "en-US");
	assert_tag(0x0411, "ja-JP");
	assert_tag(0x000C, "fr");
	/* Serbian: 0x7C1A, the language alone, which Windows writes in Latin
	 * script, 0x701A and 0x241A are Latin; 0x781A is Bosnian. */
	assert_tag(0x7C1A, "sr-Latn");
	assert_tag(0x701A, "sr-Latn");
	assert_tag(0x241A, "sr-Latn-RS");
	assert_tag(0x081A, "sr-Latn-CS");
	assert_tag(0x0C1A, "sr-Cyrl-CS");
	assert_tag(0x781A, "bs");
	assert_tag(0x001A, "hr");
	/* As [MS-LCID] writes them, case included. */
	assert_tag(0x042C, "az-Latn-AZ");
	assert_tag(0x0803, "ca-ES-valencia");
	assert_tag(0x048E, "zh-yue-HK");
	assert_tag(0x0C6B, "quz-PE");
	assert_tag(0x0501, "qps-ploc");
	/* es-ES_tradnl (traditional sort) is not BCP 47: its tag is es-ES,
	 * as for 0x0C0A (modern sort). */
	assert_tag(0x040A, "es-ES");
	assert_tag(0x0C0A, "es-ES");
}
END_TEST

/* The neutral and default values the header lists name no language. */
START_TEST(neutral_and_default_values_give_null)
{
	static const uint32_t none[] = {
		0x0000,  /* LANG_NEUTRAL, LOCALE_NEUTRAL */
		0x007F,  /* LOCALE_INVARIANT */
		0x0400,  /* LOCALE_USER_DEFAULT */
		0x0800,  /* LOCALE_SYSTEM_DEFAULT */
		0x0C00,  /* LOCALE_CUSTOM_DEFAULT */
		0x1000,  /* LOCALE_CUSTOM_UNSPECIFIED */
		0x1400,  /* LOCALE_CUSTOM_UI_DEFAULT */
		/* [MS-LCID]'s "neither defined nor reserved" and reserved IDs */
		0x007B, 0x0827, 0x2008, 0xEEEE, 0xF2EE,
	};
	for (size_t i = 0; i < COUNT(none); i++)
		assert_tag(none[i], NULL);
	/* The transient IDs. */
	for (uint32_t id = 0x2000; id <= 0x4C00; id += 0x0400)
		assert_tag(id, NULL);
	/* Unknown IDs: primary languages [MS-LCID] does not list, a
	 * user-defined one, the largest. */
	assert_tag(0x0094, NULL);
	assert_tag(0x0100, NULL);
	assert_tag(0x0200, NULL);
	assert_tag(0x03FF, NULL);
	assert_tag(0xFFFF, NULL);
}
END_TEST

/* An LCID with any of the reserved bits 20-31 set is not valid. */
START_TEST(reserved_bits_give_null)
{
	for (unsigned bit = 20; bit < 32; bit++) {
		assert_tag(UINT32_C(1) << bit | 0x040C, NULL);
		assert_tag(UINT32_C(1) << bit | 0x0001040C, NULL);
	}
	assert_tag(0xFFF0040C, NULL);
	assert_tag(UINT32_MAX, NULL);
	assert_tag(0x80000409, NULL);
}
END_TEST

/* The sort ID (bits 16-19) changes the order of strings, not the
 * language: it is ignored, whatever its value. */
START_TEST(the_sort_id_is_ignored)
{
	assert_tag(0x00010407, "de-DE");  /* de-DE_phoneb */
	assert_tag(0x0001040E, "hu-HU");  /* hu-HU_tchncl */
	assert_tag(0x00010437, "ka-GE");  /* ka-GE_modern */
	assert_tag(0x00020804, "zh-CN");  /* zh-CN_stroke */
	assert_tag(0x00030404, "zh-TW");  /* zh-TW_pronun */
	assert_tag(0x00040411, "ja-JP");  /* ja-JP_radstr */
	assert_tag(0x00050804, "zh-CN");  /* zh-CN_phoneb */
	assert_tag(0x000F040C, "fr-FR");  /* no such sort */
	assert_tag(0x0001007F, NULL);     /* x-IV-mathan: invariant */
	assert_tag(0x00010000, NULL);
	assert_tag(0x000F0400, NULL);
	/* Every ID with every sort ID gives the same tag, the same pointer. */
	for (uint32_t id = 0; id <= 0xFFFF; id++)
		for (uint32_t sort = 1; sort <= 0xF; sort++)
			if (wsmsg_langid_tag(sort << 16 | id) != wsmsg_langid_tag(id))
				ck_abort_msg("0x%08X and 0x%04X differ",
				             (unsigned)(sort << 16 | id), (unsigned)id);
}
END_TEST

/* The tags are constant: the same pointer on every call. */
START_TEST(tags_are_static)
{
	const char *first = wsmsg_langid_tag(0x040C);

	for (int i = 0; i < 100; i++)
		ck_assert_ptr_eq(wsmsg_langid_tag(0x040C), first);
}
END_TEST

/* ---- The tags, read by the library ---- */

/* The text of WS_E_OTHER in `tag`, which must give `status`. */
static const char *text_in(const char *tag, int32_t status)
{
	const char *text = NULL;

	ck_assert_msg(wsmsg_describe_lang(WS_E_OTHER, tag, &text) == status,
	              "\"%s\" should give 0x%08X", tag, (unsigned)status);
	return text;
}

/* Is `lang` the language of one of wsmsg_languages()? */
static bool has_catalog_language(const char *tag)
{
	size_t n = strcspn(tag, "-_");

	for (const char *const *l = wsmsg_languages(); *l != NULL; l++)
		if (strcspn(*l, "-_") == n && strncmp(*l, tag, n) == 0)
			return true;
	return false;
}

/* Every tag is well formed for wsmsg_describe_lang(); one whose
 * language has a catalog reads it, but for Serbian in Cyrillic, which
 * plain "sr" is. */
START_TEST(every_tag_is_read)
{
	size_t translated = 0;

	for (uint32_t id = 0; id <= 0xFFFF; id++) {
		const char *tag = wsmsg_langid_tag(id);
		if (tag == NULL)
			continue;
		const char *text = NULL;
		int32_t st = wsmsg_describe_lang(WS_E_OTHER, tag, &text);
		ck_assert_msg(st == S_OK || st == WS_E_NO_TRANSLATION_AVAILABLE,
		              "0x%04X \"%s\": status 0x%08X", (unsigned)id, tag, (unsigned)st);
		bool cyrillic_serbian = strncmp(tag, "sr", 2) == 0 &&
		                        strstr(tag, "-Latn") == NULL;
		if (has_catalog_language(tag) && !cyrillic_serbian) {
			ck_assert_msg(st == S_OK, "0x%04X \"%s\" should have a catalog",
			              (unsigned)id, tag);
			translated++;
		}
	}
	/* en, fr, zh, es, de, ar, pt ... (the count moves with the catalogs) */
	ck_assert_uint_gt(translated, 100);
}
END_TEST

/* Each reads the catalog of its language and region. */
START_TEST(tags_find_their_catalogs)
{
	static const struct {
		uint32_t langid;
		const char *catalog;
	} cases[] = {
		{ 0x0409, "en" },     { 0x0411, "ja" },     { 0x040C, "fr-FR" },
		{ 0x0C0C, "fr-CA" },  { 0x080C, "fr-FR" },  { 0x0804, "zh-CN" },
		{ 0x0C04, "zh-TW" },  { 0x1404, "zh-TW" },  { 0x0004, "zh-CN" },
		{ 0x7C04, "zh-TW" },  { 0x241A, "sr-Latn" }, { 0x701A, "sr-Latn" },
		{ 0x7C1A, "sr-Latn" },
		{ 0x040A, "es" },     { 0x0C0A, "es" },     { 0x080A, "es-MX" },
		{ 0x580A, "es-MX" },  { 0x0816, "pt-PT" },  { 0x0416, "pt-BR" },
		{ 0x0414, "nb" },     { 0x0809, "en-GB" },  { 0x0401, "ar" },
	};
	for (size_t i = 0; i < COUNT(cases); i++) {
		const char *tag = wsmsg_langid_tag(cases[i].langid);
		ck_assert_ptr_nonnull(tag);
		ck_assert_msg(strcmp(text_in(tag, S_OK), text_in(cases[i].catalog, S_OK)) == 0,
		              "0x%04X \"%s\" should read %s", (unsigned)cases[i].langid, tag,
		              cases[i].catalog);
		const char *chosen = NULL;
		ck_assert_hr(wsmsg_negotiate(tag, &chosen), S_OK);
		ck_assert_str_eq(chosen, cases[i].catalog);
	}
	/* Serbian in Cyrillic, Bosnian and Norwegian Nynorsk have no
	 * catalog: English. */
	static const uint32_t english_only[] = { 0x6C1A, 0x0C1A, 0x281A, 0x781A, 0x0814 };
	for (size_t i = 0; i < COUNT(english_only); i++) {
		const char *tag = wsmsg_langid_tag(english_only[i]);
		ck_assert_ptr_nonnull(tag);
		ck_assert_str_eq(text_in(tag, WS_E_NO_TRANSLATION_AVAILABLE), english(WS_E_OTHER));
	}
}
END_TEST

int main(void)
{
	Suite *s = suite_create("langid");
	TCase *facts = tcase_create("facts");
	tcase_add_unchecked_fixture(facts, setup, NULL);
	tcase_add_test(facts, every_identifier_gives_the_tag_of_its_row);
	tcase_add_test(facts, examples);
	tcase_add_test(facts, neutral_and_default_values_give_null);
	tcase_add_test(facts, reserved_bits_give_null);
	tcase_add_test(facts, the_sort_id_is_ignored);
	tcase_add_test(facts, tags_are_static);
	suite_add_tcase(s, facts);
	TCase *read = tcase_create("read");
	tcase_add_test(read, every_tag_is_read);
	tcase_add_test(read, tags_find_their_catalogs);
	suite_add_tcase(s, read);
	return run_suite(s);
}
