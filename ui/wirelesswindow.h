// The tray-icon window: interfaces with their state, the networks of the
// selected one, Connect / Disconnect / Rescan, the explanation panel and a
// status line that screen readers announce.
#pragma once

#include "wirelessbackend.h"
#include "wirelesscommands.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QFrame;
class QLabel;
class QListView;
class QPushButton;

namespace Aerial {

class ExplanationPanel;
class InterfaceNetworksProxy;
class JoinPanel;
struct OperationExplanation;
class LiveRegion;
class NetworkModel;
class NetworkSortProxy;
class Preferences;
class SettingsPanel;

class WirelessWindow : public QWidget
{
    Q_OBJECT

public:
    // Every command goes through commands (the command layer).
    WirelessWindow(WirelessCommands *commands, NetworkModel *model, QWidget *parent = nullptr);
    // With a command layer of its own, for a window that stands alone.
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
    // NetworkManager asks for a password (Aerial's secret agent): the join
    // panel asks the person, and the answer goes back through the command layer.
    void askForSecret(const SecretRequest &request);

    void connectSelected();
    void disconnectSelected();
    void rescanSelected();
    // Asks first, inline; confirmForget() then forgets.
    void forgetSelected();
    void confirmForget();
    void joinHiddenNetwork();
    void toggleRadio();
    // Adds the Settings button and its panel (notifications, start at login).
    void setPreferences(Preferences *preferences);
    void toggleSettings();

    // For the tests and the app's wiring.
    QListView *interfaceView() const { return m_interfaceView; }
    QListView *networkView() const { return m_networkView; }
    QPushButton *connectButton() const { return m_connectButton; }
    QPushButton *disconnectButton() const { return m_disconnectButton; }
    QPushButton *rescanButton() const { return m_rescanButton; }
    QPushButton *forgetButton() const { return m_forgetButton; }
    QPushButton *otherNetworkButton() const { return m_otherButton; }
    QCheckBox *autoConnectBox() const { return m_autoConnectBox; }
    QCheckBox *radioSwitch() const { return m_radioSwitch; }
    JoinPanel *joinPanel() const { return m_joinPanel; }
    QFrame *forgetPanel() const { return m_forgetPanel; }
    QLabel *forgetQuestion() const { return m_forgetQuestion; }
    QPushButton *forgetConfirmButton() const { return m_forgetConfirm; }
    WirelessCommands *commands() const { return m_commands; }
    ExplanationPanel *explanationPanel() const { return m_panel; }
    LiveRegion *liveRegion() const { return m_liveRegion; }
    QLabel *demoNotice() const { return m_demoNotice; }
    QLabel *helpText() const { return m_help; }
    QPushButton *settingsButton() const { return m_settingsButton; }
    SettingsPanel *settingsPanel() const { return m_settings; }
    NetworkSortProxy *proxy() const { return m_proxy; }
    InterfaceNetworksProxy *networkList() const { return m_networks; }

    static QString shortcutHelp();

Q_SIGNALS:
    void quitRequested();
    void operationFailed(const Aerial::OperationResult &result);

protected:
    void hideEvent(QHideEvent *event) override;

private:
    void explainRefusal(WirelessCommands::Action action, const QString &reason);
    void wire();
    void buildLayout();
    void buildShortcuts();
    void followSelection();
    void updateActions();
    void onOperationFinished(const OperationResult &result);
    void onFailed(const OperationResult &result, const OperationExplanation &explanation);
    void onPasswordRejected(const OperationResult &result);
    void onJoinPanelOpenChanged(bool open);
    void closeForgetPanel();
    void switchRadio(bool on);
    void onInterfaceChanged(const WirelessInterface &iface);
    void onServiceAvailabilityChanged(bool available, const QString &reason);
    void showNotice();
    QModelIndex currentInterface() const;
    QModelIndex currentNetwork() const;
    QString interfaceName(const QString &interfaceId) const;

    WirelessCommands *m_commands;
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
    QPushButton *m_forgetButton;
    QPushButton *m_otherButton;
    QCheckBox *m_autoConnectBox;
    QCheckBox *m_radioSwitch;
    QString m_forgetInterface; // what the open question is about
    QString m_forgetProfile;
    QPushButton *m_helpButton;
    QLabel *m_help;
    QPushButton *m_settingsButton;
    SettingsPanel *m_settings = nullptr;
    JoinPanel *m_joinPanel;
    // Requests that came while the panel was asking for another secret; each
    // is asked when the one before is answered, cancelled or withdrawn.
    QList<SecretRequest> m_waitingSecrets;
    QFrame *m_forgetPanel;
    QLabel *m_forgetQuestion;
    QPushButton *m_forgetConfirm;
    QPushButton *m_forgetCancel;
    ExplanationPanel *m_panel;
    LiveRegion *m_liveRegion;
    QHash<QString, InterfaceState> m_announcedStates;
    QString m_modeNotice;    // "Demo mode …"; empty for a real service
    QString m_serviceNotice; // why the service does not answer; empty while it does
};

} // namespace Aerial
