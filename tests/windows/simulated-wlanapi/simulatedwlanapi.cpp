// A simulated wlanapi.dll: the Native Wifi exports Aerial uses, played by the
// same simulation engine as the Qt simulated backend, so that the real Win32
// layer runs unchanged against it under Wine.
//
// It behaves as the Windows SDK pages of these functions describe Windows
// (docs/windows.md, "Tests on Linux"): argument checks
// and their codes, notifications from a thread of its own, close waiting for
// a running callback and dropping queued ones, and every list allocated for
// WlanFreeMemory. It also records each call for the tests.
#include "simulation/scenario.h"
#include "simulation/simulationengine.h"
#include "simulationcontrol.h"
#include "wintext.h"
#include "wlanprofilereader.h"
#include "wlancompat.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <sstream>
#include <thread>
#include <vector>

using namespace aerial;
using Clock = std::chrono::steady_clock;

namespace {

struct Client
{
    unsigned generation = 0; // of the service run that opened it
    DWORD sources = WLAN_NOTIFICATION_SOURCE_NONE;
    WLAN_NOTIFICATION_CALLBACK callback = nullptr;
    void *context = nullptr;
};

// What a caller of WlanQueryInterface sees: it moves when a notification is
// delivered, not when the engine decides.
struct Visible
{
    sim::InterfaceState state = sim::InterfaceState::Disconnected;
    std::string profile;
    std::string ssid;
    int signal = 0;
};

// Each simulated adapter has two PHYs, each with its own software radio
// switch (Windows SDK: WLAN_RADIO_STATE); the engine's radio is on while
// either is.
constexpr DWORD PhyCount = 2;
using Phys = std::array<bool, PhyCount>;

struct Raw
{
    DWORD source = 0;
    DWORD code = 0;
    GUID guid{};
    std::vector<unsigned char> payload;
    bool nullData = false; // pData NULL whatever dwDataSize says
};

struct Pending
{
    Clock::time_point due;
    std::uint64_t order = 0;
    std::string interfaceId;
    bool updatesState = false;
    Visible state;
    std::vector<Raw> notifications;
};

// The whole service. Allocated once and never destroyed: its thread may
// still run while the process exits.
struct Service
{
    std::mutex mutex;
    std::condition_variable wake;
    std::mutex delivering; // held while a callback runs
    std::thread::id deliveryThread;
    bool threadStarted = false;

