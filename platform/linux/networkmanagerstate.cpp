#include "networkmanagerstate.h"

#include "backendlog.h"
#include "networkmanagertypes.h"

#include <QDBusArgument>
#include <QDBusConnectionInterface>
#include <QDBusMetaType>
#include <QDBusPendingCallWatcher>
#include <QDBusServiceWatcher>
#include <QLoggingCategory>

#include <algorithm>

namespace Aerial {

using namespace Aerial::NetworkManager;

namespace {

using SettingsMap = QMap<QString, QVariantMap>; // a{sa{sv}}

const QString WirelessSecurity = QStringLiteral("802-11-wireless-security");

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
    const auto paths = demarshal<QList<QDBusObjectPath>>(value, QLatin1String("ao"));
    QStringList result;
    for (const QDBusObjectPath &path : paths)
        result.append(path.path());
    return result;
}

// A string (s) or bytes (ay) only when that is what arrived: converted
// from another type they could hold what no D-Bus string can, a NUL.
QString textOf(const QVariant &value)
{
    return value.metaType() == QMetaType::fromType<QString>() ? value.toString() : QString();
}

QByteArray bytesOf(const QVariant &value)
{
    return value.metaType() == QMetaType::fromType<QByteArray>() ? value.toByteArray() : QByteArray();
}

// A (uu) structure, such as a device's StateReason.
std::pair<uint, uint> pairOf(const QVariant &value)
{
    uint first = 0, second = 0;
    if (value.metaType() == QMetaType::fromType<QDBusArgument>()) {
        const QDBusArgument argument = value.value<QDBusArgument>();
        if (argument.currentSignature() != QLatin1String("(uu)"))
            return { 0, 0 }; // see demarshal (networkmanagertypes.h)
        argument.beginStructure();
        argument >> first >> second;
        argument.endStructure();
    }
    return { first, second };
}

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

NetworkManagerState::NetworkManagerState(const QDBusConnection &bus, QObject *parent)
    : QObject(parent),
      m_bus(bus),
      m_watcher(new QDBusServiceWatcher(Service, bus,
                                        QDBusServiceWatcher::WatchForRegistration
                                            | QDBusServiceWatcher::WatchForUnregistration,
                                        this))
{
    qDBusRegisterMetaType<SettingsMap>();
    qDBusRegisterMetaType<QMap<QString, QString>>();
    // By name too: without it QDBusConnection::connect() refuses every slot
    // taking a QDBusObjectPath, and returns false (QTBUG-108822).
    qRegisterMetaType<QDBusObjectPath>("QDBusObjectPath");

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
    // Its InterfacesRemoved is not needed: AccessPointRemoved says the same
    // for access points, and one message fewer per access point counts in a
    // storm.
    m_bus.connect(Service, QString(), QStringLiteral("org.freedesktop.DBus.ObjectManager"),
                  QStringLiteral("InterfacesAdded"), this, SLOT(onInterfacesAdded(QDBusMessage)));

    // 100 ms: soon enough to look immediate, long enough to gather a scan's
    // worth of access points into one update.
    m_churnTimer.setSingleShot(true);
    m_churnTimer.setInterval(100);
    connect(&m_churnTimer, &QTimer::timeout, this, &NetworkManagerState::flush);

    connect(m_watcher, &QDBusServiceWatcher::serviceRegistered, this, &NetworkManagerState::appeared);
    connect(m_watcher, &QDBusServiceWatcher::serviceUnregistered, this, &NetworkManagerState::vanished);
}

bool NetworkManagerState::isRunning(const QDBusConnection &bus)
{
    return bus.isConnected() && bus.interface() && bus.interface()->isServiceRegistered(Service).value();
}

void NetworkManagerState::start()
{
    if (isRunning(m_bus))
        appeared();
}

const NetworkManagerState::Device *NetworkManagerState::device(const QString &path) const
{
    const auto found = m_devices.constFind(path);
    return found == m_devices.constEnd() ? nullptr : &*found;
}

const NetworkManagerState::Profile *NetworkManagerState::profile(const QString &path) const
{
    const auto found = m_profiles.constFind(path);
    return found == m_profiles.constEnd() || found->id.isEmpty() ? nullptr : &*found;
}

// ---- the service coming and going ----

void NetworkManagerState::appeared()
{
    Q_EMIT serviceAppeared();
    loadManager();
    loadPermissions();
    onConnectionsChanged();
}

void NetworkManagerState::vanished()
{
    Q_EMIT serviceVanishing();
    m_announcedAccessPoints.clear();
    ++m_generation;
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
    for (const WirelessInterface &iface : gone)
        Q_EMIT interfaceRemoved(iface.id);
    Q_EMIT serviceVanished();
}

// ---- reading ----

void NetworkManagerState::call(const QDBusMessage &message, std::function<void(const QDBusMessage &)> done)
{
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(message), this);
    const quint64 generation = m_generation;
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, done = std::move(done), generation] {
        watcher->deleteLater();
        if (generation == m_generation)
            done(watcher->reply());
    });
}

