// Strangers' SSIDs shown as plain, visible text.
#include "untrustedtext.h"

#include <QTest>
#include <QTextDocument>

using namespace Aerial;

class TestUntrustedText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromSsid_data();
    void fromSsid();
    void neutraliseProfileNames();
    void toolTipKeepsMarkupLiteral();
};

void TestUntrustedText::fromSsid_data()
{
    QTest::addColumn<QByteArray>("ssid");
    QTest::addColumn<QString>("shown");

    QTest::newRow("plain") << QByteArray("HomeNet") << QStringLiteral("HomeNet");
    QTest::newRow("html stays characters") << QByteArray("<b>x</b>") << QStringLiteral("<b>x</b>");
    QTest::newRow("format string") << QByteArray("%s%n%1") << QStringLiteral("%s%n%1");
    QTest::newRow("utf-8 accents and emoji") << QByteArray("Caf\xc3\xa9 \xe2\x98\x95") << QString::fromUtf8("Caf\xc3\xa9 \xe2\x98\x95");
    QTest::newRow("right-to-left stays readable") << QByteArray("\xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d") << QString::fromUtf8("\xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d");
    QTest::newRow("bidi override") << QByteArray("\xe2\x80\xae" "exe.txt") << QStringLiteral("\\u202Eexe.txt");
    QTest::newRow("bidi isolate") << QByteArray("a\xe2\x81\xa6" "b") << QStringLiteral("a\\u2066b");
    QTest::newRow("zero width space") << QByteArray("Home\xe2\x80\x8bNet") << QStringLiteral("Home\\u200BNet");
    QTest::newRow("byte order mark") << QByteArray("\xef\xbb\xbfNet") << QStringLiteral("\\uFEFFNet");
    QTest::newRow("line separator") << QByteArray("a\xe2\x80\xa8" "b") << QStringLiteral("a\\u2028b");
    QTest::newRow("NUL bytes") << QByteArray("a\0b\0", 4) << QStringLiteral("a\\x00b\\x00");
    QTest::newRow("newline and tab") << QByteArray("a\nb\tc") << QStringLiteral("a\\x0Ab\\x09c");
    QTest::newRow("DEL") << QByteArray("a\x7f") << QStringLiteral("a\\x7F");
    QTest::newRow("C1 control") << QByteArray("a\xc2\x85") << QStringLiteral("a\\u0085");
    QTest::newRow("invalid byte") << QByteArray("\xff\xfe" "A") << QStringLiteral("\\xFF\\xFEA");
    QTest::newRow("truncated sequence") << QByteArray("ok\xe2\x82") << QStringLiteral("ok\\xE2\\x82");
    QTest::newRow("overlong slash") << QByteArray("\xc0\xaf") << QStringLiteral("\\xC0\\xAF");
    QTest::newRow("encoded surrogate") << QByteArray("\xed\xa0\x80") << QStringLiteral("\\xED\\xA0\\x80");
    QTest::newRow("past U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << QStringLiteral("\\xF4\\x90\\x80\\x80");
    QTest::newRow("latin-1 SSID") << QByteArray("Caf\xe9") << QStringLiteral("Caf\\xE9");
    // A backslash is doubled: a name spelling out an escape is not the byte.
    QTest::newRow("a spelt-out escape") << QByteArray("\\xFF") << QStringLiteral("\\\\xFF");
    QTest::newRow("a backslash") << QByteArray("a\\b") << QStringLiteral("a\\\\b");
    QTest::newRow("a tag character") << QByteArray("a\xf3\xa0\x80\x81" "1") << QStringLiteral("a\\U000E00011");
    QTest::newRow("32 bytes") << QByteArray(32, 'w') << QString(32, u'w');
    QTest::newRow("empty") << QByteArray() << QString();
}

void TestUntrustedText::fromSsid()
{
    QFETCH(QByteArray, ssid);
    QFETCH(QString, shown);
    QCOMPARE(UntrustedText::fromSsid(ssid), shown);
}

void TestUntrustedText::neutraliseProfileNames()
{
    QCOMPARE(UntrustedText::neutralise(QString::fromUtf8("Corp\xe2\x80\xae" "WiFi")), QStringLiteral("Corp\\u202EWiFi"));
    QCOMPARE(UntrustedText::neutralise(QStringLiteral("a\nb")), QStringLiteral("a\\x0Ab"));
    QCOMPARE(UntrustedText::neutralise(QStringLiteral("<i>p</i>")), QStringLiteral("<i>p</i>"));
}

void TestUntrustedText::toolTipKeepsMarkupLiteral()
{
    const QString tip = UntrustedText::toolTip(QStringLiteral("<b>x</b> & y"));
    QVERIFY(Qt::mightBeRichText(tip));      // so Qt does not guess…
    QVERIFY(tip.contains(QStringLiteral("&lt;b&gt;x&lt;/b&gt; &amp; y"))); // …and the markup is text
    QVERIFY(!tip.contains(QStringLiteral("<b>")));
}

QTEST_GUILESS_MAIN(TestUntrustedText)
#include "tst_untrustedtext.moc"
