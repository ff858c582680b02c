#include <cstring>

void Reset(char *buffer) {
    // ruleid: c.strcpy-literal
    std::strcpy(buffer, "UNKNOWN GAME");
    // ok: c.strcpy-literal
    std::strncpy(buffer, "UNKNOWN GAME", 8);
}
