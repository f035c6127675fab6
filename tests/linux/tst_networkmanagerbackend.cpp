// The NetworkManager backend against a real D-Bus daemon and python-dbusmock's
// NetworkManager template: devices and access points coming and going,
// non-UTF-8 SSIDs, connect and disconnect (with the D-Bus calls they made),
// polkit refusals and their Linux explanation, the daemon dying and coming
// back, and a burst of 200 access points with the model tester attached.
#include "explanationpanel.h"
#include "joinpanel.h"
#include "linux/networkmanagerbackend.h"
#include "linux/networkmanagersecretagent.h"
#include "linux/networkmanagertypes.h"
#include "liveregion.h"
#include "networkmanagermock.h"
#include "networkmodel.h"
#include "secretservice.h"
#include "operationexplanation.h"
#include "passwordwatch.h"
#include "systembackend.h"
#include "wirelesscommands.h"
#include "wirelesswindow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QCheckBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Aerial;

namespace {

constexpr uint SecurityNone = 0;
constexpr uint SecurityPsk = 0x100;

const QString ManagerPath = QStringLiteral("/org/freedesktop/NetworkManager");
const QString DeviceIface = QStringLiteral("org.freedesktop.NetworkManager.Device");
const QString WirelessIface = QStringLiteral("org.freedesktop.NetworkManager.Device.Wireless");
const QString ApIface = QStringLiteral("org.freedesktop.NetworkManager.AccessPoint");
const QString ManagerIface = QStringLiteral("org.freedesktop.NetworkManager");
const QString ConnectionIface = QStringLiteral("org.freedesktop.NetworkManager.Settings.Connection");

// python-dbusmock has no Device.Disconnect; this one works as NetworkManager's.
const QString DisconnectWorks = QStringLiteral(
    "objects['/org/freedesktop/NetworkManager'].SetDeviceDisconnected(self.path)");

} // namespace

class TestNetworkManagerBackend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void autoPicksNetworkManager();
    void devicesAndAccessPointsAppearAndDisappear();
    void ssidsThatAreNotUtf8();
    void propertiesOfAnotherTypeReadAsNothing_data();
    void propertiesOfAnotherTypeReadAsNothing();
    void deviceStatesMap_data();
    void deviceStatesMap();
    void failedStateSaysWhy();
    void joinAddsAConnectionForThisAccount_data();
    void joinAddsAConnectionForThisAccount();
    void joinForAllUsersWhereAllowed();
    void joinAHiddenNetwork();
    void wrongPasswordOnJoinLeavesNothing();
    void wrongPasswordOnSae_data();
    void wrongPasswordOnSae();
    void joinFromTheWindow_data();
    void joinFromTheWindow();
    void forgetDeletesTheConnection();
    void autoConnectUpdatesTheSetting_data();
    void autoConnectUpdatesTheSetting();
    void radioOffAndOn();
    void hardwareSwitchHoldsTheRadioOff();
    void profileRightsFollowThePermissions_data();
    void profileRightsFollowThePermissions();
    void failureWithoutAReasonStillSaysSomething_data();
    void failureWithoutAReasonStillSaysSomething();
    void connectedWithoutAnAccessPointNamesTheNetwork();
    void unconfirmedDisconnectIsATimeOut();
    void connectAndDisconnect();
    void rescanWaitsForLastScanAndIsThrottled();
    void aerialctlJoinLeavesThePasswordNowhere_data();
    void aerialctlJoinLeavesThePasswordNowhere();
    void permissionDenied_data();
    void permissionDenied();
    void otherErrorsHaveTheirOwnWords_data();
    void otherErrorsHaveTheirOwnWords();
    void permissionsShowUpFrontOnTheButtons();
    void windowExplainsAPermissionDenial();
    void daemonKilledAndRestarted();
    void connectInFlightWhenTheDaemonGoesFinishesOnce();
    void burstOf200AccessPoints();

private:
    std::unique_ptr<NetworkManagerBackend> makeBackend();
    QString addHome(QString *accessPoint = nullptr);
    OperationResult waitForResult(QSignalSpy &spy);

    SecretService m_session; // a session bus with no Secret Service: passwords are not saved
    std::unique_ptr<NetworkManagerMock> m_mock;
};

void TestNetworkManagerBackend::initTestCase()
{
    qDBusRegisterMetaType<QMap<QString, QVariantMap>>();
    QVERIFY2(m_session.startBus(), qPrintable(m_session.lastError()));
    m_mock = std::make_unique<NetworkManagerMock>();
    QVERIFY2(m_mock->startBus(), qPrintable(m_mock->lastError()));
}

void TestNetworkManagerBackend::init()
{
    QVERIFY2(m_mock->startService(), qPrintable(m_mock->lastError()));
}

void TestNetworkManagerBackend::cleanup()
{
    QVERIFY(m_mock->stopService());
}

std::unique_ptr<NetworkManagerBackend> TestNetworkManagerBackend::makeBackend()
{
    return std::make_unique<NetworkManagerBackend>(m_mock->bus());
}

// wlan0 with HomeNet in range and saved.
QString TestNetworkManagerBackend::addHome(QString *accessPoint)
{
    const QString device = m_mock->addWifiDevice(QStringLiteral("wlan0"), QStringLiteral("wlan0"), 30);
    const QString ap = m_mock->addAccessPoint(device, QStringLiteral("home"), QStringLiteral("HomeNet"), 82, SecurityPsk);
    m_mock->addWifiConnection(device, QStringLiteral("HomeNet"), QStringLiteral("HomeNet"));
    if (accessPoint)
        *accessPoint = ap;
    return device;
}

OperationResult TestNetworkManagerBackend::waitForResult(QSignalSpy &spy)
{
    if (!spy.wait(5000) && spy.isEmpty())
        return {};
    return spy.takeFirst().at(0).value<OperationResult>();
}

void TestNetworkManagerBackend::autoPicksNetworkManager()
{
    // DBUS_SYSTEM_BUS_ADDRESS points at the private bus, where the template
    // owns NetworkManager's name: "auto" must choose it.
    QString reason;
    const std::unique_ptr<WirelessBackend> backend = SystemBackend::detect(&reason);
    QVERIFY2(backend, qPrintable(reason));
    QCOMPARE(backend->platform(), Platform::NetworkManager);
    QVERIFY(backend->isServiceAvailable());
}

void TestNetworkManagerBackend::devicesAndAccessPointsAppearAndDisappear()
{
    auto backend = makeBackend();
    QSignalSpy added(backend.get(), &WirelessBackend::interfaceAdded);
    QSignalSpy removed(backend.get(), &WirelessBackend::interfaceRemoved);
    // A wired device is not Aerial's business.
    m_mock->bus().call(QDBusMessage::createMethodCall(ManagerIface, ManagerPath, QStringLiteral("org.freedesktop.DBus.Mock"),
                                                      QStringLiteral("AddEthernetDevice"))
                       << QStringLiteral("eth0") << QStringLiteral("eth0") << 30);
    const QString device = m_mock->addWifiDevice(QStringLiteral("wlan0"), QStringLiteral("wlan0"), 30);
    QTRY_COMPARE(added.size(), 1);
    QCOMPARE(backend->interfaces().size(), 1);
    QCOMPARE(backend->interfaces()[0].id, device);
    QCOMPARE(backend->interfaces()[0].description, QStringLiteral("wlan0"));
    QCOMPARE(backend->interfaces()[0].state, InterfaceState::Disconnected);

    const QString weak = m_mock->addAccessPoint(device, QStringLiteral("a"), QStringLiteral("HomeNet"), 40, SecurityPsk);
    QTRY_COMPARE(backend->networks(device).size(), 1);
    QCOMPARE(backend->networks(device)[0].security, Security::Wpa2Personal);
    QCOMPARE(backend->networks(device)[0].signal, 40);
    QVERIFY(!backend->networks(device)[0].profile.isValid());
    // A second access point of the same network: one row, the stronger signal.
    m_mock->addAccessPoint(device, QStringLiteral("b"), QStringLiteral("HomeNet"), 90, SecurityPsk);
    m_mock->addAccessPoint(device, QStringLiteral("c"), QStringLiteral("Cafe"), 60, SecurityNone);
    QTRY_COMPARE(backend->networks(device).size(), 2);
    QTRY_COMPARE(backend->networks(device)[0].signal, 90);
    QCOMPARE(backend->networks(device)[1].security, Security::Open);
    // A saved connection for it: the network now has a profile.
    m_mock->addWifiConnection(device, QStringLiteral("HomeNet"), QStringLiteral("HomeNet"));
    QTRY_COMPARE(backend->networks(device)[0].profile.name, QStringLiteral("HomeNet"));
    QCOMPARE(backend->networks(device)[0].profile.scope, ProfileScope::AllUsers);
    // Renamed in place (Settings.Connection.Update, then Updated): followed.
    const QString connection = QStringLiteral("/org/freedesktop/NetworkManager/Settings/HomeNet");
    QMap<QString, QVariantMap> renamed;
    renamed[QStringLiteral("connection")][QStringLiteral("id")] = QStringLiteral("Home (upstairs)");
    const QDBusMessage update = m_mock->bus().call(
        QDBusMessage::createMethodCall(ManagerIface, connection, QStringLiteral("org.freedesktop.NetworkManager.Settings.Connection"),
                                       QStringLiteral("Update"))
        << QVariant::fromValue(renamed));
    QCOMPARE(update.type(), QDBusMessage::ReplyMessage);
    QTRY_COMPARE(backend->networks(device)[0].profile.name, QStringLiteral("Home (upstairs)"));
    // Signal changes arrive as PropertiesChanged.
    m_mock->setProperty(weak, ApIface, QStringLiteral("Strength"), QVariant::fromValue(uchar(95)));
    QTRY_COMPARE(backend->networks(device)[0].signal, 95);

    m_mock->removeAccessPoint(device, weak);
    QTRY_COMPARE(backend->networks(device)[0].signal, 90);
    m_mock->removeDevice(device);
    QTRY_COMPARE(removed.size(), 1);
    QCOMPARE(removed[0].at(0).toString(), device);
    QVERIFY(backend->interfaces().isEmpty());
}

