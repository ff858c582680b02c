#include <stdlib.h>
#include <time.h>

void setup(unsigned int user_seed) {
    // ruleid: c.predictable-seed
    srand(time(NULL));
    // ruleid: c.predictable-seed
    srand((unsigned)time(0));
    // ruleid: c.predictable-seed
    srandom(1234);
    // ok: c.predictable-seed
    srand(user_seed);
}
