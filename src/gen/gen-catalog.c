/*
 * gen-catalog: compiles the catalogs into the library.
 *
 * Reads the messages of src/code-table.h and src/phrases.h, and the .mo
 * file msgfmt built from each po/LANG.po, and writes catalog-data.c: one
 * string table and offset tables laid out as src/catalog.h describes.
 *
 * Usage: gen-catalog OUTPUT.c OUTPUT.h [LANG=FILE.mo ...]  (LINGUAS order)
 *
 * It refuses, with a message naming the file, catalogs that are not
 * UTF-8 (in their header or in a text), language names that are not names, and a code table with a
 * duplicated name or value.
 */
#include <inttypes.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "lang.h"
#include "mo.h"
#include "output.h"
#include "resolve.h"

struct message {
	const char *name;     /* msgctxt */
	uint32_t value;       /* codes only */
	const char *english;  /* msgid */
};

/* The test of the generator's refusals builds it with tables of its own. */
#ifndef WSMSG_CODE_TABLE
#define WSMSG_CODE_TABLE "code-table.h"
#endif

static const struct message codes[] = {
#define WSMSG_CODE(name, value, text) { name, value, text },
#include WSMSG_CODE_TABLE
#undef WSMSG_CODE
};

static const struct message phrases[] = {
#define WSMSG_PHRASE(id, text) { id, 0, text },
#include "phrases.h"
#undef WSMSG_PHRASE
};

#define NCODES (sizeof codes / sizeof codes[0])
#define NPHRASES (sizeof phrases / sizeof phrases[0])
#define NMESSAGES (NCODES + NPHRASES)

static const struct message *message(size_t m)
{
	return m < NCODES ? &codes[m] : &phrases[m - NCODES];
}

/* The string table being built. */
static char *strtab;
static size_t strtab_len;

/* p, unless the allocation that returned it failed. */
static void *need(void *p)
{
	if (!p) {
		perror("gen-catalog");
		exit(EXIT_FAILURE);
	}
	return p;
}

static uint32_t add_bytes(const char *s, size_t n)
{
	strtab = need(realloc(strtab, strtab_len + n + 1));
	uint32_t at = (uint32_t)strtab_len;
	memcpy(strtab + strtab_len, s, n);
	strtab[strtab_len + n] = '\0';
	strtab_len += n + 1;
	return at;
}

static uint32_t add_string(const char *s)
{
	return add_bytes(s, strlen(s));
}

/* "NAME\004English": the key gettext looks messages up by. */
static char *make_key(const struct message *m)
{
	size_t n = strlen(m->name), e = strlen(m->english);
	char *key = need(malloc(n + e + 2));

	memcpy(key, m->name, n);
	key[n] = '\004';
	memcpy(key + n + 1, m->english, e + 1);
	return key;
}

static int by_value(const void *a, const void *b)
{
	uint32_t x = codes[*(const size_t *)a].value;
	uint32_t y = codes[*(const size_t *)b].value;
	return (x > y) - (x < y);
}

static int by_name(const void *a, const void *b)
{
	return strcmp(codes[*(const size_t *)a].name, codes[*(const size_t *)b].name);
}

