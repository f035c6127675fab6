// The Win32 layer (NativeWifiSession and the notification decoder) under
// Wine, in three worlds:
//   simulated     the project's simulated wlanapi.dll, playing scenarios;
//   wine-builtin  Wine's own wlanapi.dll, mostly stubs;
//   missing       no wlanapi.dll at all, as on Windows Server without the
//                 Wireless LAN Service.
#include "nativewifisession.h"
#include "simulationcontrol.h"
#include "testharness.h"
#include "wintext.h"
#include "wlannotification.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <mutex>
#include <thread>

using namespace aerial::win;
using Kind = SessionEvent::Kind;
using namespace std::chrono_literals;

namespace {

const std::string Corp = "{3F1C3B5E-0C1D-4A53-9D2E-6B7A1F0E2C11}";
const std::string Usb = "{8A2B4C6D-1E3F-4051-8293-A4B5C6D7E8F9}";

// The Corp adapter is connected with an all-users profile this account may
// not execute; the USB adapter is free, with profiles in and out of range.
std::string scenario(bool locationAllowed = true, int latencyMs = 20)
{
    return std::string(R"({ "latencyMs": )") + std::to_string(latencyMs) + R"(,
      "locationAllowed": )" + (locationAllowed ? "true" : "false") + R"(,
      "interfaces": [
        { "id": ")" + Corp + R"(", "description": "Intel(R) Wi-Fi 6 AX201 160MHz", "state": "connected",
          "profile": "CorpWiFi",
          "networks": [ { "ssid": "CorpWiFi", "signal": 74, "security": "wpa2-enterprise", "profile": "CorpWiFi" } ] },
        { "id": ")" + Usb + R"(", "description": "TP-Link Archer T3U", "state": "disconnected",
          "networks": [
            { "ssid": "HomeNet", "signal": 82, "security": "wpa2-personal", "profile": "HomeNet" },
            { "ssid": "Cafe", "signal": 40, "security": "wpa3-personal", "profile": "Cafe" },
            { "ssidHex": "ff fe 41", "signal": 20, "security": "open" },
            { "ssid": "Free", "signal": 30, "security": "owe" } ] } ],
      "profiles": [
        { "name": "CorpWiFi", "allUsers": true, "userCanExecute": false },
        { "name": "HomeNet" }, { "name": "Cafe" }, { "name": "Away" } ] })";
}

// The simulated DLL's test controls, from the same module the session loads.
struct Simulation
{
    HMODULE module = LoadLibraryExW(L"wlanapi.dll", nullptr, LOAD_LIBRARY_SEARCH_SYSTEM32);

    template<typename Function>
    Function get(const char *name) const
    {
        return reinterpret_cast<Function>(reinterpret_cast<void *>(GetProcAddress(module, name)));
    }

    bool load(const std::string &json) const
    {
        char error[512] = {};
        const DWORD code = get<AerialSimulationLoadFn>("AerialSimulationLoad")(json.c_str(), error, sizeof error);
        if (code != ERROR_SUCCESS)
            std::printf("  scenario refused: %s\n", error);
        get<AerialSimulationClearCallLogFn>("AerialSimulationClearCallLog")();
        return code == ERROR_SUCCESS;
    }
    void setServiceRunning(bool running) const
    {
        get<AerialSimulationSetServiceRunningFn>("AerialSimulationSetServiceRunning")(running);
    }
    DWORD removeInterface(const std::string &guid) const
    {
        return get<AerialSimulationRemoveInterfaceFn>("AerialSimulationRemoveInterface")(guid.c_str());
    }
    DWORD inject(DWORD source, DWORD code, const std::string &guid, const void *data, DWORD size, DWORD delay = 0) const
    {
        return get<AerialSimulationInjectFn>("AerialSimulationInject")(source, code, guid.c_str(), data, size, delay);
    }
    std::string calls() const
    {
        auto log = get<AerialSimulationCallLogFn>("AerialSimulationCallLog");
        std::string text(log(nullptr, 0), '\0');
        log(text.data(), DWORD(text.size()));
        text.pop_back();
        return text;
    }
    LONG outstanding() const
    {
        return get<AerialSimulationOutstandingAllocationsFn>("AerialSimulationOutstandingAllocations")();
    }
    LONG badFrees() const { return get<AerialSimulationBadFreesFn>("AerialSimulationBadFrees")(); }
    DWORD pending() const { return get<AerialSimulationPendingFn>("AerialSimulationPending")(); }
};

// Everything the session reported, kept for the test to wait on.
class EventLog
{
public:
    WirelessSession::EventSink sink()
    {
        return [this](const SessionEvent &event) {
            std::lock_guard lock(m_mutex);
            m_events.push_back(event);
            m_changed.notify_all();
        };
    }

