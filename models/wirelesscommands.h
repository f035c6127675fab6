// The command layer: the one place that starts operations on the backend.
//
// Given the selected interface and network it says which actions are
// possible and, for each impossible one, why; it starts them; it tracks what
// is in flight; and it turns each result into the explanation to show. The
// window, the tray menu and (later) notifications and aerialctl use it; none
// of them calls the backend for a command.
#pragma once

#include "operationexplanation.h"
#include "wirelessbackend.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace Aerial {

class WirelessCommands : public QObject
{
    Q_OBJECT

public:
    enum class Action { Connect, Disconnect, Scan, Forget, AutoConnect, Radio, JoinHidden };
    Q_ENUM(Action)

    // What Connect does for the selected network.
    enum class ConnectStep {
        None,            // nothing to connect to
        ConnectSaved,    // it has a profile
        AskPassword,     // a new network that needs a password: the panel asks
        JoinAtOnce,      // a new open or Enhanced Open network
        NotJoinable,     // WEP, Enterprise, or not on this service
    };
    Q_ENUM(ConnectStep)

    struct Availability
    {
        bool possible = false;
        QString reason; // why not, in a sentence; empty when possible
    };

    explicit WirelessCommands(WirelessBackend *backend, QObject *parent = nullptr);

    WirelessBackend *backend() const { return m_backend; }
    BackendCapabilities capabilities() const { return m_backend->capabilities(); }

    // What the person has selected; network is null when no network is.
    void select(const QString &interfaceId, const WirelessNetwork *network);
    QString selectedInterface() const { return m_interfaceId; }
    bool hasSelectedNetwork() const { return m_hasNetwork; }
    const WirelessNetwork &selectedNetwork() const { return m_network; }

    Availability availability(Action action) const;
    ConnectStep connectStep() const;
    // A line to show with the join: open networks are readable by others
    // nearby; WEP and Enterprise say why not and where to do it instead.
    QString joinNote() const;
    // Whether the selected interface's radio is on, and whether software can switch it.
    bool radioOn() const;

    // Starting. Each refuses (returns false, and says why through refused)
    // what availability() says is impossible.
    bool connectSelected();
    bool join(const JoinRequest &request);
    bool disconnectSelected();
    bool scan(const QString &interfaceId);
    bool scanSelected() { return scan(m_interfaceId); }
    bool forgetSelected();
    bool setAutoConnectSelected(bool autoConnect);
    bool setRadioSelected(bool on);
    // Every interface's radio (the tray's Wi-Fi item): once where the switch
    // is global; on skips radios a hardware switch holds off. False when
    // nothing could be switched.
    bool setRadioEverywhere(bool on);

    // Tracking.
    bool isInFlight(Operation operation, const QString &interfaceId) const;
    int inFlightCount() const;

    OperationExplanation explain(const OperationResult &result) const;
    // The explanation of an action availability() refuses for this account's
    // rights on the profile (Connect, Disconnect, Forget, AutoConnect): the
    // same words as the service's refusal.
    OperationExplanation explainRefusal(Action action) const;
    // True when availability() refuses the action only because this account
    // lacks the right on the profile; explainRefusal() then says why.
    bool isRefusedByRights(Action action) const;

    // The last failure stays until it is acknowledged or an operation succeeds
    // (the tray shows it).
    bool hasError() const { return m_error; }
    void acknowledgeError();

    // The service needs a secret; answer or cancel it here.
    void answerSecret(quint64 requestId, const QString &secret);
    void cancelSecret(quint64 requestId);

    QString interfaceName(const QString &interfaceId) const;

Q_SIGNALS:
    void started(Aerial::Operation operation, const QString &interfaceId);
    void finished(const Aerial::OperationResult &result);
    void failed(const Aerial::OperationResult &result, const Aerial::OperationExplanation &explanation);
    // A join or connect whose password the network refused: ask again for the same network.
    void passwordRejected(const Aerial::OperationResult &result);
    void refused(Aerial::WirelessCommands::Action action, const QString &reason);
    void errorChanged(bool error);
    // Permissions, the service or what is in flight moved: availability may
    // have changed. (Interface changes come through the model.)
    void availabilityChanged();
    void secretRequested(const Aerial::SecretRequest &request);
    void secretRequestWithdrawn(quint64 requestId);

private:
    WirelessInterface interfaceById(const QString &interfaceId, bool *found) const;
    Availability availabilityOn(Action action, const QString &interfaceId) const;
    bool interfaceReady(const WirelessInterface &iface) const;
    // The profile an action acts on: the selected network's, or for
    // Disconnect the current connection's. Invalid when there is none.
    WirelessProfile profileFor(Action action) const;
    Availability profileRight(Action action) const;
    bool check(Action action, const QString &interfaceId);
    void track(Operation operation, const QString &interfaceId);
    void onFinished(const OperationResult &result);
    void setError(bool error);

    QPointer<WirelessBackend> m_backend;
    QString m_interfaceId;
    bool m_hasNetwork = false;
    WirelessNetwork m_network;
    QHash<QString, int> m_inFlight; // "operation/interface" → calls not yet finished
    bool m_error = false;
};

} // namespace Aerial
