// aerialctl as a person or a script runs it: the real program, with no
// display, on the simulated service; its exit status, its words, its JSON,
// and hostile SSIDs that must not reach the terminal as escape sequences.
#include "hostilenames.h"
#include "passwordwatch.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int status = -1;
    QString out;
    QString err;
    QByteArray rawOut;
};

// A scenario with a connected interface on a profile this account may use,
// a saved profile it may not change, networks to join, and hostile SSIDs:
// a terminal escape (clear screen), an OSC that sets the window title, and
// a bidi override.
const char *const Scenario = R"({
  "latencyMs": 5,
  "interfaces": [
    { "id": "wlan0", "description": "Test adapter", "state": "connected", "profile": "Home",
      "networks": [
        { "ssid": "Home", "signal": 80, "security": "wpa2-personal", "profile": "Home", "passphrase": "right one" },
        { "ssid": "Corp", "signal": 70, "security": "wpa2-personal", "profile": "Corp" },
        { "ssid": "Café", "signal": 60, "security": "wpa2-personal", "passphrase": "croissant" },
        { "ssid": "Open", "signal": 50, "security": "open" },
        { "ssid": "Backroom", "signal": 40, "security": "wpa2-personal", "hidden": true, "passphrase": "backroom42" },
        { "ssid": "Quartz", "signal": 35, "security": "wpa3-personal", "passphrase": "Quartz-Zebra-7731" },
        { "ssidHex": "1b 5b 32 4a 68 69", "signal": 30, "security": "open" },
        { "ssidHex": "1b 5d 30 3b 70 77 6e 65 64 07", "signal": 20, "security": "open" },
        { "ssid": "\u202eexe.ssapyb", "signal": 10, "security": "open" } ] }
  ],
  "profiles": [ { "name": "Home" }, { "name": "Corp", "allUsers": true, "userCanWrite": false } ]
})";

} // namespace

class TestAerialCtl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void commands_data();
    void commands();
    void jsonHasStableFieldsAndHexSsids();
    void hostileSsidsReachNoTerminal();
    void hostileCorpusInTextAndJson();
    void aPasswordIsNeverAnArgument();
    void aJoinLeavesThePasswordNowhere_data();
    void aJoinLeavesThePasswordNowhere();
    void noWaitReturnsOnceAccepted();
    void serviceFaultsAreExplained_data();
    void serviceFaultsAreExplained();

private:
    Run run(const QStringList &arguments, const QByteArray &input = {});

    QTemporaryDir m_dir;
    QString m_scenario;
};

void TestAerialCtl::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(AERIALCTL)));
    m_scenario = m_dir.filePath(QStringLiteral("ctl.json"));
    QFile file(m_scenario);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(Scenario);
}

