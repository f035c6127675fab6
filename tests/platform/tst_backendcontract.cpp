// The contract's cases for join, forget, auto-connect and radio, and the
// rule that every operation finishes exactly once, run against a backend
// through the contract alone, with one scenario played by each backend's
// service:
// - by default, the simulated service (SimulatedBackend);
// - given "nativewifi" (Windows, under Wine): NativeWifiBackend on the real
//   Win32 layer, with the simulated wlanapi.dll playing the scenario;
// - built as tst_backendcontract_networkmanager (Linux, tests/linux):
//   NetworkManagerBackend on a private bus, with python-dbusmock's
//   NetworkManager playing the scenario's first interface
//   (tests/linux/networkmanager_template.py, LoadScenario).
// Where a platform differs (profile ids, reason codes, one radio switch for
// all devices), the service below says how; the cases stay the same.
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

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

#include <functional>

using namespace Aerial;

namespace {

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
    virtual std::unique_ptr<WirelessBackend> makeBackend() = 0;
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
    virtual bool removeWlan(WirelessBackend &) { return false; }
    // What the service itself recorded of the calls it took, where it keeps
    // a record: the simulated wlanapi.dll's call log.
    virtual QString callRecord() const { return {}; }
};

const QString SimulatedWlan = QStringLiteral("{5A1E0000-0000-4000-8000-00000000000A}");
const QString SimulatedSwitched = QStringLiteral("{5A1E0000-0000-4000-8000-00000000000B}");

// Native Wifi wants GUIDs for interface ids; the simulation takes them too.
QByteArray scenarioWithGuids()
{
    return QByteArray(ScenarioText)
        .replace(R"("id": "wlan")", "\"id\": \"" + SimulatedWlan.toUtf8() + '"')
        .replace(R"("id": "switched")", "\"id\": \"" + SimulatedSwitched.toUtf8() + '"');
}

class SimulatedService : public ContractService
{
public:
    std::unique_ptr<WirelessBackend> makeBackend() override
    {
        QString error;
        auto backend = SimulatedBackend::fromText(scenarioWithGuids(), QStringLiteral("contract.json"), &error);
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
    std::unique_ptr<WirelessBackend> makeBackend() override
    {
        const HMODULE dll = LoadLibraryExW(L"wlanapi.dll", nullptr, LOAD_LIBRARY_SEARCH_SYSTEM32);
        const auto load = reinterpret_cast<AerialSimulationLoadFn>(
            reinterpret_cast<void *>(GetProcAddress(dll, "AerialSimulationLoad")));
        if (!load)
            qFatal("wlanapi.dll is not the simulated one");
        char error[512] = {};
        if (load(scenarioWithGuids().constData(), error, sizeof error) != ERROR_SUCCESS)
            qFatal("%s", error);
        NativeWifiBackend::Timing timing;
        timing.scanThrottleMs = 0;
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
    QString callRecord() const override
    {
        const HMODULE dll = GetModuleHandleW(L"wlanapi.dll");
        const auto log = reinterpret_cast<AerialSimulationCallLogFn>(
            reinterpret_cast<void *>(GetProcAddress(dll, "AerialSimulationCallLog")));
        if (!log)
            return {};
        QByteArray text(qsizetype(log(nullptr, 0)), '\0');
        log(text.data(), DWORD(text.size()));
        return QString::fromUtf8(text.left(text.size() - 1));
    }
    // Its losses are in tst_nativewifibackend, against the fake session.
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
    std::unique_ptr<WirelessBackend> makeBackend() override
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
        return backend;
    }
    QString wlan() const override { return m_device; }
    int interfaceCount() const override { return 1; }
    // NM_DEVICE_STATE_REASON_SUPPLICANT_DISCONNECT (NetworkManager's introspection, NMDeviceStateReason).
    quint32 passwordRejectedCode() const override { return 8; }
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

ContractService *g_service = nullptr; // chosen by main()

QString wlan()
{
    return g_service->wlan();
}

WirelessInterface interfaceOf(const WirelessBackend &backend, const QString &id)
{
    const QList<WirelessInterface> interfaces = backend.interfaces();
    for (const WirelessInterface &iface : interfaces) {
        if (iface.id == id)
            return iface;
    }
    return {};
}

const WirelessNetwork *findNetwork(const WirelessBackend &backend, const QByteArray &ssid)
{
    static QList<WirelessNetwork> networks;
    networks = backend.networks(wlan());
    for (const WirelessNetwork &network : networks) {
        if (network.ssid == ssid)
            return &network;
    }
    return nullptr;
}

// A saved profile's id, by the name the scenario gives it (the name itself on
// Windows and in the simulation, an object path on NetworkManager).
QString profileId(const WirelessBackend &backend, const QByteArray &ssid)
{
    const WirelessNetwork *network = findNetwork(backend, ssid);
    return network ? network->profile.id : QString();
}

OperationResult only(const QSignalSpy &finished)
{
    return finished.constLast().constFirst().value<OperationResult>();
}

JoinRequest joinOf(const QByteArray &ssid, Security security, const QString &secret, bool hidden = false)
{
    JoinRequest request;
    request.interfaceId = wlan();
    request.ssid = ssid;
    request.security = security;
    request.secret = secret;
    request.hidden = hidden;
    return request;
}

} // namespace

class TestBackendContract : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { g_service->start(); }
    void cleanup() { g_service->stop(); }
    void join_data();
    void join();
    void wrongPasswordThenRightOne();
    void forget_data();
    void forget();
    void autoConnect();
    void radio();
    void finishesOnceWhenTheServiceIsLost_data();
    void finishesOnceWhenTheServiceIsLost();
    void finishesOnceWhenTheInterfaceGoes();
    void finishesOnceWhenAerialQuits();
    void capabilitiesSayWhatTheBackendDoes();
    void logsOperationsButNeverTheSecret();
};

