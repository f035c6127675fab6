// The Win32 layer (NativeWifiSession and the notification decoder) under
// Wine, with Qt Test (the layer itself has no Qt), in these worlds:
//   simulated     the project's simulated wlanapi.dll, playing scenarios;
//   wine-builtin  Wine's own wlanapi.dll, mostly stubs;
//   missing       no wlanapi.dll at all, as on Windows Server without the
//                 Wireless LAN Service;
//   environment   the simulated DLL playing the file AERIAL_WLANAPI_SCENARIO
//                 names (environment-bad: a file it cannot play).
#include "nativewifisession.h"
#include "simulationcontrol.h"
#include "wintext.h"
#include "wlannotification.h"
#include "wlanprofilexml.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <mutex>
#include <thread>

#include <QTest>

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
            qWarning("scenario refused: %s", error);
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

// For joins, forgets, auto-connect and radio: one adapter with networks of
// every kind, profiles of every scope, and one held off by a hardware switch.
const std::string Join = "{5A1E0000-0000-4000-8000-0000000000A1}";
const std::string Switched = "{5A1E0000-0000-4000-8000-0000000000A2}";
const std::string HexKey = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";

std::string profileScenario()
{
    return R"({ "latencyMs": 10, "interfaces": [
        { "id": ")" + Join + R"(", "description": "Join adapter", "state": "disconnected",
          "networks": [
            { "ssid": "Cafe", "signal": 60, "security": "wpa2-personal", "passphrase": "croissant" },
            { "ssid": "Sae", "signal": 55, "security": "wpa3-personal", "passphrase": "long enough" },
            { "ssid": "Owe", "signal": 50, "security": "owe" },
            { "ssid": "Open", "signal": 45, "security": "open" },
            { "ssid": "Backroom", "signal": 40, "security": "wpa2-personal", "hidden": true, "passphrase": "backroom42" },
            { "ssid": "HexNet", "signal": 35, "security": "wpa2-personal", "passphrase": ")" + HexKey + R"(" },
            { "ssidHex": "ff fe 41", "signal": 30, "security": "open" },
            { "ssid": "A&B <C> \u0022D\u0022", "signal": 25, "security": "open" },
            { "ssid": "Home", "signal": 20, "security": "wpa2-personal", "profile": "Home", "passphrase": "right one" },
            { "ssid": "Corp", "signal": 15, "security": "wpa2-personal", "profile": "Corp" },
            { "ssid": "Policy", "signal": 10, "security": "wpa2-personal", "profile": "Policy" } ] },
        { "id": ")" + Switched + R"(", "description": "Switched off", "state": "disconnected", "radio": false,
          "hardwareRadio": false } ],
      "profiles": [
        { "name": "Policy", "groupPolicy": true, "allUsers": true },
        { "name": "Corp", "allUsers": true, "userCanWrite": false },
        { "name": "Home" } ] })";
}

std::string profileXml(const std::string &name, const QByteArray &ssid, Aerial::Security security,
                       const std::string &key, bool hidden = false)
{
    return Aerial::WlanProfileXml::write({ QString::fromStdString(name), ssid, security, QString::fromStdString(key),
                                           hidden, true })
        .toStdString();
}

// One class per world; main() runs the one its first argument names.
class SimulatedWlanApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void enumeration();
    void connectWalksThroughTheNotifications();
    void failedConnectReportsItsReason();
    void disconnect();
    void accessDeniedOnAllUsersProfile();
    void locationPrivacyDeniesTheReads();
    void serviceStopsAndComesBack();
    void interfaceRemovedDuringAnOperation();
    void malformedPayloadsAreDecodedSafely();
    void malformedPayloadsFromTheService();
    void closeWhileNotificationsArrive();
    void scenarioFaultsAreReturned();
    void simulationValidatesLikeWindows();
    void joins_data();
    void joins();
    void namesAndSsidsArriveAsWritten();
    void profilesTellScopeAndRights();
    void forget_data();
    void forget();
    void autoConnectRewritesTheConnectionMode();
    void radioOffAndOnOverTwoPhys();
    void badProfilesHaveAReason_data();
    void badProfilesHaveAReason();
    void policyForbidsAddingProfiles();
};

class WineWlanApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wineBuiltinOpensEnumeratesAndCloses();
};

class MissingWlanApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void missingDllIsAClearError();
};

class EnvironmentWlanApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void environmentScenarioPlaysFromTheStart();
};

class BadEnvironmentWlanApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void environmentBadFileIsAServiceWithoutInterfaces();
};

// ---- simulated ----

