// The Windows backend's Qt layer against a fake Native Wifi service: what it
// reads, how operations finish, and how it lives through the service's
// refusals, losses and notifications.
#include "fakewlanservice.h"
#include "windows/nativewifibackend.h"

#include <QSignalSpy>
#include <QTest>

using namespace Aerial;
using namespace aerial::win;
using Kind = SessionEvent::Kind;

namespace {

const std::string Corp = "{3F1C3B5E-0C1D-4A53-9D2E-6B7A1F0E2C11}";
const std::string Usb = "{8A2B4C6D-1E3F-4051-8293-A4B5C6D7E8F9}";

QString id(const std::string &guid)
{
    return QString::fromStdString(guid);
}

SessionNetwork network(const std::string &ssid, int signal, SessionSecurity security, const std::string &profile = {})
{
    return SessionNetwork{ ssid, profile, signal, security, false };
}

// Corp is connected with an all-users profile; USB is free. Windows lists
// networks with a profile twice, with and without it.
void populate(FakeWlanService &service)
{
    FakeWlanService::Interface corp;
    corp.info = { Corp, "Intel(R) Wi-Fi 6 AX201 160MHz", 1, "Wi-Fi" };
    corp.connection = { 1, "CorpWiFi", "CorpWiFi", 74 };
    corp.networks = { network("CorpWiFi", 74, SessionSecurity::Wpa2Enterprise, "CorpWiFi"),
                      network("CorpWiFi", 76, SessionSecurity::Wpa2Enterprise) };
    service.addInterface(corp);
    FakeWlanService::Interface usb;
    usb.info = { Usb, "TP-Link Archer T3U", 4, {} };
    usb.connection = { 4, {}, {}, 0 };
    usb.networks = { network("HomeNet", 82, SessionSecurity::Wpa2Personal, "HomeNet"),
                     network("HomeNet", 80, SessionSecurity::Wpa2Personal),
                     network("\xff\xfe\x41", 20, SessionSecurity::Open),
                     network("Free", 30, SessionSecurity::Owe) };
    service.addInterface(usb);
    service.addProfile({ "CorpWiFi", true, false, aerial::win::access::Execute, {} });
    service.addProfile({ "HomeNet", false, false, 0, {} });
}

NativeWifiBackend::Timing fastTiming()
{
    NativeWifiBackend::Timing timing;
    timing.firstRetryMs = 20;
    timing.lastRetryMs = 80;
    timing.scanTimeoutMs = 2000;
    timing.connectTimeoutMs = 2000;
    return timing;
}

struct Fixture
{
    FakeWlanService service;
    std::unique_ptr<NativeWifiBackend> backend;
    std::unique_ptr<QSignalSpy> finished;

    explicit Fixture(bool loaded = true)
    {
        populate(service);
        if (loaded)
            start();
    }
    void start()
    {
        backend = std::make_unique<NativeWifiBackend>(service.session(), fastTiming());
        finished = std::make_unique<QSignalSpy>(backend.get(), &WirelessBackend::operationFinished);
    }
    bool loaded() { return QTest::qWaitFor([&] { return backend->networks(id(Usb)).size() == 3; }); }
    OperationResult result(int index) const { return finished->at(index).at(0).value<OperationResult>(); }
    WirelessInterface iface(const std::string &guid) const
    {
        for (const WirelessInterface &i : backend->interfaces()) {
            if (i.id == id(guid))
                return i;
        }
        return {};
    }
    bool called(const std::string &prefix) const
    {
        for (const std::string &call : service.calls()) {
            if (call.rfind(prefix, 0) == 0)
                return true;
        }
        return false;
    }
    int count(const std::string &prefix) const
    {
        int n = 0;
        for (const std::string &call : service.calls())
            n += call.rfind(prefix, 0) == 0 ? 1 : 0;
        return n;
    }
};

SessionEvent sessionEvent(Kind kind, const std::string &guid)
{
    SessionEvent e;
    e.kind = kind;
    e.interfaceGuid = guid;
    return e;
}

} // namespace

