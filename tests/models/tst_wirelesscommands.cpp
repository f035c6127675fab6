// The command layer against the simulated service: what it allows and why
// not, what is in flight, the explanations, the password rules, and the
// quoting of names in suggested commands.
#include "passphraserules.h"
#include "hostilenames.h"
#include "shellquote.h"
#include "simulatedbackend.h"
#include "wirelesscommands.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Aerial;
using Action = WirelessCommands::Action;

namespace {

const QByteArray Scenario = R"({
  "latencyMs": 5,
  "interfaces": [
    { "id": "wlan", "description": "Adapter", "state": "connected", "profile": "Corp",
      "networks": [
        { "ssid": "Corp", "signal": 70, "security": "wpa2-enterprise", "profile": "Corp" },
        { "ssid": "Café", "signal": 60, "security": "wpa2-personal", "passphrase": "croissant" },
        { "ssid": "Open", "signal": 50, "security": "open" },
        { "ssid": "Old", "signal": 45, "security": "wep" },
        { "ssid": "Home", "signal": 35, "security": "wpa2-personal", "profile": "Home" } ] },
    { "id": "off", "description": "Off", "state": "disconnected", "radio": false, "hardwareRadio": false }
  ],
  "profiles": [ { "name": "Corp", "allUsers": true, "userCanWrite": false }, { "name": "Home" } ]
})";

struct Fixture
{
    Fixture()
    {
        QString error;
        backend = SimulatedBackend::fromText(Scenario, QStringLiteral("commands.json"), &error);
        commands = std::make_unique<WirelessCommands>(backend.get());
    }
    void select(const QString &iface, const QByteArray &ssid)
    {
        for (const WirelessNetwork &network : backend->networks(iface)) {
            if (network.ssid == ssid) {
                selected = network;
                commands->select(iface, &selected);
                return;
            }
        }
        commands->select(iface, nullptr);
    }
    std::unique_ptr<SimulatedBackend> backend;
    std::unique_ptr<WirelessCommands> commands;
    WirelessNetwork selected;
};

} // namespace

class TestWirelessCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void availability_data();
    void availability();
    void connectStepFollowsTheNetwork_data();
    void connectStepFollowsTheNetwork();
    void tracksWhatIsInFlight();
    void refusesABadPasswordBeforeSending();
    void rejectedPasswordIsAskedAgain();
    void connectAndDisconnectFollowTheRightToUse_data();
    void connectAndDisconnectFollowTheRightToUse();
    void refusalOfAProfileRightIsExplainedUpFront();
    void passphraseRules_data();
    void passphraseRules();
    void shQuotingGivesBackTheName_data();
    void shQuotingGivesBackTheName();
    void cmdQuotingRefusesWhatItCannotQuote_data();
    void cmdQuotingRefusesWhatItCannotQuote();
    void cmdQuotingOfTheCorpus();
};

void TestWirelessCommands::availability_data()
{
    QTest::addColumn<QString>("iface");
    QTest::addColumn<QByteArray>("ssid");
    QTest::addColumn<Action>("action");
    QTest::addColumn<bool>("possible");
    QTest::addColumn<QString>("reasonHas");

    QTest::newRow("connect a new WPA2 network") << "wlan" << QByteArray("Café") << Action::Connect << true << "";
    QTest::newRow("connect the connected one") << "wlan" << QByteArray("Corp") << Action::Connect << false << "Already connected";
    QTest::newRow("connect WEP") << "wlan" << QByteArray("Old") << Action::Connect << false << "WEP";
    QTest::newRow("forget this account's") << "wlan" << QByteArray("Home") << Action::Forget << true << "";
    QTest::newRow("forget all users'") << "wlan" << QByteArray("Corp") << Action::Forget << false << "netsh wlan delete profile name=\"Corp\"";
    QTest::newRow("forget unsaved") << "wlan" << QByteArray("Open") << Action::Forget << false << "no saved profile";
    QTest::newRow("auto-connect all users'") << "wlan" << QByteArray("Corp") << Action::AutoConnect << false << "connectionmode=";
    QTest::newRow("disconnect connected") << "wlan" << QByteArray() << Action::Disconnect << true << "";
    QTest::newRow("radio held off in hardware") << "off" << QByteArray() << Action::Radio << false << "switch or key";
    QTest::newRow("scan with the radio off") << "off" << QByteArray() << Action::Scan << false << "radio is off";
    QTest::newRow("hidden with the radio off") << "off" << QByteArray() << Action::JoinHidden << false << "not ready";
    QTest::newRow("hidden") << "wlan" << QByteArray() << Action::JoinHidden << true << "";
}