void TestBackendContract::join_data()
{
    QTest::addColumn<QByteArray>("ssid");
    QTest::addColumn<Security>("security");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<bool>("hidden");
    QTest::addColumn<ErrorKind>("error");

    QTest::newRow("wpa2, right key") << QByteArray("Café") << Security::Wpa2Personal << "croissant" << false << ErrorKind::None;
    QTest::newRow("wpa2, wrong key") << QByteArray("Café") << Security::Wpa2Personal << "baguette!" << false
                                     << ErrorKind::PasswordRejected;
    QTest::newRow("wpa3, right key") << QByteArray("Sae") << Security::Wpa3Personal << "long enough" << false << ErrorKind::None;
    QTest::newRow("open") << QByteArray("Open") << Security::Open << QString() << false << ErrorKind::None;
    QTest::newRow("enhanced open") << QByteArray("Owe") << Security::Owe << QString() << false << ErrorKind::None;
    QTest::newRow("hidden, by name") << QByteArray("Secret") << Security::Wpa2Personal << "hush-hush" << true << ErrorKind::None;
    QTest::newRow("hidden, wrong security") << QByteArray("Secret") << Security::Wpa3Personal << "hush-hush" << true
                                            << ErrorKind::ConnectionFailed;
    QTest::newRow("enterprise is not joinable") << QByteArray("Corp") << Security::Wpa2Enterprise << QString() << false
                                                << ErrorKind::NotSupported;
}

void TestBackendContract::join()
{
    QFETCH(QByteArray, ssid);
    QFETCH(Security, security);
    QFETCH(QString, secret);
    QFETCH(bool, hidden);
    QFETCH(ErrorKind, error);

    auto backend = g_service->makeBackend();
    QSignalSpy finished(backend.get(), &WirelessBackend::operationFinished);
    backend->join(joinOf(ssid, security, secret, hidden));
    QCOMPARE(finished.size(), 0); // never from inside the call
    QVERIFY(finished.wait(5000));
    QTest::qWait(30); // nothing more may follow
    QCOMPARE(finished.size(), 1);
    const OperationResult result = only(finished);
    QCOMPARE(result.operation, Operation::Join);
    QCOMPARE(result.ssid, ssid);
    QCOMPARE(result.error, error);
    // No message of the service carries the key.
    if (!secret.isEmpty())
        QVERIFY(!result.message.contains(secret));

    // What the service shows follows, at once or in its next notifications.
    if (error == ErrorKind::None) {
        QTRY_COMPARE(interfaceOf(*backend, wlan()).state, InterfaceState::Connected);
        QTRY_COMPARE(interfaceOf(*backend, wlan()).ssid, ssid);
        QTRY_VERIFY(findNetwork(*backend, ssid) && findNetwork(*backend, ssid)->profile.isValid());
        const WirelessNetwork *network = findNetwork(*backend, ssid);
        QCOMPARE(network->profile.id, result.profile);
        QCOMPARE(network->profile.name, QString::fromUtf8(ssid));
        QCOMPARE(network->profile.scope, ProfileScope::ThisAccount);
    } else if (error != ErrorKind::NotSupported) {
        // A join that did not connect leaves no profile behind.
        QTRY_COMPARE(interfaceOf(*backend, wlan()).state, InterfaceState::Disconnected);
        const QByteArray listed = hidden ? QByteArray() : ssid;
        QTRY_VERIFY(findNetwork(*backend, listed) && !findNetwork(*backend, listed)->profile.isValid());
    }
    QCOMPARE(backend->pendingOperations(), 0);
}

