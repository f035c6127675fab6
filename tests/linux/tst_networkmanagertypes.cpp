// NetworkManager's numbers in the contract's terms, without a bus.
#include "linux/networkmanagertypes.h"

#include <QTest>

using namespace Aerial;

class TestNetworkManagerTypes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void security_data();
    void security();
    void errorKinds_data();
    void errorKinds();
    void stateReasons();
};

void TestNetworkManagerTypes::security_data()
{
    QTest::addColumn<uint>("flags");
    QTest::addColumn<uint>("wpa");
    QTest::addColumn<uint>("rsn");
    QTest::addColumn<Security>("expected");
    QTest::newRow("open") << 0u << 0u << 0u << Security::Open;
    QTest::newRow("wep: privacy, no WPA") << 1u << 0u << 0u << Security::Wep;
    QTest::newRow("wpa2 personal") << 1u << 0u << 0x188u << Security::Wpa2Personal;
    QTest::newRow("wpa1 personal") << 1u << 0x144u << 0u << Security::Wpa2Personal;
    QTest::newRow("wpa3 personal") << 1u << 0u << 0x488u << Security::Wpa3Personal;
    QTest::newRow("wpa2/3 transition counts as wpa3") << 1u << 0u << 0x588u << Security::Wpa3Personal;
    QTest::newRow("enterprise") << 1u << 0u << 0x288u << Security::Wpa2Enterprise;
    QTest::newRow("enterprise 192-bit") << 1u << 0u << 0x2288u << Security::Wpa3Enterprise;
    QTest::newRow("owe") << 0u << 0u << 0x888u << Security::Owe;
}

void TestNetworkManagerTypes::security()
{
    QFETCH(uint, flags);
    QFETCH(uint, wpa);
    QFETCH(uint, rsn);
    QFETCH(Security, expected);
    QCOMPARE(NetworkManager::security(flags, wpa, rsn), expected);
}

void TestNetworkManagerTypes::errorKinds_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<ErrorKind>("kind");
    QTest::newRow("polkit") << "org.freedesktop.NetworkManager.PermissionDenied" << ErrorKind::AccessDenied;
    QTest::newRow("settings polkit") << "org.freedesktop.NetworkManager.Settings.PermissionDenied" << ErrorKind::AccessDenied;
    QTest::newRow("not active") << "org.freedesktop.NetworkManager.Device.NotActive" << ErrorKind::InvalidState;
    QTest::newRow("not allowed") << "org.freedesktop.NetworkManager.Device.NotAllowed" << ErrorKind::InvalidState;
    QTest::newRow("unknown connection") << "org.freedesktop.NetworkManager.UnknownConnection" << ErrorKind::NotFound;
    QTest::newRow("no secrets") << "org.freedesktop.NetworkManager.AgentManager.NoSecrets" << ErrorKind::ConnectionFailed;
    QTest::newRow("gone") << "org.freedesktop.DBus.Error.ServiceUnknown" << ErrorKind::ServiceUnavailable;
    QTest::newRow("no reply") << "org.freedesktop.DBus.Error.NoReply" << ErrorKind::RpcFailure;
    QTest::newRow("anything else") << "org.example.Whatever" << ErrorKind::Other;
}

void TestNetworkManagerTypes::errorKinds()
{
    QFETCH(QString, name);
    QFETCH(ErrorKind, kind);
    QCOMPARE(NetworkManager::errorKind(name), kind);
}

void TestNetworkManagerTypes::stateReasons()
{
    QVERIFY(NetworkManager::stateReasonText(0).isEmpty());
    QVERIFY(NetworkManager::stateReasonText(39).isEmpty()); // asked for: not a failure
    QVERIFY(NetworkManager::stateReasonText(7).contains(QLatin1String("password")));
    QVERIFY(NetworkManager::stateReasonText(53).contains(QLatin1String("not in range")));
    QVERIFY(NetworkManager::stateReasonText(999).contains(QLatin1String("999")));
}

QTEST_GUILESS_MAIN(TestNetworkManagerTypes)
#include "tst_networkmanagertypes.moc"
