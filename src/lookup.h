/* Message lookup shared by the public functions. */
#ifndef WSMSG_LOOKUP_H
#define WSMSG_LOOKUP_H

#include <stddef.h>
#include <stdint.h>

/* The index of `code` in wsmsg_entries, or -1. */
long wsmsg_entry_index(int32_t code);

/*
 * Where texts in `lang` come from: WSMSG_SOURCE_CALLER for NULL, else a
 * catalog index, WSMSG_SOURCE_ENGLISH or WSMSG_SOURCE_NONE (resolve.h).
 * Returns S_OK, or E_INVALIDARG for a malformed tag.  The tag is parsed
 * here once per call.
 */
int32_t wsmsg_source(const char *lang, int *source);

/*
 * The text of message `m` (an entry index, or wsmsg_nentries + phrase)
 * from `source`.  Returns S_OK, or WS_E_NO_TRANSLATION_AVAILABLE with
 * the English text.
 */
int32_t wsmsg_message(size_t m, int source, const char **text);

/* Message m's gettext key ("NAME\004English") and English text. */
const char *wsmsg_message_key(size_t m);
const char *wsmsg_message_english(size_t m);

#endif
