// Wires the backend, the model, the window and the tray icon together, and
// keeps the window's place and selection across runs (QSettings).
//
// The window is built the first time it opens: most of the day Aerial sits
// in the tray with its window closed, and then it should cost no more than
// the tray icon, the model and the service's connection.
#pragma once

#include <QElapsedTimer>
#include <QObject>

#include <memory>

namespace Aerial {

class ConnectionNotifier;
class DesktopNotifications;
class NetworkModel;
class Preferences;
class TrayIcon;
class WirelessBackend;
class WirelessCommands;
class WirelessWindow;

class TrayController : public QObject
{
    Q_OBJECT

public:
    // useTray: false where the desktop has no system tray; the window is then
    // an ordinary window and closing it quits.
    TrayController(WirelessBackend *backend, const QString &notice, bool useTray, QObject *parent = nullptr);
    ~TrayController() override;

    void start(bool showWindow);
    void toggleWindow();
    // Opens the window (near the tray icon) and brings it forward, as a
    // second start of Aerial asks.
    void showWindow();
    void saveSettings() const;

    // The window, built now if it was not yet.
    WirelessWindow *window();
    bool hasWindow() const { return bool(m_window); }
    TrayIcon *trayIcon() const { return m_tray; }
    WirelessCommands *commands() const { return m_commands; }
    ConnectionNotifier *notifier() const { return m_notifier; }
    DesktopNotifications *desktopNotifications() const { return m_notifications; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void wireNotifications();
    // The tray's Rescan: the window's selected interface, or before the
    // window exists the one selected last time (or the first).
    void rescanFromTray();

    WirelessBackend *m_backend;
    QString m_notice;
    NetworkModel *m_model;
    WirelessCommands *m_commands;
    Preferences *m_preferences;
    ConnectionNotifier *m_notifier;
    DesktopNotifications *m_notifications;
    std::unique_ptr<WirelessWindow> m_window;
    TrayIcon *m_tray = nullptr;
    // From a request to open the window until it is painted
    // (tests/bench/resident.sh reads the log line).
    QElapsedTimer m_opening;
};

} // namespace Aerial
