// libFuzzer: any bytes as a scenario file. The parser either accepts them or
// refuses them with one printable line naming the file; nothing else may
// escape it (a JSON library exception once aborted Aerial: "latencyMs":
// 73e9150). An accepted scenario is then played: every operation on every
// interface, which must keep the engine's own invariants.
#include "simulation/scenario.h"
#include "simulation/simulationengine.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

using namespace aerial::sim;

namespace {

void require(bool condition, const char *what, const std::string &detail = {})
{
    if (!condition) {
        std::fprintf(stderr, "broken: %s %s\n", what, detail.c_str());
        std::abort();
    }
}

void play(Scenario scenario)
{
    SimulationEngine engine(std::move(scenario));
    const std::vector<Interface> interfaces = engine.scenario().interfaces;
    for (const Interface &iface : interfaces) {
        std::vector<Network> networks;
        engine.listNetworks(iface.id, &networks);
        for (const Network &network : networks)
            require(network.ssid.size() <= 32 && network.passphrase.empty(), "a listed network", network.ssid);
        engine.scan(iface.id);
        engine.queryConnection(iface.id);
        for (const Profile &profile : std::vector<Profile>(engine.scenario().profiles)) {
            const Outcome outcome = engine.connect(iface.id, profile.name);
            // Every accepted call finishes exactly once.
            int completions = 0;
            for (const Notification &n : outcome.notifications)
                completions += n.kind == Notification::Kind::OperationCompleted;
            require(outcome.result.error != ErrorKind::None || completions == 1, "one completion per connect");
        }
        Profile joined;
        joined.name = engine.freeProfileName(iface.networks.empty() ? std::string("x") : iface.networks[0].ssid);
        joined.ssid = iface.networks.empty() ? std::string("x") : iface.networks[0].ssid;
        joined.hasPassphrase = true;
        joined.passphrase = "12345678";
        const OperationResult saved = engine.setProfile(iface.id, joined, false);
        if (saved.error == ErrorKind::None)
            require(engine.findProfile(joined.name) != nullptr, "a saved profile is found");
        engine.setRadio(iface.id, false);
        engine.setRadio(iface.id, true);
        engine.disconnect(iface.id);
        engine.deleteProfile(iface.id, joined.name);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char *>(data), size);
    try {
        play(parseScenario(text, "fuzz.json"));
    } catch (const ScenarioError &error) {
        const std::string message = error.what();
        require(message.rfind("fuzz.json: ", 0) == 0, "the error names the file", message);
        for (const char c : message) {
            const auto byte = static_cast<unsigned char>(c);
            require(byte >= 0x20 && byte != 0x7f, "the error is one printable line", message);
        }
    }
    return 0;
}
