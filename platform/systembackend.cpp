#include "systembackend.h"

#include <QCoreApplication>

#ifdef Q_OS_WIN
#include "windows/nativewifibackend.h"
#include "windows/nativewifisession.h"
#include "windows/wlanlibrary.h"
#endif

namespace Aerial::SystemBackend {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SystemBackend", text);
}

} // namespace

QStringList names()
{
    return { QStringLiteral("windows") };
}

std::unique_ptr<WirelessBackend> create(const QString &name, QString *error)
{
    if (name == QLatin1String("windows")) {
#ifdef Q_OS_WIN
        // Even without wlanapi.dll: the window then says why there is no Wi-Fi.
        return std::make_unique<NativeWifiBackend>(std::make_unique<aerial::win::NativeWifiSession>());
#else
        *error = tr("--backend windows: this build of Aerial is not for Windows");
        return nullptr;
#endif
    }
    *error = tr("--backend: no wireless service is called “%1”").arg(name);
    return nullptr;
}

std::unique_ptr<WirelessBackend> detect(QString *reason)
{
#ifdef Q_OS_WIN
    DWORD error = ERROR_SUCCESS;
    if (aerial::win::WlanLibrary::load(&error))
        return create(QStringLiteral("windows"), reason);
    *reason = tr("wlanapi.dll is not installed (Windows Server without the Wireless LAN Service).");
    return nullptr;
#else
    *reason = tr("no wireless service that Aerial knows runs on this computer.");
    return nullptr;
#endif
}

} // namespace Aerial::SystemBackend
