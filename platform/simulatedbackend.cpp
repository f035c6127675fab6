#include "simulatedbackend.h"

#include "simulation/scenario.h"

#include <QFile>
#include <QFileInfo>
#include <QTimer>

namespace Aerial {
namespace {

// The engine's enums are its own (it has no Qt); these share their order.
static_assert(int(aerial::sim::InterfaceState::Authenticating) == int(InterfaceState::Authenticating));
static_assert(int(aerial::sim::InterfaceState::NotReady) == int(InterfaceState::NotReady));
static_assert(int(aerial::sim::Security::Owe) == int(Security::Owe));
static_assert(int(aerial::sim::Operation::QueryConnection) == int(Operation::QueryConnection));

QString fromStd(const std::string &text)
{
    return QString::fromStdString(text);
}

QByteArray bytes(const std::string &text)
{
    return QByteArray(text.data(), qsizetype(text.size()));
}

ErrorKind errorKind(const aerial::sim::OperationResult &result)
{
    using E = aerial::sim::ErrorKind;
    switch (result.error) {
    case E::None: return ErrorKind::None;
    case E::AccessDenied: return ErrorKind::AccessDenied;
    case E::InvalidParameter: return ErrorKind::InvalidParameter;
    case E::InvalidHandle: return ErrorKind::InvalidHandle;
    case E::NotEnoughMemory: return ErrorKind::NotEnoughMemory;
    case E::ServiceUnavailable: return ErrorKind::ServiceUnavailable;
    case E::Rpc: return ErrorKind::RpcFailure;
    case E::NotFound: return ErrorKind::NotFound;
    case E::InvalidState: return ErrorKind::InvalidState;
    case E::ConnectionFailed:
        return result.nativeCode == aerial::sim::ReasonPskMismatch ? ErrorKind::PasswordRejected
                                                                   : ErrorKind::ConnectionFailed;
    case E::AlreadyExists:
    case E::BadProfile: return ErrorKind::Other;
    }
    return ErrorKind::Other;
}

WirelessProfile toProfile(const aerial::sim::Profile &profile)
{
    WirelessProfile converted;
    converted.id = fromStd(profile.name);
    converted.name = converted.id;
    converted.scope = profile.groupPolicy ? ProfileScope::GroupPolicy
                      : profile.allUsers  ? ProfileScope::AllUsers
                                          : ProfileScope::ThisAccount;
    converted.autoConnect = profile.autoConnect;
    ProfileRights rights;
    if (!profile.allUsers || profile.userCanExecute)
        rights |= ProfileRight::Connect;
    if (profile.userCanWrite && !profile.groupPolicy)
        rights |= ProfileRight::Change | ProfileRight::Delete;
    converted.rights = rights;
    return converted;
}

} // namespace

SimulatedBackend::SimulatedBackend(aerial::sim::Scenario scenario, QObject *parent)
    : WirelessBackend(lcSim, parent), m_engine(std::move(scenario))
{
    startService();
}

WirelessInterface SimulatedBackend::toInterface(const aerial::sim::Interface &iface) const
{
    WirelessInterface converted;
    converted.id = fromStd(iface.id);
    converted.description = fromStd(iface.description);
    converted.state = static_cast<InterfaceState>(iface.state);
    converted.profile = isLinked(converted.state) ? fromStd(iface.profile) : QString();
    converted.profileName = converted.profile;
    converted.ssid = bytes(m_engine.connectedSsid(iface));
    converted.signal = m_engine.connectedSignal(iface);
    converted.radioOn = iface.radioOn;
    return converted;
}

void SimulatedBackend::startService()
{
    m_running = true;
    setServiceAvailable(true, {});
    for (const aerial::sim::Interface &iface : m_engine.scenario().interfaces) {
        const WirelessInterface converted = toInterface(iface);
        if (indexOfInterface(m_interfaces, converted.id) >= 0)
            continue;
        m_interfaces.append(converted);
        std::vector<aerial::sim::Network> networks;
        const aerial::sim::OperationResult read = m_engine.listNetworks(iface.id, &networks);
        const QList<WirelessNetwork> listed = toNetworks(networks);
        m_networks.insert(converted.id, listed);
        Q_EMIT interfaceAdded(converted);
        // A returning service lists them at once, as a new session's first
        // WlanGetAvailableNetworkList does.
        if (!listed.isEmpty())
            Q_EMIT networksChanged(converted.id, listed);
        // A refused read is reported as the service would refuse it: after
        // the constructor returns, once the event loop runs.
        if (read.error != aerial::sim::ErrorKind::None)
            finishLater(outcomeFor(0, read));
    }
}

void SimulatedBackend::stopService()
{
    if (!m_running)
        return;
    m_running = false;
    for (const Scheduled &scheduled : m_scheduled)
        scheduled.timer->deleteLater();
    m_scheduled.clear();
    m_joinedProfiles.clear();
    operations().failAll(ErrorKind::ServiceUnavailable, aerial::sim::win32::ServiceNotActive,
                         fromStd(aerial::sim::SimulationEngine::serviceMessage(aerial::sim::ErrorKind::ServiceUnavailable)));
    const QList<WirelessInterface> gone = m_interfaces;
    m_interfaces.clear();
    m_networks.clear();
    for (const WirelessInterface &iface : gone)
        Q_EMIT interfaceRemoved(iface.id);
    setServiceAvailable(false, tr("The simulated wireless service stopped. Aerial picks it up again when it starts."));
}

void SimulatedBackend::removeInterface(const QString &interfaceId)
{
    if (!m_engine.removeInterface(interfaceId.toStdString()))
        return;
    const std::string id = interfaceId.toStdString();
    for (auto it = m_scheduled.begin(); it != m_scheduled.end();) {
        if (it->notification.interfaceId == id) {
            it->timer->deleteLater();
            it = m_scheduled.erase(it);
        } else {
            ++it;
        }
    }
    operations().failInterface(interfaceId, ErrorKind::InvalidParameter, aerial::sim::win32::InvalidParameter,
                               tr("The interface was removed."));
    const int index = indexOfInterface(m_interfaces, interfaceId);
    if (index >= 0) {
        m_interfaces.removeAt(index);
        m_networks.remove(interfaceId);
        Q_EMIT interfaceRemoved(interfaceId);
    }
}

SimulatedBackend::~SimulatedBackend() = default;

std::unique_ptr<SimulatedBackend> SimulatedBackend::fromFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot be read: %2").arg(path, file.errorString());
        return nullptr;
    }
    // A scenario is a few kilobytes; refuse to slurp something that is not one.
    constexpr qint64 MaxScenarioBytes = 16 * 1024 * 1024;
    if (file.size() > MaxScenarioBytes) {
        *error = QStringLiteral("%1: is %2 bytes; a scenario file is at most 16 MiB").arg(path).arg(file.size());
        return nullptr;
    }
    return fromText(file.readAll(), QFileInfo(path).fileName(), error);
}

