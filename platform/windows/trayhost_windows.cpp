#include "trayhost.h"

namespace Aerial::TrayHost {

// Qt's Windows tray icon shows the menu it was given on a right click or
// the context-menu key (Qt 6.4, QSystemTrayIcon::setContextMenu()), so the
// keyboard path to it through the notification area keeps working.
bool readsMenuAhead()
{
    return true;
}

} // namespace Aerial::TrayHost
