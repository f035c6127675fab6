#include "operationexplanation.h"

#include "untrustedtext.h"

namespace Aerial {
namespace {

QString quoted(const QString &text)
{
    return OperationExplanation::tr("“%1”").arg(text);
}

QString whatFailed(const OperationResult &result, const QString &interfaceName, const QString &profile)
{
    const QString iface = quoted(interfaceName);
    switch (result.operation) {
    case Operation::Connect:
        return OperationExplanation::tr("Aerial could not connect %1 using the profile %2.").arg(iface, quoted(profile));
    case Operation::Disconnect:
        if (profile.isEmpty())
            return OperationExplanation::tr("Aerial could not disconnect %1.").arg(iface);
        return OperationExplanation::tr("Aerial could not disconnect %1 from the network of the profile %2.")
            .arg(iface, quoted(profile));
    case Operation::Scan:
        return OperationExplanation::tr("Aerial could not scan for networks on %1.").arg(iface);
    case Operation::ListNetworks:
        return OperationExplanation::tr("Aerial could not read the networks in range of %1.").arg(iface);
    case Operation::QueryConnection:
        return OperationExplanation::tr("Aerial could not read which network %1 is connected to.").arg(iface);
    }
    return {};
}

void explainLocationPrivacy(OperationExplanation &explanation)
{
    explanation.why = OperationExplanation::tr(
        "Windows refused because apps on this computer may not use your location. Since Windows 11 "
        "version 24H2, apps can scan for and list Wi-Fi networks only with location access, because "
        "nearby networks reveal where you are.");
    explanation.remedy = OperationExplanation::tr(
        "Open the location settings, turn on “Location services” and “Let desktop apps access your "
        "location”, then rescan. Connecting and disconnecting saved networks works without it.");
    explanation.actionLabel = OperationExplanation::tr("Open &location settings");
    explanation.actionUrl = QUrl(QStringLiteral("ms-settings:privacy-location"));
}

// NetworkManager's refusals, in Linux terms: polkit and nmcli, not netsh.
void explainNetworkManager(OperationExplanation &explanation, const OperationResult &result, const QString &iface,
                           const QString &profile)
{
    using E = OperationExplanation;
    const QString name = result.errorName;
    if (name == QLatin1String("org.freedesktop.NetworkManager.Device.NotActive")) {
        explanation.why = E::tr("NetworkManager says %1 was not connected, so there was nothing to disconnect.")
                              .arg(quoted(iface));
        explanation.remedy = E::tr("Nothing needs doing. If Aerial showed it connected, rescan to refresh.");
        return;
    }
    if (name == QLatin1String("org.freedesktop.NetworkManager.Device.NotAllowed")) {
        explanation.why = E::tr("NetworkManager does not allow this while %1 is unavailable: Wi-Fi may be switched "
                                "off, or the device not managed by NetworkManager.")
                              .arg(quoted(iface));
        explanation.remedy = E::tr("Turn Wi-Fi on (a key or switch on many laptops, or “nmcli radio wifi on”), "
                                   "then try again.");
        return;
    }
    if (name == QLatin1String("org.freedesktop.NetworkManager.AgentManager.NoSecrets")) {
        explanation.why = E::tr("NetworkManager has no password for this network, and no password agent answered "
                                "to ask you for one.");
        explanation.remedy = E::tr("Connect once from the desktop's network settings, or with “nmcli --ask "
                                   "connection up id \"%1\"”, which asks for the password; then try again.")
                                 .arg(profile);
        return;
    }
    switch (result.error) {
    case ErrorKind::None:
        return;
    case ErrorKind::AccessDenied: {
        const bool scan = result.operation == Operation::Scan;
        explanation.why = scan ? E::tr("This account is not allowed to scan for Wi-Fi networks: polkit refused "
                                       "NetworkManager's wifi.scan permission.")
                               : E::tr("This account is not allowed to control networking: polkit refused "
                                       "NetworkManager's network-control permission.");
        QString command;
        if (result.operation == Operation::Connect)
            command = QStringLiteral("nmcli connection up id \"%1\" ifname %2").arg(profile, iface);
        else if (result.operation == Operation::Disconnect)
            command = QStringLiteral("nmcli device disconnect %1").arg(iface);
        else
            command = QStringLiteral("nmcli device wifi rescan ifname %1").arg(iface);
        // Profile names without spaces read better without the quotes.
        if (!profile.contains(u' '))
            command.replace(QStringLiteral("\"%1\"").arg(profile), profile);
        explanation.remedy = E::tr("An administrator can allow it with a polkit rule for %1, or do it for you: "
                                   "“%2” run as an administrator does the same.")
                                 .arg(scan ? QStringLiteral("org.freedesktop.NetworkManager.wifi.scan")
                                           : QStringLiteral("org.freedesktop.NetworkManager.network-control"),
                                      command);
        return;
    }
    case ErrorKind::ServiceUnavailable:
        explanation.why = E::tr("NetworkManager is not running.");
        explanation.remedy = E::tr("Start it (“systemctl start NetworkManager” as an administrator). Aerial picks "
                                   "it up again by itself.");
        return;
    case ErrorKind::RpcFailure:
        explanation.why = E::tr("Aerial could not reach NetworkManager over D-Bus. It may be restarting.");
        explanation.remedy = E::tr("Wait a moment and try again.");
        return;
    case ErrorKind::InvalidParameter:
        explanation.why = E::tr("NetworkManager no longer has this device. It may have been unplugged a moment ago.");
        explanation.remedy = E::tr("Check that the adapter is plugged in, then try again.");
        return;
    case ErrorKind::NotFound:
        explanation.why = E::tr("The saved connection %1 no longer exists in NetworkManager.").arg(quoted(profile));
        explanation.remedy = E::tr("Set the network up again in the desktop's network settings or with nmcli.");
        return;
    case ErrorKind::InvalidState:
        explanation.why = E::tr("NetworkManager cannot do this while %1 is in its present state.").arg(quoted(iface));
        explanation.remedy = E::tr("Wait until it is connected or disconnected, then try again.");
        return;
    case ErrorKind::ConnectionFailed:
        explanation.why = E::tr("NetworkManager tried, but the connection did not come up: %1")
                              .arg(UntrustedText::neutralise(result.message));
        explanation.remedy = E::tr("Check the network's password in the desktop's network settings, move closer "
                                   "to the access point, or rescan; then try again.");
        return;
    case ErrorKind::InvalidHandle:
    case ErrorKind::NotEnoughMemory:
    case ErrorKind::Other:
        explanation.why = E::tr("NetworkManager reported an unexpected error.");
        explanation.remedy = E::tr("Try again. The technical details below help an administrator.");
        return;
    }
}

} // namespace

bool OperationExplanation::isLocationPrivacyDenial(const OperationResult &result, Platform platform)
{
    return platform == Platform::NativeWifi && result.error == ErrorKind::AccessDenied
           && (result.operation == Operation::Scan || result.operation == Operation::ListNetworks
               || result.operation == Operation::QueryConnection);
}

OperationExplanation OperationExplanation::explain(const OperationResult &result, const QString &interfaceName,
                                                   Platform platform)
{
    OperationExplanation explanation;
    const QString profile = UntrustedText::neutralise(result.profile);
    const QString iface = UntrustedText::neutralise(interfaceName);
    explanation.what = whatFailed(result, iface, profile);
    if (result.error == ErrorKind::None)
        return {};

    if (platform == Platform::NetworkManager) {
        explainNetworkManager(explanation, result, iface, profile);
        const QString service = result.errorName.isEmpty() ? tr("NetworkManager") : result.errorName;
        explanation.details = result.message.isEmpty()
            ? tr("%1.").arg(service)
            : tr("%1: %2").arg(service, UntrustedText::neutralise(result.message));
        return explanation;
    }

    switch (result.error) {
    case ErrorKind::None:
        return {};
    case ErrorKind::AccessDenied:
        if (isLocationPrivacyDenial(result, platform)) {
            explainLocationPrivacy(explanation);
            break;
        }
        explanation.why = profile.isEmpty()
            ? tr("The wireless service refused: this account lacks permission to control this connection.")
            : tr("The connection uses the profile %1, which is shared by all users of this computer, "
                 "and this account lacks permission to control it.").arg(quoted(profile));
        explanation.remedy =
            result.operation == Operation::Disconnect
                ? tr("Ask an administrator to allow your account to use this profile, or have an administrator "
                     "disconnect for you, for example with “netsh wlan disconnect” from an elevated command prompt.")
                : tr("Ask an administrator to allow your account to use this profile, or have an administrator "
                     "connect for you, for example with “netsh wlan connect name=\"%1\"” "
                     "from an elevated command prompt.").arg(profile);
        break;
    case ErrorKind::InvalidParameter:
        explanation.why = tr("The wireless service did not accept the request. The interface may have been "
                             "removed or disabled a moment ago.");
        explanation.remedy = tr("Check that the adapter is still plugged in and enabled, then try again.");
        break;
    case ErrorKind::InvalidHandle:
        explanation.why = tr("Aerial's session with the wireless service is no longer valid.");
        explanation.remedy = tr("Try again. If it keeps failing, quit and restart Aerial.");
        break;
    case ErrorKind::NotEnoughMemory:
        explanation.why = tr("The computer ran out of memory for the wireless service.");
        explanation.remedy = tr("Close some programs and try again.");
        break;
    case ErrorKind::ServiceUnavailable:
        explanation.why = tr("The wireless service (WLAN AutoConfig) is not running.");
        explanation.remedy = tr("Start the service, or ask an administrator to. Aerial picks it up again "
                                "by itself once it runs.");
        break;
    case ErrorKind::RpcFailure:
        explanation.why = tr("Aerial could not reach the wireless service. It may be restarting or have stopped.");
        explanation.remedy = tr("Wait a moment and try again.");
        break;
    case ErrorKind::NotFound:
        explanation.why = tr("The saved profile %1 no longer exists.").arg(quoted(profile));
        explanation.remedy = tr("Rescan and choose the network again; it may need to be set up anew.");
        break;
    case ErrorKind::InvalidState:
        explanation.why = tr("The interface is not ready: its radio may be off or the adapter disabled.");
        explanation.remedy = tr("Turn the wireless radio on (a key or switch on many laptops), then try again.");
        break;
    case ErrorKind::ConnectionFailed:
        explanation.why = tr("The request was accepted, but the connection did not come up: %1")
                              .arg(UntrustedText::neutralise(result.message));
        explanation.remedy = tr("Move closer to the access point or rescan, then try again.");
        break;
    case ErrorKind::Other:
        explanation.why = tr("The wireless service reported an unexpected error.");
        explanation.remedy = tr("Try again. The technical details below help an administrator.");
        break;
    }

    const QString code = result.nativeCode > 0xFFFF
                             ? QStringLiteral("0x%1").arg(result.nativeCode, 0, 16)
                             : QString::number(result.nativeCode);
    explanation.details = result.message.isEmpty()
        ? tr("Code %1.").arg(code)
        : tr("Code %1: %2").arg(code, UntrustedText::neutralise(result.message));
    return explanation;
}

QString OperationExplanation::fullText() const
{
    return QStringList{ what, why, remedy, details }.join(u' ');
}

} // namespace Aerial
