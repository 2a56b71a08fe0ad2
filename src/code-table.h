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

/* TRANSLATORS: Seen when the TLS certificate of the server names
   another host than the one in the endpoint address. Say that the name
   in the certificate and the expected name differ. */
WSMSG_CODE("CERT_E_CN_NO_MATCH", 0x800B010Fu, "The common name in the "
	"certificate does not match the name the application expected.")

/* TRANSLATORS: Seen when a certificate is checked outside its validity
   period. Say that the certificate is either past its end date or
   before its start date. */
WSMSG_CODE("CERT_E_EXPIRED", 0x800B0101u, "The certificate has expired or is "
	"not valid yet.")

/* TRANSLATORS: Seen when a certificate chain was built but its root
   certificate is not trusted on this machine. Say that the chain
   itself is complete and only its root is not trusted. */
WSMSG_CODE("CERT_E_UNTRUSTEDROOT", 0x800B0109u, "The certificate chain was "
	"built, but it ends in a root certificate that is not trusted.")

/* TRANSLATORS: Seen when a certificate is used for a purpose it was
   not issued for. Say that the certificate is not valid for this use;
   keep the example. */
WSMSG_CODE("CERT_E_WRONG_USAGE", 0x800B0110u, "The certificate is not valid "
	"for the requested use, for example a client certificate used by a "
	"server.")

/* TRANSLATORS: Seen when the certificate revocation list (CRL) cannot
   be downloaded. Say that nobody could check whether the certificate
   was revoked, and why. */
WSMSG_CODE("CRYPT_E_REVOCATION_OFFLINE", 0x80092013u, "The revocation status "
	"of the certificate could not be checked because the certificate "
	"revocation list could not be reached.")

/* TRANSLATORS: A generic COM value, seen when a function is called
   with an argument it does not accept. Say that at least one argument
   is not valid. */
WSMSG_CODE("E_INVALIDARG", 0x80070057u, "One or more arguments are not "
	"valid.")

/* TRANSLATORS: A generic COM value, seen when a memory allocation
   fails. Say that there is not enough memory for the operation. */
WSMSG_CODE("E_OUTOFMEMORY", 0x8007000Eu, "There is not enough memory to "
	"complete the operation.")

/* TRANSLATORS: Seen when a listener opens on a network address that is
   already taken, or when no address is left. Say both cases. */
WSMSG_CODE("WS_E_ADDRESS_IN_USE", 0x803D000Bu, "The address is already in "
	"use by this process or by another process on the same machine. This "
	"value is also returned when no more addresses are available.")

/* TRANSLATORS: Seen when a listener opens on an address that does not
   belong to this machine. Say that the address cannot be used here. */
WSMSG_CODE("WS_E_ADDRESS_NOT_AVAILABLE", 0x803D000Cu, "The address cannot be "
	"used on this machine.")

/* TRANSLATORS: Seen when the remote service itself answers that access
   is denied. Say that the refusal came from the remote endpoint, not
   from this machine. */
WSMSG_CODE("WS_E_ENDPOINT_ACCESS_DENIED", 0x803D0005u, "The remote endpoint "
	"denied access. This value is returned only when the remote endpoint "
	"reports this failure.")

/* TRANSLATORS: Seen when the remote service does not know the SOAP
   action of the message. Say that the action is not supported, and
   that client and service usually use different contracts. */
WSMSG_CODE("WS_E_ENDPOINT_ACTION_NOT_SUPPORTED", 0x803D0011u, "The remote "
	"endpoint does not support the requested action, which usually means "
	"that the client and the service use different contracts. This value "
	"is returned only when the remote endpoint reports this failure.")

/* TRANSLATORS: Seen when an established connection is closed by the
   remote side or lost. Say both causes. */
WSMSG_CODE("WS_E_ENDPOINT_DISCONNECTED", 0x803D0014u, "The connection to the "
	"remote endpoint was closed by the endpoint or lost because of a "
	"network problem.")

/* TRANSLATORS: Seen when the remote service answers with an error
   saying it could not process the request. Say that the remote side
   failed and reported it. */
