// Wires the backend, the model, the window and the tray icon together, and
// keeps the window's place and selection across runs (QSettings).
#pragma once

#include <QObject>

#include <memory>

namespace Aerial {

class NetworkModel;
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

private:
    void restoreSettings();

    WirelessBackend *m_backend;
    NetworkModel *m_model;
    WirelessCommands *m_commands;
    std::unique_ptr<WirelessWindow> m_window;
    TrayIcon *m_tray = nullptr;
};

} // namespace Aerial
