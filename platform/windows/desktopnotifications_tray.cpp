// DesktopNotifications on Windows: there is no session-bus service, and a
// toast needs a Start-menu shortcut with an AppUserModelID. The tray icon's
// balloon, which Windows 10 and 11 show as a toast, does the job: every
// notification goes back to the caller for it.
#include "desktopnotifications.h"

namespace Aerial {

struct DesktopNotifications::Private
{
};

DesktopNotifications::DesktopNotifications(QObject *parent) : QObject(parent), d(std::make_unique<Private>()) {}

DesktopNotifications::~DesktopNotifications() = default;

void DesktopNotifications::show(const QString &summary, const QString &plainBody, const QString &)
{
    Q_EMIT undelivered(summary, plainBody);
}

} // namespace Aerial
