// A fake Native Wifi service behind the WirelessSession interface, for the
// Qt layer's tests on Linux. It keeps interfaces, networks and profiles in
// memory, answers calls as wlanapi does, records them, and delivers
// notifications from a thread of its own, as wlanapi does.
#pragma once

#include "wirelesssession.h"

#include <map>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <vector>

class FakeWlanService
{
public:
    struct Interface
    {
        aerial::win::SessionInterface info;
        aerial::win::SessionConnection connection;
        bool radioOn = true;
        bool hardwareRadioOn = true;
        std::vector<aerial::win::SessionNetwork> networks;
    };

    // The session the backend owns; the service outlives it.
    std::unique_ptr<aerial::win::WirelessSession> session();

    void addInterface(Interface iface);
    void addProfile(aerial::win::SessionProfile profile);
    // Every call of this name fails with code until cleared (0).
    void failCalls(const std::string &call, std::uint32_t code);
    // Windows 11 24H2 without location access.
    void setLocationAllowed(bool allowed);
    void setRunning(bool running);
    void setNotifies(bool notifies);
    // Connects walk through their notifications unless told to stay silent;
    // a reason other than 0 ends them in failure.
    void setConnectOutcome(bool notify, std::uint32_t reasonCode);

    // Delivers a notification from the service's thread and waits until the
    // sink has returned.
    void notify(aerial::win::SessionEvent event);
    void removeInterface(const std::string &guid);
    // The radio as a key or switch leaves it; notify() tells the backend.
    void setRadio(const std::string &guid, bool software, bool hardware);

    std::vector<std::string> calls() const;
    // The XML of the last profile WlanSetProfile accepted.
    std::string lastProfileXml() const;
    int openSessions() const;

private:
    class Session;
    friend class Session;

    aerial::win::CallResult answer(const std::string &call, const std::string &guid, Interface **iface);
    std::vector<aerial::win::SessionProfile>::iterator findProfile(const std::string &name);

    mutable std::mutex m_mutex;
    std::vector<Interface> m_interfaces;
    std::vector<aerial::win::SessionProfile> m_profiles;
    std::map<std::string, std::uint32_t> m_failures;
    bool m_locationAllowed = true;
    bool m_running = true;
    bool m_notifies = true;
    bool m_connectNotifies = true;
    std::uint32_t m_connectReason = 0;
    std::vector<std::string> m_calls;
    std::string m_lastProfileXml;
    Session *m_open = nullptr; // the one whose sink receives notifications
    int m_openSessions = 0;
};
