// The icons that show a wireless state: the desktop theme's where it has
// them, Aerial's own SVGs otherwise.
#pragma once

#include <QIcon>

namespace Aerial::StatusIcons {

enum class Status { Disconnected, Connecting, SignalNone, SignalWeak, SignalFair, SignalGood, SignalStrong, Error };

QIcon icon(Status status);
// level is NetworkModel::signalLevel: 0 none … 4 strong.
Status forSignalLevel(int level);

} // namespace Aerial::StatusIcons
