#include "networkmanagertypes.h"

#include <QCoreApplication>

namespace Aerial::NetworkManager {
namespace {

// NM_802_11_AP_FLAGS and NM_802_11_AP_SEC.
constexpr uint Privacy = 0x1;
constexpr uint KeyManagementPsk = 0x100;
constexpr uint KeyManagement8021X = 0x200;
constexpr uint KeyManagementSae = 0x400;
constexpr uint KeyManagementOwe = 0x800;
constexpr uint KeyManagementOweTm = 0x1000;
constexpr uint KeyManagementEapSuiteB192 = 0x2000;

// lupdate files tr() calls in a namespace under the namespace's name, so
// the catalogue's context is this one.
QString tr(const char *text)
{
    return QCoreApplication::translate("Aerial::NetworkManager", text);
}

} // namespace

InterfaceState interfaceState(uint deviceState)
{
    switch (deviceState) {
    case Prepare:
    case Config: return InterfaceState::Associating;
    case NeedAuth:
    case IpConfig:
    case IpCheck:
    case Secondaries: return InterfaceState::Authenticating;
    case Activated: return InterfaceState::Connected;
    case Deactivating: return InterfaceState::Disconnecting;
    case Disconnected:
    case Failed: return InterfaceState::Disconnected;
    default: return InterfaceState::NotReady; // unknown, unmanaged, unavailable
    }
}

bool gettingAddress(uint deviceState)
{
    return deviceState == IpConfig || deviceState == IpCheck || deviceState == Secondaries;
}

Security security(uint flags, uint wpaFlags, uint rsnFlags)
{
    const uint keyManagement = wpaFlags | rsnFlags;
    if (keyManagement & KeyManagementEapSuiteB192)
        return Security::Wpa3Enterprise;
    if (keyManagement & KeyManagement8021X)
        return Security::Wpa2Enterprise;
    if (keyManagement & KeyManagementSae)
        return Security::Wpa3Personal;
    if (keyManagement & KeyManagementPsk)
        return Security::Wpa2Personal;
    if (keyManagement & (KeyManagementOwe | KeyManagementOweTm))
        return Security::Owe;
    if (flags & Privacy)
        return Security::Wep; // privacy without WPA or RSN
    return Security::Open;
}

bool offersPsk(uint wpaFlags, uint rsnFlags)
{
    return ((wpaFlags | rsnFlags) & KeyManagementPsk) != 0;
}

QString stateReasonText(uint reason)
{
    switch (reason) {
    case 0:  // none
    case 1:  // unknown
    case 39: // the user asked for it
        return {};
    case 7: return tr("no password was given for the network");
    case 5: return tr("no IP address was offered");
    case 6: return tr("the IP address expired");
    case 8: return tr("the network ended the sign-in; the password may be wrong");
    case 9: return tr("the network's security settings could not be applied");
    case 10: return tr("the sign-in to the network failed");
    case 11: return tr("the sign-in to the network timed out; the password may be wrong");
    case 36: return tr("the device was removed");
    case 53: return tr("the network is not in range");
    default: return tr("NetworkManager reason %1").arg(reason);
    }
}

ErrorKind errorKind(const QString &dbusErrorName)
{
    if (dbusErrorName.endsWith(QLatin1String(".PermissionDenied")) || dbusErrorName.endsWith(QLatin1String(".AccessDenied")))
        return ErrorKind::AccessDenied;
    if (dbusErrorName == QLatin1String("org.freedesktop.NetworkManager.Device.NotActive")
        || dbusErrorName == QLatin1String("org.freedesktop.NetworkManager.Device.NotAllowed"))
        return ErrorKind::InvalidState;
    if (dbusErrorName == QLatin1String("org.freedesktop.NetworkManager.UnknownConnection")
        || dbusErrorName == QLatin1String("org.freedesktop.NetworkManager.UnknownDevice")
        || dbusErrorName == QLatin1String("org.freedesktop.NetworkManager.Settings.InvalidConnection"))
        return ErrorKind::NotFound;
    if (dbusErrorName == QLatin1String("org.freedesktop.NetworkManager.AgentManager.NoSecrets"))
        return ErrorKind::ConnectionFailed;
    if (dbusErrorName == QLatin1String("org.freedesktop.DBus.Error.ServiceUnknown")
        || dbusErrorName == QLatin1String("org.freedesktop.DBus.Error.NameHasNoOwner"))
        return ErrorKind::ServiceUnavailable;
    if (dbusErrorName == QLatin1String("org.freedesktop.DBus.Error.NoReply")
        || dbusErrorName == QLatin1String("org.freedesktop.DBus.Error.Disconnected")
        || dbusErrorName == QLatin1String("org.freedesktop.DBus.Error.Timeout"))
        return ErrorKind::RpcFailure;
    if (dbusErrorName == QLatin1String("org.freedesktop.DBus.Error.InvalidArgs"))
        return ErrorKind::InvalidParameter;
    return ErrorKind::Other;
}

} // namespace Aerial::NetworkManager
