#include "networkmanagersecretagent.h"

#include "applicationid.h"
#include "backendlog.h"
#include "networkmanagertypes.h"
#include "secretstore.h"

#include <QCoreApplication>
#include <QDBusConnectionInterface>
#include <QDBusMetaType>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusServiceWatcher>
#include <QLoggingCategory>
#include <QTimer>

namespace Aerial {

using namespace Aerial::NetworkManager;

namespace {

const QString AgentPath = QStringLiteral("/org/freedesktop/NetworkManager/SecretAgent");
const QString AgentManagerPath = QStringLiteral("/org/freedesktop/NetworkManager/AgentManager");
const QString AgentManagerInterface = QStringLiteral("org.freedesktop.NetworkManager.AgentManager");
const QString WirelessSecurity = QStringLiteral("802-11-wireless-security");
const QString Psk = QStringLiteral("psk");

// SecretAgent.xml's errors. Only UserCanceled ends NetworkManager's request;
// the others send it on to the next agent.
QString agentError(const char *name)
{
    return QStringLiteral("org.freedesktop.NetworkManager.SecretAgent.") + QLatin1String(name);
}

// NM_SETTING_SECRET_FLAG_AGENT_OWNED: the agent keeps the secret.
constexpr uint AgentOwned = 0x1;

QString uuidOf(const QMap<QString, QVariantMap> &connection)
{
    return connection.value(QStringLiteral("connection")).value(QStringLiteral("uuid")).toString();
}

bool isAgentOwned(const QMap<QString, QVariantMap> &connection)
{
    return connection.value(WirelessSecurity).value(QStringLiteral("psk-flags")).toUInt() & AgentOwned;
}

// GetSecrets' answer: {setting: {"psk": secret}}.
QVariant secretsOf(const QString &setting, const QString &secret)
{
    QVariantMap secrets;
    secrets.insert(Psk, secret);
    QMap<QString, QVariantMap> answer;
    answer.insert(setting, secrets);
    return QVariant::fromValue(answer);
}

} // namespace

NetworkManagerSecretAgent::NetworkManagerSecretAgent(const QDBusConnection &bus, SecretStore *store, QObject *parent)
    : QObject(parent),
      m_bus(bus),
      m_store(store),
      m_watcher(new QDBusServiceWatcher(Service, bus, QDBusServiceWatcher::WatchForOwnerChange, this))
{
    qDBusRegisterMetaType<QMap<QString, QVariantMap>>();
    m_exported = m_bus.registerObject(AgentPath, this, QDBusConnection::ExportScriptableSlots);
    if (!m_exported) {
        qCWarning(lcAgent) << "cannot export the secret agent:" << m_bus.lastError().message();
        return;
    }
    connect(m_watcher, &QDBusServiceWatcher::serviceOwnerChanged, this,
            [this](const QString &, const QString &, const QString &owner) { ownerChanged(owner); });
    if (!m_bus.interface())
        return;
    auto *watcher = new QDBusPendingCallWatcher(m_bus.interface()->asyncCall(QStringLiteral("GetNameOwner"), Service), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher] {
        watcher->deleteLater();
        const QDBusPendingReply<QString> reply = *watcher;
        if (!reply.isError() && m_owner.isEmpty())
            ownerChanged(reply.value());
    });
}

NetworkManagerSecretAgent::~NetworkManagerSecretAgent()
{
    unregister();
}

QString NetworkManagerSecretAgent::identifier()
{
    const QString program = QCoreApplication::applicationName();
    const QString id = QString::fromLatin1(ApplicationId);
    if (program.isEmpty() || program == QLatin1String("aerial"))
        return id;
    // AgentManager.xml allows [A-Za-z0-9_.-] only.
    QString suffix;
    for (QChar c : program)
        suffix.append(c.isLetterOrNumber() && c.unicode() < 128 ? c : QChar(u'_'));
    // With the process id: NetworkManager refuses an identifier this account
    // already holds, and two aerialctl joins at once each need their agent.
    return id + QLatin1Char('.') + suffix + QLatin1Char('_') + QString::number(QCoreApplication::applicationPid());
}

// NetworkManager came (owner), went (empty) or restarted (another owner):
// what the old one asked is void, and the new one needs Aerial registered again.
void NetworkManagerSecretAgent::ownerChanged(const QString &owner)
{
    if (owner == m_owner)
        return;
    m_owner = owner;
    if (m_registering) {
        m_registering = false;
        Q_EMIT registrationSettled();
    }
    for (auto it = m_pending.begin(); it != m_pending.end(); it = m_pending.erase(it)) {
        delete it->budget;
        if (it->prompted)
            Q_EMIT secretRequestWithdrawn(it.key());
    }
    if (m_registered) {
        m_registered = false;
        Q_EMIT registeredChanged(false);
    }
    if (!owner.isEmpty())
        registerAgent();
}

