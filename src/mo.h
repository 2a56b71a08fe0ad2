/*
 * Reading GNU .mo files, as msgfmt writes them ("The Format of GNU MO
 * Files" in the gettext manual): at build time, by gen-catalog, and at run
 * time, from installed catalogs that anyone who can write to the localedir
 * may have replaced.  Every offset and length is checked once, when the
 * file is read, so that lookups need no checks of their own; errors are
 * values, and nothing is printed.
 *
 * What a valid file is, beyond the format itself:
 * - the hash table is never read, so its size and offset are not checked:
 *   a hash table that points outside the file is not an error;
 * - strings may overlap each other, the tables or the header: each is
 *   read only as the bytes between its offset and its NUL, so it is
 *   harmless as long as it lies in the file and ends with that NUL;
 * - either byte order (gettext writes both, after its host);
 * - the originals must be in strictly increasing byte order, as strcmp
 *   compares them (msgfmt sorts them so), so that a binary search finds
 *   exactly what a linear one would, and a duplicate is an error;
 * - the originals' lengths add up to at most the file's size, as they do
 *   when they are stored apart: this bounds the work of the check above
 *   on a file whose originals all overlap (reported as out of bounds);
 * - a header entry (msgid "") must declare charset=UTF-8.
 */
#ifndef WSMSG_MO_H
#define WSMSG_MO_H

#include <stddef.h>
#include <stdint.h>

/* The largest catalog read; a larger file is refused unread. */
#define WSMSG_MO_MAX_SIZE (4u << 20)

enum wsmsg_mo_status {
	WSMSG_MO_OK = 0,
	WSMSG_MO_UNREADABLE,    /* cannot be opened or read; errno says why */
	WSMSG_MO_NOT_REGULAR,   /* a directory, FIFO, device, socket ... (after following symlinks) */
	WSMSG_MO_TOO_LARGE,     /* larger than WSMSG_MO_MAX_SIZE */
	WSMSG_MO_TRUNCATED,     /* shorter than its header or its tables */
	WSMSG_MO_BAD_MAGIC,
	WSMSG_MO_BAD_REVISION,  /* major revision not 0 */
	WSMSG_MO_OUT_OF_BOUNDS, /* a string outside the file, or not followed by its NUL;
	                         * or originals longer together than the file */
	WSMSG_MO_UNSORTED,      /* originals not in strictly increasing byte order (so binary search is exact) */
	WSMSG_MO_NOT_UTF8,      /* no header entry (msgid ""), or its charset is not UTF-8 */
	WSMSG_MO_NO_MEMORY,
};

struct wsmsg_mo {
	unsigned char *data;    /* owned: the file's bytes, size + 1 bytes, data[size] == '\0' */
	size_t size;
	int swap;               /* the file's byte order is not the host's */
	uint32_t count, originals, translations;
};

/* Reads and validates the file at `path`: open(O_RDONLY|O_CLOEXEC|O_NOCTTY|O_NONBLOCK), fstat: a regular file of
 * at most WSMSG_MO_MAX_SIZE bytes, read into an owned buffer (never mapped: a mapped file that another process
 * truncates would raise SIGBUS at a later lookup), then wsmsg_mo_parse's checks.  On any status but OK, *mo owns
 * nothing.  Prints nothing. Bounded work and memory for any file. */
enum wsmsg_mo_status wsmsg_mo_read(struct wsmsg_mo *mo, const char *path);

/* The same checks on `size` bytes in memory, which are copied. */
enum wsmsg_mo_status wsmsg_mo_parse(struct wsmsg_mo *mo, const void *bytes, size_t size);

/* The translation of `key` (msgctxt "\004" msgid, or "" for the header): binary search over the originals.
 * NULL when the key is absent, or its translation is empty, is not valid UTF-8 (overlongs, surrogates, > U+10FFFF,
 * truncated sequences), or contains a C0 control character or DEL (texts are one line).  For an entry with
 * plural forms, the first form.  The result is NUL-terminated inside mo->data.
 * The header alone is several lines: in it, and only there, '\n' is allowed. */
const char *wsmsg_mo_text(const struct wsmsg_mo *mo, const char *key);

/* The translation of `key` as the file has it, its first form, whatever
 * its bytes: NULL only when the key is absent.  For gen-catalog, which
 * says why it refuses a text that wsmsg_mo_text() would not give. */
const char *wsmsg_mo_lookup(const struct wsmsg_mo *mo, const char *key);

void wsmsg_mo_free(struct wsmsg_mo *mo);   /* safe on a zeroed or failed struct */

/* A short English phrase for a status ("not a .mo file (bad magic number)"), never NULL. */
const char *wsmsg_mo_strerror(enum wsmsg_mo_status status);

#endif