    // Waits until an event of this kind arrives for the interface.
    bool waitFor(Kind kind, const std::string &guid, std::chrono::milliseconds timeout = 5s)
    {
        std::unique_lock lock(m_mutex);
        return m_changed.wait_for(lock, timeout, [&] { return indexOf(kind, guid) >= 0; });
    }

    std::vector<Kind> kinds(const std::string &guid)
    {
        std::lock_guard lock(m_mutex);
        std::vector<Kind> result;
        for (const SessionEvent &event : m_events) {
            if (event.interfaceGuid == guid)
                result.push_back(event.kind);
        }
        return result;
    }

    SessionEvent first(Kind kind, const std::string &guid)
    {
        std::lock_guard lock(m_mutex);
        const int index = indexOf(kind, guid);
        return index >= 0 ? m_events[std::size_t(index)] : SessionEvent{};
    }

    void clear()
    {
        std::lock_guard lock(m_mutex);
        m_events.clear();
    }

private:
    int indexOf(Kind kind, const std::string &guid) const
    {
        for (std::size_t i = 0; i < m_events.size(); ++i) {
            if (m_events[i].kind == kind && m_events[i].interfaceGuid == guid)
                return int(i);
        }
        return -1;
    }

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::vector<SessionEvent> m_events;
};

// Kinds in this order, others allowed between them.
bool inOrder(const std::vector<Kind> &kinds, const std::vector<Kind> &expected)
{
    auto at = kinds.begin();
    for (Kind wanted : expected) {
        at = std::find(at, kinds.end(), wanted);
        if (at == kinds.end())
            return false;
        ++at;
    }
    return true;
}

bool contains(const std::string &text, const std::string &part)
{
    return text.find(part) != std::string::npos;
}

// ---- simulated ----

void enumeration()
{
    Simulation simulation;
    CHECK(simulation.load(scenario()));
    NativeWifiSession session;
    EventLog events;
    CHECK(session.open(events.sink()).ok());
    CHECK(session.notifies());
    CHECK_EQ(session.negotiatedVersion(), DWORD(2));
    // ACM and MSM in one registration.
    CHECK(contains(simulation.calls(), "WlanRegisterNotification 24\n"));

    std::vector<SessionInterface> interfaces;
    CHECK(session.interfaces(&interfaces).ok());
    CHECK_EQ(interfaces.size(), std::size_t(2));
    if (interfaces.size() == 2) {
        CHECK_EQ(interfaces[0].guid, Corp);
        CHECK_EQ(interfaces[0].description, std::string("Intel(R) Wi-Fi 6 AX201 160MHz"));
        CHECK_EQ(interfaces[0].state, int(wlan_interface_state_connected));
        CHECK_EQ(interfaces[1].state, int(wlan_interface_state_disconnected));
    }

    SessionConnection connection;
    CHECK(session.connection(Corp, &connection).ok());
    CHECK_EQ(connection.profile, std::string("CorpWiFi"));
    CHECK_EQ(connection.ssid, std::string("CorpWiFi"));
    CHECK_EQ(connection.signal, 74);
    CHECK(session.connection(Usb, &connection).ok());
    CHECK_EQ(connection.state, int(wlan_interface_state_disconnected));
    CHECK(connection.profile.empty());

    bool radioOn = false;
    CHECK(session.radio(Usb, &radioOn).ok());
    CHECK(radioOn);

    std::vector<SessionNetwork> networks;
    CHECK(session.networks(Usb, &networks).ok());
    // Each network with a profile is listed twice, with and without it.
    CHECK_EQ(networks.size(), std::size_t(6));
    const auto home = std::find_if(networks.begin(), networks.end(),
                                   [](const SessionNetwork &n) { return n.profile == "HomeNet"; });
    CHECK(home != networks.end());
    if (home != networks.end()) {
        CHECK_EQ(home->ssid, std::string("HomeNet"));
        CHECK_EQ(home->signal, 82);
        CHECK_EQ(home->security, SessionSecurity::Wpa2Personal);
    }
    const auto raw = std::find_if(networks.begin(), networks.end(),
                                  [](const SessionNetwork &n) { return n.ssid == "\xff\xfe\x41"; });
    CHECK(raw != networks.end());
    if (raw != networks.end())
        CHECK_EQ(raw->security, SessionSecurity::Open);
    const auto owe = std::find_if(networks.begin(), networks.end(),
                                  [](const SessionNetwork &n) { return n.ssid == "Free"; });
    CHECK(owe != networks.end() && owe->security == SessionSecurity::Owe);

    std::vector<SessionProfile> profiles;
    CHECK(session.profiles(Usb, &profiles).ok());
    CHECK_EQ(profiles.size(), std::size_t(4));
    if (profiles.size() == 4) {
        CHECK(profiles[0].allUsers);
        CHECK(!profiles[1].allUsers);
    }

    CHECK(session.close().ok());
    CHECK(contains(simulation.calls(), "WlanCloseHandle"));
    // Every list wlanapi handed out was freed, once.
    CHECK_EQ(simulation.outstanding(), LONG(0));
    CHECK_EQ(simulation.badFrees(), LONG(0));
}

