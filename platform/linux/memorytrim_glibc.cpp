#include "memorytrim.h"

#include <malloc.h>

namespace Aerial {

// glibc's malloc_trim(0) releases free pages from every arena, not only the
// top of the main heap (malloc_trim(3), glibc 2.8 and later).
void releaseFreedMemory()
{
    malloc_trim(0);
}

} // namespace Aerial
