// The icons that show a wireless state: the desktop theme's where it has
// them, otherwise Aerial's own, drawn with QPainter at whatever size is
// asked (no QtSvg, which Qt for Windows is built without), in colours that
// follow the palette so they read on light and dark panels.
#pragma once

#include <QIcon>

namespace Aerial::StatusIcons {

enum class Status { Disconnected, Connecting, SignalNone, SignalWeak, SignalFair, SignalGood, SignalStrong, Error };

QIcon icon(Status status);
// Aerial's own mark: every arc lit.
QIcon appIcon();
// level is NetworkModel::signalLevel: 0 none … 4 strong.
Status forSignalLevel(int level);

} // namespace Aerial::StatusIcons
