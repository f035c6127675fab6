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

    // How many notifications wait for their time; tests and the idle
    // benchmark use it to know the service is quiet.
    int pendingNotifications() const { return int(m_pending.size()); }

private:
    void run(const aerial::sim::Outcome &outcome);
    void deliver(QTimer *timer, const aerial::sim::Notification &notification);
    void supersede(const QString &interfaceId);
    WirelessNetwork toNetwork(const aerial::sim::Network &network) const;
    QList<WirelessNetwork> toNetworks(const std::vector<aerial::sim::Network> &networks) const;

    aerial::sim::SimulationEngine m_engine;
    // What has been announced so far: the engine runs ahead of its notifications.
    QList<WirelessInterface> m_interfaces;
    QHash<QString, QList<WirelessNetwork>> m_networks;
    struct Pending
    {
        QTimer *timer;
        aerial::sim::Notification notification;
    };
    std::vector<Pending> m_pending;
};

} // namespace Aerial
