// NetworkManager's numbers and names in the contract's terms: device states,
// access point security flags, state reasons and D-Bus error names
// (NetworkManager's nm-dbus-interface.h and D-Bus introspection; docs/networkmanager.md).
#pragma once

#include "wirelesstypes.h"

#include <QDBusArgument>
#include <QString>
#include <QVariant>

namespace Aerial::NetworkManager {

inline const QString Service = QStringLiteral("org.freedesktop.NetworkManager");
inline const QString ManagerPath = QStringLiteral("/org/freedesktop/NetworkManager");
inline const QString ManagerInterface = QStringLiteral("org.freedesktop.NetworkManager");
inline const QString DeviceInterface = QStringLiteral("org.freedesktop.NetworkManager.Device");
inline const QString WirelessDeviceInterface = QStringLiteral("org.freedesktop.NetworkManager.Device.Wireless");
inline const QString AccessPointInterface = QStringLiteral("org.freedesktop.NetworkManager.AccessPoint");
inline const QString ActiveInterface = QStringLiteral("org.freedesktop.NetworkManager.Connection.Active");
inline const QString SettingsPath = QStringLiteral("/org/freedesktop/NetworkManager/Settings");
inline const QString SettingsInterface = QStringLiteral("org.freedesktop.NetworkManager.Settings");
inline const QString ConnectionInterface = QStringLiteral("org.freedesktop.NetworkManager.Settings.Connection");
inline const QString PropertiesInterface = QStringLiteral("org.freedesktop.DBus.Properties");

// The polkit actions GetPermissions reports.
inline const QString NetworkControl = QStringLiteral("org.freedesktop.NetworkManager.network-control");
inline const QString WifiScan = QStringLiteral("org.freedesktop.NetworkManager.wifi.scan");
inline const QString ModifyOwn = QStringLiteral("org.freedesktop.NetworkManager.settings.modify.own");
inline const QString ModifySystem = QStringLiteral("org.freedesktop.NetworkManager.settings.modify.system");
inline const QString EnableDisableWifi = QStringLiteral("org.freedesktop.NetworkManager.enable-disable-wifi");

constexpr uint DeviceTypeWifi = 2;

enum DeviceState : uint {
    Unknown = 0,
    Unmanaged = 10,
    Unavailable = 20,
    Disconnected = 30,
    Prepare = 40,
    Config = 50,
    NeedAuth = 60,
    IpConfig = 70,
    IpCheck = 80,
    Secondaries = 90,
    Activated = 100,
    Deactivating = 110,
    Failed = 120,
};

// The mapping table of docs/networkmanager.md.
InterfaceState interfaceState(uint deviceState);
// ip-config, ip-check and secondaries: linked, getting an address.
bool gettingAddress(uint deviceState);

// From the access point's Flags, WpaFlags and RsnFlags.
Security security(uint flags, uint wpaFlags, uint rsnFlags);
// The access point takes a pre-shared key (WPA2, or WPA2/WPA3 mixed).
bool offersPsk(uint wpaFlags, uint rsnFlags);

// A NM_DEVICE_STATE_REASON in plain words; empty for "none" and the
// reasons that are not failures.
QString stateReasonText(uint reason);

// The contract's kind for a D-Bus error name.
ErrorKind errorKind(const QString &dbusErrorName);

// A value from D-Bus as T when its D-Bus signature is the one given, and
// T's empty value otherwise. QtDBus hands arrays and structures over as
// QDBusArgument, and qdbus_cast reads one whatever its signature: a read of
// the wrong type makes libdbus abort the process ("type invalid 0 not a
// basic type"), so a service that sent an unexpected type would end Aerial
// (found by tests/fuzz/fuzz_networkmanager.cpp).
template<typename T>
T demarshal(const QVariant &value, QLatin1String signature)
{
    if (value.metaType() != QMetaType::fromType<QDBusArgument>())
        return value.value<T>(); // not from the wire: a local call's own value
    const QDBusArgument argument = value.value<QDBusArgument>();
    if (argument.currentSignature() != signature)
        return T{};
    return qdbus_cast<T>(argument);
}

} // namespace Aerial::NetworkManager
