/*
 * gen-aliases: which languages libintl should find under a directory of
 * their own.  libintl looks a language up in <localedir>/<name>/, trying
 * the name and then shorter forms of it (fr_CA, then fr), so LANGUAGE=fr
 * finds nothing when the only French catalog is fr_FR.  The compiled-in
 * catalogs serve "fr" with fr_FR.  For each language of the catalogs
 * that has no catalog of its own name, this writes one line,
 *
 *     LANGUAGE CATALOG        e.g. "fr fr_FR"
 *
 * when the resolver (resolve.h) gives that bare language a catalog,
 * so that libintl and the compiled-in catalogs agree.  A bare language the
 * rules give nothing (plain "zh" reads as Simplified, which no catalog
 * serves) gets no line.  So do the language aliases the resolver knows
 * ("no nb": libintl would look for Norwegian under no/).
 *
 * Usage: gen-aliases OUTPUT CATALOG-NAME...     (names as in po/LINGUAS)
 */
#include <stdio.h>
#include <string.h>

#include "lang.h"
#include "output.h"
#include "resolve.h"

#define MAX_CATALOGS 64

/* The line for the bare language `lang`, unless a catalog has its name
 * or the resolver gives it none. */
static void alias(FILE *out, const char *lang, const struct wsmsg_tag *tags,
                  size_t n, char **names)
{
	for (size_t k = 0; k < n; k++)
		if (strcmp(names[k], lang) == 0)
			return;
	struct wsmsg_tag bare = wsmsg_tag_parse_str(lang);
	int c = wsmsg_resolve(&bare, tags, n);
	if (c >= 0)
		fprintf(out, "%s %s\n", lang, names[c]);
}

int main(int argc, char **argv)
{
	struct wsmsg_tag tags[MAX_CATALOGS];
	size_t n = (size_t)argc - 2;

	if (argc < 2 || n > MAX_CATALOGS) {
		fprintf(stderr, "usage: %s OUTPUT CATALOG-NAME... (at most %d)\n",
		        argv[0], MAX_CATALOGS);
		return 1;
	}
	for (size_t i = 0; i < n; i++) {
		tags[i] = wsmsg_tag_parse_str(argv[i + 2]);
		if (tags[i].kind != WSMSG_TAG_LANGUAGE) {
			fprintf(stderr, "%s: \"%s\" does not name a language\n",
			        argv[0], argv[i + 2]);
			return 1;
		}
	}
	FILE *out = fopen(argv[1], "w");
	if (out == NULL) {
		perror(argv[1]);
		return 1;
	}
	for (size_t i = 0; i < n; i++) {
		const char *lang = tags[i].lang;
		bool first = true;
		for (size_t k = 0; k < i; k++)
			if (strcmp(tags[k].lang, lang) == 0)
				first = false;
		if (first)
			alias(out, lang, tags, n, argv + 2);
	}
	for (size_t i = 0; wsmsg_resolve_alias(i) != NULL; i++)
		alias(out, wsmsg_resolve_alias(i), tags, n, argv + 2);
	return close_output(out, argv[1]) ? 0 : 1;
}
