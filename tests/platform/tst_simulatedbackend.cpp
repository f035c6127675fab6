// The Qt backend over the simulation: timing, order and asynchrony of what
// it reports, as the window and the model see it.
#include "simulatedbackend.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Aerial;

namespace {

const QByteArray Scenario = R"({
  "latencyMs": 20,
  "interfaces": [
    { "id": "corp", "description": "Corp adapter", "state": "connected", "profile": "CorpWiFi",
      "networks": [
        { "ssid": "CorpWiFi", "signal": 74, "security": "wpa2-enterprise", "profile": "CorpWiFi" },
        { "ssid": "Guest", "signal": 50, "security": "open", "profile": "Guest" } ] },
    { "id": "home", "description": "USB adapter", "state": "disconnected",
      "networks": [ { "ssid": "HomeNet", "signal": 82, "security": "wpa2-personal", "profile": "HomeNet" } ] }
  ],
  "profiles": [
    { "name": "CorpWiFi", "allUsers": true, "userCanExecute": false },
    { "name": "Guest", "allUsers": true },
    { "name": "HomeNet" }
  ],
  "faults": [ { "operation": "scan", "interface": "home", "error": "rpc", "times": 1 } ]
})";

std::unique_ptr<SimulatedBackend> makeBackend(const QByteArray &text = Scenario)
{
    QString error;
    auto backend = SimulatedBackend::fromText(text, QStringLiteral("test.json"), &error);
    if (!backend)
        qFatal("scenario rejected: %s", qPrintable(error));
    return backend;
}

QList<InterfaceState> statesOf(const QSignalSpy &spy)
{
    QList<InterfaceState> states;
    for (const QList<QVariant> &arguments : spy)
        states << arguments.at(0).value<WirelessInterface>().state;
    return states;
}

} // namespace

class TestSimulatedBackend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initialStateComesFromTheScenario();
    void networksCarryProfilesAndRawBytes();
    void refusalsArriveAfterTheCallReturns();
    void disconnectOnForbiddenProfileIsAccessDenied();
    void connectReportsEachStateThenFinishes();
    void switchingNetworksNeverPassesThroughDisconnected();
    void disconnectReportsEachStateThenFinishes();
    void scanFaultThenScanResults();
    void laterOperationSupersedesEarlierStates();
    void nothingIsPendingWhenIdle();
    void bundledDemoScenarioLoads();
    void fileErrorsNameTheFile_data();
    void fileErrorsNameTheFile();
};

void TestSimulatedBackend::initialStateComesFromTheScenario()
{
    auto backend = makeBackend();
    const QList<WirelessInterface> interfaces = backend->interfaces();
    QCOMPARE(interfaces.size(), 2);
    QCOMPARE(interfaces[0].id, QStringLiteral("corp"));
    QCOMPARE(interfaces[0].state, InterfaceState::Connected);
    QCOMPARE(interfaces[0].ssid, QByteArray("CorpWiFi"));
    QCOMPARE(interfaces[0].profile, QStringLiteral("CorpWiFi"));
    QCOMPARE(interfaces[0].signal, 74);
    QCOMPARE(interfaces[1].state, InterfaceState::Disconnected);
    QVERIFY(interfaces[1].ssid.isEmpty());
    QCOMPARE(interfaces[1].signal, 0);
    QVERIFY(backend->isSimulated());
    QVERIFY(backend->networks(QStringLiteral("nope")).isEmpty());
}

void TestSimulatedBackend::networksCarryProfilesAndRawBytes()
{
    auto backend = makeBackend(R"({ "interfaces": [ { "id": "a", "description": "d", "state": "disconnected",
        "networks": [ { "ssidHex": "ff 00 3c", "signal": 9, "security": "wep" },
                      { "ssid": "S", "security": "wpa3-enterprise", "profile": "P" } ] } ],
        "profiles": [ { "name": "P", "allUsers": true } ] })");
    const QList<WirelessNetwork> networks = backend->networks(QStringLiteral("a"));
    QCOMPARE(networks.size(), 2);
    QCOMPARE(networks[0].ssid, QByteArray("\xff\x00\x3c", 3));
    QCOMPARE(networks[0].signal, 9);
    QCOMPARE(networks[0].security, Security::Wep);
    QVERIFY(!networks[0].profile.isValid());
    QCOMPARE(networks[1].security, Security::Wpa3Enterprise);
    QCOMPARE(networks[1].profile.id, QStringLiteral("P"));
    QCOMPARE(networks[1].profile.scope, ProfileScope::AllUsers);
}