void TestNetworkManagerBackend::ssidsThatAreNotUtf8()
{
    auto backend = makeBackend();
    const QString device = m_mock->addWifiDevice(QStringLiteral("wlan0"), QStringLiteral("wlan0"), 30);
    const QString ap = m_mock->addAccessPoint(device, QStringLiteral("raw"), QStringLiteral("x"), 50, SecurityNone);
    const QByteArray raw("\xff\xfe\x41\x00\x1b", 5);
    m_mock->setProperty(ap, ApIface, QStringLiteral("Ssid"), raw);
    QTRY_COMPARE(backend->networks(device).size(), 1);
    QTRY_COMPARE(backend->networks(device)[0].ssid, raw);
}

// Properties of a type other than NetworkManager's introspection gives, as
// a buggy or hostile service might send them: Aerial reads them as nothing
// and goes on. A structure or array of another signature used to reach
// qdbus_cast, where libdbus aborts the process (fuzz_networkmanager).
void TestNetworkManagerBackend::propertiesOfAnotherTypeReadAsNothing_data()
{
    QTest::addColumn<bool>("onDevice");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("StateReason as no object paths")
        << true << "StateReason" << QVariant::fromValue(QList<QDBusObjectPath>{});
    QTest::newRow("StateReason as an array of strings")
        << true << "StateReason" << QVariant(QStringList{ QStringLiteral("a"), QStringLiteral("b") });
    QTest::newRow("ActiveConnection as a string") << true << "ActiveConnection" << QVariant(QStringLiteral("/x"));
    QTest::newRow("Ssid as a string") << false << "Ssid" << QVariant(QStringLiteral("Cafe"));
    QTest::newRow("Strength as a negative number") << false << "Strength" << QVariant(-5);
    QTest::newRow("Strength as an array") << false << "Strength" << QVariant(QStringList{ QStringLiteral("9") });
}

void TestNetworkManagerBackend::propertiesOfAnotherTypeReadAsNothing()
{
    QFETCH(bool, onDevice);
    QFETCH(QString, name);
    QFETCH(QVariant, value);
    auto backend = makeBackend();
    const QString device = m_mock->addWifiDevice(QStringLiteral("wlan0"), QStringLiteral("wlan0"), 120);
    const QString ap = m_mock->addAccessPoint(device, QStringLiteral("odd"), QStringLiteral("Odd"), 50, SecurityNone);
    QTRY_COMPARE(backend->networks(device).size(), 1);
    // As NetworkManager sends it: PropertiesChanged with just this property.
    m_mock->emitSignal(onDevice ? device : ap, QStringLiteral("org.freedesktop.DBus.Properties"),
                       QStringLiteral("PropertiesChanged"), QStringLiteral("sa{sv}as"),
                       { onDevice ? DeviceIface : ApIface, QVariantMap{ { name, value } }, QStringList{} });
    // A later, well-typed change still arrives: Aerial is alive and reading.
    m_mock->setProperty(ap, ApIface, QStringLiteral("Strength"), QVariant::fromValue(uchar(77)));
    QTRY_COMPARE(backend->networks(device).size(), 1);
    QTRY_COMPARE(backend->networks(device)[0].signal, 77);
    const QByteArray ssid = backend->networks(device)[0].ssid;
    QVERIFY2(ssid == "Odd" || (name == QLatin1String("Ssid") && ssid.isEmpty()), ssid.constData());
}

void TestNetworkManagerBackend::deviceStatesMap_data()
{
    QTest::addColumn<uint>("nmState");
    QTest::addColumn<InterfaceState>("state");
    QTest::addColumn<bool>("gettingAddress");
    QTest::newRow("unknown") << 0u << InterfaceState::NotReady << false;
    QTest::newRow("unmanaged") << 10u << InterfaceState::NotReady << false;
    QTest::newRow("unavailable") << 20u << InterfaceState::NotReady << false;
    QTest::newRow("disconnected") << 30u << InterfaceState::Disconnected << false;
    QTest::newRow("prepare") << 40u << InterfaceState::Associating << false;
    QTest::newRow("config") << 50u << InterfaceState::Associating << false;
    QTest::newRow("need-auth") << 60u << InterfaceState::Authenticating << false;
    QTest::newRow("ip-config") << 70u << InterfaceState::Authenticating << true;
    QTest::newRow("ip-check") << 80u << InterfaceState::Authenticating << true;
    QTest::newRow("secondaries") << 90u << InterfaceState::Authenticating << true;
    QTest::newRow("activated") << 100u << InterfaceState::Connected << false;
    QTest::newRow("deactivating") << 110u << InterfaceState::Disconnecting << false;
    QTest::newRow("failed") << 120u << InterfaceState::Disconnected << false;
}

void TestNetworkManagerBackend::deviceStatesMap()
{
    QFETCH(uint, nmState);
    QFETCH(InterfaceState, state);
    QFETCH(bool, gettingAddress);
    auto backend = makeBackend();
    const QString device = m_mock->addWifiDevice(QStringLiteral("wlan0"), QStringLiteral("wlan0"), 30);
    QTRY_COMPARE(backend->interfaces().size(), 1);
    m_mock->setProperty(device, DeviceIface, QStringLiteral("State"), nmState);
    QTRY_COMPARE(backend->interfaces()[0].state, state);
    QCOMPARE(backend->interfaces()[0].gettingAddress, gettingAddress);
    if (gettingAddress)
        QCOMPARE(NetworkModel::stateText(backend->interfaces()[0]), QStringLiteral("Connecting (getting an address)"));
}

void TestNetworkManagerBackend::failedStateSaysWhy()
{
    auto backend = makeBackend();
    const QString device = m_mock->addWifiDevice(QStringLiteral("wlan0"), QStringLiteral("wlan0"), 40);
    QTRY_COMPARE(backend->interfaces().size(), 1);
    // StateChanged(failed, prepare, supplicant timeout)
    m_mock->emitSignal(device, DeviceIface, QStringLiteral("StateChanged"), QStringLiteral("uuu"),
                       { 120u, 40u, 11u });
    QTRY_COMPARE(backend->interfaces()[0].state, InterfaceState::Disconnected);
    QVERIFY(backend->interfaces()[0].stateReason.contains(QLatin1String("password")));
    QVERIFY(NetworkModel::interfaceSummary(backend->interfaces()[0]).contains(QLatin1String("password")));
}

namespace {

// python-dbusmock's template has AddAndActivateConnection only; this is the
// 1.16 method as NetworkManager 1.42 has it (Manager.xml), on top of it. It
// asks the agent for the password (tests/linux/networkmanager_template.py).
const QString AddAndActivate2 = QStringLiteral(
    "c, a = self.scenario_join(self, args[0], args[1], args[2]); ret = (c, a, dbus.Dictionary({}, signature='sv'))");

// A join whose password the network refuses: the connection is added, the
// device tries, then fails with reason 8 (the 4-way handshake ended).
const QString AddAndFailWithReason8 = QStringLiteral(
    "c = objects['/org/freedesktop/NetworkManager/Settings'].AddConnection(args[0]); "
    "objects[args[1]].EmitSignal('org.freedesktop.NetworkManager.Device', 'StateChanged', 'uuu', [40, 30, 0]); "
    "objects[args[1]].EmitSignal('org.freedesktop.NetworkManager.Device', 'StateChanged', 'uuu', [120, 60, 8]); "
    "ret = (c, '/', dbus.Dictionary({}, signature='sv'))");

JoinRequest joinOf(const QString &device, const QByteArray &ssid, Security security, const QString &secret)
{
    JoinRequest request;
    request.interfaceId = device;
    request.ssid = ssid;
    request.security = security;
    request.secret = secret;
    return request;
}

QMap<QString, QVariantMap> settingsArgument(const QVariantList &arguments)
{
    return qdbus_cast<QMap<QString, QVariantMap>>(arguments.value(0));
}

} // namespace