static bool check_code_table(const size_t *order_value, const size_t *order_name)
{
	bool bad = false;

	for (size_t i = 0; i < NCODES; i++) {
		const char *n = codes[i].name;
		if (n[0] < 'A' || n[0] > 'Z' || strspn(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_") != strlen(n)) {
			fprintf(stderr, "src/code-table.h: %s: a name is upper case letters, digits and '_'\n", n);
			bad = true;
		}
	}
	for (size_t i = 1; i < NCODES; i++) {
		if (codes[order_value[i]].value == codes[order_value[i - 1]].value) {
			fprintf(stderr, "src/code-table.h: %s and %s have the same value\n",
			        codes[order_value[i]].name, codes[order_value[i - 1]].name);
			bad = true;
		}
		if (strcmp(codes[order_name[i]].name, codes[order_name[i - 1]].name) == 0) {
			fprintf(stderr, "src/code-table.h: %s is defined twice\n",
			        codes[order_name[i]].name);
			bad = true;
		}
	}
	return !bad;
}

/*
 * Opens the catalog of `lang`, or says why not: the file and the reader's
 * reason, or for a catalog that does not declare UTF-8, what its .po file
 * must say.
 */
static bool open_catalog(struct wsmsg_mo *mo, const char *path, const char *lang)
{
	enum wsmsg_mo_status status = wsmsg_mo_read(mo, path);

	if (status == WSMSG_MO_UNREADABLE)
		perror(path);
	else if (status == WSMSG_MO_NOT_UTF8)
		fprintf(stderr, "po/%s.po: the header must declare "
		        "\"Content-Type: text/plain; charset=UTF-8\"\n", lang);
	else if (status != WSMSG_MO_OK)
		fprintf(stderr, "%s: %s\n", path, wsmsg_mo_strerror(status));
	return status == WSMSG_MO_OK;
}

/*
 * The translation of `key`, NULL when the catalog has none; false, with
 * the reason, for a text the library could not show: not UTF-8, or with
 * a control character (a text is one line).  The library's reader of
 * installed catalogs refuses the same texts, so both paths agree.
 */
static bool catalog_text(const struct wsmsg_mo *mo, const char *key, const char *lang,
                         const char *name, const char **text)
{
	const char *raw = wsmsg_mo_lookup(mo, key);

	*text = wsmsg_mo_text(mo, key);
	if (*text != NULL || raw == NULL || raw[0] == '\0')
		return true;
	for (const unsigned char *p = (const unsigned char *)raw; *p != '\0'; p++)
		if (*p < 0x20 || *p == 0x7F) {
			fprintf(stderr, "po/%s.po: the translation of %s has a control "
			        "character (0x%02X): a text is one line\n", lang, name, *p);
			return false;
		}
	fprintf(stderr, "po/%s.po: the translation of %s is not UTF-8\n", lang, name);
	return false;
}

/* BCP 47 tag of a catalog name: fr_FR -> fr-FR, sr_RS@latin -> sr-Latn-RS. */
static void bcp47(const struct wsmsg_tag *t, char *out, size_t size)
{
	snprintf(out, size, "%s%s%s%s%s", t->lang,
	         *t->script ? "-" : "", t->script,
	         *t->region ? "-" : "", t->region);
}

static void emit_string(FILE *out, const char *s)
{
	fputc('"', out);
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if (*p == '"' || *p == '\\' || *p == '?')
			fprintf(out, "\\%c", *p);
		else if (*p >= 0x20 && *p < 0x7f)
			fputc(*p, out);
		else
			fprintf(out, "\\%03o", *p);
	}
	fputs("\\0\"", out);
}

static void emit_strtab(FILE *out)
{
	fputs("const char wsmsg_strtab[] =\n", out);
	for (size_t at = 0; at < strtab_len; at += strlen(strtab + at) + 1) {
		fprintf(out, "\t/* %5zu */ ", at);
		emit_string(out, strtab + at);
		fputc('\n', out);
	}
	fputs("\t;\n\n", out);
}

/*
 * A perfect hash of `n` distinct keys: slot = (key * mult) >> shift, in 64
 * bits, one slot per key, so that a lookup is a multiplication, a load and
 * one comparison.  The multiplier is the first of a fixed sequence that
 * separates every key, in the smallest table (at least twice as many slots
 * as keys) where one is found: the output depends on the keys alone.  An
 * empty slot holds 0, the index of a key with a slot of its own, so that a
 * lookup landing there finds another key: readers need not test for empty.
 */
#ifndef HASH_TRIES /* the test of a table that must grow lowers it */
#define HASH_TRIES 1000000u
#endif
#ifndef HASH_MAX_BITS /* the test of a hash that cannot be built lowers it */
#define HASH_MAX_BITS 16
#endif