void TestBackendContract::wrongPasswordThenRightOne()
{
    auto backend = g_service->makeBackend();
    QSignalSpy finished(backend.get(), &WirelessBackend::operationFinished);
    backend->join(joinOf("Café", Security::Wpa2Personal, QStringLiteral("wrong-key")));
    QVERIFY(finished.wait(5000));
    QCOMPARE(only(finished).error, ErrorKind::PasswordRejected);
    QCOMPARE(only(finished).nativeCode, g_service->passwordRejectedCode());
    QTRY_VERIFY(!findNetwork(*backend, "Café")->profile.isValid());
    backend->join(joinOf("Café", Security::Wpa2Personal, QStringLiteral("croissant")));
    QVERIFY(finished.wait(5000));
    QVERIFY(only(finished).succeeded());
    // The retry's profile is the one listed, under the network's own name: no
    // "Café 2" was left behind.
    QTRY_VERIFY(findNetwork(*backend, "Café")->profile.isValid());
    QCOMPARE(only(finished).profile, profileId(*backend, "Café"));
    QCOMPARE(findNetwork(*backend, "Café")->profile.name, QStringLiteral("Café"));

    // A saved profile: the service holds its key.
    backend->connectProfile(wlan(), profileId(*backend, "Home"));
    QVERIFY(finished.wait(5000));
    QVERIFY(only(finished).succeeded());
}

void TestBackendContract::forget_data()
{
    QTest::addColumn<QByteArray>("profile");
    QTest::addColumn<ErrorKind>("error");
    QTest::addColumn<ProfileRights>("rights");
    QTest::newRow("this account's") << QByteArray("Home") << ErrorKind::None
                                    << (ProfileRights(ProfileRight::Connect) | ProfileRight::Change | ProfileRight::Delete);
    QTest::newRow("all users', not writable") << QByteArray("Corp") << ErrorKind::AccessDenied
                                              << ProfileRights(ProfileRight::Connect);
    QTest::newRow("group policy") << QByteArray("Policy") << ErrorKind::AccessDenied << ProfileRights(ProfileRight::Connect);
}

void TestBackendContract::forget()
{
    QFETCH(QByteArray, profile);
    QFETCH(ErrorKind, error);
    QFETCH(ProfileRights, rights);
    if (profile == "Policy" && !g_service->hasGroupPolicy())
        QSKIP("Group policy is Windows'");
    auto backend = g_service->makeBackend();
    // The rights are known before any attempt.
    const WirelessNetwork *before = findNetwork(*backend, profile);
    QVERIFY(before);
    QVERIFY(before->profile.isValid());
    QCOMPARE(before->profile.may(ProfileRight::Delete), rights.testFlag(ProfileRight::Delete));

    QSignalSpy finished(backend.get(), &WirelessBackend::operationFinished);
    QSignalSpy networks(backend.get(), &WirelessBackend::networksChanged);
    backend->forget(wlan(), before->profile.id);
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(only(finished).operation, Operation::Forget);
    QCOMPARE(only(finished).error, error);
    if (error == ErrorKind::None) {
        QTRY_VERIFY(!findNetwork(*backend, profile)->profile.isValid());
        QVERIFY(networks.size() > 0);
    } else {
        QTest::qWait(100); // no notification takes it away either
        QVERIFY(findNetwork(*backend, profile)->profile.isValid());
    }
}

void TestBackendContract::autoConnect()
{
    auto backend = g_service->makeBackend();
    QSignalSpy finished(backend.get(), &WirelessBackend::operationFinished);
    QVERIFY(findNetwork(*backend, "Home")->profile.autoConnect);
    backend->setAutoConnect(wlan(), profileId(*backend, "Home"), false);
    QVERIFY(finished.wait(5000));
    QVERIFY(only(finished).succeeded());
    QVERIFY(!only(finished).on);
    QTRY_VERIFY(!findNetwork(*backend, "Home")->profile.autoConnect);

    backend->setAutoConnect(wlan(), profileId(*backend, "Corp"), false);
    QVERIFY(finished.wait(5000));
    QCOMPARE(only(finished).error, ErrorKind::AccessDenied);
    QTest::qWait(100);
    QVERIFY(findNetwork(*backend, "Corp")->profile.autoConnect);
}

