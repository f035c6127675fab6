// NetworkManager's state as Aerial mirrors it: the Wi-Fi devices, their
// access points, the active and saved connections and the polkit
// permissions, read over D-Bus and then kept current from its signals alone
// (DeviceAdded/Removed, AccessPointAdded/Removed, PropertiesChanged,
// StateChanged, NewConnection/ConnectionRemoved, a connection's Updated,
// CheckPermissions, the ObjectManager's InterfacesAdded). What a burst of
// signals changes is published as the contract's interfaces and networks:
// a device's state on the next event-loop turn, access points within 100 ms.
// When NetworkManager leaves the bus
// everything is dropped, and read again when it comes back (NetworkManager's
// D-Bus introspection, org.freedesktop.NetworkManager*.xml;
// docs/networkmanager.md).
//
// It runs no operations: NetworkManagerBackend runs them and reads this.
#pragma once

#include "wirelesstypes.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QHash>
#include <QSet>
#include <QTimer>
#include <QVariantMap>

#include <functional>
#include <optional>

class QDBusServiceWatcher;

namespace Aerial {

class NetworkManagerState : public QObject
{
    Q_OBJECT

public:
    struct Device
    {
        QString interfaceName;
        uint state = 0;
        uint failure = 0;             // the reason of the last failed state, until the next attempt
        bool failed = false;          // FAILED since the attempt began, whatever the reason
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

    // bus: the system bus, or a test's private one.
    explicit NetworkManagerState(const QDBusConnection &bus, QObject *parent = nullptr);

    // True when NetworkManager owns its name on the bus.
    static bool isRunning(const QDBusConnection &bus);
    // Reads everything if NetworkManager is there; connect to the signals first.
    void start();

    // Calls NetworkManager; an answer from a daemon that has left since is dropped.
    void call(const QDBusMessage &message, std::function<void(const QDBusMessage &)> done);

    const QList<WirelessInterface> &interfaces() const { return m_published; }
    QList<WirelessNetwork> networks(const QString &device) const { return m_publishedNetworks.value(device); }
    const QStringList &deviceOrder() const { return m_deviceOrder; }
    // Null when NetworkManager has no such Wi-Fi device.
    const Device *device(const QString &path) const;
    Active active(const QString &path) const { return m_actives.value(path); }
    // Null when there is no such saved Wi-Fi connection (or it is still being read).
    const Profile *profile(const QString &path) const;
    // GetPermissions' answer for a polkit action: yes, no, auth, or empty when unknown.
    QString permission(const QString &action) const { return m_permissions.value(action); }
    bool wirelessEnabled() const { return m_wirelessEnabled; }
    bool wirelessHardwareEnabled() const { return m_wirelessHardwareEnabled; }
    // Updates published so far (markDirty, markChurn).
    int updateCount() const { return m_updates; }

    // The strongest access point of the SSID in the device's list; "/" when
    // none is in range.
    QString strongestAccessPoint(const QString &device, const QByteArray &ssid) const;
    // Whether an access point of the SSID in the device's list takes a
    // pre-shared key (WPA2, or WPA2/WPA3 mixed).
    bool offersPsk(const QString &device, const QByteArray &ssid) const;

    // What NetworkManager's properties and settings say, read from the
    // values QtDBus demarshals (basic types as themselves, arrays and
    // structures as QDBusArgument). A field of a type other than the one
    // NetworkManager's introspection gives reads as empty or zero
    // (tests/fuzz/fuzz_networkmanager.cpp). readDevice is true when a
    // property Aerial shows changed; readProfile is empty for a connection
    // that is not Wi-Fi.
    static bool readDevice(Device &device, const QVariantMap &properties);
    static void readAccessPoint(AccessPoint &accessPoint, const QVariantMap &properties);
    static void readActive(Active &active, const QVariantMap &properties);
    static std::optional<Profile> readProfile(const QMap<QString, QVariantMap> &settings);

    // Reads a saved connection now: a join's, before NewConnection arrives.
    void loadProfile(const QString &path);
    // Publishes every device again on the next turn.
    void markAllDirty();

Q_SIGNALS:
    void interfaceAdded(const Aerial::WirelessInterface &iface);
    void interfaceRemoved(const QString &interfaceId);
    void interfaceChanged(const Aerial::WirelessInterface &iface);
    void networksChanged(const QString &interfaceId, const QList<Aerial::WirelessNetwork> &networks);
    void serviceAppeared();
    // NetworkManager left the bus: first serviceVanishing, while everything
    // is still known, then the interfaces go, then serviceVanished.
    void serviceVanishing();
    void serviceVanished();
    void permissionsRead(bool mayControl, bool mayScan);
    // A device is about to go, with what is known of it.
    void deviceRemoving(const QString &path);
    // A device's state was published; published() follows each update.
    void devicePublished(const QString &path);
    void published();

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

private:
    void appeared();
    void vanished();
    void getAll(const QString &path, const QString &interface, std::function<void(const QVariantMap &)> done);
    void loadManager();
    void loadPermissions();
    void loadDevice(const QString &path);
    void loadAccessPoint(const QString &device, const QString &path);
    void loadActive(const QString &path);
    void applyDevice(const QString &path, const QVariantMap &properties);
    void applyAccessPoint(const QString &path, const QVariantMap &properties);
    void setAccessPoints(const QString &device, const QStringList &paths);
    // A device's state changed: published on the next event-loop turn.
    void markDirty(const QString &device);
    // Its access points changed: published within 100 ms, so that a
    // burst of them (a crowded station, a scan) is one update.
    void markChurn(const QString &device);
    void flush();
    WirelessInterface interfaceFor(const QString &path, const Device &device) const;
    QList<WirelessNetwork> networksFor(const Device &device) const;
    // The saved connection NetworkManager prefers for a network, among those
    // with its SSID: the most recently used one with a compatible security.
    QString profileFor(const QStringList &sameSsid, Security security) const;
    WirelessProfile toProfile(const QString &path) const;
    void removeDevice(const QString &path);

    QDBusConnection m_bus;
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
    QTimer m_churnTimer;
    int m_updates = 0;
    QList<WirelessInterface> m_published;
    QHash<QString, QList<WirelessNetwork>> m_publishedNetworks;
};

} // namespace Aerial
