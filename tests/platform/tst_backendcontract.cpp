// The contract's cases for join, forget, auto-connect and radio, and the
// rule that every operation finishes exactly once, run against a backend
// through the contract alone. The simulated service plays them everywhere.
// On Windows (under Wine) the same cases run a second time, given the
// argument "nativewifi", against NativeWifiBackend on the real Win32 layer
// and the simulated wlanapi.dll playing the same scenario. NetworkManager
// joins this suite with its issue.
#include "simulatedbackend.h"

#ifdef Q_OS_WIN
#include "nativewifibackend.h"
#include "nativewifisession.h"
#include "simulationcontrol.h"
#endif

#include <QSignalSpy>
#include <QTest>

#include <functional>

using namespace Aerial;

namespace {

bool g_nativeWifi = false; // set by main()

// Native Wifi wants GUIDs for interface ids.
const QString Wlan = QStringLiteral("{5A1E0000-0000-4000-8000-00000000000A}");
const QString Switched = QStringLiteral("{5A1E0000-0000-4000-8000-00000000000B}");

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

QByteArray scenario()
{
    return QByteArray(ScenarioText)
        .replace(R"("id": "wlan")", "\"id\": \"" + Wlan.toUtf8() + '"')
        .replace(R"("id": "switched")", "\"id\": \"" + Switched.toUtf8() + '"');
}

std::unique_ptr<SimulatedBackend> makeSimulated()
{
    QString error;
    auto backend = SimulatedBackend::fromText(scenario(), QStringLiteral("contract.json"), &error);
    if (!backend)
        qFatal("%s", qPrintable(error));
    return backend;
}

#ifdef Q_OS_WIN
// The simulated wlanapi.dll, loaded from System32 as the session loads it,
// plays the scenario; the backend reads it through the real Win32 layer.
std::unique_ptr<WirelessBackend> makeNativeWifi()
{
    const HMODULE dll = LoadLibraryExW(L"wlanapi.dll", nullptr, LOAD_LIBRARY_SEARCH_SYSTEM32);
    const auto load = reinterpret_cast<AerialSimulationLoadFn>(
        reinterpret_cast<void *>(GetProcAddress(dll, "AerialSimulationLoad")));
    if (!load)
        qFatal("wlanapi.dll is not the simulated one");
    char error[512] = {};
    if (load(scenario().constData(), error, sizeof error) != ERROR_SUCCESS)
        qFatal("%s", error);
    NativeWifiBackend::Timing timing;
    timing.scanThrottleMs = 0;
    auto backend = std::make_unique<NativeWifiBackend>(std::make_unique<aerial::win::NativeWifiSession>(), timing);
    const bool loaded = QTest::qWaitFor([&] {
        return backend->interfaces().size() == 2 && !backend->networks(Wlan).isEmpty();
    }, 10000);
    if (!loaded)
        qFatal("NativeWifiBackend did not read the simulated service");
    return backend;
}
#endif

std::unique_ptr<WirelessBackend> makeBackend()
{
#ifdef Q_OS_WIN
    if (g_nativeWifi)
        return makeNativeWifi();
#endif
    return makeSimulated();
}

const WirelessNetwork *findNetwork(const WirelessBackend &backend, const QByteArray &ssid)
{
    static QList<WirelessNetwork> networks;
    networks = backend.networks(Wlan);
    for (const WirelessNetwork &network : networks) {
        if (network.ssid == ssid)
            return &network;
    }
    return nullptr;
}

OperationResult only(const QSignalSpy &finished)
{
    return finished.constLast().constFirst().value<OperationResult>();
}

JoinRequest joinOf(const QByteArray &ssid, Security security, const QString &secret, bool hidden = false)
{
    JoinRequest request;
    request.interfaceId = Wlan;
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

    auto backend = makeBackend();
    QSignalSpy finished(backend.get(), &WirelessBackend::operationFinished);
    backend->join(joinOf(ssid, security, secret, hidden));
    QCOMPARE(finished.size(), 0); // never from inside the call
    QVERIFY(finished.wait(2000));
    QTest::qWait(30); // nothing more may follow
    QCOMPARE(finished.size(), 1);
    const OperationResult result = only(finished);
    QCOMPARE(result.operation, Operation::Join);
    QCOMPARE(result.ssid, ssid);
    QCOMPARE(result.error, error);
    // No message of the service carries the key.
    if (!secret.isEmpty())
        QVERIFY(!result.message.contains(secret));

    const WirelessInterface iface = backend->interfaces().constFirst();
    if (error == ErrorKind::None) {
        QCOMPARE(iface.state, InterfaceState::Connected);
        QCOMPARE(iface.ssid, ssid);
        const WirelessNetwork *network = findNetwork(*backend, ssid);
        QVERIFY(network);
        QCOMPARE(network->profile.id, QString::fromUtf8(ssid));
        QCOMPARE(network->profile.scope, ProfileScope::ThisAccount);
    } else if (error != ErrorKind::NotSupported) {
        // A join that did not connect leaves no profile behind.
        QCOMPARE(iface.state, InterfaceState::Disconnected);
        const WirelessNetwork *network = findNetwork(*backend, hidden ? QByteArray() : ssid);
        QVERIFY(network);
        QVERIFY(!network->profile.isValid());
    }
    QCOMPARE(backend->pendingOperations(), 0);
}

void TestBackendContract::wrongPasswordThenRightOne()
{
    auto backend = makeBackend();
    QSignalSpy finished(backend.get(), &WirelessBackend::operationFinished);
    backend->join(joinOf("Café", Security::Wpa2Personal, QStringLiteral("wrong-key")));
    QVERIFY(finished.wait(2000));
    QCOMPARE(only(finished).error, ErrorKind::PasswordRejected);
    QCOMPARE(only(finished).nativeCode, 0x48014u);
    backend->join(joinOf("Café", Security::Wpa2Personal, QStringLiteral("croissant")));
    QVERIFY(finished.wait(2000));
    QVERIFY(only(finished).succeeded());
    // The retry reused the name: no "Café 2" was left behind.
    QCOMPARE(only(finished).profile, QStringLiteral("Café"));
    QCOMPARE(findNetwork(*backend, "Café")->profile.id, QStringLiteral("Café"));

    // A saved profile with the wrong key is a rejected password too.
    backend->connectProfile(Wlan, QStringLiteral("Home"));
    QVERIFY(finished.wait(2000));
    QVERIFY(only(finished).succeeded()); // the scenario profile holds the right key
}

void TestBackendContract::forget_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<ErrorKind>("error");
    QTest::addColumn<ProfileRights>("rights");
    QTest::newRow("this account's") << "Home" << ErrorKind::None
                                    << (ProfileRights(ProfileRight::Connect) | ProfileRight::Change | ProfileRight::Delete);
    QTest::newRow("all users', not writable") << "Corp" << ErrorKind::AccessDenied << ProfileRights(ProfileRight::Connect);
    QTest::newRow("group policy") << "Policy" << ErrorKind::AccessDenied << ProfileRights(ProfileRight::Connect);
}

