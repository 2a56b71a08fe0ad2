/*
 * Hostile environments, shared by test-hostile.c (what the library and
 * the wsmsg command answer) and test-opens.c (which files the command
 * opens).  Each case sets LANGUAGE, LC_ALL, LC_MESSAGES and LANG (NULL:
 * unset) and says what the rules give for WS_E_OTHER.
 *
 * The rules (src/caller.c, src/lang.c, tools/wsmsg.c):
 *
 *   In-process, a program that is in C.UTF-8 calls setlocale(LC_ALL, "").
 *   glibc refuses every hostile name here but one (loads_as below): a
 *   '/' that does not start the name, "/../", more than 255 bytes, or
 *   simply no such locale.  So the locale stays C.UTF-8; an empty or
 *   unset variable falls through to the next, and all empty gives "C".
 *   Then: a locale named "C" or "POSIX" is English (S_OK) whatever
 *   LANGUAGE says; otherwise LANGUAGE when it has a non-empty entry, its
 *   malformed entries (a byte outside [A-Za-z0-9_.@-], longer than 64
 *   bytes) skipped, the first entry with a catalog winning, a "C" entry
 *   meaning English (S_OK), and no entry with a catalog giving English
 *   with WS_E_NO_TRANSLATION_AVAILABLE; without entries, the locale
 *   name: C.UTF-8 is English (S_OK), a malformed name has no catalog.
 *
 *   The command: setlocale(LC_ALL, "") fails, so it uses C.UTF-8; when
 *   LANGUAGE is unset or empty it asks for the first non-empty of LC_ALL,
 *   LC_MESSAGES and LANG as an explicit tag, unless that is malformed;
 *   otherwise the caller's language as above.  Exit 0, or 3 when the
 *   text is English because no catalog serves the language.
 *
 *   libintl, asked first, never sees a hostile LANGUAGE or locale name
 *   (src/caller.c), so these answers hold whatever catalogs are bound or
 *   installed.
 *
 * LONG values are a unit repeated to 100 KiB, then the value.
 */
#ifndef WSMSG_HOSTILE_CASES_H
#define WSMSG_HOSTILE_CASES_H

#include <locale.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "wsmsg.h"

#define HOSTILE_LONG (100 * 1024)

struct expect {
	int32_t status;      /* wsmsg_describe in the test's process */
	const char *tag;     /* whose text it gives; NULL: English */
	int cli_exit;        /* the command's exit status */
	const char *cli_tag; /* the language of its line; NULL: English */
};

#define FR { S_OK, "fr-FR", 0, "fr-FR" }
#define ZH { S_OK, "zh-TW", 0, "zh-TW" }
/* English by rule: a C locale, a "C" entry, or no entry at all. */
#define EN { S_OK, NULL, 0, NULL }
/* No catalog serves the language: English, and the command exits 3. */
#define NONE { WS_E_NO_TRANSLATION_AVAILABLE, NULL, 3, NULL }
/* glibc refuses the name; the command asks for it as a tag, which is
 * well formed but names no language. */
#define EN_CLI_NONE { S_OK, NULL, 3, NULL }

struct hostile_value {
	const char *repeat;         /* NULL, or the unit of a long value */
	const char *value;
	struct expect as_language;  /* LANGUAGE=value, LC_ALL=C.UTF-8 */
	struct expect as_locale;    /* LC_ALL, LC_MESSAGES or LANG = value */
	/* The locale glibc loads for this name when the system has it (NULL:
	 * glibc refuses the name), and the answer then. */
	const char *loads_as;
	struct expect if_loaded;
};

/* A value; a long one (unit repeated, then value); as_language, as_locale. */
#define V(value, language, locale) { NULL, value, language, locale, NULL, EN }
#define LONG(unit, value, language, locale) \
	{ unit, value, language, locale, NULL, EN }

