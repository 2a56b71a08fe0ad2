// describe-cpp: the same as describe.c, from C++.  It prints the whole
// line that wsmsg_format() writes, in the user's locale and in a language
// named on the command line.
//
//     describe-cpp [NAME [TAG]]   (default: WS_E_ENDPOINT_NOT_FOUND fr-FR)
//
// Build it against an installed libwsmsg with
//
//     c++ describe.cpp $(pkg-config --cflags --libs wsmsg) -o describe-cpp
#include <clocale>
#include <cstdint>
#include <iostream>
#include <string>
#include <vector>

#include <wsmsg.h>

namespace {

// wsmsg_format() into a buffer that grows until the line fits.
std::string format_line(std::int32_t code, const char *lang, std::int32_t &status)
{
	std::vector<char> buf(64);
	for (;;) {
		status = wsmsg_format(code, lang, buf.data(), buf.size());
		if (status != WSMSG_E_BUFFER_TOO_SMALL)
			return std::string(buf.data());
		buf.resize(buf.size() * 2);
	}
}

void print(const std::string &label, std::int32_t status, const std::string &line)
{
	std::cout << label << ": " << line;
	if (status == WS_E_NO_TRANSLATION_AVAILABLE)
		std::cout << " [no catalog for this language: English]";
	std::cout << '\n';
}

} // namespace

int main(int argc, char **argv)
{
	const std::string name = argc > 1 ? argv[1] : "WS_E_ENDPOINT_NOT_FOUND";
	const std::string tag = argc > 2 ? argv[2] : "fr-FR";
	std::int32_t code = 0;

	std::setlocale(LC_ALL, "");
	if (wsmsg_from_name(name.c_str(), &code) != S_OK) {
		std::cerr << "describe-cpp: no return value is named " << name << '\n';
		return 2;
	}

	std::int32_t status = S_OK;
	std::string line = format_line(code, nullptr, status);
	print("locale", status, line);

	line = format_line(code, tag.c_str(), status);
	if (status == E_INVALIDARG) {
		std::cerr << "describe-cpp: \"" << tag << "\" is not a language tag\n";
		return 1;
	}
	print(tag, status, line);
	return 0;
}
