#include "wirelesscommands.h"

#include "passphraserules.h"
#include "untrustedtext.h"

namespace Aerial {
namespace {

QString inFlightKey(Operation operation, const QString &interfaceId)
{
    return QString::number(int(operation)) + u'/' + interfaceId;
}

} // namespace

WirelessCommands::WirelessCommands(WirelessBackend *backend, QObject *parent) : QObject(parent), m_backend(backend)
{
    connect(backend, &WirelessBackend::operationFinished, this, &WirelessCommands::onFinished);
    connect(backend, &WirelessBackend::secretRequested, this, &WirelessCommands::secretRequested);
    connect(backend, &WirelessBackend::secretRequestWithdrawn, this, &WirelessCommands::secretRequestWithdrawn);
    // Interface changes reach the window through the model; these do not.
    connect(backend, &WirelessBackend::permissionsChanged, this, &WirelessCommands::availabilityChanged);
    connect(backend, &WirelessBackend::serviceAvailabilityChanged, this, &WirelessCommands::availabilityChanged);
}

void WirelessCommands::select(const QString &interfaceId, const WirelessNetwork *network)
{
    m_interfaceId = interfaceId;
    m_hasNetwork = network != nullptr;
    m_network = network ? *network : WirelessNetwork{};
}

WirelessInterface WirelessCommands::interfaceById(const QString &interfaceId, bool *found) const
{
    const QList<WirelessInterface> interfaces = m_backend->interfaces();
    const int index = indexOfInterface(interfaces, interfaceId);
    *found = index >= 0;
    return *found ? interfaces[index] : WirelessInterface{};
}

QString WirelessCommands::interfaceName(const QString &interfaceId) const
{
    const QList<WirelessInterface> interfaces = m_backend->interfaces();
    const int index = indexOfInterface(interfaces, interfaceId);
    return index >= 0 ? interfaces[index].description : interfaceId;
}

bool WirelessCommands::interfaceReady(const WirelessInterface &iface) const
{
    return iface.radioOn && iface.state != InterfaceState::NotReady;
}

bool WirelessCommands::radioOn() const
{
    bool found = false;
    const WirelessInterface iface = interfaceById(m_interfaceId, &found);
    return found && iface.radioOn;
}

WirelessCommands::ConnectStep WirelessCommands::connectStep() const
{
    if (!m_hasNetwork)
        return ConnectStep::None;
    if (m_network.profile.isValid())
        return ConnectStep::ConnectSaved;
    if (m_network.ssid.isEmpty() || !capabilities().joinable.contains(m_network.security))
        return ConnectStep::NotJoinable;
    return PassphraseRules::needsPassphrase(m_network.security) ? ConnectStep::AskPassword : ConnectStep::JoinAtOnce;
}

QString WirelessCommands::joinNote() const
{
    if (!m_hasNetwork || m_network.profile.isValid())
        return {};
    if (m_network.ssid.isEmpty())
        return tr("This network hides its name. Choose Other network… (Ctrl+N) and type its name.");
    switch (m_network.security) {
    case Security::Open:
        return tr("This network is open: others nearby can read what you send over it unless a site or app "
                  "encrypts it.");
    case Security::Wep:
        return tr("This network uses WEP, which is broken and which Aerial does not set up. Set it up in the "
                  "system's network settings, or better, ask its owner to switch to WPA2 or WPA3.");
    case Security::Wpa2Enterprise:
    case Security::Wpa3Enterprise:
        return tr("This network needs an organisation's sign-in (Enterprise), which Aerial does not set up in this "
                  "version. Set it up in the system's network settings, or ask the network's administrator.");
    default:
        break;
    }
    if (!capabilities().joinable.contains(m_network.security))
        return tr("Aerial cannot join new networks on %1 in this version. Set it up in the system's network "
                  "settings.").arg(m_backend->serviceName());
    if (!capabilities().savesSecrets && PassphraseRules::needsPassphrase(m_network.security))
        return tr("Aerial does not save the password in this version: it is asked for again the next time this "
                  "network connects.");
    return {};
}

OperationExplanation WirelessCommands::explain(const OperationResult &result) const
{
    bool found = false;
    const WirelessInterface iface = interfaceById(result.interfaceId, &found);
    OperationExplanation explanation = OperationExplanation::explain(
        result, found ? iface.description : result.interfaceId, m_backend->platform(), iface.connectionName);
    // Windows' words for access denied take the profile to be shared or set
    // by policy, as it nearly always is. When the profile is known to be
    // this account's own, they must not say so.
    if (result.error == ErrorKind::AccessDenied && m_backend->platform() == Platform::NativeWifi && !result.profile.isEmpty()) {
        for (const WirelessNetwork &network : m_backend->networks(result.interfaceId)) {
            if (network.profile.id != result.profile || network.profile.scope != ProfileScope::ThisAccount)
                continue;
            explanation.why = tr("The wireless service refused, although the profile “%1” is this account's own: a "
                                 "policy or another program limits what this account may do with it.")
                                  .arg(UntrustedText::neutralise(network.profile.name));
            break;
        }
    }
    return explanation;
}

WirelessProfile WirelessCommands::profileFor(Action action) const
{
    if (action != Action::Disconnect)
        return m_hasNetwork ? m_network.profile : WirelessProfile{};
    // Disconnecting acts on the profile of the current connection.
    bool found = false;
    const WirelessInterface iface = interfaceById(m_interfaceId, &found);
    if (!found || iface.profile.isEmpty())
        return {};
    for (const WirelessNetwork &network : m_backend->networks(m_interfaceId)) {
        if (network.profile.id == iface.profile)
            return network.profile;
    }
    return {};
}

OperationExplanation WirelessCommands::explainRefusal(Action action) const
{
    const WirelessProfile profile = profileFor(action);
    const Operation operation = action == Action::Forget        ? Operation::Forget
                                : action == Action::AutoConnect ? Operation::SetAutoConnect
                                : action == Action::Disconnect  ? Operation::Disconnect
                                                                : Operation::Connect;
    OperationResult result = OperationResult::of(operation, m_interfaceId, profile.id);
    result.profileName = profile.name;
    result.scope = profile.scope;
    result.on = !profile.autoConnect;
    result.error = ErrorKind::AccessDenied;
    result.message = tr("Aerial did not ask: the service says this account may not.");
    OperationExplanation explanation = explain(result);
    if (operation == Operation::Connect || operation == Operation::Disconnect)
        return explanation;
    // The scope is known here, so the why can be exact.
    const QString name = UntrustedText::neutralise(profile.name);
    if (profile.scope == ProfileScope::GroupPolicy) {
        explanation.why = tr("The profile “%1” is set by group policy, which nobody can change on this computer.")
                              .arg(name);
        explanation.remedy = tr("Ask the administrator of your organisation's policy to change or remove it.");
    } else if (profile.scope == ProfileScope::AllUsers) {
        explanation.why = tr("The profile “%1” is shared by all users of this computer, and this account may not "
                             "change it.").arg(name);
    }
    return explanation;
}

bool WirelessCommands::isRefusedByRights(Action action) const
{
    // What the backend cannot do at all is refused for that, not for rights.
    const BackendCapabilities can = capabilities();
    if ((action == Action::Forget && !can.forget) || (action == Action::AutoConnect && !can.autoConnect))
        return false;
    const WirelessProfile profile = profileFor(action);
    const ProfileRight right = action == Action::Forget        ? ProfileRight::Delete
                               : action == Action::AutoConnect ? ProfileRight::Change
                                                               : ProfileRight::Connect;
    return profile.isValid() && !profile.may(right);
}

WirelessCommands::Availability WirelessCommands::profileRight(Action action) const
{
    if (!profileFor(action).isValid()) {
        // Connecting a new network, or disconnecting one Aerial cannot
        // place, is for the service to judge.
        if (action == Action::Connect || action == Action::Disconnect)
            return { true, {} };
        return { false, tr("This network has no saved profile.") };
    }
    if (!isRefusedByRights(action))
        return { true, {} };
    const OperationExplanation refusal = explainRefusal(action);
    return { false, refusal.why + u' ' + refusal.remedy };
}

WirelessCommands::Availability WirelessCommands::availability(Action action) const
{
    return availabilityOn(action, m_interfaceId);
}

// The network part of the selection applies only on the selected interface.
WirelessCommands::Availability WirelessCommands::availabilityOn(Action action, const QString &interfaceId) const
{
    if (!m_backend)
        return { false, tr("No wireless service.") };
    // Its interfaces are gone with it: say why, not "choose an interface".
    if (!m_backend->isServiceAvailable()) {
        const QString problem = m_backend->serviceProblem();
        return { false, problem.isEmpty() ? tr("The wireless service is not running.") : problem };
    }
    const QString forbidden = tr("This account is not allowed to control networking (polkit refuses "
                                 "org.freedesktop.NetworkManager.network-control). An administrator can allow it.");
    const QString notReady = tr("The interface is not ready: its radio is off or the adapter is disabled.");
    bool found = false;
    const WirelessInterface iface = interfaceById(interfaceId, &found);
    if (!found)
        return { false, tr("Choose an interface first.") };
    const BackendCapabilities can = capabilities();
    switch (action) {
    case Action::Connect: {
        if (!m_backend->mayControl())
            return { false, forbidden };
        if (!interfaceReady(iface))
            return { false, notReady };
        if (!m_hasNetwork)
            return { false, tr("Choose a network first.") };
        const bool connected = iface.state == InterfaceState::Connected && iface.ssid == m_network.ssid
                               && (!m_network.profile.isValid() || iface.profile.isEmpty()
                                   || iface.profile == m_network.profile.id);
        if (connected)
            return { false, tr("Already connected to this network.") };
        if (isInFlight(Operation::Connect, iface.id) || isInFlight(Operation::Join, iface.id))
            return { false, tr("Aerial is connecting this interface already.") };
        if (connectStep() == ConnectStep::NotJoinable)
            return { false, joinNote() };
        // Windows: without EXECUTE on the profile, WlanConnect is refused.
        return interfaceId == m_interfaceId ? profileRight(Action::Connect) : Availability{ true, {} };
    }
    case Action::Disconnect:
        if (!m_backend->mayControl())
            return { false, forbidden };
        if (!isLinked(iface.state))
            return { false, tr("%1 is not connected; there is nothing to disconnect.")
                                .arg(UntrustedText::neutralise(iface.description)) };
        // Windows: without EXECUTE on the profile, WlanDisconnect is refused.
        return interfaceId == m_interfaceId ? profileRight(Action::Disconnect) : Availability{ true, {} };
    case Action::Scan:
        if (!m_backend->mayScan())
            return { false, tr("This account is not allowed to scan for networks (polkit refuses "
                               "org.freedesktop.NetworkManager.wifi.scan). An administrator can allow it.") };
        if (!interfaceReady(iface))
            return { false, tr("%1 cannot scan: its radio is off or the adapter is disabled.")
                                .arg(UntrustedText::neutralise(iface.description)) };
        return { true, {} };
    case Action::Forget:
        if (!can.forget)
            return { false, tr("Aerial cannot forget networks on %1 in this version.").arg(m_backend->serviceName()) };
        return profileRight(Action::Forget);
    case Action::AutoConnect:
        if (!can.autoConnect)
            return { false, tr("Aerial cannot change auto-connect on %1 in this version.").arg(m_backend->serviceName()) };
        return profileRight(Action::AutoConnect);
    case Action::Radio:
        if (can.radio == RadioSwitch::None)
            return { false, tr("Aerial cannot switch Wi-Fi on %1 in this version.").arg(m_backend->serviceName()) };
        if (!m_backend->radioHardwareOn(iface.id))
            return { false, tr("A switch or key on the computer holds this radio off, and software cannot override "
                               "it. Turn it on there (often Fn with an antenna symbol).") };
        if (!m_backend->mayControl())
            return { false, forbidden };
        return { true, {} };
    case Action::JoinHidden:
        if (!can.hiddenNetworks)
            return { false, tr("Aerial cannot join hidden networks on %1 in this version.").arg(m_backend->serviceName()) };
        if (!m_backend->mayControl())
            return { false, forbidden };
        if (!interfaceReady(iface))
            return { false, notReady };
        return { true, {} };
    }
    return {};
}

bool WirelessCommands::check(Action action, const QString &interfaceId)
{
    const Availability can = availabilityOn(action, interfaceId);
    if (!can.possible)
        Q_EMIT refused(action, can.reason);
    return can.possible;
}

void WirelessCommands::track(Operation operation, const QString &interfaceId)
{
    ++m_inFlight[inFlightKey(operation, interfaceId)];
    Q_EMIT started(operation, interfaceId);
    Q_EMIT availabilityChanged();
}

bool WirelessCommands::isInFlight(Operation operation, const QString &interfaceId) const
{
    return m_inFlight.value(inFlightKey(operation, interfaceId)) > 0;
}

int WirelessCommands::inFlightCount() const
{
    int count = 0;
    for (int n : m_inFlight)
        count += n;
    return count;
}

bool WirelessCommands::connectSelected()
{
    if (!check(Action::Connect, m_interfaceId))
        return false;
    switch (connectStep()) {
    case ConnectStep::ConnectSaved:
        track(Operation::Connect, m_interfaceId);
        m_backend->connectProfile(m_interfaceId, m_network.profile.id);
        return true;
    case ConnectStep::JoinAtOnce: {
        JoinRequest request;
        request.interfaceId = m_interfaceId;
        request.ssid = m_network.ssid;
        request.security = m_network.security;
        return join(request);
    }
    case ConnectStep::AskPassword: // the window's panel asks, then calls join()
    case ConnectStep::NotJoinable:
    case ConnectStep::None:
        break;
    }
    return false;
}

bool WirelessCommands::join(const JoinRequest &request)
{
    bool found = false;
    const WirelessInterface iface = interfaceById(request.interfaceId, &found);
    QString why;
    if (!m_backend->isServiceAvailable())
        why = availabilityOn(Action::JoinHidden, request.interfaceId).reason;
    else if (!m_backend->mayControl())
        why = tr("This account is not allowed to control networking.");
    else if (!found || !interfaceReady(iface))
        why = tr("The interface is not ready: its radio is off or the adapter is disabled.");
    else if (request.ssid.isEmpty() || request.ssid.size() > 32)
        why = tr("A network name has 1 to 32 bytes.");
    else if (!capabilities().joinable.contains(request.security))
        why = tr("Aerial cannot join this kind of network on %1.").arg(m_backend->serviceName());
    else if (request.hidden && !capabilities().hiddenNetworks)
        why = tr("Aerial cannot join hidden networks on %1.").arg(m_backend->serviceName());
    else
        why = PassphraseRules::problem(request.security, request.secret);
    if (!why.isEmpty()) {
        Q_EMIT refused(Action::Connect, why);
        return false;
    }
    track(Operation::Join, request.interfaceId);
    m_backend->join(request);
    return true;
}

bool WirelessCommands::disconnectSelected()
{
    if (!check(Action::Disconnect, m_interfaceId))
        return false;
    track(Operation::Disconnect, m_interfaceId);
    m_backend->disconnectInterface(m_interfaceId);
    return true;
}

bool WirelessCommands::scan(const QString &interfaceId)
{
    if (!check(Action::Scan, interfaceId))
        return false;
    track(Operation::Scan, interfaceId);
    m_backend->scan(interfaceId);
    return true;
}

bool WirelessCommands::forgetSelected()
{
    if (!check(Action::Forget, m_interfaceId))
        return false;
    track(Operation::Forget, m_interfaceId);
    m_backend->forget(m_interfaceId, m_network.profile.id);
    return true;
}

bool WirelessCommands::setAutoConnectSelected(bool autoConnect)
{
    if (!check(Action::AutoConnect, m_interfaceId))
        return false;
    track(Operation::SetAutoConnect, m_interfaceId);
    m_backend->setAutoConnect(m_interfaceId, m_network.profile.id, autoConnect);
    return true;
}

bool WirelessCommands::setRadioSelected(bool on)
{
    if (!check(Action::Radio, m_interfaceId))
        return false;
    track(Operation::SetRadio, m_interfaceId);
    m_backend->setRadio(m_interfaceId, on);
    return true;
}

bool WirelessCommands::setRadioEverywhere(bool on)
{
    bool any = false;
    for (const WirelessInterface &iface : m_backend->interfaces()) {
        if (iface.radioOn == on || !availabilityOn(Action::Radio, iface.id).possible)
            continue;
        track(Operation::SetRadio, iface.id);
        m_backend->setRadio(iface.id, on);
        any = true;
        if (capabilities().radio == RadioSwitch::Global)
            break;
    }
    return any;
}

void WirelessCommands::answerSecret(quint64 requestId, const QString &secret)
{
    m_backend->answerSecret(requestId, secret);
}

void WirelessCommands::cancelSecret(quint64 requestId)
{
    m_backend->cancelSecret(requestId);
}

void WirelessCommands::onFinished(const OperationResult &result)
{
    const QString key = inFlightKey(result.operation, result.interfaceId);
    if (m_inFlight.value(key) > 0 && --m_inFlight[key] == 0)
        m_inFlight.remove(key);
    Q_EMIT finished(result);
    // Aerial is quitting: nobody is left to read an explanation, and the
    // backend may no longer be asked for one (WirelessBackend::shutDown).
    if (m_backend->isShuttingDown())
        return;
    if (result.succeeded()) {
        setError(false);
    } else {
        if (result.error == ErrorKind::PasswordRejected)
            Q_EMIT passwordRejected(result);
        Q_EMIT failed(result, explain(result));
        setError(true);
    }
    Q_EMIT availabilityChanged();
}

void WirelessCommands::acknowledgeError()
{
    setError(false);
}

void WirelessCommands::setError(bool error)
{
    if (m_error == error)
        return;
    m_error = error;
    Q_EMIT errorChanged(error);
}

} // namespace Aerial