void NetworkManagerState::getAll(const QString &path, const QString &interface,
                                 std::function<void(const QVariantMap &)> done)
{
    QDBusMessage message = QDBusMessage::createMethodCall(Service, path, PropertiesInterface, QStringLiteral("GetAll"));
    message << interface;
    call(message, [done = std::move(done)](const QDBusMessage &reply) {
        // An object that vanished meanwhile answers with an error: its
        // removal signal says the rest.
        if (reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty())
            done(demarshal<QVariantMap>(reply.arguments().constFirst(), QLatin1String("a{sv}")));
    });
}

void NetworkManagerState::loadManager()
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

void NetworkManagerState::loadPermissions()
{
    call(QDBusMessage::createMethodCall(Service, ManagerPath, ManagerInterface, QStringLiteral("GetPermissions")),
         [this](const QDBusMessage &reply) {
             if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
                 return; // unknown: the buttons stay, and a refusal is explained when it comes
             const auto permissions =
                 demarshal<QMap<QString, QString>>(reply.arguments().constFirst(), QLatin1String("a{ss}"));
             m_permissions = permissions;
             markAllDirty(); // the profiles' rights follow
             // "auth" means polkit will ask: allowed, as nm-applet treats it.
             Q_EMIT permissionsRead(permissions.value(NetworkControl) != QLatin1String("no"),
                            permissions.value(WifiScan) != QLatin1String("no"));
         });
}

void NetworkManagerState::onCheckPermissions()
{
    loadPermissions();
}

void NetworkManagerState::loadDevice(const QString &path)
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
            // Read here only: afterwards AccessPointAdded and
            // AccessPointRemoved (NetworkManager's introspection of
            // org.freedesktop.NetworkManager.Device.Wireless) keep the list.
            // PropertiesChanged repeats the whole list with every change, and
            // decoding 200 object paths each time was the storm's largest
            // cost (tests/bench/storm.sh).
            setAccessPoints(path, pathsOf(wireless.value(QStringLiteral("AccessPoints"))));
            markDirty(path); // read whole: published now
        });
    });
}

void NetworkManagerState::applyDevice(const QString &path, const QVariantMap &properties)
{
    Device &device = m_devices[path];
    const bool shown = readDevice(device, properties);
    if (properties.contains(QStringLiteral("ActiveConnection")))
        loadActive(device.activeConnection);
    if (shown)
        markDirty(path);
}

bool NetworkManagerState::readDevice(Device &device, const QVariantMap &properties)
{
    // Only what Aerial shows is published: most changes a device announces
    // (AccessPoints with every access point, Bitrate, the counters) are not.
    bool shown = false;
    const auto state = properties.constFind(QStringLiteral("State"));
    if (state != properties.constEnd()) {
        shown = true;
        device.state = state->toUInt();
        if (device.state == Failed)
            device.failed = true;
        if (device.state >= Prepare && device.state <= Activated) {
            device.failure = 0; // a new attempt
            device.failed = false;
        }
    }
    const auto reason = properties.constFind(QStringLiteral("StateReason"));
    if (reason != properties.constEnd() && device.state == Failed) {
        shown = true;
        device.failure = pairOf(*reason).second;
    }
    const auto active = properties.constFind(QStringLiteral("ActiveConnection"));
    if (active != properties.constEnd()) {
        shown = true;
        device.activeConnection = pathOf(*active);
    }
    const auto activeAccessPoint = properties.constFind(QStringLiteral("ActiveAccessPoint"));
    if (activeAccessPoint != properties.constEnd()) {
        shown = true;
        device.activeAccessPoint = pathOf(*activeAccessPoint);
    }
    const auto lastScan = properties.constFind(QStringLiteral("LastScan"));
    if (lastScan != properties.constEnd()) {
        shown = true; // a scan operation ends with it
        device.hasLastScan = true;
        device.lastScan = lastScan->toLongLong();
    }
    return shown;
}

