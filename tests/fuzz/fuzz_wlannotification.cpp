// libFuzzer: Native Wifi's notification decoder (decodeNotification) with
// any source, code, size and bytes, as wlanapi's notification thread hands
// them over. The payload is a heap block of exactly dwDataSize bytes, so
// that AddressSanitizer reports any read past it; the event that comes out
// keeps the source and code, holds valid UTF-8 of bounded length, an SSID
// of at most 32 bytes and a signal of 0 to 100.
//
// Built on Linux against tests/fuzz/win32-shim, where wchar_t is 32 bits:
// the structures are larger than on Windows, and every bound the decoder
// checks comes from sizeof and offsetof.
//
// Input: source (4 bytes), code (4), the interface GUID (16), one byte of
// flags (bit 0: no payload pointer at all, with the size the next 4 bytes
// give), then the payload.
#include "wlannotification.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>

namespace {

void require(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "broken: %s\n", what);
        std::abort();
    }
}

bool validUtf8(const std::string &text)
{
    const auto *data = reinterpret_cast<const unsigned char *>(text.data());
    for (std::size_t i = 0; i < text.size();) {
        const unsigned char lead = data[i];
        const std::size_t length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
        if (length == 0 || i + length > text.size())
            return false;
        for (std::size_t k = 1; k < length; ++k) {
            if ((data[i + k] & 0xC0) != 0x80)
                return false;
        }
        i += length;
    }
    return true;
}

std::uint32_t word(const std::uint8_t *data)
{
    std::uint32_t value;
    std::memcpy(&value, data, sizeof value);
    return value;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    constexpr std::size_t header = 4 + 4 + 16 + 1;
    if (size < header)
        return 0;
    WLAN_NOTIFICATION_DATA notification{};
    notification.NotificationSource = word(data);
    notification.NotificationCode = word(data + 4);
    notification.InterfaceGuid.Data1 = word(data + 8);
    std::memcpy(&notification.InterfaceGuid.Data2, data + 12, 2);
    std::memcpy(&notification.InterfaceGuid.Data3, data + 14, 2);
    std::memcpy(notification.InterfaceGuid.Data4, data + 16, 8);
    const bool noPointer = data[24] & 1;
    const std::uint8_t *payload = data + header;
    const std::size_t payloadSize = size - header;

    std::unique_ptr<std::uint8_t[]> block;
    if (noPointer) {
        notification.dwDataSize = payloadSize >= 4 ? word(payload) : 0;
        notification.pData = nullptr;
    } else {
        // Exactly dwDataSize bytes: one more would hide an over-read.
        block.reset(new std::uint8_t[payloadSize ? payloadSize : 1]);
        if (payloadSize)
            std::memcpy(block.get(), payload, payloadSize);
        notification.dwDataSize = DWORD(payloadSize);
        notification.pData = payloadSize ? block.get() : nullptr;
    }

    const aerial::win::SessionEvent event = aerial::win::decodeNotification(notification);
    require(event.source == notification.NotificationSource, "the source changed");
    require(event.code == notification.NotificationCode, "the code changed");
    require(event.interfaceGuid.size() == 38 && event.interfaceGuid.front() == '{', "the GUID's text form");
    require(event.ssid.size() <= DOT11_SSID_MAX_LENGTH, "an SSID longer than 32 bytes");
    require(validUtf8(event.profile) && validUtf8(event.oldProfile), "a profile name that is not UTF-8");
    // Each UTF-16 unit gives at most 3 UTF-8 bytes; a name has at most 256
    // units (WLAN_MAX_NAME_LENGTH), a renamed one at most the payload's.
    const std::size_t longest = 3 * std::max<std::size_t>(WLAN_MAX_NAME_LENGTH, payloadSize / sizeof(wchar_t));
    require(event.profile.size() <= longest && event.oldProfile.size() <= longest, "a profile name too long");
    require(event.signal >= 0 && event.signal <= 100, "a signal outside 0 to 100");
    const bool known = notification.NotificationSource == WLAN_NOTIFICATION_SOURCE_ACM
                       || notification.NotificationSource == WLAN_NOTIFICATION_SOURCE_MSM;
    if (!known)
        require(event.kind == aerial::win::SessionEvent::Kind::Unknown, "an unknown source was given a meaning");
    return 0;
}