class TestNativeWifiBackend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void connectQueuedBehindALostServiceFinishesOnce();
    void readsInterfacesAndMergesNetworks();
    void connectFinishesWithTheCompletionNotification();
    void connectWhileConnectedNeverDisconnects();
    void failedConnectCarriesTheReason();
    void refusedOperationsCarryTheirCode_data();
    void refusedOperationsCarryTheirCode();
    void unknownInterfaceIsRefusedWithoutACall();
    void notificationsUpdateTheInterface();
    void truncatedCompletionIsNoSuccess();
    void locationDenialIsReportedOnce();
    void scansAreThrottled();
    void serviceStopsAndComesBack();
    void interfaceRemovedDuringAnOperation();
    void withoutNotificationsTheStateIsRead();
    void destroyedWhileNotificationsArrive();
    void profileScopeAndRightsAreReadUpFront();
    void joinSavesAPerUserProfileThenConnectsByName();
    void failedJoinTakesItsProfileAway();
    void refusedProfileSaysWhy();
    void radioHeldOffInHardwareIsRefused();
};

void TestNativeWifiBackend::readsInterfacesAndMergesNetworks()
{
    Fixture f;
    QVERIFY(f.loaded());
    QCOMPARE(f.backend->platform(), Platform::NativeWifi);
    QCOMPARE(f.backend->interfaces().size(), 2);
    const WirelessInterface corp = f.iface(Corp);
    QCOMPARE(corp.state, InterfaceState::Connected);
    QCOMPARE(corp.profile, QStringLiteral("CorpWiFi"));
    QCOMPARE(corp.ssid, QByteArray("CorpWiFi"));
    QCOMPARE(corp.signal, 74);

    // One row per SSID and security: the strongest signal, with the profile.
    const QList<WirelessNetwork> corpNetworks = f.backend->networks(id(Corp));
    QCOMPARE(corpNetworks.size(), 1);
    QCOMPARE(corpNetworks[0].signal, 76);
    QCOMPARE(corpNetworks[0].profile.id, QStringLiteral("CorpWiFi"));
    QCOMPARE(corpNetworks[0].profile.scope, ProfileScope::AllUsers);
    const QList<WirelessNetwork> usb = f.backend->networks(id(Usb));
    QCOMPARE(usb[0].ssid, QByteArray("HomeNet"));
    QCOMPARE(usb[0].signal, 82);
    QCOMPARE(usb[0].profile.scope, ProfileScope::ThisAccount);
    QCOMPARE(usb[1].ssid, QByteArray("\xff\xfe\x41"));
    QCOMPARE(usb[2].security, Security::Owe);
    QCOMPARE(f.finished->size(), 0);
}

void TestNativeWifiBackend::connectFinishesWithTheCompletionNotification()
{
    Fixture f;
    QVERIFY(f.loaded());
    QSignalSpy changed(f.backend.get(), &WirelessBackend::interfaceChanged);
    f.backend->connectProfile(id(Usb), QStringLiteral("HomeNet"));
    QCOMPARE(f.finished->size(), 0); // never inside the call
    QTRY_COMPARE(f.finished->size(), 1);
    QCOMPARE(f.result(0).operation, Operation::Connect);
    QCOMPARE(f.result(0).error, ErrorKind::None);
    QCOMPARE(f.result(0).profile, QStringLiteral("HomeNet"));
    // It went through associating on the way.
    bool sawAssociating = false;
    for (const QList<QVariant> &args : changed)
        sawAssociating |= args.at(0).value<WirelessInterface>().state == InterfaceState::Associating;
    QVERIFY(sawAssociating);
    QTRY_COMPARE(f.iface(Usb).state, InterfaceState::Connected);
    QCOMPARE(f.iface(Usb).profile, QStringLiteral("HomeNet"));
    QCOMPARE(f.backend->pendingOperations(), 0);
}

