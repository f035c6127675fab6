// One scenario, played by each backend's service, and what only a test can
// do to that service: the backend contract (tst_backendcontract) and the
// fault matrix (tst_faultmatrix) run their cases through it.
// - by default, the simulated service (SimulatedBackend);
// - given "nativewifi" (Windows, under Wine): NativeWifiBackend on the real
//   Win32 layer, with the simulated wlanapi.dll playing the scenario;
// - built with AERIAL_CONTRACT_NETWORKMANAGER (Linux, tests/linux):
//   NetworkManagerBackend on a private bus, with python-dbusmock's
//   NetworkManager playing the scenario's first interface
//   (tests/linux/networkmanager_template.py, LoadScenario).
// Where a platform differs (profile ids, reason codes, one radio switch for
// all devices), the service says how; the cases stay the same.
#pragma once

#include "simulatedbackend.h"

#ifdef Q_OS_WIN
#include "nativewifibackend.h"
#include "nativewifisession.h"
#include "simulationcontrol.h"
#endif
#ifdef AERIAL_CONTRACT_NETWORKMANAGER
#include "linux/networkmanagerbackend.h"
#include "networkmanagermock.h"
#include "secretservice.h"
#endif

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>
#include <optional>

using namespace Aerial;

const QByteArray ScenarioText = R"({
  "latencyMs": 5,
  "interfaces": [
    { "id": "wlan", "description": "Adapter", "state": "connected", "profile": "Corp",
      "networks": [
        { "ssid": "Corp", "signal": 70, "security": "wpa2-enterprise", "profile": "Corp" },
        { "ssid": "Café", "signal": 60, "security": "wpa2-personal", "passphrase": "croissant" },
        { "ssid": "Sae", "signal": 55, "security": "wpa3-personal", "passphrase": "long enough" },
        { "ssid": "Open", "signal": 50, "security": "open" },
        { "ssid": "Owe", "signal": 45, "security": "owe" },
        { "ssid": "Secret", "signal": 40, "security": "wpa2-personal", "hidden": true, "passphrase": "hush-hush" },
        { "ssid": "Home", "signal": 35, "security": "wpa2-personal", "profile": "Home", "passphrase": "right one" },
        { "ssid": "Policy", "signal": 30, "security": "wpa2-personal", "profile": "Policy" } ] },
    { "id": "switched", "description": "Switched off", "state": "disconnected", "radio": false, "hardwareRadio": false }
  ],
  "profiles": [
    { "name": "Corp", "allUsers": true, "userCanWrite": false },
    { "name": "Home" },
    { "name": "Policy", "groupPolicy": true }
  ]
})";

// The scenario played by one backend's service, and what only a test can do
// to that service. Faults a service cannot be made to show are skipped.
class ContractService
{
public:
    virtual ~ContractService() = default;
    // Before the first case, and after each one.
    virtual void start() {}
    virtual void stop() {}
    // A backend that has read the scenario.
    std::unique_ptr<WirelessBackend> makeBackend() { return makeRefusingBackend({}); }
    // The same, with a service that refuses the operation's first call once
    // (access denied, NetworkManager's PermissionDenied); none: no refusal.
    virtual std::unique_ptr<WirelessBackend> makeRefusingBackend(std::optional<Operation> refused) = 0;
    // The scenario's "wlan" interface as the backend names it.
    virtual QString wlan() const = 0;
    virtual int interfaceCount() const { return 2; }
    // The native code of a rejected password.
    virtual quint32 passwordRejectedCode() const = 0;
    virtual RadioSwitch radioSwitch() const { return RadioSwitch::PerInterface; }
    virtual bool hasGroupPolicy() const { return true; }
    // The interface whose radio a hardware switch holds off once this returns.
    virtual QString switchRadioOffByHardware() = 0;
    // The service stops (as a crash would) with the next operations in
    // flight, and comes back with the scenario; the interface goes. False
    // where the test cannot do that to the service.
    virtual bool holdOperations() { return false; }
    // Keeps a join and a scan in flight until the interface goes.
    virtual void holdUntilTheInterfaceGoes() {}
    virtual bool loseService(WirelessBackend &) { return false; }
    virtual void restoreService(WirelessBackend &) {}
    // How an operation the lost service never answered finishes.
    virtual ErrorKind lostError() const { return ErrorKind::ServiceUnavailable; }
    // How a connect or join may finish whose service was lost after taking it.
    virtual QList<ErrorKind> lostBeforeCompletionErrors() const { return { lostError() }; }
    virtual bool removeWlan(WirelessBackend &) { return false; }
    // How an operation on an interface that was unplugged meanwhile may
    // finish.
    virtual QList<ErrorKind> removedErrors(Operation) const { return { ErrorKind::InvalidParameter }; }
    // Keeps the next operation on its way, short of its completion.
    virtual void holdBeforeCompletion(Operation) {}
    // Returns once the service has taken the operation's call; false if it
    // never did.
    virtual bool waitUntilTaken(Operation) { return true; }
    // The next connect of a saved network asks Aerial for its password on
    // the way. False where the service never asks.
    virtual bool askForSecretOnConnect() { return false; }
    // What the service itself recorded of the calls it took, where it keeps
    // a record: the simulated wlanapi.dll's call log.
    virtual QString callRecord() const { return {}; }
};