static const struct hostile_value hostile_values[] = {
	/* Path traversal and absolute paths. */
	V("../../tmp/x", NONE, EN),
	V("fr/../../../etc", NONE, EN),
	V("fr_FR.UTF-8/../../../../etc/passwd", NONE, EN),
	V("C/../../tmp/x", NONE, EN),
	V("/tmp/x", NONE, EN),
	V("/etc/passwd", NONE, EN),
	V("..", NONE, EN_CLI_NONE),
	V(".", NONE, EN_CLI_NONE),
	/* 100 KiB. */
	LONG("x", "", NONE, EN),
	LONG("x", ":fr", FR, EN),
	LONG("qaa:", "fr", FR, EN),
	LONG("../", "tmp/x", NONE, EN),
	/* Bytes that are not UTF-8, UTF-8 that is not ASCII, control bytes. */
	V("\xff\xfe", NONE, EN),
	V("\xff\xfe:fr", FR, EN),
	/* glibc keeps only the letters and digits of a codeset: this name
	 * loads fr_FR.utf8.  The rules do not read it (the byte 0xFF), and
	 * nor may libintl. */
	{ NULL, "fr_FR.UTF-8\xff", NONE, EN, "fr_FR.UTF-8", NONE },
	V("fr\xc3\xa9", NONE, EN),
	V("fr\n", NONE, EN),
	V("\x1b[31m:zh_TW", ZH, EN),
	V("fr\t:\r:zh_HK", ZH, EN),
	V("\x7f:fr", FR, EN),
	V("POSIX\n:fr", FR, EN),
	V("%s%n%x", NONE, EN),
	V("fr;rm -rf", NONE, EN),
	/* Empty entries. */
	V(":::fr::", FR, EN),
	V(":", EN, EN),
	V("", EN, EN),
	/* Lists mixing valid and hostile entries. */
	V("../../tmp/x:fr", FR, EN),
	V("/etc/passwd:zh_TW", ZH, EN),
	V("..:fr", FR, EN),
	V("qaa:../../tmp/x:zh_HK", ZH, EN),
	V("../x:C:fr", EN, EN),
};

#undef V
#undef LONG

#define HOSTILE_NVALUES (sizeof hostile_values / sizeof hostile_values[0])
#define HOSTILE_NVARS 4

struct hostile_env {
	char what[96];
	const char *var[HOSTILE_NVARS]; /* LANGUAGE, LC_ALL, LC_MESSAGES, LANG */
	struct expect expect;
	int var_index;                  /* the one variable set; -1: mixed */
	const char *loads_as;           /* as in struct hostile_value */
	struct expect if_loaded;
};

static const char *const hostile_var_names[HOSTILE_NVARS] = {
	"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG",
};

/* Environments with several variables at once. */
struct hostile_mixed {
	const char *what;
	const char *var[HOSTILE_NVARS];
	int long_lc_all;            /* LC_ALL is 100 KiB of "../" */
	int long_language;          /* LANGUAGE is 100 KiB of "qaa:", then var[0] */
	struct expect expect;
};

static const struct hostile_mixed hostile_mixed[] = {
	{ "a hostile LC_ALL does not stop LANGUAGE",
	  { "fr", "../../tmp/x", NULL, NULL }, 0, 0, FR },
	{ "LANGUAGE with empty entries over a hostile LC_MESSAGES",
	  { ":::zh_HK::", NULL, "/etc/passwd", "C.UTF-8" }, 0, 0, ZH },
	{ "the command names a valid LC_MESSAGES beside a hostile LANG",
	  { NULL, NULL, "fr_FR.UTF-8", "../x" }, 0, 0,
	  { S_OK, NULL, 0, "fr-FR" } },
	{ "the C locale ignores a hostile LANGUAGE",
	  { "../../tmp/x:fr", "C", NULL, NULL }, 0, 0, EN },
	{ "empty variables before a hostile LANG",
	  { "", "", "", "\xff/../x" }, 0, 0, EN },
	{ "only hostile and empty entries",
	  { "/tmp/x:../../etc:\xff::qaa", "C.UTF-8", NULL, NULL }, 0, 0, NONE },
	{ "LC_ALL wins over hostile LC_MESSAGES and LANG",
	  { "fr_FR.UTF-8/../../../../tmp/x:zh_HK", "C.UTF-8", "/tmp/x", "/etc/passwd" },
	  0, 0, ZH },
	{ "a locale without catalog and a hostile LANGUAGE",
	  { "../../tmp/x", "qaa_QM.UTF-8", NULL, NULL }, 0, 0, NONE },
	{ "100 KiB in LC_ALL and in LANGUAGE",
	  { "zh_TW", NULL, NULL, NULL }, 1, 1, ZH },
};

#define HOSTILE_NMIXED (sizeof hostile_mixed / sizeof hostile_mixed[0])
#define HOSTILE_NENVS (HOSTILE_NVALUES * HOSTILE_NVARS + HOSTILE_NMIXED)

/* `unit` repeated to HOSTILE_LONG bytes, then `tail`; never freed. */
static const char *hostile_long(const char *unit, const char *tail)
{
	size_t u = strlen(unit), n = HOSTILE_LONG / u * u;
	char *s = malloc(n + strlen(tail) + 1);

	if (s == NULL)
		abort();
	for (size_t i = 0; i < n; i += u)
		memcpy(s + i, unit, u);
	strcpy(s + n, tail);
	return s;
}