void TestBackendContract::radio()
{
    auto backend = g_service->makeBackend();
    QSignalSpy finished(backend.get(), &WirelessBackend::operationFinished);
    backend->setRadio(wlan(), false);
    QVERIFY(finished.wait(5000));
    QVERIFY(only(finished).succeeded());
    QVERIFY(!interfaceOf(*backend, wlan()).radioOn);
    QTRY_VERIFY(backend->networks(wlan()).isEmpty());
    // The connection drops on its way, as the service reports it.
    QTRY_VERIFY(!isLinked(interfaceOf(*backend, wlan()).state));

    backend->setRadio(wlan(), true);
    QVERIFY(finished.wait(5000));
    QVERIFY(only(finished).succeeded());
    QVERIFY(interfaceOf(*backend, wlan()).radioOn);
    QTRY_VERIFY(!backend->networks(wlan()).isEmpty());

    // A hardware switch holds the radio off: switching it on is refused.
    const QString switched = g_service->switchRadioOffByHardware();
    QTRY_VERIFY(!backend->radioHardwareOn(switched));
    const bool radioBefore = interfaceOf(*backend, switched).radioOn;
    backend->setRadio(switched, true);
    QVERIFY(finished.wait(5000));
    QCOMPARE(only(finished).error, ErrorKind::InvalidState);
    QCOMPARE(interfaceOf(*backend, switched).radioOn, radioBefore);
}

using Start = std::function<void(WirelessBackend &, const QString &home)>;

void TestBackendContract::finishesOnceWhenTheServiceIsLost_data()
{
    QTest::addColumn<Start>("start");
    QTest::newRow("connect") << Start([](WirelessBackend &b, const QString &home) { b.connectProfile(wlan(), home); });
    QTest::newRow("join") << Start([](WirelessBackend &b, const QString &) {
        b.join(joinOf("Café", Security::Wpa2Personal, QStringLiteral("croissant")));
    });
    QTest::newRow("disconnect") << Start([](WirelessBackend &b, const QString &) { b.disconnectInterface(wlan()); });
    QTest::newRow("scan") << Start([](WirelessBackend &b, const QString &) { b.scan(wlan()); });
    QTest::newRow("forget") << Start([](WirelessBackend &b, const QString &home) { b.forget(wlan(), home); });
    QTest::newRow("auto-connect") << Start([](WirelessBackend &b, const QString &home) { b.setAutoConnect(wlan(), home, false); });
    QTest::newRow("radio") << Start([](WirelessBackend &b, const QString &) { b.setRadio(wlan(), false); });
}

void TestBackendContract::finishesOnceWhenTheServiceIsLost()
{
    QFETCH(Start, start);
    auto backend = g_service->makeBackend();
    const QString home = profileId(*backend, "Home");
    QSignalSpy finished(backend.get(), &WirelessBackend::operationFinished);
    if (!g_service->holdOperations())
        QSKIP("This service's losses are tested against its fake session (tst_nativewifibackend)");
    start(*backend, home);
    QVERIFY(g_service->loseService(*backend)); // before any notification arrives
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(only(finished).error, ErrorKind::ServiceUnavailable);
    QTest::qWait(100);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(backend->pendingOperations(), 0);
    QTRY_VERIFY(!backend->isServiceAvailable());
    QTRY_VERIFY(backend->interfaces().isEmpty());

    // While it is down, calls are refused; when it is back, they work.
    start(*backend, home);
    QVERIFY(finished.wait(5000));
    QCOMPARE(only(finished).error, ErrorKind::ServiceUnavailable);
    g_service->restoreService(*backend);
    QTRY_COMPARE(backend->interfaces().size(), g_service->interfaceCount());
    backend->setRadio(wlan(), true);
    QVERIFY(finished.wait(5000));
    QVERIFY(only(finished).succeeded());
}

