#include "wlanprofilexml.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <algorithm>

namespace Aerial::WlanProfileXml {
namespace {

const QString Namespace = QStringLiteral("http://www.microsoft.com/networking/WLAN/profile/v1");

bool printableAscii(const QByteArray &bytes)
{
    return std::all_of(bytes.begin(), bytes.end(), [](char c) { return c >= 0x20 && c <= 0x7e; });
}

bool isHexKey(const QString &secret)
{
    return secret.size() == 64
           && std::all_of(secret.begin(), secret.end(), [](QChar c) { return QStringLiteral("0123456789abcdefABCDEF").contains(c); });
}

struct AuthEncryption
{
    const char *authentication;
    const char *encryption;
};

AuthEncryption authEncryption(Security security)
{
    switch (security) {
    case Security::Open: return { "open", "none" };
    case Security::Wpa2Personal: return { "WPA2PSK", "AES" };
    case Security::Wpa3Personal: return { "WPA3SAE", "AES" };
    case Security::Owe: return { "OWE", "AES" };
    default: return { nullptr, nullptr };
    }
}

} // namespace

bool canWrite(Security security)
{
    return authEncryption(security).authentication != nullptr;
}

bool canCarry(const QString &text)
{
    if (!text.isValidUtf16())
        return false;
    return std::none_of(text.begin(), text.end(), [](QChar c) {
        return c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() < 0xa0) || c.unicode() >= 0xfffe;
    });
}

QString nameFor(const QByteArray &ssid)
{
    const QString text = QString::fromUtf8(ssid);
    const bool clean = !ssid.isEmpty() && text.toUtf8() == ssid && std::all_of(text.begin(), text.end(), [](QChar c) {
        return c.isPrint() && c.category() != QChar::Other_Format;
    });
    return clean ? text : QString::fromLatin1(ssid.toHex().toUpper());
}

QString write(const NewProfile &profile)
{
    const AuthEncryption auth = authEncryption(profile.security);
    // QXmlStreamWriter drops what XML cannot hold, silently: a key would be
    // saved other than typed.
    if (!auth.authentication || !canCarry(profile.name) || !canCarry(profile.secret))
        return {};
    QString xml;
    QXmlStreamWriter out(&xml);
    out.writeStartDocument();
    out.writeDefaultNamespace(Namespace);
    out.writeStartElement(Namespace, QStringLiteral("WLANProfile"));
    out.writeTextElement(Namespace, QStringLiteral("name"), profile.name);
    out.writeStartElement(Namespace, QStringLiteral("SSIDConfig"));
    out.writeStartElement(Namespace, QStringLiteral("SSID"));
    // hex wins over name, and name alone is converted "Unicode to ASCII",
    // which breaks any other SSID (Windows SDK: WLAN_profile Schema, hex).
    out.writeTextElement(Namespace, QStringLiteral("hex"), QString::fromLatin1(profile.ssid.toHex().toUpper()));
    if (printableAscii(profile.ssid))
        out.writeTextElement(Namespace, QStringLiteral("name"), QString::fromLatin1(profile.ssid));
    out.writeEndElement(); // SSID
    if (profile.hidden)
        out.writeTextElement(Namespace, QStringLiteral("nonBroadcast"), QStringLiteral("true"));
    out.writeEndElement(); // SSIDConfig
    out.writeTextElement(Namespace, QStringLiteral("connectionType"), QStringLiteral("ESS"));
    out.writeTextElement(Namespace, QStringLiteral("connectionMode"),
                         profile.autoConnect ? QStringLiteral("auto") : QStringLiteral("manual"));
    out.writeStartElement(Namespace, QStringLiteral("MSM"));
    out.writeStartElement(Namespace, QStringLiteral("security"));
    out.writeStartElement(Namespace, QStringLiteral("authEncryption"));
    out.writeTextElement(Namespace, QStringLiteral("authentication"), QString::fromLatin1(auth.authentication));
    out.writeTextElement(Namespace, QStringLiteral("encryption"), QString::fromLatin1(auth.encryption));
    out.writeTextElement(Namespace, QStringLiteral("useOneX"), QStringLiteral("false"));
    out.writeEndElement(); // authEncryption
    if (profile.security == Security::Wpa2Personal || profile.security == Security::Wpa3Personal) {
        out.writeStartElement(Namespace, QStringLiteral("sharedKey"));
        // 64 hex digits are the key itself; WPA3's SAE takes a passphrase only.
        const bool networkKey = profile.security == Security::Wpa2Personal && isHexKey(profile.secret);
        out.writeTextElement(Namespace, QStringLiteral("keyType"),
                             networkKey ? QStringLiteral("networkKey") : QStringLiteral("passPhrase"));
        // The service encrypts an unprotected key when it stores it.
        out.writeTextElement(Namespace, QStringLiteral("protected"), QStringLiteral("false"));
        out.writeTextElement(Namespace, QStringLiteral("keyMaterial"), profile.secret);
        out.writeEndElement(); // sharedKey
    }
    out.writeEndElement(); // security
    out.writeEndElement(); // MSM
    out.writeEndElement(); // WLANProfile
    out.writeEndDocument();
    return xml;
}

bool autoConnect(const QString &xml)
{
    QXmlStreamReader in(xml);
    while (in.readNextStartElement()) {
        if (in.name() == QLatin1String("WLANProfile"))
            continue; // descend
        if (in.name() == QLatin1String("connectionMode"))
            return in.readElementText().trimmed() != QLatin1String("manual");
        in.skipCurrentElement();
    }
    return true;
}

QString withAutoConnect(const QString &xml, bool autoConnect)
{
    const QString mode = autoConnect ? QStringLiteral("auto") : QStringLiteral("manual");
    QXmlStreamReader in(xml);
    QString result;
    QXmlStreamWriter out(&result);
    bool written = false;
    int depth = 0;
    while (!in.atEnd()) {
        in.readNext();
        if (in.hasError())
            return {};
        if (in.isStartElement()) {
            ++depth;
            if (depth == 2 && in.name() == QLatin1String("connectionMode")) {
                out.writeCurrentToken(in);
                in.readElementText(); // the old mode, and its end element
                --depth;
                out.writeCharacters(mode);
                out.writeEndElement();
                written = true;
                continue;
            }
        } else if (in.isEndElement()) {
            --depth;
            // Without connectionMode a profile connects automatically; the
            // schema puts the element right after connectionType, which
            // every profile has.
            if (depth == 1 && !written && in.name() == QLatin1String("connectionType")) {
                out.writeCurrentToken(in);
                out.writeTextElement(in.namespaceUri().toString(), QStringLiteral("connectionMode"), mode);
                written = true;
                continue;
            }
        }
        out.writeCurrentToken(in);
    }
    return written ? result : QString();
}

} // namespace Aerial::WlanProfileXml
