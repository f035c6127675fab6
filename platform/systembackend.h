// The computer's own wireless service, for the backends this build has.
// The only place that knows which platform Aerial was built for.
#pragma once

#include "wirelessbackend.h"

#include <memory>

namespace Aerial::SystemBackend {

// The names --backend accepts for real services, on every platform.
QStringList names();

// The backend called name ("windows", …). Null, with *error saying why,
// when this build cannot talk to that service.
std::unique_ptr<WirelessBackend> create(const QString &name, QString *error);

// The platform's service for --backend auto; null, with *reason, when it
// has none (Aerial then plays the demo).
std::unique_ptr<WirelessBackend> detect(QString *reason);

} // namespace Aerial::SystemBackend
