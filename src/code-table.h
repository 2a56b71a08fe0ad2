/*
 * The return values of the Windows Web Services API, defined once.
 *
 * This file is the single source of truth for every code the library
 * knows: its symbolic name, its value (as in the Windows SDK's
 * winerror.h and webservices.h) and its English description.  It is an
 * X-macro list: a file that includes it first defines
 *
 *     WSMSG_CODE(name, value, description)
 *
 * where `name` is the symbolic name as a string literal, `value` the
 * HRESULT as an unsigned hexadecimal constant and `description` the
 * English text.  The build derives everything else from this list: the
 * public macros in wsmsg-codes.h, the lookup tables and the strings
 * compiled into the library.  xgettext reads the same list (keyword
 * WSMSG_CODE:1c,3), so each description is a catalog message whose
 * msgctxt is the symbolic name.
 *
 * Keep the entries sorted by name.  Descriptions are plain text: one or
 * more complete sentences, no markup, identifiers spelled verbatim.  A
 * description starts on the WSMSG_CODE line: xgettext attaches the
 * TRANSLATORS comment above it only then.
 */

/* TRANSLATORS: A TLS/SSL server certificate names a different host
   than the one the application expected (the "common name" check). */
WSMSG_CODE("CERT_E_CN_NO_MATCH", 0x800B010Fu, "The common name in the "
	"certificate does not match the name the application expected.")

/* TRANSLATORS: The certificate's validity period does not include the
   current date: it has expired or its start date is in the future. */
WSMSG_CODE("CERT_E_EXPIRED", 0x800B0101u, "The certificate has expired or is "
	"not valid yet.")

/* TRANSLATORS: Chain building succeeded but ended at a root
   certificate that the machine does not trust. */
WSMSG_CODE("CERT_E_UNTRUSTEDROOT", 0x800B0109u, "The certificate chain was "
	"built, but it ends in a root certificate that is not trusted.")

/* TRANSLATORS: The certificate was issued for another purpose, for
   example a client certificate presented by a server. */
WSMSG_CODE("CERT_E_WRONG_USAGE", 0x800B0110u, "The certificate is not valid "
	"for the requested use, for example a client certificate used by a "
	"server.")

/* TRANSLATORS: The certificate revocation list (CRL) could not be
   downloaded, so nobody knows whether the certificate was revoked. */
WSMSG_CODE("CRYPT_E_REVOCATION_OFFLINE", 0x80092013u, "The revocation status "
	"of the certificate could not be checked because the certificate "
	"revocation list could not be reached.")

/* TRANSLATORS: Generic COM error: a caller passed a bad argument. */
WSMSG_CODE("E_INVALIDARG", 0x80070057u, "One or more arguments are not "
	"valid.")

/* TRANSLATORS: Generic COM error: a memory allocation failed. */
WSMSG_CODE("E_OUTOFMEMORY", 0x8007000Eu, "There is not enough memory to "
	"complete the operation.")

/* TRANSLATORS: Returned when a listener tries to use a network address
   that is taken, or when no address is left to use. */
WSMSG_CODE("WS_E_ADDRESS_IN_USE", 0x803D000Bu, "The address is already in "
	"use by this process or by another process on the same machine. This "
	"value is also returned when no more addresses are available.")

/* TRANSLATORS: The address does not belong to this machine or cannot
   be bound here. */
WSMSG_CODE("WS_E_ADDRESS_NOT_AVAILABLE", 0x803D000Cu, "The address cannot be "
	"used on this machine.")

/* TRANSLATORS: The remote service itself answered "access denied". */
WSMSG_CODE("WS_E_ENDPOINT_ACCESS_DENIED", 0x803D0005u, "The remote endpoint "
	"denied access. This value is returned only when the remote endpoint "
	"reports this failure.")

/* TRANSLATORS: The remote service does not know the SOAP action of the
   message; client and service usually disagree on the contract. */
WSMSG_CODE("WS_E_ENDPOINT_ACTION_NOT_SUPPORTED", 0x803D0011u, "The remote "
	"endpoint does not support the requested action, which usually means "
	"that the client and the service use different contracts. This value "
	"is returned only when the remote endpoint reports this failure.")

/* TRANSLATORS: An established connection was closed by the peer or
   lost. */
WSMSG_CODE("WS_E_ENDPOINT_DISCONNECTED", 0x803D0014u, "The connection to the "
	"remote endpoint was closed by the endpoint or lost because of a "
	"network problem.")

/* TRANSLATORS: The remote service answered with an error saying it
   could not process the request. */
WSMSG_CODE("WS_E_ENDPOINT_FAILURE", 0x803D000Fu, "The remote endpoint failed "
	"to process the request. This value is returned only when the endpoint "
	"actually answered with an error.")

/* TRANSLATORS: A SOAP fault arrived instead of the expected reply.
   WS_FAULT_ERROR_PROPERTY_FAULT is an API identifier: keep it as is. */
