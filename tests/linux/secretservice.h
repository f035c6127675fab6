// A private session bus and, on demand, a real Secret Service on it: Debian's
// gnome-keyring-daemon, started unlocked with its keyring in a throwaway
// folder. Tests read what was stored with secret-tool (libsecret-tools), not
// through Aerial's own code.
#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

class SecretService
{
public:
    SecretService();
    ~SecretService();

    // Starts the bus and points DBUS_SESSION_BUS_ADDRESS at it. Call it before
    // anything in the process uses the session bus. The bus starts no service
    // by itself, so without startKeyring() there is no Secret Service.
    bool startBus();
    // One keyring daemon for the whole test: libsecret keeps its session with
    // the daemon for the life of the process, so it is not restarted.
    bool startKeyring();
    bool stopKeyring();
    // Removes every secret kept under Aerial's application id.
    bool clear();
    QString lastError() const { return m_error; }
    QString address() const { return m_address; }

    // The secret QtKeychain keeps for Aerial under this key; empty when none.
    QString lookup(const QString &key);
    // Keeps one as QtKeychain would, from outside Aerial.
    bool store(const QString &key, const QString &secret);

private:
    QProcessEnvironment environment() const;
    bool secretTool(const QStringList &arguments, const QByteArray &input, QByteArray *output);

    QTemporaryDir m_home;
    QProcess m_daemon;
    QProcess m_keyring;
    QString m_address;
    QString m_error;
};
