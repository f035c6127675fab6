#include "wlanprofilereader.h"

#include <algorithm>
#include <cstring>
#include <map>
#include <vector>

namespace aerial::simwlan {
namespace {

const std::string V1 = "http://www.microsoft.com/networking/WLAN/profile/v1";
const std::string V4 = "http://www.microsoft.com/networking/WLAN/profile/v4";
// The start of a DPAPI blob, which is what a protected keyMaterial is on
// Windows; the simulation follows it with the key's bytes in hex.
const std::string ProtectedPrefix = "01000000D08C9DDF0115D1118C7A00C04FC297EB01000000";
constexpr std::size_t MaxSize = 64 * 1024;
constexpr int MaxDepth = 16;

struct Element
{
    std::string ns;
    std::string name;
    std::string text;
    std::vector<Element> children;

    const Element *child(const std::string &wanted, const std::string &space = V1) const
    {
        for (const Element &c : children) {
            if (c.name == wanted && c.ns == space)
                return &c;
        }
        return nullptr;
    }
};

void appendUtf8(std::string &out, unsigned long cp)
{
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

// Characters XML 1.0 allows (its Char production).
bool xmlChar(unsigned long cp)
{
    return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
           || (cp >= 0x10000 && cp <= 0x10FFFF);
}

class Parser
{
public:
    explicit Parser(const std::string &text) : m_s(text) {}

    bool document(Element *root)
    {
        if (m_s.compare(0, 3, "\xEF\xBB\xBF") == 0)
            m_i = 3;
        skipSpace();
        if (m_s.compare(m_i, 5, "<?xml") == 0) {
            const std::size_t end = m_s.find("?>", m_i);
            if (end == std::string::npos)
                return fail("the XML declaration does not end");
            m_i = end + 2;
        }
        if (!misc())
            return false;
        if (m_i >= m_s.size() || m_s[m_i] != '<')
            return fail("no root element");
        if (!element(root, {}, 0))
            return false;
        if (!misc())
            return false;
        return m_i == m_s.size() || fail("text after the root element");
    }

    std::string error;

private:
    bool fail(const std::string &why)
    {
        if (error.empty())
            error = why;
        return false;
    }
    void skipSpace()
    {
        while (m_i < m_s.size() && std::strchr(" \t\r\n", m_s[m_i]) && m_s[m_i] != '\0')
            ++m_i;
    }
    // Comments and white space between elements; no DOCTYPE (and so no
    // entity expansion), as Windows refuses.
    bool misc()
    {
        for (;;) {
            skipSpace();
            if (m_s.compare(m_i, 4, "<!--") == 0) {
                const std::size_t end = m_s.find("-->", m_i + 4);
                if (end == std::string::npos)
                    return fail("a comment does not end");
                m_i = end + 3;
                continue;
            }
            if (m_s.compare(m_i, 2, "<!") == 0 || m_s.compare(m_i, 2, "<?") == 0)
                return fail("a DOCTYPE or processing instruction");
            return true;
        }
    }
    std::string nameToken()
    {
        const std::size_t start = m_i;
        while (m_i < m_s.size() && !std::strchr(" \t\r\n/>=<&\"'", m_s[m_i]) && m_s[m_i] != '\0')
            ++m_i;
        return m_s.substr(start, m_i - start);
    }
    // Text up to stop, with its references resolved.
    bool text(char stop, std::string *out)
    {
        while (m_i < m_s.size() && m_s[m_i] != stop) {
            const unsigned char c = static_cast<unsigned char>(m_s[m_i]);
            if (c == '<' && stop == '"')
                return fail("< in an attribute");
            if (c == '&') {
                const std::size_t end = m_s.find(';', m_i);
                if (end == std::string::npos || end - m_i > 10)
                    return fail("a reference does not end");
                const std::string ref = m_s.substr(m_i + 1, end - m_i - 1);
                static const std::map<std::string, char> named = {
                    { "amp", '&' }, { "lt", '<' }, { "gt", '>' }, { "quot", '"' }, { "apos", '\'' }
                };
                if (const auto found = named.find(ref); found != named.end()) {
                    *out += found->second;
                } else if (ref.size() > 1 && ref[0] == '#') {
                    const bool hex = ref[1] == 'x';
                    const std::string digits = ref.substr(hex ? 2 : 1);
                    if (digits.empty()
                        || digits.find_first_not_of(hex ? "0123456789abcdefABCDEF" : "0123456789") != std::string::npos)
                        return fail("a bad character reference");
                    const unsigned long cp = std::stoul(digits, nullptr, hex ? 16 : 10);
                    if (!xmlChar(cp))
                        return fail("a character reference to a character XML does not allow");
                    appendUtf8(*out, cp);
                } else {
                    return fail("an unknown entity &" + ref + ";");
                }
                m_i = end + 1;
                continue;
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                return fail("a control character");
            *out += char(c);
            ++m_i;
        }
        return m_i < m_s.size() || fail("the document ends early");
    }
    static std::string localName(const std::string &qualified, std::string *prefix)
    {
        const std::size_t colon = qualified.find(':');
        *prefix = colon == std::string::npos ? std::string() : qualified.substr(0, colon);
        return colon == std::string::npos ? qualified : qualified.substr(colon + 1);
    }
    bool element(Element *out, std::map<std::string, std::string> spaces, int depth)
    {
        if (depth > MaxDepth)
            return fail("elements nested too deep");
        ++m_i; // <
        const std::string qualified = nameToken();
        if (qualified.empty())
            return fail("an element without a name");
        for (;;) {
            skipSpace();
            if (m_i >= m_s.size())
                return fail("the document ends inside a tag");
            if (m_s[m_i] == '/' || m_s[m_i] == '>')
                break;
            const std::string attribute = nameToken();
            skipSpace();
            if (attribute.empty() || m_i >= m_s.size() || m_s[m_i] != '=')
                return fail("a bad attribute in <" + qualified + ">");
            ++m_i;
            skipSpace();
            if (m_i >= m_s.size() || (m_s[m_i] != '"' && m_s[m_i] != '\''))
                return fail("an attribute value without quotes");
            const char quote = m_s[m_i++];
            std::string value;
            if (!text(quote, &value))
                return false;
            ++m_i;
            if (attribute == "xmlns")
                spaces[""] = value;
            else if (attribute.compare(0, 6, "xmlns:") == 0)
                spaces[attribute.substr(6)] = value;
        }
        std::string prefix;
        out->name = localName(qualified, &prefix);
        const auto space = spaces.find(prefix);
        if (space == spaces.end() && !prefix.empty())
            return fail("an undeclared prefix " + prefix);
        out->ns = space == spaces.end() ? std::string() : space->second;
        if (m_s[m_i] == '/') {
            if (m_s.compare(m_i, 2, "/>") != 0)
                return fail("a bad empty element");
            m_i += 2;
            return true;
        }
        ++m_i; // >
        for (;;) {
            if (!text('<', &out->text))
                return false;
            if (m_s.compare(m_i, 4, "<!--") == 0) {
                const std::size_t end = m_s.find("-->", m_i + 4);
                if (end == std::string::npos)
                    return fail("a comment does not end");
                m_i = end + 3;
            } else if (m_s.compare(m_i, 9, "<![CDATA[") == 0) {
                const std::size_t end = m_s.find("]]>", m_i + 9);
                if (end == std::string::npos)
                    return fail("a CDATA section does not end");
                out->text += m_s.substr(m_i + 9, end - m_i - 9);
                m_i = end + 3;
            } else if (m_s.compare(m_i, 2, "</") == 0) {
                m_i += 2;
                const std::string closing = nameToken();
                skipSpace();
                if (closing != qualified || m_i >= m_s.size() || m_s[m_i] != '>')
                    return fail("<" + qualified + "> ends with </" + closing + ">");
                ++m_i;
                return true;
            } else {
                out->children.emplace_back();
                if (!element(&out->children.back(), spaces, depth + 1))
                    return false;
            }
        }
    }

    const std::string &m_s;
    std::size_t m_i = 0;
};

std::string trimmed(const std::string &text)
{
    const std::size_t start = text.find_first_not_of(" \t\r\n");
    if (start == std::string::npos)
        return {};
    return text.substr(start, text.find_last_not_of(" \t\r\n") - start + 1);
}

bool isHex(const std::string &text)
{
    return !text.empty() && text.find_first_not_of("0123456789abcdefABCDEF") == std::string::npos;
}

std::string fromHex(const std::string &hex)
{
    std::string bytes;
    for (std::size_t i = 0; i + 1 < hex.size(); i += 2)
        bytes += char(std::stoi(hex.substr(i, 2), nullptr, 16));
    return bytes;
}

std::string toHex(const std::string &bytes)
{
    static const char digits[] = "0123456789ABCDEF";
    std::string hex;
    for (unsigned char c : bytes) {
        hex += digits[c >> 4];
        hex += digits[c & 0xF];
    }
    return hex;
}

std::string escaped(const std::string &text)
{
    std::string out;
    for (char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        default: out += c;
        }
    }
    return out;
}

// The number of characters of UTF-8 text; every byte counts for anything
// that is not UTF-8.
std::size_t characters(const std::string &text)
{
    return std::size_t(std::count_if(text.begin(), text.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

ReadProfile refused(std::uint32_t code, const std::string &why)
{
    ReadProfile result;
    result.reasonCode = code;
    result.reason = why;
    return result;
}

bool flag(const Element *element, bool fallback, bool *ok)
{
    if (!element)
        return fallback;
    const std::string value = trimmed(element->text);
    if (value != "true" && value != "false")
        *ok = false;
    return value == "true";
}

} // namespace

ReadProfile readProfile(const std::string &xml)
{
    if (xml.size() > MaxSize)
        return refused(reason::InvalidProfileSchema, "the profile is too large");
    Element root;
    Parser parser(xml);
    if (!parser.document(&root))
        return refused(reason::InvalidProfileSchema, "not well-formed XML: " + parser.error);
    if (root.name != "WLANProfile" || root.ns != V1)
        return refused(reason::InvalidProfileSchema, "the root is not WLANProfile in the v1 namespace");
    for (const Element &child : root.children) {
        static const char *const known[] = { "name", "SSIDConfig", "connectionType", "connectionMode", "autoSwitch", "MSM" };
        if (child.ns == V1 && std::none_of(std::begin(known), std::end(known), [&](const char *k) { return child.name == k; }))
            return refused(reason::InvalidProfileSchema, "an unknown element " + child.name);
    }

    ReadProfile result;
    sim::Profile &profile = result.profile;
    const Element *name = root.child("name");
    // xs:string: its spaces are part of the name (WLAN_profile Schema, name).
    profile.name = name ? name->text : std::string();
    if (profile.name.empty() || characters(profile.name) > 255)
        return refused(reason::InvalidProfileSchema, "the profile name is missing or longer than 255 characters");

    const Element *ssidConfig = root.child("SSIDConfig");
    const Element *ssid = ssidConfig ? ssidConfig->child("SSID") : nullptr;
    if (!ssid)
        return refused(reason::SsidInvalid, "no SSIDConfig/SSID");
    // hex wins; name is used only without it (SDK: WLAN_profile Schema, hex).
    if (const Element *hex = ssid->child("hex")) {
        const std::string digits = trimmed(hex->text);
        if (!isHex(digits) || digits.size() % 2 != 0 || digits.size() > 64)
            return refused(reason::SsidInvalid, "the SSID's hex is not 1 to 32 bytes of hex digits");
        profile.ssid = fromHex(digits);
    } else if (const Element *text = ssid->child("name")) {
        profile.ssid = text->text;
        if (profile.ssid.empty() || profile.ssid.size() > 32)
            return refused(reason::SsidInvalid, "the SSID's name is not 1 to 32 bytes");
    } else {
        return refused(reason::SsidInvalid, "the SSID has neither hex nor name");
    }
    bool valid = true;
    profile.nonBroadcast = flag(ssidConfig->child("nonBroadcast"), false, &valid);

    const Element *type = root.child("connectionType");
    if (!type || trimmed(type->text) != "ESS")
        return refused(reason::InvalidProfileSchema, "connectionType is not ESS");
    if (const Element *mode = root.child("connectionMode")) {
        const std::string value = trimmed(mode->text);
        if (value != "auto" && value != "manual")
            return refused(reason::InvalidProfileSchema, "connectionMode is neither auto nor manual");
        profile.autoConnect = value == "auto";
    }
    flag(root.child("autoSwitch"), false, &valid);

    const Element *msm = root.child("MSM");
    const Element *security = msm ? msm->child("security") : nullptr;
    const Element *auth = security ? security->child("authEncryption") : nullptr;
    const Element *authentication = auth ? auth->child("authentication") : nullptr;
    const Element *encryption = auth ? auth->child("encryption") : nullptr;
    if (!authentication || !encryption)
        return refused(reason::InvalidProfileSchema, "no MSM/security/authEncryption");
    flag(auth->child("useOneX"), false, &valid);
    result.transitionMode = flag(auth->child("transitionMode", V4), false, &valid);
    if (!valid)
        return refused(reason::InvalidProfileSchema, "a flag is neither true nor false");
    const std::string a = trimmed(authentication->text);
    const std::string e = trimmed(encryption->text);
    if (a == "open" && e == "none")
        profile.security = sim::Security::Open;
    else if (a == "WPA2PSK" && e == "AES")
        profile.security = sim::Security::Wpa2Personal;
    else if (a == "WPA3SAE" && e == "AES")
        profile.security = sim::Security::Wpa3Personal;
    else if (a == "OWE" && e == "AES")
        profile.security = sim::Security::Owe;
    // 802.1X profiles, as Windows stores them; Aerial never writes these.
    else if ((a == "open" || a == "shared") && e == "WEP")
        profile.security = sim::Security::Wep;
    else if (a == "WPA2" && e == "AES")
        profile.security = sim::Security::Wpa2Enterprise;
    else if (a == "WPA3ENT" && (e == "AES" || e == "GCMP256"))
        profile.security = sim::Security::Wpa3Enterprise;
    else
        return refused(reason::CapabilityProfileAuth, "authentication " + a + " with encryption " + e + " is not simulated");

    const Element *sharedKey = security->child("sharedKey");
    const bool personal = profile.security == sim::Security::Wpa2Personal || profile.security == sim::Security::Wpa3Personal;
    if (profile.security == sim::Security::Wep)
        return result.ok = true, result; // its key is not simulated
    if (!personal) {
        if (sharedKey)
            return refused(reason::CapabilityProfileAuth, "a key for a network that takes none");
        return result.ok = true, result;
    }
    const Element *keyType = sharedKey ? sharedKey->child("keyType") : nullptr;
    const Element *material = sharedKey ? sharedKey->child("keyMaterial") : nullptr;
    if (!keyType || !material)
        return refused(reason::PskLength, "no sharedKey with keyType and keyMaterial");
    const bool isProtected = flag(sharedKey->child("protected"), false, &valid);
    if (!valid)
        return refused(reason::InvalidProfileSchema, "protected is neither true nor false");
    std::string key = material->text;
    if (isProtected) {
        const std::string blob = trimmed(key);
        if (blob.compare(0, ProtectedPrefix.size(), ProtectedPrefix) != 0 || !isHex(blob)
            || (blob.size() - ProtectedPrefix.size()) % 2 != 0)
            return refused(reason::InvalidProfileSchema, "a protected key this computer cannot decrypt");
        key = fromHex(blob.substr(ProtectedPrefix.size()));
    }
    const std::string kind = trimmed(keyType->text);
    if (kind == "networkKey") {
        if (profile.security != sim::Security::Wpa2Personal)
            return refused(reason::InvalidProfileSchema, "SAE takes a passphrase, not a network key");
        if (key.size() != 64 || !isHex(key))
            return refused(reason::PskLength, "a network key is 64 hex digits");
    } else if (kind == "passPhrase") {
        if (key.size() < 8 || key.size() > 63)
            return refused(reason::PskLength, "a passphrase is 8 to 63 characters");
        if (std::any_of(key.begin(), key.end(), [](char c) { return c < 0x20 || c > 0x7E; }))
            return refused(reason::PassphraseCharacter, "a passphrase is printable ASCII");
    } else {
        return refused(reason::InvalidProfileSchema, "keyType is neither passPhrase nor networkKey");
    }
    profile.hasPassphrase = true;
    profile.passphrase = key;
    result.ok = true;
    return result;
}

std::string writeStoredProfile(const sim::Profile &profile)
{
    const bool printable = std::all_of(profile.ssid.begin(), profile.ssid.end(), [](char c) { return c >= 0x20 && c <= 0x7E; });
    std::string xml = "<?xml version=\"1.0\"?>\r\n<WLANProfile xmlns=\"" + V1 + "\">\r\n";
    xml += "\t<name>" + escaped(profile.name) + "</name>\r\n";
    xml += "\t<SSIDConfig>\r\n\t\t<SSID>\r\n\t\t\t<hex>" + toHex(profile.ssid) + "</hex>\r\n";
    if (printable && !profile.ssid.empty())
        xml += "\t\t\t<name>" + escaped(profile.ssid) + "</name>\r\n";
    xml += "\t\t</SSID>\r\n";
    if (profile.nonBroadcast)
        xml += "\t\t<nonBroadcast>true</nonBroadcast>\r\n";
    xml += "\t</SSIDConfig>\r\n\t<connectionType>ESS</connectionType>\r\n";
    xml += std::string("\t<connectionMode>") + (profile.autoConnect ? "auto" : "manual") + "</connectionMode>\r\n";
    const char *authentication = "open";
    const char *encryption = "AES";
    switch (profile.security) {
    case sim::Security::Wpa2Personal: authentication = "WPA2PSK"; break;
    case sim::Security::Wpa3Personal: authentication = "WPA3SAE"; break;
    case sim::Security::Owe: authentication = "OWE"; break;
    case sim::Security::Wpa2Enterprise: authentication = "WPA2"; break;
    case sim::Security::Wpa3Enterprise: authentication = "WPA3ENT"; break;
    case sim::Security::Wep: encryption = "WEP"; break;
    case sim::Security::Open: encryption = "none"; break;
    }
    xml += "\t<MSM>\r\n\t\t<security>\r\n\t\t\t<authEncryption>\r\n";
    xml += std::string("\t\t\t\t<authentication>") + authentication + "</authentication>\r\n";
    xml += std::string("\t\t\t\t<encryption>") + encryption + "</encryption>\r\n";
    const bool oneX = profile.security == sim::Security::Wpa2Enterprise || profile.security == sim::Security::Wpa3Enterprise;
    xml += std::string("\t\t\t\t<useOneX>") + (oneX ? "true" : "false") + "</useOneX>\r\n\t\t\t</authEncryption>\r\n";
    if (profile.hasPassphrase) {
        const bool networkKey = profile.passphrase.size() == 64 && isHex(profile.passphrase);
        xml += std::string("\t\t\t<sharedKey>\r\n\t\t\t\t<keyType>") + (networkKey ? "networkKey" : "passPhrase")
               + "</keyType>\r\n\t\t\t\t<protected>true</protected>\r\n\t\t\t\t<keyMaterial>" + ProtectedPrefix
               + toHex(profile.passphrase) + "</keyMaterial>\r\n\t\t\t</sharedKey>\r\n";
    }
    xml += "\t\t</security>\r\n\t</MSM>\r\n</WLANProfile>\r\n";
    return xml;
}

sim::Profile withEffectiveKey(const sim::SimulationEngine &engine, sim::Profile profile)
{
    const bool personal = profile.security == sim::Security::Wpa2Personal || profile.security == sim::Security::Wpa3Personal;
    if (!personal || profile.hasPassphrase)
        return profile;
    std::string key;
    for (const sim::Interface &iface : engine.scenario().interfaces) {
        for (const sim::Network &network : iface.networks) {
            if (network.ssid == profile.ssid && network.security == profile.security && !network.passphrase.empty())
                key = network.passphrase;
        }
    }
    profile.hasPassphrase = true;
    profile.passphrase = key.empty() ? "any key is taken" : key; // an empty passphrase accepts any
    return profile;
}

} // namespace aerial::simwlan
