// DesktopNotifications on Linux: org.freedesktop.Notifications over QtDBus,
// asynchronously, so that a slow or missing server never holds up the tray.
#include "desktopnotifications.h"

#include "applicationid.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QVariantMap>

namespace Aerial {
namespace {

constexpr char Service[] = "org.freedesktop.Notifications";
constexpr char Path[] = "/org/freedesktop/Notifications";
constexpr char Interface[] = "org.freedesktop.Notifications";

QDBusMessage call(const char *method)
{
    return QDBusMessage::createMethodCall(QString::fromLatin1(Service), QString::fromLatin1(Path),
                                          QString::fromLatin1(Interface), QString::fromLatin1(method));
}

} // namespace

struct DesktopNotifications::Private
{
    uint lastId = 0; // replaced by the next one
};

DesktopNotifications::DesktopNotifications(QObject *parent) : QObject(parent), d(std::make_unique<Private>()) {}

DesktopNotifications::~DesktopNotifications() = default;

void DesktopNotifications::show(const QString &summary, const QString &plainBody, const QString &iconName)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        Q_EMIT undelivered(summary, plainBody);
        return;
    }
    // The capabilities first: whether the body is read as markup decides
    // whether it must be escaped. Servers come and go (and may differ), so
    // they are asked each time; notifications are rare.
    auto *capabilities = new QDBusPendingCallWatcher(bus.asyncCall(call("GetCapabilities")), this);
    connect(capabilities, &QDBusPendingCallWatcher::finished, this,
            [this, bus, summary, plainBody, iconName](QDBusPendingCallWatcher *watcher) {
                watcher->deleteLater();
                const QDBusPendingReply<QStringList> reply = *watcher;
                if (reply.isError()) {
                    Q_EMIT undelivered(summary, plainBody);
                    return;
                }
                const bool markup = reply.value().contains(QStringLiteral("body-markup"));
                QVariantMap hints;
                hints.insert(QStringLiteral("desktop-entry"), QString::fromLatin1(ApplicationId));
                hints.insert(QStringLiteral("category"), QStringLiteral("network"));
                QDBusMessage notify = call("Notify");
                // Notify(app_name, replaces_id, app_icon, summary, body, actions, hints, expire_timeout)
                notify.setArguments({ QStringLiteral("Aerial"), d->lastId, iconName, summary,
                                      markup ? plainBody.toHtmlEscaped() : plainBody, QStringList(), hints,
                                      int(-1) });
                auto *sent = new QDBusPendingCallWatcher(bus.asyncCall(notify), this);
                connect(sent, &QDBusPendingCallWatcher::finished, this,
                        [this, summary, plainBody](QDBusPendingCallWatcher *done) {
                            done->deleteLater();
                            const QDBusPendingReply<uint> id = *done;
                            if (id.isError()) {
                                Q_EMIT undelivered(summary, plainBody);
                                return;
                            }
                            d->lastId = id.value();
                            Q_EMIT delivered(id.value());
                        });
            });
}

} // namespace Aerial
