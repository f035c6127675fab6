// The profile XML Aerial writes for WlanSetProfile, read back by the
// simulated service's reader, which refuses what Windows refuses: every
// SSID, name and key comes back exactly, or the profile is refused with a
// reason. And the auto-connect change that keeps everything else.
#include "wlanprofilereader.h"
#include "wlanprofilexml.h"

#include <QRegularExpression>
#include <QTest>

using namespace Aerial;
namespace simwlan = aerial::simwlan;

namespace {

std::string std8(const QString &text)
{
    return text.toStdString();
}

aerial::sim::Security simSecurity(Security security)
{
    return static_cast<aerial::sim::Security>(security); // the same order (simulationtypes.h)
}

} // namespace

class TestWlanProfileXml : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void refusedByTheService_data();
    void refusedByTheService();
    void elementsAsWindowsWantsThem();
    void notWritable();
    void profileNames_data();
    void profileNames();
    void autoConnectChangesOnlyTheMode_data();
    void autoConnectChangesOnlyTheMode();
};

void TestWlanProfileXml::roundTrip_data()
{
    QTest::addColumn<QByteArray>("ssid");
    QTest::addColumn<QString>("name");
    QTest::addColumn<Security>("security");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<bool>("hidden");
    QTest::addColumn<bool>("autoConnect");

    QTest::newRow("wpa2 passphrase") << QByteArray("Café") << "Café" << Security::Wpa2Personal << "croissant" << false << true;
    QTest::newRow("wpa2 64 hex digits") << QByteArray("Hex") << "Hex" << Security::Wpa2Personal
                                        << QString(64, u'a') << false << true;
    QTest::newRow("wpa3") << QByteArray("Sae") << "Sae" << Security::Wpa3Personal << "long enough" << false << false;
    QTest::newRow("enhanced open") << QByteArray("Owe") << "Owe" << Security::Owe << QString() << false << true;
    QTest::newRow("open") << QByteArray("Open") << "Open" << Security::Open << QString() << false << true;
    QTest::newRow("hidden") << QByteArray("Secret") << "Secret" << Security::Wpa2Personal << "hush-hush" << true << true;
    QTest::newRow("not UTF-8") << QByteArray("\xff\xfe\x00\x41", 4) << "FFFE0041" << Security::Open << QString() << false << true;
    QTest::newRow("XML's own characters") << QByteArray("A&B <C> \"D\"") << "A&B <C> \"D\"" << Security::Wpa2Personal
                                          << "k&y<\"'>k&y" << false << true;
    QTest::newRow("32 bytes") << QByteArray(32, 'x') << QString(32, u'x') << Security::Open << QString() << false << true;
    QTest::newRow("right-to-left") << QByteArray("\xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d") << "שלום" << Security::Wpa3Personal
                                   << "12345678" << false << true;
}

void TestWlanProfileXml::roundTrip()
{
    QFETCH(QByteArray, ssid);
    QFETCH(QString, name);
    QFETCH(Security, security);
    QFETCH(QString, secret);
    QFETCH(bool, hidden);
    QFETCH(bool, autoConnect);
    const QString xml = WlanProfileXml::write({ name, ssid, security, secret, hidden, autoConnect });
    const simwlan::ReadProfile read = simwlan::readProfile(std8(xml));
    QVERIFY2(read.ok, read.reason.c_str());
    QCOMPARE(QString::fromStdString(read.profile.name), name);
    QCOMPARE(QByteArray::fromStdString(read.profile.ssid), ssid);
    QCOMPARE(read.profile.security, simSecurity(security));
    QCOMPARE(QString::fromStdString(read.profile.passphrase), secret);
    QCOMPARE(read.profile.hasPassphrase, !secret.isEmpty());
    QCOMPARE(read.profile.nonBroadcast, hidden);
    QCOMPARE(read.profile.autoConnect, autoConnect);
    QCOMPARE(WlanProfileXml::autoConnect(xml), autoConnect);

    // What the service hands back (key protected) reads the same.
    const simwlan::ReadProfile stored = simwlan::readProfile(simwlan::writeStoredProfile(read.profile));
    QVERIFY2(stored.ok, stored.reason.c_str());
    QCOMPARE(stored.profile.ssid, read.profile.ssid);
    QCOMPARE(stored.profile.passphrase, read.profile.passphrase);
}

// Keys the command layer would stop first still reach the service's own
// check here, with the reason codes Windows gives (l2cmn.h).
void TestWlanProfileXml::refusedByTheService_data()
{
    QTest::addColumn<QString>("xml");
    QTest::addColumn<quint32>("reason");

    auto profile = [](Security security, const QString &secret) {
        return WlanProfileXml::write({ QStringLiteral("P"), "Net", security, secret, false, true });
    };
    QTest::newRow("short passphrase") << profile(Security::Wpa2Personal, "seven77") << 0x40004u;
    QTest::newRow("64 characters, not hex") << profile(Security::Wpa2Personal, QString(64, u'g')) << 0x40004u;
    QTest::newRow("not ASCII") << profile(Security::Wpa2Personal, "mot de passé") << 0x40016u;
    QTest::newRow("no key at all") << profile(Security::Wpa3Personal, QString()) << 0x40004u;
    QTest::newRow("wrong namespace") << profile(Security::Open, QString()).replace("profile/v1", "profile/v9") << 0x80001u;
    QTest::newRow("not well-formed") << profile(Security::Open, QString()).replace("</name>", "</nam>") << 0x80001u;
    QTest::newRow("unknown element") << profile(Security::Open, QString()).replace("<MSM>", "<Bogus/><MSM>") << 0x80001u;
    QTest::newRow("no SSID") << profile(Security::Open, QString()).replace(QRegularExpression("<SSID>.*</SSID>"), QString())
                             << 0x80013u;
    QTest::newRow("odd hex") << profile(Security::Open, QString()).replace("<hex>4E6574</hex>", "<hex>4E657</hex>") << 0x80013u;
    QTest::newRow("a DOCTYPE") << QStringLiteral("<!DOCTYPE x [<!ENTITY a \"b\">]>") + profile(Security::Open, QString()).mid(21)
                               << 0x80001u;
}

