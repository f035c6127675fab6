// Aerial as NetworkManager's secret agent, tested the way NetworkManager uses
// it: python-dbusmock's NetworkManager (with an AgentManager) calls the
// agent's GetSecrets, CancelGetSecrets, SaveSecrets and DeleteSecrets from
// NetworkManager's own bus name, and a real Secret Service (gnome-keyring on a
// private session bus) keeps the passwords. Also the join that stores the
// password there, forget that removes it, and the window's password prompt.
// The case without a Secret Service is in tst_networkmanagerbackend, whose
// session bus has none.
#include "joinpanel.h"
#include "linux/networkmanagerbackend.h"
#include "linux/networkmanagersecretagent.h"
#include "linux/secretstore.h"
#include "networkmanagermock.h"
#include "networkmodel.h"
#include "secretservice.h"
#include "wirelesswindow.h"

#include <QApplication>
#include <QDBusConnectionInterface>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <utility>

using namespace Aerial;

namespace {

const QString ManagerPath = QStringLiteral("/org/freedesktop/NetworkManager");
const QString ManagerIface = QStringLiteral("org.freedesktop.NetworkManager");
const QString AgentManagerPath = QStringLiteral("/org/freedesktop/NetworkManager/AgentManager");
const QString Uuid = QStringLiteral("6c0ffee0-0000-4000-8000-000000000001");
const QString KeyringKey = Uuid + QStringLiteral("/802-11-wireless-security");
constexpr uint SecurityPsk = 0x100;

constexpr uint AllowInteraction = NetworkManagerSecretAgent::AllowInteraction;
constexpr uint RequestNew = NetworkManagerSecretAgent::RequestNew;
constexpr uint UserRequested = NetworkManagerSecretAgent::UserRequested;

// AddAndActivateConnection2 as NetworkManager does it, keeping the settings
// given (python-dbusmock's AddAndActivateConnection makes up its own) and
// asking the agent for the password (tests/linux/networkmanager_template.py).
const QString AddAndActivate2 =
    QStringLiteral("c, a = self.scenario_join(self, args[0], args[1], args[2]); "
                   "ret = (c, a, dbus.Dictionary({}, signature='sv'))");

QString agentError(const char *name)
{
    return QStringLiteral("org.freedesktop.NetworkManager.SecretAgent.") + QLatin1String(name);
}

// The window on NetworkManager as Aerial runs it, shown, its prompts wired
// as app/traycontroller.cpp wires them.
struct AerialWindow
{
    explicit AerialWindow(const QDBusConnection &bus) : backend(bus)
    {
        model.setBackend(&backend);
        window = std::make_unique<WirelessWindow>(&backend, &model);
        QObject::connect(window->commands(), &WirelessCommands::secretRequested, window.get(),
                         &WirelessWindow::askForSecret);
        window->show();
    }

    // Shown, and the agent registered with NetworkManager.
    bool ready()
    {
        return QTest::qWaitForWindowExposed(window.get())
            && QTest::qWaitFor([this] { return backend.secretAgent()->isRegistered(); }, 5000);
    }

    NetworkManagerBackend backend;
    NetworkModel model;
    std::unique_ptr<WirelessWindow> window;
};

} // namespace

class TestNetworkManagerSecretAgent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void registersUnderTheApplicationId();
    void registersAgainWhenNetworkManagerRestarts();
    void getSecrets_data();
    void getSecrets();
    void aJoinsPasswordIsGivenOnce_data();
    void aJoinsPasswordIsGivenOnce();
    void cancelledPromptRepliesUserCanceled();
    void cancelGetSecretsClosesThePrompt();
    void unansweredPromptGivesUpWithinTheBudget();
    void saveAndDeleteKeepTheKeyringInStep();
    void onlyNetworkManagerIsAnswered();
    void joinKeepsThePasswordAndForgetRemovesIt();
    void busTrafficCarriesThePasswordOnlyWhereItMust();
    void failedJoinLeavesNoSecret_data();
    void failedJoinLeavesNoSecret();
    void windowAsksForTheRejectedPassword();
    void windowAsksForTwoPasswordsInTurn();
    void closingTheWindowCancelsItsPrompts();

private:
    // wlan0 with the WPA2 network Cafe in range, joined by this Python code
    // as AddAndActivateConnection2.
    QString addCafe(const QString &addAndActivate2);
    // Joins Cafe with the password, expects the outcome, and returns the
    // settings the join sent.
    QMap<QString, QVariantMap> joinCafe(NetworkManagerBackend &backend, const QString &device, const QString &secret,
                                        ErrorKind expected);
    // The agent with a Secret Service behind it, as Aerial runs it.
    std::unique_ptr<NetworkManagerSecretAgent> makeAgent(SecretStore *store);
    QJsonObject nextReply();
    QString agentName() const { return m_mock->bus().baseService(); }

    SecretService m_secrets;
    std::unique_ptr<NetworkManagerMock> m_mock;
};

void TestNetworkManagerSecretAgent::initTestCase()
{
    qDBusRegisterMetaType<QMap<QString, QVariantMap>>();
    // Before anything in this process touches the session bus.
    QVERIFY2(m_secrets.startBus(), qPrintable(m_secrets.lastError()));
    m_mock = std::make_unique<NetworkManagerMock>();
    QVERIFY2(m_mock->startBus(), qPrintable(m_mock->lastError()));
    QVERIFY2(m_secrets.startKeyring(), qPrintable(m_secrets.lastError()));
}

