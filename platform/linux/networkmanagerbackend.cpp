#include "networkmanagerbackend.h"

#include "networkmanagersecretagent.h"
#include "networkmanagertypes.h"
#include "secretstore.h"

#include <QDBusArgument>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusServiceWatcher>
#include <QTimer>
#include <QUuid>

#include <algorithm>

#include <pwd.h>
#include <unistd.h>

namespace Aerial {

using namespace Aerial::NetworkManager;

namespace {

using SettingsMap = QMap<QString, QVariantMap>; // a{sa{sv}}

constexpr int ScanThrottleMs = 10000;      // NetworkManager keeps its list fresh by itself meanwhile

QString noPath()
{
    return QStringLiteral("/");
}

QString pathOf(const QVariant &value)
{
    return value.value<QDBusObjectPath>().path();
}

QStringList pathsOf(const QVariant &value)
{
    QList<QDBusObjectPath> paths;
    if (value.canConvert<QDBusArgument>())
        paths = qdbus_cast<QList<QDBusObjectPath>>(value.value<QDBusArgument>());
    else
        paths = value.value<QList<QDBusObjectPath>>();
    QStringList result;
    for (const QDBusObjectPath &path : paths)
        result.append(path.path());
    return result;
}

// A (uu) structure, such as a device's StateReason.
std::pair<uint, uint> pairOf(const QVariant &value)
{
    uint first = 0, second = 0;
    if (value.canConvert<QDBusArgument>()) {
        const QDBusArgument argument = value.value<QDBusArgument>();
        argument.beginStructure();
        argument >> first >> second;
        argument.endStructure();
    }
    return { first, second };
}

QString notRunningReason()
{
    return NetworkManagerBackend::tr("NetworkManager is not running, so Aerial cannot see or change the Wi-Fi. Aerial picks it up again "
              "by itself when it starts; an administrator can start it with “systemctl start NetworkManager”.");
}

} // namespace

NetworkManagerBackend::NetworkManagerBackend(const QDBusConnection &bus, QObject *parent)
    : WirelessBackend(parent),
      m_bus(bus),
      m_secrets(new SecretStore(this)),
      m_agent(new NetworkManagerSecretAgent(bus, m_secrets, this)),
      m_watcher(new QDBusServiceWatcher(Service, bus,
                                        QDBusServiceWatcher::WatchForRegistration
                                            | QDBusServiceWatcher::WatchForUnregistration,
                                        this))
{
    qDBusRegisterMetaType<SettingsMap>();
    qDBusRegisterMetaType<QMap<QString, QString>>();

    // Whether a join can keep the password (capabilities().savesSecrets)
    // moves with the keyring and the agent's registration.
    connect(m_secrets, &SecretStore::availabilityChanged, this, &WirelessBackend::permissionsChanged);
    connect(m_agent, &NetworkManagerSecretAgent::registeredChanged, this, &WirelessBackend::permissionsChanged);
    connect(m_agent, &NetworkManagerSecretAgent::secretRequested, this, &WirelessBackend::secretRequested);
    connect(m_agent, &NetworkManagerSecretAgent::secretRequestWithdrawn, this, &WirelessBackend::secretRequestWithdrawn);
    connect(m_agent, &NetworkManagerSecretAgent::promptCancelled, this,
            [this](const QString &path) { m_promptCancelled.insert(path); });
    m_agent->setDeviceResolver([this](const QString &path) { return deviceForConnection(path); });

    // Signals of every object of NetworkManager's: the path is left empty and
    // read from the message. QtDBus follows the name to its new owner when
    // NetworkManager restarts.
    m_bus.connect(Service, ManagerPath, ManagerInterface, QStringLiteral("DeviceAdded"), this,
                  SLOT(onDeviceAdded(QDBusObjectPath)));
    m_bus.connect(Service, ManagerPath, ManagerInterface, QStringLiteral("DeviceRemoved"), this,
                  SLOT(onDeviceRemoved(QDBusObjectPath)));
    m_bus.connect(Service, ManagerPath, ManagerInterface, QStringLiteral("CheckPermissions"), this,
                  SLOT(onCheckPermissions()));
    m_bus.connect(Service, QString(), DeviceInterface, QStringLiteral("StateChanged"), this,
                  SLOT(onDeviceStateChanged(uint, uint, uint, QDBusMessage)));
    m_bus.connect(Service, QString(), WirelessDeviceInterface, QStringLiteral("AccessPointAdded"), this,
                  SLOT(onAccessPointAdded(QDBusObjectPath, QDBusMessage)));
    m_bus.connect(Service, QString(), WirelessDeviceInterface, QStringLiteral("AccessPointRemoved"), this,
                  SLOT(onAccessPointRemoved(QDBusObjectPath, QDBusMessage)));
    m_bus.connect(Service, SettingsPath, SettingsInterface, QStringLiteral("NewConnection"), this,
                  SLOT(onConnectionsChanged()));
    m_bus.connect(Service, SettingsPath, SettingsInterface, QStringLiteral("ConnectionRemoved"), this,
                  SLOT(onConnectionsChanged()));
    m_bus.connect(Service, QString(), ConnectionInterface, QStringLiteral("Updated"), this,
                  SLOT(onConnectionUpdated(QDBusMessage)));
    m_bus.connect(Service, QString(), PropertiesInterface, QStringLiteral("PropertiesChanged"), this,
                  SLOT(onPropertiesChanged(QString, QVariantMap, QStringList, QDBusMessage)));
    // NetworkManager's ObjectManager (at /org/freedesktop): InterfacesAdded
    // carries a new access point's properties, which saves a GetAll per
    // access point. Daemons and doubles without it are read object by object.
    m_bus.connect(Service, QString(), QStringLiteral("org.freedesktop.DBus.ObjectManager"),
                  QStringLiteral("InterfacesAdded"), this, SLOT(onInterfacesAdded(QDBusMessage)));
    m_bus.connect(Service, QString(), QStringLiteral("org.freedesktop.DBus.ObjectManager"),
                  QStringLiteral("InterfacesRemoved"), this, SLOT(onInterfacesRemoved(QDBusObjectPath, QStringList)));

    connect(m_watcher, &QDBusServiceWatcher::serviceRegistered, this, &NetworkManagerBackend::serviceAppeared);
    connect(m_watcher, &QDBusServiceWatcher::serviceUnregistered, this, &NetworkManagerBackend::serviceVanished);

    if (isRunning(m_bus))
        serviceAppeared();
    else
        setServiceAvailable(false, notRunningReason());
}

NetworkManagerBackend::~NetworkManagerBackend() = default;

bool NetworkManagerBackend::isRunning(const QDBusConnection &bus)
{
    return bus.isConnected() && bus.interface() && bus.interface()->isServiceRegistered(Service).value();
}

QList<WirelessNetwork> NetworkManagerBackend::networks(const QString &interfaceId) const
{
    return m_publishedNetworks.value(interfaceId);
}

// ---- the service coming and going ----

void NetworkManagerBackend::serviceAppeared()
{
    setServiceAvailable(true, {});
    loadManager();
    loadPermissions();
    onConnectionsChanged();
}

void NetworkManagerBackend::serviceVanished()
{
    m_announcedAccessPoints.clear();
    m_promptCancelled.clear();
    ++m_generation;
    operations().failAll(ErrorKind::ServiceUnavailable, 0, tr("NetworkManager stopped."));
    const QList<WirelessInterface> gone = m_published;
    m_published.clear();
    m_publishedNetworks.clear();
    m_devices.clear();
    m_deviceOrder.clear();
    m_otherDevices.clear();
    m_accessPoints.clear();
    m_actives.clear();
    m_profiles.clear();
    m_dirty.clear();
    m_lastScanRequest.clear();
    for (const WirelessInterface &iface : gone)
        Q_EMIT interfaceRemoved(iface.id);
    setPermissions(true, true);
    setServiceAvailable(false, notRunningReason());
}

// ---- reading ----

void NetworkManagerBackend::call(const QDBusMessage &message, std::function<void(const QDBusMessage &)> done)
{
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(message), this);
    const quint64 generation = m_generation;
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, done = std::move(done), generation] {
        watcher->deleteLater();
        if (generation == m_generation)
            done(watcher->reply());
    });
}

