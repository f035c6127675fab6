#include "networkmanagermock.h"

#include <QDBusArgument>
#include <QDBusConnectionInterface>
#include <QDBusObjectPath>
#include <QDBusVariant>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QTest>

namespace {

const QString Service = QStringLiteral("org.freedesktop.NetworkManager");
const QString MockInterface = QStringLiteral("org.freedesktop.DBus.Mock");
const QString ManagerPath = QStringLiteral("/org/freedesktop/NetworkManager");

} // namespace

NetworkManagerMock::NetworkManagerMock() : m_bus(QString()) {}

NetworkManagerMock::~NetworkManagerMock()
{
    stopService();
    QDBusConnection::disconnectFromBus(QStringLiteral("aerial-test-bus"));
    if (m_daemon.state() != QProcess::NotRunning) {
        m_daemon.terminate();
        m_daemon.waitForFinished(3000);
    }
}

bool NetworkManagerMock::startBus()
{
    // A session-type configuration: any local client may connect and own names.
    m_daemon.start(QStringLiteral("dbus-daemon"),
                   { QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address=1") });
    if (!m_daemon.waitForStarted(5000) || !m_daemon.waitForReadyRead(5000)) {
        m_error = QStringLiteral("dbus-daemon did not start: ") + m_daemon.errorString();
        return false;
    }
    m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
    qputenv("DBUS_SYSTEM_BUS_ADDRESS", m_address.toUtf8());
    m_bus = QDBusConnection::connectToBus(m_address, QStringLiteral("aerial-test-bus"));
    if (!m_bus.isConnected()) {
        m_error = QStringLiteral("cannot connect to the private bus: ") + m_bus.lastError().message();
        return false;
    }
    return true;
}

bool NetworkManagerMock::startService()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DBUS_SYSTEM_BUS_ADDRESS"), m_address);
    m_service.setProcessEnvironment(environment);
    m_service.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_service.setStandardOutputFile(QProcess::nullDevice());
    // Debian's python3-dbusmock: the system Python, not whatever is on PATH.
    m_service.start(QStringLiteral("/usr/bin/python3"),
                    { QStringLiteral("-m"), QStringLiteral("dbusmock"), QStringLiteral("--system"),
                      QStringLiteral("--template"), QStringLiteral(AERIAL_NM_TEMPLATE) });
    if (!m_service.waitForStarted(5000)) {
        m_error = QStringLiteral("python3 -m dbusmock did not start: ") + m_service.errorString();
        return false;
    }
    const bool registered = QTest::qWaitFor([&] { return m_bus.interface()->isServiceRegistered(Service).value(); }, 15000);
    if (!registered)
        m_error = QStringLiteral("the NetworkManager template did not appear on the bus");
    return registered;
}

bool NetworkManagerMock::stopService()
{
    if (m_service.state() == QProcess::NotRunning)
        return true;
    m_service.kill();
    m_service.waitForFinished(5000);
    return QTest::qWaitFor([&] { return !m_bus.interface()->isServiceRegistered(Service).value(); }, 5000);
}

QDBusMessage NetworkManagerMock::mock(const QString &path, const QString &method, const QVariantList &arguments)
{
    QDBusMessage message = QDBusMessage::createMethodCall(Service, path, MockInterface, method);
    message.setArguments(arguments);
    const QDBusMessage reply = m_bus.call(message, QDBus::Block, 10000);
    if (reply.type() == QDBusMessage::ErrorMessage)
        qWarning("Mock.%s failed: %s", qPrintable(method), qPrintable(reply.errorMessage()));
    return reply;
}

QString NetworkManagerMock::addWifiDevice(const QString &name, const QString &interfaceName, int state)
{
    const QDBusMessage reply = mock(ManagerPath, QStringLiteral("AddWiFiDevice"), { name, interfaceName, state });
    return reply.arguments().value(0).toString();
}

QString NetworkManagerMock::addAccessPoint(const QString &device, const QString &name, const QString &ssid,
                                           uchar strength, uint security)
{
    const QDBusMessage reply =
        mock(ManagerPath, QStringLiteral("AddAccessPoint"),
             { device, name, ssid, QStringLiteral("00:11:22:33:44:55"), uint(2), uint(2437), uint(54000),
               QVariant::fromValue(strength), security });
    return reply.arguments().value(0).toString();
}

QString NetworkManagerMock::addWifiConnection(const QString &device, const QString &name, const QString &ssid)
{
    const QDBusMessage reply =
        mock(ManagerPath, QStringLiteral("AddWiFiConnection"), { device, name, ssid, QStringLiteral("wpa-psk") });
    return reply.arguments().value(0).toString();
}

QString NetworkManagerMock::loadScenario(const QByteArray &scenario)
{
    return mock(ManagerPath, QStringLiteral("LoadScenario"), { QString::fromUtf8(scenario) }).arguments().value(0).toString();
}

void NetworkManagerMock::hold(const QString &mode)
{
    mock(ManagerPath, QStringLiteral("Hold"), { mode });
}

void NetworkManagerMock::holdForSecrets(const QString &agent)
{
    mock(ManagerPath, QStringLiteral("HoldForSecrets"), { agent });
}

void NetworkManagerMock::removeAccessPoint(const QString &device, const QString &accessPoint)
{
    mock(ManagerPath, QStringLiteral("RemoveAccessPoint"), { device, accessPoint });
}

void NetworkManagerMock::removeDevice(const QString &device)
{
    emitSignal(ManagerPath, Service, QStringLiteral("DeviceRemoved"), QStringLiteral("o"),
               { QVariant::fromValue(QDBusObjectPath(device)) });
    mock(ManagerPath, QStringLiteral("RemoveObject"), { QVariant::fromValue(QDBusObjectPath(device)) });
}

void NetworkManagerMock::emitSignal(const QString &path, const QString &interface, const QString &name,
                                    const QString &signature, const QVariantList &arguments)
{
    // av: each argument travels as a variant of its own type.
    mock(path, QStringLiteral("EmitSignal"), { interface, name, signature, QVariant::fromValue(arguments) });
}

void NetworkManagerMock::addProperty(const QString &path, const QString &interface, const QString &name,
                                     const QVariant &value)
{
    mock(path, QStringLiteral("AddProperty"), { interface, name, QVariant::fromValue(QDBusVariant(value)) });
}

void NetworkManagerMock::setProperty(const QString &path, const QString &interface, const QString &name,
                                     const QVariant &value)
{
    mock(ManagerPath, QStringLiteral("SetProperty"), { path, interface, name, QVariant::fromValue(QDBusVariant(value)) });
}

void NetworkManagerMock::addMethod(const QString &path, const QString &interface, const QString &name,
                                   const QString &inSignature, const QString &outSignature, const QString &code)
{
    mock(path, QStringLiteral("AddMethod"), { interface, name, inSignature, outSignature, code });
}

int NetworkManagerMock::callCount(const QString &path, const QString &method, QVariantList *lastArguments)
{
    const QDBusMessage reply = mock(path, QStringLiteral("GetMethodCalls"), { method });
    if (reply.arguments().isEmpty())
        return -1;
    // a(tav): (timestamp, arguments)
    const QDBusArgument calls = reply.arguments().constFirst().value<QDBusArgument>();
    int count = 0;
    calls.beginArray();
    while (!calls.atEnd()) {
        quint64 timestamp;
        QVariantList arguments;
        calls.beginStructure();
        calls >> timestamp >> arguments;
        calls.endStructure();
        if (lastArguments)
            *lastArguments = arguments;
        ++count;
    }
    calls.endArray();
    return count;
}

void NetworkManagerMock::clearCalls(const QString &path)
{
    mock(path, QStringLiteral("ClearCalls"), {});
}

QString NetworkManagerMock::permissionDenied(const QString &what)
{
    return QStringLiteral("raise dbus.exceptions.DBusException('Not authorized to %1', "
                          "name='org.freedesktop.NetworkManager.PermissionDenied')")
        .arg(what);
}

void NetworkManagerMock::askAgent(const QString &agent, const QString &uuid, const QString &ssid,
                                  const QString &keyManagement, uint pskFlags, uint flags, const QString &setting)
{
    mock(ManagerPath, QStringLiteral("AskAgent"), { agent, uuid, ssid, keyManagement, pskFlags, setting, flags });
}

void NetworkManagerMock::cancelAgent(const QString &agent, const QString &uuid, const QString &setting)
{
    mock(ManagerPath, QStringLiteral("CancelAgent"), { agent, uuid, setting });
}

void NetworkManagerMock::saveToAgent(const QString &agent, const QString &uuid, const QString &ssid, uint pskFlags,
                                     const QString &psk)
{
    mock(ManagerPath, QStringLiteral("SaveToAgent"), { agent, uuid, ssid, pskFlags, psk });
}

void NetworkManagerMock::deleteFromAgent(const QString &agent, const QString &uuid)
{
    mock(ManagerPath, QStringLiteral("DeleteFromAgent"), { agent, uuid });
}

QList<QJsonObject> NetworkManagerMock::agentReplies()
{
    QList<QJsonObject> replies;
    const QStringList texts = mock(ManagerPath, QStringLiteral("AgentReplies"), {}).arguments().value(0).toStringList();
    for (const QString &text : texts)
        replies.append(QJsonDocument::fromJson(text.toUtf8()).object());
    return replies;
}
