/*
 * The caller's language (src/caller.c) with any LANGUAGE value: the
 * resolver on its own, with the input's locale name, and wsmsg_describe()
 * under uselocale() of C, C.UTF-8, and fr_FR.UTF-8 and zh_TW.UTF-8 where
 * the system has them.
 *
 * Input: LANGUAGE [NUL LOCALE-NAME].  An empty input leaves LANGUAGE
 * unset.  The locale name only goes to the resolver, wsmsg_catalog_for().
 *
 * libintl's dcgettext() is replaced here by a stand-in that checks its
 * arguments and has one catalog, for the private-use language "qaa",
 * which no compiled-in catalog serves: it translates when a LANGUAGE
 * entry is exactly "qaa" and the locale is not C or POSIX, and otherwise
 * not at all, as on a machine with no catalogs installed.  The library
 * asks it only when the locale name and every LANGUAGE entry are safe
 * for file paths (README.md), which the stand-in checks on every call.
 * So the result can be checked exactly: libintl's answer first, then the compiled-in
 * catalog of the first LANGUAGE entry that has one (skipping empty and
 * malformed ones), else of the locale name; English in the C and POSIX
 * locales.  Changing LANGUAGE between inputs also checks that the
 * library's cache of libintl's misses never outlives the LANGUAGE value
 * it was made for.
 *
 * Like glibc's, the stand-in keeps what it found, by message and locale
 * name, for one catalog generation (_nl_msg_cat_cntr), and answers a
 * repeated lookup from there before it reads LANGUAGE; only lookups it
 * answers from LANGUAGE are checked for unsafe names.  Inputs of even
 * length tell libintl that LANGUAGE changed (++_nl_msg_cat_cntr, as the
 * GNU gettext manual asks of programs); odd ones do not, and then the
 * translation the stand-in found earlier is a right answer too, as it is
 * for any gettext program.
 *
 * The stand-in also keeps the target fast and small: glibc's dcgettext()
 * keeps an entry for every LANGUAGE entry it ever looked up, in a list it
 * searches linearly, which held the target to a few hundred inputs a
 * second and grew it by kilobytes per input.  For the same reason
 * LANGUAGE is set with putenv() on a buffer of our own: glibc's setenv()
 * keeps every value it was ever given.
 */
#include <langinfo.h>
#include <libintl.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "caller.h"
#include "catalog.h"
#include "fuzz.h"
#include "lang.h"
#include "wsmsg.h"

#define MAX_LANGUAGE 4096

static const char *const locale_names[] = {
	"C", "C.UTF-8", "fr_FR.UTF-8", "zh_TW.UTF-8",
};
#define NLOCALES (sizeof locale_names / sizeof locale_names[0])

static locale_t locales[NLOCALES];
static char language_env[sizeof "LANGUAGE=" + MAX_LANGUAGE] = "LANGUAGE=";

static void init(void)
{
	static bool done;

	if (done)
		return;
	done = true;
	for (size_t i = 0; i < NLOCALES; i++)
		locales[i] = newlocale(LC_ALL_MASK, locale_names[i], (locale_t)0);
}

/* What the stand-in's "qaa" catalog says, for every message. */
static char qaa_text[] = "qaa: \xE2\x80\x9Ctranslated\xE2\x80\x9D";

/* Would libintl translate, under the thread's locale and LANGUAGE? */
static bool qaa_applies(void)
{
	const char *locale = nl_langinfo(_NL_LOCALE_NAME(LC_MESSAGES));
	const char *p = getenv("LANGUAGE");

	if (strcmp(locale, "C") == 0 || strcmp(locale, "POSIX") == 0)
		return false;
	while (p != NULL && *p != '\0') {
		size_t n = strcspn(p, ":");
		if (n == 3 && memcmp(p, "qaa", 3) == 0)
			return true;
		p += n + (p[n] == ':');
	}
	return false;
}

/* May libintl build a file path of s[0..n)?  README.md's rule: only of
 * a well-formed tag that starts with a letter. */
static bool path_safe(const char *s, size_t n)
{
	char c = n > 0 ? s[0] : '\0';

	return ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) &&
	       wsmsg_tag_parse(s, n).kind != WSMSG_TAG_MALFORMED;
}