Run TestAerialCtl::run(const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    // As over ssh: no display at all.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM" })
        environment.remove(QString::fromLatin1(name));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(AERIALCTL), QStringList{ QStringLiteral("--scenario"), m_scenario } + arguments);
    if (!process.waitForStarted())
        return {};
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(20000))
        return {};
    Run result;
    result.status = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.rawOut = process.readAllStandardOutput();
    result.out = QString::fromUtf8(result.rawOut);
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestAerialCtl::commands_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("out");
    QTest::addColumn<QString>("err");

    auto row = [](const char *name, const QStringList &arguments, const QByteArray &input, int status, const QString &out,
                  const QString &err) { QTest::newRow(name) << arguments << input << status << out << err; };
    row("interfaces", { "interfaces" }, {}, 0, "wlan0  Test adapter  connected  Home", {});
    row("networks", { "networks" }, {}, 0, "Corp", {});
    row("networks name the scope", { "networks" }, {}, 0, "all-users", {});
    row("disconnect", { "disconnect" }, {}, 0, "“Test adapter” is disconnected.", {});
    row("connect a saved network", { "connect", "Corp" }, {}, 0, "connected using the profile “Corp”", {});
    row("join with the password on stdin", { "connect", "Café", "--passphrase-stdin" }, "croissant\n", 0,
        "joined “Café”; it is saved as the profile “Café”", {});
    row("a rejected password", { "connect", "Café", "--passphrase-stdin" }, "baguette!\n", 1, {},
        "did not accept the password");
    row("a password the rules refuse", { "connect", "Café", "--passphrase-stdin" }, "short\n", 1, {}, "8");
    row("an open network joins at once", { "connect", "Open" }, {}, 0, "joined “Open”", {});
    row("a hidden network by name", { "connect", "Backroom", "--hidden", "--security", "wpa2-personal", "--passphrase-stdin" },
        "backroom42\n", 0, "joined “Backroom”", {});
    row("a network not in range", { "connect", "Nowhere" }, {}, 1, {}, "no network “Nowhere” in range");
    row("forget", { "forget", "Home" }, {}, 0, "The profile “Home” is forgotten.", {});
    row("forget refused up front", { "forget", "Corp" }, {}, 1, {}, "netsh wlan delete profile name=\"Corp\"");
    row("auto-connect off", { "autoconnect", "Home", "off" }, {}, 0, "connects only when asked", {});
    row("radio off", { "radio", "off" }, {}, 0, "Wi-Fi is off for “Test adapter”.", {});
    row("scan", { "scan" }, {}, 0, "found", {});
    row("an unknown interface", { "disconnect", "--interface", "wlan9" }, {}, 1, {}, "no interface “wlan9”");
    row("no command", {}, {}, 2, {}, "no command given");
    row("an unknown command", { "fly" }, {}, 2, {}, "unknown command 'fly'");
    row("too many arguments", { "disconnect", "now" }, {}, 2, {}, "wrong number of arguments");
    row("radio sideways", { "radio", "sideways" }, {}, 2, {}, "expected on or off");
    row("hidden without security", { "connect", "X", "--hidden" }, {}, 2, {}, "--hidden and --security go together");
    row("a bad security", { "connect", "X", "--hidden", "--security", "wpa9" }, {}, 2, {}, "--security: expected");
    row("WEP is not joined", { "connect", "X", "--hidden", "--security", "wep" }, {}, 1, {}, "cannot join");
    row("version", { "--version" }, {}, 0, "aerialctl ", {});
    row("help", { "--help" }, {}, 0, "autoconnect PROFILE on|off", {});
}

void TestAerialCtl::commands()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(int, status);
    QFETCH(QString, out);
    QFETCH(QString, err);
    const Run result = run(arguments, input);
    QVERIFY2(result.status == status, qPrintable(QStringLiteral("exit %1; stdout: %2; stderr: %3")
                                                     .arg(result.status).arg(result.out, result.err)));
    QVERIFY2(result.out.contains(out), qPrintable(result.out));
    QVERIFY2(result.err.contains(err), qPrintable(result.err));
}

void TestAerialCtl::jsonHasStableFieldsAndHexSsids()
{
    const Run interfaces = run({ QStringLiteral("--json"), QStringLiteral("interfaces") });
    QCOMPARE(interfaces.status, 0);
    const QJsonArray list = QJsonDocument::fromJson(interfaces.rawOut).array();
    QCOMPARE(list.size(), 1);
    const QJsonObject iface = list.first().toObject();
    QCOMPARE(iface.value(QStringLiteral("id")).toString(), QStringLiteral("wlan0"));
    QCOMPARE(iface.value(QStringLiteral("state")).toString(), QStringLiteral("connected"));
    QCOMPARE(iface.value(QStringLiteral("ssidHex")).toString(), QStringLiteral("486f6d65"));
    QCOMPARE(iface.value(QStringLiteral("radio")).toBool(), true);

    const Run networks = run({ QStringLiteral("networks"), QStringLiteral("--json") });
    QCOMPARE(networks.status, 0);
    const QJsonArray heard = QJsonDocument::fromJson(networks.rawOut).array();
    QCOMPARE(heard.size(), 9);
    bool sawEscape = false;
    for (const QJsonValue &value : heard) {
        const QJsonObject network = value.toObject();
        for (const char *field : { "interface", "ssid", "ssidHex", "security", "signal", "profile" })
            QVERIFY2(network.contains(QLatin1String(field)), field);
        if (network.value(QStringLiteral("ssidHex")).toString() == QLatin1String("1b5b324a6869"))
            sawEscape = true;
        if (network.value(QStringLiteral("ssid")).toString() == QLatin1String("Corp")) {
            const QJsonObject profile = network.value(QStringLiteral("profile")).toObject();
            QCOMPARE(profile.value(QStringLiteral("scope")).toString(), QStringLiteral("all-users"));
            QCOMPARE(profile.value(QStringLiteral("autoConnect")).toBool(), true);
        }
    }
    QVERIFY(sawEscape);
}

