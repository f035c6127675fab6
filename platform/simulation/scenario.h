// Reading a scenario file (docs/scenario-format.md) into a Scenario.
#pragma once

#include "simulationtypes.h"

#include <stdexcept>
#include <string>

namespace aerial::sim {

// Thrown for a file that cannot be played. what() names the file, the field
// and what was expected, e.g.
//   demo.json: interfaces[0].state: expected one of not-ready, connected, …; got "online"
// It is always one line that is safe to print to a terminal: the file's own
// text quoted in it has its control, C1 and bidi characters escaped.
class ScenarioError : public std::runtime_error
{
public:
    explicit ScenarioError(const std::string &message);
};

// The text with C0 and C1 controls, DEL, and the bidi embedding, override
// and isolate characters written as \xNN or \uNNNN, so that it stays on one
// line and cannot move a terminal's cursor or reorder what follows.
std::string printable(const std::string &text);

// Parses and validates the whole file; sourceName only labels the errors.
Scenario parseScenario(const std::string &text, const std::string &sourceName);

// "ff fe 41" or "fffe41" → bytes. Returns false for anything else.
bool decodeHex(const std::string &hex, std::string &bytes);

} // namespace aerial::sim