    std::unique_ptr<sim::SimulationEngine> engine;
    std::map<std::string, GUID> guids; // engine id → GUID
    std::map<std::string, Visible> visible;
    std::map<std::string, Phys> phys; // software radio state per PHY
    bool running = true;
    unsigned generation = 1;
    bool holdCalls = false;        // AerialSimulationHoldCalls
    std::condition_variable freed; // a held call may go on
    std::uintptr_t nextHandle = 0x1000;
    std::map<HANDLE, Client> clients;
    std::vector<Pending> pending;
    std::uint64_t order = 0;
    std::vector<std::string> calls;
    std::set<void *> allocations;
    LONG badFrees = 0;
};

// Replaces the service's world with a scenario; s.mutex is held, or s is new.
// On failure returns the reason and leaves the world as it was.
std::string load(Service &s, const std::string &json, const std::string &sourceName)
{
    try {
        sim::Scenario scenario = sim::parseScenario(json, sourceName);
        std::map<std::string, GUID> guids;
        std::map<std::string, Visible> visible;
        std::map<std::string, Phys> phys;
        auto engine = std::make_unique<sim::SimulationEngine>(std::move(scenario));
        for (const sim::Interface &iface : engine->scenario().interfaces) {
            GUID guid;
            if (!win::guidFromString(iface.id, &guid))
                return sourceName + ": interface id \"" + sim::printable(iface.id) + "\" is not a GUID";
            guids[iface.id] = guid;
            visible[iface.id] = Visible{ iface.state, iface.profile, engine->connectedSsid(iface),
                                         engine->connectedSignal(iface) };
            phys[iface.id] = Phys{ iface.radioOn, iface.radioOn };
        }
        s.engine = std::move(engine);
        s.guids = std::move(guids);
        s.visible = std::move(visible);
        s.phys = std::move(phys);
        s.pending.clear();
    } catch (const sim::ScenarioError &failure) {
        return failure.what();
    }
    return {};
}

// With AERIAL_WLANAPI_SCENARIO naming a scenario file, the DLL plays it from
// the start, so aerial.exe runs against it without a test harness. A file
// that cannot be played is said once, on stderr and to a debugger, and the
// service then has no interfaces.
void loadFromEnvironment(Service &s)
{
    const char *path = std::getenv("AERIAL_WLANAPI_SCENARIO");
    if (!path || !*path)
        return;
    std::string problem;
    if (FILE *file = std::fopen(path, "rb")) {
        std::string text;
        char buffer[4096];
        std::size_t read = 0;
        while ((read = std::fread(buffer, 1, sizeof buffer, file)) > 0 && text.size() < 16 * 1024 * 1024)
            text.append(buffer, read);
        std::fclose(file);
        std::string name = path;
        const auto slash = name.find_last_of("/\\");
        if (slash != std::string::npos)
            name = name.substr(slash + 1);
        problem = load(s, text, name);
    } else {
        problem = sim::printable(path) + ": cannot be read";
    }
    if (!problem.empty()) {
        const std::string line = "simulated wlanapi.dll: " + problem + "; playing a service with no interfaces\n";
        std::fputs(line.c_str(), stderr);
        OutputDebugStringA(line.c_str());
    }
}

Service &service()
{
    static Service *instance = [] {
        auto *created = new Service;
        loadFromEnvironment(*created);
        return created;
    }();
    return *instance;
}

std::string idFor(const Service &s, const GUID &guid)
{
    for (const auto &[id, known] : s.guids) {
        if (IsEqualGUID(known, guid))
            return id;
    }
    return {};
}

void record(Service &s, const std::string &call)
{
    s.calls.push_back(call);
}

std::string describe(const GUID *guid)
{
    return guid ? win::guidToString(*guid) : std::string("NULL");
}

// Validates a handle as Windows does: NULL is a bad parameter, an unknown
// value a bad handle, and one from before a service restart is talking to
// nobody. Returns ERROR_SUCCESS for a live handle.
DWORD checkHandle(Service &s, HANDLE handle)
{
    if (!handle)
        return ERROR_INVALID_PARAMETER;
    const auto found = s.clients.find(handle);
    if (found == s.clients.end())
        return ERROR_INVALID_HANDLE;
    if (!s.running || found->second.generation != s.generation)
        return RPC_S_SERVER_UNAVAILABLE;
    return ERROR_SUCCESS;
}

// With AerialSimulationHoldCalls on, a call that changes something waits
// here, taken by the service and not yet answered, until the calls are let
// go or the service stops (and it then fails as the stopped service does).
void holdCall(Service &s, std::unique_lock<std::mutex> &lock)
{
    s.freed.wait(lock, [&] { return !s.holdCalls || !s.running; });
}

void *allocate(Service &s, std::size_t size)
{
    void *memory = HeapAlloc(GetProcessHeap(), HEAP_ZERO_MEMORY, size);
    if (memory)
        s.allocations.insert(memory);
    return memory;
}

DWORD win32Code(const sim::OperationResult &result)
{
    return result.error == sim::ErrorKind::None ? ERROR_SUCCESS : DWORD(result.nativeCode);
}

void copyName(WCHAR *target, std::size_t capacity, const std::string &utf8)
{
    const std::wstring wide = win::wideFromUtf8(utf8);
    const std::size_t length = std::min(wide.size(), capacity - 1);
    std::memcpy(target, wide.data(), length * sizeof(WCHAR));
    target[length] = L'\0';
}

std::string hexOf(const std::string &bytes)
{
    std::ostringstream hex;
    for (unsigned char c : bytes)
        hex << std::hex << std::uppercase << (c >> 4) << (c & 0xF);
    return hex.str();
}

void copySsid(DOT11_SSID &target, const std::string &ssid)
{
    target.uSSIDLength = ULONG(std::min<std::size_t>(ssid.size(), DOT11_SSID_MAX_LENGTH));
    std::memcpy(target.ucSSID, ssid.data(), target.uSSIDLength);
}

template<typename T>
Raw rawOf(DWORD source, DWORD code, const GUID &guid, const T &data)
{
    Raw raw{ source, code, guid, {}, false };
    raw.payload.resize(sizeof(T));
    std::memcpy(raw.payload.data(), &data, sizeof(T));
    return raw;
}

Raw connectionRaw(DWORD code, const GUID &guid, const std::string &profile, const std::string &ssid,
                  DWORD reasonCode)
{
    WLAN_CONNECTION_NOTIFICATION_DATA data{};
    data.wlanConnectionMode = wlan_connection_mode_profile;
    copyName(data.strProfileName, WLAN_MAX_NAME_LENGTH, profile);
    copySsid(data.dot11Ssid, ssid);
    data.dot11BssType = dot11_BSS_type_infrastructure;
    data.wlanReasonCode = reasonCode;
    return rawOf(WLAN_NOTIFICATION_SOURCE_ACM, code, guid, data);
}

Raw msmRaw(DWORD code, const GUID &guid, const std::string &profile, const std::string &ssid, DWORD reasonCode = 0)
{
    WLAN_MSM_NOTIFICATION_DATA data{};
    data.wlanConnectionMode = wlan_connection_mode_profile;
    copyName(data.strProfileName, WLAN_MAX_NAME_LENGTH, profile);
    copySsid(data.dot11Ssid, ssid);
    data.dot11BssType = dot11_BSS_type_infrastructure;
    data.wlanReasonCode = reasonCode;
    return rawOf(WLAN_NOTIFICATION_SOURCE_MSM, code, guid, data);
}

Raw bareRaw(DWORD source, DWORD code, const GUID &guid)
{
    return Raw{ source, code, guid, {}, false };
}

void deliveryLoop();

void ensureThread(Service &s)
{
    if (s.threadStarted)
        return;
    s.threadStarted = true;
    std::thread thread(deliveryLoop);
    s.deliveryThread = thread.get_id();
    thread.detach();
}

void queue(Service &s, Pending pending, int delayMs)
{
    pending.due = Clock::now() + std::chrono::milliseconds(delayMs);
    pending.order = s.order++;
    s.pending.push_back(std::move(pending));
    ensureThread(s);
    s.wake.notify_all();
}

// The WLAN notifications Windows sends for one step of the engine.
void schedule(Service &s, const sim::Notification &notification)
{
    const auto guid = s.guids.find(notification.interfaceId);
    if (guid == s.guids.end())
        return;
    const GUID &id = guid->second;
    Pending pending;
    pending.interfaceId = notification.interfaceId;
    switch (notification.kind) {
    case sim::Notification::Kind::StateChanged: {
        const Visible &before = s.visible[notification.interfaceId];
        pending.updatesState = true;
        pending.state = Visible{ notification.state, notification.profile, notification.ssid, notification.signal };
        switch (notification.state) {
        case sim::InterfaceState::Associating:
            pending.notifications.push_back(connectionRaw(wlan_notification_acm_connection_start, id,
                                                          notification.profile, notification.ssid, 0));
            pending.notifications.push_back(
                msmRaw(wlan_notification_msm_associating, id, notification.profile, notification.ssid));
            break;
        case sim::InterfaceState::Authenticating:
            pending.notifications.push_back(
                msmRaw(wlan_notification_msm_associated, id, notification.profile, notification.ssid));
            pending.notifications.push_back(
                msmRaw(wlan_notification_msm_authenticating, id, notification.profile, notification.ssid));
            break;
        case sim::InterfaceState::Connected:
            pending.notifications.push_back(
                msmRaw(wlan_notification_msm_connected, id, notification.profile, notification.ssid));
            pending.notifications.push_back(
                rawOf(WLAN_NOTIFICATION_SOURCE_MSM, wlan_notification_msm_signal_quality_change, id,
                      ULONG(notification.signal)));
            break;
        case sim::InterfaceState::Disconnecting:
            pending.notifications.push_back(
                connectionRaw(wlan_notification_acm_disconnecting, id, before.profile, before.ssid, 0));
            pending.notifications.push_back(
                msmRaw(wlan_notification_msm_disassociating, id, before.profile, before.ssid));
            break;
        case sim::InterfaceState::Disconnected:
            if (before.state == sim::InterfaceState::Disconnected)
                break; // the radio went off while idle: nothing dropped
            pending.notifications.push_back(
                msmRaw(wlan_notification_msm_disconnected, id, before.profile, before.ssid));
            pending.notifications.push_back(
                connectionRaw(wlan_notification_acm_disconnected, id, before.profile, before.ssid, 0));
            break;
        default:
            break;
        }
        break;
    }
    case sim::Notification::Kind::NetworksChanged:
        return; // the scan's completion says it
    case sim::Notification::Kind::OperationCompleted: {
        const sim::OperationResult &result = notification.result;
        if (result.operation == sim::Operation::Connect) {
            const bool failed = result.error != sim::ErrorKind::None;
            const DWORD reasonCode = failed ? DWORD(result.nativeCode) : WLAN_REASON_CODE_SUCCESS;
            if (failed)
                pending.notifications.push_back(connectionRaw(wlan_notification_acm_connection_attempt_fail, id,
                                                              result.profile, {}, reasonCode));
            pending.notifications.push_back(
                connectionRaw(wlan_notification_acm_connection_complete, id, result.profile, {}, reasonCode));
        } else if (result.operation == sim::Operation::Scan) {
            pending.notifications.push_back(bareRaw(WLAN_NOTIFICATION_SOURCE_ACM, wlan_notification_acm_scan_complete, id));
        }
        break;
    }
    }
    if (!pending.notifications.empty() || pending.updatesState)
        queue(s, std::move(pending), notification.delayMs);
}

// A later operation on an interface replaces the steps an earlier one still
// had to deliver, as the Qt simulated backend does; completions stay.
void supersede(Service &s, const std::string &interfaceId)
{
    s.pending.erase(std::remove_if(s.pending.begin(), s.pending.end(),
                                   [&](const Pending &p) { return p.interfaceId == interfaceId && p.updatesState; }),
                    s.pending.end());
}

void deliver(Service &s, std::unique_lock<std::mutex> &lock, Pending pending)
{
    if (pending.updatesState && s.visible.count(pending.interfaceId))
        s.visible[pending.interfaceId] = pending.state;
    for (Raw &raw : pending.notifications) {
        std::vector<HANDLE> targets;
        for (const auto &[handle, client] : s.clients) {
            if ((client.sources & raw.source) && client.callback)
                targets.push_back(handle);
        }
        for (HANDLE handle : targets) {
            // Re-checked for each callback: a handle closed meanwhile gets nothing.
            const auto client = s.clients.find(handle);
            if (client == s.clients.end() || !(client->second.sources & raw.source) || !client->second.callback
                || client->second.generation != s.generation || !s.running)
                continue;
            const WLAN_NOTIFICATION_CALLBACK callback = client->second.callback;
            void *context = client->second.context;
            WLAN_NOTIFICATION_DATA data{};
            data.NotificationSource = raw.source;
            data.NotificationCode = raw.code;
            data.InterfaceGuid = raw.guid;
            data.dwDataSize = DWORD(raw.payload.size());
            // A copy per callback, as the service gives each its own buffer.
            std::vector<unsigned char> buffer = raw.payload;
            data.pData = raw.nullData || buffer.empty() ? nullptr : buffer.data();
            std::unique_lock delivering(s.delivering);
            lock.unlock();
            callback(&data, context);
            delivering.unlock();
            lock.lock();
        }
    }
}

void deliveryLoop()
{
    Service &s = service();
    std::unique_lock lock(s.mutex);
    for (;;) {
        if (s.pending.empty()) {
            s.wake.wait(lock);
            continue;
        }
        const auto next = std::min_element(s.pending.begin(), s.pending.end(), [](const Pending &a, const Pending &b) {
            return a.due != b.due ? a.due < b.due : a.order < b.order;
        });
        if (next->due > Clock::now()) {
            s.wake.wait_until(lock, next->due);
            continue;
        }
        Pending pending = std::move(*next);
        s.pending.erase(next);
        deliver(s, lock, std::move(pending));
    }
}

DWORD refuseOrInterface(Service &s, HANDLE handle, const GUID *guid, PVOID reserved, std::string *id)
{
    const DWORD valid = checkHandle(s, handle);
    if (valid == ERROR_INVALID_PARAMETER || !guid || reserved)
        return ERROR_INVALID_PARAMETER;
    if (valid != ERROR_SUCCESS)
        return valid;
    if (!s.engine)
        return ERROR_INVALID_PARAMETER;
    *id = idFor(s, *guid);
    if (id->empty() || !s.engine->findInterface(*id))
        return ERROR_INVALID_PARAMETER;
    return ERROR_SUCCESS;
}

void runOutcome(Service &s, const std::string &id, const sim::Outcome &outcome, bool replacesSteps)
{
    if (outcome.result.error != sim::ErrorKind::None)
        return;
    if (replacesSteps)
        supersede(s, id);
    for (const sim::Notification &notification : outcome.notifications)
        schedule(s, notification);
}

DOT11_AUTH_ALGORITHM algorithmFor(sim::Security security)
{
    switch (security) {
    case sim::Security::Open: return DOT11_AUTH_ALGO_80211_OPEN;
    case sim::Security::Wep: return DOT11_AUTH_ALGO_80211_SHARED_KEY;
    case sim::Security::Wpa2Personal: return DOT11_AUTH_ALGO_RSNA_PSK;
    case sim::Security::Wpa3Personal: return DOT11_AUTH_ALGORITHM(DOT11_AUTH_ALGO_WPA3_SAE);
    case sim::Security::Wpa2Enterprise: return DOT11_AUTH_ALGO_RSNA;
    case sim::Security::Wpa3Enterprise: return DOT11_AUTH_ALGORITHM(DOT11_AUTH_ALGO_WPA3_ENT);
    case sim::Security::Owe: return DOT11_AUTH_ALGORITHM(DOT11_AUTH_ALGO_OWE);
    }
    return DOT11_AUTH_ALGO_80211_OPEN;
}

bool isLinked(sim::InterfaceState state)
{
    return state == sim::InterfaceState::Connected || state == sim::InterfaceState::Associating
           || state == sim::InterfaceState::Authenticating;
}

} // namespace