void TestAerialCtl::hostileSsidsReachNoTerminal()
{
    const Run networks = run({ QStringLiteral("networks") });
    QCOMPARE(networks.status, 0);
    QVERIFY(!networks.rawOut.contains('\x1b')); // no escape sequence at all
    QVERIFY(!networks.rawOut.contains('\x07'));
    QVERIFY(!networks.rawOut.contains("\xe2\x80\xae")); // no U+202E
    QVERIFY(networks.out.contains(QStringLiteral("\\u001B[2Jhi")) || networks.out.contains(QStringLiteral("\\x1B[2Jhi")));
    QVERIFY(networks.out.contains(QStringLiteral("\\u202Eexe.ssapyb")));
    // The same in what a connect says, and in its error words.
    const Run joined = run({ QStringLiteral("connect"), QString::fromUtf8("\x1b]0;pwned\x07") });
    QCOMPARE(joined.status, 0);
    QVERIFY(joined.out.contains(QStringLiteral("joined")));
    QVERIFY(!joined.rawOut.contains('\x1b'));
    QVERIFY(!joined.rawOut.contains('\x07'));
    const Run missing = run({ QStringLiteral("connect"), QString::fromUtf8("\x1b[2Jgone") });
    QCOMPARE(missing.status, 1);
    QVERIFY(missing.err.contains(QStringLiteral("in range")));
    QVERIFY(!missing.err.contains(QChar(0x1b)));
}

// There is no option that takes it; without a terminal or
// --passphrase-stdin, aerialctl says how to give it instead.
void TestAerialCtl::aPasswordIsNeverAnArgument()
{
    const Run asArgument = run({ QStringLiteral("connect"), QStringLiteral("Café"), QStringLiteral("--password"),
                                 QStringLiteral("croissant") });
    QCOMPARE(asArgument.status, 2);
    QVERIFY(asArgument.err.contains(QStringLiteral("Unknown option 'password'")));
    const Run withoutTerminal = run({ QStringLiteral("connect"), QStringLiteral("Café") });
    QCOMPARE(withoutTerminal.status, 2);
    QVERIFY(withoutTerminal.err.contains(QStringLiteral("--passphrase-stdin")));
    // And a rejected one is never repeated back.
    const Run rejected = run({ QStringLiteral("connect"), QStringLiteral("Café"), QStringLiteral("--passphrase-stdin") },
                             "secret-word\n");
    QCOMPARE(rejected.status, 1);
    QVERIFY(!rejected.out.contains(QStringLiteral("secret-word")));
    QVERIFY(!rejected.err.contains(QStringLiteral("secret-word")));
}

