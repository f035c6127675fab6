// The tray-icon window: interfaces with their state, the networks of the
// selected one, Connect / Disconnect / Rescan, the explanation panel and a
// status line that screen readers announce.
#pragma once

#include "wirelessbackend.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QListView;
class QPushButton;

namespace Aerial {

class ExplanationPanel;
class InterfaceNetworksProxy;
class LiveRegion;
class NetworkModel;
class NetworkSortProxy;

class WirelessWindow : public QWidget
{
    Q_OBJECT

public:
    WirelessWindow(WirelessBackend *backend, NetworkModel *model, QWidget *parent = nullptr);

    // A notice above everything, e.g. "Demo mode" when Aerial plays the demo
    // because no real service was found. Empty hides it. While the service
    // does not answer, the notice says so first.
    void setNotice(const QString &plainText);
    // Opens beside a rectangle (the tray icon, or the cursor's point), above
    // it where there is room and below it otherwise, kept inside its screen
    // and off the rectangle so that the icon stays clickable.
    void showNear(const QRect &anchor);

    QString selectedInterfaceId() const;
    void selectInterface(const QString &interfaceId);

    void connectSelected();
    void disconnectSelected();
    void rescanSelected();

    // For the tests and the app's wiring.
    QListView *interfaceView() const { return m_interfaceView; }
    QListView *networkView() const { return m_networkView; }
    QPushButton *connectButton() const { return m_connectButton; }
    QPushButton *disconnectButton() const { return m_disconnectButton; }
    QPushButton *rescanButton() const { return m_rescanButton; }
    ExplanationPanel *explanationPanel() const { return m_panel; }
    LiveRegion *liveRegion() const { return m_liveRegion; }
    QLabel *demoNotice() const { return m_demoNotice; }
    QLabel *helpText() const { return m_help; }
    NetworkSortProxy *proxy() const { return m_proxy; }
    InterfaceNetworksProxy *networkList() const { return m_networks; }

    static QString shortcutHelp();

Q_SIGNALS:
    void quitRequested();
    void operationFailed(const Aerial::OperationResult &result);

private:
    void buildLayout();
    void buildShortcuts();
    void followSelection();
    void updateActions();
    void onOperationFinished(const OperationResult &result);
    void onInterfaceChanged(const WirelessInterface &iface);
    void onServiceAvailabilityChanged(bool available, const QString &reason);
    void showNotice();
    QModelIndex currentInterface() const;
    QModelIndex currentNetwork() const;
    QString interfaceName(const QString &interfaceId) const;

    WirelessBackend *m_backend;
    NetworkModel *m_model;
    NetworkSortProxy *m_proxy;
    InterfaceNetworksProxy *m_networks;
    QLabel *m_demoNotice;
    QListView *m_interfaceView;
    QLabel *m_networksLabel;
    QListView *m_networkView;
    QLabel *m_noInterface;
    QPushButton *m_connectButton;
    QPushButton *m_disconnectButton;
    QPushButton *m_rescanButton;
    QPushButton *m_helpButton;
    QLabel *m_help;
    ExplanationPanel *m_panel;
    LiveRegion *m_liveRegion;
    QHash<QString, InterfaceState> m_announcedStates;
    QString m_modeNotice;    // "Demo mode …"; empty for a real service
    QString m_serviceNotice; // why the service does not answer; empty while it does
};

} // namespace Aerial
