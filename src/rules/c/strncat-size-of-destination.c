#include <string.h>

void append(char *name) {
    char buf[64] = "user:";
    // ruleid: c.strncat-size-of-destination
    strncat(buf, name, sizeof(buf));
    // ok: c.strncat-size-of-destination
    strncat(buf, name, sizeof(buf) - strlen(buf) - 1);
}
