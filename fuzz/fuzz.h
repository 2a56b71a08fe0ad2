/*
 * Shared by the fuzz targets.  Each target checks the library's documented
 * promises on every input and calls abort() (through FUZZ_CHECK) when one
 * is broken, so that libFuzzer records the input as a crash.
 */
#ifndef WSMSG_FUZZ_H
#define WSMSG_FUZZ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/*
 * A target's entry point: LLVMFuzzerTestOneInput in its libFuzzer
 * program, fuzz_<name> in fuzz-replay, which links every target into one
 * program that runs them over the committed inputs.
 */
#ifdef WSMSG_FUZZ_REPLAY
#define FUZZ_TARGET(name) \
	int fuzz_##name(const uint8_t *data, size_t size); \
	int fuzz_##name(const uint8_t *data, size_t size)
#else
#define FUZZ_TARGET(name) \
	int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size); \
	int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
#endif

/* Aborts, after saying which promise `cond` broke, unless it holds. */
#define FUZZ_CHECK(cond, ...) do { \
	if (!(cond)) \
		fuzz_fail(__FILE__, __LINE__, #cond, __VA_ARGS__); \
} while (0)

_Noreturn void fuzz_fail(const char *file, int line, const char *cond,
                         const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

/* A NUL-terminated copy of data[0..size) in a buffer of exactly size + 1
 * bytes (the text stops at the first NUL byte of data, if any). */
char *fuzz_strndup(const uint8_t *data, size_t size);

/* Is s[0..n) well-formed UTF-8: no stray continuation byte, truncated
 * or overlong sequence, surrogate, or value above U+10FFFF? */
bool fuzz_utf8_valid(const char *s, size_t n);

/* Is status one of those include/wsmsg.h documents? */
bool fuzz_is_status(int32_t status);

/* A big-endian 32-bit value from up to 4 bytes at data[i..], 0-padded. */
uint32_t fuzz_u32(const uint8_t *data, size_t size, size_t i);

#endif
