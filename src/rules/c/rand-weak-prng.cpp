#include <cstdlib>
#include <random>

int Pick(int n, Generator &g) {
    // ruleid: c.rand-weak-prng
    int a = std::rand() % n;
    // ok: c.rand-weak-prng
    int b = g.rand();
    return a + b;
}