void TestBackendContract::finishesOnceWhenTheInterfaceGoes()
{
    auto backend = g_service->makeBackend();
    g_service->holdUntilTheInterfaceGoes();
    QSignalSpy finished(backend.get(), &WirelessBackend::operationFinished);
    backend->join(joinOf("Café", Security::Wpa2Personal, QStringLiteral("croissant")));
    backend->scan(wlan());
    if (!g_service->removeWlan(*backend))
        QSKIP("This service's lost interfaces are tested against its fake session (tst_nativewifibackend)");
    QTRY_COMPARE(finished.size(), 2);
    for (const QList<QVariant> &call : finished)
        QCOMPARE(call.constFirst().value<OperationResult>().error, ErrorKind::InvalidParameter);
    QTest::qWait(100);
    QCOMPARE(finished.size(), 2);
    QCOMPARE(backend->pendingOperations(), 0);
    if (auto *simulated = dynamic_cast<SimulatedBackend *>(backend.get()))
        QCOMPARE(simulated->pendingNotifications(), 0);
}

void TestBackendContract::finishesOnceWhenAerialQuits()
{
    auto backend = g_service->makeBackend();
    QObject listener;
    QList<OperationResult> results;
    connect(backend.get(), &WirelessBackend::operationFinished, &listener,
            [&](const OperationResult &result) { results.append(result); });
    backend->connectProfile(wlan(), profileId(*backend, "Home"));
    backend->setRadio(wlan(), false);
    backend.reset();
    QCOMPARE(results.size(), 2);
    for (const OperationResult &result : results)
        QCOMPARE(result.error, ErrorKind::Cancelled);
}

void TestBackendContract::capabilitiesSayWhatTheBackendDoes()
{
    auto backend = g_service->makeBackend();
    const BackendCapabilities can = backend->capabilities();
    QVERIFY(can.joinable.contains(Security::Wpa2Personal));
    QVERIFY(can.joinable.contains(Security::Wpa3Personal));
    QVERIFY(can.joinable.contains(Security::Owe));
    QVERIFY(!can.joinable.contains(Security::Wep));
    QVERIFY(!can.joinable.contains(Security::Wpa2Enterprise));
    QVERIFY(can.hiddenNetworks && can.forget && can.autoConnect);
    QCOMPARE(can.radio, g_service->radioSwitch());
}

namespace {

QStringList g_logged;

void keepLogged(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    g_logged << QString::fromLatin1(context.category) + QLatin1String(": ") + message;
}

} // namespace

// With every aerial.* category at debug level, as a person filing a bug
// turns them on, a join with a password is logged, and the password is in
// no line (platform/backendlog.h). The password is a wrong one: it is sent
// to the service all the same.
void TestBackendContract::logsOperationsButNeverTheSecret()
{
    const QString password = QStringLiteral("Quartz-Zebra-7731");
    auto backend = g_service->makeBackend();
    QSignalSpy finished(backend.get(), &WirelessBackend::operationFinished);
    g_logged.clear();
    QLoggingCategory::setFilterRules(QStringLiteral("aerial.*.debug=true"));
    const QtMessageHandler previous = qInstallMessageHandler(keepLogged);
    backend->join(joinOf("Café", Security::Wpa2Personal, password));
    const bool answered = finished.wait(5000);
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    QVERIFY(answered);
    QCOMPARE(only(finished).error, ErrorKind::PasswordRejected);
    const QString logged = g_logged.join(u'\n');
    QVERIFY2(logged.contains(QLatin1String("started: ")) && logged.contains(QLatin1String("Join")), qPrintable(logged));
    QVERIFY2(logged.contains(QLatin1String("finished: ")), qPrintable(logged));
    QVERIFY2(!logged.contains(password), qPrintable(logged));
    // On Windows the key goes only into the profile XML WlanSetProfile
    // takes: the service received one of its length there (masked in its
    // record), and the password is in no other call.
    const QString record = g_service->callRecord();
    if (!record.isEmpty()) {
        QVERIFY2(record.contains(QStringLiteral(" key=<%1 characters>").arg(password.size())), qPrintable(record));
        QVERIFY2(!record.contains(password), qPrintable(record));
    }
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList arguments = app.arguments();
    SimulatedService simulated;
    g_service = &simulated;
#ifdef Q_OS_WIN
    NativeWifiService nativeWifi;
    if (arguments.removeAll(QStringLiteral("nativewifi")) > 0)
        g_service = &nativeWifi;
#endif
#ifdef AERIAL_CONTRACT_NETWORKMANAGER
    NetworkManagerService networkManager;
    g_service = &networkManager;
#endif
    TestBackendContract test;
    return QTest::qExec(&test, arguments);
}
#include "tst_backendcontract.moc"
