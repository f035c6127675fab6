// The WLAN profile XML Aerial hands to WlanSetProfile, and the one part of a
// stored profile it changes (connectionMode).
//
// Written with QXmlStreamWriter, never by concatenation: every text is
// escaped, so an SSID or key with &, < or " stays data. The schema is the
// Windows SDK's "WLAN_profile Schema" (namespace
// http://www.microsoft.com/networking/WLAN/profile/v1); docs/windows.md
// lists the choices.
#pragma once

#include "wirelesstypes.h"

#include <QString>

namespace Aerial::WlanProfileXml {

struct NewProfile
{
    QString name;
    QByteArray ssid; // raw bytes: always written as <hex>
    Security security = Security::Wpa2Personal;
    QString secret;  // a passphrase of 8–63 characters, or 64 hex digits
    bool hidden = false;
    bool autoConnect = true;
};

// True for the securities a profile can be written for here: open,
// WPA2-Personal, WPA3-Personal and Enhanced Open.
bool canWrite(Security security);
// True when XML 1.0 carries the text unchanged: no control character (tab
// and line breaks included, which XML readers normalise), no unpaired
// surrogate and no U+FFFE or U+FFFF (XML 1.0, "Char").
bool canCarry(const QString &text);
// The profile; empty when canWrite(security) is false or the name or the
// key cannot be carried.
QString write(const NewProfile &profile);

// A profile name for this SSID: its text when it is UTF-8 without control
// or invisible formatting characters, else its bytes in hex.
QString nameFor(const QByteArray &ssid);

// connectionMode of a stored profile: true unless it says "manual".
bool autoConnect(const QString &xml);
// The stored profile with connectionMode set, everything else as it was
// (the key stays encrypted). Empty when the XML is not well-formed.
QString withAutoConnect(const QString &xml, bool autoConnect);

} // namespace Aerial::WlanProfileXml