extern "C" {

DWORD WINAPI WlanOpenHandle(DWORD dwClientVersion, PVOID pReserved, PDWORD pdwNegotiatedVersion,
                            PHANDLE phClientHandle)
{
    Service &s = service();
    std::lock_guard lock(s.mutex);
    record(s, "WlanOpenHandle " + std::to_string(dwClientVersion));
    // Windows checks the service before the version.
    if (!s.running)
        return ERROR_SERVICE_NOT_ACTIVE;
    if (pReserved || !pdwNegotiatedVersion || !phClientHandle)
        return ERROR_INVALID_PARAMETER;
    if (dwClientVersion != 1 && dwClientVersion != 2)
        return ERROR_NOT_SUPPORTED;
    const HANDLE handle = reinterpret_cast<HANDLE>(s.nextHandle++);
    s.clients[handle] = Client{ s.generation, WLAN_NOTIFICATION_SOURCE_NONE, nullptr, nullptr };
    *pdwNegotiatedVersion = dwClientVersion;
    *phClientHandle = handle;
    return ERROR_SUCCESS;
}

DWORD WINAPI WlanCloseHandle(HANDLE hClientHandle, PVOID pReserved)
{
    Service &s = service();
    std::unique_lock lock(s.mutex);
    record(s, "WlanCloseHandle");
    if (!hClientHandle || pReserved)
        return ERROR_INVALID_PARAMETER; // and the handle stays valid
    if (!s.clients.count(hClientHandle))
        return ERROR_INVALID_HANDLE;
    // Real wlanapi never returns from a close inside its callback; fail fast
    // so that a test sees the mistake instead of hanging.
    if (std::this_thread::get_id() == s.deliveryThread) {
        record(s, "WlanCloseHandle from inside the callback");
        return ERROR_INVALID_STATE;
    }
    s.clients.erase(hClientHandle);
    lock.unlock();
    // Waits for a callback that is running; queued ones find the handle gone.
    std::lock_guard wait(s.delivering);
    return ERROR_SUCCESS;
}

PVOID WINAPI WlanAllocateMemory(DWORD dwMemorySize)
{
    Service &s = service();
    std::lock_guard lock(s.mutex);
    if (dwMemorySize == 0) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return nullptr;
    }
    return allocate(s, dwMemorySize);
}