void connectWalksThroughTheNotifications()
{
    Simulation simulation;
    CHECK(simulation.load(scenario()));
    NativeWifiSession session;
    EventLog events;
    CHECK(session.open(events.sink()).ok());

    CHECK(session.connect(Usb, "HomeNet").ok());
    CHECK(events.waitFor(Kind::ConnectionCompleted, Usb));
    CHECK(inOrder(events.kinds(Usb), { Kind::ConnectionStarted, Kind::Associating, Kind::Associated,
                                       Kind::Authenticating, Kind::Connected, Kind::SignalQualityChanged,
                                       Kind::ConnectionCompleted }));
    const SessionEvent completed = events.first(Kind::ConnectionCompleted, Usb);
    CHECK_EQ(completed.reasonCode, reason::Success);
    CHECK_EQ(completed.profile, std::string("HomeNet"));
    CHECK(!completed.truncated);
    CHECK_EQ(events.first(Kind::SignalQualityChanged, Usb).signal, 82);
    CHECK_EQ(events.first(Kind::Connected, Usb).ssid, std::string("HomeNet"));

    SessionConnection connection;
    CHECK(session.connection(Usb, &connection).ok());
    CHECK_EQ(connection.state, int(wlan_interface_state_connected));
    CHECK_EQ(connection.profile, std::string("HomeNet"));

    // Switching while connected: WlanConnect alone, no WlanDisconnect, and
    // the link never passes through disconnecting.
    events.clear();
    simulation.get<AerialSimulationClearCallLogFn>("AerialSimulationClearCallLog")();
    CHECK(session.connect(Usb, "Cafe").ok());
    CHECK(events.waitFor(Kind::ConnectionCompleted, Usb));
    const std::string calls = simulation.calls();
    CHECK(contains(calls, "WlanConnect " + Usb + " Cafe"));
    CHECK(!contains(calls, "WlanDisconnect"));
    const std::vector<Kind> kinds = events.kinds(Usb);
    CHECK(std::find(kinds.begin(), kinds.end(), Kind::Disconnecting) == kinds.end());
    CHECK(session.connection(Usb, &connection).ok());
    CHECK_EQ(connection.profile, std::string("Cafe"));
    CHECK(session.close().ok());
}

void failedConnectReportsItsReason()
{
    Simulation simulation;
    CHECK(simulation.load(scenario()));
    NativeWifiSession session;
    EventLog events;
    CHECK(session.open(events.sink()).ok());
    // "Away" is saved but out of range: accepted, then fails on the air.
    CHECK(session.connect(Usb, "Away").ok());
    CHECK(events.waitFor(Kind::ConnectionCompleted, Usb));
    CHECK(inOrder(events.kinds(Usb), { Kind::ConnectionAttemptFailed, Kind::ConnectionCompleted }));
    const SessionEvent completed = events.first(Kind::ConnectionCompleted, Usb);
    CHECK_EQ(completed.reasonCode, reason::NetworkNotAvailable);
    // Our words for the common reasons; the service's for the rest.
    CHECK_EQ(session.reasonText(completed.reasonCode), std::string("The network is not in range."));
    CHECK(contains(session.reasonText(0x48999), "0x48999"));
    CHECK(contains(simulation.calls(), "WlanReasonCodeToString"));
    CHECK(session.close().ok());
}

void disconnect()
{
    Simulation simulation;
    CHECK(simulation.load(scenario()));
    NativeWifiSession session;
    EventLog events;
    CHECK(session.open(events.sink()).ok());
    CHECK(session.connect(Usb, "HomeNet").ok());
    CHECK(events.waitFor(Kind::ConnectionCompleted, Usb));
    events.clear();

    CHECK(session.disconnect(Usb).ok());
    CHECK(events.waitFor(Kind::Disconnected, Usb));
    CHECK(inOrder(events.kinds(Usb), { Kind::Disconnecting, Kind::Disassociating, Kind::LinkDisconnected,
                                       Kind::Disconnected }));
    CHECK_EQ(events.first(Kind::Disconnected, Usb).profile, std::string("HomeNet"));
    SessionConnection connection;
    CHECK(session.connection(Usb, &connection).ok());
    CHECK_EQ(connection.state, int(wlan_interface_state_disconnected));
    CHECK(session.close().ok());
}

