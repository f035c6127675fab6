// The simulated Native Wifi service's side of WLAN profile XML: it reads what
// WlanSetProfile is given and writes what WlanGetProfile returns.
//
// Plain C++17, no Qt and no Windows header, so that the simulated
// wlanapi.dll (under Wine) and the simulated session of the Qt layer's tests
// (on Linux) read profiles the same way. It refuses what Windows refuses, as
// the Windows SDK's "WLAN_profile Schema" pages describe it
// (docs/windows.md, "The simulated wlanapi.dll"): the v1 namespace, the
// elements in their places, hex winning over name, keys of the right length
// and characters. It is small on purpose; it is no general XML parser.
#pragma once

#include "simulation/simulationengine.h"

#include <cstdint>
#include <string>

namespace aerial::simwlan {

// WLAN_REASON_CODE values for a refused profile (wlanapi.h, l2cmn.h).
namespace reason {
constexpr std::uint32_t InvalidProfileSchema = 0x80001;
constexpr std::uint32_t SsidInvalid = 0x80013;
constexpr std::uint32_t PskLength = 0x40004;
constexpr std::uint32_t PassphraseCharacter = 0x40016;
constexpr std::uint32_t CapabilityProfileAuth = 0x4001E;
} // namespace reason

struct ReadProfile
{
    bool ok = false;
    std::uint32_t reasonCode = 0; // when not ok
    std::string reason;           // when not ok: what was wrong, for the tests' messages
    sim::Profile profile;         // name, ssid, security, autoConnect, nonBroadcast, key
    bool transitionMode = false;  // the v4 element, WPA2/WPA3 mixed
};

// xml is UTF-8.
ReadProfile readProfile(const std::string &xml);

// What WlanGetProfile returns for a stored profile: the key, if any,
// protected (encrypted), as Windows gives it to anyone but an administrator
// asking for plain text. readProfile takes that form back.
std::string writeStoredProfile(const sim::Profile &profile);

// A scenario's profile may hold "whatever key its network accepts"; the
// stored form shows that key, so that a profile written back keeps working.
sim::Profile withEffectiveKey(const sim::SimulationEngine &engine, sim::Profile profile);

} // namespace aerial::simwlan