void TestWirelessCommands::availability()
{
    QFETCH(QString, iface);
    QFETCH(QByteArray, ssid);
    QFETCH(Action, action);
    QFETCH(bool, possible);
    QFETCH(QString, reasonHas);
    Fixture f;
    f.select(iface, ssid);
    const WirelessCommands::Availability can = f.commands->availability(action);
    QCOMPARE(can.possible, possible);
    QVERIFY2(can.reason.contains(reasonHas), qPrintable(can.reason));
    QCOMPARE(can.reason.isEmpty(), possible);
}

void TestWirelessCommands::connectStepFollowsTheNetwork_data()
{
    QTest::addColumn<QByteArray>("ssid");
    QTest::addColumn<WirelessCommands::ConnectStep>("step");
    QTest::addColumn<QString>("noteHas");
    QTest::newRow("saved") << QByteArray("Home") << WirelessCommands::ConnectStep::ConnectSaved << "";
    QTest::newRow("new WPA2") << QByteArray("Café") << WirelessCommands::ConnectStep::AskPassword << "";
    QTest::newRow("open") << QByteArray("Open") << WirelessCommands::ConnectStep::JoinAtOnce << "others nearby can read";
    QTest::newRow("WEP") << QByteArray("Old") << WirelessCommands::ConnectStep::NotJoinable << "WEP";
}

void TestWirelessCommands::connectStepFollowsTheNetwork()
{
    QFETCH(QByteArray, ssid);
    QFETCH(WirelessCommands::ConnectStep, step);
    QFETCH(QString, noteHas);
    Fixture f;
    f.select(QStringLiteral("wlan"), ssid);
    QCOMPARE(f.commands->connectStep(), step);
    QVERIFY(f.commands->joinNote().contains(noteHas));
}

void TestWirelessCommands::tracksWhatIsInFlight()
{
    Fixture f;
    QSignalSpy finished(f.commands.get(), &WirelessCommands::finished);
    f.select(QStringLiteral("wlan"), "Home");
    QVERIFY(f.commands->connectSelected());
    QVERIFY(f.commands->isInFlight(Operation::Connect, QStringLiteral("wlan")));
    QCOMPARE(f.commands->inFlightCount(), 1);
    // A second connect on the same interface waits for the first.
    QVERIFY(!f.commands->availability(Action::Connect).possible);
    QVERIFY(finished.wait(2000));
    QCOMPARE(f.commands->inFlightCount(), 0);
    QVERIFY(!f.commands->hasError());
}

void TestWirelessCommands::refusesABadPasswordBeforeSending()
{
    Fixture f;
    QSignalSpy refused(f.commands.get(), &WirelessCommands::refused);
    QSignalSpy finished(f.backend.get(), &WirelessBackend::operationFinished);
    JoinRequest request;
    request.interfaceId = QStringLiteral("wlan");
    request.ssid = "Café";
    request.security = Security::Wpa2Personal;
    request.secret = QStringLiteral("short");
    QVERIFY(!f.commands->join(request));
    QCOMPARE(refused.size(), 1);
    QVERIFY(refused.at(0).at(1).toString().contains(QStringLiteral("at least 8")));
    QVERIFY(!finished.wait(50)); // nothing reached the service
}

void TestWirelessCommands::rejectedPasswordIsAskedAgain()
{
    Fixture f;
    QSignalSpy rejected(f.commands.get(), &WirelessCommands::passwordRejected);
    QSignalSpy failed(f.commands.get(), &WirelessCommands::failed);
    QSignalSpy error(f.commands.get(), &WirelessCommands::errorChanged);
    JoinRequest request;
    request.interfaceId = QStringLiteral("wlan");
    request.ssid = "Café";
    request.security = Security::Wpa2Personal;
    request.secret = QStringLiteral("not the key");
    QVERIFY(f.commands->join(request));
    QVERIFY(rejected.wait(2000));
    QCOMPARE(rejected.at(0).at(0).value<OperationResult>().ssid, QByteArray("Café"));
    const auto explanation = failed.at(0).at(1).value<OperationExplanation>();
    QVERIFY2(explanation.what.contains(QStringLiteral("did not accept the password")), qPrintable(explanation.what));
    QVERIFY(!explanation.fullText().contains(QStringLiteral("not the key")));
    QVERIFY(f.commands->hasError());
    f.commands->acknowledgeError();
    QVERIFY(!f.commands->hasError());
    QCOMPARE(error.size(), 2);
}

