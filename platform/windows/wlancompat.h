// What mingw-w64 10 (Debian 12) leaves out of wlanapi.h, declared once.
//
// The Windows SDK and mingw-w64 12 and later declare all of this; the guards
// keep their declarations when they exist (docs/windows.md, "Two layers").
// Values are those of the SDK's wlanapi.h,
// l2cmn.h and windot11.h.
#pragma once

#ifndef NOMINMAX
#define NOMINMAX
#endif
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>
#include <wlanapi.h>

// mingw-w64 10's WLAN_NOTIFICATION_SOURCE_ALL expands to an undeclared name.
#ifndef L2_NOTIFICATION_SOURCE_ALL
#define L2_NOTIFICATION_SOURCE_ALL 0x0000ffff
#endif

#ifndef WLAN_REASON_CODE_SUCCESS
#define WLAN_REASON_CODE_SUCCESS 0
#define WLAN_REASON_CODE_UNKNOWN 0x10001
#define WLAN_REASON_CODE_NETWORK_NOT_AVAILABLE 0x28002
#define WLAN_REASON_CODE_PROFILE_NOT_COMPATIBLE 0x28003
#define WLAN_REASON_CODE_ASSOCIATION_FAILURE 0x38002
#define WLAN_REASON_CODE_ASSOCIATION_TIMEOUT 0x38003
#define WLAN_REASON_CODE_MSMSEC_PSK_MISMATCH_SUSPECTED 0x48014
#define WLAN_REASON_CODE_MSMSEC_AUTH_TIMEOUT 0x48003
#endif

#ifndef WLAN_AVAILABLE_NETWORK_CONNECTED
#define WLAN_AVAILABLE_NETWORK_CONNECTED 0x00000001
#define WLAN_AVAILABLE_NETWORK_HAS_PROFILE 0x00000002
#endif

#ifndef WLAN_PROFILE_GROUP_POLICY
#define WLAN_PROFILE_GROUP_POLICY 0x00000001
#endif
#ifndef WLAN_PROFILE_USER
#define WLAN_PROFILE_USER 0x00000002
#endif

#ifndef RPC_S_SERVER_UNAVAILABLE
#define RPC_S_SERVER_UNAVAILABLE 1722L
#endif
#ifndef RPC_S_CALL_FAILED
#define RPC_S_CALL_FAILED 1726L
#endif

#if defined(__MINGW64_VERSION_MAJOR) && __MINGW64_VERSION_MAJOR < 12
// The MSM notification codes (SDK: WLAN_NOTIFICATION_MSM).
typedef enum _WLAN_NOTIFICATION_MSM {
    wlan_notification_msm_start = 0,
    wlan_notification_msm_associating,
    wlan_notification_msm_associated,
    wlan_notification_msm_authenticating,
    wlan_notification_msm_connected,
    wlan_notification_msm_roaming_start,
    wlan_notification_msm_roaming_end,
    wlan_notification_msm_radio_state_change,
    wlan_notification_msm_signal_quality_change,
    wlan_notification_msm_disassociating,
    wlan_notification_msm_disconnected,
    wlan_notification_msm_peer_join,
    wlan_notification_msm_peer_leave,
    wlan_notification_msm_adapter_removal,
    wlan_notification_msm_adapter_operation_mode_change,
    wlan_notification_msm_link_degraded,
    wlan_notification_msm_link_improved,
    wlan_notification_msm_end
} WLAN_NOTIFICATION_MSM, *PWLAN_NOTIFICATION_MSM;

// The ACM codes after adhoc_network_state_change (22) in the SDK's enum,
// which mingw-w64 10 ends there.
constexpr DWORD wlan_notification_acm_profile_unblocked = 23;
constexpr DWORD wlan_notification_acm_screen_power_change = 24;
constexpr DWORD wlan_notification_acm_profile_blocked = 25;
constexpr DWORD wlan_notification_acm_scan_list_refresh = 26;
constexpr DWORD wlan_notification_acm_operational_state_change = 27;

// DOT11_AUTH_ALGORITHM values after RSNA_PSK (7).
constexpr DWORD DOT11_AUTH_ALGO_WPA3 = 8; // WPA3-Enterprise 192-bit
constexpr DWORD DOT11_AUTH_ALGO_WPA3_SAE = 9;
constexpr DWORD DOT11_AUTH_ALGO_OWE = 10;
constexpr DWORD DOT11_AUTH_ALGO_WPA3_ENT = 11;
#endif
