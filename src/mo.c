/*
 * The .mo reader (mo.h).  A file is copied whole into a buffer one byte
 * larger, which ends with a NUL, and checked once: after an OK status,
 * both string tables lie in the file and every string they list is
 * followed by its NUL inside it, so a lookup reads without checks of its
 * own.  Offsets and lengths are compared as `off > size || len >= size -
 * off`, never added, so that no sum can wrap around.
 */
#include "mo.h"

#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define MO_MAGIC 0x950412deu
/* Magic, revision, N, O, T, hash table size, hash table offset. */
#define MO_HEADER_SIZE 28u
/* A string table's entry: the string's length, then its offset. */
#define MO_ENTRY_SIZE 8u

static uint32_t swap32(uint32_t w)
{
	return w >> 24 | (w >> 8 & 0xFF00u) | (w << 8 & 0xFF0000u) | w << 24;
}

/* The 32-bit word at `off`, which the caller knows to be in the file. */
static uint32_t word(const struct wsmsg_mo *mo, size_t off)
{
	uint32_t w;

	memcpy(&w, mo->data + off, sizeof w);
	return mo->swap ? swap32(w) : w;
}

struct mo_string {
	size_t off, len;
};

/* Entry i of the string table at `table`, once the table is known to
 * hold mo->count entries inside the file. */
static struct mo_string entry(const struct wsmsg_mo *mo, uint32_t table, uint32_t i)
{
	size_t at = (size_t)table + (size_t)i * MO_ENTRY_SIZE;

	return (struct mo_string){ .off = word(mo, at + 4), .len = word(mo, at) };
}

static const char *string_at(const struct wsmsg_mo *mo, uint32_t table, uint32_t i)
{
	return (const char *)mo->data + entry(mo, table, i).off;
}

/* Does a table of mo->count entries at `table` fit in the file?  A
 * division, because count * 8 overflows a 32-bit size_t. */
static bool table_fits(const struct wsmsg_mo *mo, uint32_t table)
{
	return table <= mo->size && mo->count <= (mo->size - table) / MO_ENTRY_SIZE;
}

/* Is the string in the file, with its NUL inside the file too (not the
 * one the buffer adds after it)? */
static bool string_fits(const struct wsmsg_mo *mo, struct mo_string s)
{
	return s.off <= mo->size && s.len < mo->size - s.off &&
	       mo->data[s.off + s.len] == '\0';
}

/*
 * Every string in the file.  The originals' lengths, NULs included, must
 * add up to at most the file's size: they do when the strings are stored
 * apart, and the test of their order, which compares neighbours, then
 * reads at most as many bytes as the file has, however they overlap.
 */
static enum wsmsg_mo_status check_strings(const struct wsmsg_mo *mo)
{
	size_t total = 0;

	for (uint32_t i = 0; i < mo->count; i++) {
		struct mo_string o = entry(mo, mo->originals, i);
		if (!string_fits(mo, o) || !string_fits(mo, entry(mo, mo->translations, i)))
			return WSMSG_MO_OUT_OF_BOUNDS;
		if (o.len >= mo->size - total)
			return WSMSG_MO_OUT_OF_BOUNDS;
		total += o.len + 1;
	}
	return WSMSG_MO_OK;
}

/* Strictly increasing, as strcmp orders them (bytes as unsigned char):
 * then a binary search finds a key exactly where a linear one would, and
 * a duplicated original, whose second translation would be unreachable,
 * is refused. */
static bool sorted(const struct wsmsg_mo *mo)
{
	for (uint32_t i = 1; i < mo->count; i++)
		if (strcmp(string_at(mo, mo->originals, i - 1),
		           string_at(mo, mo->originals, i)) >= 0)
			return false;
	return true;
}

/* Does s, ended by any of `ends`, spell `word` (ASCII, ignoring case,
 * whatever the locale)? */
static bool spells(const char *s, const char *word, const char *ends)
{
	size_t n = strcspn(s, ends);

	if (n != strlen(word))
		return false;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 'a' && c <= 'z')
			c = (unsigned char)(c - 'a' + 'A');
		if (c != (unsigned char)word[i])
			return false;
	}
	return true;
}

/* The header's first "charset=" names UTF-8, as libintl reads it: the
 * value runs to the end of its line, a space or a ';'. */
static bool header_is_utf8(const struct wsmsg_mo *mo)
{
	const char *header = wsmsg_mo_lookup(mo, "");
	const char *charset = header != NULL ? strstr(header, "charset=") : NULL;

	return charset != NULL &&
	       spells(charset + strlen("charset="), "UTF-8", " \t\r\n;");
}

