#include <cstdlib>
#include <ctime>

void Init() {
    // ruleid: c.predictable-seed
    std::srand(std::time(nullptr));
    // ok: c.predictable-seed
    std::srand(SeedFromConfig());
}
