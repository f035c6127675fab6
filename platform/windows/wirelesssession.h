// The Native Wifi service as Aerial's Windows backend sees it: a session
// that lists, connects, disconnects and scans, and reports notifications.
//
// Plain C++17 with no Windows header, so that the Qt layer above it
// (NativeWifiBackend) builds and is tested on Linux against a fake session.
// NativeWifiSession implements it on wlanapi.dll.
//
// Every call blocks until the service answers; callers keep it off the GUI
// thread. Text is UTF-8, SSIDs raw bytes, interface ids GUIDs in braces.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace aerial::win {

// The Win32 codes the session classifies (winerror.h; rpcnterr.h).
namespace code {
constexpr std::uint32_t Success = 0;
constexpr std::uint32_t AccessDenied = 5;
constexpr std::uint32_t InvalidHandle = 6;
constexpr std::uint32_t NotEnoughMemory = 8;
constexpr std::uint32_t NotSupported = 50;
constexpr std::uint32_t AlreadyExists = 183;
constexpr std::uint32_t InvalidParameter = 87;
constexpr std::uint32_t CallNotImplemented = 120;
constexpr std::uint32_t ModuleNotFound = 126;
constexpr std::uint32_t ProcNotFound = 127;
constexpr std::uint32_t ServiceNotActive = 1062;
constexpr std::uint32_t BadProfile = 1206;
constexpr std::uint32_t NotFound = 1168;
constexpr std::uint32_t RpcServerUnavailable = 1722;
constexpr std::uint32_t RpcCallFailed = 1726;
constexpr std::uint32_t RpcCallFailedDne = 1727;
constexpr std::uint32_t RpcEndpointNotRegistered = 1753;
constexpr std::uint32_t InvalidState = 5023;
} // namespace code

// WLAN_REASON_CODE values the backend tells apart (wlanapi.h).
namespace reason {
constexpr std::uint32_t Success = 0;
constexpr std::uint32_t Unknown = 0x10001;
constexpr std::uint32_t NetworkNotAvailable = 0x28002;
constexpr std::uint32_t ProfileNotCompatible = 0x28003;
constexpr std::uint32_t AssociationFailure = 0x38002;
constexpr std::uint32_t AssociationTimeout = 0x38003;
constexpr std::uint32_t AuthenticationTimeout = 0x48003;
constexpr std::uint32_t PskMismatchSuspected = 0x48014;
constexpr std::uint32_t KeyMismatch = 0x2800D;
constexpr std::uint32_t SecurityFailure = 0x38006;
constexpr std::uint32_t PskLength = 0x40004;
constexpr std::uint32_t PassphraseCharacter = 0x40016;
constexpr std::uint32_t InvalidProfileSchema = 0x80001;
constexpr std::uint32_t SsidInvalid = 0x80013;
} // namespace reason

// What WlanGetProfile's pdwGrantedAccess says this account may do with a
// profile (wlanapi.h: WLAN_READ_ACCESS ⊂ WLAN_EXECUTE_ACCESS ⊂ WLAN_WRITE_ACCESS).
namespace access {
constexpr std::uint32_t Read = 0x00020001;
constexpr std::uint32_t Execute = 0x00020021; // connect and disconnect
constexpr std::uint32_t Write = 0x00070023;   // change and delete
} // namespace access

// The contract's error kinds, without Qt.
enum class SessionError {
    None,
    AccessDenied,
    InvalidParameter,
    InvalidHandle,
    NotEnoughMemory,
    ServiceUnavailable, // WLAN AutoConfig stopped, or wlanapi.dll missing
    Rpc,
    NotFound,
    InvalidState,
    AlreadyExists, // WlanSetProfile: the name is taken by a profile of the other type
    BadProfile,    // WlanSetProfile: the XML was refused; the reason code says why
    Other,
};

SessionError classify(std::uint32_t win32Code);
// True for the codes that mean the session is dead and must be reopened:
// the service stopped, restarted (our handle is unknown to it) or crashed.
bool isServiceLost(std::uint32_t win32Code);

struct CallResult
{
    std::uint32_t code = code::Success;
    SessionError error = SessionError::None;
    std::string message; // the system's text for the code
    // WlanSetProfile's WLAN_REASON_CODE beside ERROR_BAD_PROFILE.
    std::uint32_t reason = reason::Success;

    bool ok() const { return code == code::Success; }
    static CallResult fromCode(std::uint32_t win32Code, std::string message = {});
};

enum class SessionSecurity { Open, Wep, Wpa2Personal, Wpa3Personal, Wpa2Enterprise, Wpa3Enterprise, Owe };

struct SessionInterface
{
    std::string guid;
    std::string description;
    int state = 0; // WLAN_INTERFACE_STATE
    std::string alias; // the connection's name ("Wi-Fi"), as netsh takes it; empty when unknown
};

// WlanQueryInterface(wlan_intf_opcode_current_connection).
struct SessionConnection
{
    int state = 0;
    std::string profile;
    std::string ssid;
    int signal = 0;
};