void TestBackendContract::forget()
{
    QFETCH(QString, profile);
    QFETCH(ErrorKind, error);
    QFETCH(ProfileRights, rights);
    auto backend = makeBackend();
    // The rights are known before any attempt.
    const WirelessNetwork *before = findNetwork(*backend, profile.toUtf8());
    QVERIFY(before);
    QCOMPARE(before->profile.may(ProfileRight::Delete), rights.testFlag(ProfileRight::Delete));

    QSignalSpy finished(backend.get(), &WirelessBackend::operationFinished);
    QSignalSpy networks(backend.get(), &WirelessBackend::networksChanged);
    backend->forget(Wlan, profile);
    QVERIFY(finished.wait(2000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(only(finished).operation, Operation::Forget);
    QCOMPARE(only(finished).error, error);
    const WirelessNetwork *after = findNetwork(*backend, profile.toUtf8());
    QCOMPARE(after->profile.isValid(), error != ErrorKind::None);
    if (error == ErrorKind::None)
        QVERIFY(networks.size() > 0);
}

void TestBackendContract::autoConnect()
{
    auto backend = makeBackend();
    QSignalSpy finished(backend.get(), &WirelessBackend::operationFinished);
    QVERIFY(findNetwork(*backend, "Home")->profile.autoConnect);
    backend->setAutoConnect(Wlan, QStringLiteral("Home"), false);
    QVERIFY(finished.wait(2000));
    QVERIFY(only(finished).succeeded());
    QVERIFY(!only(finished).on);
    QVERIFY(!findNetwork(*backend, "Home")->profile.autoConnect);

    backend->setAutoConnect(Wlan, QStringLiteral("Corp"), false);
    QVERIFY(finished.wait(2000));
    QCOMPARE(only(finished).error, ErrorKind::AccessDenied);
    QVERIFY(findNetwork(*backend, "Corp")->profile.autoConnect);
}

void TestBackendContract::radio()
{
    auto backend = makeBackend();
    QSignalSpy finished(backend.get(), &WirelessBackend::operationFinished);
    backend->setRadio(Wlan, false);
    QVERIFY(finished.wait(2000));
    QVERIFY(only(finished).succeeded());
    QVERIFY(!backend->interfaces()[0].radioOn);
    QVERIFY(backend->networks(Wlan).isEmpty());
    // The connection drops on its way, as the service reports it.
    QTRY_COMPARE(backend->interfaces()[0].state, InterfaceState::Disconnected);

    backend->setRadio(Wlan, true);
    QVERIFY(finished.wait(2000));
    QVERIFY(only(finished).succeeded());
    QVERIFY(backend->interfaces()[0].radioOn);
    QVERIFY(!backend->networks(Wlan).isEmpty());

    // A hardware switch holds the other radio off.
    QVERIFY(!backend->radioHardwareOn(Switched));
    backend->setRadio(Switched, true);
    QVERIFY(finished.wait(2000));
    QCOMPARE(only(finished).error, ErrorKind::InvalidState);
    QVERIFY(!backend->interfaces()[1].radioOn);
}

using Start = std::function<void(SimulatedBackend &)>;

void TestBackendContract::finishesOnceWhenTheServiceIsLost_data()
{
    QTest::addColumn<Start>("start");
    QTest::newRow("connect") << Start([](SimulatedBackend &b) { b.connectProfile(Wlan, QStringLiteral("Home")); });
    QTest::newRow("join") << Start([](SimulatedBackend &b) { b.join(joinOf("Café", Security::Wpa2Personal, QStringLiteral("croissant"))); });
    QTest::newRow("disconnect") << Start([](SimulatedBackend &b) { b.disconnectInterface(Wlan); });
    QTest::newRow("scan") << Start([](SimulatedBackend &b) { b.scan(Wlan); });
    QTest::newRow("forget") << Start([](SimulatedBackend &b) { b.forget(Wlan, QStringLiteral("Home")); });
    QTest::newRow("auto-connect") << Start([](SimulatedBackend &b) { b.setAutoConnect(Wlan, QStringLiteral("Home"), false); });
    QTest::newRow("radio") << Start([](SimulatedBackend &b) { b.setRadio(Wlan, false); });
}

void TestBackendContract::finishesOnceWhenTheServiceIsLost()
{
    QFETCH(Start, start);
    if (g_nativeWifi)
        QSKIP("Simulation controls; NativeWifiBackend's losses are in tst_nativewifibackend");
    auto backend = makeSimulated();
    QSignalSpy finished(backend.get(), &WirelessBackend::operationFinished);
    start(*backend);
    backend->stopService(); // before any notification arrives
    QCOMPARE(finished.size(), 1);
    QCOMPARE(only(finished).error, ErrorKind::ServiceUnavailable);
    QTest::qWait(60);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(backend->pendingOperations(), 0);
    QVERIFY(!backend->isServiceAvailable());
    QVERIFY(backend->interfaces().isEmpty());

    // While it is down, calls are refused; when it is back, they work.
    start(*backend);
    QVERIFY(finished.wait(1000));
    QCOMPARE(only(finished).error, ErrorKind::ServiceUnavailable);
    backend->startService();
    QCOMPARE(backend->interfaces().size(), 2);
    backend->setRadio(Wlan, true);
    QVERIFY(finished.wait(1000));
    QVERIFY(only(finished).succeeded());
}

void TestBackendContract::finishesOnceWhenTheInterfaceGoes()
{
    if (g_nativeWifi)
        QSKIP("Simulation controls; NativeWifiBackend's losses are in tst_nativewifibackend");
    auto backend = makeSimulated();
    QSignalSpy finished(backend.get(), &WirelessBackend::operationFinished);
    backend->join(joinOf("Café", Security::Wpa2Personal, QStringLiteral("croissant")));
    backend->scan(Wlan);
    backend->removeInterface(Wlan);
    QCOMPARE(finished.size(), 2);
    for (const QList<QVariant> &call : finished)
        QCOMPARE(call.constFirst().value<OperationResult>().error, ErrorKind::InvalidParameter);
    QTest::qWait(60);
    QCOMPARE(finished.size(), 2);
    QCOMPARE(backend->pendingNotifications(), 0);
}

void TestBackendContract::finishesOnceWhenAerialQuits()
{
    auto backend = makeBackend();
    QObject listener;
    QList<OperationResult> results;
    connect(backend.get(), &WirelessBackend::operationFinished, &listener,
            [&](const OperationResult &result) { results.append(result); });
    backend->connectProfile(Wlan, QStringLiteral("Home"));
    backend->setRadio(Wlan, false);
    backend.reset();
    QCOMPARE(results.size(), 2);
    for (const OperationResult &result : results)
        QCOMPARE(result.error, ErrorKind::Cancelled);
}

void TestBackendContract::capabilitiesSayWhatTheBackendDoes()
{
    auto backend = makeBackend();
    const BackendCapabilities can = backend->capabilities();
    QVERIFY(can.joinable.contains(Security::Wpa2Personal));
    QVERIFY(can.joinable.contains(Security::Owe));
    QVERIFY(!can.joinable.contains(Security::Wep));
    QVERIFY(can.hiddenNetworks && can.forget && can.autoConnect);
    QCOMPARE(can.radio, RadioSwitch::PerInterface);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList arguments = app.arguments();
    g_nativeWifi = arguments.removeAll(QStringLiteral("nativewifi")) > 0;
    TestBackendContract test;
    return QTest::qExec(&test, arguments);
}
#include "tst_backendcontract.moc"