std::unique_ptr<SimulatedBackend> SimulatedBackend::fromText(const QByteArray &text, const QString &sourceName,
                                                            QString *error)
{
    try {
        auto scenario = aerial::sim::parseScenario(text.toStdString(), sourceName.toStdString());
        return std::make_unique<SimulatedBackend>(std::move(scenario));
    } catch (const aerial::sim::ScenarioError &failure) {
        *error = QString::fromStdString(failure.what());
    }
    return nullptr;
}

QString SimulatedBackend::serviceName() const
{
    return tr("Simulated wireless service");
}

QList<WirelessInterface> SimulatedBackend::interfaces() const
{
    return m_interfaces;
}

QList<WirelessNetwork> SimulatedBackend::networks(const QString &interfaceId) const
{
    return m_networks.value(interfaceId);
}

WirelessNetwork SimulatedBackend::toNetwork(const aerial::sim::Network &network) const
{
    WirelessNetwork converted;
    converted.ssid = bytes(network.ssid);
    converted.signal = network.signal;
    converted.security = static_cast<Security>(network.security);
    if (const aerial::sim::Profile *profile = m_engine.findProfile(network.profile))
        converted.profile = toProfile(*profile);
    return converted;
}

QList<WirelessNetwork> SimulatedBackend::toNetworks(const std::vector<aerial::sim::Network> &networks) const
{
    QList<WirelessNetwork> converted;
    converted.reserve(qsizetype(networks.size()));
    for (const aerial::sim::Network &network : networks)
        converted.append(toNetwork(network));
    return converted;
}