// One entry of WlanGetAvailableNetworkList; the same SSID can appear twice,
// with and without a profile.
struct SessionNetwork
{
    std::string ssid;
    std::string profile;
    int signal = 0;
    SessionSecurity security = SessionSecurity::Open;
    bool connected = false;
};

// One entry of WlanGetProfileList, in preference order, and what
// WlanGetProfile returns for it.
struct SessionProfile
{
    std::string name;
    bool allUsers = true;     // WLAN_PROFILE_USER clear
    bool groupPolicy = false; // WLAN_PROFILE_GROUP_POLICY: read-only for everyone
    std::uint32_t grantedAccess = 0; // access:: bits; 0 when WlanGetProfile did not say
    std::string xml;          // the stored profile, keys encrypted; empty when unread
};

// WlanQueryInterface(wlan_intf_opcode_radio_state), over every PHY.
struct SessionRadio
{
    bool on = false;         // some PHY is on in software and hardware
    bool hardwareOn = true;  // false: a switch holds every PHY off
    int phys = 0;
};

// A WLAN_NOTIFICATION_DATA turned into plain data. A payload shorter than its
// code needs leaves truncated set and the fields at their defaults (reason
// Unknown): the event still says what happened, not how.
struct SessionEvent
{
    enum class Kind {
        Unknown, // a source or code Aerial does not know; kept, not dropped
        InterfaceArrived,
        InterfaceRemoved,
        ConnectionStarted,
        ConnectionCompleted,   // success only when reasonCode is reason::Success
        ConnectionAttemptFailed, // not final: a ConnectionCompleted follows
        Disconnecting,
        Disconnected,
        ScanCompleted,
        ScanFailed,
        ScanListRefreshed,
        ProfilesChanged,
        ProfileRenamed,
        NetworkAvailable,
        NetworkNotAvailable,
        Associating,
        Associated,
        Authenticating,
        Connected,
        RoamingStarted,
        RoamingEnded,
        Disassociating,
        LinkDisconnected, // MSM disconnected; reasonCode is the cause
        AdapterRemoved,
        RadioStateChanged,
        SignalQualityChanged,
    };
    Kind kind = Kind::Unknown;
    std::uint32_t source = 0;
    std::uint32_t code = 0;
    std::string interfaceGuid;
    bool truncated = false;
    std::string profile;  // connection and MSM events; the new name for ProfileRenamed
    std::string oldProfile; // ProfileRenamed
    std::string ssid;
    std::uint32_t reasonCode = reason::Success;
    int signal = 0;       // SignalQualityChanged
    bool radioOn = true;  // RadioStateChanged
};

const char *toString(SessionEvent::Kind kind);

class WirelessSession
{
public:
    // Runs on a thread the service owns. It must return quickly, must not
    // call close(), and must not wait for anything the closer holds.
    using EventSink = std::function<void(const SessionEvent &)>;

    virtual ~WirelessSession() = default;

    // Opens the client handle (version 2) and registers for ACM and MSM
    // notifications in one call.
    virtual CallResult open(EventSink sink) = 0;
    // False when the service cannot notify (registration refused or not
    // implemented); the backend then reads state after each call instead.
    virtual bool notifies() const = 0;
    // Unregisters and closes. When it returns, no event is being or will be
    // delivered. Refused (ERROR_INVALID_STATE) from inside the sink.
    virtual CallResult close() = 0;

    virtual CallResult interfaces(std::vector<SessionInterface> *out) = 0;
    virtual CallResult connection(const std::string &guid, SessionConnection *out) = 0;
    virtual CallResult radio(const std::string &guid, SessionRadio *out) = 0;
    virtual CallResult networks(const std::string &guid, std::vector<SessionNetwork> *out) = 0;
    // WlanGetProfileList, then WlanGetProfile for each entry.
    virtual CallResult profiles(const std::string &guid, std::vector<SessionProfile> *out) = 0;
    virtual CallResult profile(const std::string &guid, const std::string &name, SessionProfile *out) = 0;
    // WlanSetProfile with no security descriptor: a per-user profile unless
    // allUsers. ERROR_BAD_PROFILE leaves the WLAN reason code in *reasonCode.
    virtual CallResult setProfile(const std::string &guid, const std::string &xml, bool allUsers, bool overwrite,
                                  std::uint32_t *reasonCode) = 0;
    virtual CallResult deleteProfile(const std::string &guid, const std::string &name) = 0;
    // WlanSetInterface(radio state) for every PHY the interface lists. Turning
    // on while a hardware switch holds every PHY off is refused with
    // ERROR_INVALID_STATE before any call: software cannot override it.
    virtual CallResult setRadio(const std::string &guid, bool on) = 0;
    // WlanConnect by profile name; never preceded by WlanDisconnect.
    virtual CallResult connect(const std::string &guid, const std::string &profile) = 0;
    virtual CallResult disconnect(const std::string &guid) = 0;
    virtual CallResult scan(const std::string &guid) = 0;

    // The system's text for a reason code (WlanReasonCodeToString), or empty.
    // Aerial's own, translated words for the common codes are in
    // models/operationexplanation.cpp; these are the details beside them.
    virtual std::string reasonText(std::uint32_t reasonCode) = 0;
};

} // namespace aerial::win
