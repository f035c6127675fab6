// The simulation engine on its own: scenario validation and the rules it
// takes from the WlanConnect and WlanDisconnect documentation.
#include "simulation/scenario.h"
#include "simulation/simulationengine.h"

#include <QTest>

using namespace aerial::sim;

namespace {

// One connected interface on an all-users profile the user may not execute,
// one disconnected interface with a personal profile in range.
const char *const RulesScenario = R"({
  "latencyMs": 100,
  "interfaces": [
    { "id": "corp", "description": "Corp adapter", "state": "connected", "profile": "CorpWiFi",
      "networks": [
        { "ssid": "CorpWiFi", "signal": 74, "security": "wpa2-enterprise", "profile": "CorpWiFi" },
        { "ssid": "Guest", "signal": 50, "security": "open", "profile": "Guest" } ] },
    { "id": "home", "description": "USB adapter", "state": "disconnected",
      "networks": [
        { "ssid": "HomeNet", "signal": 82, "security": "wpa2-personal", "profile": "HomeNet" },
        { "ssid": "Other", "signal": 40, "security": "wpa3-personal", "profile": "Other" },
        { "ssidHex": "ff fe 41", "signal": 20, "security": "open" } ] },
    { "id": "off", "description": "Radio off", "state": "not-ready", "radio": false }
  ],
  "profiles": [
    { "name": "CorpWiFi", "allUsers": true, "userCanExecute": false },
    { "name": "Guest", "allUsers": true, "userCanExecute": true },
    { "name": "HomeNet" },
    { "name": "Other" },
    { "name": "Away" }
  ]
})";

Scenario rulesScenario()
{
    return parseScenario(RulesScenario, "rules.json");
}

std::vector<InterfaceState> states(const Outcome &outcome)
{
    std::vector<InterfaceState> result;
    for (const Notification &n : outcome.notifications) {
        if (n.kind == Notification::Kind::StateChanged)
            result.push_back(n.state);
    }
    return result;
}

const Notification *completion(const Outcome &outcome)
{
    for (const Notification &n : outcome.notifications) {
        if (n.kind == Notification::Kind::OperationCompleted)
            return &n;
    }
    return nullptr;
}

// Runs one operation of any kind; the reads have no notifications.
Outcome perform(SimulationEngine &engine, Operation operation, const std::string &interfaceId)
{
    switch (operation) {
    case Operation::Connect: return engine.connect(interfaceId, "HomeNet");
    case Operation::Disconnect: return engine.disconnect(interfaceId);
    case Operation::Scan: return engine.scan(interfaceId);
    case Operation::ListNetworks: return Outcome{ engine.listNetworks(interfaceId, nullptr), {} };
    case Operation::QueryConnection: return Outcome{ engine.queryConnection(interfaceId), {} };
    case Operation::SetProfile: {
        Profile profile;
        profile.name = profile.ssid = "Fresh";
        return Outcome{ engine.setProfile(interfaceId, profile, false), {} };
    }
    case Operation::DeleteProfile: return engine.deleteProfile(interfaceId, "HomeNet");
    case Operation::SetRadio: return engine.setRadio(interfaceId, false);
    }
    return {};
}

const Operation AllOperations[] = { Operation::Connect,         Operation::Disconnect, Operation::Scan,
                                    Operation::ListNetworks,    Operation::QueryConnection, Operation::SetProfile,
                                    Operation::DeleteProfile,   Operation::SetRadio };

} // namespace

class TestSimulationEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void setProfileFollowsWlanSetProfile_data();
    void setProfileFollowsWlanSetProfile();
    void newProfilesGoFirstBelowGroupPolicy();
    void deleteProfileFollowsWlanDeleteProfile_data();
    void deleteProfileFollowsWlanDeleteProfile();
    void freeProfileNamesCount();
    void hiddenNetworksAreListedBareUntilAProfileNamesThem();
    void radioHeldOffInHardwareStaysOff();
    void parsesTheIssueExample();
    void parsesRawSsids();
    void rejectsBadFiles_data();
    void rejectsBadFiles();
    void disconnectOnForbiddenAllUsersProfileIsAccessDenied();
    void unknownInterfaceIsInvalidParameter_data();
    void unknownInterfaceIsInvalidParameter();
    void connectWalksThroughTheStates();
    void connectWhileConnectedSwitchesWithoutDisconnecting();
    void connectToForbiddenAllUsersProfileIsAccessDenied();
    void connectToUnknownProfileIsNotFound();
    void connectToProfileOutOfRangeFailsAfterAssociating();
    void disconnectWalksThroughTheStates();
    void disconnectWhenDisconnectedSucceedsAtOnce();
    void operationsOnRadioOffAreInvalidState();
    void scanDeliversTheNetworks();
    void faultsAreInjected_data();
    void faultsAreInjected();
    void faultTimesRunOut();
    void faultForOneInterfaceSparesTheOthers();
    void locationPrivacyGatesScansAndReads_data();
    void locationPrivacyGatesScansAndReads();
    void listNetworksReturnsTheInterfaceNetworks();
    void removedInterfaceIsGone();
};

