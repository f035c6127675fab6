// The backend contract on NetworkManager, over the system D-Bus with QtDBus.
//
// Every call is asynchronous. Live updates come from D-Bus signals only
// (DeviceAdded/Removed, AccessPointAdded/Removed, PropertiesChanged,
// StateChanged, NewConnection/ConnectionRemoved, a connection's Updated,
// CheckPermissions); what a
// burst of them changes is applied as one update per event-loop turn. When
// NetworkManager leaves the bus the backend says so and rebuilds everything
// when it comes back (NetworkManager's D-Bus introspection, org.freedesktop.NetworkManager*.xml;
// docs/networkmanager.md).
#pragma once

#include "wirelessbackend.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QVariantMap>

#include <functional>

class QDBusServiceWatcher;
class QTimer;

namespace Aerial {

class NetworkManagerSecretAgent;
class SecretStore;

class NetworkManagerBackend : public WirelessBackend
{
    Q_OBJECT

public:
    // bus: the system bus, or a test's private one.
    explicit NetworkManagerBackend(const QDBusConnection &bus, QObject *parent = nullptr);
    ~NetworkManagerBackend() override;

    // True when NetworkManager owns its name on the bus.
    static bool isRunning(const QDBusConnection &bus);

    QString serviceName() const override { return QStringLiteral("NetworkManager"); }
    Platform platform() const override { return Platform::NetworkManager; }
    QList<WirelessInterface> interfaces() const override { return m_published; }
    QList<WirelessNetwork> networks(const QString &interfaceId) const override;

    void connectProfile(const QString &interfaceId, const QString &profile) override;
    void disconnectInterface(const QString &interfaceId) override;
    void scan(const QString &interfaceId) override;

    BackendCapabilities capabilities() const override;
    // AddAndActivateConnection2 (AddAndActivateConnection where the daemon
    // lacks it) of a connection for this account, or for all users where
    // GetPermissions allows settings.modify.system.
    void join(const JoinRequest &request) override;
    void forget(const QString &interfaceId, const QString &profile) override;
    void setAutoConnect(const QString &interfaceId, const QString &profile, bool autoConnect) override;
    // WirelessEnabled: one switch for every Wi-Fi device.
    void setRadio(const QString &interfaceId, bool on) override;
    // WirelessHardwareEnabled: false while rfkill holds the radio off.
    bool radioHardwareOn(const QString &interfaceId) const override;

    // Prompts of the secret agent, answered by the person.
    void answerSecret(quint64 requestId, const QString &secret) override;
    void cancelSecret(quint64 requestId) override;
    NetworkManagerSecretAgent *secretAgent() const { return m_agent; }

    // Model updates applied so far (one per event-loop turn with changes);
    // for tests and the benchmark.
    int updateCount() const { return m_updates; }

    // How long an accepted operation may take before Aerial stops waiting for
    // NetworkManager to confirm it (tests shorten them).
    struct Timeouts
    {
        int connectMs = 90000; // NetworkManager's own activation timeout is shorter
        int disconnectMs = 30000;
        int scanMs = 15000; // drivers finish a scan within seconds
    };
    void setTimeouts(const Timeouts &timeouts) { m_timeouts = timeouts; }

private Q_SLOTS:
    // QtDBus connects signals by signature, so these stay slots.
    void onPropertiesChanged(const QString &interface, const QVariantMap &changed, const QStringList &invalidated,
                             const QDBusMessage &message);
    void onDeviceAdded(const QDBusObjectPath &path);
    void onDeviceRemoved(const QDBusObjectPath &path);
    void onDeviceStateChanged(uint newState, uint oldState, uint reason, const QDBusMessage &message);
    void onAccessPointAdded(const QDBusObjectPath &path, const QDBusMessage &message);
    void onAccessPointRemoved(const QDBusObjectPath &path, const QDBusMessage &message);
    void onConnectionsChanged();
    void onConnectionUpdated(const QDBusMessage &message);
    void onCheckPermissions();
    void onInterfacesAdded(const QDBusMessage &message);
    void onInterfacesRemoved(const QDBusObjectPath &path, const QStringList &interfaces);

private:
    struct Device
    {
        QString interfaceName;
        uint state = 0;
        uint failure = 0; // the reason of the last failed state, until the next attempt
        bool askedForSecrets = false; // NEED_AUTH since the attempt began (PREPARE)
        QString activeConnection;
        QString activeAccessPoint;
        QStringList accessPoints;
        bool hasLastScan = false;
        qlonglong lastScan = 0;
        bool loaded = false;
    };
    struct AccessPoint
    {
        QString device; // the device that lists it
        QByteArray ssid;
        int strength = 0;
        uint flags = 0, wpaFlags = 0, rsnFlags = 0;
    };
    struct Active
    {
        QString id;
        QString connection; // the settings connection's path
        QString specificObject;
    };
    struct Profile
    {
        QString id; // connection.id, the name people see
        QString uuid;
        QByteArray ssid;
        QString keyManagement; // 802-11-wireless-security.key-mgmt; empty: no security
        bool allUsers = true;
        bool autoConnect = true; // connection.autoconnect
        quint64 timestamp = 0;   // connection.timestamp: when it was last active
    };
    using Token = PendingOperations::Token;

