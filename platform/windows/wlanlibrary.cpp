#include "wlanlibrary.h"

namespace aerial::win {
namespace {

template<typename Function>
void resolve(HMODULE module, const char *name, Function *function)
{
    // GetProcAddress returns FARPROC; the cast through void* is the
    // documented way to give it its real type.
    *function = reinterpret_cast<Function>(reinterpret_cast<void *>(GetProcAddress(module, name)));
}

} // namespace

std::shared_ptr<const WlanLibrary> WlanLibrary::load(DWORD *error)
{
    const HMODULE module = LoadLibraryExW(L"wlanapi.dll", nullptr, LOAD_LIBRARY_SEARCH_SYSTEM32);
    if (!module) {
        *error = GetLastError();
        return nullptr;
    }
    std::shared_ptr<WlanLibrary> library(new WlanLibrary);
    library->m_module = module;
    resolve(module, "WlanOpenHandle", &library->openHandle);
    resolve(module, "WlanCloseHandle", &library->closeHandle);
    resolve(module, "WlanRegisterNotification", &library->registerNotification);
    resolve(module, "WlanEnumInterfaces", &library->enumInterfaces);
    resolve(module, "WlanQueryInterface", &library->queryInterface);
    resolve(module, "WlanGetAvailableNetworkList", &library->getAvailableNetworkList);
    resolve(module, "WlanGetProfileList", &library->getProfileList);
    resolve(module, "WlanGetProfile", &library->getProfile);
    resolve(module, "WlanSetProfile", &library->setProfile);
    resolve(module, "WlanDeleteProfile", &library->deleteProfile);
    resolve(module, "WlanSetInterface", &library->setInterface);
    resolve(module, "WlanConnect", &library->connect);
    resolve(module, "WlanDisconnect", &library->disconnect);
    resolve(module, "WlanScan", &library->scan);
    resolve(module, "WlanReasonCodeToString", &library->reasonCodeToString);
    resolve(module, "WlanFreeMemory", &library->freeMemory);
    // Without these three no session can exist.
    if (!library->openHandle || !library->closeHandle || !library->freeMemory) {
        *error = ERROR_PROC_NOT_FOUND;
        return nullptr;
    }
    *error = ERROR_SUCCESS;
    return library;
}

WlanLibrary::~WlanLibrary()
{
    if (m_module)
        FreeLibrary(m_module);
}

} // namespace aerial::win
