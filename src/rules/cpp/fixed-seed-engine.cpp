#include <random>

// ruleid: cpp.fixed-seed-engine
std::mt19937 CPUContext::rng = std::mt19937(1357);

void Shuffle(std::vector<int> &v) {
    // ruleid: cpp.fixed-seed-engine
    auto engine = std::default_random_engine{};
    // ruleid: cpp.fixed-seed-engine
    std::mt19937 gen(42);
    std::random_device rd;
    // ok: cpp.fixed-seed-engine
    std::mt19937 seeded(rd());
    std::shuffle(v.begin(), v.end(), engine);
}
