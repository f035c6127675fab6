// The contract's cases for join, forget, auto-connect and radio, and the
// rule that every operation finishes exactly once, run against a backend
// through the contract alone, with one scenario played by each backend's
// service (contractservice.h).
#include "contractservice.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

#include <functional>

namespace {

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
    QTest::newRow("wpa3, wrong key") << QByteArray("Sae") << Security::Wpa3Personal << "not long enough" << false
                                     << ErrorKind::PasswordRejected;
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
    QCOMPARE(only(finished).error, g_service->lostError());
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
// no line (platform/backendlog.h). The password is a wrong one: the service
// is given it all the same.
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
    g_service = chooseService(arguments);
    TestBackendContract test;
    return QTest::qExec(&test, arguments);
}
#include "tst_backendcontract.moc"
