#include <cstdio>

void Log() {
    // ruleid: c.fixed-temp-path
    std::FILE *f = std::fopen("/tmp/debug.log", "a");
    // ok: c.fixed-temp-path
    std::FILE *g = std::fopen("debug.log", "a");
}
