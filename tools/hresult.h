/* Decoding an HRESULT into its fields, as Windows' error-lookup tools do. */
#ifndef WSMSG_HRESULT_H
#define WSMSG_HRESULT_H

#include <stddef.h>
#include <stdint.h>

/* The symbolic name of a facility ("FACILITY_WIN32"), or NULL. */
const char *hresult_facility_name(unsigned facility);

/*
 * Writes "[severity=failure facility=FACILITY_WIN32(7) code=5]" for
 * `hr` into buf (always NUL-terminated when size > 0), with the flags
 * "customer" and "ntstatus" when bits 29 and 28 are set.
 */
void hresult_decode(int32_t hr, char *buf, size_t size);

#endif
