// The backend contract's vocabulary, shared by every wireless service Aerial
// speaks to (the simulation, Native Wifi, NetworkManager).
#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

namespace Aerial {
Q_NAMESPACE

// The states of WLAN_INTERFACE_STATE, in its order. NetworkManager's device
// states map onto these (docs/backend-contract.md).
enum class InterfaceState {
    NotReady,
    Connected,
    AdHocNetworkFormed,
    Disconnecting,
    Disconnected,
    Associating,
    Discovering,
    Authenticating,
};
Q_ENUM_NS(InterfaceState)

// Owe: Opportunistic Wireless Encryption ("Enhanced Open"): encrypted, no password.
enum class Security { Open, Wep, Wpa2Personal, Wpa3Personal, Wpa2Enterprise, Wpa3Enterprise, Owe };
Q_ENUM_NS(Security)

enum class ErrorKind {
    None,
    AccessDenied,
    InvalidParameter,
    InvalidHandle,
    NotEnoughMemory,
    ServiceUnavailable,
    RpcFailure,
    NotFound,
    InvalidState,
    ConnectionFailed, // accepted, then failed on the air; nativeCode is the reason code
    Other,
};
Q_ENUM_NS(ErrorKind)

// ListNetworks and QueryConnection are reads the backend makes by itself;
// they are reported only when the service refuses them (on Windows 11 24H2,
// location privacy gates them).
enum class Operation { Connect, Disconnect, Scan, ListNetworks, QueryConnection };
Q_ENUM_NS(Operation)

// Whose rules and words apply: the simulation follows Native Wifi.
enum class Platform { NativeWifi, NetworkManager };
Q_ENUM_NS(Platform)

struct WirelessInterface
{
    QString id;          // a GUID on Windows, an object path on Linux
    QString description; // the adapter's name
    InterfaceState state = InterfaceState::Disconnected;
    QByteArray ssid;     // of the current connection; raw bytes
    QString profile;     // of the current connection
    int signal = 0;      // 0–100
    bool radioOn = true;
    // NetworkManager: linked, now getting an IP address (ip-config, ip-check,
    // secondaries); the state is then Authenticating.
    bool gettingAddress = false;
    // Why the last connection failed, in words; empty when it did not.
    QString stateReason;

    bool operator==(const WirelessInterface &other) const;
    bool operator!=(const WirelessInterface &other) const { return !(*this == other); }
};

struct WirelessNetwork
{
    QByteArray ssid; // 0–32 raw bytes, not necessarily UTF-8; the identity with security
    int signal = 0;  // 0–100
    Security security = Security::Open;
    QString profile; // the saved profile, empty when none
    bool allUsersProfile = false;

    bool operator==(const WirelessNetwork &other) const;
    bool operator!=(const WirelessNetwork &other) const { return !(*this == other); }
};

struct OperationResult
{
    Operation operation = Operation::Connect;
    QString interfaceId;
    QString profile;
    ErrorKind error = ErrorKind::None;
    quint32 nativeCode = 0;
    QString errorName; // NetworkManager's D-Bus error name, empty elsewhere
    QString message;   // the service's own words

    bool succeeded() const { return error == ErrorKind::None; }
    // An operation on its way, not yet finished.
    static OperationResult of(Operation operation, const QString &interfaceId, const QString &profile = {})
    {
        OperationResult result;
        result.operation = operation;
        result.interfaceId = interfaceId;
        result.profile = profile;
        return result;
    }
};

// True when the interface is linked to, or on its way to, a network.
bool isLinked(InterfaceState state);
// True while an operation is on its way (associating, disconnecting, …).
bool isTransitional(InterfaceState state);
// Where the interface with this id stands in the list; -1 when it is absent.
int indexOfInterface(const QList<WirelessInterface> &interfaces, const QString &id);

} // namespace Aerial

Q_DECLARE_METATYPE(Aerial::WirelessInterface)
Q_DECLARE_METATYPE(Aerial::WirelessNetwork)
Q_DECLARE_METATYPE(Aerial::OperationResult)
