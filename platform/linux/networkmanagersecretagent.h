// Aerial as NetworkManager's secret agent: NetworkManager asks it for the
// Wi-Fi password of a connection when it activates one (NetworkManager's
// org.freedesktop.NetworkManager.SecretAgent.xml and AgentManager.xml;
// docs/networkmanager.md, "The secret agent").
//
// It answers from the Secret Service when it can, and otherwise asks the
// person through secretRequested. A join hands its password to the agent
// rather than to NetworkManager's AddAndActivateConnection, so that the
// password crosses the system bus only in the agent's reply (SecretAgent.xml:
// an agent may provide secrets "as part of connection creation"). Every
// GetSecrets is answered with a delayed D-Bus reply, so the event loop never
// waits for a person; an unanswered prompt is given up before
// NetworkManager's own 120 s limit.
#pragma once

#include "wirelesstypes.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QHash>
#include <QObject>
#include <QVariantMap>

#include <functional>

class QDBusServiceWatcher;
class QTimer;

namespace Aerial {

class SecretStore;

class NetworkManagerSecretAgent : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.NetworkManager.SecretAgent")

public:
    // GetSecrets flags (NMSecretAgentGetSecretsFlags).
    enum GetSecretsFlag : uint {
        AllowInteraction = 0x1,
        RequestNew = 0x2,
        UserRequested = 0x4,
    };

    NetworkManagerSecretAgent(const QDBusConnection &bus, SecretStore *store, QObject *parent = nullptr);
    // Unregisters, and withdraws what is still asked.
    ~NetworkManagerSecretAgent() override;

    // The identifier registered with the AgentManager: the application id for
    // Aerial itself, with the program's name and process id added for others
    // (aerialctl), so that a running Aerial and each aerialctl hold one.
    static QString identifier();

    bool isRegistered() const { return m_registered; }
    // A Register call is on its way; registrationSettled follows.
    bool isRegistering() const { return m_registering; }
    // How long a prompt may stay unanswered; tests shorten it.
    void setReplyBudget(int milliseconds) { m_budgetMs = milliseconds; }
    // Which of Aerial's interfaces is activating a connection (its settings path).
    void setDeviceResolver(std::function<QString(const QString &connectionPath)> resolver)
    {
        m_deviceFor = std::move(resolver);
    }

    // A join's password, for the connection it adds: given to NetworkManager's
    // first GetSecrets for that connection. A second one means the network
    // refused the password, and is answered UserCanceled, so that the join
    // fails instead of NetworkManager asking another agent or the person.
    // Held in memory only, until releaseJoin.
    void holdForJoin(const QString &uuid, const QString &secret);
    void releaseJoin(const QString &uuid);

    // The person's answer to secretRequested.
    void answer(quint64 requestId, const QString &secret);
    void cancel(quint64 requestId);
    // Takes Aerial off the AgentManager (at quit; the destructor calls it).
    void unregister();

    // org.freedesktop.NetworkManager.SecretAgent, exported to NetworkManager only.
public Q_SLOTS:
    Q_SCRIPTABLE QMap<QString, QVariantMap> GetSecrets(const QMap<QString, QVariantMap> &connection,
                                                       const QDBusObjectPath &connectionPath, const QString &setting,
                                                       const QStringList &hints, uint flags,
                                                       const QDBusMessage &message);
    Q_SCRIPTABLE void CancelGetSecrets(const QDBusObjectPath &connectionPath, const QString &setting,
                                       const QDBusMessage &message);
    Q_SCRIPTABLE void SaveSecrets(const QMap<QString, QVariantMap> &connection, const QDBusObjectPath &connectionPath,
                                  const QDBusMessage &message);
    Q_SCRIPTABLE void DeleteSecrets(const QMap<QString, QVariantMap> &connection,
                                    const QDBusObjectPath &connectionPath, const QDBusMessage &message);

Q_SIGNALS:
    void registeredChanged(bool registered);
    // A Register call was answered, either way.
    void registrationSettled();
    void secretRequested(const Aerial::SecretRequest &request);
    void secretRequestWithdrawn(quint64 requestId);
    // The person cancelled the prompt for this connection.
    void promptCancelled(const QString &connectionPath);

private:
    struct Pending
    {
        QDBusMessage message; // GetSecrets, answered late
        QString connectionPath;
        QString setting;
        QString uuid;
        bool agentOwned = false;
        bool prompted = false;
        QTimer *budget = nullptr;
    };
    struct JoinSecret
    {
        QString secret;
        bool given = false; // to NetworkManager's first GetSecrets
    };

    void ownerChanged(const QString &owner);
    void registerAgent();
    // Refuses callers other than NetworkManager: the agent hands out passwords.
    bool fromNetworkManager(const QDBusMessage &message);
    void prompt(quint64 id, const QMap<QString, QVariantMap> &connection, bool rejected);
    void reply(quint64 id, const QString &secret);
    void replyError(quint64 id, const QString &error, const QString &text);

    QDBusConnection m_bus;
    SecretStore *m_store;
    QDBusServiceWatcher *m_watcher;
    QString m_owner; // NetworkManager's unique name on the bus
    bool m_registered = false;
    bool m_registering = false;
    bool m_exported = false;
    int m_budgetMs = 110000;
    quint64 m_nextId = 1;
    QHash<quint64, Pending> m_pending;
    QHash<QString, JoinSecret> m_joins; // by connection uuid
    std::function<QString(const QString &)> m_deviceFor;
};

} // namespace Aerial
