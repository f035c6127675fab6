// One Aerial per user: a second start asks the first to open its window and
// exits, so there is never a second tray icon or a second secret agent.
//
// A local socket (QLocalServer: a Unix socket in the user's runtime folder,
// a named pipe on Windows), readable by this user only. A socket left by an
// Aerial that crashed refuses connections; it is removed and taken over, so
// a stale socket never locks Aerial out.
#pragma once

#include <QLocalServer>
#include <QObject>
#include <QString>

namespace Aerial {

class SingleInstance : public QObject
{
    Q_OBJECT

public:
    // name: the socket's name; the default is per user.
    explicit SingleInstance(const QString &name = defaultName(), QObject *parent = nullptr);

    // True when this is the first Aerial: it now listens. False when another
    // answered and was asked to open its window; this one should exit.
    bool claim();

    QString serverName() const { return m_name; }
    static QString defaultName();

Q_SIGNALS:
    // Another start asked this Aerial to show itself.
    void activationRequested();

private:
    // Asks a running Aerial to open its window; false when none answers.
    bool askRunning();
    void onConnection();

    QString m_name;
    QLocalServer m_server;
};

} // namespace Aerial