void TestSimulationEngine::parsesTheIssueExample()
{
    const Scenario scenario = parseScenario(R"({
      "latencyMs": 300,
      "interfaces": [
        { "id": "{3f1c3b5e-0c1d-4a53-9d2e-6b7a1f0e2c11}",
          "description": "Intel(R) Wi-Fi 6 AX201 160MHz",
          "state": "connected",
          "profile": "CorpWiFi",
          "networks": [
            { "ssid": "CorpWiFi", "signal": 74, "security": "wpa2-enterprise", "profile": "CorpWiFi" },
            { "ssidHex": "ff fe 41", "signal": 20, "security": "open" } ] } ],
      "profiles": [ { "name": "CorpWiFi", "allUsers": true, "userCanExecute": false } ],
      "faults": [ { "operation": "disconnect", "interface": "{3f1c3b5e-0c1d-4a53-9d2e-6b7a1f0e2c11}", "error": "rpc", "times": 1 } ]
    })", "example.json");
    QCOMPARE(scenario.latencyMs, 300);
    QCOMPARE(scenario.interfaces.size(), std::size_t(1));
    const Interface &iface = scenario.interfaces[0];
    QCOMPARE(iface.state, InterfaceState::Connected);
    QCOMPARE(iface.profile, std::string("CorpWiFi"));
    QCOMPARE(iface.networks.size(), std::size_t(2));
    QCOMPARE(iface.networks[0].security, Security::Wpa2Enterprise);
    QCOMPARE(iface.networks[1].ssid, std::string("\xff\xfe\x41", 3));
    QCOMPARE(scenario.profiles.size(), std::size_t(1));
    QVERIFY(scenario.profiles[0].allUsers);
    QVERIFY(!scenario.profiles[0].userCanExecute);
    QCOMPARE(scenario.faults.size(), std::size_t(1));
    QCOMPARE(scenario.faults[0].operation, Operation::Disconnect);
    QCOMPARE(scenario.faults[0].error, ErrorKind::Rpc);
    QCOMPARE(scenario.faults[0].times, 1);
}

void TestSimulationEngine::parsesRawSsids()
{
    const Scenario scenario = parseScenario(R"({ "interfaces": [ { "id": "a", "description": "d", "state": "disconnected",
      "networks": [ { "ssidHex": "00 41 00", "security": "open" },
                    { "ssidHex": "", "security": "open" },
                    { "ssidHex": "4142434445464748494a4b4c4d4e4f505152535455565758595a303132333435", "security": "open" },
                    { "ssid": "x", "security": "open" },
                    { "ssid": "x", "security": "wpa2-personal" } ] } ] })", "raw.json");
    const auto &networks = scenario.interfaces[0].networks;
    QCOMPARE(networks[0].ssid, std::string("\0A\0", 3));
    QCOMPARE(networks[1].ssid, std::string());
    QCOMPARE(networks[2].ssid.size(), std::size_t(32));
    QCOMPARE(scenario.latencyMs, 300); // the default
}

