// The WirelessSession on wlanapi.dll: the Win32 layer of the Windows backend.
//
// Thread rules (Windows SDK: WlanRegisterNotification and WlanCloseHandle remarks;
// docs/windows.md):
// calls may come from any thread but not the GUI's; the notification
// callback runs on a thread wlanapi owns and takes no lock, so close(), which
// waits for a running callback, can never deadlock with it.
#pragma once

#include "wirelesssession.h"
#include "wlanlibrary.h"

#include <atomic>
#include <memory>
#include <mutex>

namespace aerial::win {

class NativeWifiSession final : public WirelessSession
{
public:
    NativeWifiSession();
    ~NativeWifiSession() override;

    CallResult open(EventSink sink) override;
    bool notifies() const override { return m_notifies.load(); }
    CallResult close() override;

    CallResult interfaces(std::vector<SessionInterface> *out) override;
    CallResult connection(const std::string &guid, SessionConnection *out) override;
    CallResult radio(const std::string &guid, SessionRadio *out) override;
    CallResult networks(const std::string &guid, std::vector<SessionNetwork> *out) override;
    CallResult profiles(const std::string &guid, std::vector<SessionProfile> *out) override;
    CallResult profile(const std::string &guid, const std::string &name, SessionProfile *out) override;
    CallResult setProfile(const std::string &guid, const std::string &xml, bool allUsers, bool overwrite,
                          std::uint32_t *reasonCode) override;
    CallResult deleteProfile(const std::string &guid, const std::string &name) override;
    CallResult setRadio(const std::string &guid, bool on) override;
    CallResult connect(const std::string &guid, const std::string &profile) override;
    CallResult disconnect(const std::string &guid) override;
    CallResult scan(const std::string &guid) override;
    std::string reasonText(std::uint32_t reasonCode) override;

    // The version WlanOpenHandle negotiated; 0 while closed.
    DWORD negotiatedVersion() const { return m_version; }

private:
    static void WINAPI onNotification(PWLAN_NOTIFICATION_DATA data, PVOID context);
    static CallResult result(DWORD code);
    // The GUID of an interface the service lists now. Operations that Wine
    // leaves as aborting stubs are reached only through it, so they are
    // never called for an interface that does not exist.
    CallResult knownInterface(const std::string &guid, GUID *out);
    // The same, and the entry point the call needs is exported.
    template<typename Function>
    CallResult knownInterface(const std::string &guid, Function WlanLibrary::*needed, GUID *out)
    {
        const CallResult known = knownInterface(guid, out);
        if (!known.ok() || (*m_library).*needed)
            return known;
        return result(ERROR_PROC_NOT_FOUND);
    }
    CallResult queryState(const GUID &guid, int *state);
    CallResult queryRadio(const GUID &guid, std::vector<WLAN_PHY_RADIO_STATE> *phys);
    // WlanGetProfile into out's xml, scope and granted access.
    CallResult readProfile(const GUID &guid, const std::wstring &name, SessionProfile *out);

    std::mutex m_mutex; // the handle against open and close; never taken by the callback
    std::shared_ptr<const WlanLibrary> m_library;
    HANDLE m_handle = nullptr;
    DWORD m_version = 0;
    std::atomic<bool> m_notifies{ false }; // read from any thread
    EventSink m_sink; // set before registration, cleared after close
};

} // namespace aerial::win