    void serviceAppeared();
    void serviceVanished();
    void call(const QDBusMessage &message, std::function<void(const QDBusMessage &)> done);
    void getAll(const QString &path, const QString &interface, std::function<void(const QVariantMap &)> done);
    void loadManager();
    void loadPermissions();
    void loadDevice(const QString &path);
    void loadAccessPoint(const QString &device, const QString &path);
    void loadActive(const QString &path);
    void loadProfile(const QString &path);
    void applyDevice(const QString &path, const QVariantMap &properties);
    void applyAccessPoint(const QString &path, const QVariantMap &properties);
    void setAccessPoints(const QString &device, const QStringList &paths);
    void markDirty(const QString &device);
    void markAllDirty();
    void flush();
    WirelessInterface interfaceFor(const QString &path, const Device &device) const;
    QList<WirelessNetwork> networksFor(const Device &device) const;
    void removeDevice(const QString &path);
    void checkPending(const QString &device);
    // The saved connection NetworkManager prefers for the network: the most
    // recently used one with its SSID and a compatible security.
    QString profileFor(const QByteArray &ssid, Security security) const;
    WirelessProfile toProfile(const QString &path) const;
    // The strongest access point of the SSID in the device's list; "/" when
    // none is in range.
    QString strongestAccessPoint(const Device &device, const QByteArray &ssid) const;

    // Starts a profile operation: registered, or finished at once when the
    // profile is unknown. Returns 0 then.
    Token beginProfileOperation(Operation operation, const QString &interfaceId, const QString &profile, bool on);
    // Update2 of a saved connection's settings, Update where the daemon lacks it.
    void updateSettings(Token token, const QString &path, const QMap<QString, QVariantMap> &settings);
    // The connection a join adds, as NetworkManager's settings (a{sa{sv}}).
    QMap<QString, QVariantMap> joinSettings(const JoinRequest &request) const;
    void addAndActivate(Token token, const QMap<QString, QVariantMap> &settings, const QString &device,
                        const QString &accessPoint, bool version2);
    // A join that failed takes its new connection, and its kept secret, away again.
    void deleteConnection(const QString &path);
    // The device activating the saved connection, for the agent's prompt.
    QString deviceForConnection(const QString &path) const;
    // Finishes SetRadio operations whose state WirelessEnabled now shows.
    void checkRadio();

    // Waits for the device to say how the operation ended.
    void await(Token token, int timeoutMs);
    void fail(Token token, const QDBusMessage &reply);
    // For calls whose reply is the whole answer: done, or refused.
    std::function<void(const QDBusMessage &)> finishOnReply(Token token);

    QDBusConnection m_bus;
    SecretStore *m_secrets;
    NetworkManagerSecretAgent *m_agent;
    // Connections whose password prompt the person cancelled: their failure is a cancel.
    QSet<QString> m_promptCancelled;
    Timeouts m_timeouts;
    QDBusServiceWatcher *m_watcher;
    quint64 m_generation = 0; // bumped when NetworkManager leaves: late replies are dropped
    bool m_wirelessEnabled = true;
    bool m_wirelessHardwareEnabled = true;
    QMap<QString, QString> m_permissions; // GetPermissions: polkit action → yes, no or auth
    QHash<QString, Device> m_devices; // Wi-Fi devices only
    QStringList m_deviceOrder;        // as NetworkManager lists them
    QSet<QString> m_otherDevices;     // wired and the rest, ignored
    QHash<QString, AccessPoint> m_accessPoints;
    // Access points InterfacesAdded described, until a device lists them.
    QHash<QString, QVariantMap> m_announcedAccessPoints;
    QHash<QString, Active> m_actives;
    QHash<QString, Profile> m_profiles;
    QSet<QString> m_dirty;
    bool m_flushQueued = false;
    int m_updates = 0;
    QList<WirelessInterface> m_published;
    QHash<QString, QList<WirelessNetwork>> m_publishedNetworks;
    QHash<QString, QElapsedTimer> m_lastScanRequest;
    QHash<Token, qlonglong> m_scanBaselines; // Scan: finished when LastScan moves past this
    QSet<Token> m_connectProgress;           // Connect: the device left disconnected on the way
    QSet<Token> m_radioAccepted;             // SetRadio: NetworkManager took the new value
};

} // namespace Aerial