void NetworkManagerState::setAccessPoints(const QString &device, const QStringList &paths)
{
    Device &entry = m_devices[device];
    // A set: a busy place lists 200 access points and more.
    const QSet<QString> listed(paths.cbegin(), paths.cend());
    for (const QString &old : std::as_const(entry.accessPoints)) {
        if (!listed.contains(old))
            m_accessPoints.remove(old);
    }
    entry.accessPoints = paths;
    for (const QString &path : paths)
        loadAccessPoint(device, path);
}

void NetworkManagerState::loadAccessPoint(const QString &device, const QString &path)
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
        markChurn(device);
        return;
    }
    AccessPoint reading; // being read; shown once read
    reading.device = device;
    m_accessPoints.insert(path, reading);
    getAll(path, AccessPointInterface, [this, device, path](const QVariantMap &properties) {
        if (!m_accessPoints.contains(path))
            return; // removed while it was read
        applyAccessPoint(path, properties);
        markChurn(device);
    });
}

void NetworkManagerState::applyAccessPoint(const QString &path, const QVariantMap &properties)
{
    readAccessPoint(m_accessPoints[path], properties);
}

void NetworkManagerState::readAccessPoint(AccessPoint &ap, const QVariantMap &properties)
{
    for (auto it = properties.constBegin(); it != properties.constEnd(); ++it) {
        if (it.key() == QLatin1String("Ssid"))
            ap.ssid = bytesOf(*it).left(32);
        else if (it.key() == QLatin1String("Strength"))
            ap.strength = int(std::clamp(it->toLongLong(), 0LL, 100LL)); // a byte (y): 0 to 100, whatever arrives
        else if (it.key() == QLatin1String("Flags"))
            ap.flags = it->toUInt();
        else if (it.key() == QLatin1String("WpaFlags"))
            ap.wpaFlags = it->toUInt();
        else if (it.key() == QLatin1String("RsnFlags"))
            ap.rsnFlags = it->toUInt();
    }
}

void NetworkManagerState::readActive(Active &active, const QVariantMap &properties)
{
    const auto id = properties.constFind(QStringLiteral("Id"));
    if (id != properties.constEnd())
        active.id = textOf(*id);
    const auto connection = properties.constFind(QStringLiteral("Connection"));
    if (connection != properties.constEnd())
        active.connection = pathOf(*connection);
    const auto specificObject = properties.constFind(QStringLiteral("SpecificObject"));
    if (specificObject != properties.constEnd())
        active.specificObject = pathOf(*specificObject);
}

std::optional<NetworkManagerState::Profile> NetworkManagerState::readProfile(const QMap<QString, QVariantMap> &settings)
{
    const QVariantMap connection = settings.value(QStringLiteral("connection"));
    if (textOf(connection.value(QStringLiteral("type"))) != QLatin1String("802-11-wireless"))
        return std::nullopt;
    Profile profile;
    profile.id = textOf(connection.value(QStringLiteral("id")));
    profile.uuid = textOf(connection.value(QStringLiteral("uuid")));
    profile.ssid = bytesOf(settings.value(QStringLiteral("802-11-wireless")).value(QStringLiteral("ssid")));
    // No user list in connection.permissions: a system connection, for every user.
    profile.allUsers = connection.value(QStringLiteral("permissions")).toStringList().isEmpty();
    profile.timestamp = connection.value(QStringLiteral("timestamp")).toULongLong();
    profile.autoConnect = connection.value(QStringLiteral("autoconnect"), true).toBool();
    const auto security = settings.constFind(WirelessSecurity);
    if (security != settings.constEnd()) {
        // Missing, or not a string: a security Aerial does not know, never none.
        const QVariant keyManagement = security->value(QStringLiteral("key-mgmt"));
        profile.keyManagement = keyManagement.metaType() == QMetaType::fromType<QString>() ? keyManagement.toString()
                                                                                         : QStringLiteral("unknown");
    }
    return profile;
}

