#include <stdlib.h>

void cleanup(int n) {
    char hnamebuf[256];
    char *heap = malloc(n);
    int value = 0;
    // ruleid: c.free-non-heap
    free(hnamebuf);
    if (n > 0) {
        // ruleid: c.free-non-heap
        free(&value);
    }
    // ok: c.free-non-heap
    free(heap);
}