struct hash {
	uint64_t mult;
	unsigned shift;
	size_t size;
	uint16_t *slots;
};

static bool find_hash(const uint64_t *keys, size_t n, const char *what, struct hash *h)
{
	unsigned b = 1;

	while (((size_t)1 << b) < 2 * n)
		b++;
	for (; b <= HASH_MAX_BITS; b++) {
		size_t size = (size_t)1 << b;
		uint16_t *t = need(malloc(size * sizeof *t));
		/* The odd multiples of 2^64 / the golden ratio. */
		const uint64_t golden = UINT64_C(0x9E3779B97F4A7C15);
		uint64_t m = golden;
		for (unsigned k = 0; k < HASH_TRIES; k++, m += 2 * golden) {
			size_t i;
			for (i = 0; i < size; i++)
				t[i] = UINT16_MAX;
			for (i = 0; i < n; i++) {
				uint64_t slot = (keys[i] * m) >> (64 - b);
				if (t[slot] != UINT16_MAX)
					break;
				t[slot] = (uint16_t)i;
			}
			if (i == n) {
				for (i = 0; i < size; i++)
					if (t[i] == UINT16_MAX)
						t[i] = 0;
				h->mult = m;
				h->shift = 64 - b;
				h->size = size;
				h->slots = t;
				return true;
			}
		}
		free(t);
	}
	fprintf(stderr, "gen-catalog: no multiplier separates the %s\n", what);
	return false;
}

static void emit_constant(FILE *out, const char *name, const struct hash *h)
{
	fprintf(out, "#define %s_MULT UINT64_C(0x%016" PRIX64 ")\n"
	        "#define %s_SHIFT %u\n", name, h->mult, name, h->shift);
}

/* The bytes of a spelling of at most 8 bytes, as catalog.h packs them. */
static uint64_t spelling_key(const char *s)
{
	uint64_t key = 0;
	for (size_t i = 0; s[i] != '\0'; i++)
		key = key << 8 | (unsigned char)s[i];
	return key;
}

/* The most catalogs a library holds. */
#define MAX_CATALOGS 64

/* A slot holds a key's index, and UINT16_MAX marks an empty one. */
_Static_assert(NCODES < UINT16_MAX && 2 * MAX_CATALOGS + 2 < UINT16_MAX,
               "every key's index fits a slot");

struct catalog {
	char name[WSMSG_TAG_MAX + 1];
	struct wsmsg_tag tag;
	char bcp47[sizeof "lll-Ssss-RRR"]; /* the longest tag of a catalog */
	uint32_t texts[NMESSAGES];
};

static bool load_catalog(struct catalog *c, const char *arg,
                        const uint32_t *english)
{
	const char *eq = strchr(arg, '=');

	if (eq == NULL) {
		fprintf(stderr, "gen-catalog: %s: expected LANG=FILE.mo\n", arg);
		return false;
	}
	size_t n = (size_t)(eq - arg);
	if (n > WSMSG_TAG_MAX) {
		fprintf(stderr, "po/LINGUAS: %.*s: not a language name\n", (int)n, arg);
		return false;
	}
	memcpy(c->name, arg, n);
	c->tag = wsmsg_tag_parse(arg, n);
	if (c->tag.kind != WSMSG_TAG_LANGUAGE) {
		fprintf(stderr, "po/LINGUAS: %s: not a language name\n", c->name);
		return false;
	}
	bcp47(&c->tag, c->bcp47, sizeof c->bcp47);

	struct wsmsg_mo mo;
	if (!open_catalog(&mo, eq + 1, c->name))
		return false;
	for (size_t m = 0; m < NMESSAGES; m++) {
		char *key = make_key(message(m));
		const char *text;
		bool ok = catalog_text(&mo, key, c->name, message(m)->name, &text);
		free(key);
		if (!ok) {
			wsmsg_mo_free(&mo);
			return false;
		}
		/* No text (0: the catalogs are static, so zeroed) when the
		 * catalog has none. */
		if (text != NULL)
			c->texts[m] = strcmp(text, strtab + english[m]) == 0 ? english[m]
			                                                   : add_string(text);
	}
	wsmsg_mo_free(&mo);
	return true;
}

