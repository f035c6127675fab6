#include "traycontroller.h"

#include "connectionnotifier.h"
#include "desktopnotifications.h"
#include "networkmodel.h"
#include "preferences.h"
#include "statusicons.h"
#include "trayhost.h"
#include "trayicon.h"
#include "uilog.h"
#include "wirelesscommands.h"
#include "wirelesswindow.h"

#include <QApplication>
#include <QCursor>
#include <QSettings>
#include <QTimer>

#include <algorithm>

namespace Aerial {
namespace {

// Where to open when the tray gives no icon rectangle: at the cursor.
QRect cursorRect()
{
    return QRect(QCursor::pos(), QSize(1, 1));
}

} // namespace

TrayController::TrayController(WirelessBackend *backend, const QString &notice, bool useTray, QObject *parent)
    : QObject(parent),
      m_backend(backend),
      m_notice(notice),
      m_model(new NetworkModel(this)),
      m_commands(new WirelessCommands(backend, this)),
      m_preferences(new Preferences(this)),
      m_notifier(new ConnectionNotifier(m_commands, m_preferences, this)),
      m_notifications(new DesktopNotifications(this))
{
    m_model->setBackend(backend);
    connect(qApp, &QCoreApplication::aboutToQuit, this, &TrayController::saveSettings);
    // Nothing the person started is left without an answer.
    connect(qApp, &QCoreApplication::aboutToQuit, backend, &WirelessBackend::shutDown);

    if (useTray) {
        m_tray = new TrayIcon(m_model,
                              TrayHost::readsMenuAhead() ? TrayIcon::MenuTiming::AtStart
                                                         : TrayIcon::MenuTiming::OnRightClick,
                              this);
        connect(m_tray, &TrayIcon::toggleWindowRequested, this, &TrayController::toggleWindow);
        connect(m_tray, &TrayIcon::openRequested, this, [this] { window()->showNear(cursorRect()); });
        // The tray's commands go through the command layer: Rescan on the
        // interface the window has selected, Wi-Fi on every interface.
        connect(m_tray, &TrayIcon::rescanRequested, this, &TrayController::rescanFromTray);
        connect(m_tray, &TrayIcon::radioRequested, m_commands, &WirelessCommands::setRadioEverywhere);
        connect(m_tray, &TrayIcon::quitRequested, qApp, &QCoreApplication::quit);
        connect(m_commands, &WirelessCommands::errorChanged, m_tray, &TrayIcon::setError);
    }
    QApplication::setQuitOnLastWindowClosed(!useTray);
    // NetworkManager asks for a password: the window comes forward and asks.
    connect(m_commands, &WirelessCommands::secretRequested, this, [this](const SecretRequest &request) {
        showWindow();
        m_window->askForSecret(request);
    });
    wireNotifications();
}

TrayController::~TrayController() = default;

WirelessWindow *TrayController::window()
{
    if (m_window)
        return m_window.get();
    m_window = std::make_unique<WirelessWindow>(m_commands, m_model);
    // The window's own icon, not the application's: Qt would give that to
    // every window it creates, the tray icon's too, drawing it at four sizes
    // for an icon nobody sees (Qt 6.4, qtbase
    // src/plugins/platforms/xcb/qxcbwindow.cpp, setWindowIcon()).
    m_window->setWindowIcon(StatusIcons::appIcon());
    m_window->setNotice(m_notice);
    m_window->setPreferences(m_preferences);
    connect(m_window.get(), &WirelessWindow::quitRequested, qApp, &QCoreApplication::quit);
    m_window->installEventFilter(this);
    QSettings settings;
    const QByteArray geometry = settings.value(QStringLiteral("window/geometry")).toByteArray();
    if (!geometry.isEmpty())
        m_window->restoreGeometry(geometry);
    const QString selected = settings.value(QStringLiteral("window/selectedInterface")).toString();
    if (!selected.isEmpty())
        m_window->selectInterface(selected);
    return m_window.get();
}

void TrayController::start(bool showWindow)
{
    if (m_tray)
        m_tray->systemTrayIcon()->show();
    if (showWindow || !m_tray) {
        window()->show();
        m_window->activateWindow();
    }
}

// On the StatusNotifierItem path Qt gives no click position, so the window
// opens by the cursor, which is over the icon (Qt 6.4, qtbase
// src/gui/platform/unix/dbustray/qdbustrayicon.cpp; docs/architecture.md, "app/").
void TrayController::toggleWindow()
{
    // Not "visible and active": clicking the tray moves the focus to the
    // panel on many desktops, so an open window is rarely active then.
    if (m_window && m_window->isVisible() && !m_window->isMinimized()) {
        m_window->hide();
        return;
    }
    showWindow();
}

void TrayController::showWindow()
{
    qCDebug(lcUi) << "window opened or brought forward";
    m_opening.start();
    WirelessWindow *shown = window();
    if (shown->isVisible() && !shown->isMinimized()) {
        shown->raise();
        shown->activateWindow();
        return;
    }
    const QRect icon = m_tray ? m_tray->systemTrayIcon()->geometry() : QRect();
    shown->showNear(icon.isEmpty() ? cursorRect() : icon);
}

bool TrayController::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && watched == m_window.get() && m_opening.isValid()) {
        // The children paint in the same pass, and the backing store is
        // flushed to the screen before the next event-loop turn.
        QTimer::singleShot(0, this, [this] {
            if (!m_opening.isValid())
                return;
            qCDebug(lcUi, "window painted %.1f ms after it was asked for", m_opening.nsecsElapsed() / 1e6);
            m_opening.invalidate();
        });
    }
    return QObject::eventFilter(watched, event);
}

void TrayController::rescanFromTray()
{
    if (m_window) {
        m_commands->scanSelected();
        return;
    }
    const QList<WirelessInterface> interfaces = m_backend->interfaces();
    if (interfaces.isEmpty())
        return;
    const QString saved = QSettings().value(QStringLiteral("window/selectedInterface")).toString();
    const bool savedPresent = std::any_of(interfaces.cbegin(), interfaces.cend(),
                                          [&saved](const WirelessInterface &iface) { return iface.id == saved; });
    m_commands->scan(savedPresent ? saved : interfaces.constFirst().id);
}

void TrayController::wireNotifications()
{
    m_notifier->setWindowShown([this] { return m_window && m_window->isVisible() && !m_window->isMinimized(); });
    connect(m_notifier, &ConnectionNotifier::notify, m_notifications, [this](const Notification &notification) {
        // Icon Naming Specification names, which every desktop theme has.
        const char *icon = notification.kind == Preferences::Notice::Connected      ? "network-wireless"
                           : notification.kind == Preferences::Notice::Disconnected ? "network-offline"
                                                                                    : "network-error";
        qCDebug(lcUi) << "notifying:" << notification.kind;
        m_notifications->show(notification.summary, notification.body, QString::fromLatin1(icon));
    });
    // Where no notification service answers (and always on Windows), the
    // tray icon's balloon says it.
    connect(m_notifications, &DesktopNotifications::undelivered, this,
            [this](const QString &summary, const QString &body) {
                if (m_tray)
                    m_tray->systemTrayIcon()->showMessage(summary, body, QSystemTrayIcon::Information);
            });
}

void TrayController::saveSettings() const
{
    if (!m_window)
        return; // never opened: what was saved stays
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), m_window->saveGeometry());
    settings.setValue(QStringLiteral("window/selectedInterface"), m_window->selectedInterfaceId());
}

} // namespace Aerial