void TestNetworkManagerSecretAgent::init()
{
    QVERIFY2(m_mock->startService(), qPrintable(m_mock->lastError()));
    QVERIFY(m_secrets.clear());
}

void TestNetworkManagerSecretAgent::cleanup()
{
    QVERIFY(m_mock->stopService());
}

std::unique_ptr<NetworkManagerSecretAgent> TestNetworkManagerSecretAgent::makeAgent(SecretStore *store)
{
    auto agent = std::make_unique<NetworkManagerSecretAgent>(m_mock->bus(), store);
    return agent;
}

QString TestNetworkManagerSecretAgent::addCafe(const QString &addAndActivate2)
{
    const QString device = m_mock->addWifiDevice(QStringLiteral("wlan0"), QStringLiteral("wlan0"), 30);
    m_mock->addAccessPoint(device, QStringLiteral("cafe"), QStringLiteral("Cafe"), 70, SecurityPsk);
    m_mock->addMethod(ManagerPath, ManagerIface, QStringLiteral("AddAndActivateConnection2"),
                      QStringLiteral("a{sa{sv}}ooa{sv}"), QStringLiteral("ooa{sv}"), addAndActivate2);
    return device;
}

QMap<QString, QVariantMap> TestNetworkManagerSecretAgent::joinCafe(NetworkManagerBackend &backend,
                                                                   const QString &device, const QString &secret,
                                                                   ErrorKind expected)
{
    [&] {
        QTRY_VERIFY(backend.capabilities().savesSecrets);
        QTRY_COMPARE(backend.networks(device).size(), 1);
    }();
    QSignalSpy finished(&backend, &WirelessBackend::operationFinished);
    JoinRequest request;
    request.interfaceId = device;
    request.ssid = "Cafe";
    request.security = Security::Wpa2Personal;
    request.secret = secret;
    backend.join(request);
    if (!finished.wait(5000))
        return {};
    const OperationResult result = finished.takeFirst().at(0).value<OperationResult>();
    if (result.error != expected) {
        qWarning() << "the join ended" << result.error << "and not" << expected;
        return {};
    }
    QVariantList arguments;
    m_mock->callCount(ManagerPath, QStringLiteral("AddAndActivateConnection2"), &arguments);
    return qdbus_cast<QMap<QString, QVariantMap>>(arguments.value(0));
}

QJsonObject TestNetworkManagerSecretAgent::nextReply()
{
    QList<QJsonObject> replies;
    (void)QTest::qWaitFor([&] {
        replies = m_mock->agentReplies();
        return !replies.isEmpty();
    }, 5000);
    return replies.value(0);
}

void TestNetworkManagerSecretAgent::registersUnderTheApplicationId()
{
    SecretStore store;
    auto agent = makeAgent(&store);
    QTRY_VERIFY(agent->isRegistered());
    QVariantList arguments;
    QCOMPARE(m_mock->callCount(AgentManagerPath, QStringLiteral("Register"), &arguments), 1);
    // This test is not Aerial itself: the program's name follows the id.
    QCOMPARE(arguments.value(0).toString(), QStringLiteral("io.github.aerialwifi.Aerial.tst_networkmanagersecretagent_")
                                                + QString::number(QCoreApplication::applicationPid()));
    QCOMPARE(NetworkManagerSecretAgent::identifier(), arguments.value(0).toString());
    // On quit it unregisters.
    agent.reset();
    QCOMPARE(m_mock->callCount(AgentManagerPath, QStringLiteral("Unregister")), 1);
}

void TestNetworkManagerSecretAgent::registersAgainWhenNetworkManagerRestarts()
{
    SecretStore store;
    auto agent = makeAgent(&store);
    QTRY_VERIFY(agent->isRegistered());
    QSignalSpy registered(agent.get(), &NetworkManagerSecretAgent::registeredChanged);
    QVERIFY(m_mock->stopService());
    QTRY_VERIFY(!agent->isRegistered());
    QVERIFY2(m_mock->startService(), qPrintable(m_mock->lastError()));
    QTRY_VERIFY(agent->isRegistered());
    QCOMPARE(m_mock->callCount(AgentManagerPath, QStringLiteral("Register")), 1); // the new daemon's log
    QCOMPARE(registered.size(), 2);
}

