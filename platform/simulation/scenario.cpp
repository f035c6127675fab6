#include "scenario.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <set>

namespace aerial::sim {
namespace {

using Json = nlohmann::json;

constexpr std::size_t MaxSsidBytes = 32; // IEEE 802.11: an SSID is 0–32 octets

// Walks the document and reports the first problem with its path.
class Reader
{
public:
    explicit Reader(std::string source) : m_source(std::move(source)) {}

    [[noreturn]] void fail(const std::string &path, const std::string &what) const
    {
        throw ScenarioError(m_source + ": " + path + ": " + what);
    }

    static std::string describe(const Json &value)
    {
        if (value.is_string()) {
            std::string text = value.get<std::string>();
            if (text.size() > 40)
                text = text.substr(0, 40) + "…";
            return "\"" + text + "\"";
        }
        if (value.is_object()) return "an object";
        if (value.is_array()) return "a list";
        if (value.is_boolean()) return value.get<bool>() ? "true" : "false";
        if (value.is_null()) return "null";
        return value.dump();
    }

    void expectObject(const Json &value, const std::string &path, std::initializer_list<const char *> known) const
    {
        if (!value.is_object())
            fail(path.empty() ? "(top level)" : path, "expected an object; got " + describe(value));
        for (const auto &item : value.items()) {
            const bool isKnown = std::any_of(known.begin(), known.end(),
                                             [&](const char *name) { return item.key() == name; });
            if (!isKnown) {
                std::string names;
                for (const char *name : known)
                    names += std::string(names.empty() ? "" : ", ") + name;
                fail(join(path, item.key()), "unknown field; expected one of " + names);
            }
        }
    }

    static std::string join(const std::string &path, const std::string &key)
    {
        return path.empty() ? key : path + "." + key;
    }

    const Json *field(const Json &object, const std::string &path, const char *key, bool required) const
    {
        const auto it = object.find(key);
        if (it == object.end()) {
            if (required)
                fail(join(path, key), "missing; this field is required");
            return nullptr;
        }
        return &*it;
    }

    std::string string(const Json &object, const std::string &path, const char *key, bool required,
                       bool allowEmpty = false) const
    {
        const Json *value = field(object, path, key, required);
        if (!value)
            return {};
        if (!value->is_string())
            fail(join(path, key), "expected text; got " + describe(*value));
        std::string text = value->get<std::string>();
        if (text.empty() && !allowEmpty)
            fail(join(path, key), "expected text; got an empty string");
        return text;
    }

    int integer(const Json &object, const std::string &path, const char *key, int min, int max, int fallback) const
    {
        const Json *value = field(object, path, key, false);
        if (!value)
            return fallback;
        const std::string range = "expected a whole number from " + std::to_string(min) + " to " + std::to_string(max);
        if (!value->is_number_integer())
            fail(join(path, key), range + "; got " + describe(*value));
        // Beyond long long: get<long long>() would wrap around.
        if (value->is_number_unsigned() && value->get<unsigned long long>() > static_cast<unsigned long long>(max))
            fail(join(path, key), range + "; got " + value->dump());
        const auto number = value->get<long long>();
        if (number < min || number > max)
            fail(join(path, key), range + "; got " + std::to_string(number));
        return static_cast<int>(number);
    }

    bool boolean(const Json &object, const std::string &path, const char *key, bool fallback) const
    {
        const Json *value = field(object, path, key, false);
        if (!value)
            return fallback;
        if (!value->is_boolean())
            fail(join(path, key), "expected true or false; got " + describe(*value));
        return value->get<bool>();
    }

    template <typename Enum, std::size_t N>
    Enum choice(const Json &object, const std::string &path, const char *key, const Enum (&options)[N]) const
    {
        const Json *value = field(object, path, key, true);
        if (value->is_string()) {
            const std::string text = value->get<std::string>();
            for (Enum option : options) {
                if (text == toString(option))
                    return option;
            }
        }
        std::string names;
        for (Enum option : options)
            names += std::string(names.empty() ? "" : ", ") + toString(option);
        fail(join(path, key), "expected one of " + names + "; got " + describe(*value));
    }

