// The backend contract on NetworkManager, over the system D-Bus with QtDBus:
// the operations (connect, disconnect, scan, join, forget, auto-connect, the
// Wi-Fi switch), each finished when NetworkManager's published state shows
// how it ended. NetworkManagerState mirrors that state; the secret agent
// and the Secret Service keep this account's passwords (docs/networkmanager.md).
#pragma once

#include "wirelessbackend.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QVariantMap>

#include <functional>

namespace Aerial {

class NetworkManagerSecretAgent;
class NetworkManagerState;
class SecretStore;

class NetworkManagerBackend : public WirelessBackend
{
    Q_OBJECT

public:
    // bus: the system bus, or a test's private one.
    explicit NetworkManagerBackend(const QDBusConnection &bus, QObject *parent = nullptr);
    ~NetworkManagerBackend() override;

    // True when NetworkManager owns its name on the bus.
    static bool isRunning(const QDBusConnection &bus);

    QString serviceName() const override { return QStringLiteral("NetworkManager"); }
    Platform platform() const override { return Platform::NetworkManager; }
    QList<WirelessInterface> interfaces() const override;
    QList<WirelessNetwork> networks(const QString &interfaceId) const override;

    void connectProfile(const QString &interfaceId, const QString &profile) override;
    void disconnectInterface(const QString &interfaceId) override;
    void scan(const QString &interfaceId) override;

    BackendCapabilities capabilities() const override;
    // AddAndActivateConnection2 (AddAndActivateConnection where the daemon
    // lacks it) of a connection for this account, or for all users where
    // GetPermissions allows settings.modify.system.
    void join(const JoinRequest &request) override;
    void forget(const QString &interfaceId, const QString &profile) override;
    void setAutoConnect(const QString &interfaceId, const QString &profile, bool autoConnect) override;
    // WirelessEnabled: one switch for every Wi-Fi device.
    void setRadio(const QString &interfaceId, bool on) override;
    // WirelessHardwareEnabled: false while rfkill holds the radio off.
    bool radioHardwareOn(const QString &interfaceId) const override;

    // Prompts of the secret agent, answered by the person.
    void answerSecret(quint64 requestId, const QString &secret) override;
    void cancelSecret(quint64 requestId) override;
    NetworkManagerSecretAgent *secretAgent() const { return m_agent; }

    // Model updates applied so far (one per event-loop turn with changes);
    // for tests and the benchmark.
    int updateCount() const;

    // How long an accepted operation may take before Aerial stops waiting for
    // NetworkManager to confirm it (tests shorten them).
    struct Timeouts
    {
        int connectMs = 90000; // NetworkManager's own activation timeout is shorter
        int disconnectMs = 30000;
        int scanMs = 15000; // drivers finish a scan within seconds
    };
    void setTimeouts(const Timeouts &timeouts) { m_timeouts = timeouts; }

private:
    using Token = PendingOperations::Token;

    // Starts a profile operation: registered, or finished at once when the
    // profile is unknown. Returns 0 then.
    Token beginProfileOperation(Operation operation, const QString &interfaceId, const QString &profile, bool on);
    // Update2 of a saved connection's settings, Update where the daemon lacks it.
    void updateSettings(Token token, const QString &path, const QMap<QString, QVariantMap> &settings);
    // The connection a join adds, as NetworkManager's settings (a{sa{sv}}).
    QMap<QString, QVariantMap> joinSettings(const JoinRequest &request) const;
    // The join, once Aerial's agent can hand NetworkManager the password.
    void startJoin(Token token, const JoinRequest &request);
    void addAndActivate(Token token, const QMap<QString, QVariantMap> &settings, const QString &device,
                        const QString &accessPoint, bool version2);
    // A join that failed takes its new connection, and its kept secret, away again.
    void deleteConnection(const QString &path);
    // The device activating the saved connection, for the agent's prompt.
    QString deviceForConnection(const QString &path) const;

    // While NetworkManager is away, finishes the operation with that reason.
    bool refuseWhileStopped(Token token, OperationResult operation);
    // Finishes the device's operations that its published state shows ending.
    void checkPending(const QString &device);
    // Finishes SetRadio operations whose state WirelessEnabled now shows.
    void checkRadio();
    // Waits for the device to say how the operation ended.
    void await(Token token, int timeoutMs);
    void fail(Token token, const QDBusMessage &reply);
    // For calls whose reply is the whole answer: done, or refused.
    std::function<void(const QDBusMessage &)> finishOnReply(Token token);

    NetworkManagerState *m_state;
    SecretStore *m_secrets;
    NetworkManagerSecretAgent *m_agent;
    Timeouts m_timeouts;
    // Connections whose password prompt the person cancelled: their failure is a cancel.
    QSet<QString> m_promptCancelled;
    // A join's new connection → the uuid its password is kept under, until the join ends.
    QHash<QString, QString> m_joinedUuids;
    QHash<Token, QString> m_heldForJoin; // Join: the uuid the agent holds the password under
    QHash<QString, QElapsedTimer> m_lastScanRequest;
    QHash<Token, qlonglong> m_scanBaselines; // Scan: finished when LastScan moves past this
    QSet<Token> m_connectProgress;           // Connect: the device left disconnected on the way
    QSet<Token> m_radioAccepted;             // SetRadio: NetworkManager took the new value
};

} // namespace Aerial
