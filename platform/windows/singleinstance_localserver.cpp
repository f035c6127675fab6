// SingleInstance on Windows: a named pipe per user (QLocalServer).
#include "singleinstance.h"

#include "applicationid.h"

#include <QLocalServer>
#include <QLocalSocket>

namespace Aerial {
namespace {

// What a second start sends, and the first answers.
constexpr char Request[] = "show\n";
constexpr char Answer[] = "ok\n";
// Long enough for an Aerial that is still starting to reach its event loop.
constexpr int TimeoutMs = 5000;

} // namespace

struct SingleInstance::Private
{
    QString name;
    QLocalServer server;
};

SingleInstance::SingleInstance(const QString &name, QObject *parent) : QObject(parent), d(new Private)
{
    d->name = name;
    d->server.setSocketOptions(QLocalServer::UserAccessOption);
    connect(&d->server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = d->server.nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (!socket->canReadLine())
                    return;
                if (socket->readLine() == Request) {
                    socket->write(Answer);
                    Q_EMIT activationRequested();
                }
                socket->disconnectFromServer();
            });
        }
    });
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultName()
{
    // Pipe names are machine-wide; the user's name keeps accounts apart.
    return QString::fromLatin1(ApplicationId) + QLatin1Char('-') + qEnvironmentVariable("USERNAME");
}

bool SingleInstance::claim()
{
    QLocalSocket socket;
    socket.connectToServer(d->name);
    if (socket.waitForConnected(TimeoutMs) && socket.write(Request) > 0 && socket.waitForBytesWritten(TimeoutMs)) {
        while (socket.bytesAvailable() < qint64(sizeof Answer - 1) && socket.waitForReadyRead(TimeoutMs)) {
        }
        if (socket.readAll().startsWith(Answer))
            return false;
    }
    // Nobody answered: anything left under the name is stale.
    if (!d->server.listen(d->name)) {
        QLocalServer::removeServer(d->name);
        return d->server.listen(d->name);
    }
    return true;
}

} // namespace Aerial
