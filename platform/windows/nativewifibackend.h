// The backend contract on Windows' Native Wifi, through a WirelessSession.
//
// No <windows.h> here: this Qt layer is built and tested on Linux against a
// fake session. Every session call runs on one worker thread, in order;
// results and notifications reach the GUI thread as queued invocations.
// The model stays current from notifications alone. Timers exist only while
// an operation waits for its notification or while the service is down.
#pragma once

#include "threadhandoff.h"
#include "wirelessbackend.h"
#include "wirelesssession.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QThreadPool>
#include <QTimer>

#include <functional>
#include <memory>

namespace Aerial {

class NativeWifiBackend : public WirelessBackend
{
    Q_OBJECT

public:
    struct Timing
    {
        int scanThrottleMs = 4000;    // WlanScan at most this often per interface (QTBUG-40332)
        int scanTimeoutMs = 10000;    // drivers finish a scan within 4 s; allow more
        int connectTimeoutMs = 60000; // then the state is read instead of awaited
        int firstRetryMs = 1000;      // reopening a stopped service: 1 s, 2 s, 4 s … 
        int lastRetryMs = 30000;      // … at most every 30 s
    };

    explicit NativeWifiBackend(std::unique_ptr<aerial::win::WirelessSession> session, QObject *parent = nullptr);
    NativeWifiBackend(std::unique_ptr<aerial::win::WirelessSession> session, Timing timing, QObject *parent = nullptr);
    ~NativeWifiBackend() override;

    QString serviceName() const override;
    Platform platform() const override { return Platform::NativeWifi; }
    QList<WirelessInterface> interfaces() const override { return m_interfaces; }
    QList<WirelessNetwork> networks(const QString &interfaceId) const override;

    void connectProfile(const QString &interfaceId, const QString &profile) override;
    void disconnectInterface(const QString &interfaceId) override;
    void scan(const QString &interfaceId) override;

    BackendCapabilities capabilities() const override;
    // WlanSetProfile (a per-user profile, written by WlanProfileXml), then
    // WlanConnect by its name. A join that fails deletes the profile it made.
    void join(const JoinRequest &request) override;
    void forget(const QString &interfaceId, const QString &profile) override;
    // WlanGetProfile, connectionMode changed, WlanSetProfile with the same type.
    void setAutoConnect(const QString &interfaceId, const QString &profile, bool autoConnect) override;
    void setRadio(const QString &interfaceId, bool on) override;
    bool radioHardwareOn(const QString &interfaceId) const override
    {
        return !m_hardwareRadioOff.contains(interfaceId);
    }

protected:
    // Runs what the worker and wlanapi's thread post (platform/threadhandoff.h).
    bool event(QEvent *event) override;

private:
    using Session = aerial::win::WirelessSession;
    using CallResult = aerial::win::CallResult;
    struct InterfaceSnapshot;
    struct NetworkSnapshot;
    using Token = PendingOperations::Token;

    // Runs work on the worker thread and then done on the GUI thread, unless
    // the session was reopened meanwhile.
    template<typename Result>
    void run(std::function<Result(Session &)> work, std::function<void(const Result &)> done);

    struct JoinStart;
    struct ChangeResult;

    static InterfaceSnapshot readInterface(Session &session, const std::string &guid);
    static NetworkSnapshot readNetworks(Session &session, const std::string &guid);
    // Registers the operation; false, and refused on the next turn, when its
    // interface is not one Aerial has.
    bool begin(const OperationResult &operation, Token *token);
    // The code such an operation fails with.
    std::uint32_t absentCode() const;
    // Runs a change on the worker and reads the interface and its networks
    // right after it there, so that when the operation finishes the model
    // already shows what it did.
    void runChange(const QString &interfaceId, std::function<CallResult(Session &)> change,
                   std::function<void(const CallResult &)> done);
    // The join's connection ended: a failed one takes its profile away.
    void finishJoin(Token token, const QString &interfaceId, ErrorKind error, quint32 reasonCode, const QString &text);

    void open();
    void loadAll();
    void onEvent(const aerial::win::SessionEvent &event);
    void refreshInterface(const QString &id);
    void refreshNetworks(const QString &id);
    void applyInterface(const InterfaceSnapshot &snapshot);
    void applyNetworks(const QString &id, const NetworkSnapshot &snapshot);
    void removeInterface(const QString &id);
    void setState(const QString &id, InterfaceState state, const aerial::win::SessionEvent *event = nullptr);
    void completeConnect(const QString &id, const aerial::win::SessionEvent &event);
    void finishScans(const QString &id, const OperationResult &result);

    // No notification came in time: read the state and finish on what it says.
    void expire(Token token);
    void fail(Token token, const CallResult &call);
    OperationResult failed(OperationResult result, const CallResult &call) const;
    // True when the call's failure means the service is gone; handles it.
    bool handleLoss(const CallResult &call);
    // Drops the session and everything read through it, says why, and
    // reopens later (except when wlanapi.dll is missing).
    void serviceDown(const CallResult &call);
    void reportRead(Operation operation, const QString &id, const CallResult &call);

    std::unique_ptr<Session> m_session;
    Timing m_timing;
    QThreadPool m_worker;
    quint64 m_generation = 0; // bumped when the session is reopened
    QList<WirelessInterface> m_interfaces;
    QHash<QString, QList<WirelessNetwork>> m_networks;
    QSet<QString> m_refreshingInterfaces;
    QSet<QString> m_refreshingNetworks;
    QSet<QString> m_scanResultsDue; // a scan ended; its pending calls finish with the next network list
    QHash<QString, QElapsedTimer> m_lastScan;
    QHash<QString, QList<Token>> m_pendingScans;
    QSet<QString> m_hardwareRadioOff;
    // The last connection_complete no operation claimed, per interface.
    QHash<QString, aerial::win::SessionEvent> m_unclaimedCompletions;
    bool m_readDenied = false; // a location-privacy denial was reported and not yet lifted
    QTimer m_reopen;
    int m_retryMs = 0;
};

} // namespace Aerial