// Each flag combination, with the password in the keyring or not: the reply,
// whether the person is asked, and what the keyring holds afterwards.
void TestNetworkManagerSecretAgent::getSecrets_data()
{
    QTest::addColumn<bool>("inKeyring");
    QTest::addColumn<uint>("flags");
    QTest::addColumn<QString>("setting");
    QTest::addColumn<uint>("pskFlags");
    QTest::addColumn<int>("prompt"); // -1 none, else SecretRequest::Reason
    QTest::addColumn<QString>("reply"); // the psk given, or the error's name
    QTest::addColumn<QString>("keyringAfter");

    const QString wifi = QStringLiteral("802-11-wireless-security");
    const int none = -1;
    const int asked = int(SecretRequest::Reason::NewNetwork);
    const int rejected = int(SecretRequest::Reason::PasswordRejected);
    QTest::newRow("kept, no flags: answered at once") << true << 0u << wifi << 1u << none << "kept secret" << "kept secret";
    QTest::newRow("kept, USER_REQUESTED (another program): answered, no prompt")
        << true << (UserRequested | AllowInteraction) << wifi << 1u << none << "kept secret" << "kept secret";
    QTest::newRow("kept, interaction allowed: no prompt needed")
        << true << AllowInteraction << wifi << 1u << none << "kept secret" << "kept secret";
    QTest::newRow("missing, interaction allowed: asked, then kept")
        << false << AllowInteraction << wifi << 1u << asked << "typed secret" << "typed secret";
    QTest::newRow("missing, no interaction: NoSecrets")
        << false << 0u << wifi << 1u << none << agentError("NoSecrets") << QString();
    QTest::newRow("REQUEST_NEW: the last one failed, asked again")
        << true << (RequestNew | AllowInteraction) << wifi << 1u << rejected << "typed secret" << "typed secret";
    QTest::newRow("REQUEST_NEW without interaction: NoSecrets")
        << true << RequestNew << wifi << 1u << none << agentError("NoSecrets") << "kept secret";
    QTest::newRow("not saved (psk-flags 2): asked, not kept")
        << false << AllowInteraction << wifi << 2u << asked << "typed secret" << QString();
    QTest::newRow("802.1X is another agent's") << true << AllowInteraction << QStringLiteral("802-1x") << 1u << none
                                               << agentError("NoSecrets") << "kept secret";
}

void TestNetworkManagerSecretAgent::getSecrets()
{
    QFETCH(bool, inKeyring);
    QFETCH(uint, flags);
    QFETCH(QString, setting);
    QFETCH(uint, pskFlags);
    QFETCH(int, prompt);
    QFETCH(QString, reply);
    QFETCH(QString, keyringAfter);
    if (inKeyring)
        QVERIFY(m_secrets.store(KeyringKey, QStringLiteral("kept secret")));
    SecretStore store;
    QTRY_VERIFY(store.isAvailable());
    auto agent = makeAgent(&store);
    QTRY_VERIFY(agent->isRegistered());
    QSignalSpy requested(agent.get(), &NetworkManagerSecretAgent::secretRequested);

    m_mock->askAgent(agentName(), Uuid, QStringLiteral("Cafe"), QStringLiteral("wpa-psk"), pskFlags, flags, setting);
    if (prompt >= 0) {
        QVERIFY(requested.wait(5000));
        const auto request = requested.takeFirst().at(0).value<SecretRequest>();
        QCOMPARE(int(request.reason), prompt);
        QCOMPARE(request.ssid, QByteArray("Cafe"));
        QCOMPARE(request.security, Security::Wpa2Personal);
        QVERIFY(m_mock->agentReplies().isEmpty()); // nothing until the person answers
        agent->answer(request.id, QStringLiteral("typed secret"));
    }
    const QJsonObject answer = nextReply();
    if (reply.startsWith(QLatin1String("org.freedesktop")))
        QCOMPARE(answer.value(QStringLiteral("error")).toString(), reply);
    else
        QCOMPARE(answer.value(QStringLiteral("secrets"))[setting][QStringLiteral("psk")].toString(), reply);
    QCOMPARE(requested.size(), 0);
    QTRY_COMPARE(m_secrets.lookup(KeyringKey), keyringAfter);
}

// During a join the agent holds its password: NetworkManager's first
// request gets it, without a prompt or the keyring; a second, or one that
// asks for a new password, means the network refused it, and is answered
// UserCanceled so that the join fails. Released, the connection is the
// keyring's and the person's again.
void TestNetworkManagerSecretAgent::aJoinsPasswordIsGivenOnce_data()
{
    QTest::addColumn<QList<uint>>("asks"); // GetSecrets flags, in order
    QTest::addColumn<QStringList>("replies"); // the psk given, or the error's name
    const QString canceled = agentError("UserCanceled");
    QTest::newRow("asked once") << QList<uint>{ AllowInteraction } << QStringList{ QStringLiteral("join secret") };
    QTest::newRow("asked again: refused")
        << QList<uint>{ AllowInteraction, RequestNew | AllowInteraction }
        << QStringList{ QStringLiteral("join secret"), canceled };
    QTest::newRow("asked again without REQUEST_NEW: refused")
        << QList<uint>{ AllowInteraction, AllowInteraction } << QStringList{ QStringLiteral("join secret"), canceled };
    QTest::newRow("REQUEST_NEW at once: refused") << QList<uint>{ RequestNew | AllowInteraction } << QStringList{ canceled };
}

