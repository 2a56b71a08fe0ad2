/* The generators' output files: written through stdio, checked at the end. */
#ifndef WSMSG_GEN_OUTPUT_H
#define WSMSG_GEN_OUTPUT_H

#include <stdbool.h>
#include <stdio.h>

/*
 * Closes `f`, written to `path`; false, with the reason on stderr, when
 * any write failed.  A write that fails when stdio flushes its buffer
 * midway only sets the error indicator, which fclose() does not report.
 */
static inline bool close_output(FILE *f, const char *path)
{
	bool failed = ferror(f) != 0;

	if (fclose(f) != 0 || failed) {
		perror(path);
		return false;
	}
	return true;
}

#endif