void TestNetworkManagerBackend::joinAddsAConnectionForThisAccount_data()
{
    QTest::addColumn<bool>("version2");
    QTest::newRow("AddAndActivateConnection2") << true;
    QTest::newRow("AddAndActivateConnection, where 2 is missing") << false;
}

// A new WPA2 network: a connection for this account (settings.modify.own is
// enough), the SSID as bytes, key-mgmt from the access point, the password
// not saved (this bus has no Secret Service) and not in the settings: the
// agent gives it when NetworkManager asks. The strongest access point named.
void TestNetworkManagerBackend::joinAddsAConnectionForThisAccount()
{
    QFETCH(bool, version2);
    const QString device = m_mock->addWifiDevice(QStringLiteral("wlan0"), QStringLiteral("wlan0"), 30);
    const QString ap = m_mock->addAccessPoint(device, QStringLiteral("cafe"), QStringLiteral("Cafe"), 70, SecurityPsk);
    if (version2)
        m_mock->addMethod(ManagerPath, ManagerIface, QStringLiteral("AddAndActivateConnection2"),
                          QStringLiteral("a{sa{sv}}ooa{sv}"), QStringLiteral("ooa{sv}"), AddAndActivate2);
    else
        m_mock->addMethod(ManagerPath, ManagerIface, QStringLiteral("AddAndActivateConnection"),
                          QStringLiteral("a{sa{sv}}oo"), QStringLiteral("oo"),
                          QStringLiteral("ret = self.scenario_join(self, args[0], args[1], args[2])"));
    auto backend = makeBackend();
    QTRY_COMPARE(backend->networks(device).size(), 1);
    QVERIFY(backend->capabilities().joinable.contains(Security::Wpa2Personal));
    QVERIFY(!backend->capabilities().allUsersJoin); // the template grants nothing
    // No Secret Service on this session bus: the password cannot be kept,
    // though Aerial's agent is registered.
    QTRY_VERIFY(backend->secretAgent()->isRegistered());
    QVERIFY(!backend->capabilities().savesSecrets);
    QSignalSpy finished(backend.get(), &WirelessBackend::operationFinished);
    backend->join(joinOf(device, "Cafe", Security::Wpa2Personal, QStringLiteral("croissant")));
    const OperationResult result = waitForResult(finished);
    QCOMPARE(result.operation, Operation::Join);
    QCOMPARE(result.error, ErrorKind::None);
    QVERIFY(!result.profile.isEmpty());
    QVariantList arguments;
    QCOMPARE(m_mock->callCount(ManagerPath, version2 ? QStringLiteral("AddAndActivateConnection2")
                                                     : QStringLiteral("AddAndActivateConnection"), &arguments), 1);
    QCOMPARE(arguments.value(1).value<QDBusObjectPath>().path(), device);
    QCOMPARE(arguments.value(2).value<QDBusObjectPath>().path(), ap);
    if (version2)
        QCOMPARE(qdbus_cast<QVariantMap>(arguments.value(3)).value(QStringLiteral("persist")).toString(), QStringLiteral("disk"));
    const auto settings = settingsArgument(arguments);
    const QVariantMap connection = settings.value(QStringLiteral("connection"));
    QCOMPARE(connection.value(QStringLiteral("type")).toString(), QStringLiteral("802-11-wireless"));
    const QStringList permissions = connection.value(QStringLiteral("permissions")).toStringList();
    QCOMPARE(permissions.size(), 1);
    QVERIFY(permissions.constFirst().startsWith(QLatin1String("user:")));
    QCOMPARE(settings.value(QStringLiteral("802-11-wireless")).value(QStringLiteral("ssid")).toByteArray(), QByteArray("Cafe"));
    QVERIFY(!settings.value(QStringLiteral("802-11-wireless")).value(QStringLiteral("hidden")).toBool());
    const QVariantMap security = settings.value(QStringLiteral("802-11-wireless-security"));
    QCOMPARE(security.value(QStringLiteral("key-mgmt")).toString(), QStringLiteral("wpa-psk"));
    QVERIFY(!security.contains(QStringLiteral("psk")));
    QCOMPARE(security.value(QStringLiteral("psk-flags")).toUInt(), 2u); // not saved
    const QList<QJsonObject> replies = m_mock->agentReplies();
    QCOMPARE(replies.size(), 1);
    QCOMPARE(replies[0].value(QStringLiteral("secrets"))[QStringLiteral("802-11-wireless-security")][QStringLiteral("psk")]
                 .toString(),
             QStringLiteral("croissant"));
    QTRY_COMPARE(backend->interfaces()[0].state, InterfaceState::Connected);
}

void TestNetworkManagerBackend::joinForAllUsersWhereAllowed()
{
    m_mock->addMethod(ManagerPath, ManagerIface, QStringLiteral("GetPermissions"), QString(), QStringLiteral("a{ss}"),
                      QStringLiteral("ret = {'org.freedesktop.NetworkManager.settings.modify.system': 'auth'}"));
    m_mock->addMethod(ManagerPath, ManagerIface, QStringLiteral("AddAndActivateConnection2"),
                      QStringLiteral("a{sa{sv}}ooa{sv}"), QStringLiteral("ooa{sv}"), AddAndActivate2);
    const QString device = m_mock->addWifiDevice(QStringLiteral("wlan0"), QStringLiteral("wlan0"), 30);
    m_mock->addAccessPoint(device, QStringLiteral("office"), QStringLiteral("Office"), 70, SecurityPsk);
    auto backend = makeBackend();
    QTRY_VERIFY(backend->capabilities().allUsersJoin);
    QTRY_COMPARE(backend->networks(device).size(), 1);
    QSignalSpy finished(backend.get(), &WirelessBackend::operationFinished);
    JoinRequest request = joinOf(device, "Office", Security::Wpa2Personal, QStringLiteral("espresso"));
    request.scope = ProfileScope::AllUsers;
    backend->join(request);
    QCOMPARE(waitForResult(finished).error, ErrorKind::None);
    QVariantList arguments;
    QCOMPARE(m_mock->callCount(ManagerPath, QStringLiteral("AddAndActivateConnection2"), &arguments), 1);
    const auto settings = settingsArgument(arguments);
    QVERIFY(settings.value(QStringLiteral("connection")).value(QStringLiteral("permissions")).toStringList().isEmpty());
    QCOMPARE(settings.value(QStringLiteral("802-11-wireless-security")).value(QStringLiteral("psk-flags")).toUInt(), 0u);
}

// A hidden network is joined by its SSID, with hidden set and no access point.
void TestNetworkManagerBackend::joinAHiddenNetwork()
{
    const QString device = m_mock->addWifiDevice(QStringLiteral("wlan0"), QStringLiteral("wlan0"), 30);
    m_mock->addMethod(ManagerPath, ManagerIface, QStringLiteral("AddAndActivateConnection2"),
                      QStringLiteral("a{sa{sv}}ooa{sv}"), QStringLiteral("ooa{sv}"),
                      QStringLiteral("c = objects['/org/freedesktop/NetworkManager/Settings'].AddConnection(args[0]); "
                                     "a = self.activate_connection(self, c, args[1], args[2]); "
                                     "ret = (c, a, dbus.Dictionary({}, signature='sv'))"));
    auto backend = makeBackend();
    QTRY_COMPARE(backend->interfaces().size(), 1);
    QVERIFY(backend->capabilities().hiddenNetworks);
    QSignalSpy finished(backend.get(), &WirelessBackend::operationFinished);
    JoinRequest request = joinOf(device, "Back\xffroom", Security::Wpa3Personal, QStringLiteral("backroom42"));
    request.hidden = true;
    backend->join(request);
    QVariantList arguments;
    QTRY_COMPARE(m_mock->callCount(ManagerPath, QStringLiteral("AddAndActivateConnection2"), &arguments), 1);
    QCOMPARE(arguments.value(2).value<QDBusObjectPath>().path(), QStringLiteral("/"));
    const auto settings = settingsArgument(arguments);
    QCOMPARE(settings.value(QStringLiteral("802-11-wireless")).value(QStringLiteral("ssid")).toByteArray(),
             QByteArray("Back\xffroom"));
    QVERIFY(settings.value(QStringLiteral("802-11-wireless")).value(QStringLiteral("hidden")).toBool());
    // WPA3 with no access point to say otherwise: sae.
    QCOMPARE(settings.value(QStringLiteral("802-11-wireless-security")).value(QStringLiteral("key-mgmt")).toString(),
             QStringLiteral("sae"));
    const OperationResult result = waitForResult(finished);
    QCOMPARE(result.error, ErrorKind::None);
}