VOID WINAPI WlanFreeMemory(PVOID pMemory)
{
    Service &s = service();
    std::lock_guard lock(s.mutex);
    if (!pMemory)
        return;
    if (!s.allocations.erase(pMemory)) {
        ++s.badFrees; // a double free or a pointer not ours: counted, not freed
        return;
    }
    HeapFree(GetProcessHeap(), 0, pMemory);
}

DWORD WINAPI WlanEnumInterfaces(HANDLE hClientHandle, PVOID pReserved, PWLAN_INTERFACE_INFO_LIST *ppInterfaceList)
{
    Service &s = service();
    std::lock_guard lock(s.mutex);
    record(s, "WlanEnumInterfaces");
    const DWORD valid = checkHandle(s, hClientHandle);
    if (valid == ERROR_INVALID_PARAMETER || pReserved || !ppInterfaceList)
        return ERROR_INVALID_PARAMETER; // the out-pointer stays untouched
    if (valid != ERROR_SUCCESS)
        return valid;
    const std::size_t count = s.engine ? s.engine->scenario().interfaces.size() : 0;
    auto *list = static_cast<WLAN_INTERFACE_INFO_LIST *>(
        allocate(s, sizeof(WLAN_INTERFACE_INFO_LIST) + count * sizeof(WLAN_INTERFACE_INFO)));
    if (!list)
        return ERROR_NOT_ENOUGH_MEMORY;
    list->dwNumberOfItems = DWORD(count);
    for (std::size_t i = 0; i < count; ++i) {
        const sim::Interface &iface = s.engine->scenario().interfaces[i];
        WLAN_INTERFACE_INFO &info = list->InterfaceInfo[i];
        info.InterfaceGuid = s.guids[iface.id];
        copyName(info.strInterfaceDescription, std::size(info.strInterfaceDescription), iface.description);
        info.isState = WLAN_INTERFACE_STATE(s.visible[iface.id].state);
    }
    *ppInterfaceList = list;
    return ERROR_SUCCESS;
}

DWORD WINAPI WlanRegisterNotification(HANDLE hClientHandle, DWORD dwNotifSource, WINBOOL bIgnoreDuplicate,
                                      WLAN_NOTIFICATION_CALLBACK funcCallback, PVOID pCallbackContext,
                                      PVOID pReserved, PDWORD pdwPrevNotifSource)
{
    (void)bIgnoreDuplicate;
    Service &s = service();
    std::unique_lock lock(s.mutex);
    record(s, "WlanRegisterNotification " + std::to_string(dwNotifSource));
    const DWORD valid = checkHandle(s, hClientHandle);
    if (valid == ERROR_INVALID_PARAMETER || pReserved)
        return ERROR_INVALID_PARAMETER;
    if (valid != ERROR_SUCCESS)
        return valid;
    if (dwNotifSource != WLAN_NOTIFICATION_SOURCE_NONE && !funcCallback)
        return ERROR_INVALID_PARAMETER;
    Client &client = s.clients[hClientHandle];
    if (pdwPrevNotifSource)
        *pdwPrevNotifSource = client.sources;
    // A new registration replaces the old one, mask and all.
    client.sources = dwNotifSource;
    client.callback = dwNotifSource == WLAN_NOTIFICATION_SOURCE_NONE ? nullptr : funcCallback;
    client.context = pCallbackContext;
    if (dwNotifSource == WLAN_NOTIFICATION_SOURCE_NONE) {
        if (std::this_thread::get_id() == s.deliveryThread) {
            record(s, "WlanRegisterNotification NONE from inside the callback");
            return ERROR_INVALID_STATE;
        }
        lock.unlock();
        std::lock_guard wait(s.delivering);
    }
    return ERROR_SUCCESS;
}

