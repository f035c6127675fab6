// Every refusal gets plain words: what failed, why, and what to do.
#include "operationexplanation.h"

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
        QVERIFY2(!e.what.isEmpty() && !e.why.isEmpty() && !e.remedy.isEmpty(), QTest::toString(kind));
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
    QTest::addColumn<QString>("command");

    const QString hostile = QStringLiteral("x\"; rm -rf ~; \"");
    QTest::newRow("windows forget") << Platform::NativeWifi << Operation::Forget << "Corp WiFi"
                                    << "netsh wlan delete profile name=\"Corp WiFi\"";
    QTest::newRow("windows auto-connect") << Platform::NativeWifi << Operation::SetAutoConnect << "Corp"
                                          << "netsh wlan set profileparameter name=\"Corp\" connectionmode=";
    QTest::newRow("windows connect") << Platform::NativeWifi << Operation::Connect << "Corp" << "netsh wlan connect name=\"Corp\"";
    QTest::newRow("windows hostile forget") << Platform::NativeWifi << Operation::Forget << hostile << "";
    QTest::newRow("linux forget") << Platform::NetworkManager << Operation::Forget << "Corp WiFi"
                                  << "nmcli connection delete id 'Corp WiFi'";
    QTest::newRow("linux hostile connect") << Platform::NetworkManager << Operation::Connect << hostile
                                           << "nmcli connection up id 'x\"; rm -rf ~; \"' ifname 'wlan0'";
    QTest::newRow("linux radio") << Platform::NetworkManager << Operation::SetRadio << "" << "nmcli radio wifi";
}

void TestOperationExplanation::refusalsNameASafeCommand()
{
    QFETCH(Platform, platform);
    QFETCH(Operation, operation);
    QFETCH(QString, profile);
    QFETCH(QString, command);
    OperationResult result = OperationResult::of(operation, QStringLiteral("wlan0"), profile);
    result.error = ErrorKind::AccessDenied;
    const OperationExplanation e = OperationExplanation::explain(result, QStringLiteral("wlan0"), platform);
    if (command.isEmpty()) {
        QVERIFY2(!e.remedy.contains(QStringLiteral("netsh")), qPrintable(e.remedy));
        QVERIFY2(e.remedy.contains(QStringLiteral("Manage known networks")), qPrintable(e.remedy));
    } else {
        QVERIFY2(e.remedy.contains(command), qPrintable(e.remedy));
    }
}

QTEST_GUILESS_MAIN(TestOperationExplanation)
#include "tst_operationexplanation.moc"
