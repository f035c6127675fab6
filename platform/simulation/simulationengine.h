// The simulated wireless service as a pure state machine.
//
// Given an operation, the engine returns what the call returns and the
// notifications that follow, each with its delay; its host delivers them.
// The rules follow the Windows SDK pages of WlanConnect, WlanDisconnect,
// WlanSetProfile, WlanDeleteProfile and WlanSetInterface, as
// docs/scenario-format.md lists them.
#pragma once

#include "simulationtypes.h"

#include <cstdint>

namespace aerial::sim {

// Win32 codes the simulation returns, as wlanapi does.
namespace win32 {
constexpr std::uint32_t Success = 0;
constexpr std::uint32_t AccessDenied = 5;
constexpr std::uint32_t InvalidHandle = 6;
constexpr std::uint32_t NotEnoughMemory = 8;
constexpr std::uint32_t InvalidParameter = 87;
constexpr std::uint32_t ServiceNotActive = 1062;
constexpr std::uint32_t AlreadyExists = 183;
constexpr std::uint32_t BadProfile = 1206;
constexpr std::uint32_t NotFound = 1168;
constexpr std::uint32_t RpcServerUnavailable = 1722;
constexpr std::uint32_t InvalidState = 5023;
} // namespace win32

// WLAN_REASON_CODE_NETWORK_NOT_AVAILABLE-style reason: the network is not in range.
constexpr std::uint32_t ReasonNetworkNotVisible = 0x28002;
// WLAN_REASON_CODE_MSMSEC_PSK_MISMATCH_SUSPECTED: the access point refused the key.
constexpr std::uint32_t ReasonPskMismatch = 0x48014;
// WLAN_REASON_CODE_MSMSEC_PROFILE_PSK_LENGTH: a key of the wrong length or characters.
constexpr std::uint32_t ReasonPskLength = 0x40004;
// WLAN_REASON_CODE_PROFILE_SSID_INVALID.
constexpr std::uint32_t ReasonSsidInvalid = 0x80013;

class SimulationEngine
{
public:
    explicit SimulationEngine(Scenario scenario);

    const Scenario &scenario() const { return m_scenario; }
    const Interface *findInterface(const std::string &id) const;
    const Profile *findProfile(const std::string &name) const;

    // What a connected interface reports: the SSID and signal of the network
    // that uses its profile.
    std::string connectedSsid(const Interface &iface) const;
    int connectedSignal(const Interface &iface) const;

    Outcome connect(const std::string &interfaceId, const std::string &profile);
    Outcome disconnect(const std::string &interfaceId);
    Outcome scan(const std::string &interfaceId);

    // WlanSetProfile: saves the profile (per user unless allUsers), first in
    // the preference order. Overwriting keeps the position; it needs the
    // right to change the profile and the same type (per user or all users).
    OperationResult setProfile(const std::string &interfaceId, const Profile &profile, bool overwrite);
    // WlanDeleteProfile: needs the right to change the profile. A connection
    // that uses it drops: disconnecting, then disconnected, then the completion.
    Outcome deleteProfile(const std::string &interfaceId, const std::string &name);
    // WlanSetInterface(radio state) for every PHY of the interface.
    Outcome setRadio(const std::string &interfaceId, bool on);
    // A free profile name for a new network: its SSID, then "SSID 2", "SSID 3" …
    std::string freeProfileName(const std::string &ssid) const;
    // The network's saved profile, matched by SSID bytes and security; the
    // first in the preference order wins. Null when there is none.
    const Profile *profileFor(const Network &network) const;
    // What the interface lists: hidden networks without a profile show an
    // empty SSID, and each network names the profile that matches it.
    std::vector<Network> visibleNetworks(const Interface &iface) const;
    // The reads: what WlanGetAvailableNetworkList and WlanQueryInterface
    // (current connection) return. On success *networks holds the list.
    OperationResult listNetworks(const std::string &interfaceId, std::vector<Network> *networks);
    OperationResult queryConnection(const std::string &interfaceId);

    // The adapter is unplugged: the interface and its faults are gone.
    bool removeInterface(const std::string &interfaceId);

    static std::uint32_t nativeCode(ErrorKind error);
    static std::string serviceMessage(ErrorKind error);

private:
    Interface *interfaceById(const std::string &id);
    const Network *networkForProfile(const Interface &iface, const std::string &profile) const;
    const Network *networkFor(const Interface &iface, const Profile &profile) const;
    bool takeFault(Operation operation, const std::string &interfaceId, ErrorKind &error);
    Profile *profileByName(const std::string &name);
    static bool keyAccepted(const Network &network, const Profile &profile);
    Notification networksNotification(const Interface &iface, int step) const;
    Outcome refuse(OperationResult result, ErrorKind error) const;
    // The checks every location-gated call makes first, in Windows' order.
    ErrorKind checkRead(Operation operation, const std::string &interfaceId);
    Notification stateNotification(const Interface &iface, int step) const;
    Notification completion(const OperationResult &result, int step) const;

    Scenario m_scenario;
};

} // namespace aerial::sim
