// WLAN_NOTIFICATION_DATA into a platform-free SessionEvent.
//
// Every payload is checked against dwDataSize before it is read
// (Windows SDK: WLAN_NOTIFICATION_DATA, WLAN_NOTIFICATION_ACM, WLAN_NOTIFICATION_MSM;
// docs/windows.md); codes and sources
// Aerial does not know come out as Kind::Unknown with their numbers.
#pragma once

#include "wirelesssession.h"
#include "wlancompat.h"

namespace aerial::win {

SessionEvent decodeNotification(const WLAN_NOTIFICATION_DATA &data);

} // namespace aerial::win