void TestNetworkManagerSecretAgent::aJoinsPasswordIsGivenOnce()
{
    QFETCH(QList<uint>, asks);
    QFETCH(QStringList, replies);
    QVERIFY(m_secrets.store(KeyringKey, QStringLiteral("kept secret")));
    SecretStore store;
    auto agent = makeAgent(&store);
    QTRY_VERIFY(agent->isRegistered());
    QSignalSpy requested(agent.get(), &NetworkManagerSecretAgent::secretRequested);
    agent->holdForJoin(Uuid, QStringLiteral("join secret"));
    for (qsizetype i = 0; i < asks.size(); ++i) {
        m_mock->askAgent(agentName(), Uuid, QStringLiteral("Cafe"), QStringLiteral("wpa-psk"), 1, asks[i]);
        const QJsonObject answer = nextReply();
        if (replies[i].startsWith(QLatin1String("org.freedesktop")))
            QCOMPARE(answer.value(QStringLiteral("error")).toString(), replies[i]);
        else
            QCOMPARE(answer.value(QStringLiteral("secrets"))[QStringLiteral("802-11-wireless-security")][QStringLiteral("psk")]
                         .toString(),
                     replies[i]);
    }
    QCOMPARE(requested.size(), 0);
    agent->releaseJoin(Uuid);
    m_mock->askAgent(agentName(), Uuid, QStringLiteral("Cafe"), QStringLiteral("wpa-psk"), 1, AllowInteraction);
    QCOMPARE(nextReply().value(QStringLiteral("secrets"))[QStringLiteral("802-11-wireless-security")][QStringLiteral("psk")]
                 .toString(),
             QStringLiteral("kept secret"));
}

void TestNetworkManagerSecretAgent::cancelledPromptRepliesUserCanceled()
{
    SecretStore store;
    auto agent = makeAgent(&store);
    QTRY_VERIFY(agent->isRegistered());
    QSignalSpy requested(agent.get(), &NetworkManagerSecretAgent::secretRequested);
    QSignalSpy cancelled(agent.get(), &NetworkManagerSecretAgent::promptCancelled);
    m_mock->askAgent(agentName(), Uuid, QStringLiteral("Cafe"), QStringLiteral("sae"), 1, AllowInteraction);
    QVERIFY(requested.wait(5000));
    const auto request = requested.takeFirst().at(0).value<SecretRequest>();
    QCOMPARE(request.security, Security::Wpa3Personal);
    agent->cancel(request.id);
    // Only UserCanceled ends NetworkManager's request (SecretAgent.xml).
    QCOMPARE(nextReply().value(QStringLiteral("error")).toString(), agentError("UserCanceled"));
    QCOMPARE(cancelled.size(), 1);
    agent->answer(request.id, QStringLiteral("too late")); // ignored: answered once
    QTest::qWait(200);
    QVERIFY(m_mock->agentReplies().isEmpty());
}

void TestNetworkManagerSecretAgent::cancelGetSecretsClosesThePrompt()
{
    SecretStore store;
    auto agent = makeAgent(&store);
    QTRY_VERIFY(agent->isRegistered());
    QSignalSpy requested(agent.get(), &NetworkManagerSecretAgent::secretRequested);
    QSignalSpy withdrawn(agent.get(), &NetworkManagerSecretAgent::secretRequestWithdrawn);
    m_mock->askAgent(agentName(), Uuid, QStringLiteral("Cafe"), QStringLiteral("wpa-psk"), 1, AllowInteraction);
    QVERIFY(requested.wait(5000));
    const quint64 id = requested.at(0).at(0).value<SecretRequest>().id;
    m_mock->cancelAgent(agentName(), Uuid);
    QVERIFY(withdrawn.wait(5000));
    QCOMPARE(withdrawn.at(0).at(0).toULongLong(), id);
    QList<QJsonObject> replies;
    QTRY_VERIFY((replies += m_mock->agentReplies()).size() == 2);
    // The request is answered AgentCanceled, and CancelGetSecrets itself succeeds.
    QCOMPARE(replies.at(0).value(QStringLiteral("error")).toString(), agentError("AgentCanceled"));
    QVERIFY(replies.at(1).value(QStringLiteral("ok")).toBool());
}

// A short budget stands for NetworkManager's 120 s.
void TestNetworkManagerSecretAgent::unansweredPromptGivesUpWithinTheBudget()
{
    SecretStore store;
    auto agent = makeAgent(&store);
    agent->setReplyBudget(300);
    QTRY_VERIFY(agent->isRegistered());
    QSignalSpy requested(agent.get(), &NetworkManagerSecretAgent::secretRequested);
    QSignalSpy withdrawn(agent.get(), &NetworkManagerSecretAgent::secretRequestWithdrawn);
    m_mock->askAgent(agentName(), Uuid, QStringLiteral("Cafe"), QStringLiteral("wpa-psk"), 1, AllowInteraction);
    QVERIFY(requested.wait(5000));
    QCOMPARE(nextReply().value(QStringLiteral("error")).toString(), agentError("NoSecrets"));
    QCOMPARE(withdrawn.size(), 1);
}