/* The resolver must find one best catalog for every tag, whatever the
 * order of po/LINGUAS: a list where two catalogs tie for some tag (two
 * names for one catalog, or de_AT and de_CH with no de) is refused. */
static bool no_ties(const struct catalog *cats, const struct wsmsg_tag *langs,
                    size_t ncat)
{
	struct wsmsg_tag t;
	char tag[sizeof cats->bcp47];
	size_t a, b;

	if (!wsmsg_resolve_find_tie(langs, ncat, &t, &a, &b))
		return true;
	bcp47(&t, tag, sizeof tag);
	fprintf(stderr, "po/LINGUAS: %s and %s would serve the tag \"%s\" equally; "
	        "remove one, or add the catalog that serves the language as a whole\n",
	        cats[a].name, cats[b].name, tag);
	return false;
}

static void emit_padded(FILE *out, const char *s)
{
	fputc('"', out);
	fputs(s, out);
	fputc('"', out);
}

static void emit_candidate(FILE *out, const struct wsmsg_candidate *k)
{
	fputs("{ ", out);
	emit_padded(out, k->script);
	fputs(", ", out);
	emit_padded(out, k->region);
	fputs(", ", out);
	emit_padded(out, k->group);
	fprintf(out, ", %s }", k->likely ? "true" : "false");
}

/* The most keys of the languages' hash: each catalog's language, and
 * each alias of one. */
#define MAX_LANGUAGE_KEYS (2 * MAX_CATALOGS)

/* A language that has compiled-in catalogs, under one of its codes. */
struct language_key {
	char code[4];          /* as a tag writes it: "nb", or its alias "no" */
	char lang[4];          /* its alias replaced: "nb" */
	char alias_script[5];
	size_t first, count;   /* its catalogs in language_catalogs */
};

/*
 * The catalogs by language and the perfect hash of the languages (see
 * catalog.h), with what the ranking asks of each catalog, worked out by
 * the resolver's own code.
 */