static enum wsmsg_mo_status check(struct wsmsg_mo *mo)
{
	if (mo->size < MO_HEADER_SIZE)
		return WSMSG_MO_TRUNCATED;
	uint32_t magic;
	memcpy(&magic, mo->data, sizeof magic);
	if (magic == swap32(MO_MAGIC))
		mo->swap = 1;
	else if (magic != MO_MAGIC)
		return WSMSG_MO_BAD_MAGIC;
	/* A minor revision adds what an older reader may ignore. */
	if (word(mo, 4) >> 16 != 0)
		return WSMSG_MO_BAD_REVISION;
	mo->count = word(mo, 8);
	mo->originals = word(mo, 12);
	mo->translations = word(mo, 16);
	if (!table_fits(mo, mo->originals) || !table_fits(mo, mo->translations))
		return WSMSG_MO_TRUNCATED;
	enum wsmsg_mo_status status = check_strings(mo);
	if (status != WSMSG_MO_OK)
		return status;
	if (!sorted(mo))
		return WSMSG_MO_UNSORTED;
	return header_is_utf8(mo) ? WSMSG_MO_OK : WSMSG_MO_NOT_UTF8;
}

/* Checks what was read; on failure, frees it and keeps errno. */
static enum wsmsg_mo_status finish(struct wsmsg_mo *mo, enum wsmsg_mo_status status)
{
	if (status == WSMSG_MO_OK)
		status = check(mo);
	if (status != WSMSG_MO_OK) {
		int saved = errno;
		wsmsg_mo_free(mo);
		errno = saved;
	}
	return status;
}

/*
 * The file open at fd, if it is a regular file small enough, refused
 * before any of it is read otherwise.  A file that shrinks while it is
 * read is checked as what was read; one that grows is read to the size
 * it had.
 */
static enum wsmsg_mo_status read_fd(struct wsmsg_mo *mo, int fd)
{
	struct stat st;

	if (fstat(fd, &st) != 0)
		return WSMSG_MO_UNREADABLE;
	if (!S_ISREG(st.st_mode))
		return WSMSG_MO_NOT_REGULAR;
	if (st.st_size < 0 || (uintmax_t)st.st_size > WSMSG_MO_MAX_SIZE)
		return WSMSG_MO_TOO_LARGE;
	size_t size = (size_t)st.st_size, got = 0;
	mo->data = malloc(size + 1);
	if (mo->data == NULL)
		return WSMSG_MO_NO_MEMORY;
	while (got < size) {
		ssize_t n = read(fd, mo->data + got, size - got);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return WSMSG_MO_UNREADABLE;
		if (n == 0)
			break;
		got += (size_t)n;
	}
	mo->data[got] = '\0';
	mo->size = got;
	return WSMSG_MO_OK;
}

enum wsmsg_mo_status wsmsg_mo_read(struct wsmsg_mo *mo, const char *path)
{
	memset(mo, 0, sizeof *mo);
	/* O_NONBLOCK: opening a FIFO must not wait for a writer; fstat then
	 * refuses it. */
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
	if (fd < 0)
		return WSMSG_MO_UNREADABLE;
	enum wsmsg_mo_status status = read_fd(mo, fd);
	int saved = errno;
	close(fd);
	errno = saved;
	return finish(mo, status);
}

enum wsmsg_mo_status wsmsg_mo_parse(struct wsmsg_mo *mo, const void *bytes, size_t size)
{
	memset(mo, 0, sizeof *mo);
	if (size > WSMSG_MO_MAX_SIZE)
		return WSMSG_MO_TOO_LARGE;
	mo->data = malloc(size + 1);
	if (mo->data == NULL)
		return WSMSG_MO_NO_MEMORY;
	if (size > 0)
		memcpy(mo->data, bytes, size);
	mo->data[size] = '\0';
	mo->size = size;
	return finish(mo, WSMSG_MO_OK);
}

/* The index of `key` among the originals: a binary search, exact because
 * they are strictly sorted. */
