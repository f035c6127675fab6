// What the desktop's tray needs from Aerial's tray icon.
#pragma once

namespace Aerial::TrayHost {

// True when the tray reads the icon's menu before anyone opens it, so the
// menu must exist from the start. A StatusNotifierItem host reads it over
// com.canonical.dbusmenu. Qt's Windows tray icon opens the menu it was given
// itself. An XEmbed tray only reports a right click, and Aerial builds the
// menu then, so a tray that is never right-clicked costs no menu (README.md,
// "Benchmarks").
bool readsMenuAhead();

} // namespace Aerial::TrayHost
