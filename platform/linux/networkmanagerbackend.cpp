#include "networkmanagerbackend.h"

#include "networkmanagersecretagent.h"
#include "networkmanagerstate.h"
#include "networkmanagertypes.h"
#include "secretstore.h"

#include <QDBusArgument>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusVariant>
#include <QUuid>

#include <pwd.h>
#include <unistd.h>

namespace Aerial {

using namespace Aerial::NetworkManager;

namespace {

const QString WirelessSecurity = QStringLiteral("802-11-wireless-security");

constexpr int ScanThrottleMs = 10000; // NetworkManager keeps its list fresh by itself meanwhile

QString noPath()
{
    return QStringLiteral("/");
}

QString pathOf(const QVariant &value)
{
    return value.value<QDBusObjectPath>().path();
}

QString notRunningReason()
{
    return NetworkManagerBackend::tr("NetworkManager is not running, so Aerial cannot see or change the Wi-Fi. Aerial picks it up again "
              "by itself when it starts; an administrator can start it with “systemctl start NetworkManager”.");
}

} // namespace

NetworkManagerBackend::NetworkManagerBackend(const QDBusConnection &bus, QObject *parent)
    : WirelessBackend(lcNm, parent),
      m_state(new NetworkManagerState(bus, this)),
      m_secrets(new SecretStore(this)),
      m_agent(new NetworkManagerSecretAgent(bus, m_secrets, this))
{
    connect(m_state, &NetworkManagerState::interfaceAdded, this, &WirelessBackend::interfaceAdded);
    connect(m_state, &NetworkManagerState::interfaceRemoved, this, &WirelessBackend::interfaceRemoved);
    connect(m_state, &NetworkManagerState::interfaceChanged, this, &WirelessBackend::interfaceChanged);
    connect(m_state, &NetworkManagerState::networksChanged, this, &WirelessBackend::networksChanged);
    connect(m_state, &NetworkManagerState::permissionsRead, this, &NetworkManagerBackend::setPermissions);
    connect(m_state, &NetworkManagerState::serviceAppeared, this, [this] { setServiceAvailable(true, {}); });
    connect(m_state, &NetworkManagerState::serviceVanishing, this, [this] {
        operations().failAll(ErrorKind::ServiceUnavailable, 0, tr("NetworkManager stopped."));
        m_promptCancelled.clear();
        m_joinedUuids.clear();
        m_lastScanRequest.clear();
    });
    connect(m_state, &NetworkManagerState::serviceVanished, this, [this] {
        setPermissions(true, true);
        setServiceAvailable(false, notRunningReason());
    });
    connect(m_state, &NetworkManagerState::deviceRemoving, this, [this](const QString &path) {
        operations().failInterface(path, ErrorKind::InvalidParameter, 0, tr("The device was removed."));
        m_lastScanRequest.remove(path);
    });
    // Operations end as the published state shows them ending.
    connect(m_state, &NetworkManagerState::devicePublished, this, &NetworkManagerBackend::checkPending);
    connect(m_state, &NetworkManagerState::published, this, &NetworkManagerBackend::checkRadio);

    // Whether a join can keep the password (capabilities().savesSecrets)
    // moves with the keyring and the agent's registration.
    connect(m_secrets, &SecretStore::availabilityChanged, this, &WirelessBackend::permissionsChanged);
    connect(m_agent, &NetworkManagerSecretAgent::registeredChanged, this, &WirelessBackend::permissionsChanged);
    connect(m_agent, &NetworkManagerSecretAgent::secretRequested, this, &WirelessBackend::secretRequested);
    connect(m_agent, &NetworkManagerSecretAgent::secretRequestWithdrawn, this, &WirelessBackend::secretRequestWithdrawn);
    connect(m_agent, &NetworkManagerSecretAgent::promptCancelled, this,
            [this](const QString &path) { m_promptCancelled.insert(path); });
    m_agent->setDeviceResolver([this](const QString &path) { return deviceForConnection(path); });
    // The agent gives a join's password up as the join ends, however it ends.
    connect(&operations(), &PendingOperations::finished, this, [this] {
        for (auto it = m_heldForJoin.begin(); it != m_heldForJoin.end();) {
            if (operations().contains(it.key())) {
                ++it;
                continue;
            }
            m_agent->releaseJoin(it.value());
            it = m_heldForJoin.erase(it);
        }
    });

    if (NetworkManagerState::isRunning(bus))
        m_state->start();
    else
        setServiceAvailable(false, notRunningReason());
}

NetworkManagerBackend::~NetworkManagerBackend()
{
    // Here, not in ~WirelessBackend: what the operations' ends touch (the
    // agent, m_heldForJoin) is still alive.
    shutDown();
}

bool NetworkManagerBackend::isRunning(const QDBusConnection &bus)
{
    return NetworkManagerState::isRunning(bus);
}

QList<WirelessInterface> NetworkManagerBackend::interfaces() const
{
    return m_state->interfaces();
}

QList<WirelessNetwork> NetworkManagerBackend::networks(const QString &interfaceId) const
{
    return m_state->networks(interfaceId);
}

int NetworkManagerBackend::updateCount() const
{
    return m_state->updateCount();
}

// ---- operations ----

void NetworkManagerBackend::connectProfile(const QString &interfaceId, const QString &profile)
{
    OperationResult operation = OperationResult::of(Operation::Connect, interfaceId, profile);
    const NetworkManagerState::Profile *saved = m_state->profile(profile);
    if (saved)
        operation.profileName = saved->id;
    const Token token = operations().add(operation);
    if (refuseWhileStopped(token, operation))
        return;
    if (!m_state->device(interfaceId)) {
        operation.error = ErrorKind::InvalidParameter;
        operation.message = tr("NetworkManager has no such Wi-Fi device.");
        finishLater(token, operation);
        return;
    }
    if (!saved) {
        operation.error = ErrorKind::NotFound;
        operation.errorName = QStringLiteral("org.freedesktop.NetworkManager.UnknownConnection");
        operation.message = tr("NetworkManager has no such saved connection.");
        finishLater(token, operation);
        return;
    }
    const QString accessPoint = m_state->strongestAccessPoint(interfaceId, saved->ssid);
    QDBusMessage message =
        QDBusMessage::createMethodCall(Service, ManagerPath, ManagerInterface, QStringLiteral("ActivateConnection"));
    message << QVariant::fromValue(QDBusObjectPath(profile)) << QVariant::fromValue(QDBusObjectPath(interfaceId))
            << QVariant::fromValue(QDBusObjectPath(accessPoint));
    m_state->call(message, [this, token](const QDBusMessage &reply) {
        if (reply.type() == QDBusMessage::ErrorMessage)
            fail(token, reply);
        else
            await(token, m_timeouts.connectMs);
    });
}

void NetworkManagerBackend::disconnectInterface(const QString &interfaceId)
{
    OperationResult operation = OperationResult::of(Operation::Disconnect, interfaceId);
    const QList<WirelessInterface> &published = m_state->interfaces();
    const int index = indexOfInterface(published, interfaceId);
    if (index >= 0) {
        operation.profile = published[index].profile;
        operation.profileName = published[index].profileName;
    }
    const Token token = operations().add(operation);
    if (refuseWhileStopped(token, operation))
        return;
    if (!m_state->device(interfaceId) || index < 0) {
        operation.error = ErrorKind::InvalidParameter;
        operation.message = tr("NetworkManager has no such Wi-Fi device.");
        finishLater(token, operation);
        return;
    }
    m_state->call(QDBusMessage::createMethodCall(Service, interfaceId, DeviceInterface, QStringLiteral("Disconnect")),
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
    if (refuseWhileStopped(token, operation))
        return;
    const NetworkManagerState::Device *device = m_state->device(interfaceId);
    if (!device) {
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
    m_scanBaselines.insert(token, device->lastScan);
    // Counted from the request: LastScan may move before the reply arrives.
    m_lastScanRequest[interfaceId].start();
    m_state->call(message, [this, token, interfaceId](const QDBusMessage &reply) {
        if (reply.type() == QDBusMessage::ErrorMessage) {
            m_lastScanRequest.remove(interfaceId); // a refused scan does not count
            fail(token, reply);
            return;
        }
        const NetworkManagerState::Device *scanned = m_state->device(interfaceId);
        if (scanned && !scanned->hasLastScan)
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
    const QString system = m_state->permission(ModifySystem);
    capabilities.allUsersJoin = system == QLatin1String("yes") || system == QLatin1String("auth");
    capabilities.forget = true;
    capabilities.autoConnect = true;
    capabilities.radio = RadioSwitch::Global;
    return capabilities;
}

namespace {

bool takesPassword(Security security)
{
    return security == Security::Wpa2Personal || security == Security::Wpa3Personal;
}

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
        const bool psk =
            request.security == Security::Wpa2Personal || m_state->offersPsk(request.interfaceId, request.ssid);
        security.insert(QStringLiteral("key-mgmt"), psk ? QStringLiteral("wpa-psk") : QStringLiteral("sae"));
        // No psk: NetworkManager asks Aerial's agent for it (startJoin). A
        // shared connection's secret is then NetworkManager's to keep (0);
        // this account's own is Aerial's agent's (1), or not saved (2) and
        // asked for again next time where there is no keyring.
        security.insert(QStringLiteral("psk-flags"), uint(allUsers ? 0 : capabilities().savesSecrets ? 1 : 2));
    }
    settings.insert(WirelessSecurity, security);
    return settings;
}

void NetworkManagerBackend::join(const JoinRequest &request)
{
    OperationResult operation = OperationResult::of(Operation::Join, request.interfaceId);
    operation.ssid = request.ssid;
    operation.scope = request.scope;
    const Token token = operations().add(operation);
    if (refuseWhileStopped(token, operation))
        return;
    if (!m_state->device(request.interfaceId)) {
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
    // Aerial's agent registers as Aerial starts; a join as early as that
    // (aerialctl's) waits for the answer.
    if (takesPassword(request.security) && m_agent->isRegistering()) {
        connect(m_agent, &NetworkManagerSecretAgent::registrationSettled, this,
                [this, token, request] {
                    if (operations().find(token))
                        startJoin(token, request);
                },
                Qt::SingleShotConnection);
        return;
    }
    startJoin(token, request);
}

void NetworkManagerBackend::startJoin(Token token, const JoinRequest &request)
{
    // "/" for a hidden network, which NetworkManager then looks for by its SSID.
    const QString accessPoint =
        request.hidden ? noPath() : m_state->strongestAccessPoint(request.interfaceId, request.ssid);
    QMap<QString, QVariantMap> settings = joinSettings(request);
    if (!takesPassword(request.security)) {
        addAndActivate(token, settings, request.interfaceId, accessPoint, true);
        return;
    }
    // The password crosses the system bus only in the agent's answer to
    // NetworkManager's GetSecrets (SecretAgent.xml), not in the settings.
    if (!m_agent->isRegistered()) {
        OperationResult operation = *operations().find(token);
        operation.error = ErrorKind::NotSupported;
        operation.message = tr("NetworkManager has not taken Aerial as a secret agent, which is how Aerial hands it "
                               "a network's password.");
        finishLater(token, operation);
        return;
    }
    const QString uuid = settings.value(QStringLiteral("connection")).value(QStringLiteral("uuid")).toString();
    m_agent->holdForJoin(uuid, request.secret);
    m_heldForJoin.insert(token, uuid);
    if (settings.value(WirelessSecurity).value(QStringLiteral("psk-flags")).toUInt() != 1) {
        addAndActivate(token, settings, request.interfaceId, accessPoint, true);
        return;
    }
    // The agent's secret is in the keyring before NetworkManager asks for it;
    // where the keyring refuses it, the password is not saved instead.
    m_secrets->write(uuid, WirelessSecurity, request.secret,
                     [this, token, settings, device = request.interfaceId, accessPoint](bool stored) mutable {
                         if (!operations().find(token))
                             return;
                         if (!stored)
                             settings[WirelessSecurity].insert(QStringLiteral("psk-flags"), 2u);
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
    m_state->call(message, [this, token, settings, device, accessPoint, version2](const QDBusMessage &reply) {
        const QString uuid = settings.value(QStringLiteral("connection")).value(QStringLiteral("uuid")).toString();
        const bool kept = settings.value(WirelessSecurity).value(QStringLiteral("psk-flags")).toUInt() == 1;
        if (reply.type() == QDBusMessage::ErrorMessage) {
            // AddAndActivateConnection2 is NetworkManager 1.16 and later.
            if (version2 && reply.errorName() == QLatin1String("org.freedesktop.DBus.Error.UnknownMethod")) {
                addAndActivate(token, settings, device, accessPoint, false);
                return;
            }
            if (kept)
                m_secrets->remove(uuid, WirelessSecurity); // no connection, so no secret
            fail(token, reply);
            return;
        }
        const QString path = pathOf(reply.arguments().value(0));
        if (kept)
            m_joinedUuids.insert(path, uuid);
        operations().amend(token, path, settings.value(QStringLiteral("connection")).value(QStringLiteral("id")).toString());
        m_state->loadProfile(path);
        await(token, m_timeouts.connectMs);
    });
}

void NetworkManagerBackend::deleteConnection(const QString &path)
{
    // The join's own record: its GetSettings may not have answered yet.
    const NetworkManagerState::Profile *saved = m_state->profile(path);
    const QString uuid = m_joinedUuids.contains(path) ? m_joinedUuids.take(path) : saved ? saved->uuid : QString();
    if (!uuid.isEmpty())
        m_secrets->remove(uuid, WirelessSecurity);
    m_state->call(QDBusMessage::createMethodCall(Service, path, ConnectionInterface, QStringLiteral("Delete")),
         [](const QDBusMessage &) {});
}

bool NetworkManagerBackend::radioHardwareOn(const QString &) const
{
    return m_state->wirelessHardwareEnabled();
}

NetworkManagerBackend::Token NetworkManagerBackend::beginProfileOperation(Operation kind, const QString &interfaceId,
                                                                          const QString &profile, bool on)
{
    OperationResult operation = OperationResult::of(kind, interfaceId, profile);
    operation.on = on;
    const NetworkManagerState::Profile *saved = m_state->profile(profile);
    if (saved) {
        operation.profileName = saved->id;
        operation.scope = saved->allUsers ? ProfileScope::AllUsers : ProfileScope::ThisAccount;
    }
    const Token token = operations().add(operation);
    if (refuseWhileStopped(token, operation))
        return 0;
    if (!saved) {
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
    const NetworkManagerState::Profile *saved = m_state->profile(profile);
    const QString uuid = saved ? saved->uuid : QString();
    auto finish = finishOnReply(token);
    m_state->call(QDBusMessage::createMethodCall(Service, profile, ConnectionInterface, QStringLiteral("Delete")),
         [this, uuid, finish](const QDBusMessage &reply) {
             // NetworkManager sends agents DeleteSecrets as well; this covers
             // a keyring entry left while the agent was not registered.
             if (reply.type() != QDBusMessage::ErrorMessage && !uuid.isEmpty())
                 m_secrets->remove(uuid, WirelessSecurity);
             finish(reply);
         });
}

QString NetworkManagerBackend::deviceForConnection(const QString &path) const
{
    for (const QString &device : m_state->deviceOrder()) {
        if (m_state->active(m_state->device(device)->activeConnection).connection == path)
            return device;
    }
    // Not active yet: the device of the join or connect that started it.
    for (const Token token : operations().matching([&path](const OperationResult &operation) {
             return operation.profile == path;
         })) {
        if (const OperationResult *operation = operations().find(token))
            return operation->interfaceId;
    }
    return m_state->deviceOrder().value(0);
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
    m_state->call(QDBusMessage::createMethodCall(Service, profile, ConnectionInterface, QStringLiteral("GetSettings")),
         [this, token, profile, autoConnect](const QDBusMessage &reply) {
             if (reply.type() == QDBusMessage::ErrorMessage || reply.arguments().isEmpty()) {
                 fail(token, reply);
                 return;
             }
             auto settings = demarshal<QMap<QString, QVariantMap>>(reply.arguments().constFirst(),
                                                                   QLatin1String("a{sa{sv}}"));
             settings[QStringLiteral("connection")].insert(QStringLiteral("autoconnect"), autoConnect);
             updateSettings(token, profile, settings);
         });
}

void NetworkManagerBackend::updateSettings(Token token, const QString &path, const QMap<QString, QVariantMap> &settings)
{
    constexpr uint ToDisk = 0x1; // NM_SETTINGS_UPDATE2_FLAG_TO_DISK
    QDBusMessage update2 = QDBusMessage::createMethodCall(Service, path, ConnectionInterface, QStringLiteral("Update2"));
    update2 << QVariant::fromValue(settings) << ToDisk << QVariantMap();
    m_state->call(update2, [this, token, path, settings](const QDBusMessage &reply) {
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
        m_state->call(update, finishOnReply(token));
    });
}

void NetworkManagerBackend::setRadio(const QString &interfaceId, bool on)
{
    OperationResult operation = OperationResult::of(Operation::SetRadio, interfaceId);
    operation.on = on;
    const Token token = operations().add(operation);
    if (refuseWhileStopped(token, operation))
        return;
    if (on && !m_state->wirelessHardwareEnabled()) {
        operation.error = ErrorKind::InvalidState;
        operation.message = tr("A switch or key holds the Wi-Fi off (WirelessHardwareEnabled is false).");
        finishLater(token, operation);
        return;
    }
    QDBusMessage message = QDBusMessage::createMethodCall(Service, ManagerPath, PropertiesInterface, QStringLiteral("Set"));
    message << ManagerInterface << QStringLiteral("WirelessEnabled") << QVariant::fromValue(QDBusVariant(on));
    m_state->call(message, [this, token](const QDBusMessage &reply) {
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
        if (m_state->deviceOrder().isEmpty())
            checkRadio();
        else
            m_state->markAllDirty();
    });
}

void NetworkManagerBackend::checkRadio()
{
    const auto radio = [](const OperationResult &op) { return op.operation == Operation::SetRadio; };
    for (Token token : operations().matching(radio)) {
        const OperationResult *operation = operations().find(token);
        if (operation && operation->on == m_state->wirelessEnabled() && m_radioAccepted.contains(token))
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

// Whatever else the call names, NetworkManager's absence is the reason.
bool NetworkManagerBackend::refuseWhileStopped(Token token, OperationResult operation)
{
    if (isServiceAvailable())
        return false;
    operation.error = ErrorKind::ServiceUnavailable;
    operation.message = notRunningReason();
    finishLater(token, operation);
    return true;
}

void NetworkManagerBackend::checkPending(const QString &devicePath)
{
    const NetworkManagerState::Device *found = m_state->device(devicePath);
    if (!found)
        return;
    const NetworkManagerState::Device &device = *found;
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
            const NetworkManagerState::Active active = m_state->active(device.activeConnection);
            if (device.state == Activated && active.connection == operation->profile) {
                m_joinedUuids.remove(operation->profile);
                operations().succeed(token);
            }
            // FAILED can show before its reason, which comes in its own
            // message (StateReason, or StateChanged); DISCONNECTED always
            // follows it (a burst of states may show only that), and by
            // then the reason is known.
            else if ((device.state == Failed && device.failure != 0)
                     || (device.state == Disconnected && (m_connectProgress.contains(token) || device.failed))) {
                // A wrong password: the 4-way handshake ends (8), or no
                // secret came (7: on a join, Aerial's agent refuses to be
                // asked twice); on sae it is a time-out (11)
                // (docs/networkmanager.md, "Operations").
                const bool passwordRejected = device.failure == 7 || device.failure == 8 || device.failure == 11;
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
                        // 7 after the agent gave the password once: asked again.
                        operations().fail(token, ErrorKind::PasswordRejected, device.failure,
                                          device.failure == 7 ? tr("NetworkManager asked for the password again: the "
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