DWORD WINAPI WlanQueryInterface(HANDLE hClientHandle, const GUID *pInterfaceGuid, WLAN_INTF_OPCODE OpCode,
                                PVOID pReserved, PDWORD pdwDataSize, PVOID *ppData,
                                PWLAN_OPCODE_VALUE_TYPE pWlanOpcodeValueType)
{
    Service &s = service();
    std::lock_guard lock(s.mutex);
    record(s, "WlanQueryInterface " + describe(pInterfaceGuid) + " " + std::to_string(int(OpCode)));
    std::string id;
    const DWORD refused = refuseOrInterface(s, hClientHandle, pInterfaceGuid, pReserved, &id);
    if (refused != ERROR_SUCCESS)
        return refused;
    if (!pdwDataSize || !ppData)
        return ERROR_INVALID_PARAMETER;
    if (pWlanOpcodeValueType)
        *pWlanOpcodeValueType = wlan_opcode_value_type_query_only;
    const Visible &now = s.visible[id];
    switch (OpCode) {
    case wlan_intf_opcode_interface_state: {
        auto *state = static_cast<WLAN_INTERFACE_STATE *>(allocate(s, sizeof(WLAN_INTERFACE_STATE)));
        *state = WLAN_INTERFACE_STATE(now.state);
        *pdwDataSize = sizeof *state;
        *ppData = state;
        return ERROR_SUCCESS;
    }
    case wlan_intf_opcode_radio_state: {
        auto *radio = static_cast<WLAN_RADIO_STATE *>(allocate(s, sizeof(WLAN_RADIO_STATE)));
        const bool hardware = s.engine->findInterface(id)->hardwareRadioOn;
        radio->dwNumberOfPhys = PhyCount;
        for (DWORD phy = 0; phy < PhyCount; ++phy) {
            radio->PhyRadioState[phy].dwPhyIndex = phy;
            radio->PhyRadioState[phy].dot11SoftwareRadioState =
                s.phys[id][phy] ? dot11_radio_state_on : dot11_radio_state_off;
            radio->PhyRadioState[phy].dot11HardwareRadioState = hardware ? dot11_radio_state_on : dot11_radio_state_off;
        }
        *pdwDataSize = sizeof *radio;
        *ppData = radio;
        return ERROR_SUCCESS;
    }
    case wlan_intf_opcode_current_connection: {
        const sim::OperationResult read = s.engine->queryConnection(id);
        if (read.error != sim::ErrorKind::None)
            return win32Code(read);
        if (!isLinked(now.state))
            return ERROR_INVALID_STATE;
        auto *attributes = static_cast<WLAN_CONNECTION_ATTRIBUTES *>(allocate(s, sizeof(WLAN_CONNECTION_ATTRIBUTES)));
        attributes->isState = WLAN_INTERFACE_STATE(now.state);
        attributes->wlanConnectionMode = wlan_connection_mode_profile;
        copyName(attributes->strProfileName, std::size(attributes->strProfileName), now.profile);
        copySsid(attributes->wlanAssociationAttributes.dot11Ssid, now.ssid);
        attributes->wlanAssociationAttributes.wlanSignalQuality = ULONG(now.signal);
        *pdwDataSize = sizeof *attributes;
        *ppData = attributes;
        return ERROR_SUCCESS;
    }
    default:
        return ERROR_NOT_SUPPORTED;
    }
}

DWORD WINAPI WlanGetAvailableNetworkList(HANDLE hClientHandle, const GUID *pInterfaceGuid, DWORD dwFlags,
                                         PVOID pReserved, PWLAN_AVAILABLE_NETWORK_LIST *ppAvailableNetworkList)
{
    (void)dwFlags;
    Service &s = service();
    std::lock_guard lock(s.mutex);
    record(s, "WlanGetAvailableNetworkList " + describe(pInterfaceGuid));
    std::string id;
    const DWORD refused = refuseOrInterface(s, hClientHandle, pInterfaceGuid, pReserved, &id);
    if (refused != ERROR_SUCCESS)
        return refused;
    if (!ppAvailableNetworkList)
        return ERROR_INVALID_PARAMETER;
    std::vector<sim::Network> networks;
    const sim::OperationResult read = s.engine->listNetworks(id, &networks);
    if (read.error != sim::ErrorKind::None)
        return win32Code(read);
    // Windows lists a network with a profile twice: once by the profile and
    // once bare. Aerial merges them.
    std::vector<std::pair<const sim::Network *, bool>> entries;
    for (const sim::Network &network : networks) {
        if (!network.profile.empty())
            entries.emplace_back(&network, true);
        entries.emplace_back(&network, false);
    }
    auto *list = static_cast<WLAN_AVAILABLE_NETWORK_LIST *>(
        allocate(s, sizeof(WLAN_AVAILABLE_NETWORK_LIST) + entries.size() * sizeof(WLAN_AVAILABLE_NETWORK)));
    list->dwNumberOfItems = DWORD(entries.size());
    const Visible &now = s.visible[id];
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const sim::Network &network = *entries[i].first;
        const bool withProfile = entries[i].second;
        WLAN_AVAILABLE_NETWORK &entry = list->Network[i];
        if (withProfile) {
            copyName(entry.strProfileName, std::size(entry.strProfileName), network.profile);
            entry.dwFlags |= WLAN_AVAILABLE_NETWORK_HAS_PROFILE;
            if (now.state == sim::InterfaceState::Connected && now.profile == network.profile)
                entry.dwFlags |= WLAN_AVAILABLE_NETWORK_CONNECTED;
        }
        copySsid(entry.dot11Ssid, network.ssid);
        entry.dot11BssType = dot11_BSS_type_infrastructure;
        entry.uNumberOfBssids = 1;
        entry.bNetworkConnectable = TRUE;
        entry.wlanSignalQuality = ULONG(network.signal);
        entry.bSecurityEnabled = network.security != sim::Security::Open && network.security != sim::Security::Owe;
        entry.dot11DefaultAuthAlgorithm = algorithmFor(network.security);
        entry.dot11DefaultCipherAlgorithm = network.security == sim::Security::Open ? DOT11_CIPHER_ALGO_NONE
                                            : network.security == sim::Security::Wep ? DOT11_CIPHER_ALGO_WEP
                                                                                     : DOT11_CIPHER_ALGO_CCMP;
    }
    *ppAvailableNetworkList = list;
    return ERROR_SUCCESS;
}

