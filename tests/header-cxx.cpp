// The public header compiles as C++ and links against the C library.
#include <cstring>
#include <wsmsg.h>

int main()
{
	const char *text = nullptr;
	if (wsmsg_describe_lang(WS_E_OTHER, "fr-FR", &text) != S_OK || text == nullptr)
		return 1;
	if (std::strcmp(wsmsg_langid_tag(0x0C04u), "zh-HK") != 0)
		return 1;
	return std::strcmp(wsmsg_name(WS_S_END), "WS_S_END") == 0 ? 0 : 1;
}
