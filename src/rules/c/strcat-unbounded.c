#include <string.h>

void build_path(char *buf, const char *dir, const char *name) {
    strcpy(buf, dir);
    // ruleid: c.strcat-unbounded
    strcat(buf, "/");
    // ruleid: c.strcat-unbounded
    strcat(buf, name);
    // ok: c.strcat-unbounded
    strncat(buf, name, 16);
    // ok: c.strcat-unbounded
    my_strcat(buf, name, 16);
}