static bool emit_language_index(FILE *out, FILE *hdr, const struct catalog *cats,
                                size_t ncat)
{
	/* Each language, its alias replaced, with its catalogs, in order of
	 * first appearance in po/LINGUAS; then the aliases of those. */
	static struct language_key keys[MAX_LANGUAGE_KEYS];
	size_t order[MAX_CATALOGS], nlang = 0, nordered = 0;
	for (size_t c = 0; c < ncat; c++) {
		struct wsmsg_tag canon = wsmsg_resolve_canonical(&cats[c].tag);
		size_t l;
		for (l = 0; l < nlang && strcmp(keys[l].lang, canon.lang) != 0; l++)
			;
		if (l == nlang) {
			memset(&keys[l], 0, sizeof keys[l]);
			memcpy(keys[l].code, canon.lang, sizeof keys[l].code);
			memcpy(keys[l].lang, canon.lang, sizeof keys[l].lang);
			nlang++;
		}
	}
	for (size_t l = 0; l < nlang; l++) {
		keys[l].first = nordered;
		for (size_t c = 0; c < ncat; c++) {
			struct wsmsg_tag canon = wsmsg_resolve_canonical(&cats[c].tag);
			if (strcmp(canon.lang, keys[l].lang) == 0)
				order[nordered++] = c;
		}
		keys[l].count = nordered - keys[l].first;
	}
	size_t nkeys = nlang;
	for (size_t a = 0; wsmsg_resolve_alias(a) != NULL; a++) {
		struct wsmsg_tag alias = { .kind = WSMSG_TAG_LANGUAGE };
		strcpy(alias.lang, wsmsg_resolve_alias(a));
		struct wsmsg_tag canon = wsmsg_resolve_canonical(&alias);
		for (size_t l = 0; l < nlang && nkeys < MAX_LANGUAGE_KEYS; l++)
			if (strcmp(keys[l].lang, canon.lang) == 0) {
				keys[nkeys] = keys[l];
				memcpy(keys[nkeys].code, alias.lang, sizeof keys[nkeys].code);
				memcpy(keys[nkeys].alias_script, canon.script,
				       sizeof keys[nkeys].alias_script);
				nkeys++;
			}
	}

	fputs("const struct wsmsg_language_catalog wsmsg_language_catalogs[] = {\n", out);
	for (size_t i = 0; i < nordered; i++) {
		struct wsmsg_candidate k = wsmsg_resolve_candidate(&cats[order[i]].tag);
		fputs("\t{ ", out);
		emit_candidate(out, &k);
		fprintf(out, ", %zu }, /* %s */\n", order[i], cats[order[i]].name);
	}
	if (nordered == 0)
		fputs("\t{ { \"\", \"\", \"\", false }, -1 },\n", out);
	fputs("};\n\n", out);

	uint64_t hash_keys[MAX_LANGUAGE_KEYS];
	for (size_t k = 0; k < nkeys; k++)
		hash_keys[k] = wsmsg_language_key(keys[k].code);
	struct hash h;
	if (!find_hash(hash_keys, nkeys, "languages of the catalogs", &h))
		return false;
	emit_constant(hdr, "WSMSG_LANGUAGE", &h);
	fputs("const struct wsmsg_language wsmsg_language_slots[] = {\n", out);
	for (size_t i = 0; i < h.size; i++) {
		if (nkeys == 0) {
			fputs("\t{ 0, \"\", \"\", false, false, 0, 0 }, /* empty slot */\n", out);
			continue;
		}
		const struct language_key *k = &keys[h.slots[i]];
		bool own = (hash_keys[h.slots[i]] * h.mult) >> h.shift == i;
		fprintf(out, "\t{ 0x%06" PRIX64 ", ", hash_keys[h.slots[i]]);
		emit_padded(out, k->lang);
		fputs(", ", out);
		emit_padded(out, k->alias_script);
		fprintf(out, ", %s, %s, %zu, %zu }, /* %s%s */\n",
		        wsmsg_resolve_scripted(k->lang) ? "true" : "false",
		        wsmsg_resolve_grouped(k->lang) ? "true" : "false",
		        k->first, k->count, k->code, own ? "" : ", empty slot");
	}
	fputs("};\n\n", out);
	free(h.slots);
	return true;
}

