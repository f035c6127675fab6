// The window in German and in Arabic, with the catalogues Aerial embeds:
// its words, its accessible names, Arabic's right-to-left layout, and an SSID
// that keeps its own direction inside it (the untrusted-text rules still
// hold).
#include "networkdelegate.h"
#include "networkmodel.h"
#include "simulatedbackend.h"
#include "translations.h"
#include "wirelesswindow.h"

#include <QAccessible>
#include <QApplication>
#include <QListView>
#include <QPushButton>
#include <QTest>
#include <QTranslator>

using namespace Aerial;

namespace {

// A Latin SSID ending in neutral characters (which an Arabic line would
// otherwise move to its other end), and one with a right-to-left override.
constexpr char Scenario[] = R"({
  "latencyMs": 20,
  "interfaces": [
    { "id": "a", "description": "Adapter", "state": "connected", "profile": "Home",
      "networks": [ { "ssid": "Home-Net (5G)!", "signal": 80, "security": "wpa2-personal", "profile": "Home" },
                    { "ssidHex": "41 e2 80 ae 42", "signal": 40, "security": "open" } ] }
  ],
  "profiles": [ { "name": "Home" } ]
})";

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void windowSpeaksTheLanguage_data();
    void windowSpeaksTheLanguage();
    void otherLanguagesKeepEnglish();
};

void TestTranslations::cleanup()
{
    // Each case starts from the source language.
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QCoreApplication::processEvents();
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
}

void TestTranslations::windowSpeaksTheLanguage_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QLocale::Language>("language");
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::addColumn<QString>("connectText");
    QTest::addColumn<QString>("connectName");
    QTest::addColumn<QString>("networksName");
    QTest::addColumn<QString>("sentenceEnd");

    QTest::newRow("German") << "de_DE" << QLocale::German << Qt::LeftToRight << "&Verbinden" << "Verbinden"
                            << "Netzwerke von Adapter" << ", verbunden";
    QTest::newRow("Arabic") << "ar_SA" << QLocale::Arabic << Qt::RightToLeft << "اتصال (&C)" << "اتصال"
                            << "شبكات Adapter" << "، متصلة";
}

void TestTranslations::windowSpeaksTheLanguage()
{
    QFETCH(QString, locale);
    QFETCH(QLocale::Language, language);
    QFETCH(Qt::LayoutDirection, direction);
    QFETCH(QString, connectText);
    QFETCH(QString, connectName);
    QFETCH(QString, networksName);
    QFETCH(QString, sentenceEnd);

    QCOMPARE(Translations::install(qApp, QLocale(locale)), language);
    QCoreApplication::processEvents(); // the LanguageChange event sets the direction
    QCOMPARE(QGuiApplication::layoutDirection(), direction);

    QString error;
    std::unique_ptr<SimulatedBackend> backend =
        SimulatedBackend::fromText(Scenario, QStringLiteral("translations.json"), &error);
    QVERIFY2(backend, qPrintable(error));
    NetworkModel model;
    model.setBackend(backend.get());
    WirelessWindow window(backend.get(), &model);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QCOMPARE(window.layoutDirection(), direction);
    QCOMPARE(window.connectButton()->text(), connectText);
    QCOMPARE(window.connectButton()->accessibleName(), connectName);
    QCOMPARE(QAccessible::queryAccessibleInterface(window.connectButton())->text(QAccessible::Name), connectName);
    QCOMPARE(window.networkView()->accessibleName(), networksName);

    QAbstractItemModel *networks = window.networkView()->model();
    QModelIndex latin;
    QModelIndex hostile;
    for (int row = 0; row < networks->rowCount(); ++row) {
        const QModelIndex index = networks->index(row, 0);
        (index.data(NetworkModel::SsidRole).toByteArray() == "Home-Net (5G)!" ? latin : hostile) = index;
    }
    QVERIFY(latin.isValid() && hostile.isValid());
    // The row read to a screen reader is in the language, the SSID as it is.
    const QString sentence = latin.data(Qt::AccessibleTextRole).toString();
    QVERIFY2(sentence.startsWith(QStringLiteral("Home-Net (5G)!")) && sentence.endsWith(sentenceEnd), qPrintable(sentence));
    // The drawn line isolates the SSID, so it keeps its own direction and
    // its "(5G)!" stays at its end in a right-to-left line.
    const QString line = NetworkDelegate::networkLine(latin);
    QVERIFY2(line.startsWith(QStringLiteral("\u2068Home-Net (5G)!\u2069")), qPrintable(line));
    // The override in a stranger's SSID is still shown as an escape.
    QVERIFY(!NetworkDelegate::networkLine(hostile).contains(QChar(0x202E)));
    QVERIFY(NetworkDelegate::networkLine(hostile).contains(QStringLiteral("\\u202E")));
}

void TestTranslations::otherLanguagesKeepEnglish()
{
    QCOMPARE(Translations::install(qApp, QLocale(QStringLiteral("fr_FR"))), QLocale::English);
    QCOMPARE(QCoreApplication::translate("Aerial::WirelessWindow", "&Connect"), QStringLiteral("&Connect"));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
