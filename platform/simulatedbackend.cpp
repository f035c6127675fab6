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

OperationResult toResult(const aerial::sim::OperationResult &result)
{
    OperationResult converted;
    converted.operation = static_cast<Operation>(result.operation);
    converted.interfaceId = fromStd(result.interfaceId);
    converted.profile = fromStd(result.profile);
    switch (result.error) {
    case aerial::sim::ErrorKind::None: converted.error = ErrorKind::None; break;
    case aerial::sim::ErrorKind::AccessDenied: converted.error = ErrorKind::AccessDenied; break;
    case aerial::sim::ErrorKind::InvalidParameter: converted.error = ErrorKind::InvalidParameter; break;
    case aerial::sim::ErrorKind::InvalidHandle: converted.error = ErrorKind::InvalidHandle; break;
    case aerial::sim::ErrorKind::NotEnoughMemory: converted.error = ErrorKind::NotEnoughMemory; break;
    case aerial::sim::ErrorKind::ServiceUnavailable: converted.error = ErrorKind::ServiceUnavailable; break;
    case aerial::sim::ErrorKind::Rpc: converted.error = ErrorKind::RpcFailure; break;
    case aerial::sim::ErrorKind::NotFound: converted.error = ErrorKind::NotFound; break;
    case aerial::sim::ErrorKind::InvalidState: converted.error = ErrorKind::InvalidState; break;
    case aerial::sim::ErrorKind::ConnectionFailed: converted.error = ErrorKind::ConnectionFailed; break;
    }
    converted.nativeCode = result.nativeCode;
    converted.message = fromStd(result.message);
    return converted;
}

} // namespace

SimulatedBackend::SimulatedBackend(aerial::sim::Scenario scenario, QObject *parent)
    : WirelessBackend(parent), m_engine(std::move(scenario))
{
    for (const aerial::sim::Interface &iface : m_engine.scenario().interfaces) {
        WirelessInterface converted;
        converted.id = fromStd(iface.id);
        converted.description = fromStd(iface.description);
        converted.state = static_cast<InterfaceState>(iface.state);
        converted.profile = isLinked(converted.state) ? fromStd(iface.profile) : QString();
        converted.ssid = bytes(m_engine.connectedSsid(iface));
        converted.signal = m_engine.connectedSignal(iface);
        converted.radioOn = iface.radioOn;
        m_interfaces.append(converted);
        std::vector<aerial::sim::Network> networks;
        const aerial::sim::OperationResult read = m_engine.listNetworks(iface.id, &networks);
        m_networks.insert(converted.id, toNetworks(networks));
        // A refused read is reported as the service would refuse it: after
        // the constructor returns, once the event loop runs.
        if (read.error != aerial::sim::ErrorKind::None)
            finishLater(toResult(read));
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
    converted.profile = fromStd(network.profile);
    if (const aerial::sim::Profile *profile = m_engine.findProfile(network.profile))
        converted.allUsersProfile = profile->allUsers;
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

void SimulatedBackend::connectProfile(const QString &interfaceId, const QString &profile)
{
    supersede(interfaceId);
    run(m_engine.connect(interfaceId.toStdString(), profile.toStdString()));
}

void SimulatedBackend::disconnectInterface(const QString &interfaceId)
{
    supersede(interfaceId);
    run(m_engine.disconnect(interfaceId.toStdString()));
}

void SimulatedBackend::scan(const QString &interfaceId)
{
    run(m_engine.scan(interfaceId.toStdString()));
}

// A new connect or disconnect replaces what an earlier one still had to say
// about the interface's state, as a new WlanConnect does. The earlier call's
// completion is still delivered, at once, so every call finishes exactly once.
void SimulatedBackend::supersede(const QString &interfaceId)
{
    const std::string id = interfaceId.toStdString();
    std::vector<Pending> keep;
    std::vector<Pending> flush;
    for (Pending &pending : m_pending) {
        if (pending.notification.interfaceId != id
            || pending.notification.kind == aerial::sim::Notification::Kind::NetworksChanged) {
            keep.push_back(pending);
            continue;
        }
        pending.timer->stop();
        if (pending.notification.kind == aerial::sim::Notification::Kind::OperationCompleted) {
            pending.notification.delayMs = 0;
            flush.push_back(pending);
        } else {
            pending.timer->deleteLater();
        }
    }
    m_pending = std::move(keep);
    for (Pending &pending : flush) {
        m_pending.push_back(pending);
        pending.timer->start(0);
    }
}

void SimulatedBackend::run(const aerial::sim::Outcome &outcome)
{
    if (outcome.result.error != aerial::sim::ErrorKind::None) {
        finishLater(toResult(outcome.result));
        return;
    }
    for (const aerial::sim::Notification &notification : outcome.notifications) {
        auto *timer = new QTimer(this);
        timer->setSingleShot(true);
        timer->setTimerType(Qt::CoarseTimer);
        connect(timer, &QTimer::timeout, this, [this, timer] {
            for (auto it = m_pending.begin(); it != m_pending.end(); ++it) {
                if (it->timer == timer) {
                    const aerial::sim::Notification due = it->notification;
                    m_pending.erase(it);
                    deliver(timer, due);
                    return;
                }
            }
        });
        m_pending.push_back(Pending{ timer, notification });
        timer->start(notification.delayMs);
    }
}

void SimulatedBackend::deliver(QTimer *timer, const aerial::sim::Notification &notification)
{
    timer->deleteLater();
    const QString id = fromStd(notification.interfaceId);
    switch (notification.kind) {
    case aerial::sim::Notification::Kind::StateChanged:
        for (WirelessInterface &iface : m_interfaces) {
            if (iface.id != id)
                continue;
            iface.state = static_cast<InterfaceState>(notification.state);
            iface.profile = isLinked(iface.state) ? fromStd(notification.profile) : QString();
            iface.ssid = bytes(notification.ssid);
            iface.signal = notification.signal;
            Q_EMIT interfaceChanged(iface);
        }
        break;
    case aerial::sim::Notification::Kind::NetworksChanged: {
        const QList<WirelessNetwork> networks = toNetworks(notification.networks);
        m_networks.insert(id, networks);
        Q_EMIT networksChanged(id, networks);
        break;
    }
    case aerial::sim::Notification::Kind::OperationCompleted:
        Q_EMIT operationFinished(toResult(notification.result));
        break;
    }
}

} // namespace Aerial