SimulatedBackend::Token SimulatedBackend::begin(const OperationResult &operation)
{
    return operations().add(operation);
}

bool SimulatedBackend::refuseWhileStopped(Token token)
{
    if (m_running)
        return false;
    aerial::sim::OperationResult refused;
    refused.error = aerial::sim::ErrorKind::ServiceUnavailable;
    refused.nativeCode = aerial::sim::win32::ServiceNotActive;
    refused.message = aerial::sim::SimulationEngine::serviceMessage(refused.error);
    finishLater(token, outcomeFor(token, refused));
    return true;
}

// The engine's result, told as the operation the caller started (a join is
// the engine's set-profile and connect).
OperationResult SimulatedBackend::outcomeFor(Token token, const aerial::sim::OperationResult &result) const
{
    OperationResult outcome;
    if (const OperationResult *operation = operations().find(token)) {
        outcome = *operation;
    } else {
        outcome.operation = static_cast<Operation>(result.operation); // the reads share their numbers
        outcome.interfaceId = fromStd(result.interfaceId);
        outcome.profile = fromStd(result.profile);
        outcome.profileName = outcome.profile;
    }
    outcome.error = errorKind(result);
    outcome.nativeCode = outcome.error == ErrorKind::None ? 0 : result.nativeCode;
    outcome.message = fromStd(result.message);
    return outcome;
}

BackendCapabilities SimulatedBackend::capabilities() const
{
    BackendCapabilities capabilities;
    capabilities.joinable = { Security::Open, Security::Owe, Security::Wpa2Personal, Security::Wpa3Personal };
    capabilities.hiddenNetworks = true;
    capabilities.forget = true;
    capabilities.autoConnect = true;
    capabilities.radio = RadioSwitch::PerInterface;
    return capabilities;
}

bool SimulatedBackend::radioHardwareOn(const QString &interfaceId) const
{
    const aerial::sim::Interface *iface = m_engine.findInterface(interfaceId.toStdString());
    return !iface || iface->hardwareRadioOn;
}

void SimulatedBackend::connectProfile(const QString &interfaceId, const QString &profile)
{
    const Token token = begin(OperationResult::of(Operation::Connect, interfaceId, profile));
    if (refuseWhileStopped(token))
        return;
    supersede(interfaceId);
    run(m_engine.connect(interfaceId.toStdString(), profile.toStdString()), token);
}

void SimulatedBackend::disconnectInterface(const QString &interfaceId)
{
    OperationResult operation = OperationResult::of(Operation::Disconnect, interfaceId);
    if (const int index = indexOfInterface(m_interfaces, interfaceId); index >= 0)
        operation.profile = operation.profileName = m_interfaces[index].profile;
    const Token token = begin(operation);
    if (refuseWhileStopped(token))
        return;
    supersede(interfaceId);
    run(m_engine.disconnect(interfaceId.toStdString()), token);
}

void SimulatedBackend::scan(const QString &interfaceId)
{
    const Token token = begin(OperationResult::of(Operation::Scan, interfaceId));
    if (refuseWhileStopped(token))
        return;
    run(m_engine.scan(interfaceId.toStdString()), token);
}