// A wrong password: "password rejected" in Aerial's words, and the connection
// the join added is deleted, so that the next try starts clean.
void TestNetworkManagerBackend::wrongPasswordOnJoinLeavesNothing()
{
    const QString device = m_mock->addWifiDevice(QStringLiteral("wlan0"), QStringLiteral("wlan0"), 30);
    m_mock->addAccessPoint(device, QStringLiteral("cafe"), QStringLiteral("Cafe"), 70, SecurityPsk);
    m_mock->addMethod(ManagerPath, ManagerIface, QStringLiteral("AddAndActivateConnection2"),
                      QStringLiteral("a{sa{sv}}ooa{sv}"), QStringLiteral("ooa{sv}"), AddAndFailWithReason8);
    auto backend = makeBackend();
    QTRY_COMPARE(backend->networks(device).size(), 1);
    QSignalSpy finished(backend.get(), &WirelessBackend::operationFinished);
    backend->join(joinOf(device, "Cafe", Security::Wpa2Personal, QStringLiteral("wrong one")));
    const OperationResult result = waitForResult(finished);
    QCOMPARE(result.operation, Operation::Join);
    QCOMPARE(result.error, ErrorKind::PasswordRejected);
    QVERIFY(!result.profile.isEmpty());
    const auto listed = [this] {
        const QDBusMessage reply = m_mock->bus().call(QDBusMessage::createMethodCall(
            QStringLiteral("org.freedesktop.NetworkManager"), QStringLiteral("/org/freedesktop/NetworkManager/Settings"),
            QStringLiteral("org.freedesktop.NetworkManager.Settings"), QStringLiteral("ListConnections")));
        return qdbus_cast<QList<QDBusObjectPath>>(reply.arguments().value(0));
    };
    QTRY_VERIFY(!listed().contains(QDBusObjectPath(result.profile)));
    const OperationExplanation explanation =
        OperationExplanation::explain(result, QStringLiteral("wlan0"), Platform::NetworkManager);
    QVERIFY2(explanation.why.contains(QLatin1String("password")), qPrintable(explanation.why));
}

// On sae a wrong password ends in a time-out, or in NetworkManager asking for
// the password again, which Aerial's agent refuses during a join, so that
// NetworkManager gives up for want of secrets (7): "password rejected"
// either way. The first NEED_AUTH is only NetworkManager asking for the
// join's password: a failure with no reason after it stays a failure.
void TestNetworkManagerBackend::wrongPasswordOnSae_data()
{
    QTest::addColumn<QString>("states"); // Python list of (new, old, reason)
    QTest::addColumn<ErrorKind>("error");
    QTest::newRow("association time-out (11)")
        << QStringLiteral("[(40, 30, 0), (50, 40, 0), (120, 50, 11), (30, 120, 11)]") << ErrorKind::PasswordRejected;
    QTest::newRow("asked, then no reason")
        << QStringLiteral("[(40, 30, 0), (50, 40, 0), (60, 50, 0), (120, 60, 0), (30, 120, 0)]") << ErrorKind::ConnectionFailed;
    QTest::newRow("asked again, then no secrets (7)")
        << QStringLiteral("[(40, 30, 0), (50, 40, 0), (60, 50, 0), (120, 60, 7), (30, 120, 7)]") << ErrorKind::PasswordRejected;
    QTest::newRow("failed without asking") << QStringLiteral("[(40, 30, 0), (50, 40, 0), (120, 50, 0), (30, 120, 0)]")
                                           << ErrorKind::ConnectionFailed;
}

void TestNetworkManagerBackend::wrongPasswordOnSae()
{
    QFETCH(QString, states);
    QFETCH(ErrorKind, error);
    const QString device = m_mock->addWifiDevice(QStringLiteral("wlan0"), QStringLiteral("wlan0"), 30);
    m_mock->addAccessPoint(device, QStringLiteral("lab"), QStringLiteral("Lab"), 70, SecurityPsk);
    m_mock->addMethod(ManagerPath, ManagerIface, QStringLiteral("AddAndActivateConnection2"),
                      QStringLiteral("a{sa{sv}}ooa{sv}"), QStringLiteral("ooa{sv}"),
                      QStringLiteral("c = objects['/org/freedesktop/NetworkManager/Settings'].AddConnection(args[0])\n"
                                     "for s in %1:\n"
                                     "    objects[args[1]].EmitSignal('org.freedesktop.NetworkManager.Device', "
                                     "'StateChanged', 'uuu', list(s))\n"
                                     "ret = (c, '/', dbus.Dictionary({}, signature='sv'))")
                          .arg(states));
    auto backend = makeBackend();
    QTRY_COMPARE(backend->networks(device).size(), 1);
    QSignalSpy finished(backend.get(), &WirelessBackend::operationFinished);
    backend->join(joinOf(device, "Lab", Security::Wpa3Personal, QStringLiteral("not the one")));
    const OperationResult result = waitForResult(finished);
    QCOMPARE(result.operation, Operation::Join);
    QCOMPARE(result.error, error);
    QVERIFY2(!result.message.isEmpty(), "a failure always says something");
}

// As a person joins from the window: Connect on the new network opens the
// password panel, which says the password is not saved and offers "all
// users" only where polkit allows it; Enter joins.
void TestNetworkManagerBackend::joinFromTheWindow_data()
{
    QTest::addColumn<QString>("modifySystem");
    QTest::newRow("all users not allowed") << QStringLiteral("no");
    QTest::newRow("all users allowed") << QStringLiteral("yes");
}

void TestNetworkManagerBackend::joinFromTheWindow()
{
    QFETCH(QString, modifySystem);
    m_mock->addMethod(ManagerPath, ManagerIface, QStringLiteral("GetPermissions"), QString(), QStringLiteral("a{ss}"),
                      QStringLiteral("ret = {'org.freedesktop.NetworkManager.settings.modify.system': '%1'}").arg(modifySystem));
    m_mock->addMethod(ManagerPath, ManagerIface, QStringLiteral("AddAndActivateConnection2"),
                      QStringLiteral("a{sa{sv}}ooa{sv}"), QStringLiteral("ooa{sv}"), AddAndActivate2);
    const QString device = m_mock->addWifiDevice(QStringLiteral("wlan0"), QStringLiteral("wlan0"), 30);
    m_mock->addAccessPoint(device, QStringLiteral("cafe"), QStringLiteral("Cafe"), 70, SecurityPsk);
    auto backend = makeBackend();
    NetworkModel model;
    model.setBackend(backend.get());
    WirelessWindow window(backend.get(), &model);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE(model.rowCount(model.index(0, 0)), 1);
    window.selectInterface(device);
    window.networkView()->setCurrentIndex(window.networkView()->model()->index(0, 0));
    QTRY_VERIFY(window.connectButton()->isEnabled());
    QTest::mouseClick(window.connectButton(), Qt::LeftButton);
    JoinPanel *panel = window.joinPanel();
    QTRY_VERIFY(panel->isOpen());
    QVERIFY2(panel->noteLabel()->text().contains(QLatin1String("does not save the password")), qPrintable(panel->noteLabel()->text()));
    const bool offered = modifySystem == QLatin1String("yes");
    QCOMPARE(panel->allUsers()->isVisible(), offered);
    QVERIFY(!panel->allUsers()->isChecked()); // this account only, unless asked
    QTest::keyClicks(panel->passwordField(), QStringLiteral("croissant"));
    QTest::keyClick(panel->passwordField(), Qt::Key_Return);
    QVariantList arguments;
    QTRY_COMPARE(m_mock->callCount(ManagerPath, QStringLiteral("AddAndActivateConnection2"), &arguments), 1);
    const auto settings = settingsArgument(arguments);
    QCOMPARE(settings.value(QStringLiteral("connection")).value(QStringLiteral("permissions")).toStringList().size(), 1);
    QTRY_COMPARE(backend->interfaces()[0].state, InterfaceState::Connected);
}