const QString SimulatedWlan = QStringLiteral("{5A1E0000-0000-4000-8000-00000000000A}");
const QString SimulatedSwitched = QStringLiteral("{5A1E0000-0000-4000-8000-00000000000B}");

// Native Wifi wants GUIDs for interface ids; the simulation takes them too.
// With refused, the scenario's faults (docs/scenario-format.md) refuse the
// native call the operation starts with, once.
inline QByteArray scenarioWithGuids(std::optional<Operation> refused = {})
{
    const QByteArray text = QByteArray(ScenarioText)
                                .replace(R"("id": "wlan")", "\"id\": \"" + SimulatedWlan.toUtf8() + '"')
                                .replace(R"("id": "switched")", "\"id\": \"" + SimulatedSwitched.toUtf8() + '"');
    if (!refused)
        return text;
    // A join writes its profile first; Windows changes auto-connect by
    // writing the profile back.
    const QHash<Operation, QString> firstCall = {
        { Operation::Connect, QStringLiteral("connect") },        { Operation::Join, QStringLiteral("set-profile") },
        { Operation::Disconnect, QStringLiteral("disconnect") },  { Operation::Scan, QStringLiteral("scan") },
        { Operation::Forget, QStringLiteral("delete-profile") },  { Operation::SetAutoConnect, QStringLiteral("set-profile") },
        { Operation::SetRadio, QStringLiteral("set-radio") },
    };
    QJsonObject scenario = QJsonDocument::fromJson(text).object();
    scenario.insert(QStringLiteral("faults"),
                    QJsonArray{ QJsonObject{ { QStringLiteral("operation"), firstCall.value(*refused) },
                                             { QStringLiteral("error"), QStringLiteral("access-denied") },
                                             { QStringLiteral("times"), 1 } } });
    return QJsonDocument(scenario).toJson();
}

class SimulatedService : public ContractService
{
public:
    std::unique_ptr<WirelessBackend> makeRefusingBackend(std::optional<Operation> refused) override
    {
        QString error;
        auto backend = SimulatedBackend::fromText(scenarioWithGuids(refused), QStringLiteral("contract.json"), &error);
        if (!backend)
            qFatal("%s", qPrintable(error));
        return backend;
    }
    QString wlan() const override { return SimulatedWlan; }
    quint32 passwordRejectedCode() const override { return 0x48014; } // wlan_reason_code, as Native Wifi's
    QString switchRadioOffByHardware() override { return SimulatedSwitched; } // the scenario's
    bool holdOperations() override { return true; } // nothing is answered before the event loop runs
    bool loseService(WirelessBackend &backend) override
    {
        static_cast<SimulatedBackend &>(backend).stopService();
        return true;
    }
    void restoreService(WirelessBackend &backend) override { static_cast<SimulatedBackend &>(backend).startService(); }
    bool removeWlan(WirelessBackend &backend) override
    {
        static_cast<SimulatedBackend &>(backend).removeInterface(SimulatedWlan);
        return true;
    }
};

