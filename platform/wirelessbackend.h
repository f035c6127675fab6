// The platform adapter's contract: one wireless service, its interfaces and
// networks, and the operations on them.
//
// Operations are asynchronous. A call returns at once; operationFinished
// follows exactly once per call, never from inside the call, when the service
// has refused it or the operation has run its course (connected, disconnected,
// scan results in). State changes on the way arrive as interfaceChanged.
// Reads the backend makes by itself (Operation::ListNetworks, QueryConnection)
// are reported through operationFinished only when they fail.
#pragma once

#include "pendingoperations.h"
#include "wirelesstypes.h"

#include <QObject>

namespace Aerial {

class WirelessBackend : public QObject
{
    Q_OBJECT

public:
    // log: the backend's category (backendlog.h); every operation's start
    // and result are logged there at debug level.
    explicit WirelessBackend(LogCategory log, QObject *parent = nullptr);
    // Finishes what is still pending (shutDown), so no caller waits forever.
    ~WirelessBackend() override;

    // Shown to people: "Simulated wireless service", "NetworkManager", …
    virtual QString serviceName() const = 0;
    virtual bool isSimulated() const { return false; }
    virtual Platform platform() const = 0;

    // False while the service does not answer (stopped, crashed, restarting).
    // The backend then reports no interfaces and comes back by itself.
    bool isServiceAvailable() const { return m_serviceAvailable; }
    // Why it does not answer, in plain words; empty while it does.
    QString serviceProblem() const { return m_serviceProblem; }

    // What this account may do, as far as the service says up front
    // (NetworkManager's GetPermissions); the window disables what it may not.
    bool mayControl() const { return m_mayControl; }
    bool mayScan() const { return m_mayScan; }

    virtual QList<WirelessInterface> interfaces() const = 0;
    virtual QList<WirelessNetwork> networks(const QString &interfaceId) const = 0;

    // Connects the interface using a saved profile. Connecting while connected
    // elsewhere switches directly; backends never disconnect first.
    virtual void connectProfile(const QString &interfaceId, const QString &profile) = 0;
    virtual void disconnectInterface(const QString &interfaceId) = 0;
    virtual void scan(const QString &interfaceId) = 0;

    // What this backend can do; operations it cannot do finish with
    // ErrorKind::NotSupported.
    virtual BackendCapabilities capabilities() const { return {}; }
    // Creates a profile for the network and connects with it.
    virtual void join(const JoinRequest &request);
    virtual void forget(const QString &interfaceId, const QString &profile);
    virtual void setAutoConnect(const QString &interfaceId, const QString &profile, bool autoConnect);
    // interfaceId is ignored where the switch is global (RadioSwitch::Global).
    virtual void setRadio(const QString &interfaceId, bool on);
    // False while a hardware switch (rfkill) holds the radio off: software
    // cannot turn it on.
    virtual bool radioHardwareOn(const QString &interfaceId) const
    {
        Q_UNUSED(interfaceId);
        return true;
    }

    // The answer to secretRequested: the secret, or a cancel.
    virtual void answerSecret(quint64 requestId, const QString &secret);
    virtual void cancelSecret(quint64 requestId);

    // Operations started and not yet finished.
    int pendingOperations() const { return m_operations.count(); }

    // Finishes every pending operation as cancelled. Aerial calls it when it
    // quits; the destructor calls it too. Receivers must not call back into
    // the backend for a result that comes from here: isShuttingDown() says
    // so (from the destructor, the backend's own part is already gone).
    void shutDown();
    bool isShuttingDown() const { return m_shuttingDown; }

Q_SIGNALS:
    void interfaceAdded(const Aerial::WirelessInterface &iface);
    void interfaceRemoved(const QString &interfaceId);
    void interfaceChanged(const Aerial::WirelessInterface &iface);
    // The interface's whole network list, as the service now sees it.
    void networksChanged(const QString &interfaceId, const QList<Aerial::WirelessNetwork> &networks);
    void operationFinished(const Aerial::OperationResult &result);
    // reason: a sentence for people, empty when the service is back.
    void serviceAvailabilityChanged(bool available, const QString &reason);
    void permissionsChanged();
    // The service needs a secret for an operation under way.
    void secretRequested(const Aerial::SecretRequest &request);
    // The service no longer needs it (it gave up, or another agent answered).
    void secretRequestWithdrawn(quint64 requestId);

protected:
    PendingOperations &operations() { return m_operations; }
    const PendingOperations &operations() const { return m_operations; }

    // Refuses an operation this backend cannot do.
    void refuseUnsupported(const OperationResult &operation);

    // Reports a result on the next event-loop turn: operationFinished never
    // comes from inside the call that started the operation.
    void finishLater(const OperationResult &result)
    {
        QMetaObject::invokeMethod(this, [this, result] { Q_EMIT operationFinished(result); }, Qt::QueuedConnection);
    }
    // The same for a registered operation, unless it finishes otherwise first.
    void finishLater(PendingOperations::Token token, const OperationResult &outcome)
    {
        QMetaObject::invokeMethod(this, [this, token, outcome] { m_operations.finish(token, outcome); },
                                  Qt::QueuedConnection);
    }

    void setServiceAvailable(bool available, const QString &reason)
    {
        if (available == m_serviceAvailable)
            return;
        m_serviceAvailable = available;
        m_serviceProblem = available ? QString() : reason;
        Q_EMIT serviceAvailabilityChanged(available, m_serviceProblem);
    }

    void setPermissions(bool mayControl, bool mayScan)
    {
        if (mayControl == m_mayControl && mayScan == m_mayScan)
            return;
        m_mayControl = mayControl;
        m_mayScan = mayScan;
        Q_EMIT permissionsChanged();
    }

private:
    PendingOperations m_operations;
    bool m_mayControl = true;
    bool m_mayScan = true;
    bool m_serviceAvailable = true;
    QString m_serviceProblem;
    bool m_shuttingDown = false;
};

} // namespace Aerial