void TestNetworkManagerSecretAgent::saveAndDeleteKeepTheKeyringInStep()
{
    SecretStore store;
    QTRY_VERIFY(store.isAvailable());
    auto agent = makeAgent(&store);
    QTRY_VERIFY(agent->isRegistered());
    m_mock->saveToAgent(agentName(), Uuid, QStringLiteral("Cafe"), 1, QStringLiteral("saved secret"));
    QVERIFY(nextReply().value(QStringLiteral("ok")).toBool());
    QTRY_COMPARE(m_secrets.lookup(KeyringKey), QStringLiteral("saved secret"));
    // Now NetworkManager's to keep (psk-flags 0): Aerial's copy goes.
    m_mock->saveToAgent(agentName(), Uuid, QStringLiteral("Cafe"), 0, QStringLiteral("saved secret"));
    QVERIFY(nextReply().value(QStringLiteral("ok")).toBool());
    QTRY_COMPARE(m_secrets.lookup(KeyringKey), QString());
    m_mock->saveToAgent(agentName(), Uuid, QStringLiteral("Cafe"), 1, QStringLiteral("again"));
    QVERIFY(nextReply().value(QStringLiteral("ok")).toBool());
    QTRY_COMPARE(m_secrets.lookup(KeyringKey), QStringLiteral("again"));
    m_mock->deleteFromAgent(agentName(), Uuid);
    QVERIFY(nextReply().value(QStringLiteral("ok")).toBool());
    QTRY_COMPARE(m_secrets.lookup(KeyringKey), QString());
}

// Any program on the system bus can call the agent; only NetworkManager gets
// an answer, and nothing is read from the keyring for anyone else.
void TestNetworkManagerSecretAgent::onlyNetworkManagerIsAnswered()
{
    QVERIFY(m_secrets.store(KeyringKey, QStringLiteral("kept secret")));
    SecretStore store;
    auto agent = makeAgent(&store);
    QTRY_VERIFY(agent->isRegistered());
    QSignalSpy requested(agent.get(), &NetworkManagerSecretAgent::secretRequested);
    QDBusConnection stranger = QDBusConnection::connectToBus(qEnvironmentVariable("DBUS_SYSTEM_BUS_ADDRESS"),
                                                            QStringLiteral("stranger"));
    QVERIFY(stranger.isConnected());
    QMap<QString, QVariantMap> connection;
    connection[QStringLiteral("connection")][QStringLiteral("uuid")] = Uuid;
    connection[QStringLiteral("802-11-wireless-security")][QStringLiteral("key-mgmt")] = QStringLiteral("wpa-psk");
    QDBusMessage call = QDBusMessage::createMethodCall(agentName(), QStringLiteral("/org/freedesktop/NetworkManager/SecretAgent"),
                                                       QStringLiteral("org.freedesktop.NetworkManager.SecretAgent"),
                                                       QStringLiteral("GetSecrets"));
    call << QVariant::fromValue(connection) << QVariant::fromValue(QDBusObjectPath(QStringLiteral("/x")))
         << QStringLiteral("802-11-wireless-security") << QStringList() << uint(AllowInteraction);
    // Asynchronous: the agent answers from this thread's event loop.
    QDBusPendingCallWatcher watcher(stranger.asyncCall(call, 5000));
    QSignalSpy answered(&watcher, &QDBusPendingCallWatcher::finished);
    QVERIFY(answered.wait(5000));
    QVERIFY(watcher.isError());
    QCOMPARE(watcher.error().name(), agentError("PermissionDenied"));
    QCOMPARE(requested.size(), 0);
    QDBusConnection::disconnectFromBus(QStringLiteral("stranger"));
}

// A per-user join keeps the password in the Secret Service (psk-flags 1, the
// agent's), and forgetting the network removes it there.
void TestNetworkManagerSecretAgent::joinKeepsThePasswordAndForgetRemovesIt()
{
    const QString device = addCafe(AddAndActivate2);
    NetworkManagerBackend backend(m_mock->bus());
    const auto settings = joinCafe(backend, device, QStringLiteral("croissant"), ErrorKind::None);
    QCOMPARE(settings.value(QStringLiteral("802-11-wireless-security")).value(QStringLiteral("psk-flags")).toUInt(), 1u);
    QVERIFY(!settings.value(QStringLiteral("802-11-wireless-security")).contains(QStringLiteral("psk")));
    // NetworkManager had the password from the agent, as it activated.
    QCOMPARE(nextReply().value(QStringLiteral("secrets"))[QStringLiteral("802-11-wireless-security")][QStringLiteral("psk")]
                 .toString(),
             QStringLiteral("croissant"));
    const QString uuid = settings.value(QStringLiteral("connection")).value(QStringLiteral("uuid")).toString();
    const QString key = uuid + QStringLiteral("/802-11-wireless-security");
    QCOMPARE(m_secrets.lookup(key), QStringLiteral("croissant"));

    // NetworkManager asks for it when it activates the connection again: the
    // keyring answers, nobody is asked.
    QSignalSpy requested(&backend, &WirelessBackend::secretRequested);
    m_mock->askAgent(agentName(), uuid, QStringLiteral("Cafe"), QStringLiteral("wpa-psk"), 1, AllowInteraction);
    QCOMPARE(nextReply().value(QStringLiteral("secrets"))[QStringLiteral("802-11-wireless-security")][QStringLiteral("psk")]
                 .toString(),
             QStringLiteral("croissant"));
    QCOMPARE(requested.size(), 0);

    QTRY_VERIFY(backend.networks(device).value(0).profile.isValid());
    QSignalSpy finished(&backend, &WirelessBackend::operationFinished);
    backend.forget(device, backend.networks(device)[0].profile.id);
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.takeFirst().at(0).value<OperationResult>().error, ErrorKind::None);
    QTRY_COMPARE(m_secrets.lookup(key), QString());
}

