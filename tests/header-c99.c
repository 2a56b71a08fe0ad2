/*
 * The public header compiles as C99 and coexists with Windows-style
 * definitions of the same macros: a code defined before it keeps that
 * definition.
 */
#define WS_E_OTHER ((long)0x803D0021L) /* as <winerror.h> would */
#define S_OK ((long)0L)

#include <wsmsg.h>

int main(void)
{
	const char *text = 0;
	int ok = WS_E_OTHER == (long)0x803D0021L && S_OK == 0L &&
	         WS_E_ENDPOINT_NOT_FOUND == (int32_t)0x803D000Du &&
	         wsmsg_describe_lang((int32_t)WS_E_OTHER, "en", &text) == 0 &&
	         text != 0 && wsmsg_langid_tag(0x0409u) != 0;
	return ok ? 0 : 1;
}