/* NAME="value", its bytes escaped, cut short with "..." to fit `size`. */
static void hostile_describe(char *buf, size_t size, const char *name,
                             const char *value)
{
	size_t n = (size_t)snprintf(buf, size, "%s=\"", name);
	const unsigned char *p = (const unsigned char *)value;

	for (; *p != '\0' && n + 10 < size; p++) {
		int plain = *p >= 0x20 && *p < 0x7f && *p != '\\' && *p != '"';
		n += (size_t)snprintf(buf + n, size - n, plain ? "%c" : "\\x%02x", *p);
	}
	snprintf(buf + n, size - n, "%s", *p != '\0' ? "\"..." : "\"");
}

/* Does glibc load the locale `e` names, on this system? */
static int hostile_loads(const struct hostile_env *e)
{
	if (e->loads_as == NULL)
		return 0;
	locale_t loc = newlocale(LC_ALL_MASK, e->loads_as, (locale_t)0);
	if (loc == (locale_t)0)
		return 0;
	freelocale(loc);
	return 1;
}

/* What the rules give for `e` on this system. */
static const struct expect *hostile_expect(const struct hostile_env *e)
{
	return hostile_loads(e) ? &e->if_loaded : &e->expect;
}

/* Every hostile environment: each value in each variable, then the
 * mixed ones.  Built once. */
static const struct hostile_env *hostile_envs(void)
{
	static struct hostile_env envs[HOSTILE_NENVS];
	static int built;
	size_t n = 0;

	if (built)
		return envs;
	for (size_t i = 0; i < HOSTILE_NVALUES; i++) {
		const struct hostile_value *v = &hostile_values[i];
		const char *value = v->repeat ? hostile_long(v->repeat, v->value) : v->value;
		for (size_t k = 0; k < HOSTILE_NVARS; k++) {
			struct hostile_env *e = &envs[n++];
			hostile_describe(e->what, sizeof e->what,
			                 hostile_var_names[k], value);
			e->var[k] = value;
			e->var_index = (int)k;
			if (k == 0) {
				e->var[1] = "C.UTF-8";
				e->expect = v->as_language;
			} else {
				e->expect = v->as_locale;
				e->loads_as = v->loads_as;
				e->if_loaded = v->if_loaded;
			}
		}
	}
	for (size_t i = 0; i < HOSTILE_NMIXED; i++) {
		const struct hostile_mixed *m = &hostile_mixed[i];
		struct hostile_env *e = &envs[n++];
		snprintf(e->what, sizeof e->what, "%s", m->what);
		memcpy(e->var, m->var, sizeof e->var);
		e->var_index = -1;
		if (m->long_lc_all)
			e->var[1] = hostile_long("../", "");
		if (m->long_language)
			e->var[0] = hostile_long("qaa:", m->var[0]);
		e->expect = m->expect;
	}
	built = 1;
	return envs;
}

/*
 * The environment of `e` as a NULL-terminated "NAME=value" list, plus the
 * sanitizers' settings from this process.  The strings are static and
 * valid until the next call.
 */
static char *const *hostile_envp(const struct hostile_env *e)
{
	static char *envp[HOSTILE_NVARS + 3];
	static char *bufs[HOSTILE_NVARS + 2];
	static const char *const keep[] = { "ASAN_OPTIONS", "UBSAN_OPTIONS" };
	size_t n = 0, b = 0;

	for (size_t i = 0; i < sizeof bufs / sizeof bufs[0]; i++) {
		free(bufs[i]);
		bufs[i] = NULL;
	}
	for (size_t k = 0; k < HOSTILE_NVARS; k++) {
		if (e->var[k] == NULL)
			continue;
		size_t len = strlen(hostile_var_names[k]) + strlen(e->var[k]) + 2;
		char *s = malloc(len);
		if (s == NULL)
			abort();
		snprintf(s, len, "%s=%s", hostile_var_names[k], e->var[k]);
		envp[n++] = bufs[b++] = s;
	}
	for (size_t k = 0; k < 2; k++) {
		const char *v = getenv(keep[k]);
		if (v == NULL)
			continue;
		size_t len = strlen(keep[k]) + strlen(v) + 2;
		char *s = malloc(len);
		if (s == NULL)
			abort();
		snprintf(s, len, "%s=%s", keep[k], v);
		envp[n++] = bufs[b++] = s;
	}
	envp[n] = NULL;
	return envp;
}

#endif
