// Every refusal gets plain words: what failed, why, and what to do.
#include "operationexplanation.h"

#include <QMetaEnum>
#include <QSet>
#include <QTest>

using namespace Aerial;

class TestOperationExplanation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accessDeniedOnDisconnect();
    void accessDeniedOnConnect();
    void everyErrorKindHasItsOwnSentence();
    void untrustedNamesAreNeutralised();
    void successNeedsNoExplanation();
    void refusalsNameASafeCommand_data();
    void refusalsNameASafeCommand();
    void profileRefusalsOnWindows_data();
    void profileRefusalsOnWindows();
    void windowsReasonsInAerialsWords_data();
    void windowsReasonsInAerialsWords();
};

void TestOperationExplanation::accessDeniedOnDisconnect()
{
    OperationResult result;
    result.operation = Operation::Disconnect;
    result.interfaceId = QStringLiteral("{guid}");
    result.profile = QStringLiteral("CorpWiFi");
    result.error = ErrorKind::AccessDenied;
    result.nativeCode = 5;
    result.message = QStringLiteral("Access is denied.");
    const auto e = OperationExplanation::explain(result, QStringLiteral("Intel(R) Wi-Fi 6 AX201"));
    // What failed, naming the interface and the profile.
    QVERIFY(e.what.contains(QStringLiteral("disconnect")));
    QVERIFY(e.what.contains(QStringLiteral("Intel(R) Wi-Fi 6 AX201")));
    QVERIFY(e.what.contains(QStringLiteral("CorpWiFi")));
    // Why: a profile shared by all users that this account may not control.
    QVERIFY(e.why.contains(QStringLiteral("shared by all users of this computer")));
    QVERIFY(e.why.contains(QStringLiteral("lacks permission")));
    // What to do: ask an administrator, or have one run netsh.
    QVERIFY(e.remedy.contains(QStringLiteral("administrator")));
    QVERIFY(e.remedy.contains(QStringLiteral("“netsh wlan disconnect” from an elevated command prompt")));
    QCOMPARE(e.details, QStringLiteral("Code 5: Access is denied."));
    QVERIFY(e.fullText().startsWith(e.what));
}

void TestOperationExplanation::accessDeniedOnConnect()
{
    OperationResult result;
    result.operation = Operation::Connect;
    result.profile = QStringLiteral("CorpWiFi");
    result.error = ErrorKind::AccessDenied;
    const auto e = OperationExplanation::explain(result, QStringLiteral("wlan0"));
    QVERIFY(e.what.contains(QStringLiteral("could not connect")));
    QVERIFY(e.remedy.contains(QStringLiteral("netsh wlan connect name=\"CorpWiFi\"")));
}

void TestOperationExplanation::everyErrorKindHasItsOwnSentence()
{
    QSet<QString> reasons;
    const ErrorKind kinds[] = { ErrorKind::AccessDenied,      ErrorKind::InvalidParameter, ErrorKind::InvalidHandle,
                                ErrorKind::NotEnoughMemory,   ErrorKind::ServiceUnavailable, ErrorKind::RpcFailure,
                                ErrorKind::NotFound,          ErrorKind::InvalidState,     ErrorKind::ConnectionFailed,
                                ErrorKind::PasswordRejected,  ErrorKind::NotSupported,     ErrorKind::Cancelled,
                                ErrorKind::Other };
    for (ErrorKind kind : kinds) {
        OperationResult result;
        result.operation = Operation::Scan;
        result.error = kind;
        result.nativeCode = 1234;
        const auto e = OperationExplanation::explain(result, QStringLiteral("wlan0"));
        // QTest::toString's string is the caller's to free; the enum's key is static.
        QVERIFY2(!e.what.isEmpty() && !e.why.isEmpty() && !e.remedy.isEmpty(),
                 QMetaEnum::fromType<ErrorKind>().valueToKey(int(kind)));
        QVERIFY(e.details.contains(QStringLiteral("1234")));
        reasons.insert(e.why);
    }
    QCOMPARE(reasons.size(), int(std::size(kinds)));
}

void TestOperationExplanation::untrustedNamesAreNeutralised()
{
    OperationResult result;
    result.operation = Operation::Disconnect;
    result.profile = QString::fromUtf8("Corp\xe2\x80\xae" "iFiW");
    result.error = ErrorKind::AccessDenied;
    const auto e = OperationExplanation::explain(result, QStringLiteral("wlan0"));
    QVERIFY(e.why.contains(QStringLiteral("Corp\\u202EiFiW")));
    QVERIFY(!e.fullText().contains(QChar(0x202E)));
}

