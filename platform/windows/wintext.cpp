#include "wintext.h"

#include <cstdio>
#include <cstring>

namespace aerial::win {

std::string utf8FromWide(const wchar_t *text, std::size_t maxChars)
{
    if (!text || maxChars == 0)
        return {};
    std::size_t length = 0;
    while (length < maxChars && text[length] != L'\0')
        ++length;
    if (length == 0)
        return {};
    const int size = WideCharToMultiByte(CP_UTF8, 0, text, int(length), nullptr, 0, nullptr, nullptr);
    if (size <= 0)
        return {};
    std::string result(std::size_t(size), '\0');
    WideCharToMultiByte(CP_UTF8, 0, text, int(length), result.data(), size, nullptr, nullptr);
    return result;
}

std::wstring wideFromUtf8(const std::string &text)
{
    if (text.empty())
        return {};
    const int size = MultiByteToWideChar(CP_UTF8, 0, text.data(), int(text.size()), nullptr, 0);
    if (size <= 0)
        return {};
    std::wstring result(std::size_t(size), L'\0');
    MultiByteToWideChar(CP_UTF8, 0, text.data(), int(text.size()), result.data(), size);
    return result;
}

std::string guidToString(const GUID &guid)
{
    char buffer[39];
    std::snprintf(buffer, sizeof buffer, "{%08lX-%04X-%04X-%02X%02X-%02X%02X%02X%02X%02X%02X}",
                  static_cast<unsigned long>(guid.Data1), guid.Data2, guid.Data3, guid.Data4[0], guid.Data4[1],
                  guid.Data4[2], guid.Data4[3], guid.Data4[4], guid.Data4[5], guid.Data4[6], guid.Data4[7]);
    return buffer;
}

namespace {

bool hexValue(const std::string &text, std::size_t from, std::size_t digits, unsigned long long *value)
{
    *value = 0;
    for (std::size_t i = from; i < from + digits; ++i) {
        const char c = text[i];
        int digit;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        else
            return false;
        *value = *value * 16 + unsigned(digit);
    }
    return true;
}

} // namespace

bool guidFromString(const std::string &text, GUID *guid)
{
    // {XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX}
    if (text.size() != 38 || text.front() != '{' || text.back() != '}' || text[9] != '-' || text[14] != '-'
        || text[19] != '-' || text[24] != '-')
        return false;
    unsigned long long value;
    GUID parsed{};
    if (!hexValue(text, 1, 8, &value))
        return false;
    parsed.Data1 = static_cast<unsigned long>(value);
    if (!hexValue(text, 10, 4, &value))
        return false;
    parsed.Data2 = static_cast<unsigned short>(value);
    if (!hexValue(text, 15, 4, &value))
        return false;
    parsed.Data3 = static_cast<unsigned short>(value);
    const std::size_t starts[8] = { 20, 22, 25, 27, 29, 31, 33, 35 };
    for (int i = 0; i < 8; ++i) {
        if (!hexValue(text, starts[i], 2, &value))
            return false;
        parsed.Data4[i] = static_cast<unsigned char>(value);
    }
    *guid = parsed;
    return true;
}

std::string systemMessage(DWORD code)
{
    wchar_t *buffer = nullptr;
    const DWORD length = FormatMessageW(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM
                                            | FORMAT_MESSAGE_IGNORE_INSERTS,
                                        nullptr, code, 0, reinterpret_cast<wchar_t *>(&buffer), 0, nullptr);
    std::string message = utf8FromWide(buffer, length);
    if (buffer)
        LocalFree(buffer);
    while (!message.empty() && (message.back() == '\n' || message.back() == '\r' || message.back() == ' '))
        message.pop_back();
    return message;
}

} // namespace aerial::win
