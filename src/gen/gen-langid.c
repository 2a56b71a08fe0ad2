/*
 * gen-langid: compiles src/ms-lcid.csv, the Windows language IDs and
 * their tags from [MS-LCID], into the table of wsmsg_langid_tag()
 * (src/langid.h): the IDs that have a tag, in ascending order, and where
 * each one's tag starts in one string table.
 *
 * Usage: gen-langid INPUT.csv OUTPUT.c
 *
 * The input is lines "langid,tag,note", the first of them that header
 * itself; lines that start with '#' and empty lines are skipped.  A row
 * without a tag is checked and left out.  [MS-LCID] writes one name with
 * a sort suffix, es-ES_tradnl; the table holds the BCP 47 tag before the
 * '_' (es-ES), since a sort order is not part of a language tag.
 *
 * It refuses, naming the file and line, a row that is not three fields,
 * an ID that is not 0x and four upper-case hexadecimal digits, an ID
 * listed twice or out of order, a tag that is not a language tag, and a
 * line longer than LINE_MAX_BYTES or with a NUL byte; and an input in
 * which no ID has a tag.  Two IDs may have one tag (0x0C0A and 0x040A are
 * both es-ES, 0x7C1A and 0x701A both sr-Latn).
 */
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "lang.h"
#include "output.h"

/* The longest line read, not counting its newline. */
#define LINE_MAX_BYTES 1024

#define HEADER "langid,tag,note"

struct row {
	unsigned id;
	unsigned line;
	char tag[WSMSG_TAG_MAX + 1];  /* as written; "" for none */
};

/* IDs are 16 bits and strictly ascending, so there are at most 65536. */
static struct row rows[65536];
static size_t nrows;

static const char *input;
static unsigned line_no;
static bool failed;

#if defined(__GNUC__)
__attribute__((format(printf, 1, 2)))
#endif
static void refuse(const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s:%u: ", input, line_no);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	failed = true;
}

static bool is_upper_hex(char c)
{
	return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F');
}

