// The boundary between SecretStore and aerial-keychain, the module that
// holds QtKeychain. Aerial loads the module on the first keyring request, so
// a tray that is never asked for a password does not carry the library
// (README.md, "Benchmarks"). Both sides are built from this tree together.
#pragma once

#include <QString>

#include <functional>

class QObject;

namespace Aerial::KeychainModule {

enum class Action { Read, Write, Remove };
enum class Result { Done, NotFound, Failed };

// secret: what was read (Read and Done), else empty. error: the keyring's
// words when Failed.
using Finished = std::function<void(Result result, const QString &secret, const QString &error)>;

// Starts one request; finished runs once, in context's thread, unless
// context is destroyed first.
using Start = void (*)(Action action, const QString &service, const QString &key, const QString &secret,
                       QObject *context, Finished finished);

// The module's one exported function, of type Start.
inline constexpr char StartSymbol[] = "aerialKeychainStart";

} // namespace Aerial::KeychainModule
