#include "memorytrim.h"

namespace Aerial {

// The Windows heap decommits freed pages by itself (its decommit
// thresholds); there is nothing to ask for.
void releaseFreedMemory() {}

} // namespace Aerial
