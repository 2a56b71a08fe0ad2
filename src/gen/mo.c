/*
 * A small .mo reader for the catalog generator.  The format is described
 * in the GNU gettext manual ("The Format of GNU MO Files"): a header of
 * 32-bit words, then two tables of (length, offset) pairs, for the
 * original strings and for their translations.  Every offset is checked
 * against the size of the file before it is used.
 */
#include "mo.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define MO_MAGIC 0x950412deu

static uint32_t word(const struct mo_file *mo, size_t off)
{
	const unsigned char *p = mo->data + off;

	if (mo->swap)
		return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 |
		       (uint32_t)p[2] << 8 | p[3];
	uint32_t w;
	memcpy(&w, p, sizeof w);
	return w;
}

static bool fail(const struct mo_file *mo, const char *why)
{
	fprintf(stderr, "%s: %s\n", mo->path, why);
	return false;
}

/*
 * The whole file, in a buffer one byte larger, which holds a NUL: no
 * string read from it can run past its end.  NULL, with errno set, when
 * the file cannot be read.
 */
static unsigned char *read_all(const char *path, size_t *size)
{
	FILE *f = fopen(path, "rb");
	struct stat st;
	unsigned char *buf = NULL;

	if (f == NULL)
		return NULL;
	if (fstat(fileno(f), &st) == 0) {
		*size = (size_t)st.st_size;
		buf = malloc(*size + 1);
		if (buf != NULL && fread(buf, 1, *size, f) != *size) {
			free(buf);
			buf = NULL;
		}
	}
	fclose(f);
	if (buf != NULL)
		buf[*size] = '\0';
	return buf;
}

/* Is the string table entry at `table`, index i, inside the file and
 * NUL-terminated? */
static bool string_ok(const struct mo_file *mo, uint32_t table, uint32_t i)
{
	size_t at = (size_t)table + (size_t)i * 8;

	if (at + 8 > mo->size)
		return false;
	uint32_t len = word(mo, at), off = word(mo, at + 4);
	return (size_t)off + len < mo->size && mo->data[off + len] == '\0';
}

bool mo_open(struct mo_file *mo, const char *path)
{
	memset(mo, 0, sizeof *mo);
	mo->path = path;
	mo->data = read_all(path, &mo->size);
	if (mo->data == NULL) {
		perror(path);
		return false;
	}
	if (mo->size < 28)
		return fail(mo, "too short to be a .mo file");
	uint32_t magic;
	memcpy(&magic, mo->data, 4);
	if (magic != MO_MAGIC) {
		mo->swap = 1;
		if (word(mo, 0) != MO_MAGIC)
			return fail(mo, "not a .mo file (bad magic number)");
	}
	if (word(mo, 4) >> 16 != 0)
		return fail(mo, "unsupported .mo format revision");
	mo->count = word(mo, 8);
	mo->originals = word(mo, 12);
	mo->translations = word(mo, 16);
	for (uint32_t i = 0; i < mo->count; i++)
		if (!string_ok(mo, mo->originals, i) ||
		    !string_ok(mo, mo->translations, i))
			return fail(mo, "string table out of bounds");
	return true;
}

static const char *string_at(const struct mo_file *mo, uint32_t table,
                             uint32_t i, uint32_t *len)
{
	size_t at = (size_t)table + (size_t)i * 8;

	*len = word(mo, at);
	return (const char *)mo->data + word(mo, at + 4);
}

const char *mo_lookup(const struct mo_file *mo, const char *key)
{
	size_t keylen = strlen(key);

	for (uint32_t i = 0; i < mo->count; i++) {
		uint32_t len;
		const char *orig = string_at(mo, mo->originals, i, &len);
		if (len == keylen && memcmp(orig, key, len) == 0)
			return string_at(mo, mo->translations, i, &len);
	}
	return NULL;
}

void mo_close(struct mo_file *mo)
{
	free(mo->data);
}