void TestNativeWifiBackend::connectWhileConnectedNeverDisconnects()
{
    Fixture f;
    QVERIFY(f.loaded());
    // Corp is connected; switching it to another profile is WlanConnect alone.
    f.service.addProfile({ "Guest", false, false, 0, {} });
    f.backend->connectProfile(id(Corp), QStringLiteral("Guest"));
    QTRY_COMPARE(f.finished->size(), 1);
    QCOMPARE(f.result(0).error, ErrorKind::None);
    QVERIFY(f.called("connect " + Corp + " Guest"));
    QVERIFY(!f.called("disconnect "));
}

// A call fails with RPC_S_SERVER_UNAVAILABLE while a connect waits behind it
// on the worker. Before the pending operations were registered ahead of the
// call, the connect's reply was dropped with the dead session's generation
// and operationFinished(Connect) never came.
void TestNativeWifiBackend::connectQueuedBehindALostServiceFinishesOnce()
{
    Fixture f;
    QVERIFY(f.loaded());
    f.service.failCalls("scan", aerial::win::code::RpcServerUnavailable);
    f.backend->scan(id(Usb));
    f.backend->connectProfile(id(Usb), QStringLiteral("HomeNet"));
    QTRY_COMPARE(f.finished->size(), 2);
    QTest::qWait(100);
    QCOMPARE(f.finished->size(), 2);
    int connects = 0;
    for (int i = 0; i < f.finished->size(); ++i) {
        if (f.result(i).operation == Operation::Connect) {
            ++connects;
            QVERIFY(!f.result(i).succeeded());
        }
    }
    QCOMPARE(connects, 1);
    QCOMPARE(f.backend->pendingOperations(), 0);
}

void TestNativeWifiBackend::failedConnectCarriesTheReason()
{
    Fixture f;
    QVERIFY(f.loaded());
    f.service.setConnectOutcome(true, reason::PskMismatchSuspected);
    f.backend->connectProfile(id(Usb), QStringLiteral("HomeNet"));
    QTRY_COMPARE(f.finished->size(), 1);
    // 0x48014 is the contract's rejected password: the window asks again.
    QCOMPARE(f.result(0).error, ErrorKind::PasswordRejected);
    QCOMPARE(f.result(0).nativeCode, quint32(reason::PskMismatchSuspected));
    // The system's words ride along as details; Aerial's own are the models' (tst_operationexplanation).
    QCOMPARE(f.result(0).message, QStringLiteral("System text for reason %1.").arg(reason::PskMismatchSuspected));
}

void TestNativeWifiBackend::refusedOperationsCarryTheirCode_data()
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<uint>("code");
    QTest::addColumn<ErrorKind>("kind");
    QTest::newRow("disconnect access denied") << "disconnect" << 5u << ErrorKind::AccessDenied;
    QTest::newRow("connect access denied") << "connect" << 5u << ErrorKind::AccessDenied;
    QTest::newRow("connect not found") << "connect" << 1168u << ErrorKind::NotFound;
    QTest::newRow("scan invalid state") << "scan" << 5023u << ErrorKind::InvalidState;
    QTest::newRow("disconnect out of memory") << "disconnect" << 8u << ErrorKind::NotEnoughMemory;
    QTest::newRow("connect invalid handle") << "connect" << 6u << ErrorKind::InvalidHandle;
    QTest::newRow("disconnect other code kept") << "disconnect" << 1234u << ErrorKind::Other;
}

void TestNativeWifiBackend::refusedOperationsCarryTheirCode()
{
    QFETCH(QString, call);
    QFETCH(uint, code);
    QFETCH(ErrorKind, kind);
    Fixture f;
    QVERIFY(f.loaded());
    f.service.failCalls(call.toStdString(), code);
    if (call == QLatin1String("disconnect"))
        f.backend->disconnectInterface(id(Corp));
    else if (call == QLatin1String("connect"))
        f.backend->connectProfile(id(Usb), QStringLiteral("CorpWiFi"));
    else
        f.backend->scan(id(Usb));
    QTRY_COMPARE(f.finished->size(), 1);
    QCOMPARE(f.result(0).error, kind);
    QCOMPARE(f.result(0).nativeCode, quint32(code));
    QVERIFY(!f.result(0).message.isEmpty());
    if (call == QLatin1String("disconnect"))
        QCOMPARE(f.result(0).profile, QStringLiteral("CorpWiFi")); // the explanation names it
    QVERIFY(f.backend->isServiceAvailable());
    QCOMPARE(f.backend->pendingOperations(), 0);
}

