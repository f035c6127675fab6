#include "autostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>

namespace Aerial::Autostart {
namespace {

// Where Windows finds programs to start at sign-in for this user; "Aerial"
// is the installer's value name (packaging/windows/NSIS.template.in).
const QString RunKey = QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run");
const QString ValueName = QStringLiteral("Aerial");

} // namespace

bool isEnabled()
{
    return !QSettings(RunKey, QSettings::NativeFormat).value(ValueName).toString().isEmpty();
}

bool setEnabled(bool enabled, QString *error, const QString &program)
{
    QSettings run(RunKey, QSettings::NativeFormat);
    if (enabled) {
        const QString path =
            QDir::toNativeSeparators(program.isEmpty() ? QCoreApplication::applicationFilePath() : program);
        run.setValue(ValueName, QLatin1Char('"') + path + QLatin1Char('"'));
    } else {
        run.remove(ValueName);
    }
    run.sync();
    if (run.status() == QSettings::NoError)
        return true;
    if (error)
        *error = QCoreApplication::translate("Autostart", "Windows did not let Aerial change its sign-in entry "
                                                          "under %1.")
                     .arg(RunKey);
    return false;
}

} // namespace Aerial::Autostart
