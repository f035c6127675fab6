// The conversions windows.h beside this file declares, for CP_UTF8 only,
// as Windows documents them (winnls.h: WideCharToMultiByte,
// MultiByteToWideChar): with no output buffer they return the length
// needed; an unpaired surrogate or a broken UTF-8 sequence becomes U+FFFD.
#include "windows.h"

#include <string>

namespace {

void appendUtf8(std::string &out, char32_t c)
{
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xC0 | (c >> 6));
        out += char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += char(0xE0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    } else {
        out += char(0xF0 | (c >> 18));
        out += char(0x80 | ((c >> 12) & 0x3F));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    }
}

} // namespace

int WideCharToMultiByte(UINT codePage, DWORD, LPCWCH wide, int wideLength, LPSTR bytes, int byteLength, LPCCH,
                        LPBOOL)
{
    if (codePage != CP_UTF8 || !wide || wideLength < 0)
        return 0;
    std::string out;
    for (int i = 0; i < wideLength; ++i) {
        // One UTF-16 unit per wchar_t, as on Windows: anything wider is not one.
        const char32_t unit = char32_t(wide[i]);
        if (unit > 0xFFFF) {
            appendUtf8(out, 0xFFFD);
        } else if (unit >= 0xD800 && unit < 0xDC00 && i + 1 < wideLength && char32_t(wide[i + 1]) >= 0xDC00
                   && char32_t(wide[i + 1]) < 0xE000) {
            appendUtf8(out, 0x10000 + ((unit - 0xD800) << 10) + (char32_t(wide[i + 1]) - 0xDC00));
            ++i;
        } else if (unit >= 0xD800 && unit < 0xE000) {
            appendUtf8(out, 0xFFFD);
        } else {
            appendUtf8(out, unit);
        }
    }
    if (!bytes || byteLength == 0)
        return int(out.size());
    if (int(out.size()) > byteLength)
        return 0;
    out.copy(bytes, out.size());
    return int(out.size());
}

int MultiByteToWideChar(UINT codePage, DWORD, LPCCH bytes, int byteLength, LPWSTR wide, int wideLength)
{
    if (codePage != CP_UTF8 || !bytes || byteLength < 0)
        return 0;
    std::u16string out;
    const auto *data = reinterpret_cast<const unsigned char *>(bytes);
    for (int i = 0; i < byteLength;) {
        const unsigned char lead = data[i];
        int length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
        char32_t c = length == 1 ? lead : length == 2 ? lead & 0x1F : length == 3 ? lead & 0x0F : lead & 0x07;
        bool valid = length > 0 && i + length <= byteLength;
        for (int k = 1; valid && k < length; ++k) {
            valid = (data[i + k] & 0xC0) == 0x80;
            c = (c << 6) | (data[i + k] & 0x3F);
        }
        if (!valid || c > 0x10FFFF || (c >= 0xD800 && c < 0xE000)) {
            out += char16_t(0xFFFD);
            i += 1;
            continue;
        }
        if (c >= 0x10000) {
            out += char16_t(0xD800 + ((c - 0x10000) >> 10));
            out += char16_t(0xDC00 + ((c - 0x10000) & 0x3FF));
        } else {
            out += char16_t(c);
        }
        i += length;
    }
    if (!wide || wideLength == 0)
        return int(out.size());
    if (int(out.size()) > wideLength)
        return 0;
    for (std::size_t k = 0; k < out.size(); ++k)
        wide[k] = wchar_t(out[k]);
    return int(out.size());
}

DWORD FormatMessageW(DWORD, const void *, DWORD, DWORD, LPWSTR, DWORD, void *)
{
    return 0;
}

HLOCAL LocalFree(HLOCAL)
{
    return nullptr;
}