void TestSimulationEngine::rejectsBadFiles_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    const QString iface = QStringLiteral(R"({ "interfaces": [ { "id": "a", "description": "d", "state": "disconnected", "networks": [ %1 ] } ] %2 })");
    QTest::newRow("not json") << "{ \"interfaces\": [ " << "bad.json: not valid JSON: parse error at line 1, column 19";
    QTest::newRow("empty file") << "" << "bad.json: not valid JSON";
    QTest::newRow("top level is a list") << "[]" << "bad.json: (top level): expected an object; got a list";
    QTest::newRow("unknown top-level field") << R"({ "interfaces": [], "latency": 3 })"
                                             << "bad.json: latency: unknown field; expected one of latencyMs, locationAllowed, interfaces, profiles, faults";
    QTest::newRow("location flag not bool") << R"({ "interfaces": [], "locationAllowed": "no" })"
                                            << "bad.json: locationAllowed: expected true or false";
    QTest::newRow("no interfaces") << "{}" << "bad.json: interfaces: missing; this field is required";
    QTest::newRow("interfaces not a list") << R"({ "interfaces": {} })" << "bad.json: interfaces: expected a list; got an object";
    QTest::newRow("latency negative") << R"({ "interfaces": [], "latencyMs": -1 })"
                                      << "bad.json: latencyMs: expected a whole number from 0 to 60000; got -1";
    QTest::newRow("latency text") << R"({ "interfaces": [], "latencyMs": "fast" })"
                                  << "bad.json: latencyMs: expected a whole number from 0 to 60000; got \"fast\"";
    QTest::newRow("bad state") << R"({ "interfaces": [ { "id": "a", "description": "d", "state": "online" } ] })"
                               << "bad.json: interfaces[0].state: expected one of not-ready, connected, ad-hoc-network-formed, "
                                  "disconnecting, disconnected, associating, discovering, authenticating; got \"online\"";
    QTest::newRow("missing id") << R"({ "interfaces": [ { "description": "d", "state": "connected" } ] })"
                                << "bad.json: interfaces[0].id: missing; this field is required";
    QTest::newRow("duplicate id") << R"({ "interfaces": [ { "id": "a", "description": "d", "state": "disconnected" },
                                                         { "id": "a", "description": "e", "state": "disconnected" } ] })"
                                  << "bad.json: interfaces[1].id: expected a unique id; \"a\" is used twice";
    QTest::newRow("connected without profile") << R"({ "interfaces": [ { "id": "a", "description": "d", "state": "connected" } ] })"
                                               << "bad.json: interfaces[0].profile: missing; a connected interface names the profile it uses";
    QTest::newRow("unknown profile") << R"({ "interfaces": [ { "id": "a", "description": "d", "state": "connected", "profile": "X" } ] })"
                                     << "bad.json: interfaces[0].profile: expected the name of an entry in profiles; got \"X\"";
    QTest::newRow("radio not bool") << R"({ "interfaces": [ { "id": "a", "description": "d", "state": "disconnected", "radio": "on" } ] })"
                                    << "bad.json: interfaces[0].radio: expected true or false; got \"on\"";
    QTest::newRow("bad security") << iface.arg(R"({ "ssid": "x", "security": "wpa4" })", QString())
                                  << "bad.json: interfaces[0].networks[0].security: expected one of open, wep, wpa2-personal, "
                                     "wpa3-personal, wpa2-enterprise, wpa3-enterprise, owe; got \"wpa4\"";
    QTest::newRow("ssid and ssidHex") << iface.arg(R"({ "ssid": "x", "ssidHex": "41", "security": "open" })", QString())
                                      << "bad.json: interfaces[0].networks[0]: expected exactly one of ssid or ssidHex";
    QTest::newRow("no ssid") << iface.arg(R"({ "security": "open" })", QString())
                             << "bad.json: interfaces[0].networks[0]: expected exactly one of ssid or ssidHex";
    QTest::newRow("odd hex") << iface.arg(R"({ "ssidHex": "ff f", "security": "open" })", QString())
                             << "bad.json: interfaces[0].networks[0].ssidHex: expected pairs of hexadecimal digits such as \"ff fe 41\"; got \"ff f\"";
    QTest::newRow("hex not hex") << iface.arg(R"({ "ssidHex": "zz", "security": "open" })", QString())
                                 << "bad.json: interfaces[0].networks[0].ssidHex: expected pairs of hexadecimal digits";
    QTest::newRow("ssid of 33 bytes") << iface.arg(R"({ "ssid": "123456789012345678901234567890123", "security": "open" })", QString())
                                      << "bad.json: interfaces[0].networks[0].ssid: expected at most 32 bytes; got 33";
    QTest::newRow("signal above 100") << iface.arg(R"({ "ssid": "x", "signal": 101, "security": "open" })", QString())
                                      << "bad.json: interfaces[0].networks[0].signal: expected a whole number from 0 to 100; got 101";
    QTest::newRow("signal fraction") << iface.arg(R"({ "ssid": "x", "signal": 5.5, "security": "open" })", QString())
                                     << "bad.json: interfaces[0].networks[0].signal: expected a whole number from 0 to 100; got 5.5";
    QTest::newRow("network typo") << iface.arg(R"({ "ssid": "x", "securty": "open" })", QString())
                                  << "bad.json: interfaces[0].networks[0].securty: unknown field";
    QTest::newRow("network profile unknown") << iface.arg(R"({ "ssid": "x", "security": "open", "profile": "Nope" })", QString())
                                             << "bad.json: interfaces[0].networks[0].profile: expected the name of an entry in profiles; got \"Nope\"";
    QTest::newRow("duplicate profile") << iface.arg(QString(), R"(, "profiles": [ { "name": "P" }, { "name": "P" } ])")
                                       << "bad.json: profiles[1].name: expected a unique name; \"P\" is used twice";
    QTest::newRow("profile flag not bool") << iface.arg(QString(), R"(, "profiles": [ { "name": "P", "allUsers": 1 } ])")
                                           << "bad.json: profiles[0].allUsers: expected true or false; got 1";
    QTest::newRow("fault error unknown") << iface.arg(QString(), R"(, "faults": [ { "operation": "connect", "error": "boom" } ])")
                                         << "bad.json: faults[0].error: expected one of access-denied, invalid-parameter, invalid-handle, "
                                            "not-enough-memory, service-unavailable, rpc; got \"boom\"";
    QTest::newRow("fault operation unknown") << iface.arg(QString(), R"(, "faults": [ { "operation": "roam", "error": "rpc" } ])")
                                             << "bad.json: faults[0].operation: expected one of connect, disconnect, scan, list-networks, query-connection, set-profile, delete-profile, set-radio; got \"roam\"";
    QTest::newRow("fault interface unknown") << iface.arg(QString(), R"(, "faults": [ { "operation": "scan", "interface": "zz", "error": "rpc" } ])")
                                             << "bad.json: faults[0].interface: expected the id of an entry in interfaces; got \"zz\"";
    QTest::newRow("number no type holds") << R"({ "latencyMs": 73e9150, "interfaces": [] })"
                                          << "bad.json: latencyMs: number overflow parsing '73e9150'";
    QTest::newRow("overflow deep inside") << iface.arg(R"({ "ssid": "x", "signal": 1e999, "security": "open" })", QString())
                                          << "bad.json: interfaces[0].networks[0].signal: number overflow";
    QTest::newRow("integer beyond long long") << R"({ "latencyMs": 18446744073709551615, "interfaces": [] })"
                                              << "bad.json: latencyMs: expected a whole number from 0 to 60000; got 18446744073709551615";
    // The file's own text comes back on one line, with no terminal escape.
    QTest::newRow("newline and escape echoed safely")
        << R"({ "interfaces": [ { "id": "a", "description": "d", "state": "on\nline\u001b[2J" } ] })"
        << "bad.json: interfaces[0].state: expected one of not-ready, connected, ad-hoc-network-formed, disconnecting, "
           "disconnected, associating, discovering, authenticating; got \"on\\x0Aline\\x1B[2J\"";
    QTest::newRow("bidi override echoed safely") << iface.arg(R"({ "ssid": "x", "security": "\u202ewpa" })", QString())
                                                 << "bad.json: interfaces[0].networks[0].security: expected one of open, wep, "
                                                    "wpa2-personal, wpa3-personal, wpa2-enterprise, wpa3-enterprise, owe; got \"\\u202Ewpa\"";
    QTest::newRow("hidden without ssid") << iface.arg(R"({ "ssid": "", "hidden": true, "security": "open" })", QString())
                                         << "bad.json: interfaces[0].networks[0]: a hidden network needs its SSID";
    QTest::newRow("fault times zero") << iface.arg(QString(), R"(, "faults": [ { "operation": "scan", "error": "rpc", "times": 0 } ])")
                                      << "bad.json: faults[0].times: expected a whole number from 1 to 1000000; got 0";
}

