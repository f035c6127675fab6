#include "nativewifisession.h"

#include "wintext.h"
#include "wlanmemory.h"
#include "wlannotification.h"

#include <winsock2.h> // before netioapi.h, which needs its address types
#include <netioapi.h>

#include <algorithm>
#include <cwchar>

namespace aerial::win {
namespace {

// Set while this thread runs our callback: closing from there never returns.
thread_local bool t_inCallback = false;

constexpr DWORD ClientVersion = 2; // Windows Vista and later

SessionSecurity securityOf(const WLAN_AVAILABLE_NETWORK &network)
{
    const DWORD algorithm = DWORD(network.dot11DefaultAuthAlgorithm);
    if (algorithm == DOT11_AUTH_ALGO_OWE)
        return SessionSecurity::Owe;
    if (!network.bSecurityEnabled)
        return SessionSecurity::Open;
    switch (algorithm) {
    case DOT11_AUTH_ALGO_80211_OPEN:
    case DOT11_AUTH_ALGO_80211_SHARED_KEY: return SessionSecurity::Wep; // open auth with privacy is WEP
    case DOT11_AUTH_ALGO_WPA_PSK:
    case DOT11_AUTH_ALGO_RSNA_PSK: return SessionSecurity::Wpa2Personal;
    case DOT11_AUTH_ALGO_WPA3_SAE: return SessionSecurity::Wpa3Personal;
    case DOT11_AUTH_ALGO_WPA3:
    case DOT11_AUTH_ALGO_WPA3_ENT: return SessionSecurity::Wpa3Enterprise;
    default: return SessionSecurity::Wpa2Enterprise; // WPA, RSNA and vendor 802.1X methods
    }
}

// Profile names are 1 to WLAN_MAX_NAME_LENGTH - 1 UTF-16 units (wlanapi.h).
bool validProfileName(const std::wstring &name)
{
    return !name.empty() && name.size() < WLAN_MAX_NAME_LENGTH;
}

// The name Windows shows for the adapter's connection ("Wi-Fi"), which
// netsh's interface= takes (Windows SDK: ConvertInterfaceGuidToLuid,
// ConvertInterfaceLuidToAlias). Empty when the system does not know the GUID.
std::string aliasOf(const GUID &guid)
{
    NET_LUID luid{};
    if (ConvertInterfaceGuidToLuid(&guid, &luid) != NO_ERROR)
        return {};
    wchar_t alias[NDIS_IF_MAX_STRING_SIZE + 1] = {};
    if (ConvertInterfaceLuidToAlias(&luid, alias, std::size(alias)) != NO_ERROR)
        return {};
    return utf8FromWide(alias, std::size(alias));
}

} // namespace

NativeWifiSession::NativeWifiSession() = default;

NativeWifiSession::~NativeWifiSession()
{
    close();
}

CallResult NativeWifiSession::result(DWORD code)
{
    return CallResult::fromCode(code, code == ERROR_SUCCESS ? std::string() : systemMessage(code));
}

void WINAPI NativeWifiSession::onNotification(PWLAN_NOTIFICATION_DATA data, PVOID context)
{
    if (!data || !context)
        return;
    auto *session = static_cast<NativeWifiSession *>(context);
    t_inCallback = true;
    session->m_sink(decodeNotification(*data));
    t_inCallback = false;
}

CallResult NativeWifiSession::open(EventSink sink)
{
    std::lock_guard lock(m_mutex);
    if (m_handle)
        return result(ERROR_SUCCESS);
    if (!m_library) {
        DWORD error = ERROR_SUCCESS;
        m_library = WlanLibrary::load(&error);
        if (!m_library)
            return result(error);
    }
    HANDLE handle = nullptr;
    DWORD version = 0;
    const DWORD opened = m_library->openHandle(ClientVersion, nullptr, &version, &handle);
    if (opened != ERROR_SUCCESS)
        return result(opened);

    m_sink = std::move(sink);
    m_notifies = false;
    if (m_library->registerNotification && m_sink) {
        // ACM and MSM in one call: a second, narrower registration would
        // replace this one and the other source's events would stop.
        DWORD registered = m_library->registerNotification(
            handle, WLAN_NOTIFICATION_SOURCE_ACM | WLAN_NOTIFICATION_SOURCE_MSM, TRUE, &onNotification, this, nullptr,
            nullptr);
        // Packaged apps without the wiFiControl capability are refused MSM;
        // ACM alone still tells of connections and scans.
        if (registered == ERROR_ACCESS_DENIED)
            registered = m_library->registerNotification(handle, WLAN_NOTIFICATION_SOURCE_ACM, TRUE, &onNotification,
                                                         this, nullptr, nullptr);
        m_notifies = registered == ERROR_SUCCESS;
    }
    m_handle = handle;
    m_version = version;
    return result(ERROR_SUCCESS);
}

CallResult NativeWifiSession::close()
{
    if (t_inCallback)
        return result(ERROR_INVALID_STATE);
    std::lock_guard lock(m_mutex);
    if (!m_handle)
        return result(ERROR_SUCCESS);
    // Both calls wait for a callback that is running and drop queued ones;
    // the callback takes no lock, so the wait ends.
    if (m_notifies)
        m_library->registerNotification(m_handle, WLAN_NOTIFICATION_SOURCE_NONE, TRUE, nullptr, nullptr, nullptr,
                                        nullptr);
    const DWORD closed = m_library->closeHandle(m_handle, nullptr);
    // A handle the service no longer knows (it restarted) is gone either way.
    m_handle = nullptr;
    m_version = 0;
    m_notifies = false;
    m_sink = nullptr;
    return result(closed);
}

CallResult NativeWifiSession::interfaces(std::vector<SessionInterface> *out)
{
    std::lock_guard lock(m_mutex);
    if (!m_handle)
        return result(ERROR_INVALID_HANDLE);
    if (!m_library->enumInterfaces)
        return result(ERROR_PROC_NOT_FOUND);
    WlanMemory<WLAN_INTERFACE_INFO_LIST> list(*m_library);
    const DWORD code = m_library->enumInterfaces(m_handle, nullptr, list.receive());
    if (code != ERROR_SUCCESS)
        return result(code);
    out->clear();
    if (!list)
        return result(ERROR_SUCCESS);
    for (DWORD i = 0; i < list->dwNumberOfItems; ++i) {
        const WLAN_INTERFACE_INFO &info = list->InterfaceInfo[i];
        out->push_back({ guidToString(info.InterfaceGuid),
                         utf8FromWide(info.strInterfaceDescription, std::size(info.strInterfaceDescription)),
                         int(info.isState), aliasOf(info.InterfaceGuid) });
    }
    return result(ERROR_SUCCESS);
}

CallResult NativeWifiSession::knownInterface(const std::string &guid, GUID *out)
{
    if (!m_handle)
        return result(ERROR_INVALID_HANDLE);
    if (!guidFromString(guid, out))
        return result(ERROR_INVALID_PARAMETER);
    if (!m_library->enumInterfaces)
        return result(ERROR_PROC_NOT_FOUND);
    WlanMemory<WLAN_INTERFACE_INFO_LIST> list(*m_library);
    const DWORD code = m_library->enumInterfaces(m_handle, nullptr, list.receive());
    if (code != ERROR_SUCCESS)
        return result(code);
    for (DWORD i = 0; list && i < list->dwNumberOfItems; ++i) {
        if (IsEqualGUID(list->InterfaceInfo[i].InterfaceGuid, *out))
            return result(ERROR_SUCCESS);
    }
    // What Windows answers for a GUID that names no interface.
    return result(ERROR_INVALID_PARAMETER);
}

CallResult NativeWifiSession::queryState(const GUID &guid, int *state)
{
    if (!m_library->queryInterface)
        return result(ERROR_PROC_NOT_FOUND);
    DWORD size = 0;
    WlanMemory<void> data(*m_library);
    const DWORD code = m_library->queryInterface(m_handle, &guid, wlan_intf_opcode_interface_state, nullptr, &size,
                                                 data.receive(), nullptr);
    if (code != ERROR_SUCCESS)
        return result(code);
    if (!data || size < sizeof(WLAN_INTERFACE_STATE))
        return result(ERROR_INVALID_DATA);
    *state = int(*static_cast<const WLAN_INTERFACE_STATE *>(data.get()));
    return result(ERROR_SUCCESS);
}

CallResult NativeWifiSession::connection(const std::string &guid, SessionConnection *out)
{
    std::lock_guard lock(m_mutex);
    GUID id;
    CallResult known = knownInterface(guid, &id);
    if (!known.ok())
        return known;
    *out = {};
    const CallResult state = queryState(id, &out->state);
    if (!state.ok())
        return state;
    const bool linked = out->state == wlan_interface_state_connected
                        || out->state == wlan_interface_state_associating
                        || out->state == wlan_interface_state_authenticating
                        || out->state == wlan_interface_state_ad_hoc_network_formed;
    if (!linked)
        return result(ERROR_SUCCESS);

    DWORD size = 0;
    WlanMemory<void> data(*m_library);
    const DWORD code = m_library->queryInterface(m_handle, &id, wlan_intf_opcode_current_connection, nullptr, &size,
                                                 data.receive(), nullptr);
    // ERROR_INVALID_STATE: the link went down between the two queries.
    if (code == ERROR_INVALID_STATE) {
        out->state = wlan_interface_state_disconnected;
        return result(ERROR_SUCCESS);
    }
    if (code != ERROR_SUCCESS)
        return result(code);
    if (!data || size < sizeof(WLAN_CONNECTION_ATTRIBUTES))
        return result(ERROR_INVALID_DATA);
    const auto *attributes = static_cast<const WLAN_CONNECTION_ATTRIBUTES *>(data.get());
    out->state = int(attributes->isState);
    out->profile = utf8FromWide(attributes->strProfileName, std::size(attributes->strProfileName));
    const DOT11_SSID &ssid = attributes->wlanAssociationAttributes.dot11Ssid;
    out->ssid.assign(reinterpret_cast<const char *>(ssid.ucSSID),
                     std::min<std::size_t>(ssid.uSSIDLength, DOT11_SSID_MAX_LENGTH));
    out->signal = int(std::min<ULONG>(attributes->wlanAssociationAttributes.wlanSignalQuality, 100));
    return result(ERROR_SUCCESS);
}

CallResult NativeWifiSession::queryRadio(const GUID &guid, std::vector<WLAN_PHY_RADIO_STATE> *phys)
{
    DWORD size = 0;
    WlanMemory<void> data(*m_library);
    const DWORD code = m_library->queryInterface(m_handle, &guid, wlan_intf_opcode_radio_state, nullptr, &size,
                                                 data.receive(), nullptr);
    if (code != ERROR_SUCCESS)
        return result(code);
    const std::size_t header = offsetof(WLAN_RADIO_STATE, PhyRadioState);
    if (!data || size < header)
        return result(ERROR_INVALID_DATA);
    const auto *state = static_cast<const WLAN_RADIO_STATE *>(data.get());
    const std::size_t count = std::min<std::size_t>({ state->dwNumberOfPhys, std::size(state->PhyRadioState),
                                                      (size - header) / sizeof(WLAN_PHY_RADIO_STATE) });
    phys->assign(state->PhyRadioState, state->PhyRadioState + count);
    return result(ERROR_SUCCESS);
}

CallResult NativeWifiSession::radio(const std::string &guid, SessionRadio *out)
{
    std::lock_guard lock(m_mutex);
    GUID id;
    const CallResult refused = knownInterface(guid, &WlanLibrary::queryInterface, &id);
    if (!refused.ok())
        return refused;
    std::vector<WLAN_PHY_RADIO_STATE> phys;
    const CallResult read = queryRadio(id, &phys);
    if (!read.ok())
        return read;
    *out = {};
    out->phys = int(phys.size());
    out->hardwareOn = phys.empty();
    for (const WLAN_PHY_RADIO_STATE &phy : phys) {
        const bool hardware = phy.dot11HardwareRadioState == dot11_radio_state_on;
        out->hardwareOn = out->hardwareOn || hardware;
        out->on = out->on || (hardware && phy.dot11SoftwareRadioState == dot11_radio_state_on);
    }
    return result(ERROR_SUCCESS);
}

CallResult NativeWifiSession::setRadio(const std::string &guid, bool on)
{
    std::lock_guard lock(m_mutex);
    GUID id;
    CallResult refused = knownInterface(guid, &WlanLibrary::setInterface, &id);
    if (refused.ok() && !m_library->queryInterface)
        refused = result(ERROR_PROC_NOT_FOUND);
    if (!refused.ok())
        return refused;
    std::vector<WLAN_PHY_RADIO_STATE> phys;
    const CallResult read = queryRadio(id, &phys);
    if (!read.ok())
        return read;
    const bool hardwareOn = std::any_of(phys.begin(), phys.end(), [](const WLAN_PHY_RADIO_STATE &phy) {
        return phy.dot11HardwareRadioState == dot11_radio_state_on;
    });
    // A hardware switch cannot be overridden (Windows SDK: WLAN_PHY_RADIO_STATE).
    if (on && !hardwareOn)
        return result(ERROR_INVALID_STATE);
    // The radio is per PHY: every one the interface lists is switched
    // (Windows SDK: WlanSetInterface, wlan_intf_opcode_radio_state).
    for (const WLAN_PHY_RADIO_STATE &phy : phys) {
        WLAN_PHY_RADIO_STATE wanted{};
        wanted.dwPhyIndex = phy.dwPhyIndex;
        wanted.dot11SoftwareRadioState = on ? dot11_radio_state_on : dot11_radio_state_off;
        wanted.dot11HardwareRadioState = phy.dot11HardwareRadioState; // ignored by the service
        const DWORD code = m_library->setInterface(m_handle, &id, wlan_intf_opcode_radio_state, sizeof wanted,
                                                   &wanted, nullptr);
        if (code != ERROR_SUCCESS)
            return result(code);
    }
    return result(ERROR_SUCCESS);
}

CallResult NativeWifiSession::networks(const std::string &guid, std::vector<SessionNetwork> *out)
{
    std::lock_guard lock(m_mutex);
    GUID id;
    const CallResult refused = knownInterface(guid, &WlanLibrary::getAvailableNetworkList, &id);
    if (!refused.ok())
        return refused;
    WlanMemory<WLAN_AVAILABLE_NETWORK_LIST> list(*m_library);
    const DWORD code = m_library->getAvailableNetworkList(m_handle, &id, 0, nullptr, list.receive());
    if (code != ERROR_SUCCESS)
        return result(code);
    out->clear();
    for (DWORD i = 0; list && i < list->dwNumberOfItems; ++i) {
        const WLAN_AVAILABLE_NETWORK &network = list->Network[i];
        SessionNetwork converted;
        converted.ssid.assign(reinterpret_cast<const char *>(network.dot11Ssid.ucSSID),
                              std::min<std::size_t>(network.dot11Ssid.uSSIDLength, DOT11_SSID_MAX_LENGTH));
        if (network.dwFlags & WLAN_AVAILABLE_NETWORK_HAS_PROFILE)
            converted.profile = utf8FromWide(network.strProfileName, std::size(network.strProfileName));
        converted.signal = int(std::min<ULONG>(network.wlanSignalQuality, 100));
        converted.security = securityOf(network);
        converted.connected = network.dwFlags & WLAN_AVAILABLE_NETWORK_CONNECTED;
        out->push_back(std::move(converted));
    }
    return result(ERROR_SUCCESS);
}

CallResult NativeWifiSession::readProfile(const GUID &guid, const std::wstring &name, SessionProfile *out)
{
    WlanMemory<WCHAR> xml(*m_library);
    DWORD flags = 0; // in: no plaintext key; out: the profile's type
    DWORD granted = 0;
    const DWORD code =
        m_library->getProfile(m_handle, &guid, name.c_str(), nullptr, xml.receive(), &flags, &granted);
    if (code != ERROR_SUCCESS)
        return result(code);
    out->allUsers = (flags & WLAN_PROFILE_USER) == 0;
    out->groupPolicy = flags & WLAN_PROFILE_GROUP_POLICY;
    out->grantedAccess = granted;
    out->xml = xml ? utf8FromWide(xml.get(), std::wcslen(xml.get())) : std::string();
    return result(ERROR_SUCCESS);
}

CallResult NativeWifiSession::profiles(const std::string &guid, std::vector<SessionProfile> *out)
{
    std::lock_guard lock(m_mutex);
    GUID id;
    const CallResult refused = knownInterface(guid, &WlanLibrary::getProfileList, &id);
    if (!refused.ok())
        return refused;
    WlanMemory<WLAN_PROFILE_INFO_LIST> list(*m_library);
    const DWORD code = m_library->getProfileList(m_handle, &id, nullptr, list.receive());
    if (code != ERROR_SUCCESS)
        return result(code);
    out->clear();
    for (DWORD i = 0; list && i < list->dwNumberOfItems; ++i) {
        const WLAN_PROFILE_INFO &info = list->ProfileInfo[i];
        SessionProfile profile;
        profile.name = utf8FromWide(info.strProfileName, std::size(info.strProfileName));
        profile.allUsers = (info.dwFlags & WLAN_PROFILE_USER) == 0;
        profile.groupPolicy = info.dwFlags & WLAN_PROFILE_GROUP_POLICY;
        // The rights and the XML are extras: a profile that cannot be read
        // (deleted a moment ago) is still listed, its rights unknown.
        if (m_library->getProfile)
            readProfile(id, wideFromUtf8(profile.name), &profile);
        out->push_back(std::move(profile));
    }
    return result(ERROR_SUCCESS);
}

CallResult NativeWifiSession::profile(const std::string &guid, const std::string &name, SessionProfile *out)
{
    std::lock_guard lock(m_mutex);
    GUID id;
    const CallResult refused = knownInterface(guid, &WlanLibrary::getProfile, &id);
    if (!refused.ok())
        return refused;
    const std::wstring wide = wideFromUtf8(name);
    if (!validProfileName(wide))
        return result(ERROR_INVALID_PARAMETER);
    *out = {};
    out->name = name;
    return readProfile(id, wide, out);
}

CallResult NativeWifiSession::setProfile(const std::string &guid, const std::string &xml, bool allUsers,
                                         bool overwrite, std::uint32_t *reasonCode)
{
    std::lock_guard lock(m_mutex);
    *reasonCode = WLAN_REASON_CODE_SUCCESS;
    GUID id;
    const CallResult refused = knownInterface(guid, &WlanLibrary::setProfile, &id);
    if (!refused.ok())
        return refused;
    const std::wstring text = wideFromUtf8(xml);
    DWORD reason = WLAN_REASON_CODE_SUCCESS;
    // No security descriptor: a per-user profile ignores it, and an
    // all-user one gets the service's default for new profiles.
    const DWORD code = m_library->setProfile(m_handle, &id, allUsers ? 0 : WLAN_PROFILE_USER, text.c_str(), nullptr,
                                             overwrite ? TRUE : FALSE, nullptr, &reason);
    *reasonCode = reason;
    return result(code);
}

CallResult NativeWifiSession::deleteProfile(const std::string &guid, const std::string &name)
{
    std::lock_guard lock(m_mutex);
    GUID id;
    const CallResult refused = knownInterface(guid, &WlanLibrary::deleteProfile, &id);
    if (!refused.ok())
        return refused;
    const std::wstring wide = wideFromUtf8(name);
    if (!validProfileName(wide))
        return result(ERROR_INVALID_PARAMETER);
    return result(m_library->deleteProfile(m_handle, &id, wide.c_str(), nullptr));
}

CallResult NativeWifiSession::connect(const std::string &guid, const std::string &profile)
{
    std::lock_guard lock(m_mutex);
    GUID id;
    const CallResult refused = knownInterface(guid, &WlanLibrary::connect, &id);
    if (!refused.ok())
        return refused;
    const std::wstring name = wideFromUtf8(profile);
    if (!validProfileName(name))
        return result(ERROR_INVALID_PARAMETER);
    WLAN_CONNECTION_PARAMETERS parameters{};
    parameters.wlanConnectionMode = wlan_connection_mode_profile;
    parameters.strProfile = name.c_str();
    parameters.dot11BssType = dot11_BSS_type_any; // the profile says which
    // WlanConnect alone: it drops an existing connection itself, and a
    // WlanDisconnect first would turn the profile on-demand on some systems.
    return result(m_library->connect(m_handle, &id, &parameters, nullptr));
}

CallResult NativeWifiSession::disconnect(const std::string &guid)
{
    std::lock_guard lock(m_mutex);
    GUID id;
    const CallResult refused = knownInterface(guid, &WlanLibrary::disconnect, &id);
    if (!refused.ok())
        return refused;
    return result(m_library->disconnect(m_handle, &id, nullptr));
}

CallResult NativeWifiSession::scan(const std::string &guid)
{
    std::lock_guard lock(m_mutex);
    GUID id;
    const CallResult refused = knownInterface(guid, &WlanLibrary::scan, &id);
    if (!refused.ok())
        return refused;
    return result(m_library->scan(m_handle, &id, nullptr, nullptr, nullptr));
}

std::string NativeWifiSession::reasonText(std::uint32_t reasonCode)
{
    std::string text;
    std::lock_guard lock(m_mutex);
    if (m_library && m_library->reasonCodeToString) {
        wchar_t buffer[512] = {};
        if (m_library->reasonCodeToString(reasonCode, DWORD(std::size(buffer)), buffer, nullptr) == ERROR_SUCCESS)
            text = utf8FromWide(buffer, std::size(buffer));
    }
    return text;
}

} // namespace aerial::win
