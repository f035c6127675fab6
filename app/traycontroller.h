// Wires the backend, the model, the window and the tray icon together, and
// keeps the window's place and selection across runs (QSettings).
#pragma once

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

    WirelessWindow *window() const { return m_window.get(); }
    TrayIcon *trayIcon() const { return m_tray; }
    WirelessCommands *commands() const { return m_commands; }
    ConnectionNotifier *notifier() const { return m_notifier; }
    DesktopNotifications *desktopNotifications() const { return m_notifications; }

private:
    void restoreSettings();
    void wireNotifications();

    WirelessBackend *m_backend;
    NetworkModel *m_model;
    WirelessCommands *m_commands;
    Preferences *m_preferences;
    ConnectionNotifier *m_notifier;
    DesktopNotifications *m_notifications;
    std::unique_ptr<WirelessWindow> m_window;
    TrayIcon *m_tray = nullptr;
};

} // namespace Aerial
