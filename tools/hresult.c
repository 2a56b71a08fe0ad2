/*
 * HRESULT layout: bit 31 severity (1 = failure), bit 29 customer, bit 28
 * an NTSTATUS mapped to an HRESULT, bits 16-26 the facility, bits 0-15
 * the code.  Facility numbers and names as in the SDK's winerror.h.
 */
#include "hresult.h"

#include <stdio.h>

static const struct {
	unsigned short number;
	const char *name;
} facilities[] = {
	{ 0, "FACILITY_NULL" },
	{ 1, "FACILITY_RPC" },
	{ 2, "FACILITY_DISPATCH" },
	{ 3, "FACILITY_STORAGE" },
	{ 4, "FACILITY_ITF" },
	{ 7, "FACILITY_WIN32" },
	{ 8, "FACILITY_WINDOWS" },
	{ 9, "FACILITY_SSPI" },
	{ 10, "FACILITY_CONTROL" },
	{ 11, "FACILITY_CERT" },
	{ 12, "FACILITY_INTERNET" },
	{ 13, "FACILITY_MEDIASERVER" },
	{ 14, "FACILITY_MSMQ" },
	{ 15, "FACILITY_SETUPAPI" },
	{ 16, "FACILITY_SCARD" },
	{ 17, "FACILITY_COMPLUS" },
	{ 18, "FACILITY_AAF" },
	{ 19, "FACILITY_URT" },
	{ 20, "FACILITY_ACS" },
	{ 21, "FACILITY_DPLAY" },
	{ 22, "FACILITY_UMI" },
	{ 23, "FACILITY_SXS" },
	{ 24, "FACILITY_WINDOWS_CE" },
	{ 25, "FACILITY_HTTP" },
	{ 26, "FACILITY_USERMODE_COMMONLOG" },
	{ 31, "FACILITY_USERMODE_FILTER_MANAGER" },
	{ 32, "FACILITY_BACKGROUNDCOPY" },
	{ 33, "FACILITY_CONFIGURATION" },
	{ 34, "FACILITY_STATE_MANAGEMENT" },
	{ 35, "FACILITY_METADIRECTORY" },
	{ 36, "FACILITY_WINDOWSUPDATE" },
	{ 37, "FACILITY_DIRECTORYSERVICE" },
	{ 38, "FACILITY_GRAPHICS" },
	{ 39, "FACILITY_SHELL" },
	{ 40, "FACILITY_TPM_SERVICES" },
	{ 41, "FACILITY_TPM_SOFTWARE" },
	{ 48, "FACILITY_PLA" },
	{ 49, "FACILITY_FVE" },
	{ 50, "FACILITY_FWP" },
	{ 51, "FACILITY_WINRM" },
	{ 52, "FACILITY_NDIS" },
	{ 53, "FACILITY_USERMODE_HYPERVISOR" },
	{ 54, "FACILITY_CMI" },
	{ 55, "FACILITY_USERMODE_VIRTUALIZATION" },
	{ 56, "FACILITY_USERMODE_VOLMGR" },
	{ 57, "FACILITY_BCD" },
	{ 58, "FACILITY_USERMODE_VHD" },
	{ 60, "FACILITY_SDIAG" },
	{ 61, "FACILITY_WEBSERVICES" },
	{ 80, "FACILITY_WINDOWS_DEFENDER" },
	{ 81, "FACILITY_OPC" },
};

const char *hresult_facility_name(unsigned facility)
{
	for (size_t i = 0; i < sizeof facilities / sizeof facilities[0]; i++)
		if (facilities[i].number == facility)
			return facilities[i].name;
	return NULL;
}

struct hresult_fields hresult_split(int32_t hr)
{
	uint32_t v = (uint32_t)hr;
	unsigned facility = (v >> 16) & 0x7FF;
	return (struct hresult_fields){
		.failure = v >> 31,
		.customer = v >> 29 & 1,
		.ntstatus = v >> 28 & 1,
		.facility = facility,
		.facility_name = hresult_facility_name(facility),
		.code = v & 0xFFFF,
	};
}

void hresult_decode(int32_t hr, char *buf, size_t size)
{
	struct hresult_fields f = hresult_split(hr);
	const char *severity = f.failure ? "failure" : "success";
	const char *customer = f.customer ? " customer" : "";
	const char *ntstatus = f.ntstatus ? " ntstatus" : "";

	if (f.facility_name != NULL)
		snprintf(buf, size, "[severity=%s facility=%s(%u) code=%u%s%s]",
		         severity, f.facility_name, f.facility, f.code, customer, ntstatus);
	else
		snprintf(buf, size, "[severity=%s facility=%u code=%u%s%s]",
		         severity, f.facility, f.code, customer, ntstatus);
}
