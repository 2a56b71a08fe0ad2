/* Reading GNU .mo files, as msgfmt writes them, at build time. */
#ifndef WSMSG_MO_H
#define WSMSG_MO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct mo_file {
	const char *path;
	unsigned char *data;
	size_t size;
	int swap;          /* the file's byte order is not the host's */
	uint32_t count;    /* number of messages */
	uint32_t originals;
	uint32_t translations;
};

/* Loads and checks `path`; on failure prints why and returns false. */
bool mo_open(struct mo_file *mo, const char *path);

/* The translation of `key` (msgctxt "\004" msgid), or NULL. */
const char *mo_lookup(const struct mo_file *mo, const char *key);

void mo_close(struct mo_file *mo);

#endif