void TestNetworkManagerBackend::forgetDeletesTheConnection()
{
    const QString device = addHome();
    auto backend = makeBackend();
    QTRY_COMPARE(backend->networks(device).size(), 1);
    QTRY_VERIFY(backend->networks(device)[0].profile.isValid());
    QVERIFY(backend->capabilities().forget);
    const QString profile = backend->networks(device)[0].profile.id;
    QSignalSpy finished(backend.get(), &WirelessBackend::operationFinished);
    backend->forget(device, profile);
    const OperationResult result = waitForResult(finished);
    QCOMPARE(result.operation, Operation::Forget);
    QCOMPARE(result.error, ErrorKind::None);
    QCOMPARE(result.profileName, QStringLiteral("HomeNet"));
    // Gone from NetworkManager's settings, and from the network's row, which stays.
    const QDBusMessage listed = m_mock->bus().call(QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.NetworkManager"), QStringLiteral("/org/freedesktop/NetworkManager/Settings"),
        QStringLiteral("org.freedesktop.NetworkManager.Settings"), QStringLiteral("ListConnections")));
    const auto connections = qdbus_cast<QList<QDBusObjectPath>>(listed.arguments().value(0));
    QCOMPARE(listed.type(), QDBusMessage::ReplyMessage);
    QVERIFY(!connections.contains(QDBusObjectPath(profile)));
    QTRY_VERIFY(!backend->networks(device)[0].profile.isValid());
}

// Update2 where NetworkManager has it (1.12 and later), Update where it has
// not (python-dbusmock's template); the settings go back whole, the SSID
// still as bytes, only connection.autoconnect changed.
void TestNetworkManagerBackend::autoConnectUpdatesTheSetting_data()
{
    QTest::addColumn<bool>("update2");
    QTest::newRow("Update2") << true;
    QTest::newRow("Update, where Update2 is missing") << false;
}

void TestNetworkManagerBackend::autoConnectUpdatesTheSetting()
{
    QFETCH(bool, update2);
    const QString device = addHome();
    auto backend = makeBackend();
    QTRY_COMPARE(backend->networks(device).size(), 1);
    QTRY_VERIFY(backend->networks(device)[0].profile.isValid());
    const QString profile = backend->networks(device)[0].profile.id;
    QVERIFY(backend->networks(device)[0].profile.autoConnect);
    if (update2) {
        // As NetworkManager 1.42 has it (Settings.Connection.xml): flags 0x1 writes to disk.
        m_mock->addMethod(profile, ConnectionIface, QStringLiteral("Update2"), QStringLiteral("a{sa{sv}}ua{sv}"),
                          QStringLiteral("a{sv}"), QStringLiteral("self.ConnectionUpdate(self, args[0]); ret = {}"));
    }
    QSignalSpy finished(backend.get(), &WirelessBackend::operationFinished);
    backend->setAutoConnect(device, profile, false);
    const OperationResult result = waitForResult(finished);
    QCOMPARE(result.operation, Operation::SetAutoConnect);
    QCOMPARE(result.error, ErrorKind::None);
    QVariantList arguments;
    QCOMPARE(m_mock->callCount(profile, update2 ? QStringLiteral("Update2") : QStringLiteral("Update"), &arguments), 1);
    if (update2)
        QCOMPARE(arguments.value(1).toUInt(), 1u);
    const auto settings = qdbus_cast<QMap<QString, QVariantMap>>(arguments.value(0));
    QCOMPARE(settings.value(QStringLiteral("connection")).value(QStringLiteral("autoconnect")).toBool(), false);
    QCOMPARE(settings.value(QStringLiteral("connection")).value(QStringLiteral("id")).toString(), QStringLiteral("HomeNet"));
    QCOMPARE(settings.value(QStringLiteral("802-11-wireless")).value(QStringLiteral("ssid")).toByteArray(),
             QByteArray("HomeNet"));
    QTRY_VERIFY(!backend->networks(device)[0].profile.autoConnect);
}

void TestNetworkManagerBackend::radioOffAndOn()
{
    const QString device = addHome();
    auto backend = makeBackend();
    QTRY_COMPARE(backend->interfaces().size(), 1);
    QCOMPARE(backend->capabilities().radio, RadioSwitch::Global);
    QVERIFY(backend->radioHardwareOn(device));
    QSignalSpy finished(backend.get(), &WirelessBackend::operationFinished);
    for (const bool on : { false, true }) {
        backend->setRadio(device, on);
        const OperationResult result = waitForResult(finished);
        QCOMPARE(result.operation, Operation::SetRadio);
        QCOMPARE(result.error, ErrorKind::None);
        QCOMPARE(backend->interfaces()[0].radioOn, on);
    }
}

// rfkill's hard block: the switch cannot turn Wi-Fi on, and says why up front.
void TestNetworkManagerBackend::hardwareSwitchHoldsTheRadioOff()
{
    const QString device = addHome();
    m_mock->setProperty(ManagerPath, ManagerIface, QStringLiteral("WirelessHardwareEnabled"), false);
    m_mock->setProperty(ManagerPath, ManagerIface, QStringLiteral("WirelessEnabled"), false);
    auto backend = makeBackend();
    QTRY_COMPARE(backend->interfaces().size(), 1);
    QTRY_VERIFY(!backend->radioHardwareOn(device));
    QTRY_VERIFY(!backend->interfaces()[0].radioOn);
    WirelessCommands commands(backend.get());
    commands.select(device, nullptr);
    const WirelessCommands::Availability radio = commands.availability(WirelessCommands::Action::Radio);
    QVERIFY(!radio.possible);
    QVERIFY2(radio.reason.contains(QLatin1String("switch or key")), qPrintable(radio.reason));
    QSignalSpy finished(backend.get(), &WirelessBackend::operationFinished);
    backend->setRadio(device, true);
    QCOMPARE(waitForResult(finished).error, ErrorKind::InvalidState);
    QCOMPARE(m_mock->callCount(ManagerPath, QStringLiteral("Set")), 0);
}

// GetPermissions up front: a shared connection needs settings.modify.system;
// "no" takes Forget and auto-connect away, "auth" (polkit asks) keeps them.
void TestNetworkManagerBackend::profileRightsFollowThePermissions_data()
{
    QTest::addColumn<QString>("modifySystem");
    QTest::addColumn<bool>("mayChange");
    QTest::newRow("yes") << QStringLiteral("yes") << true;
    QTest::newRow("auth") << QStringLiteral("auth") << true;
    QTest::newRow("no") << QStringLiteral("no") << false;
}

void TestNetworkManagerBackend::profileRightsFollowThePermissions()
{
    QFETCH(QString, modifySystem);
    QFETCH(bool, mayChange);
    m_mock->addMethod(ManagerPath, ManagerIface, QStringLiteral("GetPermissions"), QString(), QStringLiteral("a{ss}"),
                      QStringLiteral("ret = {'org.freedesktop.NetworkManager.settings.modify.system': '%1', "
                                     "'org.freedesktop.NetworkManager.settings.modify.own': 'yes'}")
                          .arg(modifySystem));
    const QString device = addHome(); // the template's connections are for all users
    auto backend = makeBackend();
    QTRY_COMPARE(backend->networks(device).size(), 1);
    QTRY_VERIFY(backend->networks(device)[0].profile.isValid());
    QTRY_COMPARE(backend->networks(device)[0].profile.may(ProfileRight::Delete), mayChange);
    const WirelessProfile profile = backend->networks(device)[0].profile;
    QCOMPARE(profile.scope, ProfileScope::AllUsers);
    QCOMPARE(profile.may(ProfileRight::Change), mayChange);
    QVERIFY(profile.may(ProfileRight::Connect));

    // The window and aerialctl refuse it up front, in the words of the
    // service's own refusal: the polkit action and the nmcli command.
    WirelessCommands commands(backend.get());
    const WirelessNetwork network = backend->networks(device)[0];
    commands.select(device, &network);
    QCOMPARE(commands.availability(WirelessCommands::Action::Forget).possible, mayChange);
    QCOMPARE(commands.isRefusedByRights(WirelessCommands::Action::Forget), !mayChange);
    if (!mayChange) {
        const OperationExplanation explanation = commands.explainRefusal(WirelessCommands::Action::Forget);
        QVERIFY2(explanation.remedy.contains(QLatin1String("org.freedesktop.NetworkManager.settings.modify.system")),
                 qPrintable(explanation.remedy));
        QVERIFY2(explanation.remedy.contains(QLatin1String("nmcli connection delete id 'HomeNet'")),
                 qPrintable(explanation.remedy));
    }
}

// Reasons 0 and 1 have no words, and the reason may come after the state:
// the explanation still ends in a true sentence, never in ": ". As
// NetworkManager does, the device goes on from FAILED to DISCONNECTED.
void TestNetworkManagerBackend::failureWithoutAReasonStillSaysSomething_data()
{
    QTest::addColumn<uint>("reason");
    QTest::newRow("reason 0 (none)") << 0u;
    QTest::newRow("reason 1 (unknown)") << 1u;
}