void TestSimulationEngine::rejectsBadFiles()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    try {
        parseScenario(text.toStdString(), "bad.json");
        QFAIL("the scenario was accepted");
    } catch (const ScenarioError &error) {
        const QString message = QString::fromStdString(error.what());
        QVERIFY2(message.startsWith(expected), qPrintable(message));
    }
}

void TestSimulationEngine::disconnectOnForbiddenAllUsersProfileIsAccessDenied()
{
    SimulationEngine engine(rulesScenario());
    const Outcome outcome = engine.disconnect("corp");
    QCOMPARE(outcome.result.error, ErrorKind::AccessDenied);
    QCOMPARE(outcome.result.nativeCode, win32::AccessDenied);
    QCOMPARE(outcome.result.profile, std::string("CorpWiFi"));
    QCOMPARE(outcome.result.message, std::string("Access is denied."));
    QVERIFY(outcome.notifications.empty());
    QCOMPARE(engine.findInterface("corp")->state, InterfaceState::Connected); // nothing changed
}

void TestSimulationEngine::unknownInterfaceIsInvalidParameter_data()
{
    QTest::addColumn<int>("operation");
    for (Operation operation : AllOperations)
        QTest::newRow(toString(operation)) << int(operation);
}

void TestSimulationEngine::unknownInterfaceIsInvalidParameter()
{
    QFETCH(int, operation);
    SimulationEngine engine(rulesScenario());
    const Outcome outcome = perform(engine, Operation(operation), "{no-such-guid}");
    QCOMPARE(outcome.result.error, ErrorKind::InvalidParameter);
    QCOMPARE(outcome.result.nativeCode, win32::InvalidParameter);
    QCOMPARE(int(outcome.result.operation), operation);
    QVERIFY(outcome.notifications.empty());
}

void TestSimulationEngine::connectWalksThroughTheStates()
{
    SimulationEngine engine(rulesScenario());
    const Outcome outcome = engine.connect("home", "HomeNet");
    QCOMPARE(outcome.result.error, ErrorKind::None);
    const std::vector<InterfaceState> expected{ InterfaceState::Associating, InterfaceState::Authenticating,
                                                InterfaceState::Connected };
    QCOMPARE(states(outcome), expected);
    // Each step one latency after the one before, the completion with the last.
    QCOMPARE(outcome.notifications[0].delayMs, 100);
    QCOMPARE(outcome.notifications[1].delayMs, 200);
    QCOMPARE(outcome.notifications[2].delayMs, 300);
    QCOMPARE(outcome.notifications[2].ssid, std::string("HomeNet"));
    QCOMPARE(outcome.notifications[2].signal, 82);
    QVERIFY(completion(outcome));
    QCOMPARE(completion(outcome)->delayMs, 300);
    QCOMPARE(completion(outcome)->result.error, ErrorKind::None);
    QCOMPARE(engine.findInterface("home")->profile, std::string("HomeNet"));
}

