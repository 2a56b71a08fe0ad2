/*
 * Runs the fuzz targets over saved inputs without libFuzzer, so that any
 * build, with any compiler, checks them on the committed corpus and on
 * the inputs of past crashes.
 *
 *   fuzz-replay DIR              every target over DIR/corpus/TARGET and
 *                                DIR/regressions/TARGET (the meson test
 *                                fuzz-replay, with DIR = fuzz/)
 *   fuzz-replay TARGET FILE...   one target over the given files
 *
 * Each input is read into a buffer of exactly its size.  A broken promise
 * aborts, as it does under libFuzzer; the exit status is 0 otherwise.
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"

int fuzz_lang(const uint8_t *data, size_t size);
int fuzz_format(const uint8_t *data, size_t size);
int fuzz_cli(const uint8_t *data, size_t size);
int fuzz_caller(const uint8_t *data, size_t size);
int fuzz_negotiate(const uint8_t *data, size_t size);
int fuzz_mo(const uint8_t *data, size_t size);

static const struct {
	const char *name;
	int (*run)(const uint8_t *data, size_t size);
} targets[] = {
	{ "lang", fuzz_lang },
	{ "format", fuzz_format },
	{ "cli", fuzz_cli },
	{ "caller", fuzz_caller },
	{ "negotiate", fuzz_negotiate },
	{ "mo", fuzz_mo },
};
#define NTARGETS (sizeof targets / sizeof targets[0])

/* Runs target t on the file at path; false if it cannot be read. */
static bool run_file(size_t t, const char *path)
{
	FILE *f = fopen(path, "rb");
	if (f == NULL) {
		fprintf(stderr, "fuzz-replay: %s: %s\n", path, strerror(errno));
		return false;
	}
	size_t size = 0, cap = 0;
	uint8_t *data = NULL;
	for (;;) {
		if (size == cap) {
			cap = cap ? 2 * cap : 4096;
			uint8_t *bigger = realloc(data, cap);
			if (bigger == NULL)
				abort();
			data = bigger;
		}
		size_t n = fread(data + size, 1, cap - size, f);
		size += n;
		if (n == 0)
			break;
	}
	bool ok = !ferror(f);
	fclose(f);
	if (!ok) {
		fprintf(stderr, "fuzz-replay: %s: read error\n", path);
		free(data);
		return false;
	}
	/* Named first, so that a crash's report follows its input's name. */
	printf("fuzz-%s: %s\n", targets[t].name, path);
	fflush(stdout);
	/* Exactly `size` bytes, as libFuzzer passes them. */
	uint8_t *exact = malloc(size ? size : 1);
	if (exact == NULL)
		abort();
	if (size > 0)
		memcpy(exact, data, size);
	free(data);
	targets[t].run(exact, size);
	free(exact);
	return true;
}

static int visible(const struct dirent *e)
{
	return e->d_name[0] != '.';
}

/* Runs target t on every file in dir; -1 on error, else the count. */
static int run_dir(size_t t, const char *dir, bool required)
{
	struct dirent **names;
	int n = scandir(dir, &names, visible, alphasort);
	if (n < 0) {
		if (!required && errno == ENOENT)
			return 0;
		fprintf(stderr, "fuzz-replay: %s: %s\n", dir, strerror(errno));
		return -1;
	}
	int count = 0;
	for (int i = 0; i < n; i++) {
		size_t len = strlen(dir) + strlen(names[i]->d_name) + 2;
		char *path = malloc(len);
		if (path == NULL)
			abort();
		snprintf(path, len, "%s/%s", dir, names[i]->d_name);
		if (count >= 0)
			count = run_file(t, path) ? count + 1 : -1;
		free(path);
		free(names[i]);
	}
	free(names);
	return count;
}

static int replay_all(const char *root)
{
	int status = EXIT_SUCCESS;

	for (size_t t = 0; t < NTARGETS; t++) {
		char corpus[4096], regressions[4096];
		snprintf(corpus, sizeof corpus, "%s/corpus/%s", root,
		         targets[t].name);
		snprintf(regressions, sizeof regressions, "%s/regressions/%s",
		         root, targets[t].name);
		int c = run_dir(t, corpus, true);
		int r = run_dir(t, regressions, false);
		if (c <= 0 || r < 0) {
			fprintf(stderr, "fuzz-replay: %s: %s\n", targets[t].name,
			        c == 0 ? "empty corpus" : "unreadable inputs");
			status = EXIT_FAILURE;
			continue;
		}
		printf("fuzz-%s: %d corpus inputs, %d regressions: ok\n",
		       targets[t].name, c, r);
	}
	return status;
}

int main(int argc, char **argv)
{
	if (argc == 2)
		return replay_all(argv[1]);
	if (argc > 2) {
		for (size_t t = 0; t < NTARGETS; t++) {
			if (strcmp(argv[1], targets[t].name) != 0 &&
			    !(strncmp(argv[1], "fuzz-", 5) == 0 &&
			      strcmp(argv[1] + 5, targets[t].name) == 0))
				continue;
			for (int i = 2; i < argc; i++)
				if (!run_file(t, argv[i]))
					return EXIT_FAILURE;
			printf("fuzz-%s: %d inputs: ok\n", targets[t].name, argc - 2);
			return EXIT_SUCCESS;
		}
	}
	fprintf(stderr, "usage: fuzz-replay DIR | fuzz-replay TARGET FILE...\n"
	        "targets:");
	for (size_t t = 0; t < NTARGETS; t++)
		fprintf(stderr, " %s", targets[t].name);
	fputc('\n', stderr);
	return 2;
}
