#include <stdlib.h>

int roll(void) {
    // ruleid: c.rand-weak-prng
    return rand() % 6 + 1;
}

void fill(unsigned char *buf, size_t n) {
    // ok: c.rand-weak-prng
    arc4random_buf(buf, n);
}
