#include "secretstore.h"

#include "applicationid.h"
#include "keychainmodule.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QLibrary>
#include <QLoggingCategory>

namespace Aerial {

namespace {

Q_LOGGING_CATEGORY(lcSecrets, "aerial.secrets", QtInfoMsg)

// The names a Secret Service answers under: the freedesktop.org one (GNOME
// Keyring, KeePassXC, KWallet 5.97 and later) and KWallet's own, which
// QtKeychain speaks on KDE Plasma.
const QStringList ServiceNames = { QStringLiteral("org.freedesktop.secrets"), QStringLiteral("org.kde.kwalletd5"),
                                   QStringLiteral("org.kde.kwalletd6") };

QString keyOf(const QString &uuid, const QString &setting)
{
    return uuid + QLatin1Char('/') + setting;
}

// Loads aerial-keychain once, on the first request. Null, after a warning,
// when it cannot be loaded: then no secret is read or kept.
KeychainModule::Start keychain()
{
    static const KeychainModule::Start start = [] {
        // The same path from aerial's folder in the build tree and installed
        // (/usr/bin, /usr/lib/x86_64-linux-gnu/aerial; platform/CMakeLists.txt).
        QLibrary module(QCoreApplication::applicationDirPath() + QLatin1String(AERIAL_KEYCHAIN_MODULE));
        auto found = reinterpret_cast<KeychainModule::Start>(module.resolve(KeychainModule::StartSymbol));
        if (!found)
            qCWarning(lcSecrets) << "the keyring module could not be loaded:" << module.errorString();
        return found;
    }();
    return start;
}

void startRequest(KeychainModule::Action action, const QString &uuid, const QString &setting, const QString &secret,
                  QObject *context, KeychainModule::Finished finished)
{
    if (const KeychainModule::Start start = keychain()) {
        start(action, QString::fromLatin1(ApplicationId), keyOf(uuid, setting), secret, context, std::move(finished));
        return;
    }
    QMetaObject::invokeMethod(
        context, [finished] { finished(KeychainModule::Result::Failed, {}, {}); }, Qt::QueuedConnection);
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
    startRequest(KeychainModule::Action::Read, uuid, setting, {}, this,
                 [done](KeychainModule::Result result, const QString &secret, const QString &error) {
                     switch (result) {
                     case KeychainModule::Result::Done: done(Outcome::Found, secret); break;
                     case KeychainModule::Result::NotFound: done(Outcome::Missing, {}); break;
                     case KeychainModule::Result::Failed:
                         qCWarning(lcSecrets) << "the Secret Service did not give a secret:" << error;
                         done(Outcome::Failed, {});
                     }
                 });
}

void SecretStore::write(const QString &uuid, const QString &setting, const QString &secret,
                        std::function<void(bool stored)> done)
{
    if (!m_available) {
        if (done)
            QMetaObject::invokeMethod(this, [done] { done(false); }, Qt::QueuedConnection);
        return;
    }
    startRequest(KeychainModule::Action::Write, uuid, setting, secret, this,
                 [done](KeychainModule::Result result, const QString &, const QString &error) {
                     if (result != KeychainModule::Result::Done)
                         qCWarning(lcSecrets) << "the Secret Service did not keep a secret:" << error;
                     if (done)
                         done(result == KeychainModule::Result::Done);
                 });
}

void SecretStore::remove(const QString &uuid, const QString &setting)
{
    if (!m_available)
        return;
    startRequest(KeychainModule::Action::Remove, uuid, setting, {}, this,
                 [](KeychainModule::Result result, const QString &, const QString &error) {
                     if (result == KeychainModule::Result::Failed)
                         qCWarning(lcSecrets) << "the Secret Service did not remove a secret:" << error;
                 });
}

} // namespace Aerial
