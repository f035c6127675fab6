#include "trayhost.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>

namespace Aerial::TrayHost {

// Qt's tray icon takes the StatusNotifierItem path when a watcher is on the
// session bus, and the XEmbed path otherwise (Qt 6.4, qtbase
// src/gui/platform/unix/qgenericunixthemes.cpp, isDBusTrayAvailable()). Qt
// also asks the watcher whether a host is registered; a watcher without a
// host only makes Aerial build a menu it did not need yet.
bool readsMenuAhead()
{
    QDBusConnectionInterface *bus = QDBusConnection::sessionBus().interface();
    return bus && bus->isServiceRegistered(QStringLiteral("org.kde.StatusNotifierWatcher")).value();
}

} // namespace Aerial::TrayHost