void SimulatedWlanApi::enumeration()
{
    Simulation simulation;
    QVERIFY(simulation.load(scenario()));
    NativeWifiSession session;
    EventLog events;
    QVERIFY(session.open(events.sink()).ok());
    QVERIFY(session.notifies());
    QCOMPARE(session.negotiatedVersion(), DWORD(2));
    // ACM and MSM in one registration.
    QVERIFY(contains(simulation.calls(), "WlanRegisterNotification 24\n"));

    std::vector<SessionInterface> interfaces;
    QVERIFY(session.interfaces(&interfaces).ok());
    QCOMPARE(interfaces.size(), std::size_t(2));
    if (interfaces.size() == 2) {
        QCOMPARE(interfaces[0].guid, Corp);
        QCOMPARE(interfaces[0].description, std::string("Intel(R) Wi-Fi 6 AX201 160MHz"));
        QCOMPARE(interfaces[0].state, int(wlan_interface_state_connected));
        QCOMPARE(interfaces[1].state, int(wlan_interface_state_disconnected));
    }

    SessionConnection connection;
    QVERIFY(session.connection(Corp, &connection).ok());
    QCOMPARE(connection.profile, std::string("CorpWiFi"));
    QCOMPARE(connection.ssid, std::string("CorpWiFi"));
    QCOMPARE(connection.signal, 74);
    QVERIFY(session.connection(Usb, &connection).ok());
    QCOMPARE(connection.state, int(wlan_interface_state_disconnected));
    QVERIFY(connection.profile.empty());

    SessionRadio radio;
    QVERIFY(session.radio(Usb, &radio).ok());
    QVERIFY(radio.on);
    QVERIFY(radio.hardwareOn);
    QCOMPARE(radio.phys, 2); // each simulated adapter has two

    std::vector<SessionNetwork> networks;
    QVERIFY(session.networks(Usb, &networks).ok());
    // Each network with a profile is listed twice, with and without it.
    QCOMPARE(networks.size(), std::size_t(6));
    const auto home = std::find_if(networks.begin(), networks.end(),
                                   [](const SessionNetwork &n) { return n.profile == "HomeNet"; });
    QVERIFY(home != networks.end());
    if (home != networks.end()) {
        QCOMPARE(home->ssid, std::string("HomeNet"));
        QCOMPARE(home->signal, 82);
        QCOMPARE(home->security, SessionSecurity::Wpa2Personal);
    }
    const auto raw = std::find_if(networks.begin(), networks.end(),
                                  [](const SessionNetwork &n) { return n.ssid == "\xff\xfe\x41"; });
    QVERIFY(raw != networks.end());
    if (raw != networks.end())
        QCOMPARE(raw->security, SessionSecurity::Open);
    const auto owe = std::find_if(networks.begin(), networks.end(),
                                  [](const SessionNetwork &n) { return n.ssid == "Free"; });
    QVERIFY(owe != networks.end() && owe->security == SessionSecurity::Owe);

    std::vector<SessionProfile> profiles;
    QVERIFY(session.profiles(Usb, &profiles).ok());
    QCOMPARE(profiles.size(), std::size_t(4));
    if (profiles.size() == 4) {
        QVERIFY(profiles[0].allUsers);
        QVERIFY(!profiles[1].allUsers);
    }

    QVERIFY(session.close().ok());
    QVERIFY(contains(simulation.calls(), "WlanCloseHandle"));
    // Every list wlanapi handed out was freed, once.
    QCOMPARE(simulation.outstanding(), LONG(0));
    QCOMPARE(simulation.badFrees(), LONG(0));
}

void SimulatedWlanApi::connectWalksThroughTheNotifications()
{
    Simulation simulation;
    QVERIFY(simulation.load(scenario()));
    NativeWifiSession session;
    EventLog events;
    QVERIFY(session.open(events.sink()).ok());

    QVERIFY(session.connect(Usb, "HomeNet").ok());
    QVERIFY(events.waitFor(Kind::ConnectionCompleted, Usb));
    QVERIFY(inOrder(events.kinds(Usb), { Kind::ConnectionStarted, Kind::Associating, Kind::Associated,
                                       Kind::Authenticating, Kind::Connected, Kind::SignalQualityChanged,
                                       Kind::ConnectionCompleted }));
    const SessionEvent completed = events.first(Kind::ConnectionCompleted, Usb);
    QCOMPARE(completed.reasonCode, reason::Success);
    QCOMPARE(completed.profile, std::string("HomeNet"));
    QVERIFY(!completed.truncated);
    QCOMPARE(events.first(Kind::SignalQualityChanged, Usb).signal, 82);
    QCOMPARE(events.first(Kind::Connected, Usb).ssid, std::string("HomeNet"));

    SessionConnection connection;
    QVERIFY(session.connection(Usb, &connection).ok());
    QCOMPARE(connection.state, int(wlan_interface_state_connected));
    QCOMPARE(connection.profile, std::string("HomeNet"));

    // Switching while connected: WlanConnect alone, no WlanDisconnect, and
    // the link never passes through disconnecting.
    events.clear();
    simulation.get<AerialSimulationClearCallLogFn>("AerialSimulationClearCallLog")();
    QVERIFY(session.connect(Usb, "Cafe").ok());
    QVERIFY(events.waitFor(Kind::ConnectionCompleted, Usb));
    const std::string calls = simulation.calls();
    QVERIFY(contains(calls, "WlanConnect " + Usb + " Cafe"));
    QVERIFY(!contains(calls, "WlanDisconnect"));
    const std::vector<Kind> kinds = events.kinds(Usb);
    QVERIFY(std::find(kinds.begin(), kinds.end(), Kind::Disconnecting) == kinds.end());
    QVERIFY(session.connection(Usb, &connection).ok());
    QCOMPARE(connection.profile, std::string("Cafe"));
    QVERIFY(session.close().ok());
}

void SimulatedWlanApi::failedConnectReportsItsReason()
{
    Simulation simulation;
    QVERIFY(simulation.load(scenario()));
    NativeWifiSession session;
    EventLog events;
    QVERIFY(session.open(events.sink()).ok());
    // "Away" is saved but out of range: accepted, then fails on the air.
    QVERIFY(session.connect(Usb, "Away").ok());
    QVERIFY(events.waitFor(Kind::ConnectionCompleted, Usb));
    QVERIFY(inOrder(events.kinds(Usb), { Kind::ConnectionAttemptFailed, Kind::ConnectionCompleted }));
    const SessionEvent completed = events.first(Kind::ConnectionCompleted, Usb);
    QCOMPARE(completed.reasonCode, reason::NetworkNotAvailable);
    // The service's own words (Aerial's are the models', translated).
    QCOMPARE(session.reasonText(completed.reasonCode), std::string("The simulated service failed with reason 0x28002."));
    QVERIFY(contains(session.reasonText(0x48999), "0x48999"));
    QVERIFY(contains(simulation.calls(), "WlanReasonCodeToString"));
    QVERIFY(session.close().ok());
}