DWORD WINAPI WlanGetProfileList(HANDLE hClientHandle, const GUID *pInterfaceGuid, PVOID pReserved,
                                PWLAN_PROFILE_INFO_LIST *ppProfileList)
{
    Service &s = service();
    std::lock_guard lock(s.mutex);
    record(s, "WlanGetProfileList " + describe(pInterfaceGuid));
    std::string id;
    const DWORD refused = refuseOrInterface(s, hClientHandle, pInterfaceGuid, pReserved, &id);
    if (refused != ERROR_SUCCESS)
        return refused;
    if (!ppProfileList)
        return ERROR_INVALID_PARAMETER;
    const auto &profiles = s.engine->scenario().profiles;
    auto *list = static_cast<WLAN_PROFILE_INFO_LIST *>(
        allocate(s, sizeof(WLAN_PROFILE_INFO_LIST) + profiles.size() * sizeof(WLAN_PROFILE_INFO)));
    list->dwNumberOfItems = DWORD(profiles.size());
    for (std::size_t i = 0; i < profiles.size(); ++i) {
        copyName(list->ProfileInfo[i].strProfileName, std::size(list->ProfileInfo[i].strProfileName),
                 profiles[i].name);
        list->ProfileInfo[i].dwFlags = profiles[i].groupPolicy ? WLAN_PROFILE_GROUP_POLICY
                                       : profiles[i].allUsers  ? 0
                                                               : WLAN_PROFILE_USER;
    }
    *ppProfileList = list;
    return ERROR_SUCCESS;
}

DWORD WINAPI WlanGetProfile(HANDLE hClientHandle, const GUID *pInterfaceGuid, LPCWSTR strProfileName,
                            PVOID pReserved, LPWSTR *pstrProfileXml, DWORD *pdwFlags, PDWORD pdwGrantedAccess)
{
    Service &s = service();
    std::lock_guard lock(s.mutex);
    const std::string name = strProfileName ? win::utf8FromWide(strProfileName, WLAN_MAX_NAME_LENGTH) : std::string();
    record(s, "WlanGetProfile " + describe(pInterfaceGuid) + " " + name);
    std::string id;
    const DWORD refused = refuseOrInterface(s, hClientHandle, pInterfaceGuid, pReserved, &id);
    if (refused != ERROR_SUCCESS)
        return refused;
    if (!strProfileName || !pstrProfileXml)
        return ERROR_INVALID_PARAMETER;
    const sim::Profile *profile = s.engine->findProfile(name);
    if (!profile)
        return ERROR_NOT_FOUND;
    // WLAN_PROFILE_GET_PLAINTEXT_KEY is honoured for administrators only;
    // this account is not one, so the key stays protected either way.
    const std::wstring xml = win::wideFromUtf8(simwlan::writeStoredProfile(simwlan::withEffectiveKey(*s.engine, *profile)));
    auto *text = static_cast<WCHAR *>(allocate(s, (xml.size() + 1) * sizeof(WCHAR)));
    if (!text)
        return ERROR_NOT_ENOUGH_MEMORY;
    std::memcpy(text, xml.c_str(), (xml.size() + 1) * sizeof(WCHAR));
    *pstrProfileXml = text;
    if (pdwFlags)
        *pdwFlags = profile->groupPolicy ? WLAN_PROFILE_GROUP_POLICY : profile->allUsers ? 0 : WLAN_PROFILE_USER;
    if (pdwGrantedAccess) {
        // READ ⊂ EXECUTE ⊂ WRITE (wlanapi.h); group policy grants no WRITE.
        DWORD access = 0x00020001; // WLAN_READ_ACCESS
        if (profile->userCanExecute)
            access |= 0x00020021; // WLAN_EXECUTE_ACCESS
        if (profile->userCanExecute && profile->userCanWrite && !profile->groupPolicy)
            access |= 0x00070023; // WLAN_WRITE_ACCESS
        *pdwGrantedAccess = access;
    }
    return ERROR_SUCCESS;
}

DWORD WINAPI WlanSetProfile(HANDLE hClientHandle, const GUID *pInterfaceGuid, DWORD dwFlags, LPCWSTR strProfileXml,
                            LPCWSTR strAllUserProfileSecurity, WINBOOL bOverwrite, PVOID pReserved,
                            DWORD *pdwReasonCode)
{
    (void)strAllUserProfileSecurity; // the simulation keeps no descriptors
    Service &s = service();
    std::unique_lock lock(s.mutex);
    holdCall(s, lock);
    const std::string xml = strProfileXml ? win::utf8FromWide(strProfileXml, std::wcslen(strProfileXml)) : std::string();
    std::string id;
    DWORD refused = refuseOrInterface(s, hClientHandle, pInterfaceGuid, pReserved, &id);
    if (refused == ERROR_SUCCESS && (!strProfileXml || !pdwReasonCode || (dwFlags & ~DWORD(WLAN_PROFILE_GROUP_POLICY | WLAN_PROFILE_USER))))
        refused = ERROR_INVALID_PARAMETER;
    if (refused != ERROR_SUCCESS) {
        record(s, "WlanSetProfile " + describe(pInterfaceGuid) + " refused");
        return refused;
    }
    *pdwReasonCode = WLAN_REASON_CODE_SUCCESS;
    const simwlan::ReadProfile read = simwlan::readProfile(xml);
    if (!read.ok) {
        record(s, "WlanSetProfile " + describe(pInterfaceGuid) + " bad: " + read.reason);
        *pdwReasonCode = read.reasonCode;
        return ERROR_BAD_PROFILE;
    }
    // What the service received, for the tests: flags, overwrite, the name
    // and the SSID's bytes in hex, the connection mode and nonBroadcast, and
    // the key masked: only its length, so that the log holds no secret.
    std::ostringstream call;
    call << "WlanSetProfile " << describe(pInterfaceGuid) << " flags=" << dwFlags << " overwrite=" << (bOverwrite ? 1 : 0)
         << " name=" << sim::printable(read.profile.name) << " ssid=" << hexOf(read.profile.ssid)
         << " mode=" << (read.profile.autoConnect ? "auto" : "manual") << " hidden=" << read.profile.nonBroadcast
         << " security=" << sim::toString(read.profile.security) << " key="
         << (read.profile.hasPassphrase ? "<" + std::to_string(read.profile.passphrase.size()) + " characters>" : "none");
    record(s, call.str());
    // Only group policy makes group-policy profiles.
    if (dwFlags & WLAN_PROFILE_GROUP_POLICY)
        return ERROR_ACCESS_DENIED;
    sim::Profile profile = read.profile;
    profile.allUsers = !(dwFlags & WLAN_PROFILE_USER);
    const sim::OperationResult saved = s.engine->setProfile(id, profile, bOverwrite != FALSE);
    if (saved.error == sim::ErrorKind::BadProfile) {
        *pdwReasonCode = saved.nativeCode;
        return ERROR_BAD_PROFILE;
    }
    if (saved.error != sim::ErrorKind::None)
        return win32Code(saved);
    Pending changed;
    changed.interfaceId = id;
    changed.notifications.push_back(bareRaw(WLAN_NOTIFICATION_SOURCE_ACM, wlan_notification_acm_profile_change, s.guids[id]));
    queue(s, std::move(changed), 0);
    return ERROR_SUCCESS;
}