void TestSimulationEngine::connectWhileConnectedSwitchesWithoutDisconnecting()
{
    SimulationEngine engine(rulesScenario());
    QCOMPARE(engine.connect("home", "HomeNet").result.error, ErrorKind::None);
    const Outcome outcome = engine.connect("home", "Other");
    QCOMPARE(outcome.result.error, ErrorKind::None);
    const std::vector<InterfaceState> expected{ InterfaceState::Associating, InterfaceState::Authenticating,
                                                InterfaceState::Connected };
    // No disconnecting or disconnected step: WlanConnect drops the old link itself.
    QCOMPARE(states(outcome), expected);
    QCOMPARE(outcome.notifications.back().kind, Notification::Kind::OperationCompleted);
    QCOMPARE(engine.findInterface("home")->profile, std::string("Other"));

    // The corp interface switches from its forbidden profile to an allowed one:
    // allowed, because the forbidden profile is not the one being executed.
    const Outcome corp = engine.connect("corp", "Guest");
    QCOMPARE(corp.result.error, ErrorKind::None);
    QCOMPARE(states(corp).front(), InterfaceState::Associating);
}

void TestSimulationEngine::connectToForbiddenAllUsersProfileIsAccessDenied()
{
    SimulationEngine engine(rulesScenario());
    QCOMPARE(engine.connect("corp", "Guest").result.error, ErrorKind::None);
    const Outcome outcome = engine.connect("corp", "CorpWiFi");
    QCOMPARE(outcome.result.error, ErrorKind::AccessDenied);
    QCOMPARE(outcome.result.profile, std::string("CorpWiFi"));
    QCOMPARE(engine.findInterface("corp")->profile, std::string("Guest"));
}

void TestSimulationEngine::connectToUnknownProfileIsNotFound()
{
    SimulationEngine engine(rulesScenario());
    const Outcome outcome = engine.connect("home", "Nobody");
    QCOMPARE(outcome.result.error, ErrorKind::NotFound);
    QCOMPARE(outcome.result.nativeCode, win32::NotFound);
}

void TestSimulationEngine::connectToProfileOutOfRangeFailsAfterAssociating()
{
    SimulationEngine engine(rulesScenario());
    const Outcome outcome = engine.connect("home", "Away");
    QCOMPARE(outcome.result.error, ErrorKind::None); // the call is accepted…
    const std::vector<InterfaceState> expected{ InterfaceState::Associating, InterfaceState::Disconnected };
    QCOMPARE(states(outcome), expected);
    QVERIFY(completion(outcome));
    QCOMPARE(completion(outcome)->result.error, ErrorKind::ConnectionFailed); // …and fails on the air
    QCOMPARE(completion(outcome)->result.nativeCode, ReasonNetworkNotVisible);
}

void TestSimulationEngine::disconnectWalksThroughTheStates()
{
    SimulationEngine engine(rulesScenario());
    QCOMPARE(engine.connect("home", "HomeNet").result.error, ErrorKind::None);
    const Outcome outcome = engine.disconnect("home");
    QCOMPARE(outcome.result.error, ErrorKind::None);
    QCOMPARE(outcome.result.profile, std::string("HomeNet"));
    const std::vector<InterfaceState> expected{ InterfaceState::Disconnecting, InterfaceState::Disconnected };
    QCOMPARE(states(outcome), expected);
    QCOMPARE(outcome.notifications[1].ssid, std::string());
    QCOMPARE(completion(outcome)->delayMs, 200);
    QCOMPARE(engine.findInterface("home")->state, InterfaceState::Disconnected);
}

void TestSimulationEngine::disconnectWhenDisconnectedSucceedsAtOnce()
{
    SimulationEngine engine(rulesScenario());
    const Outcome outcome = engine.disconnect("home");
    QCOMPARE(outcome.result.error, ErrorKind::None);
    QVERIFY(states(outcome).empty());
    QVERIFY(completion(outcome));
    QCOMPARE(completion(outcome)->delayMs, 0);
}

void TestSimulationEngine::operationsOnRadioOffAreInvalidState()
{
    SimulationEngine engine(rulesScenario());
    QCOMPARE(engine.connect("off", "HomeNet").result.error, ErrorKind::InvalidState);
    QCOMPARE(engine.scan("off").result.error, ErrorKind::InvalidState);
    QCOMPARE(engine.scan("off").result.nativeCode, win32::InvalidState);
}