void NetworkManagerBackend::getAll(const QString &path, const QString &interface,
                                   std::function<void(const QVariantMap &)> done)
{
    QDBusMessage message = QDBusMessage::createMethodCall(Service, path, PropertiesInterface, QStringLiteral("GetAll"));
    message << interface;
    call(message, [done = std::move(done)](const QDBusMessage &reply) {
        // An object that vanished meanwhile answers with an error: its
        // removal signal says the rest.
        if (reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty())
            done(qdbus_cast<QVariantMap>(reply.arguments().constFirst()));
    });
}

void NetworkManagerBackend::loadManager()
{
    getAll(ManagerPath, ManagerInterface, [this](const QVariantMap &properties) {
        m_wirelessEnabled = properties.value(QStringLiteral("WirelessEnabled"), true).toBool();
        m_wirelessHardwareEnabled = properties.value(QStringLiteral("WirelessHardwareEnabled"), true).toBool();
        for (const QString &path : pathsOf(properties.value(QStringLiteral("ActiveConnections"))))
            loadActive(path);
        for (const QString &path : pathsOf(properties.value(QStringLiteral("Devices"))))
            loadDevice(path);
    });
}

void NetworkManagerBackend::loadPermissions()
{
    call(QDBusMessage::createMethodCall(Service, ManagerPath, ManagerInterface, QStringLiteral("GetPermissions")),
         [this](const QDBusMessage &reply) {
             if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
                 return; // unknown: the buttons stay, and a refusal is explained when it comes
             const auto permissions = qdbus_cast<QMap<QString, QString>>(reply.arguments().constFirst());
             m_permissions = permissions;
             markAllDirty(); // the profiles' rights follow
             // "auth" means polkit will ask: allowed, as nm-applet treats it.
             setPermissions(permissions.value(NetworkControl) != QLatin1String("no"),
                            permissions.value(WifiScan) != QLatin1String("no"));
         });
}

void NetworkManagerBackend::onCheckPermissions()
{
    loadPermissions();
}

void NetworkManagerBackend::loadDevice(const QString &path)
{
    if (m_devices.contains(path) || m_otherDevices.contains(path))
        return;
    getAll(path, DeviceInterface, [this, path](const QVariantMap &properties) {
        if (properties.value(QStringLiteral("DeviceType")).toUInt() != DeviceTypeWifi) {
            m_otherDevices.insert(path);
            return;
        }
        if (m_devices.contains(path))
            return;
        Device &device = m_devices[path];
        device.interfaceName = properties.value(QStringLiteral("Interface")).toString();
        if (!m_deviceOrder.contains(path))
            m_deviceOrder.append(path);
        applyDevice(path, properties);
        getAll(path, WirelessDeviceInterface, [this, path](const QVariantMap &wireless) {
            if (!m_devices.contains(path))
                return;
            m_devices[path].loaded = true;
            applyDevice(path, wireless);
        });
    });
}

void NetworkManagerBackend::applyDevice(const QString &path, const QVariantMap &properties)
{
    Device &device = m_devices[path];
    const auto state = properties.constFind(QStringLiteral("State"));
    if (state != properties.constEnd()) {
        device.state = state->toUInt();
        if (device.state >= Prepare && device.state <= Activated)
            device.failure = 0; // a new attempt
    }
    const auto reason = properties.constFind(QStringLiteral("StateReason"));
    if (reason != properties.constEnd() && device.state == Failed)
        device.failure = pairOf(*reason).second;
    const auto active = properties.constFind(QStringLiteral("ActiveConnection"));
    if (active != properties.constEnd()) {
        device.activeConnection = pathOf(*active);
        loadActive(device.activeConnection);
    }
    const auto activeAccessPoint = properties.constFind(QStringLiteral("ActiveAccessPoint"));
    if (activeAccessPoint != properties.constEnd())
        device.activeAccessPoint = pathOf(*activeAccessPoint);
    const auto lastScan = properties.constFind(QStringLiteral("LastScan"));
    if (lastScan != properties.constEnd()) {
        device.hasLastScan = true;
        device.lastScan = lastScan->toLongLong();
    }
    const auto accessPoints = properties.constFind(QStringLiteral("AccessPoints"));
    if (accessPoints != properties.constEnd())
        setAccessPoints(path, pathsOf(*accessPoints));
    markDirty(path);
}

void NetworkManagerBackend::setAccessPoints(const QString &device, const QStringList &paths)
{
    Device &entry = m_devices[device];
    // A set: the list comes whole with every change, 200 paths and more in a
    // busy place (tests/bench/storm.sh).
    const QSet<QString> listed(paths.cbegin(), paths.cend());
    for (const QString &old : std::as_const(entry.accessPoints)) {
        if (!listed.contains(old))
            m_accessPoints.remove(old);
    }
    entry.accessPoints = paths;
    for (const QString &path : paths)
        loadAccessPoint(device, path);
}

void NetworkManagerBackend::loadAccessPoint(const QString &device, const QString &path)
{
    if (m_accessPoints.contains(path))
        return;
    const auto announced = m_announcedAccessPoints.constFind(path);
    if (announced != m_announcedAccessPoints.constEnd()) {
        AccessPoint known;
        known.device = device;
        m_accessPoints.insert(path, known);
        applyAccessPoint(path, *announced);
        m_announcedAccessPoints.erase(announced);
        markDirty(device);
        return;
    }
    AccessPoint reading; // being read; shown once read
    reading.device = device;
    m_accessPoints.insert(path, reading);
    getAll(path, AccessPointInterface, [this, device, path](const QVariantMap &properties) {
        if (!m_accessPoints.contains(path))
            return; // removed while it was read
        applyAccessPoint(path, properties);
        markDirty(device);
    });
}

