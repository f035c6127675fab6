// The system-tray icon: its picture follows the best connection (or shows
// connecting, disconnected or error), its tooltip names each interface and
// SSID, a left click toggles the window, and its menu has Open, Rescan, Wi-Fi,
// Quit. Where the tray only reports a right click (XEmbed), the menu is
// built on the first one: an icon nobody right-clicks costs no menu.
#pragma once

#include "statusicons.h"

#include <QObject>
#include <QSystemTrayIcon>

class QAction;
class QMenu;

namespace Aerial {

class NetworkModel;

class TrayIcon : public QObject
{
    Q_OBJECT

public:
    enum class MenuTiming {
        AtStart, // the tray reads the menu ahead (platform/trayhost.h)
        OnRightClick,
    };
    Q_ENUM(MenuTiming)

    explicit TrayIcon(NetworkModel *model, MenuTiming timing = MenuTiming::AtStart, QObject *parent = nullptr);
    ~TrayIcon() override;

    QSystemTrayIcon *systemTrayIcon() const { return m_tray; }
    StatusIcons::Status status() const { return m_status; }
    QString toolTipText() const { return m_toolTip; }
    // Whether the menu exists yet; menu() and radioAction() build it.
    bool hasMenu() const { return m_menu != nullptr; }
    QMenu *menu();
    // Checked while any interface's radio is on.
    QAction *radioAction();

    // The error picture stays until the explanation is dismissed or an
    // operation succeeds.
    void setError(bool error);

Q_SIGNALS:
    void toggleWindowRequested();
    void openRequested();
    void rescanRequested();
    // The Wi-Fi item was clicked: on is the state asked for, for every radio.
    void radioRequested(bool on);
    void quitRequested();

private:
    void refresh();

    NetworkModel *m_model;
    QSystemTrayIcon *m_tray;
    QMenu *m_menu = nullptr;
    QAction *m_radio = nullptr;
    bool m_anyRadioOn = false;
    StatusIcons::Status m_status = StatusIcons::Status::Disconnected;
    QString m_toolTip;
    bool m_error = false;
};

} // namespace Aerial
