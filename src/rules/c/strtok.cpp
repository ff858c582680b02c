#include <cstring>

void Split(char *line) {
    // ruleid: c.strtok
    for (char *t = std::strtok(line, " "); t; t = std::strtok(nullptr, " ")) {}
    char *save = nullptr;
    // ok: c.strtok
    char *t2 = strtok_r(line, " ", &save);
}
