#include "autostart.h"

#include "applicationid.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace Aerial::Autostart {
namespace {

QString fileName()
{
    return QString::fromLatin1(ApplicationId) + QStringLiteral(".desktop");
}

QString userEntry()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/autostart/")
           + fileName();
}

// The first system-wide entry of that name ($XDG_CONFIG_DIRS, /etc/xdg by
// default); empty when there is none.
QString systemEntry()
{
    QString dirs = qEnvironmentVariable("XDG_CONFIG_DIRS");
    if (dirs.isEmpty())
        dirs = QStringLiteral("/etc/xdg");
    for (const QString &dir : dirs.split(QLatin1Char(':'), Qt::SkipEmptyParts)) {
        const QString path = dir + QStringLiteral("/autostart/") + fileName();
        if (QFileInfo::exists(path))
            return path;
    }
    return {};
}

// The keys that switch an entry off: Hidden (the specification's), and
// X-GNOME-Autostart-enabled, which GNOME's own settings write.
bool switchedOff(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return false;
    bool inEntry = false;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.startsWith('[')) {
            inEntry = line == "[Desktop Entry]";
            continue;
        }
        if (!inEntry)
            continue;
        const int equals = line.indexOf('=');
        if (equals < 0)
            continue;
        const QByteArray key = line.left(equals).trimmed();
        const QByteArray value = line.mid(equals + 1).trimmed();
        if ((key == "Hidden" && value == "true") || (key == "X-GNOME-Autostart-enabled" && value == "false"))
            return true;
    }
    return false;
}

// Exec= quoting (Desktop Entry Specification, "The Exec key"): a path with
// reserved characters goes in double quotes, with " ` $ \ escaped.
QString execArgument(const QString &path)
{
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    bool plain = true;
    for (const QChar c : path)
        plain = plain && !reserved.contains(c);
    if (plain)
        return path;
    QString quoted = QStringLiteral("\"");
    for (const QChar c : path) {
        if (c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('$') || c == QLatin1Char('\\'))
            quoted += QLatin1Char('\\');
        quoted += c;
    }
    // In a desktop file a backslash is itself escaped once more.
    return quoted.replace(QStringLiteral("\\"), QStringLiteral("\\\\")) + QLatin1Char('"');
}

bool write(const QString &path, const QByteArray &content, QString *error)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = QCoreApplication::translate("Autostart", "The folder %1 could not be created.")
                     .arg(QFileInfo(path).absolutePath());
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit()) {
        *error = QCoreApplication::translate("Autostart", "%1 could not be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool remove(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.exists() || file.remove())
        return true;
    *error = QCoreApplication::translate("Autostart", "%1 could not be removed: %2").arg(path, file.errorString());
    return false;
}

} // namespace

bool isEnabled()
{
    const QString user = userEntry();
    if (QFileInfo::exists(user))
        return !switchedOff(user);
    const QString system = systemEntry();
    return !system.isEmpty() && !switchedOff(system);
}

bool setEnabled(bool enabled, QString *error, const QString &program)
{
    QString ignored;
    if (!error)
        error = &ignored;
    const QString user = userEntry();
    const bool systemWide = !systemEntry().isEmpty() && !switchedOff(systemEntry());
    if (enabled) {
        if (systemWide)
            return remove(user, error); // the system's entry starts it again
        const QString exec =
            execArgument(program.isEmpty() ? QCoreApplication::applicationFilePath() : program);
        return write(user,
                     QByteArrayLiteral("[Desktop Entry]\nType=Application\nName=Aerial\n"
                                       "Comment=Wireless networks in the tray\nIcon=")
                         + QByteArray(ApplicationId) + QByteArrayLiteral("\nExec=") + exec.toUtf8()
                         + QByteArrayLiteral("\nTerminal=false\nX-GNOME-Autostart-enabled=true\n"),
                     error);
    }
    if (systemWide)
        return write(user, QByteArrayLiteral("[Desktop Entry]\nType=Application\nName=Aerial\nHidden=true\n"), error);
    return remove(user, error);
}

} // namespace Aerial::Autostart