void TestNetworkManagerBackend::failureWithoutAReasonStillSaysSomething()
{
    QFETCH(uint, reason);
    const QString device = addHome();
    // The activation is accepted; then the device fails with that reason.
    m_mock->addMethod(ManagerPath, ManagerIface, QStringLiteral("ActivateConnection"), QStringLiteral("ooo"),
                      QStringLiteral("o"),
                      QStringLiteral("objects[args[1]].EmitSignal('%1', 'StateChanged', 'uuu', [40, 30, 0]); "
                                     "objects[args[1]].EmitSignal('%1', 'StateChanged', 'uuu', [120, 40, %2]); "
                                     "objects[args[1]].EmitSignal('%1', 'StateChanged', 'uuu', [30, 120, %2]); "
                                     "ret = '/'")
                          .arg(DeviceIface)
                          .arg(reason));
    auto backend = makeBackend();
    QTRY_COMPARE(backend->networks(device).size(), 1);
    QSignalSpy finished(backend.get(), &WirelessBackend::operationFinished);
    backend->connectProfile(device, backend->networks(device)[0].profile.id);
    const OperationResult result = waitForResult(finished);
    QCOMPARE(result.error, ErrorKind::ConnectionFailed);
    QVERIFY(!result.message.isEmpty());
    const OperationExplanation explanation =
        OperationExplanation::explain(result, QStringLiteral("wlan0"), Platform::NetworkManager);
    QVERIFY2(!explanation.why.trimmed().endsWith(QLatin1Char(':')), qPrintable(explanation.why));
    QVERIFY2(explanation.why.contains(QLatin1String("no reason")), qPrintable(explanation.why));
}

// A device that is activated while the daemon names no access point: the
// SSID comes from the active connection's settings, the saved network's row
// is connected, and Connect is not offered on it.
void TestNetworkManagerBackend::connectedWithoutAnAccessPointNamesTheNetwork()
{
    const QString device = addHome();
    auto backend = makeBackend();
    QTRY_COMPARE(backend->networks(device).size(), 1);
    QSignalSpy finished(backend.get(), &WirelessBackend::operationFinished);
    backend->connectProfile(device, backend->networks(device)[0].profile.id);
    QCOMPARE(waitForResult(finished).error, ErrorKind::None);
    QTRY_COMPARE(backend->interfaces()[0].state, InterfaceState::Connected);
    // No access point named, by the device or by its active connection.
    m_mock->setProperty(device, WirelessIface, QStringLiteral("ActiveAccessPoint"), QVariant::fromValue(QDBusObjectPath("/")));
    const QString active = m_mock->bus()
                               .call(QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.NetworkManager"), device,
                                                                    QStringLiteral("org.freedesktop.DBus.Properties"),
                                                                    QStringLiteral("Get"))
                                     << DeviceIface << QStringLiteral("ActiveConnection"))
                               .arguments()
                               .value(0)
                               .value<QDBusVariant>()
                               .variant()
                               .value<QDBusObjectPath>()
                               .path();
    QVERIFY(active.startsWith(QLatin1String("/org/freedesktop/NetworkManager/ActiveConnection")));
    m_mock->setProperty(active, QStringLiteral("org.freedesktop.NetworkManager.Connection.Active"),
                        QStringLiteral("SpecificObject"), QVariant::fromValue(QDBusObjectPath("/")));
    m_mock->emitSignal(device, DeviceIface, QStringLiteral("StateChanged"), QStringLiteral("uuu"), { 100u, 100u, 0u });
    QTRY_VERIFY(!NetworkModel::interfaceSummary(backend->interfaces()[0]).contains(QLatin1String("Connected to ,")));
    const WirelessInterface iface = backend->interfaces()[0];
    QCOMPARE(iface.ssid, QByteArray("HomeNet"));
    QCOMPARE(iface.signal, 82); // its access point in range
    NetworkModel model;
    model.setBackend(backend.get());
    const QModelIndex interfaceRow = model.index(0, 0);
    QCOMPARE(model.rowCount(interfaceRow), 1);
    QVERIFY(model.index(0, 0, interfaceRow).data(NetworkModel::ConnectedRole).toBool());
    WirelessCommands commands(backend.get());
    const WirelessNetwork network = backend->networks(device)[0];
    commands.select(device, &network);
    QVERIFY(!commands.availability(WirelessCommands::Action::Connect).possible);
}

// A disconnect that NetworkManager accepts but never carries out is a
// time-out, said as such, not "an unexpected error".
void TestNetworkManagerBackend::unconfirmedDisconnectIsATimeOut()
{
    const QString device = addHome();
    auto backend = makeBackend();
    backend->setTimeouts({ 90000, 300, 15000 });
    QTRY_COMPARE(backend->networks(device).size(), 1);
    QSignalSpy finished(backend.get(), &WirelessBackend::operationFinished);
    backend->connectProfile(device, backend->networks(device)[0].profile.id);
    QCOMPARE(waitForResult(finished).error, ErrorKind::None);
    m_mock->addMethod(device, DeviceIface, QStringLiteral("Disconnect"), QString(), QString(), QStringLiteral("pass"));
    backend->disconnectInterface(device);
    const OperationResult result = waitForResult(finished);
    QCOMPARE(result.operation, Operation::Disconnect);
    QCOMPARE(result.error, ErrorKind::TimedOut);
    const OperationExplanation explanation =
        OperationExplanation::explain(result, QStringLiteral("wlan0"), Platform::NetworkManager);
    QVERIFY2(explanation.why.contains(QLatin1String("did not confirm")), qPrintable(explanation.why));
    QVERIFY2(!explanation.fullText().contains(QLatin1String("unexpected")), qPrintable(explanation.fullText()));
}

void TestNetworkManagerBackend::connectAndDisconnect()
{
    QString ap;
    const QString device = addHome(&ap);
    auto backend = makeBackend();
    QTRY_COMPARE(backend->networks(device).size(), 1);
    QTRY_COMPARE(backend->networks(device)[0].profile.name, QStringLiteral("HomeNet"));
    QSignalSpy finished(backend.get(), &WirelessBackend::operationFinished);

    backend->connectProfile(device, backend->networks(device)[0].profile.id);
    OperationResult result = waitForResult(finished);
    QCOMPARE(result.operation, Operation::Connect);
    QCOMPARE(result.error, ErrorKind::None);
    QVariantList arguments;
    QCOMPARE(m_mock->callCount(ManagerPath, QStringLiteral("ActivateConnection"), &arguments), 1);
    QCOMPARE(arguments.size(), 3);
    QCOMPARE(arguments[1].value<QDBusObjectPath>().path(), device);
    QCOMPARE(arguments[2].value<QDBusObjectPath>().path(), ap); // the access point in range
    QTRY_COMPARE(backend->interfaces()[0].state, InterfaceState::Connected);
    QTRY_COMPARE(backend->interfaces()[0].ssid, QByteArray("HomeNet"));
    QCOMPARE(backend->interfaces()[0].profileName, QStringLiteral("HomeNet"));
    QCOMPARE(backend->interfaces()[0].signal, 82);

    m_mock->addMethod(device, DeviceIface, QStringLiteral("Disconnect"), QString(), QString(), DisconnectWorks);
    backend->disconnectInterface(device);
    result = waitForResult(finished);
    QCOMPARE(result.operation, Operation::Disconnect);
    QCOMPARE(result.error, ErrorKind::None);
    QCOMPARE(result.profileName, QStringLiteral("HomeNet"));
    QCOMPARE(m_mock->callCount(device, QStringLiteral("Disconnect")), 1);
    QCOMPARE(m_mock->callCount(ManagerPath, QStringLiteral("DeactivateConnection")), 0);
    QTRY_COMPARE(backend->interfaces()[0].state, InterfaceState::Disconnected);
    QVERIFY(backend->interfaces()[0].ssid.isEmpty());
    QCOMPARE(backend->pendingOperations(), 0);
}

void TestNetworkManagerBackend::rescanWaitsForLastScanAndIsThrottled()
{
    const QString device = addHome();
    m_mock->addProperty(device, WirelessIface, QStringLiteral("LastScan"), qlonglong(1000));
    m_mock->addMethod(device, WirelessIface, QStringLiteral("RequestScan"), QStringLiteral("a{sv}"), QString(),
                      QStringLiteral("self.Set('%1', 'LastScan', dbus.Int64(2000))").arg(WirelessIface));
    auto backend = makeBackend();
    QTRY_COMPARE(backend->networks(device).size(), 1);
    QSignalSpy finished(backend.get(), &WirelessBackend::operationFinished);
    backend->scan(device);
    const OperationResult result = waitForResult(finished);
    QCOMPARE(result.operation, Operation::Scan);
    QCOMPARE(result.error, ErrorKind::None);
    QCOMPARE(m_mock->callCount(device, QStringLiteral("RequestScan")), 1);
    // Again at once: answered from the fresh list, no second RequestScan.
    backend->scan(device);
    QCOMPARE(waitForResult(finished).error, ErrorKind::None);
    QCOMPARE(m_mock->callCount(device, QStringLiteral("RequestScan")), 1);
}

