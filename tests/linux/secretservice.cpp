#include "secretservice.h"

#include "applicationid.h"

#include <QDir>
#include <QFile>
#include <QTest>

namespace {

// A session bus that any local client may use, with no service files: no
// Secret Service unless the test starts one.
const char BusConfiguration[] = R"(<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=/tmp</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
)";

} // namespace

SecretService::SecretService() = default;

SecretService::~SecretService()
{
    stopKeyring();
    if (m_daemon.state() != QProcess::NotRunning) {
        m_daemon.terminate();
        m_daemon.waitForFinished(3000);
    }
}

QProcessEnvironment SecretService::environment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_address);
    environment.insert(QStringLiteral("HOME"), m_home.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home.filePath(QStringLiteral("run")));
    return environment;
}

bool SecretService::startBus()
{
    const QString configuration = m_home.filePath(QStringLiteral("session.conf"));
    QFile file(configuration);
    if (!m_home.isValid() || !file.open(QIODevice::WriteOnly) || file.write(BusConfiguration) < 0) {
        m_error = QStringLiteral("cannot write the bus configuration");
        return false;
    }
    file.close();
    QDir(m_home.path()).mkpath(QStringLiteral("run"));
    QFile::setPermissions(m_home.filePath(QStringLiteral("run")), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    m_daemon.start(QStringLiteral("dbus-daemon"), { QStringLiteral("--config-file=") + configuration,
                                                    QStringLiteral("--nofork"), QStringLiteral("--print-address=1") });
    if (!m_daemon.waitForStarted(5000) || !m_daemon.waitForReadyRead(5000)) {
        m_error = QStringLiteral("dbus-daemon did not start: ") + m_daemon.errorString();
        return false;
    }
    m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
    qputenv("DBUS_SESSION_BUS_ADDRESS", m_address.toUtf8());
    return true;
}

bool SecretService::startKeyring()
{
    m_keyring.setProcessEnvironment(environment());
    m_keyring.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_keyring.setStandardOutputFile(QProcess::nullDevice());
    // --unlock reads the login keyring's password from standard input and
    // creates that keyring, unlocked, when there is none.
    m_keyring.start(QStringLiteral("gnome-keyring-daemon"),
                    { QStringLiteral("--foreground"), QStringLiteral("--unlock"), QStringLiteral("--components=secrets") });
    if (!m_keyring.waitForStarted(5000)) {
        m_error = QStringLiteral("gnome-keyring-daemon did not start: ") + m_keyring.errorString();
        return false;
    }
    m_keyring.write("aerial-test");
    m_keyring.closeWriteChannel();
    // Ready once it answers a search.
    const bool ready = QTest::qWaitFor([this] { return secretTool({ QStringLiteral("search"), QStringLiteral("x"), QStringLiteral("y") }, {}, nullptr); }, 10000);
    if (!ready)
        m_error = QStringLiteral("gnome-keyring-daemon did not answer on the bus");
    return ready;
}

bool SecretService::stopKeyring()
{
    if (m_keyring.state() == QProcess::NotRunning)
        return true;
    m_keyring.terminate();
    return m_keyring.waitForFinished(5000);
}

bool SecretService::secretTool(const QStringList &arguments, const QByteArray &input, QByteArray *output)
{
    QProcess tool;
    tool.setProcessEnvironment(environment());
    tool.start(QStringLiteral("secret-tool"), arguments);
    if (!tool.waitForStarted(5000))
        return false;
    tool.write(input);
    tool.closeWriteChannel();
    if (!tool.waitForFinished(10000))
        return false;
    if (output)
        *output = tool.readAllStandardOutput();
    return tool.exitStatus() == QProcess::NormalExit && tool.exitCode() == 0;
}

// QtKeychain's attributes in the Secret Service: user is the key, server the
// service (QtKeychain's libsecret backend).
QString SecretService::lookup(const QString &key)
{
    QByteArray secret;
    secretTool({ QStringLiteral("lookup"), QStringLiteral("user"), key, QStringLiteral("server"),
                 QString::fromLatin1(Aerial::ApplicationId) },
               {}, &secret);
    return QString::fromUtf8(secret);
}

bool SecretService::clear()
{
    // secret-tool clear fails when nothing matched: that is clear too.
    const QStringList mine = { QStringLiteral("server"), QString::fromLatin1(Aerial::ApplicationId) };
    secretTool(QStringList{ QStringLiteral("clear") } + mine, {}, nullptr);
    QByteArray left;
    return secretTool(QStringList{ QStringLiteral("search"), QStringLiteral("--all") } + mine, {}, &left) && left.isEmpty();
}

bool SecretService::store(const QString &key, const QString &secret)
{
    return secretTool({ QStringLiteral("store"), QStringLiteral("--label=Aerial test"), QStringLiteral("xdg:schema"),
                        QStringLiteral("org.qt.keychain"), QStringLiteral("user"), key, QStringLiteral("server"),
                        QString::fromLatin1(Aerial::ApplicationId), QStringLiteral("type"), QStringLiteral("plaintext") },
                      secret.toUtf8(), nullptr);
}