#ifdef Q_OS_WIN
// The simulated wlanapi.dll, loaded from System32 as the session loads it,
// plays the scenario; the backend reads it through the real Win32 layer.
class NativeWifiService : public ContractService
{
public:
    std::unique_ptr<WirelessBackend> makeRefusingBackend(std::optional<Operation> refused) override
    {
        const auto load = control<AerialSimulationLoadFn>("AerialSimulationLoad");
        char error[512] = {};
        // Notifications 100 ms apart: the DLL's thread hands them to Aerial's
        // event loop, and a test that stops the service at the first state
        // of a connection must get there before the next one is queued.
        const QByteArray scenario =
            scenarioWithGuids(refused).replace(R"("latencyMs": 5)", R"("latencyMs": 100)");
        if (load(scenario.constData(), error, sizeof error) != ERROR_SUCCESS)
            qFatal("%s", error);
        restoreService();
        NativeWifiBackend::Timing timing;
        timing.scanThrottleMs = 0;
        timing.connectTimeoutMs = 2000;
        timing.scanTimeoutMs = 2000;
        auto backend = std::make_unique<NativeWifiBackend>(std::make_unique<aerial::win::NativeWifiSession>(), timing);
        const bool loaded = QTest::qWaitFor([&] {
            return backend->interfaces().size() == 2 && !backend->networks(SimulatedWlan).isEmpty();
        }, 10000);
        if (!loaded)
            qFatal("NativeWifiBackend did not read the simulated service");
        return backend;
    }
    QString wlan() const override { return SimulatedWlan; }
    quint32 passwordRejectedCode() const override { return 0x48014; }
    QString switchRadioOffByHardware() override { return SimulatedSwitched; }
    // The DLL holds the calls that change something, unanswered, until the
    // service stops.
    bool holdOperations() override
    {
        return control<AerialSimulationHoldCallsFn>("AerialSimulationHoldCalls")(TRUE) == ERROR_SUCCESS;
    }
    bool loseService(WirelessBackend &) override
    {
        return control<AerialSimulationSetServiceRunningFn>("AerialSimulationSetServiceRunning")(FALSE) == ERROR_SUCCESS;
    }
    void restoreService(WirelessBackend &) override { restoreService(); }
    void stop() override { restoreService(); }
    // RPC_S_SERVER_UNAVAILABLE: a call on a session whose service has gone
    // (WlanConnect's return values, Microsoft Learn).
    ErrorKind lostError() const override { return ErrorKind::RpcFailure; }
    // A stopped service sends nothing more, so a connection it had taken
    // ends at the backend's connect deadline, with no outcome reported; or
    // a call the backend makes for it afterwards meets the stopped service.
    QList<ErrorKind> lostBeforeCompletionErrors() const override
    {
        return { ErrorKind::ConnectionFailed, ErrorKind::RpcFailure };
    }
    bool waitUntilTaken(Operation operation) override
    {
        return operation != Operation::Scan
            || QTest::qWaitFor([this] { return callRecord().contains(QLatin1String("WlanScan")); }, 5000);
    }
    // The calls wait in the DLL until the adapter is gone, then meet its
    // absence.
    void holdUntilTheInterfaceGoes() override { holdOperations(); }
    bool removeWlan(WirelessBackend &) override
    {
        const DWORD removed = control<AerialSimulationRemoveInterfaceFn>("AerialSimulationRemoveInterface")(
            SimulatedWlan.toLatin1().constData());
        control<AerialSimulationHoldCallsFn>("AerialSimulationHoldCalls")(FALSE);
        return removed == ERROR_SUCCESS;
    }
    QString callRecord() const override
    {
        const auto log = control<AerialSimulationCallLogFn>("AerialSimulationCallLog");
        QByteArray text(qsizetype(log(nullptr, 0)), '\0');
        log(text.data(), DWORD(text.size()));
        return QString::fromUtf8(text.left(text.size() - 1));
    }

private:
    static void restoreService()
    {
        control<AerialSimulationHoldCallsFn>("AerialSimulationHoldCalls")(FALSE);
        control<AerialSimulationSetServiceRunningFn>("AerialSimulationSetServiceRunning")(TRUE);
    }
    template <typename Function>
    static Function control(const char *name)
    {
        const HMODULE dll = LoadLibraryExW(L"wlanapi.dll", nullptr, LOAD_LIBRARY_SEARCH_SYSTEM32);
        const auto function = reinterpret_cast<Function>(reinterpret_cast<void *>(GetProcAddress(dll, name)));
        if (!function)
            qFatal("wlanapi.dll is not the simulated one");
        return function;
    }
};
#endif

