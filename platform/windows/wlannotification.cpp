#include "wlannotification.h"

#include "wintext.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace aerial::win {
namespace {

using Kind = SessionEvent::Kind;

// A copy of the payload when it holds at least a T, so that a misaligned or
// short buffer is never read as a T in place.
template<typename T>
bool payload(const WLAN_NOTIFICATION_DATA &data, std::size_t needed, T *out)
{
    if (!data.pData || data.dwDataSize < needed)
        return false;
    std::memset(static_cast<void *>(out), 0, sizeof(T));
    std::memcpy(static_cast<void *>(out), data.pData, std::min<std::size_t>(needed, sizeof(T)));
    return true;
}

// An enum field as the number the service wrote: loading a value outside
// the enum's range as the enum itself is undefined behaviour.
template<typename Enum>
std::uint32_t numberIn(const Enum &field)
{
    static_assert(sizeof(Enum) == sizeof(std::uint32_t));
    std::uint32_t number;
    std::memcpy(&number, &field, sizeof number);
    return number;
}

std::string ssidBytes(const DOT11_SSID &ssid)
{
    const std::size_t length = std::min<std::size_t>(ssid.uSSIDLength, DOT11_SSID_MAX_LENGTH);
    return std::string(reinterpret_cast<const char *>(ssid.ucSSID), length);
}

// WLAN_CONNECTION_NOTIFICATION_DATA ends in a variable-length profile XML;
// everything before it must be there.
void readConnection(const WLAN_NOTIFICATION_DATA &data, SessionEvent &event)
{
    WLAN_CONNECTION_NOTIFICATION_DATA connection;
    if (!payload(data, offsetof(WLAN_CONNECTION_NOTIFICATION_DATA, strProfileXml), &connection)) {
        event.truncated = true;
        event.reasonCode = reason::Unknown;
        return;
    }
    event.profile = utf8FromWide(connection.strProfileName, WLAN_MAX_NAME_LENGTH);
    event.ssid = ssidBytes(connection.dot11Ssid);
    event.reasonCode = connection.wlanReasonCode;
}

void readMsm(const WLAN_NOTIFICATION_DATA &data, SessionEvent &event)
{
    WLAN_MSM_NOTIFICATION_DATA msm;
    if (!payload(data, sizeof msm, &msm)) {
        event.truncated = true;
        event.reasonCode = reason::Unknown;
        return;
    }
    event.profile = utf8FromWide(msm.strProfileName, WLAN_MAX_NAME_LENGTH);
    event.ssid = ssidBytes(msm.dot11Ssid);
    event.reasonCode = msm.wlanReasonCode;
}

void readReason(const WLAN_NOTIFICATION_DATA &data, SessionEvent &event)
{
    WLAN_REASON_CODE code;
    if (payload(data, sizeof code, &code)) {
        event.reasonCode = code;
    } else {
        event.truncated = true;
        event.reasonCode = reason::Unknown;
    }
}

// Two NUL-terminated WCHAR strings, old name then new, within dwDataSize.
void readRename(const WLAN_NOTIFICATION_DATA &data, SessionEvent &event)
{
    if (!data.pData) {
        event.truncated = true;
        return;
    }
    const std::size_t units = data.dwDataSize / sizeof(wchar_t);
    std::wstring text(units, L'\0');
    std::memcpy(text.data(), data.pData, units * sizeof(wchar_t));
    const std::size_t firstEnd = text.find(L'\0');
    const std::size_t secondEnd = firstEnd == std::wstring::npos ? std::wstring::npos : text.find(L'\0', firstEnd + 1);
    if (secondEnd == std::wstring::npos) {
        event.truncated = true;
        return;
    }
    event.oldProfile = utf8FromWide(text.c_str(), firstEnd);
    event.profile = utf8FromWide(text.c_str() + firstEnd + 1, secondEnd - firstEnd - 1);
}

void decodeAcm(const WLAN_NOTIFICATION_DATA &data, SessionEvent &event)
{
    switch (data.NotificationCode) {
    case wlan_notification_acm_scan_complete: event.kind = Kind::ScanCompleted; break;
    case wlan_notification_acm_scan_fail:
        event.kind = Kind::ScanFailed;
        readReason(data, event);
        break;
    case wlan_notification_acm_connection_start:
        event.kind = Kind::ConnectionStarted;
        readConnection(data, event);
        break;
    case wlan_notification_acm_connection_complete:
        event.kind = Kind::ConnectionCompleted;
        readConnection(data, event);
        break;
    case wlan_notification_acm_connection_attempt_fail:
        event.kind = Kind::ConnectionAttemptFailed;
        readConnection(data, event);
        break;
    case wlan_notification_acm_interface_arrival: event.kind = Kind::InterfaceArrived; break;
    case wlan_notification_acm_interface_removal: event.kind = Kind::InterfaceRemoved; break;
    case wlan_notification_acm_profile_change: event.kind = Kind::ProfilesChanged; break;
    case wlan_notification_acm_profile_name_change:
        event.kind = Kind::ProfileRenamed;
        readRename(data, event);
        break;
    case wlan_notification_acm_network_not_available: event.kind = Kind::NetworkNotAvailable; break;
    case wlan_notification_acm_network_available: event.kind = Kind::NetworkAvailable; break;
    case wlan_notification_acm_disconnecting:
        event.kind = Kind::Disconnecting;
        readConnection(data, event);
        break;
    case wlan_notification_acm_disconnected:
        event.kind = Kind::Disconnected;
        readConnection(data, event);
        break;
    case wlan_notification_acm_scan_list_refresh: event.kind = Kind::ScanListRefreshed; break;
    default: break;
    }
}

void decodeMsm(const WLAN_NOTIFICATION_DATA &data, SessionEvent &event)
{
    switch (data.NotificationCode) {
    case wlan_notification_msm_associating: event.kind = Kind::Associating; break;
    case wlan_notification_msm_associated: event.kind = Kind::Associated; break;
    case wlan_notification_msm_authenticating: event.kind = Kind::Authenticating; break;
    case wlan_notification_msm_connected: event.kind = Kind::Connected; break;
    case wlan_notification_msm_roaming_start: event.kind = Kind::RoamingStarted; break;
    case wlan_notification_msm_roaming_end: event.kind = Kind::RoamingEnded; break;
    case wlan_notification_msm_disassociating: event.kind = Kind::Disassociating; break;
    case wlan_notification_msm_disconnected: event.kind = Kind::LinkDisconnected; break;
    case wlan_notification_msm_adapter_removal: event.kind = Kind::AdapterRemoved; break;
    case wlan_notification_msm_radio_state_change: {
        event.kind = Kind::RadioStateChanged;
        WLAN_PHY_RADIO_STATE radio;
        if (payload(data, sizeof radio, &radio)) {
            event.radioOn = numberIn(radio.dot11SoftwareRadioState) == dot11_radio_state_on
                            && numberIn(radio.dot11HardwareRadioState) == dot11_radio_state_on;
        } else {
            event.truncated = true;
        }
        return;
    }
    case wlan_notification_msm_signal_quality_change: {
        event.kind = Kind::SignalQualityChanged;
        ULONG quality;
        if (payload(data, sizeof quality, &quality))
            event.signal = int(std::min<ULONG>(quality, 100));
        else
            event.truncated = true;
        return;
    }
    default: return;
    }
    readMsm(data, event);
}

} // namespace

SessionEvent decodeNotification(const WLAN_NOTIFICATION_DATA &data)
{
    SessionEvent event;
    event.source = data.NotificationSource;
    event.code = data.NotificationCode;
    event.interfaceGuid = guidToString(data.InterfaceGuid);
    if (data.NotificationSource == WLAN_NOTIFICATION_SOURCE_ACM)
        decodeAcm(data, event);
    else if (data.NotificationSource == WLAN_NOTIFICATION_SOURCE_MSM)
        decodeMsm(data, event);
    return event;
}

} // namespace aerial::win
