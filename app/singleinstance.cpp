#include "singleinstance.h"

#include "uilog.h"

#include <QDir>
#include <QLocalSocket>
#include <QStandardPaths>

namespace Aerial {
namespace {

// What a second start sends, and the first answers.
constexpr char Request[] = "show\n";
constexpr char Answer[] = "ok\n";
// Long enough for an Aerial that is still starting to reach its event loop.
constexpr int TimeoutMs = 5000;

} // namespace

SingleInstance::SingleInstance(const QString &name, QObject *parent) : QObject(parent), m_name(name)
{
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    connect(&m_server, &QLocalServer::newConnection, this, &SingleInstance::onConnection);
}

QString SingleInstance::defaultName()
{
#ifdef Q_OS_WIN
    // Named pipes are per session; the user's name keeps accounts apart.
    return QStringLiteral("aerial-") + qEnvironmentVariable("USERNAME");
#else
    // The runtime folder is the user's own (XDG Base Directory); without
    // one, the temporary folder with the user's id in the name.
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (!runtime.isEmpty())
        return QDir(runtime).filePath(QStringLiteral("aerial.socket"));
    return QDir::temp().filePath(QStringLiteral("aerial-%1.socket").arg(qEnvironmentVariable("USER")));
#endif
}

bool SingleInstance::askRunning()
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(TimeoutMs))
        return false;
    socket.write(Request);
    if (!socket.waitForBytesWritten(TimeoutMs))
        return false;
    // An Aerial that is still starting answers once its event loop runs.
    while (socket.bytesAvailable() < qint64(sizeof Answer - 1)) {
        if (!socket.waitForReadyRead(TimeoutMs))
            return false;
    }
    return socket.readAll().startsWith(Answer);
}

bool SingleInstance::claim()
{
    if (askRunning())
        return false;
    // Nobody answered: a socket left behind is stale.
    if (!m_server.listen(m_name)) {
        QLocalServer::removeServer(m_name);
        if (!m_server.listen(m_name))
            return !askRunning(); // another start won the race a moment ago
    }
    return true;
}

void SingleInstance::onConnection()
{
    while (QLocalSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine())
                return;
            const QByteArray line = socket->readLine();
            if (line == Request) {
                socket->write(Answer);
                qCDebug(lcUi) << "another start asked for the window";
                Q_EMIT activationRequested();
            }
            socket->disconnectFromServer();
        });
    }
}

} // namespace Aerial
