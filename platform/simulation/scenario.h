// Reading a scenario file (docs/scenario-format.md) into a Scenario.
#pragma once

#include "simulationtypes.h"

#include <stdexcept>
#include <string>

namespace aerial::sim {

// Thrown for a file that cannot be played. what() names the file, the field
// and what was expected, e.g.
//   demo.json: interfaces[0].state: expected one of not-ready, connected, …; got "online"
class ScenarioError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// Parses and validates the whole file; sourceName only labels the errors.
Scenario parseScenario(const std::string &text, const std::string &sourceName);

// "ff fe 41" or "fffe41" → bytes. Returns false for anything else.
bool decodeHex(const std::string &hex, std::string &bytes);

} // namespace aerial::sim
