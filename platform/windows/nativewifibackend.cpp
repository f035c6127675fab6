#include "nativewifibackend.h"

#include "wlanprofilexml.h"

#include <QMetaObject>

#include <algorithm>

namespace Aerial {

using aerial::win::SessionError;
using aerial::win::SessionEvent;
using Kind = SessionEvent::Kind;

namespace {

QString fromStd(const std::string &text)
{
    return QString::fromStdString(text);
}

QByteArray bytes(const std::string &text)
{
    return QByteArray(text.data(), qsizetype(text.size()));
}

ErrorKind errorKind(SessionError error)
{
    switch (error) {
    case SessionError::None: return ErrorKind::None;
    case SessionError::AccessDenied: return ErrorKind::AccessDenied;
    case SessionError::InvalidParameter: return ErrorKind::InvalidParameter;
    case SessionError::InvalidHandle: return ErrorKind::InvalidHandle;
    case SessionError::NotEnoughMemory: return ErrorKind::NotEnoughMemory;
    case SessionError::ServiceUnavailable: return ErrorKind::ServiceUnavailable;
    case SessionError::Rpc: return ErrorKind::RpcFailure;
    case SessionError::NotFound: return ErrorKind::NotFound;
    case SessionError::InvalidState: return ErrorKind::InvalidState;
    // The explanation tells these apart by their code (1206, 183).
    case SessionError::AlreadyExists:
    case SessionError::BadProfile:
    case SessionError::Other: return ErrorKind::Other;
    }
    return ErrorKind::Other;
}

// WLAN_INTERFACE_STATE and the contract share their numbering.
InterfaceState interfaceState(int state)
{
    if (state < int(InterfaceState::NotReady) || state > int(InterfaceState::Authenticating))
        return InterfaceState::NotReady;
    return static_cast<InterfaceState>(state);
}

Security security(aerial::win::SessionSecurity security)
{
    using aerial::win::SessionSecurity;
    switch (security) {
    case SessionSecurity::Open: return Security::Open;
    case SessionSecurity::Wep: return Security::Wep;
    case SessionSecurity::Wpa2Personal: return Security::Wpa2Personal;
    case SessionSecurity::Wpa3Personal: return Security::Wpa3Personal;
    case SessionSecurity::Wpa2Enterprise: return Security::Wpa2Enterprise;
    case SessionSecurity::Wpa3Enterprise: return Security::Wpa3Enterprise;
    case SessionSecurity::Owe: return Security::Owe;
    }
    return Security::Open;
}

// Scope from WlanGetProfileList's flags; rights from WlanGetProfile's
// granted access (unknown access grants all: a refusal is then explained
// when it comes); auto-connect from the stored connectionMode.
WirelessProfile wirelessProfile(const aerial::win::SessionProfile &profile)
{
    namespace access = aerial::win::access;
    WirelessProfile result;
    result.id = result.name = QString::fromStdString(profile.name);
    result.scope = profile.groupPolicy ? ProfileScope::GroupPolicy
                   : profile.allUsers  ? ProfileScope::AllUsers
                                       : ProfileScope::ThisAccount;
    if (profile.grantedAccess != 0) {
        result.rights = {};
        if ((profile.grantedAccess & access::Execute) == access::Execute)
            result.rights |= ProfileRight::Connect;
        if ((profile.grantedAccess & access::Write) == access::Write)
            result.rights |= ProfileRights(ProfileRight::Change) | ProfileRight::Delete;
    }
    result.autoConnect = profile.xml.empty() || WlanProfileXml::autoConnect(QString::fromStdString(profile.xml));
    return result;
}

// A network names a profile the profile list did not have (it changed
// between the two reads): this account's, rights unknown.
aerial::win::SessionProfile unlisted(const std::string &name)
{
    aerial::win::SessionProfile profile;
    profile.name = name;
    profile.allUsers = false;
    return profile;
}

QString lostServiceReason(const aerial::win::CallResult &call)
{
    if (call.code == aerial::win::code::ModuleNotFound)
        return NativeWifiBackend::tr("Windows has no Wi-Fi service here: wlanapi.dll is not installed. On Windows "
                                     "Server, an administrator can add the “Wireless LAN Service” feature.");
    if (call.code == aerial::win::code::ServiceNotActive)
        return NativeWifiBackend::tr("The WLAN AutoConfig service is not running, so Wi-Fi cannot be managed. "
                                     "Aerial reconnects by itself when the service starts; an administrator can "
                                     "start it in Services.");
    if (aerial::win::isServiceLost(call.code))
        return NativeWifiBackend::tr("Aerial lost contact with the WLAN AutoConfig service: it stopped or "
                                     "restarted. Aerial reconnects by itself when it runs again.");
    return NativeWifiBackend::tr("Windows refused Aerial a session with the WLAN AutoConfig service (%1). Aerial "
                                 "tries again by itself.")
        .arg(QString::fromStdString(call.message.empty() ? std::to_string(call.code) : call.message));
}

} // namespace

// What the worker thread reads for one interface.
struct NativeWifiBackend::InterfaceSnapshot
{
    CallResult call;           // of the enumeration
    bool present = false;
    WirelessInterface iface;
    CallResult connectionCall; // WlanQueryInterface(current connection)
    bool hardwareRadioOn = true;
};

struct NativeWifiBackend::NetworkSnapshot
{
    CallResult call;
    QList<WirelessNetwork> networks;
};

NativeWifiBackend::NativeWifiBackend(std::unique_ptr<Session> session, QObject *parent)
    : NativeWifiBackend(std::move(session), Timing{}, parent)
{
}

NativeWifiBackend::NativeWifiBackend(std::unique_ptr<Session> session, Timing timing, QObject *parent)
    : WirelessBackend(lcWlan, parent), m_session(std::move(session)), m_timing(timing)
{
    // One worker: calls reach the service in the order they were made.
    m_worker.setMaxThreadCount(1);
    m_reopen.setSingleShot(true);
    connect(&m_reopen, &QTimer::timeout, this, &NativeWifiBackend::open);
    m_retryMs = m_timing.firstRetryMs;
    open();
}

NativeWifiBackend::~NativeWifiBackend()
{
    m_worker.clear();
    // Close on the worker too; when it returns no notification is running
    // or queued, so none reaches this half-destroyed object.
    Session *session = m_session.get();
    ThreadHandoff::start(m_worker, [session] {
        session->close();
        ThreadHandoff::give([] {}); // what close() wrote, to this thread after waitForDone
    });
    m_worker.waitForDone();
    ThreadHandoff::take();
}

bool NativeWifiBackend::event(QEvent *event)
{
    return ThreadHandoff::deliver(event) || WirelessBackend::event(event);
}

QString NativeWifiBackend::serviceName() const
{
    return tr("Windows Wi-Fi (WLAN AutoConfig)");
}

QList<WirelessNetwork> NativeWifiBackend::networks(const QString &interfaceId) const
{
    return m_networks.value(interfaceId);
}

template<typename Result>
void NativeWifiBackend::run(std::function<Result(Session &)> work, std::function<void(const Result &)> done)
{
    const quint64 generation = m_generation;
    Session *session = m_session.get();
    ThreadHandoff::start(m_worker, [this, session, work = std::move(work), done = std::move(done), generation] {
        Result result = work(*session);
        // The destructor waits for this job, so `this` is alive here; the
        // posted call is dropped if the object is gone by then.
        ThreadHandoff::post(this, [this, result = std::move(result), done, generation] {
            if (generation == m_generation)
                done(result);
        });
    });
}

void NativeWifiBackend::open()
{
    // The sink runs on wlanapi's thread: it only queues.
    auto sink = [this](const SessionEvent &event) {
        ThreadHandoff::post(this, [this, event] { onEvent(event); });
    };
    run<CallResult>([sink](Session &session) { return session.open(sink); },
                    [this](const CallResult &call) {
                        if (!call.ok()) {
                            serviceDown(call);
                            return;
                        }
                        m_retryMs = m_timing.firstRetryMs;
                        setServiceAvailable(true, {});
                        loadAll();
                    });
}

bool NativeWifiBackend::handleLoss(const CallResult &call)
{
    if (!aerial::win::isServiceLost(call.code))
        return false;
    serviceDown(call);
    return true;
}

void NativeWifiBackend::serviceDown(const CallResult &call)
{
    const bool wasAvailable = isServiceAvailable();
    ++m_generation; // results of calls on the dead session are dropped
    // Including those of calls still queued: their operations end here.
    operations().failAll(errorKind(call.error), call.code, fromStd(call.message));
    m_pendingScans.clear();
    const QList<WirelessInterface> gone = m_interfaces;
    m_interfaces.clear();
    m_networks.clear();
    m_refreshingInterfaces.clear();
    m_refreshingNetworks.clear();
    m_scanResultsDue.clear();
    m_unclaimedCompletions.clear();
    for (const WirelessInterface &iface : gone)
        Q_EMIT interfaceRemoved(iface.id);
    setServiceAvailable(false, lostServiceReason(call));
    Session *session = m_session.get();
    ThreadHandoff::start(m_worker, [session] { session->close(); });
    // A missing DLL does not come back while Aerial runs.
    if (call.code != aerial::win::code::ModuleNotFound) {
        m_reopen.start(wasAvailable ? m_timing.firstRetryMs : m_retryMs);
        if (!wasAvailable)
            m_retryMs = std::min(m_retryMs * 2, m_timing.lastRetryMs);
    }
}

void NativeWifiBackend::loadAll()
{
    run<std::pair<CallResult, std::vector<aerial::win::SessionInterface>>>(
        [](Session &session) {
            std::vector<aerial::win::SessionInterface> list;
            CallResult call = session.interfaces(&list);
            return std::make_pair(call, list);
        },
        [this](const std::pair<CallResult, std::vector<aerial::win::SessionInterface>> &result) {
            if (!result.first.ok()) {
                if (!handleLoss(result.first))
                    reportRead(Operation::ListNetworks, QString(), result.first);
                return;
            }
            QSet<QString> listed;
            for (const auto &iface : result.second) {
                listed.insert(fromStd(iface.guid));
                refreshInterface(fromStd(iface.guid));
            }
            for (const WirelessInterface &iface : QList<WirelessInterface>(m_interfaces)) {
                if (!listed.contains(iface.id))
                    removeInterface(iface.id);
            }
        });
}

void NativeWifiBackend::refreshInterface(const QString &id)
{
    if (m_refreshingInterfaces.contains(id))
        return; // one read in flight reads the latest state anyway
    m_refreshingInterfaces.insert(id);
    const std::string guid = id.toStdString();
    run<InterfaceSnapshot>([guid](Session &session) { return readInterface(session, guid); },
        [this, id](const InterfaceSnapshot &snapshot) {
            m_refreshingInterfaces.remove(id);
            if (!snapshot.call.ok()) {
                handleLoss(snapshot.call);
                return;
            }
            if (!snapshot.present) {
                removeInterface(id);
                return;
            }
            if (!snapshot.connectionCall.ok() && handleLoss(snapshot.connectionCall))
                return;
            if (!snapshot.connectionCall.ok())
                reportRead(Operation::QueryConnection, id, snapshot.connectionCall);
            applyInterface(snapshot);
        });
}

NativeWifiBackend::InterfaceSnapshot NativeWifiBackend::readInterface(Session &session, const std::string &guid)
{
    InterfaceSnapshot snapshot;
    std::vector<aerial::win::SessionInterface> list;
    snapshot.call = session.interfaces(&list);
    const auto found =
        std::find_if(list.begin(), list.end(), [&](const aerial::win::SessionInterface &i) { return i.guid == guid; });
    if (!snapshot.call.ok() || found == list.end())
        return snapshot;
    snapshot.present = true;
    snapshot.iface.id = QString::fromStdString(guid);
    snapshot.iface.description = fromStd(found->description);
    snapshot.iface.connectionName = fromStd(found->alias);
    snapshot.iface.state = interfaceState(found->state);
    aerial::win::SessionConnection connection;
    snapshot.connectionCall = session.connection(guid, &connection);
    if (snapshot.connectionCall.ok()) {
        snapshot.iface.state = interfaceState(connection.state);
        snapshot.iface.profile = snapshot.iface.profileName = fromStd(connection.profile);
        snapshot.iface.ssid = bytes(connection.ssid);
        snapshot.iface.signal = connection.signal;
    }
    aerial::win::SessionRadio radio;
    if (session.radio(guid, &radio).ok()) {
        snapshot.iface.radioOn = radio.on;
        snapshot.hardwareRadioOn = radio.hardwareOn;
    }
    return snapshot;
}

void NativeWifiBackend::applyInterface(const InterfaceSnapshot &snapshot)
{
    if (snapshot.hardwareRadioOn)
        m_hardwareRadioOff.remove(snapshot.iface.id);
    else
        m_hardwareRadioOff.insert(snapshot.iface.id);
    const int index = indexOfInterface(m_interfaces, snapshot.iface.id);
    if (index < 0) {
        m_interfaces.append(snapshot.iface);
        Q_EMIT interfaceAdded(snapshot.iface);
        refreshNetworks(snapshot.iface.id);
        return;
    }
    WirelessInterface updated = snapshot.iface;
    // A refused current-connection read keeps what notifications told.
    if (!snapshot.connectionCall.ok() && isLinked(updated.state)) {
        updated.profile = m_interfaces[index].profile;
        updated.ssid = m_interfaces[index].ssid;
        updated.signal = m_interfaces[index].signal;
    }
    if (m_interfaces[index] != updated) {
        m_interfaces[index] = updated;
        Q_EMIT interfaceChanged(updated);
    }
}

void NativeWifiBackend::refreshNetworks(const QString &id)
{
    if (m_refreshingNetworks.contains(id))
        return;
    m_refreshingNetworks.insert(id);
    const std::string guid = id.toStdString();
    run<NetworkSnapshot>([guid](Session &session) { return readNetworks(session, guid); },
        [this, id](const NetworkSnapshot &snapshot) {
            m_refreshingNetworks.remove(id);
            applyNetworks(id, snapshot);
        });
}

NativeWifiBackend::NetworkSnapshot NativeWifiBackend::readNetworks(Session &session, const std::string &guid)
{
    NetworkSnapshot snapshot;
    std::vector<aerial::win::SessionNetwork> available;
    snapshot.call = session.networks(guid, &available);
    if (!snapshot.call.ok())
        return snapshot;
    std::vector<aerial::win::SessionProfile> profiles;
    session.profiles(guid, &profiles); // without it, profiles keep the defaults: this account's, all rights
    // Windows lists a network once per profile and once bare; one row per
    // SSID and security, with the strongest signal and the profile if there
    // is one.
    for (const aerial::win::SessionNetwork &entry : available) {
        WirelessNetwork network;
        network.ssid = bytes(entry.ssid);
        network.signal = entry.signal;
        network.security = security(entry.security);
        if (!entry.profile.empty()) {
            const auto profile = std::find_if(profiles.begin(), profiles.end(),
                                              [&](const auto &p) { return p.name == entry.profile; });
            network.profile = profile != profiles.end() ? wirelessProfile(*profile)
                                                        : wirelessProfile(unlisted(entry.profile));
        }
        const auto same = std::find_if(snapshot.networks.begin(), snapshot.networks.end(), [&](const auto &n) {
            return n.ssid == network.ssid && n.security == network.security;
        });
        if (same == snapshot.networks.end()) {
            snapshot.networks.append(network);
            continue;
        }
        same->signal = std::max(same->signal, network.signal);
        if (!same->profile.isValid())
            same->profile = network.profile;
    }
    return snapshot;
}

void NativeWifiBackend::applyNetworks(const QString &id, const NetworkSnapshot &snapshot)
{
    if (!snapshot.call.ok()) {
        if (handleLoss(snapshot.call))
            return;
        reportRead(Operation::ListNetworks, id, snapshot.call);
    } else {
        m_readDenied = false;
        if (indexOfInterface(m_interfaces, id) >= 0 && m_networks.value(id) != snapshot.networks) {
            m_networks.insert(id, snapshot.networks);
            Q_EMIT networksChanged(id, snapshot.networks);
        }
    }
    if (m_scanResultsDue.remove(id)) {
        const OperationResult result = OperationResult::of(Operation::Scan, id);
        finishScans(id, snapshot.call.ok() ? result : failed(result, snapshot.call));
    }
}

// A read Aerial made by itself failed: said once per episode, so that a
// refused location permission does not flood the window on every event.
void NativeWifiBackend::reportRead(Operation operation, const QString &id, const CallResult &call)
{
    if (call.error == SessionError::InvalidParameter)
        return; // the interface went away; its removal follows
    if (call.error == SessionError::AccessDenied) {
        if (m_readDenied)
            return;
        m_readDenied = true;
    }
    finishLater(failed(OperationResult::of(operation, id), call));
}

void NativeWifiBackend::removeInterface(const QString &id)
{
    const int index = indexOfInterface(m_interfaces, id);
    if (index < 0)
        return;
    m_pendingScans.remove(id);
    operations().failInterface(id, ErrorKind::InvalidParameter, aerial::win::code::InvalidParameter,
                               tr("The interface was removed."));
    m_interfaces.removeAt(index);
    m_networks.remove(id);
    m_unclaimedCompletions.remove(id);
    m_scanResultsDue.remove(id);
    m_lastScan.remove(id);
    Q_EMIT interfaceRemoved(id);
}

void NativeWifiBackend::setState(const QString &id, InterfaceState state, const SessionEvent *event)
{
    const int index = indexOfInterface(m_interfaces, id);
    if (index < 0)
        return;
    WirelessInterface iface = m_interfaces[index];
    iface.state = state;
    if (!isLinked(state)) {
        iface.ssid.clear();
        iface.profile.clear();
        iface.signal = 0;
    } else if (event && !event->truncated && !event->profile.empty()) {
        iface.profile = fromStd(event->profile);
        iface.ssid = bytes(event->ssid);
    }
    if (iface != m_interfaces[index]) {
        m_interfaces[index] = iface;
        Q_EMIT interfaceChanged(iface);
    }
}

void NativeWifiBackend::onEvent(const SessionEvent &event)
{
    const QString id = fromStd(event.interfaceGuid);
    if (event.kind != Kind::InterfaceArrived && event.kind != Kind::Unknown && indexOfInterface(m_interfaces, id) < 0)
        return; // an interface Aerial has not read yet; its arrival brings it
    switch (event.kind) {
    case Kind::Unknown:
    case Kind::ConnectionAttemptFailed: // not final: a completion follows
        break;
    case Kind::InterfaceArrived: refreshInterface(id); break;
    case Kind::InterfaceRemoved:
    case Kind::AdapterRemoved: removeInterface(id); break;
    case Kind::ConnectionStarted:
    case Kind::Associating: setState(id, InterfaceState::Associating, &event); break;
    case Kind::Associated:
    case Kind::Authenticating: setState(id, InterfaceState::Authenticating, &event); break;
    case Kind::Connected: setState(id, InterfaceState::Connected, &event); break;
    case Kind::Disconnecting:
    case Kind::Disassociating: setState(id, InterfaceState::Disconnecting); break;
    case Kind::Disconnected:
    case Kind::LinkDisconnected: setState(id, InterfaceState::Disconnected); break;
    case Kind::RoamingStarted: break; // still connected
    case Kind::RoamingEnded: refreshInterface(id); break;
    case Kind::ConnectionCompleted: completeConnect(id, event); break;
    case Kind::ScanCompleted:
        m_scanResultsDue.insert(id);
        refreshNetworks(id);
        break;
    case Kind::ScanFailed: {
        OperationResult result = OperationResult::of(Operation::Scan, id);
        result.error = ErrorKind::Other;
        result.nativeCode = event.reasonCode;
        result.reasonCode = event.reasonCode;
        finishScans(id, result);
        refreshNetworks(id);
        break;
    }
    case Kind::ScanListRefreshed:
    case Kind::NetworkAvailable:
    case Kind::NetworkNotAvailable:
    case Kind::ProfilesChanged:
    case Kind::ProfileRenamed: refreshNetworks(id); break;
    case Kind::RadioStateChanged:
        // The event tells of one PHY; the radio is on while any PHY is, and
        // the hardware switch matters too: read them all.
        refreshInterface(id);
        refreshNetworks(id);
        break;
    case Kind::SignalQualityChanged: {
        WirelessInterface iface = m_interfaces[indexOfInterface(m_interfaces, id)];
        if (event.truncated || iface.state != InterfaceState::Connected || iface.signal == event.signal)
            break;
        iface.signal = event.signal;
        m_interfaces[indexOfInterface(m_interfaces, id)] = iface;
        Q_EMIT interfaceChanged(iface);
        break;
    }
    }
}

// ConnectionCompleted ends the connect it belongs to: success only with
// WLAN_REASON_CODE_SUCCESS; a payload too short to say is read from state.
void NativeWifiBackend::completeConnect(const QString &id, const SessionEvent &event)
{
    refreshInterface(id);
    const QString profile = fromStd(event.profile);
    auto waiting = [&](bool byProfile) {
        return operations().matching([&](const OperationResult &op) {
            return (op.operation == Operation::Connect || (op.operation == Operation::Join && !op.profile.isEmpty()))
                   && op.interfaceId == id && (!byProfile || op.profile == profile);
        });
    };
    QList<Token> found = waiting(true);
    if (found.isEmpty())
        found = waiting(false);
    if (found.isEmpty()) {
        // Someone else's connection (Windows itself, or another app), or a
        // join's that came before Aerial learnt which profile it made.
        m_unclaimedCompletions.insert(id, event);
        return;
    }
    const Token token = found.constFirst();
    const bool join = operations().find(token)->operation == Operation::Join;
    const bool succeeded = event.reasonCode == aerial::win::reason::Success && !event.truncated;
    const std::uint32_t reasonCode = event.reasonCode;
    const ErrorKind error = succeeded ? ErrorKind::None
        : reasonCode == aerial::win::reason::PskMismatchSuspected ? ErrorKind::PasswordRejected
                                                                   : ErrorKind::ConnectionFailed;
    if (join) {
        finishJoin(token, id, error, reasonCode, {});
        return;
    }
    if (succeeded) {
        operations().succeed(token);
        return;
    }
    run<std::string>([reasonCode](Session &session) { return session.reasonText(reasonCode); },
                     [this, token, error, reasonCode](const std::string &text) {
                         operations().fail(token, error, reasonCode, fromStd(text));
                     });
}

bool NativeWifiBackend::begin(const OperationResult &operation, Token *token)
{
    *token = operations().add(operation);
    if (indexOfInterface(m_interfaces, operation.interfaceId) >= 0)
        return true;
    finishLater(*token, failed(operation, CallResult::fromCode(absentCode())));
    return false;
}

// An interface that is not there: unknown to a running service, or gone with
// a stopped one (which says so, as the other backends do).
std::uint32_t NativeWifiBackend::absentCode() const
{
    return isServiceAvailable() ? aerial::win::code::InvalidParameter : aerial::win::code::ServiceNotActive;
}

void NativeWifiBackend::connectProfile(const QString &interfaceId, const QString &profile)
{
    OperationResult operation = OperationResult::of(Operation::Connect, interfaceId, profile);
    operation.profileName = profile;
    Token token = 0;
    if (!begin(operation, &token))
        return;
    run<CallResult>(
        [guid = interfaceId.toStdString(), name = profile.toStdString()](Session &session) {
            return session.connect(guid, name);
        },
        [this, token, interfaceId](const CallResult &call) {
            if (!call.ok()) {
                fail(token, call);
                return;
            }
            if (!m_session->notifies()) {
                // No notifications: read the outcome instead of awaiting it.
                refreshInterface(interfaceId);
                operations().succeed(token);
                return;
            }
            operations().setDeadline(token, m_timing.connectTimeoutMs, [this, token] { expire(token); });
        });
}

void NativeWifiBackend::disconnectInterface(const QString &interfaceId)
{
    OperationResult operation = OperationResult::of(Operation::Disconnect, interfaceId);
    const int index = indexOfInterface(m_interfaces, interfaceId);
    if (index >= 0)
        operation.profile = operation.profileName = m_interfaces[index].profile;
    const Token token = operations().add(operation);
    if (index < 0) {
        finishLater(token, failed(operation, CallResult::fromCode(absentCode())));
        return;
    }
    run<CallResult>([guid = interfaceId.toStdString()](Session &session) { return session.disconnect(guid); },
                    [this, token, interfaceId](const CallResult &call) {
                        if (!call.ok()) {
                            fail(token, call);
                            return;
                        }
                        if (!m_session->notifies())
                            refreshInterface(interfaceId);
                        operations().succeed(token);
                    });
}

void NativeWifiBackend::scan(const QString &interfaceId)
{
    const OperationResult operation = OperationResult::of(Operation::Scan, interfaceId);
    Token token = 0;
    if (!begin(operation, &token))
        return;
    operations().setDeadline(token, m_timing.scanTimeoutMs, [this, token] { expire(token); });
    QList<Token> &waiting = m_pendingScans[interfaceId];
    waiting.append(token);
    if (waiting.size() > 1)
        return; // joins the scan under way
    // Periodic WlanScan causes latency spikes (QTBUG-40332): within the
    // throttle, the list the last scan brought is answer enough.
    const auto last = m_lastScan.constFind(interfaceId);
    if (last != m_lastScan.constEnd() && !last->hasExpired(m_timing.scanThrottleMs)) {
        m_scanResultsDue.insert(interfaceId);
        refreshNetworks(interfaceId);
        return;
    }
    m_lastScan[interfaceId].start();
    run<CallResult>([guid = interfaceId.toStdString()](Session &session) { return session.scan(guid); },
                    [this, interfaceId, operation](const CallResult &call) {
                        if (call.ok() && m_session->notifies())
                            return; // ScanCompleted or ScanFailed ends it
                        if (!call.ok() && handleLoss(call))
                            return;
                        if (call.ok()) {
                            m_scanResultsDue.insert(interfaceId);
                            refreshNetworks(interfaceId);
                        } else {
                            m_lastScan.remove(interfaceId); // a refused scan does not count
                            finishScans(interfaceId, failed(operation, call));
                        }
                    });
}

BackendCapabilities NativeWifiBackend::capabilities() const
{
    BackendCapabilities can;
    can.joinable = { Security::Open, Security::Wpa2Personal, Security::Wpa3Personal, Security::Owe };
    can.hiddenNetworks = true;
    can.forget = true;
    can.autoConnect = true;
    can.radio = RadioSwitch::PerInterface;
    // A join makes a per-user profile only: an all-user one made by this
    // account could then be refused to it by WlanDisconnect.
    can.allUsersJoin = false;
    return can;
}

struct NativeWifiBackend::ChangeResult
{
    CallResult call;
    InterfaceSnapshot iface;
    NetworkSnapshot networks;
};

void NativeWifiBackend::runChange(const QString &interfaceId, std::function<CallResult(Session &)> change,
                                  std::function<void(const CallResult &)> done)
{
    run<ChangeResult>(
        [guid = interfaceId.toStdString(), change = std::move(change)](Session &session) {
            ChangeResult result;
            result.call = change(session);
            result.iface = readInterface(session, guid);
            result.networks = readNetworks(session, guid);
            return result;
        },
        [this, interfaceId, done = std::move(done)](const ChangeResult &result) {
            // Read before an interface_removal that has been handled since:
            // such a read must not bring the interface back.
            const bool known = indexOfInterface(m_interfaces, interfaceId) >= 0;
            if (known && result.iface.present && result.iface.call.ok())
                applyInterface(result.iface);
            if (known && result.networks.call.ok())
                applyNetworks(interfaceId, result.networks);
            const auto generation = m_generation;
            done(result.call);
            // The change or a read after it may be the first call to meet a
            // stopped service; done() may have dealt with it already (a
            // join's clean-up does not look at its call).
            if (generation != m_generation)
                return;
            for (const CallResult *call : { &result.call, &result.iface.call, &result.networks.call }) {
                if (handleLoss(*call))
                    return;
            }
        });
}

struct NativeWifiBackend::JoinStart
{
    CallResult call;
    QString profile; // the name it saved, empty when WlanSetProfile refused
};

void NativeWifiBackend::join(const JoinRequest &request)
{
    OperationResult operation = OperationResult::of(Operation::Join, request.interfaceId);
    operation.ssid = request.ssid;
    Token token = 0;
    if (!begin(operation, &token))
        return;
    if (!capabilities().joinable.contains(request.security) || request.scope != ProfileScope::ThisAccount) {
        operation.error = ErrorKind::NotSupported;
        operation.message = tr("Aerial joins open, Enhanced Open, WPA2-Personal and WPA3-Personal networks on "
                               "Windows, for this account only.");
        finishLater(token, operation);
        return;
    }
    if (!WlanProfileXml::canCarry(request.secret)) {
        // What WlanSetProfile answers for such a key, without sending it.
        CallResult refused = CallResult::fromCode(aerial::win::code::BadProfile);
        refused.reason = aerial::win::reason::PassphraseCharacter;
        finishLater(token, failed(operation, refused));
        return;
    }
    const QString base = WlanProfileXml::nameFor(request.ssid);
    run<JoinStart>(
        [request, base](Session &session) {
            const std::string guid = request.interfaceId.toStdString();
            JoinStart start;
            // A name no profile has: the SSID, else "SSID 2", "SSID 3" …
            std::vector<aerial::win::SessionProfile> profiles;
            session.profiles(guid, &profiles);
            auto taken = [&](const QString &name) {
                return std::any_of(profiles.begin(), profiles.end(),
                                   [&](const auto &p) { return p.name == name.toStdString(); });
            };
            QString name = base;
            for (int n = 2; taken(name); ++n)
                name = QStringLiteral("%1 %2").arg(base).arg(n);
            WlanProfileXml::NewProfile profile;
            profile.name = name;
            profile.ssid = request.ssid;
            profile.security = request.security;
            profile.secret = request.secret;
            profile.hidden = request.hidden;
            profile.autoConnect = request.autoConnect;
            std::uint32_t reason = aerial::win::reason::Success;
            start.call = session.setProfile(guid, WlanProfileXml::write(profile).toStdString(), false, false, &reason);
            if (!start.call.ok()) {
                start.call.reason = reason;
                if (reason != aerial::win::reason::Success)
                    start.call.message = session.reasonText(reason);
                return start;
            }
            start.profile = name;
            // By name: the profile's nonBroadcast, not a connection flag,
            // makes a hidden network work (Windows SDK: WLAN_CONNECTION_PARAMETERS).
            start.call = session.connect(guid, name.toStdString());
            if (!start.call.ok())
                session.deleteProfile(guid, name.toStdString()); // nothing left behind
            return start;
        },
        [this, token, interfaceId = request.interfaceId](const JoinStart &start) {
            operations().amend(token, start.profile, start.profile);
            if (!start.call.ok()) {
                fail(token, start.call);
                return;
            }
            if (!m_session->notifies()) {
                finishJoin(token, interfaceId, ErrorKind::None, 0, {});
                return;
            }
            operations().setDeadline(token, m_timing.connectTimeoutMs, [this, token] { expire(token); });
            const SessionEvent early = m_unclaimedCompletions.take(interfaceId);
            if (early.kind == Kind::ConnectionCompleted && fromStd(early.profile) == start.profile)
                completeConnect(interfaceId, early);
        });
}

void NativeWifiBackend::finishJoin(Token token, const QString &interfaceId, ErrorKind error, quint32 reasonCode,
                                   const QString &text)
{
    const OperationResult *operation = operations().find(token);
    if (!operation)
        return;
    const std::string profile = operation->profile.toStdString();
    auto words = std::make_shared<std::string>(text.toStdString());
    runChange(
        interfaceId,
        [guid = interfaceId.toStdString(), error, reasonCode, profile, words](Session &session) {
            if (error == ErrorKind::None)
                return CallResult{};
            if (words->empty())
                *words = session.reasonText(reasonCode);
            // Windows keeps a profile whose first connection failed; Aerial
            // does not, so a retry reuses the name and a wrong password is
            // not saved.
            return session.deleteProfile(guid, profile);
        },
        [this, token, error, reasonCode, words](const CallResult &) {
            if (error == ErrorKind::None)
                operations().succeed(token);
            else
                operations().fail(token, error, reasonCode, fromStd(*words));
        });
}

void NativeWifiBackend::forget(const QString &interfaceId, const QString &profile)
{
    OperationResult operation = OperationResult::of(Operation::Forget, interfaceId, profile);
    operation.profileName = profile;
    Token token = 0;
    if (!begin(operation, &token))
        return;
    runChange(
        interfaceId,
        [guid = interfaceId.toStdString(), name = profile.toStdString()](Session &session) {
            return session.deleteProfile(guid, name);
        },
        [this, token](const CallResult &call) { call.ok() ? void(operations().succeed(token)) : fail(token, call); });
}

void NativeWifiBackend::setAutoConnect(const QString &interfaceId, const QString &profile, bool autoConnect)
{
    OperationResult operation = OperationResult::of(Operation::SetAutoConnect, interfaceId, profile);
    operation.profileName = profile;
    operation.on = autoConnect;
    Token token = 0;
    if (!begin(operation, &token))
        return;
    runChange(
        interfaceId,
        [guid = interfaceId.toStdString(), name = profile.toStdString(), autoConnect](Session &session) {
            aerial::win::SessionProfile stored;
            const CallResult read = session.profile(guid, name, &stored);
            if (!read.ok())
                return read;
            // Group-policy profiles are read-only for everyone (Windows SDK:
            // WlanGetProfileList, WLAN_PROFILE_GROUP_POLICY).
            if (stored.groupPolicy)
                return CallResult::fromCode(aerial::win::code::AccessDenied);
            const QString changed = WlanProfileXml::withAutoConnect(QString::fromStdString(stored.xml), autoConnect);
            if (changed.isEmpty())
                return CallResult::fromCode(aerial::win::code::BadProfile);
            std::uint32_t reason = 0;
            // The same type as before: another would be ERROR_ALREADY_EXISTS.
            CallResult written = session.setProfile(guid, changed.toStdString(), stored.allUsers, true, &reason);
            if (!written.ok() && reason != 0) {
                written.reason = reason;
                written.message = session.reasonText(reason);
            }
            return written;
        },
        [this, token](const CallResult &call) { call.ok() ? void(operations().succeed(token)) : fail(token, call); });
}

void NativeWifiBackend::setRadio(const QString &interfaceId, bool on)
{
    OperationResult operation = OperationResult::of(Operation::SetRadio, interfaceId);
    operation.on = on;
    Token token = 0;
    if (!begin(operation, &token))
        return;
    runChange(
        interfaceId, [guid = interfaceId.toStdString(), on](Session &session) { return session.setRadio(guid, on); },
        [this, token](const CallResult &call) { call.ok() ? void(operations().succeed(token)) : fail(token, call); });
}

void NativeWifiBackend::finishScans(const QString &id, const OperationResult &result)
{
    for (Token token : m_pendingScans.take(id))
        operations().fail(token, result.error, result.nativeCode, result.message);
}

void NativeWifiBackend::expire(Token token)
{
    const OperationResult *operation = operations().find(token);
    if (!operation)
        return;
    const QString id = operation->interfaceId;
    if (operation->operation == Operation::Scan) {
        m_scanResultsDue.insert(id);
        refreshNetworks(id);
        return;
    }
    const int index = indexOfInterface(m_interfaces, id);
    const bool connected = index >= 0 && m_interfaces[index].state == InterfaceState::Connected
                           && m_interfaces[index].profile == operation->profile;
    const QString noOutcome = tr("The wireless service did not report how the connection ended.");
    if (operation->operation == Operation::Join) {
        finishJoin(token, id, connected ? ErrorKind::None : ErrorKind::ConnectionFailed, aerial::win::reason::Unknown,
                   noOutcome);
        return;
    }
    refreshInterface(id);
    if (connected)
        operations().succeed(token);
    else
        operations().fail(token, ErrorKind::ConnectionFailed, aerial::win::reason::Unknown, noOutcome);
}

// A refused call: a lost service ends everything pending, this one included.
void NativeWifiBackend::fail(Token token, const CallResult &call)
{
    handleLoss(call);
    const OperationResult *operation = operations().find(token);
    if (operation)
        operations().finish(token, failed(*operation, call));
}

OperationResult NativeWifiBackend::failed(OperationResult result, const CallResult &call) const
{
    result.error = errorKind(call.error);
    result.nativeCode = call.code;
    result.reasonCode = call.reason;
    result.message = fromStd(call.message);
    return result;
}

} // namespace Aerial