void accessDeniedOnAllUsersProfile()
{
    Simulation simulation;
    CHECK(simulation.load(scenario()));
    NativeWifiSession session;
    EventLog events;
    CHECK(session.open(events.sink()).ok());

    const CallResult disconnected = session.disconnect(Corp);
    CHECK_EQ(disconnected.code, std::uint32_t(ERROR_ACCESS_DENIED));
    CHECK_EQ(disconnected.error, SessionError::AccessDenied);
    CHECK(!disconnected.message.empty()); // FormatMessage's words
    const CallResult connected = session.connect(Usb, "CorpWiFi");
    CHECK_EQ(connected.error, SessionError::AccessDenied);

    SessionConnection connection;
    CHECK(session.connection(Corp, &connection).ok());
    CHECK_EQ(connection.state, int(wlan_interface_state_connected)); // nothing changed
    CHECK(session.close().ok());
}

void locationPrivacyDeniesTheReads()
{
    Simulation simulation;
    CHECK(simulation.load(scenario(false)));
    NativeWifiSession session;
    EventLog events;
    CHECK(session.open(events.sink()).ok());

    std::vector<SessionInterface> interfaces;
    CHECK(session.interfaces(&interfaces).ok()); // not gated
    std::vector<SessionNetwork> networks;
    CHECK_EQ(session.networks(Usb, &networks).error, SessionError::AccessDenied);
    CHECK_EQ(session.scan(Usb).error, SessionError::AccessDenied);
    SessionConnection connection;
    CHECK_EQ(session.connection(Corp, &connection).error, SessionError::AccessDenied);
    // Connecting by profile is not gated.
    CHECK(session.connect(Usb, "HomeNet").ok());
    CHECK(events.waitFor(Kind::ConnectionCompleted, Usb));
    CHECK(session.close().ok());
    CHECK_EQ(simulation.outstanding(), LONG(0));
}

void serviceStopsAndComesBack()
{
    Simulation simulation;
    CHECK(simulation.load(scenario()));
    NativeWifiSession session;
    EventLog events;
    CHECK(session.open(events.sink()).ok());

    simulation.setServiceRunning(false);
    std::vector<SessionInterface> interfaces;
    const CallResult lost = session.interfaces(&interfaces);
    CHECK_EQ(lost.code, std::uint32_t(RPC_S_SERVER_UNAVAILABLE));
    CHECK_EQ(lost.error, SessionError::Rpc);
    CHECK(isServiceLost(lost.code));
    CHECK_EQ(session.connect(Usb, "HomeNet").error, SessionError::Rpc);
    session.close(); // the dead handle is dropped whatever the service says

    const CallResult reopened = session.open(events.sink());
    CHECK_EQ(reopened.code, std::uint32_t(ERROR_SERVICE_NOT_ACTIVE));
    CHECK_EQ(reopened.error, SessionError::ServiceUnavailable);
    CHECK(isServiceLost(reopened.code));
    CHECK_EQ(session.interfaces(&interfaces).code, std::uint32_t(ERROR_INVALID_HANDLE));

    simulation.setServiceRunning(true);
    CHECK(session.open(events.sink()).ok());
    CHECK(session.interfaces(&interfaces).ok());
    CHECK_EQ(interfaces.size(), std::size_t(2));
    // Notifications flow again on the new registration.
    CHECK(session.connect(Usb, "HomeNet").ok());
    CHECK(events.waitFor(Kind::ConnectionCompleted, Usb));
    CHECK(session.close().ok());
}

void interfaceRemovedDuringAnOperation()
{
    Simulation simulation;
    CHECK(simulation.load(scenario(true, 200)));
    NativeWifiSession session;
    EventLog events;
    CHECK(session.open(events.sink()).ok());

    CHECK(session.connect(Usb, "HomeNet").ok());
    CHECK_EQ(simulation.removeInterface(Usb), DWORD(ERROR_SUCCESS));
    CHECK(events.waitFor(Kind::InterfaceRemoved, Usb));
    std::this_thread::sleep_for(800ms); // past when the connect would have completed
    const std::vector<Kind> kinds = events.kinds(Usb);
    CHECK(std::find(kinds.begin(), kinds.end(), Kind::ConnectionCompleted) == kinds.end());

    CHECK_EQ(session.connect(Usb, "HomeNet").error, SessionError::InvalidParameter);
    std::vector<SessionNetwork> networks;
    CHECK_EQ(session.networks(Usb, &networks).error, SessionError::InvalidParameter);
    std::vector<SessionInterface> interfaces;
    CHECK(session.interfaces(&interfaces).ok());
    CHECK_EQ(interfaces.size(), std::size_t(1));
    CHECK(session.close().ok());
}