void NetworkManagerState::loadActive(const QString &path)
{
    if (path.isEmpty() || path == noPath() || m_actives.contains(path))
        return;
    m_actives.insert(path, Active{});
    getAll(path, ActiveInterface, [this, path](const QVariantMap &properties) {
        if (!m_actives.contains(path))
            return;
        Active &active = m_actives[path];
        active = Active{};
        readActive(active, properties);
        markAllDirty();
    });
}

void NetworkManagerState::onConnectionsChanged()
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
void NetworkManagerState::onConnectionUpdated(const QDBusMessage &message)
{
    if (m_profiles.remove(message.path()) > 0)
        loadProfile(message.path());
}

void NetworkManagerState::loadProfile(const QString &path)
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
             const std::optional<Profile> profile =
                 readProfile(demarshal<SettingsMap>(reply.arguments().constFirst(), QLatin1String("a{sa{sv}}")));
             // Not Wi-Fi: kept, empty, so that it is not read again.
             m_profiles[path] = profile.value_or(Profile{});
             if (profile)
                 markAllDirty();
         });
}

// ---- signals ----

void NetworkManagerState::onPropertiesChanged(const QString &interface, const QVariantMap &changed,
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
        markChurn(m_accessPoints.value(path).device);
    } else if (interface == AccessPointInterface && m_announcedAccessPoints.contains(path)) {
        // Not listed by a loaded device yet: what it will be read from stays current.
        QVariantMap &announced = m_announcedAccessPoints[path];
        for (auto it = changed.constBegin(); it != changed.constEnd(); ++it)
            announced.insert(it.key(), it.value());
    } else if (interface == ActiveInterface && m_actives.contains(path)) {
        readActive(m_actives[path], changed);
        markAllDirty();
    }
}

void NetworkManagerState::onInterfacesAdded(const QDBusMessage &message)
{
    const QList<QVariant> arguments = message.arguments();
    if (arguments.size() < 2)
        return;
    const QString path = arguments.at(0).value<QDBusObjectPath>().path();
    const auto interfaces = demarshal<SettingsMap>(arguments.at(1), QLatin1String("a{sa{sv}}"));
    const auto accessPoint = interfaces.constFind(AccessPointInterface);
    if (accessPoint == interfaces.constEnd())
        return;
    // Kept until a device lists it (AccessPointAdded comes after).
    m_announcedAccessPoints.insert(path, *accessPoint);
}

void NetworkManagerState::onDeviceAdded(const QDBusObjectPath &path)
{
    loadDevice(path.path());
}

void NetworkManagerState::onDeviceRemoved(const QDBusObjectPath &path)
{
    m_otherDevices.remove(path.path());
    removeDevice(path.path());
}

void NetworkManagerState::onDeviceStateChanged(uint newState, uint oldState, uint reason,
                                               const QDBusMessage &message)
{
    Q_UNUSED(oldState)
    const QString path = message.path();
    if (!m_devices.contains(path))
        return;
    Device &device = m_devices[path];
    device.state = newState;
    if (newState == Failed) {
        device.failure = reason;
        device.failed = true;
    } else if (newState >= Prepare && newState <= Activated) {
        device.failure = 0;
        device.failed = false;
    }
    markDirty(path);
}

void NetworkManagerState::onAccessPointAdded(const QDBusObjectPath &path, const QDBusMessage &message)
{
    const QString device = message.path();
    if (!m_devices.contains(device))
        return;
    QStringList &accessPoints = m_devices[device].accessPoints;
    if (!accessPoints.contains(path.path()))
        accessPoints.append(path.path());
    loadAccessPoint(device, path.path());
}

void NetworkManagerState::onAccessPointRemoved(const QDBusObjectPath &path, const QDBusMessage &message)
{
    m_announcedAccessPoints.remove(path.path()); // gone before a device listed it
    const QString device = message.path();
    if (!m_devices.contains(device))
        return;
    m_devices[device].accessPoints.removeAll(path.path());
    m_accessPoints.remove(path.path());
    markChurn(device);
}