void TestSimulatedBackend::refusalsArriveAfterTheCallReturns()
{
    auto backend = makeBackend();
    QSignalSpy finished(backend.get(), &WirelessBackend::operationFinished);
    backend->connectProfile(QStringLiteral("{unknown}"), QStringLiteral("HomeNet"));
    QCOMPARE(finished.size(), 0); // never from inside the call
    QVERIFY(finished.wait(1000));
    const auto result = finished.at(0).at(0).value<OperationResult>();
    QCOMPARE(result.operation, Operation::Connect);
    QCOMPARE(result.error, ErrorKind::InvalidParameter);
    QCOMPARE(result.nativeCode, 87u);
    QCOMPARE(result.interfaceId, QStringLiteral("{unknown}"));
}

void TestSimulatedBackend::disconnectOnForbiddenProfileIsAccessDenied()
{
    auto backend = makeBackend();
    QSignalSpy finished(backend.get(), &WirelessBackend::operationFinished);
    QSignalSpy changed(backend.get(), &WirelessBackend::interfaceChanged);
    backend->disconnectInterface(QStringLiteral("corp"));
    QVERIFY(finished.wait(1000));
    const auto result = finished.at(0).at(0).value<OperationResult>();
    QCOMPARE(result.operation, Operation::Disconnect);
    QCOMPARE(result.error, ErrorKind::AccessDenied);
    QCOMPARE(result.nativeCode, 5u);
    QCOMPARE(result.profile, QStringLiteral("CorpWiFi"));
    QCOMPARE(result.message, QStringLiteral("Access is denied."));
    QCOMPARE(changed.size(), 0);
    QCOMPARE(backend->interfaces()[0].state, InterfaceState::Connected);
}

void TestSimulatedBackend::connectReportsEachStateThenFinishes()
{
    auto backend = makeBackend();
    QSignalSpy changed(backend.get(), &WirelessBackend::interfaceChanged);
    QSignalSpy finished(backend.get(), &WirelessBackend::operationFinished);
    backend->connectProfile(QStringLiteral("home"), QStringLiteral("HomeNet"));
    QVERIFY(finished.wait(2000));
    const QList<InterfaceState> expected{ InterfaceState::Associating, InterfaceState::Authenticating,
                                          InterfaceState::Connected };
    QCOMPARE(statesOf(changed), expected);
    QVERIFY(finished.at(0).at(0).value<OperationResult>().succeeded());
    const WirelessInterface home = backend->interfaces()[1];
    QCOMPARE(home.state, InterfaceState::Connected);
    QCOMPARE(home.ssid, QByteArray("HomeNet"));
    QCOMPARE(home.signal, 82);
    QCOMPARE(home.profile, QStringLiteral("HomeNet"));
}

void TestSimulatedBackend::switchingNetworksNeverPassesThroughDisconnected()
{
    auto backend = makeBackend();
    QSignalSpy changed(backend.get(), &WirelessBackend::interfaceChanged);
    QSignalSpy finished(backend.get(), &WirelessBackend::operationFinished);
    backend->connectProfile(QStringLiteral("corp"), QStringLiteral("Guest"));
    QVERIFY(finished.wait(2000));
    QVERIFY(finished.at(0).at(0).value<OperationResult>().succeeded());
    const QList<InterfaceState> states = statesOf(changed);
    QVERIFY(!states.contains(InterfaceState::Disconnecting));
    QVERIFY(!states.contains(InterfaceState::Disconnected));
    QCOMPARE(backend->interfaces()[0].ssid, QByteArray("Guest"));
}

void TestSimulatedBackend::disconnectReportsEachStateThenFinishes()
{
    auto backend = makeBackend();
    QSignalSpy finished(backend.get(), &WirelessBackend::operationFinished);
    backend->connectProfile(QStringLiteral("home"), QStringLiteral("HomeNet"));
    QVERIFY(finished.wait(2000));
    QSignalSpy changed(backend.get(), &WirelessBackend::interfaceChanged);
    backend->disconnectInterface(QStringLiteral("home"));
    QVERIFY(finished.wait(2000));
    const QList<InterfaceState> expected{ InterfaceState::Disconnecting, InterfaceState::Disconnected };
    QCOMPARE(statesOf(changed), expected);
    QVERIFY(finished.at(1).at(0).value<OperationResult>().succeeded());
    QVERIFY(backend->interfaces()[1].ssid.isEmpty());
    QVERIFY(backend->interfaces()[1].profile.isEmpty());
}

