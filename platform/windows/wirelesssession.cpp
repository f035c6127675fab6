#include "wirelesssession.h"

namespace aerial::win {

SessionError classify(std::uint32_t win32Code)
{
    switch (win32Code) {
    case code::Success: return SessionError::None;
    case code::AccessDenied: return SessionError::AccessDenied;
    case code::InvalidParameter: return SessionError::InvalidParameter;
    case code::InvalidHandle: return SessionError::InvalidHandle;
    case code::NotEnoughMemory: return SessionError::NotEnoughMemory;
    case code::ServiceNotActive:
    case code::ModuleNotFound: return SessionError::ServiceUnavailable;
    case code::NotFound: return SessionError::NotFound;
    case code::InvalidState: return SessionError::InvalidState;
    case code::AlreadyExists: return SessionError::AlreadyExists;
    case code::BadProfile: return SessionError::BadProfile;
    default: break;
    }
    // RPC_STATUS codes: RPC_S_* and EPT_S_* sit in 1700–1799 (winerror.h).
    if (win32Code >= 1700 && win32Code <= 1799)
        return SessionError::Rpc;
    return SessionError::Other;
}

bool isServiceLost(std::uint32_t win32Code)
{
    switch (win32Code) {
    case code::ServiceNotActive:
    case code::RpcServerUnavailable:
    case code::RpcCallFailed:
    case code::RpcCallFailedDne:
    case code::RpcEndpointNotRegistered:
        return true;
    default:
        return false;
    }
}

CallResult CallResult::fromCode(std::uint32_t win32Code, std::string message)
{
    return CallResult{ win32Code, classify(win32Code), std::move(message) };
}

const char *toString(SessionEvent::Kind kind)
{
    using Kind = SessionEvent::Kind;
    switch (kind) {
    case Kind::Unknown: return "unknown";
    case Kind::InterfaceArrived: return "interface-arrived";
    case Kind::InterfaceRemoved: return "interface-removed";
    case Kind::ConnectionStarted: return "connection-started";
    case Kind::ConnectionCompleted: return "connection-completed";
    case Kind::ConnectionAttemptFailed: return "connection-attempt-failed";
    case Kind::Disconnecting: return "disconnecting";
    case Kind::Disconnected: return "disconnected";
    case Kind::ScanCompleted: return "scan-completed";
    case Kind::ScanFailed: return "scan-failed";
    case Kind::ScanListRefreshed: return "scan-list-refreshed";
    case Kind::ProfilesChanged: return "profiles-changed";
    case Kind::ProfileRenamed: return "profile-renamed";
    case Kind::NetworkAvailable: return "network-available";
    case Kind::NetworkNotAvailable: return "network-not-available";
    case Kind::Associating: return "associating";
    case Kind::Associated: return "associated";
    case Kind::Authenticating: return "authenticating";
    case Kind::Connected: return "connected";
    case Kind::RoamingStarted: return "roaming-started";
    case Kind::RoamingEnded: return "roaming-ended";
    case Kind::Disassociating: return "disassociating";
    case Kind::LinkDisconnected: return "link-disconnected";
    case Kind::AdapterRemoved: return "adapter-removed";
    case Kind::RadioStateChanged: return "radio-state-changed";
    case Kind::SignalQualityChanged: return "signal-quality-changed";
    }
    return "?";
}

} // namespace aerial::win
