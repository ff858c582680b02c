#include <cstring>

void Append(const char *name) {
    char buf[64] = "user:";
    // ruleid: c.strncat-size-of-destination
    std::strncat(buf, name, sizeof buf);
    // ok: c.strncat-size-of-destination
    std::strncat(buf, name, 8);
}
