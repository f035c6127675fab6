// The Wi-Fi passwords of this account's NetworkManager connections, kept in
// the desktop's Secret Service (GNOME Keyring, KWallet) through QtKeychain,
// which lives in a module loaded on the first request (keychainmodule.h).
//
// Each is stored under Aerial's application id as the service and
// "UUID/SETTING" as the key, so forgetting a connection finds its secret. Aerial
// keeps them nowhere else: with no Secret Service on the session bus nothing
// is stored, and the window says the password will be asked for again
// (docs/networkmanager.md, "Passwords").
#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace Aerial {

class SecretStore : public QObject
{
    Q_OBJECT

public:
    explicit SecretStore(QObject *parent = nullptr);

    // True once the session bus has a Secret Service running, or one it can
    // start. Asked once at construction, without waiting for the answer.
    bool isAvailable() const { return m_available; }

    enum class Outcome { Found, Missing, Failed };
    Q_ENUM(Outcome)

    void read(const QString &uuid, const QString &setting,
              std::function<void(Outcome outcome, const QString &secret)> done);
    void write(const QString &uuid, const QString &setting, const QString &secret,
               std::function<void(bool stored)> done = {});
    void remove(const QString &uuid, const QString &setting);

Q_SIGNALS:
    void availabilityChanged(bool available);

private:
    void probe();

    bool m_available = false;
};

} // namespace Aerial
