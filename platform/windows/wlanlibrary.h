// wlanapi.dll, loaded at run time.
//
// Linking against wlanapi.lib would stop Aerial from starting at all on
// Windows Server without the Wireless LAN Service; loaded here, its absence
// is a clear error instead (Windows SDK: LoadLibraryExW, LOAD_LIBRARY_SEARCH_SYSTEM32;
// docs/windows.md). An export the DLL
// lacks stays null and is never called.
#pragma once

#include "wlancompat.h"

#include <memory>

namespace aerial::win {

class WlanLibrary
{
public:
    // From System32 only: never from the program's folder or the current
    // directory, where a planted wlanapi.dll would run with our rights.
    // On failure returns null and sets *error (ERROR_MOD_NOT_FOUND when the
    // DLL is not installed).
    static std::shared_ptr<const WlanLibrary> load(DWORD *error);
    ~WlanLibrary();

    WlanLibrary(const WlanLibrary &) = delete;
    WlanLibrary &operator=(const WlanLibrary &) = delete;

    decltype(&::WlanOpenHandle) openHandle = nullptr;
    decltype(&::WlanCloseHandle) closeHandle = nullptr;
    decltype(&::WlanRegisterNotification) registerNotification = nullptr;
    decltype(&::WlanEnumInterfaces) enumInterfaces = nullptr;
    decltype(&::WlanQueryInterface) queryInterface = nullptr;
    decltype(&::WlanGetAvailableNetworkList) getAvailableNetworkList = nullptr;
    decltype(&::WlanGetProfileList) getProfileList = nullptr;
    decltype(&::WlanGetProfile) getProfile = nullptr;
    decltype(&::WlanSetProfile) setProfile = nullptr;
    decltype(&::WlanDeleteProfile) deleteProfile = nullptr;
    decltype(&::WlanSetInterface) setInterface = nullptr;
    decltype(&::WlanConnect) connect = nullptr;
    decltype(&::WlanDisconnect) disconnect = nullptr;
    decltype(&::WlanScan) scan = nullptr;
    decltype(&::WlanReasonCodeToString) reasonCodeToString = nullptr;
    decltype(&::WlanFreeMemory) freeMemory = nullptr;

private:
    WlanLibrary() = default;
    HMODULE m_module = nullptr;
};

} // namespace aerial::win