// ---- publishing: on the next event-loop turn, access points within 100 ms ----

void NetworkManagerState::markDirty(const QString &device)
{
    m_dirty.insert(device);
    if (m_flushQueued)
        return;
    m_flushQueued = true;
    // Queued behind the D-Bus messages already waiting: a burst is applied
    // together.
    QMetaObject::invokeMethod(this, &NetworkManagerState::flush, Qt::QueuedConnection);
}

void NetworkManagerState::markChurn(const QString &device)
{
    m_dirty.insert(device);
    if (!m_flushQueued && !m_churnTimer.isActive())
        m_churnTimer.start();
}

void NetworkManagerState::markAllDirty()
{
    for (const QString &path : std::as_const(m_deviceOrder))
        markDirty(path);
}

void NetworkManagerState::flush()
{
    m_flushQueued = false;
    m_churnTimer.stop(); // its changes are published now
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
            // tests/bench/storm.sh reads this line.
            qCDebug(lcNm, "%s: %lld networks published", qPrintable(path), qlonglong(networks.size()));
            Q_EMIT networksChanged(path, networks);
        }
        Q_EMIT devicePublished(path);
    }
    Q_EMIT published();
}

WirelessInterface NetworkManagerState::interfaceFor(const QString &path, const Device &device) const
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

QList<WirelessNetwork> NetworkManagerState::networksFor(const Device &device) const
{
    QList<WirelessNetwork> networks;
    networks.reserve(device.accessPoints.size());
    // Saved connections by SSID, gathered once: a few, against hundreds of
    // access points.
    QHash<QByteArray, QStringList> saved;
    for (auto it = m_profiles.constBegin(); it != m_profiles.constEnd(); ++it) {
        if (!it->id.isEmpty())
            saved[it->ssid].append(it.key());
    }
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
        network.profile = toProfile(profileFor(saved.value(network.ssid), network.security));
        networks.append(network);
    }
    return networks;
}

void NetworkManagerState::removeDevice(const QString &path)
{
    if (!m_devices.contains(path))
        return;
    Q_EMIT deviceRemoving(path);
    for (const QString &ap : m_devices[path].accessPoints)
        m_accessPoints.remove(ap);
    m_devices.remove(path);
    m_deviceOrder.removeAll(path);
    m_dirty.remove(path);
    m_publishedNetworks.remove(path);
    const int index = indexOfInterface(m_published, path);
    if (index >= 0) {
        m_published.removeAt(index);
        Q_EMIT interfaceRemoved(path);
    }
}


QString NetworkManagerState::profileFor(const QStringList &sameSsid, Security security) const
{
    QString best;
    for (const QString &path : sameSsid) {
        const Profile &candidate = m_profiles[path];
        if (!compatible(candidate.keyManagement, security))
            continue;
        // The most recently used wins; equal times go by path, never by hash order.
        const Profile &current = m_profiles[best];
        if (best.isEmpty() || candidate.timestamp > current.timestamp
            || (candidate.timestamp == current.timestamp && path < best))
            best = path;
    }
    return best;
}

WirelessProfile NetworkManagerState::toProfile(const QString &path) const
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

QString NetworkManagerState::strongestAccessPoint(const QString &device, const QByteArray &ssid) const
{
    QString strongestPath = noPath();
    int strongest = -1;
    for (const QString &path : m_devices.value(device).accessPoints) {
        const AccessPoint ap = m_accessPoints.value(path);
        if (ap.ssid == ssid && ap.strength > strongest) {
            strongestPath = path;
            strongest = ap.strength;
        }
    }
    return strongestPath;
}

bool NetworkManagerState::offersPsk(const QString &device, const QByteArray &ssid) const
{
    const QStringList inRange = m_devices.value(device).accessPoints;
    return std::any_of(inRange.cbegin(), inRange.cend(), [&](const QString &path) {
        const AccessPoint ap = m_accessPoints.value(path);
        return ap.ssid == ssid && NetworkManager::offersPsk(ap.wpaFlags, ap.rsnFlags);
    });
}

} // namespace Aerial