void SimulatedWlanApi::disconnect()
{
    Simulation simulation;
    QVERIFY(simulation.load(scenario()));
    NativeWifiSession session;
    EventLog events;
    QVERIFY(session.open(events.sink()).ok());
    QVERIFY(session.connect(Usb, "HomeNet").ok());
    QVERIFY(events.waitFor(Kind::ConnectionCompleted, Usb));
    events.clear();

    QVERIFY(session.disconnect(Usb).ok());
    QVERIFY(events.waitFor(Kind::Disconnected, Usb));
    QVERIFY(inOrder(events.kinds(Usb), { Kind::Disconnecting, Kind::Disassociating, Kind::LinkDisconnected,
                                       Kind::Disconnected }));
    QCOMPARE(events.first(Kind::Disconnected, Usb).profile, std::string("HomeNet"));
    SessionConnection connection;
    QVERIFY(session.connection(Usb, &connection).ok());
    QCOMPARE(connection.state, int(wlan_interface_state_disconnected));
    QVERIFY(session.close().ok());
}

void SimulatedWlanApi::accessDeniedOnAllUsersProfile()
{
    Simulation simulation;
    QVERIFY(simulation.load(scenario()));
    NativeWifiSession session;
    EventLog events;
    QVERIFY(session.open(events.sink()).ok());

    const CallResult disconnected = session.disconnect(Corp);
    QCOMPARE(disconnected.code, std::uint32_t(ERROR_ACCESS_DENIED));
    QCOMPARE(disconnected.error, SessionError::AccessDenied);
    QVERIFY(!disconnected.message.empty()); // FormatMessage's words
    const CallResult connected = session.connect(Usb, "CorpWiFi");
    QCOMPARE(connected.error, SessionError::AccessDenied);

    SessionConnection connection;
    QVERIFY(session.connection(Corp, &connection).ok());
    QCOMPARE(connection.state, int(wlan_interface_state_connected)); // nothing changed
    QVERIFY(session.close().ok());
}

void SimulatedWlanApi::locationPrivacyDeniesTheReads()
{
    Simulation simulation;
    QVERIFY(simulation.load(scenario(false)));
    NativeWifiSession session;
    EventLog events;
    QVERIFY(session.open(events.sink()).ok());

    std::vector<SessionInterface> interfaces;
    QVERIFY(session.interfaces(&interfaces).ok()); // not gated
    std::vector<SessionNetwork> networks;
    QCOMPARE(session.networks(Usb, &networks).error, SessionError::AccessDenied);
    QCOMPARE(session.scan(Usb).error, SessionError::AccessDenied);
    SessionConnection connection;
    QCOMPARE(session.connection(Corp, &connection).error, SessionError::AccessDenied);
    // Connecting by profile is not gated.
    QVERIFY(session.connect(Usb, "HomeNet").ok());
    QVERIFY(events.waitFor(Kind::ConnectionCompleted, Usb));
    QVERIFY(session.close().ok());
    QCOMPARE(simulation.outstanding(), LONG(0));
}

void SimulatedWlanApi::serviceStopsAndComesBack()
{
    Simulation simulation;
    QVERIFY(simulation.load(scenario()));
    NativeWifiSession session;
    EventLog events;
    QVERIFY(session.open(events.sink()).ok());

    simulation.setServiceRunning(false);
    std::vector<SessionInterface> interfaces;
    const CallResult lost = session.interfaces(&interfaces);
    QCOMPARE(lost.code, std::uint32_t(RPC_S_SERVER_UNAVAILABLE));
    QCOMPARE(lost.error, SessionError::Rpc);
    QVERIFY(isServiceLost(lost.code));
    QCOMPARE(session.connect(Usb, "HomeNet").error, SessionError::Rpc);
    session.close(); // the dead handle is dropped whatever the service says

    const CallResult reopened = session.open(events.sink());
    QCOMPARE(reopened.code, std::uint32_t(ERROR_SERVICE_NOT_ACTIVE));
    QCOMPARE(reopened.error, SessionError::ServiceUnavailable);
    QVERIFY(isServiceLost(reopened.code));
    QCOMPARE(session.interfaces(&interfaces).code, std::uint32_t(ERROR_INVALID_HANDLE));

    simulation.setServiceRunning(true);
    QVERIFY(session.open(events.sink()).ok());
    QVERIFY(session.interfaces(&interfaces).ok());
    QCOMPARE(interfaces.size(), std::size_t(2));
    // Notifications flow again on the new registration.
    QVERIFY(session.connect(Usb, "HomeNet").ok());
    QVERIFY(events.waitFor(Kind::ConnectionCompleted, Usb));
    QVERIFY(session.close().ok());
}

