// aerial-keychain: QtKeychain's jobs behind the one function that SecretStore
// loads (keychainmodule.h).
#include "keychainmodule.h"

#include <QObject>

#include <qt6keychain/keychain.h>

#include <type_traits>

namespace {

using namespace Aerial::KeychainModule;

QKeychain::Job *jobFor(Action action, const QString &service)
{
    switch (action) {
    case Action::Read: return new QKeychain::ReadPasswordJob(service);
    case Action::Write: return new QKeychain::WritePasswordJob(service);
    case Action::Remove: return new QKeychain::DeletePasswordJob(service);
    }
    return nullptr;
}

} // namespace

extern "C" Q_DECL_EXPORT void aerialKeychainStart(Action action, const QString &service, const QString &key,
                                                  const QString &secret, QObject *context, Finished finished)
{
    QKeychain::Job *job = jobFor(action, service);
    job->setKey(key);
    // Never QSettings: a password is kept in the Secret Service or not at all.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    if (action == Action::Write)
        static_cast<QKeychain::WritePasswordJob *>(job)->setTextData(secret);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, action, finished](QKeychain::Job *) {
        switch (job->error()) {
        case QKeychain::NoError:
            finished(Result::Done,
                     action == Action::Read ? static_cast<QKeychain::ReadPasswordJob *>(job)->textData() : QString(),
                     {});
            break;
        case QKeychain::EntryNotFound: finished(Result::NotFound, {}, job->errorString()); break;
        default: finished(Result::Failed, {}, job->errorString());
        }
    });
    job->start();
}

// The type check the loader cannot make: this function is a Start.
static_assert(std::is_same_v<decltype(&aerialKeychainStart), Start>);
