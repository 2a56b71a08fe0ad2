/*
 * JSON Lines for the wsmsg command: one object per line, written as it
 * goes.  Strings are UTF-8 as JSON (RFC 8259) requires: characters
 * outside ASCII are written as they are; quotes, backslashes and control
 * characters are escaped; and each byte sequence that is not well-formed
 * UTF-8 (the longest that begins one, or a single byte) becomes one
 * U+FFFD REPLACEMENT CHARACTER, since a JSON text cannot hold it.
 */
#ifndef WSMSG_JSON_H
#define WSMSG_JSON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* An object being written to `out`. */
struct json_object {
	FILE *out;
	bool first;          /* no member written yet */
};

/* Writes s as a JSON string, quotes included. */
void json_write_string(FILE *out, const char *s);

/* Starts an object: "{". */
void json_begin(struct json_object *o, FILE *out);

/* The members, each "key": value; a NULL string is written as null. */
void json_string(struct json_object *o, const char *key, const char *value);
void json_integer(struct json_object *o, const char *key, long long value);
void json_boolean(struct json_object *o, const char *key, bool value);
void json_strings(struct json_object *o, const char *key,
                  const char *const *values, size_t n);

/* Ends the object and its line: "}\n". */
void json_end(struct json_object *o);

#endif