DWORD WINAPI WlanDeleteProfile(HANDLE hClientHandle, const GUID *pInterfaceGuid, LPCWSTR strProfileName,
                               PVOID pReserved)
{
    Service &s = service();
    std::unique_lock lock(s.mutex);
    holdCall(s, lock);
    const std::string name = strProfileName ? win::utf8FromWide(strProfileName, WLAN_MAX_NAME_LENGTH) : std::string();
    record(s, "WlanDeleteProfile " + describe(pInterfaceGuid) + " " + name);
    std::string id;
    const DWORD refused = refuseOrInterface(s, hClientHandle, pInterfaceGuid, pReserved, &id);
    if (refused != ERROR_SUCCESS)
        return refused;
    if (!strProfileName)
        return ERROR_INVALID_PARAMETER;
    const sim::Outcome outcome = s.engine->deleteProfile(id, name);
    runOutcome(s, id, outcome, false);
    if (outcome.result.error == sim::ErrorKind::None) {
        Pending changed;
        changed.interfaceId = id;
        changed.notifications.push_back(
            bareRaw(WLAN_NOTIFICATION_SOURCE_ACM, wlan_notification_acm_profile_change, s.guids[id]));
        queue(s, std::move(changed), 0);
    }
    return win32Code(outcome.result);
}

DWORD WINAPI WlanSetInterface(HANDLE hClientHandle, const GUID *pInterfaceGuid, WLAN_INTF_OPCODE OpCode,
                              DWORD dwDataSize, const PVOID pData, PVOID pReserved)
{
    Service &s = service();
    std::unique_lock lock(s.mutex);
    holdCall(s, lock);
    std::string call = "WlanSetInterface " + describe(pInterfaceGuid) + " " + std::to_string(int(OpCode));
    std::string id;
    DWORD refused = refuseOrInterface(s, hClientHandle, pInterfaceGuid, pReserved, &id);
    if (refused == ERROR_SUCCESS && (!pData || dwDataSize == 0))
        refused = ERROR_INVALID_PARAMETER;
    if (refused == ERROR_SUCCESS && OpCode != wlan_intf_opcode_radio_state)
        refused = ERROR_NOT_SUPPORTED; // the simulation sets the radio only
    if (refused == ERROR_SUCCESS && dwDataSize < sizeof(WLAN_PHY_RADIO_STATE))
        refused = ERROR_INVALID_PARAMETER;
    if (refused != ERROR_SUCCESS) {
        record(s, call);
        return refused;
    }
    const auto *wanted = static_cast<const WLAN_PHY_RADIO_STATE *>(pData);
    const bool on = wanted->dot11SoftwareRadioState == dot11_radio_state_on;
    record(s, call + " phy=" + std::to_string(wanted->dwPhyIndex) + (on ? " on" : " off"));
    if (wanted->dwPhyIndex >= PhyCount
        || (wanted->dot11SoftwareRadioState != dot11_radio_state_on && wanted->dot11SoftwareRadioState != dot11_radio_state_off))
        return ERROR_INVALID_PARAMETER;
    const sim::Interface *iface = s.engine->findInterface(id);
    if (on && !iface->hardwareRadioOn)
        return ERROR_INVALID_STATE; // a hardware switch cannot be overridden
    Phys phys = s.phys[id];
    phys[wanted->dwPhyIndex] = on;
    const bool anyOn = std::find(phys.begin(), phys.end(), true) != phys.end();
    if (anyOn != iface->radioOn) {
        const sim::Outcome outcome = s.engine->setRadio(id, anyOn);
        if (outcome.result.error != sim::ErrorKind::None)
            return win32Code(outcome.result);
        runOutcome(s, id, outcome, true);
    }
    const bool changed = s.phys[id][wanted->dwPhyIndex] != on;
    s.phys[id] = phys;
    if (changed) {
        WLAN_PHY_RADIO_STATE state{};
        state.dwPhyIndex = wanted->dwPhyIndex;
        state.dot11SoftwareRadioState = on ? dot11_radio_state_on : dot11_radio_state_off;
        state.dot11HardwareRadioState = iface->hardwareRadioOn ? dot11_radio_state_on : dot11_radio_state_off;
        Pending notice;
        notice.interfaceId = id;
        notice.notifications.push_back(
            rawOf(WLAN_NOTIFICATION_SOURCE_MSM, wlan_notification_msm_radio_state_change, s.guids[id], state));
        queue(s, std::move(notice), 0);
    }
    return ERROR_SUCCESS;
}

DWORD WINAPI WlanConnect(HANDLE hClientHandle, const GUID *pInterfaceGuid,
                         const PWLAN_CONNECTION_PARAMETERS pConnectionParameters, PVOID pReserved)
{
    Service &s = service();
    std::unique_lock lock(s.mutex);
    holdCall(s, lock);
    const std::string profile = pConnectionParameters && pConnectionParameters->strProfile
                                    ? win::utf8FromWide(pConnectionParameters->strProfile, WLAN_MAX_NAME_LENGTH)
                                    : std::string();
    record(s, "WlanConnect " + describe(pInterfaceGuid) + " " + profile);
    std::string id;
    const DWORD refused = refuseOrInterface(s, hClientHandle, pInterfaceGuid, pReserved, &id);
    if (refused != ERROR_SUCCESS)
        return refused;
    if (!pConnectionParameters || pConnectionParameters->wlanConnectionMode != wlan_connection_mode_profile
        || profile.empty())
        return ERROR_INVALID_PARAMETER;
    const sim::Outcome outcome = s.engine->connect(id, profile);
    runOutcome(s, id, outcome, true);
    return win32Code(outcome.result);
}

