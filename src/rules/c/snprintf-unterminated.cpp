#include <cstdio>

int Fmt(char *buffer, size_t n, double value) {
    // ruleid: c.snprintf-unterminated
    int len = ::_snprintf(buffer, n, "%.17g", value);
    // ok: c.snprintf-unterminated
    int ok = std::snprintf(buffer, n, "%.17g", value);
    return len + ok;
}
