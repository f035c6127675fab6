#include "operationexplanation.h"

#include "shellquote.h"
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
    case Operation::Join:
        if (result.error == ErrorKind::PasswordRejected)
            return OperationExplanation::tr("The network %1 did not accept the password.")
                .arg(quoted(UntrustedText::fromSsid(result.ssid)));
        return OperationExplanation::tr("Aerial could not join the network %1 on %2.")
            .arg(quoted(UntrustedText::fromSsid(result.ssid)), iface);
    case Operation::Forget:
        return OperationExplanation::tr("Aerial could not forget the network of the profile %1.").arg(quoted(profile));
    case Operation::SetAutoConnect:
        return result.on ? OperationExplanation::tr("Aerial could not make the profile %1 connect automatically.")
                               .arg(quoted(profile))
                         : OperationExplanation::tr("Aerial could not stop the profile %1 connecting automatically.")
                               .arg(quoted(profile));
    case Operation::SetRadio:
        return result.on ? OperationExplanation::tr("Aerial could not turn Wi-Fi on for %1.").arg(iface)
                         : OperationExplanation::tr("Aerial could not turn Wi-Fi off for %1.").arg(iface);
    case Operation::Connect:
        if (result.error == ErrorKind::PasswordRejected)
            return OperationExplanation::tr("The network of the profile %1 did not accept the saved password.")
                .arg(quoted(profile));
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

// What reads the same on every service.
void explainCommon(OperationExplanation &explanation, const OperationResult &result)
{
    switch (result.error) {
    case ErrorKind::PasswordRejected:
        explanation.why = OperationExplanation::tr("The password may be mistyped (passwords are case-sensitive), or the network's "
                                "owner may have changed it.");
        explanation.remedy = OperationExplanation::tr("Type the password again. Aerial asks for it on the same network.");
        break;
    case ErrorKind::NotSupported:
        explanation.why = result.message.isEmpty()
            ? OperationExplanation::tr("This wireless service cannot do this in this version of Aerial.")
            : UntrustedText::neutralise(result.message);
        explanation.remedy = OperationExplanation::tr("Use the system's own network settings for this.");
        break;
    case ErrorKind::Cancelled:
        explanation.why = OperationExplanation::tr("It was cancelled before the service finished it.");
        explanation.remedy = OperationExplanation::tr("Try again when you are ready.");
        break;
    case ErrorKind::TimedOut:
        explanation.remedy = OperationExplanation::tr("Look at the interface's state in the list: if nothing "
                                                      "changed, try again.");
        break;
    default:
        break;
    }
}