void NetworkManagerBackend::applyAccessPoint(const QString &path, const QVariantMap &properties)
{
    AccessPoint &ap = m_accessPoints[path];
    for (auto it = properties.constBegin(); it != properties.constEnd(); ++it) {
        if (it.key() == QLatin1String("Ssid"))
            ap.ssid = it->toByteArray().left(32);
        else if (it.key() == QLatin1String("Strength"))
            ap.strength = std::min(int(it->toUInt()), 100);
        else if (it.key() == QLatin1String("Flags"))
            ap.flags = it->toUInt();
        else if (it.key() == QLatin1String("WpaFlags"))
            ap.wpaFlags = it->toUInt();
        else if (it.key() == QLatin1String("RsnFlags"))
            ap.rsnFlags = it->toUInt();
    }
}

void NetworkManagerBackend::loadActive(const QString &path)
{
    if (path.isEmpty() || path == noPath() || m_actives.contains(path))
        return;
    m_actives.insert(path, Active{});
    getAll(path, ActiveInterface, [this, path](const QVariantMap &properties) {
        if (!m_actives.contains(path))
            return;
        m_actives[path] = Active{ properties.value(QStringLiteral("Id")).toString(),
                                  pathOf(properties.value(QStringLiteral("Connection"))),
                                  pathOf(properties.value(QStringLiteral("SpecificObject"))) };
        markAllDirty();
    });
}

void NetworkManagerBackend::onConnectionsChanged()
{
    // NewConnection's argument is not to be trusted (python-dbusmock sends
    // the wrong path); the list is.
    call(QDBusMessage::createMethodCall(Service, SettingsPath, SettingsInterface, QStringLiteral("ListConnections")),
         [this](const QDBusMessage &reply) {
             if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
                 return;
             const QStringList listed = pathsOf(reply.arguments().constFirst());
             bool removed = false;
             for (auto it = m_profiles.begin(); it != m_profiles.end();) {
                 if (listed.contains(it.key())) {
                     ++it;
                 } else {
                     it = m_profiles.erase(it);
                     removed = true;
                 }
             }
             for (const QString &path : listed)
                 loadProfile(path);
             if (removed)
                 markAllDirty();
         });
}

// A saved connection edited in place (renamed, its SSID changed): read again.
void NetworkManagerBackend::onConnectionUpdated(const QDBusMessage &message)
{
    if (m_profiles.remove(message.path()) > 0)
        loadProfile(message.path());
}

void NetworkManagerBackend::loadProfile(const QString &path)
{
    if (m_profiles.contains(path))
        return;
    m_profiles.insert(path, Profile{}); // being read
    call(QDBusMessage::createMethodCall(Service, path, ConnectionInterface, QStringLiteral("GetSettings")),
         [this, path](const QDBusMessage &reply) {
             if (!m_profiles.contains(path))
                 return;
             if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty()) {
                 m_profiles.remove(path);
                 return;
             }
             const auto settings = qdbus_cast<SettingsMap>(reply.arguments().constFirst());
             const QVariantMap connection = settings.value(QStringLiteral("connection"));
             if (connection.value(QStringLiteral("type")).toString() != QLatin1String("802-11-wireless")) {
                 m_profiles[path] = Profile{}; // not Wi-Fi: kept so that it is not read again
                 return;
             }
             Profile &profile = m_profiles[path];
             profile.id = connection.value(QStringLiteral("id")).toString();
             profile.uuid = connection.value(QStringLiteral("uuid")).toString();
             profile.ssid = settings.value(QStringLiteral("802-11-wireless")).value(QStringLiteral("ssid")).toByteArray();
             // No user list in connection.permissions: a system connection, for every user.
             profile.allUsers = connection.value(QStringLiteral("permissions")).toStringList().isEmpty();
             profile.timestamp = connection.value(QStringLiteral("timestamp")).toULongLong();
             profile.autoConnect = connection.value(QStringLiteral("autoconnect"), true).toBool();
             const auto security = settings.constFind(QStringLiteral("802-11-wireless-security"));
             if (security != settings.constEnd())
                 profile.keyManagement = security->value(QStringLiteral("key-mgmt"), QStringLiteral("unknown")).toString();
             markAllDirty();
         });
}

// ---- signals ----

void NetworkManagerBackend::onPropertiesChanged(const QString &interface, const QVariantMap &changed,
                                                const QStringList &invalidated, const QDBusMessage &message)
{
    Q_UNUSED(invalidated)
    const QString path = message.path();
    if (interface == ManagerInterface && path == ManagerPath) {
        const auto hardware = changed.constFind(QStringLiteral("WirelessHardwareEnabled"));
        if (hardware != changed.constEnd()) {
            m_wirelessHardwareEnabled = hardware->toBool();
            markAllDirty();
        }
        const auto wireless = changed.constFind(QStringLiteral("WirelessEnabled"));
        if (wireless != changed.constEnd()) {
            m_wirelessEnabled = wireless->toBool();
            markAllDirty(); // the radio operations finish once it is published (flush)
        }
        const auto actives = changed.constFind(QStringLiteral("ActiveConnections"));
        if (actives != changed.constEnd()) {
            const QStringList listed = pathsOf(*actives);
            // Ended ones leave the list; the table follows it both ways.
            for (auto it = m_actives.begin(); it != m_actives.end();)
                it = listed.contains(it.key()) ? std::next(it) : m_actives.erase(it);
            for (const QString &active : listed)
                loadActive(active);
        }
    } else if ((interface == DeviceInterface || interface == WirelessDeviceInterface) && m_devices.contains(path)) {
        applyDevice(path, changed);
    } else if (interface == AccessPointInterface && m_accessPoints.contains(path)) {
        applyAccessPoint(path, changed);
        markDirty(m_accessPoints.value(path).device);
    } else if (interface == AccessPointInterface && m_announcedAccessPoints.contains(path)) {
        // Not listed by a loaded device yet: what it will be read from stays current.
        QVariantMap &announced = m_announcedAccessPoints[path];
        for (auto it = changed.constBegin(); it != changed.constEnd(); ++it)
            announced.insert(it.key(), it.value());
    } else if (interface == ActiveInterface && m_actives.contains(path)) {
        Active &active = m_actives[path];
        if (changed.contains(QStringLiteral("Id")))
            active.id = changed.value(QStringLiteral("Id")).toString();
        if (changed.contains(QStringLiteral("Connection")))
            active.connection = pathOf(changed.value(QStringLiteral("Connection")));
        if (changed.contains(QStringLiteral("SpecificObject")))
            active.specificObject = pathOf(changed.value(QStringLiteral("SpecificObject")));
        markAllDirty();
    }
}

