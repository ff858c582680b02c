#include <cstdlib>
#include <string>

// ruleid: c.rand-for-secret
std::string Salt() {
    std::string s;
    // ruleid: c.rand-for-secret
    int salt = std::rand();
    // ok: c.rand-for-secret
    int index = std::rand() % 10;
    return s + std::to_string(salt + index);
}