static bool is_letter(char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

static bool is_alnum(char c)
{
	return is_letter(c) || (c >= '0' && c <= '9');
}

/* "0x" and exactly four upper-case hexadecimal digits: the ID, or -1. */
static long parse_id(const char *s)
{
	if (strlen(s) != 6 || s[0] != '0' || s[1] != 'x')
		return -1;
	long id = 0;
	for (int i = 2; i < 6; i++) {
		if (!is_upper_hex(s[i]))
			return -1;
		id = id * 16 + (s[i] <= '9' ? s[i] - '0' : s[i] - 'A' + 10);
	}
	return id;
}

/* The length of the run of characters of `pred` at s. */
static size_t span(const char *s, bool (*pred)(char))
{
	size_t n = 0;

	while (pred(s[n]))
		n++;
	return n;
}

/*
 * Is `tag` a language tag as [MS-LCID] writes them: a language of 2 or
 * 3 letters, then subtags of 1 to 8 letters and digits, each after a
 * '-', then at most one sort name of 1 to 8 letters after a '_'; at
 * most WSMSG_TAG_MAX bytes, so that wsmsg_describe_lang() takes it?
 */
static bool is_tag(const char *tag)
{
	if (strlen(tag) > WSMSG_TAG_MAX)
		return false;
	size_t n = span(tag, is_letter);
	if (n < 2 || n > 3)
		return false;
	const char *p = tag + n;
	while (*p == '-') {
		n = span(p + 1, is_alnum);
		if (n < 1 || n > 8)
			return false;
		p += 1 + n;
	}
	if (*p == '_') {
		n = span(p + 1, is_letter);
		if (n < 1 || n > 8)
			return false;
		p += 1 + n;
	}
	return *p == '\0';
}

/* `s` with each byte outside printable ASCII, and '"' and '\\', written
 * as \xNN, into `buf` of 4 * strlen(s) + 1 bytes. */
static const char *escaped(const char *s, char *buf)
{
	char *p = buf;

	for (; *s != '\0'; s++) {
		unsigned char c = (unsigned char)*s;
		if (c < 0x20 || c > 0x7E || c == '"' || c == '\\')
			p += sprintf(p, "\\x%02X", c);
		else
			*p++ = (char)c;
	}
	*p = '\0';
	return buf;
}

/* Checks one row, "langid,tag,note", and keeps it. */
static void read_row(char *line)
{
	char *comma1 = strchr(line, ',');
	char *comma2 = comma1 != NULL ? strchr(comma1 + 1, ',') : NULL;

	if (comma2 == NULL) {
		refuse("expected three fields, " HEADER);
		return;
	}
	*comma1 = *comma2 = '\0';
	const char *id_text = line, *tag = comma1 + 1;

	char shown[4 * LINE_MAX_BYTES + 1];
	long id = parse_id(id_text);
	if (id < 0) {
		refuse("\"%s\": a language ID is 0x and four upper-case hexadecimal "
		       "digits", escaped(id_text, shown));
		return;
	}
	if (nrows > 0 && (unsigned)id <= rows[nrows - 1].id) {
		const struct row *last = &rows[nrows - 1];
		if ((unsigned)id == last->id)
			refuse("0x%04X is listed twice (first on line %u)",
			       (unsigned)id, last->line);
		else
			refuse("0x%04X comes after 0x%04X: the rows must be in "
			       "ascending order", (unsigned)id, last->id);
		return;
	}
	if (*tag != '\0' && !is_tag(tag)) {
		refuse("\"%s\" (0x%04X) is not a language tag: a language of 2 or 3 "
		       "letters, subtags of 1 to 8 letters and digits after '-', and "
		       "at most one sort name of letters after '_', in %u bytes at most",
		       escaped(tag, shown), (unsigned)id, (unsigned)WSMSG_TAG_MAX);
		return;
	}
	rows[nrows].id = (unsigned)id;
	rows[nrows].line = line_no;
	strcpy(rows[nrows].tag, tag);
	nrows++;
}

/*
 * Reads the next line into `line`, without its newline: its length, or
 * -1 at the end of the input (or on a read error).  A line longer than
 * LINE_MAX_BYTES, or one that holds a NUL byte, is refused.
 */
static long read_line(FILE *in, char line[LINE_MAX_BYTES + 1], bool *bad)
{
	size_t n = 0;
	int c;

	*bad = false;
	while ((c = getc(in)) != EOF && c != '\n') {
		if (c == '\0' || n == LINE_MAX_BYTES) {
			if (c == '\0')
				refuse("a NUL byte");
			else
				refuse("a line is at most %d bytes", LINE_MAX_BYTES);
			*bad = true;
			return 0;
		}
		line[n++] = (char)c;
	}
	line[n] = '\0';
	return c == EOF && n == 0 ? -1 : (long)n;
}

/* Reads and checks the whole input; false when it is refused. */
static bool read_input(FILE *in)
{
	char line[LINE_MAX_BYTES + 1];
	bool header = false, bad;
	long n;

	while (line_no++, (n = read_line(in, line, &bad)) >= 0) {
		if (bad)
			return false;
		if (n == 0 || line[0] == '#')
			continue;
		if (!header) {
			if (strcmp(line, HEADER) != 0) {
				refuse("the first row must be \"" HEADER "\"");
				return false;
			}
			header = true;
			continue;
		}
		read_row(line);
	}
	if (ferror(in)) {
		perror(input);
		return false;
	}
	if (!header) {
		refuse("the first row must be \"" HEADER "\"");
		return false;
	}
	return !failed;
}

/* The tag the table holds: the name before a sort suffix. */
static size_t bcp47_length(const char *tag)
{
	return strcspn(tag, "_");
}

static void write_table(FILE *out, size_t ntagged)
{
	fprintf(out, "/* Generated from ms-lcid.csv by gen-langid: do not edit. */\n"
	             "#include \"langid.h\"\n\n"
	             "const size_t wsmsg_nlangids = %zu;\n\n"
	             "const uint16_t wsmsg_langids[] = {\n", ntagged);
	for (size_t i = 0; i < nrows; i++)
		if (rows[i].tag[0] != '\0')
			fprintf(out, "\t0x%04X,\n", rows[i].id);
	fputs("};\n\nconst uint32_t wsmsg_langid_tag_at[] = {\n", out);
	size_t at = 0;
	for (size_t i = 0; i < nrows; i++)
		if (rows[i].tag[0] != '\0') {
			fprintf(out, "\t%zu, /* 0x%04X */\n", at, rows[i].id);
			at += bcp47_length(rows[i].tag) + 1;
		}
	fputs("};\n\nconst char wsmsg_langid_tags[] =\n", out);
	for (size_t i = 0; i < nrows; i++) {
		const char *tag = rows[i].tag;
		if (tag[0] == '\0')
			continue;
		fprintf(out, "\t\"%.*s\\0\"", (int)bcp47_length(tag), tag);
		if (tag[bcp47_length(tag)] != '\0')
			fprintf(out, " /* [MS-LCID]: %s */", tag);
		fputc('\n', out);
	}
	fputs("\t;\n", out);
}

int main(int argc, char **argv)
{
	if (argc != 3) {
		fprintf(stderr, "usage: %s INPUT.csv OUTPUT.c\n", argv[0]);
		return 1;
	}
	input = argv[1];
	FILE *in = fopen(input, "r");
	if (in == NULL) {
		perror(input);
		return 1;
	}
	bool ok = read_input(in);
	fclose(in);
	if (!ok)
		return 1;

	size_t ntagged = 0;
	for (size_t i = 0; i < nrows; i++)
		ntagged += rows[i].tag[0] != '\0';
	if (ntagged == 0) {
		fprintf(stderr, "%s: no language ID has a tag\n", input);
		return 1;
	}
	FILE *out = fopen(argv[2], "w");
	if (out == NULL) {
		perror(argv[2]);
		return 1;
	}
	write_table(out, ntagged);
	return close_output(out, argv[2]) ? 0 : 1;
}