/* Does the library ask libintl at all?  Only when the locale name and
 * every LANGUAGE entry are safe, and LANGUAGE is at most
 * WSMSG_LANGUAGE_MAX bytes; otherwise the compiled-in catalogs answer. */
static bool libintl_asked(void)
{
	const char *locale = nl_langinfo(_NL_LOCALE_NAME(LC_MESSAGES));
	const char *p = getenv("LANGUAGE");

	if (!path_safe(locale, strnlen(locale, WSMSG_TAG_MAX + 1)))
		return false;
	if (p != NULL && strlen(p) > WSMSG_LANGUAGE_MAX)
		return false;
	while (p != NULL && *p != '\0') {
		size_t n = strcspn(p, ":");
		if (n > 0 && !path_safe(p, n))
			return false;
		p += n + (p[n] == ':');
	}
	return true;
}

/* What the stand-in found: a message in a locale, in a generation. */
struct found {
	char msgid[512];
	char locale[32];
	int generation;
};

extern int _nl_msg_cat_cntr;
static struct found found[256];
static size_t nfound;

/* The entry for (msgid, the thread's locale), or NULL. */
static struct found *found_entry(const char *msgid)
{
	const char *locale = nl_langinfo(_NL_LOCALE_NAME(LC_MESSAGES));

	for (size_t i = 0; i < nfound; i++)
		if (strcmp(found[i].msgid, msgid) == 0 && strcmp(found[i].locale, locale) == 0)
			return &found[i];
	return NULL;
}

/* Does the stand-in answer `msgid` from what it found, in this generation? */
static bool found_before(const char *msgid)
{
	const struct found *f = found_entry(msgid);
	return f != NULL && f->generation == _nl_msg_cat_cntr;
}

static void remember(const char *msgid)
{
	struct found *f = found_entry(msgid);

	if (f == NULL) {
		FUZZ_CHECK(nfound < sizeof found / sizeof found[0], "too many found");
		f = &found[nfound++];
		snprintf(f->msgid, sizeof f->msgid, "%s", msgid);
		snprintf(f->locale, sizeof f->locale, "%s",
		         nl_langinfo(_NL_LOCALE_NAME(LC_MESSAGES)));
	}
	f->generation = _nl_msg_cat_cntr;
}

/* The stand-in for libintl's dcgettext() (see above).  It also checks
 * that the library never hands it a name it must not see. */
char *dcgettext(const char *domain, const char *msgid, int category)
{
	FUZZ_CHECK(domain != NULL && strcmp(domain, WSMSG_DOMAIN) == 0,
	           "domain \"%s\"", domain ? domain : "(null)");
	FUZZ_CHECK(category == LC_MESSAGES, "category %d", category);
	FUZZ_CHECK(msgid != NULL && strchr(msgid, '\004') != NULL,
	           "msgid without a context");
	if (found_before(msgid))
		return qaa_text;
	FUZZ_CHECK(libintl_asked(), "libintl asked under an unsafe name");
	if (!qaa_applies())
		return (char *)msgid;
	remember(msgid);
	return qaa_text;
}

/* The library's gettext key of `code`: "NAME\004English". */
static const char *key_of(int32_t code)
{
	static char key[512];
	const char *english = NULL;

	wsmsg_describe_lang(code, "C", &english);
	snprintf(key, sizeof key, "%s\004%s", wsmsg_name(code), english);
	return key;
}

/* Sets LANGUAGE to value, or unsets it for NULL. */
static void set_language(const char *value)
{
	if (value == NULL) {
		unsetenv("LANGUAGE");
		return;
	}
	size_t n = strlen(value);
	if (n > MAX_LANGUAGE)
		n = MAX_LANGUAGE;
	memcpy(language_env + 9, value, n);
	language_env[9 + n] = '\0';
	if (putenv(language_env) != 0)
		abort();
}

/* The catalog for one entry, as src/lang.c parses and matches it. */
static int catalog_of(const char *entry, size_t n)
{
	struct wsmsg_tag t = wsmsg_tag_parse(entry, n);

	if (t.kind == WSMSG_TAG_MALFORMED)
		return WSMSG_SOURCE_NONE;
	return wsmsg_catalog_for_tag(&t);
}

