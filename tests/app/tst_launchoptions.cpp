// aerial's everyday arguments are read without QCommandLineParser; wherever
// that reading accepts them, QCommandLineParser reads them the same way, and
// everything else is left to QCommandLineParser.
#include "launchoptions.h"

#include <QTest>

using namespace Aerial;

class TestLaunchOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everydayReadingAgreesWithTheParser_data();
    void everydayReadingAgreesWithTheParser();
};

void TestLaunchOptions::everydayReadingAgreesWithTheParser_data()
{
    QTest::addColumn<QStringList>("arguments"); // after the program's name
    QTest::addColumn<bool>("everyday");         // read without QCommandLineParser
    QTest::addColumn<bool>("valid");            // QCommandLineParser accepts them
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<bool>("show");

    const QString a = QStringLiteral("auto");
    QTest::newRow("none, as at login") << QStringList{} << true << true << a << QString() << false;
    QTest::newRow("a backend") << QStringList{ "--backend", "networkmanager" } << true << true << "networkmanager"
                               << QString() << false;
    QTest::newRow("a backend with =") << QStringList{ "--backend=simulated" } << true << true << "simulated"
                                      << QString() << false;
    QTest::newRow("an empty backend") << QStringList{ "--backend=" } << true << true << QString() << QString()
                                      << false;
    QTest::newRow("everything") << QStringList{ "--show", "--scenario", "demo file.json", "--backend", "simulated" }
                                << true << true << "simulated" << "demo file.json" << true;
    QTest::newRow("a scenario with =") << QStringList{ "--scenario=a=b.json" } << true << true << a << "a=b.json"
                                       << false;
    QTest::newRow("twice: the last counts") << QStringList{ "--backend", "simulated", "--backend", "auto" } << true
                                            << true << a << QString() << false;
    QTest::newRow("a missing value") << QStringList{ "--backend" } << false << false << a << QString() << false;
    QTest::newRow("an option for a value") << QStringList{ "--backend", "--show" } << false << true << "--show"
                                           << QString() << false;
    QTest::newRow("an unknown option") << QStringList{ "--colour" } << false << false << a << QString() << false;
    QTest::newRow("a value for --show") << QStringList{ "--show=yes" } << false << false << a << QString() << false;
    QTest::newRow("one dash") << QStringList{ "-backend", "simulated" } << false << false << a << QString() << false;
    QTest::newRow("a word") << QStringList{ "simulated" } << false << true << a << QString() << false;
    QTest::newRow("a prefix of an option") << QStringList{ "--back", "simulated" } << false << false << a
                                           << QString() << false;
}

void TestLaunchOptions::everydayReadingAgreesWithTheParser()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, everyday);
    QFETCH(bool, valid);
    QFETCH(QString, backend);
    QFETCH(QString, scenario);
    QFETCH(bool, show);
    arguments.prepend(QStringLiteral("aerial"));

    const std::optional<LaunchOptions> read = LaunchOptions::readEveryday(arguments);
    QCOMPARE(read.has_value(), everyday);
    const std::optional<LaunchOptions> parsed = LaunchOptions::parse(arguments);
    QCOMPARE(parsed.has_value(), valid);
    if (!valid)
        return;
    QCOMPARE(parsed->backend, backend);
    QCOMPARE(parsed->scenario, scenario);
    QCOMPARE(parsed->show, show);
    if (!everyday)
        return;
    QCOMPARE(read->backend, parsed->backend);
    QCOMPARE(read->scenario, parsed->scenario);
    QCOMPARE(read->show, parsed->show);
}

QTEST_GUILESS_MAIN(TestLaunchOptions)
#include "tst_launchoptions.moc"