// Every SSID of tests/data/hostile-names.txt in one scenario: the text
// output holds no control character but its line ends, no escape sequence,
// no C1 control and no invisible formatting character, and the JSON is
// valid and gives back every SSID's bytes exactly.
void TestAerialCtl::hostileCorpusInTextAndJson()
{
    const QList<Aerial::Test::HostileName> names = Aerial::Test::hostileNames(true);
    QVERIFY(names.size() >= 40);
    QByteArray networks;
    for (const Aerial::Test::HostileName &name : names) {
        networks += networks.isEmpty() ? "" : ",\n";
        networks += R"({ "ssidHex": ")" + name.bytes.toHex(' ') + R"(", "signal": 50, "security": "open" })";
    }
    const QString path = m_dir.filePath(QStringLiteral("hostile.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({ "latencyMs": 5, "interfaces": [ { "id": "wlan0", "description": "Test adapter",
                    "state": "disconnected", "networks": [ )" + networks + " ] } ] }");
    file.close();
    const QString saved = m_scenario;
    m_scenario = path;
    const Run text = run({ QStringLiteral("networks") });
    const Run json = run({ QStringLiteral("--json"), QStringLiteral("networks") });
    m_scenario = saved;

    QCOMPARE(text.status, 0);
    for (const char byte : text.rawOut)
        QVERIFY2(byte == '\n' || (uchar(byte) >= 0x20 && byte != 0x7f), qPrintable(QString::number(uchar(byte), 16)));
    for (const uint c : text.out.toUcs4()) {
        const QChar::Category category = QChar::category(c);
        QVERIFY2(!(c >= 0x80 && c < 0xA0) && category != QChar::Other_Format && category != QChar::Separator_Line
                     && category != QChar::Separator_Paragraph,
                 qPrintable(QString::number(c, 16)));
    }
    QCOMPARE(json.status, 0);
    QJsonParseError error;
    const QJsonArray heard = QJsonDocument::fromJson(json.rawOut, &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QSet<QByteArray> given;
    for (const QJsonValue &value : heard)
        given.insert(QByteArray::fromHex(value.toObject().value(QStringLiteral("ssidHex")).toString().toLatin1()));
    for (const Aerial::Test::HostileName &name : names)
        QVERIFY2(given.contains(name.bytes), qPrintable(name.label));
    QCOMPARE(heard.size(), names.size());
}

// A join with every aerial.* logging category on: the password is in none
// of aerialctl's output, its command line or environment (read from /proc
// while it waits for the password), nor in any file it wrote (its settings
// go to a fresh XDG_CONFIG_HOME), and the scenario file is left as it was.
void TestAerialCtl::aJoinLeavesThePasswordNowhere_data()
{
    QTest::addColumn<QString>("network");
    QTest::addColumn<int>("status");
    QTest::newRow("accepted") << QStringLiteral("Quartz") << 0;
    QTest::newRow("rejected") << QStringLiteral("Café") << 1;
}

void TestAerialCtl::aJoinLeavesThePasswordNowhere()
{
    QFETCH(QString, network);
    QFETCH(int, status);
    const QByteArray password = "Quartz-Zebra-7731";
    QFile scenarioFile(m_scenario);
    QVERIFY(scenarioFile.open(QIODevice::ReadOnly));
    const QByteArray scenarioBefore = scenarioFile.readAll();
    scenarioFile.close();

    const Aerial::Test::WatchedRun run = Aerial::Test::runWatchingThePassword(
        QStringLiteral(AERIALCTL),
        { QStringLiteral("--scenario"), m_scenario, QStringLiteral("connect"), network, QStringLiteral("--passphrase-stdin") },
        password);
    QCOMPARE(run.status, status);
    QVERIFY2(run.err.contains("aerial.sim"), run.err.constData()); // the categories were on
    QVERIFY2(run.leaks.isEmpty(), qPrintable(run.leaks.join(u'\n')));
    QVERIFY(scenarioFile.open(QIODevice::ReadOnly));
    QCOMPARE(scenarioFile.readAll(), scenarioBefore);
}

