/*
 * The code table: every return value has the name and value the Windows
 * SDK gives it (winerror.h and webservices.h), written out here by hand
 * as the reference, independently of the library's table.
 */
#include "testing.h"

static const struct {
	const char *name;
	uint32_t value;
} sdk[] = {
	{ "CERT_E_CN_NO_MATCH", 0x800B010F },
	{ "CERT_E_EXPIRED", 0x800B0101 },
	{ "CERT_E_UNTRUSTEDROOT", 0x800B0109 },
	{ "CERT_E_WRONG_USAGE", 0x800B0110 },
	{ "CRYPT_E_REVOCATION_OFFLINE", 0x80092013 },
	{ "E_INVALIDARG", 0x80070057 },
	{ "E_OUTOFMEMORY", 0x8007000E },
	{ "WS_E_ADDRESS_IN_USE", 0x803D000B },
	{ "WS_E_ADDRESS_NOT_AVAILABLE", 0x803D000C },
	{ "WS_E_ENDPOINT_ACCESS_DENIED", 0x803D0005 },
	{ "WS_E_ENDPOINT_ACTION_NOT_SUPPORTED", 0x803D0011 },
	{ "WS_E_ENDPOINT_DISCONNECTED", 0x803D0014 },
	{ "WS_E_ENDPOINT_FAILURE", 0x803D000F },
	{ "WS_E_ENDPOINT_FAULT_RECEIVED", 0x803D0013 },
	{ "WS_E_ENDPOINT_NOT_AVAILABLE", 0x803D000E },
	{ "WS_E_ENDPOINT_NOT_FOUND", 0x803D000D },
	{ "WS_E_ENDPOINT_TOO_BUSY", 0x803D0012 },
	{ "WS_E_ENDPOINT_UNREACHABLE", 0x803D0010 },
	{ "WS_E_INVALID_ENDPOINT_URL", 0x803D0020 },
	{ "WS_E_INVALID_FORMAT", 0x803D0000 },
	{ "WS_E_INVALID_OPERATION", 0x803D0003 },
	{ "WS_E_NO_TRANSLATION_AVAILABLE", 0x803D0009 },
	{ "WS_E_NOT_SUPPORTED", 0x803D0017 },
	{ "WS_E_NUMERIC_OVERFLOW", 0x803D0002 },
	{ "WS_E_OBJECT_FAULTED", 0x803D0001 },
	{ "WS_E_OPERATION_ABANDONED", 0x803D0007 },
	{ "WS_E_OPERATION_ABORTED", 0x803D0004 },
	{ "WS_E_OPERATION_TIMED_OUT", 0x803D0006 },
	{ "WS_E_OTHER", 0x803D0021 },
	{ "WS_E_PROXY_ACCESS_DENIED", 0x803D0016 },
	{ "WS_E_PROXY_FAILURE", 0x803D0015 },
	{ "WS_E_PROXY_REQUIRES_BASIC_AUTH", 0x803D0018 },
	{ "WS_E_PROXY_REQUIRES_DIGEST_AUTH", 0x803D0019 },
	{ "WS_E_PROXY_REQUIRES_NEGOTIATE_AUTH", 0x803D001B },
	{ "WS_E_PROXY_REQUIRES_NTLM_AUTH", 0x803D001A },
	{ "WS_E_QUOTA_EXCEEDED", 0x803D0008 },
	{ "WS_E_SECURITY_SYSTEM_FAILURE", 0x803D0023 },
	{ "WS_E_SECURITY_TOKEN_EXPIRED", 0x803D0022 },
	{ "WS_E_SECURITY_VERIFICATION_FAILURE", 0x803D000A },
	{ "WS_E_SERVER_REQUIRES_BASIC_AUTH", 0x803D001C },
	{ "WS_E_SERVER_REQUIRES_DIGEST_AUTH", 0x803D001D },
	{ "WS_E_SERVER_REQUIRES_NEGOTIATE_AUTH", 0x803D001F },
	{ "WS_E_SERVER_REQUIRES_NTLM_AUTH", 0x803D001E },
	{ "WS_S_ASYNC", 0x003D0000 },
	{ "WS_S_END", 0x003D0001 },
};

#define NSDK (sizeof sdk / sizeof sdk[0])

START_TEST(every_sdk_value_has_its_name)
{
	int32_t code = (int32_t)sdk[_i].value;
	const char *name = wsmsg_name(code);

	ck_assert_ptr_nonnull(name);
	ck_assert_str_eq(name, sdk[_i].name);
}
END_TEST

START_TEST(every_sdk_name_has_its_value)
{
	int32_t code = 0;

	ck_assert_hr(wsmsg_from_name(sdk[_i].name, &code), S_OK);
	ck_assert_uint_eq((uint32_t)code, sdk[_i].value);
}
END_TEST

