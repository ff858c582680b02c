#include <cstdio>

void Path(char *str, int ax, int ay) {
    // ruleid: c.snprintf-return-as-offset
    str += std::sprintf(str, "path.moveTo(%d, %d);\n", ax, ay);
    // ok: c.snprintf-return-as-offset
    str += 4;
}