namespace {

// dbus-monitor on one bus, from start() until messages(): each message as
// one block of text, its header line first.
class BusMonitor
{
public:
    bool start(const QString &address)
    {
        m_process.start(QStringLiteral("dbus-monitor"), { QStringLiteral("--address"), address });
        // It prints its own NameAcquired once it is listening.
        return m_process.waitForStarted(5000)
            && QTest::qWaitFor([&] { return m_process.bytesAvailable() > 0 || m_process.waitForReadyRead(50); }, 5000);
    }
    QStringList messages()
    {
        QTest::qWait(300); // what is in flight arrives
        m_process.terminate();
        m_process.waitForFinished(3000);
        QStringList blocks;
        const QStringList lines = QString::fromUtf8(m_process.readAllStandardOutput()).split(u'\n');
        for (const QString &line : lines) {
            if (!line.startsWith(u' ') && !line.isEmpty())
                blocks.append(line);
            else if (!blocks.isEmpty())
                blocks.last() += u'\n' + line;
        }
        return blocks;
    }

private:
    QProcess m_process;
};

// The password as dbus-monitor may print it: text, or bytes in hex.
bool carries(const QString &block, const QString &password)
{
    if (block.contains(password))
        return true;
    QStringList hex;
    for (const char byte : password.toUtf8())
        hex << QString::number(uchar(byte), 16).rightJustified(2, u'0');
    return block.contains(hex.join(u' '));
}

} // namespace

// Watching both buses while Aerial joins a network and then answers
// NetworkManager's request for the password: it travels only to
// NetworkManager in the agent's replies (docs/networkmanager.md,
// "Passwords"), the join's and the later one's, and to and from the Secret
// Service.
// Anything else that carried it (a notification, a signal, a property)
// fails the test.
void TestNetworkManagerSecretAgent::busTrafficCarriesThePasswordOnlyWhereItMust()
{
    const QString password = QStringLiteral("Quartz-Zebra-7731");
    const QString device = addCafe(AddAndActivate2);
    NetworkManagerBackend backend(m_mock->bus());
    QTRY_VERIFY(backend.capabilities().savesSecrets);
    QTRY_COMPARE(backend.networks(device).size(), 1);
    const QString networkManager = m_mock->bus().interface()->serviceOwner(QStringLiteral("org.freedesktop.NetworkManager"));
    QDBusConnection session = QDBusConnection::sessionBus();
    const QString keyring = session.interface()->serviceOwner(QStringLiteral("org.freedesktop.secrets"));
    QVERIFY(!networkManager.isEmpty() && !keyring.isEmpty());

    // The join, then NetworkManager asking for the password; between the
    // two the test reads the new connection's uuid from the mock, which
    // hands over the join's settings and so is not watched.
    BusMonitor system;
    BusMonitor sessionMonitor;
    QVERIFY(system.start(m_mock->address()));
    QVERIFY(sessionMonitor.start(m_secrets.address()));
    QSignalSpy finished(&backend, &WirelessBackend::operationFinished);
    JoinRequest request;
    request.interfaceId = device;
    request.ssid = "Cafe";
    request.security = Security::Wpa2Personal;
    request.secret = password;
    backend.join(request);
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.constFirst().at(0).value<OperationResult>().error, ErrorKind::None);
    QStringList onSystem = system.messages();
    QStringList onSession = sessionMonitor.messages();
    QCOMPARE(nextReply().value(QStringLiteral("secrets"))[QStringLiteral("802-11-wireless-security")][QStringLiteral("psk")]
                 .toString(),
             password);
    QVariantList arguments;
    m_mock->callCount(ManagerPath, QStringLiteral("AddAndActivateConnection2"), &arguments);
    const QString uuid = qdbus_cast<QMap<QString, QVariantMap>>(arguments.value(0))
                             .value(QStringLiteral("connection"))
                             .value(QStringLiteral("uuid"))
                             .toString();
    QVERIFY(!uuid.isEmpty());
    QVERIFY(system.start(m_mock->address()));
    QVERIFY(sessionMonitor.start(m_secrets.address()));
    m_mock->askAgent(agentName(), uuid, QStringLiteral("Cafe"), QStringLiteral("wpa-psk"), 1, AllowInteraction);
    onSystem += system.messages();
    onSession += sessionMonitor.messages();
    // The agent did answer with it (read after the monitors stopped: the
    // mock hands its record to the test over the bus).
    QCOMPARE(nextReply().value(QStringLiteral("secrets"))[QStringLiteral("802-11-wireless-security")][QStringLiteral("psk")]
                 .toString(),
             password);

    int agentReplies = 0;
    for (const QString &message : onSystem) {
        if (!carries(message, password))
            continue;
        const QString header = message.section(u'\n', 0, 0);
        if (header.startsWith(QLatin1String("method return")) && header.contains(QStringLiteral("destination=") + networkManager + u' '))
            ++agentReplies;
        else
            QFAIL(qPrintable(QStringLiteral("the password went elsewhere on the system bus:\n") + message));
    }
    QCOMPARE(agentReplies, 2);
    // The keyring was written and read while the monitor watched; the
    // password itself may not show, as libsecret can encrypt what it sends
    // the daemon.
    int keyringCalls = 0;
    for (const QString &message : onSession) {
        const QString header = message.section(u'\n', 0, 0);
        const bool keyringEnd = header.contains(QStringLiteral("sender=") + keyring + u' ')
            || header.contains(QStringLiteral("destination=") + keyring + u' ')
            || header.contains(QLatin1String("destination=org.freedesktop.secrets"));
        keyringCalls += keyringEnd && header.contains(QLatin1String("interface=org.freedesktop.Secret."));
        if (carries(message, password))
            QVERIFY2(keyringEnd, qPrintable(QStringLiteral("the password went elsewhere on the session bus:\n") + message));
    }
    QVERIFY(keyringCalls > 0);
}