// NetworkManager's refusals, in Linux terms: polkit and nmcli, not netsh.
void explainNetworkManager(OperationExplanation &explanation, const OperationResult &result, const QString &iface,
                           const QString &profile)
{
    const QString name = result.errorName;
    if (name == QLatin1String("org.freedesktop.NetworkManager.Device.NotActive")) {
        explanation.why = OperationExplanation::tr("NetworkManager says %1 was not connected, so there was nothing to disconnect.")
                              .arg(quoted(iface));
        explanation.remedy = OperationExplanation::tr("Nothing needs doing. If Aerial showed it connected, rescan to refresh.");
        return;
    }
    if (name == QLatin1String("org.freedesktop.NetworkManager.Device.NotAllowed")) {
        explanation.why = OperationExplanation::tr("NetworkManager does not allow this while %1 is unavailable: Wi-Fi may be switched "
                                "off, or the device not managed by NetworkManager.")
                              .arg(quoted(iface));
        explanation.remedy = OperationExplanation::tr("Turn Wi-Fi on (a key or switch on many laptops, or “nmcli radio wifi on”), "
                                   "then try again.");
        return;
    }
    if (name == QLatin1String("org.freedesktop.NetworkManager.AgentManager.NoSecrets")) {
        explanation.why = OperationExplanation::tr("NetworkManager has no password for this network, and no password agent answered "
                                "to ask you for one.");
        explanation.remedy = OperationExplanation::tr("Connect once from the desktop's network settings, or with “nmcli --ask "
                                   "connection up id %1”, which asks for the password; then try again.")
                                 .arg(ShellQuote::sh(profile));
        return;
    }
    switch (result.error) {
    case ErrorKind::None:
        return;
    case ErrorKind::AccessDenied: {
        // Each refusal names its polkit action and the nmcli command that does the same.
        const QString connection = ShellQuote::sh(profile);
        const QString device = ShellQuote::sh(iface);
        QString action = QStringLiteral("org.freedesktop.NetworkManager.network-control");
        QString command;
        switch (result.operation) {
        case Operation::Connect:
            command = QStringLiteral("nmcli connection up id %1 ifname %2").arg(connection, device);
            break;
        case Operation::Disconnect:
            command = QStringLiteral("nmcli device disconnect %1").arg(device);
            break;
        case Operation::Scan:
        case Operation::ListNetworks:
        case Operation::QueryConnection:
            action = QStringLiteral("org.freedesktop.NetworkManager.wifi.scan");
            command = QStringLiteral("nmcli device wifi rescan ifname %1").arg(device);
            break;
        case Operation::Join:
            action = QStringLiteral("org.freedesktop.NetworkManager.settings.modify.own");
            command = QStringLiteral("nmcli --ask device wifi connect %1 ifname %2")
                          .arg(ShellQuote::sh(UntrustedText::fromSsid(result.ssid)), device);
            break;
        case Operation::Forget:
            action = result.scope == ProfileScope::ThisAccount
                         ? QStringLiteral("org.freedesktop.NetworkManager.settings.modify.own")
                         : QStringLiteral("org.freedesktop.NetworkManager.settings.modify.system");
            command = QStringLiteral("nmcli connection delete id %1").arg(connection);
            break;
        case Operation::SetAutoConnect:
            action = result.scope == ProfileScope::ThisAccount
                         ? QStringLiteral("org.freedesktop.NetworkManager.settings.modify.own")
                         : QStringLiteral("org.freedesktop.NetworkManager.settings.modify.system");
            command = QStringLiteral("nmcli connection modify id %1 connection.autoconnect %2")
                          .arg(connection, result.on ? QStringLiteral("yes") : QStringLiteral("no"));
            break;
        case Operation::SetRadio:
            action = QStringLiteral("org.freedesktop.NetworkManager.enable-disable-wifi");
            command = QStringLiteral("nmcli radio wifi %1").arg(result.on ? QStringLiteral("on") : QStringLiteral("off"));
            break;
        }
        if (action.endsWith(QLatin1String(".network-control")))
            explanation.why = OperationExplanation::tr("This account is not allowed to control networking: polkit refused "
                                    "NetworkManager's network-control permission.");
        else if (action.endsWith(QLatin1String(".wifi.scan")))
            explanation.why = OperationExplanation::tr("This account is not allowed to scan for Wi-Fi networks: polkit refused "
                                    "NetworkManager's wifi.scan permission.");
        else
            explanation.why = OperationExplanation::tr("This account is not allowed to do this: polkit refused NetworkManager's %1 "
                                    "permission.").arg(action.section(u'.', 3));
        explanation.remedy = OperationExplanation::tr("An administrator can allow it with a polkit rule for %1, or do it for you: "
                                   "“%2” run as an administrator does the same.")
                                 .arg(action, command);
        return;
    }
    case ErrorKind::ServiceUnavailable:
        explanation.why = OperationExplanation::tr("NetworkManager is not running.");
        explanation.remedy = OperationExplanation::tr("Start it (“systemctl start NetworkManager” as an administrator). Aerial picks "
                                   "it up again by itself.");
        return;
    case ErrorKind::RpcFailure:
        explanation.why = OperationExplanation::tr("Aerial could not reach NetworkManager over D-Bus. It may be restarting.");
        explanation.remedy = OperationExplanation::tr("Wait a moment and try again.");
        return;
    case ErrorKind::InvalidParameter:
        explanation.why = OperationExplanation::tr("NetworkManager no longer has this device. It may have been unplugged a moment ago.");
        explanation.remedy = OperationExplanation::tr("Check that the adapter is plugged in, then try again.");
        return;
    case ErrorKind::NotFound:
        explanation.why = OperationExplanation::tr("The saved connection %1 no longer exists in NetworkManager.").arg(quoted(profile));
        explanation.remedy = OperationExplanation::tr("Set the network up again in the desktop's network settings or with nmcli.");
        return;
    case ErrorKind::InvalidState:
        explanation.why = OperationExplanation::tr("NetworkManager cannot do this while %1 is in its present state.").arg(quoted(iface));
        explanation.remedy = OperationExplanation::tr("Wait until it is connected or disconnected, then try again.");
        return;
    case ErrorKind::ConnectionFailed:
        explanation.why = result.message.isEmpty()
            ? OperationExplanation::tr("NetworkManager tried, but the connection did not come up, and NetworkManager "
                                       "gave no reason.")
            : OperationExplanation::tr("NetworkManager tried, but the connection did not come up: %1")
                  .arg(UntrustedText::neutralise(result.message));
        explanation.remedy = OperationExplanation::tr("Check the network's password in the desktop's network settings, move closer "
                                   "to the access point, or rescan; then try again.");
        return;
    case ErrorKind::TimedOut:
        explanation.why = result.operation == Operation::Disconnect
            ? OperationExplanation::tr("NetworkManager accepted the request to disconnect %1, but did not confirm "
                                       "within the time Aerial waits that it was disconnected.").arg(quoted(iface))
            : OperationExplanation::tr("NetworkManager accepted the request, but did not confirm within the time "
                                       "Aerial waits that it was done.");
        explainCommon(explanation, result);
        return;
    case ErrorKind::PasswordRejected:
    case ErrorKind::NotSupported:
    case ErrorKind::Cancelled:
        explainCommon(explanation, result);
        return;
    case ErrorKind::InvalidHandle:
    case ErrorKind::NotEnoughMemory:
    case ErrorKind::Other:
        explanation.why = OperationExplanation::tr("NetworkManager reported an unexpected error.");
        explanation.remedy = OperationExplanation::tr("Try again. The technical details below help an administrator.");
        return;
    }
}

