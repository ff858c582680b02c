#include <cstring>

void Copy(char *out, const char *in) {
    // ruleid: c.bounded-copy-source-length
    std::strncat(out, in, std::strlen(in));
    // ok: c.bounded-copy-source-length
    std::strncat(out, in, 16);
}