void TestSimulationEngine::scanDeliversTheNetworks()
{
    SimulationEngine engine(rulesScenario());
    const Outcome outcome = engine.scan("home");
    QCOMPARE(outcome.result.error, ErrorKind::None);
    QCOMPARE(outcome.notifications.size(), std::size_t(2));
    QCOMPARE(outcome.notifications[0].kind, Notification::Kind::NetworksChanged);
    QCOMPARE(outcome.notifications[0].delayMs, 100);
    QCOMPARE(outcome.notifications[0].networks.size(), std::size_t(3));
    QCOMPARE(outcome.notifications[0].networks[2].ssid, std::string("\xff\xfe\x41", 3));
    QCOMPARE(outcome.notifications[1].kind, Notification::Kind::OperationCompleted);
}

void TestSimulationEngine::faultsAreInjected_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("kind");
    QTest::addColumn<uint>("code");
    const struct
    {
        const char *name;
        ErrorKind kind;
        std::uint32_t code;
    } errors[] = {
        { "access-denied", ErrorKind::AccessDenied, 5 },      { "invalid-parameter", ErrorKind::InvalidParameter, 87 },
        { "invalid-handle", ErrorKind::InvalidHandle, 6 },    { "not-enough-memory", ErrorKind::NotEnoughMemory, 8 },
        { "service-unavailable", ErrorKind::ServiceUnavailable, 1062 }, { "rpc", ErrorKind::Rpc, 1722 },
    };
    for (Operation operation : AllOperations) {
        for (const auto &error : errors) {
            QTest::addRow("%s %s", toString(operation), error.name) << QString::fromLatin1(toString(operation))
                                                                  << QString::fromLatin1(error.name) << int(error.kind)
                                                                  << uint(error.code);
        }
    }
}

void TestSimulationEngine::faultsAreInjected()
{
    QFETCH(QString, operation);
    QFETCH(QString, error);
    QFETCH(int, kind);
    QFETCH(uint, code);
    const std::string text = std::string(R"({ "interfaces": [ { "id": "a", "description": "d", "state": "connected", "profile": "P",
        "networks": [ { "ssid": "P", "security": "open", "profile": "P" } ] } ],
        "profiles": [ { "name": "P" } ],
        "faults": [ { "operation": ")") + operation.toStdString() + R"(", "error": ")" + error.toStdString() + R"(" } ] })";
    SimulationEngine engine(parseScenario(text, "faults.json"));
    Outcome outcome;
    for (Operation candidate : AllOperations) {
        if (operation == QLatin1String(toString(candidate)))
            outcome = candidate == Operation::Connect ? engine.connect("a", "P") : perform(engine, candidate, "a");
    }
    QCOMPARE(int(outcome.result.error), kind);
    QCOMPARE(uint(outcome.result.nativeCode), code);
    QVERIFY(!outcome.result.message.empty());
    QVERIFY(outcome.notifications.empty());
    // Without "times" the fault stays.
    QCOMPARE(int(engine.scan("a").result.error == ErrorKind::None), operation == QLatin1String("scan") ? 0 : 1);
}

void TestSimulationEngine::faultTimesRunOut()
{
    SimulationEngine engine(parseScenario(R"({ "interfaces": [ { "id": "a", "description": "d", "state": "disconnected" } ],
        "faults": [ { "operation": "scan", "error": "rpc", "times": 2 } ] })", "times.json"));
    QCOMPARE(engine.scan("a").result.error, ErrorKind::Rpc);
    QCOMPARE(engine.scan("a").result.error, ErrorKind::Rpc);
    QCOMPARE(engine.scan("a").result.error, ErrorKind::None);
}

void TestSimulationEngine::faultForOneInterfaceSparesTheOthers()
{
    SimulationEngine engine(parseScenario(R"({ "interfaces": [ { "id": "a", "description": "d", "state": "disconnected" },
        { "id": "b", "description": "e", "state": "disconnected" } ],
        "faults": [ { "operation": "scan", "interface": "b", "error": "service-unavailable" } ] })", "one.json"));
    QCOMPARE(engine.scan("a").result.error, ErrorKind::None);
    QCOMPARE(engine.scan("b").result.error, ErrorKind::ServiceUnavailable);
}

void TestSimulationEngine::locationPrivacyGatesScansAndReads_data()
{
    QTest::addColumn<int>("operation");
    QTest::addColumn<bool>("gated");
    for (Operation operation : AllOperations) {
        const bool gated = operation == Operation::Scan || operation == Operation::ListNetworks
                           || operation == Operation::QueryConnection;
        QTest::newRow(toString(operation)) << int(operation) << gated;
    }
}