void TestOperationExplanation::successNeedsNoExplanation()
{
    OperationResult result;
    QVERIFY(OperationExplanation::explain(result, QStringLiteral("wlan0")).what.isEmpty());
}

// Each refusal names the command that does the same, with the name quoted
// for that shell; a name cmd.exe cannot take gets no command at all.
void TestOperationExplanation::refusalsNameASafeCommand_data()
{
    QTest::addColumn<Platform>("platform");
    QTest::addColumn<Operation>("operation");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("connection"); // the system's name for the interface
    QTest::addColumn<bool>("on");
    QTest::addColumn<QString>("command");

    const QString hostile = QStringLiteral("x\"; rm -rf ~; \"");
    // Windows: each access-denied names its own elevated command, with
    // interface= where the connection's name is known and safe for cmd.exe.
    QTest::newRow("windows forget on an interface") << Platform::NativeWifi << Operation::Forget << "Corp WiFi" << "Wi-Fi 2"
                                                    << false << "netsh wlan delete profile name=\"Corp WiFi\" interface=\"Wi-Fi 2\"";
    QTest::newRow("windows auto-connect on an interface")
        << Platform::NativeWifi << Operation::SetAutoConnect << "Corp" << "Wi-Fi" << true
        << "netsh wlan set profileparameter name=\"Corp\" interface=\"Wi-Fi\" connectionmode=auto";
    QTest::newRow("windows disconnect on an interface") << Platform::NativeWifi << Operation::Disconnect << "Corp" << "Wi-Fi"
                                                        << false << "netsh wlan disconnect interface=\"Wi-Fi\"";
    QTest::newRow("windows radio off") << Platform::NativeWifi << Operation::SetRadio << "" << "Wi-Fi" << false
                                       << "netsh interface set interface name=\"Wi-Fi\" admin=disabled";
    QTest::newRow("windows radio on has no command") << Platform::NativeWifi << Operation::SetRadio << "" << "Wi-Fi" << true
                                                     << "No netsh command turns a radio on";
    QTest::newRow("windows join has no command") << Platform::NativeWifi << Operation::Join << "" << "Wi-Fi" << true
                                                 << "No single command does it";
    QTest::newRow("windows hostile interface name") << Platform::NativeWifi << Operation::Forget << "Corp" << "a%PATH%b"
                                                    << false << "netsh wlan delete profile name=\"Corp\"” from";
    QTest::newRow("windows forget") << Platform::NativeWifi << Operation::Forget << "Corp WiFi" << "" << false
                                    << "netsh wlan delete profile name=\"Corp WiFi\"”";
    QTest::newRow("windows auto-connect") << Platform::NativeWifi << Operation::SetAutoConnect << "Corp" << "" << false
                                          << "netsh wlan set profileparameter name=\"Corp\" connectionmode=manual";
    QTest::newRow("windows connect") << Platform::NativeWifi << Operation::Connect << "Corp" << "" << false
                                     << "netsh wlan connect name=\"Corp\"";
    QTest::newRow("windows hostile forget") << Platform::NativeWifi << Operation::Forget << hostile << "Wi-Fi" << false << "";
    QTest::newRow("linux forget") << Platform::NetworkManager << Operation::Forget << "Corp WiFi" << "" << false
                                  << "nmcli connection delete id 'Corp WiFi'";
    QTest::newRow("linux hostile connect") << Platform::NetworkManager << Operation::Connect << hostile << "" << false
                                           << "nmcli connection up id 'x\"; rm -rf ~; \"' ifname 'wlan0'";
    QTest::newRow("linux radio") << Platform::NetworkManager << Operation::SetRadio << "" << "" << false << "nmcli radio wifi";
}

void TestOperationExplanation::refusalsNameASafeCommand()
{
    QFETCH(Platform, platform);
    QFETCH(Operation, operation);
    QFETCH(QString, profile);
    QFETCH(QString, connection);
    QFETCH(bool, on);
    QFETCH(QString, command);
    OperationResult result = OperationResult::of(operation, QStringLiteral("wlan0"), profile);
    result.error = ErrorKind::AccessDenied;
    result.on = on;
    const OperationExplanation e = OperationExplanation::explain(result, QStringLiteral("wlan0"), platform, connection);
    if (command.isEmpty()) {
        QVERIFY2(!e.remedy.contains(QStringLiteral("netsh")), qPrintable(e.remedy));
        QVERIFY2(e.remedy.contains(QStringLiteral("Manage known networks")), qPrintable(e.remedy));
    } else {
        QVERIFY2(e.remedy.contains(command), qPrintable(e.remedy));
    }
}