void TestNetworkManagerBackend::permissionDenied_data()
{
    QTest::addColumn<int>("operation");
    QTest::addColumn<QString>("command");
    QTest::newRow("disconnect") << int(Operation::Disconnect) << QStringLiteral("nmcli device disconnect 'wlan0'");
    QTest::newRow("connect") << int(Operation::Connect) << QStringLiteral("nmcli connection up id 'HomeNet' ifname 'wlan0'");
    QTest::newRow("scan") << int(Operation::Scan) << QStringLiteral("nmcli device wifi rescan ifname 'wlan0'");
    QTest::newRow("forget") << int(Operation::Forget) << QStringLiteral("nmcli connection delete id 'HomeNet'");
    QTest::newRow("auto-connect") << int(Operation::SetAutoConnect)
                                  << QStringLiteral("nmcli connection modify id 'HomeNet' connection.autoconnect no");
    QTest::newRow("radio") << int(Operation::SetRadio) << QStringLiteral("nmcli radio wifi off");
}

void TestNetworkManagerBackend::permissionDenied()
{
    QFETCH(int, operation);
    QFETCH(QString, command);
    const QString device = addHome();
    auto backend = makeBackend();
    QTRY_COMPARE(backend->networks(device).size(), 1);
    QTRY_COMPARE(backend->networks(device)[0].profile.name, QStringLiteral("HomeNet"));
    QSignalSpy finished(backend.get(), &WirelessBackend::operationFinished);
    switch (Operation(operation)) {
    case Operation::Disconnect:
        m_mock->addMethod(device, DeviceIface, QStringLiteral("Disconnect"), QString(), QString(),
                          NetworkManagerMock::permissionDenied(QStringLiteral("control networking")));
        backend->disconnectInterface(device);
        break;
    case Operation::Connect:
        m_mock->addMethod(ManagerPath, ManagerIface, QStringLiteral("ActivateConnection"), QStringLiteral("ooo"),
                          QStringLiteral("o"), NetworkManagerMock::permissionDenied(QStringLiteral("control networking")));
        backend->connectProfile(device, backend->networks(device)[0].profile.id);
        break;
    case Operation::Forget: {
        const QString profile = backend->networks(device)[0].profile.id;
        m_mock->addMethod(profile, ConnectionIface, QStringLiteral("Delete"), QString(), QString(),
                          NetworkManagerMock::permissionDenied(QStringLiteral("modify system connections")));
        backend->forget(device, profile);
        break;
    }
    case Operation::SetAutoConnect: {
        const QString profile = backend->networks(device)[0].profile.id;
        m_mock->addMethod(profile, ConnectionIface, QStringLiteral("Update"), QStringLiteral("a{sa{sv}}"), QString(),
                          NetworkManagerMock::permissionDenied(QStringLiteral("modify system connections")));
        backend->setAutoConnect(device, profile, false);
        break;
    }
    case Operation::SetRadio:
        m_mock->addMethod(ManagerPath, QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Set"),
                          QStringLiteral("ssv"), QString(),
                          NetworkManagerMock::permissionDenied(QStringLiteral("enable or disable Wi-Fi")));
        backend->setRadio(device, false);
        break;
    default:
        m_mock->addMethod(device, WirelessIface, QStringLiteral("RequestScan"), QStringLiteral("a{sv}"), QString(),
                          NetworkManagerMock::permissionDenied(QStringLiteral("scan")));
        backend->scan(device);
        break;
    }
    const OperationResult result = waitForResult(finished);
    QCOMPARE(int(result.operation), operation);
    QCOMPARE(result.error, ErrorKind::AccessDenied);
    QCOMPARE(result.errorName, QStringLiteral("org.freedesktop.NetworkManager.PermissionDenied"));
    QVERIFY(result.message.contains(QLatin1String("Not authorized")));

    const OperationExplanation explanation =
        OperationExplanation::explain(result, QStringLiteral("wlan0"), backend->platform());
    QVERIFY2(explanation.why.contains(QLatin1String("not allowed")), qPrintable(explanation.why));
    QVERIFY(explanation.remedy.contains(QLatin1String("polkit")));
    QVERIFY2(explanation.remedy.contains(command), qPrintable(explanation.remedy));
    QVERIFY(!explanation.remedy.contains(QLatin1String("netsh")));
    QVERIFY(explanation.actionUrl.isEmpty());
}

void TestNetworkManagerBackend::otherErrorsHaveTheirOwnWords_data()
{
    QTest::addColumn<QString>("errorName");
    QTest::addColumn<int>("operation");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<QString>("words");
    QTest::newRow("not active") << QStringLiteral("org.freedesktop.NetworkManager.Device.NotActive")
                                << int(Operation::Disconnect) << ErrorKind::InvalidState << QStringLiteral("not connected");
    QTest::newRow("not allowed") << QStringLiteral("org.freedesktop.NetworkManager.Device.NotAllowed")
                                 << int(Operation::Scan) << ErrorKind::InvalidState << QStringLiteral("unavailable");
    QTest::newRow("unknown connection") << QStringLiteral("org.freedesktop.NetworkManager.UnknownConnection")
                                        << int(Operation::Connect) << ErrorKind::NotFound << QStringLiteral("no longer exists");
    QTest::newRow("no secrets") << QStringLiteral("org.freedesktop.NetworkManager.AgentManager.NoSecrets")
                                << int(Operation::Connect) << ErrorKind::ConnectionFailed << QStringLiteral("password");
}

void TestNetworkManagerBackend::otherErrorsHaveTheirOwnWords()
{
    QFETCH(QString, errorName);
    QFETCH(int, operation);
    QFETCH(ErrorKind, kind);
    QFETCH(QString, words);
    const QString device = addHome();
    auto backend = makeBackend();
    QTRY_COMPARE(backend->networks(device).size(), 1);
    QTRY_COMPARE(backend->networks(device)[0].profile.name, QStringLiteral("HomeNet"));
    QSignalSpy finished(backend.get(), &WirelessBackend::operationFinished);
    const QString raise = QStringLiteral("raise dbus.exceptions.DBusException('refused', name='%1')").arg(errorName);
    if (operation == int(Operation::Disconnect)) {
        m_mock->addMethod(device, DeviceIface, QStringLiteral("Disconnect"), QString(), QString(), raise);
        backend->disconnectInterface(device);
    } else if (operation == int(Operation::Scan)) {
        m_mock->addMethod(device, WirelessIface, QStringLiteral("RequestScan"), QStringLiteral("a{sv}"), QString(), raise);
        backend->scan(device);
    } else {
        m_mock->addMethod(ManagerPath, ManagerIface, QStringLiteral("ActivateConnection"), QStringLiteral("ooo"),
                          QStringLiteral("o"), raise);
        backend->connectProfile(device, backend->networks(device)[0].profile.id);
    }
    const OperationResult result = waitForResult(finished);
    QCOMPARE(result.error, kind);
    QCOMPARE(result.errorName, errorName);
    const OperationExplanation explanation =
        OperationExplanation::explain(result, QStringLiteral("wlan0"), Platform::NetworkManager);
    QVERIFY2(explanation.why.contains(words), qPrintable(explanation.why));
    QVERIFY(!explanation.remedy.isEmpty());
}

void TestNetworkManagerBackend::permissionsShowUpFrontOnTheButtons()
{
    m_mock->addMethod(ManagerPath, ManagerIface, QStringLiteral("GetPermissions"), QString(), QStringLiteral("a{ss}"),
                      QStringLiteral("ret = {'org.freedesktop.NetworkManager.network-control': 'no', "
                                     "'org.freedesktop.NetworkManager.wifi.scan': 'auth'}"));
    const QString device = addHome();
    m_mock->bus().call(QDBusMessage::createMethodCall(ManagerIface, ManagerPath, QStringLiteral("org.freedesktop.DBus.Mock"),
                                                      QStringLiteral("SetDeviceActive"))
                       << device << QStringLiteral("/"));
    auto backend = makeBackend();
    QTRY_VERIFY(!backend->mayControl());
    QVERIFY(backend->mayScan()); // "auth": polkit will ask, so it is allowed
    NetworkModel model;
    model.setBackend(backend.get());
    WirelessWindow window(backend.get(), &model);
    QTRY_COMPARE(model.rowCount(), 1);
    window.selectInterface(device);
    QTRY_COMPARE(backend->interfaces()[0].state, InterfaceState::Connected);
    QVERIFY(!window.disconnectButton()->isEnabled());
    QVERIFY(window.disconnectButton()->toolTip().contains(QLatin1String("not allowed")));
    QVERIFY(window.disconnectButton()->toolTip().contains(QLatin1String("polkit")));
    QVERIFY(window.disconnectButton()->accessibleDescription().contains(QLatin1String("not allowed")));
    QVERIFY(window.rescanButton()->isEnabled());
    // From the keyboard (Delete), the refusal is said rather than attempted.
    window.disconnectSelected();
    QVERIFY(window.liveRegion()->text().contains(QLatin1String("not allowed to control networking")));
    QCOMPARE(m_mock->callCount(device, QStringLiteral("Disconnect")), 0);

    // CheckPermissions: the answer changed; the buttons follow.
    m_mock->addMethod(ManagerPath, ManagerIface, QStringLiteral("GetPermissions"), QString(), QStringLiteral("a{ss}"),
                      QStringLiteral("ret = {}"));
    m_mock->emitSignal(ManagerPath, ManagerIface, QStringLiteral("CheckPermissions"), QString(), {});
    QTRY_VERIFY(backend->mayControl());
    QTRY_VERIFY(window.disconnectButton()->isEnabled());
}