void NetworkManagerBackend::onInterfacesAdded(const QDBusMessage &message)
{
    const QList<QVariant> arguments = message.arguments();
    if (arguments.size() < 2)
        return;
    const QString path = arguments.at(0).value<QDBusObjectPath>().path();
    const auto interfaces = qdbus_cast<SettingsMap>(arguments.at(1));
    const auto accessPoint = interfaces.constFind(AccessPointInterface);
    if (accessPoint == interfaces.constEnd())
        return;
    // Kept until a device lists it (AccessPointAdded comes after).
    m_announcedAccessPoints.insert(path, *accessPoint);
}

void NetworkManagerBackend::onInterfacesRemoved(const QDBusObjectPath &path, const QStringList &)
{
    m_announcedAccessPoints.remove(path.path());
}

void NetworkManagerBackend::onDeviceAdded(const QDBusObjectPath &path)
{
    loadDevice(path.path());
}

void NetworkManagerBackend::onDeviceRemoved(const QDBusObjectPath &path)
{
    m_otherDevices.remove(path.path());
    removeDevice(path.path());
}

void NetworkManagerBackend::onDeviceStateChanged(uint newState, uint oldState, uint reason,
                                                 const QDBusMessage &message)
{
    Q_UNUSED(oldState)
    const QString path = message.path();
    if (!m_devices.contains(path))
        return;
    Device &device = m_devices[path];
    device.state = newState;
    if (newState == Failed)
        device.failure = reason;
    else if (newState >= Prepare && newState <= Activated)
        device.failure = 0;
    // Seen here, not in the published state: a burst of states is applied
    // once, and NEED_AUTH may be gone by then.
    if (newState == Prepare)
        device.askedForSecrets = false;
    else if (newState == NeedAuth)
        device.askedForSecrets = true;
    markDirty(path);
}

void NetworkManagerBackend::onAccessPointAdded(const QDBusObjectPath &path, const QDBusMessage &message)
{
    const QString device = message.path();
    if (!m_devices.contains(device))
        return;
    QStringList &accessPoints = m_devices[device].accessPoints;
    if (!accessPoints.contains(path.path()))
        accessPoints.append(path.path());
    loadAccessPoint(device, path.path());
}

void NetworkManagerBackend::onAccessPointRemoved(const QDBusObjectPath &path, const QDBusMessage &message)
{
    const QString device = message.path();
    if (!m_devices.contains(device))
        return;
    m_devices[device].accessPoints.removeAll(path.path());
    m_accessPoints.remove(path.path());
    markDirty(device);
}

// ---- publishing, one update per event-loop turn ----

void NetworkManagerBackend::markDirty(const QString &device)
{
    m_dirty.insert(device);
    if (m_flushQueued)
        return;
    m_flushQueued = true;
    // Queued behind the D-Bus messages already waiting: a burst is applied
    // together.
    QMetaObject::invokeMethod(this, &NetworkManagerBackend::flush, Qt::QueuedConnection);
}

void NetworkManagerBackend::markAllDirty()
{
    for (const QString &path : std::as_const(m_deviceOrder))
        markDirty(path);
}

void NetworkManagerBackend::flush()
{
    m_flushQueued = false;
    if (m_dirty.isEmpty())
        return;
    ++m_updates;
    const QSet<QString> dirty = std::exchange(m_dirty, {});
    for (const QString &path : std::as_const(m_deviceOrder)) {
        if (!dirty.contains(path) || !m_devices.contains(path) || !m_devices[path].loaded)
            continue;
        const Device &device = m_devices[path];
        const WirelessInterface iface = interfaceFor(path, device);
        const QList<WirelessNetwork> networks = networksFor(device);
        const int index = indexOfInterface(m_published, path);
        if (index < 0) {
            m_published.append(iface);
            Q_EMIT interfaceAdded(iface);
        } else if (m_published[index] != iface) {
            m_published[index] = iface;
            Q_EMIT interfaceChanged(iface);
        }
        const auto published = m_publishedNetworks.constFind(path);
        if (published == m_publishedNetworks.constEnd() || *published != networks) {
            m_publishedNetworks.insert(path, networks);
            Q_EMIT networksChanged(path, networks);
        }
        checkPending(path);
    }
    checkRadio();
}

WirelessInterface NetworkManagerBackend::interfaceFor(const QString &path, const Device &device) const
{
    WirelessInterface iface;
    iface.id = path;
    iface.description = device.interfaceName.isEmpty() ? path : device.interfaceName;
    iface.state = interfaceState(device.state);
    iface.gettingAddress = gettingAddress(device.state);
    iface.radioOn = m_wirelessEnabled;
    if (isLinked(iface.state)) {
        const Active active = m_actives.value(device.activeConnection);
        iface.profile = active.connection;
        iface.profileName = active.id;
        // python-dbusmock has no ActiveAccessPoint; the active connection's
        // specific object is the same access point.
        const QString accessPoint = device.activeAccessPoint.isEmpty() || device.activeAccessPoint == noPath()
                                        ? active.specificObject
                                        : device.activeAccessPoint;
        const auto ap = m_accessPoints.constFind(accessPoint);
        if (ap != m_accessPoints.constEnd()) {
            iface.ssid = ap->ssid;
            if (iface.state == InterfaceState::Connected)
                iface.signal = ap->strength;
        } else {
            // The daemon names no access point (between roams, or a double
            // that never does): the SSID is the active connection's own, and
            // the signal the strongest of its access points in range.
            iface.ssid = m_profiles.value(active.connection).ssid;
            if (iface.state == InterfaceState::Connected && !iface.ssid.isEmpty()) {
                for (const QString &inRange : device.accessPoints) {
                    const AccessPoint candidate = m_accessPoints.value(inRange);
                    if (candidate.ssid == iface.ssid)
                        iface.signal = std::max(iface.signal, candidate.strength);
                }
            }
        }
    } else if (device.failure != 0) {
        iface.stateReason = stateReasonText(device.failure);
    }
    return iface;
}

QList<WirelessNetwork> NetworkManagerBackend::networksFor(const Device &device) const
{
    QList<WirelessNetwork> networks;
    networks.reserve(device.accessPoints.size());
    // Access points that share an SSID and security are one network.
    QHash<QPair<QByteArray, int>, qsizetype> seen;
    for (const QString &path : device.accessPoints) {
        const auto ap = m_accessPoints.constFind(path);
        if (ap == m_accessPoints.constEnd() || (ap->ssid.isEmpty() && ap->strength == 0))
            continue; // not read yet, or hidden
        const Security kind = security(ap->flags, ap->wpaFlags, ap->rsnFlags);
        const auto same = seen.constFind(qMakePair(ap->ssid, int(kind)));
        if (same != seen.constEnd()) {
            WirelessNetwork &network = networks[*same];
            network.signal = std::max(network.signal, ap->strength);
            continue;
        }
        seen.insert(qMakePair(ap->ssid, int(kind)), networks.size());
        WirelessNetwork network;
        network.ssid = ap->ssid;
        network.signal = ap->strength;
        network.security = kind;
        network.profile = toProfile(profileFor(network.ssid, network.security));
        networks.append(network);
    }
    return networks;
}