void SimulatedBackend::join(const JoinRequest &request)
{
    aerial::sim::Network network;
    network.ssid = request.ssid.toStdString();
    network.security = static_cast<aerial::sim::Security>(request.security);
    // A network that has a profile already gets its key replaced, as
    // WlanSetProfile with bOverwrite does; otherwise a new per-user profile.
    const aerial::sim::Profile *existing = m_engine.profileFor(network);
    aerial::sim::Profile profile = existing ? *existing : aerial::sim::Profile{};
    if (!existing) {
        profile.name = m_engine.freeProfileName(network.ssid);
        profile.ssid = network.ssid;
        profile.security = network.security;
    }
    const bool personal = request.security == Security::Wpa2Personal || request.security == Security::Wpa3Personal;
    profile.hasPassphrase = personal;
    profile.passphrase = personal ? request.secret.toStdString() : std::string();
    profile.nonBroadcast = request.hidden;
    profile.autoConnect = request.autoConnect;

    OperationResult operation = OperationResult::of(Operation::Join, request.interfaceId, fromStd(profile.name));
    operation.profileName = operation.profile;
    operation.ssid = request.ssid;
    const Token token = begin(operation);
    if (refuseWhileStopped(token))
        return;
    if (!capabilities().joinable.contains(request.security) || request.scope != ProfileScope::ThisAccount) {
        OperationResult refused = operation;
        refused.error = ErrorKind::NotSupported;
        refused.message = tr("The simulated service joins WPA2-Personal, WPA3-Personal, Enhanced Open and open "
                             "networks, for this account only.");
        finishLater(token, refused);
        return;
    }
    const aerial::sim::OperationResult saved =
        m_engine.setProfile(request.interfaceId.toStdString(), profile, existing != nullptr);
    if (saved.error != aerial::sim::ErrorKind::None) {
        finishLater(token, outcomeFor(token, saved));
        return;
    }
    if (!existing)
        m_joinedProfiles.insert(token, operation.profile);
    supersede(request.interfaceId);
    scheduleNetworkLists(); // the network now shows its profile, as profile_change makes Windows tell
    run(m_engine.connect(request.interfaceId.toStdString(), profile.name), token);
}

void SimulatedBackend::forget(const QString &interfaceId, const QString &profile)
{
    OperationResult operation = OperationResult::of(Operation::Forget, interfaceId, profile);
    operation.profileName = profile;
    const Token token = begin(operation);
    if (refuseWhileStopped(token))
        return;
    const aerial::sim::Outcome deleted = m_engine.deleteProfile(interfaceId.toStdString(), profile.toStdString());
    if (deleted.result.error == aerial::sim::ErrorKind::None)
        scheduleNetworkLists();
    run(deleted, token);
}

void SimulatedBackend::setAutoConnect(const QString &interfaceId, const QString &profile, bool autoConnect)
{
    OperationResult operation = OperationResult::of(Operation::SetAutoConnect, interfaceId, profile);
    operation.profileName = profile;
    operation.on = autoConnect;
    const Token token = begin(operation);
    if (refuseWhileStopped(token))
        return;
    // Windows changes connectionMode by writing the whole profile back.
    const aerial::sim::Profile *found = m_engine.findProfile(profile.toStdString());
    aerial::sim::OperationResult written;
    if (!found) {
        written.error = aerial::sim::ErrorKind::NotFound;
        written.nativeCode = aerial::sim::win32::NotFound;
        written.message = aerial::sim::SimulationEngine::serviceMessage(written.error);
    } else {
        aerial::sim::Profile changed = *found;
        changed.autoConnect = autoConnect;
        written = m_engine.setProfile(interfaceId.toStdString(), changed, true);
    }
    if (written.error != aerial::sim::ErrorKind::None) {
        finishLater(token, outcomeFor(token, written));
        return;
    }
    scheduleNetworkLists();
    aerial::sim::Notification done;
    done.kind = aerial::sim::Notification::Kind::OperationCompleted;
    done.interfaceId = interfaceId.toStdString();
    done.result = written;
    schedule(done, token);
}

void SimulatedBackend::setRadio(const QString &interfaceId, bool on)
{
    OperationResult operation = OperationResult::of(Operation::SetRadio, interfaceId);
    operation.on = on;
    const Token token = begin(operation);
    if (refuseWhileStopped(token))
        return;
    supersede(interfaceId);
    run(m_engine.setRadio(interfaceId.toStdString(), on), token);
}

void SimulatedBackend::scheduleNetworkLists()
{
    for (const aerial::sim::Interface &iface : m_engine.scenario().interfaces) {
        aerial::sim::Notification list;
        list.kind = aerial::sim::Notification::Kind::NetworksChanged;
        list.interfaceId = iface.id;
        list.networks = m_engine.visibleNetworks(iface);
        schedule(list, 0);
    }
}