void SimulatedWlanApi::interfaceRemovedDuringAnOperation()
{
    Simulation simulation;
    QVERIFY(simulation.load(scenario(true, 200)));
    NativeWifiSession session;
    EventLog events;
    QVERIFY(session.open(events.sink()).ok());

    QVERIFY(session.connect(Usb, "HomeNet").ok());
    QCOMPARE(simulation.removeInterface(Usb), DWORD(ERROR_SUCCESS));
    QVERIFY(events.waitFor(Kind::InterfaceRemoved, Usb));
    std::this_thread::sleep_for(800ms); // past when the connect would have completed
    const std::vector<Kind> kinds = events.kinds(Usb);
    QVERIFY(std::find(kinds.begin(), kinds.end(), Kind::ConnectionCompleted) == kinds.end());

    QCOMPARE(session.connect(Usb, "HomeNet").error, SessionError::InvalidParameter);
    std::vector<SessionNetwork> networks;
    QCOMPARE(session.networks(Usb, &networks).error, SessionError::InvalidParameter);
    std::vector<SessionInterface> interfaces;
    QVERIFY(session.interfaces(&interfaces).ok());
    QCOMPARE(interfaces.size(), std::size_t(1));
    QVERIFY(session.close().ok());
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
void SimulatedWlanApi::malformedPayloadsAreDecodedSafely()
{
    WLAN_CONNECTION_NOTIFICATION_DATA connection{};
    connection.wlanReasonCode = 0;
    // One byte short of the fixed part: truncated, and never a success.
    SessionEvent event = decodeNotification(notification(WLAN_NOTIFICATION_SOURCE_ACM,
                                                         wlan_notification_acm_connection_complete, &connection,
                                                         DWORD(offsetof(WLAN_CONNECTION_NOTIFICATION_DATA, strProfileXml) - 1)));
    QCOMPARE(event.kind, Kind::ConnectionCompleted);
    QVERIFY(event.truncated);
    QCOMPARE(event.reasonCode, reason::Unknown);
    QCOMPARE(event.interfaceGuid, Usb);

    // The fixed part without the XML is enough.
    std::fill(std::begin(connection.strProfileName), std::end(connection.strProfileName), L'A'); // no terminator
    connection.dot11Ssid.uSSIDLength = 200; // longer than an SSID can be
    event = decodeNotification(notification(WLAN_NOTIFICATION_SOURCE_ACM, wlan_notification_acm_connection_complete,
                                            &connection, DWORD(offsetof(WLAN_CONNECTION_NOTIFICATION_DATA, strProfileXml))));
    QVERIFY(!event.truncated);
    QCOMPARE(event.profile.size(), std::size_t(WLAN_MAX_NAME_LENGTH));
    QCOMPARE(event.ssid.size(), std::size_t(32));

    // dwDataSize claims a payload that pData does not have.
    event = decodeNotification(notification(WLAN_NOTIFICATION_SOURCE_MSM, wlan_notification_msm_connected, nullptr,
                                            sizeof(WLAN_MSM_NOTIFICATION_DATA)));
    QCOMPARE(event.kind, Kind::Connected);
    QVERIFY(event.truncated);

    ULONG quality = 250;
    event = decodeNotification(notification(WLAN_NOTIFICATION_SOURCE_MSM, wlan_notification_msm_signal_quality_change,
                                            &quality, sizeof quality));
    QCOMPARE(event.signal, 100);
    event = decodeNotification(notification(WLAN_NOTIFICATION_SOURCE_MSM, wlan_notification_msm_signal_quality_change,
                                            &quality, 2));
    QVERIFY(event.truncated);

    WLAN_PHY_RADIO_STATE radio{ 0, dot11_radio_state_off, dot11_radio_state_on };
    event = decodeNotification(notification(WLAN_NOTIFICATION_SOURCE_MSM, wlan_notification_msm_radio_state_change,
                                            &radio, sizeof radio));
    QCOMPARE(event.kind, Kind::RadioStateChanged);
    QVERIFY(!event.radioOn);

    DWORD reasonCode = 0x48014;
    event = decodeNotification(notification(WLAN_NOTIFICATION_SOURCE_ACM, wlan_notification_acm_scan_fail,
                                            &reasonCode, sizeof reasonCode));
    QCOMPARE(event.reasonCode, std::uint32_t(0x48014));

    // A rename whose second name has no terminator inside dwDataSize.
    wchar_t rename[] = L"Old\0New";
    event = decodeNotification(notification(WLAN_NOTIFICATION_SOURCE_ACM, wlan_notification_acm_profile_name_change,
                                            rename, DWORD(6 * sizeof(wchar_t))));
    QCOMPARE(event.kind, Kind::ProfileRenamed);
    QVERIFY(event.truncated);
    event = decodeNotification(notification(WLAN_NOTIFICATION_SOURCE_ACM, wlan_notification_acm_profile_name_change,
                                            rename, DWORD(sizeof rename)));
    QVERIFY(!event.truncated);
    QCOMPARE(event.oldProfile, std::string("Old"));
    QCOMPARE(event.profile, std::string("New"));

    // Unknown codes and sources are kept, with their numbers.
    event = decodeNotification(notification(WLAN_NOTIFICATION_SOURCE_ACM, 99, nullptr, 0));
    QCOMPARE(event.kind, Kind::Unknown);
    QCOMPARE(event.code, std::uint32_t(99));
    event = decodeNotification(notification(WLAN_NOTIFICATION_SOURCE_ONEX, 1, &quality, sizeof quality));
    QCOMPARE(event.kind, Kind::Unknown);
    QCOMPARE(event.source, std::uint32_t(WLAN_NOTIFICATION_SOURCE_ONEX));
    event = decodeNotification(notification(WLAN_NOTIFICATION_SOURCE_ACM, wlan_notification_acm_scan_list_refresh,
                                            nullptr, 0));
    QCOMPARE(event.kind, Kind::ScanListRefreshed);
}

// The same payloads through the service's own thread and our callback.
void SimulatedWlanApi::malformedPayloadsFromTheService()
{
    Simulation simulation;
    QVERIFY(simulation.load(scenario()));
    NativeWifiSession session;
    EventLog events;
    QVERIFY(session.open(events.sink()).ok());
    const char shortPayload[3] = { 1, 2, 3 };
    simulation.inject(WLAN_NOTIFICATION_SOURCE_ACM, wlan_notification_acm_connection_complete, Usb, shortPayload, 3);
    simulation.inject(WLAN_NOTIFICATION_SOURCE_MSM, wlan_notification_msm_authenticating, Usb, nullptr, 500);
    simulation.inject(WLAN_NOTIFICATION_SOURCE_ACM, 77, Usb, shortPayload, 3);
    simulation.inject(WLAN_NOTIFICATION_SOURCE_ACM, wlan_notification_acm_scan_complete, Usb, nullptr, 0);
    QVERIFY(events.waitFor(Kind::ScanCompleted, Usb));
    QVERIFY(events.first(Kind::ConnectionCompleted, Usb).truncated);
    QCOMPARE(events.first(Kind::ConnectionCompleted, Usb).reasonCode, reason::Unknown);
    QVERIFY(events.first(Kind::Authenticating, Usb).truncated);
    QCOMPARE(events.first(Kind::Unknown, Usb).code, std::uint32_t(77));
    QVERIFY(session.close().ok());
}

void SimulatedWlanApi::closeWhileNotificationsArrive()
{
    Simulation simulation;
    QVERIFY(simulation.load(scenario()));
    auto session = std::make_unique<NativeWifiSession>();
    std::atomic<int> delivered{ 0 };
    std::atomic<bool> closed{ false };
    std::atomic<int> afterClose{ 0 };
    std::atomic<std::uint32_t> closeFromCallback{ 0 };
    NativeWifiSession *raw = session.get();
    QVERIFY(session->open([&](const SessionEvent &) {
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
    QVERIFY(session->close().ok());
    closed = true;
    const int atClose = delivered;
    session.reset(); // the callback's object is gone: nothing may reach it
    std::this_thread::sleep_for(300ms);
    QCOMPARE(afterClose.load(), 0);
    QCOMPARE(delivered.load(), atClose);
    QVERIFY(atClose < 2000);
    QCOMPARE(closeFromCallback.load(), std::uint32_t(ERROR_INVALID_STATE));
    QVERIFY(!contains(simulation.calls(), "from inside the callback"));
    // The remaining notifications are still queued for nobody.
    QVERIFY(simulation.pending() > 0 || atClose < 2000);
}

void SimulatedWlanApi::scenarioFaultsAreReturned()
{
    Simulation simulation;
    std::string text = scenario();
    text.insert(text.rfind('}'), R"(, "faults": [
        { "operation": "scan", "interface": ")" + Usb + R"(", "error": "not-enough-memory", "times": 1 },
        { "operation": "list-networks", "error": "invalid-handle", "times": 1 } ])");
    QVERIFY(simulation.load(text));
    NativeWifiSession session;
    EventLog events;
    QVERIFY(session.open(events.sink()).ok());
    QCOMPARE(session.scan(Usb).error, SessionError::NotEnoughMemory);
    QVERIFY(session.scan(Usb).ok()); // spent after once
    std::vector<SessionNetwork> networks;
    QCOMPARE(session.networks(Corp, &networks).error, SessionError::InvalidHandle);
    QVERIFY(session.networks(Corp, &networks).ok());
    QVERIFY(session.close().ok());
}

// The simulated DLL checks arguments as Windows does, so that a test against
// it means something.
void SimulatedWlanApi::simulationValidatesLikeWindows()
{
    Simulation simulation;
    QVERIFY(simulation.load(scenario()));
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
    QCOMPARE(open(3, nullptr, &version, &handle), DWORD(ERROR_NOT_SUPPORTED));
    QCOMPARE(open(0, nullptr, &version, &handle), DWORD(ERROR_NOT_SUPPORTED));
    QCOMPARE(open(2, &reserved, &version, &handle), DWORD(ERROR_INVALID_PARAMETER));
    QCOMPARE(open(2, nullptr, nullptr, &handle), DWORD(ERROR_INVALID_PARAMETER));
    QCOMPARE(open(1, nullptr, &version, &handle), DWORD(ERROR_SUCCESS));
    QCOMPARE(version, DWORD(1));

    PWLAN_INTERFACE_INFO_LIST list = reinterpret_cast<PWLAN_INTERFACE_INFO_LIST>(&reserved);
    QCOMPARE(enumerate(nullptr, nullptr, &list), DWORD(ERROR_INVALID_PARAMETER));
    QVERIFY(list == reinterpret_cast<PWLAN_INTERFACE_INFO_LIST>(&reserved)); // untouched
    QCOMPARE(enumerate(handle, &reserved, &list), DWORD(ERROR_INVALID_PARAMETER));
    QCOMPARE(enumerate(reinterpret_cast<HANDLE>(0x77), nullptr, &list), DWORD(ERROR_INVALID_HANDLE));

    GUID usb;
    guidFromString(Usb, &usb);
    QCOMPARE(disconnect(handle, nullptr, nullptr), DWORD(ERROR_INVALID_PARAMETER));
    QCOMPARE(disconnect(handle, &usb, &reserved), DWORD(ERROR_INVALID_PARAMETER));
    QCOMPARE(registerFor(handle, WLAN_NOTIFICATION_SOURCE_ACM, TRUE, nullptr, nullptr, nullptr, nullptr),
             DWORD(ERROR_INVALID_PARAMETER));
    wchar_t text[8];
    QCOMPARE(reasonText(0x28002, 0, text, nullptr), DWORD(ERROR_INVALID_PARAMETER));
    QCOMPARE(reasonText(0x28002, 8, nullptr, nullptr), DWORD(ERROR_INVALID_PARAMETER));

    QCOMPARE(close(nullptr, nullptr), DWORD(ERROR_INVALID_PARAMETER));
    QCOMPARE(close(handle, &reserved), DWORD(ERROR_INVALID_PARAMETER)); // and the handle stays valid
    QCOMPARE(close(handle, nullptr), DWORD(ERROR_SUCCESS));
    QCOMPARE(close(handle, nullptr), DWORD(ERROR_INVALID_HANDLE));

    // The service checks itself before the version.
    simulation.setServiceRunning(false);
    QCOMPARE(open(7, nullptr, &version, &handle), DWORD(ERROR_SERVICE_NOT_ACTIVE));
    simulation.setServiceRunning(true);
}

// ---- profiles and the radio ----

void SimulatedWlanApi::joins_data()
{
    QTest::addColumn<QByteArray>("ssid");
    QTest::addColumn<Aerial::Security>("security");
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("hidden");
    QTest::addColumn<quint32>("reason");
    using Aerial::Security;
    QTest::newRow("wpa2, right key") << QByteArray("Cafe") << Security::Wpa2Personal << "croissant" << false << 0u;
    QTest::newRow("wpa2, wrong key") << QByteArray("Cafe") << Security::Wpa2Personal << "baguette!" << false << 0x48014u;
    QTest::newRow("wpa3") << QByteArray("Sae") << Security::Wpa3Personal << "long enough" << false << 0u;
    QTest::newRow("enhanced open") << QByteArray("Owe") << Security::Owe << QString() << false << 0u;
    QTest::newRow("open") << QByteArray("Open") << Security::Open << QString() << false << 0u;
    QTest::newRow("hidden, by name") << QByteArray("Backroom") << Security::Wpa2Personal << "backroom42" << true << 0u;
    QTest::newRow("64 hex digits") << QByteArray("HexNet") << Security::Wpa2Personal << QString::fromStdString(HexKey)
                                   << false << 0u;
}

// A join is WlanSetProfile (per user, never overwriting), then WlanConnect by
// the profile's name; connection_complete's reason says how it went.
void SimulatedWlanApi::joins()
{
    QFETCH(QByteArray, ssid);
    QFETCH(Aerial::Security, security);
    QFETCH(QString, key);
    QFETCH(bool, hidden);
    QFETCH(quint32, reason);
    Simulation simulation;
    QVERIFY(simulation.load(profileScenario()));
    NativeWifiSession session;
    EventLog events;
    QVERIFY(session.open(events.sink()).ok());
    const std::string name = ssid.toStdString();
    std::uint32_t refusal = 1;
    const CallResult saved =
        session.setProfile(Join, profileXml(name, ssid, security, key.toStdString(), hidden), false, false, &refusal);
    QVERIFY2(saved.ok(), saved.message.c_str());
    QCOMPARE(refusal, std::uint32_t(0));
    QVERIFY(contains(simulation.calls(), "WlanSetProfile " + Join + " flags=2 overwrite=0 name=" + name));
    QVERIFY(contains(simulation.calls(), std::string(" hidden=") + (hidden ? "1" : "0")));
    QVERIFY(events.waitFor(Kind::ProfilesChanged, Join));

    QVERIFY(session.connect(Join, name).ok());
    QVERIFY(events.waitFor(Kind::ConnectionCompleted, Join));
    QCOMPARE(events.first(Kind::ConnectionCompleted, Join).reasonCode, std::uint32_t(reason));
    SessionConnection connection;
    QVERIFY(session.connection(Join, &connection).ok());
    QCOMPARE(connection.state, int(reason == 0 ? wlan_interface_state_connected : wlan_interface_state_disconnected));
    if (reason == 0)
        QCOMPARE(connection.ssid, name);
    QVERIFY(session.close().ok());
}

// An SSID that is not UTF-8 goes as hex; a name with XML's own characters
// arrives as it was typed.
void SimulatedWlanApi::namesAndSsidsArriveAsWritten()
{
    Simulation simulation;
    QVERIFY(simulation.load(profileScenario()));
    NativeWifiSession session;
    EventLog events;
    QVERIFY(session.open(events.sink()).ok());
    std::uint32_t refusal = 0;
    const QByteArray raw("\xff\xfe\x41", 3);
    const std::string rawName = Aerial::WlanProfileXml::nameFor(raw).toStdString();
    QCOMPARE(rawName, std::string("FFFE41"));
    QVERIFY(session.setProfile(Join, profileXml(rawName, raw, Aerial::Security::Open, {}), false, false, &refusal).ok());
    QVERIFY(contains(simulation.calls(), "name=FFFE41 ssid=FFFE41 "));
    const QByteArray xmlish("A&B <C> \"D\"");
    QVERIFY(session.setProfile(Join, profileXml(xmlish.toStdString(), xmlish, Aerial::Security::Open, {}), false, false,
                               &refusal).ok());
    QVERIFY(contains(simulation.calls(), "name=A&B <C> \"D\" ssid=412642203C433E20224422 "));
    // And both connect: the service matched the bytes, not the text.
    QVERIFY(session.connect(Join, rawName).ok());
    QVERIFY(events.waitFor(Kind::ConnectionCompleted, Join));
    QCOMPARE(events.first(Kind::ConnectionCompleted, Join).reasonCode, std::uint32_t(0));
    SessionConnection connection;
    QVERIFY(session.connection(Join, &connection).ok());
    QCOMPARE(connection.ssid, raw.toStdString());
    QVERIFY(session.close().ok());
}

void SimulatedWlanApi::profilesTellScopeAndRights()
{
    Simulation simulation;
    QVERIFY(simulation.load(profileScenario()));
    NativeWifiSession session;
    EventLog events;
    QVERIFY(session.open(events.sink()).ok());
    std::vector<SessionProfile> profiles;
    QVERIFY(session.profiles(Join, &profiles).ok());
    QCOMPARE(profiles.size(), std::size_t(3));
    if (profiles.size() != 3)
        return;
    QCOMPARE(profiles[0].name, std::string("Policy"));
    QVERIFY(profiles[0].groupPolicy);
    QCOMPARE(profiles[0].grantedAccess & access::Write, access::Execute); // usable, not changeable
    QCOMPARE(profiles[1].name, std::string("Corp"));
    QVERIFY(profiles[1].allUsers && !profiles[1].groupPolicy);
    QCOMPARE(profiles[1].grantedAccess, access::Execute);
    QCOMPARE(profiles[2].name, std::string("Home"));
    QVERIFY(!profiles[2].allUsers);
    QCOMPARE(profiles[2].grantedAccess, access::Write);
    QVERIFY(contains(profiles[2].xml, "<connectionMode>auto</connectionMode>"));
    QVERIFY(contains(profiles[2].xml, "<protected>true</protected>")); // never the key in plain text
    QVERIFY(!contains(profiles[2].xml, "right one"));
    SessionProfile missing;
    QCOMPARE(session.profile(Join, "Nowhere", &missing).error, SessionError::NotFound);
    QVERIFY(session.close().ok());
}

void SimulatedWlanApi::forget_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<quint32>("code");
    QTest::newRow("this account's") << "Home" << 0u;
    QTest::newRow("all users', without WRITE") << "Corp" << quint32(ERROR_ACCESS_DENIED);
    QTest::newRow("group policy") << "Policy" << quint32(ERROR_ACCESS_DENIED);
    QTest::newRow("unknown") << "Nowhere" << quint32(ERROR_NOT_FOUND);
}

void SimulatedWlanApi::forget()
{
    QFETCH(QString, profile);
    QFETCH(quint32, code);
    Simulation simulation;
    QVERIFY(simulation.load(profileScenario()));
    NativeWifiSession session;
    EventLog events;
    QVERIFY(session.open(events.sink()).ok());
    QCOMPARE(session.deleteProfile(Join, profile.toStdString()).code, std::uint32_t(code));
    std::vector<SessionProfile> profiles;
    QVERIFY(session.profiles(Join, &profiles).ok());
    const bool kept = std::any_of(profiles.begin(), profiles.end(),
                                  [&](const SessionProfile &p) { return p.name == profile.toStdString(); });
    QCOMPARE(kept, code != 0 && code != ERROR_NOT_FOUND);
    QVERIFY(session.close().ok());
}

// WlanGetProfile, connectionMode changed, WlanSetProfile with the same flags.
void SimulatedWlanApi::autoConnectRewritesTheConnectionMode()
{
    Simulation simulation;
    QVERIFY(simulation.load(profileScenario()));
    NativeWifiSession session;
    EventLog events;
    QVERIFY(session.open(events.sink()).ok());
    SessionProfile home;
    QVERIFY(session.profile(Join, "Home", &home).ok());
    const QString manual = Aerial::WlanProfileXml::withAutoConnect(QString::fromStdString(home.xml), false);
    std::uint32_t refusal = 0;
    QVERIFY(session.setProfile(Join, manual.toStdString(), home.allUsers, true, &refusal).ok());
    QVERIFY(contains(simulation.calls(), "flags=2 overwrite=1 name=Home ssid=486F6D65 mode=manual"));
    QVERIFY(session.profile(Join, "Home", &home).ok());
    QVERIFY(contains(home.xml, "<connectionMode>manual</connectionMode>"));
    // The protected key went back untouched: Home still connects.
    QVERIFY(session.connect(Join, "Home").ok());
    QVERIFY(events.waitFor(Kind::ConnectionCompleted, Join));
    QCOMPARE(events.first(Kind::ConnectionCompleted, Join).reasonCode, std::uint32_t(0));

    // Another type on overwrite is refused; so is a change without WRITE.
    QCOMPARE(session.setProfile(Join, manual.toStdString(), true, true, &refusal).code, std::uint32_t(ERROR_ALREADY_EXISTS));
    SessionProfile corp;
    QVERIFY(session.profile(Join, "Corp", &corp).ok());
    const QString corpManual = Aerial::WlanProfileXml::withAutoConnect(QString::fromStdString(corp.xml), false);
    QCOMPARE(session.setProfile(Join, corpManual.toStdString(), true, true, &refusal).code,
             std::uint32_t(ERROR_ACCESS_DENIED));
    QVERIFY(session.close().ok());
}

void SimulatedWlanApi::radioOffAndOnOverTwoPhys()
{
    Simulation simulation;
    QVERIFY(simulation.load(profileScenario()));
    NativeWifiSession session;
    EventLog events;
    QVERIFY(session.open(events.sink()).ok());
    QVERIFY(session.setRadio(Join, false).ok());
    QVERIFY(contains(simulation.calls(), "WlanSetInterface " + Join + " 4 phy=0 off"));
    QVERIFY(contains(simulation.calls(), "WlanSetInterface " + Join + " 4 phy=1 off"));
    SessionRadio radio;
    QVERIFY(session.radio(Join, &radio).ok());
    QVERIFY(!radio.on);
    QVERIFY(radio.hardwareOn);
    QVERIFY(events.waitFor(Kind::RadioStateChanged, Join));
    QVERIFY(!events.first(Kind::RadioStateChanged, Join).radioOn);
    std::vector<SessionNetwork> networks;
    QVERIFY(session.networks(Join, &networks).ok());
    QVERIFY(networks.empty()); // nothing is heard with the radio off

    QVERIFY(session.setRadio(Join, true).ok());
    QVERIFY(session.radio(Join, &radio).ok());
    QVERIFY(radio.on);
    QVERIFY(contains(simulation.calls(), "WlanSetInterface " + Join + " 4 phy=1 on"));

    // A hardware switch: reported, and not overridden (no call is made).
    QVERIFY(session.radio(Switched, &radio).ok());
    QVERIFY(!radio.on);
    QVERIFY(!radio.hardwareOn);
    simulation.get<AerialSimulationClearCallLogFn>("AerialSimulationClearCallLog")();
    QCOMPARE(session.setRadio(Switched, true).error, SessionError::InvalidState);
    QVERIFY(!contains(simulation.calls(), "WlanSetInterface"));
    QVERIFY(session.close().ok());
}

void SimulatedWlanApi::badProfilesHaveAReason_data()
{
    QTest::addColumn<QString>("xml");
    QTest::addColumn<quint32>("reason");

    const QString good = QString::fromStdString(profileXml("Cafe", "Cafe", Aerial::Security::Wpa2Personal, "croissant"));
    QTest::newRow("short key") << QString(good).replace("croissant", "short") << 0x40004u;
    QTest::newRow("not a profile") << QStringLiteral("<html/>") << 0x80001u;
    QTest::newRow("no SSID") << QString(good).replace("<hex>43616665</hex><name>Cafe</name>", "") << 0x80013u;
}

void SimulatedWlanApi::badProfilesHaveAReason()
{
    QFETCH(QString, xml);
    QFETCH(quint32, reason);
    Simulation simulation;
    QVERIFY(simulation.load(profileScenario()));
    NativeWifiSession session;
    EventLog events;
    QVERIFY(session.open(events.sink()).ok());
    std::uint32_t refusal = 0;
    const CallResult saved = session.setProfile(Join, xml.toStdString(), false, false, &refusal);
    QCOMPARE(saved.code, std::uint32_t(ERROR_BAD_PROFILE));
    QCOMPARE(saved.error, SessionError::BadProfile);
    QCOMPARE(refusal, std::uint32_t(reason));
    QVERIFY(!session.reasonText(refusal).empty());
    QVERIFY(session.close().ok());
}

void SimulatedWlanApi::policyForbidsAddingProfiles()
{
    Simulation simulation;
    std::string scenario = profileScenario();
    scenario.insert(scenario.rfind('}'), R"(, "faults": [ { "operation": "set-profile", "error": "access-denied" } ])");
    QVERIFY(simulation.load(scenario));
    NativeWifiSession session;
    EventLog events;
    QVERIFY(session.open(events.sink()).ok());
    std::uint32_t refusal = 0;
    const CallResult saved =
        session.setProfile(Join, profileXml("Open", "Open", Aerial::Security::Open, {}), false, false, &refusal);
    QCOMPARE(saved.error, SessionError::AccessDenied);
    // Location privacy does not gate these: a join by name still works
    // while scans are refused.
    std::string private_ = profileScenario();
    private_.replace(private_.find("\"latencyMs\": 10"), 15, "\"latencyMs\": 10, \"locationAllowed\": false");
    QVERIFY(simulation.load(private_));
    QVERIFY(session.setProfile(Join, profileXml("Open", "Open", Aerial::Security::Open, {}), false, false, &refusal).ok());
    QVERIFY(session.connect(Join, "Open").ok());
    QVERIFY(events.waitFor(Kind::ConnectionCompleted, Join));
    QCOMPARE(session.scan(Join).error, SessionError::AccessDenied);
    QVERIFY(session.close().ok());
}

// ---- Wine's own wlanapi.dll ----

void WineWlanApi::wineBuiltinOpensEnumeratesAndCloses()
{
    NativeWifiSession session;
    EventLog events;
    const CallResult opened = session.open(events.sink());
    QVERIFY(opened.ok());
    QCOMPARE(session.negotiatedVersion(), DWORD(2));
    // Wine answers WlanRegisterNotification with ERROR_CALL_NOT_IMPLEMENTED.
    QVERIFY(!session.notifies());
    std::vector<SessionInterface> interfaces{ SessionInterface{} };
    QVERIFY(session.interfaces(&interfaces).ok());
    QVERIFY(interfaces.empty());
    // WlanConnect, WlanDisconnect and WlanGetProfileList are stubs that abort
    // the process; for an interface the service does not list they are
    // never reached, so this process lives on.
    const std::string nowhere = "{00000000-0000-0000-0000-000000000001}";
    QCOMPARE(session.connect(nowhere, "HomeNet").error, SessionError::InvalidParameter);
    QCOMPARE(session.disconnect(nowhere).error, SessionError::InvalidParameter);
    std::vector<SessionProfile> profiles;
    QCOMPARE(session.profiles(nowhere, &profiles).error, SessionError::InvalidParameter);
    QCOMPARE(session.scan("not a guid").error, SessionError::InvalidParameter);
    QVERIFY(session.close().ok());
}

// ---- no wlanapi.dll ----

void MissingWlanApi::missingDllIsAClearError()
{
    NativeWifiSession session;
    EventLog events;
    const CallResult opened = session.open(events.sink());
    QCOMPARE(opened.code, std::uint32_t(ERROR_MOD_NOT_FOUND));
    QCOMPARE(opened.error, SessionError::ServiceUnavailable);
    QVERIFY(!opened.message.empty());
    QVERIFY(!session.notifies());
    std::vector<SessionInterface> interfaces;
    QCOMPARE(session.interfaces(&interfaces).code, std::uint32_t(ERROR_INVALID_HANDLE));
    QCOMPARE(session.connect(Usb, "HomeNet").code, std::uint32_t(ERROR_INVALID_HANDLE));
    QVERIFY(session.close().ok());
}

} // namespace

// The DLL plays the file AERIAL_WLANAPI_SCENARIO names, with no test control.
void EnvironmentWlanApi::environmentScenarioPlaysFromTheStart()
{
    NativeWifiSession session;
    EventLog events;
    QVERIFY(session.open(events.sink()).ok());
    std::vector<SessionInterface> interfaces;
    QVERIFY(session.interfaces(&interfaces).ok());
    QCOMPARE(interfaces.size(), std::size_t(2));
    if (!interfaces.empty())
        QCOMPARE(interfaces[0].description, std::string("Played from the environment"));
    SessionConnection connection;
    QVERIFY(session.connection("{3f1c3b5e-0c1d-4a53-9d2e-6b7a1f0e2c11}", &connection).ok());
    QCOMPARE(connection.profile, std::string("HomeNet"));
}

// A file that cannot be played: the DLL says so once (ctest checks stderr)
// and is a service with no interfaces.
void BadEnvironmentWlanApi::environmentBadFileIsAServiceWithoutInterfaces()
{
    NativeWifiSession session;
    EventLog events;
    QVERIFY(session.open(events.sink()).ok());
    std::vector<SessionInterface> interfaces{ SessionInterface{} };
    QVERIFY(session.interfaces(&interfaces).ok());
    QVERIFY(interfaces.empty());
}

// tst_wlansession WORLD [Qt Test options and test functions]
int main(int argc, char **argv)
{
    const std::string world = argc > 1 ? argv[1] : "";
    std::vector<char *> rest{ argv[0] };
    rest.insert(rest.end(), argv + std::min(argc, 2), argv + argc);
    const int count = int(rest.size());
    const auto run = [&](QObject &&test) { return QTest::qExec(&test, count, rest.data()); };
    if (world == "simulated")
        return run(SimulatedWlanApi());
    if (world == "wine-builtin")
        return run(WineWlanApi());
    if (world == "missing")
        return run(MissingWlanApi());
    if (world == "environment")
        return run(EnvironmentWlanApi());
    if (world == "environment-bad")
        return run(BadEnvironmentWlanApi());
    std::fprintf(stderr, "usage: tst_wlansession simulated|wine-builtin|missing|environment|environment-bad\n");
    return 2;
}

#include "tst_wlansession.moc"