// WlanSetProfile's own refusals: the reason code's words, and what to do.
void TestOperationExplanation::profileRefusalsOnWindows_data()
{
    QTest::addColumn<quint32>("code");
    QTest::addColumn<QString>("why");
    QTest::addColumn<QString>("remedy");
    QTest::newRow("bad profile") << 1206u << "did not accept the network's settings: The password has the wrong length"
                                 << "8 to 63";
    QTest::newRow("bad profile, no reason") << 1206u << "did not accept the network's settings." << "8 to 63";
    QTest::newRow("already exists") << 183u << "already exists for all users" << "existing profile";
}

void TestOperationExplanation::profileRefusalsOnWindows()
{
    QFETCH(quint32, code);
    QFETCH(QString, why);
    QFETCH(QString, remedy);
    OperationResult result = OperationResult::of(Operation::Join, QStringLiteral("wlan0"));
    result.ssid = "Café";
    result.error = ErrorKind::Other;
    result.nativeCode = code;
    if (!QByteArray(QTest::currentDataTag()).endsWith("no reason")) {
        result.reasonCode = 0x40004; // WLAN_REASON_CODE_MSMSEC_PROFILE_PSK_LENGTH
        result.message = QStringLiteral("System text.");
    }
    const OperationExplanation e = OperationExplanation::explain(result, QStringLiteral("Intel"), Platform::NativeWifi);
    QVERIFY2(e.what.contains(QStringLiteral("could not join the network “Café”")), qPrintable(e.what));
    QVERIFY2(e.why.contains(why), qPrintable(e.why));
    QVERIFY2(e.remedy.contains(remedy), qPrintable(e.remedy));
    QVERIFY(e.details.contains(QString::number(code)));
}

// The Win32 layer hands over a reason code and the system's own text for it;
// the sentence people read is Aerial's (translatable) where it has one, and
// the system's text otherwise, with the system's text always in the details.
void TestOperationExplanation::windowsReasonsInAerialsWords_data()
{
    QTest::addColumn<ErrorKind>("error");
    QTest::addColumn<quint32>("nativeCode");
    QTest::addColumn<quint32>("reasonCode");
    QTest::addColumn<QString>("why");
    QTest::newRow("out of range") << ErrorKind::ConnectionFailed << 0x28002u << 0u << "did not come up: The network is not in range.";
    QTest::newRow("no answer") << ErrorKind::ConnectionFailed << 0x38003u << 0u << "The access point did not answer in time.";
    QTest::newRow("unknown reason") << ErrorKind::ConnectionFailed << 0x48999u << 0u << "did not come up: System text.";
    QTest::newRow("wrong password") << ErrorKind::PasswordRejected << 0x48014u << 0u << "may be mistyped";
    QTest::newRow("bad character") << ErrorKind::Other << 1206u << 0x40016u << "a character Windows does not accept";
    QTest::newRow("not profile XML") << ErrorKind::Other << 1206u << 0x80001u << "not valid Wi-Fi profile XML";
    QTest::newRow("bad name") << ErrorKind::Other << 1206u << 0x80013u << "network name is not valid";
}

void TestOperationExplanation::windowsReasonsInAerialsWords()
{
    QFETCH(ErrorKind, error);
    QFETCH(quint32, nativeCode);
    QFETCH(quint32, reasonCode);
    QFETCH(QString, why);
    OperationResult result = OperationResult::of(error == ErrorKind::Other ? Operation::Join : Operation::Connect,
                                                 QStringLiteral("wlan0"), QStringLiteral("Home"));
    result.ssid = "Home";
    result.error = error;
    result.nativeCode = nativeCode;
    result.reasonCode = reasonCode;
    result.message = QStringLiteral("System text.");
    const OperationExplanation e = OperationExplanation::explain(result, QStringLiteral("Intel"), Platform::NativeWifi);
    QVERIFY2(e.why.contains(why), qPrintable(e.why));
    QVERIFY2(e.details.contains(QStringLiteral("System text.")), qPrintable(e.details));
}

QTEST_GUILESS_MAIN(TestOperationExplanation)
#include "tst_operationexplanation.moc"