void NetworkManagerSecretAgent::registerAgent()
{
    const QDBusMessage call = QDBusMessage::createMethodCall(Service, AgentManagerPath, AgentManagerInterface,
                                                             QStringLiteral("Register"))
                              << identifier();
    m_registering = true;
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    const QString owner = m_owner;
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, owner] {
        watcher->deleteLater();
        if (owner != m_owner)
            return; // an answer from a NetworkManager that has gone since
        m_registering = false;
        const QDBusMessage reply = watcher->reply();
        if (reply.type() == QDBusMessage::ErrorMessage) {
            // PermissionDenied: another program of this account holds the
            // identifier (another copy of Aerial started outside the
            // single-instance check). It keeps answering.
            qCWarning(lcAgent) << "NetworkManager did not register Aerial's secret agent" << identifier() << ":"
                               << reply.errorName() << reply.errorMessage();
            Q_EMIT registrationSettled();
            return;
        }
        m_registered = true;
        Q_EMIT registeredChanged(true);
        Q_EMIT registrationSettled();
    });
}

void NetworkManagerSecretAgent::unregister()
{
    for (const quint64 id : m_pending.keys())
        replyError(id, agentError("AgentCanceled"), QStringLiteral("Aerial is quitting."));
    if (!m_registered)
        return;
    m_registered = false;
    // At quit there is no later turn of the event loop for an answer: wait
    // briefly. NetworkManager also drops the agent when Aerial leaves the bus.
    m_bus.call(QDBusMessage::createMethodCall(Service, AgentManagerPath, AgentManagerInterface,
                                              QStringLiteral("Unregister")),
               QDBus::Block, 1000);
    Q_EMIT registeredChanged(false);
}

bool NetworkManagerSecretAgent::fromNetworkManager(const QDBusMessage &message)
{
    if (!m_owner.isEmpty() && message.service() == m_owner)
        return true;
    qCWarning(lcAgent) << "refused" << message.member() << "from" << message.service() << ", which is not NetworkManager";
    message.setDelayedReply(true);
    m_bus.send(message.createErrorReply(agentError("PermissionDenied"),
                                        QStringLiteral("Aerial gives secrets to NetworkManager only.")));
    return false;
}

QMap<QString, QVariantMap> NetworkManagerSecretAgent::GetSecrets(const QMap<QString, QVariantMap> &connection,
                                                                 const QDBusObjectPath &connectionPath,
                                                                 const QString &setting, const QStringList &hints,
                                                                 uint flags, const QDBusMessage &message)
{
    Q_UNUSED(hints);
    qCDebug(lcAgent) << "GetSecrets:" << connectionPath.path() << setting << "flags" << flags;
    if (!fromNetworkManager(message))
        return {};
    message.setDelayedReply(true);
    const QString keyManagement = connection.value(WirelessSecurity).value(QStringLiteral("key-mgmt")).toString();
    // Aerial joins WPA2 and WPA3 Personal networks; other secrets (802.1X,
    // VPN, WEP) are left to an agent that knows them.
    if (setting != WirelessSecurity
        || (keyManagement != QLatin1String("wpa-psk") && keyManagement != QLatin1String("sae"))) {
        m_bus.send(message.createErrorReply(agentError("NoSecrets"),
                                            QStringLiteral("Aerial keeps only WPA and WPA3 Personal passwords.")));
        return {};
    }
    const auto join = m_joins.find(uuidOf(connection));
    if (join != m_joins.end()) {
        // Asked again while joining: NetworkManager tried the password and
        // the network refused it (NEED_AUTH, then REQUEST_NEW). UserCanceled
        // ends the attempt with NO_SECRETS instead of passing the request on.
        if (join->given || (flags & RequestNew)) {
            qCInfo(lcAgent) << "asked again for a join's password: the network refused it";
            m_bus.send(message.createErrorReply(agentError("UserCanceled"),
                                                QStringLiteral("The network did not accept the password it was joined with.")));
            return {};
        }
        join->given = true;
        m_bus.send(message.createReply(secretsOf(setting, join->secret)));
        return {};
    }
    const quint64 id = m_nextId++;
    Pending &pending = m_pending[id];
    pending.message = message;
    pending.connectionPath = connectionPath.path();
    pending.setting = setting;
    pending.uuid = uuidOf(connection);
    pending.agentOwned = isAgentOwned(connection);

    const bool interactive = flags & AllowInteraction;
    // REQUEST_NEW: the last password failed, so the stored one is no answer.
    if (flags & RequestNew) {
        if (interactive)
            prompt(id, connection, true);
        else
            replyError(id, agentError("NoSecrets"), QStringLiteral("A new password is needed and no one may be asked."));
        return {};
    }
    // Answered from the keyring without a prompt: also what other programs'
    // USER_REQUESTED calls get.
    m_store->read(pending.uuid, setting, [this, id, connection, interactive](SecretStore::Outcome outcome,
                                                                              const QString &secret) {
        if (!m_pending.contains(id))
            return; // cancelled meanwhile
        if (outcome == SecretStore::Outcome::Found && !secret.isEmpty())
            reply(id, secret);
        else if (interactive)
            prompt(id, connection, false);
        else
            replyError(id, agentError("NoSecrets"), QStringLiteral("Aerial has no password for this connection."));
    });
    return {};
}

