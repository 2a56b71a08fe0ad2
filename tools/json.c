#include "json.h"

/*
 * The length of the well-formed UTF-8 character at p, or 0 when there is
 * none; then *bad is the length of the longest prefix of one (at least
 * 1), which stands for a single U+FFFD, as Unicode recommends and as
 * most decoders do.  The terminating NUL is never part of a character.
 */
static size_t utf8_length(const unsigned char *p, size_t *bad)
{
	unsigned char lo = 0x80, hi = 0xBF;
	size_t n;

	if (p[0] < 0x80)
		return 1;
	if (p[0] >= 0xC2 && p[0] <= 0xDF)
		n = 2;
	else if (p[0] >= 0xE0 && p[0] <= 0xEF) {
		n = 3;
		if (p[0] == 0xE0)
			lo = 0xA0;      /* no overlong forms */
		else if (p[0] == 0xED)
			hi = 0x9F;      /* no surrogates */
	} else if (p[0] >= 0xF0 && p[0] <= 0xF4) {
		n = 4;
		if (p[0] == 0xF0)
			lo = 0x90;      /* no overlong forms */
		else if (p[0] == 0xF4)
			hi = 0x8F;      /* nothing past U+10FFFF */
	} else {
		*bad = 1;
		return 0;
	}
	for (size_t i = 1; i < n; i++) {
		if (p[i] < lo || p[i] > hi) {
			*bad = i;
			return 0;
		}
		lo = 0x80, hi = 0xBF;
	}
	return n;
}

static void write_escaped(FILE *out, unsigned char c)
{
	switch (c) {
	case '"': fputs("\\\"", out); break;
	case '\\': fputs("\\\\", out); break;
	case '\b': fputs("\\b", out); break;
	case '\f': fputs("\\f", out); break;
	case '\n': fputs("\\n", out); break;
	case '\r': fputs("\\r", out); break;
	case '\t': fputs("\\t", out); break;
	default:
		if (c < 0x20)
			fprintf(out, "\\u%04X", (unsigned)c);
		else
			putc(c, out);
	}
}

void json_write_string(FILE *out, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;

	putc('"', out);
	while (*p != '\0') {
		size_t bad, n = utf8_length(p, &bad);
		if (n == 1)
			write_escaped(out, *p);
		else if (n > 1)
			fwrite(p, 1, n, out);
		else
			fputs("\xEF\xBF\xBD", out); /* U+FFFD */
		p += n > 0 ? n : bad;
	}
	putc('"', out);
}

void json_begin(struct json_object *o, FILE *out)
{
	o->out = out;
	o->first = true;
	putc('{', out);
}

static void key(struct json_object *o, const char *name)
{
	if (!o->first)
		putc(',', o->out);
	o->first = false;
	json_write_string(o->out, name);
	putc(':', o->out);
}

void json_string(struct json_object *o, const char *name, const char *value)
{
	key(o, name);
	if (value == NULL)
		fputs("null", o->out);
	else
		json_write_string(o->out, value);
}

void json_integer(struct json_object *o, const char *name, long long value)
{
	key(o, name);
	fprintf(o->out, "%lld", value);
}

void json_boolean(struct json_object *o, const char *name, bool value)
{
	key(o, name);
	fputs(value ? "true" : "false", o->out);
}

void json_strings(struct json_object *o, const char *name,
                  const char *const *values, size_t n)
{
	key(o, name);
	putc('[', o->out);
	for (size_t i = 0; i < n; i++) {
		if (i > 0)
			putc(',', o->out);
		json_write_string(o->out, values[i]);
	}
	putc(']', o->out);
}

void json_end(struct json_object *o)
{
	fputs("}\n", o->out);
}
