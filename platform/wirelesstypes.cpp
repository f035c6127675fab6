#include "wirelesstypes.h"

#include <QDebug>

namespace Aerial {

bool WirelessInterface::operator==(const WirelessInterface &other) const
{
    return id == other.id && description == other.description && connectionName == other.connectionName && state == other.state && ssid == other.ssid
           && profile == other.profile && profileName == other.profileName && signal == other.signal && radioOn == other.radioOn
           && gettingAddress == other.gettingAddress && stateReason == other.stateReason;
}

bool WirelessNetwork::operator==(const WirelessNetwork &other) const
{
    return ssid == other.ssid && signal == other.signal && security == other.security && profile == other.profile;
}

bool WirelessProfile::operator==(const WirelessProfile &other) const
{
    return id == other.id && name == other.name && scope == other.scope && autoConnect == other.autoConnect
           && rights == other.rights;
}

bool isLinked(InterfaceState state)
{
    return state == InterfaceState::Connected || state == InterfaceState::AdHocNetworkFormed
           || state == InterfaceState::Associating || state == InterfaceState::Authenticating;
}

bool isTransitional(InterfaceState state)
{
    return state == InterfaceState::Associating || state == InterfaceState::Authenticating
           || state == InterfaceState::Disconnecting || state == InterfaceState::Discovering;
}

int indexOfInterface(const QList<WirelessInterface> &interfaces, const QString &id)
{
    for (int i = 0; i < interfaces.size(); ++i) {
        if (interfaces[i].id == id)
            return i;
    }
    return -1;
}

QDebug operator<<(QDebug debug, const OperationResult &result)
{
    const QDebugStateSaver saver(debug);
    debug.nospace() << result.operation << " on " << result.interfaceId;
    if (!result.profile.isEmpty())
        debug << ", profile " << result.profile;
    if (!result.ssid.isEmpty())
        debug << ", SSID " << result.ssid;
    if (result.operation == Operation::SetAutoConnect || result.operation == Operation::SetRadio)
        debug << (result.on ? ", on" : ", off");
    if (result.error != ErrorKind::None)
        debug << ", " << result.error << " (" << Qt::hex << Qt::showbase << result.nativeCode << Qt::dec
              << Qt::noshowbase << " " << result.errorName << ") " << result.message;
    return debug;
}

} // namespace Aerial
