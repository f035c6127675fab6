// The test-only exports of the simulated wlanapi.dll, beside the real
// Native Wifi exports. A test finds them with GetProcAddress on the loaded
// wlanapi.dll; the code under test never uses them.
#pragma once

#include <windows.h>

extern "C" {
// Replaces the service's world with a scenario (docs/scenario-format.md).
// Interface ids must be GUIDs. On failure writes the reason into error.
typedef DWORD(WINAPI *AerialSimulationLoadFn)(const char *json, char *error, DWORD errorSize);
// Stops or starts WLAN AutoConfig: while stopped, WlanOpenHandle returns
// ERROR_SERVICE_NOT_ACTIVE and every open handle RPC_S_SERVER_UNAVAILABLE,
// then and after a restart; queued notifications are dropped.
typedef DWORD(WINAPI *AerialSimulationSetServiceRunningFn)(BOOL running);
// On: WlanConnect, WlanDisconnect, WlanScan, WlanSetProfile,
// WlanDeleteProfile and WlanSetInterface wait, unanswered, until turned off
// or until the service stops (then they fail as on a stopped service).
typedef DWORD(WINAPI *AerialSimulationHoldCallsFn)(BOOL hold);
// Unplugs an adapter: ACM interface_removal, and its queued notifications go.
typedef DWORD(WINAPI *AerialSimulationRemoveInterfaceFn)(const char *guid);
// Queues a notification with any payload, even a short or malformed one.
typedef DWORD(WINAPI *AerialSimulationInjectFn)(DWORD source, DWORD code, const char *guid, const void *data,
                                                DWORD dataSize, DWORD delayMs);
// The calls made so far, one per line ("WlanConnect {GUID} HomeNet").
// Returns the size needed including the NUL.
typedef DWORD(WINAPI *AerialSimulationCallLogFn)(char *buffer, DWORD size);
typedef void(WINAPI *AerialSimulationClearCallLogFn)();
// Lists handed out and not yet freed, and frees of pointers it never gave.
typedef LONG(WINAPI *AerialSimulationOutstandingAllocationsFn)();
typedef LONG(WINAPI *AerialSimulationBadFreesFn)();
// Notifications waiting for their time.
typedef DWORD(WINAPI *AerialSimulationPendingFn)();
}
