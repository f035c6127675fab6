#include "fakewlanservice.h"

#include "wlanprofilereader.h"

#include <algorithm>
#include <atomic>

using namespace aerial::win;

class FakeWlanService::Session final : public WirelessSession
{
public:
    explicit Session(FakeWlanService &service) : m_service(service) {}
    ~Session() override { close(); }

    CallResult open(EventSink sink) override
    {
        std::lock_guard lock(m_service.m_mutex);
        m_service.m_calls.push_back("open");
        if (!m_service.m_running)
            return CallResult::fromCode(code::ServiceNotActive, "The service has not been started.");
        m_sink = std::move(sink);
        m_notifies = m_service.m_notifies;
        m_open = true;
        m_delivering = true;
        m_service.m_open = this;
        ++m_service.m_openSessions;
        return {};
    }
    bool notifies() const override { return m_notifies.load(); }
    // As wlanapi: when it returns, no notification runs or will run.
    CallResult close() override
    {
        std::vector<std::thread> threads;
        {
            std::lock_guard lock(m_service.m_mutex);
            threads.swap(m_threads);
            if (m_open) {
                m_service.m_calls.push_back("close");
                m_open = false;
                if (m_service.m_open == this)
                    m_service.m_open = nullptr;
                --m_service.m_openSessions;
            }
        }
        m_delivering = false;
        for (std::thread &thread : threads)
            thread.join();
        return {};
    }
    CallResult interfaces(std::vector<SessionInterface> *out) override
    {
        std::lock_guard lock(m_service.m_mutex);
        const CallResult refused = m_service.answer("interfaces", {}, nullptr);
        if (!refused.ok() || !m_open)
            return m_open ? refused : CallResult::fromCode(code::InvalidHandle);
        out->clear();
        for (const Interface &iface : m_service.m_interfaces) {
            SessionInterface info = iface.info;
            info.state = iface.connection.state;
            out->push_back(info);
        }
        return {};
    }
    CallResult connection(const std::string &guid, SessionConnection *out) override
    {
        std::lock_guard lock(m_service.m_mutex);
        Interface *iface = nullptr;
        const CallResult refused = m_service.answer("connection", guid, &iface);
        if (refused.ok())
            *out = iface->connection;
        return refused;
    }
    CallResult radio(const std::string &guid, SessionRadio *out) override
    {
        std::lock_guard lock(m_service.m_mutex);
        Interface *iface = nullptr;
        const CallResult refused = m_service.answer("radio", guid, &iface);
        if (refused.ok())
            *out = SessionRadio{ iface->radioOn && iface->hardwareRadioOn, iface->hardwareRadioOn, 1 };
        return refused;
    }
    CallResult setRadio(const std::string &guid, bool on) override
    {
        std::lock_guard lock(m_service.m_mutex);
        Interface *iface = nullptr;
        CallResult refused = m_service.answer(std::string("setRadio ") + guid + (on ? " on" : " off"), guid, &iface);
        if (refused.ok() && on && !iface->hardwareRadioOn)
            refused = CallResult::fromCode(code::InvalidState);
        if (refused.ok())
            iface->radioOn = on;
        return refused;
    }
    CallResult networks(const std::string &guid, std::vector<SessionNetwork> *out) override
    {
        std::lock_guard lock(m_service.m_mutex);
        Interface *iface = nullptr;
        const CallResult refused = m_service.answer("networks", guid, &iface);
        if (refused.ok())
            *out = iface->networks;
        return refused;
    }
    CallResult profiles(const std::string &guid, std::vector<SessionProfile> *out) override
    {
        std::lock_guard lock(m_service.m_mutex);
        const CallResult refused = m_service.answer("profiles", guid, nullptr);
        if (refused.ok())
            *out = m_service.m_profiles;
        return refused;
    }
    CallResult profile(const std::string &guid, const std::string &name, SessionProfile *out) override
    {
        std::lock_guard lock(m_service.m_mutex);
        CallResult refused = m_service.answer("profile " + name, guid, nullptr);
        if (!refused.ok())
            return refused;
        const auto found = m_service.findProfile(name);
        if (found == m_service.m_profiles.end())
            return CallResult::fromCode(code::NotFound);
        *out = *found;
        return {};
    }
    CallResult setProfile(const std::string &guid, const std::string &xml, bool allUsers, bool overwrite,
                          std::uint32_t *reasonCode) override
    {
        std::lock_guard lock(m_service.m_mutex);
        *reasonCode = 0;
        const CallResult refused = m_service.answer(std::string("setProfile ") + (allUsers ? "all-users" : "user")
                                                        + (overwrite ? " overwrite" : " new"),
                                                    guid, nullptr);
        if (!refused.ok())
            return refused;
        const aerial::simwlan::ReadProfile read = aerial::simwlan::readProfile(xml);
        if (!read.ok) {
            *reasonCode = read.reasonCode;
            return CallResult::fromCode(code::BadProfile);
        }
        m_service.m_lastProfileXml = xml;
        const auto found = m_service.findProfile(read.profile.name);
        if (found != m_service.m_profiles.end() && (!overwrite || found->allUsers != allUsers))
            return CallResult::fromCode(code::AlreadyExists);
        SessionProfile stored{ read.profile.name, allUsers, false, access::Write, xml };
        if (found != m_service.m_profiles.end())
            *found = stored;
        else
            m_service.m_profiles.insert(m_service.m_profiles.begin(), stored);
        return {};
    }
    CallResult deleteProfile(const std::string &guid, const std::string &name) override
    {
        std::lock_guard lock(m_service.m_mutex);
        const CallResult refused = m_service.answer("deleteProfile " + name, guid, nullptr);
        if (!refused.ok())
            return refused;
        const auto found = m_service.findProfile(name);
        if (found == m_service.m_profiles.end())
            return CallResult::fromCode(code::NotFound);
        m_service.m_profiles.erase(found);
        return {};
    }
    CallResult connect(const std::string &guid, const std::string &profile) override;
    CallResult disconnect(const std::string &guid) override;
    CallResult scan(const std::string &guid) override
    {
        std::lock_guard lock(m_service.m_mutex);
        return m_service.answer("scan " + guid, guid, nullptr);
    }
    std::string reasonText(std::uint32_t reasonCode) override
    {
        // WlanReasonCodeToString's stand-in: the system's words, not Aerial's.
        return "System text for reason " + std::to_string(reasonCode) + ".";
    }