void NetworkManagerBackend::removeDevice(const QString &path)
{
    if (!m_devices.contains(path))
        return;
    operations().failInterface(path, ErrorKind::InvalidParameter, 0, tr("The device was removed."));
    for (const QString &ap : m_devices[path].accessPoints)
        m_accessPoints.remove(ap);
    m_devices.remove(path);
    m_deviceOrder.removeAll(path);
    m_dirty.remove(path);
    m_lastScanRequest.remove(path);
    m_publishedNetworks.remove(path);
    const int index = indexOfInterface(m_published, path);
    if (index >= 0) {
        m_published.removeAt(index);
        Q_EMIT interfaceRemoved(path);
    }
}

// ---- operations ----

namespace {

// Whether a saved connection's key management fits a network's security.
bool compatible(const QString &keyManagement, Security security)
{
    if (keyManagement.isEmpty())
        return security == Security::Open;
    if (keyManagement == QLatin1String("none") || keyManagement == QLatin1String("ieee8021x"))
        return security == Security::Wep;
    // wpa-psk also reaches WPA2/WPA3 mixed access points, which Aerial lists as WPA3.
    if (keyManagement == QLatin1String("wpa-psk"))
        return security == Security::Wpa2Personal || security == Security::Wpa3Personal;
    if (keyManagement == QLatin1String("sae"))
        return security == Security::Wpa3Personal;
    if (keyManagement == QLatin1String("owe"))
        return security == Security::Owe;
    if (keyManagement.startsWith(QLatin1String("wpa-eap")))
        return security == Security::Wpa2Enterprise || security == Security::Wpa3Enterprise;
    return security != Security::Open; // a security section NetworkManager did not spell out
}

} // namespace

QString NetworkManagerBackend::profileFor(const QByteArray &ssid, Security security) const
{
    QString best;
    for (auto it = m_profiles.constBegin(); it != m_profiles.constEnd(); ++it) {
        if (it->id.isEmpty() || it->ssid != ssid || !compatible(it->keyManagement, security))
            continue;
        // The most recently used wins; equal times go by path, never by hash order.
        const Profile &current = m_profiles[best];
        if (best.isEmpty() || it->timestamp > current.timestamp
            || (it->timestamp == current.timestamp && it.key() < best))
            best = it.key();
    }
    return best;
}

WirelessProfile NetworkManagerBackend::toProfile(const QString &path) const
{
    WirelessProfile profile;
    const auto found = m_profiles.constFind(path);
    if (path.isEmpty() || found == m_profiles.constEnd())
        return profile;
    profile.id = path;
    profile.name = found->id;
    profile.scope = found->allUsers ? ProfileScope::AllUsers : ProfileScope::ThisAccount;
    profile.autoConnect = found->autoConnect;
    // Changing or deleting it takes settings.modify.own for this account's
    // own connection and settings.modify.system for a shared one; "auth"
    // means polkit will ask, so it is allowed. Unknown permissions allow it,
    // and a refusal is explained when it comes.
    const QString modify = m_permissions.value(found->allUsers ? ModifySystem : ModifyOwn);
    profile.rights = ProfileRight::Connect;
    if (modify != QLatin1String("no"))
        profile.rights |= ProfileRights(ProfileRight::Change) | ProfileRight::Delete;
    return profile;
}

QString NetworkManagerBackend::strongestAccessPoint(const Device &device, const QByteArray &ssid) const
{
    QString strongestPath = noPath();
    int strongest = -1;
    for (const QString &path : device.accessPoints) {
        const AccessPoint ap = m_accessPoints.value(path);
        if (ap.ssid == ssid && ap.strength > strongest) {
            strongestPath = path;
            strongest = ap.strength;
        }
    }
    return strongestPath;
}

void NetworkManagerBackend::connectProfile(const QString &interfaceId, const QString &profile)
{
    OperationResult operation = OperationResult::of(Operation::Connect, interfaceId, profile);
    operation.profileName = m_profiles.value(profile).id;
    const Token token = operations().add(operation);
    if (!m_devices.contains(interfaceId)) {
        operation.error = ErrorKind::InvalidParameter;
        operation.message = tr("NetworkManager has no such Wi-Fi device.");
        finishLater(token, operation);
        return;
    }
    const auto saved = m_profiles.constFind(profile);
    if (saved == m_profiles.constEnd() || saved->id.isEmpty()) {
        operation.error = ErrorKind::NotFound;
        operation.errorName = QStringLiteral("org.freedesktop.NetworkManager.UnknownConnection");
        operation.message = tr("NetworkManager has no such saved connection.");
        finishLater(token, operation);
        return;
    }
    const QString accessPoint = strongestAccessPoint(m_devices[interfaceId], saved->ssid);
    QDBusMessage message =
        QDBusMessage::createMethodCall(Service, ManagerPath, ManagerInterface, QStringLiteral("ActivateConnection"));
    message << QVariant::fromValue(QDBusObjectPath(profile)) << QVariant::fromValue(QDBusObjectPath(interfaceId))
            << QVariant::fromValue(QDBusObjectPath(accessPoint));
    call(message, [this, token](const QDBusMessage &reply) {
        if (reply.type() == QDBusMessage::ErrorMessage)
            fail(token, reply);
        else
            await(token, m_timeouts.connectMs);
    });
}

void NetworkManagerBackend::disconnectInterface(const QString &interfaceId)
{
    OperationResult operation = OperationResult::of(Operation::Disconnect, interfaceId);
    const int index = indexOfInterface(m_published, interfaceId);
    if (index >= 0) {
        operation.profile = m_published[index].profile;
        operation.profileName = m_published[index].profileName;
    }
    const Token token = operations().add(operation);
    if (!m_devices.contains(interfaceId) || index < 0) {
        operation.error = ErrorKind::InvalidParameter;
        operation.message = tr("NetworkManager has no such Wi-Fi device.");
        finishLater(token, operation);
        return;
    }
    call(QDBusMessage::createMethodCall(Service, interfaceId, DeviceInterface, QStringLiteral("Disconnect")),
         [this, token](const QDBusMessage &reply) {
             if (reply.type() == QDBusMessage::ErrorMessage)
                 fail(token, reply);
             else
                 await(token, m_timeouts.disconnectMs);
         });
}

