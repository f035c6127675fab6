// Which wireless service Aerial talks to, from --backend and --scenario.
#pragma once

#include "wirelessbackend.h"

#include <QString>

#include <memory>

namespace Aerial {

struct BackendSelection
{
    std::unique_ptr<WirelessBackend> backend;
    QString notice; // shown above the window's lists; empty for a real service
    QString error;  // set when no backend could be made; names the file and field

    // backendName is "auto", "simulated" or a real service ("windows"). An
    // empty scenarioPath plays the demo scenario bundled in the binary.
    static BackendSelection choose(const QString &backendName, const QString &scenarioPath);
    static QStringList backendNames();
};

} // namespace Aerial
