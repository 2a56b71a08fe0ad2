#include "language.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "wsmsg.h"

/* Is `tag` well-formed, as wsmsg_describe_lang() reads tags? */
static bool is_tag(const char *tag)
{
	const char *text;
	return wsmsg_describe_lang(WS_E_OTHER, tag, &text) != E_INVALIDARG;
}

/* The catalog that serves a well-formed tag, or NULL.  Negotiating a
 * single tag finds the catalog wsmsg_describe_lang() reads for it. */
static const char *catalog_of(const char *tag)
{
	const char *catalog;
	return wsmsg_negotiate(tag, &catalog) == S_OK ? catalog : NULL;
}

/*
 * The catalog of the caller's language, by the rules the library
 * follows (README, "The caller's language"): English in the C and POSIX
 * locales; else the first LANGUAGE entry that has a catalog, when
 * LANGUAGE has an entry; else the locale's name.
 */
static const char *caller_catalog(void)
{
	const char *locale = setlocale(LC_MESSAGES, NULL);
	if (locale == NULL || strcmp(locale, "C") == 0 || strcmp(locale, "POSIX") == 0)
		return catalog_of("en");

	const char *language = getenv("LANGUAGE");
	if (language != NULL && language[strspn(language, ":")] != '\0') {
		for (const char *p = language; *p != '\0';) {
			size_t n = strcspn(p, ":");
			char entry[80]; /* longer entries are malformed tags */
			if (n > 0 && n < sizeof entry) {
				memcpy(entry, p, n);
				entry[n] = '\0';
				const char *catalog = is_tag(entry) ? catalog_of(entry) : NULL;
				if (catalog != NULL)
					return catalog;
			}
			p += n + (p[n] == ':');
		}
		return NULL;
	}
	return is_tag(locale) ? catalog_of(locale) : NULL;
}

/* The locale as the environment names it. */
static const char *environment_locale(void)
{
	static const char *const vars[] = { "LC_ALL", "LC_MESSAGES", "LANG" };

	for (size_t i = 0; i < sizeof vars / sizeof vars[0]; i++) {
		const char *v = getenv(vars[i]);
		if (v != NULL && v[0] != '\0')
			return v;
	}
	return NULL;
}

void language_from_environment(struct language *l)
{
	*l = (struct language){ 0 };
	if (setlocale(LC_ALL, "") == NULL) {
		/* The environment names a locale this system lacks: keep
		 * UTF-8 and LANGUAGE working, and ask for the named language
		 * explicitly. */
		if (setlocale(LC_ALL, "C.UTF-8") == NULL)
			setlocale(LC_ALL, "C");
		const char *env = environment_locale();
		const char *language = getenv("LANGUAGE");
		/* A LANGUAGE with an entry decides, as in the library. */
		bool decides = language != NULL && language[strspn(language, ":")] != '\0';
		if (!decides && env != NULL && is_tag(env)) {
			l->lang = l->asked = env;
			l->served = catalog_of(env);
			return;
		}
	}
}

void language_find_caller(struct language *l)
{
	if (l->lang == NULL)
		l->served = caller_catalog();
}

/* Is `value` written as a list of ranges rather than as one tag? */
static bool is_list(const char *value)
{
	return strpbrk(value, ",:; \t") != NULL;
}

int language_from_option(struct language *l, const char *value,
                         const char **error)
{
	if (is_tag(value)) {
		*l = (struct language){ .lang = value, .asked = value,
		                        .served = catalog_of(value) };
		return 0;
	}
	if (!is_list(value)) {
		*error = "not a language tag";
		return -1;
	}
	const char *catalog;
	int32_t st = wsmsg_negotiate(value, &catalog);
	if (st == E_INVALIDARG) {
		*error = "language list longer than 4096 bytes";
		return -1;
	}
	*l = (struct language){ .lang = catalog, .asked = value, .list = true,
	                        .english = st != S_OK,
	                        .served = st == S_OK ? catalog : NULL };
	return 0;
}
