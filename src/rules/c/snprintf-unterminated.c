#include <stdio.h>

void fmt(char *buffer, size_t n, double value) {
    // ruleid: c.snprintf-unterminated
    _snprintf(buffer, n, "%.17g", value);
    // ok: c.snprintf-unterminated
    snprintf(buffer, n, "%.17g", value);
}
