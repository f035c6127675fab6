#include "simulationengine.h"

#include <algorithm>

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

const Network *SimulationEngine::networkForProfile(const Interface &iface, const std::string &profile) const
{
    for (const Network &network : iface.networks) {
        if (!profile.empty() && network.profile == profile)
            return &network;
    }
    return nullptr;
}

std::string SimulationEngine::connectedSsid(const Interface &iface) const
{
    if (iface.state != InterfaceState::Connected && iface.state != InterfaceState::Authenticating
        && iface.state != InterfaceState::Associating)
        return {};
    if (const Network *network = networkForProfile(iface, iface.profile))
        return network->ssid;
    return iface.profile; // a hidden network: Windows names it by its profile
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
    if (!networkForProfile(*iface, profileName)) {
        iface->state = InterfaceState::Disconnected;
        iface->profile.clear();
        outcome.notifications.push_back(stateNotification(*iface, 2));
        OperationResult failed = result;
        failed.error = ErrorKind::ConnectionFailed;
        failed.nativeCode = ReasonNetworkNotVisible;
        failed.message = serviceMessage(ErrorKind::ConnectionFailed);
        outcome.notifications.push_back(completion(failed, 2));
        return outcome;
    }
    iface->state = InterfaceState::Authenticating;
    outcome.notifications.push_back(stateNotification(*iface, 2));
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
    // reads fail with ERROR_ACCESS_DENIED (../shared/notes/wlanapi.md).
    if (!m_scenario.locationAllowed)
        return ErrorKind::AccessDenied;
    return ErrorKind::None;
}

OperationResult SimulationEngine::listNetworks(const std::string &interfaceId, std::vector<Network> *networks)
{
    const ErrorKind error = checkRead(Operation::ListNetworks, interfaceId);
    OperationResult result = refuse({ Operation::ListNetworks, interfaceId, {}, ErrorKind::None, 0, {} }, error).result;
    if (error == ErrorKind::None && networks)
        *networks = findInterface(interfaceId)->networks;
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
    networks.networks = iface->networks;
    return Outcome{ result, { networks, completion(result, 1) } };
}

} // namespace aerial::sim