// --no-wait returns once the service has taken the first step, long before
// a slow connection comes up; a refusal still says why and exits with 1.
void TestAerialCtl::noWaitReturnsOnceAccepted()
{
    QString slow = m_dir.filePath(QStringLiteral("slow.json"));
    QFile file(slow);
    QVERIFY(file.open(QIODevice::WriteOnly));
    // Each step of a connection takes 4 s: waiting would take 12 s.
    file.write(QByteArray(Scenario).replace(R"("latencyMs": 5)", R"("latencyMs": 4000)"));
    file.close();
    const QString saved = m_scenario;
    m_scenario = slow;
    QElapsedTimer timer;
    timer.start();
    const Run accepted = run({ QStringLiteral("--no-wait"), QStringLiteral("disconnect") });
    QCOMPARE(accepted.status, 0);
    QVERIFY2(accepted.out.contains(QStringLiteral("accepted it; aerialctl did not wait")), qPrintable(accepted.out));
    QVERIFY2(timer.elapsed() < 8000, "it waited for the operation to finish");

    const Run refused = run({ QStringLiteral("--no-wait"), QStringLiteral("forget"), QStringLiteral("Corp") });
    m_scenario = saved;
    QCOMPARE(refused.status, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("Corp")), qPrintable(refused.err));
}

// The fault matrix's refusals and losses (tst_faultmatrix) as aerialctl
// reports them: the service's error for the operation's first call
// (docs/scenario-format.md, faults), explained in plain words on stderr,
// with status 1.
void TestAerialCtl::serviceFaultsAreExplained_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("call");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("why");

    struct Command
    {
        const char *name;
        QStringList arguments;
        QByteArray input;
        const char *call;
        const char *denied; // why, for access denied
    };
    // Home is this account's own profile, Corp one shared by all users.
    const Command commands[] = {
        { "connect", { "connect", "Corp" }, {}, "connect", "shared by all users of this computer" },
        { "join", { "connect", "Café", "--passphrase-stdin" }, "croissant\n", "set-profile",
          "does not let this account add Wi-Fi networks" },
        { "disconnect", { "disconnect" }, {}, "disconnect", "is this account's own" },
        { "scan", { "scan" }, {}, "scan", "may not use your location" },
        { "forget", { "forget", "Home" }, {}, "delete-profile", "is this account's own" },
        { "auto-connect", { "autoconnect", "Home", "off" }, {}, "set-profile", "is this account's own" },
        { "radio", { "radio", "off" }, {}, "set-radio", "may not switch the wireless radio" },
    };
    for (const Command &command : commands) {
        QTest::addRow("%s, refused", command.name)
            << command.arguments << command.input << command.call << "access-denied" << command.denied;
        QTest::addRow("%s, service stopped", command.name)
            << command.arguments << command.input << command.call << "service-unavailable"
            << "The wireless service (WLAN AutoConfig) is not running.";
        QTest::addRow("%s, service unreachable", command.name)
            << command.arguments << command.input << command.call << "rpc"
            << "Aerial could not reach the wireless service.";
    }
}

void TestAerialCtl::serviceFaultsAreExplained()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(QString, call);
    QFETCH(QString, error);
    QFETCH(QString, why);

    QJsonObject scenario = QJsonDocument::fromJson(Scenario).object();
    scenario.insert(QStringLiteral("faults"), QJsonArray{ QJsonObject{ { QStringLiteral("operation"), call },
                                                                       { QStringLiteral("error"), error },
                                                                       { QStringLiteral("times"), 1 } } });
    const QString faulty = m_dir.filePath(QStringLiteral("faulty.json"));
    QFile file(faulty);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(scenario).toJson());
    file.close();
    const QString saved = m_scenario;
    m_scenario = faulty;
    const Run failed = run(arguments, input);
    m_scenario = saved;
    QCOMPARE(failed.status, 1);
    QVERIFY2(failed.out.isEmpty(), qPrintable(failed.out));
    // What failed, why, and what to do: three sentences at least.
    QVERIFY2(failed.err.contains(QStringLiteral("Aerial could not ")), qPrintable(failed.err));
    QVERIFY2(failed.err.contains(why), qPrintable(failed.err));
    QVERIFY2(failed.err.count(u'\n') >= 4, qPrintable(failed.err));
}

QTEST_GUILESS_MAIN(TestAerialCtl)
#include "tst_aerialctl.moc"