    const Json &list(const Json &object, const std::string &path, const char *key, bool required) const
    {
        static const Json empty = Json::array();
        const Json *value = field(object, path, key, required);
        if (!value)
            return empty;
        if (!value->is_array())
            fail(join(path, key), "expected a list; got " + describe(*value));
        return *value;
    }

private:
    std::string m_source;
};

std::string indexed(const std::string &path, std::size_t index)
{
    return path + "[" + std::to_string(index) + "]";
}

constexpr InterfaceState AllStates[] = {
    InterfaceState::NotReady,     InterfaceState::Connected,   InterfaceState::AdHocNetworkFormed,
    InterfaceState::Disconnecting, InterfaceState::Disconnected, InterfaceState::Associating,
    InterfaceState::Discovering,  InterfaceState::Authenticating,
};
constexpr Security AllSecurity[] = {
    Security::Open,         Security::Wep,           Security::Wpa2Personal,
    Security::Wpa3Personal, Security::Wpa2Enterprise, Security::Wpa3Enterprise, Security::Owe,
};
// The faults a scenario may inject: the errors WlanConnect, WlanDisconnect and
// WlanScan document.
constexpr ErrorKind FaultErrors[] = {
    ErrorKind::AccessDenied,       ErrorKind::InvalidParameter, ErrorKind::InvalidHandle, ErrorKind::NotEnoughMemory,
    ErrorKind::ServiceUnavailable, ErrorKind::Rpc,
};
constexpr Operation AllOperations[] = {
    Operation::Connect,         Operation::Disconnect, Operation::Scan,          Operation::ListNetworks,
    Operation::QueryConnection, Operation::SetProfile, Operation::DeleteProfile, Operation::SetRadio,
};

// Where in the document the parser stopped, for the errors nlohmann reports
// without a path (a number too large for any type, say). It only listens.
class PathTracker : public nlohmann::json_sax<Json>
{
public:
    std::string path() const
    {
        std::string text;
        for (const Level &level : m_levels) {
            if (level.inArray)
                text += "[" + std::to_string(level.index) + "]";
            else if (!level.key.empty())
                text += (text.empty() ? "" : ".") + level.key;
        }
        return text.empty() ? "(top level)" : text;
    }

    bool null() override { return value(); }
    bool boolean(bool) override { return value(); }
    bool number_integer(number_integer_t) override { return value(); }
    bool number_unsigned(number_unsigned_t) override { return value(); }
    bool number_float(number_float_t, const string_t &) override { return value(); }
    bool string(string_t &) override { return value(); }
    bool binary(binary_t &) override { return value(); }
    bool start_object(std::size_t) override { return open(false); }
    bool key(string_t &name) override
    {
        m_levels.back().key = name;
        return true;
    }
    bool end_object() override { return close(); }
    bool start_array(std::size_t) override { return open(true); }
    bool end_array() override { return close(); }
    bool parse_error(std::size_t, const std::string &, const nlohmann::detail::exception &) override { return false; }

private:
    struct Level
    {
        bool inArray = false;
        std::size_t index = 0;
        std::string key;
    };
    bool open(bool array)
    {
        m_levels.push_back(Level{ array, 0, {} });
        return true;
    }
    bool close()
    {
        m_levels.pop_back();
        return value();
    }
    bool value()
    {
        if (!m_levels.empty() && m_levels.back().inArray)
            ++m_levels.back().index;
        return true;
    }
    std::vector<Level> m_levels;
};

// nlohmann prefixes "[json.exception.parse_error.101] "; the rest is for people.
std::string withoutPrefix(const std::string &what)
{
    const auto bracket = what.find("] ");
    return bracket == std::string::npos ? what : what.substr(bracket + 2);
}

Network readNetwork(const Reader &reader, const Json &value, const std::string &path)
{
    reader.expectObject(value, path, { "ssid", "ssidHex", "signal", "security", "profile", "hidden", "passphrase" });
    Network network;
    const bool hasText = value.contains("ssid");
    const bool hasHex = value.contains("ssidHex");
    if (hasText == hasHex)
        reader.fail(path, "expected exactly one of ssid or ssidHex");
    if (hasText) {
        network.ssid = reader.string(value, path, "ssid", true, true);
    } else {
        const std::string hex = reader.string(value, path, "ssidHex", true, true);
        if (!decodeHex(hex, network.ssid))
            reader.fail(path + ".ssidHex", "expected pairs of hexadecimal digits such as \"ff fe 41\"; got \"" + hex + "\"");
    }
    if (network.ssid.size() > MaxSsidBytes)
        reader.fail(path + (hasText ? ".ssid" : ".ssidHex"),
                    "expected at most 32 bytes; got " + std::to_string(network.ssid.size()));
    network.signal = reader.integer(value, path, "signal", 0, 100, 0);
    network.security = reader.choice(value, path, "security", AllSecurity);
    network.profile = reader.string(value, path, "profile", false);
    network.hidden = reader.boolean(value, path, "hidden", false);
    network.passphrase = reader.string(value, path, "passphrase", false);
    if (network.hidden && network.ssid.empty())
        reader.fail(path, "a hidden network needs its SSID, which a join must name");
    return network;
}

} // namespace

ScenarioError::ScenarioError(const std::string &message) : std::runtime_error(printable(message)) {}

std::string printable(const std::string &text)
{
    static const char Digits[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte < 0x20 || byte == 0x7f) {
            out += "\\x";
            out += Digits[byte >> 4];
            out += Digits[byte & 0xf];
            continue;
        }
        // U+0080–U+009F (C1, CSI among them) is C2 80–C2 9F in UTF-8;
        // U+202A–U+202E is E2 80 AA–AE, U+2066–U+2069 is E2 81 A6–A9.
        unsigned codePoint = 0;
        std::size_t length = 0;
        if (byte == 0xc2 && i + 1 < text.size()) {
            const auto next = static_cast<unsigned char>(text[i + 1]);
            if (next >= 0x80 && next <= 0x9f) {
                codePoint = next;
                length = 2;
            }
        } else if (byte == 0xe2 && i + 2 < text.size()) {
            const auto second = static_cast<unsigned char>(text[i + 1]);
            const auto third = static_cast<unsigned char>(text[i + 2]);
            if ((second == 0x80 && third >= 0xaa && third <= 0xae) || (second == 0x81 && third >= 0xa6 && third <= 0xa9)) {
                codePoint = 0x2000 | ((second & 0x0f) << 6) | (third & 0x3f);
                length = 3;
            }
        }
        if (length == 0) {
            out += static_cast<char>(byte);
            continue;
        }
        out += "\\u";
        for (int shift = 12; shift >= 0; shift -= 4)
            out += Digits[(codePoint >> shift) & 0xf];
        i += length - 1;
    }
    return out;
}

