#include "connectionnotifier.h"

#include "untrustedtext.h"
#include "wirelesscommands.h"

namespace Aerial {
namespace {

// States in which the service is trying to connect.
bool attempting(InterfaceState state)
{
    return state == InterfaceState::Associating || state == InterfaceState::Discovering
           || state == InterfaceState::Authenticating;
}

bool down(InterfaceState state)
{
    return state == InterfaceState::Disconnected || state == InterfaceState::NotReady;
}

QString joinLines(const QString &first, const QString &second)
{
    if (first.isEmpty())
        return second;
    if (second.isEmpty())
        return first;
    return first + QLatin1Char('\n') + second;
}

} // namespace

ConnectionNotifier::ConnectionNotifier(WirelessCommands *commands, Preferences *preferences, QObject *parent)
    : QObject(parent), m_commands(commands), m_preferences(preferences)
{
    WirelessBackend *backend = commands->backend();
    // What is there at start, or whatever is plugged in later, is recorded
    // without a word.
    const QList<WirelessInterface> present = backend->interfaces();
    for (const WirelessInterface &iface : present)
        onInterfaceChanged(iface);
    connect(backend, &WirelessBackend::interfaceAdded, this, &ConnectionNotifier::onInterfaceChanged);
    connect(backend, &WirelessBackend::interfaceChanged, this, &ConnectionNotifier::onInterfaceChanged);
    connect(backend, &WirelessBackend::interfaceRemoved, this,
            [this](const QString &interfaceId) { m_seen.remove(interfaceId); });
    connect(commands, &WirelessCommands::failed, this, &ConnectionNotifier::onFailed);
}

void ConnectionNotifier::onInterfaceChanged(const WirelessInterface &iface)
{
    const auto found = m_seen.find(iface.id);
    if (found == m_seen.end()) {
        Seen seen;
        seen.state = iface.state;
        seen.connected = iface.state == InterfaceState::Connected;
        seen.connectedSsid = seen.connected ? iface.ssid : QByteArray();
        m_seen.insert(iface.id, seen);
        return;
    }
    Seen &seen = *found;
    const InterfaceState before = seen.state;
    seen.state = iface.state;
    const QString interfaceLine =
        tr("Interface: %1").arg(UntrustedText::neutralise(m_commands ? m_commands->interfaceName(iface.id) : iface.description));

    if (iface.state == InterfaceState::Connected) {
        if (seen.connected && seen.connectedSsid == iface.ssid)
            return;
        seen.connected = true;
        seen.connectedSsid = iface.ssid;
        const QString ssid = UntrustedText::fromSsid(iface.ssid);
        announce(Preferences::Notice::Connected, tr("Connected to “%1”").arg(ssid),
                 joinLines(tr("The wireless network “%1” is connected.").arg(ssid), interfaceLine));
        return;
    }
    if (!down(iface.state))
        return; // disconnecting, or on the way to a connection
    if (seen.connected) {
        const QString ssid = UntrustedText::fromSsid(seen.connectedSsid);
        seen.connected = false;
        seen.connectedSsid.clear();
        const QString reason = iface.stateReason.isEmpty()
                                   ? tr("The wireless network “%1” is no longer connected.").arg(ssid)
                                   : UntrustedText::neutralise(iface.stateReason);
        announce(Preferences::Notice::Disconnected, tr("Disconnected from “%1”").arg(ssid),
                 joinLines(reason, interfaceLine));
        return;
    }
    // An attempt that failed on its own, such as the service connecting
    // automatically. One that the command layer started is reported by its
    // operation's result instead (onFailed).
    if (attempting(before) && !iface.stateReason.isEmpty() && m_commands
        && !m_commands->isInFlight(Operation::Connect, iface.id) && !m_commands->isInFlight(Operation::Join, iface.id)) {
        announce(Preferences::Notice::Failed, tr("Could not connect to “%1”").arg(UntrustedText::fromSsid(iface.ssid)),
                 joinLines(UntrustedText::neutralise(iface.stateReason), interfaceLine));
    }
}

void ConnectionNotifier::onFailed(const OperationResult &, const OperationExplanation &explanation)
{
    // The explanation's words are Aerial's own, with any SSID or name in
    // them neutralised already.
    announce(Preferences::Notice::Failed, explanation.what, joinLines(explanation.why, explanation.remedy));
}

void ConnectionNotifier::announce(Preferences::Notice kind, const QString &summary, const QString &body)
{
    if (!m_preferences->notifies(kind) || (m_windowShown && m_windowShown()))
        return;
    Q_EMIT notify(Notification{ kind, summary, body });
}

} // namespace Aerial