/* The rules of README.md's "caller's language", written out again. */
static int expected_catalog(const char *locale, const char *language)
{
	if (locale == NULL || strcmp(locale, "C") == 0 ||
	    strcmp(locale, "POSIX") == 0)
		return WSMSG_SOURCE_ENGLISH;
	bool any = false;
	for (const char *p = language; p != NULL && *p != '\0';) {
		size_t n = strcspn(p, ":");
		if (n > 0) {
			any = true;
			int c = catalog_of(p, n);
			if (c != WSMSG_SOURCE_NONE)
				return c;
		}
		p += n + (p[n] == ':');
	}
	if (any)
		return WSMSG_SOURCE_NONE;
	size_t n = strlen(locale);
	return catalog_of(locale, n > WSMSG_TAG_MAX ? WSMSG_TAG_MAX + 1 : n);
}

static void check_resolver(const char *locale, const char *language)
{
	int got = wsmsg_catalog_for(locale, language);
	int want = expected_catalog(locale, language);

	FUZZ_CHECK(got == want, "locale \"%s\", LANGUAGE \"%s\": %d, "
	           "expected %d", locale ? locale : "(null)",
	           language ? language : "(unset)", got, want);
}

/* wsmsg_describe() reads catalog c (caller.h's numbering). */
static void check_describe(int32_t code, int c)
{
	const char *text = "untouched", *want = NULL;
	int32_t st = wsmsg_describe(code, &text);
	int32_t want_st;

	if (libintl_asked() && qaa_applies())
		want_st = S_OK, want = qaa_text;
	else if (c >= 0)
		want_st = wsmsg_describe_lang(code, wsmsg_catalog_tags[c], &want);
	else
		want_st = wsmsg_describe_lang(code, "C", &want);
	if (c == WSMSG_SOURCE_NONE && want != qaa_text)
		want_st = WS_E_NO_TRANSLATION_AVAILABLE;
	/* What libintl found before is also right (see above). */
	if (found_before(key_of(code)) && text == qaa_text)
		want_st = S_OK, want = qaa_text;
	FUZZ_CHECK(st == want_st, "0x%08X: 0x%08X, expected 0x%08X",
	           (unsigned)code, (unsigned)st, (unsigned)want_st);
	FUZZ_CHECK(text == want || (text && want && strcmp(text, want) == 0),
	           "0x%08X: \"%s\", expected \"%s\"", (unsigned)code,
	           text ? text : "(null)", want ? want : "(null)");
	if (text != NULL)
		FUZZ_CHECK(fuzz_utf8_valid(text, strlen(text)), "not UTF-8");
}

FUZZ_TARGET(caller)
{
	init();
	char *language = size > 0 ? fuzz_strndup(data, size) : NULL;
	size_t len = language ? strlen(language) : 0;
	char *name = len < size ? fuzz_strndup(data + len + 1, size - len - 1)
	                        : NULL;

	/* The resolver with the input's own locale name. */
	check_resolver(name, language);
	check_resolver(name, NULL);

	int32_t codes[] = {
		WS_E_OTHER,
		wsmsg_code_at(size % wsmsg_count()),
		(int32_t)0x803D0FFFu, /* unknown */
	};
	set_language(language);
	if (size % 2 == 0)
		++_nl_msg_cat_cntr;
	for (size_t i = 0; i < NLOCALES; i++) {
		if (locales[i] == (locale_t)0)
			continue;
		uselocale(locales[i]);
		/* LANGUAGE as set, which is cut at MAX_LANGUAGE bytes. */
		const char *current = nl_langinfo(_NL_LOCALE_NAME(LC_MESSAGES));
		struct wsmsg_caller caller = wsmsg_caller_read();
		int c = wsmsg_caller_catalog(&caller);
		int want = expected_catalog(current, getenv("LANGUAGE"));
		FUZZ_CHECK(c == want, "under %s: %d, expected %d", current, c, want);
		for (size_t k = 0; k < sizeof codes / sizeof codes[0]; k++) {
			if (wsmsg_name(codes[k]) != NULL) {
				check_describe(codes[k], c);
			} else {
				const char *text = "untouched";
				FUZZ_CHECK(wsmsg_describe(codes[k], &text) ==
				           WSMSG_E_UNKNOWN_CODE && text == NULL,
				           "unknown code");
			}
		}
		uselocale(LC_GLOBAL_LOCALE);
	}
	set_language(NULL);
	free(language);
	free(name);
	return 0;
}
