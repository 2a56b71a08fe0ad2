/*
 * Library phrases that are not return-value descriptions, as an X-macro
 * list: WSMSG_PHRASE(id, text).  `id` is the msgctxt; xgettext reads
 * the list with the keyword WSMSG_PHRASE:1c,2.  Each phrase is stored
 * in the catalogs after the code descriptions, in this order.
 */

/* TRANSLATORS: Used by wsmsg_format() and the wsmsg command in place of
   a description when a value is not one the library knows, as in
   "0x80004005: unknown return value".  Lower case, no final period. */
WSMSG_PHRASE("wsmsg-unknown", "unknown return value")