START_TEST(the_table_has_exactly_the_sdk_values)
{
	ck_assert_uint_eq(wsmsg_count(), NSDK);
	for (size_t i = 0; i < wsmsg_count(); i++) {
		int32_t code = wsmsg_code_at(i);
		bool found = false;
		for (size_t j = 0; j < NSDK; j++)
			found |= (uint32_t)code == sdk[j].value;
		ck_assert_msg(found, "0x%08X is not an SDK value", (unsigned)code);
		if (i > 0)
			ck_assert_uint_lt((uint32_t)wsmsg_code_at(i - 1), (uint32_t)code);
	}
}
END_TEST

START_TEST(code_at_past_the_end_is_unknown)
{
	ck_assert_hr(wsmsg_code_at(wsmsg_count()), WSMSG_E_UNKNOWN_CODE);
	ck_assert_hr(wsmsg_code_at((size_t)-1), WSMSG_E_UNKNOWN_CODE);
}
END_TEST

START_TEST(header_macros_equal_the_sdk)
{
	ck_assert_uint_eq((uint32_t)WS_E_OTHER, 0x803D0021u);
	ck_assert_uint_eq((uint32_t)WS_E_ENDPOINT_NOT_FOUND, 0x803D000Du);
	ck_assert_uint_eq((uint32_t)WS_E_NO_TRANSLATION_AVAILABLE, 0x803D0009u);
	ck_assert_uint_eq((uint32_t)WS_S_ASYNC, 0x003D0000u);
	ck_assert_uint_eq((uint32_t)WS_S_END, 0x003D0001u);
	ck_assert_uint_eq((uint32_t)E_INVALIDARG, 0x80070057u);
	ck_assert_uint_eq((uint32_t)E_OUTOFMEMORY, 0x8007000Eu);
	ck_assert_uint_eq((uint32_t)CRYPT_E_REVOCATION_OFFLINE, 0x80092013u);
	ck_assert_uint_eq((uint32_t)WSMSG_E_UNKNOWN_CODE, 0x8007013Du);
	ck_assert_uint_eq((uint32_t)WSMSG_E_BUFFER_TOO_SMALL, 0x8007007Au);
	ck_assert_int_eq(S_OK, 0);
	ck_assert_str_eq(WSMSG_DOMAIN, "wsmsg");
}
END_TEST

START_TEST(names_are_case_insensitive)
{
	int32_t code = 0;

	ck_assert_hr(wsmsg_from_name("ws_e_other", &code), S_OK);
	ck_assert_hr(code, WS_E_OTHER);
	ck_assert_hr(wsmsg_from_name("Ws_S_eNd", &code), S_OK);
	ck_assert_hr(code, WS_S_END);
	ck_assert_hr(wsmsg_from_name("cert_e_cn_no_match", &code), S_OK);
	ck_assert_hr(code, CERT_E_CN_NO_MATCH);
}
END_TEST

START_TEST(unknown_names_and_codes)
{
	int32_t code = 12345;

	ck_assert_hr(wsmsg_from_name("WS_E_NOPE", &code), WSMSG_E_UNKNOWN_CODE);
	ck_assert_hr(wsmsg_from_name("", &code), WSMSG_E_UNKNOWN_CODE);
	ck_assert_hr(wsmsg_from_name("WS_E_OTHER ", &code), WSMSG_E_UNKNOWN_CODE);
	ck_assert_hr(wsmsg_from_name("WS_E_OTHE", &code), WSMSG_E_UNKNOWN_CODE);
	ck_assert_hr(wsmsg_from_name("WS_E_OTHERS", &code), WSMSG_E_UNKNOWN_CODE);
	ck_assert_int_eq(code, 12345); /* left alone */
	ck_assert_ptr_null(wsmsg_name(0));
	ck_assert_ptr_null(wsmsg_name((int32_t)0x80070005u));
	ck_assert_ptr_null(wsmsg_name(INT32_MIN));
	ck_assert_ptr_null(wsmsg_name(INT32_MAX));
	ck_assert_ptr_null(wsmsg_name(-1));
}
END_TEST

START_TEST(from_name_rejects_null)
{
	int32_t code;

	ck_assert_hr(wsmsg_from_name(NULL, &code), E_INVALIDARG);
	ck_assert_hr(wsmsg_from_name("WS_E_OTHER", NULL), E_INVALIDARG);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("codes");
	TCase *tc = tcase_create("sdk");

	tcase_add_loop_test(tc, every_sdk_value_has_its_name, 0, (int)NSDK);
	tcase_add_loop_test(tc, every_sdk_name_has_its_value, 0, (int)NSDK);
	tcase_add_test(tc, the_table_has_exactly_the_sdk_values);
	tcase_add_test(tc, code_at_past_the_end_is_unknown);
	tcase_add_test(tc, header_macros_equal_the_sdk);
	tcase_add_test(tc, names_are_case_insensitive);
	tcase_add_test(tc, unknown_names_and_codes);
	tcase_add_test(tc, from_name_rejects_null);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