void TestNativeWifiBackend::unknownInterfaceIsRefusedWithoutACall()
{
    Fixture f;
    QVERIFY(f.loaded());
    f.backend->connectProfile(QStringLiteral("{nowhere}"), QStringLiteral("HomeNet"));
    f.backend->disconnectInterface(QStringLiteral("{nowhere}"));
    f.backend->scan(QStringLiteral("{nowhere}"));
    QTRY_COMPARE(f.finished->size(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(f.result(i).error, ErrorKind::InvalidParameter);
    QVERIFY(!f.called("connect "));
    QVERIFY(!f.called("disconnect "));
    QVERIFY(!f.called("scan "));
}

void TestNativeWifiBackend::notificationsUpdateTheInterface()
{
    Fixture f;
    QVERIFY(f.loaded());
    f.service.notify(sessionEvent(Kind::Disconnecting, Corp));
    QTRY_COMPARE(f.iface(Corp).state, InterfaceState::Disconnecting);
    f.service.notify(sessionEvent(Kind::LinkDisconnected, Corp));
    QTRY_COMPARE(f.iface(Corp).state, InterfaceState::Disconnected);
    QVERIFY(f.iface(Corp).ssid.isEmpty());

    // The event tells of one PHY; the backend reads them all, hardware too.
    SessionEvent radio = sessionEvent(Kind::RadioStateChanged, Usb);
    radio.radioOn = false;
    f.service.setRadio(Usb, false, true);
    f.service.notify(radio);
    QTRY_VERIFY(!f.iface(Usb).radioOn);
    QVERIFY(f.backend->radioHardwareOn(id(Usb)));
    f.service.setRadio(Usb, true, false);
    f.service.notify(radio);
    QTRY_VERIFY(!f.backend->radioHardwareOn(id(Usb)));
    QVERIFY(!f.iface(Usb).radioOn);

    SessionEvent signal = sessionEvent(Kind::SignalQualityChanged, Corp);
    signal.signal = 33;
    f.service.notify(sessionEvent(Kind::Connected, Corp));
    f.service.notify(signal);
    QTRY_COMPARE(f.iface(Corp).signal, 33);

    // Unknown codes change nothing and break nothing.
    QSignalSpy changed(f.backend.get(), &WirelessBackend::interfaceChanged);
    SessionEvent unknown = sessionEvent(Kind::Unknown, Corp);
    unknown.code = 99;
    f.service.notify(unknown);
    f.service.notify(sessionEvent(Kind::Unknown, "{not-ours}"));
    QTest::qWait(50);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(f.finished->size(), 0);
}

void TestNativeWifiBackend::truncatedCompletionIsNoSuccess()
{
    Fixture f;
    QVERIFY(f.loaded());
    f.service.setConnectOutcome(false, 0); // the fake stays silent; the test speaks
    f.backend->connectProfile(id(Usb), QStringLiteral("HomeNet"));
    QTRY_COMPARE(f.backend->pendingOperations(), 1);
    SessionEvent completed = sessionEvent(Kind::ConnectionCompleted, Usb);
    completed.truncated = true;
    completed.reasonCode = reason::Unknown;
    f.service.notify(completed);
    QTRY_COMPARE(f.finished->size(), 1);
    QCOMPARE(f.result(0).error, ErrorKind::ConnectionFailed);
    QCOMPARE(f.result(0).nativeCode, quint32(reason::Unknown));
}

void TestNativeWifiBackend::locationDenialIsReportedOnce()
{
    Fixture f(false);
    f.service.setLocationAllowed(false);
    f.start();
    QTRY_COMPARE(f.backend->interfaces().size(), 2);
    QTRY_COMPARE(f.finished->size(), 1);
    const OperationResult denial = f.result(0);
    QVERIFY(denial.operation == Operation::ListNetworks || denial.operation == Operation::QueryConnection);
    QCOMPARE(denial.error, ErrorKind::AccessDenied);
    QVERIFY(f.backend->networks(id(Usb)).isEmpty());
    // More reads, more refusals: not said again.
    f.service.notify(sessionEvent(Kind::ScanListRefreshed, Usb));
    f.service.notify(sessionEvent(Kind::ScanListRefreshed, Corp));
    QTest::qWait(100);
    QCOMPARE(f.finished->size(), 1);
    // A scan the person asked for is always answered.
    f.backend->scan(id(Usb));
    QTRY_COMPARE(f.finished->size(), 2);
    QCOMPARE(f.result(1).operation, Operation::Scan);
    QCOMPARE(f.result(1).error, ErrorKind::AccessDenied);
    // Location allowed: the next refresh brings the networks.
    f.service.setLocationAllowed(true);
    f.service.notify(sessionEvent(Kind::ScanListRefreshed, Usb));
    QTRY_COMPARE(f.backend->networks(id(Usb)).size(), 3);
}

void TestNativeWifiBackend::scansAreThrottled()
{
    Fixture f;
    QVERIFY(f.loaded());
    f.backend->scan(id(Usb));
    f.backend->scan(id(Usb)); // joins the first
    QTRY_COMPARE(f.count("scan "), 1);
    QCOMPARE(f.finished->size(), 0); // waits for the scan to complete
    f.service.notify(sessionEvent(Kind::ScanCompleted, Usb));
    QTRY_COMPARE(f.finished->size(), 2);
    QCOMPARE(f.result(0).error, ErrorKind::None);
    QCOMPARE(f.result(1).error, ErrorKind::None);
    // Within the throttle a new request reads the list without WlanScan.
    f.backend->scan(id(Usb));
    QTRY_COMPARE(f.finished->size(), 3);
    QCOMPARE(f.result(2).operation, Operation::Scan);
    QCOMPARE(f.count("scan "), 1);
    QCOMPARE(f.backend->pendingOperations(), 0);
}

void TestNativeWifiBackend::serviceStopsAndComesBack()
{
    Fixture f;
    QVERIFY(f.loaded());
    QSignalSpy availability(f.backend.get(), &WirelessBackend::serviceAvailabilityChanged);
    QSignalSpy removed(f.backend.get(), &WirelessBackend::interfaceRemoved);
    f.service.setRunning(false);
    f.backend->disconnectInterface(id(Usb));
    QTRY_VERIFY(!f.backend->isServiceAvailable());
    QCOMPARE(availability.size(), 1);
    QVERIFY(f.backend->serviceProblem().contains(QLatin1String("WLAN AutoConfig")));
    QTRY_COMPARE(f.finished->size(), 1);
    QCOMPARE(f.result(0).error, ErrorKind::RpcFailure);
    QCOMPARE(removed.size(), 2);
    QVERIFY(f.backend->interfaces().isEmpty());
    // It keeps trying to reopen, and fails while the service is stopped.
    QTRY_VERIFY(f.count("open") >= 3);
    QVERIFY(!f.backend->isServiceAvailable());
    f.service.setRunning(true);
    QTRY_VERIFY(f.backend->isServiceAvailable());
    QTRY_COMPARE(f.backend->interfaces().size(), 2);
    QVERIFY(f.backend->serviceProblem().isEmpty());
    QCOMPARE(f.service.openSessions(), 1);
}

void TestNativeWifiBackend::interfaceRemovedDuringAnOperation()
{
    Fixture f;
    QVERIFY(f.loaded());
    f.service.setConnectOutcome(false, 0);
    f.backend->connectProfile(id(Usb), QStringLiteral("HomeNet"));
    QTRY_COMPARE(f.backend->pendingOperations(), 1);
    // Accepted by the service first: a connect that reaches it after the
    // removal is refused as an unknown interface instead (a slow worker,
    // as under ThreadSanitizer).
    QTRY_VERIFY(f.called("connect " + Usb));
    QSignalSpy removed(f.backend.get(), &WirelessBackend::interfaceRemoved);
    f.service.removeInterface(Usb);
    QTRY_COMPARE(removed.size(), 1);
    QTRY_COMPARE(f.finished->size(), 1);
    QCOMPARE(f.result(0).error, ErrorKind::InvalidParameter);
    QCOMPARE(f.result(0).message, QStringLiteral("The interface was removed."));
    QCOMPARE(f.backend->interfaces().size(), 1);
    QVERIFY(f.backend->networks(id(Usb)).isEmpty());
}

void TestNativeWifiBackend::withoutNotificationsTheStateIsRead()
{
    Fixture f(false);
    f.service.setNotifies(false);
    f.service.setConnectOutcome(false, 0);
    f.start();
    QVERIFY(f.loaded());
    f.backend->disconnectInterface(id(Corp));
    QTRY_COMPARE(f.finished->size(), 1);
    QTRY_COMPARE(f.iface(Corp).state, InterfaceState::Disconnected);
}

void TestNativeWifiBackend::destroyedWhileNotificationsArrive()
{
    Fixture f;
    QVERIFY(f.loaded());
    std::atomic<bool> stop{ false };
    std::thread flood([&] {
        while (!stop)
            f.service.notify(sessionEvent(Kind::ScanListRefreshed, Usb));
    });
    f.backend->connectProfile(id(Usb), QStringLiteral("HomeNet"));
    QTest::qWait(20);
    f.backend.reset(); // closes the session: nothing reaches the backend after
    QCOMPARE(f.service.openSessions(), 0);
    stop = true;
    flood.join();
    QCoreApplication::processEvents();
}

// From WlanGetProfileList's flags and WlanGetProfile's granted access.
void TestNativeWifiBackend::profileScopeAndRightsAreReadUpFront()
{
    Fixture f;
    QVERIFY(f.loaded());
    const WirelessProfile corp = f.backend->networks(id(Corp)).constFirst().profile;
    QCOMPARE(corp.id, QStringLiteral("CorpWiFi"));
    QCOMPARE(corp.scope, ProfileScope::AllUsers);
    QVERIFY(corp.may(ProfileRight::Connect));
    QVERIFY(!corp.may(ProfileRight::Delete));
    QVERIFY(!corp.may(ProfileRight::Change));
    const WirelessProfile home = f.backend->networks(id(Usb)).constFirst().profile;
    QCOMPARE(home.scope, ProfileScope::ThisAccount);
    QVERIFY(home.may(ProfileRight::Delete)); // access unknown (0): all granted, the service judges
    QCOMPARE(f.iface(Corp).connectionName, QStringLiteral("Wi-Fi"));
}

JoinRequest joinOf(const QByteArray &ssid, Security security, const QString &secret)
{
    JoinRequest request;
    request.interfaceId = id(Usb);
    request.ssid = ssid;
    request.security = security;
    request.secret = secret;
    return request;
}

void TestNativeWifiBackend::joinSavesAPerUserProfileThenConnectsByName()
{
    Fixture f;
    QVERIFY(f.loaded());
    f.backend->join(joinOf("Café", Security::Wpa2Personal, QStringLiteral("croissant")));
    QTRY_COMPARE(f.finished->size(), 1);
    QVERIFY(f.result(0).succeeded());
    QCOMPARE(f.result(0).operation, Operation::Join);
    QCOMPARE(f.result(0).profile, QStringLiteral("Café"));
    QVERIFY(f.called("setProfile user new"));
    QVERIFY(f.called("connect " + Usb + " Café"));
    QVERIFY(f.service.lastProfileXml().find("<keyMaterial>croissant</keyMaterial>") != std::string::npos);
    // A second join of another network named alike takes a free name.
    f.backend->join(joinOf("Café", Security::Wpa3Personal, QStringLiteral("croissant")));
    QTRY_COMPARE(f.finished->size(), 2);
    QCOMPARE(f.result(1).profile, QStringLiteral("Café 2"));
}

void TestNativeWifiBackend::failedJoinTakesItsProfileAway()
{
    Fixture f;
    QVERIFY(f.loaded());
    f.service.setConnectOutcome(true, reason::PskMismatchSuspected);
    f.backend->join(joinOf("Café", Security::Wpa2Personal, QStringLiteral("baguette")));
    QTRY_COMPARE(f.finished->size(), 1);
    QCOMPARE(f.result(0).error, ErrorKind::PasswordRejected);
    QCOMPARE(f.result(0).ssid, QByteArray("Café"));
    QVERIFY(f.called("deleteProfile Café"));
    QVERIFY(!f.result(0).message.contains(QStringLiteral("baguette")));
    // A refused WlanConnect takes it away as well.
    f.service.failCalls("connect", 5);
    f.backend->join(joinOf("Café", Security::Wpa2Personal, QStringLiteral("croissant")));
    QTRY_COMPARE(f.finished->size(), 2);
    QCOMPARE(f.result(1).error, ErrorKind::AccessDenied);
    const std::vector<std::string> calls = f.service.calls();
    QCOMPARE(std::count(calls.begin(), calls.end(), std::string("deleteProfile Café")), 2);
    QCOMPARE(f.backend->pendingOperations(), 0);
}

void TestNativeWifiBackend::refusedProfileSaysWhy()
{
    Fixture f;
    QVERIFY(f.loaded());
    // Keys the command layer would catch still meet the service's check.
    f.backend->join(joinOf("Café", Security::Wpa2Personal, QStringLiteral("short")));
    QTRY_COMPARE(f.finished->size(), 1);
    QCOMPARE(f.result(0).error, ErrorKind::Other);
    QCOMPARE(f.result(0).nativeCode, quint32(code::BadProfile));
    QCOMPARE(f.result(0).reasonCode, quint32(reason::PskLength));
    QCOMPARE(f.result(0).message, QStringLiteral("System text for reason %1.").arg(reason::PskLength));
    QVERIFY(!f.called("connect " + Usb));
    // What Aerial cannot write is refused before any call.
    f.backend->join(joinOf("Corp", Security::Wpa2Enterprise, {}));
    QTRY_COMPARE(f.finished->size(), 2);
    QCOMPARE(f.result(1).error, ErrorKind::NotSupported);
    // A key XML cannot carry would be saved other than typed: refused as
    // WlanSetProfile refuses it, and never sent.
    const std::size_t callsBefore = f.service.calls().size();
    f.backend->join(joinOf("Café", Security::Wpa2Personal, QStringLiteral("pass\aword")));
    QTRY_COMPARE(f.finished->size(), 3);
    QCOMPARE(f.result(2).error, ErrorKind::Other);
    QCOMPARE(f.result(2).nativeCode, quint32(code::BadProfile));
    QCOMPARE(f.result(2).reasonCode, quint32(reason::PassphraseCharacter));
    QCOMPARE(f.service.calls().size(), callsBefore);
}

void TestNativeWifiBackend::radioHeldOffInHardwareIsRefused()
{
    Fixture f;
    QVERIFY(f.loaded());
    f.backend->setRadio(id(Usb), false);
    QTRY_COMPARE(f.finished->size(), 1);
    QVERIFY(f.result(0).succeeded());
    QVERIFY(!f.iface(Usb).radioOn);
    f.service.setRadio(Usb, false, false); // then the switch goes off
    f.backend->setRadio(id(Usb), true);
    QTRY_COMPARE(f.finished->size(), 2);
    QCOMPARE(f.result(1).error, ErrorKind::InvalidState);
    QVERIFY(!f.backend->radioHardwareOn(id(Usb)));
}

QTEST_GUILESS_MAIN(TestNativeWifiBackend)
#include "tst_nativewifibackend.moc"