WSMSG_CODE("WS_E_ENDPOINT_FAULT_RECEIVED", 0x803D0013u, "A fault message was "
	"received where a different message was expected. The fault itself can "
	"be read from the error object with WS_FAULT_ERROR_PROPERTY_FAULT.")

/* TRANSLATORS: The service is gone from this address or temporarily
   out of service, as reported by software on the remote machine. */
WSMSG_CODE("WS_E_ENDPOINT_NOT_AVAILABLE", 0x803D000Eu, "The endpoint is no "
	"longer in service at this address, or is temporarily out of service. "
	"This value is returned only when software on the remote machine "
	"reports this failure.")

/* TRANSLATORS: Nothing answers at the address: unknown host, or no
   service listening at that URI. */
WSMSG_CODE("WS_E_ENDPOINT_NOT_FOUND", 0x803D000Du, "The endpoint could not "
	"be found: the host does not exist, or no endpoint is listening at the "
	"URI.")

/* TRANSLATORS: The remote service or its server is overloaded or
   temporarily unable to take requests. */
WSMSG_CODE("WS_E_ENDPOINT_TOO_BUSY", 0x803D0012u, "The remote endpoint, or "
	"the server that hosts it, is too busy to process the request. This "
	"usually means that the server is overloaded, but it can also mean "
	"that it is temporarily unavailable for another reason.")

/* TRANSLATORS: No network route leads to the endpoint. */
WSMSG_CODE("WS_E_ENDPOINT_UNREACHABLE", 0x803D0010u, "The endpoint cannot be "
	"reached: there is no route or network connection to it.")

/* TRANSLATORS: The URL given as the endpoint address is malformed or
   not usable for this operation. */
WSMSG_CODE("WS_E_INVALID_ENDPOINT_URL", 0x803D0020u, "The endpoint address "
	"URL is not valid for this operation.")

/* TRANSLATORS: Received or read data did not have the expected form
   (malformed XML, wrong protocol, wrong schema...). */
WSMSG_CODE("WS_E_INVALID_FORMAT", 0x803D0000u, "The data does not have the "
	"format that was expected, for example malformed XML, an invalid wire "
	"protocol or XML that does not match the expected schema. Retrying the "
	"operation is unlikely to succeed.")

/* TRANSLATORS: The call is valid for this kind of object, but not in
   the state the object is in now. */
WSMSG_CODE("WS_E_INVALID_OPERATION", 0x803D0003u, "The operation is not "
	"allowed in the current state of the object.")

/* TRANSLATORS: No localized text (error string or fault string) exists
   in the requested language. */
WSMSG_CODE("WS_E_NO_TRANSLATION_AVAILABLE", 0x803D0009u, "The "
	"language-dependent information, such as a localized error string or "
	"fault string, is not available in the requested language.")

/* TRANSLATORS: The feature exists on some platforms, not on this one. */
WSMSG_CODE("WS_E_NOT_SUPPORTED", 0x803D0017u, "The requested feature is not "
	"supported on this platform.")

/* TRANSLATORS: An arithmetic result does not fit in its type, for
   example the sum of two 32-bit integers that wraps around. */
WSMSG_CODE("WS_E_NUMERIC_OVERFLOW", 0x803D0002u, "A numeric operation "
	"overflowed because the result does not fit in the type of the values, "
	"for example when adding two 32-bit integers wraps around.")

/* TRANSLATORS: The object hit an unrecoverable error earlier and can
   no longer be used ("faulted" state). */
WSMSG_CODE("WS_E_OBJECT_FAULTED", 0x803D0001u, "An operation was started on "
	"an object that is in the faulted state after an earlier unrecoverable "
	"error.")

/* TRANSLATORS: The caller stopped waiting for a pending operation; the
   operation itself may still be running. */
WSMSG_CODE("WS_E_OPERATION_ABANDONED", 0x803D0007u, "A pending operation was "
	"abandoned. The operation may still be running, but the caller has "
	"been told that it ended with this value.")

/* TRANSLATORS: The object was aborted while the operation was started
   or pending. */
WSMSG_CODE("WS_E_OPERATION_ABORTED", 0x803D0004u, "The operation was "
	"aborted, or the object was aborted while the operation was pending.")

/* TRANSLATORS: The operation ran past its timeout, which is set by a
   property of the object. */
WSMSG_CODE("WS_E_OPERATION_TIMED_OUT", 0x803D0006u, "The operation did not "
	"complete within the timeout. Timeouts are set with properties of the "
	"object.")

/* TRANSLATORS: A component under the framework failed with an error
   the framework does not recognize. */
WSMSG_CODE("WS_E_OTHER", 0x803D0021u, "An unrecognized error occurred in a "
	"platform component used by Windows Web Services. The underlying error "
	"code is available from the error object, but it may change in future "
	"versions, so applications must not depend on it.")