void TestSimulationEngine::locationPrivacyGatesScansAndReads()
{
    QFETCH(int, operation);
    QFETCH(bool, gated);
    std::string text = RulesScenario;
    text.replace(text.find("\"latencyMs\""), 0, "\"locationAllowed\": false, ");
    Scenario scenario = parseScenario(text, "location.json");
    QVERIFY(!scenario.locationAllowed);
    SimulationEngine engine(scenario);
    const Outcome outcome = perform(engine, Operation(operation), "home");
    QCOMPARE(outcome.result.error == ErrorKind::AccessDenied, gated);
    if (gated) {
        QCOMPARE(outcome.result.nativeCode, win32::AccessDenied);
        QVERIFY(outcome.notifications.empty());
    }
    QVERIFY(rulesScenario().locationAllowed);
}

void TestSimulationEngine::listNetworksReturnsTheInterfaceNetworks()
{
    SimulationEngine engine(rulesScenario());
    std::vector<Network> networks;
    const OperationResult result = engine.listNetworks("home", &networks);
    QCOMPARE(result.error, ErrorKind::None);
    QCOMPARE(networks.size(), std::size_t(3));
    QCOMPARE(networks[2].ssid, std::string("\xff\xfe\x41"));
    QCOMPARE(engine.queryConnection("corp").profile, std::string("CorpWiFi"));
}

void TestSimulationEngine::removedInterfaceIsGone()
{
    SimulationEngine engine(parseScenario(R"({ "interfaces": [ { "id": "a", "description": "d", "state": "disconnected" },
        { "id": "b", "description": "e", "state": "disconnected" } ],
        "faults": [ { "operation": "scan", "interface": "b", "error": "rpc" } ] })", "remove.json"));
    QVERIFY(engine.removeInterface("b"));
    QVERIFY(!engine.removeInterface("b"));
    QVERIFY(!engine.findInterface("b"));
    QVERIFY(engine.scenario().faults.empty());
    QCOMPARE(engine.scan("b").result.error, ErrorKind::InvalidParameter);
    QCOMPARE(engine.scan("a").result.error, ErrorKind::None);
}

namespace {

Profile profileOf(const std::string &name, Security security = Security::Wpa2Personal, const std::string &key = "12345678")
{
    Profile profile;
    profile.name = profile.ssid = name;
    profile.security = security;
    profile.hasPassphrase = security == Security::Wpa2Personal || security == Security::Wpa3Personal;
    profile.passphrase = key;
    return profile;
}

const char *const ProfileScenario = R"({
  "interfaces": [ { "id": "w", "description": "d", "state": "disconnected",
    "networks": [ { "ssid": "Mine", "security": "wpa2-personal", "profile": "Mine" },
                  { "ssid": "Shared", "security": "wpa2-personal", "profile": "Shared" },
                  { "ssid": "Locked", "security": "wpa2-personal", "profile": "Locked" },
                  { "ssid": "Policy", "security": "wpa2-personal", "profile": "Policy" },
                  { "ssid": "Backroom", "security": "wpa2-personal", "hidden": true } ] },
    { "id": "held", "description": "d", "state": "disconnected", "hardwareRadio": false } ],
  "profiles": [ { "name": "Policy", "groupPolicy": true }, { "name": "Mine" }, { "name": "Shared", "allUsers": true },
                { "name": "Locked", "allUsers": true, "userCanWrite": false } ]
})";

} // namespace

void TestSimulationEngine::setProfileFollowsWlanSetProfile_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("allUsers");
    QTest::addColumn<bool>("overwrite");
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("error");
    QTest::addColumn<uint>("code");

    QTest::newRow("new") << "Fresh" << false << false << "12345678" << int(ErrorKind::None) << 0u;
    QTest::newRow("taken, no overwrite") << "Mine" << false << false << "12345678" << int(ErrorKind::AlreadyExists) << 183u;
    QTest::newRow("overwrite") << "Mine" << false << true << "12345678" << int(ErrorKind::None) << 0u;
    QTest::newRow("overwrite changes the type") << "Shared" << false << true << "12345678" << int(ErrorKind::AlreadyExists) << 183u;
    QTest::newRow("overwrite all users', writable") << "Shared" << true << true << "12345678" << int(ErrorKind::None) << 0u;
    QTest::newRow("overwrite without write access") << "Locked" << true << true << "12345678" << int(ErrorKind::AccessDenied) << 5u;
    QTest::newRow("overwrite group policy") << "Policy" << false << true << "12345678" << int(ErrorKind::AccessDenied) << 5u;
    QTest::newRow("key too short") << "Fresh" << false << false << "1234567" << int(ErrorKind::BadProfile) << 0x40004u;
    QTest::newRow("key of 64 non-hex") << "Fresh" << false << false << std::string(64, 'z').c_str() << int(ErrorKind::BadProfile) << 0x40004u;
    QTest::newRow("key of 64 hex") << "Fresh" << false << false << std::string(64, 'a').c_str() << int(ErrorKind::None) << 0u;
}

