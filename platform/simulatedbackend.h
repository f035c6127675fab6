// The contract on top of the simulation engine: delivers its notifications
// with timers on the GUI thread, and nothing else. While no operation is
// under way, no timer exists.
#pragma once

#include "simulation/simulationengine.h"
#include "wirelessbackend.h"

#include <QHash>
#include <QList>

#include <memory>

class QTimer;

namespace Aerial {

class SimulatedBackend : public WirelessBackend
{
    Q_OBJECT

public:
    explicit SimulatedBackend(aerial::sim::Scenario scenario, QObject *parent = nullptr);
    ~SimulatedBackend() override;

    // Reads and validates a scenario file. On failure returns null and sets
    // *error to a sentence naming the file, the field and what was expected.
    static std::unique_ptr<SimulatedBackend> fromFile(const QString &path, QString *error);
    static std::unique_ptr<SimulatedBackend> fromText(const QByteArray &text, const QString &sourceName,
                                                      QString *error);

    QString serviceName() const override;
    bool isSimulated() const override { return true; }
    Platform platform() const override { return Platform::NativeWifi; }
    QList<WirelessInterface> interfaces() const override;
    QList<WirelessNetwork> networks(const QString &interfaceId) const override;

    void connectProfile(const QString &interfaceId, const QString &profile) override;
    void disconnectInterface(const QString &interfaceId) override;
    void scan(const QString &interfaceId) override;

    BackendCapabilities capabilities() const override;
    void join(const JoinRequest &request) override;
    void forget(const QString &interfaceId, const QString &profile) override;
    void setAutoConnect(const QString &interfaceId, const QString &profile, bool autoConnect) override;
    void setRadio(const QString &interfaceId, bool on) override;
    bool radioHardwareOn(const QString &interfaceId) const override;

    // The service stops, as WLAN AutoConfig can: every pending operation
    // fails, the interfaces go, and calls are refused until it starts again.
    void stopService();
    void startService();
    // The adapter is unplugged.
    void removeInterface(const QString &interfaceId);

    // How many notifications wait for their time; tests and the idle
    // benchmark use it to know the service is quiet.
    int pendingNotifications() const { return int(m_scheduled.size()); }

private:
    using Token = PendingOperations::Token;
    Token begin(const OperationResult &operation);
    bool refuseWhileStopped(Token token);
    void run(const aerial::sim::Outcome &outcome, Token token);
    void schedule(const aerial::sim::Notification &notification, Token token);
    void deliver(QTimer *timer, const aerial::sim::Notification &notification, Token token);
    void supersede(const QString &interfaceId);
    // Every interface's list again, after profiles changed.
    void scheduleNetworkLists();
    OperationResult outcomeFor(Token token, const aerial::sim::OperationResult &result) const;
    WirelessInterface toInterface(const aerial::sim::Interface &iface) const;
    WirelessNetwork toNetwork(const aerial::sim::Network &network) const;
    QList<WirelessNetwork> toNetworks(const std::vector<aerial::sim::Network> &networks) const;

    aerial::sim::SimulationEngine m_engine;
    bool m_running = true;
    // What has been announced so far: the engine runs ahead of its notifications.
    QList<WirelessInterface> m_interfaces;
    QHash<QString, QList<WirelessNetwork>> m_networks;
    struct Scheduled
    {
        QTimer *timer;
        aerial::sim::Notification notification;
        Token token; // the operation an OperationCompleted ends
    };
    std::vector<Scheduled> m_scheduled;
    // Joins whose profile is new: a failed join takes it away again, as the
    // Windows flyout does, so a retry does not leave "SSID 2" behind.
    QHash<Token, QString> m_joinedProfiles;
};

} // namespace Aerial