WLAN_NOTIFICATION_DATA notification(DWORD source, DWORD code, void *data, DWORD size)
{
    WLAN_NOTIFICATION_DATA result{};
    result.NotificationSource = source;
    result.NotificationCode = code;
    guidFromString(Usb, &result.InterfaceGuid);
    result.pData = data;
    result.dwDataSize = size;
    return result;
}

// The decoder alone, on payloads a faulty driver or service could send.
void malformedPayloadsAreDecodedSafely()
{
    WLAN_CONNECTION_NOTIFICATION_DATA connection{};
    connection.wlanReasonCode = 0;
    // One byte short of the fixed part: truncated, and never a success.
    SessionEvent event = decodeNotification(notification(WLAN_NOTIFICATION_SOURCE_ACM,
                                                         wlan_notification_acm_connection_complete, &connection,
                                                         DWORD(offsetof(WLAN_CONNECTION_NOTIFICATION_DATA, strProfileXml) - 1)));
    CHECK_EQ(event.kind, Kind::ConnectionCompleted);
    CHECK(event.truncated);
    CHECK_EQ(event.reasonCode, reason::Unknown);
    CHECK_EQ(event.interfaceGuid, Usb);

    // The fixed part without the XML is enough.
    std::fill(std::begin(connection.strProfileName), std::end(connection.strProfileName), L'A'); // no terminator
    connection.dot11Ssid.uSSIDLength = 200; // longer than an SSID can be
    event = decodeNotification(notification(WLAN_NOTIFICATION_SOURCE_ACM, wlan_notification_acm_connection_complete,
                                            &connection, DWORD(offsetof(WLAN_CONNECTION_NOTIFICATION_DATA, strProfileXml))));
    CHECK(!event.truncated);
    CHECK_EQ(event.profile.size(), std::size_t(WLAN_MAX_NAME_LENGTH));
    CHECK_EQ(event.ssid.size(), std::size_t(32));

    // dwDataSize claims a payload that pData does not have.
    event = decodeNotification(notification(WLAN_NOTIFICATION_SOURCE_MSM, wlan_notification_msm_connected, nullptr,
                                            sizeof(WLAN_MSM_NOTIFICATION_DATA)));
    CHECK_EQ(event.kind, Kind::Connected);
    CHECK(event.truncated);

    ULONG quality = 250;
    event = decodeNotification(notification(WLAN_NOTIFICATION_SOURCE_MSM, wlan_notification_msm_signal_quality_change,
                                            &quality, sizeof quality));
    CHECK_EQ(event.signal, 100);
    event = decodeNotification(notification(WLAN_NOTIFICATION_SOURCE_MSM, wlan_notification_msm_signal_quality_change,
                                            &quality, 2));
    CHECK(event.truncated);

    WLAN_PHY_RADIO_STATE radio{ 0, dot11_radio_state_off, dot11_radio_state_on };
    event = decodeNotification(notification(WLAN_NOTIFICATION_SOURCE_MSM, wlan_notification_msm_radio_state_change,
                                            &radio, sizeof radio));
    CHECK_EQ(event.kind, Kind::RadioStateChanged);
    CHECK(!event.radioOn);

    DWORD reasonCode = 0x48014;
    event = decodeNotification(notification(WLAN_NOTIFICATION_SOURCE_ACM, wlan_notification_acm_scan_fail,
                                            &reasonCode, sizeof reasonCode));
    CHECK_EQ(event.reasonCode, std::uint32_t(0x48014));

    // A rename whose second name has no terminator inside dwDataSize.
    wchar_t rename[] = L"Old\0New";
    event = decodeNotification(notification(WLAN_NOTIFICATION_SOURCE_ACM, wlan_notification_acm_profile_name_change,
                                            rename, DWORD(6 * sizeof(wchar_t))));
    CHECK_EQ(event.kind, Kind::ProfileRenamed);
    CHECK(event.truncated);
    event = decodeNotification(notification(WLAN_NOTIFICATION_SOURCE_ACM, wlan_notification_acm_profile_name_change,
                                            rename, DWORD(sizeof rename)));
    CHECK(!event.truncated);
    CHECK_EQ(event.oldProfile, std::string("Old"));
    CHECK_EQ(event.profile, std::string("New"));

    // Unknown codes and sources are kept, with their numbers.
    event = decodeNotification(notification(WLAN_NOTIFICATION_SOURCE_ACM, 99, nullptr, 0));
    CHECK_EQ(event.kind, Kind::Unknown);
    CHECK_EQ(event.code, std::uint32_t(99));
    event = decodeNotification(notification(WLAN_NOTIFICATION_SOURCE_ONEX, 1, &quality, sizeof quality));
    CHECK_EQ(event.kind, Kind::Unknown);
    CHECK_EQ(event.source, std::uint32_t(WLAN_NOTIFICATION_SOURCE_ONEX));
    event = decodeNotification(notification(WLAN_NOTIFICATION_SOURCE_ACM, wlan_notification_acm_scan_list_refresh,
                                            nullptr, 0));
    CHECK_EQ(event.kind, Kind::ScanListRefreshed);
}

