#include "simulationengine.h"

#include <algorithm>
#include <cctype>

namespace aerial::sim {

SimulationEngine::SimulationEngine(Scenario scenario) : m_scenario(std::move(scenario)) {}

const Interface *SimulationEngine::findInterface(const std::string &id) const
{
    for (const Interface &iface : m_scenario.interfaces) {
        if (iface.id == id)
            return &iface;
    }
    return nullptr;
}

Interface *SimulationEngine::interfaceById(const std::string &id)
{
    return const_cast<Interface *>(findInterface(id));
}

const Profile *SimulationEngine::findProfile(const std::string &name) const
{
    for (const Profile &profile : m_scenario.profiles) {
        if (profile.name == name)
            return &profile;
    }
    return nullptr;
}

Profile *SimulationEngine::profileByName(const std::string &name)
{
    return const_cast<Profile *>(findProfile(name));
}

const Network *SimulationEngine::networkFor(const Interface &iface, const Profile &profile) const
{
    for (const Network &network : iface.networks) {
        if (network.ssid == profile.ssid && network.security == profile.security)
            return &network;
    }
    return nullptr;
}

const Network *SimulationEngine::networkForProfile(const Interface &iface, const std::string &profile) const
{
    const Profile *found = findProfile(profile);
    return found ? networkFor(iface, *found) : nullptr;
}

const Profile *SimulationEngine::profileFor(const Network &network) const
{
    for (const Profile &profile : m_scenario.profiles) {
        if (profile.ssid == network.ssid && profile.security == network.security)
            return &profile;
    }
    return nullptr;
}

std::vector<Network> SimulationEngine::visibleNetworks(const Interface &iface) const
{
    std::vector<Network> visible;
    if (!iface.radioOn)
        return visible;
    visible.reserve(iface.networks.size());
    for (Network network : iface.networks) {
        const Profile *profile = profileFor(network);
        network.profile = profile ? profile->name : std::string();
        // Windows lists a hidden network bare, with an empty SSID, unless a
        // profile names it.
        if (network.hidden && !profile)
            network.ssid.clear();
        network.passphrase.clear(); // the access point does not tell its key
        visible.push_back(std::move(network));
    }
    return visible;
}

bool SimulationEngine::keyAccepted(const Network &network, const Profile &profile)
{
    const bool personal = network.security == Security::Wpa2Personal || network.security == Security::Wpa3Personal;
    if (!personal || network.passphrase.empty() || !profile.hasPassphrase)
        return true;
    return profile.passphrase == network.passphrase;
}

std::string SimulationEngine::freeProfileName(const std::string &ssid) const
{
    const std::string base = ssid.empty() ? std::string("Hidden network") : ssid;
    std::string name = base;
    for (int n = 2; findProfile(name); ++n)
        name = base + " " + std::to_string(n);
    return name;
}

std::string SimulationEngine::connectedSsid(const Interface &iface) const
{
    if (iface.state != InterfaceState::Connected && iface.state != InterfaceState::Authenticating
        && iface.state != InterfaceState::Associating)
        return {};
    if (const Profile *profile = findProfile(iface.profile))
        return profile->ssid;
    return iface.profile;
}

int SimulationEngine::connectedSignal(const Interface &iface) const
{
    if (iface.state != InterfaceState::Connected)
        return 0;
    const Network *network = networkForProfile(iface, iface.profile);
    return network ? network->signal : 0;
}

std::uint32_t SimulationEngine::nativeCode(ErrorKind error)
{
    switch (error) {
    case ErrorKind::None: return win32::Success;
    case ErrorKind::AccessDenied: return win32::AccessDenied;
    case ErrorKind::InvalidParameter: return win32::InvalidParameter;
    case ErrorKind::InvalidHandle: return win32::InvalidHandle;
    case ErrorKind::NotEnoughMemory: return win32::NotEnoughMemory;
    case ErrorKind::ServiceUnavailable: return win32::ServiceNotActive;
    case ErrorKind::Rpc: return win32::RpcServerUnavailable;
    case ErrorKind::NotFound: return win32::NotFound;
    case ErrorKind::InvalidState: return win32::InvalidState;
    case ErrorKind::ConnectionFailed: return ReasonNetworkNotVisible;
    case ErrorKind::AlreadyExists: return win32::AlreadyExists;
    case ErrorKind::BadProfile: return win32::BadProfile;
    }
    return win32::InvalidParameter;
}

// The system's message text for each code, as FormatMessage gives it.
std::string SimulationEngine::serviceMessage(ErrorKind error)
{
    switch (error) {
    case ErrorKind::None: return "The operation completed successfully.";
    case ErrorKind::AccessDenied: return "Access is denied.";
    case ErrorKind::InvalidParameter: return "The parameter is incorrect.";
    case ErrorKind::InvalidHandle: return "The handle is invalid.";
    case ErrorKind::NotEnoughMemory: return "Not enough memory resources are available to process this command.";
    case ErrorKind::ServiceUnavailable: return "The service has not been started.";
    case ErrorKind::Rpc: return "The RPC server is unavailable.";
    case ErrorKind::NotFound: return "Element not found.";
    case ErrorKind::InvalidState: return "The group or resource is not in the correct state to perform the requested operation.";
    case ErrorKind::ConnectionFailed: return "The network is not available.";
    case ErrorKind::AlreadyExists: return "Cannot create a file when that file already exists.";
    case ErrorKind::BadProfile: return "The network connection profile is corrupted.";
    }
    return {};
}

bool SimulationEngine::takeFault(Operation operation, const std::string &interfaceId, ErrorKind &error)
{
    for (Fault &fault : m_scenario.faults) {
        if (fault.operation != operation || fault.times == 0)
            continue;
        if (!fault.interfaceId.empty() && fault.interfaceId != interfaceId)
            continue;
        if (fault.times > 0)
            --fault.times;
        error = fault.error;
        return true;
    }
    return false;
}

Outcome SimulationEngine::refuse(OperationResult result, ErrorKind error) const
{
    result.error = error;
    result.nativeCode = nativeCode(error);
    result.message = serviceMessage(error);
    return Outcome{ std::move(result), {} };
}

// Step n of a sequence arrives n latencies after the call.
Notification SimulationEngine::stateNotification(const Interface &iface, int step) const
{
    Notification notification;
    notification.kind = Notification::Kind::StateChanged;
    notification.delayMs = step * m_scenario.latencyMs;
    notification.interfaceId = iface.id;
    notification.state = iface.state;
    notification.radioOn = iface.radioOn;
    notification.profile = iface.profile;
    notification.ssid = connectedSsid(iface);
    notification.signal = connectedSignal(iface);
    return notification;
}

Notification SimulationEngine::completion(const OperationResult &result, int step) const
{
    Notification notification;
    notification.kind = Notification::Kind::OperationCompleted;
    notification.delayMs = step * m_scenario.latencyMs;
    notification.interfaceId = result.interfaceId;
    notification.result = result;
    return notification;
}

Outcome SimulationEngine::connect(const std::string &interfaceId, const std::string &profileName)
{
    OperationResult result{ Operation::Connect, interfaceId, profileName, ErrorKind::None, 0, {} };
    Interface *iface = interfaceById(interfaceId);
    if (!iface)
        return refuse(result, ErrorKind::InvalidParameter);
    ErrorKind fault;
    if (takeFault(Operation::Connect, interfaceId, fault))
        return refuse(result, fault);
    const Profile *profile = findProfile(profileName);
    if (!profile)
        return refuse(result, ErrorKind::NotFound);
    if (iface->state == InterfaceState::NotReady || !iface->radioOn)
        return refuse(result, ErrorKind::InvalidState);
    // Executing an all-user profile needs the execute permission its
    // security descriptor grants (WlanConnect: ERROR_ACCESS_DENIED).
    if (profile->allUsers && !profile->userCanExecute)
        return refuse(result, ErrorKind::AccessDenied);

    result.message = serviceMessage(ErrorKind::None);
    Outcome outcome{ result, {} };
    if (iface->state == InterfaceState::Connected && iface->profile == profileName) {
        outcome.notifications.push_back(completion(result, 0));
        return outcome;
    }

    // WlanConnect drops an existing connection by itself, so a switch goes
    // straight to associating: no disconnecting step, and no WlanDisconnect.
    iface->profile = profileName;
    iface->state = InterfaceState::Associating;
    outcome.notifications.push_back(stateNotification(*iface, 1));
    const Network *network = networkFor(*iface, *profile);
    auto fail = [&](std::uint32_t reason, const char *message, int step) {
        iface->state = InterfaceState::Disconnected;
        iface->profile.clear();
        outcome.notifications.push_back(stateNotification(*iface, step));
        OperationResult failed = result;
        failed.error = ErrorKind::ConnectionFailed;
        failed.nativeCode = reason;
        failed.message = message;
        outcome.notifications.push_back(completion(failed, step));
        return outcome;
    };
    if (!network)
        return fail(ReasonNetworkNotVisible, "The network is not available.", 2);
    iface->state = InterfaceState::Authenticating;
    outcome.notifications.push_back(stateNotification(*iface, 2));
    // A wrong key passes association, then fails the handshake.
    if (!keyAccepted(*network, *profile))
        return fail(ReasonPskMismatch, "The network's security key did not match.", 3);
    iface->state = InterfaceState::Connected;
    outcome.notifications.push_back(stateNotification(*iface, 3));
    outcome.notifications.push_back(completion(result, 3));
    return outcome;
}

Outcome SimulationEngine::disconnect(const std::string &interfaceId)
{
    OperationResult result{ Operation::Disconnect, interfaceId, {}, ErrorKind::None, 0, {} };
    Interface *iface = interfaceById(interfaceId);
    if (!iface)
        return refuse(result, ErrorKind::InvalidParameter);
    result.profile = iface->profile;
    ErrorKind fault;
    if (takeFault(Operation::Disconnect, interfaceId, fault))
        return refuse(result, fault);
    const bool linked = iface->state == InterfaceState::Connected || iface->state == InterfaceState::Associating
                        || iface->state == InterfaceState::Authenticating;
    if (linked) {
        // WlanDisconnect: ERROR_ACCESS_DENIED when the caller may not execute
        // the all-user profile the connection uses.
        const Profile *profile = findProfile(iface->profile);
        if (profile && profile->allUsers && !profile->userCanExecute)
            return refuse(result, ErrorKind::AccessDenied);
    }

    result.message = serviceMessage(ErrorKind::None);
    Outcome outcome{ result, {} };
    if (!linked) {
        outcome.notifications.push_back(completion(result, 0));
        return outcome;
    }
    iface->state = InterfaceState::Disconnecting;
    outcome.notifications.push_back(stateNotification(*iface, 1));
    iface->state = InterfaceState::Disconnected;
    iface->profile.clear();
    outcome.notifications.push_back(stateNotification(*iface, 2));
    outcome.notifications.push_back(completion(result, 2));
    return outcome;
}

ErrorKind SimulationEngine::checkRead(Operation operation, const std::string &interfaceId)
{
    if (!findInterface(interfaceId))
        return ErrorKind::InvalidParameter;
    ErrorKind fault;
    if (takeFault(operation, interfaceId, fault))
        return fault;
    // Windows 11 24H2: until the user lets apps use location, scans and these
    // reads fail with ERROR_ACCESS_DENIED (Microsoft Learn: "Changes to API
    // behavior for Wi-Fi access and location").
    if (!m_scenario.locationAllowed)
        return ErrorKind::AccessDenied;
    return ErrorKind::None;
}

OperationResult SimulationEngine::listNetworks(const std::string &interfaceId, std::vector<Network> *networks)
{
    const ErrorKind error = checkRead(Operation::ListNetworks, interfaceId);
    OperationResult result = refuse({ Operation::ListNetworks, interfaceId, {}, ErrorKind::None, 0, {} }, error).result;
    if (error == ErrorKind::None && networks)
        *networks = visibleNetworks(*findInterface(interfaceId));
    return result;
}

OperationResult SimulationEngine::queryConnection(const std::string &interfaceId)
{
    const ErrorKind error = checkRead(Operation::QueryConnection, interfaceId);
    OperationResult result = refuse({ Operation::QueryConnection, interfaceId, {}, ErrorKind::None, 0, {} }, error).result;
    if (const Interface *iface = findInterface(interfaceId))
        result.profile = iface->profile;
    return result;
}

bool SimulationEngine::removeInterface(const std::string &interfaceId)
{
    auto &interfaces = m_scenario.interfaces;
    const auto found = std::find_if(interfaces.begin(), interfaces.end(),
                                    [&](const Interface &iface) { return iface.id == interfaceId; });
    if (found == interfaces.end())
        return false;
    interfaces.erase(found);
    auto &faults = m_scenario.faults;
    faults.erase(std::remove_if(faults.begin(), faults.end(),
                                [&](const Fault &fault) { return fault.interfaceId == interfaceId; }),
                 faults.end());
    return true;
}

Outcome SimulationEngine::scan(const std::string &interfaceId)
{
    OperationResult result{ Operation::Scan, interfaceId, {}, ErrorKind::None, 0, {} };
    const ErrorKind refused = checkRead(Operation::Scan, interfaceId);
    if (refused != ErrorKind::None)
        return refuse(result, refused);
    const Interface *iface = findInterface(interfaceId);
    if (iface->state == InterfaceState::NotReady || !iface->radioOn)
        return refuse(result, ErrorKind::InvalidState);

    result.message = serviceMessage(ErrorKind::None);
    Notification networks;
    networks.kind = Notification::Kind::NetworksChanged;
    networks.delayMs = m_scenario.latencyMs;
    networks.interfaceId = interfaceId;
    networks.networks = visibleNetworks(*iface);
    return Outcome{ result, { networks, completion(result, 1) } };
}

Notification SimulationEngine::networksNotification(const Interface &iface, int step) const
{
    Notification notification;
    notification.kind = Notification::Kind::NetworksChanged;
    notification.delayMs = step * m_scenario.latencyMs;
    notification.interfaceId = iface.id;
    notification.networks = visibleNetworks(iface);
    return notification;
}

namespace {

bool isHex(const std::string &text)
{
    return std::all_of(text.begin(), text.end(), [](char c) { return std::isxdigit(static_cast<unsigned char>(c)); });
}

// The key rules of WPA2-Personal (8–63 printable ASCII characters, or 64 hex
// digits) and WPA3-Personal (a passphrase of at least 8).
bool keyIsValid(Security security, const std::string &key)
{
    if (security == Security::Wpa2Personal) {
        if (key.size() == 64)
            return isHex(key);
        return key.size() >= 8 && key.size() <= 63
               && std::all_of(key.begin(), key.end(), [](char c) { return c >= 32 && c <= 126; });
    }
    if (security == Security::Wpa3Personal)
        return key.size() >= 8;
    return true;
}

} // namespace

OperationResult SimulationEngine::setProfile(const std::string &interfaceId, const Profile &profile, bool overwrite)
{
    OperationResult result{ Operation::SetProfile, interfaceId, profile.name, ErrorKind::None, 0, {} };
    auto refused = [&](ErrorKind error, std::uint32_t reason = 0) {
        OperationResult failed = refuse(result, error).result;
        if (reason)
            failed.nativeCode = reason; // ERROR_BAD_PROFILE's pdwReasonCode
        return failed;
    };
    if (!findInterface(interfaceId))
        return refused(ErrorKind::InvalidParameter);
    ErrorKind fault;
    if (takeFault(Operation::SetProfile, interfaceId, fault))
        return refused(fault);
    if (profile.name.empty() || profile.name.size() > 255 || profile.ssid.empty() || profile.ssid.size() > 32)
        return refused(ErrorKind::BadProfile, ReasonSsidInvalid);
    if (profile.hasPassphrase && !keyIsValid(profile.security, profile.passphrase))
        return refused(ErrorKind::BadProfile, ReasonPskLength);
    if (Profile *existing = profileByName(profile.name)) {
        if (!overwrite || existing->allUsers != profile.allUsers)
            return refused(ErrorKind::AlreadyExists);
        if (existing->groupPolicy || !existing->userCanWrite)
            return refused(ErrorKind::AccessDenied);
        Profile updated = profile;
        updated.userCanExecute = existing->userCanExecute;
        updated.userCanWrite = existing->userCanWrite;
        *existing = updated;
    } else {
        // New profiles go first, below those of group policy.
        auto &profiles = m_scenario.profiles;
        const auto position = std::find_if(profiles.begin(), profiles.end(),
                                           [](const Profile &p) { return !p.groupPolicy; });
        profiles.insert(position, profile);
    }
    result.message = serviceMessage(ErrorKind::None);
    return result;
}

Outcome SimulationEngine::deleteProfile(const std::string &interfaceId, const std::string &name)
{
    OperationResult result{ Operation::DeleteProfile, interfaceId, name, ErrorKind::None, 0, {} };
    if (!findInterface(interfaceId))
        return refuse(result, ErrorKind::InvalidParameter);
    ErrorKind fault;
    if (takeFault(Operation::DeleteProfile, interfaceId, fault))
        return refuse(result, fault);
    const Profile *profile = findProfile(name);
    if (!profile)
        return refuse(result, ErrorKind::NotFound);
    if (profile->groupPolicy || !profile->userCanWrite)
        return refuse(result, ErrorKind::AccessDenied);
    auto &profiles = m_scenario.profiles;
    profiles.erase(profiles.begin() + (profile - profiles.data()));
    result.message = serviceMessage(ErrorKind::None);
    Outcome outcome{ result, {} };
    int steps = 0;
    for (Interface &iface : m_scenario.interfaces) {
        const bool linked = iface.state == InterfaceState::Connected || iface.state == InterfaceState::Associating
                            || iface.state == InterfaceState::Authenticating;
        if (!linked || iface.profile != name)
            continue;
        iface.state = InterfaceState::Disconnecting;
        outcome.notifications.push_back(stateNotification(iface, 1));
        iface.state = InterfaceState::Disconnected;
        iface.profile.clear();
        outcome.notifications.push_back(stateNotification(iface, 2));
        steps = 2;
    }
    outcome.notifications.push_back(completion(result, steps));
    return outcome;
}

Outcome SimulationEngine::setRadio(const std::string &interfaceId, bool on)
{
    OperationResult result{ Operation::SetRadio, interfaceId, {}, ErrorKind::None, 0, {} };
    Interface *iface = interfaceById(interfaceId);
    if (!iface)
        return refuse(result, ErrorKind::InvalidParameter);
    ErrorKind fault;
    if (takeFault(Operation::SetRadio, interfaceId, fault))
        return refuse(result, fault);
    // A hardware switch that is off cannot be overridden by software.
    if (on && !iface->hardwareRadioOn)
        return refuse(result, ErrorKind::InvalidState);
    result.message = serviceMessage(ErrorKind::None);
    Outcome outcome{ result, {} };
    if (iface->radioOn == on) {
        outcome.notifications.push_back(completion(result, 0));
        return outcome;
    }
    iface->radioOn = on;
    iface->profile.clear();
    iface->state = InterfaceState::Disconnected;
    outcome.notifications.push_back(stateNotification(*iface, 1));
    // Off: nothing is in range any more. On: the first scan brings the list.
    outcome.notifications.push_back(networksNotification(*iface, on ? 2 : 1));
    outcome.notifications.push_back(completion(result, on ? 2 : 1));
    return outcome;
}

} // namespace aerial::sim