/* TRANSLATORS: The HTTP proxy refused access. */
WSMSG_CODE("WS_E_PROXY_ACCESS_DENIED", 0x803D0016u, "The HTTP proxy server "
	"denied access.")

/* TRANSLATORS: The HTTP proxy failed while handling the request. */
WSMSG_CODE("WS_E_PROXY_FAILURE", 0x803D0015u, "The HTTP proxy server failed "
	"to process the request.")

/* TRANSLATORS: The HTTP proxy rejected the client's authentication
   scheme and asks for Basic authentication. */
WSMSG_CODE("WS_E_PROXY_REQUIRES_BASIC_AUTH", 0x803D0018u, "The HTTP proxy "
	"server rejected the authentication scheme chosen by the client and "
	"requires Basic authentication.")

/* TRANSLATORS: As above, but the proxy asks for Digest authentication. */
WSMSG_CODE("WS_E_PROXY_REQUIRES_DIGEST_AUTH", 0x803D0019u, "The HTTP proxy "
	"server rejected the authentication scheme chosen by the client and "
	"requires Digest authentication.")

/* TRANSLATORS: As above, but the proxy asks for Negotiate
   (Kerberos/SPNEGO) authentication. */
WSMSG_CODE("WS_E_PROXY_REQUIRES_NEGOTIATE_AUTH", 0x803D001Bu, "The HTTP "
	"proxy server rejected the authentication scheme chosen by the client "
	"and requires Negotiate authentication.")

/* TRANSLATORS: As above, but the proxy asks for NTLM authentication. */
WSMSG_CODE("WS_E_PROXY_REQUIRES_NTLM_AUTH", 0x803D001Au, "The HTTP proxy "
	"server rejected the authentication scheme chosen by the client and "
	"requires NTLM authentication.")

/* TRANSLATORS: Finishing the operation would go past one of the
   object's limits (quotas), some of which can be configured. */
WSMSG_CODE("WS_E_QUOTA_EXCEEDED", 0x803D0008u, "Completing the operation "
	"would exceed a quota of the object. Objects have several quotas, and "
	"some of them can be configured.")

/* TRANSLATORS: A security component used by the framework failed. */
WSMSG_CODE("WS_E_SECURITY_SYSTEM_FAILURE", 0x803D0023u, "A security "
	"operation failed in a security component used by Windows Web "
	"Services.")

/* TRANSLATORS: The server refused a security token whose lifetime is
   over; the client may renew it or request a new one. */
WSMSG_CODE("WS_E_SECURITY_TOKEN_EXPIRED", 0x803D0022u, "The server rejected "
	"the security token because it has expired. Depending on the server "
	"configuration, the token can be renewed or requested again.")

/* TRANSLATORS: Security data from the remote endpoint was well formed
   but could not be verified or trusted. */
WSMSG_CODE("WS_E_SECURITY_VERIFICATION_FAILURE", 0x803D000Au, "The security "
	"information received from the remote endpoint is correctly formatted "
	"but could not be verified or trusted.")

/* TRANSLATORS: The remote service (not a proxy) rejected the client's
   authentication scheme and asks for Basic authentication. */
WSMSG_CODE("WS_E_SERVER_REQUIRES_BASIC_AUTH", 0x803D001Cu, "The remote "
	"endpoint rejected the authentication scheme chosen by the client and "
	"requires Basic authentication.")

/* TRANSLATORS: As above, but the service asks for Digest
   authentication. */
WSMSG_CODE("WS_E_SERVER_REQUIRES_DIGEST_AUTH", 0x803D001Du, "The remote "
	"endpoint rejected the authentication scheme chosen by the client and "
	"requires Digest authentication.")

/* TRANSLATORS: As above, but the service asks for Negotiate
   (Kerberos/SPNEGO) authentication. */
WSMSG_CODE("WS_E_SERVER_REQUIRES_NEGOTIATE_AUTH", 0x803D001Fu, "The remote "
	"endpoint rejected the authentication scheme chosen by the client and "
	"requires Negotiate authentication.")

/* TRANSLATORS: As above, but the service asks for NTLM
   authentication. */
WSMSG_CODE("WS_E_SERVER_REQUIRES_NTLM_AUTH", 0x803D001Eu, "The remote "
	"endpoint rejected the authentication scheme chosen by the client and "
	"requires NTLM authentication.")

/* TRANSLATORS: A success value, not an error: the call returned at
   once and will finish in the background. */
WSMSG_CODE("WS_S_ASYNC", 0x003D0000u, "The function will complete "
	"asynchronously.")

/* TRANSLATORS: A success value, not an error: there is nothing more
   to read. WS_CHANNEL_TYPE_REPLY is an API identifier: keep it as is. */
WSMSG_CODE("WS_S_END", 0x003D0001u, "The end of the input was reached: no "
	"more messages are available on the channel. This happens on a channel "
	"of type WS_CHANNEL_TYPE_REPLY that has already received a message, "
	"when the session was closed, or when the channel filtered the message "
	"out.")
