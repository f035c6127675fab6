#include "simulationtypes.h"

namespace aerial::sim {

// These spellings are the scenario file's (docs/scenario-format.md).
const char *toString(InterfaceState state)
{
    switch (state) {
    case InterfaceState::NotReady: return "not-ready";
    case InterfaceState::Connected: return "connected";
    case InterfaceState::AdHocNetworkFormed: return "ad-hoc-network-formed";
    case InterfaceState::Disconnecting: return "disconnecting";
    case InterfaceState::Disconnected: return "disconnected";
    case InterfaceState::Associating: return "associating";
    case InterfaceState::Discovering: return "discovering";
    case InterfaceState::Authenticating: return "authenticating";
    }
    return "?";
}

const char *toString(Security security)
{
    switch (security) {
    case Security::Open: return "open";
    case Security::Wep: return "wep";
    case Security::Wpa2Personal: return "wpa2-personal";
    case Security::Wpa3Personal: return "wpa3-personal";
    case Security::Wpa2Enterprise: return "wpa2-enterprise";
    case Security::Wpa3Enterprise: return "wpa3-enterprise";
    case Security::Owe: return "owe";
    }
    return "?";
}

const char *toString(ErrorKind error)
{
    switch (error) {
    case ErrorKind::None: return "none";
    case ErrorKind::AccessDenied: return "access-denied";
    case ErrorKind::InvalidParameter: return "invalid-parameter";
    case ErrorKind::InvalidHandle: return "invalid-handle";
    case ErrorKind::NotEnoughMemory: return "not-enough-memory";
    case ErrorKind::ServiceUnavailable: return "service-unavailable";
    case ErrorKind::Rpc: return "rpc";
    case ErrorKind::NotFound: return "not-found";
    case ErrorKind::InvalidState: return "invalid-state";
    case ErrorKind::ConnectionFailed: return "connection-failed";
    case ErrorKind::AlreadyExists: return "already-exists";
    case ErrorKind::BadProfile: return "bad-profile";
    }
    return "?";
}

const char *toString(Operation operation)
{
    switch (operation) {
    case Operation::Connect: return "connect";
    case Operation::Disconnect: return "disconnect";
    case Operation::Scan: return "scan";
    case Operation::ListNetworks: return "list-networks";
    case Operation::QueryConnection: return "query-connection";
    case Operation::SetProfile: return "set-profile";
    case Operation::DeleteProfile: return "delete-profile";
    case Operation::SetRadio: return "set-radio";
    }
    return "?";
}

} // namespace aerial::sim