void TestSimulationEngine::setProfileFollowsWlanSetProfile()
{
    QFETCH(QString, name);
    QFETCH(bool, allUsers);
    QFETCH(bool, overwrite);
    QFETCH(QString, key);
    QFETCH(int, error);
    QFETCH(uint, code);
    SimulationEngine engine(parseScenario(ProfileScenario, "profiles.json"));
    Profile profile = profileOf(name.toStdString(), Security::Wpa2Personal, key.toStdString());
    profile.allUsers = allUsers;
    const OperationResult result = engine.setProfile("w", profile, overwrite);
    QCOMPARE(int(result.error), error);
    QCOMPARE(result.nativeCode, code);
    if (result.error == ErrorKind::None)
        QCOMPARE(engine.findProfile(name.toStdString())->passphrase, key.toStdString());
    // The service's words never carry the key.
    QVERIFY(result.message.find(key.toStdString()) == std::string::npos);
}

void TestSimulationEngine::newProfilesGoFirstBelowGroupPolicy()
{
    SimulationEngine engine(parseScenario(ProfileScenario, "profiles.json"));
    QCOMPARE(int(engine.setProfile("w", profileOf("Fresh"), false).error), int(ErrorKind::None));
    const std::vector<Profile> &profiles = engine.scenario().profiles;
    QCOMPARE(profiles[0].name, std::string("Policy"));
    QCOMPARE(profiles[1].name, std::string("Fresh"));
    // Overwriting keeps the place.
    QCOMPARE(int(engine.setProfile("w", profileOf("Shared"), true).error), int(ErrorKind::AlreadyExists));
    Profile mine = profileOf("Mine");
    QCOMPARE(int(engine.setProfile("w", mine, true).error), int(ErrorKind::None));
    QCOMPARE(engine.scenario().profiles[2].name, std::string("Mine"));
}

void TestSimulationEngine::deleteProfileFollowsWlanDeleteProfile_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("error");
    QTest::newRow("this account's") << "Mine" << int(ErrorKind::None);
    QTest::newRow("all users', writable") << "Shared" << int(ErrorKind::None);
    QTest::newRow("all users', not writable") << "Locked" << int(ErrorKind::AccessDenied);
    QTest::newRow("group policy") << "Policy" << int(ErrorKind::AccessDenied);
    QTest::newRow("unknown") << "Nope" << int(ErrorKind::NotFound);
}

void TestSimulationEngine::deleteProfileFollowsWlanDeleteProfile()
{
    QFETCH(QString, name);
    QFETCH(int, error);
    SimulationEngine engine(parseScenario(ProfileScenario, "profiles.json"));
    const Outcome outcome = engine.deleteProfile("w", name.toStdString());
    QCOMPARE(int(outcome.result.error), error);
    QCOMPARE(engine.findProfile(name.toStdString()) != nullptr, error != int(ErrorKind::None) && name != "Nope");
    QCOMPARE(completion(outcome) != nullptr, error == int(ErrorKind::None));
}

void TestSimulationEngine::freeProfileNamesCount()
{
    SimulationEngine engine(parseScenario(ProfileScenario, "profiles.json"));
    QCOMPARE(engine.freeProfileName("Fresh"), std::string("Fresh"));
    QCOMPARE(engine.freeProfileName("Mine"), std::string("Mine 2"));
    QVERIFY(engine.setProfile("w", profileOf("Mine 2"), false).error == ErrorKind::None);
    QCOMPARE(engine.freeProfileName("Mine"), std::string("Mine 3"));
}

void TestSimulationEngine::hiddenNetworksAreListedBareUntilAProfileNamesThem()
{
    SimulationEngine engine(parseScenario(ProfileScenario, "profiles.json"));
    std::vector<Network> networks;
    engine.listNetworks("w", &networks);
    QCOMPARE(networks.back().ssid, std::string());
    QCOMPARE(networks.back().profile, std::string());
    QVERIFY(engine.setProfile("w", profileOf("Backroom"), false).error == ErrorKind::None);
    engine.listNetworks("w", &networks);
    QCOMPARE(networks.back().ssid, std::string("Backroom"));
    QCOMPARE(networks.back().profile, std::string("Backroom"));
    for (const Network &network : networks)
        QVERIFY(network.passphrase.empty()); // the access point does not tell its key
}

void TestSimulationEngine::radioHeldOffInHardwareStaysOff()
{
    SimulationEngine engine(parseScenario(ProfileScenario, "profiles.json"));
    QVERIFY(!engine.findInterface("held")->radioOn);
    QCOMPARE(int(engine.setRadio("held", true).result.error), int(ErrorKind::InvalidState));
    QCOMPARE(int(engine.setRadio("held", false).result.error), int(ErrorKind::None)); // already off: nothing to do
    const Outcome off = engine.setRadio("w", false);
    QVERIFY(completion(off));
    QVERIFY(!engine.findInterface("w")->radioOn);
    QCOMPARE(int(engine.scan("w").result.error), int(ErrorKind::InvalidState));
}

QTEST_GUILESS_MAIN(TestSimulationEngine)
#include "tst_simulationengine.moc"
