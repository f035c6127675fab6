#include "preferences.h"

#include <QSettings>

namespace Aerial {
namespace {

QString key(Preferences::Notice notice)
{
    switch (notice) {
    case Preferences::Notice::Connected:
        return QStringLiteral("notifications/connected");
    case Preferences::Notice::Disconnected:
        return QStringLiteral("notifications/disconnected");
    case Preferences::Notice::Failed:
        return QStringLiteral("notifications/failed");
    }
    return {};
}

} // namespace

Preferences::Preferences(QObject *parent) : QObject(parent) {}

bool Preferences::notifies(Notice notice) const
{
    return QSettings().value(key(notice), true).toBool();
}

void Preferences::setNotifies(Notice notice, bool on)
{
    if (notifies(notice) == on)
        return;
    QSettings().setValue(key(notice), on);
    Q_EMIT changed();
}

} // namespace Aerial