void TestWirelessCommands::refusalOfAProfileRightIsExplainedUpFront()
{
    Fixture f;
    f.select(QStringLiteral("wlan"), "Corp");
    QSignalSpy refused(f.commands.get(), &WirelessCommands::refused);
    QVERIFY(!f.commands->forgetSelected());
    QCOMPARE(refused.size(), 1);
    const OperationExplanation explanation = f.commands->explainRefusal(Action::Forget);
    QVERIFY(explanation.what.contains(QStringLiteral("could not forget")));
    QVERIFY(explanation.why.contains(QStringLiteral("shared by all users")));
    QVERIFY(explanation.remedy.contains(QStringLiteral("elevated command prompt")));
}

// The right to use a profile (Windows' EXECUTE) is known up front too:
// Connect and Disconnect on it are refused before any call, with the words
// of the service's refusal; group policy profiles stay usable.
void TestWirelessCommands::connectAndDisconnectFollowTheRightToUse_data()
{
    QTest::addColumn<QByteArray>("profiles");
    QTest::addColumn<bool>("mayConnect");
    QTest::addColumn<bool>("mayDisconnect");
    QTest::newRow("usable") << QByteArray(R"({ "name": "Corp", "allUsers": true, "userCanWrite": false })") << true << true;
    QTest::newRow("not usable") << QByteArray(R"({ "name": "Corp", "allUsers": true, "userCanExecute": false })") << false
                                << false;
    QTest::newRow("group policy") << QByteArray(R"({ "name": "Corp", "groupPolicy": true })") << true << true;
}

void TestWirelessCommands::connectAndDisconnectFollowTheRightToUse()
{
    QFETCH(QByteArray, profiles);
    QFETCH(bool, mayConnect);
    QFETCH(bool, mayDisconnect);
    QString error;
    auto backend = SimulatedBackend::fromText(
        QByteArray(Scenario)
            .replace(R"({ "name": "Corp", "allUsers": true, "userCanWrite": false })", profiles)
            .replace(R"("state": "connected", "profile": "Corp")", R"("state": "connected", "profile": "Home")"),
        QStringLiteral("rights.json"), &error);
    QVERIFY2(backend, qPrintable(error));
    WirelessCommands commands(backend.get());
    WirelessNetwork corp;
    for (const WirelessNetwork &network : backend->networks(QStringLiteral("wlan"))) {
        if (network.ssid == "Corp")
            corp = network;
    }
    commands.select(QStringLiteral("wlan"), &corp);
    QCOMPARE(commands.availability(Action::Connect).possible, mayConnect);
    QCOMPARE(commands.isRefusedByRights(Action::Connect), !mayConnect);
    if (!mayConnect) {
        QVERIFY(commands.availability(Action::Connect).reason.contains(QStringLiteral("netsh wlan connect name=\"Corp\"")));
        QVERIFY(commands.explainRefusal(Action::Connect).what.contains(QStringLiteral("could not connect")));
    }

    // Connected with Corp: Disconnect acts on its profile, whatever is selected.
    QSignalSpy finished(backend.get(), &WirelessBackend::operationFinished);
    if (mayConnect) {
        QVERIFY(commands.connectSelected());
        QVERIFY(finished.wait(2000));
        QVERIFY(finished.constLast().constFirst().value<OperationResult>().succeeded());
    } else {
        QSignalSpy refused(&commands, &WirelessCommands::refused);
        QVERIFY(!commands.connectSelected());
        QCOMPARE(refused.size(), 1);
        QCOMPARE(finished.size(), 0);
        return; // never connected: nothing to disconnect
    }
    QCOMPARE(commands.availability(Action::Disconnect).possible, mayDisconnect);
}