// The same payloads through the service's own thread and our callback.
void malformedPayloadsFromTheService()
{
    Simulation simulation;
    CHECK(simulation.load(scenario()));
    NativeWifiSession session;
    EventLog events;
    CHECK(session.open(events.sink()).ok());
    const char shortPayload[3] = { 1, 2, 3 };
    simulation.inject(WLAN_NOTIFICATION_SOURCE_ACM, wlan_notification_acm_connection_complete, Usb, shortPayload, 3);
    simulation.inject(WLAN_NOTIFICATION_SOURCE_MSM, wlan_notification_msm_authenticating, Usb, nullptr, 500);
    simulation.inject(WLAN_NOTIFICATION_SOURCE_ACM, 77, Usb, shortPayload, 3);
    simulation.inject(WLAN_NOTIFICATION_SOURCE_ACM, wlan_notification_acm_scan_complete, Usb, nullptr, 0);
    CHECK(events.waitFor(Kind::ScanCompleted, Usb));
    CHECK(events.first(Kind::ConnectionCompleted, Usb).truncated);
    CHECK_EQ(events.first(Kind::ConnectionCompleted, Usb).reasonCode, reason::Unknown);
    CHECK(events.first(Kind::Authenticating, Usb).truncated);
    CHECK_EQ(events.first(Kind::Unknown, Usb).code, std::uint32_t(77));
    CHECK(session.close().ok());
}

void closeWhileNotificationsArrive()
{
    Simulation simulation;
    CHECK(simulation.load(scenario()));
    auto session = std::make_unique<NativeWifiSession>();
    std::atomic<int> delivered{ 0 };
    std::atomic<bool> closed{ false };
    std::atomic<int> afterClose{ 0 };
    std::atomic<std::uint32_t> closeFromCallback{ 0 };
    NativeWifiSession *raw = session.get();
    CHECK(session->open([&](const SessionEvent &) {
        if (closed)
            ++afterClose;
        // Closing from inside the callback would never return: refused.
        if (delivered == 0)
            closeFromCallback = raw->close().code;
        ++delivered;
        std::this_thread::sleep_for(1ms); // a callback still running when close comes
    }).ok());

    for (int i = 0; i < 2000; ++i)
        simulation.inject(WLAN_NOTIFICATION_SOURCE_ACM, wlan_notification_acm_scan_list_refresh, Usb, nullptr, 0);
    while (delivered < 20)
        std::this_thread::sleep_for(1ms);
    CHECK(session->close().ok());
    closed = true;
    const int atClose = delivered;
    session.reset(); // the callback's object is gone: nothing may reach it
    std::this_thread::sleep_for(300ms);
    CHECK_EQ(afterClose.load(), 0);
    CHECK_EQ(delivered.load(), atClose);
    CHECK(atClose < 2000);
    CHECK_EQ(closeFromCallback.load(), std::uint32_t(ERROR_INVALID_STATE));
    CHECK(!contains(simulation.calls(), "from inside the callback"));
    // The remaining notifications are still queued for nobody.
    CHECK(simulation.pending() > 0 || atClose < 2000);
}

void scenarioFaultsAreReturned()
{
    Simulation simulation;
    std::string text = scenario();
    text.insert(text.rfind('}'), R"(, "faults": [
        { "operation": "scan", "interface": ")" + Usb + R"(", "error": "not-enough-memory", "times": 1 },
        { "operation": "list-networks", "error": "invalid-handle", "times": 1 } ])");
    CHECK(simulation.load(text));
    NativeWifiSession session;
    EventLog events;
    CHECK(session.open(events.sink()).ok());
    CHECK_EQ(session.scan(Usb).error, SessionError::NotEnoughMemory);
    CHECK(session.scan(Usb).ok()); // spent after once
    std::vector<SessionNetwork> networks;
    CHECK_EQ(session.networks(Corp, &networks).error, SessionError::InvalidHandle);
    CHECK(session.networks(Corp, &networks).ok());
    CHECK(session.close().ok());
}