void NetworkManagerBackend::scan(const QString &interfaceId)
{
    OperationResult operation = OperationResult::of(Operation::Scan, interfaceId);
    const Token token = operations().add(operation);
    if (!m_devices.contains(interfaceId)) {
        operation.error = ErrorKind::InvalidParameter;
        operation.message = tr("NetworkManager has no such Wi-Fi device.");
        finishLater(token, operation);
        return;
    }
    // NetworkManager scans by itself and keeps the list current; asking
    // again within seconds only costs the link (RequestScan is rate-limited).
    const auto last = m_lastScanRequest.constFind(interfaceId);
    if (last != m_lastScanRequest.constEnd() && !last->hasExpired(ScanThrottleMs)) {
        finishLater(token, operation);
        return;
    }
    QDBusMessage message =
        QDBusMessage::createMethodCall(Service, interfaceId, WirelessDeviceInterface, QStringLiteral("RequestScan"));
    message << QVariantMap();
    m_scanBaselines.insert(token, m_devices[interfaceId].lastScan);
    // Counted from the request: LastScan may move before the reply arrives.
    m_lastScanRequest[interfaceId].start();
    call(message, [this, token, interfaceId](const QDBusMessage &reply) {
        if (reply.type() == QDBusMessage::ErrorMessage) {
            m_lastScanRequest.remove(interfaceId); // a refused scan does not count
            fail(token, reply);
            return;
        }
        if (!m_devices.value(interfaceId).hasLastScan)
            operations().succeed(token); // no LastScan to wait for
        else
            await(token, m_timeouts.scanMs);
    });
}

BackendCapabilities NetworkManagerBackend::capabilities() const
{
    BackendCapabilities capabilities;
    capabilities.joinable = { Security::Open, Security::Owe, Security::Wpa2Personal, Security::Wpa3Personal };
    capabilities.hiddenNetworks = true;
    // This account's passwords are kept in the Secret Service and handed to
    // NetworkManager by Aerial's agent; without either they are "not saved".
    capabilities.savesSecrets = m_secrets->isAvailable() && m_agent->isRegistered();
    // Offered only where polkit allows it at all; "auth" asks for a password.
    const QString system = m_permissions.value(ModifySystem);
    capabilities.allUsersJoin = system == QLatin1String("yes") || system == QLatin1String("auth");
    capabilities.forget = true;
    capabilities.autoConnect = true;
    capabilities.radio = RadioSwitch::Global;
    return capabilities;
}

namespace {

// This account's login name, for connection.permissions ("user:NAME").
QString userName()
{
    const passwd *entry = getpwuid(getuid());
    return entry ? QString::fromLocal8Bit(entry->pw_name) : qEnvironmentVariable("USER");
}

} // namespace

