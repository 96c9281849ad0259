#include "freedmemory.h"

#include <cstdlib> // Defines __GLIBC__ where the C library is glibc.
#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace coro {

void releaseFreedMemory()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

} // namespace coro
