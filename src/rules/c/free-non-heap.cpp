#include <cstdlib>

void Release(bool flag) {
    int mask[16];
    int *p = static_cast<int *>(std::malloc(64));
    if (flag) {
        // ruleid: c.free-non-heap
        std::free(mask);
    }
    // ok: c.free-non-heap
    std::free(p);
}