// Windows refuses with ERROR_ACCESS_DENIED for different reasons per call;
// each names the elevated command that does the same, quoted for cmd.exe,
// or says that there is none.
void explainWindowsAccessDenied(OperationExplanation &explanation, const OperationResult &result, const QString &profile,
                                const QString &connectionName)
{
    const QString name = ShellQuote::cmd(profile);
    // interface= only with a name netsh knows and cmd.exe can take; without
    // it netsh acts on every interface, or asks which.
    const QString iface = ShellQuote::cmd(connectionName);
    const QString onInterface =
        connectionName.isEmpty() || iface.isEmpty() ? QString() : QStringLiteral(" interface=") + iface;
    const QString unsafe = OperationExplanation::tr("Its name cannot be typed safely at a command prompt, so an administrator does it in "
                                 "Settings, Network & internet, Wi-Fi, Manage known networks.");
    // A name cmd.exe cannot take safely gets no command at all.
    const auto elevated = [&](const QString &command) {
        return name.isEmpty() ? unsafe
                              : OperationExplanation::tr("An administrator can do it with “%1” from an elevated command prompt.")
                                    .arg(command.arg(name, onInterface));
    };
    switch (result.operation) {
    case Operation::Forget:
    case Operation::SetAutoConnect:
        explanation.why = profile.isEmpty()
            ? OperationExplanation::tr("The wireless service refused: this account may not change this profile.")
            : OperationExplanation::tr("The profile %1 is shared by all users of this computer or set by group policy, and this "
                    "account may not change it.").arg(quoted(profile));
        explanation.remedy = result.operation == Operation::Forget
            ? elevated(QStringLiteral("netsh wlan delete profile name=%1%2"))
            : elevated(QStringLiteral("netsh wlan set profileparameter name=%1%2 connectionmode=")
                       + (result.on ? QStringLiteral("auto") : QStringLiteral("manual")));
        return;
    case Operation::Join:
        explanation.why = OperationExplanation::tr("A policy on this computer does not let this account add Wi-Fi networks.");
        explanation.remedy = OperationExplanation::tr("Ask an administrator to add the network for you, or to allow your account to "
                                   "add networks. No single command does it: netsh adds a network only from a "
                                   "profile file.");
        return;
    case Operation::SetRadio:
        explanation.why = OperationExplanation::tr("This account may not switch the wireless radio.");
        if (result.on || iface.isEmpty())
            explanation.remedy = OperationExplanation::tr("Use the Wi-Fi switch in Windows' quick settings or airplane mode. No netsh "
                                       "command turns a radio on.");
        else
            explanation.remedy = OperationExplanation::tr("Use the Wi-Fi switch in Windows' quick settings or airplane mode. No netsh "
                                       "command switches only the radio; an administrator can turn the whole adapter "
                                       "off with “netsh interface set interface name=%1 admin=disabled” from an "
                                       "elevated command prompt.")
                                     .arg(iface);
        return;
    default:
        break;
    }
    explanation.why = profile.isEmpty()
        ? OperationExplanation::tr("The wireless service refused: this account lacks permission to control this connection.")
        : OperationExplanation::tr("The connection uses the profile %1, which is shared by all users of this computer, "
                "and this account lacks permission to control it.").arg(quoted(profile));
    if (result.operation == Operation::Disconnect)
        explanation.remedy = OperationExplanation::tr("Ask an administrator to allow your account to use this profile, or have an "
                                   "administrator disconnect for you with “%1” from an elevated command prompt.")
                                 .arg(QStringLiteral("netsh wlan disconnect") + onInterface);
    else
        explanation.remedy = OperationExplanation::tr("Ask an administrator to allow your account to use this profile, or have an "
                                   "administrator connect for you. %1")
                                 .arg(elevated(QStringLiteral("netsh wlan connect name=%1%2")));
}

