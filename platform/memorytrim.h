// Gives memory that Aerial has freed back to the system. Start-up reads the
// whole service state (every access point's properties over D-Bus), and
// the allocator keeps the freed pages resident unless told otherwise; a tray
// program that sits idle all day should not hold them
// (tests/bench/resident.sh measures it).
#pragma once

namespace Aerial {

void releaseFreedMemory();

} // namespace Aerial