    void deliver(const SessionEvent &event)
    {
        if (m_notifies && m_delivering)
            m_sink(event);
    }

    std::vector<std::thread> m_threads; // guarded by the service's mutex

private:
    std::atomic<bool> m_delivering{ false };
    FakeWlanService &m_service;
    EventSink m_sink;
    std::atomic<bool> m_notifies{ false };
    bool m_open = false;
};

CallResult FakeWlanService::answer(const std::string &call, const std::string &guid, Interface **iface)
{
    m_calls.push_back(call);
    const std::string name = call.substr(0, call.find(' '));
    if (!m_running)
        return CallResult::fromCode(code::RpcServerUnavailable, "The RPC server is unavailable.");
    const auto failure = m_failures.find(name);
    if (failure != m_failures.end())
        return CallResult::fromCode(failure->second, "refused by the fake service");
    if (!m_locationAllowed && (name == "networks" || name == "scan" || name == "connection"))
        return CallResult::fromCode(code::AccessDenied, "Access is denied.");
    if (guid.empty())
        return {};
    const auto found = std::find_if(m_interfaces.begin(), m_interfaces.end(),
                                    [&](const Interface &i) { return i.info.guid == guid; });
    if (found == m_interfaces.end())
        return CallResult::fromCode(code::InvalidParameter, "The parameter is incorrect.");
    if (iface)
        *iface = &*found;
    return {};
}

