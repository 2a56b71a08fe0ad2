/*
 * The direction of a text: which texts wsmsg_format writes inside a
 * right-to-left isolate, so that a line that starts with a name and a
 * hexadecimal value still shows an Arabic or Hebrew sentence, and the
 * names and values inside it, in their order.
 */
#ifndef WSMSG_DIRECTION_H
#define WSMSG_DIRECTION_H

#include <stdbool.h>

/*
 * Is the first letter of `text` that is not ASCII a right-to-left one?
 * ASCII (names, values, HTTP), spaces, punctuation and symbols are
 * passed over: a sentence in Arabic that starts with a name is still a
 * right-to-left sentence.  `text` is a NUL-terminated string, UTF-8 or
 * not: a byte that does not start a UTF-8 character counts as a letter
 * of neither direction and ends the search.
 */
bool wsmsg_text_rtl(const char *text);

#endif
