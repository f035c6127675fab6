// The backend contract's vocabulary, shared by every wireless service Aerial
// speaks to (the simulation, Native Wifi, NetworkManager).
#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

QT_FORWARD_DECLARE_CLASS(QDebug)

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
    PasswordRejected, // the network did not accept the key (Windows reason 0x48014, NetworkManager reason 8)
    NotSupported,     // this service, or Aerial on it, cannot do this (see BackendCapabilities)
    Cancelled,        // a secret request was cancelled, or Aerial quit before the service answered
    TimedOut,         // accepted, but the service never confirmed the outcome within Aerial's wait
    Other,
};
Q_ENUM_NS(ErrorKind)

// ListNetworks and QueryConnection are reads the backend makes by itself;
// they are reported only when the service refuses them (on Windows 11 24H2,
// location privacy gates them).
enum class Operation { Connect, Disconnect, Scan, ListNetworks, QueryConnection, Join, Forget, SetAutoConnect, SetRadio };
Q_ENUM_NS(Operation)

// Whose rules and words apply: the simulation follows Native Wifi.
enum class Platform { NativeWifi, NetworkManager };
Q_ENUM_NS(Platform)

// Who a saved profile belongs to. Windows: WlanGetProfileList's flags;
// NetworkManager: connection.permissions (empty means all users).
enum class ProfileScope { ThisAccount, AllUsers, GroupPolicy };
Q_ENUM_NS(ProfileScope)

// What this account may do with a saved profile, as the service says before
// any attempt (Windows: WlanGetProfile's granted access; the simulation:
// the scenario). Unknown rights are all granted: the service's refusal is
// then explained when it comes.
enum class ProfileRight { Connect = 0x1, Change = 0x2, Delete = 0x4 };
Q_DECLARE_FLAGS(ProfileRights, ProfileRight)
Q_FLAG_NS(ProfileRights)

// A saved profile, referred to by the service's own id, never by its name:
// NetworkManager's settings connection path, Windows' profile name (unique
// per interface), the simulation's profile name.
struct WirelessProfile
{
    QString id;   // empty: no saved profile
    QString name; // for people
    ProfileScope scope = ProfileScope::ThisAccount;
    bool autoConnect = true;
    ProfileRights rights = ProfileRights(ProfileRight::Connect) | ProfileRight::Change | ProfileRight::Delete;

    bool isValid() const { return !id.isEmpty(); }
    // Group-policy profiles are read-only for everyone, yet usable.
    bool may(ProfileRight right) const
    {
        return rights.testFlag(right) && (right == ProfileRight::Connect || scope != ProfileScope::GroupPolicy);
    }
    bool operator==(const WirelessProfile &other) const;
    bool operator!=(const WirelessProfile &other) const { return !(*this == other); }
};

struct WirelessInterface
{
    QString id;          // a GUID on Windows, an object path on Linux
    QString description; // the adapter's name
    // The system's name for the adapter's connection, as its own tools take
    // it (Windows: "Wi-Fi", for netsh's interface=); empty when unknown.
    QString connectionName;
    InterfaceState state = InterfaceState::Disconnected;
    QByteArray ssid;     // of the current connection; raw bytes
    QString profile;     // the current connection's profile id
    QString profileName; // and its name, for people
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
    // A saved profile for this SSID with a compatible security; the one the
    // service prefers when several match.
    WirelessProfile profile;

    bool operator==(const WirelessNetwork &other) const;
    bool operator!=(const WirelessNetwork &other) const { return !(*this == other); }
};

struct OperationResult
{
    Operation operation = Operation::Connect;
    QString interfaceId;
    QString profile;     // the profile id the operation used, if any
    QString profileName; // its name, for people; the id when the service has no other
    QByteArray ssid;     // Join: the network's SSID
    bool on = false;     // SetAutoConnect, SetRadio: the state asked for
    // Forget, SetAutoConnect: whose profile it is, where the service says
    // (NetworkManager's polkit action for it differs).
    ProfileScope scope = ProfileScope::ThisAccount;
    ErrorKind error = ErrorKind::None;
    quint32 nativeCode = 0;
    // Native Wifi: the WLAN_REASON_CODE behind a refused profile (beside
    // ERROR_BAD_PROFILE) or a failed scan. A connection that failed on the
    // air has it as its nativeCode.
    quint32 reasonCode = 0;
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

// The options of a join: a new profile is made and connected.
struct JoinRequest
{
    QString interfaceId;
    QByteArray ssid;
    Security security = Security::Open;
    QString secret;      // the passphrase; empty for open and Enhanced Open networks
    bool hidden = false; // not broadcast: joined by name
    bool autoConnect = true;
    ProfileScope scope = ProfileScope::ThisAccount;
};

// Whether the radio switch is one per interface (Windows: each adapter's
// PHYs) or one for the whole computer (NetworkManager's WirelessEnabled).
enum class RadioSwitch { None, PerInterface, Global };
Q_ENUM_NS(RadioSwitch)

// What a backend can do; the window and the command layer ask this, never
// the platform.
struct BackendCapabilities
{
    QList<Security> joinable; // securities a join can create a profile for
    bool hiddenNetworks = false;
    bool forget = false;
    bool autoConnect = false;
    RadioSwitch radio = RadioSwitch::None;
    // Joining for all users of the computer can be offered.
    bool allUsersJoin = false;
    // A joined network's password is kept for its next connection.
    bool savesSecrets = true;
};

// A service asks for a secret after a join or connect has started
// (NetworkManager's secret agent). Answered or cancelled exactly once.
struct SecretRequest
{
    enum class Reason { NewNetwork, PasswordRejected };
    quint64 id = 0;
    QString interfaceId;
    QByteArray ssid;
    Security security = Security::Wpa2Personal;
    QString profile; // the profile id, when the network has one
    Reason reason = Reason::NewNetwork;
};

// True when the interface is linked to, or on its way to, a network.
bool isLinked(InterfaceState state);
// True while an operation is on its way (associating, disconnecting, …).
bool isTransitional(InterfaceState state);
// Where the interface with this id stands in the list; -1 when it is absent.
int indexOfInterface(const QList<WirelessInterface> &interfaces, const QString &id);

// For the logging categories (backendlog.h): the operation, its interface,
// profile and SSID (QDebug quotes and escapes them) and its error; never a
// secret, which an OperationResult does not hold.
QDebug operator<<(QDebug debug, const OperationResult &result);

} // namespace Aerial

Q_DECLARE_METATYPE(Aerial::WirelessInterface)
Q_DECLARE_METATYPE(Aerial::WirelessNetwork)
Q_DECLARE_METATYPE(Aerial::OperationResult)
Q_DECLARE_METATYPE(Aerial::SecretRequest)
Q_DECLARE_OPERATORS_FOR_FLAGS(Aerial::ProfileRights)
