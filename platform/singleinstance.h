// One Aerial per user: a second start asks the first to open its window and
// exits, so there is never a second tray icon or a second secret agent.
//
// On Linux a well-known name on the session bus (QtDBus, which Aerial loads
// anyway for NetworkManager): the bus releases it when its owner dies, so a
// crashed Aerial never locks a new one out. On Windows a named pipe
// (QLocalServer) readable by this user only; a pipe goes with its process.
#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace Aerial {

class SingleInstance : public QObject
{
    Q_OBJECT

public:
    // name: the bus name or pipe name; the default is Aerial's, per user.
    explicit SingleInstance(const QString &name = defaultName(), QObject *parent = nullptr);
    ~SingleInstance() override;

    // True when this is the first Aerial (or when there is nothing to agree
    // with: no session bus). False when another answered and was asked to
    // open its window; this one should exit.
    bool claim();

    static QString defaultName();

Q_SIGNALS:
    // Another start asked this Aerial to show itself.
    void activationRequested();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Aerial