WSMSG_CODE("WS_E_ENDPOINT_FAILURE", 0x803D000Fu, "The remote endpoint failed "
	"to process the request. This value is returned only when the endpoint "
	"actually answered with an error.")

/* TRANSLATORS: Seen when a SOAP fault arrives instead of the expected
   reply. Say that a fault was received and where its details are.
   WS_FAULT_ERROR_PROPERTY_FAULT is an API identifier: keep it as is. */
WSMSG_CODE("WS_E_ENDPOINT_FAULT_RECEIVED", 0x803D0013u, "A fault message was "
	"received where a different message was expected. The fault itself can "
	"be read from the error object with WS_FAULT_ERROR_PROPERTY_FAULT.")

/* TRANSLATORS: Seen when software on the remote machine reports that
   the service is gone from this address or temporarily stopped. Say
   both cases. */
WSMSG_CODE("WS_E_ENDPOINT_NOT_AVAILABLE", 0x803D000Eu, "The endpoint is no "
	"longer in service at this address, or is temporarily out of service. "
	"This value is returned only when software on the remote machine "
	"reports this failure.")

/* TRANSLATORS: Seen when nothing answers at the address: the host name
   is unknown or no service listens at that URI. Say both causes. */
WSMSG_CODE("WS_E_ENDPOINT_NOT_FOUND", 0x803D000Du, "The endpoint could not "
	"be found: the host does not exist, or no endpoint is listening at the "
	"URI.")

/* TRANSLATORS: Seen when the remote service or its server cannot take
   more requests now. Say that it is overloaded or temporarily
   unavailable. */
WSMSG_CODE("WS_E_ENDPOINT_TOO_BUSY", 0x803D0012u, "The remote endpoint, or "
	"the server that hosts it, is too busy to process the request. This "
	"usually means that the server is overloaded, but it can also mean "
	"that it is temporarily unavailable for another reason.")

/* TRANSLATORS: Seen when no network route leads to the endpoint. Say
   that the endpoint cannot be reached over the network. */
WSMSG_CODE("WS_E_ENDPOINT_UNREACHABLE", 0x803D0010u, "The endpoint cannot be "
	"reached: there is no route or network connection to it.")

/* TRANSLATORS: Seen when the URL given as the endpoint address is
   malformed or does not suit the operation. Say that this URL cannot
   be used here. */
WSMSG_CODE("WS_E_INVALID_ENDPOINT_URL", 0x803D0020u, "The endpoint address "
	"URL is not valid for this operation.")

/* TRANSLATORS: Seen when received or read data does not have the
   expected form (malformed XML, wrong protocol, wrong schema). Say
   that the data is malformed and that retrying will not help. */
WSMSG_CODE("WS_E_INVALID_FORMAT", 0x803D0000u, "The data does not have the "
	"format that was expected, for example malformed XML, an invalid wire "
	"protocol or XML that does not match the expected schema. Retrying the "
	"operation is unlikely to succeed.")

/* TRANSLATORS: Seen when a call is valid for this kind of object but
   not in the state the object is in now. Say that the object's current
   state forbids the operation. */
WSMSG_CODE("WS_E_INVALID_OPERATION", 0x803D0003u, "The operation is not "
	"allowed in the current state of the object.")

/* TRANSLATORS: Seen when no localized text (an error string or a fault
   string) exists in the requested language. Say that the text is
   missing in that language only. */
WSMSG_CODE("WS_E_NO_TRANSLATION_AVAILABLE", 0x803D0009u, "The "
	"language-dependent information, such as a localized error string or "
	"fault string, is not available in the requested language.")

/* TRANSLATORS: Seen when a feature exists on some platforms but not on
   this one. Say that this platform lacks the feature. */
WSMSG_CODE("WS_E_NOT_SUPPORTED", 0x803D0017u, "The requested feature is not "
	"supported on this platform.")

/* TRANSLATORS: Seen when an arithmetic result does not fit in its
   type. Say that a numeric overflow happened; keep the example. */