// A join that fails, or that NetworkManager refuses, takes the password it
// kept away again: the device fails before Aerial has read the new
// connection's settings back, so the join's own record is what finds it.
void TestNetworkManagerSecretAgent::failedJoinLeavesNoSecret_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<ErrorKind>("error");
    QTest::newRow("wrong password (reason 8)")
        << QStringLiteral("c = objects['/org/freedesktop/NetworkManager/Settings'].AddConnection(args[0]); "
                          "objects[args[1]].EmitSignal('org.freedesktop.NetworkManager.Device', 'StateChanged', 'uuu', [40, 30, 0]); "
                          "objects[args[1]].EmitSignal('org.freedesktop.NetworkManager.Device', 'StateChanged', 'uuu', [120, 60, 8]); "
                          "ret = (c, '/', dbus.Dictionary({}, signature='sv'))")
        << ErrorKind::PasswordRejected;
    QTest::newRow("refused by polkit") << NetworkManagerMock::permissionDenied(QStringLiteral("add connections"))
                                       << ErrorKind::AccessDenied;
}

void TestNetworkManagerSecretAgent::failedJoinLeavesNoSecret()
{
    QFETCH(QString, code);
    QFETCH(ErrorKind, error);
    const QString device = addCafe(code);
    NetworkManagerBackend backend(m_mock->bus());
    const auto settings = joinCafe(backend, device, QStringLiteral("wrong one"), error);
    const QString uuid = settings.value(QStringLiteral("connection")).value(QStringLiteral("uuid")).toString();
    QVERIFY(!uuid.isEmpty());
    QTRY_COMPARE(m_secrets.lookup(uuid + QStringLiteral("/802-11-wireless-security")), QString());
}

// As a person sees it: the password was wrong, NetworkManager asks again
// (REQUEST_NEW), the window comes up with the panel saying so; the new
// password goes back to NetworkManager and into the keyring. Esc on another
// network's request cancels it.
void TestNetworkManagerSecretAgent::windowAsksForTheRejectedPassword()
{
    const QString device = m_mock->addWifiDevice(QStringLiteral("wlan0"), QStringLiteral("wlan0"), 30);
    m_mock->addAccessPoint(device, QStringLiteral("cafe"), QStringLiteral("Cafe"), 70, SecurityPsk);
    AerialWindow aerial(m_mock->bus());
    QVERIFY(aerial.ready());
    NetworkManagerBackend &backend = aerial.backend;
    WirelessWindow &window = *aerial.window;
    QTRY_COMPARE(backend.networks(device).size(), 1);

    m_mock->askAgent(agentName(), Uuid, QStringLiteral("Cafe"), QStringLiteral("wpa-psk"), 1, RequestNew | AllowInteraction);
    JoinPanel *panel = window.joinPanel();
    QTRY_VERIFY(panel->isOpen());
    QVERIFY2(panel->titleLabel()->text().contains(QLatin1String("did not accept the password")),
             qPrintable(panel->titleLabel()->text()));
    QVERIFY(panel->passwordField()->hasFocus());
    QTest::keyClicks(panel->passwordField(), QStringLiteral("short"));
    QTest::keyClick(panel->passwordField(), Qt::Key_Return);
    QVERIFY(panel->isOpen()); // too short for WPA2: nothing sent
    QVERIFY(m_mock->agentReplies().isEmpty());
    panel->passwordField()->clear();
    QTest::keyClicks(panel->passwordField(), QStringLiteral("the right one"));
    QTest::keyClick(panel->passwordField(), Qt::Key_Return);
    QVERIFY(!panel->isOpen());
    QCOMPARE(nextReply().value(QStringLiteral("secrets"))[QStringLiteral("802-11-wireless-security")][QStringLiteral("psk")]
                 .toString(),
             QStringLiteral("the right one"));
    QTRY_COMPARE(m_secrets.lookup(KeyringKey), QStringLiteral("the right one"));

    // Another network, whose password is not kept: asked, and Esc cancels.
    m_mock->askAgent(agentName(), QStringLiteral("6c0ffee0-0000-4000-8000-000000000002"), QStringLiteral("Library"),
                     QStringLiteral("wpa-psk"), 2, AllowInteraction);
    QTRY_VERIFY(panel->isOpen());
    QVERIFY2(panel->titleLabel()->text().contains(QLatin1String("needs the password")),
             qPrintable(panel->titleLabel()->text()));
    QTest::keyClick(panel->passwordField(), Qt::Key_Escape);
    QTRY_VERIFY(!panel->isOpen());
    QCOMPARE(nextReply().value(QStringLiteral("error")).toString(), agentError("UserCanceled"));
}