// The simulated DLL checks arguments as Windows does, so that a test against
// it means something.
void simulationValidatesLikeWindows()
{
    Simulation simulation;
    CHECK(simulation.load(scenario()));
    using Open = decltype(&::WlanOpenHandle);
    using Close = decltype(&::WlanCloseHandle);
    using Enum = decltype(&::WlanEnumInterfaces);
    using Register = decltype(&::WlanRegisterNotification);
    using Disconnect = decltype(&::WlanDisconnect);
    using Reason = decltype(&::WlanReasonCodeToString);
    const auto open = simulation.get<Open>("WlanOpenHandle");
    const auto close = simulation.get<Close>("WlanCloseHandle");
    const auto enumerate = simulation.get<Enum>("WlanEnumInterfaces");
    const auto registerFor = simulation.get<Register>("WlanRegisterNotification");
    const auto disconnect = simulation.get<Disconnect>("WlanDisconnect");
    const auto reasonText = simulation.get<Reason>("WlanReasonCodeToString");

    DWORD version = 0;
    HANDLE handle = nullptr;
    int reserved = 0;
    CHECK_EQ(open(3, nullptr, &version, &handle), DWORD(ERROR_NOT_SUPPORTED));
    CHECK_EQ(open(0, nullptr, &version, &handle), DWORD(ERROR_NOT_SUPPORTED));
    CHECK_EQ(open(2, &reserved, &version, &handle), DWORD(ERROR_INVALID_PARAMETER));
    CHECK_EQ(open(2, nullptr, nullptr, &handle), DWORD(ERROR_INVALID_PARAMETER));
    CHECK_EQ(open(1, nullptr, &version, &handle), DWORD(ERROR_SUCCESS));
    CHECK_EQ(version, DWORD(1));

    PWLAN_INTERFACE_INFO_LIST list = reinterpret_cast<PWLAN_INTERFACE_INFO_LIST>(&reserved);
    CHECK_EQ(enumerate(nullptr, nullptr, &list), DWORD(ERROR_INVALID_PARAMETER));
    CHECK(list == reinterpret_cast<PWLAN_INTERFACE_INFO_LIST>(&reserved)); // untouched
    CHECK_EQ(enumerate(handle, &reserved, &list), DWORD(ERROR_INVALID_PARAMETER));
    CHECK_EQ(enumerate(reinterpret_cast<HANDLE>(0x77), nullptr, &list), DWORD(ERROR_INVALID_HANDLE));

    GUID usb;
    guidFromString(Usb, &usb);
    CHECK_EQ(disconnect(handle, nullptr, nullptr), DWORD(ERROR_INVALID_PARAMETER));
    CHECK_EQ(disconnect(handle, &usb, &reserved), DWORD(ERROR_INVALID_PARAMETER));
    CHECK_EQ(registerFor(handle, WLAN_NOTIFICATION_SOURCE_ACM, TRUE, nullptr, nullptr, nullptr, nullptr),
             DWORD(ERROR_INVALID_PARAMETER));
    wchar_t text[8];
    CHECK_EQ(reasonText(0x28002, 0, text, nullptr), DWORD(ERROR_INVALID_PARAMETER));
    CHECK_EQ(reasonText(0x28002, 8, nullptr, nullptr), DWORD(ERROR_INVALID_PARAMETER));

    CHECK_EQ(close(nullptr, nullptr), DWORD(ERROR_INVALID_PARAMETER));
    CHECK_EQ(close(handle, &reserved), DWORD(ERROR_INVALID_PARAMETER)); // and the handle stays valid
    CHECK_EQ(close(handle, nullptr), DWORD(ERROR_SUCCESS));
    CHECK_EQ(close(handle, nullptr), DWORD(ERROR_INVALID_HANDLE));

    // The service checks itself before the version.
    simulation.setServiceRunning(false);
    CHECK_EQ(open(7, nullptr, &version, &handle), DWORD(ERROR_SERVICE_NOT_ACTIVE));
    simulation.setServiceRunning(true);
}

// ---- Wine's own wlanapi.dll ----