// A new connect or disconnect replaces what an earlier one still had to say
// about the interface's state, as a new WlanConnect does. The earlier call's
// completion is still delivered, at once, so every call finishes exactly once.
void SimulatedBackend::supersede(const QString &interfaceId)
{
    const std::string id = interfaceId.toStdString();
    std::vector<Scheduled> keep;
    std::vector<Scheduled> flush;
    for (Scheduled &scheduled : m_scheduled) {
        if (scheduled.notification.interfaceId != id
            || scheduled.notification.kind == aerial::sim::Notification::Kind::NetworksChanged) {
            keep.push_back(scheduled);
            continue;
        }
        scheduled.timer->stop();
        if (scheduled.notification.kind == aerial::sim::Notification::Kind::OperationCompleted) {
            scheduled.notification.delayMs = 0;
            flush.push_back(scheduled);
        } else {
            scheduled.timer->deleteLater();
        }
    }
    m_scheduled = std::move(keep);
    for (Scheduled &scheduled : flush) {
        m_scheduled.push_back(scheduled);
        scheduled.timer->start(0);
    }
}

void SimulatedBackend::run(const aerial::sim::Outcome &outcome, Token token)
{
    if (outcome.result.error != aerial::sim::ErrorKind::None) {
        m_joinedProfiles.remove(token);
        finishLater(token, outcomeFor(token, outcome.result));
        return;
    }
    for (const aerial::sim::Notification &notification : outcome.notifications)
        schedule(notification, token);
}

void SimulatedBackend::schedule(const aerial::sim::Notification &notification, Token token)
{
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setTimerType(Qt::CoarseTimer);
    connect(timer, &QTimer::timeout, this, [this, timer] {
        for (auto it = m_scheduled.begin(); it != m_scheduled.end(); ++it) {
            if (it->timer == timer) {
                const Scheduled due = *it;
                m_scheduled.erase(it);
                deliver(timer, due.notification, due.token);
                return;
            }
        }
    });
    m_scheduled.push_back(Scheduled{ timer, notification, token });
    timer->start(notification.delayMs);
}

void SimulatedBackend::deliver(QTimer *timer, const aerial::sim::Notification &notification, Token token)
{
    timer->deleteLater();
    const QString id = fromStd(notification.interfaceId);
    switch (notification.kind) {
    case aerial::sim::Notification::Kind::StateChanged: {
        const int index = indexOfInterface(m_interfaces, id);
        if (index < 0)
            break;
        WirelessInterface &iface = m_interfaces[index];
        iface.state = static_cast<InterfaceState>(notification.state);
        iface.profile = isLinked(iface.state) ? fromStd(notification.profile) : QString();
        iface.profileName = iface.profile;
        iface.ssid = bytes(notification.ssid);
        iface.signal = notification.signal;
        iface.radioOn = notification.radioOn;
        // A copy: a receiver may stop the service, which empties the list.
        const WirelessInterface changed = iface;
        Q_EMIT interfaceChanged(changed);
        break;
    }
    case aerial::sim::Notification::Kind::NetworksChanged: {
        if (indexOfInterface(m_interfaces, id) < 0)
            break;
        const QList<WirelessNetwork> networks = toNetworks(notification.networks);
        m_networks.insert(id, networks);
        Q_EMIT networksChanged(id, networks);
        break;
    }
    case aerial::sim::Notification::Kind::OperationCompleted: {
        const OperationResult outcome = outcomeFor(token, notification.result);
        // A join that did not connect takes its new profile away again.
        const QString joined = m_joinedProfiles.take(token);
        if (!joined.isEmpty() && !outcome.succeeded()) {
            m_engine.deleteProfile(notification.interfaceId, joined.toStdString()); // nothing is connected with it
            for (const aerial::sim::Interface &iface : m_engine.scenario().interfaces) {
                const QString other = fromStd(iface.id);
                const QList<WirelessNetwork> networks = toNetworks(m_engine.visibleNetworks(iface));
                if (indexOfInterface(m_interfaces, other) >= 0 && m_networks.value(other) != networks) {
                    m_networks.insert(other, networks);
                    Q_EMIT networksChanged(other, networks);
                }
            }
        }
        operations().finish(token, outcome);
        break;
    }
    }
}

} // namespace Aerial
