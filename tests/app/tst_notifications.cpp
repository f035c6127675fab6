// Notifications, against a real notification service: python-dbusmock's
// notification_daemon template on a private session bus. The test drives the
// simulated wireless service through the command layer, as the person would,
// with the window closed, and reads the Notify calls the service received.
#include "connectionnotifier.h"
#include "desktopnotifications.h"
#include "hostilenames.h"
#include "networkmodel.h"
#include "preferences.h"
#include "simulatedbackend.h"
#include "simulation/scenario.h"
#include "traycontroller.h"
#include "untrustedtext.h"
#include "wirelesscommands.h"
#include "wirelesswindow.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QListView>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>

using namespace Aerial;

namespace {

// "<b>" and "&" in an SSID: markup if it were not escaped.
constexpr char Scenario[] = R"({
  "latencyMs": 20,
  "interfaces": [
    { "id": "a", "description": "Adapter", "state": "connected", "profile": "Home",
      "networks": [ { "ssid": "<b>Caf\u00e9 & co</b>", "signal": 60, "security": "wpa2-personal", "profile": "Home" },
                    { "ssid": "Locked", "signal": 50, "security": "wpa2-personal", "profile": "Locked" } ] }
  ],
  "profiles": [ { "name": "Home" }, { "name": "Locked" } ]
})";

// For the failure: the service stops answering connects.
constexpr char Fault[] = R"(, "faults": [ { "operation": "connect", "interface": "a", "error": "rpc" } ] })";

const QString Ssid = QStringLiteral("<b>Café & co</b>");

struct Notify
{
    QString appName;
    uint replacesId = 0;
    QString icon;
    QString summary;
    QString body;
    QVariantMap hints;
};

} // namespace

class TestNotifications : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void nothingForTheStateFoundAtStart();
    void disconnectAndConnectAreAnnouncedEscaped();
    void aKindSwitchedOffStaysQuiet();
    void failureIsAnnouncedOnlyWithTheWindowClosed();
    void plainBodyWhereTheServerReadsNoMarkup();
    void withoutAServiceTheCallerIsTold();
    void corpusSsidsAreShownSafely();

private:
    bool startService(const QString &capabilities = {});
    void stopService();
    QList<Notify> notifyCalls();
    // Waits until the service has received count Notify calls.
    bool waitForCalls(int count);
    void selectNetwork(const QByteArray &ssid);

    QProcess m_bus;
    QProcess m_service;
    std::unique_ptr<SimulatedBackend> m_backend;
    std::unique_ptr<TrayController> m_controller;
};

void TestNotifications::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Aerial tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_notifications"));
    QStandardPaths::setTestModeEnabled(true);
    m_bus.start(QStringLiteral("dbus-daemon"), { QStringLiteral("--session"), QStringLiteral("--nofork"),
                                                 QStringLiteral("--print-address=1") });
    QVERIFY(m_bus.waitForStarted());
    QVERIFY(m_bus.waitForReadyRead(5000));
    qputenv("DBUS_SESSION_BUS_ADDRESS", m_bus.readLine().trimmed());
    QVERIFY(QDBusConnection::sessionBus().isConnected());
}

void TestNotifications::init()
{
    QSettings().clear();
    QVERIFY(startService());
    std::string scenario = Scenario;
    if (QByteArray(QTest::currentTestFunction()).startsWith("failure")) {
        scenario.resize(scenario.rfind('}'));
        scenario += Fault;
    }
    if (QByteArray(QTest::currentTestFunction()).startsWith("corpus")) {
        // Every hostile SSID, open, to join one after the other.
        QByteArray networks;
        for (const Test::HostileName &name : Test::hostileNames(true)) {
            networks += networks.isEmpty() ? "" : ",";
            networks += R"({ "ssidHex": ")" + name.bytes.toHex(' ') + R"(", "signal": 50, "security": "open" })";
        }
        scenario = R"({ "latencyMs": 5, "interfaces": [ { "id": "a", "description": "Adapter",
                        "state": "disconnected", "networks": [ )" + networks.toStdString() + " ] } ] }";
    }
    m_backend = std::make_unique<SimulatedBackend>(aerial::sim::parseScenario(scenario, "notifications.json"));
    m_controller = std::make_unique<TrayController>(m_backend.get(), QString(), true);
    m_controller->start(false); // in the tray, window closed
    QVERIFY(!m_controller->window()->isVisible());
}

void TestNotifications::cleanup()
{
    m_controller.reset();
    m_backend.reset();
    stopService();
}

void TestNotifications::cleanupTestCase()
{
    m_bus.kill();
    m_bus.waitForFinished();
}