void wineBuiltinOpensEnumeratesAndCloses()
{
    NativeWifiSession session;
    EventLog events;
    const CallResult opened = session.open(events.sink());
    CHECK(opened.ok());
    CHECK_EQ(session.negotiatedVersion(), DWORD(2));
    // Wine answers WlanRegisterNotification with ERROR_CALL_NOT_IMPLEMENTED.
    CHECK(!session.notifies());
    std::vector<SessionInterface> interfaces{ SessionInterface{} };
    CHECK(session.interfaces(&interfaces).ok());
    CHECK(interfaces.empty());
    // WlanConnect, WlanDisconnect and WlanGetProfileList are stubs that abort
    // the process; for an interface the service does not list they are
    // never reached, so this process lives on.
    const std::string nowhere = "{00000000-0000-0000-0000-000000000001}";
    CHECK_EQ(session.connect(nowhere, "HomeNet").error, SessionError::InvalidParameter);
    CHECK_EQ(session.disconnect(nowhere).error, SessionError::InvalidParameter);
    std::vector<SessionProfile> profiles;
    CHECK_EQ(session.profiles(nowhere, &profiles).error, SessionError::InvalidParameter);
    CHECK_EQ(session.scan("not a guid").error, SessionError::InvalidParameter);
    CHECK(session.close().ok());
}

// ---- no wlanapi.dll ----

void missingDllIsAClearError()
{
    NativeWifiSession session;
    EventLog events;
    const CallResult opened = session.open(events.sink());
    CHECK_EQ(opened.code, std::uint32_t(ERROR_MOD_NOT_FOUND));
    CHECK_EQ(opened.error, SessionError::ServiceUnavailable);
    CHECK(!opened.message.empty());
    CHECK(!session.notifies());
    std::vector<SessionInterface> interfaces;
    CHECK_EQ(session.interfaces(&interfaces).code, std::uint32_t(ERROR_INVALID_HANDLE));
    CHECK_EQ(session.connect(Usb, "HomeNet").code, std::uint32_t(ERROR_INVALID_HANDLE));
    CHECK(session.close().ok());
}

} // namespace

// The DLL plays the file AERIAL_WLANAPI_SCENARIO names, with no test control.
void environmentScenarioPlaysFromTheStart()
{
    NativeWifiSession session;
    EventLog events;
    CHECK(session.open(events.sink()).ok());
    std::vector<SessionInterface> interfaces;
    CHECK(session.interfaces(&interfaces).ok());
    CHECK_EQ(interfaces.size(), std::size_t(2));
    if (!interfaces.empty())
        CHECK_EQ(interfaces[0].description, std::string("Played from the environment"));
    SessionConnection connection;
    CHECK(session.connection("{3f1c3b5e-0c1d-4a53-9d2e-6b7a1f0e2c11}", &connection).ok());
    CHECK_EQ(connection.profile, std::string("HomeNet"));
}

// A file that cannot be played: the DLL says so once (ctest checks stderr)
// and is a service with no interfaces.
void environmentBadFileIsAServiceWithoutInterfaces()
{
    NativeWifiSession session;
    EventLog events;
    CHECK(session.open(events.sink()).ok());
    std::vector<SessionInterface> interfaces{ SessionInterface{} };
    CHECK(session.interfaces(&interfaces).ok());
    CHECK(interfaces.empty());
}

int main(int argc, char **argv)
{
    const std::string mode = argc > 1 ? argv[1] : "";
    std::vector<harness::Test> tests;
    if (mode == "simulated") {
        tests = {
            { "enumeration", enumeration },
            { "connect walks through the notifications", connectWalksThroughTheNotifications },
            { "failed connect reports its reason", failedConnectReportsItsReason },
            { "disconnect", disconnect },
            { "access denied on an all-users profile", accessDeniedOnAllUsersProfile },
            { "location privacy denies the reads", locationPrivacyDeniesTheReads },
            { "service stops and comes back", serviceStopsAndComesBack },
            { "interface removed during an operation", interfaceRemovedDuringAnOperation },
            { "malformed payloads are decoded safely", malformedPayloadsAreDecodedSafely },
            { "malformed payloads from the service", malformedPayloadsFromTheService },
            { "close while notifications arrive", closeWhileNotificationsArrive },
            { "scenario faults are returned", scenarioFaultsAreReturned },
            { "the simulation validates like Windows", simulationValidatesLikeWindows },
        };
    } else if (mode == "wine-builtin") {
        tests = { { "Wine's wlanapi: open, enumerate, close", wineBuiltinOpensEnumeratesAndCloses } };
    } else if (mode == "environment") {
        tests = { { "a scenario named by the environment plays from the start", environmentScenarioPlaysFromTheStart } };
    } else if (mode == "environment-bad") {
        tests = { { "a bad scenario file leaves a service without interfaces", environmentBadFileIsAServiceWithoutInterfaces } };
    } else if (mode == "missing") {
        tests = { { "no wlanapi.dll: a clear error", missingDllIsAClearError } };
    } else {
        std::printf("usage: tst_wlansession simulated|wine-builtin|missing|environment|environment-bad\n");
        return 2;
    }
    return harness::run(tests);
}