QMap<QString, QVariantMap> NetworkManagerBackend::joinSettings(const JoinRequest &request) const
{
    QMap<QString, QVariantMap> settings;
    QVariantMap connection;
    connection.insert(QStringLiteral("type"), QStringLiteral("802-11-wireless"));
    // The connection's name: the SSID as text (nmcli names them so too).
    connection.insert(QStringLiteral("id"), QString::fromUtf8(request.ssid));
    connection.insert(QStringLiteral("uuid"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    connection.insert(QStringLiteral("autoconnect"), request.autoConnect);
    const bool allUsers = request.scope == ProfileScope::AllUsers;
    // A user's own connection needs settings.modify.own only (docs/networkmanager.md).
    connection.insert(QStringLiteral("permissions"),
                      allUsers ? QStringList() : QStringList{ QStringLiteral("user:") + userName() });
    settings.insert(QStringLiteral("connection"), connection);

    QVariantMap wireless;
    wireless.insert(QStringLiteral("ssid"), request.ssid); // always bytes: ay
    wireless.insert(QStringLiteral("mode"), QStringLiteral("infrastructure"));
    if (request.hidden)
        wireless.insert(QStringLiteral("hidden"), true);
    settings.insert(QStringLiteral("802-11-wireless"), wireless);

    if (request.security == Security::Open)
        return settings;
    QVariantMap security;
    if (request.security == Security::Owe) {
        security.insert(QStringLiteral("key-mgmt"), QStringLiteral("owe"));
    } else {
        // WPA3-only access points take sae; WPA2 and WPA2/WPA3 mixed ones
        // wpa-psk, as the access point's flags say.
        bool psk = request.security == Security::Wpa2Personal;
        if (const auto device = m_devices.constFind(request.interfaceId); device != m_devices.constEnd()) {
            for (const QString &path : device->accessPoints) {
                const AccessPoint ap = m_accessPoints.value(path);
                psk = psk || (ap.ssid == request.ssid && offersPsk(ap.wpaFlags, ap.rsnFlags));
            }
        }
        security.insert(QStringLiteral("key-mgmt"), psk ? QStringLiteral("wpa-psk") : QStringLiteral("sae"));
        security.insert(QStringLiteral("psk"), request.secret);
        // A shared connection's secret is NetworkManager's to keep (0); this
        // account's own is Aerial's agent's (1), or not saved (2) and asked
        // for again next time where there is no keyring.
        security.insert(QStringLiteral("psk-flags"), uint(allUsers ? 0 : capabilities().savesSecrets ? 1 : 2));
    }
    settings.insert(QStringLiteral("802-11-wireless-security"), security);
    return settings;
}

void NetworkManagerBackend::join(const JoinRequest &request)
{
    OperationResult operation = OperationResult::of(Operation::Join, request.interfaceId);
    operation.ssid = request.ssid;
    operation.scope = request.scope;
    const Token token = operations().add(operation);
    if (!m_devices.contains(request.interfaceId)) {
        operation.error = ErrorKind::InvalidParameter;
        operation.message = tr("NetworkManager has no such Wi-Fi device.");
        finishLater(token, operation);
        return;
    }
    if (!capabilities().joinable.contains(request.security)
        || (request.scope == ProfileScope::AllUsers && !capabilities().allUsersJoin)) {
        operation.error = ErrorKind::NotSupported;
        finishLater(token, operation);
        return;
    }
    // "/" for a hidden network, which NetworkManager then looks for by its SSID.
    const QString accessPoint =
        request.hidden ? noPath() : strongestAccessPoint(m_devices[request.interfaceId], request.ssid);
    QMap<QString, QVariantMap> settings = joinSettings(request);
    if (settings.value(QStringLiteral("802-11-wireless-security")).value(QStringLiteral("psk-flags")).toUInt() != 1) {
        addAndActivate(token, settings, request.interfaceId, accessPoint, true);
        return;
    }
    // The agent's secret is in the keyring before NetworkManager asks for it;
    // where the keyring refuses it, the password is not saved instead.
    const QString uuid = settings.value(QStringLiteral("connection")).value(QStringLiteral("uuid")).toString();
    m_secrets->write(uuid, QStringLiteral("802-11-wireless-security"), request.secret,
                     [this, token, settings, device = request.interfaceId, accessPoint](bool stored) mutable {
                         if (!operations().find(token))
                             return;
                         if (!stored)
                             settings[QStringLiteral("802-11-wireless-security")].insert(QStringLiteral("psk-flags"), 2u);
                         addAndActivate(token, settings, device, accessPoint, true);
                     });
}

void NetworkManagerBackend::addAndActivate(Token token, const QMap<QString, QVariantMap> &settings,
                                           const QString &device, const QString &accessPoint, bool version2)
{
    QDBusMessage message = QDBusMessage::createMethodCall(
        Service, ManagerPath, ManagerInterface,
        version2 ? QStringLiteral("AddAndActivateConnection2") : QStringLiteral("AddAndActivateConnection"));
    message << QVariant::fromValue(settings) << QVariant::fromValue(QDBusObjectPath(device))
            << QVariant::fromValue(QDBusObjectPath(accessPoint));
    if (version2) {
        QVariantMap options;
        options.insert(QStringLiteral("persist"), QStringLiteral("disk"));
        message << options;
    }
    call(message, [this, token, settings, device, accessPoint, version2](const QDBusMessage &reply) {
        if (reply.type() == QDBusMessage::ErrorMessage) {
            // AddAndActivateConnection2 is NetworkManager 1.16 and later.
            if (version2 && reply.errorName() == QLatin1String("org.freedesktop.DBus.Error.UnknownMethod"))
                addAndActivate(token, settings, device, accessPoint, false);
            else
                fail(token, reply);
            return;
        }
        const QString path = pathOf(reply.arguments().value(0));
        operations().amend(token, path, settings.value(QStringLiteral("connection")).value(QStringLiteral("id")).toString());
        loadProfile(path);
        await(token, m_timeouts.connectMs);
    });
}

void NetworkManagerBackend::deleteConnection(const QString &path)
{
    if (const auto profile = m_profiles.constFind(path); profile != m_profiles.constEnd() && !profile->uuid.isEmpty())
        m_secrets->remove(profile->uuid, QStringLiteral("802-11-wireless-security"));
    call(QDBusMessage::createMethodCall(Service, path, ConnectionInterface, QStringLiteral("Delete")),
         [](const QDBusMessage &) {});
}

bool NetworkManagerBackend::radioHardwareOn(const QString &) const
{
    return m_wirelessHardwareEnabled;
}

NetworkManagerBackend::Token NetworkManagerBackend::beginProfileOperation(Operation kind, const QString &interfaceId,
                                                                          const QString &profile, bool on)
{
    OperationResult operation = OperationResult::of(kind, interfaceId, profile);
    operation.on = on;
    const auto saved = m_profiles.constFind(profile);
    if (saved != m_profiles.constEnd()) {
        operation.profileName = saved->id;
        operation.scope = saved->allUsers ? ProfileScope::AllUsers : ProfileScope::ThisAccount;
    }
    const Token token = operations().add(operation);
    if (saved == m_profiles.constEnd() || saved->id.isEmpty()) {
        operation.error = ErrorKind::NotFound;
        operation.errorName = QStringLiteral("org.freedesktop.NetworkManager.UnknownConnection");
        operation.message = tr("NetworkManager has no such saved connection.");
        finishLater(token, operation);
        return 0;
    }
    return token;
}

// Settings.Connection.Delete: NetworkManager removes the connection and
// asks the agents to delete its secrets (Settings.Connection.xml).
void NetworkManagerBackend::forget(const QString &interfaceId, const QString &profile)
{
    const Token token = beginProfileOperation(Operation::Forget, interfaceId, profile, false);
    if (!token)
        return;
    const QString uuid = m_profiles.value(profile).uuid;
    auto finish = finishOnReply(token);
    call(QDBusMessage::createMethodCall(Service, profile, ConnectionInterface, QStringLiteral("Delete")),
         [this, uuid, finish](const QDBusMessage &reply) {
             // NetworkManager sends agents DeleteSecrets as well; this covers
             // a keyring entry left while the agent was not registered.
             if (reply.type() != QDBusMessage::ErrorMessage && !uuid.isEmpty())
                 m_secrets->remove(uuid, QStringLiteral("802-11-wireless-security"));
             finish(reply);
         });
}

QString NetworkManagerBackend::deviceForConnection(const QString &path) const
{
    for (const QString &device : m_deviceOrder) {
        const Device &state = m_devices[device];
        if (m_actives.value(state.activeConnection).connection == path)
            return device;
    }
    // Not active yet: the device of the join or connect that started it.
    for (const Token token : operations().matching([&path](const OperationResult &operation) {
             return operation.profile == path;
         })) {
        if (const OperationResult *operation = operations().find(token))
            return operation->interfaceId;
    }
    return m_deviceOrder.value(0);
}

void NetworkManagerBackend::answerSecret(quint64 requestId, const QString &secret)
{
    m_agent->answer(requestId, secret);
}

void NetworkManagerBackend::cancelSecret(quint64 requestId)
{
    m_agent->cancel(requestId);
}

// connection.autoconnect through the connection's settings as NetworkManager
// has them: GetSettings carries no secrets, and an update without secrets
// keeps the stored ones (Settings.Connection.xml, Update2).
void NetworkManagerBackend::setAutoConnect(const QString &interfaceId, const QString &profile, bool autoConnect)
{
    const Token token = beginProfileOperation(Operation::SetAutoConnect, interfaceId, profile, autoConnect);
    if (!token)
        return;
    call(QDBusMessage::createMethodCall(Service, profile, ConnectionInterface, QStringLiteral("GetSettings")),
         [this, token, profile, autoConnect](const QDBusMessage &reply) {
             if (reply.type() == QDBusMessage::ErrorMessage || reply.arguments().isEmpty()) {
                 fail(token, reply);
                 return;
             }
             auto settings = qdbus_cast<QMap<QString, QVariantMap>>(reply.arguments().constFirst());
             settings[QStringLiteral("connection")].insert(QStringLiteral("autoconnect"), autoConnect);
             updateSettings(token, profile, settings);
         });
}

void NetworkManagerBackend::updateSettings(Token token, const QString &path, const QMap<QString, QVariantMap> &settings)
{
    constexpr uint ToDisk = 0x1; // NM_SETTINGS_UPDATE2_FLAG_TO_DISK
    QDBusMessage update2 = QDBusMessage::createMethodCall(Service, path, ConnectionInterface, QStringLiteral("Update2"));
    update2 << QVariant::fromValue(settings) << ToDisk << QVariantMap();
    call(update2, [this, token, path, settings](const QDBusMessage &reply) {
        if (reply.type() != QDBusMessage::ErrorMessage) {
            // The connection's Updated signal rereads it; the row follows.
            operations().succeed(token);
            return;
        }
        if (reply.errorName() != QLatin1String("org.freedesktop.DBus.Error.UnknownMethod")) {
            fail(token, reply);
            return;
        }
        // NetworkManager before 1.12 has Update only.
        QDBusMessage update = QDBusMessage::createMethodCall(Service, path, ConnectionInterface, QStringLiteral("Update"));
        update << QVariant::fromValue(settings);
        call(update, finishOnReply(token));
    });
}

void NetworkManagerBackend::setRadio(const QString &interfaceId, bool on)
{
    OperationResult operation = OperationResult::of(Operation::SetRadio, interfaceId);
    operation.on = on;
    const Token token = operations().add(operation);
    if (on && !m_wirelessHardwareEnabled) {
        operation.error = ErrorKind::InvalidState;
        operation.message = tr("A switch or key holds the Wi-Fi off (WirelessHardwareEnabled is false).");
        finishLater(token, operation);
        return;
    }
    QDBusMessage message = QDBusMessage::createMethodCall(Service, ManagerPath, PropertiesInterface, QStringLiteral("Set"));
    message << ManagerInterface << QStringLiteral("WirelessEnabled") << QVariant::fromValue(QDBusVariant(on));
    call(message, [this, token](const QDBusMessage &reply) {
        if (reply.type() == QDBusMessage::ErrorMessage) {
            fail(token, reply);
            return;
        }
        // Done when WirelessEnabled says so (PropertiesChanged).
        m_radioAccepted.insert(token);
        operations().setDeadline(token, m_timeouts.disconnectMs, [this, token] {
            operations().fail(token, ErrorKind::TimedOut, 0, tr("NetworkManager did not say how it ended."));
        });
        // The new value often came before this reply: it finishes once the
        // interfaces showing it are published.
        if (m_deviceOrder.isEmpty())
            checkRadio();
        else
            markAllDirty();
    });
}

void NetworkManagerBackend::checkRadio()
{
    const auto radio = [](const OperationResult &op) { return op.operation == Operation::SetRadio; };
    for (Token token : operations().matching(radio)) {
        const OperationResult *operation = operations().find(token);
        if (operation && operation->on == m_wirelessEnabled && m_radioAccepted.contains(token))
            operations().succeed(token);
    }
    for (auto it = m_radioAccepted.begin(); it != m_radioAccepted.end();)
        it = operations().contains(*it) ? std::next(it) : m_radioAccepted.erase(it);
}

void NetworkManagerBackend::await(Token token, int timeoutMs)
{
    const OperationResult *operation = operations().find(token);
    if (!operation)
        return;
    const QString device = operation->interfaceId;
    operations().setDeadline(token, timeoutMs, [this, token] {
        const OperationResult *waiting = operations().find(token);
        if (waiting && waiting->operation == Operation::Scan)
            operations().succeed(token); // the list is as fresh as it gets
        else
            operations().fail(token, ErrorKind::TimedOut, 0, tr("NetworkManager did not say how it ended."));
    });
    checkPending(device);
}

void NetworkManagerBackend::checkPending(const QString &devicePath)
{
    if (!m_devices.contains(devicePath))
        return;
    const Device &device = m_devices[devicePath];
    const auto mine = [&](const OperationResult &op) { return op.interfaceId == devicePath; };
    for (Token token : operations().matching(mine)) {
        const OperationResult *operation = operations().find(token);
        if (!operation)
            continue;
        switch (operation->operation) {
        case Operation::Join:
            if (operation->profile.isEmpty())
                break; // not added yet
            Q_FALLTHROUGH();
        case Operation::Connect: {
            if (device.state >= Prepare && device.state < Activated)
                m_connectProgress.insert(token);
            const Active active = m_actives.value(device.activeConnection);
            if (device.state == Activated && active.connection == operation->profile)
                operations().succeed(token);
            else if (device.state == Failed
                     || (device.state == Disconnected && (m_connectProgress.contains(token) || device.failure))) {
                // A wrong password: the 4-way handshake ends (8), or no
                // secret came (7); on sae it is a time-out (11), or only a
                // NEED_AUTH with no reason after it: a join sends its password
                // along, so NetworkManager asking for it again means the
                // network refused it (docs/networkmanager.md, "Operations").
                const bool noReason = device.failure == 0 || device.failure == 1;
                const bool passwordRejected = device.failure == 7 || device.failure == 8 || device.failure == 11
                    || (operation->operation == Operation::Join && noReason && device.askedForSecrets);
                // The person cancelled the password prompt: that is what happened.
                if (m_promptCancelled.remove(operation->profile)) {
                    if (operation->operation == Operation::Join)
                        deleteConnection(operation->profile);
                    operations().fail(token, ErrorKind::Cancelled, device.failure,
                                      tr("The password prompt was cancelled."));
                    break;
                }
                if (operation->operation == Operation::Join) {
                    // Nothing is left behind: the next try starts clean.
                    deleteConnection(operation->profile);
                    if (passwordRejected) {
                        operations().fail(token, ErrorKind::PasswordRejected, device.failure,
                                          noReason ? tr("NetworkManager asked for the password again: the "
                                                        "network did not accept it.")
                                                   : stateReasonText(device.failure));
                        break;
                    }
                }
                // Reasons 0 and 1 ("unknown") have no words; and the reason
                // may come in a later message than the state.
                operations().fail(token, ErrorKind::ConnectionFailed, device.failure,
                                  stateReasonText(device.failure).isEmpty()
                                      ? tr("NetworkManager gave up on the connection and gave no reason.")
                                      : stateReasonText(device.failure));
            }
            break;
        }
        case Operation::Disconnect:
            if (!isLinked(interfaceState(device.state)) && device.state != Deactivating)
                operations().succeed(token);
            break;
        case Operation::Scan:
            if (device.lastScan != m_scanBaselines.value(token, device.lastScan))
                operations().succeed(token);
            break;
        default:
            break;
        }
    }
    // Forget what finished operations kept here.
    for (auto it = m_connectProgress.begin(); it != m_connectProgress.end();)
        it = operations().contains(*it) ? std::next(it) : m_connectProgress.erase(it);
    for (auto it = m_scanBaselines.begin(); it != m_scanBaselines.end();)
        it = operations().contains(it.key()) ? std::next(it) : m_scanBaselines.erase(it);
}

std::function<void(const QDBusMessage &)> NetworkManagerBackend::finishOnReply(Token token)
{
    return [this, token](const QDBusMessage &reply) {
        if (reply.type() == QDBusMessage::ErrorMessage)
            fail(token, reply);
        else
            operations().succeed(token);
    };
}

void NetworkManagerBackend::fail(Token token, const QDBusMessage &reply)
{
    const OperationResult *operation = operations().find(token);
    if (!operation)
        return;
    operations().fail(token, errorKind(reply.errorName()), 0, reply.errorMessage(), reply.errorName());
}

} // namespace Aerial