bool TestNotifications::startService(const QString &capabilities)
{
    QStringList arguments{ QStringLiteral("-m"), QStringLiteral("dbusmock"), QStringLiteral("--template"),
                           QStringLiteral("notification_daemon") };
    if (!capabilities.isEmpty())
        arguments << QStringLiteral("--parameters") << QStringLiteral("{\"capabilities\": \"%1\"}").arg(capabilities);
    m_service.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_service.setStandardOutputFile(QProcess::nullDevice());
    // Debian's python3-dbusmock: the system Python, not whatever is on PATH.
    m_service.start(QStringLiteral("/usr/bin/python3"), arguments);
    if (!m_service.waitForStarted())
        return false;
    QDBusConnectionInterface *bus = QDBusConnection::sessionBus().interface();
    return QTest::qWaitFor([bus] { return bus->isServiceRegistered(QStringLiteral("org.freedesktop.Notifications")); },
                           10000);
}

void TestNotifications::stopService()
{
    if (m_service.state() == QProcess::NotRunning)
        return;
    m_service.kill();
    m_service.waitForFinished();
    QDBusConnectionInterface *bus = QDBusConnection::sessionBus().interface();
    QVERIFY(QTest::qWaitFor(
        [bus] { return !bus->isServiceRegistered(QStringLiteral("org.freedesktop.Notifications")); }, 10000));
}

QList<Notify> TestNotifications::notifyCalls()
{
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("/org/freedesktop/Notifications"),
        QStringLiteral("org.freedesktop.DBus.Mock"), QStringLiteral("GetMethodCalls"));
    call.setArguments({ QStringLiteral("Notify") });
    const QDBusMessage reply = QDBusConnection::sessionBus().call(call);
    QList<Notify> calls;
    if (reply.type() != QDBusMessage::ReplyMessage)
        return calls;
    // a(tav): (timestamp, arguments)
    const QDBusArgument list = reply.arguments().constFirst().value<QDBusArgument>();
    list.beginArray();
    while (!list.atEnd()) {
        quint64 timestamp;
        QVariantList arguments;
        list.beginStructure();
        list >> timestamp >> arguments;
        list.endStructure();
        Notify notify;
        notify.appName = arguments.value(0).toString();
        notify.replacesId = arguments.value(1).toUInt();
        notify.icon = arguments.value(2).toString();
        notify.summary = arguments.value(3).toString();
        notify.body = arguments.value(4).toString();
        const QVariant hints = arguments.value(6);
        notify.hints = hints.canConvert<QDBusArgument>() ? qdbus_cast<QVariantMap>(hints.value<QDBusArgument>())
                                                         : hints.toMap();
        calls.append(notify);
    }
    list.endArray();
    return calls;
}

bool TestNotifications::waitForCalls(int count)
{
    return QTest::qWaitFor([this, count] { return notifyCalls().size() >= count; }, 10000)
           && notifyCalls().size() == count;
}

void TestNotifications::selectNetwork(const QByteArray &ssid)
{
    // In the window, which keeps the command layer's selection.
    WirelessWindow *window = m_controller->window();
    QAbstractItemModel *networks = window->networkView()->model();
    for (int row = 0; row < networks->rowCount(); ++row) {
        const QModelIndex index = networks->index(row, 0);
        if (index.data(NetworkModel::SsidRole).toByteArray() == ssid) {
            window->networkView()->setCurrentIndex(index);
            return;
        }
    }
    QFAIL("no such network in the window");
}

void TestNotifications::nothingForTheStateFoundAtStart()
{
    // The scenario starts connected: that is not news. A scan later must not
    // be either; only then is the silence meaningful.
    QSignalSpy scanned(m_backend.get(), &WirelessBackend::operationFinished);
    QVERIFY(m_controller->commands()->scan(QStringLiteral("a")));
    QVERIFY(scanned.wait());
    QTest::qWait(200);
    QCOMPARE(notifyCalls().size(), 0);
}

void TestNotifications::disconnectAndConnectAreAnnouncedEscaped()
{
    QVERIFY(m_controller->commands()->disconnectSelected());
    QVERIFY(waitForCalls(1));
    Notify disconnected = notifyCalls().constFirst();
    QCOMPARE(disconnected.appName, QStringLiteral("Aerial"));
    QCOMPARE(disconnected.icon, QStringLiteral("network-offline"));
    // The summary is plain text in the specification; the body is markup on
    // this server, so the SSID arrives escaped there.
    QCOMPARE(disconnected.summary, QStringLiteral("Disconnected from “%1”").arg(Ssid));
    QVERIFY2(disconnected.body.contains(QStringLiteral("“&lt;b&gt;Café &amp; co&lt;/b&gt;”")), qPrintable(disconnected.body));
    QVERIFY(!disconnected.body.contains(QStringLiteral("<b>")));
    QVERIFY(disconnected.body.contains(QStringLiteral("Interface: Adapter")));
    QCOMPARE(disconnected.hints.value(QStringLiteral("desktop-entry")).toString(),
             QStringLiteral("io.github.aerialwifi.Aerial"));

    selectNetwork(Ssid.toUtf8());
    QVERIFY(m_controller->commands()->connectSelected());
    QVERIFY(waitForCalls(2));
    const Notify connected = notifyCalls().at(1);
    QCOMPARE(connected.summary, QStringLiteral("Connected to “%1”").arg(Ssid));
    QCOMPARE(connected.icon, QStringLiteral("network-wireless"));
    // It replaces the one before rather than piling up.
    QCOMPARE(connected.replacesId, 1u);
}

