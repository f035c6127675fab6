// Aerial's one application id, in reverse-DNS form. The same string names the
// desktop file, the AppStream component, the QSettings organisation, the
// session-bus name of the running Aerial, its notifications' desktop-entry
// hint, the autostart entry and the secret-agent identifier
// (docs/architecture.md, "The application id").
#pragma once

namespace Aerial {

inline constexpr char ApplicationId[] = "io.github.aerialwifi.Aerial";

} // namespace Aerial