// The WLAN_REASON_CODE behind a Native Wifi failure, or 0.
quint32 windowsReason(const OperationResult &result)
{
    if (result.reasonCode != 0)
        return result.reasonCode;
    const bool onTheAir = result.error == ErrorKind::ConnectionFailed || result.error == ErrorKind::PasswordRejected;
    return onTheAir ? result.nativeCode : 0;
}

// Aerial's words for the reason codes people meet most (wlanapi.h,
// WLAN_REASON_CODE_*); the system's own text for the rest, which Windows
// gives in its display language (WlanReasonCodeToString).
QString windowsReasonText(const OperationResult &result)
{
    switch (windowsReason(result)) {
    case 0x28002: // WLAN_REASON_CODE_NETWORK_NOT_AVAILABLE
        return OperationExplanation::tr("The network is not in range.");
    case 0x28003: // WLAN_REASON_CODE_PROFILE_NOT_COMPATIBLE
        return OperationExplanation::tr("The saved profile does not match the network's security settings.");
    case 0x2800D: // WLAN_REASON_CODE_KEY_MISMATCH
        return OperationExplanation::tr("The key in the profile does not match the network's.");
    case 0x38002: // WLAN_REASON_CODE_ASSOCIATION_FAILURE
        return OperationExplanation::tr("The access point did not accept the connection.");
    case 0x38003: // WLAN_REASON_CODE_ASSOCIATION_TIMEOUT
        return OperationExplanation::tr("The access point did not answer in time.");
    case 0x38006: // WLAN_REASON_CODE_SECURITY_FAILURE
        return OperationExplanation::tr("The network's security check failed.");
    case 0x40004: // WLAN_REASON_CODE_MSMSEC_PROFILE_PSK_LENGTH
        return OperationExplanation::tr("The password has the wrong length: 8 to 63 characters, or 64 hex digits.");
    case 0x40016: // WLAN_REASON_CODE_MSMSEC_PROFILE_PASSPHRASE_CHAR
        return OperationExplanation::tr("The password contains a character Windows does not accept.");
    case 0x48003: // WLAN_REASON_CODE_MSMSEC_AUTH_START_TIMEOUT
        return OperationExplanation::tr("The sign-in to the network took too long.");
    case 0x48014: // WLAN_REASON_CODE_MSMSEC_PSK_MISMATCH_SUSPECTED
        return OperationExplanation::tr("The saved password for this network is probably wrong.");
    case 0x80001: // WLAN_REASON_CODE_INVALID_PROFILE_SCHEMA
        return OperationExplanation::tr("The profile is not valid Wi-Fi profile XML.");
    case 0x80013: // WLAN_REASON_CODE_INVALID_SSID
        return OperationExplanation::tr("The profile's network name is not valid.");
    default:
        return UntrustedText::neutralise(result.message);
    }
}