void TestSimulatedBackend::scanFaultThenScanResults()
{
    auto backend = makeBackend();
    QSignalSpy finished(backend.get(), &WirelessBackend::operationFinished);
    QSignalSpy networks(backend.get(), &WirelessBackend::networksChanged);
    backend->scan(QStringLiteral("home"));
    QVERIFY(finished.wait(1000));
    QCOMPARE(finished.at(0).at(0).value<OperationResult>().error, ErrorKind::RpcFailure);
    QCOMPARE(finished.at(0).at(0).value<OperationResult>().nativeCode, 1722u);
    QCOMPARE(networks.size(), 0);

    backend->scan(QStringLiteral("home")); // the fault was for one time only
    QVERIFY(finished.wait(1000));
    QVERIFY(finished.at(1).at(0).value<OperationResult>().succeeded());
    QCOMPARE(networks.size(), 1);
    QCOMPARE(networks.at(0).at(0).toString(), QStringLiteral("home"));
    QCOMPARE(networks.at(0).at(1).value<QList<WirelessNetwork>>().size(), 1);
}

void TestSimulatedBackend::laterOperationSupersedesEarlierStates()
{
    auto backend = makeBackend();
    QSignalSpy changed(backend.get(), &WirelessBackend::interfaceChanged);
    QSignalSpy finished(backend.get(), &WirelessBackend::operationFinished);
    backend->connectProfile(QStringLiteral("home"), QStringLiteral("HomeNet"));
    QVERIFY(changed.wait(1000));
    QCOMPARE(statesOf(changed), QList<InterfaceState>{ InterfaceState::Associating });
    backend->disconnectInterface(QStringLiteral("home"));
    QTRY_COMPARE(finished.size(), 2);
    QTest::qWait(100); // nothing of the first connect may arrive late
    QCOMPARE(finished.size(), 2);
    QCOMPARE(statesOf(changed).last(), InterfaceState::Disconnected);
    QVERIFY(!statesOf(changed).contains(InterfaceState::Connected));
    QCOMPARE(backend->interfaces()[1].state, InterfaceState::Disconnected);
    QCOMPARE(backend->pendingNotifications(), 0);
}

void TestSimulatedBackend::nothingIsPendingWhenIdle()
{
    auto backend = makeBackend();
    QCOMPARE(backend->pendingNotifications(), 0);
    QCOMPARE(backend->findChildren<QObject *>().size(), 0); // no timers at all
    QSignalSpy finished(backend.get(), &WirelessBackend::operationFinished);
    backend->connectProfile(QStringLiteral("home"), QStringLiteral("HomeNet"));
    QVERIFY(backend->pendingNotifications() > 0);
    QVERIFY(finished.wait(2000));
    QCOMPARE(backend->pendingNotifications(), 0);
    QTRY_COMPARE(backend->findChildren<QObject *>().size(), 0);
}

void TestSimulatedBackend::bundledDemoScenarioLoads()
{
    QFile demo(QStringLiteral(":/aerial/demo-scenario.json"));
    QVERIFY(demo.open(QIODevice::ReadOnly));
    QString error;
    auto backend = SimulatedBackend::fromText(demo.readAll(), QStringLiteral("demo-scenario.json"), &error);
    QVERIFY2(backend, qPrintable(error));
    QVERIFY(backend->interfaces().size() >= 2);

    // The demo's promise: disconnecting the first interface is refused.
    QSignalSpy finished(backend.get(), &WirelessBackend::operationFinished);
    backend->disconnectInterface(backend->interfaces()[0].id);
    QVERIFY(finished.wait(2000));
    QCOMPARE(finished.at(0).at(0).value<OperationResult>().error, ErrorKind::AccessDenied);
}

void TestSimulatedBackend::fileErrorsNameTheFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("create");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing") << QByteArray() << false << QStringLiteral("scenario.json: cannot be read");
    QTest::newRow("empty") << QByteArray() << true << QStringLiteral("scenario.json: not valid JSON");
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe", 3) << true << QStringLiteral("scenario.json: not valid JSON");
    QTest::newRow("bad field") << QByteArray(R"({ "interfaces": 3 })") << true
                               << QStringLiteral("scenario.json: interfaces: expected a list; got 3");
}

void TestSimulatedBackend::fileErrorsNameTheFile()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, create);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("scenario.json"));
    if (create) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    QString error;
    QVERIFY(!SimulatedBackend::fromFile(path, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestSimulatedBackend)
#include "tst_simulatedbackend.moc"