WSMSG_CODE("WS_E_NUMERIC_OVERFLOW", 0x803D0002u, "A numeric operation "
	"overflowed because the result does not fit in the type of the values, "
	"for example when adding two 32-bit integers wraps around.")

/* TRANSLATORS: Seen when an object is used after an earlier
   unrecoverable error put it in the faulted state. Say that the object
   can no longer be used because of that earlier error. */
WSMSG_CODE("WS_E_OBJECT_FAULTED", 0x803D0001u, "An operation was started on "
	"an object that is in the faulted state after an earlier unrecoverable "
	"error.")

/* TRANSLATORS: Seen when the caller stopped waiting for a pending
   operation. Say that the operation may still be running although the
   caller was told it ended. */
WSMSG_CODE("WS_E_OPERATION_ABANDONED", 0x803D0007u, "A pending operation was "
	"abandoned. The operation may still be running, but the caller has "
	"been told that it ended with this value.")

/* TRANSLATORS: Seen when the operation, or the object it runs on, was
   aborted. Say both cases. */
WSMSG_CODE("WS_E_OPERATION_ABORTED", 0x803D0004u, "The operation was "
	"aborted, or the object was aborted while the operation was pending.")

/* TRANSLATORS: Seen when an operation runs past its timeout. Say that
   time ran out and that timeouts are properties of the object. */
WSMSG_CODE("WS_E_OPERATION_TIMED_OUT", 0x803D0006u, "The operation did not "
	"complete within the timeout. Timeouts are set with properties of the "
	"object.")

/* TRANSLATORS: Seen when a component under Windows Web Services fails
   with an error it does not recognize. Say that the underlying code is
   available but must not be relied on. */
WSMSG_CODE("WS_E_OTHER", 0x803D0021u, "An unrecognized error occurred in a "
	"platform component used by Windows Web Services. The underlying error "
	"code is available from the error object, but it may change in future "
	"versions, so applications must not depend on it.")

/* TRANSLATORS: Seen when the HTTP proxy server refuses access. Say
   that the refusal came from the proxy, not from the remote endpoint. */
WSMSG_CODE("WS_E_PROXY_ACCESS_DENIED", 0x803D0016u, "The HTTP proxy server "
	"denied access.")

/* TRANSLATORS: Seen when the HTTP proxy server fails while handling
   the request. Say that the proxy, not the remote endpoint, failed. */
WSMSG_CODE("WS_E_PROXY_FAILURE", 0x803D0015u, "The HTTP proxy server failed "
	"to process the request.")

/* TRANSLATORS: Seen when the HTTP proxy server rejects the client's
   authentication scheme and asks for Basic. Basic is the name of the
   scheme: keep it. */
WSMSG_CODE("WS_E_PROXY_REQUIRES_BASIC_AUTH", 0x803D0018u, "The HTTP proxy "
	"server rejected the authentication scheme chosen by the client and "
	"requires Basic authentication.")

/* TRANSLATORS: As for WS_E_PROXY_REQUIRES_BASIC_AUTH, but the proxy
   asks for Digest. Digest is the name of the scheme: keep it. */
WSMSG_CODE("WS_E_PROXY_REQUIRES_DIGEST_AUTH", 0x803D0019u, "The HTTP proxy "
	"server rejected the authentication scheme chosen by the client and "
	"requires Digest authentication.")

/* TRANSLATORS: As for WS_E_PROXY_REQUIRES_BASIC_AUTH, but the proxy
   asks for Negotiate (Kerberos or NTLM through SPNEGO). Negotiate is
   the name of the scheme: keep it. */
WSMSG_CODE("WS_E_PROXY_REQUIRES_NEGOTIATE_AUTH", 0x803D001Bu, "The HTTP "
	"proxy server rejected the authentication scheme chosen by the client "
	"and requires Negotiate authentication.")

/* TRANSLATORS: As for WS_E_PROXY_REQUIRES_BASIC_AUTH, but the proxy
   asks for NTLM. NTLM is the name of the scheme: keep it. */