DWORD WINAPI WlanDisconnect(HANDLE hClientHandle, const GUID *pInterfaceGuid, PVOID pReserved)
{
    Service &s = service();
    std::unique_lock lock(s.mutex);
    holdCall(s, lock);
    record(s, "WlanDisconnect " + describe(pInterfaceGuid));
    std::string id;
    const DWORD refused = refuseOrInterface(s, hClientHandle, pInterfaceGuid, pReserved, &id);
    if (refused != ERROR_SUCCESS)
        return refused;
    const sim::Outcome outcome = s.engine->disconnect(id);
    runOutcome(s, id, outcome, true);
    return win32Code(outcome.result);
}

DWORD WINAPI WlanScan(HANDLE hClientHandle, const GUID *pInterfaceGuid, const PDOT11_SSID pDot11Ssid,
                      const PWLAN_RAW_DATA pIeData, PVOID pReserved)
{
    (void)pDot11Ssid;
    (void)pIeData;
    Service &s = service();
    std::unique_lock lock(s.mutex);
    holdCall(s, lock);
    record(s, "WlanScan " + describe(pInterfaceGuid));
    std::string id;
    const DWORD refused = refuseOrInterface(s, hClientHandle, pInterfaceGuid, pReserved, &id);
    if (refused != ERROR_SUCCESS)
        return refused;
    const sim::Outcome outcome = s.engine->scan(id);
    runOutcome(s, id, outcome, false);
    return win32Code(outcome.result);
}

DWORD WINAPI WlanReasonCodeToString(DWORD dwReasonCode, DWORD dwBufferSize, PWCHAR pStringBuffer, PVOID pReserved)
{
    Service &s = service();
    std::lock_guard lock(s.mutex);
    record(s, "WlanReasonCodeToString " + std::to_string(dwReasonCode));
    if (dwBufferSize == 0 || !pStringBuffer || pReserved)
        return ERROR_INVALID_PARAMETER;
    std::ostringstream text;
    text << "The simulated service failed with reason 0x" << std::hex << std::uppercase << dwReasonCode << ".";
    copyName(pStringBuffer, dwBufferSize, text.str());
    return ERROR_SUCCESS;
}

// ---- test controls (simulationcontrol.h) ----

DWORD WINAPI AerialSimulationLoad(const char *json, char *error, DWORD errorSize)
{
    Service &s = service();
    std::lock_guard lock(s.mutex);
    auto fail = [&](const std::string &message) {
        if (error && errorSize) {
            const std::size_t length = std::min<std::size_t>(message.size(), errorSize - 1);
            std::memcpy(error, message.data(), length);
            error[length] = '\0';
        }
        return DWORD(ERROR_INVALID_DATA);
    };
    if (!json)
        return fail("no scenario text");
    const std::string problem = load(s, json, "scenario");
    return problem.empty() ? DWORD(ERROR_SUCCESS) : fail(problem);
}

DWORD WINAPI AerialSimulationSetServiceRunning(BOOL running)
{
    Service &s = service();
    std::lock_guard lock(s.mutex);
    record(s, running ? "(service started)" : "(service stopped)");
    if (s.running && !running) {
        s.pending.clear();
        ++s.generation; // every open handle now talks to nobody
    }
    s.running = running;
    s.freed.notify_all();
    return ERROR_SUCCESS;
}

DWORD WINAPI AerialSimulationHoldCalls(BOOL hold)
{
    Service &s = service();
    std::lock_guard lock(s.mutex);
    s.holdCalls = hold;
    s.freed.notify_all();
    return ERROR_SUCCESS;
}

DWORD WINAPI AerialSimulationRemoveInterface(const char *guid)
{
    Service &s = service();
    std::lock_guard lock(s.mutex);
    const std::string id = guid ? std::string(guid) : std::string();
    GUID parsed;
    if (!s.engine || !win::guidFromString(id, &parsed) || !s.engine->removeInterface(idFor(s, parsed)))
        return ERROR_NOT_FOUND;
    const std::string engineId = idFor(s, parsed);
    record(s, "(interface removed) " + id);
    s.pending.erase(std::remove_if(s.pending.begin(), s.pending.end(),
                                   [&](const Pending &p) { return p.interfaceId == engineId; }),
                    s.pending.end());
    s.visible.erase(engineId);
    s.guids.erase(engineId);
    Pending removal;
    removal.notifications.push_back(bareRaw(WLAN_NOTIFICATION_SOURCE_ACM, wlan_notification_acm_interface_removal, parsed));
    queue(s, std::move(removal), 0);
    return ERROR_SUCCESS;
}

DWORD WINAPI AerialSimulationInject(DWORD source, DWORD code, const char *guid, const void *data, DWORD dataSize,
                                    DWORD delayMs)
{
    Service &s = service();
    std::lock_guard lock(s.mutex);
    GUID parsed{};
    if (guid && !win::guidFromString(guid, &parsed))
        return ERROR_INVALID_PARAMETER;
    Raw raw{ source, code, parsed, {}, data == nullptr };
    if (data) {
        raw.payload.assign(static_cast<const unsigned char *>(data), static_cast<const unsigned char *>(data) + dataSize);
    } else {
        raw.payload.resize(dataSize); // dwDataSize claims bytes that pData does not have
    }
    Pending pending;
    pending.notifications.push_back(std::move(raw));
    queue(s, std::move(pending), int(delayMs));
    return ERROR_SUCCESS;
}

DWORD WINAPI AerialSimulationCallLog(char *buffer, DWORD size)
{
    Service &s = service();
    std::lock_guard lock(s.mutex);
    std::string text;
    for (const std::string &call : s.calls)
        text += call + "\n";
    if (buffer && size) {
        const std::size_t length = std::min<std::size_t>(text.size(), size - 1);
        std::memcpy(buffer, text.data(), length);
        buffer[length] = '\0';
    }
    return DWORD(text.size() + 1);
}

void WINAPI AerialSimulationClearCallLog()
{
    Service &s = service();
    std::lock_guard lock(s.mutex);
    s.calls.clear();
}

LONG WINAPI AerialSimulationOutstandingAllocations()
{
    Service &s = service();
    std::lock_guard lock(s.mutex);
    return LONG(s.allocations.size());
}

LONG WINAPI AerialSimulationBadFrees()
{
    Service &s = service();
    std::lock_guard lock(s.mutex);
    return s.badFrees;
}

DWORD WINAPI AerialSimulationPending()
{
    Service &s = service();
    std::lock_guard lock(s.mutex);
    return DWORD(s.pending.size());
}

} // extern "C"
