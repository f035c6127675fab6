// The desktop's notification service: on Linux org.freedesktop.Notifications
// on the session bus (Desktop Notifications Specification 1.2,
// specifications.freedesktop.org/notification-spec). Where there is no such
// service (Windows, or no server answers) the caller falls back to the tray
// icon's balloon, which is what undelivered() is for.
//
// Texts are plain. Bodies go out escaped where the server reads markup (its
// "body-markup" capability), so a hostile SSID such as "<b>x</b>" or
// "&amp;" is shown as typed and never interpreted.
#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace Aerial {

class DesktopNotifications : public QObject
{
    Q_OBJECT

public:
    explicit DesktopNotifications(QObject *parent = nullptr);
    ~DesktopNotifications() override;

    // iconName: a freedesktop icon-naming-spec name. Each notification
    // replaces Aerial's previous one, so they never pile up.
    void show(const QString &summary, const QString &plainBody, const QString &iconName);

Q_SIGNALS:
    // The server showed it, under this id.
    void delivered(uint id);
    // Nothing could show it; the caller shows it another way.
    void undelivered(const QString &summary, const QString &plainBody);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Aerial
