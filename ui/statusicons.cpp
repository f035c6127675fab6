#include "statusicons.h"

#include <array>

namespace Aerial::StatusIcons {

QIcon icon(Status status)
{
    struct Names
    {
        const char *theme;
        const char *bundled;
    };
    // Theme names from the freedesktop icon naming used by NetworkManager applets.
    static const std::array<Names, 8> names{ {
        { "network-wireless-disconnected", ":/aerial/icons/aerial-disconnected.svg" },
        { "network-wireless-acquiring", ":/aerial/icons/aerial-connecting.svg" },
        { "network-wireless-signal-none", ":/aerial/icons/aerial-signal-none.svg" },
        { "network-wireless-signal-weak", ":/aerial/icons/aerial-signal-weak.svg" },
        { "network-wireless-signal-ok", ":/aerial/icons/aerial-signal-fair.svg" },
        { "network-wireless-signal-good", ":/aerial/icons/aerial-signal-good.svg" },
        { "network-wireless-signal-excellent", ":/aerial/icons/aerial-signal-strong.svg" },
        { "network-error", ":/aerial/icons/aerial-error.svg" },
    } };
    static std::array<QIcon, 8> cache;
    const auto slot = std::size_t(status);
    if (cache[slot].isNull()) {
        const Names &entry = names[slot];
        cache[slot] = QIcon::fromTheme(QString::fromLatin1(entry.theme), QIcon(QString::fromLatin1(entry.bundled)));
    }
    return cache[slot];
}

Status forSignalLevel(int level)
{
    switch (level) {
    case 1: return Status::SignalWeak;
    case 2: return Status::SignalFair;
    case 3: return Status::SignalGood;
    case 4: return Status::SignalStrong;
    default: return Status::SignalNone;
    }
}

} // namespace Aerial::StatusIcons
