// The plain C++17 vocabulary of the simulated wireless service.
//
// No Qt here: the same engine is built into the Qt backend and into the
// simulated wlanapi.dll that runs under Wine.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace aerial::sim {

// Same order and values as WLAN_INTERFACE_STATE (wlan_interface_state_not_ready = 0 …).
enum class InterfaceState {
    NotReady = 0,
    Connected = 1,
    AdHocNetworkFormed = 2,
    Disconnecting = 3,
    Disconnected = 4,
    Associating = 5,
    Discovering = 6,
    Authenticating = 7,
};

enum class Security { Open, Wep, Wpa2Personal, Wpa3Personal, Wpa2Enterprise, Wpa3Enterprise, Owe };

enum class ErrorKind {
    None,
    AccessDenied,
    InvalidParameter,
    InvalidHandle,
    NotEnoughMemory,
    ServiceUnavailable,
    Rpc,
    NotFound,
    InvalidState,
    ConnectionFailed,
    AlreadyExists, // WlanSetProfile: the name is taken by a profile of another type
    BadProfile,    // WlanSetProfile: ERROR_BAD_PROFILE, with a reason code
};

// ListNetworks and QueryConnection are the reads that Windows 11 24H2 gates
// behind location privacy (WlanGetAvailableNetworkList, and WlanQueryInterface
// with wlan_intf_opcode_current_connection).
// SetProfile, DeleteProfile and SetRadio are WlanSetProfile, WlanDeleteProfile
// and WlanSetInterface(wlan_intf_opcode_radio_state).
enum class Operation { Connect, Disconnect, Scan, ListNetworks, QueryConnection, SetProfile, DeleteProfile, SetRadio };

struct Network {
    std::string ssid; // raw bytes, 0–32 of them, not necessarily UTF-8
    int signal = 0;   // 0–100
    Security security = Security::Open;
    std::string profile;    // saved profile name, empty when none
    bool hidden = false;    // not broadcast: listed with an empty SSID until a profile names it
    std::string passphrase; // the key the access point accepts; empty accepts any
};

struct Profile {
    std::string name;
    // The network it is for: SSID bytes and security. A scenario's profile
    // takes them from the first network that names it.
    std::string ssid;
    Security security = Security::Wpa2Personal;
    bool allUsers = false;
    bool groupPolicy = false; // read-only for everyone
    bool userCanExecute = true;
    bool userCanWrite = true;
    bool autoConnect = true;
    bool nonBroadcast = false;
    // The key the profile holds; lives only in memory. A scenario profile
    // without one holds whatever key its network accepts.
    bool hasPassphrase = false;
    std::string passphrase;
};

struct Interface {
    std::string id;
    std::string description;
    InterfaceState state = InterfaceState::Disconnected;
    std::string profile; // the profile of the current connection
    bool radioOn = true;
    bool hardwareRadioOn = true; // false: a switch or key holds the radio off
    std::vector<Network> networks;
};

struct Fault {
    Operation operation = Operation::Connect;
    std::string interfaceId; // empty: any interface
    ErrorKind error = ErrorKind::Rpc;
    int times = -1;          // -1: every time
};

struct Scenario {
    int latencyMs = 300;
    // false: this account has not let apps use location, so scans and the
    // reads of networks and of the current connection are refused.
    bool locationAllowed = true;
    std::vector<Interface> interfaces;
    std::vector<Profile> profiles;
    std::vector<Fault> faults;
};

struct OperationResult {
    Operation operation = Operation::Connect;
    std::string interfaceId;
    std::string profile;
    ErrorKind error = ErrorKind::None;
    std::uint32_t nativeCode = 0; // a Win32 error code, or a WLAN reason code for ConnectionFailed and BadProfile
    std::string message;          // the service's own words
};

// One thing the service reports after an operation was accepted, delayMs after
// the call returned. Its host delivers it: a QTimer in the Qt backend, a thread
// in the simulated DLL.
struct Notification {
    enum class Kind { StateChanged, NetworksChanged, OperationCompleted };
    Kind kind = Kind::StateChanged;
    int delayMs = 0;
    std::string interfaceId;
    // StateChanged: the interface as it is at that moment.
    InterfaceState state = InterfaceState::Disconnected;
    bool radioOn = true;
    std::string profile;
    std::string ssid;
    int signal = 0;
    // NetworksChanged: the interface's whole network list.
    std::vector<Network> networks;
    // OperationCompleted: how the operation ended.
    OperationResult result;
};

struct Outcome {
    OperationResult result;                   // what the call itself returns
    std::vector<Notification> notifications;  // empty when the call failed
};

const char *toString(InterfaceState state);
const char *toString(Security security);
const char *toString(ErrorKind error);
const char *toString(Operation operation);

} // namespace aerial::sim