// Two connections need a password at once: the window asks for the first,
// and the second waits for it instead of cancelling it. A request that
// NetworkManager withdraws while it waits is never asked.
void TestNetworkManagerSecretAgent::windowAsksForTwoPasswordsInTurn()
{
    m_mock->addWifiDevice(QStringLiteral("wlan0"), QStringLiteral("wlan0"), 30);
    AerialWindow aerial(m_mock->bus());
    QVERIFY(aerial.ready());
    WirelessWindow &window = *aerial.window;
    const QString library = QStringLiteral("6c0ffee0-0000-4000-8000-000000000002");
    const QString station = QStringLiteral("6c0ffee0-0000-4000-8000-000000000003");
    const QString airport = QStringLiteral("6c0ffee0-0000-4000-8000-000000000004");
    const QString wpa = QStringLiteral("wpa-psk");
    JoinPanel *panel = window.joinPanel();
    const auto asking = [panel](const char *ssid) {
        return panel->isOpen() && panel->titleLabel()->text().contains(QLatin1String(ssid));
    };

    // Every reply NetworkManager gets, in order; exactly count of them.
    QList<QJsonObject> replies;
    const auto repliesNow = [&](qsizetype count) {
        (void)QTest::qWaitFor([&] { return (replies += m_mock->agentReplies()).size() >= count; }, 5000);
        QTest::qWait(100);
        replies += m_mock->agentReplies();
        return std::exchange(replies, {});
    };
    QSignalSpy requested(window.commands(), &WirelessCommands::secretRequested);

    m_mock->askAgent(agentName(), library, QStringLiteral("Library"), wpa, 1, AllowInteraction);
    QTRY_VERIFY(asking("Library"));
    m_mock->askAgent(agentName(), station, QStringLiteral("Station"), wpa, 1, AllowInteraction);
    m_mock->askAgent(agentName(), airport, QStringLiteral("Airport"), wpa, 1, AllowInteraction);
    QTRY_COMPARE(requested.size(), 3);
    QCOMPARE(repliesNow(0).size(), 0); // nothing cancelled
    QVERIFY2(asking("Library"), qPrintable(panel->titleLabel()->text()));

    m_mock->cancelAgent(agentName(), airport); // withdrawn while it waits
    QList<QJsonObject> got = repliesNow(2);
    QCOMPARE(got.size(), 2);
    QCOMPARE(got.at(0).value(QStringLiteral("error")).toString(), agentError("AgentCanceled"));
    QVERIFY2(asking("Library"), qPrintable(panel->titleLabel()->text()));

    QTest::keyClicks(panel->passwordField(), QStringLiteral("library pass"));
    QTest::keyClick(panel->passwordField(), Qt::Key_Return);
    got = repliesNow(1);
    QCOMPARE(got.size(), 1);
    QCOMPARE(got.at(0).value(QStringLiteral("secrets"))[QStringLiteral("802-11-wireless-security")][QStringLiteral("psk")]
                 .toString(),
             QStringLiteral("library pass"));
    QTRY_VERIFY(asking("Station"));
    QVERIFY(panel->passwordField()->text().isEmpty());
    QTest::keyClick(panel->passwordField(), Qt::Key_Escape);
    got = repliesNow(1);
    QCOMPARE(got.size(), 1);
    QCOMPARE(got.at(0).value(QStringLiteral("error")).toString(), agentError("UserCanceled"));
    QTRY_VERIFY(!panel->isOpen());
    QTest::qWait(200);
    QVERIFY(!panel->isOpen()); // the withdrawn Airport is not asked
}

// Closed to the tray while asking: NetworkManager hears UserCanceled for the
// request shown and the one waiting, at once, and nothing is asked later.
void TestNetworkManagerSecretAgent::closingTheWindowCancelsItsPrompts()
{
    m_mock->addWifiDevice(QStringLiteral("wlan0"), QStringLiteral("wlan0"), 30);
    AerialWindow aerial(m_mock->bus());
    QVERIFY(aerial.ready());
    WirelessWindow &window = *aerial.window;
    QSignalSpy requested(window.commands(), &WirelessCommands::secretRequested);
    m_mock->askAgent(agentName(), QStringLiteral("6c0ffee0-0000-4000-8000-000000000002"), QStringLiteral("Library"),
                     QStringLiteral("wpa-psk"), 1, AllowInteraction);
    m_mock->askAgent(agentName(), QStringLiteral("6c0ffee0-0000-4000-8000-000000000003"), QStringLiteral("Station"),
                     QStringLiteral("wpa-psk"), 1, AllowInteraction);
    QTRY_COMPARE(requested.size(), 2);
    QTRY_VERIFY(window.joinPanel()->isOpen());

    window.hide(); // as the close button and the tray click do
    QList<QJsonObject> replies;
    QTRY_VERIFY((replies += m_mock->agentReplies()).size() >= 2);
    QCOMPARE(replies.size(), 2);
    for (const QJsonObject &reply : replies)
        QCOMPARE(reply.value(QStringLiteral("error")).toString(), agentError("UserCanceled"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(200);
    QVERIFY(!window.joinPanel()->isOpen());
}

QTEST_MAIN(TestNetworkManagerSecretAgent)
#include "tst_networkmanagersecretagent.moc"
