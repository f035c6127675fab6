// The system-tray icon: its picture follows the best connection (or shows
// connecting, disconnected or error), its tooltip names each interface and
// SSID, a left click toggles the window, and its menu has Open, Rescan, Wi-Fi,
// Quit.
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
    explicit TrayIcon(NetworkModel *model, QObject *parent = nullptr);
    ~TrayIcon() override;

    QSystemTrayIcon *systemTrayIcon() const { return m_tray; }
    StatusIcons::Status status() const { return m_status; }
    QString toolTipText() const { return m_toolTip; }
    QMenu *menu() const { return m_menu; }
    // Checked while any interface's radio is on.
    QAction *radioAction() const { return m_radio; }

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
    QMenu *m_menu;
    QAction *m_radio;
    StatusIcons::Status m_status = StatusIcons::Status::Disconnected;
    QString m_toolTip;
    bool m_error = false;
};

} // namespace Aerial
