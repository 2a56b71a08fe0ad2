/*
 * wsmsg_langid_tag(): the tag of a Windows language ID or LCID, by
 * binary search over the table gen-langid made from src/ms-lcid.csv.
 * It reads only its argument and constant tables.
 */
#include "langid.h"

#include "wsmsg.h"

/* An LCID: bits 0-15 the language ID, 16-19 the sort ID, 20-31
 * reserved (and 0 in every valid LCID). */
#define LANGID_BITS 0xFFFFu
#define RESERVED_BITS 0xFFF00000u

const char *wsmsg_langid_tag(uint32_t langid)
{
	if ((langid & RESERVED_BITS) != 0)
		return NULL;
	/* The sort ID orders strings; the language is the same. */
	uint16_t id = (uint16_t)(langid & LANGID_BITS);
	size_t lo = 0, hi = wsmsg_nlangids;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (wsmsg_langids[mid] < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < wsmsg_nlangids && wsmsg_langids[lo] == id)
		return wsmsg_langid_tags + wsmsg_langid_tag_at[lo];
	return NULL;
}