void TestWlanProfileXml::refusedByTheService()
{
    QFETCH(QString, xml);
    QFETCH(quint32, reason);
    const simwlan::ReadProfile read = simwlan::readProfile(std8(xml));
    QVERIFY(!read.ok);
    QCOMPARE(read.reasonCode, reason);
    QVERIFY(!read.reason.empty());
}

void TestWlanProfileXml::elementsAsWindowsWantsThem()
{
    const QString xml = WlanProfileXml::write({ QStringLiteral("Café"), "Caf\xc3\xa9", Security::Wpa2Personal,
                                                QStringLiteral("croissant"), true, false });
    QVERIFY(xml.contains(QLatin1String("xmlns=\"http://www.microsoft.com/networking/WLAN/profile/v1\"")));
    QVERIFY(xml.contains(QLatin1String("<hex>436166C3A9</hex>")));
    // name only where the bytes are printable ASCII: not for "Café".
    QVERIFY(!xml.contains(QLatin1String("<SSID><hex>436166C3A9</hex><name>")));
    QVERIFY(xml.contains(QLatin1String("<nonBroadcast>true</nonBroadcast>")));
    QVERIFY(xml.contains(QLatin1String("<connectionMode>manual</connectionMode>")));
    QVERIFY(xml.contains(QLatin1String("<authentication>WPA2PSK</authentication><encryption>AES</encryption>")));
    QVERIFY(xml.contains(QLatin1String("<keyType>passPhrase</keyType><protected>false</protected>")));
    const QString hex = WlanProfileXml::write({ QStringLiteral("H"), "H", Security::Wpa2Personal, QString(64, u'F'), false, true });
    QVERIFY(hex.contains(QLatin1String("<keyType>networkKey</keyType>")));
    const QString owe = WlanProfileXml::write({ QStringLiteral("O"), "O", Security::Owe, {}, false, true });
    QVERIFY(owe.contains(QLatin1String("<authentication>OWE</authentication><encryption>AES</encryption>")));
    QVERIFY(!owe.contains(QLatin1String("sharedKey")));
    QVERIFY(owe.contains(QLatin1String("<hex>4F</hex><name>O</name>")));
}

void TestWlanProfileXml::notWritable()
{
    for (Security security : { Security::Wep, Security::Wpa2Enterprise, Security::Wpa3Enterprise }) {
        QVERIFY(!WlanProfileXml::canWrite(security));
        QVERIFY(WlanProfileXml::write({ QStringLiteral("P"), "Net", security, QStringLiteral("12345678"), false, true })
                    .isEmpty());
    }
}

void TestWlanProfileXml::profileNames_data()
{
    QTest::addColumn<QByteArray>("ssid");
    QTest::addColumn<QString>("name");
    QTest::newRow("plain") << QByteArray("HomeNet") << "HomeNet";
    QTest::newRow("UTF-8") << QByteArray("Café") << "Café";
    QTest::newRow("not UTF-8") << QByteArray("\xff\x41") << "FF41";
    QTest::newRow("a control character") << QByteArray("a\x1b[2Jb") << "611B5B324A62";
    QTest::newRow("a bidi override") << QByteArray("a\xe2\x80\xae" "b") << "61E280AE62";
}

void TestWlanProfileXml::profileNames()
{
    QFETCH(QByteArray, ssid);
    QFETCH(QString, name);
    QCOMPARE(WlanProfileXml::nameFor(ssid), name);
}

void TestWlanProfileXml::autoConnectChangesOnlyTheMode_data()
{
    QTest::addColumn<QString>("xml");
    QTest::addColumn<bool>("autoConnect");
    aerial::sim::Profile stored;
    stored.name = "A&B";
    stored.ssid = "A&B";
    stored.hasPassphrase = true;
    stored.passphrase = "croissant";
    const QString windows = QString::fromStdString(simwlan::writeStoredProfile(stored));
    QTest::newRow("auto to manual") << windows << false;
    QTest::newRow("manual to auto") << QString(windows).replace("<connectionMode>auto", "<connectionMode>manual") << true;
    QString without = windows;
    without.remove(QRegularExpression("\\s*<connectionMode>auto</connectionMode>"));
    QTest::newRow("no connectionMode") << without << false;
}

void TestWlanProfileXml::autoConnectChangesOnlyTheMode()
{
    QFETCH(QString, xml);
    QFETCH(bool, autoConnect);
    const QString changed = WlanProfileXml::withAutoConnect(xml, autoConnect);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(WlanProfileXml::autoConnect(changed), autoConnect);
    const simwlan::ReadProfile before = simwlan::readProfile(std8(xml));
    const simwlan::ReadProfile after = simwlan::readProfile(std8(changed));
    QVERIFY2(after.ok, after.reason.c_str());
    QCOMPARE(after.profile.autoConnect, autoConnect);
    QCOMPARE(after.profile.name, before.profile.name);
    QCOMPARE(after.profile.ssid, before.profile.ssid);
    QCOMPARE(after.profile.passphrase, before.profile.passphrase); // the protected key went back untouched
    QVERIFY(WlanProfileXml::withAutoConnect(QStringLiteral("<WLANProfile><name>x</nam"), true).isEmpty());
}

QTEST_GUILESS_MAIN(TestWlanProfileXml)
#include "tst_wlanprofilexml.moc"
