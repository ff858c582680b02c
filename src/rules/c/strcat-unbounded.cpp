#include <cstring>
#include <string>

void Build(char *dest, const char *data) {
    // ruleid: c.strcat-unbounded
    std::strcat(dest, data);
    // ok: c.strcat-unbounded
    std::string s = std::string(dest) + data;
}