CallResult FakeWlanService::Session::connect(const std::string &guid, const std::string &profile)
{
    std::vector<SessionEvent> events;
    std::lock_guard lock(m_service.m_mutex);
    {
        Interface *iface = nullptr;
        const CallResult refused = m_service.answer("connect " + guid + " " + profile, guid, &iface);
        if (!refused.ok() || !m_service.m_connectNotifies)
            return refused;
        auto event = [&](SessionEvent::Kind kind) {
            SessionEvent e;
            e.kind = kind;
            e.interfaceGuid = guid;
            e.profile = profile;
            e.ssid = profile;
            e.reasonCode = kind == SessionEvent::Kind::ConnectionCompleted ? m_service.m_connectReason : 0;
            return e;
        };
        events = { event(SessionEvent::Kind::ConnectionStarted), event(SessionEvent::Kind::Associating) };
        if (m_service.m_connectReason == 0) {
            iface->connection = SessionConnection{ 1, profile, profile, 70 };
            events.push_back(event(SessionEvent::Kind::Connected));
        } else {
            iface->connection = SessionConnection{ 4, {}, {}, 0 };
            events.push_back(event(SessionEvent::Kind::ConnectionAttemptFailed));
        }
        events.push_back(event(SessionEvent::Kind::ConnectionCompleted));
    }
    // From the service's thread, as the call returns.
    m_threads.emplace_back([this, events] {
        for (const SessionEvent &e : events)
            deliver(e);
    });
    return {};
}

CallResult FakeWlanService::Session::disconnect(const std::string &guid)
{
    std::lock_guard lock(m_service.m_mutex);
    Interface *iface = nullptr;
    const CallResult refused = m_service.answer("disconnect " + guid, guid, &iface);
    if (refused.ok())
        iface->connection = SessionConnection{ 4, {}, {}, 0 };
    return refused;
}

std::vector<SessionProfile>::iterator FakeWlanService::findProfile(const std::string &name)
{
    return std::find_if(m_profiles.begin(), m_profiles.end(), [&](const SessionProfile &p) { return p.name == name; });
}

std::string FakeWlanService::lastProfileXml() const
{
    std::lock_guard lock(m_mutex);
    return m_lastProfileXml;
}

std::unique_ptr<WirelessSession> FakeWlanService::session()
{
    return std::make_unique<Session>(*this);
}

void FakeWlanService::addInterface(Interface iface)
{
    std::lock_guard lock(m_mutex);
    m_interfaces.push_back(std::move(iface));
}

void FakeWlanService::addProfile(SessionProfile profile)
{
    std::lock_guard lock(m_mutex);
    m_profiles.push_back(std::move(profile));
}

void FakeWlanService::failCalls(const std::string &call, std::uint32_t code)
{
    std::lock_guard lock(m_mutex);
    if (code == 0)
        m_failures.erase(call);
    else
        m_failures[call] = code;
}

void FakeWlanService::setLocationAllowed(bool allowed)
{
    std::lock_guard lock(m_mutex);
    m_locationAllowed = allowed;
}

void FakeWlanService::setRunning(bool running)
{
    std::lock_guard lock(m_mutex);
    m_running = running;
}

void FakeWlanService::setNotifies(bool notifies)
{
    std::lock_guard lock(m_mutex);
    m_notifies = notifies;
}

void FakeWlanService::setConnectOutcome(bool notify, std::uint32_t reasonCode)
{
    std::lock_guard lock(m_mutex);
    m_connectNotifies = notify;
    m_connectReason = reasonCode;
}

void FakeWlanService::notify(SessionEvent event)
{
    // Held while the sink runs: a close waits for it, as WlanCloseHandle does.
    std::lock_guard lock(m_mutex);
    if (m_open)
        std::thread([this, &event] { m_open->deliver(event); }).join();
}

void FakeWlanService::removeInterface(const std::string &guid)
{
    {
        std::lock_guard lock(m_mutex);
        m_interfaces.erase(std::remove_if(m_interfaces.begin(), m_interfaces.end(),
                                          [&](const Interface &i) { return i.info.guid == guid; }),
                           m_interfaces.end());
    }
    SessionEvent event;
    event.kind = SessionEvent::Kind::InterfaceRemoved;
    event.interfaceGuid = guid;
    notify(event);
}

void FakeWlanService::setRadio(const std::string &guid, bool software, bool hardware)
{
    std::lock_guard lock(m_mutex);
    for (Interface &iface : m_interfaces) {
        if (iface.info.guid == guid) {
            iface.radioOn = software;
            iface.hardwareRadioOn = hardware;
        }
    }
}

std::vector<std::string> FakeWlanService::calls() const
{
    std::lock_guard lock(m_mutex);
    return m_calls;
}

int FakeWlanService::openSessions() const
{
    std::lock_guard lock(m_mutex);
    return m_openSessions;
}