WSMSG_CODE("WS_E_PROXY_REQUIRES_NTLM_AUTH", 0x803D001Au, "The HTTP proxy "
	"server rejected the authentication scheme chosen by the client and "
	"requires NTLM authentication.")

/* TRANSLATORS: Seen when finishing an operation would go past one of
   the object's limits (quotas). Say that a quota would be exceeded and
   that some quotas can be configured. */
WSMSG_CODE("WS_E_QUOTA_EXCEEDED", 0x803D0008u, "Completing the operation "
	"would exceed a quota of the object. Objects have several quotas, and "
	"some of them can be configured.")

/* TRANSLATORS: Seen when a security component that Windows Web
   Services relies on fails. Say that a security operation failed
   there. */
WSMSG_CODE("WS_E_SECURITY_SYSTEM_FAILURE", 0x803D0023u, "A security "
	"operation failed in a security component used by Windows Web "
	"Services.")

/* TRANSLATORS: Seen when the server refuses a security token whose
   lifetime is over. Say that the token expired and may be renewed or
   requested again. */
WSMSG_CODE("WS_E_SECURITY_TOKEN_EXPIRED", 0x803D0022u, "The server rejected "
	"the security token because it has expired. Depending on the server "
	"configuration, the token can be renewed or requested again.")

/* TRANSLATORS: Seen when security data from the remote endpoint is
   well formed but fails verification. Say that it could not be
   verified or is not trusted. */
WSMSG_CODE("WS_E_SECURITY_VERIFICATION_FAILURE", 0x803D000Au, "The security "
	"information received from the remote endpoint is correctly formatted "
	"but could not be verified or trusted.")

/* TRANSLATORS: Seen when the remote service (not a proxy) rejects the
   client's authentication scheme and asks for Basic. Basic is the name
   of the scheme: keep it. */
WSMSG_CODE("WS_E_SERVER_REQUIRES_BASIC_AUTH", 0x803D001Cu, "The remote "
	"endpoint rejected the authentication scheme chosen by the client and "
	"requires Basic authentication.")

/* TRANSLATORS: As for WS_E_SERVER_REQUIRES_BASIC_AUTH, but the service
   asks for Digest. Digest is the name of the scheme: keep it. */
WSMSG_CODE("WS_E_SERVER_REQUIRES_DIGEST_AUTH", 0x803D001Du, "The remote "
	"endpoint rejected the authentication scheme chosen by the client and "
	"requires Digest authentication.")

/* TRANSLATORS: As for WS_E_SERVER_REQUIRES_BASIC_AUTH, but the service
   asks for Negotiate (Kerberos or NTLM through SPNEGO). Negotiate is
   the name of the scheme: keep it. */
WSMSG_CODE("WS_E_SERVER_REQUIRES_NEGOTIATE_AUTH", 0x803D001Fu, "The remote "
	"endpoint rejected the authentication scheme chosen by the client and "
	"requires Negotiate authentication.")

/* TRANSLATORS: As for WS_E_SERVER_REQUIRES_BASIC_AUTH, but the service
   asks for NTLM. NTLM is the name of the scheme: keep it. */
WSMSG_CODE("WS_E_SERVER_REQUIRES_NTLM_AUTH", 0x803D001Eu, "The remote "
	"endpoint rejected the authentication scheme chosen by the client and "
	"requires NTLM authentication.")

/* TRANSLATORS: A success value, not an error: seen when a call returns
   at once and finishes in the background. Say that the function will
   complete later, asynchronously. */
WSMSG_CODE("WS_S_ASYNC", 0x003D0000u, "The function will complete "
	"asynchronously.")

/* TRANSLATORS: A success value, not an error: seen when there is
   nothing more to read on a channel. Say that the input ended, and
   list the three situations. WS_CHANNEL_TYPE_REPLY is an API
   identifier: keep it as is. */
WSMSG_CODE("WS_S_END", 0x003D0001u, "The end of the input was reached: no "
	"more messages are available on the channel. This happens on a channel "
	"of type WS_CHANNEL_TYPE_REPLY that has already received a message, "
	"when the session was closed, or when the channel filtered the message "
	"out.")