bool decodeHex(const std::string &hex, std::string &bytes)
{
    bytes.clear();
    int high = -1;
    for (char c : hex) {
        if (c == ' ' || c == ':' || c == '-') {
            if (high != -1)
                return false;
            continue;
        }
        if (!std::isxdigit(static_cast<unsigned char>(c)))
            return false;
        const int digit = std::isdigit(static_cast<unsigned char>(c)) ? c - '0' : std::tolower(c) - 'a' + 10;
        if (high == -1) {
            high = digit;
        } else {
            bytes.push_back(static_cast<char>(high * 16 + digit));
            high = -1;
        }
    }
    return high == -1;
}

namespace {

Scenario readScenario(const std::string &text, const std::string &sourceName)
{
    const Reader reader(sourceName);
    Json root;
    try {
        root = Json::parse(text);
    } catch (const Json::parse_error &error) {
        throw ScenarioError(sourceName + ": not valid JSON: " + withoutPrefix(error.what()));
    } catch (const Json::exception &error) {
        // Valid JSON that no type holds, such as 73e9150: say where it is.
        PathTracker tracker;
        Json::sax_parse(text, &tracker);
        throw ScenarioError(sourceName + ": " + tracker.path() + ": " + withoutPrefix(error.what()));
    }

    reader.expectObject(root, "", { "latencyMs", "locationAllowed", "interfaces", "profiles", "faults" });
    Scenario scenario;
    scenario.latencyMs = reader.integer(root, "", "latencyMs", 0, 60000, 300);
    scenario.locationAllowed = reader.boolean(root, "", "locationAllowed", true);

    const Json &profiles = reader.list(root, "", "profiles", false);
    std::set<std::string> profileNames;
    for (std::size_t i = 0; i < profiles.size(); ++i) {
        const std::string path = indexed("profiles", i);
        reader.expectObject(profiles[i], path,
                            { "name", "allUsers", "userCanExecute", "userCanWrite", "groupPolicy", "autoConnect",
                              "passphrase" });
        Profile profile;
        profile.name = reader.string(profiles[i], path, "name", true);
        if (!profileNames.insert(profile.name).second)
            reader.fail(path + ".name", "expected a unique name; \"" + profile.name + "\" is used twice");
        profile.allUsers = reader.boolean(profiles[i], path, "allUsers", false);
        profile.userCanExecute = reader.boolean(profiles[i], path, "userCanExecute", true);
        profile.userCanWrite = reader.boolean(profiles[i], path, "userCanWrite", true);
        profile.groupPolicy = reader.boolean(profiles[i], path, "groupPolicy", false);
        profile.autoConnect = reader.boolean(profiles[i], path, "autoConnect", true);
        profile.hasPassphrase = profiles[i].contains("passphrase");
        profile.passphrase = reader.string(profiles[i], path, "passphrase", false, true);
        profile.ssid = profile.name; // until a network names it
        scenario.profiles.push_back(profile);
    }

    auto checkProfile = [&](const std::string &name, const std::string &path) {
        if (!name.empty() && !profileNames.count(name))
            reader.fail(path, "expected the name of an entry in profiles; got \"" + name + "\"");
    };

    const Json &interfaces = reader.list(root, "", "interfaces", true);
    std::set<std::string> ids;
    std::set<std::string> named;
    for (std::size_t i = 0; i < interfaces.size(); ++i) {
        const std::string path = indexed("interfaces", i);
        const Json &value = interfaces[i];
        reader.expectObject(value, path,
                            { "id", "description", "state", "profile", "radio", "hardwareRadio", "networks" });
        Interface iface;
        iface.id = reader.string(value, path, "id", true);
        if (!ids.insert(iface.id).second)
            reader.fail(path + ".id", "expected a unique id; \"" + iface.id + "\" is used twice");
        iface.description = reader.string(value, path, "description", true);
        iface.state = reader.choice(value, path, "state", AllStates);
        iface.profile = reader.string(value, path, "profile", false);
        checkProfile(iface.profile, path + ".profile");
        if (iface.state == InterfaceState::Connected && iface.profile.empty())
            reader.fail(path + ".profile", "missing; a connected interface names the profile it uses");
        iface.hardwareRadioOn = reader.boolean(value, path, "hardwareRadio", true);
        iface.radioOn = reader.boolean(value, path, "radio", true) && iface.hardwareRadioOn;
        const Json &networks = reader.list(value, path, "networks", false);
        for (std::size_t n = 0; n < networks.size(); ++n) {
            const std::string networkPath = indexed(path + ".networks", n);
            Network network = readNetwork(reader, networks[n], networkPath);
            checkProfile(network.profile, networkPath + ".profile");
            // A profile is for the network that first names it.
            if (!network.profile.empty() && !named.count(network.profile)) {
                named.insert(network.profile);
                for (Profile &profile : scenario.profiles) {
                    if (profile.name == network.profile) {
                        profile.ssid = network.ssid;
                        profile.security = network.security;
                        profile.nonBroadcast = network.hidden;
                    }
                }
            }
            iface.networks.push_back(std::move(network));
        }
        scenario.interfaces.push_back(std::move(iface));
    }

    const Json &faults = reader.list(root, "", "faults", false);
    for (std::size_t i = 0; i < faults.size(); ++i) {
        const std::string path = indexed("faults", i);
        reader.expectObject(faults[i], path, { "operation", "interface", "error", "times" });
        Fault fault;
        fault.operation = reader.choice(faults[i], path, "operation", AllOperations);
        fault.interfaceId = reader.string(faults[i], path, "interface", false);
        if (!fault.interfaceId.empty() && !ids.count(fault.interfaceId))
            reader.fail(path + ".interface", "expected the id of an entry in interfaces; got \"" + fault.interfaceId + "\"");
        fault.error = reader.choice(faults[i], path, "error", FaultErrors);
        fault.times = reader.integer(faults[i], path, "times", 1, 1000000, -1);
        scenario.faults.push_back(fault);
    }
    return scenario;
}

} // namespace

Scenario parseScenario(const std::string &text, const std::string &sourceName)
{
    try {
        return readScenario(text, sourceName);
    } catch (const nlohmann::json::exception &error) {
        // No library exception escapes: every bad file gets its one line.
        throw ScenarioError(sourceName + ": cannot be read: " + withoutPrefix(error.what()));
    }
}

} // namespace aerial::sim