void TestWirelessCommands::passphraseRules_data()
{
    QTest::addColumn<Security>("security");
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("wpa2 empty") << Security::Wpa2Personal << "" << false;
    QTest::newRow("wpa2 7") << Security::Wpa2Personal << "1234567" << false;
    QTest::newRow("wpa2 8") << Security::Wpa2Personal << "12345678" << true;
    QTest::newRow("wpa2 63") << Security::Wpa2Personal << QString(63, u'a') << true;
    QTest::newRow("wpa2 64 letters") << Security::Wpa2Personal << QString(64, u'z') << false;
    QTest::newRow("wpa2 64 hex") << Security::Wpa2Personal << QString(64, u'F') << true;
    QTest::newRow("wpa2 non-ascii") << Security::Wpa2Personal << QStringLiteral("café-au-lait") << false;
    QTest::newRow("wpa2 tab") << Security::Wpa2Personal << QStringLiteral("tab\there!") << false;
    QTest::newRow("wpa3 7") << Security::Wpa3Personal << "1234567" << false;
    QTest::newRow("wpa3 non-ascii") << Security::Wpa3Personal << QStringLiteral("mot de passe é") << true;
    QTest::newRow("open") << Security::Open << "" << true;
}

void TestWirelessCommands::passphraseRules()
{
    QFETCH(Security, security);
    QFETCH(QString, passphrase);
    QFETCH(bool, accepted);
    QCOMPARE(PassphraseRules::problem(security, passphrase).isEmpty(), accepted);
}

void TestWirelessCommands::shQuotingGivesBackTheName_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("plain") << "HomeNet";
    QTest::newRow("spaces") << "Home (upstairs)";
    QTest::newRow("injection") << "x\"; rm -rf ~; \"";
    QTest::newRow("single quotes") << "it's 'ours'";
    QTest::newRow("dollar and backticks") << "$(reboot) `id` $HOME";
    QTest::newRow("newline") << "two\nlines";
    QTest::newRow("glob and backslash") << "* ? [a] \\ ~";
    // tests/data/hostile-names.txt, but for NUL, which no argument and no
    // profile name can hold.
    for (const Test::HostileName &hostile : Test::hostileNames(false)) {
        if (!hostile.bytes.contains('\0'))
            QTest::newRow(qPrintable(QStringLiteral("corpus: ") + hostile.label)) << QString::fromUtf8(hostile.bytes);
    }
}

void TestWirelessCommands::shQuotingGivesBackTheName()
{
    QFETCH(QString, name);
#ifdef Q_OS_WIN
    QSKIP("Windows has no POSIX sh; cmdQuotingRefusesWhatItCannotQuote covers cmd.exe");
#endif
    // Run exactly as a pasted command would be: the quoted word is one argument.
    QProcess sh;
    sh.start(QStringLiteral("/bin/sh"), { QStringLiteral("-c"), QStringLiteral("printf %s ") + ShellQuote::sh(name) });
    QVERIFY(sh.waitForFinished(5000));
    QCOMPARE(sh.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(sh.readAllStandardOutput()), name);
}

void TestWirelessCommands::cmdQuotingRefusesWhatItCannotQuote_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("plain") << "Corp WiFi" << "\"Corp WiFi\"";
    QTest::newRow("ampersand and pipes stay inside quotes") << "A & B | C <D>" << "\"A & B | C <D>\"";
    QTest::newRow("injection") << "x\"; rm -rf ~; \"" << "";
    QTest::newRow("percent expands") << "50%OFF%" << "";
    QTest::newRow("bang") << "Hi!" << "";
    QTest::newRow("caret") << "a^b" << "";
    QTest::newRow("newline") << "a\nb" << "";
}

void TestWirelessCommands::cmdQuotingRefusesWhatItCannotQuote()
{
    QFETCH(QString, name);
    QFETCH(QString, quoted);
    QCOMPARE(ShellQuote::cmd(name), quoted);
}

// Every corpus name: refused, or one double-quoted word in which cmd.exe
// finds nothing to act on.
void TestWirelessCommands::cmdQuotingOfTheCorpus()
{
    for (const Test::HostileName &hostile : Test::hostileNames(false)) {
        const QString name = QString::fromUtf8(hostile.bytes);
        const QString quoted = ShellQuote::cmd(name);
        if (quoted.isEmpty())
            continue;
        QCOMPARE(quoted, QLatin1Char('"') + name + QLatin1Char('"'));
        for (const QChar c : name)
            QVERIFY2(c != u'"' && c != u'%' && c != u'!' && c != u'^' && c.category() != QChar::Other_Control,
                     qPrintable(hostile.label));
    }
}

QTEST_GUILESS_MAIN(TestWirelessCommands)
#include "tst_wirelesscommands.moc"
