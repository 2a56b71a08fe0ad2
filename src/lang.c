/*
 * Language tags.  A tag is a BCP 47 tag ("zh-Hant-TW") or a POSIX locale
 * name ("zh_TW.Big5", "sr_RS@latin"), matched without regard to case.
 */
#include "lang.h"

#include <string.h>

#if defined(__GNUC__)
#define OUT_OF_LINE __attribute__((noinline))
#else
#define OUT_OF_LINE
#endif

static bool is_alpha(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

static bool is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

static bool is_tag_byte(unsigned char c)
{
	return is_alpha(c) || is_digit(c) || c == '_' || c == '.' ||
	       c == '@' || c == '-';
}

static char to_lower(char c)
{
	return (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
}

static char to_upper(char c)
{
	return (c >= 'a' && c <= 'z') ? (char)(c - 'a' + 'A') : c;
}

static bool all_of(const char *s, size_t n, bool (*pred)(unsigned char))
{
	for (size_t i = 0; i < n; i++)
		if (!pred((unsigned char)s[i]))
			return false;
	return true;
}

/* Does s[0..n) equal the upper-case ASCII word `word`, ignoring case? */
static bool equals_word(const char *s, size_t n, const char *word)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (word[i] == '\0' || to_upper(s[i]) != word[i])
			return false;
	return word[i] == '\0';
}

static void copy_cased(char *dst, const char *src, size_t n,
                       char (*fold)(char))
{
	for (size_t i = 0; i < n; i++)
		dst[i] = fold(src[i]);
	dst[n] = '\0';
}

/* A POSIX modifier that names a script, as in "sr_RS@latin". */
static const char *modifier_script(const char *s, size_t n)
{
	if (equals_word(s, n, "LATIN"))
		return "Latn";
	if (equals_word(s, n, "CYRILLIC"))
		return "Cyrl";
	return NULL;
}

/* Reads the subtags after the language: script, region, then others. */
static void parse_subtags(struct wsmsg_tag *t, const char *s, size_t len)
{
	size_t i = 0;

	while (i < len) {
		size_t start = i;

		while (i < len && s[i] != '-' && s[i] != '_')
			i++;
		size_t n = i - start;
		const char *sub = s + start;
		i++; /* the separator */
		if (n == 1)
			return; /* a singleton: extensions and private use follow */
		if (n == 4 && all_of(sub, n, is_alpha) && *t->script == '\0' &&
		    *t->region == '\0') {
			t->script[0] = to_upper(sub[0]);
			copy_cased(t->script + 1, sub + 1, 3, to_lower);
		} else if (*t->region == '\0' &&
		           ((n == 2 && all_of(sub, n, is_alpha)) ||
		            (n == 3 && all_of(sub, n, is_digit)))) {
			copy_cased(t->region, sub, n, to_upper);
		}
		/* Variants and empty subtags are ignored. */
	}
}

/*
 * The shapes most tags have, "fr" and "fr-CH" (or "fr_CH"), read
 * without the general reading below, which gives them the same
 * language and region.  False for any other tag.
 */
static bool parse_short(struct wsmsg_tag *t, const char *s, size_t len)
{
	if ((len != 2 && len != 5) || !is_alpha((unsigned char)s[0]) ||
	    !is_alpha((unsigned char)s[1]))
		return false;
	if (len == 5 && ((s[2] != '-' && s[2] != '_') ||
	                 !is_alpha((unsigned char)s[3]) || !is_alpha((unsigned char)s[4])))
		return false;
	t->kind = WSMSG_TAG_LANGUAGE;
	t->lang[0] = to_lower(s[0]);
	t->lang[1] = to_lower(s[1]);
	if (len == 5) {
		t->region[0] = to_upper(s[3]);
		t->region[1] = to_upper(s[4]);
	}
	return true; /* as the general reading would have read it */
}

/* Any tag, read in full.  Out of line, so that the short shapes above
 * need no stack frame. */
static OUT_OF_LINE struct wsmsg_tag parse_general(const char *s, size_t len)
{
	struct wsmsg_tag t = { .kind = WSMSG_TAG_MALFORMED };

	if (len == 0 || len > WSMSG_TAG_MAX)
		return t;
	for (size_t i = 0; i < len; i++)
		if (!is_tag_byte((unsigned char)s[i]))
			return t;

	/* POSIX: language[_territory][.codeset][@modifier] */
	size_t base = 0;
	while (base < len && s[base] != '.' && s[base] != '@')
		base++;
	const char *at = memchr(s, '@', len);
	const char *script = NULL;
	if (at != NULL) {
		const char *mod = at + 1;
		size_t n = (size_t)(s + len - mod);
		const char *dot = memchr(mod, '.', n);
		script = modifier_script(mod, dot ? (size_t)(dot - mod) : n);
	}

	if (equals_word(s, base, "C") || equals_word(s, base, "POSIX")) {
		t.kind = WSMSG_TAG_C;
		return t;
	}

	size_t n = 0;
	while (n < base && s[n] != '-' && s[n] != '_')
		n++;
	if (n < 2 || n > 3 || !all_of(s, n, is_alpha)) {
		t.kind = WSMSG_TAG_OTHER;
		return t;
	}
	t.kind = WSMSG_TAG_LANGUAGE;
	copy_cased(t.lang, s, n, to_lower);
	if (n < base)
		parse_subtags(&t, s + n + 1, base - n - 1);
	if (*t.script == '\0' && script != NULL)
		memcpy(t.script, script, 5);
	return t;
}

struct wsmsg_tag wsmsg_tag_parse(const char *s, size_t len)
{
	struct wsmsg_tag t = { .kind = WSMSG_TAG_MALFORMED };

	if (s == NULL)
		return t;
	if (parse_short(&t, s, len))
		return t;
	return parse_general(s, len);
}

struct wsmsg_tag wsmsg_tag_parse_str(const char *s)
{
	if (s == NULL)
		return (struct wsmsg_tag){ .kind = WSMSG_TAG_MALFORMED };
	/* Reads at most WSMSG_TAG_MAX + 1 bytes of a string of any length. */
	size_t len = 0;
	while (len <= WSMSG_TAG_MAX && s[len] != '\0')
		len++;
	return wsmsg_tag_parse(s, len);
}
