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

QTEST_GUILESS_MAIN(TestOperationExplanation)
#include "tst_operationexplanation.moc"
