// A private D-Bus daemon with python-dbusmock's NetworkManager template on
// it (with the AgentManager added, networkmanager_template.py): a real bus and a real service process, which the integration tests
// drive through the template's org.freedesktop.DBus.Mock interface.
#pragma once

#include <QDBusConnection>
#include <QDBusMessage>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QVariantList>

class NetworkManagerMock
{
public:
    NetworkManagerMock();
    ~NetworkManagerMock();

    // Starts dbus-daemon and points DBUS_SYSTEM_BUS_ADDRESS at it.
    bool startBus();
    // Starts the template and waits until it owns its name.
    bool startService();
    // Kills it (as a crash would) and waits until the name is gone.
    bool stopService();

    QDBusConnection bus() const { return m_bus; }
    QString address() const { return m_address; }
    QString lastError() const { return m_error; }

    // The template's Mock methods (python-dbusmock, dbusmock/templates/networkmanager.py).
    QString addWifiDevice(const QString &name, const QString &interfaceName, int state);
    QString addAccessPoint(const QString &device, const QString &name, const QString &ssid, uchar strength,
                           uint security);
    QString addWifiConnection(const QString &device, const QString &name, const QString &ssid);
    void removeAccessPoint(const QString &device, const QString &accessPoint);
    // DeviceRemoved, as when an adapter is unplugged.
    void removeDevice(const QString &device);
    void emitSignal(const QString &path, const QString &interface, const QString &name, const QString &signature,
                    const QVariantList &arguments);
    void addProperty(const QString &path, const QString &interface, const QString &name, const QVariant &value);
    void setProperty(const QString &path, const QString &interface, const QString &name, const QVariant &value);
    // Adds or replaces a method on an object; code is Python run by dbusmock.
    void addMethod(const QString &path, const QString &interface, const QString &name, const QString &inSignature,
                   const QString &outSignature, const QString &code);
    // How many times the method was called on the object, and the arguments
    // of the last call.
    int callCount(const QString &path, const QString &method, QVariantList *lastArguments = nullptr);
    void clearCalls(const QString &path);

    // Plays a simulation scenario's first interface with NetworkManager's
    // rules (networkmanager_template.py, LoadScenario); returns the device.
    QString loadScenario(const QByteArray &scenario);
    // Keeps the next operations in flight: "sleep" (3 s each), "pending" (a
    // join stays at prepare); "refuse" refuses the next one with
    // PermissionDenied; "" for none.
    void hold(const QString &mode);
    // The next connect of a saved connection asks the agent at this bus name
    // for its password first, and fails with NO_SECRETS without one.
    void holdForSecrets(const QString &agent);

    // NetworkManager's side of the secret agent (networkmanager_template.py):
    // calls to the agent at the bus name agent, for the connection with this
    // uuid, whose replies agentReplies() collects.
    void askAgent(const QString &agent, const QString &uuid, const QString &ssid, const QString &keyManagement,
                  uint pskFlags, uint flags, const QString &setting = QStringLiteral("802-11-wireless-security"));
    void cancelAgent(const QString &agent, const QString &uuid,
                     const QString &setting = QStringLiteral("802-11-wireless-security"));
    void saveToAgent(const QString &agent, const QString &uuid, const QString &ssid, uint pskFlags, const QString &psk);
    void deleteFromAgent(const QString &agent, const QString &uuid);
    QList<QJsonObject> agentReplies();

    // Python that refuses with NetworkManager's polkit error.
    static QString permissionDenied(const QString &what);

private:
    QDBusMessage mock(const QString &path, const QString &method, const QVariantList &arguments);

    QProcess m_daemon;
    QProcess m_service;
    QString m_address;
    QDBusConnection m_bus;
    QString m_error;
};
