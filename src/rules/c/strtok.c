#include <string.h>

void split(char *line) {
    // ruleid: c.strtok
    char *tok = strtok(line, ",");
    char *save;
    // ok: c.strtok
    char *tok2 = strtok_r(line, ",", &save);
}
