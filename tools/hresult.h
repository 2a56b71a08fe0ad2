/* Decoding an HRESULT into its fields, as Windows' error-lookup tools do. */
#ifndef WSMSG_HRESULT_H
#define WSMSG_HRESULT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The fields of an HRESULT. */
struct hresult_fields {
	bool failure;          /* bit 31, the severity */
	bool customer;         /* bit 29 */
	bool ntstatus;         /* bit 28: an NTSTATUS mapped to an HRESULT */
	unsigned facility;     /* bits 16-26 */
	const char *facility_name; /* "FACILITY_WIN32", or NULL */
	unsigned code;         /* bits 0-15 */
};

/* Splits `hr` into its fields. */
struct hresult_fields hresult_split(int32_t hr);

/* The symbolic name of a facility ("FACILITY_WIN32"), or NULL. */
const char *hresult_facility_name(unsigned facility);

/*
 * Writes "[severity=failure facility=FACILITY_WIN32(7) code=5]" for
 * `hr` into buf (always NUL-terminated when size > 0), with the flags
 * "customer" and "ntstatus" when bits 29 and 28 are set.
 */
void hresult_decode(int32_t hr, char *buf, size_t size);

#endif
