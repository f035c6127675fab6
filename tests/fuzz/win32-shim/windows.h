// The few Windows SDK declarations that Native Wifi's notification decoder
// (platform/windows/wlannotification.cpp, wintext.cpp) uses, so that the
// fuzz preset can build that decoder on Linux with clang's libFuzzer, which
// has no Windows runtime in Debian.
//
// Names, fields and their order are the SDK's (windef.h, guiddef.h,
// winnls.h). One difference matters and is deliberate: wchar_t is 32 bits
// here, 16 on Windows, so the structures are larger. The decoder sizes
// everything with sizeof and offsetof, which is what the fuzzer checks: no
// read past dwDataSize, whatever the structure's size.
#pragma once

#include <cstddef>
#include <cstdint>

using BYTE = std::uint8_t;
using UCHAR = std::uint8_t;
using USHORT = std::uint16_t;
using DWORD = std::uint32_t;
using ULONG = std::uint32_t;
using BOOL = int;
using WCHAR = wchar_t;
using PWCHAR = wchar_t *;
using LPWSTR = wchar_t *;
using LPCWSTR = const wchar_t *;
using LPSTR = char *;
using LPCSTR = const char *;
using LPCCH = const char *;
using LPCWCH = const wchar_t *;
using LPBOOL = BOOL *;
using PVOID = void *;
using LPVOID = void *;
using HANDLE = void *;
using HLOCAL = void *;
using UINT = unsigned int;

// guiddef.h: Data1 is an unsigned long there (32 bits on Windows); kept as
// unsigned long so that guidToString's "%08lX" matches.
struct GUID
{
    unsigned long Data1;
    unsigned short Data2;
    unsigned short Data3;
    unsigned char Data4[8];
};

constexpr UINT CP_UTF8 = 65001;
constexpr DWORD FORMAT_MESSAGE_ALLOCATE_BUFFER = 0x00000100;
constexpr DWORD FORMAT_MESSAGE_IGNORE_INSERTS = 0x00000200;
constexpr DWORD FORMAT_MESSAGE_FROM_SYSTEM = 0x00001000;

// winnls.h, for CP_UTF8 only: each wchar_t is one UTF-16 unit, as on
// Windows; an unpaired surrogate becomes U+FFFD (WC_ERR_INVALID_CHARS not
// given). Implemented in win32shim.cpp.
int WideCharToMultiByte(UINT codePage, DWORD flags, LPCWCH wide, int wideLength, LPSTR bytes, int byteLength,
                        LPCCH defaultChar, LPBOOL usedDefault);
int MultiByteToWideChar(UINT codePage, DWORD flags, LPCCH bytes, int byteLength, LPWSTR wide, int wideLength);
// No system messages here: 0, as for a code the system has no text for.
DWORD FormatMessageW(DWORD flags, const void *source, DWORD messageId, DWORD languageId, LPWSTR buffer, DWORD size,
                     void *arguments);
HLOCAL LocalFree(HLOCAL memory);