void TestNetworkManagerBackend::windowExplainsAPermissionDenial()
{
    const QString device = addHome();
    m_mock->bus().call(QDBusMessage::createMethodCall(ManagerIface, ManagerPath, QStringLiteral("org.freedesktop.DBus.Mock"),
                                                      QStringLiteral("SetDeviceActive"))
                       << device << QStringLiteral("/"));
    m_mock->addMethod(device, DeviceIface, QStringLiteral("Disconnect"), QString(), QString(),
                      NetworkManagerMock::permissionDenied(QStringLiteral("control networking")));
    auto backend = makeBackend();
    NetworkModel model;
    model.setBackend(backend.get());
    WirelessWindow window(backend.get(), &model);
    window.show();
    QTRY_COMPARE(model.rowCount(), 1);
    window.selectInterface(device);
    QTRY_VERIFY(window.disconnectButton()->isEnabled());
    QTest::mouseClick(window.disconnectButton(), Qt::LeftButton);
    ExplanationPanel *panel = window.explanationPanel();
    QTRY_VERIFY(panel->isVisible());
    QVERIFY(panel->whatText().contains(QLatin1String("wlan0")));
    QVERIFY(panel->whyText().contains(QLatin1String("not allowed to control networking")));
    QVERIFY(panel->remedyText().contains(QLatin1String("nmcli device disconnect 'wlan0'")));
    QVERIFY(panel->detailsText().contains(QLatin1String("org.freedesktop.NetworkManager.PermissionDenied")));
}

void TestNetworkManagerBackend::daemonKilledAndRestarted()
{
    const QString device = addHome();
    auto backend = makeBackend();
    NetworkModel model;
    model.setBackend(backend.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    WirelessWindow window(backend.get(), &model);
    QTRY_COMPARE(backend->networks(device).size(), 1);
    QSignalSpy availability(backend.get(), &WirelessBackend::serviceAvailabilityChanged);

    QVERIFY(m_mock->stopService());
    QTRY_VERIFY(!backend->isServiceAvailable());
    QVERIFY(backend->interfaces().isEmpty());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(window.demoNotice()->isVisible() || window.demoNotice()->isVisibleTo(&window));
    QVERIFY(window.demoNotice()->text().contains(QLatin1String("NetworkManager is not running")));
    // Aerial keeps working: an operation is refused in words, not crashed,
    // and the words name the reason (not the device it no longer knows).
    QSignalSpy finished(backend.get(), &WirelessBackend::operationFinished);
    backend->scan(device);
    const OperationResult refused = waitForResult(finished);
    QCOMPARE(refused.error, ErrorKind::ServiceUnavailable);
    QVERIFY2(refused.message.contains(QLatin1String("NetworkManager is not running")), qPrintable(refused.message));

    QVERIFY2(m_mock->startService(), qPrintable(m_mock->lastError()));
    const QString again = addHome();
    QTRY_VERIFY(backend->isServiceAvailable());
    QTRY_COMPARE(backend->networks(again).size(), 1);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(window.demoNotice()->text().isEmpty());
    QCOMPARE(availability.size(), 2);
}

// NetworkManager leaves the bus while a connect's ActivateConnection has not
// answered. The reply is dropped with the old daemon's generation, so the
// operation must be finished by the loss itself, exactly once.
void TestNetworkManagerBackend::connectInFlightWhenTheDaemonGoesFinishesOnce()
{
    const QString device = addHome();
    auto backend = makeBackend();
    QTRY_COMPARE(backend->networks(device).size(), 1);
    const QString profile = backend->networks(device)[0].profile.id;
    QVERIFY(!profile.isEmpty());
    m_mock->addMethod(ManagerPath, ManagerIface, QStringLiteral("ActivateConnection"), QStringLiteral("ooo"),
                      QStringLiteral("o"), QStringLiteral("__import__('time').sleep(2); ret = args[0]"));
    QSignalSpy finished(backend.get(), &WirelessBackend::operationFinished);
    backend->connectProfile(device, profile);
    QTest::qWait(100); // the call is with the daemon now
    QVERIFY(m_mock->stopService());
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).value<OperationResult>().operation, Operation::Connect);
    QCOMPARE(finished.at(0).at(0).value<OperationResult>().error, ErrorKind::ServiceUnavailable);
    QTest::qWait(300);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(backend->pendingOperations(), 0);
}

void TestNetworkManagerBackend::burstOf200AccessPoints()
{
    const QString device = m_mock->addWifiDevice(QStringLiteral("wlan0"), QStringLiteral("wlan0"), 30);
    auto backend = makeBackend();
    NetworkModel model;
    model.setBackend(backend.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QTRY_COMPARE(model.rowCount(), 1);
    const int updatesBefore = backend->updateCount();

    QStringList accessPoints;
    for (int i = 0; i < 200; ++i)
        accessPoints.append(m_mock->addAccessPoint(device, QStringLiteral("ap%1").arg(i),
                                                   QStringLiteral("Net %1").arg(i, 3, 10, QLatin1Char('0')),
                                                   uchar(i % 100), i % 2 ? SecurityPsk : SecurityNone));
    QTRY_COMPARE_WITH_TIMEOUT(backend->networks(device).size(), 200, 20000);
    QTRY_COMPARE(model.rowCount(model.index(0, 0)), 200);
    const int addUpdates = backend->updateCount() - updatesBefore;
    for (const QString &ap : accessPoints)
        m_mock->removeAccessPoint(device, ap);
    QTRY_COMPARE_WITH_TIMEOUT(backend->networks(device).size(), 0, 20000);
    QTRY_COMPARE(model.rowCount(model.index(0, 0)), 0);
    QCOMPARE(resets.size(), 0);
    // Batched: each access point brings three signals (InterfacesAdded,
    // PropertiesChanged, AccessPointAdded), all waiting here together, and
    // they are published within 100 ms as a handful of updates.
    qInfo("200 access points added in %d model updates", addUpdates);
    QVERIFY2(addUpdates <= 5, qPrintable(QString::number(addUpdates)));
}

// aerialctl on NetworkManager, as tst_aerialctl checks it on the simulated
// service: with every category on and a home of its own, a join with the
// password on stdin leaves it in none of aerialctl's output, its /proc
// command line and environment, or the files it wrote. (On the bus it goes
// to NetworkManager only in the agent's reply: tst_networkmanagersecretagent.)
void TestNetworkManagerBackend::aerialctlJoinLeavesThePasswordNowhere_data()
{
    QTest::addColumn<QString>("network");
    QTest::addColumn<int>("status");
    QTest::newRow("accepted") << QStringLiteral("Quartz") << 0;
    QTest::newRow("rejected") << QStringLiteral("Café") << 1;
}

void TestNetworkManagerBackend::aerialctlJoinLeavesThePasswordNowhere()
{
    QFETCH(QString, network);
    QFETCH(int, status);
    const QByteArray password = "Quartz-Zebra-7731";
    m_mock->loadScenario(R"({ "interfaces": [ { "id": "wlan0", "description": "wlan0", "state": "disconnected",
        "networks": [ { "ssid": "Quartz", "signal": 60, "security": "wpa2-personal", "passphrase": "Quartz-Zebra-7731" },
                      { "ssid": "Café", "signal": 50, "security": "wpa2-personal", "passphrase": "croissant" } ] } ] })");
    const Test::WatchedRun run = Test::runWatchingThePassword(
        QStringLiteral(AERIALCTL), { QStringLiteral("connect"), network, QStringLiteral("--passphrase-stdin") }, password);
    QVERIFY2(run.status == status, run.err.constData());
    QVERIFY2(run.err.contains("aerial.nm"), run.err.constData()); // on NetworkManager, with the categories on
    QVERIFY2(run.leaks.isEmpty(), qPrintable(run.leaks.join(u'\n')));
}

QTEST_MAIN(TestNetworkManagerBackend)
#include "tst_networkmanagerbackend.moc"
