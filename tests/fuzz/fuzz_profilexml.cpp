// libFuzzer: the profile XML Aerial hands to WlanSetProfile, read back by the
// simulated service's reader (tests/simulated-wlan), as a round trip. Any
// SSID bytes, profile name, key and security either come back exactly as
// written, or the writer refuses them, or the service refuses them with a
// WLAN_REASON_CODE; never a profile that reads back as something else.
//
// Input: one byte of flags (security, hidden, auto-connect), one byte each
// for the SSID's and the name's lengths, then the SSID, the name (UTF-8) and
// the key (UTF-8, the rest).
#include "wlanprofilereader.h"
#include "wlanprofilexml.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void require(bool condition, const char *what, const QString &xml)
{
    if (!condition) {
        std::fprintf(stderr, "broken: %s\n%s\n", what, xml.toUtf8().constData());
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace Aerial;
    if (size < 3)
        return 0;
    const char *bytes = reinterpret_cast<const char *>(data);
    const std::size_t ssidLength = std::min<std::size_t>(data[1], size - 3);
    const std::size_t nameLength = std::min<std::size_t>(data[2], size - 3 - ssidLength);

    WlanProfileXml::NewProfile profile;
    profile.security = static_cast<Security>((data[0] & 0x0F) % 7);
    profile.hidden = data[0] & 0x10;
    profile.autoConnect = data[0] & 0x20;
    profile.ssid = QByteArray(bytes + 3, qsizetype(ssidLength));
    profile.name = QString::fromUtf8(bytes + 3 + ssidLength, qsizetype(nameLength));
    profile.secret = QString::fromUtf8(bytes + 3 + ssidLength + nameLength, qsizetype(size - 3 - ssidLength - nameLength));

    const QString xml = WlanProfileXml::write(profile);
    if (!WlanProfileXml::canWrite(profile.security)) {
        require(xml.isEmpty(), "a profile was written for a security the writer cannot write", xml);
        return 0;
    }
    if (xml.isEmpty())
        return 0; // refused by the writer itself

    const aerial::simwlan::ReadProfile read = aerial::simwlan::readProfile(xml.toUtf8().toStdString());
    if (!read.ok) {
        require(read.reasonCode != 0 && !read.reason.empty(), "refused without a reason", xml);
        return 0;
    }
    const bool keyed = profile.security == Security::Wpa2Personal || profile.security == Security::Wpa3Personal;
    require(QString::fromStdString(read.profile.name) == profile.name, "the name came back changed", xml);
    require(QByteArray::fromStdString(read.profile.ssid) == profile.ssid, "the SSID came back changed", xml);
    require(int(read.profile.security) == int(profile.security), "the security came back changed", xml);
    require(QString::fromStdString(read.profile.passphrase) == (keyed ? profile.secret : QString()),
            "the key came back changed", xml);
    require(read.profile.nonBroadcast == profile.hidden, "hidden came back changed", xml);
    require(read.profile.autoConnect == profile.autoConnect, "auto-connect came back changed", xml);
    require(WlanProfileXml::autoConnect(xml) == profile.autoConnect, "autoConnect() misread the profile", xml);
    return 0;
}