// WlanSetProfile refuses a profile it cannot take with codes of its own.
bool explainWindowsProfileRefusal(OperationExplanation &explanation, const OperationResult &result)
{
    if (result.operation != Operation::Join && result.operation != Operation::SetAutoConnect)
        return false;
    if (result.nativeCode == 1206) { // ERROR_BAD_PROFILE
        const QString reason = windowsReasonText(result);
        explanation.why = reason.isEmpty() ? OperationExplanation::tr("Windows did not accept the network's settings.")
                                           : OperationExplanation::tr("Windows did not accept the network's settings: %1")
                                                 .arg(reason);
        explanation.remedy = result.operation == Operation::Join
            ? OperationExplanation::tr("Check the password (8 to 63 ordinary characters, or 64 hex digits) and the security type, then "
                    "try again.")
            : OperationExplanation::tr("Set the network up again: forget it, then join it anew.");
        return true;
    }
    if (result.nativeCode == 183) { // ERROR_ALREADY_EXISTS
        explanation.why = OperationExplanation::tr("A profile with this name already exists for all users of this computer, and Aerial "
                                "does not replace it with one of its own.");
        explanation.remedy = OperationExplanation::tr("Connect with the existing profile, or ask an administrator to remove it first.");
        return true;
    }
    return false;
}

} // namespace

bool OperationExplanation::isLocationPrivacyDenial(const OperationResult &result, Platform platform)
{
    return platform == Platform::NativeWifi && result.error == ErrorKind::AccessDenied
           && (result.operation == Operation::Scan || result.operation == Operation::ListNetworks
               || result.operation == Operation::QueryConnection);
}

OperationExplanation OperationExplanation::explain(const OperationResult &result, const QString &interfaceName,
                                                   Platform platform, const QString &connectionName)
{
    OperationExplanation explanation;
    const QString profile =
        UntrustedText::neutralise(result.profileName.isEmpty() ? result.profile : result.profileName);
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
        explainWindowsAccessDenied(explanation, result, profile, connectionName);
        break;
    case ErrorKind::TimedOut:
        explanation.why = tr("The wireless service accepted the request, but did not confirm within the time Aerial "
                             "waits that it was done.");
        explainCommon(explanation, result);
        break;
    case ErrorKind::PasswordRejected:
    case ErrorKind::NotSupported:
    case ErrorKind::Cancelled:
        explainCommon(explanation, result);
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
        if (result.operation == Operation::SetRadio && result.on) {
            explanation.why = tr("A switch or key on the computer holds the radio off, and software cannot "
                                 "override it.");
            explanation.remedy = tr("Turn the radio on with that switch or key (often Fn with an antenna symbol), "
                                    "or switch off airplane mode.");
            break;
        }
        explanation.why = tr("The interface is not ready: its radio may be off or the adapter disabled.");
        explanation.remedy = tr("Turn the wireless radio on (a key or switch on many laptops), then try again.");
        break;
    case ErrorKind::ConnectionFailed: {
        const QString reason = windowsReasonText(result);
        explanation.why = reason.isEmpty()
            ? tr("The request was accepted, but the connection did not come up, and the service gave no reason.")
            : tr("The request was accepted, but the connection did not come up: %1").arg(reason);
        explanation.remedy = tr("Move closer to the access point or rescan, then try again.");
        break;
    }
    case ErrorKind::Other:
        if (explainWindowsProfileRefusal(explanation, result))
            break;
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
