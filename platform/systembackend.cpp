#include "systembackend.h"

#include <QCoreApplication>

#ifdef Q_OS_WIN
#include "windows/nativewifibackend.h"
#include "windows/nativewifisession.h"
#include "windows/wlanlibrary.h"
#else
#include "linux/networkmanagerbackend.h"
#endif

namespace Aerial::SystemBackend {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Aerial::SystemBackend", text); // the context lupdate gives it
}

} // namespace

QStringList names()
{
    return { QStringLiteral("windows"), QStringLiteral("networkmanager") };
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
    if (name == QLatin1String("networkmanager")) {
#ifdef Q_OS_WIN
        *error = tr("--backend networkmanager: NetworkManager runs on Linux; this is the Windows build of Aerial");
        return nullptr;
#else
        const QDBusConnection bus = QDBusConnection::systemBus();
        if (!bus.isConnected()) {
            *error = tr("--backend networkmanager: the system D-Bus is not available: %1").arg(bus.lastError().message());
            return nullptr;
        }
        // Even when NetworkManager is not running: the window says so, and
        // the backend picks it up when it starts.
        return std::make_unique<NetworkManagerBackend>(bus);
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
    const QDBusConnection bus = QDBusConnection::systemBus();
    if (NetworkManagerBackend::isRunning(bus))
        return std::make_unique<NetworkManagerBackend>(bus);
    *reason = bus.isConnected() ? tr("NetworkManager is not running on this computer.")
                                : tr("this computer has no system D-Bus, so no NetworkManager.");
    return nullptr;
#endif
}

} // namespace Aerial::SystemBackend
