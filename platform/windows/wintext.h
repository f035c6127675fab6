// Text at the Win32 boundary: UTF-16 to UTF-8 and back, GUIDs in their
// braced text form, and the system's words for an error code.
#pragma once

#include "wlancompat.h"

#include <cstddef>
#include <string>

namespace aerial::win {

// Reads at most maxChars UTF-16 units, stopping at the first NUL, so that a
// fixed-size field without a terminator is never overrun. Unpaired
// surrogates become U+FFFD.
std::string utf8FromWide(const wchar_t *text, std::size_t maxChars);
std::wstring wideFromUtf8(const std::string &text);

// "{3F1C3B5E-0C1D-4A53-9D2E-6B7A1F0E2C11}"
std::string guidToString(const GUID &guid);
// Accepts either case, with braces. False for anything else.
bool guidFromString(const std::string &text, GUID *guid);

// FormatMessage's text for a Win32 code, without the trailing line break;
// empty when the system has none.
std::string systemMessage(DWORD code);

} // namespace aerial::win
