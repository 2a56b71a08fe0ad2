/*
 * The Windows language IDs that have a tag, as gen-langid writes them
 * into langid-data.c from src/ms-lcid.csv: wsmsg_langids[] in ascending
 * order, and for each the offset of its tag, NUL-terminated, in
 * wsmsg_langid_tags.  Offsets rather than pointers, so that the tables
 * need no relocations.
 */
#ifndef WSMSG_LANGID_H
#define WSMSG_LANGID_H

#include <stddef.h>
#include <stdint.h>

extern const size_t wsmsg_nlangids;
extern const uint16_t wsmsg_langids[];
extern const uint32_t wsmsg_langid_tag_at[];
extern const char wsmsg_langid_tags[];

#endif