#ifdef AERIAL_CONTRACT_NETWORKMANAGER
// python-dbusmock's NetworkManager on a private system bus, started afresh
// for each case; a session bus without a Secret Service beside it, so that
// passwords go along with the join ("not saved").
class NetworkManagerService : public ContractService
{
public:
    void start() override
    {
        if (!m_session.startBus())
            qFatal("%s", qPrintable(m_session.lastError()));
        if (!m_mock.startBus())
            qFatal("%s", qPrintable(m_mock.lastError()));
    }
    void stop() override { m_mock.stopService(); }
    std::unique_ptr<WirelessBackend> makeRefusingBackend(std::optional<Operation> refused) override
    {
        m_mock.stopService();
        playScenario();
        auto backend = std::make_unique<NetworkManagerBackend>(m_mock.bus());
        // Read: the networks, the saved connections, and the permissions
        // that decide what may be changed (Corp is shared, and not writable).
        const bool loaded = QTest::qWaitFor([&] {
            const QList<WirelessNetwork> networks = backend->networks(m_device);
            const auto corp = std::find_if(networks.cbegin(), networks.cend(),
                                           [](const WirelessNetwork &n) { return n.ssid == "Corp"; });
            const auto home = std::find_if(networks.cbegin(), networks.cend(),
                                           [](const WirelessNetwork &n) { return n.ssid == "Home"; });
            return backend->interfaces().size() == 1 && backend->interfaces()[0].state == InterfaceState::Connected
                && corp != networks.cend() && corp->profile.isValid() && !corp->profile.may(ProfileRight::Delete)
                && home != networks.cend() && home->profile.isValid();
        }, 10000);
        if (!loaded)
            qFatal("NetworkManagerBackend did not read the mock's scenario");
        // Every operation's first call goes through the template's hold.
        if (refused)
            m_mock.hold(QStringLiteral("refuse"));
        return backend;
    }
    QString wlan() const override { return m_device; }
    int interfaceCount() const override { return 1; }
    // NM_DEVICE_STATE_REASON_NO_SECRETS (NetworkManager's introspection,
    // NMDeviceStateReason): asked again after the handshake failed, Aerial's
    // agent refuses to give the join's password twice.
    quint32 passwordRejectedCode() const override { return 7; }
    RadioSwitch radioSwitch() const override { return RadioSwitch::Global; }
    bool hasGroupPolicy() const override { return false; }
    QString switchRadioOffByHardware() override
    {
        m_mock.setProperty(QStringLiteral("/org/freedesktop/NetworkManager"), QStringLiteral("org.freedesktop.NetworkManager"),
                           QStringLiteral("WirelessHardwareEnabled"), false);
        return m_device;
    }
    bool holdOperations() override
    {
        m_mock.hold(QStringLiteral("sleep"));
        return true;
    }
    bool loseService(WirelessBackend &) override { return m_mock.stopService(); }
    void restoreService(WirelessBackend &) override { playScenario(); }
    bool removeWlan(WirelessBackend &) override
    {
        m_mock.removeDevice(m_device);
        return true;
    }
    // A join stays at prepare, and a scan never ends.
    void holdUntilTheInterfaceGoes() override { m_mock.hold(QStringLiteral("pending")); }
    // The scan's answer has come back to the backend.
    bool waitUntilTaken(Operation operation) override
    {
        if (operation != Operation::Scan)
            return true;
        const bool taken =
            QTest::qWaitFor([this] { return m_mock.callCount(m_device, QStringLiteral("RequestScan")) > 0; }, 5000);
        QTest::qWait(200);
        return taken;
    }
    // A join stays at prepare; a scan never ends; a connect waits at
    // need-auth for the password prompt.
    void holdBeforeCompletion(Operation operation) override
    {
        if (operation == Operation::Connect)
            askForSecretOnConnect();
        else
            m_mock.hold(QStringLiteral("pending"));
    }
    // The backend's agent shares the test's connection to the bus.
    bool askForSecretOnConnect() override
    {
        m_mock.holdForSecrets(m_mock.bus().baseService());
        return true;
    }
    // A disconnect or a forget is done with its call's answer, and the mock
    // takes calls in the order they reach it: the answer may come before the
    // device goes. A forget acts on the connection, not on the device.
    QList<ErrorKind> removedErrors(Operation operation) const override
    {
        if (operation == Operation::Disconnect || operation == Operation::Forget)
            return { ErrorKind::None, ErrorKind::InvalidParameter };
        return ContractService::removedErrors(operation);
    }

private:
    void playScenario()
    {
        if (!m_mock.startService())
            qFatal("%s", qPrintable(m_mock.lastError()));
        m_device = m_mock.loadScenario(ScenarioText);
    }

    SecretService m_session;
    NetworkManagerMock m_mock;
    QString m_device;
};
#endif


// The service a test's main() was asked for, by its arguments (which lose
// the choice) or by how the test was built.
inline ContractService *chooseService(QStringList &arguments)
{
#if defined(AERIAL_CONTRACT_NETWORKMANAGER)
    Q_UNUSED(arguments);
    static NetworkManagerService networkManager;
    return &networkManager;
#else
#ifdef Q_OS_WIN
    static NativeWifiService nativeWifi;
    if (arguments.removeAll(QStringLiteral("nativewifi")) > 0)
        return &nativeWifi;
#else
    Q_UNUSED(arguments);
#endif
    static SimulatedService simulated;
    return &simulated;
#endif
}
