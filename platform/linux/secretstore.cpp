#include "secretstore.h"

#include "applicationid.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QLoggingCategory>

#include <qt6keychain/keychain.h>

namespace Aerial {

namespace {

Q_LOGGING_CATEGORY(lcSecrets, "aerial.secrets")

// The names a Secret Service answers under: the freedesktop.org one (GNOME
// Keyring, KeePassXC, KWallet 5.97 and later) and KWallet's own, which
// QtKeychain speaks on KDE Plasma.
const QStringList ServiceNames = { QStringLiteral("org.freedesktop.secrets"), QStringLiteral("org.kde.kwalletd5"),
                                   QStringLiteral("org.kde.kwalletd6") };

QString keyOf(const QString &uuid, const QString &setting)
{
    return uuid + QLatin1Char('/') + setting;
}

template<typename Job>
Job *job(const QString &uuid, const QString &setting)
{
    auto *created = new Job(QString::fromLatin1(ApplicationId));
    created->setKey(keyOf(uuid, setting));
    // Never QSettings: a password is kept in the Secret Service or not at all.
    created->setInsecureFallback(false);
    created->setAutoDelete(true);
    return created;
}

} // namespace

SecretStore::SecretStore(QObject *parent) : QObject(parent)
{
    probe();
}

// Running (ListNames) or startable by the bus (ListActivatableNames): either
// is enough, as QtKeychain's first call starts it.
void SecretStore::probe()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return;
    for (const char *method : { "ListNames", "ListActivatableNames" }) {
        const QDBusMessage call =
            QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
                                           QStringLiteral("org.freedesktop.DBus"), QString::fromLatin1(method));
        auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
        connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher] {
            watcher->deleteLater();
            const QDBusPendingReply<QStringList> reply = *watcher;
            if (m_available || reply.isError())
                return;
            const QStringList names = reply.value();
            if (std::any_of(ServiceNames.begin(), ServiceNames.end(),
                            [&names](const QString &name) { return names.contains(name); })) {
                m_available = true;
                Q_EMIT availabilityChanged(true);
            }
        });
    }
}

void SecretStore::read(const QString &uuid, const QString &setting,
                       std::function<void(Outcome outcome, const QString &secret)> done)
{
    if (!m_available) {
        QMetaObject::invokeMethod(this, [done] { done(Outcome::Failed, {}); }, Qt::QueuedConnection);
        return;
    }
    auto *reading = job<QKeychain::ReadPasswordJob>(uuid, setting);
    connect(reading, &QKeychain::Job::finished, this, [reading, done](QKeychain::Job *) {
        switch (reading->error()) {
        case QKeychain::NoError: done(Outcome::Found, reading->textData()); break;
        case QKeychain::EntryNotFound: done(Outcome::Missing, {}); break;
        default:
            qCWarning(lcSecrets) << "the Secret Service did not give a secret:" << reading->errorString();
            done(Outcome::Failed, {});
        }
    });
    reading->start();
}

void SecretStore::write(const QString &uuid, const QString &setting, const QString &secret,
                        std::function<void(bool stored)> done)
{
    if (!m_available) {
        if (done)
            QMetaObject::invokeMethod(this, [done] { done(false); }, Qt::QueuedConnection);
        return;
    }
    auto *writing = job<QKeychain::WritePasswordJob>(uuid, setting);
    writing->setTextData(secret);
    connect(writing, &QKeychain::Job::finished, this, [writing, done](QKeychain::Job *) {
        if (writing->error() != QKeychain::NoError)
            qCWarning(lcSecrets) << "the Secret Service did not keep a secret:" << writing->errorString();
        if (done)
            done(writing->error() == QKeychain::NoError);
    });
    writing->start();
}

void SecretStore::remove(const QString &uuid, const QString &setting)
{
    if (!m_available)
        return;
    auto *removing = job<QKeychain::DeletePasswordJob>(uuid, setting);
    connect(removing, &QKeychain::Job::finished, this, [removing](QKeychain::Job *) {
        if (removing->error() != QKeychain::NoError && removing->error() != QKeychain::EntryNotFound)
            qCWarning(lcSecrets) << "the Secret Service did not remove a secret:" << removing->errorString();
    });
    removing->start();
}

} // namespace Aerial
