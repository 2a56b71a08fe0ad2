/* Message lookup shared by the public functions. */
#ifndef WSMSG_LOOKUP_H
#define WSMSG_LOOKUP_H

#include <stddef.h>
#include <stdint.h>

/* The index of `code` in wsmsg_entries, or -1. */
long wsmsg_entry_index(int32_t code);

/*
 * The text of message `m` (an entry index, or wsmsg_nentries + phrase)
 * in `lang` (NULL: the caller's language).  Returns S_OK,
 * WS_E_NO_TRANSLATION_AVAILABLE (English text) or E_INVALIDARG
 * (malformed lang, *text = NULL).
 */
int32_t wsmsg_message(size_t m, const char *lang, const char **text);

#endif