static bool find(const struct wsmsg_mo *mo, const char *key, uint32_t *index)
{
	uint32_t lo = 0, hi = mo->count;

	while (lo < hi) {
		uint32_t mid = lo + (hi - lo) / 2;
		int c = strcmp(key, string_at(mo, mo->originals, mid));
		if (c == 0) {
			*index = mid;
			return true;
		}
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return false;
}

const char *wsmsg_mo_lookup(const struct wsmsg_mo *mo, const char *key)
{
	uint32_t i;

	if (mo->data == NULL || key == NULL || !find(mo, key, &i))
		return NULL;
	/* Plural forms follow the first, each after the NUL of the one
	 * before: the first form is the string up to its NUL. */
	return string_at(mo, mo->translations, i);
}

/*
 * The well-formed UTF-8 sequences of more than one byte (RFC 3629, and
 * Unicode's table 3-7), in order of lead byte from C2: the last lead byte
 * of each form, the range of the byte after it (no overlong form, no
 * surrogate, nothing above U+10FFFF), and how many bytes follow the lead
 * in all; every byte after the second is 80..BF.
 */
#define UTF8_FIRST_LEAD 0xC2
static const struct {
	unsigned char lead_max, next_min, next_max, more;
} utf8_forms[] = {
	{ 0xDF, 0x80, 0xBF, 1 },
	{ 0xE0, 0xA0, 0xBF, 2 },
	{ 0xEC, 0x80, 0xBF, 2 },
	{ 0xED, 0x80, 0x9F, 2 },
	{ 0xEF, 0x80, 0xBF, 2 },
	{ 0xF0, 0x90, 0xBF, 3 },
	{ 0xF3, 0x80, 0xBF, 3 },
	{ 0xF4, 0x80, 0x8F, 3 },
};

static bool in_range(unsigned char c, unsigned char min, unsigned char max)
{
	return c >= min && c <= max;
}

/* The length of the well-formed character at s, or 0.  A NUL is in no
 * range after the lead, so nothing past the string's end is read. */
static size_t utf8_length(const unsigned char *s)
{
	if (s[0] < 0x80)
		return 1;
	if (s[0] < UTF8_FIRST_LEAD)
		return 0; /* a continuation byte, or the lead of an overlong form */
	for (size_t f = 0; f < sizeof utf8_forms / sizeof utf8_forms[0]; f++) {
		if (s[0] > utf8_forms[f].lead_max)
			continue;
		if (!in_range(s[1], utf8_forms[f].next_min, utf8_forms[f].next_max))
			return 0;
		for (size_t i = 2; i <= utf8_forms[f].more; i++)
			if (!in_range(s[i], 0x80, 0xBF))
				return 0;
		return 1 + utf8_forms[f].more;
	}
	return 0;
}

/* A text the library can show: not empty, well-formed UTF-8, and one
 * line without control characters, which would reach a terminal or a log
 * as they are.  The header is lines of "Name: value", so '\n' is allowed
 * in it. */
static bool text_ok(const char *text, bool header)
{
	const unsigned char *s = (const unsigned char *)text;

	if (*s == '\0')
		return false;
	for (size_t n; *s != '\0'; s += n) {
		if ((*s < 0x20 && !(header && *s == '\n')) || *s == 0x7F)
			return false;
		if ((n = utf8_length(s)) == 0)
			return false;
	}
	return true;
}

const char *wsmsg_mo_text(const struct wsmsg_mo *mo, const char *key)
{
	const char *text = wsmsg_mo_lookup(mo, key);

	return text != NULL && text_ok(text, key[0] == '\0') ? text : NULL;
}

void wsmsg_mo_free(struct wsmsg_mo *mo)
{
	free(mo->data);
	memset(mo, 0, sizeof *mo);
}

_Static_assert(WSMSG_MO_MAX_SIZE == 4u << 20, "the phrase of WSMSG_MO_TOO_LARGE says 4 MiB");

const char *wsmsg_mo_strerror(enum wsmsg_mo_status status)
{
	switch (status) {
	case WSMSG_MO_OK:
		return "no error";
	case WSMSG_MO_UNREADABLE:
		return "cannot be opened or read";
	case WSMSG_MO_NOT_REGULAR:
		return "not a regular file";
	case WSMSG_MO_TOO_LARGE:
		return "too large for a .mo file (over 4 MiB)";
	case WSMSG_MO_TRUNCATED:
		return "too short to be a .mo file (cut short in its header or string tables)";
	case WSMSG_MO_BAD_MAGIC:
		return "not a .mo file (bad magic number)";
	case WSMSG_MO_BAD_REVISION:
		return "unsupported .mo format revision";
	case WSMSG_MO_OUT_OF_BOUNDS:
		return "string table out of bounds (a string outside the file or without its NUL)";
	case WSMSG_MO_UNSORTED:
		return "original strings not in strictly increasing order";
	case WSMSG_MO_NOT_UTF8:
		return "no header declaring charset=UTF-8";
	case WSMSG_MO_NO_MEMORY:
		return "out of memory";
	}
	return "unknown .mo reader status";
}