void NetworkManagerSecretAgent::prompt(quint64 id, const QMap<QString, QVariantMap> &connection, bool rejected)
{
    Pending &pending = m_pending[id];
    pending.prompted = true;
    pending.budget = new QTimer(this);
    pending.budget->setSingleShot(true);
    // Given up before NetworkManager gives up on Aerial (120 s): NoSecrets
    // lets NetworkManager end the attempt with its own reason.
    connect(pending.budget, &QTimer::timeout, this, [this, id] {
        qCInfo(lcAgent) << "no answer to the password prompt in time";
        replyError(id, agentError("NoSecrets"), QStringLiteral("No one answered Aerial's password prompt in time."));
    });
    pending.budget->start(m_budgetMs);

    SecretRequest request;
    request.id = id;
    request.ssid = connection.value(QStringLiteral("802-11-wireless")).value(QStringLiteral("ssid")).toByteArray();
    request.security = connection.value(WirelessSecurity).value(QStringLiteral("key-mgmt")).toString()
                               == QLatin1String("sae")
                           ? Security::Wpa3Personal
                           : Security::Wpa2Personal;
    request.profile = pending.connectionPath;
    request.interfaceId = m_deviceFor ? m_deviceFor(pending.connectionPath) : QString();
    request.reason = rejected ? SecretRequest::Reason::PasswordRejected : SecretRequest::Reason::NewNetwork;
    Q_EMIT secretRequested(request);
}

void NetworkManagerSecretAgent::holdForJoin(const QString &uuid, const QString &secret)
{
    m_joins.insert(uuid, JoinSecret{ secret, false });
}

void NetworkManagerSecretAgent::releaseJoin(const QString &uuid)
{
    m_joins.remove(uuid);
}

void NetworkManagerSecretAgent::answer(quint64 requestId, const QString &secret)
{
    const auto pending = m_pending.constFind(requestId);
    if (pending == m_pending.constEnd())
        return;
    // NetworkManager does not send SaveSecrets to the agent that answered:
    // an agent-owned secret is kept here (docs/networkmanager.md).
    if (pending->agentOwned)
        m_store->write(pending->uuid, pending->setting, secret);
    reply(requestId, secret);
}

void NetworkManagerSecretAgent::cancel(quint64 requestId)
{
    const auto pending = m_pending.constFind(requestId);
    if (pending == m_pending.constEnd())
        return;
    const QString path = pending->connectionPath;
    replyError(requestId, agentError("UserCanceled"), QStringLiteral("The password prompt was cancelled."));
    Q_EMIT promptCancelled(path);
}

void NetworkManagerSecretAgent::reply(quint64 id, const QString &secret)
{
    const Pending pending = m_pending.take(id);
    delete pending.budget;
    m_bus.send(pending.message.createReply(secretsOf(pending.setting, secret)));
}

void NetworkManagerSecretAgent::replyError(quint64 id, const QString &error, const QString &text)
{
    const Pending pending = m_pending.take(id);
    delete pending.budget;
    if (pending.prompted)
        Q_EMIT secretRequestWithdrawn(id);
    m_bus.send(pending.message.createErrorReply(error, text));
}

// NetworkManager no longer needs the answer: the prompt closes, and the
// request is answered AgentCanceled as the interface asks.
void NetworkManagerSecretAgent::CancelGetSecrets(const QDBusObjectPath &connectionPath, const QString &setting,
                                                 const QDBusMessage &message)
{
    qCDebug(lcAgent) << "CancelGetSecrets:" << connectionPath.path() << setting;
    if (!fromNetworkManager(message))
        return;
    for (const quint64 id : m_pending.keys()) {
        const Pending &pending = m_pending[id];
        if (pending.connectionPath == connectionPath.path() && pending.setting == setting)
            replyError(id, agentError("AgentCanceled"), QStringLiteral("NetworkManager withdrew the request."));
    }
}

void NetworkManagerSecretAgent::SaveSecrets(const QMap<QString, QVariantMap> &connection,
                                            const QDBusObjectPath &connectionPath, const QDBusMessage &message)
{
    Q_UNUSED(connectionPath);
    if (!fromNetworkManager(message))
        return;
    const QString secret = connection.value(WirelessSecurity).value(Psk).toString();
    if (isAgentOwned(connection) && !secret.isEmpty())
        m_store->write(uuidOf(connection), WirelessSecurity, secret);
    else if (!isAgentOwned(connection))
        m_store->remove(uuidOf(connection), WirelessSecurity); // NetworkManager keeps it now, or no one does
}

void NetworkManagerSecretAgent::DeleteSecrets(const QMap<QString, QVariantMap> &connection,
                                              const QDBusObjectPath &connectionPath, const QDBusMessage &message)
{
    Q_UNUSED(connectionPath);
    if (!fromNetworkManager(message))
        return;
    m_store->remove(uuidOf(connection), WirelessSecurity);
}

} // namespace Aerial
