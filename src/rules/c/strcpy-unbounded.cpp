#include <cstring>
#include <string>

void Copy(char *dst, const std::string &name) {
    char buf[64];
    // ruleid: c.strcpy-unbounded
    std::strcpy(buf, name.c_str());
    // ruleid: c.strcpy-unbounded
    ACE_OS::strcpy(dst, buf);
    // ok: c.strcpy-unbounded
    std::string copy = name;
    // ok: c.strcpy-unbounded
    strcpy(buf, "UNKNOWN");
}