int main(int argc, char **argv)
{
	if (argc < 3) {
		fprintf(stderr, "usage: %s OUTPUT.c OUTPUT.h [LANG=FILE.mo ...]\n", argv[0]);
		return 1;
	}
	size_t ncat = (size_t)argc - 3;
	if (ncat > MAX_CATALOGS) {
		fprintf(stderr, "po/LINGUAS: more than %d catalogs\n", MAX_CATALOGS);
		return 1;
	}
	size_t order_value[NCODES], order_name[NCODES];
	for (size_t i = 0; i < NCODES; i++)
		order_value[i] = order_name[i] = i;
	qsort(order_value, NCODES, sizeof order_value[0], by_value);
	qsort(order_name, NCODES, sizeof order_name[0], by_name);
	if (!check_code_table(order_value, order_name))
		return 1;

	add_bytes("", 0); /* offset 0: no text */
	uint32_t name_off[NMESSAGES], key_off[NMESSAGES], english[NMESSAGES];
	for (size_t m = 0; m < NMESSAGES; m++) {
		const struct message *msg = message(m);
		char *key = make_key(msg);
		name_off[m] = add_string(msg->name);
		key_off[m] = add_string(key);
		english[m] = key_off[m] + (uint32_t)strlen(msg->name) + 1;
		free(key);
	}

	static struct catalog cats[MAX_CATALOGS];
	static struct wsmsg_tag langs[MAX_CATALOGS];
	for (size_t c = 0; c < ncat; c++)
		if (!load_catalog(&cats[c], argv[c + 3], english))
			return 1;
	for (size_t c = 0; c < ncat; c++)
		langs[c] = cats[c].tag;
	if (!no_ties(cats, langs, ncat))
		return 1;

	FILE *out = fopen(argv[1], "w");
	if (out == NULL) {
		perror(argv[1]);
		return 1;
	}
	FILE *hdr = fopen(argv[2], "w");
	if (hdr == NULL) {
		perror(argv[2]);
		return 1;
	}
	fprintf(hdr, "/* Generated by gen-catalog: do not edit.  The sizes of the tables\n"
	        " * and the constants of their perfect hashes (catalog.h). */\n"
	        "#ifndef WSMSG_CATALOG_HASH_H\n#define WSMSG_CATALOG_HASH_H\n\n"
	        "#include <stdint.h>\n\n"
	        "#define WSMSG_NENTRIES %zuu\n#define WSMSG_NMESSAGES %zuu\n"
	        "#define WSMSG_NCATALOGS %zuu\n",
	        NCODES, NMESSAGES, ncat);
	fputs("/* Generated by gen-catalog from src/code-table.h, src/phrases.h\n"
	      " * and po/LINGUAS: do not edit. */\n"
	      "#include \"catalog.h\"\n\n", out);
	emit_strtab(out);

	fputs("const struct wsmsg_entry wsmsg_entries[] = {\n", out);
	for (size_t i = 0; i < NCODES; i++) {
		size_t m = order_value[i];
		fprintf(out, "\t{ 0x%08" PRIX32 "u, %" PRIu32 ", %" PRIu32 ", %" PRIu32 " }, /* %s */\n",
		        codes[m].value, name_off[m], key_off[m], english[m], codes[m].name);
	}
	fprintf(out, "};\nconst size_t wsmsg_nentries = %zu;\n\n", NCODES);

	uint64_t code_keys[NCODES];
	struct hash code_hash;
	for (size_t i = 0; i < NCODES; i++)
		code_keys[i] = codes[order_value[i]].value;
	if (!find_hash(code_keys, NCODES, "codes of src/code-table.h", &code_hash))
		return 1;
	emit_constant(hdr, "WSMSG_CODE", &code_hash);
	fputs("const uint16_t wsmsg_code_slots[] = {", out);
	for (size_t i = 0; i < code_hash.size; i++)
		fprintf(out, "\n\t%u,", code_hash.slots[i]);
	fputs("\n};\n\n", out);
	free(code_hash.slots);

	fputs("const uint32_t wsmsg_phrase_keys[] = {", out);
	for (size_t p = 0; p < NPHRASES; p++)
		fprintf(out, " %" PRIu32 ",", key_off[NCODES + p]);
	fputs(" };\nconst uint32_t wsmsg_phrase_english[] = {", out);
	for (size_t p = 0; p < NPHRASES; p++)
		fprintf(out, " %" PRIu32 ",", english[NCODES + p]);
	fprintf(out, " };\nconst size_t wsmsg_nphrases = %zu;\n\n", NPHRASES);

	/* wsmsg_by_name holds indexes into wsmsg_entries (sorted by value). */
	fputs("const uint16_t wsmsg_by_name[] = {\n", out);
	for (size_t i = 0; i < NCODES; i++)
		for (size_t j = 0; j < NCODES; j++)
			if (order_value[j] == order_name[i])
				fprintf(out, "\t%zu, /* %s */\n", j, codes[order_name[i]].name);
	fputs("};\n\n", out);

	fputs("const struct wsmsg_tag wsmsg_catalog_langs[] = {\n", out);
	for (size_t c = 0; c < ncat; c++) {
		const struct wsmsg_tag *t = &cats[c].tag;
		fprintf(out, "\t{ %d, \"%s\", \"%s\", \"%s\" }, /* %s */\n",
		        t->kind, t->lang, t->script, t->region, cats[c].name);
	}
	if (ncat == 0)
		fputs("\t{ 0 },\n", out);
	fputs("};\nconst char *const wsmsg_catalog_tags[] = {", out);
	for (size_t c = 0; c < ncat; c++)
		fprintf(out, " \"%s\",", cats[c].bcp47);
	fprintf(out, " NULL };\nconst size_t wsmsg_ncatalogs = %zu;\n\n", ncat);

	/* Each catalog's name and BCP 47 tag, and "C" and "POSIX", mapped to
	 * what the parser and resolver make of them (see catalog.h). */
	size_t nkeys = 2 * ncat + 2, nspellings = 0;
	uint64_t *spelling_keys = need(calloc(nkeys, sizeof *spelling_keys));
	const char **spellings = need(calloc(nkeys, sizeof *spellings));
	int *sources = need(calloc(nkeys, sizeof *sources));
	for (size_t k = 0; k < nkeys; k++) {
		const char *s = k == 0 ? "C" : k == 1 ? "POSIX"
		              : k % 2 ? cats[(k - 2) / 2].bcp47 : cats[(k - 2) / 2].name;
		if (strlen(s) > 8 || strspn(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
		                           "abcdefghijklmnopqrstuvwxyz0123456789-_") != strlen(s))
			continue;
		uint64_t key = spelling_key(s);
		size_t j;
		for (j = 0; j < nspellings && spelling_keys[j] != key; j++)
			;
		if (j < nspellings)
			continue;
		struct wsmsg_tag t = wsmsg_tag_parse(s, strlen(s));
		spellings[nspellings] = s;
		sources[nspellings] = wsmsg_resolve(&t, langs, ncat);
		spelling_keys[nspellings++] = key;
	}
	struct hash spelling_hash;
	if (!find_hash(spelling_keys, nspellings, "spellings of the catalogs' names",
	               &spelling_hash))
		return 1;
	emit_constant(hdr, "WSMSG_SPELLING", &spelling_hash);
	fputs("const struct wsmsg_spelling wsmsg_spelling_slots[] = {\n", out);
	for (size_t i = 0; i < spelling_hash.size; i++) {
		size_t k = spelling_hash.slots[i];
		bool own = (spelling_keys[k] * spelling_hash.mult) >> spelling_hash.shift == i;
		fprintf(out, "\t{ UINT64_C(0x%016" PRIX64 "), %d }, /* %s%s */\n",
		        spelling_keys[k], sources[k], spellings[k], own ? "" : ", empty slot");
	}
	fputs("};\n\n", out);
	free(spelling_hash.slots);
	free(spelling_keys);
	free(spellings);
	free(sources);

	if (!emit_language_index(out, hdr, cats, ncat))
		return 1;

	/* Messages are indexed like wsmsg_entries, then the phrases. */
	fputs("const uint32_t wsmsg_texts[] = {\n", out);
	for (size_t c = 0; c < ncat; c++) {
		fprintf(out, "\t/* %s */\n", cats[c].name);
		for (size_t i = 0; i < NMESSAGES; i++) {
			size_t m = i < NCODES ? order_value[i] : i;
			fprintf(out, "\t%" PRIu32 ",\n", cats[c].texts[m]);
		}
	}
	if (ncat == 0)
		fputs("\t0,\n", out);
	fprintf(out, "};\nconst size_t wsmsg_nmessages = %zu;\n", NMESSAGES);

	fputs("\n#endif\n", hdr);

	bool written = close_output(out, argv[1]);
	return close_output(hdr, argv[2]) && written ? 0 : 1;
}