void TestNotifications::aKindSwitchedOffStaysQuiet()
{
    // As the settings panel does; the choice is kept in QSettings.
    Preferences().setNotifies(Preferences::Notice::Disconnected, false);
    QCOMPARE(QSettings().value(QStringLiteral("notifications/disconnected")).toBool(), false);

    QVERIFY(m_controller->commands()->disconnectSelected());
    QTRY_COMPARE(m_backend->interfaces().constFirst().state, InterfaceState::Disconnected);
    selectNetwork(Ssid.toUtf8());
    QVERIFY(m_controller->commands()->connectSelected());
    // Only the connection's coming up is told.
    QVERIFY(waitForCalls(1));
    QCOMPARE(notifyCalls().constFirst().summary, QStringLiteral("Connected to “%1”").arg(Ssid));
}

void TestNotifications::failureIsAnnouncedOnlyWithTheWindowClosed()
{
    WirelessCommands *commands = m_controller->commands();
    QSignalSpy failed(commands, &WirelessCommands::failed);

    // In the window, the explanation panel shows it: no notification.
    m_controller->showWindow();
    QVERIFY(QTest::qWaitForWindowExposed(m_controller->window()));
    selectNetwork("Locked");
    QVERIFY(commands->connectSelected());
    QVERIFY(failed.wait());

    // With the window closed (started from the tray, say), it is told.
    m_controller->window()->hide();
    QVERIFY(commands->connectSelected());
    QVERIFY(failed.wait());
    QVERIFY(waitForCalls(1));
    const Notify failure = notifyCalls().constFirst();
    QCOMPARE(failure.icon, QStringLiteral("network-error"));
    QVERIFY2(failure.summary.startsWith(QStringLiteral("Aerial could not connect")), qPrintable(failure.summary));
    QVERIFY(!failure.body.isEmpty());
}

void TestNotifications::plainBodyWhereTheServerReadsNoMarkup()
{
    stopService();
    QVERIFY(startService(QStringLiteral("body")));
    QVERIFY(m_controller->commands()->disconnectSelected());
    QVERIFY(waitForCalls(1));
    // Escaping here would show "&lt;b&gt;" to the person.
    QVERIFY2(notifyCalls().constFirst().body.contains(QStringLiteral("“<b>Café & co</b>”")),
             qPrintable(notifyCalls().constFirst().body));
}

// Each SSID of tests/data/hostile-names.txt, joined: the summary (plain
// text) and the body (markup on this server) hold it as the display rules
// show it, escaped for markup in the body, and no invisible or control
// character.
void TestNotifications::corpusSsidsAreShownSafely()
{
    auto visible = [](const QString &text) {
        return std::none_of(text.begin(), text.end(), [](QChar c) {
            return c.category() == QChar::Other_Format || (c.category() == QChar::Other_Control && c != u'\n')
                   || c.category() == QChar::Separator_Line || c.category() == QChar::Separator_Paragraph;
        });
    };
    int calls = 0;
    for (const Test::HostileName &name : Test::hostileNames(true)) {
        selectNetwork(name.bytes);
        QVERIFY2(m_controller->commands()->connectSelected(), qPrintable(name.label));
        QVERIFY2(waitForCalls(++calls), qPrintable(name.label));
        const Notify notify = notifyCalls().constLast();
        const QString shown = UntrustedText::fromSsid(name.bytes);
        QVERIFY2(notify.summary.contains(shown), qPrintable(name.label));
        QVERIFY2(notify.body.contains(shown.toHtmlEscaped()), qPrintable(name.label));
        QVERIFY2(visible(notify.summary) && visible(notify.body), qPrintable(name.label));
    }
}

void TestNotifications::withoutAServiceTheCallerIsTold()
{
    stopService();
    QSignalSpy undelivered(m_controller->desktopNotifications(), &DesktopNotifications::undelivered);
    QVERIFY(m_controller->commands()->disconnectSelected());
    // TrayController shows it in the tray icon's balloon instead.
    QVERIFY(undelivered.wait(10000));
    QCOMPARE(undelivered.constFirst().at(0).toString(), QStringLiteral("Disconnected from “%1”").arg(Ssid));
}

QTEST_MAIN(TestNotifications)
#include "tst_notifications.moc"
